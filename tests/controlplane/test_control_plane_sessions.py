"""The reference control plane's job half over real gRPC on loopback: a real
``hodei-control-plane serve`` process, its CLI, and test workers.

The test worker is a real gRPC client that holds a ``Connect`` session and publishes events
over ``PublishEvents`` as the ``hodei-worker`` daemon does; it stands in for the daemon, which
is not part of these tests, so that every decision of the control plane can be driven
deliberately (a rejection, a lost session, a resent log chunk)."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from conftest import clean_env
from control_plane import CONTROL_PLANE, ControlPlaneProcess

from hodei_worker._generated import (
    control_plane_pb2,
    control_plane_pb2_grpc,
    errors_pb2,
    events_pb2,
    jobs_pb2,
    session_pb2,
)

WAIT_S = 10.0


class TestWorker:
    """A stand-in for the worker daemon: a real gRPC client with a Connect session."""

    __test__ = False

    def __init__(self, address: str, worker_id: str, max_jobs: int = 4,
                 held: tuple[str, ...] = (), accepts_run_jobs: bool = False) -> None:
        self.worker_id = worker_id
        self.channel = grpc.insecure_channel(address)
        self.stub = control_plane_pb2_grpc.ControlPlaneStub(self.channel)
        self.outgoing: queue.Queue[session_pb2.WorkerMessage | None] = queue.Queue()
        self.inbox: queue.Queue[session_pb2.ControlMessage | grpc.RpcError] = queue.Queue()
        hello = session_pb2.Hello(worker_id=worker_id, hostname="test", version="test",
                                  held_job_ids=list(held), accepts_run_jobs=accepts_run_jobs)
        hello.capacity.max_jobs = max_jobs
        self.outgoing.put(session_pb2.WorkerMessage(hello=hello))
        self.call = self.stub.Connect(iter(self.outgoing.get, None))
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        welcome = self.next()
        assert welcome.WhichOneof("message") == "welcome"
        self.heartbeat_interval = welcome.welcome.heartbeat_interval.ToMilliseconds()

    def _read(self) -> None:
        try:
            for message in self.call:
                self.inbox.put(message)
        except grpc.RpcError as exc:
            self.inbox.put(exc)

    def next(self) -> session_pb2.ControlMessage:
        """The next message of the control plane (fails the test after a while)."""
        try:
            got = self.inbox.get(timeout=WAIT_S)
        except queue.Empty:
            pytest.fail(f"{self.worker_id}: no message from the control plane")
        if isinstance(got, grpc.RpcError):
            raise got
        return got

    def run_job(self) -> jobs_pb2.JobSpec:
        """The next message, which must be RunJob; its spec."""
        message = self.next()
        assert message.WhichOneof("message") == "run_job", message
        return message.run_job.spec

    def heartbeat(self, state: int, running: tuple[str, ...] = ()) -> None:
        """Says how it is doing."""
        self.outgoing.put(session_pb2.WorkerMessage(heartbeat=session_pb2.Heartbeat(
            state=state, running_job_ids=list(running))))  # type: ignore[arg-type]

    def publish(self, *events: events_pb2.EventEnvelope) -> list[str]:
        """Publishes the events in one batch; the ids acknowledged."""
        acks = self.stub.PublishEvents(iter([events_pb2.EventBatch(events=events)]))
        return [event_id for ack in acks for event_id in ack.event_ids]

    def close(self) -> None:
        """Ends its session (the request stream closes) and its channel."""
        self.outgoing.put(None)
        self.channel.close()


def _event(**kind: Any) -> events_pb2.EventEnvelope:
    return events_pb2.EventEnvelope(event_id=str(uuid.uuid4()), **kind)


def completed(job_id: str, worker_id: str) -> events_pb2.EventEnvelope:
    return _event(job_completed=events_pb2.JobCompleted(job_id=job_id, worker_id=worker_id))


def failed(job_id: str, worker_id: str, code: int, exit_code: int) -> events_pb2.EventEnvelope:
    return _event(job_execution_error=events_pb2.JobExecutionError(
        job_id=job_id, worker_id=worker_id, error_code=code, exit_code=exit_code))  # type: ignore[arg-type]


class Admin:
    """The admin service, as a tool calls it."""

    def __init__(self, address: str, token: str | None = None) -> None:
        self.channel = grpc.insecure_channel(address)
        self.stub = control_plane_pb2_grpc.ControlPlaneAdminStub(self.channel)
        self.metadata = (("authorization", f"Bearer {token}"),) if token else ()

    def submit(self, *args: str, retry: control_plane_pb2.RetryPolicy | None = None,
               **spec: Any) -> str:
        request = control_plane_pb2.SubmitJobRequest(
            spec=jobs_pb2.JobSpec(argv=jobs_pb2.Argv(args=list(args or ("true",))), **spec),
            retry_policy=retry)
        return str(self.stub.SubmitJob(request, metadata=self.metadata, timeout=WAIT_S).job_id)

    def job(self, job_id: str) -> control_plane_pb2.JobRecord:
        jobs = self.stub.ListJobs(control_plane_pb2.ListJobsRequest(job_id=job_id),
                                  metadata=self.metadata, timeout=WAIT_S).jobs
        assert len(jobs) == 1
        return jobs[0]

    def cancel(self, job_id: str) -> int:
        return int(self.stub.CancelJob(control_plane_pb2.CancelJobRequest(job_id=job_id),
                                       metadata=self.metadata, timeout=WAIT_S).outcome)


def cli(cp: ControlPlaneProcess, *args: str, token_file: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Runs ``hodei-control-plane ARGS --control-plane ADDRESS``."""
    command, *rest = args
    extra = ["--token-file", str(token_file)] if token_file else []
    return subprocess.run([str(CONTROL_PLANE), command, "--control-plane", cp.address, *extra, *rest],
                          capture_output=True, env=clean_env(), timeout=60)


