"""Starts ARGV in the working directory CWD and waits for it; prints JSON null when it started,
or [errno, filename, strerror] of the OS's refusal.

Used by tests/classify/test_classify.py, which runs it as the unprivileged user nobody to
record the OS's real refusals (permission denied, not executable, ...).

Arguments: CWD ARGV...
"""

from __future__ import annotations

import json
import subprocess
import sys


def main(argv: list[str]) -> None:
    try:
        subprocess.Popen(argv[2:], cwd=argv[1]).wait()
        print(json.dumps(None))
    except OSError as exc:
        print(json.dumps([exc.errno, exc.filename, exc.strerror]))


if __name__ == "__main__":
    main(sys.argv)
