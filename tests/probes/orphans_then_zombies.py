"""Five times forks a child that forks an orphan exiting at once, then exits itself (the orphan
is reparented to PID 1); then looks for zombies in /proc for up to about 5 s. Prints
"no zombies" and exits 0 once there are none, or prints the zombies' stat lines and exits 3.

Used by tests/run/test_run_pid1.py: as PID 1 of a PID namespace, hodei-run reaps the orphans
reparented to it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def zombies() -> list[str]:
    """The /proc/PID/stat lines of the processes in state Z."""
    found = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                stat = Path(f"/proc/{p}/stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[0] == "Z":
                found.append(stat)
    return found


def main() -> int:
    for _ in range(5):
        if os.fork() == 0:  # child: leaves an orphan that exits at once, then exits
            if os.fork() == 0:
                os._exit(0)
            os._exit(0)
        os.wait()
    for _ in range(500):
        if not zombies():
            print("no zombies")
            return 0
        time.sleep(0.01)
    print(zombies())
    return 3


if __name__ == "__main__":
    sys.exit(main())
