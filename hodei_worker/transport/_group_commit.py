"""Group commit: many writers, one transaction and one fsync for all that wait together.

A writer's :meth:`GroupCommit.append` returns only once its event is on disk, yet under load
the cost of the fsync is shared: while one transaction commits, the next writers queue up, and
they all commit together in the next one. A group waits a few milliseconds for more writers
before it commits: the jobs that start and end together share one transaction, one fsync and
one hop to the thread that writes.

Acknowledgements ride along (:meth:`GroupCommit.ack`): they are forgotten in the next group's
transaction, or on their own after a short while when no write comes, instead of a transaction
and an fsync each. One not yet applied when the process stops means a resend, which the control
plane recognises by the event's id.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import anyio

from .. import _logging
from ._outbox import Outbox, Record

log = _logging.get_logger("hodei.transport")

LINGER_S: Final = 0.003
"""How long a group waits for more writers once its first one came."""
ACK_DELAY_S: Final = 0.25
"""How long acknowledgements wait for a group to ride with before they are applied alone."""


class _Group:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.done = anyio.Event()
        self.kept: set[str] = set()
        self.error: BaseException | None = None


class GroupCommit:
    """Appends to ``outbox`` in groups; run :meth:`run` in a task group beside the writers."""

    def __init__(self, outbox: Outbox, *, linger_s: float = LINGER_S,
                 ack_delay_s: float = ACK_DELAY_S) -> None:
        self.outbox = outbox
        self.linger_s = linger_s
        self.ack_delay_s = ack_delay_s
        self.commits = 0
        """Transactions committed so far."""
        self._open = _Group()
        self._waiting = anyio.Event()
        self._acked: list[str] = []
        self._wake = anyio.Event()
        """Set by a write or an ack: :meth:`run` has something to do."""

    async def ack(self, event_ids: Sequence[str]) -> None:
        """Forgets acknowledged events with the next transaction (within ``ack_delay_s``);
        does not wait for it."""
        self._acked.extend(event_ids)
        self._wake.set()

    async def append(self, record: Record) -> bool:
        """Waits until ``record`` is committed; False when the outbox dropped it (full).
        Raises the SpoolError of its group's transaction."""
        group = self._open
        group.records.append(record)
        self._waiting.set()
        self._wake.set()
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
        self._wake.set()
        await group.done.wait()
        if group.error is not None:
            raise group.error
        return {r.event_id for r in records} & group.kept

    async def run(self) -> None:
        """Commits whatever is queued, group after group, until cancelled."""
        while True:
            await self._wake.wait()
            if not self._waiting.is_set():  # acks alone: a while to ride with a write
                with anyio.move_on_after(self.ack_delay_s):
                    await self._waiting.wait()
            if self._waiting.is_set() and self.linger_s:
                await anyio.sleep(self.linger_s)
            # Everything queued so far is one group; its size is bounded by the writers.
            group, self._open = self._open, _Group()
            self._waiting = anyio.Event()
            self._wake = anyio.Event()
            acked, self._acked = self._acked, []
            try:
                group.kept = set(await anyio.to_thread.run_sync(functools.partial(
                    self.outbox.append, group.records, acked=acked)))
                self.commits += 1
            except Exception as exc:
                group.error = exc
                if not group.records:  # nobody waits to hear it: the events are sent again
                    log.warning("outbox.ack_failed", error=str(exc), events=len(acked))
            group.done.set()
