"""Sets a signal wake-up fd and closes it (as a process forked from a fork server inherits
one), then runs hodei-run's run_command for `true` in-process with the event file EVENT, and
prints the run's status and the wake-up fd left afterwards (-1: none).

Used by tests/run/test_run_regressions.py: a caller's closed wake-up fd does not turn a
completed job into ERR_1008, and no wake-up fd is left.

Arguments: EVENT.
"""

from __future__ import annotations

import os
import signal
import sys


def main(argv: list[str]) -> None:
    _read_end, write_end = os.pipe2(os.O_NONBLOCK)
    signal.set_wakeup_fd(write_end)
    os.close(write_end)
    from hodei_worker.run import run_command

    status = run_command(["--quiet", "--event-file", argv[1], "--", "true"])
    print(status, signal.set_wakeup_fd(-1))


if __name__ == "__main__":
    main(sys.argv)
