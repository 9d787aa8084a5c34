"""One job's state on disk, under ``STATE/jobs/<name>/``: everything a restarted daemon needs
to find the job again and report it exactly once.

    spec.pb       the JobSpec, as the control plane sent it (written before the job is accepted)
    spawning      the daemon is about to fork the shim (written before it asks)
    shim.json     the shim's pid and start time (written by the shim itself, first thing)
    stdout        the job's output, masked by the shim; byte offsets in it number the LogChunks
    stderr
    shim.log      hodei-run's own diagnostics for this job
    event.json    the job's final event, written atomically by the shim
    cancel.json   why the job is being cancelled, once someone asked
    offsets.json  how far each stream has been committed to the outbox
    reported      the terminal event is in the outbox: the directory (its ``work/`` removed)
                  stays until every event of the job is acknowledged, as the outbox's log
                  chunks read their bytes from ``stdout`` and ``stderr`` when they are sent
    work/         the job's working directory unless its spec names one

Each run of a job has a directory of its own (a suffix makes the name unique), so a job run
again on this worker never writes into the files an earlier run's chunks still read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _dirname(job_id: str) -> str:
    """A directory name for any job id: readable where it can be, unique always."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", job_id)[:48].lstrip(".") or "job"
    return f"{safe}-{hashlib.sha256(job_id.encode()).hexdigest()[:12]}"


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass(frozen=True)
class JobDir:
    """The directory of one job."""

    path: Path

    @classmethod
    def create(cls, root: Path, job_id: str, spec: bytes) -> JobDir:
        """Makes the job's directory and records its spec durably."""
        path = root / f"{_dirname(job_id)}.{uuid.uuid4().hex[:8]}"
        (path / "work").mkdir(parents=True, mode=0o700)
        job = cls(path)
        _write_atomic(job.spec_path, spec)
        return job

    @classmethod
    def all(cls, root: Path) -> Iterator[JobDir]:
        """Every job directory under ``root`` that has a spec (a half-made one is removed)."""
        if not root.is_dir():
            return
        for entry in sorted(root.iterdir()):
            if not entry.is_dir():
                continue
            if (entry / "spec.pb").is_file():
                yield cls(entry)
            else:
                shutil.rmtree(entry, ignore_errors=True)

    @property
    def spec_path(self) -> Path:
        return self.path / "spec.pb"

    @property
    def stdout(self) -> Path:
        return self.path / "stdout"

    @property
    def stderr(self) -> Path:
        return self.path / "stderr"

    @property
    def event_path(self) -> Path:
        return self.path / "event.json"

    @property
    def log_path(self) -> Path:
        return self.path / "shim.log"

    @property
    def work(self) -> Path:
        return self.path / "work"

    def spec(self) -> bytes:
        return self.spec_path.read_bytes()

    def _json(self, name: str) -> dict[str, Any] | None:
        try:
            data = json.loads((self.path / name).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    @property
    def shim_record(self) -> Path:
        return self.path / "shim.json"

    def mark_spawning(self) -> None:
        """Records that a shim is being started: after a crash, a job with this mark and no
        shim record may or may not have started, so it must not be started again."""
        _write_atomic(self.path / "spawning", b"")

    @property
    def spawning(self) -> bool:
        return (self.path / "spawning").exists()

    def record_shim(self, pid: int, start_time: int | None, started_at: float) -> None:
        """Records the shim, so a restarted daemon can find it again."""
        _write_atomic(self.path / "shim.json", json.dumps(
            {"pid": pid, "start_time": start_time, "started_at": started_at}).encode())

    def shim(self) -> dict[str, Any] | None:
        """The recorded shim: pid, start_time, started_at."""
        return self._json("shim.json")

    def event(self) -> dict[str, Any] | None:
        """The job's final event, once the shim wrote it."""
        return self._json("event.json")

    def request_cancel(self, reason: str) -> None:
        """Records that the job is being cancelled, and why (before any signal is sent)."""
        _write_atomic(self.path / "cancel.json", json.dumps({"reason": reason}).encode())

    def cancel(self) -> dict[str, Any] | None:
        """The cancel request, if there was one."""
        return self._json("cancel.json")

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
        return (self.path / "reported").exists()

    def mark_reported(self) -> None:
        """The terminal event is committed: the job is done on this worker."""
        _write_atomic(self.path / "reported", b"")

    def remove_work(self) -> None:
        """Removes the job's default working directory (its outputs stay until sent)."""
        shutil.rmtree(self.work, ignore_errors=True)

    def remove(self) -> None:
        """Forgets the job (once reported). Its spec goes first: a directory without one is a
        leftover that the next start removes, never a job to start again (rmtree's order is
        the file system's, and a crash may interrupt it)."""
        with contextlib.suppress(FileNotFoundError):
            self.spec_path.unlink()
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(self.path)
