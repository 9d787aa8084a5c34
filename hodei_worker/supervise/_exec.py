"""The child's side of a spawn: join the job's cgroups, then become the job.

This runs between fork and exec, in one of two processes (see ``_spawn``): a forked copy of a
supervisor that was single-threaded when it forked, or a fresh interpreter started as an exec
trampoline (``python -I -S _exec.py REQUEST_FD ERROR_FD``). It imports only built-in modules,
so the trampoline starts in a few milliseconds and loads nothing of hodei-worker. The same
file is a supervisor host's spawner (``python -I -S _exec.py serve SOCKET_FD PARENT_PID``, see
``_spawner``), which adds ``ctypes`` for the clone.

The protocol is the one ``subprocess`` uses: the error fd is close-on-exec, so a successful
``execve`` closes it and the parent reads end of file; on failure the child writes
``STAGE:ERRNO`` (errno in hex) there and exits 255 without running any cleanup.
"""

from __future__ import annotations

import errno
import marshal
import os
import sys

TYPE_CHECKING = False  # the trampoline must not pay for importing typing
if TYPE_CHECKING:
    import signal
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Final, NoReturn
else:  # the C module that ``signal`` wraps: ``signal`` itself imports enum, a few ms more
    import _signal as signal

STAGES: Final = (b"cgroup", b"setup", b"chdir", b"exec")
"""Where a child can fail: joining a cgroup (the supervisor's failure, not the job's), setting up
its fds and signals, changing to the working directory, executing the program."""
_PATH_MISSES: Final = (errno.ENOENT, errno.ENOTDIR)
SCRIPT: Final = os.path.abspath(__file__)
"""This file, run as the exec trampoline and as the spawner."""


def _join(procs: Iterable[bytes]) -> None:
    """Writes this process's pid into each ``cgroup.procs``: from here on every page, fork and
    CPU second of the job is counted in its cgroups."""
    pid = str(os.getpid()).encode()
    for path in procs:
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
        try:
            os.write(fd, pid)
        finally:
            os.close(fd)


def _above_stdio(fd: int) -> int:
    """``fd`` itself, or a close-on-exec copy above 2 when it is one of 0-2 (a supervisor
    started with its stdio closed): the job's stdio must not land on the report pipe."""
    if fd > 2:
        return fd
    below = []
    while (moved := os.dup(fd)) < 3:
        below.append(moved)
    for spare in below:
        os.close(spare)
    return moved


def _stdio(pairs: Iterable[tuple[int, int]]) -> None:
    """Puts each source fd on its target (0-2), inheritable; sources among 0-2 are copied away
    first so an earlier ``dup2`` cannot overwrite a later source."""
    safe = [(os.dup(src) if src < 3 and src != dst else src, dst) for src, dst in pairs]
    for src, dst in safe:
        if src == dst:
            os.set_inheritable(dst, True)
        else:
            os.dup2(src, dst)


def _close_all_but(err_fd: int, keep: Iterable[int]) -> None:
    """Closes every descriptor above 2 except ``err_fd`` (close-on-exec, it reports) and
    ``keep`` (the ones the job is given)."""
    low = 3
    for fd in sorted({err_fd, *keep}):
        if fd >= low:
            os.closerange(low, fd)
            low = fd + 1
    os.closerange(low, max(os.sysconf("SC_OPEN_MAX"), low))


def _default_signals(mask: Iterable[int] | None, handled: Iterable[int] | None = None) -> None:
    """Signals as ``subprocess`` leaves them: what the parent handled is back to its default,
    SIGPIPE and SIGXFSZ too (Python ignores them), what it ignored stays ignored; then the
    parent's signal mask (``mask``, where the parent blocked signals around the fork).
    ``handled``: the signals the parent handles, when it knows them (else every one is looked
    at: in a fresh child, each look costs the pages it touches)."""
    try:  # noqa: SIM105 - contextlib is one import more for the trampoline
        signal.set_wakeup_fd(-1)
    except ValueError:  # not the main thread: no wake-up fd to inherit either
        pass
    for sig in signal.valid_signals() if handled is None else handled:
        try:
            handler = signal.getsignal(sig)
        except ValueError:  # pragma: no cover - numbers the signal module cannot name
            continue
        if callable(handler):
            signal.signal(sig, signal.SIG_DFL)
    for name in ("SIGPIPE", "SIGXFSZ"):
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _exec(candidates: Sequence[bytes], argv: list[bytes], env: Mapping[bytes, bytes]) -> int:
    """Tries each candidate path as ``execvpe`` does; returns the errno to report: the first
    that is not a miss on the search path, else the last."""
    first: int | None = None
    last = errno.ENOENT
    for path in candidates:
        try:
            os.execve(path, argv, env)
        except OSError as exc:
            last = exc.errno or 0
            if first is None and last not in _PATH_MISSES:
                first = last
    return last if first is None else first


