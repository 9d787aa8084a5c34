"""Behaviour of ``Waiter`` and ``wait_readable``: real signals (sent to this process by itself,
by another thread or by a child process), real pipes, the real monotonic clock unless a test's
docstring says otherwise.

A signal meant to arrive *during* a wait is sent only once the main thread is seen blocked in
``poll`` (its ``/proc`` syscall entry), so no test depends on how long anything takes; the
30 s deadlines are hang guards, and a test asserts the wait returned well before them."""

from __future__ import annotations

import contextlib
import errno
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from types import FrameType

import pytest
from conftest import PROBES

from hodei_worker.supervise._wait import Waiter, wait_readable

SAFE = (signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH, signal.SIGHUP)
"""Signals a test may send to its own process: each gets a recording handler first."""
GUARD_S = 30.0
"""Hang guard: how long a wait that should end early may last before the test fails."""
POLL_SYSCALLS = {"x86_64": ("7", "271"), "aarch64": ("73",)}
"""The syscall numbers (poll, ppoll) a thread blocked in ``select.poll`` shows in /proc."""


def _poll_syscalls() -> tuple[str, ...]:
    numbers = POLL_SYSCALLS.get(platform.machine())
    if numbers is None:
        pytest.skip(f"poll's syscall numbers are not known for machine {platform.machine()!r}")
    return numbers


def _in_poll(pid: int, tid: int, numbers: tuple[str, ...]) -> bool:
    """Whether thread ``tid`` of process ``pid`` is blocked in poll (per /proc)."""
    with open(f"/proc/{pid}/task/{tid}/syscall") as entry:
        fields = entry.read().split()
    return bool(fields) and fields[0] in numbers


class WhenPolling(threading.Thread):
    """Waits until the main thread blocks in poll, then runs ``action`` once."""

    def __init__(self, action: Callable[[], object]) -> None:
        super().__init__(daemon=True)
        self._action = action
        self._numbers = _poll_syscalls()
        self._tid = threading.get_native_id()  # created on the main thread: the main thread's
        self.seen_polling = False

    def run(self) -> None:
        deadline = time.monotonic() + GUARD_S
        while time.monotonic() < deadline:
            if _in_poll(os.getpid(), self._tid, self._numbers):
                self.seen_polling = True
                break
            time.sleep(0.002)
        self._action()  # even if never seen polling: the test then fails on seen_polling


@pytest.fixture
def previous() -> Iterator[list[int]]:
    """Gives each safe signal a recording handler (the "previous" handler a Waiter finds) and
    puts back afterwards the handlers, the wake-up fd and the signal mask this test found."""
    received: list[int] = []

    def record(number: int, _frame: FrameType | None) -> None:
        received.append(number)

    found = {sig: signal.getsignal(sig) for sig in (*SAFE, signal.SIGCHLD)}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    wakeup = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(wakeup)
    try:
        for sig in SAFE:
            signal.signal(sig, record)
        yield received
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for sig, handler in found.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(wakeup)


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    """A non-blocking pipe (read end, write end), closed afterwards."""
    r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        yield r, w
    finally:
        for fd in (r, w):
            with contextlib.suppress(OSError):  # already closed by the test
                os.close(fd)


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


# --- recording ---------------------------------------------------------------------------------


def test_signals_are_recorded_in_arrival_order(previous: list[int]) -> None:
    """Signals arriving one after another are recorded in the order they arrived, repeats
    included, and none reaches the previous handler while the Waiter is entered."""
    sent = [signal.SIGUSR2, signal.SIGHUP, signal.SIGWINCH, signal.SIGUSR1, signal.SIGUSR2]
    with Waiter(SAFE) as waiter:
        for sig in sent:
            os.kill(os.getpid(), sig)
        assert waiter.take() == sent
    assert previous == []


def test_take_returns_each_signal_once(previous: list[int]) -> None:
    """take() empties the record: a signal is returned by one call only, and later signals by
    the next."""
    with Waiter(SAFE) as waiter:
        os.kill(os.getpid(), signal.SIGUSR1)
        assert waiter.take() == [signal.SIGUSR1]
        assert waiter.take() == []
        os.kill(os.getpid(), signal.SIGHUP)
        assert waiter.take() == [signal.SIGHUP]


def test_signals_not_asked_for_go_to_their_own_handler(previous: list[int]) -> None:
    """A signal outside the Waiter's set keeps its own handler and is not recorded."""
    with Waiter([signal.SIGUSR1]) as waiter:
        os.kill(os.getpid(), signal.SIGUSR2)
        assert waiter.take() == []
    assert previous == [signal.SIGUSR2]


# --- wait ----------------------------------------------------------------------------------------


