"""The reference control plane running jobs: its pure policy on a fake clock, then the whole
platform for real (``hodei-control-plane serve``, ``hodei-worker``, and the ``submit``,
``jobs``, ``logs`` and ``cancel`` commands) over loopback."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import clean_env, wait_for
from control_plane import ControlPlaneProcess, WireTap
from worker_peer import Daemon

from hodei_worker.controlplane._policy import (
    Job,
    Outcome,
    RetryPolicy,
    State,
    Worker,
    apply,
    assign,
    cancel,
    dispatch,
    not_held,
    worker_lost,
)

CONTROL = Path(sys.executable).with_name("hodei-control-plane")
RETRY_1007 = RetryPolicy(max_attempts=3, backoff_multiplier=2.0, initial_delay_s=1.0,
                         retryable_errors=frozenset({"ERR_1007", "ERR_1008"}))


NO_RETRY = RetryPolicy()


def _running(policy: RetryPolicy = NO_RETRY, attempts: int = 1) -> Job:
    return Job("j", State.RUNNING, "w1", attempts=attempts, policy=policy)


@pytest.mark.parametrize(("job", "outcome", "state", "next_at"), [
    (_running(), Outcome("job_completed", "w1"), State.SUCCEEDED, 0.0),
    (_running(), Outcome("job_execution_error", "w1", 3, "ERR_1007"), State.FAILED, 0.0),
    (_running(RETRY_1007), Outcome("job_execution_error", "w1", 3, "ERR_1007"), State.QUEUED, 101.0),
    (_running(RETRY_1007, 2), Outcome("job_execution_error", "w1", 3, "ERR_1007"), State.QUEUED, 102.0),
    (_running(RETRY_1007, 3), Outcome("job_execution_error", "w1", 3, "ERR_1007"), State.FAILED, 0.0),
    (_running(RETRY_1007), Outcome("job_execution_error", "w1", 127, "ERR_1001"), State.FAILED, 0.0),
    (_running(), Outcome("job_rejected", "w1", -1, "ERR_2001"), State.QUEUED, 100.5),
    (_running(), Outcome("job_rejected", "w1", -1, "ERR_1009"), State.FAILED, 0.0),
    (_running(), Outcome("job_cancelled", "w1", 143, "ERR_1006"), State.CANCELLED, 0.0),
    (_running(), Outcome("job_completed", "w2"), State.RUNNING, 0.0),
    (Job("j", State.FAILED, "w1"), Outcome("job_completed", "w1"), State.FAILED, 0.0),
])
def test_reports_move_jobs(job: Job, outcome: Outcome, state: State, next_at: float) -> None:
    """Each report moves a running job as the policy says: done, failed, retried after the
    backoff, requeued when the worker was busy; reports from another worker or about an ended
    job change nothing."""
    after = apply(job, outcome, now=100.0)
    assert after.state is state
    assert after.next_attempt_at == next_at


def test_busy_rejection_does_not_count_as_an_attempt() -> None:
    """A job refused with ERR_2001 goes back to the queue without using up an attempt."""
    assert apply(_running(attempts=1), Outcome("job_rejected", "w1", -1, "ERR_2001"), 0).attempts == 0


def test_lost_worker_fails_running_jobs_with_1008_and_retries() -> None:
    """A worker gone for good fails its running jobs with ERR_1008, retried where the policy
    says ERR_1008 is retryable."""
    assert worker_lost(_running(), 5.0).error_code == "ERR_1008"
    assert worker_lost(_running(), 5.0).state is State.FAILED
    assert worker_lost(_running(RETRY_1007), 5.0).state is State.QUEUED


def test_job_not_held_after_reconnect() -> None:
    """A running job its worker does not hold on Hello is offered again if it was never
    accepted, and lost (ERR_1008) if it was."""
    fresh = not_held(_running(), 1.0)
    assert fresh.state is State.QUEUED
    assert fresh.attempts == 0
    taken = not_held(Job("j", State.RUNNING, "w1", attempts=1, accepted=True), 1.0)
    assert taken.state is State.FAILED
    assert taken.error_code == "ERR_1008"


def test_dispatch_respects_capacity_draining_and_due_time() -> None:
    """Dispatch gives due jobs, oldest first, to the least loaded worker with room, never to a
    draining one, and leaves jobs whose retry time has not come."""
    queued = [Job(f"j{i}", next_attempt_at=0.0) for i in range(5)] + [Job("later", next_attempt_at=50.0)]
    workers = [Worker("a", 2), Worker("b", 1, running=1), Worker("c", 5, draining=True)]
    plan = dispatch(queued, workers, now=10.0)
    assert plan == [("j0", "a"), ("j1", "a")]
    assert dispatch(queued, [Worker("a", 10)], now=60.0)[-1] == ("later", "a")


def test_cancel_in_every_state() -> None:
    """A cancel dequeues a queued job, asks the worker of a running one, and says so for an
    ended or unknown job."""
    assert cancel(Job("q"), "r")[0] == "dequeued"
    assert cancel(Job("q"), "r")[1].state is State.CANCELLED  # type: ignore[union-attr]
    assert cancel(assign(Job("r"), "w"), "r")[0] == "sent_to_worker"
    assert cancel(Job("d", State.SUCCEEDED), "r")[0] == "already_ended"
    assert cancel(None, "r")[0] == "unknown_job"


# --- the whole platform ----------------------------------------------------------------------


def _cp(*args: str, address: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(CONTROL), *args[:1], "--control-plane", address, *args[1:]],
                          capture_output=True, env=clean_env(), timeout=60)


def _jobs(address: str) -> dict[str, dict[str, Any]]:
    done = _cp("jobs", "--json", address=address)
    assert done.returncode == 0, done.stderr
    return {row["job_id"]: row for row in map(json.loads, done.stdout.splitlines())}


def _state(address: str, job_id: str, *states: str, timeout: float = 60) -> dict[str, Any]:
    return wait_for(lambda: (row := _jobs(address).get(job_id)) and row["state"] in states and row,
                    timeout, interval=0.2, what=f"job {job_id} to be {'/'.join(states)}")


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[tuple[ControlPlaneProcess, Daemon]]:
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log",
                             ("--heartbeat-interval", "300ms", "--worker-timeout", "2s"))
    cp.start()
    worker = Daemon(tmp_path, cp.address, "--max-jobs", "2").start()
    try:
        yield cp, worker
    finally:
        worker.stop()
        cp.stop()


def test_submit_runs_and_reports_with_logs(platform: tuple[ControlPlaneProcess, Daemon], tmp_path: Path) -> None:
    """Three commands show the platform: a submitted job runs on the worker, ``jobs`` says how
    it ended, ``logs`` prints its stdout and stderr as it wrote them."""
    cp, _ = platform
    done = _cp("submit", "--json", "--", "sh", "-c", "echo to-out; echo to-err >&2; exit 4", address=cp.address)
    assert done.returncode == 0, done.stderr
    job_id = json.loads(done.stdout)["job_id"]
    row = _state(cp.address, job_id, "failed")
    assert row["exit_code"] == 4
    assert row["error_code"] == "ERR_1007"
    assert row["attempts"] == 1
    assert row["worker_id"] == "w-test"
    logs = _cp("logs", job_id, address=cp.address)
    assert logs.returncode == 0
    assert logs.stdout == b"to-out\n"
    assert logs.stderr == b"to-err\n"
    ok = _cp("submit", "--", "true", address=cp.address).stdout.decode().strip()
    assert _state(cp.address, ok, "succeeded")["exit_code"] == 0


def test_capacity_queues_the_rest(platform: tuple[ControlPlaneProcess, Daemon]) -> None:
    """More jobs than the worker's --max-jobs wait in the queue and all run in the end, never
    more at once than the worker takes."""
    cp, _ = platform
    # Each job runs long enough to be seen running by listings that, on a loaded machine,
    # can each take the better part of a second.
    ids = [_cp("submit", "--", "sleep", "2", address=cp.address).stdout.decode().strip() for _ in range(3)]
    peak = 0

    def all_done() -> bool:
        nonlocal peak
        rows = _jobs(cp.address)
        peak = max(peak, sum(1 for i in ids if rows[i]["state"] == "running"))
        return all(rows[i]["state"] == "succeeded" for i in ids)

    wait_for(all_done, 60, interval=0.1, what="every job to succeed")
    assert 1 <= peak <= 2


def test_retry_policy_from_a_yaml_file(platform: tuple[ControlPlaneProcess, Daemon], tmp_path: Path) -> None:
    """A job from a YAML file with a retry policy is tried again on a retryable code, up to its
    max_attempts, then fails; its env and shell command are the file's."""
    cp, _ = platform
    (tmp_path / "job.yaml").write_text(
        "name: flaky\ncommand: 'echo $WORD; exit 1'\nenv: {WORD: again}\n"
        "retry_policy: {max_attempts: 3, initial_delay: 100ms, backoff_multiplier: 1,"
        " retryable_errors: [ERR_1007]}\n")
    job_id = _cp("submit", "--file", str(tmp_path / "job.yaml"), address=cp.address).stdout.decode().strip()
    row = _state(cp.address, job_id, "failed")
    assert row["attempts"] == 3
    assert row["name"] == "flaky"
    assert _cp("logs", job_id, address=cp.address).stdout == b"again\n"


