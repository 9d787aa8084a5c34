"""Delivery of events to the control plane, end to end: real ``hodei-run`` and
``hodei-control-plane`` processes over loopback gRPC, real SQLite spools, real crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import anyio
import pytest
from conftest import HODEI_RUN, PROBES, Hodei, clean_env, wait_for
from control_plane import ControlPlaneProcess, NeverAcks, control_plane, spool_count

from hodei_worker.events import from_dict
from hodei_worker.events._proto import envelope, envelope_to_dict
from hodei_worker.transport import Backoff, Outbox, Record, endpoint
from hodei_worker.transport._publisher import Publisher


def _flush(address: str, spool: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(HODEI_RUN), "flush", "--control-plane", address, "--spool-dir",
                           str(spool), *extra], capture_output=True, env=clean_env(), timeout=60)


def _event_dict(job_id: str, n: int) -> dict[str, object]:
    return {"event_type": "JobCompleted", "job_id": job_id, "worker_id": "w-1",
            "correlation_id": f"c-{n}", "exit_code": 0, "command": "true", "arguments": [str(n)],
            "working_dir": "/", "execution_time_ms": n, "occurred_at": "2026-11-28T10:00:00.000Z",
            "resource_usage": {}, "oom_detection": "cgroup-v1", "oom_kills": 0,
            "leftovers_stopped": 0}


def test_failing_job_event_arrives_with_its_code(hodei: Hodei, tmp_path: Path) -> None:
    """A failing job's event reaches the control plane once, equal to the event file's."""
    with control_plane(tmp_path) as cp:
        result = hodei.run("--control-plane", cp.address, "--spool-dir", str(tmp_path / "spool"),
                           "--", "/no/such/program", "arg")
        stored = cp.stored()
    assert result.returncode == 127
    assert len(stored) == 1
    received = envelope_to_dict(stored[0])
    assert received.pop("event_id")
    assert received == result.event
    assert received["error_code"] == "ERR_1001"
    assert spool_count(tmp_path / "spool") == 0


def test_success_event_arrives(hodei: Hodei, tmp_path: Path) -> None:
    """A successful job's JobCompleted reaches the control plane and leaves the spool empty."""
    with control_plane(tmp_path) as cp:
        result = hodei.run("--control-plane", cp.address, "--spool-dir", str(tmp_path / "spool"),
                           "--", "true")
        stored = cp.stored()
    assert result.returncode == 0
    assert [s.WhichOneof("event") for s in stored] == ["job_completed"]
    assert stored[0].job_completed.job_id == result.event["job_id"]


def test_control_plane_down_then_flush_delivers_once(hodei: Hodei, tmp_path: Path) -> None:
    """With the control plane down for the whole run, the event waits in the spool; flush
    delivers it once, and a second flush delivers nothing twice."""
    spool = tmp_path / "spool"
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    cp.address = f"127.0.0.1:{_free_port()}"
    result = hodei.run("--control-plane", cp.address, "--spool-dir", str(spool),
                       "--publish-timeout", "500ms", "--", "sh", "-c", "exit 3", check=False)
    assert result.returncode == 3
    assert result.event is not None
    assert result.event["error_code"] == "ERR_1007"
    assert b"did not acknowledge" in result.stderr
    assert b"hodei-run flush" in result.stderr
    assert spool_count(spool) == 1
    cp.start()
    try:
        first = _flush(cp.address, spool)
        second = _flush(cp.address, spool)
        stored = cp.stored()
    finally:
        cp.stop()
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert spool_count(spool) == 0
    assert [envelope_to_dict(s)["job_id"] for s in stored] == [result.event["job_id"]]


def test_flush_with_control_plane_down_keeps_events_and_fails(tmp_path: Path) -> None:
    """flush exits non-zero and keeps every event while the control plane cannot be reached."""
    spool = tmp_path / "spool"
    with Outbox(spool) as outbox:
        event = from_dict(_event_dict("job-a", 1))
        outbox.append([Record("e-1", "job-a", envelope(event, "e-1").SerializeToString())])
    done = _flush(f"127.0.0.1:{_free_port()}", spool, "--publish-timeout", "300ms")
    assert done.returncode == 1
    assert b"1 event(s) remain" in done.stderr
    assert spool_count(spool) == 1


