"""Runs `hodei-run --quiet -- true` in-process (event file DIR/ev.json), noting which of
dataclasses, inspect, the observation and the event shapes were imported when the run loads
its reporting (as the job's process starts); prints the run's status, that list ("none" when
none) and whether dataclasses was imported by the end.

Used by tests/run/test_run_regressions.py (TestWhatARunLoads): a run starts its job before it
imports dataclasses. It imports nothing itself beyond sys.

Arguments: DIR.
"""

import sys


def main() -> None:
    event = sys.argv[-1] + "/ev.json"
    sys.argv = ["hodei-run"]
    from hodei_worker.cli import main as hodei_run
    from hodei_worker.run import _command as run

    heavy = ("dataclasses", "inspect", "hodei_worker.classify._observation",
             "hodei_worker.events._model")
    seen: list[str] = []
    load = run._load_reporting

    def spy() -> None:
        seen.append(",".join(m for m in heavy if m in sys.modules) or "none")
        load()

    run._load_reporting = spy
    status = hodei_run(["--quiet", "--event-file", event, "--", "true"])
    print(status, *seen, "dataclasses" in sys.modules)


if __name__ == "__main__":
    main()
