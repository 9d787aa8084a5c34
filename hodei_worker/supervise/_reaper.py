"""The reaper: the one place that calls ``wait4``, for every child this process ever has.

hodei-run is a child subreaper (and may be PID 1), so orphaned descendants of the job become
its children; they must be reaped or they stay zombies. A single owner of ``wait4(-1)``
avoids stealing another waiter's status; jobs ask it for their main process's exit instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import resource

from .. import _logging
from .._frozen import frozen

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

log = _logging.get_logger("hodei.reaper")

_PR_SET_CHILD_SUBREAPER: Final = 36


@frozen
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
    """Reaps every child when asked (on each wake-up of the supervisor) and keeps the exits
    and stops of main processes for whoever asks for them."""

    def __init__(self) -> None:
        self._exits: dict[int, Exit] = {}
        self._expected: set[int] = set()
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
                if pid in self._expected:  # a main process: kept until asked for, even if early
                    self._stop_signals.setdefault(pid, []).append(os.WSTOPSIG(status))
                continue
            self._stop_signals.pop(pid, None)
            if pid in self._expected:
                self._expected.discard(pid)
                self._exits[pid] = Exit(pid, status, usage)
                continue
            self.orphan_cpu_ms[0] += round(usage.ru_utime * 1000)
            self.orphan_cpu_ms[1] += round(usage.ru_stime * 1000)

    def expect(self, pid: int) -> None:
        """Registers ``pid`` as a main process whose exit someone will ask for; call it right
        after spawning, before anything reaps."""
        self._expected.add(pid)

    def forget(self, pid: int) -> None:
        """Stops expecting ``pid``, a child that has exited or is about to (a spawn that
        failed): reaps it now if nothing has, and drops what was kept of it."""
        if pid in self._expected:
            self._expected.discard(pid)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self._exits.pop(pid, None)
        self._stop_signals.pop(pid, None)

    def stopped(self, pid: int) -> int | None:
        """The oldest stop of ``pid`` (Ctrl-Z, SIGTTIN...) not yet asked for: its signal."""
        pending = self._stop_signals.get(pid)
        return pending.pop(0) if pending else None

    def has_ended(self, pid: int) -> bool:
        """Whether ``pid``'s exit has been reaped and not yet asked for."""
        return pid in self._exits

    def ended(self, pid: int) -> Exit | None:
        """The exit of ``pid`` once it has been reaped (then forgotten), else None."""
        return self._exits.pop(pid, None)