def test_restart_of_control_plane_mid_stream_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """1,000 events appended while streaming, the control plane killed with SIGKILL and
    restarted mid-stream: every event arrives, and none is stored twice."""
    spool = tmp_path / "spool"
    ids = [str(uuid.uuid4()) for _ in range(1000)]
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    address = cp.start()

    async def scenario() -> Publisher:
        with Outbox(spool) as outbox:
            # Small batches and window: the stream is still busy when the control plane dies.
            publisher = Publisher(outbox, endpoint(address), batch_events=5, window=10,
                                  backoff=Backoff(base_s=0.05, cap_s=0.2))
            async with anyio.create_task_group() as tg:
                tg.start_soon(lambda: publisher.run(until_empty=False))
                for chunk in range(10):
                    records = []
                    for n, event_id in enumerate(ids[chunk * 100:(chunk + 1) * 100]):
                        event = from_dict(_event_dict(f"job-{n % 7}", chunk * 100 + n))
                        records.append(Record(event_id, event.job_id,
                                              envelope(event, event_id).SerializeToString()))
                    outbox.append(records)
                    publisher.notify()
                    await anyio.sleep(0.02)
                    if chunk == 3:
                        await anyio.to_thread.run_sync(
                            lambda: wait_for(lambda: len(cp.stored()) > 50, what="events stored"))
                        cp.kill()
                        await anyio.sleep(0.3)
                        await anyio.to_thread.run_sync(cp.start)
                with anyio.fail_after(60):
                    while outbox.count():  # noqa: ASYNC110 - the outbox on disk has no change event
                        await anyio.sleep(0.05)
                tg.cancel_scope.cancel()
        return publisher

    try:
        publisher = anyio.run(scenario)
        stored = cp.stored()
    finally:
        cp.stop()
    stored_ids = [s.event_id for s in stored]
    assert sorted(stored_ids) == sorted(ids)
    assert len(set(stored_ids)) == len(stored_ids) == 1000
    assert publisher.progress.connections >= 2
    # Order per job is kept: each job's events were stored in the order they were appended.
    for job in range(7):
        numbers = [int(s.job_completed.arguments[0]) for s in stored
                   if s.job_completed.job_id == f"job-{job}"]
        assert numbers == sorted(numbers)


def test_hodei_run_killed_between_commit_and_ack_is_delivered_by_flush(hodei: Hodei, tmp_path: Path) -> None:
    """hodei-run killed with SIGKILL after its event is committed and before any ack: the
    next flush delivers that event."""
    spool = tmp_path / "spool"
    with NeverAcks() as silent:
        running = hodei.start("--control-plane", silent.address, "--spool-dir", str(spool),
                              "--publish-timeout", "0", "--", "sh", "-c", "exit 5")
        wait_for(lambda: silent.received, what="the event to be sent")
        assert spool_count(spool) == 1
        os.kill(running.pid, signal.SIGKILL)
        killed = running.finish(check=False)
    assert killed.returncode == -signal.SIGKILL
    with control_plane(tmp_path) as cp:
        done = _flush(cp.address, spool)
        stored = cp.stored()
    assert done.returncode == 0, done.stderr
    assert [s.event_id for s in stored] == silent.received[:1]
    event = envelope_to_dict(stored[0])
    assert event["exit_code"] == 5
    assert event["error_code"] == "ERR_1007"


def test_ack_that_never_comes_leaves_event_spooled(hodei: Hodei, tmp_path: Path) -> None:
    """A control plane that receives the event and never acks: hodei-run gives up after the
    publish timeout with the job's own status, and the event stays in the spool."""
    spool = tmp_path / "spool"
    with NeverAcks() as silent:
        result = hodei.run("--control-plane", silent.address, "--spool-dir", str(spool),
                           "--publish-timeout", "700ms", "--", "sh", "-c", "exit 4", check=False)
    assert result.returncode == 4
    assert silent.received  # it was sent...
    assert spool_count(spool) == 1  # ...and kept, since nobody acknowledged it
    assert b"did not acknowledge the event within 0.7s" in result.stderr


def _mount_tmpfs(where: Path, options: str) -> None:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")


