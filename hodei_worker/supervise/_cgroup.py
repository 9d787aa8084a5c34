"""The job's cgroups: created below hodei-run's own, limited, counted, emptied and removed.

Hosts differ, so a job's cgroup is a small set of directories, one per role:

- *membership* (which processes are the job's, and kill them all): the cgroup v2 hierarchy
  when it is writable (its ``cgroup.kill`` ends every member at once), else the v1 memory one;
- *memory* (limit, OOM-kill counter, peak): v2 when its memory controller is on, else v1;
- *pids* and *cpu* limits: v2 controllers when on, else the v1 hierarchies.

Where no cgroup can be made (a container's read-only cgroupfs, no delegation), the job runs in
the cgroup hodei-run is in, and its OOM kills are still counted: that cgroup's counter is read
before and after the job, when nothing else (hodei-run's ancestors aside) runs in it. The cgroup
is found through the mount that shows it (a container's memory cgroup is mounted at
/sys/fs/cgroup/memory while /proc/self/cgroup names its path on the host).

Whoever creates a :class:`JobCgroup` removes it: :meth:`JobCgroup.remove` is called by the
supervisor in a ``finally``, after the last member is gone and the counters have been read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import _logging
from .._frozen import frozen
from ..classify import OomDetection
from . import _procfs
from ._pathcheck import mount_entries

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

log = _logging.get_logger("hodei.cgroup")

CPU_PERIOD_US: Final = 100_000
_REMOVE_ATTEMPTS: Final = 50


@frozen
class Hierarchy:
    """One mounted cgroup hierarchy and this process's place in it."""

    version: int
    mount: Path
    controllers: frozenset[str]
    own: Path
    """This process's own cgroup directory in this hierarchy."""


def _mounts(mountinfo: str = "/proc/self/mountinfo") -> Iterator[tuple[Path, str, str, frozenset[str]]]:
    """(mount point, root, fstype, super options) of each cgroup mount: the root is the cgroup
    the mount shows at its mount point ("/" unless a container's runtime bound a cgroup of
    its own there, or a cgroup namespace's root is below the hierarchy's)."""
    for point, root, fstype, opts in mount_entries(mountinfo):
        if fstype in ("cgroup", "cgroup2"):
            yield Path(point), root, fstype, frozenset(opts.split(","))


def _below(mount: Path, root: str, path: str) -> Path | None:
    """Where the cgroup ``path`` (as /proc/self/cgroup names it) is under a mount that shows
    the cgroup ``root``; None when the mount does not show it."""
    if path == root:
        return mount
    prefix = root.rstrip("/") + "/"
    return mount / path[len(prefix):] if path.startswith(prefix) else None


def _read_file(path: str) -> str:
    """A small kernel file's text (what ``Path.read_text`` does, without its layers of
    buffered text I/O: a host reads a few of these per job)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks).decode()


def _write_file(path: str, text: str) -> None:
    """Writes ``text`` to a kernel file in one write (its value is judged as a whole)."""
    fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def discover(self_cgroup: str = "/proc/self/cgroup",
             mountinfo: str = "/proc/self/mountinfo") -> list[Hierarchy]:
    """The cgroup hierarchies this process can see, with its own cgroup in each: a hierarchy
    whose mounts do not show this process's cgroup is left out."""
    own_paths: dict[str, str] = {}
    with open(self_cgroup, encoding="utf-8") as fh:
        for line in fh:
            _id, controllers, path = line.rstrip("\n").split(":", 2)
            own_paths[controllers] = path
    found = []
    for mount, root, fstype, opts in _mounts(mountinfo):
        if fstype == "cgroup2":
            own = _below(mount, root, own_paths.get("", "\0"))
            if own is None:
                continue
            try:
                ctrl = frozenset((own / "cgroup.controllers").read_text().split())
            except OSError:
                continue
            found.append(Hierarchy(2, mount, ctrl, own))
        else:
            names = frozenset(o for o in opts if o in ("memory", "pids", "cpu", "cpuacct", "freezer"))
            for key, path in own_paths.items():
                if key and names and names <= frozenset(key.split(",")):
                    own = _below(mount, root, path)
                    if own is not None:
                        found.append(Hierarchy(1, mount, names, own))
    return found


