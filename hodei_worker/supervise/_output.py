"""Output relays: the job's bytes to the caller unchanged (but masked), and a bounded tail.

Each relay is a thread of its own: the supervisor never waits on a slow reader of our output,
and an idle job costs no wake-ups. It reads into one buffer mapped once (its pages become
memory only as far as the job's output fills them: a job that writes little costs a page, not
the whole buffer), and sleeps in
``poll`` only when the pipe is empty or the output full. It writes without blocking on a
description of the output of its own, so a reader that stops reading never holds it: asked
to stop, it stops, whatever it was waiting for.
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module: plain numbers, no enums
import contextlib
import errno
import fcntl
import mmap
import os
import select
import stat
import threading

from .._masking import Masker
from .._nonblocking import Output

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

CHUNK: Final = 1024 * 1024
_PIPE_SIZE: Final = 1024 * 1024
_F_SETPIPE_SZ: Final = getattr(fcntl, "F_SETPIPE_SZ", 1031)
_FULL: Final = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
"""What a file says when it takes no more bytes."""
_STOP_DRAIN: Final = 2 * CHUNK
"""At most this much is still relayed once a stop is asked for (a writer outside the job may
never stop writing)."""


def make_pipe() -> tuple[int, int]:
    """A pipe (read, write) for one stream, enlarged where the kernel allows, for throughput."""
    r, w = os.pipe()
    with contextlib.suppress(OSError):
        fcntl.fcntl(w, _F_SETPIPE_SZ, _PIPE_SIZE)
    return r, w


def same_output(a: int, b: int) -> bool:
    """Whether fds ``a`` and ``b`` write to one stream (``2>&1``): the same pipe, socket or
    terminal, or the same file at the same offset with the same flags."""
    try:
        sa, sb = os.fstat(a), os.fstat(b)
    except OSError:
        return False
    if (sa.st_dev, sa.st_ino) != (sb.st_dev, sb.st_ino):
        return False
    if not stat.S_ISREG(sa.st_mode):
        return True
    try:
        return (os.lseek(a, 0, os.SEEK_CUR) == os.lseek(b, 0, os.SEEK_CUR)
                and fcntl.fcntl(a, fcntl.F_GETFL) == fcntl.fcntl(b, fcntl.F_GETFL))
    except OSError:
        return False


class Relay:
    """Copies one pipe to one output fd, masking secrets and keeping the last bytes."""

    def __init__(self, source: int, sink: int, masker: Masker, tail_limit: int = 0) -> None:
        self._source = source
        self._sink_fd = sink
        self._stream = masker.stream()
        self._masking = masker.active
        self._tail_limit = tail_limit
        self._tail = bytearray()
        self._stopping = False
        self._after_stop = 0
        self._wake_r, self._wake_w = self._wake_pipe()
        self._done_r, self._done_w = os.pipe()
        self._thread: threading.Thread | None = None

    def _wake_pipe(self) -> tuple[int, int]:
        """The pipe that wakes the relay's thread for a stop."""
        return os.pipe()

    def start(self) -> None:
        """Starts copying in a thread of its own, which never takes a signal: they are for the
        main thread, whose handlers may be changing while a relay still runs."""
        # The C module's calls: ``signal``'s wrappers turn every number into an enum member,
        # ~130 conversions per call, which a daemon starting many jobs pays for each.
        self._thread = threading.Thread(target=self._run, name=f"relay-{self._sink_fd}", daemon=True)
        previous = _signal.pthread_sigmask(_signal.SIG_BLOCK, _signal.valid_signals())
        try:
            self._thread.start()
        finally:
            _signal.pthread_sigmask(_signal.SIG_SETMASK, previous)

    @property
    def stopping(self) -> bool:
        """Whether a stop was asked for."""
        return self._stopping

    @property
    def done_fd(self) -> int:
        """Readable (at end of file) once the relay has finished."""
        return self._done_r

    @property
    def tail(self) -> bytes:
        """The last ``tail_limit`` bytes relayed (already masked)."""
        return bytes(self._tail[-self._tail_limit:]) if self._tail_limit else b""

    def _readable(self) -> bool:
        """Sleeps until the pipe has bytes or a stop is asked for; False on a stop."""
        poller = select.poll()
        poller.register(self._source, select.POLLIN)
        poller.register(self._wake_r, select.POLLIN)
        return self._wake_r not in {fd for fd, _ in poller.poll()}

    def _emit(self, sink: Output, data: bytes | memoryview) -> bool:
        """Keeps the tail and writes ``data`` out; False once the output is gone or a stop
        was asked for while it could not take more."""
        if not data:
            return True
        self._keep_tail(data)
        return self._write(sink, data)

    def _keep_tail(self, data: bytes | memoryview) -> None:
        if self._tail_limit:
            self._tail += data
            if len(self._tail) > 2 * self._tail_limit:
                del self._tail[: -self._tail_limit]

    def _write(self, sink: Output, data: bytes | memoryview) -> bool:
        """Writes ``data`` out; False once the output is gone or a stop was asked for while
        it could not take more."""
        view = memoryview(data)
        while view:
            try:
                written = sink.write(view)
            except BlockingIOError:
                if self._stopping or not sink.wait(None, self._wake_r):
                    return False
                continue
            except OSError:
                # The reader went away (EPIPE) or the output failed (ENOSPC, EIO, a closed fd).
                # Stop relaying: closing our end of the job's pipe gives the job the EPIPE or
                # SIGPIPE it would have got writing there directly.
                return False
            view = view[written:]
        return True

    def _drained_enough(self, count: int) -> bool:
        """Counts ``count`` bytes read after a stop was asked for; True once past the most a
        stop still relays."""
        if not self._stopping:
            return False
        self._after_stop += count
        return self._after_stop > _STOP_DRAIN

    def _forward(self, sink: Output, window: memoryview, count: int) -> bool:
        """Masks and writes out the ``count`` bytes just read into ``window``; False once the
        output is gone."""
        chunk = window[:count]
        return self._emit(sink, self._stream.feed(bytes(chunk)) if self._masking else chunk)

    def _run(self) -> None:
        sink = Output(self._sink_fd)
        buffer = mmap.mmap(-1, CHUNK)
        window = memoryview(buffer)
        os.set_blocking(self._source, False)  # the read end is ours alone
        try:
            while True:
                try:
                    count = os.readv(self._source, [buffer])
                except BlockingIOError:
                    if self._stopping or not self._readable():
                        break  # asked to stop and nothing is buffered any more
                    continue
                if not count or self._drained_enough(count):
                    break
                if not self._forward(sink, window, count):
                    return
            self._emit(sink, self._stream.flush())
        finally:
            window.release()  # the mapping goes with the last view of it, as the thread ends
            os.close(self._source)
            sink.close()
            os.close(self._done_w)

    def join(self, timeout: float | None = None) -> bool:
        """Waits for end of stream; True when the relay has finished."""
        assert self._thread is not None, "a relay is joined once started"
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def stop(self) -> None:
        """Ends the relay even if someone outside the job still holds the pipe open, or the
        reader of our output has stopped reading: what is buffered and fits goes out, the
        rest is dropped."""
        self._stopping = True
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def close(self) -> None:
        """Releases the wake-up and done pipes; call after the thread has finished."""
        for fd in (self._wake_r, self._wake_w, self._done_r):
            if fd < 0:
                continue
            with contextlib.suppress(OSError):
                os.close(fd)


