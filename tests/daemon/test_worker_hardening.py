"""``hodei-worker`` against bad input and refused credentials: one line naming the flag,
variable or key and exit status 78 (which systemd's ``RestartPreventExitStatus=78`` honours),
never a traceback or a daemon that starts and dies; and what a job gets of the worker's
environment. Real ``hodei-worker`` processes, a real control plane or a scripted one."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import clean_env, wait_for
from control_plane import ControlPlaneProcess
from worker_peer import HODEI_WORKER, Daemon, Peer

from hodei_worker._generated import errors_pb2

CONTROL = Path(sys.executable).with_name("hodei-control-plane")


def _worker(tmp_path: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(HODEI_WORKER), "--state-dir", str(tmp_path / "state"), *args],
                          capture_output=True, env=clean_env(env), timeout=timeout)


def _one_line_78(done: subprocess.CompletedProcess[bytes], named: str) -> str:
    line = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 78, done.stderr
    assert line.count("\n") == 1, line
    assert line.startswith("hodei-worker: ERR_1010 CONFIGURATION_ERROR "), line
    assert named in line, (named, line)
    return line


@pytest.mark.parametrize(("args", "env", "config", "named"), [
    (["--max-jobs", "4294967296"], {}, "", "--max-jobs"),
    ([], {"HODEI_MAX_JOBS": "4294967296"}, "", "HODEI_MAX_JOBS"),
    ([], {}, "max_jobs = 4294967296\n", "worker.max_jobs"),
    (["--drain-timeout", "-1s"], {}, "", "--drain-timeout"),
    (["--env-pass", "NOT A NAME"], {}, "", "--env-pass"),
    (["--tls-ca", "{garbage}"], {}, "", "--tls-ca"),
    (["--token-file", "{missing}"], {}, "", "--token-file"),
])
def test_a_bad_value_is_refused_before_anything_starts(tmp_path: Path, args: list[str],
                                                       env: dict[str, str], config: str,
                                                       named: str) -> None:
    """A value the daemon cannot use (a max-jobs no handshake carries, a negative duration, a
    file that is no PEM, a missing token file), as a flag, a variable or a key, is one line
    naming it and exit 78, before the daemon starts."""
    (tmp_path / "garbage.pem").write_bytes(b"this is not a certificate\n")
    (tmp_path / "worker.toml").write_text(f'[worker]\ncontrol_plane = "127.0.0.1:1"\n{config}')
    words = [a.format(garbage=tmp_path / "garbage.pem", missing=tmp_path / "no-token") for a in args]
    done = _worker(tmp_path, "--config", str(tmp_path / "worker.toml"), *words, env=env)
    line = _one_line_78(done, named)
    assert "expected one argument" not in line


def test_a_token_the_control_plane_refuses_ends_the_worker_with_78(tmp_path: Path) -> None:
    """A worker whose token the control plane refuses at its first session says so in one
    line and exits 78, instead of a traceback and exit 1 that a unit restarts for ever."""
    (tmp_path / "server.token").write_text("the-right-token\n")
    (tmp_path / "worker.token").write_text("a-wrong-token\n")
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log",
                             ("--token-file", str(tmp_path / "server.token")))
    cp.start()
    try:
        done = _worker(tmp_path, "--control-plane", cp.address, "--token-file",
                       str(tmp_path / "worker.token"), "--log-level", "error")
    finally:
        cp.stop()
    line = _one_line_78(done, "UNAUTHENTICATED")
    assert "Traceback" not in line
    assert "a-wrong-token" not in line


def test_a_relative_working_dir_is_refused_naming_the_field(tmp_path: Path, peer: Peer) -> None:
    """A job whose working_dir is relative (which would name a directory of the daemon's own)
    is refused with ERR_1009 naming working_dir, and nothing runs."""
    worker = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        peer.run("rel", "touch", "ran", working_dir="relative")
        rejected = wait_for(lambda: peer.of("rel", "job_rejected"), 60, what="the rejection")[0]
    finally:
        worker.stop()
    assert rejected.error_code == errors_pb2.ERR_1009
    assert rejected.reason.startswith("working_dir:")
    assert str(tmp_path) not in rejected.reason
    assert not list(tmp_path.rglob("ran"))


def test_a_job_gets_a_clean_environment_and_the_workers_secrets_only_as_secrets(tmp_path: Path) -> None:
    """A job starts from PATH, HOME, LANG (and the variables ``--env-pass`` names) plus its
    own: a variable of the worker's environment that is neither reaches neither the job's
    output nor the control plane's database; as a secret's source it reaches the job masked."""
    value = "worker-only-value-5d1e9a"
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log", ("--heartbeat-interval", "300ms"))
    cp.start()
    worker = Daemon(tmp_path, cp.address, "--env-pass", "PASSED_ON",
                    env={"MYSEC": value, "PASSED_ON": "yes", "LANG": "C.UTF-8"}).start()

    def cp_cmd(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([str(CONTROL), args[0], "--control-plane", cp.address, *args[1:]],
                              capture_output=True, env=clean_env(), timeout=60)

    def ended(job_id: str) -> bool:
        rows = [json.loads(line) for line in cp_cmd("jobs", "--json").stdout.splitlines()]
        return any(r["job_id"] == job_id and r["state"] in ("succeeded", "failed") for r in rows)

    try:
        plain = cp_cmd("submit", "--env", "OWN=mine", "--", "env").stdout.decode().strip()
        secret = cp_cmd("submit", "--secret", "TOKEN=env:MYSEC", "--", "sh", "-c",
                        'echo "token=$TOKEN"; env').stdout.decode().strip()
        for job_id in (plain, secret):
            wait_for(lambda job_id=job_id: ended(job_id), 60, interval=0.2, what=f"{job_id} to end")
        seen = cp_cmd("logs", plain).stdout.decode().splitlines()
        masked = cp_cmd("logs", secret).stdout.decode().splitlines()
    finally:
        worker.stop()
        cp.stop()
    names = {line.split("=", 1)[0] for line in seen if "=" in line}
    assert {"PATH", "HOME", "LANG", "OWN", "PASSED_ON"} <= names
    assert "MYSEC" not in names
    assert "PASSED_ON=yes" in seen
    assert not [line for line in seen if value in line]
    assert masked[0] == "token=***"
    assert not [line for line in masked if value in line or line.startswith("MYSEC=")]
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("cp.sqlite3*"))
    assert value.encode() not in stored
    with sqlite3.connect(tmp_path / "cp.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM logs").fetchone()[0] > 0


def test_a_second_daemon_on_the_same_state_directory_is_refused(tmp_path: Path, peer: Peer) -> None:
    """A second hodei-worker on a state directory another one holds exits 78 with one line
    naming the directory and the holder's pid; the first goes on running jobs."""
    first = Daemon(tmp_path, peer.address).start()
    try:
        peer.wait_connected()
        wait_for(lambda: (first.state / "lock").exists(), what="the first daemon's lock")
        second = subprocess.run([str(HODEI_WORKER), "--control-plane", peer.address, "--state-dir",
                                 str(first.state), "--worker-id", "w-second"],
                                capture_output=True, env=clean_env(), timeout=60, check=False)
        assert second.returncode == 78
        line = second.stderr.decode()
        assert line.count("\n") == 1
        assert line.startswith("hodei-worker: ERR_1010 CONFIGURATION_ERROR state_dir: ")
        assert f"(pid {first.proc.pid if first.proc else '?'})" in line
        peer.run("after", shell="echo still here")
        peer.wait_ended("after")
        assert peer.output("after") == b"still here\n"
    finally:
        first.stop()
