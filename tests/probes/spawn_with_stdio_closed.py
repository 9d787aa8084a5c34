"""A supervisor with its fds 1 and 2 closed (so the next pipe takes their numbers): spawns a
program that does not exist, then `sh -c 'echo reached'` with its output into the file OUT,
through a spawner (THROUGH "spawner") or by fork (anything else), in a job cgroup of its own;
writes to the file RESULT the list [the errno of the failed spawn, whether the spawner (if
any) still has a pid].

Used by tests/supervise/test_spawn.py: a supervisor with stdio closed still learns that a
program cannot be executed, and a job still gets the stdout it is given.

Arguments: RESULT OUT THROUGH.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hodei_worker.supervise import JobCgroup, Limits
from hodei_worker.supervise._spawn import spawn
from hodei_worker.supervise._spawner import Spawner


def main(argv: list[str]) -> None:
    result, out_path, through = argv[1], argv[2], argv[3]
    job = JobCgroup.create(f"hodei-test-closed-{os.getpid()}", Limits())
    spawner = Spawner() if through == "spawner" else None
    said: list[int | bool | None] = []
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(1)
    os.close(2)  # the next pipe takes their numbers
    try:
        spawn(["/no/such/program"], {}, None, out, out, job.procs_files(), spawner=spawner)
    except OSError as exc:
        said.append(exc.errno)
    pid = spawn(["sh", "-c", "echo reached"], dict(os.environ), None, out, out,
                job.procs_files(), spawner=spawner)
    os.waitpid(pid, 0)
    said.append(spawner is None or spawner.pid is not None)
    job.remove()
    Path(result).write_text(repr(said))


if __name__ == "__main__":
    main(sys.argv)
