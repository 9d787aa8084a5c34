"""Supervision: the only code that spawns, signals, reads cgroups and reaps.

It produces the :class:`~hodei_worker.classify.Observation` the classifier reads.
"""

from ._cgroup import JobCgroup, Limits, discover
from ._procfs import inherited_fds
from ._reaper import Reaper, become_subreaper
from ._spec import DEFAULT_KILL_GRACE_MS, JobSpec
from ._supervisor import FORWARDED, supervise

__all__ = [
    "DEFAULT_KILL_GRACE_MS",
    "FORWARDED",
    "JobCgroup",
    "JobSpec",
    "Limits",
    "Reaper",
    "become_subreaper",
    "discover",
    "inherited_fds",
    "supervise",
]