@frozen
class Limits:
    """What the job may use; ``None`` is unlimited."""

    memory_bytes: int | None = None
    cpus: float | None = None
    pids: int | None = None


def _enable(h: Hierarchy, controller: str) -> bool:
    """Turns ``controller`` on for the children of our own v2 cgroup, if it is not yet."""
    control = h.own / "cgroup.subtree_control"
    try:
        if controller in control.read_text().split():
            return True
        control.write_text(f"+{controller}")
    except OSError as exc:  # EBUSY: our own cgroup has processes and is not the root
        log.debug("cgroup.enable_failed", controller=controller, error=str(exc))
        return False
    return True


class CgroupUnavailableError(OSError):
    """No writable cgroup could be made for the job."""


class LimitError(ValueError):
    """The kernel refused a limit: bad input, named by its option."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message


@frozen
class _LimitFile:
    name: str
    render: Callable[[Any], str]
    optional: bool = False


def _quota(cpus: float) -> int:
    return max(1000, round(cpus * CPU_PERIOD_US))


_LIMIT_OPTIONS: Final = {"memory": ("memory_bytes", "--memory"), "pids": ("pids", "--pids"),
                         "cpu": ("cpus", "--cpus")}
"""Cgroup role -> (the Limits field, the option that sets it)."""
_LIMIT_FILES: Final[dict[tuple[str, int], tuple[_LimitFile, ...]]] = {
    ("memory", 2): (_LimitFile("memory.max", str),
                    _LimitFile("memory.swap.max", lambda _: "0", optional=True)),
    ("memory", 1): (_LimitFile("memory.limit_in_bytes", str),
                    _LimitFile("memory.memsw.limit_in_bytes", str, optional=True)),
    ("pids", 2): (_LimitFile("pids.max", str),),
    ("pids", 1): (_LimitFile("pids.max", str),),
    ("cpu", 2): (_LimitFile("cpu.max", lambda c: f"{_quota(c)} {CPU_PERIOD_US}"),),
    ("cpu", 1): (_LimitFile("cpu.cfs_period_us", lambda _: str(CPU_PERIOD_US)),
                 _LimitFile("cpu.cfs_quota_us", lambda c: str(_quota(c)))),
}
"""The files that hold each limit, in the order to write them."""


_OOM_COUNTER_FILES: Final = {2: "memory.events", 1: "memory.oom_control"}


def _oom_counter(version: int, directory: Path) -> int | None:
    """The ``oom_kill`` count of the memory cgroup ``directory``, or None where unreadable."""
    filename = _OOM_COUNTER_FILES.get(version)
    if filename is None:
        return None
    try:
        text = _read_file(os.path.join(directory, filename))
    except OSError:
        return None
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if key == "oom_kill":
            return int(value)
    return None


def _ancestors() -> set[int]:
    """This process's ancestors' pids, up to the pid namespace's first process."""
    found: set[int] = set()
    pid = os.getppid()
    while pid > 0 and pid not in found:
        found.add(pid)
        fields = _procfs._stat_fields(pid)
        pid = int(fields[1]) if len(fields) > 1 else 0
    return found


@frozen
class EnclosingCgroup:
    """The memory cgroup hodei-run and its job are in, where no cgroup could be made for the
    job: its OOM-kill counter counts the job's kills while nothing else runs in it."""

    version: int
    directory: Path
    start: int
    """Its OOM-kill counter before the job."""

    @classmethod
    def find(cls, hierarchies: list[Hierarchy]) -> EnclosingCgroup | None:
        """This process's own memory cgroup (v2 before v1), if its counter is readable and
        nothing but this process and its ancestors is in it."""
        for h in sorted(hierarchies, key=lambda h: -h.version):
            if "memory" not in h.controllers:
                continue
            start = _oom_counter(h.version, h.own)
            if start is not None and _alone(h.own):
                return cls(h.version, h.own, start)
        return None

    def kills(self) -> int | None:
        """How many OOM kills the cgroup counted since :meth:`find`; None when unreadable, or
        when other processes than ours are in it now (the count would not be the job's)."""
        now = _oom_counter(self.version, self.directory)
        if now is None or not _alone(self.directory):
            log.info("cgroup.enclosing_unusable", cgroup=str(self.directory))
            return None
        return max(0, now - self.start)


