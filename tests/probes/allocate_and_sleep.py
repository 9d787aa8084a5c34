"""Allocates MIB MiB (a zero-filled bytearray: every page touched), then sleeps SECONDS.

Used by tests/run/test_run_oom.py (TestRssWatchdog): a job whose resident memory passes
--memory is killed by the watchdog. Further arguments are not read: the test passes a marker
to find the process by.

Arguments: MIB SECONDS [MARKER].
"""

from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> None:
    held = bytearray(int(argv[1]) * 1024 * 1024)
    time.sleep(float(argv[2]))
    del held


if __name__ == "__main__":
    main(sys.argv)
