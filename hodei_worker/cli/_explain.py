"""``hodei-run explain [CODE] [--json]``: the catalogue, for a person or as data.

``explain --classify FILE`` classifies a saved stderr log instead (``_classify_log.py``)."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from dataclasses import asdict
from typing import TextIO

from ..catalogue import CATALOGUE, ErrorCode, UnknownCodeError, lookup
from ..run import Option, kind_of, parse_flag

EXIT_USAGE = 2
EXIT_WRITE_ERROR = 1


def _as_data(entry: ErrorCode) -> dict[str, object]:
    data: dict[str, object] = {
        "code": entry.code,
        "type": entry.type,
        "severity": entry.severity.value,
        "group": entry.group.value,
        "description": entry.description,
    }
    if entry.guide is not None:
        data["guide"] = asdict(entry.guide)
    return data


def _section(out: TextIO, title: str, items: tuple[str, ...], numbered: bool = False) -> None:
    if not items:
        return
    out.write(f"\n{title}:\n")
    for i, item in enumerate(items, 1):
        out.write(f"  {i}. {item}\n" if numbered else f"  - {item}\n")


def _print_guide(entry: ErrorCode, out: TextIO) -> None:
    out.write(f"{entry.code} {entry.type} ({entry.severity.value})\n")
    out.write(f"{entry.description}.\n")
    guide = entry.guide
    if guide is None:
        out.write(f"\nNo troubleshooting guide is written for the {entry.group.value} codes yet.\n")
        return
    if guide.typical_exit_code:
        out.write(f"Typical exit status: {guide.typical_exit_code}\n")
    _section(out, "Symptoms", guide.symptoms)
    _section(out, "Diagnosis", guide.diagnosis, numbered=True)
    _section(out, "Fixes", guide.fixes)
    _section(out, "Suggested actions", guide.actions)


def _print_list(out: TextIO) -> None:
    width = max(len(e.type) for e in CATALOGUE.values())
    for entry in CATALOGUE.values():
        out.write(f"{entry.code}  {entry.type:<{width}}  {entry.severity.value:<14}  "
                  f"{entry.description}\n")


def _unreadable_log(argv: list[str]) -> str | None:
    """Why the log named by ``--classify`` cannot be read without blocking or reading
    without end (a FIFO, a device, a directory), or None. ``-`` (stdin) is the caller's."""
    paths = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--classify"]
    paths += [a.split("=", 1)[1] for a in argv if a.startswith("--classify=")]
    for path in paths:
        if path == "-" or "\0" in path:
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue  # said by the reader, with its reason
        if not stat.S_ISREG(mode):
            return f"{path} is {kind_of(mode)}, not a regular file (use - for a pipe)"
    return None


def stdout_closed(err: TextIO | None = None) -> int:
    """Started with stdout closed (``>&-``): nowhere to print, so say so, as coreutils do."""
    (err or sys.stderr or io.StringIO()).write("hodei-run explain: write error: standard output is closed\n")
    return EXIT_WRITE_ERROR


EXPLAIN_OPTIONS = (Option("json", parse_flag, False, "print the entry (or the list) as JSON data", "flag"),)
"""``explain``'s options, read by the one options engine; its one other word is the code."""


def explain(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Runs ``hodei-run explain``; returns the exit status."""
    err = err or sys.stderr or io.StringIO()  # stderr closed: the status still tells
    out = out or sys.stdout
    if out is None:
        return stdout_closed(err)
    if any(a == "--classify" or a.startswith("--classify=") for a in argv):
        from ._classify_log import classify_log

        problem = _unreadable_log(argv)
        if problem:
            err.write(f"hodei-run explain: --classify: {problem}\n")
            return EXIT_USAGE
        return classify_log(argv, out, err)
    from .. import run

    if run.wants_help(argv):
        out.write(run.build_parser("hodei-run explain", EXPLAIN_OPTIONS,
                                   usage="hodei-run explain [CODE] [--json]",
                                   description="Explain a platform error code (ERR_1002, 1002) or "
                                   "type (PERMISSION_DENIED), or list every code.").format_help())
        return 0
    codes: list[str] = []
    try:
        given = run.read_flags(argv, EXPLAIN_OPTIONS, " (see hodei-run explain --help)", codes)
        as_json = run.resolve(EXPLAIN_OPTIONS[0], given.get("json"), {}, {}, "", "run")[0]
    except run.OptionError as exc:
        err.write(f"hodei-run explain: {exc}\n")
        return EXIT_USAGE
    if len(codes) > 1:
        err.write(f"hodei-run explain: {codes[1]!r}: one code at a time\n")
        return EXIT_USAGE
    code = codes[0] if codes else None
    if code is None:
        if as_json:
            json.dump([_as_data(e) for e in CATALOGUE.values()], out, indent=2)
            out.write("\n")
        else:
            _print_list(out)
        return 0
    try:
        entry = lookup(code)
    except UnknownCodeError as exc:
        err.write(f"hodei-run explain: {exc}\n")
        return EXIT_USAGE
    if as_json:
        json.dump(_as_data(entry), out, indent=2)
        out.write("\n")
    else:
        _print_guide(entry, out)
    return 0
