"""A stand-in for the Hodei platform's server side of ``WorkerAgentService``, for trying and
testing ``hodei-worker agent`` on one machine.

It behaves as the platform does where the agent can tell: a one-time token per worker (single
use, valid 300 s) and UNAUTHENTICATED for a used or unknown one; INVALID_ARGUMENT for a worker
id that is not a UUID; sessions kept in memory only (a restarted stand-in knows none); the
worker stream identifies its worker by the first heartbeat (no metadata) and drops a result
sent before it; ``ack{"job-<id>"}`` moves a job to RUNNING; a log batch keeps at most 1000
entries; a result is COMPLETED when it succeeded, TIMEOUT when its error_message starts with
``TIMEOUT:``, FAILED otherwise, and is acknowledged with ``ack{"result-<id>"}``.

Try it (one command; it starts the stand-in, starts the agent the way the platform starts a
worker container, submits the job, prints its log lines and result)::

    python -m tests.agent.standin -- sh -c 'echo hello; echo oops >&2; exit 3'

``--serve`` only serves and prints the environment for an agent you start yourself.
"""

from __future__ import annotations

import argparse
import os
import queue
import secrets
import shlex
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

import grpc

from hodei_worker._generated import worker_agent_pb2 as pb
from hodei_worker._generated import worker_agent_pb2_grpc as pb_grpc

TOKEN_TTL_S = 300.0
MAX_BATCH_ENTRIES = 1000
_CUT = object()
_END = object()


@dataclass
class JobRecord:
    """One job as the stand-in knows it."""

    command: pb.RunJobCommand
    worker_id: str
    state: str = "QUEUED"
    """QUEUED, ASSIGNED (sent), RUNNING (acknowledged), COMPLETED, FAILED, TIMEOUT."""
    lines: list[pb.LogEntry] = field(default_factory=list)
    results: list[pb.JobResultMessage] = field(default_factory=list)

    @property
    def result(self) -> pb.JobResultMessage | None:
        return self.results[0] if self.results else None

    def text(self, stderr: bool | None = None) -> list[str]:
        """The log lines' text (of one stream when ``stderr`` says which)."""
        return [e.line for e in self.lines if stderr is None or e.is_stderr == stderr]


@dataclass
class WorkerRecord:
    """A worker: its token, session and what it said."""

    worker_id: str
    token: str
    issued_at: float
    token_used: bool = False
    session_id: str = ""
    heartbeats: list[pb.WorkerHeartbeat] = field(default_factory=list)
    acks: list[pb.AckMessage] = field(default_factory=list)
    self_terminate: list[pb.SelfTerminateMessage] = field(default_factory=list)
    unregistered: list[pb.UnregisterWorkerRequest] = field(default_factory=list)
    registrations: int = 0
    streams: int = 0
    dropped_results: list[pb.JobResultMessage] = field(default_factory=list)
    outbox: queue.Queue[Any] | None = None


