"""observation -> failure: one pass over the rule table, total by construction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._observation import Observation

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

    from ..catalogue import ErrorCode
    from ._facts import Match

MIN_ACTIONS: Final = 2
MAX_ACTIONS: Final = 4


@dataclass(frozen=True, slots=True)
class Failure:
    """A classified failure: the code, typed details, the evidence and what to do."""

    error: ErrorCode
    """The catalogue entry: code, type name, severity."""
    reason: Mapping[str, object]
    """``failure_reason`` without its ``type``: the details the rule extracted."""
    rule: str
    """The id of the rule that decided."""
    evidence: str
    """What the rule matched: an errno, a stderr line, a counter delta."""
    suggested_actions: tuple[str, ...]
    """2 to 5 actions, contextual ones first, then the catalogue's generic ones."""
    exit_code: int
    """The job's status as a shell reports it (128+N for signals), -1 when none exists."""

    @property
    def failure_reason(self) -> dict[str, object]:
        """The event's ``failure_reason``: ``type`` first, then the details."""
        return {"type": self.error.type, **self.reason}


def _gist(action: str) -> tuple[str, ...]:
    """The first three words: a generic action that opens like a contextual one says the same."""
    return tuple(action.lower().split()[:3])


def _actions(entry: ErrorCode, contextual: tuple[str, ...]) -> tuple[str, ...]:
    """Contextual actions first, then generic ones that do not repeat them, then where the
    whole guide is: between MIN_ACTIONS and MAX_ACTIONS in all."""
    said = {_gist(a) for a in contextual}
    generic = tuple(a for a in (entry.guide.actions if entry.guide else ()) if _gist(a) not in said)
    merged = list(dict.fromkeys((*contextual, *generic)))[: MAX_ACTIONS - 1]
    merged.append(f"Run 'hodei-run explain {entry.code}' for the whole guide")
    return tuple(merged)


def _failure(rule: str, match: Match) -> Failure:
    from ..catalogue import CATALOGUE

    entry = CATALOGUE[match.code]
    return Failure(entry, match.reason, rule, match.evidence, _actions(entry, match.actions),
                   match.exit_code)


def classify(obs: Observation) -> Failure | None:
    """The failure this observation shows, or ``None`` when the run succeeded.

    Never raises: if a rule itself breaks, the result is ERR_1099 naming the broken rule, so every
    run still ends with exactly one classified outcome."""
    if obs.succeeded:
        return None
    from ._facts import NO_STATUS, Facts, Match
    from ._rules import RULES

    facts = Facts(obs)
    for rule in RULES:
        try:
            match = rule.match(facts)
        except Exception as exc:  # a broken rule must not cost the job its event
            return _failure("classifier.error", Match(
                "ERR_1099", {"message": f"rule {rule.id} failed: {type(exc).__name__}"},
                f"rule {rule.id} raised {type(exc).__name__}: {exc}", NO_STATUS))
        if match is not None:
            return _failure(match.rule or rule.id, match)
    raise AssertionError("the 'unknown' rule matches every observation")  # pragma: no cover
