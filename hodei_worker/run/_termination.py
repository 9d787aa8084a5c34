"""The termination message (``--termination-log PATH``): what ``kubectl describe pod`` shows of
a container that ended.

Kubernetes reads at most 4096 bytes of the container's ``terminationMessagePath``
(``/dev/termination-log``). hodei-run writes there the summary line, then the event as one
line of JSON with the classified reason first (``error_code``, ``severity``,
``failure_reason``, ``suggested_actions``) and the stderr tail last; whatever does not fit is
cut from the stderr tail first (its end is kept), then from the longest other values, so the
message stays within the limit and, but for a pathological event, stays valid JSON. Its text
comes from the event's data, already masked: no secret is ever written.

Loaded only by a run that asks for it.
"""

from __future__ import annotations

import json
import os
import stat

from ._files import kind_of

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

LIMIT: Final = 4096
"""The most bytes Kubernetes reads of a termination message."""
CUT: Final = "…"
"""Marks where a value was shortened."""
_FIRST: Final = ("event_type", "error_code", "severity", "failure_reason", "suggested_actions",
                 "exit_code", "classification")
"""The event's keys that lead the message: the classified reason, then how it was decided."""
_LAST: Final = "stderr_tail"
_KEEP: Final = 16
"""Values this short are never cut."""


class TerminationLogError(Exception):
    """The path cannot take the termination message; the message says why."""


def check_target(path: str) -> None:
    """Raises TerminationLogError unless ``path`` is a regular file or one that can be made
    (its directory exists): a device, FIFO, socket or directory is never written."""
    if not path or "\0" in path:
        raise TerminationLogError("not a usable path")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            raise TerminationLogError(f"the directory of {path} does not exist") from None
        return
    except OSError as exc:
        raise TerminationLogError(f"cannot use {path}: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise TerminationLogError(f"{path} is {kind_of(mode)}; the termination log is only "
                                  "ever a regular file")


def message(summary: str, data: dict[str, Any]) -> bytes:
    """The summary line, then the event's JSON (reason first), within :data:`LIMIT` bytes."""
    head = _cut_bytes(summary.rstrip("\n").encode("utf-8"), LIMIT // 2) + b"\n"
    ordered: dict[str, Any] = {k: data[k] for k in _FIRST if k in data}
    ordered.update((k, v) for k, v in data.items() if k not in ordered and k != _LAST)
    if _LAST in data:
        ordered[_LAST] = data[_LAST]
    return head + _fit(ordered, LIMIT - len(head))


def _dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _fit(data: dict[str, Any], room: int) -> bytes:
    """``data``'s JSON in ``room`` bytes: the stderr tail shortened first (its end kept), then
    the longest other values, each by what is still over; cut hard only if nothing is left to
    shorten."""
    text = _dumps(data)
    while len(text) > room:
        over = len(text) - room
        if data.get(_LAST):
            tail: str = data[_LAST]
            keep = max(len(tail) - over - len(CUT), 0)
            data[_LAST] = CUT + tail[len(tail) - keep:] if keep else ""
        elif not _shorten_longest(data, over):
            return _cut_bytes(text, room)
        shorter = _dumps(data)
        if len(shorter) >= len(text):  # no progress: never loop
            return _cut_bytes(shorter, room)
        text = shorter
    return text


def _shorten_longest(data: dict[str, Any], over: int) -> bool:
    """Shortens the longest string (its start kept) or list (its first items kept) in
    ``data``, except the reason's words; False when nothing is long enough to shorten."""
    best: tuple[int, Any, Any] | None = None
    for holder, key, value in _values(data):
        size = len(value) if isinstance(value, str) else len(_dumps({"": value}))
        if (isinstance(value, str) and size > _KEEP + 4 or isinstance(value, list) and len(value) > 2) \
                and (best is None or size > best[0]):
            best = (size, holder, key)
    if best is None:
        return False
    _, holder, key = best
    value = holder[key]
    if isinstance(value, str):
        value = value.removesuffix(CUT)  # cut again: one mark
        holder[key] = value[:max(len(value) - over - 3, _KEEP)] + CUT
    else:
        half = len(value) // 2
        holder[key] = [*value[:half], f"{CUT} {len(value) - half} more"]  # 3 items or more
    return True


def _values(value: Any, holder: Any = None, key: Any = None) -> Any:
    """Every string and list below ``value``, with what holds it and under which key (the
    event's own words, ``error_code``, ``severity``, ``event_type``, left out)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("error_code", "severity", "event_type", "type"):
                yield from _values(v, value, k)
    elif isinstance(value, list):
        yield holder, key, value
        for i, v in enumerate(value):
            if isinstance(v, str):
                yield value, i, v
    elif isinstance(value, str):
        yield holder, key, value


def _cut_bytes(data: bytes, limit: int) -> bytes:
    """``data`` cut to at most ``limit`` bytes, never inside a UTF-8 character."""
    if len(data) <= limit:
        return data
    return data[:limit].decode("utf-8", errors="ignore").encode("utf-8")


def write(path: str, summary: str, data: dict[str, Any]) -> None:
    """Writes the message to ``path`` in place (Kubernetes mounts the file there: it cannot
    be renamed over). Raises TerminationLogError or OSError."""
    check_target(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOCTTY | os.O_NONBLOCK | os.O_CLOEXEC,
                 0o644)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # replaced since it was checked
            raise TerminationLogError(f"{path} is {kind_of(mode)}; the termination log is "
                                      "only ever a regular file")
        os.ftruncate(fd, 0)
        view = memoryview(message(summary, data))
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
