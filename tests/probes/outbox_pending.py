"""Opens the outbox in SPOOL and prints the event ids it holds pending, comma-separated, in
order.

Used by tests/transport/test_outbox.py: another process sees the events an outbox committed.

Arguments: SPOOL.
"""

from __future__ import annotations

import sys

from hodei_worker.transport import Outbox


def main(argv: list[str]) -> None:
    print(",".join(p.event_id for p in Outbox(argv[1]).pending()))


if __name__ == "__main__":
    main(sys.argv)
