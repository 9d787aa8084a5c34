"""The control plane's live side of jobs: connected workers, dispatch, cancels, lost workers.

The decisions are ``_policy``'s; this module keeps the sessions, runs each decision inside a
store transaction, and queues the resulting messages on the workers' sessions.
"""

from __future__ import annotations

import math
import sqlite3
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

import anyio
import anyio.abc
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .. import _logging
from .._generated import control_plane_pb2, errors_pb2, events_pb2, jobs_pb2, session_pb2
from .._retry_limits import MAX_ATTEMPTS, MAX_DELAY_S, MAX_MULTIPLIER
from ..run import MAX_SPEC_BYTES
from . import _jobtable, _policy
from ._policy import Job, RetryPolicy, State
from ._store import EventStore, add_event

log = _logging.get_logger("hodei.controlplane.dispatch")

IDLE_S: Final = 1.0
ROUND_LINGER_S: Final = 0.005
"""How long a round waits after a poke: jobs submitted or ended together are dispatched in
one round (one transaction, and one message to a worker for its jobs) instead of one each."""
"""The longest the dispatcher sleeps without a reason to wake."""
NOT_YOURS: Final = "the control plane no longer runs this job on this worker"
"""The reason given when a worker that comes back holds a job that is not its any more."""
RUN_JOBS_BYTES: Final = 4 * 1024 * 1024
"""The most bytes of job specs in one RunJobs, well below the channels' 16 MiB message limit;
a job larger than that travels alone, as RunJob (a spec is at most ``run.MAX_SPEC_BYTES``)."""
ENTRY_BYTES: Final = 16
"""What a spec costs in a RunJobs beyond its own bytes (its RunJob and their lengths), at most."""
_OUTCOMES: Final = ("job_accepted", "job_started", "job_completed", "job_execution_error",
                    "job_cancelled", "job_rejected")


@dataclass
class Session:
    """One connected worker."""

    worker_id: str
    max_jobs: int
    send: MemoryObjectSendStream[session_pb2.ControlMessage]
    receive: MemoryObjectReceiveStream[session_pb2.ControlMessage]
    draining: bool = False
    connected: bool = True
    lost_at: float | None = None
    labels: dict[str, str] = field(default_factory=dict)
    accepts_run_jobs: bool = False
    """Its Hello said it understands RunJobs; an older worker gets one RunJob per job."""


def _outcome(env: events_pb2.EventEnvelope) -> tuple[str, _policy.Outcome] | None:
    kind = env.WhichOneof("event")
    if kind not in _OUTCOMES:
        return None
    msg = getattr(env, kind)
    exit_code, error_code = -1, ""
    if kind == "job_execution_error":
        exit_code, error_code = msg.exit_code, errors_pb2.ErrorCode.Name(msg.error_code)
    elif kind == "job_cancelled":
        exit_code, error_code = msg.outcome.exit_code, errors_pb2.ErrorCode.Name(msg.outcome.error_code)
    elif kind == "job_rejected":
        error_code = errors_pb2.ErrorCode.Name(msg.error_code)
    elif kind == "job_completed":
        exit_code = 0
    return msg.job_id, _policy.Outcome(kind, msg.worker_id, exit_code, error_code)


