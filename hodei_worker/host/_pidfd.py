"""A process named for good: a pidfd (``pidfd_open``) of a pid whose start time is checked,
so a reused pid is never taken for the process it was."""

from __future__ import annotations

import os

from ..supervise import start_time


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
