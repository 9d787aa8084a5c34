"""What the rules read and what they return: an observation with the views they share
(:class:`Facts`, each computed at most once), and a rule's finding (:class:`Match`)."""

from __future__ import annotations

import errno as errno_mod
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from ._observation import STDERR_TAIL_LIMIT, Observation
from ._reading import split_lines
from ._tail import Decision, decide

_MAX_EVIDENCE: Final = 300
NO_STATUS: Final = -1
"""The status of a run that has none (it never started, or ended without one)."""
"""The event's ``exit_code`` when no process status exists (nothing ran, or it is unknown)."""


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule found: the code, its details, the evidence and the contextual actions."""

    code: str
    reason: dict[str, object]
    evidence: str
    exit_code: int
    actions: tuple[str, ...] = ()
    rule: str | None = None
    """A more specific rule id than the table row's (the stderr pattern that matched)."""


@dataclass
class Facts:
    """An observation with the derived views rules share, computed at most once."""

    obs: Observation

    @cached_property
    def lines(self) -> list[str]:
        """The stderr tail's non-empty lines, decoded with replacement, bounded in size."""
        tail = self.obs.stderr_tail[-STDERR_TAIL_LIMIT:]
        try:
            text = tail.decode("utf-8")
        except UnicodeDecodeError:  # a program that writes Latin-1 (its catalogue's encoding)
            cut = len(self.obs.stderr_tail) >= STDERR_TAIL_LIMIT  # its first line may be a part
            text = "\n".join(_decoded(line, cut and i == 0) for i, line in enumerate(tail.split(b"\n")))
        return split_lines(text)

    @cached_property
    def program(self) -> str:
        """The name of the program the job ran, without its directory."""
        return self.obs.command.rsplit("/", 1)[-1]

    @cached_property
    def decision(self) -> Decision | None:
        """The tail's decisive error line, if a pattern recognises it (see ``_tail.py``)."""
        return decide(self.lines, program=self.program)

    def decide(self, codes: frozenset[str]) -> Decision | None:
        """The decisive line among those that patterns of ``codes`` recognise."""
        return decide(self.lines, codes, self.program)

    @cached_property
    def status(self) -> int:
        """The exit status as a shell would report it, or NO_STATUS."""
        if self.obs.term_signal is not None:
            return 128 + self.obs.term_signal
        return self.obs.exit_status if self.obs.exit_status is not None else NO_STATUS


def _decoded(line: bytes, first_of_cut: bool) -> str:
    """One line as UTF-8 where it is, else as Latin-1 (every byte a character): a translated
    message in an older program's catalogue reads as its words, not as replacement marks. The
    tail's first line may be cut inside a UTF-8 character: it keeps a replacement mark."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("utf-8", errors="replace") if first_of_cut else line.decode("latin-1")


def clip(text: str) -> str:
    """``text`` cut to the length evidence may have."""
    return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 3] + "..."


def errno_name(number: int) -> str:
    """The symbolic name of an errno number."""
    return errno_mod.errorcode.get(number, f"errno {number}")
