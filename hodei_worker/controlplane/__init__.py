"""The reference control plane: stores what workers publish, once each, and lists it.

It is what the tests talk to over real sockets and what a newcomer runs to see the whole path
on one machine (``hodei-control-plane serve``); a production control plane implements the same
``hodei.worker.v1`` services.
"""

from ._server import Listening, serve
from ._store import EventStore, StoredRow

__all__ = ["EventStore", "Listening", "StoredRow", "serve"]
