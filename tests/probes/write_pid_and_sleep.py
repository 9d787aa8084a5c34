"""Writes its pid to the file PIDFILE, then sleeps 60 s (until killed).

Used by tests/run/test_run_oom.py: a job killed by a plain SIGKILL from outside is not counted
as an OOM kill. MARKER is not read: it marks the process for the test to find.

Arguments: PIDFILE MARKER.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    Path(argv[1]).write_text(str(os.getpid()))
    time.sleep(60)


if __name__ == "__main__":
    main(sys.argv)
