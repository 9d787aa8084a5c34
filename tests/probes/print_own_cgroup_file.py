"""Prints the content of FILENAME in its own cgroup v1 CONTROLLER hierarchy (stripped).

Used by tests/run/test_run_oom.py: --memory and --cpus are really set on the job's own cgroup.

Arguments: CONTROLLER FILENAME.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    controller, filename = argv[1], argv[2]
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, ctrl, path = line.strip().split(":", 2)
        if controller in ctrl.split(","):
            own = Path(f"/sys/fs/cgroup/{controller}{path}/{filename}")
            print(own.read_text().strip())


if __name__ == "__main__":
    main(sys.argv)
