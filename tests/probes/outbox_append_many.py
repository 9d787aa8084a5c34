"""Appends 40 batches of three events (WORKER-i-k, job WORKER) to the outbox in SPOOL.

Used by tests/transport/test_outbox.py: several processes appending to one spool at once lose
nothing and duplicate nothing.

Arguments: SPOOL WORKER.
"""

from __future__ import annotations

import sys

from hodei_worker.transport import Outbox, Record


def main(argv: list[str]) -> None:
    box = Outbox(argv[1])
    worker = argv[2]
    for i in range(40):
        box.append([Record(f"{worker}-{i}-{k}", worker, b"p") for k in range(3)])


if __name__ == "__main__":
    main(sys.argv)
