"""The reference control plane's gRPC server: ``ControlPlane`` and ``ControlPlaneAdmin``.

``PublishEvents`` stores every event of a batch (once per ``event_id``) before it acks any of
them, and acks resends too, so a worker that lost an ack forgets the event the second time.
A bearer token, when configured, is checked on every call before any handler runs.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import anyio
import grpc
import grpc.aio

from .. import _logging
from .._generated import control_plane_pb2, control_plane_pb2_grpc, events_pb2
from ..transport import Endpoint
from ..transport._channel import CHANNEL_OPTIONS
from ._store import EventStore

log = _logging.get_logger("hodei.controlplane")

STOP_GRACE_S: Final = 2.0
"""How long open calls may finish when the server stops."""


class ControlPlane(control_plane_pb2_grpc.ControlPlaneServicer):
    """Stores what workers publish."""

    def __init__(self, store: EventStore) -> None:
        self.store = store

    async def PublishEvents(self, request_iterator: AsyncIterator[events_pb2.EventBatch],  # noqa: N802 - the rpc's name
                            context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[events_pb2.EventAck]:
        async for batch in request_iterator:
            rows = [(env.event_id, env.SerializeToString()) for env in batch.events if env.event_id]
            if rows:
                await anyio.to_thread.run_sync(self.store.put, rows)
            yield events_pb2.EventAck(event_ids=[event_id for event_id, _ in rows])


class Admin(control_plane_pb2_grpc.ControlPlaneAdminServicer):
    """Lists what was stored."""

    def __init__(self, store: EventStore) -> None:
        self.store = store

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


async def serve(ep: Endpoint, store: EventStore,
                ready: Callable[[Listening], None] | None = None) -> None:
    """Serves until cancelled, then stops within :data:`STOP_GRACE_S`. ``ep`` is the listen
    address with this server's certificate and key, the CA that signs client certificates
    (requiring them), and the token to require."""
    interceptors = [TokenCheck(ep.token)] if ep.token else []
    server = grpc.aio.server(interceptors=interceptors, options=CHANNEL_OPTIONS)
    control_plane_pb2_grpc.add_ControlPlaneServicer_to_server(ControlPlane(store), server)  # type: ignore[no-untyped-call]
    control_plane_pb2_grpc.add_ControlPlaneAdminServicer_to_server(Admin(store), server)  # type: ignore[no-untyped-call]
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
        if ready is not None:
            ready(Listening(address, _security(ep)))
        await server.wait_for_termination()
    finally:
        with anyio.CancelScope(shield=True):
            await server.stop(STOP_GRACE_S)
