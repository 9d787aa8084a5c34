"""Leaves an orphaned grandchild in a session of its own (fork, setsid, fork): the grandchild
creates the file READY and becomes `sleep MARKER`; the job waits for READY, then exits 0.

Used by tests/run/test_run_tree.py (TestLeftovers): hodei-run stops such an escapee after its
main process exits.

Arguments: MARKER READY.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    marker, ready = argv[1], Path(argv[2])
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            ready.touch()
            os.execvp("sleep", ["sleep", marker])
        os._exit(0)
    os.wait()
    while not ready.exists():
        time.sleep(0.01)


if __name__ == "__main__":
    main(sys.argv)
