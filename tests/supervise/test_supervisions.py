"""Many supervisions in one process (``supervise.Supervisions``): each job gets its own outcome,
output and tree stopped, while the host stays one single-threaded process.

Each test runs a host in a process of its own (it reaps every child it has, and becomes a
subreaper: not something to do inside the test runner), with real jobs, cgroups and files, and
reads what the host saw as JSON."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import PROBES, PY, assert_none_left, clean_env, processes_with, wait_for


def _host(tmp_path: Path, jobs: list[dict[str, Any]], **plan: Any) -> dict[str, Any]:
    for job in jobs:
        job.setdefault("stdout", str(tmp_path / f"{job['key']}.out"))
        job.setdefault("stderr", str(tmp_path / f"{job['key']}.err"))
    done = subprocess.run([PY, str(PROBES / "supervisions_host.py"),
                           json.dumps({"jobs": jobs, **plan})],
                          capture_output=True, env=clean_env(), cwd=tmp_path, timeout=90, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_jobs_run_at_once_each_with_its_own_status_and_output(tmp_path: Path) -> None:
    """Jobs supervised by one host run at the same time (each waits until all have started),
    and each ends with its own exit status, its own stdout and stderr in its files, and its
    stderr's tail in its observation; the host stays a single thread throughout."""
    n = 6
    barrier = (f"touch started-$0; while [ $(ls started-* | wc -l) -lt {n} ]; do sleep 0.01; done; "
               "echo out-$0; echo err-$0 >&2; exit $1")
    jobs = [{"key": f"j{i}", "argv": ["sh", "-c", barrier, f"j{i}", str(i)]} for i in range(n)]
    seen = _host(tmp_path, jobs)
    assert seen["threads"] == 1
    for i in range(n):
        result = seen["results"][f"j{i}"]
        assert result["exit_status"] == i
        assert result["stderr_tail"] == f"err-j{i}\n"
        assert (tmp_path / f"j{i}.out").read_text() == f"out-j{i}\n"
        assert (tmp_path / f"j{i}.err").read_text() == f"err-j{i}\n"


def test_a_deadline_stops_one_jobs_whole_tree_and_not_the_others(tmp_path: Path, marker: str) -> None:
    """A job past its deadline gets SIGTERM, then SIGKILL after its grace, with the processes
    it left behind; a job beside it in the same host runs to its own end untouched."""
    stubborn = f"trap '' TERM; sleep {marker} & sleep {marker}"
    jobs = [{"key": "late", "argv": ["sh", "-c", stubborn], "timeout_ms": 300, "grace_ms": 300},
            {"key": "calm", "argv": ["sh", "-c", "sleep 1; echo fine"]}]
    seen = _host(tmp_path, jobs)
    late, calm = seen["results"]["late"], seen["results"]["calm"]
    assert late["deadline_fired"] is True
    assert late["killed_with"] == signal.SIGKILL
    assert late["leftovers_stopped"] >= 1
    assert calm["exit_status"] == 0
    assert calm["deadline_fired"] is False
    assert (tmp_path / "calm.out").read_text() == "fine\n"
    assert_none_left(marker)


def test_a_signal_to_one_job_stops_it_as_a_forwarded_termination(tmp_path: Path, marker: str) -> None:
    """host.signal(key) ends that job as a SIGTERM sent to hodei-run would (recorded as
    forwarded, its tree stopped); the other job is not signalled."""
    jobs = [{"key": "cancelled", "argv": ["sh", "-c", f"touch ready; sleep {marker}"]},
            {"key": "other", "argv": ["sh", "-c", "while [ ! -e ready ]; do sleep 0.01; done; sleep 0.3"]}]
    seen = _host(tmp_path, jobs, cancel_when={"cancelled": str(tmp_path / "ready")})
    cancelled, other = seen["results"]["cancelled"], seen["results"]["other"]
    assert cancelled["forwarded_signal"] == signal.SIGTERM
    assert cancelled["term_signal"] == signal.SIGTERM
    assert other["exit_status"] == 0
    assert other["forwarded_signal"] is None
    assert_none_left(marker)


def test_a_job_signalled_before_it_starts_is_not_started(tmp_path: Path) -> None:
    """A termination for a job that has not started yet means it never starts."""
    jobs = [{"key": "never", "argv": ["sh", "-c", "touch ran"]}]
    seen = _host(tmp_path, jobs, cancel_first=["never"])
    assert seen["results"]["never"]["forwarded_signal"] == signal.SIGTERM
    assert seen["results"]["never"]["started"] is False
    assert not (tmp_path / "ran").exists()


def test_a_jobs_secret_is_masked_in_its_files(tmp_path: Path) -> None:
    """A job's secrets are masked in its output files by the host's relays, and only in that
    job's: the same text from a job without secrets passes as written."""
    jobs = [{"key": "secret", "argv": ["sh", "-c", "echo key=hunter2x; echo key=hunter2x >&2"],
             "secrets": ["hunter2x"]},
            {"key": "plain", "argv": ["sh", "-c", "echo key=hunter2x"]}]
    seen = _host(tmp_path, jobs)
    assert (tmp_path / "secret.out").read_text() == "key=***\n"
    assert (tmp_path / "secret.err").read_text() == "key=***\n"
    assert seen["results"]["secret"]["stderr_tail"] == "key=***\n"
    assert (tmp_path / "plain.out").read_text() == "key=hunter2x\n"


@pytest.mark.parametrize("count", [40])
def test_many_short_jobs_all_end_once(tmp_path: Path, count: int) -> None:
    """Many short jobs through one host each end exactly once with their own status."""
    jobs = [{"key": f"k{i}", "argv": ["sh", "-c", f"exit {i % 7}"]} for i in range(count)]
    seen = _host(tmp_path, jobs)
    assert {k: r["exit_status"] for k, r in seen["results"].items()} == {
        f"k{i}": i % 7 for i in range(count)}


def test_closing_the_host_kills_its_jobs_and_reports_none(tmp_path: Path, marker: str) -> None:
    """host.close() ends every supervision at once: their jobs' whole trees are killed,
    nothing is reported for them, and no supervision complains of being abandoned."""
    jobs = [{"key": f"c{i}", "argv": ["sh", "-c", f"touch up-{i}; sleep {marker} & sleep {marker}"]}
            for i in range(3)]
    script = "while [ $(ls up-* 2>/dev/null | wc -l) -lt 3 ]; do sleep 0.01; done; touch close"
    jobs.append({"key": "closer", "argv": ["sh", "-c", script]})
    seen = _host(tmp_path, jobs, close_when=str(tmp_path / "close"))
    assert set(seen["results"]) <= {"closer"}
    wait_for(lambda: not processes_with(marker), timeout=10, what="the closed host's jobs to be gone")


def test_a_signal_given_between_passes_is_taken_without_waiting_for_anything_else(
        tmp_path: Path, marker: str) -> None:
    """A job signalled between two passes is handled by the next pass at once, even when
    nothing else is due and no time limit is given (the pass does not sleep first)."""
    jobs = [{"key": "only", "argv": ["sh", "-c", f"touch ready; exec sleep {marker}"]}]
    seen = _host(tmp_path, jobs, cancel_when={"only": str(tmp_path / "ready")}, block=True)
    assert seen["results"]["only"]["forwarded_signal"] == signal.SIGTERM
    assert_none_left(marker)
