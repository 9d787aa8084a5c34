"""The reference control plane's gRPC server: ``ControlPlane`` and ``ControlPlaneAdmin``.

``PublishEvents`` stores every event of a batch (once per ``event_id``) before it acks any of
them, and acks resends too, so a worker that lost an ack forgets the event the second time.
A bearer token, when configured, is checked on every call before any handler runs.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import anyio
import grpc
import grpc.aio

from .. import _logging
from .._generated import control_plane_pb2, control_plane_pb2_grpc, events_pb2, session_pb2
from ..run import spec_problem
from ..transport import CHANNEL_OPTIONS, Endpoint
from . import _jobtable
from ._dispatch import Dispatcher, policy_from, policy_problem, spec_with_id
from ._policy import State
from ._store import EventStore

log = _logging.get_logger("hodei.controlplane")

STOP_GRACE_S: Final = 2.0
"""How long open calls may finish when the server stops."""


class ControlPlane(control_plane_pb2_grpc.ControlPlaneServicer):
    """Stores what workers publish, applies it to their jobs, and holds their sessions."""

    def __init__(self, store: EventStore, dispatcher: Dispatcher | None = None,
                 heartbeat_s: float = 5.0) -> None:
        self.store = store
        self.dispatcher = dispatcher
        self.heartbeat_s = heartbeat_s

    async def PublishEvents(self, request_iterator: AsyncIterator[events_pb2.EventBatch],  # noqa: N802 - the rpc's name
                            context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[events_pb2.EventAck]:
        async for batch in request_iterator:
            rows = [(env.event_id, env.SerializeToString()) for env in batch.events if env.event_id]
            if rows:
                # The envelopes as read: applying them needs no second parse.
                apply = (functools.partial(self.dispatcher.apply, parsed={
                    env.event_id: env for env in batch.events}) if self.dispatcher else None)
                await anyio.to_thread.run_sync(functools.partial(self.store.put, rows, apply=apply))
            yield events_pb2.EventAck(event_ids=[event_id for event_id, _ in rows])

    async def Connect(self, request_iterator: Any,  # noqa: N802 - the rpc's name
                      context: grpc.aio.ServicerContext[Any, Any]) -> None:
        if self.dispatcher is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "this control plane runs no jobs")
            return
        first = await context.read()
        if first is grpc.aio.EOF or first.WhichOneof("message") != "hello":
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the first message must be Hello")
            return
        if not first.hello.worker_id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "hello.worker_id: missing")
            return
        session = self.dispatcher.connect(first.hello)
        welcome = session_pb2.ControlMessage(welcome=session_pb2.Welcome())
        welcome.welcome.heartbeat_interval.FromMilliseconds(int(self.heartbeat_s * 1000))
        try:
            await context.write(welcome)
            async with anyio.create_task_group() as tg:
                async def read() -> None:
                    while True:
                        message = await context.read()
                        if message is grpc.aio.EOF:
                            break
                        if message.WhichOneof("message") == "heartbeat" and self.dispatcher:
                            self.dispatcher.heartbeat(session, message.heartbeat)
                    tg.cancel_scope.cancel()

                tg.start_soon(read)
                async for outgoing in session.receive:
                    await context.write(outgoing)
                tg.cancel_scope.cancel()
        finally:
            self.dispatcher.disconnect(session)


_STATES: Final = {State.QUEUED: control_plane_pb2.JOB_STATE_QUEUED,
                  State.RUNNING: control_plane_pb2.JOB_STATE_RUNNING,
                  State.SUCCEEDED: control_plane_pb2.JOB_STATE_SUCCEEDED,
                  State.FAILED: control_plane_pb2.JOB_STATE_FAILED,
                  State.CANCELLED: control_plane_pb2.JOB_STATE_CANCELLED}
_LISTED_STATES: Final = {state.value: value for state, value in _STATES.items()}
"""The states as stored, to the API's."""
_CANCELS: Final = {"dequeued": control_plane_pb2.CANCEL_OUTCOME_DEQUEUED,
                   "sent_to_worker": control_plane_pb2.CANCEL_OUTCOME_SENT_TO_WORKER,
                   "already_ended": control_plane_pb2.CANCEL_OUTCOME_ALREADY_ENDED,
                   "unknown_job": control_plane_pb2.CANCEL_OUTCOME_UNKNOWN_JOB}


