"""The publisher: streams the outbox to the control plane and deletes what it acknowledges.

One long-lived ``PublishEvents`` call carries many batches in flight (up to ``window`` events
unacknowledged), read from the outbox page by page, so memory stays bounded however large the
backlog. Batches are framed from the stored envelope bytes directly (an ``EventBatch`` is the
concatenation of its envelopes as field 1), so no event is parsed or serialised again on the
way out. After any failure the stream is opened again, after a backoff with full jitter, and
every event not yet acknowledged is sent again: the control plane recognises a resend by its
``event_id``. A token the control plane refuses ends publishing at once: retrying cannot help.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

import anyio
import grpc
import grpc.aio

from .. import _logging
from .._generated import events_pb2
from ._backoff import Backoff
from ._channel import open_channel
from ._errors import TransportError
from ._outbox import Outbox
from ._security import Endpoint

log = _logging.get_logger("hodei.transport")

METHOD: Final = "/hodei.worker.v1.ControlPlane/PublishEvents"
BATCH_EVENTS: Final = 500
"""The most events in one batch."""
BATCH_BYTES: Final = 4 * 1024 * 1024
"""The most bytes in one batch (far below the 16 MiB message limit)."""
WINDOW: Final = 5000
"""The most events sent and not yet acknowledged."""
IDLE_POLL_S: Final = 0.5
"""How often an idle publisher looks for events appended by other processes."""
LINGER_S: Final = 0.02
"""How long a publisher woken by an append waits for more before it reads the outbox, so the
events of jobs that move at about the same time travel in one batch: one message, one
transaction and one ack on both sides instead of one each (measured with many short jobs: the
control plane's CPU per job down by a third, the daemon's by a tenth). It adds at most this
to an event's way; a publisher that waits for acks (a full window, ``until_empty``) does not
linger."""
_REFUSED: Final = frozenset({grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.PERMISSION_DENIED,
                             grpc.StatusCode.UNIMPLEMENTED})


class _StreamEnded(Exception):
    """The control plane closed the stream while events were still to be sent."""


class RefusedError(TransportError):
    """The control plane refused this worker (its token or its certificate), or is no control
    plane (it implements no such call): no retry helps. ``credentials``: the refusal was of
    the worker's token or certificate."""

    def __init__(self, message: str, credentials: bool = True) -> None:
        super().__init__(message)
        self.credentials = credentials


def _varint(n: int) -> bytes:
    out = bytearray()
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def frame(payloads: list[bytes]) -> bytes:
    """The serialised ``EventBatch`` of these serialised envelopes."""
    return b"".join(b"\x0a" + _varint(len(p)) + p for p in payloads)


@dataclass
class Progress:
    """What a publisher has done so far."""

    sent: int = 0
    """Events written to a stream (resends included)."""
    acked: int = 0
    """Events acknowledged and deleted from the outbox."""
    connections: int = 0
    """Streams opened."""
    last_error: str | None = None
    """The most recent failure, in words."""


