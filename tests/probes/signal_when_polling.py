"""Waits until the process PID is seen blocked in one of the syscalls NUMBER (its
/proc/PID/syscall), then sends it the signal numbered by the environment variable SIG; exits 3
without signalling when that has not happened within GUARD seconds.

Used by tests/supervise/test_wait.py: Waiter.wait() returns when another process signals this
one while it is blocked.

Arguments: PID GUARD NUMBER...
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    pid, guard, numbers = int(argv[1]), float(argv[2]), argv[3:]
    deadline = time.monotonic() + guard
    while time.monotonic() < deadline:
        if Path(f"/proc/{pid}/syscall").read_text().split()[0] in numbers:
            break
        time.sleep(0.002)
    else:
        return 3
    os.kill(pid, int(os.environ["SIG"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
