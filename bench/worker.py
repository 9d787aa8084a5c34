"""The worker daemon, measured on this machine, all in one run: jobs per second end to end,
memory and CPU with many jobs, log throughput, and the time to re-attach after ``kill -9``.
It prints figures and ratios; it asserts nothing.

    python bench/worker.py [--jobs 300] [--concurrency 16,64] [--sleepers 200] [--log-mb 200]

Everything runs for real: ``hodei-control-plane serve`` and ``hodei-worker`` as processes of
their own over loopback, jobs submitted through the admin API and counted once the control
plane has stored their end.

- jobs/s: ``--jobs`` jobs running ``true``, submitted at once, the worker taking
  ``--concurrency`` at a time (``--max-jobs``; each value given, by a worker of its own);
  beside it, the floor: the same jobs spawned by a bare asyncio loop with the same concurrency
  (no supervision, no cgroups, no network, nothing on disk); and the CPU each job cost the
  control plane, the daemon, the host (its spawner included) and the job's own process;
- memory: proportional set size (PSS) of the worker's own processes (the daemon, its
  supervisor host and the host's spawner; not the jobs), idle and with ``--sleepers`` jobs
  running ``sleep``;
- CPU: the worker's own processes' CPU while those jobs sleep, as a share of one core;
- logs: one job writing ``--log-mb`` MB, from submission until the control plane has stored all
  of it (its end comes after its last chunk);
- re-attach: ``kill -9`` of the daemon with 50 jobs running, to the restarted daemon ready with
  every job held again.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import grpc
import psutil

from hodei_worker._generated import control_plane_pb2, control_plane_pb2_grpc, jobs_pb2

BIN = Path(sys.executable).parent


class Platform:
    """A control plane and one worker, in a directory of their own."""

    def __init__(self, root: Path, max_jobs: int) -> None:
        self.root = root
        log = (root / "cp.log").open("wb")
        self.cp = subprocess.Popen([str(BIN / "hodei-control-plane"), "serve", "--listen", "127.0.0.1:0",
                                    "--db", str(root / "cp.sqlite3"), "--heartbeat-interval", "1s"],
                                   stderr=log, stdout=subprocess.DEVNULL)
        self.address = self._wait(root / "cp.log", rb"listening on (\S+) ").decode()
        self.max_jobs = max_jobs
        self.worker: subprocess.Popen[bytes] | None = None
        self.start_worker()
        self.channel = grpc.insecure_channel(self.address)
        self.admin = control_plane_pb2_grpc.ControlPlaneAdminStub(self.channel)  # type: ignore[no-untyped-call]

    @staticmethod
    def _wait(path: Path, pattern: bytes, timeout: float = 60) -> bytes:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, path.read_bytes())
            if found:
                return found.group(1)
            time.sleep(0.02)
        raise SystemExit(f"timed out waiting for {pattern!r} in {path}")

    def start_worker(self) -> None:
        with (self.root / "worker.log").open("ab") as log:
            self.worker = subprocess.Popen(
                [str(BIN / "hodei-worker"), "--control-plane", self.address, "--state-dir",
                 str(self.root / "state"), "--worker-id", "bench", "--max-jobs", str(self.max_jobs),
                 "--log-format", "json", "--log-level", "info"], stderr=log, stdout=subprocess.DEVNULL)

    def submit(self, argv: list[str]) -> str:
        spec = jobs_pb2.JobSpec(argv=jobs_pb2.Argv(args=argv))
        return str(self.admin.SubmitJob(control_plane_pb2.SubmitJobRequest(spec=spec)).job_id)

    def states(self) -> dict[str, int]:
        return {j.job_id: j.state for j in self.admin.ListJobs(control_plane_pb2.ListJobsRequest()).jobs}

    def state(self, job_id: str) -> int | None:
        jobs = self.admin.ListJobs(control_plane_pb2.ListJobsRequest(job_id=job_id)).jobs
        return jobs[0].state if jobs else None

    def wait_ended(self, ids: list[str], timeout: float = 600) -> None:
        """Returns once every job in ``ids`` has ended. Asks for the last one alone, often
        (they run in order), then for all of them once: listing every job at every look
        would cost the control plane more than the jobs do."""
        ended = {control_plane_pb2.JOB_STATE_SUCCEEDED, control_plane_pb2.JOB_STATE_FAILED,
                 control_plane_pb2.JOB_STATE_CANCELLED}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.state(ids[-1]) in ended:
                states = self.states()
                if all(states.get(i) in ended for i in ids):
                    return
            time.sleep(0.02)
        raise SystemExit("jobs did not end in time")

    def own_processes(self) -> list[psutil.Process]:
        """The daemon, its supervisor hosts and their spawners (not the jobs)."""
        assert self.worker is not None
        daemon = psutil.Process(self.worker.pid)
        found = [daemon]
        hosts = str(self.root / "state" / "hosts")
        for proc in psutil.process_iter(["cmdline"]):
            cmdline = proc.info["cmdline"] or ()
            if "hodei_worker.host" in cmdline and hosts in cmdline:
                found.append(proc)  # this worker's hosts, not another's on the machine
                with contextlib.suppress(psutil.Error):
                    found += [c for c in proc.children() if "serve" in c.cmdline()]
        return found

    def stop(self) -> None:
        for proc in (self.worker, self.cp):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                time.sleep(0.2)  # two at once would be one: pending signals coalesce
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
        self.channel.close()


def pss_mib(procs: list[psutil.Process]) -> float:
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_full_info().pss
    return total / 2**20


def cpu_parts(platform: Platform) -> dict[str, float]:
    """CPU seconds so far of the control plane, the daemon, the hosts (their spawners
    included), and the jobs the hosts have reaped (their children's time)."""
    parts = {"control plane": 0.0, "daemon": 0.0, "host": 0.0, "jobs": 0.0}
    assert platform.worker is not None
    for proc in platform.own_processes():
        with contextlib.suppress(psutil.Error):
            times = proc.cpu_times()
            if proc.pid == platform.worker.pid:
                parts["daemon"] += times.user + times.system
            elif "serve" in proc.cmdline():
                parts["host"] += times.user + times.system
            else:
                parts["host"] += times.user + times.system
                parts["jobs"] += times.children_user + times.children_system
    with contextlib.suppress(psutil.Error):
        times = psutil.Process(platform.cp.pid).cpu_times()
        parts["control plane"] += times.user + times.system
    return parts


def cpu_s(procs: list[psutil.Process]) -> float:
    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


async def _floor(n: int, concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with gate:
            proc = await asyncio.create_subprocess_exec("true")
            await proc.wait()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return n / (time.perf_counter() - start)


def short_jobs(platform: Platform, jobs: int, results: dict[str, float], key: str) -> None:
    """Runs ``jobs`` jobs of ``true`` end to end: jobs/s and CPU per job under ``key``."""
    start = time.perf_counter()
    before = cpu_parts(platform)
    ids = [platform.submit(["true"]) for _ in range(jobs)]
    platform.wait_ended(ids)
    results[f"jobs_per_s:{key}"] = jobs / (time.perf_counter() - start)
    after = cpu_parts(platform)
    for part in before:
        results[f"ms_per_job:{key}:{part}"] = (after[part] - before[part]) / jobs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=300)
    parser.add_argument("--concurrency", default="16,64",
                        help="the worker's --max-jobs for the short jobs, comma-separated")
    parser.add_argument("--sleepers", type=int, default=200)
    parser.add_argument("--log-mb", type=int, default=200)
    args = parser.parse_args()
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hodei-bench-worker-") as tmp:
        root = Path(tmp)
        (root / "a").mkdir()
        platform = Platform(root / "a", concurrencies[0])
        try:
            time.sleep(2)
            results["idle_pss"] = pss_mib(platform.own_processes())
            short_jobs(platform, args.jobs, results, str(concurrencies[0]))
            size = args.log_mb * 1_000_000
            start = time.perf_counter()
            log_job = platform.submit(["sh", "-c", f"yes hodei-bench-log-line | head -c {size}"])
            platform.wait_ended([log_job])
            elapsed = time.perf_counter() - start
            with sqlite3.connect(root / "a" / "cp.sqlite3") as db:
                stored = db.execute("SELECT sum(length(data)) FROM logs WHERE job_id = ?", (log_job,)).fetchone()[0]
            results["log_mb_per_s"] = (stored or 0) / 1e6 / elapsed
            results["log_stored_mb"] = (stored or 0) / 1e6
        finally:
            platform.stop()
        for concurrency in concurrencies[1:]:
            (root / f"c{concurrency}").mkdir()
            platform = Platform(root / f"c{concurrency}", concurrency)
            try:
                time.sleep(2)
                short_jobs(platform, args.jobs, results, str(concurrency))
            finally:
                platform.stop()
        for concurrency in concurrencies:
            results[f"floor_per_s:{concurrency}"] = asyncio.run(_floor(args.jobs, concurrency))
        (root / "b").mkdir()
        platform = Platform(root / "b", args.sleepers)
        try:
            time.sleep(2)
            idle = pss_mib(platform.own_processes())
            ids = [platform.submit(["sleep", "600"]) for _ in range(args.sleepers)]
            deadline = time.monotonic() + 300
            while sum(1 for s in platform.states().values() if s == control_plane_pb2.JOB_STATE_RUNNING) < args.sleepers:
                if time.monotonic() > deadline:
                    raise SystemExit("the sleepers did not all start")
                time.sleep(0.2)
            time.sleep(2)
            procs = platform.own_processes()
            busy = pss_mib(procs)
            results["busy_pss"] = busy
            results["per_job_pss"] = (busy - idle) / args.sleepers
            before, t0 = cpu_s(procs), time.perf_counter()
            time.sleep(10)
            results["cpu_share"] = (cpu_s(platform.own_processes()) - before) / (time.perf_counter() - t0)
            # Re-attach: kill -9 the daemon with the sleepers running, time the new one's ready.
            assert platform.worker is not None
            held = len(ids)
            start = time.perf_counter()
            platform.worker.send_signal(signal.SIGKILL)
            platform.worker.wait()
            mark = (root / "b" / "worker.log").stat().st_size
            platform.start_worker()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                lines = (root / "b" / "worker.log").read_bytes()[mark:].splitlines()
                ready = [json.loads(line) for line in lines if b'"worker.ready"' in line]
                if ready:
                    break
                time.sleep(0.01)
            results["reattach_s"] = time.perf_counter() - start
            results["reattached"] = float(ready[0]["held"]) if ready else 0.0
            results["held"] = float(held)
            for job_id in ids:
                platform.admin.CancelJob(control_plane_pb2.CancelJobRequest(job_id=job_id))
        finally:
            platform.stop()
    r = results
    print(f"{'worker daemon (2-core machine)':<64} {'figure':>12}  target")
    for c in concurrencies:
        rate, floor = r[f"jobs_per_s:{c}"], r[f"floor_per_s:{c}"]
        print(f"{f'short jobs (true) end to end, --max-jobs {c}':<64} {rate:>9.1f}/s  >= 200/s")
        print(f"{'  floor: bare asyncio spawn, same concurrency':<64} {floor:>9.1f}/s  ({rate / floor:.2f}x of it)")
        costs = {k.rsplit(":", 1)[1]: v for k, v in r.items() if k.startswith(f"ms_per_job:{c}:")}
        shares = ", ".join(f"{part} {ms:.1f}" for part, ms in costs.items())
        print(f"{'  CPU per job, ms: ' + shares:<64} {sum(costs.values()):>8.1f} ms  (2 cores: 10 ms for 200/s)")
    print(f"{'PSS of the worker idle (daemon + host)':<64} {r['idle_pss']:>8.1f} MiB  <= 60 MiB")
    print(f"{f'PSS with {args.sleepers} sleeping jobs (daemon, host, spawner)':<64} {r['busy_pss']:>8.1f} MiB")
    print(f"{'  per running job':<64} {r['per_job_pss']:>8.2f} MiB  <= 3 MiB")
    print(f"{f'CPU of the worker while {args.sleepers} jobs sleep':<64} {100 * r['cpu_share']:>9.2f} %  <= 2% of a core")
    print(f"{f'logs: one job writing {args.log_mb} MB, stored by the control plane':<64} {r['log_mb_per_s']:>7.1f} MB/s  >= 100 MB/s")
    print(f"{'  bytes stored':<64} {r['log_stored_mb']:>8.1f} MB")
    print(f"{'kill -9 of the daemon to its successor ready, all jobs held':<64} {r['reattach_s']:>10.2f} s  ({int(r['reattached'])}/{int(r['held'])} held)")


if __name__ == "__main__":
    main()
