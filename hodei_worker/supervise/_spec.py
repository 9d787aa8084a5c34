"""What to run and under which limits: the supervisor's input."""

from __future__ import annotations

from collections.abc import Mapping

from .._frozen import field, frozen
from ._cgroup import Limits

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

DEFAULT_KILL_GRACE_MS: Final = 10_000


@frozen
class Launch:
    """One job, fully validated: nothing here can be wrong any more."""

    argv: tuple[str, ...]
    """The program and its arguments, run without a shell."""
    env: Mapping[str, str]
    """The job's whole environment, secrets included."""
    name: str
    """A unique name for the job's cgroups (``hodei-<job id>``)."""
    workdir: str | None = None
    """The working directory; ``None`` inherits hodei-run's."""
    timeout_ms: int | None = None
    """The deadline; ``None`` for none."""
    kill_grace_ms: int = DEFAULT_KILL_GRACE_MS
    """How long the job has between SIGTERM and SIGKILL."""
    limits: Limits = field(default_factory=Limits)
    """Memory, CPU and pids limits."""
    secrets: tuple[str, ...] = ()
    """Values to mask everywhere (never logged, never in events)."""
    use_cgroups: bool = True
    """Run the job in cgroups of its own where the host allows (else: RSS watchdog)."""
    sweep_stale: bool = True
    """Before making the job's cgroups, stop what is left in those of hodei-runs that were
    killed (off where one owner looks after all of them: the worker daemon's host)."""
    own_all_descendants: bool = True
    """Every descendant of this process belongs to this job (hodei-run: one job per process)."""
    foreground_tty: bool = True
    """Hand the controlling terminal to the job while it runs, if we hold it."""
    pass_fds: tuple[int, ...] = ()
    """Descriptors above 2 the job inherits at the same numbers: those its caller gave
    hodei-run to pass on (``3>file``), as ``env`` and ``timeout`` pass them."""
