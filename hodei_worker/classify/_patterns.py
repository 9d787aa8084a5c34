"""The stderr patterns: the one table of recognisable error lines, an operator can read and
extend.

Each pattern has a rule id, the code it decides, the words a line must contain before its regex
is tried, a regex over one line whose named groups become the failure's details (``path``,
``command``), and whether it is *generic* (names nothing, or says no reason: a more specific
line of the same final error is preferred to it). The table is kept by code, one module each,
and tried in this order: a process that could not be made (``_patterns_spawn``), a program
missing (``_patterns_command``), access refused (``_patterns_access``), storage failed
(``_patterns_storage``), a file missing (``_patterns_missing``); the first pattern that matches
a line decides for it. The shapes they are built from are in ``_shapes``, the C library's words
in ``_strerror``, the other lines of a tail in ``_lines``.
"""

from __future__ import annotations

from typing import Final

from ._patterns_access import ACCESS
from ._patterns_command import COMMAND
from ._patterns_missing import MISSING
from ._patterns_spawn import SPAWN
from ._patterns_storage import STORAGE_FAILURES
from ._shapes import StderrPattern

STDERR_PATTERNS: Final[tuple[StderrPattern, ...]] = (
    *SPAWN, *COMMAND, *ACCESS, *STORAGE_FAILURES, *MISSING)
"""Tried in order against each line; the first pattern that matches a line decides for it."""

__all__ = ["STDERR_PATTERNS", "StderrPattern"]
