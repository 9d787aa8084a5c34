"""Files made durable together: the writers of one moment share one hop to a worker thread.

A job's hand-over mark must be on disk before its host may start it (see ``_jobdir``). Jobs
come in batches (a ``RunJobs`` of several), and each mark is in its job's own file: fsynced
one by one on the event loop, they would hold the loop a journal commit each; each in a thread
hop of its own, they would cost more CPU than the wait saves. Here the marks written in one
pass of the loop are fsynced in one hop: the first fsync commits the file system's journal
with the others' changes in it, so the rest find little left to do.
"""

from __future__ import annotations

import os

import anyio


class _Group:
    def __init__(self) -> None:
        self.paths: list[str] = []
        self.done = anyio.Event()
        self.error: OSError | None = None


class GroupFsync:
    """Fsyncs files in groups; run :meth:`run` in a task group beside the writers."""

    def __init__(self) -> None:
        self.groups = 0
        """Groups fsynced so far (one thread hop each)."""
        self._open = _Group()
        self._waiting = anyio.Event()

    async def sync(self, path: str | os.PathLike[str]) -> None:
        """Returns once ``path`` is fsynced. Raises the OSError of its group's first failure."""
        group = self._open
        group.paths.append(os.fspath(path))
        self._waiting.set()
        await group.done.wait()
        if group.error is not None:
            raise group.error

    async def run(self) -> None:
        """Fsyncs whatever is queued, group after group, until cancelled."""
        while True:
            await self._waiting.wait()
            group, self._open = self._open, _Group()
            self._waiting = anyio.Event()
            self.groups += 1
            try:
                await anyio.to_thread.run_sync(_fsync_all, group.paths)
            except OSError as exc:
                group.error = exc
            group.done.set()


def _fsync_all(paths: list[str]) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
