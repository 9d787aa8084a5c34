"""A job's journal (the file ``job`` of its directory in the daemon's state): entries of a
kind byte, a 4-byte length and their bytes, appended one write each. An entry cut short by a
crash is left out when read, with everything after it.

The daemon writes it (``daemon._jobdir``); the supervisor host appends each job's final event
to it. It lives here, with the host, so the host loads no more than it needs for that.
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any, Final

HEAD: Final = struct.Struct(">cI")
SPEC: Final = b"S"
"""The JobSpec, as the control plane sent it."""
SPAWNING: Final = b"P"
"""The job is being handed to the supervisor host it names."""
CANCEL: Final = b"C"
"""Why the job is being cancelled."""
REPORTED: Final = b"R"
"""The terminal event is in the outbox."""
EVENT: Final = b"E"
"""The job's final event, as JSON, appended by its supervisor host."""


def _entry(kind: bytes, data: bytes) -> bytes:
    """One entry's bytes."""
    return HEAD.pack(kind, len(data)) + data


def append_entry(path: str | os.PathLike[str], kind: bytes, data: bytes, *, sync: bool = True) -> None:
    """Appends one entry to the journal ``path`` in one write, fsynced (with ``sync``)
    before it returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, _entry(kind, data))
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def append_event(path: str | os.PathLike[str], event: dict[str, Any]) -> None:
    """Appends a job's final event to its journal (by its supervisor host, not fsynced:
    the daemon commits it to the outbox before it is forgotten)."""
    append_entry(path, EVENT, json.dumps(event, ensure_ascii=False).encode(), sync=False)


def parse(data: bytes) -> list[tuple[bytes, bytes]]:
    """The complete entries of a journal's bytes, in order (a torn last one left out)."""
    entries: list[tuple[bytes, bytes]] = []
    at = 0
    while at + HEAD.size <= len(data):
        kind, size = HEAD.unpack_from(data, at)
        start = at + HEAD.size
        if start + size > len(data):
            break
        entries.append((kind, data[start:start + size]))
        at = start + size
    return entries
