"""Stderr patterns: data an operator can read and extend.

Each pattern is a rule id, the code it decides, and a regex over one decoded line of the stderr
tail; its named groups become the failure's details (``path``, ``command``). The classifier scans
the tail from the end, so the last matching line wins.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

# A quoted path in any of the quoting styles tools use: '...', "...", or locale quotes.
_Q = r"""['"\u2018\u201c](?P<path>[^'"\u2019\u201d]+)['"\u2019\u201d]"""
# An unquoted path-like token ending right before the message (``cat: /x: Permission denied``).
_BARE = r"(?:^|:\s)(?P<path>[^\s:'\"\u2018\u2019]+)"
# The storage failures of ERR_1012, as strerror spells them.
_IO = (r"(?P<message>No space left on device|Disk quota exceeded|Read-only file system"
       r"|Input/output error)")


@dataclass(frozen=True, slots=True)
class StderrPattern:
    """One recognisable stderr line."""

    rule: str
    """The rule id named in the event's evidence."""
    code: str
    """The error code it decides."""
    source: str
    """The regex, matched with ``search`` against one line, ignoring case; named groups
    become details."""

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex; compiled on first use, so runs that succeed never pay for it."""
        return _compile(self.source)


@functools.cache
def _compile(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _p(rule: str, code: str, regex: str) -> StderrPattern:
    return StderrPattern(rule, code, regex)


STDERR_PATTERNS: Final[tuple[StderrPattern, ...]] = (
    # bash: "bash: line 1: foo: command not found"; dash: "sh: 1: foo: not found"
    _p("stderr.command-not-found", "ERR_1001",
       r"(?:^|:\s)(?P<command>[^\s:]+):\s+(?:command\s+)?not found\s*$"),
    # dash: "sh: 0: Cannot fork"; bash: "bash: fork: retry: Resource temporarily unavailable"
    _p("stderr.fork-failed", "ERR_1004",
       r"(?P<message>Cannot fork|can't fork|fork: (?:retry: )?Resource temporarily unavailable"
       r"|BlockingIOError: \[Errno 11\])"),
    # python: "PermissionError: [Errno 13] Permission denied: '/root/x'"
    _p("stderr.permission-denied", "ERR_1002", r"Permission denied:\s*" + _Q),
    # touch: "touch: cannot touch '/root/x': Permission denied"
    _p("stderr.permission-denied", "ERR_1002", _Q + r":\s*Permission denied"),
    # cat: "cat: /root/.bashrc: Permission denied"; sh: "sh: 1: ./run.sh: Permission denied"
    _p("stderr.permission-denied", "ERR_1002", _BARE + r":\s*Permission denied"),
    _p("stderr.permission-denied", "ERR_1002", r"Permission denied|EACCES"),
    # storage failures: full disk, quota, read-only mounts, device errors
    # dd: "dd: error writing '/mnt/x': No space left on device"; "touch: cannot touch 'x': ..."
    _p("stderr.io-error", "ERR_1012", _Q + r":\s*(?:\[Errno \d+\]\s*)?" + _IO),
    # python: "OSError: [Errno 28] No space left on device: '/mnt/x'"
    _p("stderr.io-error", "ERR_1012", _IO + r":\s*" + _Q),
    # cat: "cat: /mnt/x: Input/output error"
    _p("stderr.io-error", "ERR_1012", _BARE + r":\s*" + _IO),
    _p("stderr.io-error", "ERR_1012", _IO),
    # dash: "sh: 1: cannot open /nope/x.csv: No such file"; "cannot create /nope/x: Directory
    # nonexistent"
    _p("stderr.file-not-found", "ERR_1003",
       r"cannot (?:open|create) (?P<path>\S+): (?:No such file|Directory nonexistent)"),
    # python: "FileNotFoundError: [Errno 2] No such file or directory: '/nope'"
    _p("stderr.file-not-found", "ERR_1003", r"No such file or directory:\s*" + _Q),
    # ls: "ls: cannot access '/nope': No such file or directory"; env: "env: 'x': No such..."
    _p("stderr.file-not-found", "ERR_1003", _Q + r":\s*(?:\[Errno 2\]\s*)?No such file or directory"),
    # cat: "cat: /nope: No such file or directory"
    _p("stderr.file-not-found", "ERR_1003", _BARE + r":\s*No such file or directory"),
    _p("stderr.file-not-found", "ERR_1003", r"No such file or directory|ENOENT"),
)
"""Tried in order against each line; the first pattern that matches a line decides for it."""
