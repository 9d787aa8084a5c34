"""The events a run ends with: ``JobExecutionError`` for failures, ``JobCompleted`` for success.

Field names and types are the platform's interface (see ``schema/job-events.schema.json``).
Everything here is pure: building, serialising and parsing events never touches the OS.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from .._frozen import as_dict, field, frozen

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any, Final

    from ..classify import Failure, Observation, ResourceUsage

STDERR_TAIL_EVENT_LIMIT: Final = 4096
"""The most bytes (UTF-8 encoded) of stderr an event carries."""


@frozen
class Identity:
    """Who ran what: the ids every event of one job carries."""

    job_id: str
    worker_id: str
    correlation_id: str


@frozen
class Classification:
    """Which rule decided and what it matched."""

    rule: str
    evidence: str


@frozen
class JobExecutionError:
    """A job failed; says exactly why and what to do."""

    job_id: str
    worker_id: str
    correlation_id: str
    error_code: str
    severity: str
    failure_reason: dict[str, Any]
    exit_code: int
    command: str
    arguments: tuple[str, ...]
    working_dir: str
    execution_time_ms: int
    suggested_actions: tuple[str, ...]
    occurred_at: str
    classification: Classification
    stderr_tail: str = ""
    resource_usage: dict[str, int] = field(default_factory=dict)
    oom_detection: str = "unavailable"
    leftovers_stopped: int = 0
    event_type: str = "JobExecutionError"


@frozen
class JobCompleted:
    """A job succeeded; the same identity, timing and resource fields as a failure."""

    job_id: str
    worker_id: str
    correlation_id: str
    exit_code: int
    command: str
    arguments: tuple[str, ...]
    working_dir: str
    execution_time_ms: int
    occurred_at: str
    resource_usage: dict[str, int] = field(default_factory=dict)
    oom_detection: str = "unavailable"
    oom_kills: int = 0
    leftovers_stopped: int = 0
    event_type: str = "JobCompleted"


Event = JobExecutionError | JobCompleted


def rfc3339(moment: datetime) -> str:
    """``2026-11-28T10:30:00.123Z``: RFC 3339 in UTC, millisecond precision."""
    from datetime import UTC

    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _rfc3339_now() -> str:
    """The current time as :func:`rfc3339` writes it."""
    seconds, millis = divmod(time.time_ns() // 1_000_000, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


def bounded_tail(data: bytes, limit: int = STDERR_TAIL_EVENT_LIMIT) -> str:
    """The end of ``data`` as valid UTF-8 text whose encoding is at most ``limit`` bytes."""
    cut = data[-limit:]
    skip = 0
    while skip < min(3, len(cut)) and len(cut) < len(data) and cut[skip] & 0xC0 == 0x80:
        skip += 1  # start on a character boundary, not inside a cut multibyte character
    text = cut[skip:].decode("utf-8", errors="replace")
    while len(text.encode("utf-8")) > limit:
        text = text[1:]
    return text


def clean_text(text: str) -> str:
    """``text`` as valid UTF-8: bytes that were not (kept by Python as surrogates in argv,
    paths and the environment) become U+FFFD, so every event encodes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


_USAGE: Final = ("max_rss_bytes", "cpu_user_ms", "cpu_system_ms")


def _usage(usage: ResourceUsage) -> dict[str, int]:
    return {k: v for k in _USAGE if (v := getattr(usage, k)) is not None}


def build_event(obs: Observation, failure: Failure | None, who: Identity,
                now: datetime | None = None) -> Event:
    """The one event a run ends with, from what was observed and how it was classified."""
    common: dict[str, Any] = {
        "job_id": who.job_id,
        "worker_id": who.worker_id,
        "correlation_id": who.correlation_id,
        "command": obs.command,
        "arguments": tuple(obs.arguments),
        "working_dir": obs.working_dir,
        "execution_time_ms": obs.execution_time_ms,
        "occurred_at": rfc3339(now) if now else _rfc3339_now(),
        "resource_usage": _usage(obs.resource_usage),
        "oom_detection": obs.oom_detection.value,
        "leftovers_stopped": obs.leftovers_stopped,
    }
    common = _clean(common)
    if failure is None:
        return JobCompleted(exit_code=0, oom_kills=obs.oom_kills, **common)
    return JobExecutionError(
        error_code=failure.error.code,
        severity=failure.error.severity.value,
        failure_reason=_clean(failure.failure_reason),
        exit_code=failure.exit_code,
        suggested_actions=_clean(failure.suggested_actions),
        classification=Classification(failure.rule, clean_text(failure.evidence)),
        stderr_tail=bounded_tail(obs.stderr_tail),
        **common,
    )


_ORDER: Final = ("event_type", "job_id", "worker_id", "correlation_id", "error_code", "severity")


def to_dict(event: Event) -> dict[str, Any]:
    """The event as JSON-ready data, identity fields first."""
    data = as_dict(event)
    data["arguments"] = list(event.arguments)
    if isinstance(event, JobExecutionError):
        data["suggested_actions"] = list(event.suggested_actions)
    ordered: dict[str, Any] = {k: data.pop(k) for k in _ORDER if k in data}
    ordered.update(data)
    return ordered


def to_json(event: Event) -> str:
    """One line of JSON, UTF-8 safe."""
    import json

    return json.dumps(to_dict(event), ensure_ascii=False, separators=(",", ":"))


def from_dict(data: Mapping[str, Any]) -> Event:
    """Parses an event back; raises ValueError naming the field that is missing or unknown."""
    kind = data.get("event_type")
    cls: type[JobExecutionError] | type[JobCompleted]
    if kind == "JobExecutionError":
        cls = JobExecutionError
    elif kind == "JobCompleted":
        cls = JobCompleted
    else:
        raise ValueError(f"event_type: expected JobExecutionError or JobCompleted, got {kind!r}")
    fields = dict(data)
    fields["arguments"] = tuple(fields.get("arguments", ()))
    if cls is JobExecutionError:
        fields["suggested_actions"] = tuple(fields.get("suggested_actions", ()))
        raw = fields.get("classification")
        if not isinstance(raw, Mapping):
            raise ValueError("classification: missing or not an object")
        fields["classification"] = Classification(**raw)
    try:
        return cls(**fields)
    except TypeError as exc:
        raise ValueError(f"{kind}: {exc}") from None


def from_json(text: str) -> Event:
    """Parses one JSON event."""
    import json

    return from_dict(json.loads(text))
