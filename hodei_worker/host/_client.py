"""The daemon's side of its supervisor hosts (see ``_server``): start one, connect to one,
ask it to run and cancel jobs, and learn when they start and end.

A daemon runs its new jobs in the host it started. After a restart, the hosts of its previous
life (named in its jobs' records) go on with the jobs they hold: it connects to each, asks
which jobs it still runs, and learns their ends as before; such a host takes no new job from
it and ends once its last job has and the daemon has let it go.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import anyio
import anyio.abc

from .. import _logging
from . import _protocol as wire
from ._unixpath import reachable

log = _logging.get_logger("hodei.daemon.hosts")

START_TIMEOUT_S: Final = 60.0
"""How long a new host may take to say it listens (it imports hodei-run: well under a second)."""
RECONNECT_S: Final = 0.05
"""The first wait before connecting again to a host that lives but whose connection broke
(doubling, to RECONNECT_MAX_S): tried for as long as the host lives, as only its death makes
its jobs lost."""
RECONNECT_MAX_S: Final = 5.0


class HostError(Exception):
    """A host could not be started or reached; the message says why. ``undelivered``: what
    was being sent never reached the host (its connection was already closed)."""

    def __init__(self, message: str, undelivered: bool = False) -> None:
        super().__init__(message)
        self.undelivered = undelivered


@dataclass(frozen=True, slots=True)
class HostId:
    """A host process for good: its pid with its start time, and its socket."""

    pid: int
    start_time: int | None
    socket: str

    def as_dict(self) -> dict[str, Any]:
        return {"pid": self.pid, "start_time": self.start_time, "socket": self.socket}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HostId:
        started = data.get("start_time")
        return cls(int(data["pid"]), None if started is None else int(started), str(data["socket"]))


@dataclass
class Watch:
    """One job as its host tells of it."""

    started: anyio.Event = field(default_factory=anyio.Event)
    """Set once the job runs (``pid``, ``at``), ends, or its host is gone."""
    ended: anyio.Event = field(default_factory=anyio.Event)
    """Set once its event is written, or its host is gone (then it may have none)."""
    pid: int | None = None
    at: float | None = None

    def end(self) -> None:
        """The job has ended (or can no longer be heard of)."""
        self.started.set()
        self.ended.set()


class HostLink:
    """A connection to one host. :meth:`serve` reads what it says until it ends."""

    def __init__(self, ident: HostId, stream: anyio.abc.ByteStream) -> None:
        self.ident = ident
        self._stream = stream
        self._lock = anyio.Lock()
        self._watches: dict[str, Watch] = {}
        self._lists: list[anyio.Event] = []
        self._listed: dict[str, tuple[int | None, float | None]] = {}
        self._released = False
        self._relisting = False
        """Set once connected again: the next ``Jobs`` tells what was missed meanwhile."""
        self.gone = anyio.Event()
        """Set once the host takes no more jobs from this daemon: it is gone (or closed it),
        or a message to it failed (its watches go on while it lives: see :meth:`serve`)."""

    @classmethod
    async def connect(cls, ident: HostId) -> HostLink:
        """Connects to the host ``ident``. Raises HostError."""
        try:
            with reachable(ident.socket) as address:
                stream = await anyio.connect_unix(address)
        except OSError as exc:
            raise HostError(f"cannot reach the job host {ident.pid}: {exc}") from exc
        return cls(ident, stream)

    def watch(self, key: str) -> Watch:
        """The watch of the job ``key`` (made on first use)."""
        watch = self._watches.get(key)
        if watch is None:
            watch = self._watches[key] = Watch()
            if self.gone.is_set():
                watch.end()
        return watch

    def forget(self, key: str) -> None:
        self._watches.pop(key, None)

    @property
    def watching(self) -> int:
        return len(self._watches)

    async def serve(self) -> None:
        """Reads the host's messages until it is gone (or let go); then every watch ends. A
        connection that breaks while the host lives (a slow reader it dropped) is made again,
        and the host asked what it runs: only the host's death ends a watch unheard."""
        try:
            while await self._read() and await self._reconnect():
                pass
        finally:
            self.gone.set()
            for watch in self._watches.values():
                watch.end()
            for event in self._lists:
                event.set()
            with anyio.CancelScope(shield=True):
                await self._stream.aclose()

    async def _read(self) -> bool:
        """Reads the host's messages until the connection ends; whether to connect again."""
        buffered = b""
        try:
            async for chunk in self._stream:
                buffered += chunk
                *lines, buffered = buffered.split(b"\n")
                for line in lines:
                    self._take(wire.decode(line))
            if not self._released:
                log.warning("host.ended", host=self.ident.pid)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError, wire.ProtocolError) as exc:
            if not self._released:
                log.warning("host.connection_lost", host=self.ident.pid, error=str(exc))
        return not self._released and (bool(self._watches) or bool(self._lists))

    async def _reconnect(self) -> bool:
        """Connects again to a host that still lives, for as long as it lives, and asks it what
        it runs (a watch of a job it no longer runs then ends: its event is in its journal, or
        it never got it). False once the host is gone (or let go)."""
        delay = RECONNECT_S
        while not self._released and alive(self.ident):
            try:
                with reachable(self.ident.socket) as address:
                    stream = await anyio.connect_unix(address)
            except OSError as exc:
                log.warning("host.reconnect_failed", host=self.ident.pid, error=str(exc))
                await anyio.sleep(delay)
                delay = min(2 * delay, RECONNECT_MAX_S)
                continue
            async with self._lock:
                old, self._stream = self._stream, stream
                self._relisting = True
                # Answered on this connection, after the host's welcome; a failure here is
                # seen by the read that follows, which tries again.
                with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                    await stream.send(wire.encode(wire.ListJobs()))
            with anyio.CancelScope(shield=True):
                await old.aclose()
            log.warning("host.reconnected", host=self.ident.pid)
            return True
        return False

    def _take(self, message: wire.Message) -> None:
        if isinstance(message, wire.Started):
            watch = self._watches.get(message.key)
            if watch is not None:
                watch.pid, watch.at = message.pid, message.at
                watch.started.set()
        elif isinstance(message, wire.Ended):
            watch = self._watches.get(message.key)
            if watch is not None:
                watch.end()
        elif isinstance(message, wire.Jobs):
            self._listed = dict(message.running)
            if self._relisting:  # what was missed while the connection was down
                self._relisting = False
                for key, watch in list(self._watches.items()):
                    pid, at = self._listed.get(key, (None, None))
                    if key not in self._listed:
                        watch.end()
                    elif pid is not None and not watch.started.is_set():
                        watch.pid, watch.at = pid, at
                        watch.started.set()
            lists, self._lists = self._lists, []
            for event in lists:
                event.set()

    async def _send(self, message: wire.Message) -> None:
        async with self._lock:
            try:
                await self._stream.send(wire.encode(message))
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError) as exc:
                self.gone.set()  # the reader sees the end too, if it has not yet
                raise HostError(f"the job host {self.ident.pid} is gone: {exc}",
                                undelivered=True) from exc

    async def run(self, key: str, plan: dict[str, Any], stdout: Path, stderr: Path,
                  stdin: Path | None, journal: Path, limit: int | None = None,
                  marker: str | None = None) -> Watch:
        """Asks the host to run a job of ``plan`` (``plan_to_dict``'s), whose final event it
        appends to ``journal``; ``limit``: the most bytes written to each output file;
        ``marker``: ``NAME=VALUE`` in the environment of every process of the job. Raises
        HostError."""
        watch = self.watch(key)
        await self._send(wire.Run(key, plan, str(stdout), str(stderr),
                                  None if stdin is None else str(stdin), str(journal), limit,
                                  marker))
        return watch

    async def cancel(self, key: str, force: bool = False) -> None:
        """Asks the host to stop the job ``key``: a termination (grace, then SIGKILL), or SIGKILL
        at once when ``force``d."""
        try:
            await self._send(wire.Cancel(key, force))
        except HostError as exc:
            log.warning("host.cancel_failed", key=key, error=str(exc))

    async def listing(self) -> dict[str, tuple[int | None, float | None]]:
        """The jobs the host runs: key → ``(pid, at)``. Raises HostError."""
        event = anyio.Event()
        self._lists.append(event)
        await self._send(wire.ListJobs())
        await event.wait()
        if self.gone.is_set() and not self._listed:
            raise HostError(f"the job host {self.ident.pid} is gone")
        return dict(self._listed)

    async def aclose(self) -> None:
        """Lets the host go (it ends once its jobs have)."""
        self._released = True
        await self._stream.aclose()


