"""Delivery to the control plane: the outbox on disk, the publisher, and their security.

``Outbox`` and the address checks import no gRPC; ``Publisher`` (and ``open_channel``) do, so
import them from their modules only when something is to be sent.
"""

from ._backoff import Backoff
from ._errors import AddressError, SpoolError, TransportError
from ._group_commit import GroupCommit
from ._outbox import Attachment, Outbox, Pending, Record
from ._security import Endpoint, endpoint, is_local, read_token

__all__ = [
    "AddressError",
    "Attachment",
    "Backoff",
    "Endpoint",
    "GroupCommit",
    "Outbox",
    "Pending",
    "Record",
    "SpoolError",
    "TransportError",
    "endpoint",
    "is_local",
    "read_token",
]
