"""Group commit over a real SQLite outbox: writers that come together share one transaction,
and acknowledgements ride with the next one (or go alone after a short while); files fsynced
in groups the same way."""

from __future__ import annotations

import uuid
from pathlib import Path

import anyio

from hodei_worker.daemon._fsync import GroupFsync
from hodei_worker.transport import GroupCommit, Outbox, Record


def _rec(n: int) -> Record:
    return Record(event_id=f"e{n}-{uuid.uuid4().hex[:8]}", job_id="j", payload=b"p%d" % n)


def test_writers_that_come_together_share_one_transaction(tmp_path: Path) -> None:
    """Writers that append within the linger are committed in one transaction, in order,
    and each returns once its records are on disk."""
    with Outbox(tmp_path) as box:
        commit = GroupCommit(box, linger_s=0.2)
        records = [_rec(i) for i in range(6)]

        async def main() -> list[set[str]]:
            kept: list[set[str]] = []
            async with anyio.create_task_group() as tg:
                tg.start_soon(commit.run)

                async def write(delay: float, pair: list[Record]) -> None:
                    await anyio.sleep(delay)  # one after the other, each within the linger
                    kept.append(await commit.append_all(pair))
                async with anyio.create_task_group() as writers:
                    for i in range(0, 6, 2):
                        writers.start_soon(write, i * 0.005, records[i:i + 2])
                tg.cancel_scope.cancel()
            return kept

        kept = anyio.run(main)
        assert commit.commits == 1
        assert sorted(kept, key=sorted) == sorted(({r.event_id for r in records[i:i + 2]}
                                                   for i in range(0, 6, 2)), key=sorted)
        assert sorted(p.event_id for p in box.pending()) == sorted(r.event_id for r in records)


def test_acks_ride_with_the_next_group(tmp_path: Path) -> None:
    """Acknowledged events are forgotten in the transaction of the next group, not in one of
    their own."""
    with Outbox(tmp_path) as box:
        old = [_rec(i) for i in range(3)]
        box.append(old)
        commit = GroupCommit(box, linger_s=0, ack_delay_s=3600)
        new = _rec(9)

        async def main() -> None:
            async with anyio.create_task_group() as tg:
                tg.start_soon(commit.run)
                await commit.ack([old[0].event_id, old[2].event_id])
                await anyio.sleep(0.05)
                assert box.count() == 3  # not applied alone: no write came, and the delay is long
                await commit.append(new)
                tg.cancel_scope.cancel()

        anyio.run(main)
        assert commit.commits == 1
        assert [p.event_id for p in box.pending()] == [old[1].event_id, new.event_id]


def test_acks_alone_are_applied_after_the_delay(tmp_path: Path) -> None:
    """With no write to ride with, acknowledged events are forgotten on their own once the
    delay has passed, also when they come while the committer idles after a write."""
    with Outbox(tmp_path) as box:
        old = [_rec(i) for i in range(2)]
        box.append(old)
        commit = GroupCommit(box, ack_delay_s=0.05)

        async def main() -> None:
            async with anyio.create_task_group() as tg:
                tg.start_soon(commit.run)
                await commit.append(_rec(5))
                await anyio.sleep(0.1)  # idle, waiting for the next write
                await commit.ack([old[1].event_id, old[0].event_id])
                with anyio.fail_after(10):
                    while box.count() != 1:  # noqa: ASYNC110 - the outbox on disk has no change event
                        await anyio.sleep(0.01)
                tg.cancel_scope.cancel()

        anyio.run(main)
        assert len(box.pending()) == 1
        assert commit.commits == 2


def test_files_synced_in_one_moment_share_one_hop(tmp_path: Path) -> None:
    """Files whose writers ask in the same pass of the loop are fsynced in one group, and a
    file that cannot be opened fails its group's writers with its error."""
    files = [tmp_path / f"f{i}" for i in range(5)]
    for f in files:
        f.write_bytes(b"x")
    fsync = GroupFsync()
    errors: list[BaseException] = []

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(fsync.run)
            async with anyio.create_task_group() as writers:
                for f in files:
                    writers.start_soon(fsync.sync, f)
            assert fsync.groups == 1
            try:
                await fsync.sync(tmp_path / "missing")
            except OSError as exc:
                errors.append(exc)
            tg.cancel_scope.cancel()

    anyio.run(main)
    assert fsync.groups == 2
    assert len(errors) == 1
    assert isinstance(errors[0], FileNotFoundError)
