"""The worker daemon on a state directory that fills up: a real ``hodei-worker`` whose state
directory is a small tmpfs mounted by the test, its real host and jobs, a scripted control
plane (``worker_peer.Peer``) on loopback."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import wait_for
from worker_peer import Daemon, Peer

from hodei_worker._generated import events_pb2


@pytest.fixture
def small_state(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path/state`` as a 64 MiB tmpfs of its own; skips without root or mount."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    if shutil.which("mount") is None:
        pytest.skip("needs mount (util-linux)")
    state = tmp_path / "state"
    state.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m,mode=0700", "tmpfs", str(state)],
                          capture_output=True, timeout=30)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr!r}")
    try:
        yield state
    finally:
        subprocess.run(["umount", "-l", str(state)], capture_output=True, timeout=30)


def _fill(path: Path) -> None:
    """Writes ``path`` until the file system has no room left."""
    for size in (1024 * 1024, 4096):
        with open(path, "ab", buffering=0) as fh:
            try:
                while fh.write(b"\0" * size):
                    pass
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise


def test_output_past_the_log_limit_is_not_written_and_the_job_goes_on(
        small_state: Path, peer: Peer) -> None:
    """A job writing 200 MB to a worker with a 1 MiB log limit on a 64 MiB state directory:
    its output file never holds more than the limit, the job runs to its own end, what went
    past the limit is reported, and the daemon goes on running jobs."""
    worker = Daemon(small_state.parent, peer.address, "--log-limit", "1M").start()
    try:
        peer.wait_connected()
        peer.run("flood", shell="head -c 200000000 /dev/zero | tr '\\0' x; echo done >&2")
        ended = peer.wait_ended("flood", timeout=120)
        assert isinstance(ended, events_pb2.JobCompleted), ended
        assert peer.output("flood") == b"x" * 1024 * 1024
        assert peer.output("flood", events_pb2.LOG_STREAM_STDERR) == b"done\n"
        overflow = wait_for(lambda: peer.of("flood", "log_overflow"), what="the overflow report")
        assert overflow[0].dropped_bytes == 200_000_000 - 1024 * 1024
        peer.run("next", shell="echo fine")
        assert isinstance(peer.wait_ended("next"), events_pb2.JobCompleted)
        assert worker.proc is not None
        assert worker.proc.poll() is None
    finally:
        worker.stop()


def test_a_full_state_directory_refuses_new_jobs_reports_held_ones_and_recovers(
        small_state: Path, peer: Peer) -> None:
    """The state directory fills up while a job runs: the daemon stays up, refuses a new job
    with ERR_2001 saying why, reports the running job's end while the disk is still full, and
    once room is back runs jobs again by itself."""
    worker = Daemon(small_state.parent, peer.address, "--log-limit", "1M").start()
    ballast = small_state / "ballast"
    try:
        peer.wait_connected()
        peer.run("held", shell="echo start; sleep 3; echo end")
        wait_for(lambda: peer.output("held") == b"start\n", what="the held job's first line")
        _fill(ballast)
        peer.run("refused", shell="echo never")
        rejected = wait_for(lambda: peer.of("refused", "job_rejected"), timeout=30,
                            what="the refusal")
        assert rejected[0].error_code == 2001
        assert "state directory" in rejected[0].reason
        held = peer.wait_ended("held", timeout=30)
        assert isinstance(held, events_pb2.JobCompleted), held
        assert worker.proc is not None
        assert worker.proc.poll() is None
        ballast.unlink()
        peer.run("after", shell="echo after")
        assert isinstance(peer.wait_ended("after", timeout=30), events_pb2.JobCompleted)
        assert peer.output("after") == b"after\n"
        assert peer.of("refused", "job_started") == []
        assert worker.proc.poll() is None
    finally:
        worker.stop()


def test_a_daemon_restarted_on_a_full_state_directory_stays_and_reports_what_it_holds(
        small_state: Path, peer: Peer) -> None:
    """``kill -9`` of the daemon while its state directory is full, and a restart at once: the
    new daemon stays up (no crash, no restart loop), reports its running job's end once while
    the disk is still full, and once room is back runs jobs again."""
    worker = Daemon(small_state.parent, peer.address, "--log-limit", "1M").start()
    ballasts = [small_state / "ballast", small_state / "ballast-2"]
    try:
        peer.wait_connected()
        peer.run("held", shell="echo start; sleep 2; echo end")
        wait_for(lambda: peer.output("held") == b"start\n", what="the held job's first line")
        _fill(ballasts[0])
        worker.signal(signal.SIGKILL)
        worker.wait()
        _fill(ballasts[1])  # whatever room the killed daemon had freed
        worker.start()
        held = peer.wait_ended("held", timeout=60)
        assert isinstance(held, events_pb2.JobCompleted), held
        assert worker.proc is not None
        assert worker.proc.poll() is None
        for ballast in ballasts:
            ballast.unlink()
        peer.run("after", shell="echo after")
        assert isinstance(peer.wait_ended("after", timeout=30), events_pb2.JobCompleted)
        assert len(peer.of("held", "job_completed")) == 1
        assert worker.proc.poll() is None
    finally:
        worker.stop()
