"""Writes which of the standard descriptors 0, 1 and 2 are open (as "0 1 2") to the file PATH,
then writes "job-out" to stdout and exits with STATUS (0 when not given).

Used by tests/run/test_run_hardened.py (TestClosedStandardDescriptors): hodei-run started with
some of its own standard descriptors closed must still give its job all three.

Arguments: PATH [STATUS].
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    open_fds = (str(fd) for fd in (0, 1, 2) if os.path.exists(f"/proc/self/fd/{fd}"))
    Path(argv[1]).write_text(" ".join(open_fds))
    os.write(1, b"job-out\n")
    return int(argv[2]) if len(argv) > 2 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
