"""The worker's session with the control plane (``ControlPlane.Connect``): the one module that
speaks the session protocol, so another protocol can be added beside it without touching
supervision.

It introduces the worker (``Hello`` with the jobs it holds), heartbeats at the interval the
control plane asks for, and hands each request to the worker; the jobs of a ``RunJobs`` (which
its Hello says it accepts) one by one, in order, as if each came in a ``RunJob``. Messages are
parsed here, one by one, so a malformed one is answered (``ERR_2005``) and the session stays
up. After any failure it reconnects with backoff and full jitter, and introduces itself again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol

import anyio
import grpc
import grpc.aio
from google.protobuf.message import DecodeError

from .. import _logging
from .._generated import session_pb2
from ..transport import Backoff, Endpoint, RefusedError, open_channel

log = _logging.get_logger("hodei.daemon.session")

METHOD: Final = "/hodei.worker.v1.ControlPlane/Connect"
REFUSED: Final = frozenset({grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.PERMISSION_DENIED})
"""What the control plane answers a worker whose token or certificate it does not take."""
DEFAULT_HEARTBEAT_S: Final = 5.0


class Handler(Protocol):
    """What the session needs of the worker."""

    def hello(self) -> session_pb2.Hello: ...
    def heartbeat(self) -> session_pb2.Heartbeat: ...
    async def run_job(self, message: session_pb2.RunJob) -> None: ...
    async def cancel_job(self, message: session_pb2.CancelJob) -> None: ...
    async def drain(self, message: session_pb2.Drain) -> None: ...
    async def malformed(self, reason: str) -> None: ...


@dataclass
class SessionState:
    """What the session has seen, for heartbeats and tests."""

    connected: bool = False
    connections: int = 0
    last_error: str | None = None


class Session:
    """Holds the session until cancelled."""

    def __init__(self, endpoint: Endpoint, handler: Handler, backoff: Backoff | None = None) -> None:
        self.endpoint = endpoint
        self.handler = handler
        self.backoff = backoff or Backoff(base_s=0.2, cap_s=10.0)
        self.state = SessionState()
        self._dispatch: dict[str, Callable[[Any], Awaitable[None]]] = {
            "run_job": handler.run_job,
            "run_jobs": self._run_jobs,
            "cancel_job": handler.cancel_job,
            "drain": handler.drain,
        }

    async def run(self) -> None:
        """Holds the session, reconnecting after failures. Raises RefusedError when the
        control plane refuses the worker's credentials before it ever welcomed it: no retry
        helps (a refusal later, a token rotated on one side, is retried like any failure)."""
        failures = 0
        ever_welcomed = False
        while True:
            channel = open_channel(self.endpoint)
            welcomed = False
            try:
                self.state.connections += 1
                welcomed = await self._session(channel)
            except grpc.aio.AioRpcError as exc:
                self.state.last_error = f"{exc.code().name}: {exc.details()}"
                if exc.code() in REFUSED and not ever_welcomed:
                    raise RefusedError(f"the control plane at {self.endpoint.address} refused "
                                       f"this worker: {self.state.last_error}") from None
                log.info("session.lost", address=self.endpoint.address, error=self.state.last_error)
            finally:
                self.state.connected = False
                with anyio.CancelScope(shield=True), anyio.move_on_after(2):
                    await channel.close()
            ever_welcomed = ever_welcomed or welcomed
            failures = 0 if welcomed else failures + 1
            await anyio.sleep(self.backoff.delay(failures))

    async def _session(self, channel: grpc.aio.Channel) -> bool:
        call = channel.stream_stream(METHOD, request_serializer=session_pb2.WorkerMessage.SerializeToString,
                                     response_deserializer=None)(metadata=self.endpoint.metadata())
        welcomed = False
        try:
            hello = self.handler.hello()
            hello.accepts_run_jobs = True  # unpacked here, by _run_jobs
            await call.write(session_pb2.WorkerMessage(hello=hello))
            interval = DEFAULT_HEARTBEAT_S
            async with anyio.create_task_group() as tg:
                async for raw in call:
                    try:
                        message = session_pb2.ControlMessage.FromString(raw)
                        kind = message.WhichOneof("message")
                    except DecodeError as exc:
                        await self.handler.malformed(f"a ControlMessage that does not parse: {exc}")
                        continue
                    if kind == "welcome":
                        if message.welcome.HasField("heartbeat_interval"):
                            interval = max(message.welcome.heartbeat_interval.ToMilliseconds() / 1000, 0.1)
                        if not welcomed:
                            welcomed = True
                            self.state.connected = True
                            log.info("session.welcomed", address=self.endpoint.address)
                            tg.start_soon(self._heartbeats, call, interval)
                    elif kind in self._dispatch:
                        await self._dispatch[kind](getattr(message, kind))
                    else:
                        await self.handler.malformed(f"a ControlMessage with no known message ({kind})")
                tg.cancel_scope.cancel()
        except BaseExceptionGroup as group:
            found, _ = group.split(grpc.aio.AioRpcError)
            if found is None:
                raise
            while isinstance(found, BaseExceptionGroup):
                found = found.exceptions[0]
            raise found from None
        finally:
            call.cancel()
        return welcomed

    async def _run_jobs(self, message: session_pb2.RunJobs) -> None:
        if not message.jobs:
            await self.handler.malformed("a RunJobs with no job")
            return
        for job in message.jobs:
            await self.handler.run_job(job)

    async def _heartbeats(self, call: Any, interval: float) -> None:
        while True:
            await call.write(session_pb2.WorkerMessage(heartbeat=self.handler.heartbeat()))
            await anyio.sleep(interval)
