"""Thin entrypoints: argument parsing and exit statuses; the work happens elsewhere."""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module: blocks before ``signal`` imports
import os
import sys

_HODEI_RUN = (os.path.basename(sys.argv[0]) == "hodei-run"
              or sys.argv[0].endswith(os.path.join("hodei_worker", "__main__.py")))
"""Whether this process is ``hodei-run`` itself (not a program that imports this package)."""

if _HODEI_RUN:
    # Blocked before anything else of ours runs (the interpreter's own start is the only
    # window left): a termination that arrives while hodei-run imports stays pending until
    # ``main`` has a handler to record it, instead of killing hodei-run before its event.
    # (So do SIGUSR1 and SIGUSR2, which hodei-run forwards while a job runs: their default
    # action would end it too, with no job to pass them to.)
    _signal.pthread_sigmask(_signal.SIG_BLOCK, {_signal.SIGTERM, _signal.SIGINT,
                                                _signal.SIGHUP, _signal.SIGQUIT,
                                                _signal.SIGUSR1, _signal.SIGUSR2})

import signal  # noqa: E402 - after the block above, on purpose

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

TERMINATIONS: Final = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT)
"""The signals that end a run; held from the first line of hodei-run's own code."""
_NO_JOB_TO_TELL: Final = (signal.SIGUSR1, signal.SIGUSR2)
"""Signals forwarded to a running job, dropped while there is none (before, after)."""
HELD: Final = (*TERMINATIONS, *_NO_JOB_TO_TELL)
"""What hodei-run holds from its first line until its handlers take them."""
STDERR_PATIENCE_S: Final = 2.0
"""How long, in all, hodei-run's own writes to stderr wait for a reader that stopped reading."""


def _standard_fds() -> frozenset[int]:
    """Opens /dev/null on whichever of fds 0-2 the caller left closed, before anything else
    can take those numbers (a pipe or poll fd of ours on 2 would receive the job's stderr);
    returns those fds."""
    closed = set()
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.add(fd)
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
            os.set_inheritable(fd, True)  # os.open's are not: the job would find fd closed
    return frozenset(closed)


def _standard_streams() -> None:
    """Gives Python file objects back to fds 1 and 2 when they were closed at start (Python
    then sets ``sys.stdout``/``sys.stderr`` to None), so a write to either goes where the
    caller pointed it (now /dev/null), never to whatever file took the lowest free fd."""
    for name, fd in (("stdout", 1), ("stderr", 2)):
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "w", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                                    closefd=False))


def _release(blocked: tuple[signal.Signals, ...] = HELD) -> None:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)


def main(argv: list[str] | None = None, *, sweep_stale: bool = True) -> int:
    """``hodei-run``: ``explain [CODE]`` or ``[OPTIONS] -- COMMAND [ARG...]``.

    ``sweep_stale``: whether a run stops what is left in the cgroups of hodei-runs that were
    killed (on by default: only one owner of all job cgroups, such as the worker daemon,
    would turn it off)."""
    closed = _standard_fds()
    _standard_streams()
    args = sys.argv[1:] if argv is None else argv
    if args[:1] in (["explain"], ["flush"]):
        _release()  # not a run: the default actions of terminations are right
    if args[:1] == ["explain"]:
        from ._explain import explain, stdout_closed

        if 1 in closed:  # `explain >&-` (fd 1 is /dev/null by now)
            return stdout_closed()
        try:
            return explain(args[1:])
        except BrokenPipeError:  # `hodei-run explain | head`: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args[:1] == ["flush"]:
        from ._flush import flush

        return flush(args[1:], dict(os.environ))
    early = _hold_termination()
    _release()  # those that arrived while importing are recorded now
    from .._nonblocking import bounded_text

    # Our own lines (logs, the summary) wait for a reader that stopped reading only so long,
    # then are dropped: the event file has it all, and hodei-run must be able to exit. (Unless
    # whoever runs us in-process pointed them elsewhere.)
    if sys.__stderr__ is None or sys.stderr is sys.__stderr__:
        sys.stderr = bounded_text(2, STDERR_PATIENCE_S)
    from ..run import help_text, run_command, split_argv, wants_help

    if wants_help(split_argv(args)[0]):  # hodei-run's own options ask for help
        _release()
        sys.stdout.write(help_text())
        return 0

    # The handlers stay until the process exits: a termination that arrives once the job is
    # over (while the event is classified and written) is recorded and has nothing to stop.
    # Python's own exit resets them to the default actions, so from here on they are ignored
    # (blocking alone covers only this thread; delivering the event may have left others,
    # gRPC's among them, to take a process-wide signal): the status is the one the event gives.
    try:
        return run_command(args, early_signals=early, sweep_stale=sweep_stale)
    finally:
        signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
        for sig in HELD:
            signal.signal(sig, signal.SIG_IGN)  # nothing is started any more to inherit it


def _hold_termination() -> list[int]:
    """Records termination signals that arrive while hodei-run is still starting (importing),
    instead of dying of them; the supervisor honours them before it spawns anything."""
    received: list[int] = []

    def record(number: int, _frame: object) -> None:
        received.append(number)

    for sig in TERMINATIONS:
        signal.signal(sig, record)
    for sig in _NO_JOB_TO_TELL:
        signal.signal(sig, _drop)  # a handler, not SIG_IGN: a job must not inherit ignoring
    return received


def _drop(_number: int, _frame: object) -> None:
    """A signal meant for the job when there is no job."""


def control_plane(argv: list[str] | None = None) -> int:
    """``hodei-control-plane``: the reference control plane (``serve``, ``events``)."""
    _release()
    _standard_fds()
    from ._control_plane import main as control_plane_main

    return control_plane_main(sys.argv[1:] if argv is None else argv)


def worker(argv: list[str] | None = None) -> int:
    """``hodei-worker``: the daemon."""
    _release()
    _standard_fds()
    from ._worker import main as worker_main

    return worker_main(sys.argv[1:] if argv is None else argv)
