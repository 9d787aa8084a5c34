"""The control plane's decisions about jobs, pure: what an event does to a job, when a failed
job is tried again, which worker takes which job. The I/O (SQLite, gRPC) is elsewhere; every
function here takes the time it needs as an argument.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final


class State(enum.StrEnum):
    """Where a job is in its life."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


ENDED: Final = frozenset({State.SUCCEEDED, State.FAILED, State.CANCELLED})
REJECTED_REQUEUE_S: Final = 0.5
"""How long a job refused by a busy worker (ERR_2001) waits before it is offered again."""
REFUSER_PAUSE_S: Final = 2.0
"""How long the worker that refused a job as busy is passed over for that job, so that
another worker with room takes it instead of the same refusal again."""
WORKER_LOST: Final = "ERR_1008"
SPEC_REFUSED: Final = "ERR_1009"
"""The code of a job whose spec is refused."""
MAX_RETRY_DELAY_S: Final = 24 * 3600.0
"""The longest wait before another attempt, however the backoff grows."""
"""The code a job gets when its worker is lost with it."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When a failed job is tried again (the shape of the platform's retry policy)."""

    max_attempts: int = 1
    """Attempts in all, the first included."""
    backoff_multiplier: float = 2.0
    """Each delay is the previous one times this."""
    initial_delay_s: float = 1.0
    """The delay before the second attempt."""
    retryable_errors: frozenset[str] = frozenset()
    """The codes worth another attempt."""

    def delay_s(self, attempts: int) -> float:
        """The wait before attempt ``attempts + 1`` (at most :data:`MAX_RETRY_DELAY_S`)."""
        try:
            grown = self.initial_delay_s * max(self.backoff_multiplier, 1.0) ** max(attempts - 1, 0)
        except OverflowError:
            grown = MAX_RETRY_DELAY_S
        return min(grown, MAX_RETRY_DELAY_S)


@dataclass(frozen=True, slots=True)
class Job:
    """A job as the control plane keeps it."""

    job_id: str
    state: State = State.QUEUED
    worker_id: str = ""
    exit_code: int = -1
    error_code: str = ""
    attempts: int = 0
    next_attempt_at: float = 0.0
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    cancel_reason: str = ""
    accepted: bool = False
    """Whether the worker of the current attempt said it took the job."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker reported of a job: the fields the decisions need."""

    kind: str
    """The event's kind: ``job_completed``, ``job_execution_error``, ``job_cancelled``,
    ``job_rejected``, ``job_accepted``, ``job_started``."""
    worker_id: str
    exit_code: int = -1
    error_code: str = ""


def _failed(job: Job, outcome: Outcome, now: float) -> Job:
    """A failure: another attempt if the policy says so, else the end."""
    policy = job.policy
    if outcome.error_code in policy.retryable_errors and job.attempts < policy.max_attempts:
        return replace(job, state=State.QUEUED, worker_id="", exit_code=outcome.exit_code,
                       error_code=outcome.error_code,
                       next_attempt_at=now + policy.delay_s(job.attempts))
    return replace(job, state=State.FAILED, exit_code=outcome.exit_code, error_code=outcome.error_code)


def _rejected(job: Job, outcome: Outcome, now: float) -> Job:
    if outcome.error_code == "ERR_2001":  # busy or draining: not the job's fault, not an attempt
        return replace(job, state=State.QUEUED, worker_id="", attempts=max(job.attempts - 1, 0),
                       next_attempt_at=now + REJECTED_REQUEUE_S)
    return replace(job, state=State.FAILED, error_code=outcome.error_code)


TRANSITIONS: Final = {
    "job_accepted": lambda job, o, now: replace(job, accepted=True),
    "job_started": lambda job, o, now: job,
    "job_completed": lambda job, o, now: replace(job, state=State.SUCCEEDED, exit_code=0, error_code=""),
    "job_execution_error": _failed,
    "job_cancelled": lambda job, o, now: replace(job, state=State.CANCELLED, exit_code=o.exit_code,
                                                 error_code=o.error_code),
    "job_rejected": _rejected,
}
"""What each report does to a running job."""


