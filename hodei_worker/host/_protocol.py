"""The supervisor host's protocol, defined once: every message between a daemon and its host.

JSON lines over a unix stream socket, one object a line; each message is a class here with
its one tag key, and :func:`encode`/:func:`decode` are the only code that writes or reads the
wire. A job travels as its :class:`~hodei_worker.run.Plan` (typed data, never a command line
to parse again).

To the host: :class:`Run` (claimed in the job's journal first: a run asked for again runs
once), :class:`Cancel`, :class:`ListJobs`.
From the host: :class:`Welcome` on connecting; :class:`Started` to everyone once a job runs;
:class:`Ended` to everyone once its event is in its journal (a job refused before it could
start ends without starting; a run whose request cannot be read at all ends at once, without
an event); :class:`Jobs` answering a list; :class:`Unknown` answering a cancel of no job here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

from .._frozen import field, frozen


class ProtocolError(ValueError):
    """A line that is no message of this protocol."""


@frozen
class Run:
    """Run a job: its plan, its output files and stdin, and its journal (where the host
    appends its final event)."""

    key: str
    plan: dict[str, Any]
    """The job's :class:`~hodei_worker.run.Plan`, as ``plan_to_dict`` wrote it."""
    stdout: str
    stderr: str
    stdin: str | None
    journal: str
    limit: int | None = None
    """The most bytes written to each output file: past it, output is counted and dropped
    (the job goes on), the counts appended to the journal before the final event."""
    marker: str | None = None
    """``NAME=VALUE`` that every process of the job carries in its environment: by it, what
    escapes the job's process tree is found and stopped at its end where it has no cgroup."""


@frozen
class Cancel:
    """Stop a job: a termination, as hodei-run receiving SIGTERM (grace, then SIGKILL); or,
    ``force``d, SIGKILL to its whole tree at once."""

    key: str
    force: bool = False


@frozen
class ListJobs:
    """Which jobs does the host run? Answered by :class:`Jobs`, after every run asked before."""


@frozen
class Welcome:
    """The host's first words to a new connection: who it is for good."""

    pid: int
    start_time: int | None


@frozen
class Started:
    """A job runs: its process and when it started (epoch seconds)."""

    key: str
    pid: int
    at: float


@frozen
class Ended:
    """A job has ended: its event is in its journal (or, refused unread, nowhere)."""

    key: str


@frozen
class Jobs:
    """The jobs the host runs: key → ``(pid, at)``, both None while a job is starting."""

    running: dict[str, tuple[int | None, float | None]] = field(default_factory=dict)


@frozen
class Unknown:
    """A cancel named no job of this host."""

    key: str


Message = Run | Cancel | ListJobs | Welcome | Started | Ended | Jobs | Unknown


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ProtocolError(f"expected text, not {type(value).__name__}")
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ProtocolError(f"expected true or false, not {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"expected a whole number, not {type(value).__name__}")
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProtocolError(f"expected a number, not {type(value).__name__}")
    return float(value)


def _running(data: Any) -> dict[str, tuple[int | None, float | None]]:
    if not isinstance(data, dict):
        raise ProtocolError("jobs: expected a table")
    return {_str(key): (None if v.get("pid") is None else _int(v["pid"]),
                        None if v.get("at") is None else _float(v["at"]))
            for key, v in data.items() if isinstance(v, dict)}


def _plan(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ProtocolError("plan: expected a table")
    return data


_ENCODERS: Final[dict[type, Callable[[Any], dict[str, Any]]]] = {
    Run: lambda m: {"run": m.key, "plan": m.plan, "stdout": m.stdout, "stderr": m.stderr,
                    "stdin": m.stdin, "journal": m.journal, "limit": m.limit,
                    "marker": m.marker},
    Cancel: lambda m: {"cancel": m.key, "force": True} if m.force else {"cancel": m.key},
    ListJobs: lambda m: {"list": True},
    Welcome: lambda m: {"host": m.pid, "start_time": m.start_time},
    Started: lambda m: {"started": m.key, "pid": m.pid, "at": m.at},
    Ended: lambda m: {"ended": m.key},
    Jobs: lambda m: {"jobs": {k: {"pid": pid, "at": at} for k, (pid, at) in m.running.items()}},
    Unknown: lambda m: {"unknown": m.key},
}
"""Each message as the object on the wire, its tag key first."""

_DECODERS: Final[dict[str, Callable[[dict[str, Any]], Message]]] = {
    "run": lambda d: Run(_str(d["run"]), _plan(d["plan"]), _str(d["stdout"]), _str(d["stderr"]),
                         _optional_str(d.get("stdin")), _str(d["journal"]),
                         None if d.get("limit") is None else _int(d["limit"]),
                         _optional_str(d.get("marker"))),
    "cancel": lambda d: Cancel(_str(d["cancel"]), _bool(d.get("force", False))),
    "list": lambda d: ListJobs(),
    "host": lambda d: Welcome(_int(d["host"]),
                              None if d.get("start_time") is None else _int(d["start_time"])),
    "started": lambda d: Started(_str(d["started"]), _int(d["pid"]), _float(d["at"])),
    "ended": lambda d: Ended(_str(d["ended"])),
    "jobs": lambda d: Jobs(_running(d["jobs"])),
    "unknown": lambda d: Unknown(_str(d["unknown"])),
}
"""The tag key of each message, and how it is read."""


def encode(message: Message) -> bytes:
    """The message's line on the wire, newline included."""
    return json.dumps(_ENCODERS[type(message)](message), ensure_ascii=False).encode() + b"\n"


def decode(line: bytes) -> Message:
    """The message of one line (without its newline). Raises ProtocolError."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError("not an object")
    tag = next((key for key in data if key in _DECODERS), None)
    if tag is None:
        raise ProtocolError("no known message tag")
    try:
        return _DECODERS[tag](data)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ProtocolError(f"{tag}: malformed ({type(exc).__name__}: {exc})") from None
