"""What of a job outlived its supervisor, or escaped its process tree, found and stopped.

Without cgroups a job's processes are its main process's tree; a process that escapes it
(``setsid`` and a double fork: it is then the host's orphan, outside any tree of the job) is
still the job's by what marks it: the job's variable in its environment (a job could only drop
it on purpose), or the job's session.
"""

from __future__ import annotations

import contextlib
import os
import time

_KERNEL_THREAD = 0x00200000
"""PF_KTHREAD in /proc/PID/stat's flags: a kernel thread, whose environment is always empty."""
_EXEC_REREADS = 5
"""How often an empty environment is read again, a millisecond apart: a process in the middle
of ``execve`` shows none until its new image has one (measured on processes that exec in a
loop: about one read in 150 is empty, and the next read 1 or 2 ms later has the environment),
and an escapee that execs at the moment of the sweep must still be found."""


def _environ(pid: int, flags: int) -> bytes:
    """``pid``'s environment, read again while it is empty and ``pid`` may be in mid-exec."""
    for attempt in range(_EXEC_REREADS + 1):
        with open(f"/proc/{pid}/environ", "rb") as fh:
            data = fh.read()
        if data or flags & _KERNEL_THREAD or attempt == _EXEC_REREADS:
            return data
        time.sleep(0.001)
    return b""  # pragma: no cover - the loop always returns


def _flags(pid: int) -> int:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return int(fh.read().rsplit(b")", 1)[1].split()[6])


def marked(marker: str, leader: int | None = None) -> set[int]:
    """Every live process (this one aside) whose environment carries ``marker``
    (``NAME=VALUE``), or whose process group or session ``leader`` leads: one pass over
    ``/proc``."""
    wanted = marker.encode()
    found: set[int] = set()
    me = os.getpid()
    with os.scandir("/proc") as entries:
        for entry in entries:
            if not entry.name.isdigit() or int(entry.name) == me:
                continue
            pid = int(entry.name)
            with contextlib.suppress(OSError, ValueError, IndexError):
                with open(f"/proc/{pid}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                if fields[0] in (b"Z", b"X"):
                    continue
                if leader is not None and leader in (int(fields[2]), int(fields[3])):
                    found.add(pid)
                    continue
                if wanted in _environ(pid, int(fields[6])).split(b"\0"):
                    found.add(pid)
    return found


def stop_leftovers(marker: str, root: str) -> int:
    """Kills every process whose environment carries ``marker`` (``NAME=VALUE``: a variable a
    job could only drop on purpose) or that runs in ``root`` or below it. Returns how many it
    stopped."""
    import psutil

    wanted = marker.encode()
    stopped = 0
    for proc in psutil.process_iter():
        with contextlib.suppress(psutil.Error, OSError):
            if proc.pid == os.getpid():
                continue
            cwd = proc.cwd()
            mine = cwd == root or cwd.startswith(root + os.sep)
            if not mine:
                mine = wanted in _environ(proc.pid, _flags(proc.pid)).split(b"\0")
            if mine:
                proc.kill()
                stopped += 1
    return stopped
