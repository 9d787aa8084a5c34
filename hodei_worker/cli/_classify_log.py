"""``hodei-run explain --classify FILE [--exit-status N] [--command NAME] [--json]``: classify a
saved stderr log without running anything, so a user can ask why a past job failed and a pattern
author can try a pattern on real output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import BinaryIO, TextIO

from .. import run
from ..classify import STDERR_TAIL_LIMIT, Failure, Observation, classify
from ..run import Option, parse_flag

EXIT_USAGE = 2


CLASSIFY_OPTIONS = (
    Option("classify", str, None, "the job's stderr, saved to a file ('-': read standard input)",
           metavar="FILE"),
    Option("exit-status", str, "1", "the job's exit status, 1 to 255 (default 1)", metavar="N"),
    Option("command", str, "the job", "the job's program, named where the log does not name one",
           metavar="NAME"),
    Option("json", parse_flag, False, "print the result as JSON data", "flag"),
)
"""``explain --classify``'s options, read by the one options engine."""


def _status(text: str) -> int:
    try:
        status = int(text, 10)
    except ValueError:
        raise ValueError(f"--exit-status: expected a number from 0 to 255, got {text!r}") from None
    if not 0 <= status <= 255:
        raise ValueError(f"--exit-status: expected a number from 0 to 255, got {status}")
    return status


def _read_tail(path: str, stdin: BinaryIO) -> bytes:
    """The last STDERR_TAIL_LIMIT bytes of the file (or of stdin for ``-``)."""
    if path == "-":
        data = stdin.read()
        return data[-STDERR_TAIL_LIMIT:]
    try:
        with open(path, "rb") as f:
            f.seek(0, 2)
            f.seek(max(0, f.tell() - STDERR_TAIL_LIMIT))
            return f.read()
    except OSError as exc:
        raise ValueError(f"--classify: cannot read {path}: {exc.strerror or exc}") from None


def _as_data(failure: Failure) -> dict[str, object]:
    return {
        "error_code": failure.error.code,
        "type": failure.error.type,
        "severity": failure.error.severity.value,
        "failure_reason": failure.failure_reason,
        "exit_code": failure.exit_code,
        "classification": {"rule": failure.rule, "evidence": failure.evidence},
        "suggested_actions": list(failure.suggested_actions),
    }


def _print(failure: Failure, out: TextIO) -> None:
    e = failure.error
    out.write(f"{e.code} {e.type} ({e.severity.value})\n")
    out.write(f"rule: {failure.rule}\n")
    out.write(f"evidence: {failure.evidence}\n")
    for key, value in failure.reason.items():
        out.write(f"{key}: {value!r}\n" if isinstance(value, str) and "\r" in value
                  else f"{key}: {value}\n")
    out.write("suggested actions:\n")
    for action in failure.suggested_actions:
        out.write(f"  - {action}\n")


def classify_log(argv: list[str], out: TextIO | None = None, err: TextIO | None = None,
                 stdin: BinaryIO | None = None) -> int:
    """Runs ``hodei-run explain --classify``; returns the exit status (2 on bad input)."""
    out = out or sys.stdout
    err = err or sys.stderr
    if run.wants_help(argv):
        out.write(run.build_parser("hodei-run explain --classify", CLASSIFY_OPTIONS,
                                   description="Classify a saved stderr log as hodei-run would "
                                   "have classified the job.").format_help())
        return 0
    try:
        given = run.read_flags(argv, CLASSIFY_OPTIONS, " (see hodei-run explain --classify --help)")
        args = argparse.Namespace(**{o.key: run.resolve(o, given.get(o.key), {}, {}, "", "run")[0]
                                     for o in CLASSIFY_OPTIONS})
        if not args.classify:
            raise ValueError("--classify: needs a FILE ('-': standard input)")
        status = _status(args.exit_status)
        tail = _read_tail(args.classify, stdin or sys.stdin.buffer)
    except (ValueError, run.OptionError) as exc:
        err.write(f"hodei-run explain: {exc}\n")
        return EXIT_USAGE
    failure = classify(Observation(command=args.command, exit_status=status, stderr_tail=tail))
    if failure is None:
        if args.json:
            json.dump(None, out)
            out.write("\n")
        else:
            out.write("exit status 0: the job succeeded; there is no failure to classify\n")
        return 0
    if args.json:
        json.dump(_as_data(failure), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        _print(failure, out)
    return 0
