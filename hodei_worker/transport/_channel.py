"""gRPC channels to the control plane: the one place the client side builds credentials."""

from __future__ import annotations

from typing import Final

import grpc
import grpc.aio

from ._security import Endpoint

MAX_MESSAGE_BYTES: Final = 16 * 1024 * 1024
"""The largest message either side accepts (a batch is kept well below it)."""
CHANNEL_OPTIONS: Final = (
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    # Find a peer that vanished without closing the connection (a host gone, a cable pulled).
    ("grpc.keepalive_time_ms", 20_000),
    ("grpc.keepalive_timeout_ms", 10_000),
    ("grpc.keepalive_permit_without_calls", 1),
    # Reconnection is the publisher's, with its own backoff: fail fast, never queue silently.
    ("grpc.enable_retries", 0),
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 2_000),
)


def open_channel(ep: Endpoint) -> grpc.aio.Channel:
    """A channel to ``ep``: TLS (mutual when a certificate is given) or plaintext, as checked by
    :func:`~._security.endpoint`."""
    if ep.tls:
        creds = grpc.ssl_channel_credentials(root_certificates=ep.tls_ca,
                                             private_key=ep.tls_key,
                                             certificate_chain=ep.tls_cert)
        return grpc.aio.secure_channel(ep.address, creds, options=CHANNEL_OPTIONS)
    return grpc.aio.insecure_channel(ep.address, options=CHANNEL_OPTIONS)