def _alone(directory: Path) -> bool:
    """Whether the cgroup ``directory`` and those below hold no process but this one and its
    ancestors (a pid outside our pid namespace is listed as 0: never ours)."""
    others = _members_below(directory) - {os.getpid()}
    return not others or others <= _ancestors()


class JobCgroup:
    """The directories of one job's cgroups, by role; or, where none could be made, the
    cgroup hodei-run is in, read for its OOM-kill counter (:attr:`enclosing`)."""

    __slots__ = ("name", "dirs", "versions", "created", "enclosing")

    def __init__(self, name: str) -> None:
        self.name = name
        self.dirs: dict[str, Path] = {}
        """role ('membership', 'memory', 'pids', 'cpu') -> directory; one may serve several."""
        self.versions: dict[str, int] = {}
        self.created: list[Path] = []
        self.enclosing: EnclosingCgroup | None = None
        """Set when the job runs in hodei-run's own cgroup; its directories are then none."""

    # --- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, name: str, limits: Limits, hierarchies: list[Hierarchy] | None = None) -> JobCgroup:
        """Makes the job's cgroups below this process's own and sets ``limits``. Where none
        can be made, and no memory limit is asked for (hodei-run's RSS watchdog enforces one
        then), the job stays in this process's own cgroup, read for its OOM counter.

        Raises CgroupUnavailableError when neither is possible, and LimitError naming the
        option when the kernel refuses a limit; either way after removing what it made."""
        job = cls(name)
        try:
            job._populate(limits, hierarchies if hierarchies is not None else discover())
        except BaseException:
            job.remove()
            raise
        return job

    def _make(self, h: Hierarchy) -> Path | None:
        path = h.own / f"{self.name}{_owner_suffix()}"
        if path in self.created:
            return path
        try:
            path.mkdir()
        except OSError as exc:
            log.debug("cgroup.mkdir_failed", path=str(path), error=str(exc))
            return None
        self.created.append(path)
        return path

    def _claim(self, role: str, h: Hierarchy) -> bool:
        if role in self.dirs:
            return True
        path = self._make(h)
        if path is None:
            return False
        self.dirs[role] = path
        self.versions[role] = h.version
        return True

    def _populate(self, limits: Limits, hierarchies: list[Hierarchy]) -> None:
        v2 = [h for h in hierarchies if h.version == 2]
        v1 = {c: h for h in hierarchies if h.version == 1 for c in h.controllers}
        # Memory always (the OOM counter); pids and cpu only when limited: every directory is
        # one more migration per spawn, and the first migration of a process is slow.
        roles = ("memory", *(("pids",) if limits.pids is not None else ()),
                 *(("cpu",) if limits.cpus is not None else ()))
        for h in v2:  # v2 first: one directory for every role its controllers cover
            for role in roles:
                if role in h.controllers and _enable(h, role):
                    self._claim(role, h)
            self._claim("membership", h)
        for role in roles:
            if role not in self.dirs and role in v1:
                self._claim(role, v1[role])
        if "membership" not in self.dirs and "memory" in self.dirs:
            self.dirs["membership"] = self.dirs["memory"]
            self.versions["membership"] = self.versions["memory"]
        if "membership" not in self.dirs:
            if limits.memory_bytes is None:
                self.enclosing = EnclosingCgroup.find(hierarchies)
            if self.enclosing is None:
                raise CgroupUnavailableError(errno.EROFS, "no writable cgroup hierarchy")
            log.info("cgroup.enclosing", cgroup=str(self.enclosing.directory),
                     version=self.enclosing.version, oom_kills_before=self.enclosing.start)
            return
        # Every value is written now, so the kernel judges it before anything runs, and it
        # holds from the job's first page and fork: only the job's own process ever joins.
        self._set_limits(limits, tuple(_LIMIT_OPTIONS))

    def _write(self, role: str, filename: str, value: str) -> None:
        _write_file(os.path.join(self.dirs[role], filename), value)

    def _set_limits(self, limits: Limits, roles: tuple[str, ...]) -> None:
        """Writes ``limits`` of ``roles`` into the job's cgroup files."""
        for role in roles:
            attr, option = _LIMIT_OPTIONS[role]
            value = getattr(limits, attr)
            if value is None or role not in self.dirs:
                continue
            for f in _LIMIT_FILES[(role, self.versions[role])]:
                try:
                    self._write(role, f.name, f.render(value))
                except OSError as exc:
                    if f.optional:  # swap accounting is often off
                        continue
                    raise LimitError(option, f"the kernel refused {value} for {f.name}: "
                                     f"{exc.strerror}") from None

    def procs_files(self) -> list[str]:
        """The ``cgroup.procs`` file of each of the job's cgroups, once each: the job's first
        process writes its own pid into them before it executes the job (see ``_spawn``)."""
        return [str(path / "cgroup.procs") for path in dict.fromkeys(self.dirs.values())]

    def remove(self) -> None:
        """Removes every directory made, innermost last-made first, and below each the cgroups
        the job made inside it, deepest first; retries while the kernel still counts members
        that are exiting."""
        for path in reversed(self.created):
            _remove_tree(path)
        self.created.clear()

    # --- reading ---------------------------------------------------------------------------

    def members(self) -> set[int]:
        """The pids in any of the job's cgroups, nested cgroups (the job's own) included."""
        pids: set[int] = set()
        for path in dict.fromkeys(self.dirs.values()):
            pids |= _members_below(path)
        return pids

    def kill_all(self) -> bool:
        """SIGKILLs every member at once through ``cgroup.kill`` (v2); False if not available."""
        if self.versions.get("membership") != 2:
            return False
        try:
            self._write("membership", "cgroup.kill", "1")
        except OSError:
            return False
        return True

    @property
    def oom_detection(self) -> OomDetection:
        """How this cgroup detects OOM kills."""
        methods = {2: OomDetection.CGROUP_V2, 1: OomDetection.CGROUP_V1}
        version = self.enclosing.version if self.enclosing else self.versions.get("memory", 0)
        return methods.get(version, OomDetection.UNAVAILABLE)

    @property
    def oom_counter(self) -> str | None:
        """The directory of the cgroup whose OOM-kill counter :meth:`oom_kills` reads."""
        if self.enclosing is not None:
            return str(self.enclosing.directory)
        return str(self.dirs["memory"]) if "memory" in self.dirs else None

    def _memory_file(self, by_version: dict[int, str]) -> str | None:
        """The text of the memory cgroup's file for its version, or None where unreadable."""
        filename = by_version.get(self.versions.get("memory", 0))
        if filename is None:
            return None
        try:
            return _read_file(os.path.join(self.dirs["memory"], filename))
        except OSError:
            return None

    def oom_kills(self) -> int | None:
        """The job's OOM kills: its memory cgroup's counter (made for it: 0 before it ran),
        or the rise of the enclosing cgroup's; None where none is readable."""
        if self.enclosing is not None:
            return self.enclosing.kills()
        if "memory" not in self.dirs:
            return None
        return _oom_counter(self.versions["memory"], self.dirs["memory"])

    def peak_memory(self) -> int | None:
        """The highest memory use of the job as a whole, where the kernel keeps it."""
        text = self._memory_file({2: "memory.peak", 1: "memory.max_usage_in_bytes"})
        try:
            return int(text.split()[0]) if text else None
        except (ValueError, IndexError):
            return None

    def cpu_times_ms(self) -> tuple[int, int] | None:
        """(user, system) CPU milliseconds of the job as a whole, from v2 ``cpu.stat``."""
        if self.versions.get("membership") != 2:
            return None
        try:
            text = _read_file(os.path.join(self.dirs["membership"], "cpu.stat"))
        except OSError:
            return None
        stat = dict(line.split(" ", 1) for line in text.splitlines() if " " in line)
        try:
            return int(stat["user_usec"]) // 1000, int(stat["system_usec"]) // 1000
        except (KeyError, ValueError):
            return None


