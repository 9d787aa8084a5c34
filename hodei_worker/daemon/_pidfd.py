"""Processes the daemon watches without being their parent (a host of its previous life, a
shim of an older daemon's): a pidfd (``pidfd_open``) names the process for good once its
start time is checked, becomes readable when it has ended, whoever reaps it, and signals it
without the risk of a reused pid."""

from __future__ import annotations

import os

import anyio

from ..supervise._procfs import start_time


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
