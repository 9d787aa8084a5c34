"""Counts the SIGUSR1 it receives: creates the file READY, waits 1 s, then writes the count to
the file COUNT.

Used by tests/run/test_run_regressions.py: a SIGUSR1 forwarded by hodei-run is delivered to
the job exactly once.

Arguments: READY COUNT.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from types import FrameType


def main(argv: list[str]) -> None:
    received = [0]

    def count(_signum: int, _frame: FrameType | None) -> None:
        received[0] += 1

    signal.signal(signal.SIGUSR1, count)
    Path(argv[1]).touch()
    time.sleep(1.0)
    Path(argv[2]).write_text(str(received[0]))


if __name__ == "__main__":
    main(sys.argv)
