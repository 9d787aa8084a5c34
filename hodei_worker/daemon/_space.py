"""The state directory's room: a job's files and the outbox share one file system, which a job
(or anything else) can fill.

When it is full the daemon goes on: it takes no new job (ERR_2001, saying why), its log chunks
wait, and what it must tell (a job's end, a refusal) is written first, into the room a reserve
file kept for it (:meth:`Space.release`); the reserve is made again once room is back. Each
change between full and not is logged once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

import anyio

from .. import _logging
from ..transport import Outbox, SpoolError

log = _logging.get_logger("hodei.daemon")

RESERVE_BYTES: Final = 2 * 1024 * 1024
"""Kept for the events the daemon must write when the disk is full: a transaction of a few
rows and its write-ahead log frames take tens of KiB; this is room for many."""
ADMIT_FREE_BYTES: Final = 8 * 1024 * 1024
"""Below this much free room, no new job is taken: its directory, journal and files would
have no room, and a job that cannot be recorded cannot be answered for."""
CHUNKS_FREE_BYTES: Final = 4 * 1024 * 1024
"""Below this much free room, log chunks wait: the room left is for jobs' ends."""
RELEASE_BELOW_BYTES: Final = 1024 * 1024
"""Below this much free room, the reserve is freed."""
RESERVE_FILE: Final = "reserve"
OPEN_RETRY_S: Final = 0.5
"""The first wait before the outbox, which had no room to open, is tried again (doubling)."""
OPEN_RETRY_MAX_S: Final = 10.0


class Space:
    """The room left in the state directory ``root``, and the reserve kept there."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.reserve = root / RESERVE_FILE
        self._full: str | None = None
        """Why the state directory was last found full (None: it was not)."""

    async def opened(self, open_outbox: Callable[[], Outbox]) -> Outbox:
        """The outbox, opened: when the disk has no room for that (a restart while it is full),
        the reserve is freed, and then it waits for room, tried again and again, instead of
        ending (and starting again, and ending) while the jobs' host runs on."""
        delay = OPEN_RETRY_S
        while True:
            try:
                return open_outbox()
            except SpoolError as exc:
                if self.roomy():
                    raise  # not for want of room: the daemon cannot run
                self.full(str(exc))
                if self.release():
                    continue
            await anyio.sleep(delay)
            delay = min(2 * delay, OPEN_RETRY_MAX_S)

    def roomy(self) -> bool:
        """Whether there is room enough that a write refused is not for want of it."""
        return self.free() >= ADMIT_FREE_BYTES

    def free(self) -> int:
        """Bytes an unprivileged writer may still use (0 when it cannot be told)."""
        try:
            st = os.statvfs(self.root)
        except OSError:
            return 0
        return st.f_bavail * st.f_frsize

    def refusal(self) -> str | None:
        """Why no new job can be taken now (None: there is room)."""
        free = self.free()
        if free >= ADMIT_FREE_BYTES:
            return None
        self.full(f"the worker's state directory {self.root} has {free} bytes free, below the "
                  f"{ADMIT_FREE_BYTES} a job needs")
        return self._full

    def chunks_wait(self) -> bool:
        """Whether log chunks wait for room (the rest is for jobs' ends). Found full, the
        reserve is freed: the room is for the ends the jobs' host and the daemon must write."""
        free = self.free()
        if free >= CHUNKS_FREE_BYTES:
            return False
        self.full(f"the worker's state directory {self.root} is nearly full: log chunks wait")
        if free < RELEASE_BELOW_BYTES:
            self.release()
        return True

    def full(self, why: str) -> None:
        """Notes that the state directory is full (logged once until room is back)."""
        if self._full is None:
            log.error("state.full", reason=why, free=self.free())
        self._full = why

    def back(self) -> None:
        """Room is back (for a job and the reserve): logged once; the reserve is made again."""
        if self._full is not None and self.free() >= ADMIT_FREE_BYTES + RESERVE_BYTES:
            log.info("state.room_back", free=self.free())
            self._full = None
        if self._full is None:
            self.keep_reserve()

    def keep_reserve(self) -> None:
        """Makes the reserve file (room actually allocated) unless it is there."""
        if self.reserve.exists():
            return
        tmp = self.root / f".{RESERVE_FILE}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
            try:
                os.posix_fallocate(fd, 0, RESERVE_BYTES)
            finally:
                os.close(fd)
            os.replace(tmp, self.reserve)
        except OSError:  # no room for it yet: made again later
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def release(self) -> bool:
        """Frees the reserve for what must be written now; False when it was gone already."""
        try:
            os.unlink(self.reserve)
        except OSError:
            return False
        log.warning("state.reserve_released")
        return True