@pytest.fixture
def cp(tmp_path: Path) -> Iterator[ControlPlaneProcess]:
    """A control plane whose lost workers time out after 1 s."""
    plane = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log",
                                ("--worker-timeout", "1s", "--heartbeat-interval", "2s"))
    plane.start()
    try:
        yield plane
    finally:
        plane.stop()


@pytest.fixture
def workers(cp: ControlPlaneProcess) -> Iterator[list[TestWorker]]:
    """Test workers opened by the test, closed at its end."""
    opened: list[TestWorker] = []
    yield opened
    for worker in opened:
        worker.close()


def _connect(cp: ControlPlaneProcess, workers: list[TestWorker], worker_id: str, **kw: Any) -> TestWorker:
    worker = TestWorker(cp.address, worker_id, **kw)
    workers.append(worker)
    return worker


def _wait_state(admin: Admin, job_id: str, state: int) -> control_plane_pb2.JobRecord:
    from conftest import wait_for

    return wait_for(lambda: (r := admin.job(job_id)).state == state and r,
                    what=f"job {job_id} to be {control_plane_pb2.JobState.Name(state)}")


def test_submitted_job_runs_on_a_connected_worker(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A submitted job arrives as RunJob with its spec (attempt 1) at a connected worker, which
    was welcomed with the configured heartbeat interval; the job is then running on it."""
    worker = _connect(cp, workers, "w-1")
    assert worker.heartbeat_interval == 2000
    admin = Admin(cp.address)
    job_id = admin.submit("echo", "hi", env={"A": "1"}, name="greet")
    spec = worker.run_job()
    assert (spec.job_id, list(spec.argv.args), dict(spec.env), spec.name, spec.attempt) == \
        (job_id, ["echo", "hi"], {"A": "1"}, "greet", 1)
    record = admin.job(job_id)
    assert (record.state, record.worker_id, record.attempts) == (control_plane_pb2.JOB_STATE_RUNNING, "w-1", 1)
    worker.publish(completed(job_id, "w-1"))
    record = _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_SUCCEEDED)
    assert record.exit_code == 0


def test_first_message_must_be_hello(cp: ControlPlaneProcess) -> None:
    """A session that does not begin with Hello is refused (INVALID_ARGUMENT or FAILED_PRECONDITION)."""
    with grpc.insecure_channel(cp.address) as channel:
        stub = control_plane_pb2_grpc.ControlPlaneStub(channel)
        beat = session_pb2.WorkerMessage(heartbeat=session_pb2.Heartbeat())
        with pytest.raises(grpc.RpcError) as caught:
            list(stub.Connect(iter([beat]), timeout=WAIT_S))
    assert caught.value.code() in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.FAILED_PRECONDITION)
    assert "Hello" in (caught.value.details() or "")


def test_capacity_is_respected(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A worker with max_jobs 1 gets a second job only once its first has ended."""
    worker = _connect(cp, workers, "w-1", max_jobs=1)
    admin = Admin(cp.address)
    first, second = admin.submit("a"), admin.submit("b")
    assert worker.run_job().job_id == first
    assert admin.job(second).state == control_plane_pb2.JOB_STATE_QUEUED
    worker.publish(completed(first, "w-1"))
    assert worker.run_job().job_id == second


def test_draining_worker_gets_nothing(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A worker that heartbeats DRAINING is given no job: it goes to the next ready worker."""
    draining = _connect(cp, workers, "w-a")
    draining.heartbeat(session_pb2.WORKER_STATE_DRAINING)
    admin = Admin(cp.address)
    from conftest import wait_for

    # The heartbeat has been applied once a job submitted now stays queued with no ready worker.
    job_id = admin.submit("x")
    wait_for(lambda: admin.job(job_id).state == control_plane_pb2.JOB_STATE_QUEUED)
    ready = _connect(cp, workers, "w-b")
    assert ready.run_job().job_id == job_id
    assert draining.inbox.empty()


def test_busy_rejection_requeues_to_another_worker(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A job rejected with ERR_2001 goes back to the queue, uncounted, and on to another worker."""
    first = _connect(cp, workers, "w-a")
    admin = Admin(cp.address)
    job_id = admin.submit("x")
    assert first.run_job().job_id == job_id
    second = _connect(cp, workers, "w-b")
    first.publish(_event(job_rejected=events_pb2.JobRejected(
        job_id=job_id, worker_id="w-a", error_code=errors_pb2.ERR_2001, reason="draining")))
    spec = second.run_job()
    assert (spec.job_id, spec.attempt) == (job_id, 1)
    assert admin.job(job_id).worker_id == "w-b"


def test_retryable_failure_retried_up_to_max_attempts(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A retryable code runs the job again (attempt 2, 3) and fails it after max_attempts."""
    worker = _connect(cp, workers, "w-1")
    admin = Admin(cp.address)
    policy = control_plane_pb2.RetryPolicy(max_attempts=3, backoff_multiplier=2.0,
                                           retryable_errors=[errors_pb2.ERR_1007])
    job_id = admin.submit("x", retry=policy)
    for attempt in (1, 2, 3):
        assert worker.run_job().attempt == attempt
        worker.publish(failed(job_id, "w-1", errors_pb2.ERR_1007, 3))
    record = _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_FAILED)
    assert (record.attempts, record.error_code, record.exit_code) == (3, errors_pb2.ERR_1007, 3)


def test_non_retryable_failure_fails_at_once(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A code not in retryable_errors fails the job on its first attempt."""
    worker = _connect(cp, workers, "w-1")
    admin = Admin(cp.address)
    policy = control_plane_pb2.RetryPolicy(max_attempts=3, retryable_errors=[errors_pb2.ERR_1008])
    job_id = admin.submit("x", retry=policy)
    worker.run_job()
    worker.publish(failed(job_id, "w-1", errors_pb2.ERR_1001, 127))
    record = _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_FAILED)
    assert (record.attempts, record.error_code, record.exit_code) == (1, errors_pb2.ERR_1001, 127)


def test_lost_worker_job_retried_with_1008(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A worker whose session ends and does not return within the worker timeout loses its job
    with ERR_1008, which the policy retries on another worker."""
    lost = _connect(cp, workers, "w-lost")
    admin = Admin(cp.address)
    policy = control_plane_pb2.RetryPolicy(max_attempts=2, retryable_errors=[errors_pb2.ERR_1008])
    job_id = admin.submit("x", retry=policy)
    assert lost.run_job().job_id == job_id
    lost.close()
    other = _connect(cp, workers, "w-other")
    spec = other.run_job()
    assert (spec.job_id, spec.attempt) == (job_id, 2)
    record = admin.job(job_id)
    assert (record.worker_id, record.error_code) == ("w-other", errors_pb2.ERR_1008)


def test_lost_worker_job_fails_without_retry(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """Without a retry policy, the job of a worker gone past the timeout fails with ERR_1008."""
    lost = _connect(cp, workers, "w-lost")
    admin = Admin(cp.address)
    job_id = admin.submit("x")
    lost.run_job()
    lost.close()
    record = _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_FAILED)
    assert (record.error_code, record.exit_code) == (errors_pb2.ERR_1008, -1)


def test_worker_back_in_time_keeps_its_job(tmp_path: Path) -> None:
    """A worker that reconnects within the worker timeout holding its job keeps it running,
    and its completion then counts."""
    plane = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log", ("--worker-timeout", "60s"))
    plane.start()
    opened: list[TestWorker] = []
    try:
        worker = _connect(plane, opened, "w-1")
        admin = Admin(plane.address)
        job_id = admin.submit("x")
        worker.run_job()
        worker.close()
        back = _connect(plane, opened, "w-1", held=(job_id,))
        back.publish(completed(job_id, "w-1"))
        record = _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_SUCCEEDED)
        assert (record.attempts, record.worker_id) == (1, "w-1")
    finally:
        for w in opened:
            w.close()
        plane.stop()


def test_cancel_in_each_state(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """cancel dequeues a queued job, asks a running job's worker, reports an ended job as
    such (all exit 0), and exits non-zero for an unknown job."""
    admin = Admin(cp.address)
    queued = admin.submit("q")
    done = cli(cp, "cancel", queued)
    assert done.returncode == 0, done.stderr
    assert b"cancelled before it started" in done.stdout
    assert admin.job(queued).state == control_plane_pb2.JOB_STATE_CANCELLED

    worker = _connect(cp, workers, "w-1")
    running = admin.submit("r")
    worker.run_job()
    done = cli(cp, "cancel", running, "--reason", "enough")
    assert done.returncode == 0, done.stderr
    assert b"asked to stop" in done.stdout
    message = worker.next()
    assert (message.cancel_job.job_id, message.cancel_job.reason) == (running, "enough")
    worker.publish(_event(job_cancelled=events_pb2.JobCancelled(
        job_id=running, worker_id="w-1", signals=["SIGTERM"])))
    _wait_state(admin, running, control_plane_pb2.JOB_STATE_CANCELLED)

    done = cli(cp, "cancel", running)
    assert done.returncode == 0
    assert b"already ended" in done.stdout
    unknown = cli(cp, "cancel", "no-such-job")
    assert unknown.returncode == 1
    assert b"no-such-job: no such job" in unknown.stdout + unknown.stderr


def _chunk(job_id: str, stream: int, offset: int, data: bytes, event_id: str | None = None) -> events_pb2.EventEnvelope:
    env = _event(log_chunk=events_pb2.LogChunk(job_id=job_id, stream=stream, offset=offset, data=data))  # type: ignore[arg-type]
    if event_id:
        env.event_id = event_id
    return env


def test_logs_in_order_and_deduplicated(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """logs writes the stdout chunks to stdout and the stderr chunks to stderr, each once even
    when a chunk was resent (with its event id or under a new one)."""
    worker = _connect(cp, workers, "w-1")
    admin = Admin(cp.address)
    job_id = admin.submit("x")
    worker.run_job()
    out1 = _chunk(job_id, events_pb2.LOG_STREAM_STDOUT, 0, b"hello ")
    err1 = _chunk(job_id, events_pb2.LOG_STREAM_STDERR, 0, b"warn\n")
    acked = worker.publish(out1, err1)
    assert acked == [out1.event_id, err1.event_id]
    assert worker.publish(out1) == [out1.event_id]  # a resend is acked again
    worker.publish(_chunk(job_id, events_pb2.LOG_STREAM_STDOUT, 0, b"hello "),  # new id, same bytes
                   _chunk(job_id, events_pb2.LOG_STREAM_STDOUT, 6, b"world\n\x00\xff"))
    done = cli(cp, "logs", job_id)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"hello world\n\x00\xff"
    assert done.stderr == b"warn\n"
    unknown = cli(cp, "logs", "no-such-job")
    assert unknown.returncode != 0
    assert b"no-such-job" in unknown.stderr


def test_events_for_unknown_jobs_are_stored_and_change_nothing(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """An event for a job the control plane never queued is acked and stored, and no job appears."""
    worker = _connect(cp, workers, "w-1")
    event = completed("ghost", "w-1")
    assert worker.publish(event) == [event.event_id]
    assert [e.event_id for e in cp.stored()] == [event.event_id]
    assert json.loads(cli(cp, "jobs", "--json").stdout or b"null") is None


def test_submit_file_yaml(cp: ControlPlaneProcess, workers: list[TestWorker], tmp_path: Path) -> None:
    """submit --file takes a YAML job (shell string, env, secret references, timeout, memory,
    retry policy) and the worker receives exactly that spec; jobs --json lists it."""
    job_file = tmp_path / "job.yaml"
    job_file.write_text(
        "name: nightly\n"
        "command: echo $GREETING > out.txt\n"
        "env: {GREETING: hello, COUNT: 3}\n"
        "secrets:\n  API_TOKEN: env:HODEI_TEST_TOKEN\n  DB_PASSWORD: file:/run/secrets/db\n"
        "timeout: 1m30s\nmemory: 256M\n"
        "retry_policy:\n  max_attempts: 3\n  backoff_multiplier: 2\n  initial_delay: 1s\n"
        "  retryable_errors: [ERR_1008]\n")
    done = cli(cp, "submit", "--file", str(job_file), "--json")
    assert done.returncode == 0, done.stderr
    job_id = json.loads(done.stdout)["job_id"]
    worker = _connect(cp, workers, "w-1")
    spec = worker.run_job()
    assert spec.job_id == job_id
    assert spec.shell_script == "echo $GREETING > out.txt"
    assert dict(spec.env) == {"GREETING": "hello", "COUNT": "3"}
    assert [(s.name, s.WhichOneof("source"), s.env or s.file) for s in spec.secrets] == [
        ("API_TOKEN", "env", "HODEI_TEST_TOKEN"), ("DB_PASSWORD", "file", "/run/secrets/db")]
    assert (spec.timeout.ToMilliseconds(), spec.requirements.memory_bytes) == (90_000, 256 * 1024 * 1024)
    listed = [json.loads(line) for line in cli(cp, "jobs", "--json").stdout.splitlines()]
    assert [{k: row[k] for k in ("job_id", "state", "worker_id", "attempts", "name")} for row in listed] == \
        [{"job_id": job_id, "state": "running", "worker_id": "w-1", "attempts": 1, "name": "nightly"}]


def test_submit_argv_and_table(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """submit -- CMD ARG... with options queues exactly that argv; jobs prints one line for it."""
    done = cli(cp, "submit", "--timeout", "5s", "--kill-grace", "2s", "--cpus", "0.5", "--env",
               "A=b=c", "--name", "n1", "--", "printf", "%s", "--not-an-option")
    assert done.returncode == 0, done.stderr
    job_id = done.stdout.decode().strip()
    spec = _connect(cp, workers, "w-1").run_job()
    assert (spec.job_id, list(spec.argv.args), dict(spec.env)) == \
        (job_id, ["printf", "%s", "--not-an-option"], {"A": "b=c"})
    assert (spec.timeout.ToMilliseconds(), spec.kill_grace.ToMilliseconds(),
            spec.requirements.cpu_cores) == (5000, 2000, 0.5)
    table = cli(cp, "jobs").stdout.decode().splitlines()
    assert len(table) == 1
    words = table[0].split()
    assert [words[0], words[1], words[2], words[-2], words[-1]] == [job_id, "running", "worker=w-1", "attempts=1", "n1"]


@pytest.mark.parametrize(("args", "yaml_text", "named"), [
    (("--env", "1BAD=x"), None, b"env"),
    (("--memory", "lots"), None, b"memory"),
    (("--timeout", "soon"), None, b"timeout"),
    (("--secret", "TOKEN=vault:x"), None, b"TOKEN"),
    (("--retry-on", "ERR_9999"), None, b"ERR_9999"),
    ((), None, b"command"),
    ((), "command: [ls]\ncolour: red\n", b"colour"),
    ((), "command: []\n", b"command"),
    ((), "command: [ls]\nretry_policy: {max_attempts: many}\n", b"retry_policy.max_attempts"),
    ((), "command: [ls]\nenv: {A: [1, 2]}\n", b"env.A"),
    ((), "command: [ls\n", b"is not YAML at line"),
])
def test_bad_submit_input_is_named(cp: ControlPlaneProcess, tmp_path: Path, args: tuple[str, ...],
                                   yaml_text: str | None, named: bytes) -> None:
    """Bad submit input exits 2 with one line naming the option or key, and queues nothing."""
    extra: list[str] = []
    if yaml_text is not None:
        (tmp_path / "job.yaml").write_text(yaml_text)
        extra = ["--file", str(tmp_path / "job.yaml")]
    command = ["--", "true"] if yaml_text is None and args else []
    done = cli(cp, "submit", *args, *extra, *command)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert named in done.stderr
    assert cli(cp, "jobs", "--json").stdout == b""


def test_server_refuses_a_spec_without_command(cp: ControlPlaneProcess) -> None:
    """SubmitJob without a command, or with a bad variable name, is INVALID_ARGUMENT naming the field."""
    admin = Admin(cp.address)
    for spec, field in ((jobs_pb2.JobSpec(), "spec.command"),
                        (jobs_pb2.JobSpec(argv=jobs_pb2.Argv(args=["ls"]), env={"A B": "1"}), "spec.env")):
        with pytest.raises(grpc.RpcError) as caught:
            admin.stub.SubmitJob(control_plane_pb2.SubmitJobRequest(spec=spec), timeout=WAIT_S)
        assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert field in (caught.value.details() or "")


def test_admin_calls_need_the_token(tmp_path: Path) -> None:
    """With a token configured, admin calls without it are UNAUTHENTICATED and queue nothing;
    with it, they work."""
    token = tmp_path / "token"
    token.write_text("s3cret-token\n")
    plane = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log", ("--token-file", str(token)))
    plane.start()
    try:
        for call in (lambda a: a.submit("true"), lambda a: a.cancel("x"), lambda a: a.job("x")):
            with pytest.raises(grpc.RpcError) as caught:
                call(Admin(plane.address))
            assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
        refused = cli(plane, "jobs", "--json")
        assert refused.returncode == 1
        assert b"UNAUTHENTICATED" in refused.stderr
        done = cli(plane, "submit", "--json", "--", "true", token_file=token)
        assert done.returncode == 0, done.stderr
        listed = cli(plane, "jobs", "--json", token_file=token)
        assert [json.loads(line)["job_id"] for line in listed.stdout.splitlines()] == \
            [json.loads(done.stdout)["job_id"]]
    finally:
        plane.stop()


def test_jobs_survive_a_control_plane_restart(cp: ControlPlaneProcess) -> None:
    """Queued and ended jobs are in the database: a restarted control plane still lists them."""
    admin = Admin(cp.address)
    kept, cancelled = admin.submit("a"), admin.submit("b")
    admin.cancel(cancelled)
    cp.kill()
    cp.start()
    listed = {row["job_id"]: row["state"] for row in
              (json.loads(line) for line in cli(cp, "jobs", "--json").stdout.splitlines())}
    assert listed == {kept: "queued", cancelled: "cancelled"}


def test_dispatch_passes_over_the_worker_that_refused_a_job_as_busy() -> None:
    """Pure dispatch: a job refused as busy goes to another worker with room while the refusal
    lasts, and back to the refuser (if it is the only one) once it has passed."""
    from hodei_worker.controlplane._policy import Job, Worker, dispatch

    job = Job("j1")
    workers = [Worker("w-a", 1), Worker("w-b", 1)]
    assert dispatch([job], workers, 10.0) == [("j1", "w-a")]
    assert dispatch([job], workers, 10.0, {"j1": ("w-a", 12.0)}) == [("j1", "w-b")]
    assert dispatch([job], workers[:1], 10.0, {"j1": ("w-a", 12.0)}) == []
    assert dispatch([job], workers[:1], 12.0, {"j1": ("w-a", 12.0)}) == [("j1", "w-a")]


def test_worker_back_too_late_is_told_to_cancel_what_it_holds(cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """A worker that comes back after the worker timeout still holding its job (failed with
    ERR_1008 meanwhile), or holding a job the control plane never knew, is told to cancel
    them, so that no job runs twice."""
    worker = _connect(cp, workers, "w-1")
    admin = Admin(cp.address)
    job_id = admin.submit("x")
    worker.run_job()
    worker.close()
    _wait_state(admin, job_id, control_plane_pb2.JOB_STATE_FAILED)
    back = _connect(cp, workers, "w-1", held=(job_id, "ghost"))
    told = sorted(back.next().cancel_job.job_id for _ in range(2))
    assert told == sorted([job_id, "ghost"])
    assert admin.job(job_id).state == control_plane_pb2.JOB_STATE_FAILED


def test_a_worker_that_does_not_accept_batches_gets_one_run_job_per_job(
        cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """Jobs queued before a worker whose Hello does not accept RunJobs connects reach it as one
    RunJob message per job, in the order they were queued."""
    admin = Admin(cp.address)
    ids = [admin.submit("a"), admin.submit("b"), admin.submit("c")]
    worker = _connect(cp, workers, "w-old", max_jobs=4)
    assert [worker.run_job().job_id for _ in ids] == ids


def test_a_worker_that_accepts_batches_gets_the_jobs_of_a_round_in_one_run_jobs(
        cp: ControlPlaneProcess, workers: list[TestWorker]) -> None:
    """Jobs queued before a worker that accepts RunJobs connects reach it as one RunJobs (as
    many as it has room for, in queue order); a job handed to it alone comes as RunJob."""
    admin = Admin(cp.address)
    ids = [admin.submit("a"), admin.submit("b"), admin.submit("c")]
    worker = _connect(cp, workers, "w-new", max_jobs=2, accepts_run_jobs=True)
    message = worker.next()
    assert message.WhichOneof("message") == "run_jobs", message
    assert [job.spec.job_id for job in message.run_jobs.jobs] == ids[:2]
    assert [job.spec.attempt for job in message.run_jobs.jobs] == [1, 1]
    worker.publish(completed(ids[0], "w-new"))
    assert worker.run_job().job_id == ids[2]


def test_run_messages_batch_up_to_the_byte_limit_and_never_for_an_older_worker() -> None:
    """Pure: a worker that accepts batches gets consecutive jobs in RunJobs up to the byte
    limit, a job alone (or one over the limit) as RunJob; an older worker gets RunJob each."""
    from hodei_worker.controlplane._dispatch import run_messages

    specs = [(jobs_pb2.JobSpec(job_id=f"j{n}"), size) for n, size in enumerate((40, 40, 30, 100, 10))]

    def shape(messages: list[session_pb2.ControlMessage]) -> list[list[str]]:
        return [[j.spec.job_id for j in m.run_jobs.jobs] if m.WhichOneof("message") == "run_jobs"
                else [m.run_job.spec.job_id] for m in messages]

    assert shape(run_messages(specs, True, limit=100)) == [["j0", "j1"], ["j2"], ["j3"], ["j4"]]
    assert [m.WhichOneof("message") for m in run_messages(specs, True, limit=100)] == \
        ["run_jobs", "run_job", "run_job", "run_job"]
    assert shape(run_messages(specs, True, limit=1000)) == [["j0", "j1", "j2", "j3", "j4"]]
    assert shape(run_messages(specs[:1], True)) == [["j0"]]
    assert run_messages(specs[:1], True)[0].WhichOneof("message") == "run_job"
    assert [m.WhichOneof("message") for m in run_messages(specs, False, limit=1000)] == ["run_job"] * 5
