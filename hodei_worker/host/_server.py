"""The supervisor host: one process that runs and supervises every job of a worker daemon.

Each job gets what hodei-run gives it (its process group and cgroups, deadline and grace, the
whole tree stopped, OOM kills counted, secrets masked, the event written whole), from one
single-threaded process for all of them (:class:`~hodei_worker.supervise.Host`): a job costs
its bookkeeping, not an interpreter of its own. The host runs in a session of its own, so the
daemon can die (``kill -9``, an upgrade) while every job goes on; a restarted daemon connects
to it again and learns how its jobs end. It takes new jobs from anyone connected, and ends once
it has no job and nobody connected (after the first connection, or a minute with none). A
termination signal (SIGTERM, SIGINT, SIGHUP, SIGQUIT) is given to every job, as hodei-run
gives it to its one, and the host ends with its last job.

It listens on a unix stream socket, ``DIR/<pid>.sock`` (the directory is the daemon's, mode
0700; a peer of another user is refused), and speaks the protocol of ``_protocol``: each job
comes as its plan; its event is appended to the job's journal.

A run is claimed in its journal before anything of it starts (``_journal.claim``): only the
first claim runs it, so a run asked for twice (a restarted daemon asking for a job its
predecessor asked for just before dying, a run handed to a new host because the first never got
it, a line left in a dead daemon's socket) runs once, whichever host gets it; a run of a key it
holds already is answered with its start. Messages that arrived together are taken runs and
cancels first, so a list answers for every run asked before it.

A peer is never waited for: what its socket cannot take waits for it here (bounded; a peer
past the bound is dropped, and its daemon connects again and lists): a daemon that stops
reading (stopped, busy) is not a dead one, and none of its jobs is touched.

The event is appended without fsync: it is read by the daemon from the page cache, which
commits it to its outbox (fsynced) at once; after the machine stops, the host and the job are
gone with it, and a missing or torn event makes the job lost (ERR_1008), as it then is. An end
the disk has no room for waits here, the job still listed, and is tried again until there is.
With an output limit, the job's output files get no more than the limit (the job's stdout is
then relayed too): the rest is counted, never written, and the counts go to the journal before
the event.

``python -m hodei_worker.host DIR``: prints ``{"socket": PATH, "pid": PID,
"start_time": TICKS}`` on stdout once listening, then closes stdout; its diagnostics go to
``DIR/<pid>.log``, made on the first line.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import math
import os
import resource
import signal
import socket
import sys
import time
from typing import Any, Final

from .. import _logging
from .._masking import Masker
from ..run import broken, conclude, launch, plan_from_dict, refused, settle_plan
from ..supervise import TERMINATING, Supervisions, Waiter, become_subreaper, start_time
from . import _protocol as wire
from ._journal import EVENT, OVERFLOW, append_entry, claim
from ._unixpath import bind_unix

log = _logging.get_logger("hodei.daemon.host")

FIRST_CLIENT_S: Final = 60.0
"""How long a host with nobody connected yet waits for its daemon before it ends."""


BACKLOG_BYTES: Final = 64 * 1024 * 1024
"""What a peer that does not read (a daemon stopped, or busy) may have waiting for it here at
most; past it, the peer is dropped: it connects again and asks what runs (its jobs go on)."""
FLUSH_S: Final = 0.05
"""How often what waits for a slow peer is offered to it again."""
RETRY_S: Final = 0.5
"""How often a job's end that the disk had no room for is tried again."""


class _Peer:
    __slots__ = ("sock", "buffered", "backlog")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffered = b""
        self.backlog = bytearray()
        """What it was told and has not taken yet (its socket's buffer was full)."""


class _Run:
    __slots__ = ("command", "workdir", "masker", "ids", "journal", "spec", "fds", "pid", "at",
                 "waiting")

    def __init__(self, command: tuple[str, ...], workdir: str | None, masker: Masker,
                 ids: dict[str, Any], journal: str) -> None:
        self.command = command
        self.workdir = workdir
        self.masker = masker
        self.ids = ids
        self.journal = journal
        """The job's journal, where its event goes."""
        self.spec: Any = None
        self.fds: list[int] = []
        self.pid: int | None = None
        self.at: float | None = None
        self.waiting = False
        """Its end waits for room in its journal."""


