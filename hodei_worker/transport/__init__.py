"""Delivery to the control plane: the outbox on disk, the publisher, and their security.

``Outbox`` and the address checks import no gRPC; ``Publisher`` (and ``open_channel``) do, so
they load when first asked for, only when something is to be sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._backoff import Backoff
from ._errors import AddressError, SpoolError, TransportError
from ._group_commit import GroupCommit
from ._outbox import Attachment, Outbox, Pending, Record
from ._security import Endpoint, check_address, endpoint, is_local, read_token

if TYPE_CHECKING:
    from ._channel import CHANNEL_OPTIONS, open_channel
    from ._publisher import Publisher, RefusedError

_WITH_GRPC = {"CHANNEL_OPTIONS": "_channel", "open_channel": "_channel", "Publisher": "_publisher",
               "RefusedError": "_publisher"}


def __getattr__(name: str) -> Any:
    """The names that import gRPC, imported when first asked for."""
    module = _WITH_GRPC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    "CHANNEL_OPTIONS",
    "AddressError",
    "Attachment",
    "Backoff",
    "Endpoint",
    "GroupCommit",
    "Outbox",
    "Pending",
    "Publisher",
    "Record",
    "RefusedError",
    "SpoolError",
    "TransportError",
    "check_address",
    "endpoint",
    "is_local",
    "open_channel",
    "read_token",
]
