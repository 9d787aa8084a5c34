"""The supervisor hosts a daemon speaks to: the one it started, which runs its new jobs
(started again when found gone), and those of a previous life of this worker, adopted to
follow the jobs they still hold."""

from __future__ import annotations

from pathlib import Path

import anyio
import anyio.abc

from .. import _logging
from ..host import HostError, HostId, HostLink, alive, clear_if_gone, start_host

log = _logging.get_logger("hodei.daemon")


class Hosts:
    """The daemon's connections to hosts; their readers run in ``tg``, whose owner ends them."""

    def __init__(self, directory: Path, tg: anyio.abc.TaskGroup) -> None:
        self._directory = directory
        self._tg = tg
        self._lock = anyio.Lock()
        self.current: HostLink | None = None
        """The host this daemon started, which runs its new jobs."""
        self._adopted: dict[HostId, HostLink | None] = {}
        """Hosts of a previous life of this worker (None: gone or unreachable)."""

    async def for_new_jobs(self) -> HostLink:
        """The host this daemon started, started (again, if the last one is gone) when
        needed. Raises HostError."""
        async with self._lock:
            if self.current is None or self.current.gone.is_set():
                if self.current is not None:
                    clear_if_gone(self.current.ident)
                ident, process = await start_host(self._directory)
                self._tg.start_soon(process.wait)  # our child: reaped when it ends
                self.current = await HostLink.connect(ident)
                self._tg.start_soon(self.current.serve)
                log.info("host.started", host=ident.pid)
            return self.current

    async def adopt(self, ident: HostId) -> HostLink | None:
        """A connection to a host of a previous life; None when it is gone or unreachable."""
        if ident in self._adopted:
            return self._adopted[ident]
        link = None
        clear_if_gone(ident)
        if alive(ident):
            try:
                link = await HostLink.connect(ident)
            except HostError as exc:
                log.error("host.unreachable", host=ident.pid, error=str(exc))
            else:
                self._tg.start_soon(link.serve)
        self._adopted[ident] = link
        return link

    async def release(self, link: HostLink) -> None:
        """Lets an adopted host go once none of its jobs is followed any more (the host this
        daemon started stays)."""
        if link is not self.current and not link.watching:
            with anyio.CancelScope(shield=True):  # an older host: free to end now
                await link.aclose()
