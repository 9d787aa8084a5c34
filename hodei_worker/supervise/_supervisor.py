"""Supervising one job to the end: spawn, relay, deadline, forwarded signals, leftovers, OOM.

:func:`supervise` runs on the main thread without an event loop: everything it waits for (the
job's end, received signals, the deadline, a grace period, its relays' ends) is one ``poll`` of
a :class:`~._wait.Waiter`. It owns every OS resource it makes (pipes, relays, cgroups, the
terminal's foreground) and releases each in a ``finally``. It returns the
:class:`Observation` the classifier reads; it never classifies.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence

from .. import _logging
from .._masking import Masker
from ..classify import STDERR_TAIL_LIMIT, OomDetection, PreSpawnKind
from . import _procfs
from ._cgroup import Hierarchy, JobCgroup, LimitError, discover, sweep_stale
from ._leftovers import marked
from ._output import Relay, make_pipe, same_output
from ._reaper import Exit, Reaper
from ._spawn import spawn_failure, spawn_steps
from ._spawner import Spawner
from ._spec import Launch
from ._wait import Inbox, Steps, Waiter, drive

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

    from ..classify import Observation, PathCheck, ResourceUsage

log = _logging.get_logger("hodei.supervise")

MakeRelay = Callable[[int, int, Masker, int], Relay]
"""Makes the relay of one stream: (source, sink, masker, tail limit)."""

FORWARDED: Final = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT,
                    signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH)
"""Signals hodei-run passes on to the job."""
TERMINATING: Final = frozenset({signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT})
"""Forwarded signals that also start the grace period: the job is being stopped."""
_FORWARD_SET: Final = frozenset(FORWARDED)
POLL_S: Final = 0.05
"""How often membership is re-read while stopping a job (only then)."""
WATCHDOG_S: Final = 0.25
"""How often the RSS watchdog samples, when no memory cgroup is available."""
RELAY_DRAIN_S: Final = 2.0
"""How long relays may drain after the job is gone before they are stopped."""


class _Outcome:
    __slots__ = ("deadline_fired", "killed_with", "forwarded", "watchdog_fired", "leftovers")

    def __init__(self) -> None:
        self.deadline_fired = False
        self.killed_with: int | None = None
        self.forwarded: int | None = None
        self.watchdog_fired = False
        self.leftovers = 0


class _Job:
    """The live processes of one job and the means to stop them all."""

    def __init__(self, spec: Launch, cgroup: JobCgroup | None, pid: int,
                 marker: str | None = None) -> None:
        self.spec = spec
        self.cgroup = cgroup
        self.pid = pid
        self.marker = marker
        """``NAME=VALUE`` in the environment of every process of the job (None: none)."""
        self.sweeping = False
        """Set once the main process has ended: from then on, without cgroups, what escaped
        its tree is looked for too (by its marker, process group or session: a scan of
        ``/proc``, paid only then)."""
        self.stopped: set[int] = set()
        """Processes other than the main one that we had to signal to stop."""

    def pids(self) -> set[int]:
        """Every live (non-zombie) process of the job: cgroup members, descendants (and,
        while sweeping without cgroups, the escapees it marks)."""
        found: set[int] = set(self.cgroup.members()) if self.cgroup else set()
        if self.spec.own_all_descendants:
            found |= _procfs.descendants(os.getpid())
        else:
            found |= {self.pid} | _procfs.descendants(self.pid)
            if self.sweeping and self.cgroup is None and self.marker:
                found |= marked(self.marker, self.pid)
        found.discard(os.getpid())
        return {pid for pid in found if _procfs.alive(pid)}

    def signal_all(self, sig: int, pids: set[int] | None = None) -> None:
        """Sends ``sig`` once to every process of the job: one ``killpg`` for the members of
        the job's process group (only while it has live members, so a recycled group id is
        never hit), one ``kill`` for each process that left the group."""
        targets = self.pids() if pids is None else pids
        if sig in TERMINATING or sig == signal.SIGKILL:
            self.stopped.update(targets - {self.pid})
        in_group = {pid for pid in targets if _procfs.pgid(pid) == self.pid}
        if in_group:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, sig)
        for pid in targets - in_group:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        if sig in TERMINATING:
            # A stopped process (Ctrl-Z, or waiting for the terminal) would hold the signal
            # until the grace period ends in SIGKILL: continue it so it can act on it now.
            for pid in targets:
                if _procfs.state(pid) == "T":
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGCONT)

    def rss_bytes(self) -> int:
        """The memory of all the job's processes together, shared pages counted once."""
        return sum(_procfs.charged_bytes(pid) for pid in self.pids())


