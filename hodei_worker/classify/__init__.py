"""The classifier: pure, table-driven, explainable. An observation of one run in, one
classified failure (or success) out. See ``_rules.py`` for the precedence table.

The rule table and the stderr patterns load on first use: a run that succeeded never needs them.
"""

from typing import TYPE_CHECKING, Any

from ._classifier import MAX_ACTIONS, MIN_ACTIONS, Failure, classify
from ._observation import (
    STDERR_TAIL_LIMIT,
    Observation,
    OomDetection,
    PreSpawnError,
    PreSpawnKind,
    ResourceUsage,
    SpawnFailure,
    SpawnStage,
)

if TYPE_CHECKING:
    from ._patterns import STDERR_PATTERNS, StderrPattern
    from ._rules import NO_STATUS, RULES, Rule

_LAZY = {"STDERR_PATTERNS": "_patterns", "StderrPattern": "_patterns",
         "NO_STATUS": "_rules", "RULES": "_rules", "Rule": "_rules"}


def __getattr__(name: str) -> Any:
    """The names of the rule table and the patterns, imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_ACTIONS",
    "MIN_ACTIONS",
    "NO_STATUS",
    "RULES",
    "STDERR_PATTERNS",
    "STDERR_TAIL_LIMIT",
    "Failure",
    "Observation",
    "OomDetection",
    "PreSpawnError",
    "PreSpawnKind",
    "ResourceUsage",
    "Rule",
    "SpawnFailure",
    "SpawnStage",
    "StderrPattern",
    "classify",
]
