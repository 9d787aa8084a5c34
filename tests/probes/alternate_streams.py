"""Writes 300 lines "line N VALUE", alternating stdout and stderr (unbuffered), VALUE being the
environment variable S (empty when unset).

Used by tests/run/test_run_hardened.py (TestOutputAsIfDirect): merged into one pipe or file,
the lines must arrive in the order written, masked.
"""

from __future__ import annotations

import os


def main() -> None:
    for i in range(300):
        os.write(1 + i % 2, f"line {i} {os.environ.get('S', '')}\n".encode())


if __name__ == "__main__":
    main()
