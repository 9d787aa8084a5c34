"""Many supervisions in one process: each job's supervision runs as steps (see
:func:`~._supervisor.supervision`), all driven by one ``poll`` loop on the main thread.

A job supervised here gets what hodei-run gives it (its process group and cgroups, deadline
and grace, the whole tree stopped, OOM kills counted, secrets masked in its relayed output),
with one process and one thread for all of them: no shim per job, so a job costs its
bookkeeping, not a copy of an interpreter's pages. The loop is single-threaded (relays are
pumped by it, not threads), so jobs are started by ``fork`` into their cgroups, and it never
blocks on one job: a job's spawn waits for its cgroup migration as any other wait does.

Each pass of :meth:`Supervisions.run_once` sleeps in one ``poll`` over the signal wake-up pipe
(SIGCHLD), the relays' pipes, the fds jobs wait on and the caller's own, until the earliest
time a job waits for; then it reaps, pumps the relays that have bytes, and resumes each job
whose wait is over: its fd readable, its time reached, or, for a job waiting on signals, a
signal of its own (its inbox) or its main process's end. Jobs with nothing new are not
resumed, so a pass costs the jobs it serves, not every job held.
"""

from __future__ import annotations

import functools
import select
import signal
import time
from collections.abc import Callable, Iterable

from .. import _logging
from .._masking import Masker
from ._cgroup import Hierarchy, discover
from ._output import PumpedRelay
from ._reaper import Reaper
from ._spawner import Spawner
from ._spec import Launch
from ._supervisor import supervision
from ._wait import Clock, Inbox, Steps, Wait, Waiter, _poll_ms

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ..classify import Observation

log = _logging.get_logger("hodei.host")


class _Hosted:
    __slots__ = ("key", "steps", "inbox", "wait", "pid", "masker", "limit", "relays")

    def __init__(self, key: str, inbox: Inbox, masker: Masker, limit: int | None) -> None:
        self.key = key
        self.inbox = inbox
        self.masker = masker
        self.limit = limit
        """The most bytes written to each of its output files (None: no limit)."""
        self.relays: dict[int, PumpedRelay] = {}
        """Its relays, by the output fd each writes to."""
        self.steps: Steps[Observation] | None = None
        self.wait: Wait = (None, None)
        self.pid: int | None = None
        """The job's main process, once it runs."""


