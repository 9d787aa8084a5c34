"""The fork server: a small single-threaded process that starts each job's shim by ``fork``.

A shim is hodei-run itself, supervising one job: it owns the job's process group and cgroups,
its deadline, signals and output files, and writes the job's event atomically. It runs in a
session of its own, so the daemon can die (``kill -9``, an upgrade) while every job goes on; a
restarted daemon finds the shims again from the state directory.

Why a fork server: starting hodei-run as a new program costs an interpreter and its imports
(tens of milliseconds) per job. The fork server imports them once; each shim is then a
``fork`` of it, which costs a few milliseconds. Forking is safe here, and only here, because
this process never starts a thread: a child of a multi-threaded parent (the daemon, with its
event loop and gRPC threads) could inherit a lock held by a thread that does not exist in it.

Protocol, JSON lines: the daemon writes ``{"id": N, "argv": [...], "stdin": PATH|null,
"stdout": PATH, "stderr": PATH, "log": PATH, "cwd": PATH, "record": PATH}`` on the server's
stdin (the shim records its own pid and start time in ``record`` before anything else, so a
daemon that dies right after asking still finds it); the
server answers ``{"id": N, "pid": PID, "start_time": TICKS, "started_at": EPOCH}`` or ``{"id": N, "error": TEXT}`` on its stdout, and
``{"exited": PID, "status": WAITSTATUS}`` when it reaps a shim. EOF on stdin (the daemon is
gone) ends the server; the shims it started go on.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import select
import signal
import sys
import time
import traceback
from typing import Any, Final

from ..cli import HELD
from ..supervise._procfs import start_time

EXIT_SHIM_BROKEN: Final = 125
"""A shim that could not even start hodei-run exits with this (its log says why)."""


def _preload() -> None:
    """Imports everything a shim runs, so no child pays for it (and nothing else: every page
    the fork server holds is mapped into each shim)."""
    import shutil  # noqa: F401 - a spawn that failed looks the program up with it

    from ..catalogue import CATALOGUE  # noqa: F401 - loaded by hodei-run only when a job failed
    from ..classify import RULES, classify  # noqa: F401 - RULES: likewise
    from ..cli import _settings
    from ..cli._run import run_command  # noqa: F401
    from ..events import build_event  # noqa: F401

    _settings.parser()  # built once, here


def _open(path: str | None, flags: int) -> int:
    return os.open(path or os.devnull, flags | os.O_CLOEXEC, 0o600)


def _child(request: dict[str, Any], parent_fds: tuple[int, ...]) -> None:
    """In the forked child: becomes the shim and never returns."""
    status = EXIT_SHIM_BROKEN
    try:
        os.setsid()  # a session of its own: the daemon's signals and terminal are not its
        if request.get("record"):
            _record_self(request["record"])
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE):
            signal.signal(sig, signal.SIG_DFL)
        stdin = _open(request.get("stdin"), os.O_RDONLY)
        stdout = _open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        stderr = _open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        log = _LazyLog(request["log"])
        signal.set_wakeup_fd(-1)  # the server's, about to be closed: never the shim's
        for fd in parent_fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        for source, target in ((stdin, 0), (stdout, 1), (stderr, 2)):
            os.dup2(source, target)  # dup2 clears CLOEXEC on the target
            os.close(source)
        # The job's output is fds 1 and 2; hodei-run's own words (its log lines and summary,
        # written through sys.stderr) go to the shim's log instead.
        sys.stdout = log
        sys.stderr = log
        os.chdir(request["cwd"])
        for key in [k for k in os.environ if k.startswith("HODEI_")]:
            del os.environ[key]  # the daemon's settings are not the shim's
        from ..cli import main

        status = main(list(request["argv"]), sweep_stale=False)  # the daemon sweeps its own
    except BaseException:
        with contextlib.suppress(Exception):
            traceback.print_exc(file=sys.stderr)
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(status)


class _LazyLog(io.TextIOBase):
    """The shim's log, made on its first write: a run with nothing to say (most: hodei-run is
    quiet in a shim unless something goes wrong) leaves no file, and costs no inode."""

    encoding = "utf-8"

    def __init__(self, path: str) -> None:
        self._path = path
        self._file: io.TextIOWrapper | None = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._file is None:
            self._file = open(self._path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives until _exit
        return self._file.write(text)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()


def _record_self(path: str) -> None:
    """Writes this process's pid and start time to ``path`` atomically. Not fsynced: it serves
    a daemon restarted while this shim runs, which reads it from the page cache; after the
    machine stops, the shim is gone with it, and the job (marked as being started) is
    reported lost (ERR_1008) with or without this record."""
    started = start_time(os.getpid())
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"pid": os.getpid(), "start_time": started, "started_at": time.time()}, fh)
    os.replace(tmp, path)


def _reap(out: Any) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        out.write(json.dumps({"exited": pid, "status": status}) + "\n")
        out.flush()


def serve(requests: Any, out: Any) -> None:
    """Answers spawn requests until ``requests`` ends."""
    wake_r, wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # wakes select through the wakeup fd
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    source = requests.fileno()
    buffered = b""
    while True:
        ready, _, _ = select.select([source, wake_r], [], [])
        if wake_r in ready:
            with contextlib.suppress(BlockingIOError):
                os.read(wake_r, 4096)
            _reap(out)
        if source not in ready:
            continue
        chunk = os.read(source, 65536)
        if not chunk:
            _reap(out)
            return
        buffered += chunk
        *lines, buffered = buffered.split(b"\n")
        for line in lines:
            if line.strip():
                _spawn(json.loads(line), out, (source, wake_r, wake_w, out.fileno()))


def _spawn(request: dict[str, Any], out: Any, parent_fds: tuple[int, ...]) -> None:
    # Held in the new shim from its first instruction until hodei-run's handlers take them: a
    # cancel sent to a shim that is still starting is then honoured (nothing started, and an
    # event saying so), never the default action's death with no event.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, HELD)
    try:
        pid = os.fork()
    except OSError as exc:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        out.write(json.dumps({"id": request.get("id"), "error": f"fork: {exc.strerror}"}) + "\n")
        out.flush()
        return
    if pid == 0:
        _child(request, parent_fds)  # with HELD blocked: hodei-run's main releases them
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    # Read before this server can reap it (it alone can): the pid names this shim for sure.
    out.write(json.dumps({"id": request.get("id"), "pid": pid, "start_time": start_time(pid),
                          "started_at": time.time()}) + "\n")
    out.flush()


def main() -> None:
    """``python -m hodei_worker.daemon._forkserver``: the daemon starts it with pipes."""
    _preload()
    gc.collect()
    gc.freeze()  # keep the imported objects' pages shared with the shims (no refcount churn in GC)
    with open(sys.stdout.fileno(), "w", closefd=False) as out:
        serve(sys.stdin.buffer, out)


if __name__ == "__main__":
    main()
