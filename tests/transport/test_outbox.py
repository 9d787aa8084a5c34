"""The outbox on real SQLite files: order, paging, acks, durability across processes, drops, disk faults."""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PROBES

from hodei_worker._generated import events_pb2
from hodei_worker.transport import Attachment, Backoff, Outbox, Record, SpoolError


def _rec(job: str, n: int, *, terminal: bool = True, size: int = 16) -> Record:
    return Record(event_id=f"{job}-{n}-{uuid.uuid4().hex}", job_id=job,
                  payload=f"{job}:{n}:".encode() + b"x" * size, terminal=terminal)


def test_pending_returns_append_order_overall_and_per_job(tmp_path: Path) -> None:
    """Pending yields events in append order, overall and filtered by job."""
    with Outbox(tmp_path / "spool") as box:
        records = [_rec("ab"[i % 2], i) for i in range(10)]
        for i in range(0, 10, 3):
            box.append(records[i:i + 3])
        assert [p.event_id for p in box.pending()] == [r.event_id for r in records]
        assert [p.event_id for p in box.pending(job_id="a")] == [r.event_id for r in records[0::2]]
        assert [p.payload for p in box.pending(job_id="b")] == [r.payload for r in records[1::2]]
        assert box.count() == 10
        assert box.count("a") == 5


def test_pending_pages_with_after_seq_and_limit(tmp_path: Path) -> None:
    """Paging by after_seq and limit visits every event once, in order."""
    with Outbox(tmp_path) as box:
        records = [_rec("j", i) for i in range(7)]
        box.append(records)
        seen: list[str] = []
        after = 0
        while page := box.pending(after_seq=after, limit=3):
            assert len(page) <= 3
            seen.extend(p.event_id for p in page)
            after = page[-1].seq
        assert seen == [r.event_id for r in records]


def test_ack_deletes_only_acked_ids(tmp_path: Path) -> None:
    """Ack removes exactly the acknowledged events and leaves the rest pending."""
    with Outbox(tmp_path) as box:
        records = [_rec("j", i) for i in range(5)]
        box.append(records)
        box.ack([records[1].event_id, records[3].event_id, "unknown-id"])
        assert [p.event_id for p in box.pending()] == [records[i].event_id for i in (0, 2, 4)]


