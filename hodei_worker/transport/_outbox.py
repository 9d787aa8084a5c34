"""The outbox: events committed to disk before any attempt to send them, deleted on their ack.

One SQLite file in WAL mode, ``synchronous=FULL``: once :meth:`Outbox.append` returns, the
events survive a crash of the process and of the machine. Rows are read back in the order they
were appended (so the order of each job's events is kept), many at a time, never all at once.
Several processes may share one outbox (each hodei-run appends, ``flush`` or a daemon sends);
SQLite's locking serialises their writes.

A log chunk's bytes need not be copied in: a record may name them as a range of a file
(:class:`Attachment`) that its writer keeps, unchanged, until the event is acknowledged (the
daemon's job output files, which the chunks' offsets number anyway). Only the chunk's head is
stored; the bytes are read from the file when the event is read back to be sent.

The size cap is soft and applies only to droppable events (progress, logs): when the file holds
more than ``max_bytes``, a droppable event is refused and counted, and the count travels as an
``EventsDropped`` event as soon as there is room again. Terminal events are never dropped: they
are written whatever the cap, and fail loudly only when the disk itself refuses them.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .. import _logging
from ._errors import SpoolError

log = _logging.get_logger("hodei.transport.outbox")

FILE_NAME: Final = "outbox.sqlite3"
DEFAULT_MAX_BYTES: Final = 256 * 1024 * 1024
"""The soft cap on the outbox file: droppable events are refused above it."""
BUSY_TIMEOUT_MS: Final = 10_000
"""How long a writer waits for another process's transaction before it gives up."""

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    job_id TEXT NOT NULL,
    terminal INTEGER NOT NULL,
    payload BLOB NOT NULL,
    data_path TEXT,
    data_offset INTEGER,
    data_length INTEGER
);
CREATE INDEX IF NOT EXISTS events_by_job ON events (job_id, seq);
CREATE TABLE IF NOT EXISTS dropped (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL,
    first_at REAL NOT NULL,
    last_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dropped_jobs (
    job_id TEXT PRIMARY KEY
);
"""


_ATTACHMENT_COLUMNS: Final = (("data_path", "TEXT"), ("data_offset", "INTEGER"),
                               ("data_length", "INTEGER"))
"""Where an event's ``LogChunk.data`` is, when it is not in its payload (NULL otherwise);
added to a file made before them."""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A log chunk's bytes, left in the file that holds them: ``length`` bytes at ``offset``.
    The file must keep them, unchanged, until the event is acknowledged."""

    path: str
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class Record:
    """One event to keep until it is acknowledged."""

    event_id: str
    """Stable for the life of the event."""
    job_id: str
    """The job it belongs to ('' for worker-wide events); its events keep their order."""
    payload: bytes
    """The serialised ``EventEnvelope``."""
    terminal: bool = True
    """Terminal events are never dropped; others may be, when the outbox is full."""
    attachment: Attachment | None = None
    """For a ``LogChunk`` whose ``data`` is left out of ``payload``: where its bytes are."""


@dataclass(frozen=True, slots=True)
class Pending:
    """An event waiting for its ack."""

    seq: int
    event_id: str
    payload: bytes
    """The serialised ``EventEnvelope``, a log chunk's bytes read back into it."""


@dataclass(frozen=True, slots=True)
class Dropped:
    """Droppable events refused since the last report."""

    count: int
    first_at: float
    last_at: float
    job_ids: tuple[str, ...] = ()
    """The jobs whose events were among them (their output as sent is incomplete)."""


def _read_only(directory: Path) -> bool:
    """SQLite says only "unable to open database file" on a read-only file system."""
    try:
        return bool(os.statvfs(directory).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _reason(exc: BaseException, directory: Path | None = None) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if directory is not None and _read_only(directory):
        return os.strerror(errno.EROFS)
    text = str(exc)
    return text[:1].upper() + text[1:] if text else type(exc).__name__


class Outbox:
    """An outbox file in ``directory`` (made if missing, mode 0700: events may carry paths and
    commands that are nobody else's business). Raises SpoolError when it cannot be used."""

    def __init__(self, directory: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 durable: bool = True,
                 report_dropped: Callable[[Dropped], tuple[str, bytes]] | None = None) -> None:
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME
        self.max_bytes = max_bytes
        self._report_dropped = report_dropped or dropped_envelope
        self._lock = threading.Lock()
        """One connection, used from worker threads one at a time."""
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not stat.S_ISDIR(self.directory.stat().st_mode):
                raise NotADirectoryError(20, "Not a directory")
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                       isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise SpoolError(str(self.directory), _reason(exc, self.directory)) from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.executescript(_SCHEMA)
            self._add_missing_columns()
        except sqlite3.Error as exc:
            self._db.close()
            raise SpoolError(str(self.path), _reason(exc, self.directory)) from None

    def _add_missing_columns(self) -> None:
        """Upgrades a file from before attachments (its rows keep NULL), in one write
        transaction: processes opening it at once see the columns added exactly once."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            have = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
            for name, kind in _ATTACHMENT_COLUMNS:
                if name not in have:
                    self._db.execute(f"ALTER TABLE events ADD COLUMN {name} {kind}")
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Closes the file; the events in it stay for whoever opens it next."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _used_bytes(self) -> int:
        """The file's used pages, plus the attached bytes its events still hold in other
        files: the cap bounds what waits to be sent, wherever its bytes are."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        free = self._db.execute("PRAGMA freelist_count").fetchone()[0]
        size = self._db.execute("PRAGMA page_size").fetchone()[0]
        attached = self._db.execute("SELECT coalesce(sum(data_length), 0) FROM events").fetchone()[0]
        return int((pages - free) * size + attached)

    def append(self, records: Sequence[Record], *, now: float | None = None,
               acked: Sequence[str] = ()) -> list[str]:
        """Commits ``records`` in one transaction (one fsync for all of them); returns the ids
        that were kept: all terminal ones, and droppable ones while there was room. Drops
        counted earlier are reported first, by an ``EventsDropped`` event, once a write refuses
        nothing. The events ``acked`` are forgotten in the same transaction (:meth:`ack`).
        Raises SpoolError when the disk refuses the write; nothing is half-written."""
        moment = time.time() if now is None else now
        with self._lock:
            return self._append(records, moment, acked)

    def _append(self, records: Sequence[Record], moment: float, acked: Sequence[str] = ()) -> list[str]:
        kept: list[str] = []
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if acked:
                    self._db.executemany("DELETE FROM events WHERE event_id = ?", ((i,) for i in acked))
                full = any(not r.terminal for r in records) and self._used_bytes() > self.max_bytes
                refused = 0
                refused_jobs: set[str] = set()
                rows: list[tuple[object, ...]] = []
                for r in records:
                    if full and not r.terminal:
                        refused += 1
                        if r.job_id:
                            refused_jobs.add(r.job_id)
                        continue
                    a = r.attachment
                    rows.append((r.event_id, r.job_id, int(r.terminal), r.payload,
                                 a.path if a else None, a.offset if a else None,
                                 a.length if a else None))
                    kept.append(r.event_id)
                if refused:
                    self._db.execute(
                        "INSERT INTO dropped (id, count, first_at, last_at) VALUES (1, ?, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET count = count + excluded.count, "
                        "last_at = excluded.last_at", (refused, moment, moment))
                    self._db.executemany("INSERT OR IGNORE INTO dropped_jobs (job_id) VALUES (?)",
                                         ((job_id,) for job_id in sorted(refused_jobs)))
                else:
                    self._insert_dropped_report(rows)
                self._db.executemany(
                    "INSERT OR IGNORE INTO events (event_id, job_id, terminal, payload, "
                    "data_path, data_offset, data_length) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise SpoolError(str(self.path), _reason(exc)) from None
        return kept

    def _insert_dropped_report(self, rows: list[tuple[object, ...]]) -> None:
        dropped = self._dropped()
        if dropped is None:
            return
        event_id, payload = self._report_dropped(dropped)
        rows.insert(0, (event_id, "", 1, payload, None, None, None))
        self._db.execute("DELETE FROM dropped WHERE id = 1")
        self._db.execute("DELETE FROM dropped_jobs")

    def _dropped(self) -> Dropped | None:
        row = self._db.execute("SELECT count, first_at, last_at FROM dropped WHERE id = 1").fetchone()
        if row is None:
            return None
        jobs = tuple(r[0] for r in self._db.execute("SELECT job_id FROM dropped_jobs ORDER BY job_id"))
        count, first_at, last_at = row
        return Dropped(count, first_at, last_at, jobs)

    def pending(self, after_seq: int = 0, limit: int = 500, job_id: str | None = None,
                max_bytes: int | None = None) -> list[Pending]:
        """Up to ``limit`` unacknowledged events after ``after_seq``, oldest first (only
        ``job_id``'s when given), and no more than ``max_bytes`` of payload (at least one),
        attached bytes read back into their envelopes."""
        with self._lock:
            return self._pending(after_seq, limit, job_id, max_bytes)

    def _pending(self, after_seq: int, limit: int, job_id: str | None,
                 max_bytes: int | None) -> list[Pending]:
        try:
            columns = "seq, event_id, payload, data_path, data_offset, data_length"
            if job_id is None:
                cursor = self._db.execute(
                    f"SELECT {columns} FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
                    (after_seq, limit))
            else:
                cursor = self._db.execute(
                    f"SELECT {columns} FROM events WHERE job_id = ? AND seq > ? "
                    "ORDER BY seq LIMIT ?", (job_id, after_seq, limit))
            rows: list[Pending] = []
            size = 0
            for seq, event_id, payload, path, offset, length in cursor:
                # Rows are read one by one: stop before reading past max_bytes.
                weight = len(payload) + (length or 0)
                if rows and max_bytes is not None and size + weight > max_bytes:
                    break
                if path is not None:
                    payload = _with_data(payload, Attachment(path, offset, length))
                rows.append(Pending(seq, event_id, payload))
                size += weight
            cursor.close()
            return rows
        except sqlite3.Error as exc:
            raise SpoolError(str(self.path), _reason(exc)) from None

    def ack(self, event_ids: Iterable[str]) -> None:
        """Forgets acknowledged events. Not fsynced on its own: an ack lost in a crash only
        means a resend, which the control plane recognises by the event's id."""
        with self._lock:
            self._ack(event_ids)

    def _ack(self, event_ids: Iterable[str]) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM events WHERE event_id = ?",
                                 ((i,) for i in event_ids))
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise SpoolError(str(self.path), _reason(exc)) from None

    def count(self, job_id: str | None = None) -> int:
        """How many events wait for their ack (``job_id``'s only, when given)."""
        with self._lock:
            if job_id is None:
                return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])
            return int(self._db.execute("SELECT count(*) FROM events WHERE job_id = ?",
                                        (job_id,)).fetchone()[0])

    def pending_jobs(self) -> set[str]:
        """The jobs that have events waiting for their acknowledgement."""
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT DISTINCT job_id FROM events")
                    if row[0]}

    def dropped(self) -> Dropped | None:
        """Droppable events refused and not yet reported."""
        with self._lock:
            return self._dropped()


