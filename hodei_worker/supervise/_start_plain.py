"""The plain way of starting a job's process, when it joins no cgroup: ``subprocess``'s C code
forks (vfork where it can) and executes without running any Python in the child, safe beside
any thread."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence


def start_plain(argv: Sequence[str], env: Mapping[str, str], workdir: str | None,
                stdout: int | None, stderr: int, keep_fds: Sequence[int],
                stdin: int | None = None) -> int:
    """Starts ``argv`` in a process group of its own; returns its pid once it has executed
    (``subprocess`` raises the exec's OSError itself)."""
    proc = subprocess.Popen(  # noqa: S603 - argv is the user's command, by design without a shell
        list(argv), env=dict(env), cwd=workdir, stdin=stdin, stdout=stdout, stderr=stderr,
        close_fds=True, pass_fds=tuple(keep_fds), process_group=0)
    proc.returncode = 0  # the reaper owns its exit: Popen must neither wait nor warn
    return proc.pid