async def start_host(directory: Path) -> tuple[HostId, anyio.abc.Process]:
    """Starts a host serving from ``directory``; returns it once it listens. Raises
    HostError. Its process is the caller's child: the caller reaps it (``wait``)."""
    os.makedirs(directory, mode=0o700, exist_ok=True)
    try:
        process = await anyio.open_process(
            [sys.executable, "-m", "hodei_worker.host", str(directory)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True)  # a session of its own: the daemon's signals are not its
    except OSError as exc:
        raise HostError(f"cannot start a job host: {exc}") from exc
    assert process.stdout is not None
    line = b""
    with anyio.move_on_after(START_TIMEOUT_S):  # silent for that long: treated as broken
        async for chunk in process.stdout:
            line += chunk
    try:
        ready = json.loads(line)
        return HostId(int(ready["pid"]), ready.get("start_time"), str(ready["socket"])), process
    except (ValueError, KeyError, TypeError) as exc:
        process.kill()
        status = await process.wait()
        raise HostError(f"the job host did not start (status {status}); its diagnostics, if "
                        f"any: {os.path.join(directory, f'{process.pid}.log')}") from exc


def clear_if_gone(ident: HostId) -> None:
    """Removes the socket of a host that is gone (killed: it could not remove it itself),
    unless another host listens there now: a host since the machine restarted can have the
    same pid, and so the same socket."""
    if alive(ident):
        return
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
    probe.setblocking(False)
    try:
        with reachable(ident.socket) as address:
            probe.connect(address)
    except ConnectionRefusedError:  # nobody listens: a leftover
        with contextlib.suppress(OSError):
            os.unlink(ident.socket)
    except OSError:  # gone already, or somebody there (a full backlog says so too)
        pass
    finally:
        probe.close()


def alive(ident: HostId) -> bool:
    """Whether the process ``ident`` names still runs (a zombie, dead but not yet collected by
    its parent, does not)."""
    from ..supervise import start_time
    from ._pidfd import open_pidfd

    fd = open_pidfd(ident.pid, ident.start_time)
    if fd is None:
        return False
    os.close(fd)
    return start_time(ident.pid, living=True) is not None
