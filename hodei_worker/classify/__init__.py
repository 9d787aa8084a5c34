"""The classifier: pure, table-driven, explainable. An observation of one run in, one
classified failure (or success) out. See ``_rules.py`` for the precedence table.

The classifier, its rule table, the stderr patterns and the observation's dataclasses load on
first use: a run that succeeded never needs the rules, and hodei-run loads the classifier and
the observation while its job starts.
"""

from __future__ import annotations

from .. import lazy_attributes
from ._kinds import STDERR_TAIL_LIMIT, OomDetection, PreSpawnKind, SpawnStage

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ._classifier import MAX_ACTIONS, MIN_ACTIONS, Failure, classify
    from ._facts import NO_STATUS
    from ._observation import Observation, PathCheck, PreSpawnError, ResourceUsage, SpawnFailure
    from ._patterns import STDERR_PATTERNS, StderrPattern
    from ._rules import RULES, Rule

_LAZY = {"MAX_ACTIONS": "_classifier", "MIN_ACTIONS": "_classifier", "Failure": "_classifier",
         "classify": "_classifier",
         "STDERR_PATTERNS": "_patterns", "StderrPattern": "_patterns",
         "NO_STATUS": "_facts", "RULES": "_rules", "Rule": "_rules",
         "Observation": "_observation", "PathCheck": "_observation", "PreSpawnError": "_observation",
         "ResourceUsage": "_observation", "SpawnFailure": "_observation"}


__getattr__ = lazy_attributes(__name__, _LAZY)


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
    "PathCheck",
    "PreSpawnError",
    "PreSpawnKind",
    "ResourceUsage",
    "Rule",
    "SpawnFailure",
    "SpawnStage",
    "StderrPattern",
    "classify",
]
