"""Appends 50 events (killed-0 .. killed-49) to the outbox in SPOOL and kills itself with
SIGKILL as soon as the append returns, closing nothing.

Used by tests/transport/test_outbox.py: events appended are durable the moment append returns.

Arguments: SPOOL.
"""

from __future__ import annotations

import os
import signal
import sys

from hodei_worker.transport import Outbox, Record


def main(argv: list[str]) -> None:
    box = Outbox(argv[1])
    box.append([Record(f"killed-{i}", "k", b"payload-%d" % i) for i in range(50)])
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv)
