"""Output relays: the job's bytes to the caller unchanged (but masked), and a bounded tail.

Each relay is a thread blocked in ``poll``/``read``/``write``: the event loop never waits on
a slow reader of our stdout, and an idle job costs no wake-ups.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import threading
from typing import Final

from .._masking import Masker

CHUNK: Final = 1024 * 1024
_PIPE_SIZE: Final = 1024 * 1024
_F_SETPIPE_SZ: Final = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def make_pipe() -> tuple[int, int]:
    """A pipe (read, write) for one stream, enlarged where the kernel allows, for throughput."""
    r, w = os.pipe()
    with contextlib.suppress(OSError):
        fcntl.fcntl(w, _F_SETPIPE_SZ, _PIPE_SIZE)
    return r, w


class Relay:
    """Copies one pipe to one output fd, masking secrets and keeping the last bytes."""

    def __init__(self, source: int, sink: int, masker: Masker, tail_limit: int = 0) -> None:
        self._source = source
        self._sink = sink
        self._stream = masker.stream()
        self._tail_limit = tail_limit
        self._tail = bytearray()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name=f"relay-{sink}", daemon=True)

    def start(self) -> None:
        """Starts copying in a thread of its own."""
        self._thread.start()

    @property
    def tail(self) -> bytes:
        """The last ``tail_limit`` bytes relayed (already masked)."""
        return bytes(self._tail[-self._tail_limit:]) if self._tail_limit else b""

    def _emit(self, data: bytes) -> bool:
        """Keeps the tail and writes ``data`` out; False once the output is gone."""
        if not data:
            return True
        if self._tail_limit:
            self._tail += data
            if len(self._tail) > 2 * self._tail_limit:
                del self._tail[: -self._tail_limit]
        view = memoryview(data)
        while view:
            try:
                written = os.write(self._sink, view)
            except BlockingIOError:
                select.select([], [self._sink], [])
                continue
            except OSError:
                # The reader went away (EPIPE) or the output failed (ENOSPC, EIO, a closed fd).
                # Stop relaying: closing our end of the job's pipe gives the job the EPIPE or
                # SIGPIPE it would have got writing there directly.
                return False
            view = view[written:]
        return True

    def _run(self) -> None:
        poller = select.poll()
        poller.register(self._source, select.POLLIN)
        poller.register(self._wake_r, select.POLLIN)
        try:
            while True:
                ready = dict(poller.poll())
                if self._source in ready:
                    chunk = os.read(self._source, CHUNK)
                    if not chunk or not self._emit(self._stream.feed(chunk)):
                        break
                elif self._wake_r in ready:
                    # Asked to stop: take what is buffered now, then end.
                    os.set_blocking(self._source, False)
                    with contextlib.suppress(BlockingIOError):
                        while (chunk := os.read(self._source, CHUNK)) and self._emit(
                                self._stream.feed(chunk)):
                            pass
                    break
            self._emit(self._stream.flush())
        finally:
            os.close(self._source)

    def join(self, timeout: float | None = None) -> bool:
        """Waits for end of stream; True when the relay has finished."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def stop(self) -> None:
        """Ends the relay even if someone outside the job still holds the pipe open."""
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def close(self) -> None:
        """Releases the wake-up pipe; call after the thread has finished."""
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
