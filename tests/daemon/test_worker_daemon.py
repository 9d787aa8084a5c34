"""The worker daemon end to end: a real ``hodei-worker`` process, its real supervisor host and
jobs, real gRPC on loopback to a scripted control plane (``worker_peer.Peer``), real crashes."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from conftest import clean_env, wait_for
from worker_peer import Daemon, Peer

from hodei_worker._generated import events_pb2, jobs_pb2, session_pb2
from hodei_worker.daemon._jobdir import JobDir, boot_id
from hodei_worker.supervise import discover


@pytest.fixture
def marker() -> Iterator[str]:
    """A unique word for this test's job processes; any still running at the end are killed."""
    word = f"hodei-daemon-test-{uuid.uuid4().hex[:10]}"
    yield word
    for proc in _marked(word):
        proc.kill()


def _marked(word: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        if any(word in part for part in proc.info["cmdline"] or ()):
            found.append(proc)
    return found


@pytest.fixture
def daemon(tmp_path: Path, peer: Peer) -> Iterator[Daemon]:
    worker = Daemon(tmp_path, peer.address).start()
    peer.wait_connected()
    yield worker
    worker.stop()


def test_jobs_in_parallel_each_with_its_events(peer: Peer, daemon: Daemon) -> None:
    """Several jobs at once: each is accepted, started, streams its output and ends with the
    right event; the worker's heartbeats show them running."""
    peer.run("ok", shell="echo hello; sleep 0.5")
    peer.run("fails", shell="echo broken >&2; sleep 0.5; exit 3")
    peer.run("missing", "/no/such/program")
    peer.run("slow", "sleep", "30", timeout={"seconds": 1}, kill_grace={"seconds": 1})
    assert isinstance(peer.wait_ended("ok"), events_pb2.JobCompleted)
    assert peer.output("ok") == b"hello\n"
    failed = peer.wait_ended("fails")
    assert failed.error_code == 1007
    assert failed.exit_code == 3
    assert peer.output("fails", events_pb2.LOG_STREAM_STDERR) == b"broken\n"
    assert peer.wait_ended("missing").failure_reason.type == 1  # COMMAND_NOT_FOUND
    slow = peer.wait_ended("slow")
    assert slow.exit_code == 124
    for job in ("ok", "fails", "missing", "slow"):
        assert len(peer.of(job, "job_accepted")) == 1
        # Started once its process runs: a program that could not be executed never did.
        assert len(peer.of(job, "job_started")) == (0 if job == "missing" else 1)
    assert any(len(h.running_job_ids) >= 2 for h in peer.heartbeats)


def test_cancel_stops_the_whole_tree(peer: Peer, daemon: Daemon, marker: str) -> None:
    """CancelJob ends a job with grandchildren (one of them in a session of its own): the job
    is reported cancelled with the signals sent, and none of its processes is left."""
    nap = f"{sys.executable} -c 'import time; time.sleep(60)' {marker}"
    peer.run("tree", shell=f"setsid {nap} & {nap} & echo ready; wait",
             kill_grace={"seconds": 1})
    wait_for(lambda: len(_marked(marker)) >= 2, what="the job's processes")
    wait_for(lambda: peer.output("tree") == b"ready\n", what="the job to start")
    peer.cancel("tree", reason="no longer needed")
    cancelled = peer.wait_ended("tree")
    assert isinstance(cancelled, events_pb2.JobCancelled)
    assert cancelled.reason == "no longer needed"
    assert cancelled.signals[0] == "SIGTERM"
    assert cancelled.outcome.error_code == 1006  # ERR_1006 SIGNAL_RECEIVED
    wait_for(lambda: not _marked(marker), what="every process of the job to be gone")


def test_cancels_sent_with_their_runs_each_end_their_job(peer: Peer, daemon: Daemon, marker: str) -> None:
    """A cancel sent right behind its RunJob, before the job can have been handed to a host
    (one is being started: the last was killed) or started there, still ends that job: it is
    reported cancelled, and nothing of it runs on."""
    killed = _hosts(daemon)[0]
    os.kill(killed, signal.SIGKILL)
    wait_for(lambda: not psutil.pid_exists(killed), what="the daemon to reap its host")
    time.sleep(0.2)  # most likely noticed by now; a run sent to the dead one is sent again
    nap = f"{sys.executable} -c 'import time; time.sleep(60)' {marker}"
    jobs = [f"early-{i}" for i in range(6)]
    for job_id in jobs:
        peer.run(job_id, shell=nap, kill_grace={"seconds": 1})
        peer.cancel(job_id, reason="changed my mind")
    for job_id in jobs:
        cancelled = peer.wait_ended(job_id)
        assert isinstance(cancelled, events_pb2.JobCancelled)
        assert cancelled.reason == "changed my mind"
        assert cancelled.outcome.failure_reason.signal_received.signal == "SIGTERM"
    wait_for(lambda: not _marked(marker), what="no process of the jobs to be left")


def test_cancel_of_unknown_and_finished_jobs_is_answered(peer: Peer, daemon: Daemon) -> None:
    """A cancel of a job the worker never had, or one that already ended, gets an answer."""
    peer.run("quick", "true")
    peer.wait_ended("quick")
    peer.cancel("quick")
    peer.cancel("never-seen")
    refused = wait_for(lambda: peer.of("quick", "cancel_refused") and peer.of("never-seen", "cancel_refused"),
                       what="both answers")
    assert refused
    assert peer.of("quick", "cancel_refused")[0].refusal == events_pb2.CANCEL_REFUSAL_ALREADY_FINISHED
    assert peer.of("never-seen", "cancel_refused")[0].refusal == events_pb2.CANCEL_REFUSAL_UNKNOWN_JOB


def test_control_plane_restart_mid_job_loses_and_duplicates_nothing(peer: Peer, daemon: Daemon) -> None:
    """The control plane goes down and comes back while a job writes: the worker introduces
    itself again, and every byte of the job's output and its end arrive once."""
    peer.run("writer", shell="for i in $(seq 1 40); do echo line-$i; sleep 0.05; done")
    wait_for(lambda: peer.output("writer"), what="first output")
    peer.stop()
    time.sleep(0.8)  # the job goes on writing while nobody listens
    peer.start()
    peer.wait_connected(2)
    peer.wait_ended("writer")
    expected = b"".join(f"line-{i}\n".encode() for i in range(1, 41))
    assert peer.output("writer") == expected
    assert len(peer.of("writer", "job_completed")) == 1


def test_daemon_killed_mid_job_reattaches_and_reports_once(tmp_path: Path, peer: Peer) -> None:
    """``kill -9`` of the daemon leaves the job running; the restarted daemon holds it again
    (its Hello says so), and the job's outcome and whole output arrive exactly once."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("survivor", shell="echo before; sleep 2; echo after; exit 7")
        wait_for(lambda: peer.output("survivor") == b"before\n", what="the job's first line")
        worker.signal(signal.SIGKILL)
        worker.wait()
        worker.start()
        hello = peer.wait_connected(2)
        assert "survivor" in hello.held_job_ids
        ended = peer.wait_ended("survivor")
        assert ended.exit_code == 7
        assert peer.output("survivor") == b"before\nafter\n"
        assert len(peer.of("survivor", "job_execution_error")) == 1
    finally:
        worker.stop()


def test_daemon_and_host_killed_reports_infrastructure_error_and_leaves_nothing(
        tmp_path: Path, peer: Peer, marker: str) -> None:
    """When the job's supervisor host dies with the daemon, the restarted daemon reports
    ERR_1008 with the evidence, and stops what was left of the job."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        _lose_daemon_and_host(worker, peer, "orphan", marker)
        ended = peer.wait_ended("orphan")
        assert ended.error_code == 1008
        assert "supervisor" in ended.failure_reason.infrastructure_error.message
        assert ended.leftovers_stopped >= 1
        wait_for(lambda: not _marked(marker), what="the job's leftovers to be stopped")
    finally:
        worker.stop()


def test_lost_hosts_cgroups_are_removed_by_the_restarted_daemon(
        tmp_path: Path, peer: Peer, marker: str) -> None:
    """A host leaves its jobs' cgroups to the daemon when it is killed: once it was killed
    with the daemon, the restarted daemon removes that job's cgroup directories as it reports
    the job lost."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        made = _lose_daemon_and_host(worker, peer, "stale", marker)
        assert peer.wait_ended("stale").error_code == 1008
        assert not [path for path in made if path.exists()]
    finally:
        worker.stop()


def _lose_daemon_and_host(worker: Daemon, peer: Peer, job_id: str, marker: str) -> list[Path]:
    """Runs a sleeping job, kills the daemon and then the job's host with SIGKILL, and starts
    the daemon again; returns the job's cgroup directories as they were while it ran."""
    peer.wait_connected()
    peer.run(job_id, shell=f"{sys.executable} -c 'import time; time.sleep(60)' {marker}")
    wait_for(lambda: peer.of(job_id, "job_started"), what="the job to start")
    wait_for(lambda: _marked(marker), what="the job's process")
    made = wait_for(lambda: _job_cgroups(job_id), what="the job's cgroups")
    worker.signal(signal.SIGKILL)
    worker.wait()
    hosts = _hosts(worker)
    assert len(hosts) == 1
    os.kill(hosts[0], signal.SIGKILL)
    worker.start()
    return made


def _hosts(worker: Daemon) -> list[int]:
    """The pids of the daemon's supervisor hosts that listen (each names its socket)."""
    return [int(path.stem) for path in (worker.state / "hosts").glob("*.sock")]


def _job_cgroups(job_id: str) -> list[Path]:
    """The cgroup directories of ``job_id``'s runs beside this process's own cgroups."""
    return [path for h in discover() if h.own.is_dir() for path in h.own.glob(f"hodei-{job_id}-*")]


def test_drain_under_load_finishes_running_jobs_and_refuses_new_ones(tmp_path: Path, peer: Peer) -> None:
    """SIGTERM drains: running jobs finish with their own outcome, a new job is refused with
    ERR_2001, every event is delivered, and the daemon exits 0."""
    worker = Daemon(tmp_path, peer.address, "--max-jobs", "8").start()
    try:
        peer.wait_connected()
        for i in range(4):
            peer.run(f"load-{i}", shell=f"sleep 1; echo done-{i}")
        wait_for(lambda: all(peer.of(f"load-{i}", "job_started") for i in range(4)), what="all started")
        worker.signal(signal.SIGTERM)
        wait_for(lambda: any(h.state == session_pb2.WORKER_STATE_DRAINING for h in peer.heartbeats),
                 what="a draining heartbeat")
        peer.run("late", "true")
        assert worker.wait(60) == 0
        for i in range(4):
            assert isinstance(peer.ended(f"load-{i}"), events_pb2.JobCompleted)
            assert peer.output(f"load-{i}") == f"done-{i}\n".encode()
        rejected = peer.of("late", "job_rejected")
        assert rejected
        assert rejected[0].error_code == 2001
    finally:
        worker.stop()


def test_malformed_and_fuzzed_run_jobs_are_rejected_while_session_stays(peer: Peer, daemon: Daemon) -> None:
    """Bytes that are no ControlMessage are refused with ERR_2005, an invalid job spec with
    ERR_1009 naming the field, and the session still runs the next good job."""
    peer.send(b"\xff\xff\xff\xff")
    peer.send(session_pb2.ControlMessage(run_job=session_pb2.RunJob(spec=jobs_pb2.JobSpec(
        job_id="bad-env", attempt=1, argv=jobs_pb2.Argv(args=["true"]), env={"1X": "y"}))))
    rng = random.Random(20261128)
    good = session_pb2.ControlMessage(run_job=session_pb2.RunJob(spec=jobs_pb2.JobSpec(
        job_id="fuzzed", attempt=1, argv=jobs_pb2.Argv(args=["true"])))).SerializeToString()
    for _ in range(40):  # random mutations of a valid RunJob: each is refused or run, never fatal
        blob = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        peer.send(bytes(blob))
    peer.run("after", "sh", "-c", "echo still-here")
    peer.wait_ended("after", timeout=120)
    assert peer.output("after") == b"still-here\n"
    wait_for(lambda: peer.of("bad-env", "job_rejected"), what="the invalid spec's rejection")
    assert "env.1X" in peer.of("bad-env", "job_rejected")[0].reason
    malformed = [e.job_rejected for e in peer.events.values()
                 if e.WhichOneof("event") == "job_rejected" and e.job_rejected.error_code == 2005]
    assert malformed
    assert len(peer.hellos) == 1  # one session throughout


def test_a_run_jobs_runs_its_good_jobs_and_refuses_its_bad_ones_each_while_session_stays(
        peer: Peer, daemon: Daemon) -> None:
    """In a RunJobs, an invalid spec is refused with ERR_1009 naming the field as it would be
    in a RunJob, the other jobs run, an empty RunJobs is refused with ERR_2005, and the one
    session (whose Hello said it accepts RunJobs) goes on to run the next job."""
    assert peer.hellos[0].accepts_run_jobs

    def spec(job_id: str, *argv: str, **fields: object) -> session_pb2.RunJob:
        return session_pb2.RunJob(spec=jobs_pb2.JobSpec(
            job_id=job_id, attempt=1, argv=jobs_pb2.Argv(args=list(argv)), **fields))  # type: ignore[arg-type]

    peer.send(session_pb2.ControlMessage(run_jobs=session_pb2.RunJobs(jobs=[
        spec("first", "sh", "-c", "echo one"), spec("bad-env", "true", env={"1X": "y"}),
        spec("no-command", ""), spec("second", "sh", "-c", "echo two")])))
    peer.send(session_pb2.ControlMessage(run_jobs=session_pb2.RunJobs()))
    peer.run("after", "sh", "-c", "echo still-here")
    for job_id, output in (("first", b"one\n"), ("second", b"two\n"), ("after", b"still-here\n")):
        assert isinstance(peer.wait_ended(job_id), events_pb2.JobCompleted)
        assert peer.output(job_id) == output
    for job_id, field in (("bad-env", "env.1X"), ("no-command", "command.argv")):
        rejected = wait_for(lambda j=job_id: peer.of(j, "job_rejected"), what=f"{job_id}'s rejection")
        assert (rejected[0].error_code, field in rejected[0].reason) == (1009, True), rejected[0]
        assert peer.of(job_id, "job_accepted") == []
    malformed = wait_for(lambda: [e.job_rejected for e in peer.events.values()
                                  if e.WhichOneof("event") == "job_rejected"
                                  and e.job_rejected.error_code == 2005], what="the empty RunJobs' refusal")
    assert ["RunJobs" in m.reason for m in malformed] == [True]
    assert len(peer.hellos) == 1  # one session throughout


def test_sd_notify_messages_on_a_real_socket(tmp_path: Path, peer: Peer) -> None:
    """Under systemd's protocol the daemon says READY=1 with a STATUS, WATCHDOG=1 when asked,
    and STOPPING=1 when it drains."""
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(path)
        sock.settimeout(30)
        worker = Daemon(tmp_path, peer.address, env={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000"}).start()
        try:
            seen: list[bytes] = []

            def received(word: bytes) -> bool:
                while not any(word in m for m in seen):
                    seen.append(sock.recv(4096))
                return True

            received(b"READY=1")
            received(b"WATCHDOG=1")
            assert any(b"STATUS=" in m for m in seen)
            worker.signal(signal.SIGTERM)
            received(b"STOPPING=1")
            assert worker.wait(60) == 0
        finally:
            worker.stop()


def test_stdin_and_log_cap(tmp_path: Path, peer: Peer) -> None:
    """The job reads the spec's stdin bytes; output over the per-job log cap is not sent, and
    how much was left out is reported."""
    worker = Daemon(tmp_path, peer.address, "--log-limit", "1K").start()
    try:
        peer.wait_connected()
        peer.run("reader", "cat", stdin=b"given on stdin\n")
        peer.run("flood", shell="head -c 5000 /dev/zero | tr '\\0' x")
        peer.wait_ended("reader")
        peer.wait_ended("flood")
        assert peer.output("reader") == b"given on stdin\n"
        assert peer.output("flood") == b"x" * 1024
        overflow = wait_for(lambda: peer.of("flood", "log_overflow"), what="the overflow report")
        assert overflow[0].dropped_bytes == 5000 - 1024
        assert overflow[0].stream == events_pb2.LOG_STREAM_STDOUT
    finally:
        worker.stop()


def test_health_service_serves_until_drain(tmp_path: Path, peer: Peer) -> None:
    """The standard gRPC health service says SERVING while the worker takes jobs."""
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    worker = Daemon(tmp_path, peer.address, "--health-listen", f"127.0.0.1:{port}").start()
    try:
        peer.wait_connected()
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = health_pb2_grpc.HealthStub(channel)

            def status() -> int | None:
                try:
                    return int(stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2).status)
                except grpc.RpcError:
                    return None

            assert wait_for(status, what="a health answer") == health_pb2.HealthCheckResponse.SERVING
    finally:
        worker.stop()


def _leave_job_dir(tmp_path: Path, job_id: str, *, spawning: bool) -> None:
    spec = jobs_pb2.JobSpec(job_id=job_id, attempt=1, shell_script="echo ran")
    job = JobDir.create(tmp_path / "state" / "jobs", job_id, spec.SerializeToString())
    if spawning:
        job.mark_spawning()


def test_restart_starts_a_job_accepted_but_never_started(tmp_path: Path, peer: Peer) -> None:
    """A job whose spec was recorded but whose start was never asked for (the daemon died in
    between; the state is laid out by hand, as that crash cannot be timed for real) is started
    by the next daemon."""
    _leave_job_dir(tmp_path, "pending", spawning=False)
    worker = Daemon(tmp_path, peer.address).start()
    try:
        assert isinstance(peer.wait_ended("pending"), events_pb2.JobCompleted)
        assert peer.output("pending") == b"ran\n"
    finally:
        worker.stop()


def test_restart_never_starts_twice_a_job_caught_while_starting(tmp_path: Path, peer: Peer) -> None:
    """A job whose hand-over mark names no host (laid out by hand, as that state cannot be
    timed for real) is reported as ERR_1008 and not run again: it may have run already."""
    _leave_job_dir(tmp_path, "unsure", spawning=True)
    worker = Daemon(tmp_path, peer.address).start()
    try:
        ended = peer.wait_ended("unsure")
        assert ended.error_code == 1008
        assert "not started again" in ended.failure_reason.infrastructure_error.message
        assert peer.output("unsure") == b""
    finally:
        worker.stop()


def test_restart_after_the_end_was_reported_reports_nothing_again(tmp_path: Path, peer: Peer) -> None:
    """A job whose end was committed and marked reported before the daemon died, its events
    acknowledged (laid out by hand, as that crash cannot be timed for real), is neither started
    nor reported again by the next daemon, and its directory is removed."""
    spec = jobs_pb2.JobSpec(job_id="done", attempt=1, shell_script="echo ran")
    job = JobDir.create(tmp_path / "state" / "jobs", "done", spec.SerializeToString())
    job.mark_spawning()
    job.mark_reported()
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        wait_for(lambda: not job.path.exists(), timeout=30, what="the directory to be removed")
        assert [i for i in peer.arrivals if i.startswith("done")] == []
    finally:
        worker.stop()


def test_host_killed_under_a_running_daemon_reports_its_jobs_lost_and_a_new_host_runs_the_next(
        tmp_path: Path, peer: Peer, marker: str) -> None:
    """When the supervisor host dies while the daemon runs, each of its jobs is reported as
    ERR_1008 with what was left of it stopped, and the next job runs in a new host."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("hosted", shell=f"{sys.executable} -c 'import time; time.sleep(60)' {marker}")
        wait_for(lambda: peer.of("hosted", "job_started"), what="the job to start")
        wait_for(lambda: _marked(marker), what="the job's process")
        first = _hosts(worker)
        assert len(first) == 1
        os.kill(first[0], signal.SIGKILL)
        ended = peer.wait_ended("hosted")
        assert ended.error_code == 1008
        assert ended.leftovers_stopped >= 1
        wait_for(lambda: not _marked(marker), what="the job's leftovers to be stopped")
        peer.run("next", shell="echo fine")
        assert isinstance(peer.wait_ended("next"), events_pb2.JobCompleted)
        assert peer.output("next") == b"fine\n"
        assert first[0] not in _hosts(worker)
    finally:
        worker.stop()


def test_a_job_that_ended_while_the_daemon_was_down_is_reported_once(tmp_path: Path, peer: Peer) -> None:
    """A job that ends while its daemon is dead has its own outcome and whole output reported
    once by the next daemon, and its host, left with no job and nobody connected, is gone."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("meanwhile", shell="echo one; sleep 2; echo two; exit 5")
        wait_for(lambda: peer.output("meanwhile") == b"one\n", what="the job's first line")
        hosts = _hosts(worker)
        worker.signal(signal.SIGKILL)
        worker.wait()
        jobs = worker.state / "jobs"
        events = [d for d in JobDir.all(jobs) if d.event() is not None]
        wait_for(lambda: [d for d in JobDir.all(jobs) if d.event() is not None], what="the job's event")
        wait_for(lambda: not psutil.pid_exists(hosts[0]) or psutil.Process(hosts[0]).status()
                 == psutil.STATUS_ZOMBIE, what="the host to end")
        assert not events  # it ended while nobody watched
        worker.start()
        ended = peer.wait_ended("meanwhile")
        assert ended.exit_code == 5
        assert peer.output("meanwhile") == b"one\ntwo\n"
        assert len(peer.of("meanwhile", "job_execution_error")) == 1
    finally:
        worker.stop()


def test_a_gone_host_whose_pid_a_live_one_has_now_costs_the_live_one_nothing(
        tmp_path: Path, peer: Peer) -> None:
    """A job record naming a host that is gone, whose pid and socket a live host has now (as
    after a machine restart: its hand-over mark names an earlier boot; laid out by hand, as a
    reboot cannot be had in a test), reports that job lost (no claim of a host proves anything
    across a reboot), and leaves the live host's socket alone: its own job is followed to its
    end, and its output and outcome arrive once."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("live", shell="echo one; sleep 2; echo two")
        wait_for(lambda: peer.output("live") == b"one\n", what="the job's first line")
        worker.signal(signal.SIGKILL)
        worker.wait()
        jobs_root = worker.state / "jobs"
        live = next(JobDir.all(jobs_root)).host()
        assert live is not None
        spec = jobs_pb2.JobSpec(job_id="ghost", attempt=1, shell_script="echo never")
        ghost = JobDir.create(jobs_root, "ghost", spec.SerializeToString())
        ghost.mark_spawning({**live, "start_time": live["start_time"] - 1, "boot": "an-earlier-boot"})
        worker.start()
        lost = peer.wait_ended("ghost")
        assert lost.error_code == 1008
        ended = peer.wait_ended("live")
        assert isinstance(ended, events_pb2.JobCompleted)
        assert peer.output("live") == b"one\ntwo\n"
        assert len(peer.of("live", "job_completed")) == 1
        assert peer.output("ghost") == b""
    finally:
        worker.stop()


def test_restart_hands_over_a_job_its_host_never_received(tmp_path: Path, peer: Peer) -> None:
    """A job recorded as handed to a host that never received it (the daemon died as it sent
    it; laid out by hand with a real host, as that crash cannot be timed for real) is run once
    by the next daemon, and the older host, holding no job, ends."""
    hosts = tmp_path / "state" / "hosts"
    hosts.mkdir(parents=True, mode=0o700)
    older = subprocess.Popen([sys.executable, "-m", "hodei_worker.host", str(hosts)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=clean_env(), start_new_session=True)
    try:
        assert older.stdout is not None
        with older.stdout:
            ident = json.loads(older.stdout.read())
        spec = jobs_pb2.JobSpec(job_id="handed", attempt=1, shell_script="echo ran")
        job = JobDir.create(tmp_path / "state" / "jobs", "handed", spec.SerializeToString())
        job.mark_spawning({"pid": ident["pid"], "start_time": ident["start_time"],
                           "socket": ident["socket"], "boot": boot_id()})
        worker = Daemon(tmp_path, peer.address).start()
        try:
            assert isinstance(peer.wait_ended("handed"), events_pb2.JobCompleted)
            assert peer.output("handed") == b"ran\n"
            assert len(peer.of("handed", "job_completed")) == 1
            assert older.wait(30) == 0
        finally:
            worker.stop()
    finally:
        if older.poll() is None:
            older.kill()
        older.wait()


def test_whole_output_of_a_fast_large_job_arrives(peer: Peer, daemon: Daemon) -> None:
    """A job that writes 12 MB and ends at once still has every byte delivered, in order,
    before its end (regression: only the first 4 MiB batch was read after the job ended)."""
    peer.run("large", shell="head -c 12000000 /dev/zero | tr '\\0' 'y'")
    peer.wait_ended("large", timeout=120)
    data = peer.output("large")
    assert len(data) == 12_000_000
    assert data.count(b"y") == 12_000_000
    ends = [peer.arrivals.index(i) for i in peer.arrivals if i.startswith("large#1/")]
    assert peer.arrivals[max(ends)] == "large#1/end"


def test_output_of_a_job_quiet_for_a_while_still_streams_while_it_runs(peer: Peer, daemon: Daemon) -> None:
    """A job that writes, stays quiet for seconds (the worker looks at its output less often
    meanwhile), then writes again has its new line streamed while it still runs, within the
    longest quiet interval, and not only at its end."""
    peer.run("napper", shell="echo early; sleep 4; echo late; sleep 60", kill_grace={"seconds": 1})
    wait_for(lambda: peer.output("napper") == b"early\n", what="the first line")
    wait_for(lambda: peer.output("napper") == b"early\nlate\n", timeout=15, what="the late line")
    assert not peer.of("napper", "job_completed")
    assert not peer.of("napper", "job_execution_error")
    peer.cancel("napper")
    assert isinstance(peer.wait_ended("napper"), events_pb2.JobCancelled)


def test_a_job_in_a_reused_directory_sees_nothing_of_the_earlier_job(tmp_path: Path, peer: Peer) -> None:
    """A job that takes the directory of a finished, acknowledged one (a spare) starts with
    empty output files and an empty working directory: its output and outcome are its own."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("before", shell="stat -c %i ..; echo made > left; head -c 5000 /dev/zero | tr '\\0' b; exit 3")
        assert peer.wait_ended("before").exit_code == 3
        inode = peer.output("before").split(b"\n")[0]
        jobs = worker.state / "jobs"
        wait_for(lambda: not any(jobs.iterdir()), what="the finished job's directory to become a spare")
        peer.run("after", shell="stat -c %i ..; ls -A; echo after")
        assert isinstance(peer.wait_ended("after"), events_pb2.JobCompleted)
        assert peer.output("after") == inode + b"\nafter\n"
    finally:
        worker.stop()


def test_job_files_stay_until_every_chunk_is_acknowledged(tmp_path: Path, peer: Peer) -> None:
    """Log chunks are sent from the job's output files: a job that ends while the control
    plane is away keeps its directory (its work directory emptied), its whole output arrives
    once the control plane is back, and only then does the directory go."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("kept", shell="echo made > left; echo first; sleep 1; "
                             "head -c 300000 /dev/zero | tr '\\0' y; echo")
        wait_for(lambda: peer.output("kept") == b"first\n", what="the first line")
        peer.stop()
        jobs = tmp_path / "state" / "jobs"
        reported = wait_for(lambda: [d for d in JobDir.all(jobs) if d.reported], timeout=30,
                            what="the job reported")
        job_dir = reported[0].path
        assert not (job_dir / "work" / "left").exists()
        assert (job_dir / "stdout").stat().st_size == len(b"first\n") + 300_001
        time.sleep(1.5)  # a few sweeps while nothing is acknowledged: the files stay
        assert (job_dir / "stdout").exists()
        peer.start()
        assert isinstance(peer.wait_ended("kept"), events_pb2.JobCompleted)
        assert peer.output("kept") == b"first\n" + b"y" * 300_000 + b"\n"
        wait_for(lambda: not job_dir.exists(), timeout=30, what="the directory to be removed")
    finally:
        worker.stop()
