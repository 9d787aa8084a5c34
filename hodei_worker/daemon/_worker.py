"""The worker daemon: many jobs at once, all supervised by its host process, reported exactly once.

Whoever acquires releases: the worker owns its connections to its supervisor hosts, the
outbox, the publisher and the session, and ends them in its task group; the host owns the
jobs, and outlives the worker on purpose (see ``_hostproc``). What the worker must never lose goes through the outbox as events with ids fixed by
the job and attempt (``job#1/accepted``, ``job#1/stdout/65536``, ``job#1/end``), so whatever
a crash repeats is recognised as a repeat, by the outbox and by the control plane.

A job's life here: RunJob → admitted (``_admit``) → its directory and spec on disk →
``JobAccepted`` → handed to the host → ``JobStarted`` → output committed as ``LogChunk``s while
it runs → the host writes its event and says it ended → that event (or, if the host died
without writing one, ``ERR_1008``) as the terminal event, or ``JobCancelled`` if it was
cancelled → ``reported`` → directory removed.
"""

from __future__ import annotations

import collections
import contextlib
import os
import signal
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import anyio
import anyio.abc
from google.protobuf.message import Message

from .. import __version__, _logging
from .._generated import events_pb2, jobs_pb2, session_pb2
from ..classify import Observation, classify
from ..events import Identity, build_event, from_dict, to_dict
from ..events._proto import to_proto
from ..supervise._cgroup import sweep_stale
from ..transport import Attachment, Endpoint, GroupCommit, Outbox, Record
from ..transport._publisher import Publisher
from . import _admit
from ._fsync import GroupFsync
from ._hosts import HostError, HostId, HostLink, Watch, alive, clear_if_gone, start_host
from ._jobdir import JobDir, Spares
from ._notify import Notifier
from ._pidfd import open_pidfd, wait_ended
from ._session import Session

log = _logging.get_logger("hodei.daemon")

LOG_CHUNK_BYTES: Final = 256 * 1024
"""The most bytes in one LogChunk."""
LOG_BATCH_BYTES: Final = 4 * 1024 * 1024
"""The most bytes of one job read in one pass, so one flood cannot starve other jobs."""
LOG_PUMP_S: Final = 0.2
"""How often running jobs' output is committed (chunks are batched by this time and by size)."""
LOG_QUIET_MAX_S: Final = 2.0
"""How long a job whose output stopped growing may wait between looks, at most: the interval
doubles from LOG_PUMP_S while it stays quiet and is back to LOG_PUMP_S once it writes, so many
sleeping jobs cost the worker almost nothing. Its end always commits the rest at once."""
SWEEP_S: Final = 1.0
"""How often reported jobs' directories are checked for removal (once their events are all
acknowledged: the log chunks in the outbox read their bytes from the job's files)."""
FINISHED_MEMORY: Final = 4096
"""How many finished job ids are remembered, to answer a late CancelJob."""
SPAWN_RECORD_WAIT_S: Final = 2.0
"""After a restart, how long a job an older daemon's shim was starting may take to show the
shim's record."""
FLUSH_ON_EXIT_S: Final = 10.0
"""How long a leaving worker waits for its outbox to empty."""
_STREAMS: Final = (("stdout", "LOG_STREAM_STDOUT"), ("stderr", "LOG_STREAM_STDERR"))


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


