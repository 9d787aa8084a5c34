"""Writes each TEXT to its descriptor FD, then prints the list of its open descriptors.

Used by tests/run/test_run_hardened.py (TestOutputAsIfDirect) and
tests/supervise/test_spawn.py (kept descriptors): descriptors given to a job reach it at
their numbers, and no other descriptor does.

Arguments: FD=TEXT...
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> None:
    for spec in argv[1:]:
        fd, text = spec.split("=", 1)
        os.write(int(fd), text.encode())
    names = sorted(int(n) for n in os.listdir("/proc/self/fd"))
    print([fd for fd in names if os.path.exists(f"/proc/self/fd/{fd}")])


if __name__ == "__main__":
    main(sys.argv)