class Supervisions:
    """Supervises any number of jobs at once on this thread (the main one: it catches
    SIGCHLD while :meth:`run_once` runs). Ended jobs come back from :meth:`run_once` with
    their observation, or the exception that broke their supervision (the job stopped)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self.reaper = Reaper()
        self._jobs: dict[str, _Hosted] = {}
        self._relays: set[PumpedRelay] = set()
        self._ended: list[tuple[str, Observation | BaseException]] = []
        self._dropped: dict[str, dict[int, int]] = {}
        self.ready_fds: set[int] = set()
        """Which of the caller's fds (given to :meth:`run_once`) the last pass found readable."""
        self._hierarchies: list[Hierarchy] | None = None
        """The cgroup hierarchies, found once: this process stays where it is."""
        self.received: list[int] = []
        """The signals the waiter caught in the last pass (SIGCHLD among them)."""
        self.spawner = Spawner()
        """Starts the jobs' processes (see ``_spawner``); ended by :meth:`close`."""

    def __len__(self) -> int:
        return len(self._jobs)

    def start(self, key: str, spec: Launch, stdout: int, stderr: int, stdin: int | None = None,
              started: Callable[[int], None] | None = None, masker: Masker | None = None,
              marker: str | None = None, output_limit: int | None = None) -> None:
        """Starts supervising ``spec`` as ``key``, its output going to ``stdout`` and
        ``stderr`` (regular files), its input read from ``stdin`` (None: the host's); the
        caller keeps and closes them. ``started`` is called with the job's pid once it runs.
        ``masker``: the job's secrets' (made from ``spec`` when the caller has none).
        ``marker``: ``NAME=VALUE`` in the environment of every process of the job, by which
        what escapes its tree is found at its end where it has no cgroup.
        ``output_limit``: the most bytes written to each output file; the rest is counted
        (:meth:`dropped`) and never written, and the job goes on. With a limit, the job's
        stdout is relayed too (never written by the job itself).
        Its job is started by the next :meth:`run_once` calls, never by this one."""
        if key in self._jobs:
            raise ValueError(f"{key}: already supervised here")
        if spec.own_all_descendants:
            raise ValueError(f"{key}: a hosted job cannot own every descendant of the host")
        hosted = _Hosted(key, Inbox(self.clock), masker or Masker(spec.secrets), output_limit)

        def running(pid: int) -> None:
            hosted.pid = pid
            if started is not None:
                started(pid)

        if spec.use_cgroups and self._hierarchies is None:
            try:
                self._hierarchies = discover()
            except OSError as exc:  # the job finds out on its own, and says so
                log.info("cgroup.unavailable", error=str(exc))
        hosted.steps = supervision(spec, self.reaper, hosted.inbox, stdout=stdout, stderr=stderr,
                                   make_relay=functools.partial(self._relay, hosted),
                                   relay_stdout=output_limit is not None,
                                   stdin=stdin, started=running,
                                   hierarchies=self._hierarchies, masker=hosted.masker,
                                   spawner=self.spawner, marker=marker)
        self._jobs[key] = hosted
        hosted.wait = (self.clock(), None)  # due at once: the first pass starts it

    def _relay(self, hosted: _Hosted, source: int, sink: int, masker: Masker,
               tail: int) -> PumpedRelay:
        relay = PumpedRelay(source, sink, masker, tail, hosted.limit)
        self._relays.add(relay)
        hosted.relays[sink] = relay
        return relay

    def dropped(self, key: str) -> dict[int, int]:
        """For a job that ended (once, then forgotten): the bytes dropped from each output fd,
        past its limit or refused by a full disk (only those with some)."""
        return self._dropped.pop(key, {})

    def signal(self, key: str, sig: int = signal.SIGTERM) -> bool:
        """Signals the job ``key`` as hodei-run would be signalled: a termination stops its
        whole tree (the grace period, then SIGKILL) and is recorded as forwarded; SIGKILL is a
        forced cancel, the termination without its grace. False when no such job is
        supervised here."""
        hosted = self._jobs.get(key)
        if hosted is None:
            return False
        hosted.inbox.put(sig)
        return True

    def run_once(self, waiter: Waiter, until: float | None = None,
                 fds: Iterable[int] = ()) -> list[tuple[str, Observation | BaseException]]:
        """One pass: sleeps until something is due (or ``until``, or one of the caller's
        ``fds`` is readable: see :attr:`ready_fds`), handles it, and returns the jobs that
        ended in it. ``waiter`` must catch SIGCHLD."""
        now = self.clock()
        times = [w[0] for w in (h.wait for h in self._jobs.values()) if w[0] is not None]
        if until is not None:
            times.append(until)
        if any(h.inbox.pending and h.wait[1] is None for h in self._jobs.values()):
            times.append(now)  # a job waiting on signals has one to take: no sleeping first
        poller = select.poll()
        poller.register(waiter.wake_fd, select.POLLIN)
        relays = {relay.source_fd: relay for relay in self._relays}
        for fd in relays:
            poller.register(fd, select.POLLIN)
        watched = {h.wait[1] for h in self._jobs.values() if h.wait[1] is not None}
        mine = set(fds)
        for fd in (watched | mine) - relays.keys():
            poller.register(fd, select.POLLIN)
        ready = {fd for fd, _ in poller.poll(_poll_ms(min(times) - now if times else None))}
        self.ready_fds = ready & mine
        self.received = waiter.take()
        signalled = bool(self.received) or waiter.wake_fd in ready
        if signalled:
            self.reaper.reap()
        for fd in ready & relays.keys():
            self._pump(relays[fd])
        now = self.clock()
        exited = self.reaper.has_ended
        for hosted in list(self._jobs.values()):
            due, watch = hosted.wait
            if watch is not None:
                go = watch in ready or (due is not None and now >= due)
            else:  # waiting on signals: its own, or its main process's end
                go = (bool(hosted.inbox.pending) or (due is not None and now >= due)
                      or (exited(hosted.pid) if hosted.pid is not None else signalled))
            if go:
                self._advance(hosted)
        for relay in [r for r in self._relays if r.stopping]:
            self._pump(relay)
        ended, self._ended = self._ended, []
        return ended

    def close(self) -> None:
        """Ends every supervision still running at once: their jobs are killed (SIGKILL, no
        grace), their cgroups removed, and nothing is reported for them."""
        for hosted in list(self._jobs.values()):
            try:
                if hosted.steps is not None:
                    hosted.steps.close()
            except Exception:  # one that fails to close must not keep the others running
                log.exception("host.close_failed", key=hosted.key)
        self._jobs.clear()
        for relay in self._relays:
            relay.release()
        self._relays.clear()
        self.spawner.close()

    def _pump(self, relay: PumpedRelay) -> None:
        if not relay.pump():
            self._relays.discard(relay)

    def _advance(self, hosted: _Hosted) -> None:
        assert hosted.steps is not None
        # What the supervision logs meanwhile names its job, and is masked with its secrets.
        with _logging.scope(hosted.masker, job=hosted.key):
            try:
                hosted.wait = hosted.steps.send(None)
            except StopIteration as done:
                self._end(hosted, done.value)
            except Exception as exc:  # the supervision broke: it stopped its job before raising
                log.exception("host.supervision_failed")
                self._end(hosted, exc)

    def _end(self, hosted: _Hosted, outcome: Observation | BaseException) -> None:
        del self._jobs[hosted.key]
        dropped = {fd: relay.dropped for fd, relay in hosted.relays.items() if relay.dropped}
        if dropped:
            self._dropped[hosted.key] = dropped
        self._ended.append((hosted.key, outcome))
