"""Sleeps until the wall-clock time START (seconds since the epoch), then opens and closes the
outbox in SPOOL.

Used by tests/transport/test_outbox.py: several processes opening an outbox from before
attachments at the same moment upgrade it once.

Arguments: START SPOOL.
"""

from __future__ import annotations

import sys
import time

from hodei_worker.transport import Outbox


def main(argv: list[str]) -> None:
    time.sleep(max(0.0, float(argv[1]) - time.time()))
    with Outbox(argv[2]):
        pass


if __name__ == "__main__":
    main(sys.argv)
