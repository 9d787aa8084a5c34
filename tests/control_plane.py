"""A real ``hodei-control-plane serve`` process for tests, a gRPC peer that never acks, and a
relay that records what the control plane tells a worker.

The control plane runs as its own process so a test can kill it with SIGKILL and start it again
on the same port and database, as an outage would."""

from __future__ import annotations

import contextlib
import os
import re
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

from hodei_worker._generated import events_pb2, session_pb2
from hodei_worker.controlplane import EventStore

CONTROL_PLANE = Path(sys.executable).with_name("hodei-control-plane")
_LISTENING = re.compile(rb"listening on (\S+) ")


class ControlPlaneProcess:
    """``hodei-control-plane serve`` on loopback, storing into ``db``."""

    def __init__(self, db: Path, log: Path, extra: tuple[str, ...] = ()) -> None:
        self.db = db
        self.log = log
        self.extra = extra
        self.address = "127.0.0.1:0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> str:
        """Starts it (on the port it had before, if any); returns its address once it listens."""
        with self.log.open("ab") as log:
            start = log.tell()
            self.proc = subprocess.Popen(
                [str(CONTROL_PLANE), "serve", "--listen", self.address, "--db", str(self.db),
                 *self.extra], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                env=clean_env())

        def listening() -> str | None:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"control plane exited: {self.log.read_bytes()[start:]!r}")
            found = _LISTENING.search(self.log.read_bytes()[start:])
            return found.group(1).decode() if found else None

        self.address = wait_for(listening, what="the control plane to listen")
        return self.address

    def kill(self) -> None:
        """SIGKILL, as a crash would: nothing is flushed or closed gracefully."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        """SIGTERM, and wait for a clean exit."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def stored(self) -> list[events_pb2.EventEnvelope]:
        """Every event the control plane stored, oldest first (read from its database)."""
        if not self.db.exists():
            return []
        store = EventStore(self.db)
        try:
            rows = store.list()
        finally:
            store.close()
        return [events_pb2.EventEnvelope.FromString(row.payload) for row in rows]


@contextlib.contextmanager
def control_plane(tmp_path: Path, *extra: str) -> Iterator[ControlPlaneProcess]:
    """A running control plane, stopped at the end."""
    cp = ControlPlaneProcess(tmp_path / "control-plane.sqlite3", tmp_path / "control-plane.log", extra)
    cp.start()
    try:
        yield cp
    finally:
        cp.stop()


class NeverAcks:
    """A ``PublishEvents`` peer that reads every batch and never acknowledges anything: the
    control plane that stores nothing, or whose acks are lost. (A fault that a correct server
    cannot be made to produce, so it is written here for the test.)"""

    def __init__(self) -> None:
        self.received: list[str] = []
        self._lock = threading.Lock()
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
        handler = grpc.stream_stream_rpc_method_handler(
            self._publish, request_deserializer=events_pb2.EventBatch.FromString,
            response_serializer=events_pb2.EventAck.SerializeToString)
        self._server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(
            "hodei.worker.v1.ControlPlane", {"PublishEvents": handler})])
        port = self._server.add_insecure_port("127.0.0.1:0")
        self.address = f"127.0.0.1:{port}"

    def _publish(self, batches: Iterator[events_pb2.EventBatch], context: Any) -> Iterator[events_pb2.EventAck]:
        for batch in batches:
            with self._lock:
                self.received.extend(env.event_id for env in batch.events)
        return iter(())

    def __enter__(self) -> NeverAcks:
        self._server.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.stop(0)


class WireTap:
    """A relay between a worker and the control plane: every ``ControlPlane`` call passes
    through unchanged, byte for byte, and the messages the control plane sends on ``Connect``
    sessions are recorded as they go by, so a test sees what travelled on the wire."""

    def __init__(self, upstream: str) -> None:
        self.received: list[session_pb2.ControlMessage] = []
        self._lock = threading.Lock()
        self._upstream = grpc.insecure_channel(upstream)
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        handlers = {name: grpc.stream_stream_rpc_method_handler(self._relay(name, record))
                    for name, record in (("Connect", True), ("PublishEvents", False))}
        self._server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(
            "hodei.worker.v1.ControlPlane", handlers)])
        port = self._server.add_insecure_port("127.0.0.1:0")
        self.address = f"127.0.0.1:{port}"

    def _relay(self, name: str, record: bool) -> Any:
        method = self._upstream.stream_stream(f"/hodei.worker.v1.ControlPlane/{name}")

        def relay(requests: Iterator[bytes], context: Any) -> Iterator[bytes]:
            call = method(requests)
            context.add_callback(call.cancel)
            try:
                for raw in call:
                    if record:
                        with self._lock:
                            self.received.append(session_pb2.ControlMessage.FromString(raw))
                    yield raw
            except grpc.RpcError as exc:
                if exc.code() != grpc.StatusCode.CANCELLED:
                    context.abort(exc.code(), exc.details() or "")
        return relay

    def runs(self) -> list[session_pb2.ControlMessage]:
        """The RunJob and RunJobs messages that went by, in order."""
        with self._lock:
            return [m for m in self.received if m.WhichOneof("message") in ("run_job", "run_jobs")]

    def __enter__(self) -> WireTap:
        self._server.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.stop(0).wait()
        self._upstream.close()


def spool_count(spool: Path) -> int:
    """How many events a spool holds (0 when it has no outbox yet)."""
    from hodei_worker.transport import Outbox

    if not (spool / "outbox.sqlite3").exists():
        return 0
    with Outbox(spool) as outbox:
        return outbox.count()


def pids_alive(*pids: int) -> bool:
    """Whether any of ``pids`` still exists."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 0)
            return True
    return False
