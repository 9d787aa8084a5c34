"""Fills SHARED MiB, then forks four children that share it, each of which fills OWN MiB of its
own, sleeps 1.2 s and exits; waits for all four.

Used by tests/run/test_run_hardened.py (TestWatchdogCountsSharedPagesOnce): without a cgroup,
hodei-run's memory watchdog must count the shared pages once, the children's own pages each.

Arguments: SHARED OWN (MiB).
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> None:
    shared, own = int(argv[1]), int(argv[2])
    data = bytearray(os.urandom(1024 * 1024)) * shared
    kids = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            mine = bytearray(own * 1024 * 1024)
            mine[::4096] = b"x" * len(mine[::4096])
            time.sleep(1.2)
            os._exit(0)
        kids.append(pid)
    for pid in kids:
        os.waitpid(pid, 0)
    del data


if __name__ == "__main__":
    main(sys.argv)
