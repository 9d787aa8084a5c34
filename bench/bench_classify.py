#!/usr/bin/env python3
"""How long the classifier takes on a full 64 KiB stderr tail, adversarial and real.

    .venv/bin/python bench/bench_classify.py [--rounds 20]

Each tail is classified ``--rounds`` times after one warm-up run (which compiles the patterns);
the median and the worst are printed, with the first (cold) run and the loading of the rule
table apart. The budget is 50 ms per
classification on a 2-core machine. Beside it, the check of the paths the same tail names, which
the supervisor makes after a failure (``supervise/_pathcheck.py``), on this machine's file system.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from hodei_worker.classify import STDERR_TAIL_LIMIT, Observation, classify
from hodei_worker.supervise._pathcheck import checks

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "classify" / "corpus" / "cases.json"


def _fill(line: str) -> bytes:
    """``line`` repeated to exactly one full tail."""
    data = (line * (STDERR_TAIL_LIMIT // len(line) + 1)).encode()
    return data[-STDERR_TAIL_LIMIT:]


TAILS: dict[str, Callable[[], bytes]] = {
    # Every line a generic candidate, so the walk goes on as far as it may.
    "generic candidates": lambda: _fill("npm error enoent: ENOENT EACCES ENOSPC\n"),
    # Near misses of every pattern: many quotes, colons and partial strerror words.
    "near misses": lambda: _fill("npm error enoent: 'a: b: c: " + "x:" * 40
                                 + "' Permission denie No such fil ENOEN ~~~~ at f (x.js:1:2)\n"),
    # Stack frames only: the walk passes over all of them.
    "stack frames": lambda: _fill("\tat com.example.Foo.bar(Foo.java:42)\n"),
    # One 64 KiB line without a line end.
    "one long line": lambda: _fill("a' b: 'c" * 3 + " ")[:-1] + b": No such file or directory",
    # Quotes that never close, before a strerror text at the end.
    "open quotes": lambda: _fill("'\u2018\"`") + b"\n: Permission denied\n",
    # Continuation lines everywhere: every line joins the one above.
    "continuations": lambda: _fill("x\n    No such file or directory\n"),
    # Python's chained exceptions with nothing known in them: the one before the final one is read too.
    "chained exceptions": lambda: _fill("Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
                                        "RuntimeError: boom\n\nDuring handling of the above exception, another "
                                        "exception occurred:\n\n"),
    # Real output: the longest stderr in the corpus, repeated.
    "real, repeated": lambda: _fill(max(
        (c.get("stderr", "") for c in json.loads(CORPUS.read_text(encoding="utf-8"))),
        key=len)),
}


def _time(tail: bytes) -> float:
    obs = Observation(command="job", exit_status=1, stderr_tail=tail)
    start = time.perf_counter()
    classify(obs)
    return (time.perf_counter() - start) * 1000


def _time_checks(tail: bytes) -> float:
    start = time.perf_counter()
    checks(tail, "/tmp")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    start = time.perf_counter()
    importlib.import_module("hodei_worker.classify._rules")  # loaded on a process's first failure
    loaded = (time.perf_counter() - start) * 1000
    cold = _time(TAILS["near misses"]())
    print(f"loading the rule table and the catalogue (once per process): {loaded:.1f} ms")
    print(f"first classification (compiles the patterns it needs): {cold:.1f} ms")
    print(f"{'tail (64 KiB)':<22} {'median':>9} {'worst':>9}   {'path check':>10} {'worst':>9}")
    for name, make in TAILS.items():
        tail = make()
        times = [_time(tail) for _ in range(args.rounds)]
        looked = [_time_checks(tail) for _ in range(args.rounds)]
        print(f"{name:<22} {statistics.median(times):>7.1f}ms {max(times):>7.1f}ms   "
              f"{statistics.median(looked):>8.2f}ms {max(looked):>7.2f}ms")


if __name__ == "__main__":
    main()
