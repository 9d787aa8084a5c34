"""One job's state on disk, under ``STATE/jobs/<name>/``: everything a restarted daemon needs
to find the job again and report it exactly once.

    job           the job's journal, appended to at each step:
                  one file, so a job costs no more inodes than it must. The JobSpec, as the
                  control plane sent it (written before the job is accepted); ``spawning``
                  (the daemon is handing the job to the supervisor host it names, in this
                  boot); the host's claim (it got the job: only the first claim runs it);
                  ``cancel``
                  (why the job is being cancelled, before any signal is sent); ``reported``
                  (the terminal event is in the outbox: the directory, its ``work/`` emptied,
                  stays until every event of the job is acknowledged, as the outbox's log
                  chunks read their bytes from ``stdout`` and ``stderr`` when they are sent);
                  and the job's final event, appended by its supervisor host
    stdout        the job's output, masked by its supervisor; byte offsets in it number the
    stderr        LogChunks
    offsets.json  how far each stream has been committed to the outbox
    work/         the job's working directory unless its spec names one

An entry of the journal is a kind byte, a 4-byte length and its bytes; one cut short by a crash
(never acknowledged, as its fsync had not returned) is ignored, with everything after it. A
directory whose ``job`` has no spec is a leftover of a job never accepted.

Each run of a job has a directory of its own (a suffix makes the name unique), so a job run
again on this worker never writes into the files an earlier run's chunks still read.

A job that is done with its directory leaves it emptied, as a spare (``STATE/spare/``), for a
later job to take by renaming it (:class:`Spares`): on a file system that looks hard for a free
inode among those freed recently, making and removing a job's files would cost more than the
rest of a short job's start.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import os
import re
import shutil
import stat
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ..host import CANCEL as _CANCEL
from ..host import EVENT as _EVENT
from ..host import OVERFLOW as _OVERFLOW
from ..host import RECEIVED as _RECEIVED
from ..host import REPORTED as _REPORTED
from ..host import SPAWNING as _SPAWNING
from ..host import SPEC as _SPEC
from ..host import append_entry
from ..host import parse as _parse

JOURNAL_FILE: Final = "job"
_KNOWN_FILES: Final = ("stdout", "stderr", "offsets.json", "stdin")
_KEPT_FILES: Final = ("stdout", "stderr")
"""Emptied and kept in a spare, with ``job`` and ``work/``; the others are removed."""
SPARES: Final = 512
"""How many spare directories a worker keeps at most: enough for the jobs of a sweep's second
at a few hundred jobs a second. Each is two empty directories and three empty files (8 KiB of
disk)."""
SPARES_MADE: Final = 256
"""How many spares a worker makes ready at start, so a burst of jobs finds them."""


@functools.cache
def boot_id() -> str:
    """This boot of the machine ("" where the kernel does not say)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def _dirname(job_id: str) -> str:
    """A directory name for any job id: readable where it can be, unique always."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", job_id)[:48].lstrip(".") or "job"
    return f"{safe}-{hashlib.sha256(job_id.encode()).hexdigest()[:12]}"


def _cancel_of(records: list[tuple[bytes, bytes]]) -> dict[str, Any] | None:
    reason = next((data for kind, data in records if kind == _CANCEL), None)
    return None if reason is None else {"reason": reason.decode("utf-8", "replace")}


def _is_empty(directory: Path) -> bool:
    with os.scandir(directory) as entries:
        return next(entries, None) is None


@dataclass(frozen=True)
class JobDir:
    """The directory of one job (its files' paths made once each: a job's are asked for often)."""

    path: Path

    @classmethod
    def create(cls, root: Path, job_id: str, spec: bytes, *, workdir: bool = True,
               spares: Spares | None = None, stdin: bytes = b"") -> JobDir:
        """Makes the job's directory (with ``work/`` when ``workdir``), from a spare when
        ``spares`` has one, and records its spec (and ``stdin``, the bytes the job reads).
        Raises OSError (a full disk, say), leaving nothing behind."""
        path = root / f"{_dirname(job_id)}.{uuid.uuid4().hex[:8]}"
        try:
            return cls._create(path, spec, workdir, spares, stdin)
        except OSError:
            _remove_any(path)
            raise

    @classmethod
    def _create(cls, path: Path, spec: bytes, workdir: bool, spares: Spares | None,
                stdin: bytes) -> JobDir:
        if spares is not None and spares.take(path):
            if not workdir:
                with contextlib.suppress(OSError):  # a spare's is empty; left, it is unused
                    os.rmdir(path / "work")
        else:
            path.mkdir(parents=True, mode=0o700)
            if workdir:
                (path / "work").mkdir(mode=0o700)
        job = cls(path)
        # Not fsynced on its own: the spawning mark's fsync, which comes before the job is
        # started or said to be accepted, takes it to disk too. A daemon killed before that
        # leaves it readable (the page cache is the machine's); a machine that stops loses a
        # job nobody was told was accepted, which the control plane offers again.
        if stdin:
            (path / "stdin").write_bytes(stdin)
        job._append(_SPEC, spec, sync=False)
        return job

    @classmethod
    def all(cls, root: Path) -> Iterator[JobDir]:
        """Every job directory under ``root`` that has a spec (a half-made one is removed)."""
        if not root.is_dir():
            return
        for entry in sorted(root.iterdir()):
            if not entry.is_dir():
                continue
            job = cls(entry)
            if any(kind == _SPEC for kind, _ in job._records()):
                yield job
            else:
                shutil.rmtree(entry, ignore_errors=True)

    def _append(self, kind: bytes, data: bytes, *, sync: bool = True) -> None:
        """Appends one entry to the journal (:func:`append_entry`)."""
        append_entry(self.journal, kind, data, sync=sync)

    def _records(self) -> list[tuple[bytes, bytes]]:
        try:
            return _parse(self.journal.read_bytes())
        except OSError:
            return []

    def _has(self, kind: bytes) -> bool:
        return any(k == kind for k, _ in self._records())

    @functools.cached_property
    def stdout(self) -> Path:
        return self.path / "stdout"

    @functools.cached_property
    def stderr(self) -> Path:
        return self.path / "stderr"

    @functools.cached_property
    def work(self) -> Path:
        return self.path / "work"

    def spec(self) -> bytes:
        """The job's spec, as recorded (empty if there is none)."""
        return next((data for kind, data in self._records() if kind == _SPEC), b"")

    def _json(self, name: str) -> dict[str, Any] | None:
        try:
            data = json.loads((self.path / name).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def mark_spawning(self, host: dict[str, Any] | None = None, *, sync: bool = True) -> None:
        """Records that the job is being handed to its supervisor, the ``host`` named (with
        the spec, durably: fsynced here, or by the caller at :attr:`journal` when not
        ``sync``): after a crash, the job is asked for there, and it is never started a
        second time where it may have started already."""
        self._append(_SPAWNING, json.dumps(host).encode() if host else b"", sync=sync)

    @functools.cached_property
    def journal(self) -> Path:
        """The job's journal."""
        return self.path / JOURNAL_FILE

    def host(self) -> dict[str, Any] | None:
        """The host the job was last handed to (see :meth:`mark_spawning`)."""
        marks = [data for kind, data in self._records() if kind == _SPAWNING and data]
        try:
            found = json.loads(marks[-1]) if marks else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    @property
    def spawning(self) -> bool:
        return self._has(_SPAWNING)

    def never_received(self) -> bool:
        """Whether no host ever got the job, for sure: no host's claim in the journal (a host
        appends it before anything of the job starts) under a hand-over mark made in this
        boot. The claim is not fsynced: after the machine restarted, a missing one proves
        nothing."""
        records = self._records()
        if any(kind == _RECEIVED for kind, _ in records):
            return False
        marks = [data for kind, data in records if kind == _SPAWNING and data]
        try:
            host = json.loads(marks[-1]) if marks else None
        except ValueError:
            return False
        return isinstance(host, dict) and bool(boot_id()) and host.get("boot") == boot_id()

    def event(self) -> dict[str, Any] | None:
        """The job's final event, once its supervisor wrote it."""
        return self.ending()[0]

    def ending(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The job's final event (None until its supervisor wrote it) and its cancel request
        (see :meth:`cancel`), from one read of the journal."""
        records = self._records()
        cancel = _cancel_of(records)
        told = [data for kind, data in records if kind == _EVENT]
        if not told:
            return None, cancel
        try:
            event = json.loads(told[-1])
        except ValueError:
            return None, cancel
        return (event if isinstance(event, dict) else None), cancel

    def overflow(self) -> dict[str, int]:
        """The bytes of each stream its host dropped (past the limit, or refused by a full
        disk): counted, never written."""
        told = [data for kind, data in self._records() if kind == _OVERFLOW]
        try:
            found = json.loads(told[-1]) if told else {}
        except ValueError:
            return {}
        return {k: v for k, v in found.items() if isinstance(v, int)} if isinstance(found, dict) else {}

    def request_cancel(self, reason: str) -> None:
        """Records that the job is being cancelled, and why (before any signal is sent)."""
        self._append(_CANCEL, reason.encode())

    def cancel(self) -> dict[str, Any] | None:
        """The cancel request, if there was one (the first one)."""
        return _cancel_of(self._records())

    def offsets(self) -> dict[str, int]:
        """How far each stream was committed to the outbox."""
        data = self._json("offsets.json") or {}
        return {k: int(v) for k, v in data.items() if isinstance(v, int)}

    def save_offsets(self, offsets: dict[str, int]) -> None:
        """Records log progress (not fsynced: losing it only means chunks are committed again
        under the same ids, which the outbox and the control plane recognise)."""
        tmp = self.path / ".offsets.json.tmp"
        tmp.write_text(json.dumps(offsets), "utf-8")
        os.replace(tmp, self.path / "offsets.json")

    @property
    def reported(self) -> bool:
        return self._has(_REPORTED)

    def mark_reported(self) -> None:
        """The terminal event is committed: the job is done on this worker. Not fsynced: the
        mark survives a crash of the daemon; lost with the machine, it only means the end is
        committed and sent again under its id, which the outbox and the control plane
        recognise as a repeat."""
        self._append(_REPORTED, b"", sync=False)

    def remove_work(self) -> None:
        """Removes what is in the job's default working directory (its outputs stay until
        sent); an empty one is kept, for the spare the directory becomes."""
        try:
            if _is_empty(self.work):
                return
        except OSError:
            return
        shutil.rmtree(self.work, ignore_errors=True)

    def retire(self, spares: Spares | None) -> None:
        """Forgets the job (once reported and acknowledged): its directory becomes a spare
        when ``spares`` takes it, and is removed otherwise."""
        if spares is None or not spares.give(self):
            self.remove()

    def remove(self) -> None:
        """Forgets the job (once reported). Its journal goes first: a directory without one is
        a leftover that the next start removes, never a job to start again (rmtree's order is
        the file system's, and a crash may interrupt it)."""
        with contextlib.suppress(FileNotFoundError):
            (self.path / JOURNAL_FILE).unlink()
        for name in _KNOWN_FILES:  # what a job leaves, removed by name: cheaper than a walk
            with contextlib.suppress(OSError):  # (what is left is the walk's below)
                os.unlink(self.path / name)
        try:
            os.rmdir(self.path)
        except FileNotFoundError:
            pass
        except OSError:  # something more (its work/, another file): walked
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(self.path)


class Spares:
    """Emptied directories of finished jobs, kept under ``root`` for new jobs to take.

    A spare holds an empty ``job``, ``stdout`` and ``stderr`` and an empty ``work/``, nothing
    else. A directory is emptied before it moves here, its journal first, so one that a crash
    catches half-emptied is still under ``jobs/`` and has no spec: a leftover that the next
    start removes. What is here at start is looked at (:meth:`prepare`): a spare that is not
    exactly empty is removed, never given to a job. Nothing a job may have put in its
    directory is followed: a link, or anything but a regular file or directory where one is
    expected, makes the directory one to remove. Given from the sweep's thread, taken on the
    loop."""

    def __init__(self, root: Path, limit: int = SPARES) -> None:
        self.root = root
        self.limit = limit
        self._free: list[Path] = []
        self._lock = threading.Lock()
        root.mkdir(mode=0o700, exist_ok=True)

    def __len__(self) -> int:
        return len(self._free)

    def prepare(self, ready: int = SPARES_MADE) -> None:
        """Keeps the spares found under ``root`` that are exactly empty, up to the limit
        (removing the others), then makes new ones until ``ready`` are there. Slow: call it from
        a thread."""
        for entry in sorted(os.listdir(self.root)):
            path = self.root / entry
            try:
                kept = _is_spare(path)
            except OSError:
                kept = False
            if not kept or not self._keep(path):  # (past the limit: removed too)
                _remove_any(path)
        for _ in range(min(ready, self.limit) - len(self._free)):  # jobs may take some meanwhile
            path = self.root / uuid.uuid4().hex
            try:
                os.mkdir(path, 0o700)
                os.mkdir(path / "work", 0o700)
                for name in (JOURNAL_FILE, *_KEPT_FILES):
                    os.close(os.open(path / name, _CREATE, 0o600))
            except OSError:
                _remove_any(path)
                return
            self._keep(path)

    def _keep(self, path: Path) -> bool:
        with self._lock:
            if len(self._free) >= self.limit:
                return False
            self._free.append(path)
            return True

    def take(self, path: Path) -> bool:
        """Moves a spare to ``path``; False when there is none (or it could not be moved)."""
        with self._lock:
            if not self._free:
                return False
            spare = self._free.pop()
        try:
            os.rename(spare, path)
        except OSError:
            _remove_any(spare)
            return False
        return True

    def give(self, job: JobDir) -> bool:
        """Empties ``job``'s directory and keeps it, when there is room and it holds nothing
        but what a job's directory holds; False otherwise (it is then the caller's to
        remove)."""
        with self._lock:
            if len(self._free) >= self.limit:
                return False
        try:
            names = set(os.listdir(job.path))
            if JOURNAL_FILE not in names or not names <= {JOURNAL_FILE, "work", *_KNOWN_FILES}:
                return False
            _empty_file(job.journal)  # first: from here it is not a job
            for name in _KEPT_FILES:
                # New files, never the old ones emptied in place: a process of the earlier
                # job that escaped it may still hold them open, and would write into the
                # next job's output.
                if name in names:
                    if not stat.S_ISREG(os.lstat(job.path / name).st_mode):
                        return False  # a link, say: the directory is removed, never followed
                    os.unlink(job.path / name)
                os.close(os.open(job.path / name, _CREATE, 0o600))
            for name in names.difference(_KEPT_FILES, (JOURNAL_FILE, "work")):
                os.unlink(job.path / name)
            if "work" not in names:
                os.mkdir(job.work, 0o700)
            elif not (stat.S_ISDIR(os.lstat(job.work).st_mode) and _is_empty(job.work)):
                return False
            spare = self.root / uuid.uuid4().hex
            os.rename(job.path, spare)
        except OSError:
            return False
        if not self._keep(spare):
            _remove_any(spare)
        return True


_CREATE: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def _empty_file(path: Path) -> None:
    """Truncates the regular file ``path`` (never through a link). Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def _is_spare(path: Path) -> bool:
    """Whether ``path`` is exactly an empty spare (raises OSError when it cannot be read)."""
    if set(os.listdir(path)) != {JOURNAL_FILE, "work", *_KEPT_FILES}:
        return False
    for name in (JOURNAL_FILE, *_KEPT_FILES):
        found = os.lstat(path / name)
        if not stat.S_ISREG(found.st_mode) or found.st_size:
            return False
    return stat.S_ISDIR(os.lstat(path / "work").st_mode) and _is_empty(path / "work")


def _remove_any(path: Path) -> None:
    """Removes ``path``, a directory or not, as far as it can."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)
