"""Runs `hodei-run --quiet -- true` in-process (event file DIR/ev.json) and prints its status
and which of the modules a run should not need it imported ("none" when none).

Used by tests/run/test_run_regressions.py (TestWhatARunLoads): a run imports no event loop,
typing, uuid, datetime, tempfile or shutil. It imports nothing itself beyond sys.

Arguments: DIR.
"""

import sys


def main() -> None:
    event = sys.argv[-1] + "/ev.json"
    sys.argv = ["hodei-run"]
    from hodei_worker.cli import main as hodei_run

    status = hodei_run(["--quiet", "--event-file", event, "--", "true"])
    heavy = ("asyncio", "anyio", "typing", "uuid", "datetime", "tempfile", "shutil")
    print(status, ",".join(m for m in heavy if m in sys.modules) or "none")


if __name__ == "__main__":
    main()
