"""The steps runtime: how a supervision waits without an event loop. This is supervise's
design note.

**A supervision is a generator of waits** (:data:`Steps`). Each step yields a :data:`Wait`,
``(until, fd)``: "resume me when the clock reaches ``until`` (None: no limit), or when ``fd``
is readable; with no fd, when a signal arrives"; it is resumed with nothing, or has the
driver's exception thrown into it, so its own cleanup runs (and may wait) as for its own
error. Steps compose with ``yield from``: stopping a job (SIGTERM, grace, SIGKILL) is a step
that a wait for its end uses, and both are steps of :class:`~._supervisor.Supervision`, whose
methods are the supervision's phases. A step never sleeps itself, and never needs to know who
drives it.

**Two drivers run the same steps.**

- :func:`drive` (hodei-run: one job a process) runs one supervision on the calling thread:
  each wait is one ``poll`` of a :class:`Waiter` (the signals' wake-up pipe, with a timeout),
  or on its fd.
- :meth:`~._supervisions.Supervisions.run_once` (the supervisor host: many jobs a process)
  sleeps in one ``poll`` over every job's fds, SIGCHLD's wake-up pipe and the caller's own
  fds, until the earliest ``until``; then it resumes only the jobs whose wait is over. A job's
  signals (a cancel) arrive in its own :class:`Inbox` instead of the process's.

So a supervision needs no thread and no event loop, and the host's cost is its jobs'
bookkeeping; not importing an event loop saved about a third of hodei-run's start-up.

Signals are caught by handlers that only record them (in arrival order); the C-level handler
also writes to the wake-up pipe (``signal.set_wakeup_fd``), so a ``poll`` in progress returns
at once instead of being retried by Python after the handler ran. Time is a clock passed in
(:data:`Clock`), so tests move it without sleeping.
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module: plain numbers, no enums
import contextlib
import os
import select
import time
from collections.abc import Callable, Generator, Sequence
from types import FrameType, TracebackType

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, TypeVar

    _T = TypeVar("_T")

Clock = Callable[[], float]

Wait = tuple[float | None, int | None]
"""What a supervision waits for next: until the clock reaches ``until`` (None: no limit) and,
with no fd, until a signal arrives; with an fd, until it is readable (signals then wait)."""
Steps = Generator[Wait, None, "_T"]
"""A piece of supervision that waits: it yields what it waits for and returns its result."""

_LONGEST_POLL_MS = 2**31 - 1
"""``poll`` takes an int of milliseconds (about 24.8 days); a longer wait is several polls."""


def _poll_ms(left: float | None) -> int | None:
    """The timeout of one ``poll`` that ends ``left`` seconds from now or earlier (None: no
    limit)."""
    if left is None:
        return None
    return min(_LONGEST_POLL_MS, max(0, int(left * 1000 + 0.999)))


class Waiter:
    """While entered, catches ``signals`` (recording them) and sleeps in :meth:`wait`.

    Entering and leaving must happen on the main thread. Leaving puts back the handlers and
    wake-up fd it found, with the signals blocked across the swap: a signal arriving then is
    delivered to the caller's handler afterwards, never to the default action."""

    def __init__(self, signals: Sequence[int], clock: Clock = time.monotonic) -> None:
        self._signals = tuple(signals)
        self.clock = clock
        self._pending: list[int] = []
        self._previous: dict[int, Any] = {}
        self._old_wakeup = -1
        self._wake_r = self._wake_w = -1

    def _record(self, number: int, _frame: FrameType | None) -> None:
        self._pending.append(number)

    def __enter__(self) -> Waiter:
        mask = _signal.pthread_sigmask(_signal.SIG_BLOCK, self._signals)
        try:
            self._wake_r, self._wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
            self._old_wakeup = _signal.set_wakeup_fd(self._wake_w, warn_on_full_buffer=False)
            for sig in self._signals:
                self._previous[sig] = _signal.signal(sig, self._record)
        except BaseException:
            self._restore()
            raise
        finally:
            _signal.pthread_sigmask(_signal.SIG_SETMASK, mask)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        mask = _signal.pthread_sigmask(_signal.SIG_BLOCK, self._signals)
        try:
            self._restore()
        finally:
            _signal.pthread_sigmask(_signal.SIG_SETMASK, mask)

    def _restore(self) -> None:
        """Puts back the handlers and wake-up fd found on entering, and closes our pipe. A
        wake-up fd that is no longer usable (closed, or now another, blocking, file) is not
        put back: none is, rather than one that would write signal numbers into a stranger."""
        try:
            for sig, handler in self._previous.items():
                if handler is not None:
                    _signal.signal(sig, handler)
        finally:
            with contextlib.suppress(ValueError):  # off the main thread: it was never set
                _signal.set_wakeup_fd(-1)
            for fd in (self._wake_r, self._wake_w):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._wake_r = self._wake_w = -1
            # Put back once ours are closed: a stale number that now names one of them fails.
            with contextlib.suppress(OSError, ValueError):
                _signal.set_wakeup_fd(self._old_wakeup)

    @property
    def wake_fd(self) -> int:
        """The read end of the wake-up pipe: readable when a signal has arrived (for a caller
        that polls it with fds of its own; :meth:`take` drains it)."""
        return self._wake_r

    def take(self) -> list[int]:
        """The signals received since the last call, oldest first."""
        self._drain()  # their wake-up bytes too: a later wait must not wake for them again
        taken, self._pending = self._pending, []
        return taken

    def wait(self, until: float | None) -> None:
        """Sleeps until a signal arrives (or one is already pending) or the clock reaches
        ``until`` (None: no limit)."""
        if self._pending:
            return
        poller = select.poll()
        poller.register(self._wake_r, select.POLLIN)
        if poller.poll(_poll_ms(None if until is None else until - self.clock())):
            self._drain()

    def _drain(self) -> None:
        if self._wake_r < 0:  # left: the pipe is closed (and its number maybe another's)
            return
        with contextlib.suppress(BlockingIOError):
            while os.read(self._wake_r, 512):
                pass