@pytest.mark.parametrize(("options", "reason"), [
    ("ro,size=1m", b"Read-only file system"),
    ("size=64k", b"full"),
])
def test_unusable_spool_is_said_and_leaves_exit_status(hodei: Hodei, tmp_path: Path,
                                                       options: str, reason: bytes) -> None:
    """A read-only or full spool disk: one clear line on stderr, the event file still written,
    and hodei-run exits with the job's own status."""
    mount = tmp_path / "disk"
    _mount_tmpfs(mount, options)
    try:
        if "ro" not in options.split(","):
            subprocess.run(["dd", "if=/dev/zero", f"of={mount / 'filler'}", "bs=4k"],
                           capture_output=True)
        result = hodei.run("--control-plane", "127.0.0.1:9", "--spool-dir", str(mount / "spool"),
                           "--", "sh", "-c", "exit 6", check=False)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
    assert result.returncode == 6
    assert result.event is not None
    assert result.event["exit_code"] == 6
    line = [ln for ln in result.stderr_lines if b"cannot keep the event" in ln]
    assert len(line) == 1, result.stderr
    assert reason in line[0]
    assert b"Traceback" not in result.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_events_command_lists_what_was_received(hodei: Hodei, tmp_path: Path) -> None:
    """``hodei-control-plane events`` lists each received event, newest last, as text and as
    JSON lines."""
    control = Path(HODEI_RUN).with_name("hodei-control-plane")
    with control_plane(tmp_path) as cp:
        hodei.run("--control-plane", cp.address, "--spool-dir", str(tmp_path / "s"), "--", "true")
        hodei.run("--control-plane", cp.address, "--spool-dir", str(tmp_path / "s"), "--",
                  "sh", "-c", "exit 2")
        text = subprocess.run([str(control), "events", "--control-plane", cp.address],
                              capture_output=True, env=clean_env(), timeout=30)
        lines = subprocess.run([str(control), "events", "--control-plane", cp.address, "--json"],
                               capture_output=True, env=clean_env(), timeout=30)
    assert text.returncode == 0, text.stderr
    rows = text.stdout.decode().splitlines()
    assert len(rows) == 2
    assert "JobCompleted" in rows[0]
    assert "ERR_1007" in rows[1]
    data = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [d["sequence"] for d in data] == [1, 2]
    assert [d["event_type"] for d in data] == ["JobCompleted", "JobExecutionError"]


def test_run_without_control_plane_imports_no_grpc(tmp_path: Path) -> None:
    """A run that publishes nothing never imports grpc, protobuf or SQLite (start-up stays as
    fast as before the wire existed)."""
    done = subprocess.run([sys.executable, str(PROBES / "run_without_wire_imports.py")],
                          capture_output=True, env=clean_env(), cwd=tmp_path, timeout=60)
    assert done.stdout.split() == [b"0", b"none"], done.stderr


def test_secret_never_reaches_spool_or_control_plane(hodei: Hodei, tmp_path: Path) -> None:
    """A secret the job prints and passes as an argument is masked in the spool file and in
    what the control plane stores."""
    secret = "s3cr3t-" + uuid.uuid4().hex
    (tmp_path / "token").write_text(secret + "\n")
    spool = tmp_path / "spool"
    with NeverAcks() as silent:
        held = hodei.run("--control-plane", silent.address, "--spool-dir", str(spool),
                         "--publish-timeout", "300ms", "--secret", f"API={'file:' + str(tmp_path / 'token')}",
                         "--", "sh", "-c", 'echo "$API" >&2; exit 9', secret, check=False)
    assert held.returncode == 9
    assert spool_count(spool) == 1
    with control_plane(tmp_path) as cp:
        assert _flush(cp.address, spool).returncode == 0
        stored = cp.stored()
    raw = b"".join(p.read_bytes() for p in spool.iterdir()) + stored[0].SerializeToString()
    assert secret.encode() not in raw
    assert secret.encode() not in (cp.db.read_bytes() + held.stderr)
    received = envelope_to_dict(stored[0])
    assert "***" in received["stderr_tail"]
    assert received["arguments"][-1] == "***"


def test_delivery_over_a_unix_socket(hodei: Hodei, tmp_path: Path) -> None:
    """``--control-plane unix:/path`` delivers over a unix socket, in plaintext by right."""
    socket_path = tmp_path / "cp.sock"
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    cp.address = f"unix:{socket_path}"
    cp.start()
    try:
        result = hodei.run("--control-plane", f"unix:{socket_path}", "--spool-dir",
                           str(tmp_path / "spool"), "--", "sh", "-c", "exit 1")
        stored = cp.stored()
    finally:
        cp.stop()
    assert result.returncode == 1
    assert [envelope_to_dict(s)["job_id"] for s in stored] == [result.event["job_id"]]


def test_interrupt_while_waiting_for_ack_keeps_event_and_status(hodei: Hodei, tmp_path: Path) -> None:
    """SIGINT while hodei-run waits for the control plane ends the wait at once: the event
    stays in the spool and hodei-run exits with the job's own status."""
    spool = tmp_path / "spool"
    with NeverAcks() as silent:
        running = hodei.start("--control-plane", silent.address, "--spool-dir", str(spool),
                              "--publish-timeout", "60s", "--", "sh", "-c", "exit 8")
        wait_for(lambda: silent.received, what="the event to be sent")
        os.kill(running.pid, signal.SIGINT)
        result = running.finish(timeout=30, check=False)
    assert result.returncode == 8
    assert b"stopped waiting for the control plane" in result.stderr
    assert b"SIGINT" in result.stderr
    assert spool_count(spool) == 1