def _terminal_group(fd: int = 0) -> int | None:
    """The foreground process group of our controlling terminal on ``fd``, None if ``fd`` is
    not our controlling terminal."""
    try:
        return os.tcgetpgrp(fd) if os.isatty(fd) else None
    except OSError:
        return None


@contextlib.contextmanager
def _foreground(enabled: bool, pgid: int) -> Iterator[bool]:
    """While the job runs on our controlling terminal, hands the terminal to the job's process
    group whenever we hold it (as a shell does, so an interactive job can read it), and gives
    it back after. Yields whether there is a terminal to share (even if, started in the
    background, we do not hold it yet: ``fg`` may give it to us later)."""
    front = _terminal_group() if enabled else None
    if front is None:
        yield False
        return
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # we write tcsetpgrp from behind
    try:
        if front == os.getpgrp():
            _give_terminal(0, pgid)
        yield True
    finally:
        if _terminal_group() == pgid:  # never take it from whoever holds it now
            with contextlib.suppress(OSError):
                os.tcsetpgrp(0, os.getpgrp())
        signal.signal(signal.SIGTTOU, previous)


def _give_terminal(fd: int, pgid: int) -> None:
    with contextlib.suppress(OSError):
        os.tcsetpgrp(fd, pgid)
        # The job may already have read the terminal as a background group and been stopped
        # by SIGTTIN; now that it is in front, let it go on.
        os.killpg(pgid, signal.SIGCONT)


_TERMINAL_ACCESS: Final = frozenset({signal.SIGTTIN, signal.SIGTTOU})
"""Stops the kernel makes when a background group touches the terminal."""


