"""Tries to start twelve `sleep MARKER` children, prints how many started and how many failed
("STARTED FAILED"), then kills and reaps those that started.

Used by tests/run/test_run_oom.py: under --pids, forks past the limit fail.

Arguments: MARKER.
"""

from __future__ import annotations

import subprocess
import sys


def main(argv: list[str]) -> None:
    procs: list[subprocess.Popen[bytes]] = []
    failed = 0
    for _ in range(12):
        try:
            procs.append(subprocess.Popen(["sleep", argv[1]]))
        except OSError:
            failed += 1
    print(len(procs), failed)
    for proc in procs:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    main(sys.argv)