def test_wait_returns_when_a_thread_signals_during_it(previous: list[int]) -> None:
    """wait() returns when a signal arrives while it is blocked (sent by another thread), with
    the signal recorded."""
    with Waiter(SAFE) as waiter:
        sender = WhenPolling(lambda: os.kill(os.getpid(), signal.SIGWINCH))
        sender.start()
        until = time.monotonic() + GUARD_S
        waiter.wait(until)
        returned = time.monotonic()
        sender.join(GUARD_S)
        assert sender.seen_polling
        assert waiter.take() == [signal.SIGWINCH]
        assert returned < until  # woken by the signal, not by the hang guard


def test_wait_returns_when_a_child_process_signals_during_it(previous: list[int]) -> None:
    """wait() returns when another process signals this one while it is blocked, with the
    signal recorded."""
    numbers = _poll_syscalls()
    assert threading.get_native_id() == os.getpid()  # /proc/PID/syscall is this thread's
    with Waiter(SAFE) as waiter:
        child = subprocess.Popen(
            [sys.executable, str(PROBES / "signal_when_polling.py"), str(os.getpid()), str(GUARD_S),
             *numbers],
            env={**os.environ, "SIG": str(int(signal.SIGUSR2))})
        try:
            until = time.monotonic() + GUARD_S
            waiter.wait(until)
            returned = time.monotonic()
        finally:
            status = child.wait(GUARD_S)
        assert status == 0  # the child saw this process blocked in poll before signalling
        assert waiter.take() == [signal.SIGUSR2]
        assert returned < until


def test_wait_without_limit_returns_on_a_signal(previous: list[int]) -> None:
    """wait(None) sleeps with no limit and returns when a signal arrives."""
    with Waiter(SAFE) as waiter:
        sender = WhenPolling(lambda: os.kill(os.getpid(), signal.SIGUSR1))
        sender.start()
        waiter.wait(None)
        sender.join(GUARD_S)
        assert sender.seen_polling
        assert waiter.take() == [signal.SIGUSR1]


def test_wait_returns_at_once_when_a_signal_is_already_recorded(previous: list[int]) -> None:
    """wait() does not sleep when a signal was recorded before it was called, and leaves that
    signal for take()."""
    with Waiter(SAFE) as waiter:
        os.kill(os.getpid(), signal.SIGHUP)
        until = time.monotonic() + GUARD_S
        waiter.wait(until)
        assert time.monotonic() < until
        assert waiter.take() == [signal.SIGHUP]


def test_wait_returns_when_until_passes_without_a_signal(previous: list[int]) -> None:
    """With no signal, wait(until) returns once the clock has reached until, nothing
    recorded."""
    with Waiter(SAFE) as waiter:
        until = time.monotonic() + 0.05
        waiter.wait(until)
        assert time.monotonic() >= until
        assert waiter.take() == []


def test_wait_with_until_already_past_does_not_sleep(previous: list[int]) -> None:
    """wait(until) with until already reached on the Waiter's clock returns without sleeping
    (an injected clock far ahead of the real one; a sleep would end only at the test's
    timeout)."""
    with Waiter(SAFE, clock=lambda: 1e9) as waiter:
        waiter.wait(1e9 - 1)
        assert waiter.take() == []


def test_wait_is_woken_by_a_child_exiting(previous: list[int]) -> None:
    """A Waiter catching SIGCHLD is woken when a child process ends."""
    with Waiter([signal.SIGCHLD]) as waiter:
        child = subprocess.Popen([sys.executable, "-c", "pass"])
        try:
            until = time.monotonic() + GUARD_S
            waiter.wait(until)
            returned = time.monotonic()
        finally:
            child.wait(GUARD_S)
        assert waiter.take() == [signal.SIGCHLD]
        assert returned < until


# --- leaving ---------------------------------------------------------------------------------