class _Waits:
    """The waiting side of one job: every wait goes through :meth:`pump`, which also handles
    whatever arrives meanwhile, in order: reaps, forwards received signals, follows job
    control, and fires the timers (SIGKILL once a forwarded termination's grace is over; the
    RSS watchdog). So a stop in progress, a wait for the job's end and a wait for its
    leftovers all see forwarded signals and timers alike."""

    def __init__(self, job: _Job, reaper: Reaper, waiter: Waiter | Inbox, outcome: _Outcome,
                 interactive: bool, watchdog_limit: int | None) -> None:
        self.job = job
        self.reaper = reaper
        self.waiter = waiter
        self.outcome = outcome
        self.interactive = interactive
        self.clock = waiter.clock
        self.kill_at: float | None = None
        """When a forwarded termination's grace period ends (SIGKILL then)."""
        self.watchdog_limit = watchdog_limit
        self.watch_at = self.clock() + WATCHDOG_S if watchdog_limit else None

    def pump(self, until: float | None) -> Steps[None]:
        """Sleeps until ``until`` or until something arrives, and handles what did."""
        timers = [t for t in (until, self.kill_at, self.watch_at) if t is not None]
        yield (min(timers) if timers else None), None
        # Taken before reaping: a SIGCHLD that arrives during the reap then stays to wake the
        # next wait. Taken after, the exit it announces could be thrown away unreaped.
        received = self.waiter.take()
        self.reaper.reap()
        for sig in received:
            if sig in _FORWARD_SET:
                self.forward(sig)
            elif sig == signal.SIGKILL:  # a forced cancel (only an inbox carries one)
                self.force()
        if self.interactive:
            while (stop := self.reaper.stopped(self.job.pid)) is not None:
                self.job_control(stop)
        now = self.clock()
        if self.kill_at is not None and now >= self.kill_at:
            self.kill_at = None
            if self.job.pids():
                self.outcome.killed_with = signal.SIGKILL
                yield from self.stop(signal.SIGKILL, 0)
        if self.watch_at is not None and now >= self.watch_at:
            self.watch_at = now + WATCHDOG_S
            assert self.watchdog_limit is not None
            if self.job.rss_bytes() > self.watchdog_limit:
                log.info("job.rss_limit", limit=self.watchdog_limit)
                self.outcome.watchdog_fired = True
                self.watch_at = None
                yield from self.stop(signal.SIGKILL, 0)

    def forward(self, sig: int) -> None:
        """Passes a received signal on to the job; a termination also starts the grace."""
        log.info("signal.forward", signal=signal.Signals(sig).name)
        if sig in TERMINATING:
            self.outcome.forwarded = sig
            if self.outcome.killed_with is None:
                self.outcome.killed_with = sig
                self.kill_at = self.clock() + self.job.spec.kill_grace_ms / 1000
            self.job.signal_all(sig)
        else:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.job.pid, sig)

    def force(self) -> None:
        """A termination without its grace: recorded as a forwarded SIGTERM, and the job's
        whole tree killed with SIGKILL now (by this pump's timer)."""
        log.info("signal.forward", signal="SIGKILL", forced=True)
        self.outcome.forwarded = signal.SIGTERM
        self.outcome.killed_with = signal.SIGKILL
        self.kill_at = self.clock()

    def stop(self, first: int, grace_ms: int) -> Steps[int | None]:
        """``first`` to everything, then SIGKILL after the grace until nothing is left.

        Returns the last signal it had to send, or None when nothing was running."""
        job = self.job
        if not job.pids():
            return None
        job.signal_all(first)
        end = self.clock() + grace_ms / 1000
        # Membership has no change event to wait on (v1 has none; v2's cgroup.events would
        # need inotify), so it is re-read; only while a stop is under way.
        while job.pids():
            now = self.clock()
            if now >= end:
                break
            yield from self.pump(min(end, now + POLL_S))
        else:
            return first
        while remaining := job.pids():
            log.info("job.kill", pids=sorted(remaining), reason="grace period over")
            if not (job.cgroup and job.cgroup.kill_all()):
                job.signal_all(signal.SIGKILL, remaining)
            yield from self.pump(self.clock() + POLL_S)
        return signal.SIGKILL

    def wait_ended(self, until: float | None = None) -> Steps[Exit | None]:
        """The main process's exit, waiting for it until ``until`` (None: no limit)."""
        while (ended := self.reaper.ended(self.job.pid)) is None:
            if until is not None and self.clock() >= until:
                return None
            yield from self.pump(until)
        return ended

    def job_control(self, sig: int) -> None:
        """Job control as a shell's job sees it, hodei-run and its job being one job:

        - the job stopped (Ctrl-Z; or, while we are in the background, by touching the
          terminal): stop hodei-run too, so the shell that started it gets the terminal back
          and says so;
        - the job stopped for touching the terminal while we hold it (we were brought to the
          foreground with ``fg`` while the job ran): hand it the terminal and let it go on;
        - continued by the shell: if ``fg`` gave us the terminal, hand it to the job; resume
          it."""
        pid = self.job.pid
        log.info("job.stopped", signal=signal.Signals(sig).name)
        front = _terminal_group()
        if sig in _TERMINAL_ACCESS and front == os.getpgrp():
            _give_terminal(0, pid)
            return
        if front == pid:
            with contextlib.suppress(OSError):
                os.tcsetpgrp(0, os.getpgrp())
        os.kill(os.getpid(), signal.SIGSTOP)  # returns when the shell continues us (fg, bg)
        if _terminal_group() == os.getpgrp():  # fg gave us the terminal; bg did not
            _give_terminal(0, pid)
        else:
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGCONT)


def _observed(known: dict[str, Any], **found: Any) -> Observation:
    """The observation of a run: what was known before it started, and what was found."""
    from ..classify import Observation  # a dataclass: loaded while the job starts

    return Observation(**known, **found)


def _checked_paths(tail: bytes, ended: Exit, cwd: str) -> tuple[PathCheck, ...]:
    """After a failure, what the file system says about the paths its stderr names."""
    if not tail or (ended.exit_status == 0 and ended.term_signal is None):
        return ()
    from ..classify import PathCheck
    from ._pathcheck import checks

    try:
        return tuple(PathCheck(**found) for found in checks(tail, cwd))
    except (OSError, ValueError) as exc:  # a check that cannot be made says nothing
        log.info("pathcheck.failed", error=str(exc))
        return ()


