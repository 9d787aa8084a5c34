"""Ignores SIGTERM, prints "ready" and sleeps 10 s.

Used by tests/classify/test_classify.py: a job ignoring SIGTERM past its deadline is killed
after the grace, and the failure says SIGKILL.
"""

from __future__ import annotations

import signal
import time


def main() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    print("ready", flush=True)
    time.sleep(10)


if __name__ == "__main__":
    main()
