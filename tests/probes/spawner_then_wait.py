"""A supervisor with a spawner: starts `true` through a new spawner in a job cgroup of its own,
reaps it, removes the cgroup, prints the spawner's pid and then waits for its stdin to close.

Used by tests/supervise/test_spawn.py: a spawner whose supervisor is killed with SIGKILL ends
too.
"""

from __future__ import annotations

import os
import sys

from hodei_worker.supervise import JobCgroup, Limits
from hodei_worker.supervise._spawn import spawn
from hodei_worker.supervise._spawner import Spawner


def main() -> None:
    job = JobCgroup.create(f"hodei-test-spawner-{os.getpid()}", Limits())
    spawner = Spawner()
    pid = spawn(["true"], dict(os.environ), None, 1, 2, job.procs_files(), spawner=spawner)
    os.waitpid(pid, 0)
    job.remove()
    print(spawner.pid, flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
