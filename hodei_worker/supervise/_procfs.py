"""Process-tree facts straight from /proc: cheap enough to read on every step of a stop.

Only the children files of the processes concerned are read, never a scan of all of /proc.
"""

from __future__ import annotations

import os


def children(pid: int) -> list[int]:
    """The direct children of ``pid`` (every thread's), or [] if it is gone."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                found.extend(int(p) for p in fh.read().split())
        except OSError:
            continue
    return found


def descendants(pid: int) -> set[int]:
    """Every descendant of ``pid``, breadth first."""
    seen: set[int] = set()
    todo = children(pid)
    while todo:
        child = todo.pop()
        if child not in seen:
            seen.add(child)
            todo.extend(children(child))
    return seen


def _stat_fields(pid: int) -> list[bytes]:
    """The fields of /proc/PID/stat after the command name, from the state on ([] if gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read()
    except OSError:
        return []
    # The command name is in parentheses and may itself hold spaces or parentheses.
    return data[data.rfind(b")") + 2:].split()


def state(pid: int) -> str | None:
    """The one-letter state of ``pid`` (``Z`` for a zombie), or None if it is gone."""
    fields = _stat_fields(pid)
    return fields[0].decode("ascii", "replace") if fields else None


def pgid(pid: int) -> int | None:
    """The process group of ``pid``, or None if it is gone."""
    fields = _stat_fields(pid)
    return int(fields[2]) if len(fields) > 2 else None


def start_time(pid: int, *, living: bool = False) -> int | None:
    """The start time of ``pid`` in clock ticks since boot (field 22 of /proc/PID/stat): with
    the pid, it names one process for good, even after the pid is reused. None if it is gone,
    or, with ``living``, a zombie (dead, waiting only for its parent to collect its status)."""
    fields = _stat_fields(pid)
    if len(fields) <= 19 or (living and fields[0] in (b"Z", b"X")):
        return None
    return int(fields[19])


def alive(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    s = state(pid)
    return s is not None and s != "Z"


def rss_bytes(pid: int) -> int:
    """The resident memory of ``pid``, 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def charged_bytes(pid: int) -> int:
    """What ``pid``'s memory costs, counting each page shared with other processes only by its
    share (the proportional set size, ``Pss`` in /proc/PID/smaps_rollup): summed over a job's
    processes, pages shared between forks count once, as the kernel charges them to a cgroup.
    Falls back to the resident size where smaps_rollup is missing; 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return rss_bytes(pid) if os.path.exists(f"/proc/{pid}") else 0


def peak_rss_kib(pid: int) -> int:
    """The peak resident memory of ``pid``'s own address space (``VmHWM``), in KiB; 0 if
    unknown."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0



def inherited_fds() -> tuple[int, ...]:
    """This process's open descriptors above 2 that an exec would keep (no close-on-exec):
    the ones its caller gave it to pass on. Every descriptor Python opens itself is
    close-on-exec, so call this before opening any with ``os.set_inheritable``."""
    import fcntl

    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return ()
    found = []
    for fd in sorted(int(name) for name in names):
        if fd <= 2:
            continue
        try:
            if not fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC:
                found.append(fd)
        except OSError:  # the listing's own descriptor, closed by now
            continue
    return tuple(found)