def become(request: Mapping[str, object], err_fd: int, *, mask: Iterable[int] | None = None,
           stdio: Iterable[tuple[int, int]] = (), handled: Iterable[int] | None = None) -> NoReturn:
    """Joins the job's cgroups, sets up fds and signals, changes directory and executes the
    job; reports the failing stage and errno on ``err_fd`` if any of that fails.

    ``request`` holds ``procs`` (cgroup.procs paths), ``workdir``, ``candidates`` (the paths to
    try), ``argv`` and ``env``, all as bytes. ``handled``: the signals the parent had handlers
    for, when it knows them (see :func:`_default_signals`). Never returns."""
    stage, number = b"setup", 0
    try:
        err_fd = _above_stdio(err_fd)
        stage = b"cgroup"
        _join(request["procs"])  # type: ignore[arg-type]
        stage = b"setup"
        _stdio(stdio)
        _default_signals(mask, handled)
        _close_all_but(err_fd, request.get("keep", ()))  # type: ignore[arg-type]
        workdir = request["workdir"]
        if workdir is not None:
            stage = b"chdir"
            os.chdir(workdir)  # type: ignore[arg-type]
        stage = b"exec"
        number = _exec(request["candidates"], request["argv"], request["env"])  # type: ignore[arg-type]
    except OSError as exc:
        number = exc.errno or 0
    except BaseException:  # noqa: BLE001 - whatever it is, the parent must hear of it
        number = 0
    try:
        os.write(err_fd, b"%s:%x" % (stage, number))
    finally:
        os._exit(255)


_CLONE_PARENT: Final = 0x00008000
_SIGCHLD: Final = 17
_SYS_CLONE: Final = {"x86_64": 56, "aarch64": 220}
_PR_SET_PDEATHSIG: Final = 1


def serve(sock_fd: int, parent: int) -> NoReturn:
    """The spawner (see ``_spawner``): for each request on the seqpacket socket ``sock_fd`` (a
    marshalled request, with four descriptors: the report pipe, then the job's stdin, stdout
    and stderr), clones a child *of its own parent* (``CLONE_PARENT``: the supervisor reaps
    it, as a job it forked) that becomes the job; answers its pid, ``-errno`` when the clone
    failed, or ``-EBADMSG`` for a request it cannot read. Ends when the socket closes, and
    with its parent (``parent``, the pid it was started by)."""
    # The C modules, not ``socket`` and ``platform``: every page this process holds is a
    # page each clone copies a table entry for, and may copy whole.
    import _socket as socket
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, 9, 0, 0, 0)  # SIGKILL when the supervisor dies
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C to the host's group is the host's
    if os.getppid() != parent:  # it died before that was set
        os._exit(0)
    while (spare := os.open(os.devnull, os.O_RDWR)) < 3:  # 0-2 open: what it receives is above
        pass
    os.close(spare)
    number = _SYS_CLONE.get(os.uname().machine)
    sock = socket.socket(fileno=sock_fd)
    while True:
        try:  # (``socket.recv_fds`` drops its flags before 3.12: the fds must be close-on-exec)
            data, ancillary, _flags, _addr = sock.recvmsg(1 << 20, socket.CMSG_SPACE(8 * 4),
                                                          socket.MSG_CMSG_CLOEXEC)
        except OSError:
            os._exit(0)
        fds = [int.from_bytes(cdata[i:i + 4], sys.byteorder, signed=True)
               for level, kind, cdata in ancillary
               if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS
               for i in range(0, len(cdata) - len(cdata) % 4, 4)]
        if not data:
            os._exit(0)
        try:
            request = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            request = None
        try:
            if len(fds) != 4 or not isinstance(request, dict):
                raise ValueError("a request comes with its four descriptors")
            if number is None:
                raise OSError(errno.ENOSYS, "no clone number for this machine")
            pid = libc.syscall(number, _CLONE_PARENT | _SIGCHLD, 0, 0, 0, 0)
            if pid == 0:  # the child: the job, once it has joined its cgroups
                try:
                    signal.signal(signal.SIGINT, signal.SIG_DFL)  # ignored by the spawner only
                    os.setpgid(0, 0)
                except OSError as exc:  # pragma: no cover - a fresh child can always do this
                    os.write(fds[0], b"setup:%x" % (exc.errno or 0))
                    os._exit(255)
                become(request, fds[0], stdio=zip(fds[1:], (0, 1, 2), strict=True), handled=())
            answer = pid if pid > 0 else -ctypes.get_errno()
        except Exception:  # noqa: BLE001 - a request it cannot use: said, and the next one served
            answer = -errno.EBADMSG
        finally:
            for fd in fds:
                os.close(fd)
        try:
            sock.send(b"%d" % answer)
        except OSError:  # the supervisor is gone
            os._exit(0)


def _main() -> NoReturn:
    """The trampoline: reads the request from the fd named first, reports on the second."""
    # An interrupt before the job runs ends it as it would end the job (not as an exception).
    if callable(signal.getsignal(signal.SIGINT)):
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    if sys.argv[1] == "serve":
        serve(int(sys.argv[2]), int(sys.argv[3]))
    request_fd, err_fd = int(sys.argv[1]), int(sys.argv[2])
    os.set_inheritable(err_fd, False)
    with os.fdopen(request_fd, "rb") as fh:
        request = marshal.loads(fh.read())
    become(request, err_fd)


if __name__ == "__main__":
    _main()
