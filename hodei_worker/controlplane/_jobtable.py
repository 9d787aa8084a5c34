"""The control plane's jobs and their logs in SQLite: the rows behind ``_policy``'s decisions.

Every function takes the store's connection and runs inside the caller's transaction, so an
event is stored and applied to its job at once, or not at all.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, Final

from ._policy import Job, RetryPolicy, State

SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    spec BLOB NOT NULL,
    policy TEXT NOT NULL,
    state TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    exit_code INTEGER NOT NULL,
    error_code TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at REAL NOT NULL,
    cancel_reason TEXT NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0,
    output_incomplete INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs (state, seq);
CREATE TABLE IF NOT EXISTS logs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    stream INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (job_id, attempt, stream, offset)
);
"""
_COLUMNS: Final = ("job_id", "state", "worker_id", "exit_code", "error_code", "attempts",
                   "next_attempt_at", "policy", "cancel_reason", "accepted")


@functools.lru_cache(maxsize=256)
def _policy_json(policy: RetryPolicy) -> str:
    """A policy as stored (jobs mostly share a few: each is written out once)."""
    data = asdict(policy)
    data["retryable_errors"] = sorted(policy.retryable_errors)
    return json.dumps(data)


@functools.lru_cache(maxsize=256)
def _policy(text: str) -> RetryPolicy:
    """A stored policy (jobs mostly share a few: each is parsed once)."""
    data = json.loads(text)
    data["retryable_errors"] = frozenset(data["retryable_errors"])
    return RetryPolicy(**data)


def _job(row: Any) -> Job:
    return Job(row[0], State(row[1]), row[2], row[3], row[4], row[5], row[6],
               _policy(row[7]), row[8], bool(row[9]))


def insert(db: sqlite3.Connection, job: Job, name: str, spec: bytes) -> bool:
    """Adds a new job; False when its id is taken."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO jobs (job_id, name, spec, policy, state, worker_id, exit_code, "
        "error_code, attempts, next_attempt_at, cancel_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (job.job_id, name, spec, _policy_json(job.policy), job.state.value, job.worker_id,
         job.exit_code, job.error_code, job.attempts, job.next_attempt_at, job.cancel_reason))
    return cursor.rowcount == 1


def save(db: sqlite3.Connection, job: Job) -> None:
    """Writes a job's changed fields back."""
    db.execute("UPDATE jobs SET state=?, worker_id=?, exit_code=?, error_code=?, attempts=?, "
               "next_attempt_at=?, cancel_reason=?, accepted=? WHERE job_id=?",
               (job.state.value, job.worker_id, job.exit_code, job.error_code, job.attempts,
                job.next_attempt_at, job.cancel_reason, int(job.accepted), job.job_id))


def get(db: sqlite3.Connection, job_id: str) -> Job | None:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
    return _job(row) if row else None


def spec_of(db: sqlite3.Connection, job_id: str) -> bytes | None:
    row = db.execute("SELECT spec FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
    return bytes(row[0]) if row else None


LISTED: Final = ("job_id", "state", "worker_id", "exit_code", "error_code", "attempts", "name",
                  "output_incomplete")
"""The columns of :func:`listing`'s rows, in order."""


def listing(db: sqlite3.Connection, job_id: str = "") -> list[tuple[Any, ...]]:
    """Jobs as rows of the ``LISTED`` columns, oldest first (only ``job_id`` when given): what
    an operator's listing shows, read as it is stored (no job rebuilt per row, as a listing
    of every job is asked for often)."""
    query = f"SELECT {', '.join(LISTED)} FROM jobs"
    rows = (db.execute(query + " WHERE job_id = ? ORDER BY seq", (job_id,)) if job_id
            else db.execute(query + " ORDER BY seq"))
    return rows.fetchall()


def in_state(db: sqlite3.Connection, state: State) -> list[Job]:
    """Jobs in ``state``, oldest first."""
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE state = ? ORDER BY seq",
                      (state.value,))
    return [_job(row) for row in rows]


def due(db: sqlite3.Connection, now: float, limit: int) -> list[Job]:
    """Up to ``limit`` queued jobs whose time has come, oldest first."""
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE state = ? AND "
                      "next_attempt_at <= ? ORDER BY seq LIMIT ?", (State.QUEUED.value, now, limit))
    return [_job(row) for row in rows]


def next_due(db: sqlite3.Connection, now: float) -> float | None:
    """When the next queued job whose time has not come yet becomes due."""
    row = db.execute("SELECT min(next_attempt_at) FROM jobs WHERE state = ? AND next_attempt_at > ?",
                     (State.QUEUED.value, now)).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def running_counts(db: sqlite3.Connection) -> dict[str, int]:
    """How many jobs each worker runs."""
    return dict(db.execute("SELECT worker_id, count(*) FROM jobs WHERE state = ? GROUP BY worker_id",
                           (State.RUNNING.value,)).fetchall())


def running_on(db: sqlite3.Connection, worker_ids: list[str]) -> list[Job]:
    """The running jobs of these workers."""
    if not worker_ids:
        return []
    marks = ",".join("?" * len(worker_ids))
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE state = ? AND worker_id IN "
                      f"({marks})", (State.RUNNING.value, *worker_ids))
    return [_job(row) for row in rows]


ADDED_COLUMNS: Final = (("output_incomplete", "INTEGER NOT NULL DEFAULT 0"),)
"""Columns added to the jobs table since it was first made, for a file made before them."""


def upgrade(db: sqlite3.Connection) -> None:
    """Adds :data:`ADDED_COLUMNS` to a jobs table made before them (their rows take the
    default)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(jobs)")}
    for name, kind in ADDED_COLUMNS:
        if name not in have:
            db.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")


def mark_output_incomplete(db: sqlite3.Connection, job_ids: Iterable[str]) -> None:
    """Records that some of these jobs' output was dropped on their worker."""
    db.executemany("UPDATE jobs SET output_incomplete = 1 WHERE job_id = ?",
                   ((job_id,) for job_id in job_ids))


def add_logs(db: sqlite3.Connection, chunks: Iterable[tuple[str, int, int, int, bytes]]) -> None:
    """Stores (job_id, attempt, stream, offset, data) chunks, each once."""
    db.executemany("INSERT OR IGNORE INTO logs (job_id, attempt, stream, offset, data) "
                   "VALUES (?,?,?,?,?)", chunks)


def logs(db: sqlite3.Connection, job_id: str) -> list[tuple[int, int, bytes]]:
    """The chunks of a job's latest attempt that wrote any, as (stream, offset, data), in the
    order they arrived."""
    row = db.execute("SELECT max(attempt) FROM logs WHERE job_id = ?", (job_id,)).fetchone()
    return [(r[0], r[1], bytes(r[2])) for r in db.execute(
        "SELECT stream, offset, data FROM logs WHERE job_id = ? AND attempt = ? ORDER BY seq",
        (job_id, row[0] if row else 0))]
