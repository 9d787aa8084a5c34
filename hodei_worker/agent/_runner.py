"""The agent's one coupling to the supervisor host: start a job, learn when it started and
ended and read its event, cancel it.

Every job runs in the worker's supervisor host (``hodei_worker.host``) with hodei-run's
guarantees: tree kill on timeout and cancel, OOM counted, the failure classified, leftovers
stopped, output masked. The host takes a job as its :class:`~hodei_worker.run.Plan` and appends
the job's final event to the job's journal; all of that is here, behind :class:`Runner` and
:class:`JobPlan`.

Secrets reach the host as file sources ``/proc/PID/fd/N``: an anonymous in-memory file of this
process (``memfd``), never a file on disk, never a command line of any process; it is closed
once the job has ended.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.abc

from ..host import EVENT, HostError, HostLink, Watch, parse, start_host
from ..run import Plan, SecretSource, job_base_env, plan_to_dict

__all__ = ["HostError", "JobPlan", "Runner", "RunningJob"]


@dataclass(frozen=True, slots=True)
class JobPlan:
    """One job as the host is to run it; ``argv`` runs without a shell."""

    job_id: str
    worker_id: str
    argv: tuple[str, ...]
    workdir: str
    stdout: Path
    stderr: Path
    journal: Path
    env: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    timeout_ms: int = 0
    """0: no deadline."""
    kill_grace_ms: int = 10_000
    stdin: Path | None = None


@dataclass
class RunningJob:
    """A job handed to the host."""

    plan: JobPlan
    watch: Watch
    _fds: list[int] = field(default_factory=list)

    @property
    def started(self) -> anyio.Event:
        return self.watch.started

    @property
    def ended(self) -> anyio.Event:
        """Set once the event is written, or the host is gone (then there may be none)."""
        return self.watch.ended

    def event(self) -> dict[str, Any] | None:
        """The job's final event (JobCompleted or JobExecutionError), None when it has none."""
        try:
            data = self.plan.journal.read_bytes()
        except OSError:
            return None
        events = [body for kind, body in parse(data) if kind == EVENT]
        if not events:
            return None
        try:
            found = json.loads(events[-1])
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def release(self) -> None:
        """Closes the secrets' in-memory files."""
        fds, self._fds = self._fds, []
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)


def host_plan(plan: JobPlan, secret_paths: dict[str, str]) -> Plan:
    """The host's plan for ``plan``: its secrets read from ``secret_paths``."""
    return Plan(job_id=plan.job_id, worker_id=plan.worker_id, correlation_id=plan.job_id,
                command=plan.argv, workdir=plan.workdir, timeout_ms=max(plan.timeout_ms, 0),
                kill_grace_ms=plan.kill_grace_ms,
                # As the daemon's jobs: a small base of the worker's environment (PATH, HOME,
                # LANG, ...), never the rest of it (its token, its credentials), under the job's.
                env={**job_base_env(os.environ), **plan.env},
                secrets=tuple(SecretSource(name, "file", path)
                              for name, path in secret_paths.items()))


def _secret_file(value: str) -> int:
    fd = os.memfd_create("hodei-secret", os.MFD_CLOEXEC)
    data = value.encode("utf-8")
    while data:
        data = data[os.write(fd, data):]
    return fd


class Runner:
    """The supervisor host this agent started, and the jobs it runs there."""

    def __init__(self, link: HostLink, process: anyio.abc.Process) -> None:
        self._link = link
        self._process = process
        self._jobs: dict[str, RunningJob] = {}

    @classmethod
    async def start(cls, directory: Path, group: anyio.abc.TaskGroup) -> Runner:
        """Starts a host serving from ``directory`` and connects to it; ``group`` runs the
        connection's reader. Raises HostError."""
        ident, process = await start_host(directory)
        try:
            link = await HostLink.connect(ident)
        except HostError:
            process.kill()
            await process.wait()
            raise
        group.start_soon(link.serve)
        return cls(link, process)

    @property
    def gone(self) -> anyio.Event:
        """Set once the host is gone."""
        return self._link.gone

    async def run(self, plan: JobPlan) -> RunningJob:
        """Hands ``plan`` to the host. Raises HostError."""
        fds: list[int] = []
        paths: dict[str, str] = {}
        try:
            for name, value in plan.secrets.items():
                fd = _secret_file(value)
                fds.append(fd)
                paths[name] = f"/proc/{os.getpid()}/fd/{fd}"
            watch = await self._link.run(plan.job_id, plan_to_dict(host_plan(plan, paths)),
                                         plan.stdout, plan.stderr, plan.stdin, plan.journal)
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        job = self._jobs[plan.job_id] = RunningJob(plan, watch, fds)
        return job

    async def cancel(self, job_id: str, force: bool = False) -> None:
        """Stops the job's whole tree: a termination (grace, then SIGKILL), or SIGKILL at once
        when ``force``d."""
        await self._link.cancel(job_id, force=force)

    def forget(self, job_id: str) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.release()
        self._link.forget(job_id)

    async def close(self) -> None:
        """Lets the host go (it ends once its jobs have) and reaps it."""
        for job_id in list(self._jobs):
            self.forget(job_id)
        with contextlib.suppress(Exception):
            await self._link.aclose()
        with anyio.move_on_after(30):
            await self._process.wait()
        if self._process.returncode is None:
            self._process.kill()
            await self._process.wait()