def test_cancel_running_queued_ended_and_unknown(platform: tuple[ControlPlaneProcess, Daemon]) -> None:
    """``cancel`` stops a running job, dequeues a waiting one, says when a job had ended, and
    exits non-zero for an unknown job."""
    cp, _ = platform
    running = [_cp("submit", "--", "sleep", "60", address=cp.address).stdout.decode().strip() for _ in range(2)]
    waiting = _cp("submit", "--", "sleep", "60", address=cp.address).stdout.decode().strip()
    for job_id in running:
        _state(cp.address, job_id, "running")
    assert b"cancelled before it started" in _cp("cancel", waiting, address=cp.address).stdout
    for job_id in running:
        assert b"asked to stop" in _cp("cancel", job_id, address=cp.address).stdout
    for job_id in running:
        assert _state(cp.address, job_id, "cancelled")["error_code"] == "ERR_1006"
    assert _jobs(cp.address)[waiting]["state"] == "cancelled"
    assert b"already ended" in _cp("cancel", running[0], address=cp.address).stdout
    unknown = _cp("cancel", "no-such-job", address=cp.address)
    assert unknown.returncode != 0
    assert b"no such job" in unknown.stdout


def test_lost_worker_fails_its_job_with_1008_and_another_worker_retries_it(tmp_path: Path) -> None:
    """A worker that dies with its job and does not come back within --worker-timeout: the
    job fails with ERR_1008, and with ERR_1008 retryable it runs again on another worker."""
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log",
                             ("--heartbeat-interval", "300ms", "--worker-timeout", "1s"))
    cp.start()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = Daemon(tmp_path / "a", cp.address).start()
    second: Daemon | None = None
    try:
        (tmp_path / "job.yaml").write_text(
            "command: 'test -e {flag} || {{ touch {flag}; sleep 60; }}'\n"
            "retry_policy: {{max_attempts: 2, initial_delay: 100ms, retryable_errors: [ERR_1008]}}\n"
            .format(flag=tmp_path / "ran-once"))
        job_id = _cp("submit", "--file", str(tmp_path / "job.yaml"), address=cp.address).stdout.decode().strip()
        _state(cp.address, job_id, "running")
        wait_for(lambda: (tmp_path / "ran-once").exists(), what="the first attempt to start")
        first.signal(signal.SIGKILL)  # the worker is gone, and does not come back
        first.wait()
        second = Daemon(tmp_path / "b", cp.address)
        second.args[second.args.index("--worker-id") + 1] = "w-second"
        second.start()
        row = _state(cp.address, job_id, "succeeded", timeout=60)
        assert row["attempts"] == 2
        assert row["worker_id"] == "w-second"
    finally:
        first.stop()
        if second is not None:
            second.stop()
        cp.stop()


