"""Delivery to the control plane: the outbox on disk, the publisher, and their security.

``Outbox`` and the address checks import no gRPC; ``Publisher`` (and ``open_channel``) do, so
they load when first asked for, only when something is to be sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lazy_attributes
from ._backoff import Backoff
from ._errors import AddressError, SpoolError, TransportError
from ._group_commit import GroupCommit
from ._outbox import Attachment, Outbox, Pending, Record
from ._security import Endpoint, check_address, endpoint, is_local, read_credential, read_token

if TYPE_CHECKING:
    from ._channel import CHANNEL_OPTIONS, open_channel
    from ._publisher import Publisher, RefusedError

_WITH_GRPC = {"CHANNEL_OPTIONS": "_channel", "open_channel": "_channel", "Publisher": "_publisher",
               "RefusedError": "_publisher"}


__getattr__ = lazy_attributes(__name__, _WITH_GRPC)

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
    "read_credential",
    "read_token",
]