@dataclass
class Job:
    """A job this worker holds."""

    spec: jobs_pb2.JobSpec
    dir: JobDir
    link: HostLink | None = None
    """The connection to the host that runs the job."""
    watch: Watch | None = None
    """What its host tells of it."""
    cancel_sent: bool = False
    shim: tuple[int, int | None] | None = None
    """A job of an older daemon, run by a shim of its own: the shim's pid and start time."""
    offsets: dict[str, int] | None = None
    """How far each stream is committed; read from the job directory at the first look."""
    dropped: dict[str, int] = field(default_factory=dict)
    quiet_s: float = LOG_PUMP_S
    """The wait before the next look at the job's output (see LOG_QUIET_MAX_S)."""
    look_at: float = 0.0
    """When (monotonic) the log pump looks at the job's output next."""
    ended: anyio.Event = field(default_factory=anyio.Event)
    cancel_reason: str | None = None
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
        self.hosts_dir = self.state_dir / "hosts"
        self.host: HostLink | None = None
        """The host this daemon started, which runs its new jobs."""
        self._host_lock = anyio.Lock()
        self._adopted: dict[HostId, HostLink | None] = {}
        """Hosts of a previous life of this worker (None: gone or unreachable)."""
        self.outbox: Outbox | None = None
        self.commit: GroupCommit | None = None
        self.fsync = GroupFsync()
        """Makes the hand-over marks durable, those of one moment together."""
        self.publisher: Publisher | None = None
        self.session: Session | None = None
        self._tg: anyio.abc.TaskGroup | None = None
        self._stop_now = anyio.Event()
        self._log_lock = threading.Lock()
        """Output is committed by one thread at a time (the pump, or a job's final pass)."""
        self._drain_requested = anyio.Event()
        self._unswept: dict[Path, str] = {}
        """Reported jobs' directories, kept until the outbox holds no event of their job."""
        self.spares: Spares | None = None
        """Directories of finished jobs, emptied for new ones."""

    # --- lifecycle -----------------------------------------------------------------------

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Serves until drained (SIGTERM, ``Drain``), then flushes the outbox and returns."""
        self.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.jobs_root.mkdir(exist_ok=True, mode=0o700)
        self.spares = Spares(self.state_dir / "spare")
        with Outbox(self.state_dir / "outbox", max_bytes=self.config.spool_limit_bytes) as outbox:
            self.outbox = outbox
            self.commit = GroupCommit(outbox)
            self.publisher = Publisher(outbox, self.config.endpoint, ack=self.commit.ack)
            self.session = Session(self.config.endpoint, self)
            async with anyio.create_task_group() as tg:
                self._tg = tg
                try:
                    await self._host_for_new_jobs()
                except HostError as exc:  # its jobs say so; the next job tries again
                    log.error("host.unavailable", error=str(exc))
                tg.start_soon(self.commit.run)
                tg.start_soon(self.fsync.run)
                tg.start_soon(self._publish)
                await self._recover()
                tg.start_soon(self.session.run)
                tg.start_soon(self._log_pump)
                tg.start_soon(self._sweeper)
                tg.start_soon(self._signals)
                if self.notifier.watchdog_s:
                    tg.start_soon(self._watchdog, self.notifier.watchdog_s / 2)
                if self.config.health_listen:
                    await tg.start(self._health)
                self.notifier.send(ready="1", status=self._status())
                log.info("worker.ready", worker_id=self.config.worker_id, held=len(self.jobs))
                task_status.started()
                tg.start_soon(self._prepare_spares)  # after the jobs held are found again
                await self._drain_requested.wait()
                await self._drain()
                await self._sweep()
                tg.cancel_scope.cancel()

    async def _publish(self) -> None:
        assert self.publisher is not None
        await self.publisher.run(until_empty=False)

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
            self._cancel(job, "the worker is leaving (drain timeout)")
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
                sum(job.dropped.values()) for job in self.jobs.values()),
            events_pending=self.outbox.count() if self.outbox else 0)

    async def malformed(self, reason: str) -> None:
        """A message that could not be read: refused with ERR_2005, the session goes on."""
        log.warning("session.malformed", reason=reason)
        await self._emit("", f"malformed/{time.time_ns()}", job_rejected=events_pb2.JobRejected(
            worker_id=self.config.worker_id, error_code="ERR_2005", reason=reason))

    async def run_job(self, message: session_pb2.RunJob) -> None:
        """Admits a job and starts it, or says why not."""
        spec = message.spec
        if spec.job_id and spec.job_id in self.jobs:
            return  # sent again after a reconnect: it is already ours
        refusal = _admit.admit(spec, _admit.Load(self.draining, len(self.jobs), self.config.max_jobs,
                                                 frozenset(self.jobs)))
        if refusal is not None:
            log.info("job.rejected", job_id=spec.job_id, code=refusal.code, reason=refusal.reason)
            await self._emit(spec.job_id, f"{spec.job_id}#{spec.attempt or 1}/rejected/{time.time_ns()}",
                             job_rejected=events_pb2.JobRejected(
                                 job_id=spec.job_id, worker_id=self.config.worker_id,
                                 error_code=refusal.code, reason=refusal.reason))
            return
        job = Job(spec, JobDir.create(self.jobs_root, spec.job_id, spec.SerializeToString(),
                                      workdir=not spec.working_dir, spares=self.spares))
        if spec.stdin:
            (job.dir.path / "stdin").write_bytes(spec.stdin)
        self.jobs[job.job_id] = job
        # Committed with JobStarted, once the job runs: a crash before that leaves the
        # job to a restarted daemon, which commits it again (its id makes it one event).
        job.unsent.append(self._accepted(job))
        assert self._tg is not None
        self._tg.start_soon(self._start, job)

    def _accepted(self, job: Job) -> Record:
        accepted = events_pb2.JobAccepted(job_id=job.job_id, worker_id=self.config.worker_id)
        accepted.accepted_at.FromNanoseconds(time.time_ns())
        return self._record(job.job_id, f"{job.key}/accepted", {"job_accepted": accepted})

    def _started(self, job: Job, pid: int, started_at: float) -> Record:
        started = events_pb2.JobStarted(job_id=job.job_id, worker_id=self.config.worker_id, pid=pid)
        started.started_at.FromNanoseconds(round(started_at * 1e9))
        return self._record(job.job_id, f"{job.key}/started", {"job_started": started})

    async def cancel_job(self, message: session_pb2.CancelJob) -> None:
        """Cancels a job's whole tree, or says why there is nothing to cancel."""
        job = self.jobs.get(message.job_id)
        if job is None:
            refusal = (events_pb2.CANCEL_REFUSAL_ALREADY_FINISHED if message.job_id in self.finished
                       else events_pb2.CANCEL_REFUSAL_UNKNOWN_JOB)
            await self._emit(message.job_id, f"{message.job_id}/cancel-refused/{time.time_ns()}",
                             cancel_refused=events_pb2.CancelRefused(
                                 job_id=message.job_id, worker_id=self.config.worker_id, refusal=refusal))
            return
        self._cancel(job, message.reason or "cancelled by the control plane")

    async def drain(self, message: session_pb2.Drain) -> None:
        """The control plane asks this worker to leave."""
        log.info("worker.drain", reason="Drain")
        self.begin_drain()

    def _cancel(self, job: Job, reason: str) -> None:
        if job.cancel_reason is None:
            job.cancel_reason = reason
            job.dir.request_cancel(reason)  # recorded first: a restarted worker reports it too
        if job.link is not None:
            assert self._tg is not None
            self._tg.start_soon(self._send_cancel, job)
        else:  # an older daemon's shim; a job not yet handed to its host is cancelled there
            self._signal_shim(job, signal.SIGTERM)

    async def _send_cancel(self, job: Job) -> None:
        if job.link is not None and not job.cancel_sent:
            job.cancel_sent = True
            await job.link.cancel(job.host_key)

    def _shim_pidfd(self, job: Job) -> int | None:
        """A pidfd for the job's shim; None if it is gone or not known yet."""
        if job.shim is None:
            recorded = job.dir.shim()
            if not recorded:
                return None
            job.shim = (int(recorded["pid"]), recorded.get("start_time"))
        return open_pidfd(*job.shim)

    def _signal_shim(self, job: Job, sig: int) -> None:
        fd = self._shim_pidfd(job)
        if fd is None:
            return
        try:
            signal.pidfd_send_signal(fd, sig)
        except ProcessLookupError:
            pass
        finally:
            os.close(fd)

    # --- a job's run ---------------------------------------------------------------------

    async def _host_for_new_jobs(self) -> HostLink:
        """The host this daemon started, started (again, if the last one is gone) when
        needed. Raises HostError."""
        async with self._host_lock:
            if self.host is None or self.host.gone.is_set():
                assert self._tg is not None
                if self.host is not None:
                    clear_if_gone(self.host.ident)
                ident, process = await start_host(self.hosts_dir)
                self._tg.start_soon(process.wait)  # our child: reaped when it ends
                self.host = await HostLink.connect(ident)
                self._tg.start_soon(self.host.serve)
                log.info("host.started", host=ident.pid)
            return self.host

    async def _start(self, job: Job) -> None:
        argv = _admit.run_argv(job.spec, self.config.worker_id, None, str(job.dir.work),
                               self.config.kill_grace_ms)
        for attempt in (1, 2):
            try:
                await self._hand_over(job, argv)
                break
            except HostError as exc:
                retry = attempt == 1 and exc.undelivered  # the host died before it; a new one
                job.link = job.watch = None
                job.cancel_sent = False
                if not retry:
                    await self._finish(job, internal=f"the job's supervisor could not be "
                                                     f"started: {exc}")
                    return
        if job.cancel_reason is not None:  # cancelled before it was handed over
            await self._send_cancel(job)
        await self._follow(job)

    async def _hand_over(self, job: Job, argv: list[str]) -> None:
        """Hands the job to this daemon's host. Raises HostError."""
        link = await self._host_for_new_jobs()
        # Durable before the host may start it; fsynced with the other jobs handed over now.
        job.dir.mark_spawning(link.ident.as_dict(), sync=False)
        await self.fsync.sync(job.dir.record)
        job.link, job.watch = link, link.watch(job.host_key)
        await link.run(job.host_key, argv, job.dir.stdout, job.dir.stderr,
                       job.dir.path / "stdin" if job.spec.stdin else None, job.dir.record)

    async def _follow(self, job: Job) -> None:
        """Follows a job its host runs: commits its start (with what else waits), then
        reports its end."""
        assert job.watch is not None
        await job.watch.started.wait()
        if job.watch.pid is not None:
            started = self._started(job, job.watch.pid, job.watch.at or time.time())
            if job.watch.ended.is_set():  # told together (a short job): committed with its end
                job.unsent.append(started)
            else:
                await self._commit(job, started)
            log.info("job.started", job_id=job.job_id, pid=job.watch.pid)
        await job.watch.ended.wait()
        await self._finish(job)

    async def _watch(self, job: Job) -> None:
        """Follows a job of an older daemon, run by a shim of its own, to its end."""
        if job.unsent:  # found again after a restart
            await self._commit(job)
        fd = self._shim_pidfd(job)
        if fd is not None:
            try:
                await wait_ended(fd)
            finally:
                os.close(fd)
        await self._finish(job)

    async def _finish(self, job: Job, internal: str | None = None) -> None:
        """Reports how the job ended, exactly once, and forgets it."""
        try:
            assert self.publisher is not None
            # No thread hop for a job whose output is all committed (most short jobs), one
            # for a job with less than a batch of output left.
            ending = self._wound_up(job)
            while ending is None and (ending := await anyio.to_thread.run_sync(self._wind_up, job)) is None:
                self.publisher.notify()
            self.publisher.notify()
            event, cancel = ending
            if internal:
                event = None
            if event is None:
                # In a thread: finding what is left of the job scans every process and cgroup.
                event = await anyio.to_thread.run_sync(
                    self._lost, job, internal or "the job's supervisor ended without writing "
                                                 "the job's outcome (killed, or the host restarted)")
            terminal = from_dict(event)
            msg = to_proto(terminal)
            if cancel and isinstance(msg, events_pb2.JobExecutionError):
                reason = msg.failure_reason.signal_received
                signals = ["SIGTERM"] + (["SIGKILL"] if reason.signal == "SIGKILL" else [])
                cancelled = events_pb2.JobCancelled(job_id=job.job_id, worker_id=self.config.worker_id,
                                                    reason=str(cancel.get("reason", "")), signals=signals,
                                                    outcome=msg)
                end = self._record(job.job_id, f"{job.key}/end", {"job_cancelled": cancelled})
            elif isinstance(msg, events_pb2.JobCompleted):
                end = self._record(job.job_id, f"{job.key}/end", {"job_completed": msg})
            else:
                end = self._record(job.job_id, f"{job.key}/end", {"job_execution_error": msg})
            await self._commit(job, end)
            job.dir.mark_reported()
            job.dir.remove_work()
            self._unswept[job.dir.path] = job.job_id
            log.info("job.reported", job_id=job.job_id, exit_code=event.get("exit_code"),
                     error_code=event.get("error_code"))
        finally:
            self.log_bytes_dropped += sum(job.dropped.values())
            self.jobs.pop(job.job_id, None)
            self.finished[job.job_id] = None
            while len(self.finished) > FINISHED_MEMORY:
                self.finished.popitem(last=False)
            job.ended.set()
            self.notifier.send(status=self._status())
            if job.link is not None:
                job.link.forget(job.host_key)
                if job.link is not self.host and not job.link.watching:
                    with anyio.CancelScope(shield=True):  # an older host: free to end now
                        await job.link.aclose()

    def _lost(self, job: Job, message: str) -> dict[str, Any]:
        """ERR_1008 for a job whose supervisor (host, or an older daemon's shim) is gone without
        an outcome; its leftovers are stopped, and the cgroups of lost supervisors removed
        (they leave that to the daemon)."""
        stopped = _stop_leftovers(job) + sweep_stale()
        spec = job.spec
        command = (["/bin/sh", "-c", spec.shell_script] if spec.WhichOneof("command") == "shell_script"
                   else list(spec.argv.args))
        obs = Observation(command[0], tuple(command[1:]), spec.working_dir or str(job.dir.work),
                          internal_error=message, leftovers_stopped=stopped)
        who = Identity(spec.job_id, self.config.worker_id, spec.correlation_id or spec.job_id)
        return to_dict(build_event(obs, classify(obs), who))

    # --- output ---------------------------------------------------------------------------

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

    async def _log_pump(self) -> None:
        assert self.publisher is not None
        while True:
            await anyio.sleep(LOG_PUMP_S)
            more = True
            while more and self.jobs:  # one thread hop and one transaction for all jobs a pass;
                # passes follow each other while some job has more than a batch waiting
                now = time.monotonic()
                due = [job for job in self.jobs.values() if job.look_at <= now]
                if not due:
                    break
                more = await anyio.to_thread.run_sync(self._commit_logs, due, False)
                self.publisher.notify()

    def _wind_up(self, job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | None] | None:
        """For an ended job, in a worker thread: commits a batch of its remaining output; once
        none is left, what went over the cap, and returns its event and cancel request (None
        while more output waits)."""
        if self._commit_logs([job], False):
            return None
        self._commit_logs([job], True)
        return job.dir.ending()

    def _wound_up(self, job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | None] | None:
        """:meth:`_wind_up` on the loop, for an ended job whose output is all committed and
        none went over the cap; None otherwise, or while the log pump holds the lock (its
        chunks of the job may not be in the outbox yet)."""
        if not self._log_lock.acquire(blocking=False):
            return None
        try:
            if job.dropped:
                return None
            offsets = job.offsets if job.offsets is not None else job.dir.offsets()
            for name, _ in _STREAMS:
                try:
                    size = os.stat(getattr(job.dir, name)).st_size
                except FileNotFoundError:
                    continue
                if size > offsets.get(name, 0):
                    return None
            return job.dir.ending()
        finally:
            self._log_lock.release()

    def _commit_logs(self, jobs: list[Job], final: bool) -> bool:
        """Commits the new output of ``jobs`` as LogChunks, whose ids are fixed by their offset,
        so a chunk committed twice (after a crash) is recognised as one; in a worker thread.
        Returns whether some job has more than a batch waiting."""
        with self._log_lock:
            return self._commit_logs_locked(jobs, final)

    def _commit_logs_locked(self, jobs: list[Job], final: bool) -> bool:
        records: list[Record] = []
        grown: list[Job] = []
        more = False
        now = time.monotonic()
        for job in jobs:
            if job.offsets is None:
                job.offsets = job.dir.offsets()
            before = len(records)
            waiting = False
            for name, stream in _STREAMS:
                chunks, unread = self._read_chunks(job, name, stream, getattr(job.dir, name),
                                                   job.offsets.get(name, 0))
                records += chunks
                waiting = waiting or unread
                if final and job.dropped.get(name):
                    overflow = events_pb2.LogOverflow(job_id=job.job_id, stream=stream,
                                                      sent_bytes=self.config.log_limit_bytes,
                                                      dropped_bytes=job.dropped[name])
                    records.append(self._record(job.job_id, f"{job.key}/{name}/overflow",
                                                {"log_overflow": overflow}))
            if len(records) > before:
                grown.append(job)
                job.quiet_s = LOG_PUMP_S
            else:
                job.quiet_s = min(2 * job.quiet_s, LOG_QUIET_MAX_S)
            # Due at once while more than a batch waits, else at the pass after its wait.
            job.look_at = now if waiting else now + job.quiet_s - LOG_PUMP_S / 2
            more = more or waiting
        if records:
            assert self.outbox is not None
            self.outbox.append(records)
            for job in grown:
                assert job.offsets is not None
                job.dir.save_offsets(job.offsets)
        return more

    def _read_chunks(self, job: Job, name: str, stream: str, path: Path,
                     offset: int) -> tuple[list[Record], bool]:
        """The stream's next chunks (at most a batch), and whether more is waiting."""
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return [], False
        limit = self.config.log_limit_bytes
        if size > limit:
            job.dropped[name] = size - limit
        end = min(size, limit, offset + LOG_BATCH_BYTES)
        records: list[Record] = []
        if end <= offset:
            return records, False
        # The chunks name their bytes in this file instead of copying them into the outbox:
        # on disk first, as the outbox's own commit will be.
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return records, False
        try:
            os.fdatasync(fd)
        finally:
            os.close(fd)
        while offset < end:
            length = min(LOG_CHUNK_BYTES, end - offset)
            chunk = events_pb2.LogChunk(job_id=job.job_id, stream=stream, offset=offset,
                                        attempt=job.spec.attempt or 1)
            records.append(self._record(job.job_id, f"{job.key}/{name}/{offset}",
                                        {"log_chunk": chunk}, terminal=False,
                                        attachment=Attachment(str(path), offset, length)))
            offset += length
        assert job.offsets is not None
        job.offsets[name] = offset
        return records, offset < min(size, limit)

    # --- durable events ------------------------------------------------------------------

    def _record(self, job_id: str, event_id: str, event: dict[str, Message],
                terminal: bool = True, attachment: Attachment | None = None) -> Record:
        envelope = events_pb2.EventEnvelope(event_id=event_id, **event)  # type: ignore[arg-type]
        return Record(event_id, job_id, envelope.SerializeToString(), terminal, attachment)

    async def _commit(self, job: Job, *records: Record) -> None:
        """Commits the job's unsent events and ``records``, in order, in one transaction."""
        assert self.commit is not None
        assert self.publisher is not None
        batch = [*job.unsent, *records]
        await self.commit.append_all(batch)
        del job.unsent[:len(batch) - len(records)]
        self.publisher.notify()

    async def _emit(self, job_id: str, event_id: str, **event: Message) -> None:
        """Commits one event to the outbox (group commit: it is on disk when this returns)."""
        assert self.commit is not None
        assert self.publisher is not None
        await self.commit.append(self._record(job_id, event_id, event))
        self.publisher.notify()

    # --- after a restart -----------------------------------------------------------------

    async def _recover(self) -> None:
        """Finds the jobs of a previous life of this worker: re-attaches to the running ones,
        reports the ended ones."""
        assert self._tg is not None
        by_host: dict[HostId, list[Job]] = {}
        for jobdir in JobDir.all(self.jobs_root):
            try:
                spec = jobs_pb2.JobSpec.FromString(jobdir.spec())
            except Exception:
                log.error("job.unreadable", dir=str(jobdir.path))
                if jobdir.reported:  # whose events to wait for is unknown: removed as before
                    jobdir.remove()  # (a chunk still unsent goes without its bytes, logged)
                continue
            if jobdir.reported:  # its files stay until its chunks are sent
                self._unswept[jobdir.path] = spec.job_id
                continue
            job = Job(spec, jobdir)
            cancel = jobdir.cancel()
            job.cancel_reason = str(cancel["reason"]) if cancel else None
            self.jobs[job.job_id] = job
            # Committed again, in case the crash came before they were: their ids make a
            # repeat one event, for the outbox and for the control plane.
            job.unsent.append(self._accepted(job))
            host = jobdir.host()
            if host is not None:
                by_host.setdefault(HostId.from_dict(host), []).append(job)
            else:
                await self._reattach_shim(job)
        for ident, jobs in by_host.items():
            await self._reattach(ident, jobs)

    async def _reattach(self, ident: HostId, jobs: list[Job]) -> None:
        """Finds the jobs handed to ``ident`` before the restart: each is followed there if
        it runs, reported if it ended, started now if the host never got it."""
        assert self._tg is not None
        link = await self._adopt(ident)
        if link is None:  # the host is gone: their events, if it wrote them, else lost
            for job in jobs:
                self._tg.start_soon(self._finish, job)
            return
        # Watched before asking: an end said meanwhile is kept.
        watches = {job.host_key: link.watch(job.host_key) for job in jobs}
        try:
            listed = await link.listing()
        except HostError:
            listed = {}
        for job in jobs:
            watch = watches[job.host_key]
            if job.host_key in listed or watch.ended.is_set():
                log.info("job.reattached", job_id=job.job_id, host=ident.pid)
                job.link, job.watch = link, watch
                running = listed.get(job.host_key) or {}
                if running.get("pid") is not None and not watch.started.is_set():
                    watch.pid, watch.at = running["pid"], running.get("at")
                    watch.started.set()
                self._tg.start_soon(self._follow, job)
                if job.cancel_reason is not None:  # the cancel may not have reached the host
                    self._tg.start_soon(self._send_cancel, job)
                continue
            link.forget(job.host_key)
            if job.dir.event() is not None or link.gone.is_set():
                self._tg.start_soon(self._finish, job)
            else:  # handed over as the daemon died, never received: started now, once
                self._tg.start_soon(self._start, job)
        if not link.watching:
            await link.aclose()

    async def _adopt(self, ident: HostId) -> HostLink | None:
        """A connection to a host of a previous life; None when it is gone or unreachable."""
        if ident in self._adopted:
            return self._adopted[ident]
        link = None
        clear_if_gone(ident)
        if alive(ident):
            try:
                link = await HostLink.connect(ident)
            except HostError as exc:
                log.error("host.unreachable", host=ident.pid, error=str(exc))
            else:
                assert self._tg is not None
                self._tg.start_soon(link.serve)
        self._adopted[ident] = link
        return link

    async def _reattach_shim(self, job: Job) -> None:
        """Finds a job of an older daemon, run by a shim of its own."""
        assert self._tg is not None
        jobdir = job.dir
        if jobdir.shim() is None and jobdir.spawning:
            # Asked for, maybe started: wait for the shim's own record a little, and never
            # start the job a second time.
            with anyio.move_on_after(SPAWN_RECORD_WAIT_S):
                while jobdir.shim() is None:  # noqa: ASYNC110 - a file another process writes
                    await anyio.sleep(0.05)
        if jobdir.shim() is None and jobdir.spawning:
            self._tg.start_soon(self._finish, job, "the worker stopped while starting the job; "
                                "whether it started is unknown, so it was not started again")
        elif jobdir.shim() is None:
            self._tg.start_soon(self._start, job)  # accepted, never started: start it now
        else:
            log.info("job.reattached", job_id=job.job_id)
            recorded = jobdir.shim() or {}
            job.unsent.append(self._started(job, int(recorded.get("pid") or 0),
                                            float(recorded.get("started_at") or time.time())))
            self._tg.start_soon(self._watch, job)




def _own_rss() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _stop_leftovers(job: Job) -> int:
    """Kills whatever of a job outlived its supervisor: every process whose environment carries the
    job's marker (a variable a job could only drop on purpose), or that runs in the job's own
    directory. Returns how many it stopped."""
    import psutil

    marker = f"{_admit.JOB_MARKER}={job.key}"
    root = str(job.dir.path)
    stopped = 0
    for proc in psutil.process_iter():
        with contextlib.suppress(psutil.Error, OSError):
            if proc.pid == os.getpid():
                continue
            cwd = proc.cwd()
            mine = cwd == root or cwd.startswith(root + os.sep)
            if not mine:
                with open(f"/proc/{proc.pid}/environ", "rb") as fh:
                    mine = marker.encode() in fh.read().split(b"\0")
            if mine:
                proc.kill()
                stopped += 1
    return stopped