class PumpedRelay(Relay):
    """A relay without a thread of its own, for a process that supervises many jobs in one
    loop: that loop polls :attr:`source_fd` and calls :meth:`pump` whenever it is readable
    (and once more after :meth:`stop`). Its sink must be a regular file, which a write never
    leaves waiting for a reader."""

    PER_PUMP: Final = 4
    """Reads of up to :data:`CHUNK` bytes per call at most: a flood from one job waits its
    turn instead of holding the loop that serves the others."""

    def __init__(self, source: int, sink: int, masker: Masker, tail_limit: int = 0,
                 limit: int | None = None) -> None:
        if not stat.S_ISREG(os.fstat(sink).st_mode):
            raise ValueError("a pumped relay writes only to a regular file")
        super().__init__(source, sink, masker, tail_limit)
        self._finished = False
        self._room = limit
        """How many more bytes the file takes (None: no limit)."""
        self.dropped = 0
        """Bytes past the limit: counted, never written (the job goes on writing)."""

    def _emit(self, sink: Output, data: bytes | memoryview) -> bool:
        """As :meth:`Relay._emit`, but what goes past the limit is counted and dropped, never
        written (the tail still keeps the job's last bytes)."""
        if not data:
            return True
        self._keep_tail(data)
        if self._room is not None:
            kept = min(len(data), self._room)
            self._room -= kept
            self.dropped += len(data) - kept
            data = memoryview(data)[:kept]
        return self._write(sink, data)

    def _write(self, sink: Output, data: bytes | memoryview) -> bool:
        """Writes ``data`` to the file; what a full disk refuses is counted as dropped and the
        relay goes on (the job is not to die of its log's disk). False once the file failed
        otherwise."""
        view = memoryview(data)
        while view:
            try:
                written = sink.write(view)
            except BlockingIOError:  # pragma: no cover - a regular file never says so
                continue
            except OSError as exc:
                if exc.errno not in _FULL:
                    return False
                self.dropped += len(view)
                return True
            view = view[written:]
        return True

    def _wake_pipe(self) -> tuple[int, int]:
        """None: no thread to wake (its loop sees a stop on its next pump), and a regular
        file never leaves a write waiting."""
        return -1, -1

    @property
    def source_fd(self) -> int:
        """The pipe to poll for :meth:`pump`."""
        return self._source

    @property
    def finished(self) -> bool:
        """Whether the relay has reached its end (and released the pipe and the file)."""
        return self._finished

    def start(self) -> None:
        """Makes it ready to be pumped (no thread is started)."""
        self._sink = Output(self._sink_fd)
        self._buffer = mmap.mmap(-1, CHUNK)
        self._window = memoryview(self._buffer)
        os.set_blocking(self._source, False)  # the read end is ours alone

    def pump(self) -> bool:
        """Relays what the pipe holds now (a few chunks at most); False once finished: the
        end of the stream, a stop with nothing left buffered, or an output that failed."""
        if self._finished:
            return False
        for _ in range(self.PER_PUMP):
            try:
                count = os.readv(self._source, [self._buffer])
            except BlockingIOError:
                if self._stopping:
                    return self._finish(flush=True)
                return True
            if not count or self._drained_enough(count):
                return self._finish(flush=True)
            if not self._forward(self._sink, self._window, count):
                return self._finish(flush=False)
        return True

    def _finish(self, flush: bool) -> bool:
        try:
            if flush:
                self._emit(self._sink, self._stream.flush())
        finally:
            self._finished = True
            self._window.release()  # the mapping goes with the last view of it
            os.close(self._source)
            self._sink.close()
            os.close(self._done_w)
        return False

    def join(self, timeout: float | None = None) -> bool:
        """Whether the relay has finished (it is never waited for here: the loop pumps it)."""
        return self._finished

    def release(self) -> None:
        """Ends the relay at once, dropping what the pipe still holds, and releases all it
        holds (a loop that stops pumping it: a host closing)."""
        if not self._finished:
            self._finish(flush=False)
        self.close()
