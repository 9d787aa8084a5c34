"""The exec trampoline way of starting a job's process, for a process with threads (a daemon's
relays, an event loop): a fresh interpreter runs ``_exec.py`` (built-in modules only, a few
ms), started by ``subprocess``'s C code, which runs no Python in the child; the trampoline
joins the cgroups and executes the job (``_exec.become``)."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

from . import _exec


def start_trampolined(request: dict[str, object], err_w: int, stdout: int | None, stderr: int,
                      stdin: int | None = None) -> int:
    """Starts the trampoline that becomes the job of ``request``; returns its pid at once
    (its report comes on ``err_w``). Raises OSError as ``subprocess`` does: without a file
    name when the fork itself failed, with the interpreter's when it could not be run."""
    req_r, req_w = os.pipe()
    try:
        proc = subprocess.Popen(  # noqa: S603 - our own interpreter and script, no shell
            [sys.executable, "-I", "-S", _exec.SCRIPT, str(req_r), str(err_w)],
            env={}, stdin=stdin, stdout=stdout, stderr=stderr, close_fds=True,
            pass_fds=(req_r, err_w, *request["keep"]),  # type: ignore[misc]
            process_group=0)
        # From here on the reaper owns this process's exit: Popen must neither wait for it
        # nor warn that it still runs.
        proc.returncode = 0
        os.close(req_r)
        req_r = -1
        try:
            with os.fdopen(req_w, "wb", closefd=False) as fh:
                fh.write(marshal.dumps(request))
        except BrokenPipeError:  # the trampoline is gone; its report (or silence) tells why
            pass
    finally:
        for fd in (req_r, req_w):
            if fd >= 0:
                os.close(fd)
    return proc.pid
