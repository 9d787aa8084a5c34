"""Writes the bytes of the file PATH to each STREAM (stdout or stderr) in turn, flushing after
each, then exits with STATUS.

Used by tests/run/test_run_io.py (byte-for-byte output, a 50 MB line, bytes that are not
UTF-8) and tests/classify/test_classify_corpus.py (a case's recorded stderr and exit status,
end to end).

Arguments: PATH STATUS STREAM...
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    data = Path(argv[1]).read_bytes()
    for name in argv[3:]:
        stream = sys.stdout if name == "stdout" else sys.stderr
        stream.buffer.write(data)
        stream.buffer.flush()
    return int(argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
