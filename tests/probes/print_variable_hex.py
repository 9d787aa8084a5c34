"""Prints the hex of the environment variable NAME's value on one line, then the value itself
with no line end.

Used by tests/run/test_run_hardened_input.py: the job sees a file secret's value exactly (one
final line end taken off), and printing it shows only ***.

Arguments: NAME.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> None:
    value = os.environ[argv[1]]
    print(value.encode().hex())
    print(value, end="")


if __name__ == "__main__":
    main(sys.argv)
