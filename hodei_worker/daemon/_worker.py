"""The worker daemon: many jobs at once, all supervised by its host process, reported exactly once.

This module wires the parts together and answers the session; each part is a module of its
own: running a job (``_runner``), the log pump (``_logpump``), the outbox's events
(``_events``), the hosts (``_hosts``), recovery after a restart (``_recovery``), the job's
directory (``_jobdir``).

Whoever acquires releases: the worker owns its connections to its supervisor hosts, the
outbox, the publisher and the session, and ends them in its task group; the host owns the
jobs, and outlives the worker on purpose (see ``hodei_worker.host``). What the worker must
never lose goes through the outbox as events with ids fixed by the job and attempt, so
whatever a crash repeats is recognised as a repeat, by the outbox and by the control plane.
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import functools
import os
import signal
import socket
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

import anyio
import anyio.abc

from .. import __version__, _logging
from .._generated import events_pb2, session_pb2
from ..host import HostError
from ..run import job_base_env, with_base_env
from ..transport import Endpoint, GroupCommit, Outbox, Publisher
from . import _admit
from ._events import Events
from ._fsync import GroupFsync
from ._hosts import Hosts
from ._job import Job
from ._jobdir import JobDir, Spares
from ._logpump import LogPump
from ._notify import Notifier
from ._recovery import recover
from ._runner import Runner
from ._session import Session
from ._space import Space

if TYPE_CHECKING:
    from ._metrics import Metrics

log = _logging.get_logger("hodei.daemon")

SWEEP_S: Final = 1.0
"""How often reported jobs' directories are checked for removal (once their events are all
acknowledged: the log chunks in the outbox read their bytes from the job's files)."""
FINISHED_MEMORY: Final = 4096
"""How many finished job ids are remembered, to answer a late CancelJob."""
FLUSH_ON_EXIT_S: Final = 10.0
"""How long a leaving worker waits for its outbox to empty."""


@dataclass(frozen=True)
class WorkerConfig:
    """Everything the daemon needs, validated."""

    endpoint: Endpoint
    state_dir: Path
    worker_id: str
    max_jobs: int = 8
    drain_timeout_s: float = 300.0
    labels: Mapping[str, str] = field(default_factory=dict)
    kill_grace_ms: int = 10_000
    log_limit_bytes: int = 1024 * 1024 * 1024
    """Per job and stream: output beyond it is not sent (its size is reported)."""
    spool_limit_bytes: int = 2 * 1024 * 1024 * 1024
    health_listen: str | None = None
    metrics_listen: str | None = None
    """Serve Prometheus metrics on this address (``_metrics``)."""
    job_env: Mapping[str, str] = field(default_factory=lambda: job_base_env(os.environ))
    """The environment every job starts from, under its spec's variables (``run.job_base_env``)."""


class StateInUse(Exception):
    """Another daemon holds the state directory: two would take each other's jobs for lost."""


