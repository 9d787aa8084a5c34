"""The classifier: pure, table-driven, explainable. An observation of one run in, one
classified failure (or success) out. See ``_rules.py`` for the precedence table."""

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
from ._patterns import STDERR_PATTERNS, StderrPattern
from ._rules import NO_STATUS, RULES, Rule

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