class HostServer:
    """The host's loop: its socket, its peers and its jobs."""

    def __init__(self, directory: str, env: dict[str, str]) -> None:
        self.env = env
        self.host = Supervisions()
        self.path = os.path.join(directory, f"{os.getpid()}.sock")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        self.listener = bind_unix(self.path)
        self.listener.listen(128)
        self.listener.setblocking(False)
        self.peers: dict[int, _Peer] = {}
        self.runs: dict[str, _Run] = {}
        self.unwritten: dict[str, tuple[_Run, list[tuple[bytes, bytes]]]] = {}
        """Ended jobs whose end is not in their journal yet (no room): what is left to append."""
        self.connected_once = False
        self.stopping: int | None = None
        """The termination this host received: no new jobs, and every job is given it."""
        self._born = time.monotonic()

    # --- the loop -------------------------------------------------------------------------

    def serve(self) -> None:
        """Runs until there is no job and nobody connected (see the module's text)."""
        with Waiter((signal.SIGCHLD, *TERMINATING), self.host.clock) as waiter:
            while not self._done():
                until = None if self.connected_once else self._born + FIRST_CLIENT_S
                if any(peer.backlog for peer in self.peers.values()):
                    until = min(until or math.inf, self.host.clock() + FLUSH_S)
                if self.unwritten:
                    until = min(until or math.inf, self.host.clock() + RETRY_S)
                    for key in list(self.unwritten):
                        self._write_report(key)
                ended = self.host.run_once(waiter, until, (self.listener.fileno(), *self.peers))
                for peer in [p for p in self.peers.values() if p.backlog]:
                    self._flush(peer)
                for sig in self.host.received:
                    if sig in TERMINATING:
                        self._terminate(sig)
                for key, outcome in ended:
                    self._report(key, outcome)
                ready = self.host.ready_fds
                if self.listener.fileno() in ready:
                    self._accept()
                messages = [m for fd in ready if fd in self.peers for m in self._read(fd)]
                # Runs and cancels before lists: a list answers for every run asked before it.
                for peer, message in sorted(messages, key=lambda pm: isinstance(pm[1], wire.ListJobs)):
                    try:
                        self._handle(peer, message)
                    except Exception:  # one bad request must not end the others' host
                        log.exception("host.request_failed")
        self.close()

    def _done(self) -> bool:
        """Whether the host ends now: no job left, and nobody connected (after the first
        peer, or a while with none); a host told to stop ends with its last job."""
        if self.runs:
            return False
        if self.stopping is not None:
            return True
        if self.peers:
            return False
        return self.connected_once or time.monotonic() - self._born > FIRST_CLIENT_S

    def close(self) -> None:
        """Releases the socket (the jobs have ended by now)."""
        self.host.close()
        for peer in list(self.peers.values()):
            peer.sock.close()
        self.peers.clear()
        self.listener.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def _terminate(self, sig: int) -> None:
        if self.stopping is None:
            log.warning("host.stopping", signal=signal.Signals(sig).name, jobs=len(self.runs))
        self.stopping = sig
        for key in self.runs:
            self.host.signal(key, sig)

    # --- peers ----------------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of fds, say: the peer tries again
                log.warning("host.accept_failed", error=str(exc))
                return
            creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
            if int.from_bytes(creds[4:8], sys.byteorder) not in (0, os.getuid()):
                sock.close()  # another user's: the directory's mode should have kept it out
                continue
            sock.setblocking(False)
            self.peers[sock.fileno()] = peer = _Peer(sock)
            self.connected_once = True
            self._send(peer, wire.Welcome(os.getpid(), start_time(os.getpid())))

    def _read(self, fd: int) -> list[tuple[_Peer, wire.Message]]:
        peer = self.peers[fd]
        try:
            chunk = peer.sock.recv(262144)
        except (BlockingIOError, InterruptedError):
            return []
        except OSError:
            chunk = b""
        if not chunk:
            self._drop(peer)
        lines = (peer.buffered + chunk).split(b"\n")
        peer.buffered = lines.pop()
        messages = []
        for line in lines:
            try:
                messages.append((peer, wire.decode(line)))
            except wire.ProtocolError as exc:
                log.warning("host.bad_message", error=str(exc))
        return messages

    def _drop(self, peer: _Peer) -> None:
        self.peers.pop(peer.sock.fileno(), None)
        peer.sock.close()

    def _send(self, peer: _Peer, message: wire.Message) -> None:
        """Tells ``peer``, never waiting for it: what its socket cannot take now waits in its
        backlog (a slow reader is not a dead one), up to BACKLOG_BYTES."""
        if peer.sock.fileno() < 0:
            return
        peer.backlog += wire.encode(message)
        self._flush(peer)

    def _flush(self, peer: _Peer) -> None:
        """Sends what waits for ``peer`` as far as its socket takes it."""
        try:
            while peer.backlog:
                sent = peer.sock.send(peer.backlog)
                del peer.backlog[:sent]
        except (BlockingIOError, InterruptedError):
            if len(peer.backlog) > BACKLOG_BYTES:  # so far behind: it connects again and lists
                log.warning("host.peer_dropped", backlog=len(peer.backlog))
                self._drop(peer)
        except OSError:  # gone
            self._drop(peer)

    def _tell_all(self, message: wire.Message) -> None:
        for peer in list(self.peers.values()):
            self._send(peer, message)

    def _handle(self, peer: _Peer, message: wire.Message) -> None:
        if isinstance(message, wire.Run):
            self._run(peer, message)
        elif isinstance(message, wire.Cancel):
            if not self.host.signal(message.key, signal.SIGKILL if message.force else signal.SIGTERM):
                self._send(peer, wire.Unknown(message.key))
        elif isinstance(message, wire.ListJobs):
            self._send(peer, wire.Jobs({key: (run.pid, run.at) for key, run in self.runs.items()}))
        else:
            log.warning("host.unexpected_message", message=type(message).__name__)

    # --- jobs -----------------------------------------------------------------------------

    def _run(self, peer: _Peer, message: wire.Run) -> None:
        key = message.key
        if key in self.runs:  # asked again (by a restarted daemon): it runs already
            run = self.runs[key]
            if run.pid is not None and run.at is not None:
                self._send(peer, wire.Started(key, run.pid, run.at))
            return
        try:  # the journal says which host got the run first: only that one runs it
            first, ended = claim(message.journal, os.getpid())
        except OSError as exc:  # its journal cannot be written to: nothing of it starts
            log.error("host.claim_failed", key=key, error=str(exc))
            self._tell_all(wire.Ended(key))
            return
        if not first:  # asked for again (its daemon restarted, or its run was sent twice)
            log.warning("host.run_claimed_already", key=key)
            if ended:
                self._send(peer, wire.Ended(key))
            return
        try:
            plan = plan_from_dict(message.plan)
            settings, problem, _partial, masker, ids = settle_plan(plan, self.env)
        except Exception as exc:  # a request it cannot read: ended at once, without an event
            log.error("host.run_unreadable", key=key, error=type(exc).__name__)  # (its secrets
            self._tell_all(wire.Ended(key))  # are unknown: the message is not said)
            return
        run = _Run(plan.command, plan.workdir, masker, ids, message.journal)
        self.runs[key] = run
        if settings is None:
            self._report(key, refused([], problem, command=plan.command[0] if plan.command else "",
                                      workdir=plan.workdir))
            return
        try:
            run.spec = spec = launch(settings, sweep_stale=False, hosted=True)
            stdout = _open(message.stdout, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            run.fds.append(stdout)
            stderr = _open(message.stderr, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            run.fds.append(stderr)
            stdin = _open(message.stdin or os.devnull, os.O_RDONLY)
            run.fds.append(stdin)
            self.host.start(key, spec, stdout, stderr, stdin,
                            started=lambda pid: self._started(key, pid), masker=masker,
                            marker=message.marker, output_limit=message.limit)
        except Exception as exc:  # nothing started: reported as the supervisor's failure
            self._report(key, exc)
            return
        if self.stopping is not None:
            self.host.signal(key, self.stopping)  # never started: its event says why

    def _started(self, key: str, pid: int) -> None:
        run = self.runs[key]
        run.pid, run.at = pid, time.time()
        self._tell_all(wire.Started(key, pid, run.at))

    def _report(self, key: str, outcome: Any) -> None:
        run = self.runs.pop(key)
        by_fd = self.host.dropped(key)
        dropped = {name: by_fd[fd] for name, fd in zip(("stdout", "stderr"), run.fds, strict=False)
                   if by_fd.get(fd)}
        for fd in run.fds:
            os.close(fd)
        with _logging.scope(run.masker, job=key):
            if isinstance(outcome, BaseException):
                command, workdir = ((run.spec.argv, run.spec.workdir) if run.spec
                                    else (run.command, run.workdir))
                outcome = broken(command, workdir, run.masker, outcome)
            try:
                _event, data = conclude(outcome, run.masker, run.ids)
            except Exception:  # one job's report must not end the others' host
                log.exception("host.report_failed")
                self._tell_all(wire.Ended(key))
                return
        entries = [(OVERFLOW, json.dumps(dropped).encode())] if dropped else []
        self.unwritten[key] = (run, [*entries, (EVENT, json.dumps(data, ensure_ascii=False).encode())])
        self.runs[key] = run  # still listed, with its pid, until its end is written
        self._write_report(key)

    def _write_report(self, key: str) -> None:
        """Appends a job's end to its journal, then says it ended; a disk with no room for it
        leaves it waiting here (the job listed as running), tried again every RETRY_S."""
        run, entries = self.unwritten[key]
        while entries:
            try:
                append_entry(run.journal, *entries[0], sync=False)
            except OSError as exc:
                if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                    log.error("host.report_failed", key=key, error=str(exc))
                    break
                if not run.waiting:
                    log.warning("host.report_waits_for_room", key=key)
                    run.waiting = True
                return
            entries.pop(0)
        del self.unwritten[key]
        del self.runs[key]
        self._tell_all(wire.Ended(key))


def _open(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_CLOEXEC, 0o600)


class _LazyLog(io.TextIOBase):
    """The host's log, made on its first write: a host with nothing to say leaves no file."""

    encoding = "utf-8"

    def __init__(self, path: str) -> None:
        self._path = path
        self._file: io.TextIOWrapper | None = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        # A line the disk has no room for is lost, never the host: it holds every job.
        try:
            if self._file is None:
                self._file = open(self._path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - the host's
            return self._file.write(text)
        except OSError:
            return len(text)

    def flush(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.flush()


def _more_fds() -> None:
    """Every job holds a few pipes and files here: the soft limit on open files goes up to
    the hard one."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def main(argv: list[str] | None = None) -> int:
    """``python -m hodei_worker.host DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m hodei_worker.host DIR", file=sys.stderr)
        return 2
    directory = args[0]
    sys.stderr = _LazyLog(os.path.join(directory, f"{os.getpid()}.log"))
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 2)  # nothing of ours writes to fd 2 any more; a child never inherits a pipe
    _logging.configure("warning", "json")
    _more_fds()
    become_subreaper()  # a job's orphans are ours to reap, not init's
    env = {k: v for k, v in os.environ.items() if not k.startswith("HODEI_")}
    server = HostServer(directory, env)
    ready = {"socket": server.path, "pid": os.getpid(), "start_time": start_time(os.getpid())}
    os.write(1, json.dumps(ready).encode() + b"\n")
    os.dup2(devnull, 1)  # the daemon reads to the end of it
    os.dup2(devnull, 0)
    os.close(devnull)
    try:
        server.serve()
    except BaseException:
        log.exception("host.failed")
        raise
    return 0