def _usage(ended: Exit, cgroup: JobCgroup | None, reaper: Reaper) -> ResourceUsage:
    """What the job used. The job cgroup's own peak and CPU counters cover every process of
    the job; without them, the main process's rusage (with its reaped children) and that of
    the orphans we reaped. That rusage peak counts the spawning process's image, shared until
    exec, so a peak no higher than hodei-run's own peak says nothing about the job: it is left
    out ("where known") rather than reported wrong."""
    rss = cgroup.peak_memory() if cgroup else None
    cpu = cgroup.cpu_times_ms() if cgroup else None
    if ended.rusage is not None:
        if not rss:
            # Our own memory's peak, not RUSAGE_SELF: that also holds whatever image our own
            # parent had when it forked us, which can be far larger than anything of ours.
            own_kib = _procfs.peak_rss_kib(os.getpid())
            rss = ended.rusage.ru_maxrss * 1024 if ended.rusage.ru_maxrss > own_kib else None
        if cpu is None:
            cpu = (round(ended.rusage.ru_utime * 1000) + reaper.orphan_cpu_ms[0],
                   round(ended.rusage.ru_stime * 1000) + reaper.orphan_cpu_ms[1])
    from ..classify import ResourceUsage

    return ResourceUsage(rss, cpu[0] if cpu else None, cpu[1] if cpu else None)


def supervise(spec: Launch, reaper: Reaper, *, stdout: int = 1, stderr: int = 2,
              early_signals: Sequence[int] = (), clock: Callable[[], float] = time.monotonic,
              meanwhile: Callable[[], None] | None = None) -> Observation:
    """Runs one job to the end and reports what happened; nothing of the job outlives it.

    Call it on the main thread (it catches signals). ``early_signals`` are terminations
    received before this was called (while the process was starting): if one is there once
    our handlers are, the job is not started at all. ``meanwhile`` runs once while the job's
    process starts (see :func:`~._spawn.spawn`)."""
    started = clock()
    masker, known, cgroup, refused = _prepare(spec)
    if refused is not None:
        return refused
    try:
        # Handlers first, spawn second: a signal that arrives while the job is starting is
        # recorded and forwarded, instead of killing hodei-run and orphaning the job.
        with Waiter((*FORWARDED, signal.SIGCHLD), clock) as waiter:
            if early := next((s for s in early_signals if s in TERMINATING), None):
                return _not_started(known, cgroup, early)
            return drive(Supervision(spec, reaper, cgroup, masker, known, started, waiter,
                                     stdout=stdout, stderr=stderr, meanwhile=meanwhile).run(),
                         waiter)
    finally:
        if cgroup is not None:
            cgroup.remove()


def supervision(spec: Launch, reaper: Reaper, inbox: Inbox, *, stdout: int, stderr: int,
                make_relay: MakeRelay = Relay, relay_stdout: bool = False,
                stdin: int | None = None,
                started: Callable[[int], None] | None = None,
                hierarchies: list[Hierarchy] | None = None,
                masker: Masker | None = None, spawner: Spawner | None = None,
                marker: str | None = None) -> Steps[Observation]:
    """:func:`supervise` as steps, for a loop that drives many supervisions in one process
    (:class:`~._supervisions.Supervisions`): ``inbox`` holds what is signalled to this job (a cancel) instead
    of this process's signals, and a termination already there when the job would start
    means it is not started. ``spec.own_all_descendants`` must be False there. The job reads
    ``stdin`` (None: this process's own); ``started`` is called with its pid once it runs.
    ``hierarchies``: the cgroup hierarchies, as :func:`~._cgroup.discover` found them (found
    again for this job when None). ``masker``: the job's secrets' (made from ``spec`` when
    None). ``spawner``: the host's, which starts the job's process (see ``_spawner``).
    ``marker``: ``NAME=VALUE`` that every process of the job carries in its environment, by
    which its escapees are found and stopped at its end where it has no cgroup.
    ``relay_stdout``: the job's stdout goes through a relay even unmasked (one that bounds
    the file, say), never written by the job itself."""
    begun = inbox.clock()
    masker, known, cgroup, refused = _prepare(spec, hierarchies, masker)
    if refused is not None:
        return refused
    try:
        if early := next((s for s in inbox.pending if s in TERMINATING), None):
            return _not_started(known, cgroup, early)
        return (yield from Supervision(spec, reaper, cgroup, masker, known, begun, inbox,
                                       stdout=stdout, stderr=stderr, make_relay=make_relay,
                                       stdin=stdin, on_start=started, spawner=spawner,
                                       marker=marker, relay_stdout=relay_stdout).run())
    finally:
        if cgroup is not None:
            cgroup.remove()


