"""The control plane's event store: SQLite, each ``event_id`` stored once, fsynced before ack."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, TypeVar

from . import _jobtable

T = TypeVar("T")

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    payload BLOB NOT NULL
);
"""


def add_event(db: sqlite3.Connection, event_id: str, payload: bytes, moment: float) -> None:
    """Stores one event the control plane itself records (inside the caller's transaction),
    once per id."""
    db.execute("INSERT OR IGNORE INTO events (event_id, received_at, payload) VALUES (?, ?, ?)",
               (event_id, moment, payload))


@dataclass(frozen=True, slots=True)
class StoredRow:
    """One stored event."""

    seq: int
    received_at: float
    payload: bytes


PAGE_SIZE: Final = 8_192
"""SQLite's page size for a new store: log chunks of up to 256 KiB are chains of overflow pages,
shorter with larger pages, while every commit of small events writes whole pages. Measured
here (noisy): against the default 4 KiB, 16 KiB pages stored logs about 10% faster and small
durable events about 12% slower; 8 KiB took most of the first and none of the second."""


def _private(path: str) -> None:
    """Makes the database file (and the WAL and shared-memory files beside it, which SQLite
    makes with the database's mode) readable by its owner only: it holds every job's output
    and every event. Made so when new, and set so when found with more."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):
        try:
            fd = os.open(path + suffix, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if os.fstat(fd).st_mode & 0o077:
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)


class EventStore:
    """Events in an SQLite file (WAL, ``synchronous=FULL``): :meth:`put` returns once they are
    on disk, so an ack sent after it is never a lie."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        _private(self.path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=10)
        self._db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file only: WAL fixes it
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA + _jobtable.SCHEMA)
        self._lock = threading.Lock()
        self.transaction(_jobtable.upgrade)

    def close(self) -> None:
        """Closes the file."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def put(self, events: Sequence[tuple[str, bytes]], now: float | None = None,
            apply: Callable[[sqlite3.Connection, list[tuple[str, bytes]]], dict[str, bytes]] | None = None,
            ) -> int:
        """Stores each (event_id, payload) not stored before, and hands the new ones to
        ``apply`` first, all in one transaction; ``apply`` may return a smaller payload to
        store for some events (their bulk kept elsewhere). Returns how many were new."""
        moment = time.time() if now is None else now
        with self._transaction() as db:
            ids = [event_id for event_id, _ in events]
            known: set[str] = set()
            for start in range(0, len(ids), 500):
                part = ids[start:start + 500]
                known.update(row[0] for row in db.execute(
                    f"SELECT event_id FROM events WHERE event_id IN ({','.join('?' * len(part))})", part))
            fresh = [(event_id, payload) for event_id, payload in dict(events).items()
                     if event_id not in known]
            stored = apply(db, fresh) if apply is not None and fresh else {}
            db.executemany("INSERT INTO events (event_id, received_at, payload) VALUES (?, ?, ?)",
                           ((event_id, moment, stored.get(event_id, payload))
                            for event_id, payload in fresh))
            return len(fresh)

    def transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Runs ``work`` with the connection inside one transaction."""
        with self._transaction() as db:
            return work(db)

    def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Runs ``work``, which only reads (one statement: it sees one state of the file),
        without taking the write lock that :meth:`transaction` takes."""
        with self._lock:
            return work(self._db)

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
