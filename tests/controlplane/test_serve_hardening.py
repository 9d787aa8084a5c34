"""``hodei-control-plane serve`` hardened: a port in use is refused, not shared; its database is
its owner's alone; plaintext off this machine is said loudly; TLS files that are no PEM are
one line; and a job whose spec no session can carry fails alone, never the session. Real
``serve``, ``submit`` and ``hodei-worker`` processes over loopback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import clean_env, wait_for
from control_plane import ControlPlaneProcess
from hypothesis import given, settings
from hypothesis import strategies as st
from worker_peer import Daemon

from hodei_worker._generated import jobs_pb2
from hodei_worker.controlplane import EventStore
from hodei_worker.controlplane._dispatch import ENTRY_BYTES, run_messages
from hodei_worker.controlplane._jobtable import insert
from hodei_worker.controlplane._policy import Job
from hodei_worker.run import MAX_SPEC_BYTES
from hodei_worker.transport._channel import MAX_MESSAGE_BYTES

CONTROL = Path(sys.executable).with_name("hodei-control-plane")
MIB = 1024 * 1024


def _serve(tmp_path: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(CONTROL), "serve", "--db", str(tmp_path / "other.sqlite3"), *args],
                          capture_output=True, env=clean_env(), timeout=timeout)


def test_a_second_server_on_a_port_in_use_is_refused(tmp_path: Path) -> None:
    """A second ``serve`` on the port a running one listens on exits with one line saying it
    cannot listen there, instead of starting and taking half of the workers' calls."""
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    cp.start()
    try:
        done = _serve(tmp_path, "--listen", cp.address)
    finally:
        cp.stop()
    lines = done.stderr.decode().splitlines()
    assert done.returncode != 0
    assert len(lines) == 1, lines
    assert f"cannot listen on {cp.address}" in lines[0]


