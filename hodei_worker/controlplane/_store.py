"""The control plane's event store: SQLite, each ``event_id`` stored once, fsynced before ack."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    payload BLOB NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class StoredRow:
    """One stored event."""

    seq: int
    received_at: float
    payload: bytes


class EventStore:
    """Events in an SQLite file (WAL, ``synchronous=FULL``): :meth:`put` returns once they are
    on disk, so an ack sent after it is never a lie."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        """Closes the file."""
        with self._lock:
            self._db.close()

    def put(self, events: Sequence[tuple[str, bytes]], now: float | None = None) -> int:
        """Stores each (event_id, payload) not stored before, in one transaction; returns how
        many were new."""
        moment = time.time() if now is None else now
        with self._lock:
            before = self._db.total_changes
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR IGNORE INTO events (event_id, received_at, payload) VALUES (?, ?, ?)",
                    ((event_id, moment, payload) for event_id, payload in events))
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            return self._db.total_changes - before

    def list(self, after_seq: int = 0, limit: int = 0) -> list[StoredRow]:
        """Stored events after ``after_seq``, oldest first; only the newest ``limit`` if set."""
        with self._lock:
            if limit > 0:
                rows = self._db.execute(
                    "SELECT * FROM (SELECT seq, received_at, payload FROM events WHERE seq > ? "
                    "ORDER BY seq DESC LIMIT ?) ORDER BY seq", (after_seq, limit)).fetchall()
            else:
                rows = self._db.execute(
                    "SELECT seq, received_at, payload FROM events WHERE seq > ? ORDER BY seq",
                    (after_seq,)).fetchall()
        return [StoredRow(*row) for row in rows]

    def count(self) -> int:
        """How many events are stored."""
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])
