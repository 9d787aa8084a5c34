"""Handles the signal named SIGNAL (e.g. SIGUSR1), creates DIR/ready, waits up to 20 s for the
signal, writes its name (or "none") to DIR/got and exits with STATUS.

Used by tests/run/test_run_tree.py (TestForwardedSignals): each signal sent to hodei-run
reaches the job's process group, and a job that handles it ends with its own status.

Arguments: SIGNAL DIR STATUS.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from types import FrameType


def main(argv: list[str]) -> int:
    sig, where = signal.Signals[argv[1]], Path(argv[2])
    got: list[int] = []

    def note(signum: int, _frame: FrameType | None) -> None:
        got.append(signum)

    signal.signal(sig, note)
    (where / "ready").write_text("")
    for _ in range(2000):
        if got:
            break
        time.sleep(0.01)
    (where / "got").write_text(signal.Signals(got[0]).name if got else "none")
    return int(argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