def apply(job: Job, outcome: Outcome, now: float) -> Job:
    """The job after ``outcome``. Reports about an attempt that is no longer the job's (from a
    worker it was taken from, or after it ended) change nothing."""
    if job.state is not State.RUNNING or outcome.worker_id != job.worker_id:
        return job
    change = TRANSITIONS.get(outcome.kind)
    return change(job, outcome, now) if change else job


def worker_lost(job: Job, now: float) -> Job:
    """A running job whose worker is gone for good: ERR_1008, and the retry policy."""
    if job.state is not State.RUNNING:
        return job
    return _failed(job, Outcome("job_execution_error", job.worker_id, -1, WORKER_LOST), now)


@dataclass(frozen=True, slots=True)
class Worker:
    """A connected worker, as dispatch sees it."""

    worker_id: str
    max_jobs: int
    draining: bool = False
    running: int = 0


def dispatch(queued: Sequence[Job], workers: Iterable[Worker], now: float,
             refused_by: Mapping[str, tuple[str, float]] | None = None) -> list[tuple[str, str]]:
    """Which queued jobs (oldest first, due ones only) go to which worker: the least loaded
    that is not draining and has room, and that has not refused the job as busy (ERR_2001)
    until the time ``refused_by`` (job id → (worker id, until)) gives. Returns (job_id,
    worker_id) pairs."""
    load: dict[str, Worker] = {w.worker_id: w for w in workers if not w.draining}
    refusals = refused_by or {}
    plan: list[tuple[str, str]] = []
    for job in queued:
        if job.state is not State.QUEUED or job.next_attempt_at > now:
            continue
        refuser, until = refusals.get(job.job_id, ("", 0.0))
        free = [w for w in load.values() if w.running < w.max_jobs
                and not (w.worker_id == refuser and now < until)]
        if not free:
            continue
        chosen = min(free, key=lambda w: (w.running / w.max_jobs, w.worker_id))
        load[chosen.worker_id] = replace(chosen, running=chosen.running + 1)
        plan.append((job.job_id, chosen.worker_id))
    return plan


def assign(job: Job, worker_id: str) -> Job:
    """The job handed to a worker: one more attempt."""
    return replace(job, state=State.RUNNING, worker_id=worker_id, attempts=job.attempts + 1,
                   accepted=False)


def unsendable(job: Job) -> Job:
    """A job whose spec no session can carry: it fails (ERR_1009) without an attempt."""
    return replace(job, state=State.FAILED, worker_id="", error_code=SPEC_REFUSED)


def not_held(job: Job, now: float) -> Job:
    """A running job its worker does not hold when it says Hello again: if the worker never
    said it took it, the assignment was lost on the way and the job is offered again (not an
    attempt); otherwise the worker lost the job (ERR_1008, and the retry policy)."""
    if job.state is not State.RUNNING:
        return job
    if not job.accepted:
        return replace(job, state=State.QUEUED, worker_id="", attempts=max(job.attempts - 1, 0),
                       next_attempt_at=now)
    return worker_lost(job, now)


def assigned_to(job: Job | None, worker_id: str) -> bool:
    """Whether ``job`` is the running attempt of ``worker_id``. A job a worker holds that is not
    (ended, reassigned after the worker was lost, or never known) is to be cancelled there, so
    that it does not run twice."""
    return job is not None and job.state is State.RUNNING and job.worker_id == worker_id


def cancel(job: Job | None, reason: str) -> tuple[str, Job | None]:
    """What a cancel does: ``dequeued``, ``sent_to_worker``, ``already_ended`` or
    ``unknown_job``, with the job as it becomes."""
    if job is None:
        return "unknown_job", None
    if job.state in ENDED:
        return "already_ended", job
    if job.state is State.QUEUED:
        return "dequeued", replace(job, state=State.CANCELLED, cancel_reason=reason)
    return "sent_to_worker", replace(job, cancel_reason=reason)


def running_counts(jobs: Iterable[Job]) -> Mapping[str, int]:
    """How many jobs each worker is running."""
    counts: dict[str, int] = {}
    for job in jobs:
        if job.state is State.RUNNING:
            counts[job.worker_id] = counts.get(job.worker_id, 0) + 1
    return counts
