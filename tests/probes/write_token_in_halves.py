"""Writes "before " and the first HALF bytes of the environment variable TOKEN's value to
STREAM (stdout or stderr), pauses, writes the rest and " after", and exits 1.

Used by tests/run/test_run_io.py (TestSecrets): a secret split across two writes is still
masked.

Arguments: STREAM HALF.
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    value = os.environ["TOKEN"].encode()
    out = (sys.stdout if argv[1] == "stdout" else sys.stderr).buffer
    half = int(argv[2])
    out.write(b"before " + value[:half])
    out.flush()
    time.sleep(0.2)
    out.write(value[half:] + b" after\n")
    out.flush()
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
