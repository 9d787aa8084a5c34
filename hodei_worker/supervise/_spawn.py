"""Starting the job's main process, and turning the OS's refusal into a SpawnFailure."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from collections.abc import Mapping, Sequence

from ..classify import SpawnFailure, SpawnStage


def spawn(argv: Sequence[str], env: Mapping[str, str], workdir: str | None,
          stdout: int | None, stderr: int) -> subprocess.Popen[bytes]:
    """Starts ``argv`` (no shell) in a process group of its own; stdin is inherited untouched.

    Raises OSError as Popen does."""
    return subprocess.Popen(  # noqa: S603 - argv is the user's command, by design without a shell
        list(argv),
        env=dict(env),
        cwd=workdir,
        stdin=None,
        stdout=stdout,
        stderr=stderr,
        close_fds=True,
        process_group=0,
    )


def _interpreter(program: str) -> str | None:
    """The interpreter named on the ``#!`` line of ``program``, if it is a regular file that
    has one (never opening a FIFO or a device, which could block or have side effects)."""
    try:
        fd = os.open(program, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, 256).split(b"\n", 1)[0]
    except OSError:
        return None
    finally:
        os.close(fd)
    if not head.startswith(b"#!"):
        return None
    words = head[2:].strip().split()
    return words[0].decode("utf-8", "replace") if words else None


def spawn_failure(exc: OSError, argv: Sequence[str], env: Mapping[str, str],
                  workdir: str | None) -> SpawnFailure:
    """What an OSError from :func:`spawn` means: which stage failed, on which path."""
    number = exc.errno or 0
    message = exc.strerror or str(exc)
    program = argv[0]
    if workdir is not None and exc.filename == workdir and program != workdir:
        return SpawnFailure(number, SpawnStage.CHDIR, workdir, message)
    if exc.filename is None:
        return SpawnFailure(number, SpawnStage.FORK, program, message)
    if "/" in program:
        resolved: str | None = os.path.abspath(os.path.join(workdir or os.getcwd(), program))
    else:
        resolved = shutil.which(program, path=env.get("PATH", os.defpath))
    # ENOENT for a program that exists means its #! interpreter is missing.
    missing = number == errno.ENOENT and resolved is not None and os.path.exists(resolved)
    interpreter = _interpreter(resolved) if missing and resolved else None
    return SpawnFailure(number, SpawnStage.EXEC, resolved or program, message,
                        interpreter=interpreter)
