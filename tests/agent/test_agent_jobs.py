"""``hodei-worker agent`` against the stand-in server: jobs, their log lines and their results."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from agent_rig import PY, Rig, pb, rig_for, shell

TEN_MB = 10 * 1024 * 1024


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    """The stand-in on loopback; every agent started is stopped afterwards."""
    yield from rig_for(tmp_path)


def test_a_job_runs_and_the_agent_leaves_as_the_platform_expects(rig: Rig) -> None:
    """Heartbeat first, ack job-<id>, the job's lines, one COMPLETED result, self_terminate,
    UnregisterWorker without force, exit 0; the job's files are gone once its result was
    acknowledged."""
    job, agent = rig.run(shell("sh", "-c", "echo hello; echo oops >&2"))
    worker = rig.worker(agent)
    assert job.state == "COMPLETED"
    assert len(job.results) == 1
    assert job.result is not None
    assert (job.result.exit_code, job.result.success, job.result.error_message) == (0, True, "")
    assert job.text(stderr=False) == ["hello"]
    assert job.text(stderr=True) == ["oops"]
    assert [a.message_id for a in worker.acks] == [f"job-{job.command.job_id}"]
    assert worker.heartbeats[0].worker_id.value == agent.worker_id
    assert worker.dropped_results == []
    assert worker.self_terminate
    assert worker.self_terminate[0].last_job_id == job.command.job_id
    assert worker.self_terminate[0].expected_cleanup_ms == 30000
    assert len(worker.unregistered) == 1
    assert list((agent.state_dir / "jobs").glob("*/*")) == []  # acknowledged: its files went
    assert not worker.unregistered[0].force


@pytest.mark.parametrize(("argv", "prefix", "code", "status"), [
    (("cat", "/data/in.csv"), "FILE_NOT_FOUND: /data/in.csv does not exist [ERR_1003] try: ", "ERR_1003", 1),
    (("no-such-command-xyz",), "COMMAND_NOT_FOUND: no-such-command-xyz was not found [ERR_1001] try: ", "ERR_1001", 127),
    (("sh", "-c", "exit 3"), "NON_ZERO_EXIT_CODE: the job exited with status 3 [ERR_1007] try: ", "ERR_1007", 3),
    (("sh", "-c", "kill -9 $$"), "SIGNAL_RECEIVED: the job was ended by SIGKILL [ERR_1006] try: ", "ERR_1006", 137),
])
def test_a_failure_says_its_type_code_and_first_action(rig: Rig, argv: tuple[str, ...], prefix: str,
                                                       code: str, status: int) -> None:
    """A failure's result is FAILED with the job's status and ``TYPE: what [CODE] try: action``."""
    job, _ = rig.run(shell(*argv))
    assert job.state == "FAILED"
    assert job.result is not None
    assert not job.result.success
    assert job.result.exit_code == status
    assert job.result.error_message.startswith(prefix), job.result.error_message
    assert code in job.result.error_message
    assert len(job.result.error_message) <= 1024


def test_a_timeout_is_reported_as_the_platform_reads_one(rig: Rig) -> None:
    """A job past timeout_ms is stopped (status 124) and its error_message starts TIMEOUT:."""
    job, _ = rig.run(shell("sleep", "60", timeout_ms=300))
    assert job.state == "TIMEOUT"
    assert job.result is not None
    assert job.result.exit_code == 124
    assert job.result.error_message.startswith("TIMEOUT: EXECUTION_TIMEOUT: "), job.result.error_message
    assert "[ERR_1005]" in job.result.error_message


def test_a_cancel_stops_the_whole_tree_even_a_setsid_escapee(rig: Rig) -> None:
    """A cancel ends the job with CANCELLED: and stops a process that left its session."""
    script = ("import subprocess, sys, time\n"
              "p = subprocess.Popen(['setsid', 'sleep', '300'])\n"
              "print('escapee', p.pid, flush=True)\n"
              "time.sleep(300)\n")
    agent = rig.start()
    job_id = rig.standin.submit(agent.worker_id, shell(PY, "-c", script))
    rig.wait_state(job_id, "RUNNING")
    assert rig.standin.wait(lambda: any(t.startswith("escapee ") for t in rig.job(job_id).text()))
    pid = int(next(t for t in rig.job(job_id).text() if t.startswith("escapee ")).split()[1])
    assert psutil.pid_exists(pid)
    rig.standin.cancel(job_id)
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.state == "FAILED"
    assert job.result is not None
    assert job.result.error_message.startswith("CANCELLED: "), job.result.error_message
    assert job.result.exit_code == 143
    assert not _alive(pid)


def test_a_forced_cancel_kills_at_once_without_the_grace(rig: Rig) -> None:
    """A cancel with ``force`` sends no SIGTERM (the job's handler never runs) and SIGKILLs the
    job at once: CANCELLED:, status 137; an unforced one lets the handler run (status 143 or
    the handler's own)."""
    script = "trap 'echo got TERM; exit 3' TERM; echo ready; sleep 300 & wait"
    for force, status, handled in ((True, 137, False), (False, 3, True)):
        agent = rig.start()
        job_id = rig.standin.submit(agent.worker_id, shell("sh", "-c", script))
        rig.wait_state(job_id, "RUNNING")
        assert rig.standin.wait(lambda job_id=job_id: "ready" in rig.job(job_id).text())
        rig.standin.cancel(job_id, force=force)
        assert rig.finish(agent) == 0, agent.stderr
        job = rig.job(job_id)
        assert job.result is not None
        assert job.result.error_message.startswith("CANCELLED: "), job.result.error_message
        assert job.result.exit_code == status
        assert ("got TERM" in job.text()) is handled


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_undecodable_bytes_and_a_10_mb_line_arrive_whole(rig: Rig) -> None:
    """Bad UTF-8 becomes U+FFFD; a 10 MB line arrives in pieces that join to it, in batches
    the platform keeps whole; a last line without newline is sent at the end."""
    script = ("import sys\n"
              "out = sys.stdout.buffer\n"
              "out.write(b'caf\\xe9 \\xff\\xfe\\n')\n"
              f"out.write(b'x' * {TEN_MB} + b'\\n')\n"
              "out.write(b'tail without newline')\n")
    job, _ = rig.run(shell(PY, "-c", script), timeout=120)
    lines = job.text(stderr=False)
    assert lines[0] == "caf\ufffd \ufffd\ufffd"
    assert lines[-1] == "tail without newline"
    pieces = lines[1:-1]
    assert len(pieces) > 1
    assert "".join(pieces) == "x" * TEN_MB
    assert job.state == "COMPLETED"


def test_output_over_the_log_limit_is_counted_and_said(rig: Rig) -> None:
    """Bytes over --log-limit are not sent, are counted in dropped_logs and said in a last
    stderr line."""
    job, agent = rig.run(shell("sh", "-c", "i=0; while [ $i -lt 100 ]; do echo 0123456789abcdef; i=$((i+1)); done"),
                         "--log-limit", "170")
    assert job.text(stderr=False) == ["0123456789abcdef"] * 10
    assert job.text(stderr=True)[-1].startswith("hodei-worker: 1530 bytes of this job's output")
    assert max(h.dropped_logs for h in rig.worker(agent).heartbeats) == 1530


def test_secrets_become_variables_and_are_never_shown(rig: Rig, tmp_path: Path) -> None:
    """secrets_json values reach the job's environment, are masked in its lines, and are on
    no file of the state directory (looked at while the job runs, its output there); the
    worker's token is not in the job's environment."""
    value = "s3cr3t-" + os.urandom(8).hex()
    go_on = tmp_path / "go-on"
    script = (f'echo "key=$API_KEY"; echo "$GREETING length-$(printf %s "$API_KEY" | wc -c)"; '
              f'echo "otp=${{HODEI_OTP_TOKEN:-none}}"; while [ ! -e {go_on} ]; do sleep 0.05; done')
    command = shell("sh", "-c", script, secrets_json=json.dumps({"API_KEY": value}), env={"GREETING": "hi"})
    agent = rig.start()
    job_id = rig.standin.submit(agent.worker_id, command)
    rig.wait_line(job_id, f"hi length-{len(value)}")
    files = [p for p in Path(agent.state_dir).rglob("*") if p.is_file()]
    assert any(p.name == "stdout" for p in files)
    for path in files:
        assert value.encode() not in path.read_bytes(), path
    go_on.touch()
    assert rig.finish(agent) == 0, agent.stderr
    job = rig.job(job_id)
    assert job.state == "COMPLETED"
    text = "\n".join(job.text())
    assert value not in text
    assert "key=" in text
    assert "otp=none" in job.text()  # the worker's own token is not the job's
    assert value not in agent.stderr
    left = list((Path(agent.state_dir) / "jobs").glob("*/*"))
    assert left == [], agent.stderr


def test_a_script_runs_from_a_private_file_with_stdin_in_a_new_working_dir(rig: Rig, tmp_path: Path) -> None:
    """A script job runs ``interpreter FILE`` (the file 0700), in working_dir (made), with stdin."""
    workdir = tmp_path / "made" / "here"
    command = pb.RunJobCommand(working_dir=str(workdir), stdin="from stdin\n")
    command.command.script.interpreter = "sh"
    command.command.script.content = 'pwd; cat; stat -c %a "$0"\n'
    job, _ = rig.run(command)
    assert job.state == "COMPLETED", job.result
    assert job.text(stderr=False) == [str(workdir), "from stdin", "700"]


def test_artifacts_are_refused_naming_them(rig: Rig) -> None:
    """A job with inputs/outputs is not run; its result names them."""
    command = shell("true")
    command.inputs.add(url="s3://bucket/in.csv", dest_path="/data/in.csv")
    job, _ = rig.run(command)
    assert job.state == "FAILED"
    assert job.result is not None
    assert job.result.error_message.startswith("VALIDATION_ERROR: inputs/outputs: ")
    assert "s3://bucket/in.csv" in job.result.error_message
    assert "[ERR_1009]" in job.result.error_message


def test_a_job_without_timeout_has_no_deadline(rig: Rig) -> None:
    """timeout_ms 0 means no deadline: the job is not stopped at once."""
    job, _ = rig.run(shell("sleep", "1", timeout_ms=0))
    assert job.state == "COMPLETED"
    assert job.result is not None
    assert job.result.exit_code == 0


def test_batches_hold_at_most_1000_entries(rig: Rig) -> None:
    """Even with HODEI_LOG_BATCH_SIZE above 1000, no line is lost to the platform keeping 1000
    entries of a batch."""
    agent = rig.start(env={"HODEI_LOG_BATCH_SIZE": "5000"})
    job_id = rig.standin.submit(agent.worker_id, shell("seq", "1", "2500"))
    assert rig.finish(agent) == 0, agent.stderr
    assert rig.job(job_id).text() == [str(i) for i in range(1, 2501)]