class Admin(control_plane_pb2_grpc.ControlPlaneAdminServicer):
    """Lists what was stored; queues, lists and cancels jobs; serves their logs."""

    def __init__(self, store: EventStore, dispatcher: Dispatcher | None = None) -> None:
        self.store = store
        self.dispatcher = dispatcher

    async def _jobs(self, context: grpc.aio.ServicerContext[Any, Any]) -> Dispatcher:
        if self.dispatcher is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "this control plane runs no jobs")
        assert self.dispatcher is not None
        return self.dispatcher

    async def SubmitJob(self, request: control_plane_pb2.SubmitJobRequest,  # noqa: N802 - the rpc's name
                        context: grpc.aio.ServicerContext[Any, Any]) -> control_plane_pb2.SubmitJobResponse:
        dispatcher = await self._jobs(context)
        spec = spec_with_id(request.spec, request.spec.job_id or "pending")
        problem = spec_problem(spec)
        if problem:
            problem = problem if problem.startswith("spec:") else f"spec.{problem}"
        else:
            problem = policy_problem(request.retry_policy)
        if problem:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, problem)
        job_id = await anyio.to_thread.run_sync(dispatcher.submit, request.spec,
                                                policy_from(request.retry_policy))
        if job_id is None:
            await context.abort(grpc.StatusCode.ALREADY_EXISTS, f"job {request.spec.job_id} exists")
        return control_plane_pb2.SubmitJobResponse(job_id=job_id)

    async def ListJobs(self, request: control_plane_pb2.ListJobsRequest,  # noqa: N802 - the rpc's name
                       context: grpc.aio.ServicerContext[Any, Any]) -> control_plane_pb2.ListJobsResponse:
        await self._jobs(context)
        rows = await anyio.to_thread.run_sync(
            lambda: self.store.read(lambda db: _jobtable.listing(db, request.job_id)))
        record = control_plane_pb2.JobRecord
        return control_plane_pb2.ListJobsResponse(jobs=[
            record(job_id=job_id, state=_LISTED_STATES[state], worker_id=worker_id,
                   exit_code=exit_code, error_code=error_code or "ERROR_CODE_UNSPECIFIED",
                   attempts=attempts, name=name, output_incomplete=bool(incomplete))
            for job_id, state, worker_id, exit_code, error_code, attempts, name, incomplete in rows])

    async def GetLogs(self, request: control_plane_pb2.GetLogsRequest,  # noqa: N802 - the rpc's name
                      context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[events_pb2.LogChunk]:
        await self._jobs(context)

        def read(db: Any) -> tuple[bool, list[tuple[int, int, bytes]]]:
            return _jobtable.get(db, request.job_id) is not None, _jobtable.logs(db, request.job_id)

        known, chunks = await anyio.to_thread.run_sync(lambda: self.store.transaction(read))
        if not known:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"no job {request.job_id}")
        for stream, offset, data in chunks:
            yield events_pb2.LogChunk(job_id=request.job_id, stream=stream, offset=offset, data=data)  # type: ignore[arg-type]

    async def CancelJob(self, request: control_plane_pb2.CancelJobRequest,  # noqa: N802 - the rpc's name
                        context: grpc.aio.ServicerContext[Any, Any]) -> control_plane_pb2.CancelJobResponse:
        dispatcher = await self._jobs(context)
        what = await anyio.to_thread.run_sync(dispatcher.cancel, request.job_id,
                                              request.reason or "cancelled by an operator")
        return control_plane_pb2.CancelJobResponse(outcome=_CANCELS[what])

    async def ListEvents(self, request: control_plane_pb2.ListEventsRequest,  # noqa: N802 - the rpc's name
                         context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[control_plane_pb2.StoredEvent]:
        rows = await anyio.to_thread.run_sync(self.store.list, request.after_sequence, request.limit)
        for row in rows:
            stored = control_plane_pb2.StoredEvent(sequence=row.seq)
            stored.received_at.FromDatetime(datetime.fromtimestamp(row.received_at, UTC))
            stored.envelope.ParseFromString(row.payload)
            yield stored


class TokenCheck(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Refuses every call without ``authorization: Bearer <token>`` with UNAUTHENTICATED."""

    def __init__(self, token: str) -> None:
        self._expected = f"Bearer {token}".encode()

    def _allowed(self, metadata: Any) -> bool:
        for key, value in metadata or ():
            if key == "authorization":
                given = value.encode() if isinstance(value, str) else bytes(value)
                return hmac.compare_digest(given, self._expected)
        return False

    async def intercept_service(self, continuation: Callable[[Any], Awaitable[Any]],
                                details: grpc.HandlerCallDetails) -> Any:
        handler = await continuation(details)
        if handler is None or self._allowed(details.invocation_metadata):
            return handler
        return _refusal(handler)


def _refusal(handler: Any) -> Any:
    async def refuse(_request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> None:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, "a valid bearer token is required")

    make = {
        (False, False): grpc.unary_unary_rpc_method_handler,
        (False, True): grpc.unary_stream_rpc_method_handler,
        (True, False): grpc.stream_unary_rpc_method_handler,
        (True, True): grpc.stream_stream_rpc_method_handler,
    }[(handler.request_streaming, handler.response_streaming)]
    return make(refuse, request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer)


@dataclass(frozen=True, slots=True)
class Listening:
    """Where the server listens, once it does."""

    address: str
    """The address bound, with the port the kernel chose when ``:0`` was asked for."""
    security: str
    """``plaintext``, ``TLS`` or ``mutual TLS``."""


def _security(ep: Endpoint) -> str:
    if not ep.tls:
        return "plaintext"
    return "mutual TLS" if ep.tls_ca else "TLS"


def _port_free(address: str) -> None:
    """Raises RuntimeError naming why when ``address`` (HOST:PORT, a port other than 0) cannot be
    bound: another server holds it. (gRPC would say so only in a log line of its own.)"""
    import socket

    host, _, port = address.rpartition(":")
    if address.startswith("unix:") or port == "0":
        return
    try:
        found = socket.getaddrinfo(host.strip("[]"), int(port), type=socket.SOCK_STREAM)
    except (OSError, ValueError):
        return  # gRPC says what is wrong with it
    for family, kind, proto, _, where in found:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(where)
            except OSError as exc:
                raise RuntimeError(exc.strerror or str(exc)) from None


async def serve(ep: Endpoint, store: EventStore,
                ready: Callable[[Listening], None] | None = None, *,
                heartbeat_s: float = 5.0, worker_timeout_s: float = 30.0) -> None:
    """Serves until cancelled, then stops within :data:`STOP_GRACE_S`. ``ep`` is the listen
    address with this server's certificate and key, the CA that signs client certificates
    (requiring them), and the token to require."""
    _port_free(ep.address)
    interceptors = [TokenCheck(ep.token)] if ep.token else []
    # No SO_REUSEPORT: a second server on a port in use must fail to bind, not share it.
    server = grpc.aio.server(interceptors=interceptors,
                             options=(*CHANNEL_OPTIONS, ("grpc.so_reuseport", 0)))
    dispatcher = Dispatcher(store, worker_timeout_s=worker_timeout_s)
    control_plane_pb2_grpc.add_ControlPlaneServicer_to_server(ControlPlane(store, dispatcher, heartbeat_s), server)  # type: ignore[no-untyped-call]
    control_plane_pb2_grpc.add_ControlPlaneAdminServicer_to_server(Admin(store, dispatcher), server)  # type: ignore[no-untyped-call]
    if ep.tls:
        assert ep.tls_key is not None
        assert ep.tls_cert is not None
        creds = grpc.ssl_server_credentials([(ep.tls_key, ep.tls_cert)],
                                            root_certificates=ep.tls_ca,
                                            require_client_auth=ep.tls_ca is not None)
        port = server.add_secure_port(ep.address, creds)
    else:
        port = server.add_insecure_port(ep.address)
    address = ep.address
    if not address.startswith("unix:"):
        address = f"{address.rsplit(':', 1)[0]}:{port}"
    await server.start()
    try:
        log.info("controlplane.listening", address=address, security=_security(ep), db=store.path)
        async with anyio.create_task_group() as tg:
            await tg.start(dispatcher.run)
            if ready is not None:
                ready(Listening(address, _security(ep)))
            await server.wait_for_termination()
            tg.cancel_scope.cancel()
    finally:
        with anyio.CancelScope(shield=True):
            await server.stop(STOP_GRACE_S)