class StandIn(pb_grpc.WorkerAgentServiceServicer):
    """The service and its state; every method is safe from any thread."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.workers: dict[str, WorkerRecord] = {}
        self.jobs: dict[str, JobRecord] = {}
        self.cut_on_line: str | None = None
        """Cut the worker's stream once a log line with exactly this text arrives (once)."""
        self.cut_on_result = False
        """Cut the worker's stream when a result arrives, before acknowledging it (once)."""

    # --- what a test or a person does ----------------------------------------------------

    def issue_token(self, worker_id: str | None = None) -> tuple[str, str]:
        """A new worker id (or the one given) and its one-time token."""
        worker_id = worker_id or str(uuid.uuid4())
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.workers[worker_id] = WorkerRecord(worker_id, token, time.monotonic())
        return worker_id, token

    def submit(self, worker_id: str, command: pb.RunJobCommand) -> str:
        """Queues ``command`` for the worker; it is sent once the worker's stream is identified."""
        if not command.job_id:
            command.job_id = str(uuid.uuid4())
        with self.lock:
            self.jobs[command.job_id] = JobRecord(command, worker_id)
            worker = self.workers.get(worker_id)
            if worker is not None and worker.outbox is not None:
                self._send_job(worker, self.jobs[command.job_id])
            self.lock.notify_all()
        return command.job_id

    def resend(self, job_id: str) -> None:
        """Sends the job's run_job again (as a server that lost track of it would)."""
        with self.lock:
            job = self.jobs[job_id]
            worker = self.workers[job.worker_id]
            if worker.outbox is not None:
                worker.outbox.put(pb.ServerMessage(run_job=job.command))

    def cancel(self, job_id: str, force: bool = False) -> None:
        with self.lock:
            job = self.jobs[job_id]
            worker = self.workers[job.worker_id]
            if worker.outbox is not None:
                worker.outbox.put(pb.ServerMessage(cancel=pb.CancelJobCommand(job_id=job_id, force=force)))

    def cut(self, worker_id: str) -> None:
        """Ends the worker's stream now (UNAVAILABLE), as a network cut would."""
        with self.lock:
            worker = self.workers[worker_id]
            if worker.outbox is not None:
                worker.outbox.put(_CUT)

    def wait(self, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Waits until ``predicate()`` (called under the lock) is truthy; returns it, or None."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while not (value := predicate()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.lock.wait(min(left, 0.1))
            return value

    # --- the service ---------------------------------------------------------------------

    def Register(self, request: pb.RegisterWorkerRequest, context: grpc.ServicerContext) -> pb.RegisterWorkerResponse:
        worker_id = request.worker_info.worker_id.value
        try:
            uuid.UUID(worker_id)
        except ValueError:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "worker_id must be a UUID")
        with self.lock:
            worker = self.workers.get(worker_id)
            if worker is None:
                context.abort(grpc.StatusCode.UNAUTHENTICATED, "unknown worker or token")
            assert worker is not None
            resumed = bool(request.session_id) and request.session_id == worker.session_id
            if not resumed:
                if (worker.token_used or request.auth_token != worker.token
                        or time.monotonic() - worker.issued_at > TOKEN_TTL_S):
                    context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid or used OTP token")
                worker.token_used = True
                worker.session_id = f"session-{uuid.uuid4()}"
            worker.registrations += 1
            self.lock.notify_all()
            response = pb.RegisterWorkerResponse(success=True, message="registered",
                                                 session_id=worker.session_id)
            response.worker_id.value = worker_id
            return response

    def UnregisterWorker(self, request: pb.UnregisterWorkerRequest, context: grpc.ServicerContext) -> pb.UnregisterWorkerResponse:
        with self.lock:
            worker = self.workers.get(request.worker_id.value)
            if worker is not None:
                worker.unregistered.append(request)
            self.lock.notify_all()
        return pb.UnregisterWorkerResponse(success=True, message="unregistered")

    def WorkerStream(self, request_iterator: Iterator[pb.WorkerMessage], context: grpc.ServicerContext) -> Iterator[pb.ServerMessage]:
        outbox: queue.Queue[Any] = queue.Queue()
        identified: list[WorkerRecord] = []
        reader = threading.Thread(target=self._read, args=(request_iterator, outbox, identified), daemon=True)
        reader.start()
        try:
            while context.is_active():
                try:
                    item = outbox.get(timeout=0.1)
                except queue.Empty:
                    continue
                if item is _END:
                    reader.join(5)  # what the worker sent is taken before the stream ends
                    return
                if item is _CUT:
                    context.abort(grpc.StatusCode.UNAVAILABLE, "stream cut by the stand-in")
                yield item
        finally:
            with self.lock:
                for worker in identified:
                    if worker.outbox is outbox:
                        worker.outbox = None
                self.lock.notify_all()

    def _read(self, requests: Iterator[pb.WorkerMessage], outbox: queue.Queue[Any],
              identified: list[WorkerRecord]) -> None:
        worker: WorkerRecord | None = None
        try:
            for message in requests:
                with self.lock:
                    kind = message.WhichOneof("payload")
                    if worker is None:
                        if kind == "heartbeat":
                            worker = self.workers.get(message.heartbeat.worker_id.value)
                        if worker is None:
                            if kind == "result":  # before the first heartbeat: not stored
                                for known in self.workers.values():
                                    known.dropped_results.append(message.result)
                            continue
                        identified.append(worker)
                        worker.outbox = outbox
                        worker.streams += 1
                        for job in self.jobs.values():
                            if job.worker_id == worker.worker_id and job.state == "QUEUED":
                                self._send_job(worker, job)
                    self._take(worker, kind, message, outbox)
                    self.lock.notify_all()
        except grpc.RpcError:
            pass
        finally:
            outbox.put(_END)

    def _send_job(self, worker: WorkerRecord, job: JobRecord) -> None:
        assert worker.outbox is not None
        job.state = "ASSIGNED"
        worker.outbox.put(pb.ServerMessage(run_job=job.command))

    def _take(self, worker: WorkerRecord, kind: str | None, message: pb.WorkerMessage,
              outbox: queue.Queue[Any]) -> None:
        if kind == "heartbeat":
            worker.heartbeats.append(message.heartbeat)
        elif kind == "ack":
            worker.acks.append(message.ack)
            job = self.jobs.get(message.ack.message_id.removeprefix("job-"))
            if job is not None and message.ack.success and job.state == "ASSIGNED":
                job.state = "RUNNING"
        elif kind == "log_batch":
            job = self.jobs.get(message.log_batch.job_id)
            if job is not None:
                entries = list(message.log_batch.entries)[:MAX_BATCH_ENTRIES]
                job.lines.extend(entries)
                if self.cut_on_line is not None and any(e.line == self.cut_on_line for e in entries):
                    self.cut_on_line = None
                    outbox.put(_CUT)
        elif kind == "result":
            job = self.jobs.get(message.result.job_id)
            if job is not None:
                job.results.append(message.result)
                outcome = message.result
                job.state = ("COMPLETED" if outcome.success else "TIMEOUT"
                             if outcome.error_message.startswith("TIMEOUT:") else "FAILED")
                if self.cut_on_result:
                    self.cut_on_result = False
                    outbox.put(_CUT)
                    return
                outbox.put(pb.ServerMessage(ack=pb.AckMessage(message_id=f"result-{outcome.job_id}",
                                                              success=True)))
        elif kind == "self_terminate":
            worker.self_terminate.append(message.self_terminate)