def _not_started(known: dict[str, Any], cgroup: JobCgroup | None, early: int) -> Observation:
    log.info("job.not_started", signal=signal.Signals(early).name)
    return _observed(known, forwarded_signal=early, oom_detection=(
        cgroup.oom_detection if cgroup else OomDetection.UNAVAILABLE))


def _prepare(spec: Launch, hierarchies: list[Hierarchy] | None = None, masker: Masker | None = None,
             ) -> tuple[Masker, dict[str, Any], JobCgroup | None, Observation | None]:
    """What a supervision knows before its job starts, and the job's cgroups (made here;
    the caller removes them). The observation is set when bad input refused the job."""
    masker = Masker(spec.secrets) if masker is None else masker
    known: dict[str, Any] = {
        "command": masker.text(spec.argv[0]),
        "arguments": tuple(masker.text(a) for a in spec.argv[1:]),
        "working_dir": os.path.abspath(spec.workdir) if spec.workdir else os.getcwd(),
        "timeout_ms": spec.timeout_ms,
        "memory_limit_bytes": spec.limits.memory_bytes,
    }
    cgroup: JobCgroup | None = None
    if spec.use_cgroups:
        try:
            if hierarchies is None:
                hierarchies = discover()
            if spec.sweep_stale:  # a job whose hodei-run was killed must not outlive our start
                sweep_stale(hierarchies)
            cgroup = JobCgroup.create(spec.name, spec.limits, hierarchies)
        except LimitError as exc:  # the kernel refused a value: bad input, nothing has run
            from ..classify import PreSpawnError

            return masker, known, None, _observed(known, pre_spawn_error=PreSpawnError(
                PreSpawnKind.VALIDATION, exc.option, exc.message))
        except OSError as exc:
            log.info("cgroup.unavailable", error=str(exc))
    for role, wanted in (("pids", spec.limits.pids), ("cpu", spec.limits.cpus)):
        if wanted is not None and (cgroup is None or role not in cgroup.dirs):
            log.warning("limit.not_enforced", option=f"--{role.replace('cpu', 'cpus')}",
                        reason=f"no writable {role} cgroup")
    return masker, known, cgroup, None