def test_the_database_is_its_owners_alone(tmp_path: Path) -> None:
    """The database, and the WAL and shared-memory files beside it, are made 0600; a database
    found readable by others is made 0600 too."""
    (tmp_path / "cp.sqlite3").touch(mode=0o644)
    os.chmod(tmp_path / "cp.sqlite3", 0o644)
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    cp.start()
    try:
        done = subprocess.run([str(CONTROL), "submit", "--control-plane", cp.address, "--", "true"],
                              capture_output=True, env=clean_env(), timeout=60)
        assert done.returncode == 0, done.stderr
        files = sorted(tmp_path.glob("cp.sqlite3*"))
        assert {p.name for p in files} >= {"cp.sqlite3", "cp.sqlite3-wal", "cp.sqlite3-shm"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        cp.stop()


def test_plaintext_off_this_machine_without_a_token_is_said_loudly(tmp_path: Path) -> None:
    """``serve --insecure`` on an address off loopback with no token starts with a warning line
    that says anyone who reaches it can run jobs."""
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log", ("--insecure",))
    cp.address = "0.0.0.0:0"
    cp.start()
    cp.stop()
    said = (tmp_path / "cp.log").read_text()
    assert "WARNING" in said
    assert "anyone" in said


@pytest.mark.parametrize("option", ["--tls-cert", "--tls-key"])
def test_tls_files_that_are_no_pem_are_one_line(tmp_path: Path, option: str) -> None:
    """A certificate or key file that holds no PEM block is refused by name, exit 2."""
    from trustme import CA

    ca = CA()
    good = ca.issue_cert("127.0.0.1")
    (tmp_path / "cert.pem").write_bytes(b"".join(b.bytes() for b in good.cert_chain_pems))
    good.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    (tmp_path / "junk").write_bytes(b"\x00\x01 not pem at all")
    files = {"--tls-cert": tmp_path / "cert.pem", "--tls-key": tmp_path / "key.pem", option: tmp_path / "junk"}
    done = _serve(tmp_path, "--listen", "127.0.0.1:0", "--tls-cert", str(files["--tls-cert"]),
                  "--tls-key", str(files["--tls-key"]))
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, lines
    assert option in lines[0]


def test_a_negative_duration_is_read_as_the_options_value(tmp_path: Path) -> None:
    """``--heartbeat-interval -1s`` is refused as a duration, naming the option, not taken for
    an option of its own ("expected one argument")."""
    done = _serve(tmp_path, "--listen", "127.0.0.1:0", "--heartbeat-interval", "-1s")
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2
    assert len(lines) == 1, lines
    assert "--heartbeat-interval" in lines[0]
    assert "not a duration" in lines[0]


@settings(max_examples=25, deadline=None)
@given(sizes=st.lists(st.integers(min_value=1, max_value=MAX_SPEC_BYTES), min_size=1, max_size=12),
       batches=st.booleans())
def test_every_message_that_hands_out_jobs_fits_a_session(sizes: list[int], batches: bool) -> None:
    """Whatever the jobs' specs (each within the spec's limit), every RunJob and RunJobs that
    carries them stays under the channels' message limit, and every job travels once."""
    specs = []
    for n, size in enumerate(sizes):
        spec = jobs_pb2.JobSpec(job_id=f"j{n}", attempt=3, argv=jobs_pb2.Argv(args=["true"]))
        spec.stdin = b"x" * max(size - spec.ByteSize() - 8, 0)
        specs.append((spec, spec.ByteSize() + ENTRY_BYTES))
    messages = run_messages(specs, batches)
    assert all(m.ByteSize() <= MAX_MESSAGE_BYTES for m in messages)
    carried = [job.spec.job_id for m in messages
               for job in (m.run_jobs.jobs if m.WhichOneof("message") == "run_jobs" else [m.run_job])]
    assert carried == [f"j{n}" for n in range(len(sizes))]


def test_a_stored_spec_no_session_carries_fails_alone_and_the_session_stays(tmp_path: Path) -> None:
    """A job whose spec is larger than a session carries (queued before the limit was checked)
    fails with ERR_1009 and an event naming the spec, without a message ever sent: the
    worker's session stays up, and the job queued after it runs."""
    db = tmp_path / "cp.sqlite3"
    store = EventStore(db)
    big = jobs_pb2.JobSpec(job_id="too-big", argv=jobs_pb2.Argv(args=["true"]))
    big.env["BIG"] = "x" * (16 * MIB - 64 * 1024)
    store.transaction(lambda conn: insert(conn, Job("too-big"), "", big.SerializeToString()))
    store.close()
    cp = ControlPlaneProcess(db, tmp_path / "cp.log", ("--heartbeat-interval", "300ms"))
    cp.start()
    worker = Daemon(tmp_path, cp.address).start()

    def jobs() -> dict[str, dict[str, object]]:
        done = subprocess.run([str(CONTROL), "jobs", "--json", "--control-plane", cp.address],
                              capture_output=True, env=clean_env(), timeout=60)
        return {row["job_id"]: row for row in map(json.loads, done.stdout.splitlines())}

    try:
        failed = wait_for(lambda: jobs().get("too-big", {}).get("state") == "failed" and jobs()["too-big"],
                          60, interval=0.2, what="the big job to fail")
        after = subprocess.run([str(CONTROL), "submit", "--control-plane", cp.address, "--", "true"],
                               capture_output=True, env=clean_env(), timeout=60).stdout.decode().strip()
        wait_for(lambda: jobs().get(after, {}).get("state") == "succeeded", 60, interval=0.2,
                 what="the next job to succeed")
        rejected = [e.job_rejected for e in cp.stored() if e.WhichOneof("event") == "job_rejected"]
    finally:
        worker.stop()
        cp.stop()
    assert failed["error_code"] == "ERR_1009"
    assert [r.job_id for r in rejected] == ["too-big"]
    assert rejected[0].reason.startswith("spec:")
    welcomed = [line for line in worker.log.read_text().splitlines() if "session.welcomed" in line]
    assert len(welcomed) == 1
