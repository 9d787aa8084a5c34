"""Prints the SHA-256 of the environment variable TOKEN's value, then the value itself on
stdout and on stderr, and exits 1.

Used by tests/run/test_run_io.py (TestSecrets): the job gets the secret's value, and stdout,
stderr, the event and the logs show only ***. Its arguments are not read (the test passes the
secret among them, to see it masked in the event's arguments).
"""

from __future__ import annotations

import hashlib
import os
import sys


def main() -> int:
    value = os.environ["TOKEN"]
    print("hash", hashlib.sha256(value.encode()).hexdigest())
    print("out", value, flush=True)
    print("err", value, file=sys.stderr, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