# --- owners, nested cgroups and stale cgroups --------------------------------------------

_OWNED: Final = re.compile(r"^hodei-.*@(?P<pid>\d+)\.(?P<start>\d+)\.(?P<ns>\d+)$")
"""A job cgroup's directory name ends with its owner: hodei-run's pid, the start time of that
process (clock ticks since boot) and its pid namespace, so that the owner's death can be
proven from /proc and a recycled pid is never taken for the owner."""


def _pid_namespace() -> int:
    try:
        return os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return 0


_suffix: dict[int, str] = {}
"""This process's owner suffix, by pid (a forked child is an owner of its own)."""


def _owner_suffix() -> str:
    pid = os.getpid()
    suffix = _suffix.get(pid)
    if suffix is None:
        suffix = f"@{pid}.{_procfs.start_time(pid, living=True) or 0}.{_pid_namespace()}"
        _suffix.clear()
        _suffix[pid] = suffix
    return suffix


def owner_gone(name: str) -> bool:
    """Whether the hodei-run named in a job cgroup's directory name is proven gone: same pid
    namespace as ours (else its pid means nothing here), and no process with that pid and
    start time. False whenever it cannot be proven (not our naming, another namespace)."""
    match = _OWNED.match(name)
    if match is None or int(match["ns"]) != _pid_namespace() or not _pid_namespace():
        return False
    return _procfs.start_time(int(match["pid"]), living=True) != int(match["start"])


