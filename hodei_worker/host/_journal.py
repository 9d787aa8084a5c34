"""A job's journal (the file ``job`` of its directory in the daemon's state): entries of a
kind byte, a 4-byte length and their bytes, appended one write each. An entry cut short by a
crash is left out when read, with everything after it.

The daemon writes it (``daemon._jobdir``); the supervisor host appends each job's final event
to it. It lives here, with the host, so the host loads no more than it needs for that.
"""

from __future__ import annotations

import errno
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
RECEIVED: Final = b"G"
"""A supervisor host got the job's run (JSON naming the host and the claim), before anything
of it starts: the first such entry is the one host that may run it (see :func:`claim`)."""
OVERFLOW: Final = b"O"
"""How many bytes of each stream went past the output limit (JSON), appended by the host
before the final event: output past the limit is counted and never written."""


def _entry(kind: bytes, data: bytes) -> bytes:
    """One entry's bytes."""
    return HEAD.pack(kind, len(data)) + data


def append_entry(path: str | os.PathLike[str], kind: bytes, data: bytes, *, sync: bool = True) -> None:
    """Appends one entry to the journal ``path`` in one write, fsynced (with ``sync``)
    before it returns. Raises OSError; an entry the disk took only part of is taken back."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
    try:
        entry = _entry(kind, data)
        written = os.write(fd, entry)
        if written < len(entry):  # the disk took part of it: taken back, so that the next
            end = os.fstat(fd).st_size  # entry is not read as the rest of a torn one
            os.ftruncate(fd, end - written)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.fspath(path))
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def append_event(path: str | os.PathLike[str], event: dict[str, Any]) -> None:
    """Appends a job's final event to its journal (by its supervisor host, not fsynced:
    the daemon commits it to the outbox before it is forgotten)."""
    append_entry(path, EVENT, json.dumps(event, ensure_ascii=False).encode(), sync=False)


def claim(path: str | os.PathLike[str], host: int) -> tuple[bool, bool]:
    """Claims the job of the journal ``path`` for the host ``host`` (its pid): appends a
    :data:`RECEIVED` entry, then reads the journal back. Returns whether the claim is the
    first one (the job is this host's to run; a second claim, by any host, loses: a run asked
    for twice runs once) and whether the journal holds the job's final event already. Raises
    OSError."""
    mine = json.dumps({"host": host, "claim": os.urandom(8).hex()}).encode()
    append_entry(path, RECEIVED, mine, sync=False)
    with open(path, "rb") as fh:
        entries = parse(fh.read())
    first = next((data for kind, data in entries if kind == RECEIVED), None)
    return first == mine, any(kind == EVENT for kind, _ in entries)


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
