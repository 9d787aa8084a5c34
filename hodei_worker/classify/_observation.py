"""What a supervisor saw of one run: the classifier's only input.

The supervisor fills these in; nothing here touches the OS. Every field has a neutral default,
so a partial observation (a run that never started, a supervisor that failed) is still valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._kinds import STDERR_TAIL_LIMIT, OomDetection, PreSpawnKind, SpawnStage

__all__ = ["STDERR_TAIL_LIMIT", "Observation", "OomDetection", "PathCheck", "PreSpawnError",
           "PreSpawnKind", "ResourceUsage", "SpawnFailure", "SpawnStage"]


@dataclass(frozen=True, slots=True)
class PreSpawnError:
    """Bad input found before spawning; the command never ran."""

    kind: PreSpawnKind
    """Validation (a job field), configuration (a config key) or secret."""
    subject: str
    """The field, configuration key or secret name that is wrong (never a secret's value)."""
    message: str
    """What is wrong with it, for a person."""


@dataclass(frozen=True, slots=True)
class SpawnFailure:
    """The OS refused to start the command."""

    errno: int
    """The errno the OS returned."""
    stage: SpawnStage
    """Which step failed."""
    path: str
    """The path that failed: the program for ``exec``, the directory for ``chdir``."""
    message: str = ""
    """The OS's words for the errno (``strerror``)."""
    interpreter: str | None = None
    """For ENOENT on a program that exists: the missing interpreter named by its ``#!`` line."""


@dataclass(frozen=True, slots=True)
class PathCheck:
    """What the file system said, right after the job ended and as the job's user, about a path
    its stderr names (``supervise/_pathcheck.py`` looks)."""

    path: str
    """The path as the stderr names it."""
    exists: bool | None
    """Whether it exists; ``None`` when a directory on the way may not be entered."""
    parent_exists: bool
    """Whether the directory it would be in exists."""
    readable: bool
    """Whether it exists and the job's user may read it (and enter it, a directory)."""
    writable: bool
    """Whether the job's user may write it, or create it where it would be made: in its directory
    or, that missing too, in the nearest directory above it that exists."""
    read_only: bool
    """Whether its file system (or the nearest one above a missing path) is mounted read-only."""
    full: bool
    """Whether that file system has no blocks or no inodes left for the job's user."""


@dataclass(frozen=True, slots=True)
class ResourceUsage:
    """What the job consumed, where known."""

    max_rss_bytes: int | None = None
    cpu_user_ms: int | None = None
    cpu_system_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """Everything the classifier may read about one run of one command."""

    command: str
    """The program as given (``argv[0]``)."""
    arguments: tuple[str, ...] = ()
    """The arguments after the program."""
    working_dir: str = ""
    """The directory the command ran (or was to run) in."""

    pre_spawn_error: PreSpawnError | None = None
    """Bad input that stopped the run before spawning."""
    spawn_failure: SpawnFailure | None = None
    """The OS's refusal to start the command."""
    internal_error: str | None = None
    """A failure inside the supervisor itself (its message), if any."""

    exit_status: int | None = None
    """The exit status if the process exited normally."""
    term_signal: int | None = None
    """The signal number that ended the process, if a signal did."""
    core_dumped: bool = False
    """Whether the kernel wrote a core dump on that signal."""

    timeout_ms: int | None = None
    """The configured deadline, if any."""
    deadline_fired: bool = False
    """Whether our deadline fired and we stopped the job."""
    killed_with: int | None = None
    """The last signal we sent to stop the job (SIGTERM, or SIGKILL after the grace)."""
    forwarded_signal: int | None = None
    """A termination signal received from outside and forwarded to the job, if any."""

    oom_detection: OomDetection = OomDetection.UNAVAILABLE
    """How OOM kills were looked for."""
    oom_kills_before: int | None = None
    """The job cgroup's OOM-kill counter before the run (``None``: not readable)."""
    oom_kills_after: int | None = None
    """The same counter after the run, read before the cgroup is removed."""
    oom_counter_cgroup: str | None = None
    """The cgroup whose OOM-kill counter was read when it is not the job's own: the one
    hodei-run runs in (a container's, where no job cgroup can be made). None for the job's."""
    memory_limit_bytes: int | None = None
    """The memory limit the job ran under, if any."""

    stderr_tail: bytes = b""
    """The end of the job's stderr; only the last :data:`STDERR_TAIL_LIMIT` bytes are read."""
    execution_time_ms: int = 0
    """Wall time from spawn to the end of the job, on a monotonic clock."""
    resource_usage: ResourceUsage = field(default_factory=ResourceUsage)
    """What the job consumed."""
    leftovers_stopped: int = 0
    """Processes of the job still alive after the main process ended, that we had to stop."""
    path_checks: tuple[PathCheck, ...] = ()
    """What the file system said about the paths the stderr tail names, after a failure."""

    @property
    def oom_kills(self) -> int:
        """OOM kills during this run: the counter's delta, 0 when unknown or negative."""
        if self.oom_kills_before is None or self.oom_kills_after is None:
            return 0
        return max(0, self.oom_kills_after - self.oom_kills_before)

    @property
    def succeeded(self) -> bool:
        """Whether the run is a success: started, exited 0, no deadline, nothing wrong inside."""
        return (
            self.pre_spawn_error is None
            and self.spawn_failure is None
            and self.internal_error is None
            and not self.deadline_fired
            and self.term_signal is None
            and self.exit_status == 0
        )
