"""The worker daemon killed while it hands jobs over, and a daemon that stops reading its host:
a real ``hodei-worker``, its real host and jobs, ``kill -9`` and SIGSTOP for real, a scripted
control plane (``worker_peer.Peer``) on loopback. Seeded and bounded: the kill points come from
a fixed seed, the rounds and jobs are few."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

from conftest import wait_for
from worker_peer import Daemon, Peer

from hodei_worker._generated import events_pb2
from hodei_worker.host import SPAWNING, parse

SEED = 20261207
ROUNDS = 4
JOBS_PER_ROUND = 60
KILLS_PER_ROUND = 2


def _any_event(peer: Peer, job_id: str) -> bool:
    with peer._lock:
        found = [peer.events[i] for i in peer.arrivals]
    return any(getattr(e, e.WhichOneof("event")).job_id == job_id for e in found
               if e.WhichOneof("event"))


def _handed_over(jobs: Path) -> int:
    """How many job directories under ``jobs`` have a hand-over mark (read, never changed)."""
    count = 0
    for journal in jobs.glob("*/job"):
        try:
            count += any(kind == SPAWNING for kind, _ in parse(journal.read_bytes()))
        except OSError:
            continue
    return count


def test_kill_9_during_dispatch_runs_every_job_exactly_once(tmp_path: Path, peer: Peer) -> None:
    """Bursts of jobs, the daemon killed (``kill -9``) at random points while it hands them to
    its host and restarted at once: every job runs exactly once (its marker file has one line)
    and is reported once, completed; none is reported lost (ERR_1008) for never having run."""
    rng = random.Random(SEED)
    runs = tmp_path / "runs"
    runs.mkdir()
    worker = Daemon(tmp_path, peer.address, "--max-jobs", "400").start()
    jobs: list[str] = []
    try:
        for round_ in range(ROUNDS):
            peer.wait_connected(len(peer.hellos) or 1)
            batch = [f"churn-{round_}-{i}" for i in range(JOBS_PER_ROUND)]
            jobs += batch
            for job_id in batch:
                peer.run(job_id, shell=f"echo ran >> {runs / job_id}")
            for _ in range(KILLS_PER_ROUND):
                time.sleep(rng.uniform(0.1, 0.9))
                seen = len(peer.hellos)
                worker.signal(signal.SIGKILL)
                worker.wait()
                worker.start()
                peer.wait_connected(seen + 1)
        # What never reached a daemon (lost on a session that died) is sent again, as a
        # control plane does: a job the last daemon holds, or that has any event, is not.
        held = set(peer.hellos[-1].held_job_ids)
        for job_id in jobs:
            if job_id not in held and not _any_event(peer, job_id):
                peer.run(job_id, shell=f"echo ran >> {runs / job_id}")
        for job_id in jobs:
            ended = peer.wait_ended(job_id, timeout=120)
            ran = (runs / job_id).read_text().count("ran") if (runs / job_id).exists() else 0
            assert (isinstance(ended, events_pb2.JobCompleted), ran) == (True, 1), (job_id, ended)
    finally:
        worker.stop()


def test_a_stopped_daemon_gets_every_jobs_true_outcome(tmp_path: Path, peer: Peer) -> None:
    """The daemon stopped (SIGSTOP) for seconds while its host starts and ends hundreds of
    jobs (more news than a socket's buffer holds): once it goes on, every job, long sleepers
    included, ends with its own outcome; none is killed or reported lost."""
    worker = Daemon(tmp_path, peer.address, "--max-jobs", "400").start()
    quick = [f"quick-{i}" for i in range(300)]
    sleepers = [f"sleeper-{i}" for i in range(30)]
    try:
        peer.wait_connected()
        for job_id in sleepers:
            peer.run(job_id, "sleep", "10")
        for job_id in quick:
            peer.run(job_id, "sleep", "1")
        jobs = worker.state / "jobs"
        wait_for(lambda: _handed_over(jobs) == len(quick) + len(sleepers), timeout=60,
                 what="every job handed to the host")
        worker.signal(signal.SIGSTOP)
        try:
            time.sleep(5)  # the jobs start and the quick ones end meanwhile
        finally:
            worker.signal(signal.SIGCONT)
        for job_id in quick + sleepers:
            ended = peer.wait_ended(job_id, timeout=60)
            assert isinstance(ended, events_pb2.JobCompleted), (job_id, ended)
    finally:
        worker.signal(signal.SIGCONT)
        worker.stop()