def test_reopened_outbox_sees_committed_events(tmp_path: Path) -> None:
    """A new Outbox on the same directory, and another process, see committed events."""
    records = [_rec("j", i) for i in range(3)]
    with Outbox(tmp_path) as box:
        box.append(records)
    with Outbox(tmp_path) as again:
        assert [p.event_id for p in again.pending()] == [r.event_id for r in records]
    out = subprocess.run([sys.executable, str(PROBES / "outbox_pending.py"), str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out.split(",") == [r.event_id for r in records]


def test_events_survive_sigkill_right_after_append(tmp_path: Path) -> None:
    """Events appended by a process that SIGKILLs itself as append returns are all still there."""
    proc = subprocess.run([sys.executable, str(PROBES / "outbox_append_then_sigkill.py"),
                           str(tmp_path)], capture_output=True)
    assert proc.returncode == -9, proc.stderr
    with Outbox(tmp_path) as box:
        assert [p.event_id for p in box.pending(limit=100)] == [f"killed-{i}" for i in range(50)]


def test_concurrent_appends_from_processes_all_land_once(tmp_path: Path) -> None:
    """Several processes appending to one spool at once lose nothing and duplicate nothing."""
    workers = [subprocess.Popen([sys.executable, str(PROBES / "outbox_append_many.py"),
                                 str(tmp_path), f"w{n}"])
               for n in range(4)]
    assert [p.wait() for p in workers] == [0] * 4
    with Outbox(tmp_path) as box:
        ids = [p.event_id for p in box.pending(limit=10_000)]
        assert len(ids) == len(set(ids)) == 4 * 40 * 3
        for n in range(4):
            mine = [p.event_id for p in box.pending(limit=10_000, job_id=f"w{n}")]
            assert mine == [f"w{n}-{i}-{k}" for i in range(40) for k in range(3)]


def test_drop_policy_keeps_terminal_and_reports_count(tmp_path: Path) -> None:
    """Over the cap, droppable events are refused and counted, terminal ones kept, and the count is reported once."""
    with Outbox(tmp_path, max_bytes=1) as box:
        droppable = [_rec("j", i, terminal=False) for i in range(3)]
        assert box.append(droppable[:2]) == []
        terminal = _rec("j", 9)
        assert box.append([terminal, droppable[2]]) == [terminal.event_id]
        dropped = box.dropped()
        assert dropped is not None
        assert dropped.count == 3
        ids = [p.event_id for p in box.pending()]
        assert ids == [terminal.event_id]
        last = _rec("j", 10)
        assert box.append([last]) == [last.event_id]
        assert box.dropped() is None
        pending = box.pending()
        assert [p.event_id for p in pending][0] == terminal.event_id
        assert pending[-1].event_id == last.event_id
        envelope = events_pb2.EventEnvelope.FromString(pending[1].payload)
        assert envelope.event_id == pending[1].event_id
        assert envelope.WhichOneof("event") == "events_dropped"
        assert envelope.events_dropped.count == 3
        box.append([_rec("j", 11)])
        assert box.count() == 4


def _mount(args: list[str], target: Path) -> Iterator[Path]:
    target.mkdir(exist_ok=True)
    done = subprocess.run(["mount", *args, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a file system for the test: {done.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(["-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs"], tmp_path / "small")


def test_read_only_spool_raises_and_keeps_events(tmp_path: Path) -> None:
    """A spool remounted read-only raises SpoolError with the reason and keeps the earlier events."""
    spool = tmp_path / "spool"
    with Outbox(spool) as box:
        first = _rec("j", 0)
        box.append([first])
    for _ in _mount(["--bind", "-o", "ro", str(spool)], tmp_path / "ro"):
        ro = tmp_path / "ro"
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True, text=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
        with pytest.raises(SpoolError) as err, Outbox(ro) as box:
            box.append([_rec("j", 1)])
        assert "read-only file system" in str(err.value).lower()
    with Outbox(spool) as box:
        assert [p.event_id for p in box.pending()] == [first.event_id]


def test_full_disk_raises_and_keeps_events(small_fs: Path) -> None:
    """A full spool disk raises SpoolError saying so, and the events committed before stay."""
    spool = small_fs / "spool"
    with Outbox(spool) as box:
        first = _rec("j", 0)
        box.append([first])
        filler = small_fs / "filler"
        try:
            with filler.open("wb") as f:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
        except OSError:
            pass
        def fill() -> None:
            for i in range(1, 200):
                box.append([_rec("j", i, size=8192)])

        with pytest.raises(SpoolError) as err:
            fill()
        assert "full" in str(err.value).lower()
        assert box.pending()[0].event_id == first.event_id
    filler.unlink(missing_ok=True)
    with Outbox(spool) as box:
        ids = [p.event_id for p in box.pending(limit=1000)]
        assert ids[0] == first.event_id
        assert len(ids) == len(set(ids))


def test_spool_path_that_is_a_file_raises(tmp_path: Path) -> None:
    """A spool path naming a regular file raises SpoolError naming the path."""
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(SpoolError) as err:
        Outbox(path)
    assert str(path) in str(err.value)


def test_spool_directory_is_created_0700(tmp_path: Path) -> None:
    """A missing spool directory is created with mode 0700."""
    spool = tmp_path / "a" / "spool"
    Outbox(spool).close()
    assert stat.S_IMODE(os.stat(spool).st_mode) == 0o700


def test_backoff_delays_within_bounds_and_seeded() -> None:
    """Backoff delays stay within [0, min(cap, base*2**n)] and repeat for the same seed (seeded randomness)."""
    a = Backoff(base_s=0.1, cap_s=5.0, rng=random.Random(7))
    b = Backoff(base_s=0.1, cap_s=5.0, rng=random.Random(7))
    for n in range(0, 80):
        d = a.delay(n)
        assert 0.0 <= d <= min(5.0, 0.1 * 2 ** n)
        assert d == b.delay(n)
    assert Backoff(rng=random.Random(1)).delay(3) != Backoff(rng=random.Random(2)).delay(3)


def _chunk_record(job: str, path: Path, offset: int, length: int) -> Record:
    """A LogChunk record whose bytes stay in ``path`` (an Attachment), as the daemon makes them."""
    envelope = events_pb2.EventEnvelope(event_id=f"{job}/stdout/{offset}")
    envelope.log_chunk.job_id = job
    envelope.log_chunk.offset = offset
    return Record(envelope.event_id, job, envelope.SerializeToString(), terminal=False,
                  attachment=Attachment(str(path), offset, length))


def test_attached_bytes_are_read_back_into_their_chunks(tmp_path: Path) -> None:
    """A log chunk committed as a file range comes back from pending with exactly those bytes
    in its envelope, while only its head is stored in the outbox file."""
    output = tmp_path / "stdout"
    data = os.urandom(300_000)
    output.write_bytes(data)
    with Outbox(tmp_path / "spool") as box:
        box.append([_chunk_record("j", output, 0, 200_000), _chunk_record("j", output, 200_000, 100_000)])
        assert (tmp_path / "spool" / "outbox.sqlite3").stat().st_size < 200_000
        got = [events_pb2.EventEnvelope.FromString(p.payload) for p in box.pending()]
    assert [(e.log_chunk.offset, e.log_chunk.data) for e in got] == [(0, data[:200_000]),
                                                                     (200_000, data[200_000:])]


def test_attached_bytes_count_towards_a_batch_size(tmp_path: Path) -> None:
    """pending(max_bytes) weighs a chunk by its attached bytes, so a batch of file-backed
    chunks stays within the size asked for (and holds at least one)."""
    output = tmp_path / "stdout"
    output.write_bytes(b"x" * 400_000)
    with Outbox(tmp_path / "spool") as box:
        box.append([_chunk_record("j", output, i * 100_000, 100_000) for i in range(4)])
        assert len(box.pending(max_bytes=250_000)) == 2
        assert len(box.pending(max_bytes=10)) == 1


def test_truncated_attachment_is_sent_short_without_failing(tmp_path: Path) -> None:
    """When the file lost the attached bytes (truncated or removed behind the worker's back),
    the chunk is still sent, with what the file still has, instead of failing every batch."""
    output = tmp_path / "stdout"
    output.write_bytes(b"abcdef")
    with Outbox(tmp_path / "spool") as box:
        box.append([_chunk_record("j", output, 0, 6)])
        output.write_bytes(b"abc")
        assert events_pb2.EventEnvelope.FromString(box.pending()[0].payload).log_chunk.data == b"abc"
        output.unlink()
        assert events_pb2.EventEnvelope.FromString(box.pending()[0].payload).log_chunk.data == b""


def test_an_outbox_from_before_attachments_is_upgraded_in_place(tmp_path: Path) -> None:
    """An outbox file made before attachments existed (no data_* columns) opens, keeps its
    events unchanged and in order, and takes attached chunks after them."""
    import sqlite3

    spool = tmp_path / "spool"
    spool.mkdir()
    with sqlite3.connect(spool / "outbox.sqlite3") as db:
        db.executescript("""
            CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,
                                 job_id TEXT NOT NULL, terminal INTEGER NOT NULL, payload BLOB NOT NULL);
            INSERT INTO events (event_id, job_id, terminal, payload) VALUES ('old-1', 'j', 1, x'0a0131');
        """)
    output = tmp_path / "stdout"
    output.write_bytes(b"new bytes")
    with Outbox(spool) as box:
        box.append([_chunk_record("j", output, 0, 9)])
        pending = box.pending()
    assert [p.event_id for p in pending] == ["old-1", "j/stdout/0"]
    assert pending[0].payload == b"\x0a\x011"
    assert events_pb2.EventEnvelope.FromString(pending[1].payload).log_chunk.data == b"new bytes"


def test_attached_bytes_count_towards_the_cap(tmp_path: Path) -> None:
    """The soft cap weighs log chunks by their attached bytes too (they wait in the job's
    files, not in the outbox file): past the cap, droppable chunks are refused and counted."""
    output = tmp_path / "stdout"
    output.write_bytes(b"z" * (8 * 256 * 1024))
    with Outbox(tmp_path / "spool", max_bytes=1024 * 1024) as box:
        for i in range(8):
            box.append([_chunk_record("j", output, i * 256 * 1024, 256 * 1024)])
        dropped = box.dropped()
        assert dropped is not None
        assert dropped.count >= 3
        assert box.count() <= 5


def test_processes_opening_an_old_outbox_at_once_upgrade_it_once(tmp_path: Path) -> None:
    """Several processes opening an outbox from before attachments at the same moment all
    succeed: the columns are added once, inside one write transaction."""
    import sqlite3

    spool = tmp_path / "spool"
    spool.mkdir()
    with sqlite3.connect(spool / "outbox.sqlite3") as db:
        db.execute("PRAGMA journal_mode=WAL")  # as every outbox file has been
        db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL "
                   "UNIQUE, job_id TEXT NOT NULL, terminal INTEGER NOT NULL, payload BLOB NOT NULL)")
    start = f"{__import__('time').time() + 1.5}"
    procs = [subprocess.Popen([sys.executable, str(PROBES / "outbox_open_at.py"), start,
                               str(spool)], stderr=subprocess.PIPE)
             for _ in range(6)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    with sqlite3.connect(spool / "outbox.sqlite3") as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(events)")]
    assert columns.count("data_path") == 1
