"""Writing to an output that may stop taking bytes (a reader that stopped reading, a stopped
terminal) without ever blocking on it, and without changing the caller's open description."""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import select
import stat
import time

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up

if TYPE_CHECKING:
    import socket

    from _typeshed import ReadableBuffer


class Output:
    """One output fd, written without blocking where it could block.

    A pipe, FIFO or terminal is reopened through /proc as a description of our own, so its
    O_NONBLOCK touches nobody else sharing the caller's (a shell's terminal, a ``2>&1``
    partner); a socket is sent to with MSG_DONTWAIT; a regular file or block device never
    blocks for long and is written as it is."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._own: int | None = None
        self._socket: socket.socket | None = None
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            return
        if stat.S_ISREG(mode) or stat.S_ISBLK(mode):
            return
        if stat.S_ISSOCK(mode):
            import socket

            with contextlib.suppress(OSError):
                self._socket = socket.socket(fileno=os.dup(fd))
            return
        try:
            append = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND
            self._own = os.open(f"/proc/self/fd/{fd}",
                                os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY | append)
            self.fd = self._own
        except OSError:  # no /proc, or the reader is already gone (ENXIO): write as it is
            self._own = None

    def write(self, data: bytes | memoryview) -> int:
        """Writes some of ``data``; BlockingIOError when none fits now."""
        if self._socket is not None:
            import socket

            return self._socket.send(data, socket.MSG_DONTWAIT | socket.MSG_NOSIGNAL)
        return os.write(self.fd, data)

    def wait(self, timeout_s: float | None, wake: int | None = None) -> bool:
        """Sleeps until the output takes bytes again (True), or ``timeout_s`` passes or
        ``wake`` becomes readable (False)."""
        poller = select.poll()
        poller.register(self.fd, select.POLLOUT)
        if wake is not None:
            poller.register(wake, select.POLLIN)
        ready = {fd for fd, _ in poller.poll(None if timeout_s is None else timeout_s * 1000)}
        return bool(ready) and wake not in ready

    def close(self) -> None:
        """Releases what was opened for this output (never the caller's fd)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._own is not None:
            os.close(self._own)
            self._own = None


class _BoundedRaw(io.RawIOBase):
    """A raw stream on an :class:`Output` that waits for room at most ``budget_s`` seconds
    over its whole life, then drops what does not fit."""

    def __init__(self, output: Output, budget_s: float) -> None:
        self._output = output
        self._budget = budget_s

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            try:
                done += self._output.write(view[done:])
            except BlockingIOError:
                started = time.monotonic()
                if self._budget <= 0 or not self._output.wait(self._budget):
                    self._budget = 0
                    return len(view)  # the reader stopped reading: the rest is dropped
                self._budget -= time.monotonic() - started
        return len(view)

    def fileno(self) -> int:
        return self._output.fd

    def isatty(self) -> bool:
        return os.isatty(self._output.fd)


def bounded_text(fd: int, budget_s: float) -> io.TextIOWrapper:
    """A text stream on ``fd`` that never blocks for more than ``budget_s`` in all."""
    return io.TextIOWrapper(io.BufferedWriter(_BoundedRaw(Output(fd), budget_s)),
                            encoding="utf-8", errors="backslashreplace", line_buffering=True)


def say(text: str) -> None:
    """Writes ``text`` to our stderr (``sys.stderr``, bounded by the caller where it must be);
    a stderr nobody reads any more is not an error: the event, the exit status or the log
    tells the same."""
    import sys

    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(text)
        sys.stderr.flush()