def serve(standin: StandIn, port: int = 0,
          credentials: grpc.ServerCredentials | None = None) -> tuple[grpc.Server, int]:
    """Serves ``standin`` on 127.0.0.1 (``port`` 0: any free one), in plaintext as the
    platform does, or with ``credentials``."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    pb_grpc.add_WorkerAgentServiceServicer_to_server(standin, server)
    address = f"127.0.0.1:{port}"
    bound = (server.add_secure_port(address, credentials) if credentials is not None
             else server.add_insecure_port(address))
    server.start()
    return server, bound


def agent_env(port: int, worker_id: str, token: str, job_id: str | None = None) -> dict[str, str]:
    """The environment the platform gives a worker container, for this stand-in."""
    env = {"HODEI_SERVER_ADDRESS": f"http://127.0.0.1:{port}", "HODEI_OTP_TOKEN": token,
           "HODEI_WORKER_ID": worker_id, "HODEI_WORKER_NAME": f"worker-{worker_id[:8]}",
           "HODEI_WORKER_MODE": "ephemeral"}
    if job_id:
        env["HODEI_JOB_ID"] = job_id
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.agent.standin", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--timeout-ms", type=int, default=0)
    parser.add_argument("--serve", action="store_true", help="only serve; print the agent's environment")
    parser.add_argument("--agent", default=None, metavar="COMMAND",
                        help="how to start the agent, its options appended (default: this "
                        "environment's hodei-worker agent; e.g. a podman run of the agent image "
                        "with -e for each HODEI_ variable)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    standin = StandIn()
    server, port = serve(standin, args.port)
    worker_id, token = standin.issue_token()
    env = agent_env(port, worker_id, token)
    if args.serve or not command:
        print(f"stand-in serving on 127.0.0.1:{port}; start an agent with:")
        print(" ".join(f"{k}={v}" for k, v in env.items()) + " hodei-worker agent --state-dir /tmp/hodei-agent")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            server.stop(0)
            return 0
    job = pb.RunJobCommand(timeout_ms=args.timeout_ms)
    job.command.shell.cmd, *rest = command
    job.command.shell.args.extend(rest)
    job_id = standin.submit(worker_id, job)
    state = os.path.join("/tmp", f"hodei-agent-{worker_id[:8]}")
    start = (shlex.split(args.agent) if args.agent
             else [os.path.join(os.path.dirname(sys.executable), "hodei-worker"), "agent"])
    agent = subprocess.Popen([*start, "--state-dir", state, "--log-level", "info"],
                             env={**os.environ, **env})
    shown = 0
    while agent.poll() is None or shown < len(standin.jobs[job_id].lines):
        with standin.lock:
            lines = standin.jobs[job_id].lines[shown:]
        for entry in lines:
            print(("stderr| " if entry.is_stderr else "stdout| ") + entry.line)
        shown += len(lines)
        time.sleep(0.1)
    record = standin.jobs[job_id]
    outcome = record.result
    print(f"job {job_id}: {record.state}" + (f" exit_code={outcome.exit_code} "
          f"error_message={outcome.error_message!r}" if outcome else ""))
    print(f"agent exited with status {agent.returncode}")
    server.stop(0)
    return 0 if record.state == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