def test_bad_submissions_are_named_and_queue_nothing(platform: tuple[ControlPlaneProcess, Daemon], tmp_path: Path) -> None:
    """A bad variable name, duration, code or YAML field is refused with exit 2 and a line
    naming it; nothing is queued."""
    cp, _ = platform
    (tmp_path / "bad.yaml").write_text("command: [true]\nretries: 3\n")
    cases = [(["--env", "1X=y", "--", "true"], b"env.1X"),
             (["--timeout", "soon", "--", "true"], b"timeout"),
             (["--retry-on", "ERR_9999", "--", "true"], b"retryable_errors"),
             (["--file", str(tmp_path / "bad.yaml")], b"retries"),
             ([], b"command")]
    for args, named in cases:
        done = _cp("submit", *args, address=cp.address)
        assert done.returncode == 2, (args, done.stderr)
        assert named in done.stderr, (args, done.stderr)
    assert _jobs(cp.address) == {}


def test_jobs_queued_before_the_worker_came_travel_in_one_run_jobs_and_all_run(tmp_path: Path) -> None:
    """Jobs queued while no worker is connected reach the worker that comes, which accepts
    batches, in one RunJobs message, in the order they were queued, and every one of them runs."""
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log", ("--heartbeat-interval", "300ms"))
    cp.start()
    worker: Daemon | None = None
    try:
        ids = [_cp("submit", "--", "sh", "-c", f"echo job-{n}", address=cp.address).stdout.decode().strip()
               for n in range(3)]
        with WireTap(cp.address) as tap:
            worker = Daemon(tmp_path, tap.address, "--max-jobs", "4").start()
            for job_id in ids:
                assert _state(cp.address, job_id, "succeeded", "failed")["state"] == "succeeded"
            runs = tap.runs()
            assert [m.WhichOneof("message") for m in runs] == ["run_jobs"]
            assert [job.spec.job_id for job in runs[0].run_jobs.jobs] == ids
            for n, job_id in enumerate(ids):
                assert _cp("logs", job_id, address=cp.address).stdout == f"job-{n}\n".encode()
            worker.stop()
    finally:
        if worker is not None:
            worker.stop()
        cp.stop()
