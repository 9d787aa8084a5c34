"""A scripted control plane for the worker daemon's tests: a real gRPC server on loopback whose
``Connect`` sends exactly what the test says (raw bytes too, so malformed messages can be
sent, which a correct control plane never does) and whose ``PublishEvents`` stores and acks
like the reference one. Its store outlives :meth:`Peer.restart`, as a database would."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
from conftest import clean_env, wait_for
from google.protobuf.message import Message

from hodei_worker._generated import events_pb2, jobs_pb2, session_pb2

_SERVICE = "hodei.worker.v1.ControlPlane"


class Peer:
    """The control plane the worker talks to, scripted by the test."""

    def __init__(self, heartbeat_s: float = 0.5) -> None:
        self.heartbeat_s = heartbeat_s
        self.events: dict[str, events_pb2.EventEnvelope] = {}
        self.arrivals: list[str] = []
        """Event ids in the order they were first stored."""
        self.resent = 0
        self.hellos: list[session_pb2.Hello] = []
        self.heartbeats: list[session_pb2.Heartbeat] = []
        self._outgoing: queue.Queue[bytes] = queue.Queue()
        self._lock = threading.Lock()
        self.port = 0
        self._server: grpc.Server | None = None
        self.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        handlers = {
            "PublishEvents": grpc.stream_stream_rpc_method_handler(
                self._publish, request_deserializer=events_pb2.EventBatch.FromString,
                response_serializer=events_pb2.EventAck.SerializeToString),
            "Connect": grpc.stream_stream_rpc_method_handler(
                self._connect, request_deserializer=session_pb2.WorkerMessage.FromString,
                response_serializer=None),
        }
        server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(_SERVICE, handlers)])
        self.port = server.add_insecure_port(f"127.0.0.1:{self.port}")
        server.start()
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop(0).wait()
            self._server = None

    def restart(self) -> None:
        """Down and up again on the same port, keeping what was stored."""
        self.stop()
        self.start()

    def _publish(self, batches: Iterator[events_pb2.EventBatch], context: Any) -> Iterator[events_pb2.EventAck]:
        for batch in batches:
            with self._lock:
                for env in batch.events:
                    if env.event_id in self.events:
                        self.resent += 1
                    else:
                        self.events[env.event_id] = env
                        self.arrivals.append(env.event_id)
            yield events_pb2.EventAck(event_ids=[e.event_id for e in batch.events])

    def _connect(self, messages: Iterator[session_pb2.WorkerMessage], context: Any) -> Iterator[bytes]:
        first = next(messages)
        with self._lock:
            self.hellos.append(first.hello)
        welcome = session_pb2.ControlMessage(welcome=session_pb2.Welcome())
        welcome.welcome.heartbeat_interval.FromMilliseconds(int(self.heartbeat_s * 1000))
        yield welcome.SerializeToString()

        def read() -> None:
            try:
                for message in messages:
                    if message.HasField("heartbeat"):
                        with self._lock:
                            self.heartbeats.append(message.heartbeat)
            except grpc.RpcError:
                pass  # the session ended: the worker reconnects, or the test is over

        threading.Thread(target=read, daemon=True).start()
        while context.is_active():
            try:
                yield self._outgoing.get(timeout=0.1)
            except queue.Empty:
                continue

    # --- the test's side -------------------------------------------------------------------

    def send(self, message: Message | bytes) -> None:
        """Sends a ControlMessage (or raw bytes) on the current session."""
        self._outgoing.put(message if isinstance(message, bytes) else message.SerializeToString())

    def run(self, job_id: str, *argv: str, shell: str | None = None, **fields: Any) -> None:
        """Sends RunJob for a job."""
        spec = jobs_pb2.JobSpec(job_id=job_id, attempt=1, **fields)
        if shell is not None:
            spec.shell_script = shell
        else:
            spec.argv.args.extend(argv)
        self.send(session_pb2.ControlMessage(run_job=session_pb2.RunJob(spec=spec)))

    def cancel(self, job_id: str, reason: str = "test") -> None:
        self.send(session_pb2.ControlMessage(cancel_job=session_pb2.CancelJob(job_id=job_id, reason=reason)))

    def of(self, job_id: str, kind: str) -> list[Any]:
        """The stored events of ``kind`` for ``job_id``, in arrival order."""
        with self._lock:
            found = [self.events[i] for i in self.arrivals]
        return [getattr(e, kind) for e in found if e.WhichOneof("event") == kind
                and getattr(e, kind).job_id == job_id]

    def ended(self, job_id: str) -> Any:
        """The job's terminal event, once it arrived (JobCompleted, JobExecutionError or
        JobCancelled)."""
        for kind in ("job_completed", "job_execution_error", "job_cancelled"):
            found = self.of(job_id, kind)
            if found:
                return found[0]
        return None

    def wait_ended(self, job_id: str, timeout: float = 60) -> Any:
        return wait_for(lambda: self.ended(job_id), timeout, what=f"job {job_id} to end")

    def output(self, job_id: str, stream: int = events_pb2.LOG_STREAM_STDOUT) -> bytes:
        """The job's stream reassembled from its chunks (checked contiguous)."""
        chunks = sorted((c for c in self.of(job_id, "log_chunk") if c.stream == stream),
                        key=lambda c: c.offset)
        data = b""
        for chunk in chunks:
            assert chunk.offset == len(data), f"gap or overlap at {chunk.offset} (have {len(data)})"
            data += chunk.data
        return data

    def wait_connected(self, count: int = 1, timeout: float = 30) -> session_pb2.Hello:
        wait_for(lambda: len(self.hellos) >= count, timeout, what=f"hello #{count}")
        return self.hellos[count - 1]


HODEI_WORKER = Path(sys.executable).with_name("hodei-worker")


class Daemon:
    """One ``hodei-worker`` process with its state directory."""

    def __init__(self, tmp_path: Path, address: str, *extra: str, env: dict[str, str] | None = None) -> None:
        self.state = tmp_path / "state"
        self.log = tmp_path / "worker.log"
        self.args = [str(HODEI_WORKER), "--control-plane", address, "--state-dir", str(self.state),
                     "--worker-id", "w-test", "--log-format", "json", *extra]
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Daemon:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         env=clean_env(self.env))
        return self

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 60) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
