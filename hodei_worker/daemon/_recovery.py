"""After a restart: the jobs of a previous life of this worker, found in the state directory
and followed again, reported, or started; never run twice, never reported twice."""

from __future__ import annotations

from pathlib import Path

import anyio.abc

from .. import _logging
from .._generated import jobs_pb2
from ..host import HostError, HostId
from ._events import Events
from ._hosts import Hosts
from ._job import Job
from ._jobdir import JobDir
from ._runner import Runner

log = _logging.get_logger("hodei.daemon")

UNSURE = ("the worker stopped while handing the job over; whether it started is unknown, so it "
          "was not started again")


async def recover(root: Path, jobs: dict[str, Job], unswept: dict[Path, str], hosts: Hosts,
                  runner: Runner, events: Events, tg: anyio.abc.TaskGroup) -> None:
    """Finds the jobs under ``root``: the reported ones wait in ``unswept`` for their events'
    acknowledgement; the others join ``jobs`` and are followed in their hosts, reported, or
    started (in ``tg``)."""
    by_host: dict[HostId, list[Job]] = {}
    for jobdir in JobDir.all(root):
        try:
            spec = jobs_pb2.JobSpec.FromString(jobdir.spec())
        except Exception:
            log.error("job.unreadable", dir=str(jobdir.path))
            if jobdir.reported:  # whose events to wait for is unknown: removed as before
                jobdir.remove()  # (a chunk still unsent goes without its bytes, logged)
            continue
        if jobdir.reported:  # its files stay until its chunks are sent
            unswept[jobdir.path] = spec.job_id
            continue
        job = Job(spec, jobdir)
        cancel = jobdir.cancel()
        job.cancel_reason = str(cancel["reason"]) if cancel else None
        jobs[job.job_id] = job
        # Committed again, in case the crash came before they were: their ids make a
        # repeat one event, for the outbox and for the control plane.
        job.unsent.append(events.accepted(job))
        host = jobdir.host()
        if host is not None:
            by_host.setdefault(HostId.from_dict(host), []).append(job)
        elif jobdir.spawning:  # a hand-over mark naming no host: whether it ran is unknown
            tg.start_soon(runner.finish, job, UNSURE)
        else:  # accepted, never handed over: started now
            tg.start_soon(runner.start, job)
    for ident, held in by_host.items():
        await _reattach(ident, held, hosts, runner, tg)


async def _reattach(ident: HostId, jobs: list[Job], hosts: Hosts, runner: Runner,
                    tg: anyio.abc.TaskGroup) -> None:
    """Finds the jobs handed to ``ident`` before the restart: each is followed there if it
    runs, reported if it ended, started now if the host never got it."""
    link = await hosts.adopt(ident)
    if link is None:  # the host is gone: their events, if it wrote them, else lost
        for job in jobs:
            tg.start_soon(runner.finish, job)
        return
    # Watched before asking: an end said meanwhile is kept.
    watches = {job.host_key: link.watch(job.host_key) for job in jobs}
    try:
        listed = await link.listing()
    except HostError:
        listed = {}
    for job in jobs:
        watch = watches[job.host_key]
        if job.host_key in listed or watch.ended.is_set():
            log.info("job.reattached", job_id=job.job_id, host=ident.pid)
            job.link, job.watch = link, watch
            pid, at = listed.get(job.host_key) or (None, None)
            if pid is not None and not watch.started.is_set():
                watch.pid, watch.at = pid, at
                watch.started.set()
            tg.start_soon(runner.follow, job)
            if job.cancel_reason is not None:  # the cancel may not have reached the host
                tg.start_soon(runner.send_cancel, job)
            continue
        link.forget(job.host_key)
        # Its event if it ended; handed over again if no host ever got it (the daemon died as
        # it sent it); else lost (see Runner.finish).
        tg.start_soon(runner.finish, job)
    await hosts.release(link)
