"""The transport's errors, translated once at the boundary from SQLite, OS and gRPC errors.

    TransportError
    ├── SpoolError        the outbox on disk cannot be opened, read or written
    └── AddressError      an address, credential or security option is unusable
"""

from __future__ import annotations


class TransportError(Exception):
    """Delivery to the control plane could not be arranged; the message says what and where."""


class SpoolError(TransportError):
    """The outbox on disk failed: unwritable directory, read-only file system, disk full."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"spool {path}: {reason}")
        self.path = path
        self.reason = reason


class AddressError(TransportError):
    """An address or a TLS/token option cannot be used; names the option."""

    def __init__(self, option: str, reason: str) -> None:
        super().__init__(f"{option}: {reason}")
        self.option = option
        self.reason = reason
