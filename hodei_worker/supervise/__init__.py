"""Supervision: the only code that spawns, signals, reads cgroups and reaps.

It produces the :class:`~hodei_worker.classify.Observation` the classifier reads. One run is
:func:`supervise` (hodei-run); many in one process are :class:`Supervisions` (the supervisor
host), loaded on first use. How a supervision waits, and how one design serves both, is the
docstring of ``_wait`` (the steps runtime); its phases are the methods of
``_supervisor.Supervision``; each way of starting a process is a module (``_start_*``,
``_spawner``), chosen in ``_spawn``.
"""

from __future__ import annotations

from .. import lazy_attributes
from ._cgroup import JobCgroup, Limits, discover, sweep_stale
from ._procfs import inherited_fds, start_time
from ._reaper import Reaper, become_subreaper
from ._spec import DEFAULT_KILL_GRACE_MS, Launch
from ._supervisor import FORWARDED, TERMINATING, supervise
from ._wait import Waiter

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ._leftovers import stop_leftovers
    from ._supervisions import Supervisions

_LAZY = {"Supervisions": "_supervisions", "stop_leftovers": "_leftovers"}


__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "DEFAULT_KILL_GRACE_MS",
    "FORWARDED",
    "TERMINATING",
    "JobCgroup",
    "Launch",
    "Limits",
    "Reaper",
    "Supervisions",
    "Waiter",
    "become_subreaper",
    "discover",
    "inherited_fds",
    "start_time",
    "stop_leftovers",
    "supervise",
    "sweep_stale",
]
