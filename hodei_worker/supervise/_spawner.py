"""A spawner: a small helper process that starts job processes for a supervisor host.

A fork of the host copies its page tables, and until the child has executed the job, every
page either of them writes is copied: the host goes on with its own work meanwhile, and the
child runs Python (``_exec.become``) to join the job's cgroups. A fresh interpreter that has
loaded only C modules and ``ctypes`` has a fraction of those pages, so the host hands each spawn to
one (``python -I -S _exec.py serve``), over a seqpacket socket, with the descriptors the job
needs passed along (``SCM_RIGHTS``). The spawner clones the child with ``CLONE_PARENT``: the
job is the host's child as if the host had forked it, and the host reaps it, signals it and
reads its report pipe exactly as before.

The spawner is the host's: it dies with it (``PR_SET_PDEATHSIG``) and ends when the host
closes the socket (:meth:`Spawner.close`). When it cannot serve (it did not start, it died, or
the kernel refuses ``CLONE_PARENT``), :meth:`Spawner.spawn` returns None and the caller forks
as before; one found dead is started again (three times in a host's life at most), one that
cannot work is given up.
"""

from __future__ import annotations

import errno
import marshal
import os
import socket
import sys

from .. import _logging
from . import _exec

log = _logging.get_logger("hodei.spawner")

_GIVE_UP: frozenset[int] = frozenset({errno.EINVAL, errno.EPERM, errno.ENOSYS})
"""Answers that say this kernel (or its seccomp filter) will not clone this way: forked instead."""
MAX_RESTARTS = 3
MAX_REQUEST_BYTES = 128 * 1024
"""A request larger than this (a job with a huge environment or command line) is forked by
the caller instead: one message on the spawner's socket must fit its buffer."""


class Spawner:
    """The host's side of its spawner; started on the first :meth:`spawn`."""

    def __init__(self) -> None:
        self._sock: socket.socket | None = None
        self.pid: int | None = None
        """The spawner process, while it runs (the host's child: its reaper reaps it)."""
        self._restarts = 0
        self.usable = True
        """False once the spawner is given up: every spawn forks."""

    def spawn(self, request: dict[str, object], err_w: int, stdin: int, stdout: int,
              stderr: int) -> int | None:
        """Starts a child that becomes the job of ``request`` (``_exec.become``) with these
        descriptors, reporting on ``err_w``; returns its pid, or None when the spawner cannot
        serve (the caller forks instead). Raises OSError when the kernel refuses a new process
        (EAGAIN, ENOMEM), as a fork would."""
        data = marshal.dumps(request)
        if len(data) > MAX_REQUEST_BYTES:
            return None
        answer = b""
        while not answer:  # a spawner found dead is replaced (up to MAX_RESTARTS in all)
            if not self.usable or (self._sock is None and not self._start()):
                return None
            assert self._sock is not None
            try:
                socket.send_fds(self._sock, [data], [err_w, stdin, stdout, stderr])
                answer = self._sock.recv(32)
            except OSError as exc:
                log.warning("spawner.lost", error=str(exc))
            if not answer:
                self._stop()
        number = int(answer)
        if number > 0:
            return number
        if -number == errno.EBADMSG:  # it could not read this one: forked instead
            log.warning("spawner.refused_request")
            return None
        if -number in _GIVE_UP:
            log.warning("spawner.unusable", error=os.strerror(-number))
            self.usable = False
            self._stop()
            return None
        raise OSError(-number, os.strerror(-number))

    def _start(self) -> bool:
        if self._restarts >= MAX_RESTARTS:
            self.usable = False
            return False
        self._restarts += 1
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            os.set_inheritable(theirs.fileno(), True)
            self.pid = os.posix_spawn(
                sys.executable,
                [sys.executable, "-I", "-S", _exec.SCRIPT, "serve", str(theirs.fileno()), str(os.getpid())],
                {}, file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)])
        except OSError as exc:
            ours.close()
            log.warning("spawner.unavailable", error=str(exc))
            self.usable = False
            return False
        finally:
            theirs.close()
        self._sock = ours
        return True

    def _stop(self) -> None:
        """Closes the socket: the spawner, if it still runs, ends (and is reaped as any child)."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self.pid = None

    def close(self) -> None:
        """Ends the spawner."""
        self._stop()
