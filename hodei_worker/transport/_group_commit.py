"""Group commit: many writers, one transaction and one fsync for all that wait together.

A writer's :meth:`GroupCommit.append` returns only once its event is on disk, yet under load
the cost of the fsync is shared: while one transaction commits, the next writers queue up, and
they all commit together in the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

import anyio

from ._outbox import Outbox, Record


class _Group:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.done = anyio.Event()
        self.kept: set[str] = set()
        self.error: BaseException | None = None


class GroupCommit:
    """Appends to ``outbox`` in groups; run :meth:`run` in a task group beside the writers."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox
        self.commits = 0
        """Transactions committed so far."""
        self._open = _Group()
        self._waiting = anyio.Event()

    async def append(self, record: Record) -> bool:
        """Waits until ``record`` is committed; False when the outbox dropped it (full).
        Raises the SpoolError of its group's transaction."""
        group = self._open
        group.records.append(record)
        self._waiting.set()
        await group.done.wait()
        if group.error is not None:
            raise group.error
        return record.event_id in group.kept

    async def append_all(self, records: Sequence[Record]) -> set[str]:
        """Waits until ``records`` are committed, in this order, in one transaction; returns
        the ids kept. Raises the SpoolError of its group's transaction."""
        group = self._open
        group.records.extend(records)
        self._waiting.set()
        await group.done.wait()
        if group.error is not None:
            raise group.error
        return {r.event_id for r in records} & group.kept

    async def run(self) -> None:
        """Commits whatever is queued, group after group, until cancelled."""
        while True:
            await self._waiting.wait()
            # Everything queued so far is one group; its size is bounded by the writers.
            group, self._open = self._open, _Group()
            self._waiting = anyio.Event()
            try:
                group.kept = set(await anyio.to_thread.run_sync(self.outbox.append, group.records))
                self.commits += 1
            except Exception as exc:
                group.error = exc
            group.done.set()