class Dispatcher:
    """Hands queued jobs to connected workers and keeps each job's state from their reports."""

    def __init__(self, store: EventStore, *, worker_timeout_s: float = 30.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.worker_timeout_s = worker_timeout_s
        self.clock = clock
        self.sessions: dict[str, Session] = {}
        self.refused: dict[str, tuple[str, float]] = {}
        """Job id → the worker that last refused it as busy, and until when it is passed over."""
        self._wake = anyio.Event()

    def poke(self) -> None:
        """Something changed: look at the queue again now."""
        self._wake.set()

    # --- the workers' side ------------------------------------------------------------------

    def connect(self, hello: session_pb2.Hello) -> Session:
        """A worker said Hello: its session replaces any earlier one; running jobs it does not
        hold any more are decided (``_policy.not_held``); cancels it missed are sent again."""
        old = self.sessions.get(hello.worker_id)
        if old is not None:  # no round dispatches to it from now on
            old.connected = False
            old.send.close()
        send, receive = anyio.create_memory_object_stream[session_pb2.ControlMessage](1000)
        session = Session(hello.worker_id, max(hello.capacity.max_jobs, 1), send, receive,
                          labels=dict(hello.labels), accepts_run_jobs=hello.accepts_run_jobs)
        held = set(hello.held_job_ids)
        now = self.clock()

        def reconcile(db: sqlite3.Connection) -> list[tuple[str, str]]:
            cancels = [(job_id, NOT_YOURS) for job_id in sorted(held)
                       if not _policy.assigned_to(_jobtable.get(db, job_id), hello.worker_id)]
            for job in _jobtable.in_state(db, State.RUNNING):
                if job.worker_id != hello.worker_id:
                    continue
                if job.job_id not in held:
                    _jobtable.save(db, _policy.not_held(job, now))
                elif job.cancel_reason:
                    cancels.append((job.job_id, job.cancel_reason))
            return cancels

        cancels = self.store.transaction(reconcile)
        # Known to rounds only now: a round that dispatched to it before its reconciliation
        # would see those jobs offered again as ones it does not hold, and send them twice.
        self.sessions[hello.worker_id] = session
        for job_id, reason in cancels:
            self._send(session, session_pb2.ControlMessage(cancel_job=session_pb2.CancelJob(
                job_id=job_id, reason=reason)))
        log.info("worker.connected", worker_id=hello.worker_id, held=len(held))
        self.poke()
        return session

    def disconnect(self, session: Session) -> None:
        """A session ended; its worker has ``worker_timeout_s`` to come back."""
        if self.sessions.get(session.worker_id) is session:
            session.connected = False
            session.lost_at = self.clock()
            log.info("worker.disconnected", worker_id=session.worker_id)
        session.send.close()
        self.poke()

    def heartbeat(self, session: Session, beat: session_pb2.Heartbeat) -> None:
        draining = beat.state == session_pb2.WORKER_STATE_DRAINING
        if draining != session.draining:
            session.draining = draining
            self.poke()

    def _send(self, session: Session, message: session_pb2.ControlMessage) -> bool:
        try:
            session.send.send_nowait(message)
            return True
        except (anyio.WouldBlock, anyio.ClosedResourceError, anyio.BrokenResourceError):
            return False

    # --- reports ---------------------------------------------------------------------------

    def apply(self, db: sqlite3.Connection, fresh: list[tuple[str, bytes]],
              parsed: Mapping[str, events_pb2.EventEnvelope] | None = None) -> dict[str, bytes]:
        """Applies newly stored events to their jobs (inside the store's transaction). A log
        chunk's bytes go to the logs table; its event is stored without them. ``parsed`` may
        hold the events already parsed, by id (they may be changed)."""
        now = self.clock()
        chunks = []
        slim: dict[str, bytes] = {}
        changed = False
        for event_id, payload in fresh:
            env = parsed.get(event_id) if parsed is not None else None
            if env is None:
                env = events_pb2.EventEnvelope.FromString(payload)
            if env.WhichOneof("event") == "events_dropped" and env.events_dropped.job_ids:
                _jobtable.mark_output_incomplete(db, env.events_dropped.job_ids)
                continue
            if env.WhichOneof("event") == "log_chunk":
                c = env.log_chunk
                chunks.append((c.job_id, c.attempt or 1, int(c.stream), int(c.offset), bytes(c.data)))
                c.ClearField("data")
                slim[event_id] = env.SerializeToString()
                continue
            found = _outcome(env)
            if found is None:
                continue
            job = _jobtable.get(db, found[0])
            if job is None:
                continue
            after = _policy.apply(job, found[1], now)
            if after != job:
                _jobtable.save(db, after)
                changed = True
                if found[1].kind == "job_rejected" and after.state is State.QUEUED:
                    self.refused[job.job_id] = (found[1].worker_id, now + _policy.REFUSER_PAUSE_S)
        if chunks:
            _jobtable.add_logs(db, chunks)
        if changed:
            self.poke()
        return slim

    # --- the operators' side -----------------------------------------------------------------

    def submit(self, spec: jobs_pb2.JobSpec, policy: RetryPolicy) -> str | None:
        """Queues a job; returns its id, or None when the id is taken."""
        job_id = spec.job_id or str(uuid.uuid4())
        spec = spec_with_id(spec, job_id)
        job = Job(job_id, policy=policy, next_attempt_at=self.clock())
        inserted = self.store.transaction(lambda db: _jobtable.insert(db, job, spec.name, spec.SerializeToString()))
        if inserted:
            log.info("job.submitted", job_id=job_id)
            self.poke()
            return job_id
        return None

    def cancel(self, job_id: str, reason: str) -> str:
        """Cancels a job wherever it is; returns what that did (``_policy.cancel``'s words)."""
        def decide(db: sqlite3.Connection) -> tuple[str, Job | None]:
            what, job = _policy.cancel(_jobtable.get(db, job_id), reason)
            if job is not None:
                _jobtable.save(db, job)
            return what, job

        what, job = self.store.transaction(decide)
        if what == "sent_to_worker" and job is not None:
            session = self.sessions.get(job.worker_id)
            if session is not None and session.connected:
                self._send(session, session_pb2.ControlMessage(cancel_job=session_pb2.CancelJob(
                    job_id=job_id, reason=reason)))
        return what

    # --- the loop ----------------------------------------------------------------------------

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        task_status.started()
        while True:
            self._wake = anyio.Event()
            now = self.clock()
            due = await anyio.to_thread.run_sync(self._round, now)
            with anyio.move_on_after(max(0.0, min(due - now, IDLE_S))):
                await self._wake.wait()
            if self._wake.is_set():  # the pokes that come meanwhile make one round with it
                await anyio.sleep(ROUND_LINGER_S)

    def _round(self, now: float) -> float:
        """One pass: lost workers' jobs decided, due jobs dispatched. Returns when the next
        pass is due at the latest."""
        # A copy: this runs in a worker thread while the loop's thread adds sessions (one copy
        # of a dict is one step under the GIL; walking the dict itself is not).
        sessions = dict(self.sessions)
        lost = [s.worker_id for s in sessions.values()
                if not s.connected and s.lost_at is not None and now - s.lost_at >= self.worker_timeout_s]
        for worker_id in lost:
            del sessions[worker_id]
            if self.sessions.get(worker_id) is not None and not self.sessions[worker_id].connected:
                self.sessions.pop(worker_id, None)
            log.warning("worker.lost", worker_id=worker_id)
        # Per worker: its session and the jobs handed to it (with their specs' sizes), in order.
        sends: dict[str, tuple[Session, list[tuple[jobs_pb2.JobSpec, int]]]] = {}

        def plan(db: sqlite3.Connection) -> float:
            # Inside the transaction: ``apply`` adds refusals under the same lock.
            for job_id in [j for j, (_, until) in self.refused.items() if until <= now]:
                del self.refused[job_id]
            for job in _jobtable.running_on(db, lost):
                _jobtable.save(db, _policy.worker_lost(job, now))
            counts = _jobtable.running_counts(db)
            workers = [_policy.Worker(s.worker_id, s.max_jobs, s.draining, counts.get(s.worker_id, 0))
                       for s in sessions.values() if s.connected]
            room = sum(max(w.max_jobs - w.running, 0) for w in workers if not w.draining)
            queued = _jobtable.due(db, now, room) if room else []
            for job_id, worker_id in _policy.dispatch(queued, workers, now, self.refused):
                job = next(j for j in queued if j.job_id == job_id)
                stored = _jobtable.spec_of(db, job_id) or b""
                if len(stored) > MAX_SPEC_BYTES:  # no session carries it: the job fails alone
                    self._unsendable(db, job, len(stored), now)
                    continue
                assigned = _policy.assign(job, worker_id)
                _jobtable.save(db, assigned)
                spec = jobs_pb2.JobSpec.FromString(stored)
                spec.attempt = assigned.attempts
                session = sessions[worker_id]
                sends.setdefault(worker_id, (session, []))[1].append(
                    (spec, spec.ByteSize() + ENTRY_BYTES))
            # Jobs already due wait for room, which only a poke brings (a job ended, a worker
            # came): wake by time only for jobs whose retry time is still ahead.
            upcoming = _jobtable.next_due(db, now)
            return math.inf if upcoming is None else upcoming

        due = self.store.transaction(plan)
        # A message that cannot be queued (the session is gone or full) is dropped with every
        # job in it: they stay assigned to that worker, and are decided as jobs it does not
        # hold, on its next Hello (queued again) or once it is lost (ERR_1008).
        for session, specs in sends.values():
            for message in run_messages(specs, session.accepts_run_jobs):
                self._send(session, message)
        timeouts = [s.lost_at + self.worker_timeout_s for s in sessions.values()
                    if s.lost_at is not None and not s.connected]
        return min([due, *timeouts, now + IDLE_S])


    def _unsendable(self, db: sqlite3.Connection, job: Job, size: int, now: float) -> None:
        """Fails a job whose spec is larger than a session carries (stored before the limit
        was checked at submission), with a JobRejected stored on its behalf naming why."""
        reason = (f"spec: {size} bytes, above the {MAX_SPEC_BYTES // (1024 * 1024)} MiB a job "
                  "may have: no worker's session carries it")
        _jobtable.save(db, _policy.unsendable(job))
        envelope = events_pb2.EventEnvelope(event_id=f"{job.job_id}/unsendable")
        envelope.job_rejected.job_id = job.job_id
        envelope.job_rejected.error_code = errors_pb2.ERR_1009
        envelope.job_rejected.reason = reason
        add_event(db, envelope.event_id, envelope.SerializeToString(), now)
        log.warning("job.unsendable", job_id=job.job_id, reason=reason)


def run_messages(specs: list[tuple[jobs_pb2.JobSpec, int]], batches: bool,
                 limit: int = RUN_JOBS_BYTES) -> list[session_pb2.ControlMessage]:
    """The messages that hand one worker its jobs (``specs``: each with its size in bytes), in
    order: with ``batches``, RunJobs for consecutive jobs up to ``limit`` bytes together; a job
    alone, or every job without ``batches``, as RunJob."""
    groups: list[list[jobs_pb2.JobSpec]] = []
    size = 0
    for spec, length in specs:
        if batches and groups and size + length <= limit:
            groups[-1].append(spec)
            size += length
        else:
            groups.append([spec])
            size = length
    messages = []
    for group in groups:
        message = session_pb2.ControlMessage()
        if len(group) == 1:
            message.run_job.spec.CopyFrom(group[0])
        else:
            for spec in group:
                message.run_jobs.jobs.add().spec.CopyFrom(spec)
        messages.append(message)
    return messages


def spec_with_id(spec: jobs_pb2.JobSpec, job_id: str) -> jobs_pb2.JobSpec:
    """A copy of ``spec`` with ``job_id`` set."""
    copy = jobs_pb2.JobSpec()
    copy.CopyFrom(spec)
    copy.job_id = job_id
    return copy


def policy_problem(proto: control_plane_pb2.RetryPolicy) -> str | None:
    """The first thing wrong with a submitted retry policy, naming its field; None if none.
    An unset multiplier is the default (2); a zero initial delay is honoured."""
    delay = proto.initial_delay
    checks = (
        (proto.max_attempts > MAX_ATTEMPTS, f"retry_policy.max_attempts: at most {MAX_ATTEMPTS}"),
        (proto.backoff_multiplier != 0 and not 1 <= proto.backoff_multiplier <= MAX_MULTIPLIER,
         f"retry_policy.backoff_multiplier: from 1 to {MAX_MULTIPLIER:g} (below 1, each delay "
         "would be shorter than the one before)"),
        (delay.seconds < 0 or delay.nanos < 0 or delay.seconds > MAX_DELAY_S,
         "retry_policy.initial_delay: from 0 to a year"),
        (any(code not in errors_pb2.ErrorCode.values() or code == 0
             for code in proto.retryable_errors),
         "retry_policy.retryable_errors: not a platform code"),
    )
    return next((message for failed, message in checks if failed), None)


def policy_from(proto: control_plane_pb2.RetryPolicy) -> RetryPolicy:
    """A RetryPolicy from its protobuf message (checked by :func:`policy_problem`): unset
    fields take the defaults; an initial delay set to 0 is kept."""
    max_attempts = int(proto.max_attempts or 1)
    multiplier = float(proto.backoff_multiplier or 2.0)
    delay_s = proto.initial_delay.ToMilliseconds() / 1000 if proto.HasField("initial_delay") else 1.0
    codes = frozenset(errors_pb2.ErrorCode.Name(c) for c in proto.retryable_errors)
    return replace(RetryPolicy(), max_attempts=max_attempts, backoff_multiplier=multiplier,
                   initial_delay_s=delay_s, retryable_errors=codes)
