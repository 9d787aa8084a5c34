"""Output dropped by a full outbox is said, not hidden: the worker's ``EventsDropped`` names the
jobs whose chunks it dropped, ``jobs`` marks them, and ``logs`` ends with a line saying the
output is incomplete. Real ``serve``, ``hodei-worker``, ``submit``, ``jobs`` and ``logs``
processes; the outbox fills for real, while the control plane is down."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import clean_env, wait_for
from control_plane import ControlPlaneProcess
from worker_peer import Daemon

from hodei_worker.transport import Outbox, Record

CONTROL = Path(sys.executable).with_name("hodei-control-plane")
OUTPUT_BYTES = 12 * 1024 * 1024
"""Three of the log pump's batches: the first is kept whole, the later ones meet the cap."""


def test_the_outbox_names_the_jobs_whose_events_it_dropped(tmp_path: Path) -> None:
    """An outbox over its cap refuses droppable events and reports, once there is room, the
    count and the jobs they belonged to."""
    with Outbox(tmp_path / "spool", max_bytes=1) as box:
        box.append([Record("t1", "job-a", b"x" * 8192)])
        kept = box.append([Record("d1", "job-a", b"1", terminal=False),
                           Record("d2", "job-b", b"2", terminal=False)])
        assert kept == []
        dropped = box.dropped()
        assert dropped is not None
        assert (dropped.count, dropped.job_ids) == (2, ("job-a", "job-b"))


def _cp(address: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(CONTROL), args[0], "--control-plane", address, *args[1:]],
                          capture_output=True, env=clean_env(), timeout=60)


def _row(address: str, job_id: str) -> dict[str, Any]:
    rows = [json.loads(line) for line in _cp(address, "jobs", "--json").stdout.splitlines()]
    return next((r for r in rows if r["job_id"] == job_id), {})


def test_output_cut_by_the_spool_cap_is_marked_in_jobs_and_logs(tmp_path: Path) -> None:
    """A job whose output the worker's outbox could not keep (its control plane away, its
    spool cap reached) ends marked ``output_incomplete``, ``logs`` closes with one line saying
    the output above is incomplete, and ``events`` names it in the EventsDropped it received; a
    job with all of its output has neither mark."""
    flag = tmp_path / "go"
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log",
                             ("--heartbeat-interval", "300ms", "--worker-timeout", "60s"))
    cp.start()
    worker = Daemon(tmp_path, cp.address, "--spool-limit", "512K").start()
    try:
        whole = _cp(cp.address, "submit", "--", "echo", "all of it").stdout.decode().strip()
        wait_for(lambda: _row(cp.address, whole).get("state") == "succeeded", 60, interval=0.2,
                 what="the first job to succeed")
        script = f"while [ ! -e {flag} ]; do sleep 0.05; done; head -c {OUTPUT_BYTES} /dev/zero | tr '\\0' x"
        cut = _cp(cp.address, "submit", "--", "sh", "-c", script).stdout.decode().strip()
        wait_for(lambda: _row(cp.address, cut).get("state") == "running", 60, interval=0.2,
                 what="the job to run")
        cp.kill()  # nothing is acknowledged now: the job's chunks stay in the outbox
        flag.touch()
        wait_for(lambda: _ended_on_worker(worker, cut), 60, interval=0.2,
                 what="the job to end on the worker")
        cp.start()
        row = wait_for(lambda: (r := _row(cp.address, cut)).get("state") == "succeeded" and r, 60,
                       interval=0.2, what="the job's end to arrive")
        logs = _cp(cp.address, "logs", cut)
        full = _cp(cp.address, "logs", whole)
        listing = _cp(cp.address, "jobs").stdout.decode()
        events = [json.loads(line) for line in _cp(cp.address, "events", "--json").stdout.splitlines()]
        events_text = _cp(cp.address, "events").stdout.decode()
    finally:
        worker.stop()
        cp.stop()
    assert row["output_incomplete"] is True
    assert _row_line(listing, cut).endswith("output-incomplete")
    assert len(logs.stdout) < OUTPUT_BYTES
    assert logs.stdout == b"x" * len(logs.stdout)
    said = logs.stderr.decode().splitlines()
    assert len(said) == 1
    assert "incomplete" in said[0]
    assert full.stdout == b"all of it\n"
    assert full.stderr == b""
    assert "output-incomplete" not in _row_line(listing, whole)
    dropped = [e for e in events if e["event_type"] == "EventsDropped"]
    assert dropped, events
    assert all(e["job_ids"] == [cut] for e in dropped)  # events --json names the jobs
    assert f"jobs={cut}" in events_text


def _ended_on_worker(worker: Daemon, job_id: str) -> bool:
    """Whether the worker committed the job's end to its outbox."""
    with Outbox(worker.state / "outbox") as box:
        return any(p.event_id.endswith("/end") for p in box.pending(job_id=job_id))


def _row_line(listing: str, job_id: str) -> str:
    return next(line for line in listing.splitlines() if line.startswith(job_id))