def test_leaving_restores_the_previous_handlers(previous: list[int]) -> None:
    """Leaving puts back each signal's previous Python handler, whichever it was (a function,
    SIG_IGN, SIG_DFL)."""
    signal.signal(signal.SIGWINCH, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    before = {sig: signal.getsignal(sig) for sig in SAFE}
    with Waiter(SAFE):
        assert all(signal.getsignal(sig) != before[sig] for sig in SAFE)
    assert {sig: signal.getsignal(sig) for sig in SAFE} == before


def test_leaving_after_an_exception_restores_the_previous_handlers(previous: list[int]) -> None:
    """An exception inside the with block propagates, and the previous handlers are back."""
    before = {sig: signal.getsignal(sig) for sig in SAFE}
    with pytest.raises(RuntimeError, match="inside"), Waiter(SAFE):
        raise RuntimeError("inside")
    assert {sig: signal.getsignal(sig) for sig in SAFE} == before
    os.kill(os.getpid(), signal.SIGUSR1)
    assert previous == [signal.SIGUSR1]


def test_leaving_restores_the_previous_wakeup_fd(
        previous: list[int], pipe: tuple[int, int]) -> None:
    """While entered, signals wake the Waiter's own pipe, not the wake-up fd found on entering;
    leaving makes that fd the wake-up fd again."""
    r, w = pipe
    signal.set_wakeup_fd(w)
    with Waiter(SAFE):
        os.kill(os.getpid(), signal.SIGUSR1)
        with pytest.raises(BlockingIOError):
            os.read(r, 512)
    os.kill(os.getpid(), signal.SIGUSR2)
    assert os.read(r, 512) == bytes([signal.SIGUSR2])
    assert signal.set_wakeup_fd(-1) == w


def test_leaving_restores_no_wakeup_fd_when_there_was_none(previous: list[int]) -> None:
    """Leaving a Waiter entered with no wake-up fd leaves none set."""
    signal.set_wakeup_fd(-1)
    with Waiter(SAFE):
        pass
    assert signal.set_wakeup_fd(-1) == -1


def test_a_signal_after_leaving_goes_to_the_previous_handler(previous: list[int]) -> None:
    """Once left, the Waiter records nothing: signals reach the previous handlers."""
    with Waiter(SAFE) as waiter:
        pass
    os.kill(os.getpid(), signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGHUP)
    assert previous == [signal.SIGUSR1, signal.SIGHUP]
    assert waiter.take() == []


def test_a_signal_still_pending_when_leaving_goes_to_the_previous_handler(
        previous: list[int]) -> None:
    """A signal sent while entered but not yet delivered (blocked) is delivered, after
    leaving, to the previous handler, not to the Waiter."""
    with Waiter(SAFE) as waiter:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
        # To this thread: sent to the process, another thread (one an earlier test left
        # idle) that does not block it would take it at once.
        signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
        assert signal.SIGUSR2 in signal.sigpending()
    assert previous == []  # still blocked: leaving kept the mask it found
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
    assert previous == [signal.SIGUSR2]
    assert waiter.take() == []


def test_leaving_closes_the_wake_pipe(previous: list[int]) -> None:
    """Leaving closes the pipe the Waiter opened on entering: no fd is left behind."""
    before = _open_fds()
    with Waiter(SAFE):
        assert len(_open_fds() - before) == 2
    assert _open_fds() == before


def test_leaving_keeps_the_signal_mask(previous: list[int]) -> None:
    """Entering and leaving leave the thread's signal mask as they found it (the signals are
    blocked only across the swaps)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGWINCH])
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with Waiter(SAFE):
        assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == mask
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == mask


# --- wait_readable ---------------------------------------------------------------------------


def test_wait_readable_returns_true_when_the_fd_becomes_readable(
        pipe: tuple[int, int]) -> None:
    """wait_readable() returns True once another thread writes to the pipe it waits on."""
    r, w = pipe
    writer = WhenPolling(lambda: os.write(w, b"x"))
    writer.start()
    until = time.monotonic() + GUARD_S
    assert wait_readable(r, until) is True
    returned = time.monotonic()
    writer.join(GUARD_S)
    assert writer.seen_polling
    assert returned < until
    assert os.read(r, 512) == b"x"


def test_wait_readable_counts_a_closed_writer_as_readable(pipe: tuple[int, int]) -> None:
    """A pipe whose write end is closed (end of stream) is reported readable."""
    r, w = pipe
    os.close(w)
    until = time.monotonic() + GUARD_S
    assert wait_readable(r, until) is True
    assert time.monotonic() < until


def test_wait_readable_returns_false_when_until_passes(pipe: tuple[int, int]) -> None:
    """wait_readable() returns False once the clock reaches until with nothing to read."""
    r, _w = pipe
    until = time.monotonic() + 0.05
    assert wait_readable(r, until) is False
    assert time.monotonic() >= until


def test_wait_readable_reports_readable_even_with_until_past(pipe: tuple[int, int]) -> None:
    """An fd already readable is reported readable even when until has already passed."""
    r, w = pipe
    os.write(w, b"x")
    assert wait_readable(r, time.monotonic() - 1) is True


def test_wait_readable_stops_when_the_injected_clock_says_so(pipe: tuple[int, int]) -> None:
    """wait_readable() reads the injected clock again after each poll and returns False as
    soon as it reports until reached (a fake clock: 0, then past until)."""
    r, _w = pipe
    readings = iter([0.0, 0.002])
    calls: list[float] = []

    def clock() -> float:
        calls.append(next(readings, 1e9))
        return calls[-1]

    assert wait_readable(r, 0.001, clock) is False
    assert calls == [0.0, 0.002]


def test_a_signal_taken_does_not_wake_a_later_wait(previous: list[int]) -> None:
    """A signal recorded and taken before any wait leaves no wake-up behind: the next wait
    sleeps until its deadline, with nothing new."""
    with Waiter(SAFE) as waiter:
        os.kill(os.getpid(), signal.SIGUSR1)
        assert waiter.take() == [signal.SIGUSR1]
        until = time.monotonic() + 0.05
        waiter.wait(until)
        assert time.monotonic() >= until  # it slept to its deadline, not woken at once
        assert waiter.take() == []


def test_a_failed_entry_puts_everything_back(previous: list[int]) -> None:
    """Entering with a signal that cannot be caught fails, and leaves the handlers already
    swapped and the wake-up fd as they were found."""
    before_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(before_fd)
    before = signal.getsignal(signal.SIGUSR1)
    with pytest.raises(OSError, match="Invalid argument"), Waiter((signal.SIGUSR1, signal.SIGKILL)):
        pass
    assert signal.getsignal(signal.SIGUSR1) is before
    assert signal.set_wakeup_fd(before_fd) == before_fd
    os.kill(os.getpid(), signal.SIGUSR1)
    assert previous == [signal.SIGUSR1]


def test_entering_off_the_main_thread_fails_and_leaves_no_fd(previous: list[int]) -> None:
    """Entering on another thread fails (only the main thread may set handlers), and the
    Waiter leaves no pipe of its own open."""
    before = set(os.listdir("/proc/self/fd"))
    failures: list[BaseException] = []

    def enter() -> None:
        try:
            with Waiter(SAFE):
                pass
        except ValueError as exc:
            failures.append(exc)

    thread = threading.Thread(target=enter)
    thread.start()
    thread.join()
    assert len(failures) == 1
    assert set(os.listdir("/proc/self/fd")) == before


class TestDrive:
    """drive(): a supervision written as a generator of waits, run on this thread."""

    def test_waits_on_time_then_on_an_fd_and_returns_the_result(
            self, previous: list[int], pipe: tuple[int, int]) -> None:
        """Each wait is slept as asked (a time, then an fd another thread makes readable), the
        steps resume after each, and drive returns what they return."""
        from hodei_worker.supervise._supervisor import drive

        r, w = pipe
        seen: list[object] = []

        def steps() -> Generator[tuple[float | None, int | None], None, str]:
            yield time.monotonic() + 0.01, None
            seen.append("time")
            writer = WhenPolling(lambda: os.write(w, b"x"))
            writer.start()
            yield time.monotonic() + GUARD_S, r
            writer.join(GUARD_S)
            seen.append(os.read(r, 16))
            return "done"

        with Waiter([signal.SIGUSR1]) as waiter:
            assert drive(steps(), waiter) == "done"
        assert seen == ["time", b"x"]

    def test_a_signal_ends_a_signal_wait_and_is_taken_by_the_steps(self, previous: list[int]) -> None:
        """A wait with no fd and no limit ends when a caught signal arrives, and the steps
        find it with take()."""
        from hodei_worker.supervise._supervisor import drive

        def steps(waiter: Waiter) -> Generator[tuple[float | None, int | None], None, list[int]]:
            sender = WhenPolling(lambda: os.kill(os.getpid(), signal.SIGUSR1))
            sender.start()
            yield None, None
            sender.join(GUARD_S)
            return waiter.take()

        with Waiter([signal.SIGUSR1]) as waiter:
            assert drive(steps(waiter), waiter) == [signal.SIGUSR1]

    def test_an_error_in_a_wait_is_raised_inside_the_steps(self, previous: list[int]) -> None:
        """What a wait raises is thrown into the steps, whose cleanup runs (and may wait
        again) before the error reaches drive's caller. (The failing wait is a fake: a poll
        that fails cannot be produced for real.)"""
        from hodei_worker.supervise._supervisor import drive

        class Failing(Waiter):
            calls = 0

            def wait(self, until: float | None) -> None:
                self.calls += 1
                if self.calls == 1:
                    raise OSError(errno.EBADF, "poll failed")
                super().wait(until)

        cleaned: list[str] = []

        def steps() -> Generator[tuple[float | None, int | None], None, None]:
            try:
                yield None, None
            finally:
                yield time.monotonic(), None  # cleanup that waits once more
                cleaned.append("after the failed wait")

        with Failing([signal.SIGUSR1]) as waiter, pytest.raises(OSError, match="poll failed"):
            drive(steps(), waiter)
        assert cleaned == ["after the failed wait"]