class Inbox:
    """The signals meant for one supervision that are not this process's own: put there by
    whoever drives it (a cancel sent to a job of a process that supervises many), taken in
    order, as a :class:`Waiter`'s are."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self._pending: list[int] = []

    def put(self, sig: int) -> None:
        """Adds ``sig`` for the supervision to take."""
        self._pending.append(sig)

    def take(self) -> list[int]:
        """The signals put since the last call, oldest first."""
        taken, self._pending = self._pending, []
        return taken

    @property
    def pending(self) -> tuple[int, ...]:
        """The signals put and not yet taken."""
        return tuple(self._pending)


def wait_readable(fd: int, until: float | None, clock: Clock = time.monotonic) -> bool:
    """Waits until ``fd`` is readable or the clock reaches ``until`` (None: no limit); whether
    it is."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    while True:
        if until is None:
            if poller.poll():
                return True
            continue
        left = until - clock()
        if poller.poll(_poll_ms(left)):
            return True
        if left <= 0:
            return False


def drive(steps: Steps[_T], waiter: Waiter | None = None) -> _T:
    """Runs steps to their end on this thread: each wait they ask for is slept in ``waiter``
    (signals and time) or on its fd; what that raises is raised inside them, so that their
    own cleanup runs, and waits, as it would for their own error. Steps that wait only on fds
    need no waiter."""
    clock = waiter.clock if waiter is not None else time.monotonic
    try:
        wait = next(steps)
        while True:
            until, fd = wait
            try:
                if fd is not None:
                    wait_readable(fd, until, clock)
                elif waiter is not None:
                    waiter.wait(until)
                else:
                    raise RuntimeError("steps that wait for signals need a waiter")
            except BaseException as exc:  # noqa: BLE001 - given to the steps, which decide
                wait = steps.throw(exc)
            else:
                wait = steps.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
