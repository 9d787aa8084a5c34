"""Running a job: hand it over to the host, follow it there, report its end exactly once.

A job's life: admitted (``_admit``) → its directory and spec on disk → handed over (a mark in
its journal naming the host, fsynced, before the host may start it) → ``JobStarted`` (with
``JobAccepted``) once the host says it runs → its output committed by the log pump while it
runs → the host appends its event to its journal and says it ended → that event (or, if the
host died without writing one, ``ERR_1008``) as the terminal event, or ``JobCancelled`` if it
was cancelled → ``reported`` in its journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Final

import anyio
import anyio.abc

from .. import _logging
from ..classify import Observation, classify
from ..events import Identity, build_event, to_dict
from ..host import HostError
from ..run import JOB_MARKER, plan_from_spec, plan_to_dict
from ..supervise import stop_leftovers, sweep_stale
from ._events import Events
from ._fsync import GroupFsync
from ._hosts import Hosts
from ._job import Job
from ._jobdir import boot_id
from ._logpump import LogPump

log = _logging.get_logger("hodei.daemon")

LOST: str = "the job's supervisor ended without writing the job's outcome (killed, or the host restarted)"
HANDOVERS: Final = 3
"""How often a job is handed over at most, while its hosts die (or drop it) before they get
it; then it is reported as a failure of its supervisor."""


class Runner:
    """Runs the worker's jobs in its hosts; ``done(job, reported)`` is told once a job is
    forgotten (``reported``: its terminal event is committed)."""

    def __init__(self, worker_id: str, kill_grace_ms: int, hosts: Hosts, events: Events,
                 pump: LogPump, fsync: GroupFsync, tg: anyio.abc.TaskGroup,
                 done: Callable[[Job, bool], None]) -> None:
        self._worker_id = worker_id
        self._kill_grace_ms = kill_grace_ms
        self._hosts = hosts
        self._events = events
        self._pump = pump
        self._fsync = fsync
        self._tg = tg
        self._done = done

    async def start(self, job: Job) -> None:
        """Hands the job over (to a new host, once, if the host died before it got it) and
        follows it to its end."""
        plan = plan_to_dict(plan_from_spec(job.spec, self._worker_id, str(job.dir.work),
                                           self._kill_grace_ms))
        for attempt in (1, 2):
            try:
                await self._hand_over(job, plan)
                break
            except OSError as exc:  # its hand-over mark has no room: never sent, refused
                await self._refuse(job, f"the worker cannot record the job's hand-over in its "
                                        f"state directory: {exc.strerror or exc}")
                return
            except HostError as exc:
                retry = attempt == 1 and exc.undelivered  # the host died before it; a new one
                job.link = job.watch = None
                job.cancel_sent = False
                if not retry:
                    await self.finish(job, internal=f"the job's supervisor could not be "
                                                    f"started: {exc}")
                    return
        if job.cancel_reason is not None:  # cancelled before it was handed over
            await self.send_cancel(job)
        await self.follow(job)

    async def _hand_over(self, job: Job, plan: dict[str, Any]) -> None:
        """Hands the job to this daemon's host. Raises HostError."""
        link = await self._hosts.for_new_jobs()
        job.handovers += 1
        # Durable before the host may start it; fsynced with the other jobs handed over now.
        job.dir.mark_spawning({**link.ident.as_dict(), "boot": boot_id()}, sync=False)
        await self._fsync.sync(job.dir.journal)
        job.link, job.watch = link, link.watch(job.host_key)
        await link.run(job.host_key, plan, job.dir.stdout, job.dir.stderr,
                       job.dir.path / "stdin" if job.spec.stdin else None, job.dir.journal,
                       self._pump.limit, f"{JOB_MARKER}={job.key}")

    async def follow(self, job: Job) -> None:
        """Follows a job its host runs: commits its start (with what else waits), then
        reports its end."""
        assert job.watch is not None
        await job.watch.started.wait()
        if job.watch.pid is not None:
            started = self._events.started(job, job.watch.pid, job.watch.at or time.time())
            if job.watch.ended.is_set():  # told together (a short job): committed with its end
                job.unsent.append(started)
            else:
                await self._events.commit(job, started)
            log.info("job.started", job_id=job.job_id, pid=job.watch.pid)
        await job.watch.ended.wait()
        await self.finish(job)

    async def _refuse(self, job: Job, reason: str) -> None:
        """Refuses a job that was never handed over (ERR_2001, the worker has no room for
        it), and forgets it and its directory."""
        log.warning("job.refused", job_id=job.job_id, reason=reason)
        try:
            await self._events.rejected(job.job_id, f"{job.key}/rejected/{time.time_ns()}",
                                        "ERR_2001", reason)
            job.dir.remove()
        finally:
            self._done(job, False)
            job.ended.set()

    def cancel(self, job: Job, reason: str) -> None:
        """Cancels the job: recorded first (a restarted worker reports it too), then sent to
        its host (a job not yet handed over is cancelled as it is)."""
        if job.cancel_reason is None:
            job.cancel_reason = reason
            try:
                job.dir.request_cancel(reason)
            except OSError as exc:  # no room to record it: cancelled all the same
                log.warning("job.cancel_unrecorded", job_id=job.job_id, error=str(exc))
        if job.link is not None:
            self._tg.start_soon(self.send_cancel, job)

    async def send_cancel(self, job: Job) -> None:
        if job.link is not None and not job.cancel_sent:
            job.cancel_sent = True
            await job.link.cancel(job.host_key)

    async def finish(self, job: Job, internal: str | None = None) -> None:
        """Reports how the job ended, exactly once, and forgets it; ``internal``: the job is
        lost for that reason, whatever its journal says. A job that no host ever got (its
        host died, or dropped it, before it was received) is handed over again instead."""
        if internal is None and self._again(job):
            return
        reported = False
        try:
            event, cancel = await self._pump.wind_up(job)
            if internal or event is None:
                # In a thread: finding what is left of the job scans every process and cgroup.
                event = await anyio.to_thread.run_sync(self._lost, job, internal or LOST)
            await self._events.commit(job, self._events.end(job, event, cancel))
            try:
                job.dir.mark_reported()
            except OSError as exc:  # a restart then commits its end again, under its id
                log.warning("job.reported_unmarked", job_id=job.job_id, error=str(exc))
            job.dir.remove_work()
            reported = True
            log.info("job.reported", job_id=job.job_id, exit_code=event.get("exit_code"),
                     error_code=event.get("error_code"))
        finally:
            self._done(job, reported)
            job.ended.set()
            if job.link is not None:
                job.link.forget(job.host_key)
                await self._hosts.release(job.link)

    def _again(self, job: Job) -> bool:
        """Hands the job over again when no host ever got it (see ``JobDir.never_received``):
        never started, it is started once, not reported lost. False otherwise."""
        if job.handovers >= HANDOVERS or not job.dir.never_received():
            return False
        log.warning("job.handed_over_again", job_id=job.job_id, reason="its host never got it")
        link, job.link, job.watch, job.cancel_sent = job.link, None, None, False
        if link is not None:
            link.forget(job.host_key)
            self._tg.start_soon(self._hosts.release, link)
        self._tg.start_soon(self.start, job)
        return True

    def _lost(self, job: Job, message: str) -> dict[str, Any]:
        """ERR_1008 for a job whose supervisor host is gone without an outcome; its leftovers
        are stopped, and the cgroups of lost supervisors removed (they leave that to the
        daemon)."""
        stopped = stop_leftovers(f"{JOB_MARKER}={job.key}", str(job.dir.path)) + sweep_stale()
        spec = job.spec
        command = (["/bin/sh", "-c", spec.shell_script] if spec.WhichOneof("command") == "shell_script"
                   else list(spec.argv.args))
        obs = Observation(command[0], tuple(command[1:]), spec.working_dir or str(job.dir.work),
                          internal_error=message, leftovers_stopped=stopped)
        who = Identity(spec.job_id, self._worker_id, spec.correlation_id or spec.job_id)
        return to_dict(build_event(obs, classify(obs), who))