def _with_data(head: bytes, attachment: Attachment) -> bytes:
    """The envelope ``head`` (a ``LogChunk`` without its bytes) with the attached bytes read
    back in. Bytes the file no longer has (someone truncated it) are left out, and said."""
    from .._generated import events_pb2

    try:
        fd = os.open(attachment.path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            data = os.pread(fd, attachment.length, attachment.offset)
        finally:
            os.close(fd)
    except OSError as exc:
        data = b""
        log.error("outbox.attachment_unreadable", path=attachment.path, error=exc.strerror)
    if len(data) < attachment.length:
        log.error("outbox.attachment_short", path=attachment.path, offset=attachment.offset,
                     expected=attachment.length, read=len(data))
    envelope = events_pb2.EventEnvelope.FromString(head)
    envelope.log_chunk.data = data
    return envelope.SerializeToString()


def dropped_envelope(dropped: Dropped) -> tuple[str, bytes]:
    """The ``EventsDropped`` envelope reporting ``dropped``: (event_id, payload)."""
    import uuid
    from datetime import UTC, datetime

    from .._generated import events_pb2

    msg = events_pb2.EventEnvelope(event_id=str(uuid.uuid4()))
    report = msg.events_dropped
    report.count = dropped.count
    report.first_dropped_at.FromDatetime(datetime.fromtimestamp(dropped.first_at, UTC))
    report.last_dropped_at.FromDatetime(datetime.fromtimestamp(dropped.last_at, UTC))
    report.reason = "the worker's outbox was full"
    report.job_ids.extend(dropped.job_ids)
    return msg.event_id, msg.SerializeToString()