@contextlib.contextmanager
def _held(state_dir: Path) -> Iterator[None]:
    """Holds the state directory for this daemon (an exclusive lock on ``STATE/lock``, which
    names its pid) until the block ends. Raises StateInUse while another daemon holds it."""
    fd = os.open(state_dir / "lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise StateInUse(f"{state_dir} is in use by another hodei-worker (pid {holder})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # the lock goes with the descriptor


class Worker:
    """One worker daemon; :meth:`run` serves until drained."""

    def __init__(self, config: WorkerConfig, notifier: Notifier | None = None) -> None:
        self.config = config
        self.notifier = notifier or Notifier()
        self.jobs: dict[str, Job] = {}
        self.finished: collections.OrderedDict[str, None] = collections.OrderedDict()
        self.draining = False
        self.log_bytes_dropped = 0
        # Absolute: the host runs elsewhere, and reads these paths from there.
        self.state_dir = config.state_dir.absolute()
        self.jobs_root = self.state_dir / "jobs"
        self.outbox: Outbox | None = None
        self.events: Events | None = None
        self.runner: Runner | None = None
        self._tg: anyio.abc.TaskGroup | None = None
        self._stop_now = anyio.Event()
        self._drain_requested = anyio.Event()
        self._unswept: dict[Path, str] = {}
        """Reported jobs' directories, kept until the outbox holds no event of their job."""
        self.spares: Spares | None = None
        """Directories of finished jobs, emptied for new ones."""
        self.space = Space(self.state_dir)
        self.metrics: Metrics | None = None
        if config.metrics_listen:  # prometheus-client is loaded only when asked for
            from ._metrics import Metrics
            self.metrics = Metrics()

    # --- lifecycle -----------------------------------------------------------------------

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Serves until drained (SIGTERM, ``Drain``), then flushes the outbox and returns."""
        self.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with _held(self.state_dir):
            await self._run(task_status)

    async def _run(self, task_status: anyio.abc.TaskStatus[None]) -> None:
        self.jobs_root.mkdir(exist_ok=True, mode=0o700)
        self.spares = Spares(self.state_dir / "spare")
        self.space.keep_reserve()
        with await self.space.opened(functools.partial(
                Outbox, self.state_dir / "outbox", max_bytes=self.config.spool_limit_bytes)) as outbox:
            self.outbox = outbox
            commit = GroupCommit(outbox)
            publisher = Publisher(outbox, self.config.endpoint, ack=commit.ack)
            session = Session(self.config.endpoint, self)
            fsync = GroupFsync()  # the hand-over marks of one moment, made durable together
            async with anyio.create_task_group() as tg:
                self._tg = tg
                hosts = Hosts(self.state_dir / "hosts", tg)
                self.events = events = (Events if self.metrics is None else self.metrics.events)(
                    self.config.worker_id, commit, publisher, self.space)
                pump = LogPump(outbox, publisher, self.config.log_limit_bytes, self.jobs.values,
                               self.space)
                self.runner = runner = Runner(self.config.worker_id, self.config.kill_grace_ms,
                                              hosts, events, pump, fsync, tg, self._forget)
                try:
                    await hosts.for_new_jobs()
                except HostError as exc:  # its jobs say so; the next job tries again
                    log.error("host.unavailable", error=str(exc))
                tg.start_soon(commit.run)
                tg.start_soon(fsync.run)
                tg.start_soon(functools.partial(publisher.run, until_empty=False))
                await recover(self.jobs_root, self.jobs, self._unswept, hosts, runner, events, tg)
                tg.start_soon(session.run)
                tg.start_soon(pump.run)
                tg.start_soon(self._sweeper)
                tg.start_soon(self._signals)
                if self.notifier.watchdog_s:
                    tg.start_soon(self._watchdog, self.notifier.watchdog_s / 2)
                if self.config.health_listen:
                    await tg.start(self._health)
                if self.metrics is not None and self.config.metrics_listen:
                    await tg.start(self.metrics.serve, self.config.metrics_listen, self, session,
                                   publisher)
                self.notifier.send(ready="1", status=self._status())
                log.info("worker.ready", worker_id=self.config.worker_id, held=len(self.jobs))
                task_status.started()
                tg.start_soon(self._prepare_spares)  # after the jobs held are found again
                await self._drain_requested.wait()
                await self._drain()
                await self._sweep()
                tg.cancel_scope.cancel()

    async def _signals(self) -> None:
        with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as received:
            async for sig in received:
                if not self.draining:
                    log.info("worker.drain", reason=signal.Signals(sig).name)
                    self.begin_drain()
                else:  # a second termination: do not wait for running jobs any longer
                    log.info("worker.drain_shortened", reason=signal.Signals(sig).name)
                    self._stop_now.set()

    def begin_drain(self) -> None:
        """Takes no new jobs from now on; :meth:`run` drains and returns."""
        self.draining = True
        self.notifier.send(stopping="1", status=self._status())
        self._drain_requested.set()

    async def _drain(self) -> None:
        assert self.runner is not None
        with anyio.move_on_after(self.config.drain_timeout_s):
            async with anyio.create_task_group() as tg:
                async def stop_early() -> None:
                    await self._stop_now.wait()
                    tg.cancel_scope.cancel()
                tg.start_soon(stop_early)
                for job in list(self.jobs.values()):
                    await job.ended.wait()
                tg.cancel_scope.cancel()
        for job in list(self.jobs.values()):
            self.runner.cancel(job, "the worker is leaving (drain timeout)")
        for job in list(self.jobs.values()):
            await job.ended.wait()
        assert self.outbox is not None
        with anyio.move_on_after(FLUSH_ON_EXIT_S):
            while self.outbox.count():  # noqa: ASYNC110 - the outbox on disk has no change event
                await anyio.sleep(0.05)
        log.info("worker.drained", pending=self.outbox.count())

    async def _watchdog(self, every: float) -> None:
        while True:
            self.notifier.send(watchdog="1")
            await anyio.sleep(every)

    async def _health(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        from ._health import serve_health

        assert self.config.health_listen is not None
        await serve_health(self.config.health_listen, lambda: not self.draining, task_status=task_status)

    def _status(self) -> str:
        state = "draining" if self.draining else "ready"
        return f"{state}; {len(self.jobs)} job(s) running"

    def _forget(self, job: Job, reported: bool) -> None:
        """A job is done with (its end committed when ``reported``): its directory waits for
        its events' acknowledgement, its id is remembered a while for a late cancel."""
        if reported:
            self._unswept[job.dir.path] = job.job_id
        self.log_bytes_dropped += sum(job.output.dropped.values())
        self.jobs.pop(job.job_id, None)
        self.finished[job.job_id] = None
        while len(self.finished) > FINISHED_MEMORY:
            self.finished.popitem(last=False)
        self.notifier.send(status=self._status())

    # --- the session's requests ----------------------------------------------------------

    def hello(self) -> session_pb2.Hello:
        """Who this worker is, and the jobs it still holds."""
        return session_pb2.Hello(
            worker_id=self.config.worker_id, hostname=socket.gethostname(), version=__version__,
            capacity=session_pb2.Capacity(cpu_cores=float(os.cpu_count() or 1),
                                          memory_bytes=os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"),
                                          max_jobs=self.config.max_jobs),
            labels=dict(self.config.labels), held_job_ids=sorted(self._held()))

    def _held(self) -> set[str]:
        """Jobs this worker still answers for: running, or ended with events not yet
        acknowledged (their outcome is on its way)."""
        pending = self.outbox.pending_jobs() if self.outbox else set()
        return set(self.jobs) | pending

    def heartbeat(self) -> session_pb2.Heartbeat:
        """How this worker is doing."""
        self.notifier.send(status=self._status())
        dropped = self.outbox.dropped() if self.outbox else None
        return session_pb2.Heartbeat(
            state=session_pb2.WORKER_STATE_DRAINING if self.draining else session_pb2.WORKER_STATE_READY,
            running_job_ids=sorted(self.jobs), memory_bytes=_own_rss(),
            events_dropped=dropped.count if dropped else 0,
            log_bytes_dropped=self.log_bytes_dropped + sum(
                sum(job.output.dropped.values()) for job in self.jobs.values()),
            events_pending=self.outbox.count() if self.outbox else 0)

    async def malformed(self, reason: str) -> None:
        """A message that could not be read: refused with ERR_2005, the session goes on."""
        log.warning("session.malformed", reason=reason)
        assert self.events is not None
        await self.events.rejected("", f"malformed/{time.time_ns()}", "ERR_2005", reason)

    async def run_job(self, message: session_pb2.RunJob) -> None:
        """Admits a job and starts it, or says why not."""
        assert self.events is not None
        assert self.runner is not None
        assert self._tg is not None
        spec = message.spec
        if spec.job_id and spec.job_id in self.jobs:
            return  # sent again after a reconnect: it is already ours
        refusal = _admit.admit(spec, _admit.Load(self.draining, len(self.jobs), self.config.max_jobs,
                                                 frozenset(self.jobs), self.space.refusal()))
        if refusal is not None:
            log.info("job.rejected", job_id=spec.job_id, code=refusal.code, reason=refusal.reason)
            await self.events.rejected(spec.job_id, f"{spec.job_id}#{spec.attempt or 1}/rejected/"
                                       f"{time.time_ns()}", refusal.code, refusal.reason)
            return
        with_base_env(spec, self.config.job_env)  # kept with the spec: a restart runs the same
        try:
            job = Job(spec, JobDir.create(self.jobs_root, spec.job_id, spec.SerializeToString(),
                                          workdir=not spec.working_dir, spares=self.spares,
                                          stdin=spec.stdin))
        except OSError as exc:  # the state directory cannot take it (full, say): refused
            self.space.full(f"{self.jobs_root}: {exc.strerror or exc}")
            await self.events.rejected(spec.job_id, f"{spec.job_id}#{spec.attempt or 1}/rejected/"
                                       f"{time.time_ns()}", "ERR_2001", f"the worker cannot record "
                                       f"the job in its state directory: {exc.strerror or exc}")
            return
        self.jobs[job.job_id] = job
        # Committed with JobStarted, once the job runs: a crash before that leaves the
        # job to a restarted daemon, which commits it again (its id makes it one event).
        job.unsent.append(self.events.accepted(job))
        self._tg.start_soon(self.runner.start, job)

    async def cancel_job(self, message: session_pb2.CancelJob) -> None:
        """Cancels a job's whole tree, or says why there is nothing to cancel."""
        assert self.events is not None
        assert self.runner is not None
        job = self.jobs.get(message.job_id)
        if job is None:
            refusal = (events_pb2.CANCEL_REFUSAL_ALREADY_FINISHED if message.job_id in self.finished
                       else events_pb2.CANCEL_REFUSAL_UNKNOWN_JOB)
            await self.events.emit(message.job_id, f"{message.job_id}/cancel-refused/{time.time_ns()}",
                                   cancel_refused=events_pb2.CancelRefused(
                                       job_id=message.job_id, worker_id=self.config.worker_id,
                                       refusal=refusal))
            return
        self.runner.cancel(job, message.reason or "cancelled by the control plane")

    async def drain(self, message: session_pb2.Drain) -> None:
        """The control plane asks this worker to leave."""
        log.info("worker.drain", reason="Drain")
        self.begin_drain()

    # --- reported jobs' directories ------------------------------------------------------

    async def _sweeper(self) -> None:
        while True:
            await anyio.sleep(SWEEP_S)
            await self._sweep()

    async def _sweep(self) -> None:
        """Removes the directories of reported jobs whose events are all acknowledged."""
        if not self._unswept:
            return
        assert self.outbox is not None
        pending = await anyio.to_thread.run_sync(self.outbox.pending_jobs)
        # pop: the periodic sweep and the final one (on leaving) may overlap
        done = [path for path, job_id in list(self._unswept.items())
                if job_id not in pending and self._unswept.pop(path, None) is not None]
        if done:
            await anyio.to_thread.run_sync(self._retire, done)

    async def _prepare_spares(self) -> None:
        assert self.spares is not None
        await anyio.to_thread.run_sync(self.spares.prepare)

    def _retire(self, paths: list[Path]) -> None:
        for path in paths:
            JobDir(path).retire(self.spares)


def _own_rss() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0
