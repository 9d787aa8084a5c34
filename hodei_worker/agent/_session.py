"""The agent's life with the platform: Register, the worker stream, jobs, leaving.

- Register with HODEI_OTP_TOKEN (single use); a server that is not there yet is retried with
  backoff (1 to 30 s). A refused token (UNAUTHENTICATED) or worker id (INVALID_ARGUMENT) ends
  the agent with one line naming what to fix and status 78: retrying cannot help.
- The stream: a heartbeat at once (the server learns who is there from it) and every 15 s;
  ``ack{message_id: "job-<id>"}`` as soon as a job arrives; the job's output as log batches;
  then its one result. A cut stream is opened again with the session (Register with its
  ``session_id``); output not yet sent waits on disk meanwhile, and a result the server has
  not acknowledged is sent again after the new stream's first heartbeat (the server drops a
  result that comes before it).
- Leaving (SIGTERM/SIGINT; in ephemeral mode after the job's result, or when no job came
  within the cleanup timeout, HODEI_CLEANUP_TIMEOUT_MS): no new job, running ones may finish
  until the drain timeout and are cancelled after it, a DRAINING heartbeat, their results,
  then ``self_terminate``, then UnregisterWorker, and status 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import anyio
import anyio.abc
import grpc

from .. import _logging
from .._generated import worker_agent_pb2 as pb
from .._generated import worker_agent_pb2_grpc as pb_grpc
from . import _jobs, _wire
from ._config import AgentConfig
from ._logs import Line, OutputTail, batches
from ._runner import HostError, Runner, RunningJob
from ._wire import Fatal

log = _logging.get_logger("hodei.agent")

ACK_GRACE_S: Final = 5.0
"""How long a leaving agent waits for the server to acknowledge a result it sent."""
RPC_TIMEOUT_S: Final = 10.0
CLOSE_WAIT_S: Final = 5.0
"""How long a leaving agent waits for the server to end the stream it has half-closed."""
STABLE_STREAM_S: Final = 30.0
"""A stream that lived this long broke by chance: the next is opened at once."""
PENDING_LINES: Final = 4000
"""Lines read ahead of the stream, a job; the rest waits in its files."""
KEPT_DONE: Final = 256
"""Finished jobs remembered (without their output), for a run_job sent again."""


class _Broken(Exception):
    """The stream ended; it is opened again."""


@dataclass
class Job:
    """One job the platform sent, from its arrival until its result is acknowledged."""

    job_id: str
    running: RunningJob | None = None
    tail: OutputTail | None = None
    cancelled: bool = False
    ended: bool = False
    finished_output: bool = False
    pending: list[Line] = field(default_factory=list)
    result: _jobs.Result | None = None
    completed_at: float = 0.0
    result_sent_at: float | None = None
    acked: bool = False

    @property
    def output_done(self) -> bool:
        return self.ended and self.finished_output and not self.pending

    @property
    def settled(self) -> bool:
        """Its result is sent and acknowledged (or sent and waited for long enough)."""
        return self.result_sent_at is not None and (
            self.acked or time.monotonic() - self.result_sent_at > ACK_GRACE_S)


class Agent:
    """One worker of the platform, from Register to UnregisterWorker."""

    def __init__(self, config: AgentConfig) -> None:
        self.config = config
        self.jobs: dict[str, Job] = {}
        self.session_id = ""
        self.leaving: str | None = None
        """Why the agent leaves, once it does."""
        self.wake = asyncio.Event()
        self.job_ended = asyncio.Event()
        self.dropped_logs = 0
        """Bytes over the log limit of the jobs no longer held."""
        self.done: OrderedDict[str, Job] = OrderedDict()
        """Jobs the platform has the whole of, newest last."""
        self.started_at = time.time()
        self.last_job_id = ""
        self.last_activity = time.monotonic()
        self.ever_connected = False
        self._runner: Runner | None = None
        self._host_ready = asyncio.Event()
        self._host_error: HostError | None = None
        self._write_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        self._usage = _wire.Usage()

    # --- the whole life -------------------------------------------------------------------

    async def run(self) -> int:
        """Runs until the agent has left; returns the exit status."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.leave, f"{signal.Signals(sig).name} received")
        fatal: Fatal | None = None
        status = 1
        try:
            async with anyio.create_task_group() as group:
                group.start_soon(self._start_host, group)  # while registering: it takes a while
                try:
                    status = await self._life()
                    if self._host_error is not None:
                        fatal = Fatal(f"the job host could not be started: {self._host_error}", 1)
                except Fatal as exc:  # said once every job is stopped
                    fatal = exc
                finally:
                    await self._stop_jobs()
                    await self._host_ready.wait()
                    if self._runner is not None:
                        await self._runner.close()
                group.cancel_scope.cancel()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
        if fatal is not None:
            raise fatal
        return status

    async def _start_host(self, group: anyio.abc.TaskGroup) -> None:
        """Starts the supervisor host; without one the agent takes no job and leaves."""
        try:
            self._runner = await Runner.start(self.config.state_dir / "host", group)
        except (HostError, OSError) as exc:
            self._host_error = exc if isinstance(exc, HostError) else HostError(str(exc))
            self.leave("the job host could not be started")
        finally:
            self._host_ready.set()

    async def _host(self) -> Runner:
        """The supervisor host, once started. Raises HostError when it could not be."""
        await self._host_ready.wait()
        if self._runner is None:
            raise HostError(f"the job host could not be started: {self._host_error}")
        return self._runner

    def leave(self, reason: str) -> None:
        """Takes no new job from now on; the running ones may finish until the drain timeout."""
        if self.leaving is None:
            self.leaving = reason
            log.info("agent.leaving", reason=reason, running=len(self._running()))
            self._spawn(self._drain())
        self.wake.set()

    async def _life(self) -> int:
        channel = _wire.channel(self.config)
        try:
            stub = pb_grpc.WorkerAgentServiceStub(channel)  # type: ignore[no-untyped-call]
            if not await self._register(stub):
                return 0  # told to stop before the server could be reached
            breaks = 0
            while True:
                opened = time.monotonic()
                try:
                    await self._stream(stub)
                    break
                except _Broken as exc:
                    log.warning("agent.stream_lost", reason=str(exc))
                # A stream that keeps breaking at once is not opened again at once each time.
                breaks = 0 if time.monotonic() - opened > STABLE_STREAM_S else breaks + 1
                await asyncio.sleep(_wire.backoff(breaks - 1) if breaks else 0)
                if not await self._register(stub):
                    return 0
            await self._unregister(stub)
            return 0
        finally:
            await channel.close(grace=None)

    async def _register(self, stub: pb_grpc.WorkerAgentServiceStub) -> bool:
        """Registers (again, with the session, after a cut); False when told to stop first.
        Raises Fatal when retrying cannot help."""
        request = pb.RegisterWorkerRequest(auth_token=self.config.token, worker_info=_wire.worker_info(self.config, self.started_at),
                                           session_id=self.session_id)
        if self.config.job_id:
            request.job_id = self.config.job_id
        attempt = 0
        while True:
            try:
                response = await stub.Register(request, timeout=RPC_TIMEOUT_S)
            except grpc.aio.AioRpcError as exc:
                fatal = _wire.register_refusal(exc, self.ever_connected)
                if fatal is not None:
                    raise fatal from None
                delay = _wire.backoff(attempt)
                attempt += 1
                log.warning("agent.register_failed", code=exc.code().name, retry_in_s=round(delay, 1))
                if await self._leave_within(delay) and not self._running():
                    return False
                continue
            if not response.success:
                raise Fatal(f"HODEI_OTP_TOKEN: the server refused the registration: {response.message}")
            self.session_id = response.session_id or self.session_id
            if not self.ever_connected:
                self.last_activity = time.monotonic()  # an ephemeral worker's idle time starts
            log.info("agent.registered", session=bool(self.session_id), again=self.ever_connected)
            return True

    async def _leave_within(self, delay: float) -> bool:
        """Sleeps ``delay`` seconds; True at once when the agent is told to leave."""
        if self.leaving is not None:
            return True
        self.wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.wake.wait(), delay)
        return self.leaving is not None

    async def _unregister(self, stub: pb_grpc.WorkerAgentServiceStub) -> None:
        request = pb.UnregisterWorkerRequest(force=False, reason=self.leaving or "leaving")
        request.worker_id.value = self.config.worker_id
        try:
            await stub.UnregisterWorker(request, timeout=RPC_TIMEOUT_S)
            log.info("agent.unregistered")
        except grpc.aio.AioRpcError as exc:
            log.warning("agent.unregister_failed", code=exc.code().name)

    # --- the stream -----------------------------------------------------------------------

    async def _stream(self, stub: pb_grpc.WorkerAgentServiceStub) -> None:
        """One stream, until the agent has left on it (returns) or it breaks (_Broken)."""
        call = stub.WorkerStream()
        reader: asyncio.Task[None] | None = None
        try:
            await self._write(call, pb.WorkerMessage(heartbeat=self._heartbeat()))
            next_beat = time.monotonic() + self.config.heartbeat_s
            said_leaving = self.leaving is not None
            self.ever_connected = True
            for job in self.jobs.values():  # unacknowledged: sent again, after the heartbeat
                if job.result_sent_at is not None and not job.acked:
                    job.result_sent_at = None
            reader = asyncio.create_task(self._read(call))
            while True:
                if reader.done():
                    reader.result()  # raises _Broken
                    raise _Broken("the server closed the stream")
                await self._send_output(call)
                self._check_idle()
                now = time.monotonic()
                if now >= next_beat or (self.leaving is not None and not said_leaving):
                    said_leaving = self.leaving is not None  # DRAINING is told at once
                    await self._write(call, pb.WorkerMessage(heartbeat=self._heartbeat()))
                    next_beat = now + self.config.heartbeat_s
                for job in [j for j in self.jobs.values() if j.acked]:
                    self._settled(job)
                if self._may_go():  # (after the heartbeat that says DRAINING)
                    await self._write(call, pb.WorkerMessage(self_terminate=self._self_terminate()))
                    with contextlib.suppress(grpc.aio.AioRpcError, asyncio.InvalidStateError):
                        await call.done_writing()
                    # The server ends its side once it has read ours; cancelling sooner could
                    # lose what it has not read yet.
                    with contextlib.suppress(Exception):  # its end (_Broken), or the wait's
                        await asyncio.wait_for(asyncio.shield(reader), CLOSE_WAIT_S)
                    return
                if any(job.tail is not None and job.tail.behind for job in self.jobs.values()):
                    await asyncio.sleep(0)  # more output is there: no flush interval to wait
                    continue
                self.wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), self.config.log_flush_s)
        except grpc.aio.AioRpcError as exc:
            raise _Broken(f"{exc.code().name}: {exc.details()}") from None
        finally:
            if reader is not None:
                reader.cancel()
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await reader
            call.cancel()

    async def _write(self, call: Any, message: pb.WorkerMessage) -> None:
        async with self._write_lock:
            try:
                await call.write(message)
            except asyncio.InvalidStateError:
                raise _Broken("the stream is closed") from None

    async def _read(self, call: Any) -> None:
        try:
            while True:
                message = await call.read()
                if message is grpc.aio.EOF:
                    raise _Broken("the server ended the stream")
                await self._take(call, message)
        except grpc.aio.AioRpcError as exc:
            raise _Broken(f"{exc.code().name}: {exc.details()}") from None
        finally:
            self.wake.set()

    async def _take(self, call: Any, message: pb.ServerMessage) -> None:
        """One message of the server's: a handler by kind (keep_alive needs none)."""
        handlers = {
            "run_job": lambda: self._arrived(call, message.run_job),
            "cancel": lambda: self._cancel(message.cancel.job_id, "cancelled by the platform",
                                           force=message.cancel.force),
            "ack": lambda: self._acknowledged(message.ack),
        }
        handler = handlers.get(message.WhichOneof("payload") or "")
        if handler is not None:
            await handler()

    async def _acknowledged(self, ack: pb.AckMessage) -> None:
        """The server has a result (``result-<id>``, or the job id alone)."""
        job = self.jobs.get(ack.message_id.removeprefix("result-"))
        if job is not None and job.result_sent_at is not None:
            job.acked = True
            self.wake.set()

    async def _arrived(self, call: Any, command: pb.RunJobCommand) -> None:
        job_id = command.job_id
        ack = pb.AckMessage(message_id=f"job-{job_id}", worker_id=self.config.worker_id)
        if job_id in self.jobs or job_id in self.done:  # sent again: never run twice
            ack.success = True
            job = self.jobs[job_id] = self.jobs.get(job_id) or self.done.pop(job_id)
            if job.result_sent_at is not None:  # the server asks again: its result goes again
                job.result_sent_at, job.acked = None, False
        elif self.leaving is not None or not job_id:
            ack.success = False
            log.warning("agent.job_refused", job=job_id, reason=self.leaving or "no job_id")
        else:
            ack.success = True
            self.jobs[job_id] = Job(job_id)
            self.last_job_id = job_id
            self.last_activity = time.monotonic()
            self._spawn(self._job(command))
        await self._write(call, pb.WorkerMessage(ack=ack))

    # --- jobs -----------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _running(self) -> list[Job]:
        return [job for job in self.jobs.values() if not job.ended]

    async def _job(self, command: pb.RunJobCommand) -> None:
        job = self.jobs[command.job_id]
        directory = self._job_dir(command.job_id)
        runner: Runner | None = None
        try:
            plan = _jobs.plan(command, self.config.worker_id, directory, self.config.kill_grace_ms)
            job.tail = OutputTail(str(plan.stdout), str(plan.stderr), self.config.log_limit)
            runner = await self._host()
            job.running = await runner.run(plan)
            log.info("job.started", job=job.job_id, timeout_ms=plan.timeout_ms)
            if job.cancelled:
                await runner.cancel(job.job_id)
            await job.running.ended.wait()
            job.result = _jobs.result(job.running.event(), job.cancelled)
        except _jobs.Refused as exc:
            job.result = _jobs.refused(exc)
        except (HostError, OSError) as exc:
            job.result = _jobs.Result(1, False, _jobs.bounded(
                f"INFRASTRUCTURE_ERROR: the job could not be handed to its supervisor: {exc} "
                "[ERR_1008] try: run the job again"))
        except Exception:  # a fault of ours: the job still gets a result
            log.exception("job.failed_in_agent", job=job.job_id)
            job.result = _jobs.Result(1, False, "INFRASTRUCTURE_ERROR: the worker failed while "
                                      "running the job [ERR_1008] try: run the job again")
        finally:
            if job.result is None:
                job.result = _jobs.Result(1, False, "INFRASTRUCTURE_ERROR: the agent stopped [ERR_1008]")
            job.completed_at = time.time()
            job.ended = True
            self.last_activity = time.monotonic()
            if runner is not None:
                runner.forget(job.job_id)
            log.info("job.ended", job=job.job_id, success=job.result.success,
                     exit_code=job.result.exit_code)
            self.job_ended.set()
            self.wake.set()

    async def _cancel(self, job_id: str, why: str, force: bool = False) -> None:
        """Stops a job: a termination with its grace, or, ``force``d, SIGKILL at once."""
        job = self.jobs.get(job_id)
        if job is None or job.ended:
            return
        job.cancelled = True
        log.info("job.cancelling", job=job_id, why=why, force=force)
        if job.running is not None and self._runner is not None:
            await self._runner.cancel(job_id, force=force)

    async def _drain(self) -> None:
        """Lets running jobs finish until the drain timeout, then cancels the rest."""
        await self._jobs_ended_within(self.config.drain_timeout_s)
        for job in self._running():
            await self._cancel(job.job_id, "the drain timeout passed")

    async def _stop_jobs(self) -> None:
        """On the way out: no job is left running (cancelled, and waited for a while)."""
        for job in self._running():
            await self._cancel(job.job_id, "the agent is stopping")
        await self._jobs_ended_within(self.config.kill_grace_ms / 1000 + 5)

    async def _jobs_ended_within(self, seconds: float) -> None:
        """Returns once no job runs, or after ``seconds``."""
        deadline = time.monotonic() + seconds
        while self._running() and (left := deadline - time.monotonic()) > 0:
            self.job_ended.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.job_ended.wait(), left)

    # --- what goes up the stream ----------------------------------------------------------

    def _heartbeat(self) -> pb.WorkerHeartbeat:
        running = [job.job_id for job in self._running()]
        beat = pb.WorkerHeartbeat(
            status=pb.WORKER_STATUS_DRAINING if self.leaving else pb.WORKER_STATUS_AVAILABLE,
            active_jobs=len(running), running_job_ids=running, timestamp=_wire.timestamp(time.time()),
            dropped_logs=self.dropped_logs + sum(j.tail.dropped for j in self.jobs.values() if j.tail))
        beat.worker_id.value = self.config.worker_id
        beat.usage.CopyFrom(self._usage.sample())
        return beat

    async def _send_output(self, call: Any) -> None:
        for job in list(self.jobs.values()):
            tail = job.tail
            if tail is not None and not job.finished_output and len(job.pending) < PENDING_LINES:
                if job.ended:
                    job.pending.extend(tail.drain())
                    job.finished_output = tail.done
                else:
                    job.pending.extend(tail.read())
            elif tail is None and job.ended:
                job.finished_output = True
            sent = 0
            try:
                for batch in batches(job.pending, self.config.log_batch_size):
                    await self._write(call, _wire.log_batch(job.job_id, batch))
                    sent += len(batch)
            finally:
                del job.pending[:sent]  # sent: never again
            if job.output_done and job.result is not None and job.result_sent_at is None:
                await self._send_result(call, job)

    async def _send_result(self, call: Any, job: Job) -> None:
        result = job.result
        assert result is not None
        job.result_sent_at = time.monotonic()  # before the write: its ack can come before it returns
        try:
            await self._write(call, pb.WorkerMessage(result=pb.JobResultMessage(
                job_id=job.job_id, exit_code=result.exit_code, success=result.success,
                error_message=result.error_message, completed_at=_wire.timestamp(job.completed_at))))
        except BaseException:
            job.result_sent_at = None
            raise
        log.info("job.result_sent", job=job.job_id)
        if self.config.ephemeral:
            self.leave("the job is done (ephemeral worker)")

    def _settled(self, job: Job) -> None:
        """A job the platform has the whole of: its files go, a few of its facts are kept (a
        run_job sent again for it gets its result again)."""
        del self.jobs[job.job_id]
        if job.tail is not None:
            self.dropped_logs += job.tail.dropped
            job.tail = None
        job.pending = []
        self.done[job.job_id] = job
        while len(self.done) > KEPT_DONE:
            self.done.popitem(last=False)
        shutil.rmtree(self._job_dir(job.job_id), ignore_errors=True)

    def _job_dir(self, job_id: str) -> Path:
        return self.config.state_dir / "jobs" / _safe(job_id)

    def _check_idle(self) -> None:
        if (self.config.ephemeral and self.leaving is None and not self._running()
                and time.monotonic() - self.last_activity >= self.config.idle_s):
            self.leave(f"no job for {self.config.idle_s:g} s, the cleanup timeout (ephemeral worker)")

    def _may_go(self) -> bool:
        return self.leaving is not None and all(
            job.ended and job.output_done and job.settled for job in self.jobs.values())

    def _self_terminate(self) -> pb.SelfTerminateMessage:
        waited = time.monotonic() - self.last_activity  # since the last job ended (or the start)
        return pb.SelfTerminateMessage(worker_id=self.config.worker_id, last_job_id=self.last_job_id,
                                       expected_cleanup_ms=self.config.cleanup_timeout_ms,
                                       actual_wait_ms=int(waited * 1000), reason=self.leaving or "")


def _safe(job_id: str) -> str:
    """A job id as a directory name."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in job_id)[:128]
    return cleaned if cleaned.strip(".") else "_"


def say(line: str) -> None:
    """One line on stderr."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"hodei-worker agent: {line}\n")
        sys.stderr.flush()
