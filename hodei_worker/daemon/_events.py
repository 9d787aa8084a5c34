"""The worker's events in the outbox, with ids fixed by the job and attempt
(``job#1/accepted``, ``job#1/stdout/65536``, ``job#1/end``), so whatever a crash repeats is
recognised as a repeat, by the outbox and by the control plane."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Final

import anyio
from google.protobuf.message import Message

from .._generated import events_pb2
from ..events import from_dict, to_proto
from ..transport import Attachment, GroupCommit, Publisher, Record, SpoolError
from ._job import Job
from ._space import Space

RETRY_S: Final = 0.2
"""The first wait before an event the disk refused is tried again (doubling, to RETRY_MAX_S)."""
RETRY_MAX_S: Final = 5.0


def outbox_record(job_id: str, event_id: str, event: dict[str, Message], terminal: bool = True,
                  attachment: Attachment | None = None) -> Record:
    """The outbox's record of one event (``event``: its envelope field and message)."""
    envelope = events_pb2.EventEnvelope(event_id=event_id, **event)  # type: ignore[arg-type]
    return Record(event_id, job_id, envelope.SerializeToString(), terminal, attachment)


class Events:
    """What the worker tells the control plane, committed to the outbox (durable when
    committed) and handed to the publisher."""

    def __init__(self, worker_id: str, commit: GroupCommit, publisher: Publisher,
                 space: Space | None = None) -> None:
        self.worker_id = worker_id
        self._commit = commit
        self._publisher = publisher
        self._space = space

    async def _append(self, records: Sequence[Record]) -> None:
        """Commits ``records`` in one transaction, whatever it takes: when the disk refuses
        them, the reserve is freed for them, and then they wait for room (they are what the
        control plane must hear: a job's end, a refusal), tried again until room is back."""
        delay = RETRY_S
        while True:
            try:
                await self._commit.append_all(records)
                return
            except SpoolError as exc:
                if self._space is None or self._space.roomy():
                    raise  # not for want of room: the daemon cannot go on
                self._space.full(str(exc))
                if self._space.release():
                    continue  # at once, into the reserve's room
            await anyio.sleep(delay)
            delay = min(2 * delay, RETRY_MAX_S)

    def accepted(self, job: Job) -> Record:
        accepted = events_pb2.JobAccepted(job_id=job.job_id, worker_id=self.worker_id)
        accepted.accepted_at.FromNanoseconds(time.time_ns())
        return outbox_record(job.job_id, f"{job.key}/accepted", {"job_accepted": accepted})

    def started(self, job: Job, pid: int, started_at: float) -> Record:
        started = events_pb2.JobStarted(job_id=job.job_id, worker_id=self.worker_id, pid=pid)
        started.started_at.FromNanoseconds(round(started_at * 1e9))
        return outbox_record(job.job_id, f"{job.key}/started", {"job_started": started})

    def end(self, job: Job, event: dict[str, Any], cancel: dict[str, Any] | None) -> Record:
        """The job's terminal event from its final event's data: ``JobCancelled`` (with the
        outcome) when it was cancelled and failed, else ``JobCompleted`` or
        ``JobExecutionError``."""
        msg = to_proto(from_dict(event))
        if cancel and isinstance(msg, events_pb2.JobExecutionError):
            reason = msg.failure_reason.signal_received
            signals = ["SIGTERM"] + (["SIGKILL"] if reason.signal == "SIGKILL" else [])
            cancelled = events_pb2.JobCancelled(job_id=job.job_id, worker_id=self.worker_id,
                                                reason=str(cancel.get("reason", "")),
                                                signals=signals, outcome=msg)
            return outbox_record(job.job_id, f"{job.key}/end", {"job_cancelled": cancelled})
        field = "job_completed" if isinstance(msg, events_pb2.JobCompleted) else "job_execution_error"
        return outbox_record(job.job_id, f"{job.key}/end", {field: msg})

    async def commit(self, job: Job, *records: Record) -> None:
        """Commits the job's unsent events and ``records``, in order, in one transaction."""
        batch = [*job.unsent, *records]
        await self._append(batch)
        del job.unsent[:len(batch) - len(records)]
        self._publisher.notify()

    async def emit(self, job_id: str, event_id: str, **event: Message) -> None:
        """Commits one event to the outbox (group commit: it is on disk when this returns)."""
        await self._append([outbox_record(job_id, event_id, event)])
        self._publisher.notify()

    async def rejected(self, job_id: str, event_id: str, code: str, reason: str) -> None:
        """A job (or a message) refused, with the platform code and the reason."""
        await self.emit(job_id, event_id, job_rejected=events_pb2.JobRejected(
            job_id=job_id, worker_id=self.worker_id, error_code=code, reason=reason))
