"""A job this worker holds: its spec, its directory, where its host runs it, and the log
pump's progress through its output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import anyio

from .._generated import jobs_pb2
from ..host import HostLink, Watch
from ..transport import Record
from ._jobdir import JobDir

LOG_PUMP_S: Final = 0.2
"""How often running jobs' output is committed (chunks are batched by this time and by size)."""


@dataclass
class Output:
    """How far the log pump has committed a job's output, and when it looks next."""

    offsets: dict[str, int] | None = None
    """How far each stream is committed; read from the job directory at the first look."""
    dropped: dict[str, int] = field(default_factory=dict)
    """Bytes of each stream past the worker's log limit (never sent)."""
    quiet_s: float = LOG_PUMP_S
    """The wait before the next look at the job's output (see ``_logpump.LOG_QUIET_MAX_S``)."""
    look_at: float = 0.0
    """When (monotonic) the log pump looks at the job's output next."""


@dataclass
class Job:
    """A job this worker holds, from its admission to its report."""

    spec: jobs_pb2.JobSpec
    dir: JobDir
    link: HostLink | None = None
    """The connection to the host that runs the job."""
    watch: Watch | None = None
    """What its host tells of it."""
    cancel_reason: str | None = None
    """Why it is being cancelled (recorded in its journal before any signal)."""
    cancel_sent: bool = False
    handovers: int = 0
    """How often this daemon handed it to a host (again, when the last one never got it)."""
    output: Output = field(default_factory=Output)
    ended: anyio.Event = field(default_factory=anyio.Event)
    """Set once it is reported and forgotten."""
    unsent: list[Record] = field(default_factory=list)
    """Events of the job to be committed with its next one (``accepted`` goes with ``started``,
    one transaction for both), in order."""

    @property
    def job_id(self) -> str:
        return self.spec.job_id

    @property
    def key(self) -> str:
        """The job and attempt, prefix of every event id of this run."""
        return f"{self.spec.job_id}#{self.spec.attempt or 1}"

    @property
    def host_key(self) -> str:
        """The run's name in its host: its directory's (unique per run)."""
        return self.dir.path.name
