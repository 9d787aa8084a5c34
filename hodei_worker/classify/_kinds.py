"""The kinds an observation names: plain enums and limits, cheap to import (the run's path
needs them before its job starts; the observation's dataclasses are loaded while it starts)."""

from __future__ import annotations

import enum

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

STDERR_TAIL_LIMIT: Final = 64 * 1024
"""How many bytes of the end of stderr the classifier reads; its cost never grows past this."""


class PreSpawnKind(enum.StrEnum):
    """Which kind of bad input stopped a job before anything was started."""

    VALIDATION = "validation"
    CONFIGURATION = "configuration"
    SECRET = "secret"


class SpawnStage(enum.StrEnum):
    """Where starting the process failed."""

    EXEC = "exec"
    """``execve`` of the program failed."""
    CHDIR = "chdir"
    """Changing into the working directory failed."""
    FORK = "fork"
    """The process could not be created at all (or a resource for it, such as a pipe)."""


class OomDetection(enum.StrEnum):
    """How OOM kills were looked for; events say which, so nobody has to guess."""

    CGROUP_V2 = "cgroup-v2"
    CGROUP_V1 = "cgroup-v1"
    RSS_WATCHDOG = "rss-watchdog"
    UNAVAILABLE = "unavailable"
