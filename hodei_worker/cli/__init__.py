"""Thin entrypoints: argument parsing and exit statuses; the work happens elsewhere."""

from __future__ import annotations

import os
import signal
import sys


def _standard_fds() -> None:
    """Opens /dev/null on whichever of fds 0-2 the caller left closed, before anything else
    can take those numbers (an event loop's epoll fd on 2 would receive the job's stderr)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)


def main(argv: list[str] | None = None) -> int:
    """``hodei-run``: ``explain [CODE]`` or ``[OPTIONS] -- COMMAND [ARG...]``."""
    _standard_fds()
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["explain"]:
        from ._explain import explain

        try:
            return explain(args[1:])
        except BrokenPipeError:  # `hodei-run explain | head`: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args[:1] == ["flush"]:
        from ._publish import flush

        return flush(args[1:], dict(os.environ))
    early = _hold_termination()
    from ._run import run_command

    return run_command(args, early_signals=early)


def _hold_termination() -> list[int]:
    """Records termination signals that arrive while hodei-run is still starting (importing),
    instead of dying of them; the supervisor honours them before it spawns anything."""
    received: list[int] = []

    def record(number: int, _frame: object) -> None:
        received.append(number)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(sig, record)
    return received


def control_plane(argv: list[str] | None = None) -> int:
    """``hodei-control-plane``: the reference control plane (``serve``, ``events``)."""
    _standard_fds()
    from ._control_plane import main as control_plane_main

    return control_plane_main(sys.argv[1:] if argv is None else argv)


def worker(argv: list[str] | None = None) -> int:
    """``hodei-worker``: the daemon."""
    _standard_fds()
    from ._worker import main as worker_main

    return worker_main(sys.argv[1:] if argv is None else argv)