class Publisher:
    """Delivers the events of ``outbox`` (only ``job_id``'s, when given) to ``endpoint``."""

    def __init__(self, outbox: Outbox, endpoint: Endpoint, *, job_id: str | None = None,
                 batch_events: int = BATCH_EVENTS, window: int = WINDOW,
                 backoff: Backoff | None = None,
                 channel_factory: Callable[[Endpoint], grpc.aio.Channel] = open_channel,
                 ack: Callable[[list[str]], Awaitable[None]] | None = None) -> None:
        """``ack`` forgets acknowledged events (by default, a transaction of their own in a
        worker thread; a :class:`GroupCommit`'s rides with its next group)."""
        self.outbox = outbox
        self._ack = ack or self._ack_now
        self.endpoint = endpoint
        self.job_id = job_id
        self.batch_events = batch_events
        self.window = window
        self.backoff = backoff or Backoff()
        self.progress = Progress()
        self._channel_factory = channel_factory
        self._wake = anyio.Event()
        """Set by an append (and by an ack, when one is awaited): the sending loop looks again."""

    async def _ack_now(self, ids: list[str]) -> None:
        await anyio.to_thread.run_sync(self.outbox.ack, ids)

    def notify(self) -> None:
        """Says that events were appended (by this process): send them without waiting."""
        self._wake.set()

    async def run(self, *, until_empty: bool) -> None:
        """Publishes until the outbox is empty (``until_empty``) or forever, reconnecting after
        failures; cancel it to stop. Raises RefusedError when the control plane refuses us."""
        failures = 0
        while True:
            before = self.progress.acked
            channel = self._channel_factory(self.endpoint)
            try:
                self.progress.connections += 1
                if await self._stream(channel, until_empty):
                    return
            except _StreamEnded as exc:
                self.progress.last_error = str(exc)
                log.info("publish.stream_ended", address=self.endpoint.address)
            except grpc.aio.AioRpcError as exc:
                self.progress.last_error = f"{exc.code().name}: {exc.details()}"
                if exc.code() in _REFUSED:
                    raise RefusedError(f"the control plane at {self.endpoint.address} refused "
                                       f"this worker: {self.progress.last_error}",
                                       exc.code() != grpc.StatusCode.UNIMPLEMENTED) from None
                log.info("publish.stream_failed", address=self.endpoint.address,
                         error=self.progress.last_error)
            finally:
                with anyio.CancelScope(shield=True), anyio.move_on_after(2):
                    await channel.close()
            failures = 0 if self.progress.acked > before else failures + 1
            await anyio.sleep(self.backoff.delay(failures))

    async def _stream(self, channel: grpc.aio.Channel, until_empty: bool) -> bool:
        """One stream, until it fails (raises) or, with ``until_empty``, nothing is left (True)."""
        call = channel.stream_stream(METHOD, request_serializer=None,
                                     response_deserializer=events_pb2.EventAck.FromString)(
            metadata=self.endpoint.metadata())
        in_flight: set[str] = set()
        finished = False
        # Whether an ack is awaited (the window is full, or, with ``until_empty``, the end may
        # be near); otherwise acks only delete, and wake nothing.
        wake_on_ack = False

        async def receive() -> None:
            async for ack in call:
                ids = [i for i in ack.event_ids if i in in_flight]
                if ids:
                    await self._ack(ids)
                    in_flight.difference_update(ids)
                    self.progress.acked += len(ids)
                if wake_on_ack:
                    self._wake.set()
            if not finished:
                raise _StreamEnded("the control plane ended the stream early")

        async def send() -> None:
            nonlocal finished, wake_on_ack
            cursor = 0
            # Whether the outbox may hold events not read yet: after a batch shorter than
            # asked for, not until something wakes this loop.
            look = True
            while True:
                room = self.window - len(in_flight)
                if room > 0 and look:
                    limit = min(room, self.batch_events)
                    rows = await anyio.to_thread.run_sync(
                        self.outbox.pending, cursor, limit, self.job_id, BATCH_BYTES)
                    if rows:
                        in_flight.update(r.event_id for r in rows)
                        cursor = rows[-1].seq
                        await _finished_is_error(call, call.write(frame([r.payload for r in rows])))
                        self.progress.sent += len(rows)
                        # Cut short by the count or the size: more may wait. Else all there was
                        # (with until_empty, looked at again at once: it may be the end).
                        look = (until_empty or len(rows) == limit
                                or sum(len(r.payload) for r in rows) >= BATCH_BYTES // 2)
                        continue
                    if until_empty and not in_flight:
                        finished = True
                        await _finished_is_error(call, call.done_writing())
                        return
                # Wait for an append by this process, an ack when one is awaited, or a while
                # (an append by another process has no signal).
                wake_on_ack = until_empty or room <= 0
                with anyio.move_on_after(IDLE_POLL_S):
                    await self._wake.wait()
                    if not wake_on_ack and LINGER_S:
                        await anyio.sleep(LINGER_S)
                wake_on_ack = False
                self._wake = anyio.Event()
                look = True

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(receive)
                await send()
        except BaseExceptionGroup as group:
            # One failure of the stream shows in both tasks; report the gRPC one.
            found, _ = group.split((grpc.aio.AioRpcError, _StreamEnded))
            if found is None:
                raise
            raise _innermost(found) from None
        finally:
            call.cancel()
        return finished


async def _finished_is_error(call: Any, step: Awaitable[None]) -> None:
    """Runs a write on ``call``; a call that already ended raises its status, as a read would."""
    try:
        await step
    except asyncio.InvalidStateError:
        code, details = await call.code(), await call.details()
        raise grpc.aio.AioRpcError(code, grpc.aio.Metadata(), grpc.aio.Metadata(), details) from None


def _innermost(group: BaseExceptionGroup[BaseException]) -> BaseException:
    exc: BaseException = group
    while isinstance(exc, BaseExceptionGroup):
        exc = exc.exceptions[0]
    return exc