class Supervision:
    """One job's supervision, its steps as methods; :meth:`run` is the whole of it:

    1. :meth:`_start`: the job's pipes made, its process spawned into its cgroups (a refusal
       by the OS ends the supervision here, as the job's spawn failure);
    2. :meth:`_relay`: its output relays started (each owns its pipe from then on);
    3. :meth:`_follow`: its end awaited under the deadline; on timeout it is stopped
       (SIGTERM, the grace, SIGKILL); then what is left of it is stopped;
    4. :meth:`_observe`: what happened, as the :class:`Observation` the classifier reads.

    Whatever breaks it, nothing of the job outlives it (:meth:`run`'s handlers), and it
    releases every pipe it made. Every wait goes through :class:`_Waits`."""

    def __init__(self, spec: Launch, reaper: Reaper, cgroup: JobCgroup | None, masker: Masker,
                 known: dict[str, Any], started: float, waiter: Waiter | Inbox, *, stdout: int,
                 stderr: int, meanwhile: Callable[[], None] | None = None,
                 make_relay: MakeRelay = Relay, stdin: int | None = None,
                 on_start: Callable[[int], None] | None = None,
                 spawner: Spawner | None = None, marker: str | None = None,
                 relay_stdout: bool = False) -> None:
        self.spec = spec
        self.reaper = reaper
        self.cgroup = cgroup
        self.masker = masker
        self.known = known
        self.started = started
        self.waiter = waiter
        self.clock = waiter.clock
        self.stdout, self.stderr, self.stdin = stdout, stderr, stdin
        self.meanwhile = meanwhile
        self.make_relay = make_relay
        self.on_start = on_start
        self.spawner = spawner
        self.marker = marker
        """``NAME=VALUE`` every process of the job carries (see :class:`_Job`)."""
        self.relay_stdout = relay_stdout
        """Relay the job's stdout even unmasked (a relay that bounds what it writes)."""
        self.detection = cgroup.oom_detection if cgroup else OomDetection.UNAVAILABLE
        # The job's cgroups were made for it just now, with nothing in them yet: their
        # counter is 0, and is read once, at the end.
        self.oom_before = 0 if self.detection is not OomDetection.UNAVAILABLE else None
        self.watchdog_limit: int | None = None
        if spec.limits.memory_bytes and self.detection is OomDetection.UNAVAILABLE:
            self.detection, self.oom_before = OomDetection.RSS_WATCHDOG, 0
            self.watchdog_limit = spec.limits.memory_bytes
        self.outcome = _Outcome()
        self.unrelayed: list[tuple[int, int, int]] = []
        """(pipe, sink, tail limit) of each stream whose relay has not started yet: closed here
        if it never starts."""
        self.relays: list[Relay] = []

    def _elapsed(self) -> int:
        return round((self.clock() - self.started) * 1000)

    def run(self) -> Steps[Observation]:
        """Supervises the job from its spawn to the last of its processes and output."""
        refusal = yield from self._start()
        if refusal is not None:
            return refusal
        job = _Job(self.spec, self.cgroup, self.pid, self.marker)
        ended: Exit | None = None
        abandoned = False
        try:  # from here on, whatever happens, the job does not outlive us
            if self.on_start is not None:
                self.on_start(job.pid)
            self._relay()
            with _foreground(self.spec.foreground_tty, job.pid) as interactive:
                waits = _Waits(job, self.reaper, self.waiter, self.outcome, interactive,
                               self.watchdog_limit)
                ended = yield from self._follow(job, waits)
        except GeneratorExit:
            # Abandoned by whoever drove it (a host closing): nothing may wait any more, and
            # still nothing of the job may outlive its supervision.
            abandoned = True
            if not (self.cgroup and self.cgroup.kill_all()):
                job.signal_all(signal.SIGKILL)
            raise
        except BaseException:
            # Whatever broke us, the job must not outlive us: kill and reap it.
            yield from _kill_and_reap(job, self.reaper, self.waiter, self.outcome, ended is None,
                                      self.clock() + self.spec.kill_grace_ms / 1000 + 5)
            raise
        finally:
            _close(*(source for source, _sink, _tail in self.unrelayed))
            if abandoned:
                for relay in self.relays:
                    relay.stop()
            else:
                yield from _finish_relays(self.relays, self.clock)
        return self._observe(ended)

    def _start(self) -> Steps[Observation | None]:
        """Makes the job's pipes and spawns it; its pid is :attr:`pid`. Returns the
        observation of a job the OS refused to start (None once it runs)."""
        spec, stdout = self.spec, self.stdout
        err_r, err_w = make_pipe()
        if same_output(stdout, self.stderr):  # 2>&1: one pipe, one relay, the job's order kept
            out_r, out_w = None, None
            job_stdout: int | None = err_w
        else:
            out_r, out_w = (make_pipe() if self.masker.active or self.relay_stdout
                            else (None, None))
            # Unmasked, the job writes to our stdout itself: fd 1 is inherited, another is given.
            job_stdout = out_w if out_w is not None or stdout == 1 else stdout
        refused: OSError | None = None
        try:
            # A failure to join the cgroups is the supervisor's (ERR_1008) and propagates;
            # only the spawn's own OSError is the job's refusal by the OS.
            try:
                self.pid = yield from spawn_steps(
                    spec.argv, spec.env, spec.workdir, job_stdout, err_w,
                    self.cgroup.procs_files() if self.cgroup else (), spec.pass_fds,
                    self.meanwhile, self.reaper, self.stdin, self.spawner)
            except OSError as exc:
                refused = exc
        except BaseException:
            _close(err_r, out_r)
            raise
        finally:
            _close(err_w, out_w)
        if refused is not None:
            _close(err_r, out_r)
            return _observed(self.known, oom_detection=self.detection,
                             execution_time_ms=self._elapsed(),
                             spawn_failure=spawn_failure(refused, spec.argv, spec.env, spec.workdir))
        log.info("job.started", pid=self.pid, cgroup=bool(self.cgroup),
                 oom_detection=self.detection.value)
        self.unrelayed = [(err_r, self.stderr, STDERR_TAIL_LIMIT),
                          *([(out_r, stdout, 0)] if out_r else [])]
        return None

    def _relay(self) -> None:
        """Starts a relay per stream; from then on each relay owns its pipe and closes it."""
        while self.unrelayed:
            source, sink, tail = self.unrelayed[0]
            relay = self.make_relay(source, sink, self.masker, tail)
            relay.start()
            self.relays.append(relay)
            self.unrelayed.pop(0)

    def _follow(self, job: _Job, waits: _Waits) -> Steps[Exit]:
        """Waits for the job's end under its deadline (stopping it when the deadline fires),
        then stops what is left of it."""
        spec, outcome = self.spec, self.outcome
        deadline = self.clock() + spec.timeout_ms / 1000 if spec.timeout_ms else None
        ended = yield from waits.wait_ended(deadline)
        if ended is None:
            outcome.deadline_fired = True
            log.info("job.deadline", timeout_ms=spec.timeout_ms)
            last = yield from waits.stop(signal.SIGTERM, spec.kill_grace_ms)
            if outcome.killed_with != signal.SIGKILL:  # a grace's SIGKILL inside this stop
                outcome.killed_with = last             # ended it: that is what it took
            ended = yield from waits.wait_ended()
        assert ended is not None  # waited for without a limit
        job.sweeping = True
        if leftovers := job.pids():
            log.info("job.leftovers", count=len(leftovers))
            yield from waits.stop(signal.SIGTERM, spec.kill_grace_ms)
        outcome.leftovers = len(job.stopped)
        return ended

    def _observe(self, ended: Exit | None) -> Observation:
        """What happened to the job, once it and its output are all gone."""
        assert ended is not None  # every path that leaves ended unset has raised
        outcome = self.outcome
        if self.detection is OomDetection.RSS_WATCHDOG:
            oom_after: int | None = int(outcome.watchdog_fired)
        else:
            oom_after = self.cgroup.oom_kills() if self.cgroup else None
        return _observed(
            self.known,
            exit_status=ended.exit_status,
            term_signal=ended.term_signal,
            core_dumped=ended.core_dumped,
            deadline_fired=outcome.deadline_fired,
            killed_with=outcome.killed_with,
            forwarded_signal=outcome.forwarded,
            oom_detection=self.detection,
            oom_kills_before=self.oom_before,
            oom_counter_cgroup=(str(self.cgroup.enclosing.directory)
                                if self.cgroup and self.cgroup.enclosing else None),
            oom_kills_after=oom_after,
            stderr_tail=self.relays[0].tail,
            path_checks=_checked_paths(self.relays[0].tail, ended, self.known["working_dir"]),
            execution_time_ms=self._elapsed(),
            resource_usage=_usage(ended, self.cgroup, self.reaper),
            leftovers_stopped=outcome.leftovers,
        )


