"""``hodei-worker agent`` against the stand-in server: tokens, cuts, restarts and leaving."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest
import trustme
from agent_rig import PY, Rig, grpc, pb, rig_for, shell

EX_CONFIG = 78


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    """The stand-in on loopback; every agent started is stopped afterwards."""
    yield from rig_for(tmp_path)


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.startswith("hodei-worker agent: ")]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_a_used_token_ends_the_agent_with_78_and_one_line(rig: Rig) -> None:
    """A token used already is UNAUTHENTICATED: one line naming HODEI_OTP_TOKEN, exit 78, no retry."""
    first = rig.start()
    job_id = rig.standin.submit(first.worker_id, shell("true"))
    assert rig.finish(first) == 0, first.stderr
    assert rig.job(job_id).state == "COMPLETED"
    token = rig.worker(first).token
    second = rig.start(worker_id=first.worker_id, token=token)
    assert rig.finish(second) == EX_CONFIG
    assert "HODEI_OTP_TOKEN" in _one_line(second.stderr)
    assert rig.worker(first).registrations == 1


def test_a_worker_id_that_is_not_a_uuid_is_refused(rig: Rig) -> None:
    """HODEI_WORKER_ID must be a UUID: refused before connecting, naming it."""
    agent = rig.start(env={"HODEI_WORKER_ID": "worker-1"})
    assert rig.finish(agent) == EX_CONFIG
    assert "HODEI_WORKER_ID" in _one_line(agent.stderr)


def test_plaintext_off_this_machine_needs_http_as_consent(rig: Rig) -> None:
    """A bare HOST:PORT off loopback is refused with how to consent; nothing is sent."""
    agent = rig.start(env={"HODEI_SERVER_ADDRESS": "hodei-server:9090"})
    assert rig.finish(agent) == EX_CONFIG
    line = _one_line(agent.stderr)
    assert "HODEI_SERVER_ADDRESS" in line
    assert "http://hodei-server:9090" in line
    assert "HODEI_SERVER_PROTOCOL=http" in line


def test_a_cut_stream_resumes_the_session_with_nothing_lost_or_twice(rig: Rig, tmp_path: Path) -> None:
    """After a cut the agent registers with its session, opens a new stream and goes on: every
    line once, in order, and one result."""
    go_on = tmp_path / "go-on"
    rig.standin.cut_on_line = "cut-here"
    script = f"echo before; echo cut-here; while [ ! -e {go_on} ]; do sleep 0.05; done; echo after"
    agent = rig.start()
    job_id = rig.standin.submit(agent.worker_id, shell("sh", "-c", script))
    assert rig.standin.wait(lambda: rig.worker(agent).streams == 2 and rig.worker(agent).outbox)
    go_on.touch()  # the rest of the output comes on the new stream
    assert rig.finish(agent) == 0, agent.stderr
    job, worker = rig.job(job_id), rig.worker(agent)
    assert job.text() == ["before", "cut-here", "after"]
    assert job.state == "COMPLETED"
    assert len(job.results) == 1
    assert worker.streams == 2
    assert worker.registrations == 2


def test_an_unacknowledged_result_is_sent_again_after_the_first_heartbeat(rig: Rig) -> None:
    """A result whose stream was cut before the server acknowledged it comes again on the
    next stream, after its heartbeat (not dropped as one before it would be)."""
    rig.standin.cut_on_result = True
    job, agent = rig.run(shell("echo", "done"))
    worker = rig.worker(agent)
    assert len(job.results) == 2
    assert job.results[0] == job.results[1]
    assert worker.dropped_results == []
    assert worker.streams == 2
    assert job.state == "COMPLETED"


def test_a_restarted_server_needs_a_new_token(rig: Rig) -> None:
    """A server that restarted mid-job knows no session: the agent says a new token is needed,
    stops the job and exits 78."""
    agent = rig.start()
    script = "import os, time\nprint('pid', os.getpid(), flush=True)\ntime.sleep(300)\n"
    job_id = rig.standin.submit(agent.worker_id, shell(PY, "-c", script))
    assert rig.standin.wait(lambda: any(t.startswith("pid ") for t in rig.job(job_id).text()))
    pid = int(next(t for t in rig.job(job_id).text() if t.startswith("pid ")).split()[1])
    rig.restart_server()
    assert rig.finish(agent) == EX_CONFIG
    line = _one_line(agent.stderr)
    assert "HODEI_OTP_TOKEN" in line
    assert "new token" in line
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_sigterm_lets_the_running_job_finish_then_leaves(rig: Rig, tmp_path: Path) -> None:
    """SIGTERM: DRAINING at once, the job finishes and is reported, self_terminate, unregister, 0."""
    go_on = tmp_path / "go-on"
    agent = rig.start()
    script = f"echo started; while [ ! -e {go_on} ]; do sleep 0.05; done; echo finished"
    job_id = rig.standin.submit(agent.worker_id, shell("sh", "-c", script))
    rig.wait_line(job_id, "started")
    agent.signal(signal.SIGTERM)
    worker = rig.worker(agent)
    assert rig.standin.wait(lambda: [h for h in worker.heartbeats if h.status == pb.WORKER_STATUS_DRAINING])
    go_on.touch()  # the job finishes after the worker began to leave
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.state == "COMPLETED"
    assert job.text() == ["started", "finished"]
    draining = [h for h in worker.heartbeats if h.status == pb.WORKER_STATUS_DRAINING]
    assert job_id in draining[0].running_job_ids
    assert draining[0].active_jobs == 1
    assert draining[0].usage.memory_bytes > 0
    assert worker.self_terminate
    assert worker.unregistered


def test_sigterm_cancels_what_outlives_the_drain_timeout(rig: Rig) -> None:
    """A job still running at the drain timeout is cancelled and reported CANCELLED:."""
    agent = rig.start("--drain-timeout", "200ms")
    job_id = rig.standin.submit(agent.worker_id, shell("sh", "-c", "echo started; sleep 300"))
    rig.wait_line(job_id, "started")
    agent.signal(signal.SIGTERM)
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.result is not None
    assert job.result.error_message.startswith("CANCELLED: ")
    assert rig.worker(agent).unregistered


def test_a_persistent_worker_takes_jobs_until_told_to_stop(rig: Rig) -> None:
    """Outside ephemeral mode the agent runs job after job and leaves on SIGTERM."""
    agent = rig.start(env={"HODEI_WORKER_MODE": "persistent"})
    first = rig.standin.submit(agent.worker_id, shell("echo", "one"))
    rig.wait_state(first, "COMPLETED")
    second = rig.standin.submit(agent.worker_id, shell("echo", "two"))
    rig.wait_state(second, "COMPLETED")
    agent.signal(signal.SIGTERM)
    assert rig.finish(agent) == 0, agent.stderr
    assert rig.job(first).text() == ["one"]
    assert rig.job(second).text() == ["two"]


def test_an_ephemeral_worker_without_a_job_leaves_after_the_cleanup_timeout(rig: Rig) -> None:
    """No job within HODEI_CLEANUP_TIMEOUT_MS: self_terminate saying so, unregister, exit 0."""
    agent = rig.start(env={"HODEI_CLEANUP_TIMEOUT_MS": "300"})
    assert rig.finish(agent) == 0, agent.stderr
    worker = rig.worker(agent)
    assert len(worker.self_terminate) == 1
    said = worker.self_terminate[0]
    assert said.expected_cleanup_ms == 300
    assert said.actual_wait_ms >= 300
    assert said.last_job_id == ""
    assert "no job" in said.reason
    assert worker.unregistered


def test_a_server_not_up_yet_is_waited_for(rig: Rig) -> None:
    """Register is retried (with backoff) until the server answers; the job then runs."""
    rig.stop_server()
    agent = rig.start()
    job_id = rig.standin.submit(agent.worker_id, shell("echo", "late"))
    assert wait_until(lambda: "agent.register_failed" in agent.stderr)
    rig.resume()
    assert rig.finish(agent) == 0, agent.stderr
    assert rig.job(job_id).text() == ["late"]
    assert rig.job(job_id).state == "COMPLETED"


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_mutual_tls_from_the_three_paths(tmp_path: Path) -> None:
    """With HODEI_CLIENT_CERT_PATH, HODEI_CLIENT_KEY_PATH and HODEI_CA_CERT_PATH the agent
    speaks mutual TLS to a server certified as hodei-server (a server that takes nothing else)."""
    ca = trustme.CA()
    server_cert = ca.issue_cert("hodei-server")
    client_cert = ca.issue_cert("worker.hodei")
    credentials = grpc.ssl_server_credentials(
        [(server_cert.private_key_pem.bytes(), server_cert.cert_chain_pems[0].bytes())],
        root_certificates=ca.cert_pem.bytes(), require_client_auth=True)
    paths = {"HODEI_CA_CERT_PATH": tmp_path / "ca.pem", "HODEI_CLIENT_CERT_PATH": tmp_path / "cert.pem",
             "HODEI_CLIENT_KEY_PATH": tmp_path / "key.pem"}
    ca.cert_pem.write_to_path(str(paths["HODEI_CA_CERT_PATH"]))
    client_cert.cert_chain_pems[0].write_to_path(str(paths["HODEI_CLIENT_CERT_PATH"]))
    client_cert.private_key_pem.write_to_path(str(paths["HODEI_CLIENT_KEY_PATH"]))
    for r in rig_for(tmp_path, credentials):
        agent = r.start(env={k: str(v) for k, v in paths.items()})
        job_id = r.standin.submit(agent.worker_id, shell("echo", "over tls"))
        assert r.finish(agent) == 0, agent.stderr
        assert r.job(job_id).text() == ["over tls"]


def test_output_made_while_the_server_is_away_is_sent_once_it_is_back(rig: Rig, tmp_path: Path) -> None:
    """Output made while no stream is up waits on disk and arrives whole, once, with the
    result, when the server is back (the session still known)."""
    go_on = tmp_path / "go-on"
    agent = rig.start()
    script = f"echo before; while [ ! -e {go_on} ]; do sleep 0.05; done; seq 1 500"
    job_id = rig.standin.submit(agent.worker_id, shell("sh", "-c", script))
    rig.wait_line(job_id, "before")
    rig.stop_server()
    assert wait_until(lambda: "agent.register_failed" in agent.stderr)
    go_on.touch()
    assert wait_until(lambda: "job.ended" in agent.stderr)
    rig.resume()
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.text() == ["before", *(str(i) for i in range(1, 501))]
    assert job.state == "COMPLETED"
    assert len(job.results) == 1


def test_a_job_sent_again_is_not_run_again(rig: Rig) -> None:
    """A run_job for a job already done is acknowledged and answered with its result again;
    the job does not run twice."""
    agent = rig.start(env={"HODEI_WORKER_MODE": "persistent"})
    job_id = rig.standin.submit(agent.worker_id, shell("echo", "once"))
    rig.wait_state(job_id, "COMPLETED")
    rig.standin.resend(job_id)
    assert rig.standin.wait(lambda: len(rig.job(job_id).results) == 2)
    agent.signal(signal.SIGTERM)
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.text() == ["once"]
    assert job.results[0] == job.results[1]
    assert [a.success for a in rig.worker(agent).acks] == [True, True]


def test_a_leaving_worker_refuses_new_jobs(rig: Rig, tmp_path: Path) -> None:
    """After SIGTERM a new job is refused (ack success false) while the running one finishes."""
    go_on = tmp_path / "go-on"
    agent = rig.start(env={"HODEI_WORKER_MODE": "persistent"})
    first = rig.standin.submit(agent.worker_id, shell("sh", "-c", f"echo started; while [ ! -e {go_on} ]; do sleep 0.05; done"))
    rig.wait_line(first, "started")
    agent.signal(signal.SIGTERM)
    worker = rig.worker(agent)
    assert rig.standin.wait(lambda: [h for h in worker.heartbeats if h.status == pb.WORKER_STATUS_DRAINING])
    late = rig.standin.submit(agent.worker_id, shell("echo", "late"))
    assert rig.standin.wait(lambda: any(a.message_id == f"job-{late}" for a in worker.acks))
    go_on.touch()
    assert rig.finish(agent) == 0, agent.stderr
    refused = next(a for a in worker.acks if a.message_id == f"job-{late}")
    assert not refused.success
    assert rig.job(late).text() == []
    assert rig.job(first).state == "COMPLETED"


def test_without_a_job_host_the_agent_takes_no_job_and_says_why(rig: Rig) -> None:
    """When the supervisor host cannot start, no job runs (one sent is refused), the agent
    leaves the platform properly and ends with one line and status 1."""
    agent_state = rig.tmp_path / f"state-{len(rig.agents)}"
    agent_state.mkdir()
    (agent_state / "host").write_text("not a directory", "utf-8")  # where the host would live
    agent = rig.start()
    job_id = rig.standin.submit(agent.worker_id, shell("echo", "never"))
    assert rig.finish(agent) == 1
    assert "job host could not be started" in _one_line(agent.stderr)
    worker = rig.worker(agent)
    assert [a.success for a in worker.acks if a.message_id == f"job-{job_id}"] in ([False], [])
    assert rig.job(job_id).text() == []
    assert worker.unregistered
