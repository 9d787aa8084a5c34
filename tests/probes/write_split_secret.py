"""Writes "x abc123", pauses, then "def456 y" and "abc123 alone" lines to STREAM (stdout or
stderr), flushing after each write: with secrets abc123 and abc123def456, the first write ends
after the shorter secret and the rest of the longer one comes in the next write.

Used by tests/run/test_run_hardened.py (TestPrefixSecretsThroughRun).

Arguments: STREAM.
"""

from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> None:
    out = sys.stdout if argv[1] == "stdout" else sys.stderr
    out.write("x abc123")
    out.flush()
    time.sleep(0.2)
    out.write("def456 y\n")
    out.flush()
    out.write("abc123 alone\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv)