def _kill_and_reap(job: _Job, reaper: Reaper, waiter: Waiter | Inbox, outcome: _Outcome,
                   reap_main: bool, until: float) -> Steps[None]:
    """SIGKILL to every process of the job until none is left, and the main one reaped (or
    ``until`` has passed); received signals are no longer forwarded: all is being killed."""
    clock = waiter.clock
    while clock() < until:
        waiter.take()  # before reaping, as in :meth:`_Waits.pump`
        reaper.reap()
        remaining = job.pids()
        if remaining and not (job.cgroup and job.cgroup.kill_all()):
            job.signal_all(signal.SIGKILL, remaining)
        if not remaining and not (reap_main and reaper.ended(job.pid) is None):
            return
        yield min(until, clock() + POLL_S), None


def _close(*fds: int | None) -> None:
    for fd in fds:
        if fd is not None:
            os.close(fd)


def _finish_relays(relays: list[Relay], clock: Callable[[], float]) -> Steps[None]:
    """Waits for the relays to reach end of stream, for at most the drain time in all; then
    stops those that something outside still holds open, or whose reader stopped reading.
    (Waited for on their done pipes, from this thread, which keeps the signals.)"""
    until = clock() + RELAY_DRAIN_S
    for relay in relays:
        yield until, relay.done_fd
    for relay in relays:
        relay.stop()
    until = clock() + RELAY_DRAIN_S
    for relay in relays:
        yield until, relay.done_fd
    for relay in relays:
        if relay.join(RELAY_DRAIN_S):
            relay.close()
        else:  # pragma: no cover - a write to a regular file that hangs (a dead NFS server)
            log.warning("relay.abandoned")

