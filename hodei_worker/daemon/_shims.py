"""The daemon's side of the fork server: ask for a shim, get its pid; learn when shims end.

A shim's end is watched with a pidfd (``pidfd_open``), which works for a shim this daemon did
not start (one found again after a restart) as well as for its own: the pidfd becomes readable
when the process has ended, whoever reaps it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.abc

from .. import _logging
from ..supervise._procfs import start_time

log = _logging.get_logger("hodei.daemon.shims")


class ShimError(Exception):
    """A shim could not be started; the message says why."""


@dataclass(frozen=True, slots=True)
class ShimRequest:
    """What a shim needs: hodei-run's arguments and where its job's stdio goes."""

    argv: Sequence[str]
    stdout: str
    stderr: str
    log: str
    cwd: str
    stdin: str | None = None
    record: str | None = None
    """Where the shim records its own pid and start time (JSON) before it does anything."""


@dataclass(frozen=True, slots=True)
class Spawned:
    """A shim just forked: its pid, its start time (which with the pid names it for good, read
    before it could be reaped), and when it was forked (seconds since the epoch)."""

    pid: int
    start_time: int | None
    started_at: float


class ForkServer:
    """Runs the fork server process; :meth:`spawn` returns a new shim's pid."""

    def __init__(self) -> None:
        self._process: anyio.abc.Process | None = None
        self._waiting: dict[int, Any] = {}
        self._next = 0
        self._lock = anyio.Lock()

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Starts the server and reads its answers until cancelled; the server (never the
        shims) ends with it."""
        process = await anyio.open_process(
            [sys.executable, "-m", "hodei_worker.daemon._forkserver"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None,
            start_new_session=True)
        self._process = process
        try:
            task_status.started()
            assert process.stdout is not None
            buffered = b""
            async for chunk in process.stdout:
                buffered += chunk
                *lines, buffered = buffered.split(b"\n")
                for line in lines:
                    self._answer(json.loads(line))
            raise ShimError(f"the fork server ended (status {await process.wait()})")
        finally:
            with anyio.CancelScope(shield=True):
                if process.stdin is not None:
                    with contextlib.suppress(Exception):
                        await process.stdin.aclose()  # EOF: the server exits, its shims go on
                with anyio.move_on_after(5):
                    await process.wait()
                if process.returncode is None:
                    process.kill()
                    await process.wait()
            for waiter in self._waiting.values():
                waiter["error"] = "the fork server ended"
                waiter["event"].set()

    def _answer(self, message: dict[str, Any]) -> None:
        if "exited" in message:
            return  # shims are watched through pidfds; the server reaped this one
        waiter = self._waiting.pop(message.get("id", -1), None)
        if waiter is not None:
            waiter.update(message)
            waiter["event"].set()

    async def spawn(self, request: ShimRequest) -> int:
        """Starts a shim; returns its pid. Raises ShimError."""
        return (await self.start(request)).pid

    async def start(self, request: ShimRequest) -> Spawned:
        """Starts a shim. Raises ShimError."""
        if self._process is None or self._process.stdin is None:
            raise ShimError("the fork server is not running")
        async with self._lock:
            self._next += 1
            ident = self._next
            waiter: dict[str, Any] = {"event": anyio.Event()}
            self._waiting[ident] = waiter
            line = json.dumps({"id": ident, "argv": list(request.argv), "stdin": request.stdin,
                               "stdout": request.stdout, "stderr": request.stderr,
                               "log": request.log, "cwd": request.cwd,
                               "record": request.record}) + "\n"
            await self._process.stdin.send(line.encode())
        await waiter["event"].wait()
        if "pid" not in waiter:
            raise ShimError(str(waiter.get("error", "no answer")))
        started = waiter.get("start_time")
        return Spawned(int(waiter["pid"]), None if started is None else int(started),
                       float(waiter.get("started_at") or time.time()))


def open_pidfd(pid: int, started: int | None) -> int | None:
    """A pidfd for the process ``pid`` that started at ``started``; None if it is gone (or the
    pid now names another process)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return None
    if started is not None and start_time(pid) != started:
        os.close(fd)
        return None
    return fd


async def wait_ended(pidfd: int) -> None:
    """Returns once the process behind ``pidfd`` has ended."""
    await anyio.wait_readable(pidfd)
