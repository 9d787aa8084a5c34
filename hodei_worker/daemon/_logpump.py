"""The log pump: the output of running jobs, committed to the outbox as ``LogChunk`` events
whose ids are fixed by their offset (a chunk committed twice after a crash is recognised as
one). A chunk names its bytes in the job's file instead of copying them into the outbox.

Output beyond the worker's log limit is not sent; its size is reported (``LogOverflow``).
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

import anyio

from .. import _logging
from .._generated import events_pb2
from ..transport import Attachment, Outbox, Publisher, Record, SpoolError
from ._events import outbox_record
from ._job import LOG_PUMP_S, Job
from ._space import Space

log = _logging.get_logger("hodei.daemon")

LOG_CHUNK_BYTES: Final = 256 * 1024
"""The most bytes in one LogChunk."""
LOG_BATCH_BYTES: Final = 4 * 1024 * 1024
"""The most bytes of one job read in one pass, so one flood cannot starve other jobs."""
LOG_QUIET_MAX_S: Final = 2.0
"""How long a job whose output stopped growing may wait between looks, at most: the interval
doubles from LOG_PUMP_S while it stays quiet and is back to LOG_PUMP_S once it writes, so many
sleeping jobs cost the worker almost nothing. Its end always commits the rest at once."""
STREAMS: Final = (("stdout", "LOG_STREAM_STDOUT"), ("stderr", "LOG_STREAM_STDERR"))


class LogPump:
    """Commits the output of the jobs ``running()`` returns, a pass every LOG_PUMP_S."""

    def __init__(self, outbox: Outbox, publisher: Publisher, log_limit_bytes: int,
                 running: Callable[[], Iterable[Job]], space: Space | None = None) -> None:
        self._outbox = outbox
        self._space = space
        """The state directory's room: chunks wait while it is short (jobs' ends go first)."""
        self._publisher = publisher
        self._limit = log_limit_bytes
        self.limit = log_limit_bytes
        """The most bytes of each stream of a job sent, and written to its file by its host."""
        self._running = running
        self._lock = threading.Lock()
        """Output is committed by one thread at a time (the pump, or a job's final pass)."""

    async def run(self) -> None:
        """Passes over the running jobs whose look is due, for ever."""
        while True:
            await anyio.sleep(LOG_PUMP_S)
            more = True
            while more:  # one thread hop and one transaction for all jobs a pass; passes
                # follow each other while some job has more than a batch waiting
                now = time.monotonic()
                due = [job for job in self._running() if job.output.look_at <= now]
                if not due or self._no_room():
                    break
                try:
                    more = await anyio.to_thread.run_sync(self._commit, due, False)
                except (SpoolError, OSError) as exc:  # a full disk, say: tried again next pass
                    if self._space is not None:
                        self._space.full(str(exc))
                    break
                self._publisher.notify()

    async def wind_up(self, job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """For an ended job: commits all of its remaining output (and what went over the
        limit), then returns its final event and cancel request from its journal. No thread
        hop for a job whose output is all committed already (most short jobs)."""
        ending = self._wound_up(job)
        while ending is None and (ending := await anyio.to_thread.run_sync(self._wind_up, job)) is None:
            self._publisher.notify()
        self._publisher.notify()
        return ending

    def _wind_up(self, job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | None] | None:
        """In a worker thread: commits a batch of an ended job's remaining output; once none is
        left, what went over the limit, and returns its ending (None while more waits)."""
        try:
            if self._no_room():
                raise OSError(errno.ENOSPC, "no room for log chunks")
            if self._commit([job], False):
                return None
            self._commit([job], True)
        except (SpoolError, OSError) as exc:  # its end goes first; what is unsent is dropped
            self._give_up(job, exc)
        return job.dir.ending()

    def _no_room(self) -> bool:
        """Whether log chunks wait for room now (see ``_space``)."""
        if self._space is None:
            return False
        if self._space.chunks_wait():
            return True
        self._space.back()
        return False

    def _give_up(self, job: Job, exc: BaseException) -> None:
        """Counts a job's output that could not be committed as dropped (its end is told
        without it)."""
        offsets = job.output.offsets or {}
        for name, _ in STREAMS:
            try:
                size = os.stat(getattr(job.dir, name)).st_size
            except OSError:
                continue
            unsent = min(size, self._limit) - offsets.get(name, 0)
            if unsent > 0:
                job.output.dropped[name] = job.output.dropped.get(name, 0) + unsent
        log.warning("job.output_unsent", job_id=job.job_id, error=str(exc),
                    dropped=dict(job.output.dropped))

    def _wound_up(self, job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | None] | None:
        """On the loop: the ending of an ended job whose output is all committed and none went
        over the limit; None otherwise, or while the pump holds the lock (its chunks of the job
        may not be in the outbox yet)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if job.output.dropped or job.dir.overflow():
                return None
            offsets = job.output.offsets if job.output.offsets is not None else job.dir.offsets()
            for name, _ in STREAMS:
                try:
                    size = os.stat(getattr(job.dir, name)).st_size
                except FileNotFoundError:
                    continue
                if size > offsets.get(name, 0):
                    return None
            return job.dir.ending()
        finally:
            self._lock.release()

    def _commit(self, jobs: list[Job], final: bool) -> bool:
        """Commits the new output of ``jobs``, in a worker thread; ``final``: with what went over
        the limit. Returns whether some job has more than a batch waiting."""
        with self._lock:
            return self._commit_locked(jobs, final)

    def _commit_locked(self, jobs: list[Job], final: bool) -> bool:
        records: list[Record] = []
        grown: list[Job] = []
        more = False
        now = time.monotonic()
        for job in jobs:
            output = job.output
            if output.offsets is None:
                output.offsets = job.dir.offsets()
            before = len(records)
            waiting = False
            host_overflow = job.dir.overflow() if final else {}
            for name, stream in STREAMS:
                chunks, unread = self._chunks(job, name, stream, getattr(job.dir, name),
                                              output.offsets.get(name, 0))
                records += chunks
                waiting = waiting or unread
                if final and (host_dropped := host_overflow.get(name)):  # the file stopped at the limit
                    output.dropped[name] = max(output.dropped.get(name, 0), host_dropped)
                if final and output.dropped.get(name):
                    overflow = events_pb2.LogOverflow(job_id=job.job_id, stream=stream,
                                                      sent_bytes=self._limit,
                                                      dropped_bytes=output.dropped[name])
                    records.append(outbox_record(job.job_id, f"{job.key}/{name}/overflow",
                                                 {"log_overflow": overflow}))
            if len(records) > before:
                grown.append(job)
                output.quiet_s = LOG_PUMP_S
            else:
                output.quiet_s = min(2 * output.quiet_s, LOG_QUIET_MAX_S)
            # Due at once while more than a batch waits, else at the pass after its wait.
            output.look_at = now if waiting else now + output.quiet_s - LOG_PUMP_S / 2
            more = more or waiting
        if records:
            self._outbox.append(records)
            for job in grown:
                assert job.output.offsets is not None
                job.dir.save_offsets(job.output.offsets)
        return more

    def _chunks(self, job: Job, name: str, stream: str, path: Path,
                offset: int) -> tuple[list[Record], bool]:
        """The stream's next chunks (at most a batch), and whether more is waiting."""
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return [], False
        if size > self._limit:
            job.output.dropped[name] = size - self._limit
        end = min(size, self._limit, offset + LOG_BATCH_BYTES)
        records: list[Record] = []
        if end <= offset:
            return records, False
        # The chunks name their bytes in this file instead of copying them into the outbox:
        # on disk first, as the outbox's own commit will be.
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return records, False
        try:
            os.fdatasync(fd)
        finally:
            os.close(fd)
        while offset < end:
            length = min(LOG_CHUNK_BYTES, end - offset)
            chunk = events_pb2.LogChunk(job_id=job.job_id, stream=stream, offset=offset,
                                        attempt=job.spec.attempt or 1)
            records.append(outbox_record(job.job_id, f"{job.key}/{name}/{offset}",
                                         {"log_chunk": chunk}, terminal=False,
                                         attachment=Attachment(str(path), offset, length)))
            offset += length
        assert job.output.offsets is not None
        job.output.offsets[name] = offset
        return records, offset < min(size, self._limit)