def _has_children(path: Path | str) -> bool:
    """Whether the cgroup ``path`` has cgroups below it: a cgroup directory's link count is
    two plus its subdirectories, so most jobs' are read without listing their control files."""
    try:
        return os.stat(path).st_nlink != 2
    except OSError:
        return True  # whoever walks it finds out


def _members_below(path: Path) -> set[int]:
    """The pids in ``path`` and every cgroup below it."""
    pids: set[int] = set()
    directories = [d for d, _subdirs, _files in os.walk(path)] if _has_children(path) else [path]
    for directory in directories:
        with contextlib.suppress(OSError, ValueError), \
                open(os.path.join(directory, "cgroup.procs"), "rb") as fh:
            pids.update(int(p) for p in fh.read().split())
    return pids


def _rmdir(path: str) -> bool:
    """Removes one empty cgroup, retrying while exiting members are still counted."""
    for _attempt in range(_REMOVE_ATTEMPTS):
        try:
            os.rmdir(path)
            return True
        except FileNotFoundError:
            return True
        except OSError as exc:
            if exc.errno != errno.EBUSY:
                log.warning("cgroup.remove_failed", path=path, error=str(exc))
                return False
            time.sleep(0.02)
    log.warning("cgroup.remove_busy", path=path)
    return False


def _remove_tree(path: Path) -> bool:
    """Removes ``path`` and the cgroups below it, deepest first."""
    if not _has_children(path):
        return _rmdir(str(path))
    if not path.is_dir():
        return True
    done = True
    for directory, _subdirs, _files in os.walk(path, topdown=False):
        done = _rmdir(directory) and done
    return done


def _kill_members(path: Path) -> int:
    """SIGKILLs every process in ``path`` and below until none is left; how many there were."""
    killed: set[int] = set()
    kill_file = path / "cgroup.kill"
    for _attempt in range(_REMOVE_ATTEMPTS):
        pids = _members_below(path)
        if not pids:
            break
        killed |= pids
        if not _write_quietly(kill_file, "1"):
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
        time.sleep(0.02)
    return len(killed)


def _write_quietly(path: Path, value: str) -> bool:
    try:
        path.write_text(value)
    except OSError:
        return False
    return True


def sweep_stale(hierarchies: list[Hierarchy] | None = None) -> int:
    """Finds job cgroups beside ours whose hodei-run is proven gone (killed with SIGKILL, say),
    stops whatever still runs in them and removes them; says so in one log line. Returns how
    many processes it stopped. Cgroups whose owner lives, or cannot be judged, are left."""
    removed, stopped, names = 0, 0, set()
    for h in hierarchies if hierarchies is not None else discover():
        try:
            entries = [e for e in os.scandir(h.own) if e.name.startswith("hodei-") and e.is_dir()]
        except OSError:
            continue
        for entry in entries:
            if not owner_gone(entry.name):
                continue
            path = Path(entry.path)
            stopped += _kill_members(path)
            if _remove_tree(path):
                removed += 1
                names.add(entry.name)
    if removed:
        log.warning("cgroup.stale_removed", cgroups=sorted(names), directories=removed,
                    processes_stopped=stopped)
    return stopped
