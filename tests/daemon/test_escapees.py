"""A job's escapees where cgroups are not to be had: a real ``hodei-worker`` in a mount
namespace of its own where ``/sys/fs/cgroup`` is a read-only bind (nothing under it can be made),
its real host and jobs, a scripted control plane (``worker_peer.Peer``) on loopback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from conftest import wait_for
from worker_peer import Daemon, Peer

from hodei_worker._generated import events_pb2
from hodei_worker.daemon._jobdir import JobDir, Spares

_NO_CGROUPS = ("mount --bind /sys/fs/cgroup /sys/fs/cgroup && "
               "mount -o remount,ro,bind /sys/fs/cgroup && exec \"$@\"")
"""Run by ``sh -c`` in a new mount namespace: ``/sys/fs/cgroup`` covered by a read-only bind
of itself (the hierarchies under it hidden), then the command given."""


def _without_cgroups() -> list[str]:
    """The wrapper that runs a command where no cgroup can be made; skips without root or a
    working ``unshare --mount``."""
    if os.geteuid() != 0:
        pytest.skip("needs root for unshare --mount and mount")
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs unshare (util-linux)")
    wrapper = [unshare, "--mount", "--propagation", "private", "sh", "-c", _NO_CGROUPS, "sh"]
    probe = subprocess.run([*wrapper, "sh", "-c", "! mkdir /sys/fs/cgroup/hodei-probe"],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"cannot make /sys/fs/cgroup read-only in a mount namespace: {probe.stderr!r}")
    return wrapper


@pytest.fixture
def marker() -> Iterator[str]:
    """A unique word for this test's job processes; any still running at the end are killed."""
    word = f"hodei-escapee-test-{uuid.uuid4().hex[:10]}"
    yield word
    for proc in _marked(word):
        proc.kill()


def _marked(word: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        if any(word in part for part in proc.info["cmdline"] or ()):
            found.append(proc)
    return found


def test_an_escapee_is_stopped_at_its_jobs_end_and_never_writes_into_a_later_job(
        tmp_path: Path, peer: Peer, marker: str) -> None:
    """Without cgroups, a process that left the job's tree and session (``setsid`` and a
    double fork) is found by the job's mark at the job's end, stopped and counted before the
    job is reported; the next job, in the first one's recycled directory, writes alone."""
    escapee = tmp_path / "escape.sh"
    escapee.write_text(f"sleep 2; echo LEAK-{marker}\n"
                       f"exec {sys.executable} -c 'import time; time.sleep(1000)' {marker}\n")
    worker = Daemon(tmp_path, peer.address)
    worker.args = [*_without_cgroups(), *worker.args]
    worker.start()
    try:
        peer.wait_connected()
        peer.run("first", shell=f"(setsid sh {escapee} {marker} &); echo first")
        first = peer.wait_ended("first")
        assert isinstance(first, events_pb2.JobCompleted)
        assert first.leftovers_stopped >= 1
        assert not _marked(marker)  # stopped before the job was reported
        jobs = worker.state / "jobs"
        wait_for(lambda: not any(jobs.iterdir()), what="the first job's directory to be recycled")
        peer.run("second", shell="sleep 3; echo second")
        assert isinstance(peer.wait_ended("second"), events_pb2.JobCompleted)
        assert peer.output("second") == b"second\n"
        assert peer.output("first") == b"first\n"
    finally:
        worker.stop()


def test_a_recycled_directory_has_new_output_files(tmp_path: Path) -> None:
    """A spare's output files are new ones: a process still holding the earlier job's open
    writes into no later job's output."""
    spares = Spares(tmp_path / "spare")
    job = JobDir.create(tmp_path / "jobs", "earlier", b"spec")
    with open(job.stdout, "ab") as held:
        held.write(b"earlier\n")
        held.flush()
        assert spares.give(job)
        later = JobDir.create(tmp_path / "jobs", "later", b"spec", spares=spares)
        held.write(b"late write of the earlier job\n")
        held.flush()
    assert later.stdout.read_bytes() == b""
