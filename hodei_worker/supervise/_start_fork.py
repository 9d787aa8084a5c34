"""The fork way of starting a job's process: ``os.fork``, then the child joins its cgroups and
executes the job (``_exec.become``). Safe only where this process has one thread, the main
one (hodei-run, before its relays start): nothing else can hold a lock the child needs."""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module: plain numbers, no enums
import os

from . import _exec


def start_forked(request: dict[str, object], err_w: int, stdout: int | None, stderr: int,
          stdin: int | None = None) -> int:
    """Forks the child that becomes the job of ``request``; returns its pid at once (its
    report comes on ``err_w``)."""
    stdio = [*([(stdin, 0)] if stdin is not None else []),
             *([(stdout, 1)] if stdout is not None else []), (stderr, 2)]
    # Signals wait until the child has put its handlers back to the defaults: until then they
    # would run the supervisor's handlers in the child.
    # (The C module's calls: ``signal``'s wrap each of ~65 numbers in an enum, both ways.)
    mask = _signal.pthread_sigmask(_signal.SIG_BLOCK, _signal.valid_signals())
    try:
        pid = os.fork()
        if pid == 0:
            try:
                os.setpgid(0, 0)
            except OSError as exc:  # pragma: no cover - a fresh child can always do this
                os.write(err_w, b"setup:%x" % (exc.errno or 0))
                os._exit(255)
            _exec.become(request, err_w, mask=mask, stdio=stdio)
    finally:
        _signal.pthread_sigmask(_signal.SIG_SETMASK, mask)
    return pid
