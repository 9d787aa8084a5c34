"""The reaper: the one place that calls ``wait4``, for every child this process ever has.

hodei-run is a child subreaper (and may be PID 1), so orphaned descendants of the job become
its children; they must be reaped or they stay zombies. A single owner of ``wait4(-1)``
avoids stealing another waiter's status; jobs ask it for their main process's exit instead.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import signal
from dataclasses import dataclass
from typing import Final

import anyio

from .. import _logging

log = _logging.get_logger("hodei.reaper")

_PR_SET_CHILD_SUBREAPER: Final = 36


@dataclass(frozen=True, slots=True)
class Exit:
    """How one process ended, with what it and its reaped children used."""

    pid: int
    status: int
    rusage: resource.struct_rusage | None = None

    @property
    def exit_status(self) -> int | None:
        """The exit status if it exited normally."""
        return os.WEXITSTATUS(self.status) if os.WIFEXITED(self.status) else None

    @property
    def term_signal(self) -> int | None:
        """The signal that ended it, if one did."""
        return os.WTERMSIG(self.status) if os.WIFSIGNALED(self.status) else None

    @property
    def core_dumped(self) -> bool:
        """Whether the kernel dumped core on that signal."""
        return os.WIFSIGNALED(self.status) and os.WCOREDUMP(self.status)


def become_subreaper() -> bool:
    """Makes orphaned descendants this process's children (Linux ``PR_SET_CHILD_SUBREAPER``)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


class Reaper:
    """Reaps every child on SIGCHLD and hands main processes' exits to whoever waits for them."""

    def __init__(self) -> None:
        self._exits: dict[int, Exit] = {}
        self._events: dict[int, anyio.Event] = {}
        self._stops: dict[int, anyio.Event] = {}
        self._stop_signals: dict[int, list[int]] = {}
        self.orphan_cpu_ms = [0, 0]
        """User and system CPU of those children, in milliseconds."""

    def reap(self) -> None:
        """Collects every child that has ended, without blocking."""
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG | os.WUNTRACED)
            except ChildProcessError:
                return
            except OSError as exc:  # pragma: no cover - EINTR is retried by Python
                if exc.errno == errno.EINTR:
                    continue
                raise
            if pid == 0:
                return
            if os.WIFSTOPPED(status):  # stopped, not ended: job control, for whoever watches
                if pid in self._events:  # a main process: kept until asked for, even if early
                    self._stop_signals.setdefault(pid, []).append(os.WSTOPSIG(status))
                    watch = self._stops.get(pid)
                    if watch is not None:
                        watch.set()
                continue
            ended = Exit(pid, status, usage)
            self._stop_signals.pop(pid, None)
            event = self._events.pop(pid, None)
            if event is not None:
                self._exits[pid] = ended
                event.set()
                continue
            self.orphan_cpu_ms[0] += round(usage.ru_utime * 1000)
            self.orphan_cpu_ms[1] += round(usage.ru_stime * 1000)

    def expect(self, pid: int) -> None:
        """Registers ``pid`` as a main process whose exit someone will wait for; call it right
        after spawning, before any ``await``, so no reap can come in between."""
        self._events[pid] = anyio.Event()

    async def stopped(self, pid: int) -> int:
        """Waits until ``pid`` is stopped (Ctrl-Z, SIGTTIN...) and returns the stopping signal;
        a stop that came before anyone asked (a job that reads the terminal at once) counts."""
        while not (pending := self._stop_signals.get(pid)):
            event = self._stops[pid] = anyio.Event()
            try:
                await event.wait()
            finally:
                self._stops.pop(pid, None)
        return pending.pop(0)

    async def wait(self, pid: int) -> Exit:
        """The exit of ``pid``, once it has ended; :meth:`expect` it right after spawning."""
        self.reap()
        event = self._events.get(pid)
        if event is not None:
            await event.wait()
        return self._exits.pop(pid)

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Reaps on every SIGCHLD until cancelled; started before the first spawn."""
        with anyio.open_signal_receiver(signal.SIGCHLD) as signals:
            self.reap()
            task_status.started()
            async for _ in signals:
                self.reap()
