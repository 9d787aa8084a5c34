"""``hodei-worker agent`` measured on this machine against the stand-in platform server
(tests/agent/standin.py). It prints figures; it asserts nothing.

    python bench/agent.py [--lines 1000000] [--runs 5]

Everything runs for real over loopback: the stand-in serves WorkerAgentService in this process,
and each agent is a process of its own started as the platform starts a worker container.

- registered: from starting the agent's process to the stand-in holding its registration
  (median and range of ``--runs`` agents);
- log lines/s: one job printing ``--lines`` lines (``seq``), from submitting the job to the
  stand-in holding its result (which comes after its last line), every line checked;
- PSS: proportional set size of the agent's own processes (the agent and its supervisor host,
  not the job) while the job sleeps.

Beside each, the same for this project's own daemon (``hodei-worker`` with the reference
control plane, as bench/worker.py runs them): start to ready, the same job's lines stored by
the control plane, and the daemon's and its host's PSS while a job sleeps.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "agent"))
from standin import StandIn, agent_env, serve  # noqa: E402

from hodei_worker._generated import worker_agent_pb2 as pb  # noqa: E402

BIN = Path(sys.executable).parent


def start_agent(standin: StandIn, port: int, state: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    worker_id, token = standin.issue_token()
    full = {k: v for k, v in os.environ.items() if not k.startswith("HODEI_")}
    full.update(agent_env(port, worker_id, token))
    full.update(env or {})
    proc = subprocess.Popen([str(BIN / "hodei-worker"), "agent", "--state-dir", str(state),
                             "--log-level", "warning"], env=full, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, worker_id


def registered_times(standin: StandIn, port: int, root: Path, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        started = time.perf_counter()
        proc, worker_id = start_agent(standin, port, root / f"reg-{i}", {"HODEI_CLEANUP_TIMEOUT_MS": "1"})
        standin.wait(lambda w=worker_id: standin.workers[w].registrations > 0, 60)
        times.append(time.perf_counter() - started)
        proc.wait(60)
    return times


def shell(*argv: str) -> pb.RunJobCommand:
    command = pb.RunJobCommand()
    command.command.shell.cmd = argv[0]
    command.command.shell.args.extend(argv[1:])
    return command


def log_rate(standin: StandIn, port: int, root: Path, lines: int) -> tuple[float, float]:
    proc, worker_id = start_agent(standin, port, root / "logs")
    standin.wait(lambda: standin.workers[worker_id].registrations > 0, 60)
    started = time.perf_counter()
    job_id = standin.submit(worker_id, shell("seq", "1", str(lines)))
    standin.wait(lambda: standin.jobs[job_id].result is not None, 600)
    elapsed = time.perf_counter() - started
    proc.wait(60)
    got = standin.jobs[job_id].text()
    if got != [str(i) for i in range(1, lines + 1)]:
        print(f"WARNING: {len(got)} lines arrived of {lines}")
    size = sum(len(line) + 1 for line in got)
    return lines / elapsed, size / elapsed / 1e6


def pss(standin: StandIn, port: int, root: Path) -> int:
    proc, worker_id = start_agent(standin, port, root / "pss", {"HODEI_WORKER_MODE": "persistent"})
    job_id = standin.submit(worker_id, shell("sh", "-c", "echo up; exec sleep 300"))
    standin.wait(lambda: "up" in standin.jobs[job_id].text(), 60)
    agent = psutil.Process(proc.pid)
    ours = [agent, *(p for p in agent.children(recursive=True) if p.name() not in ("sleep", "sh"))]
    total = 0
    for process in ours:
        with contextlib.suppress(psutil.Error):
            total += process.memory_full_info().pss
    proc.send_signal(signal.SIGTERM)
    standin.cancel(job_id)
    proc.wait(60)
    return total


def daemon_figures(lines: int, runs: int) -> tuple[list[float], float, float]:
    """Our own daemon's start-to-ready times, log lines/s of the same job, and PSS (MiB) of
    the daemon and its host while a job sleeps."""
    from worker import Platform, pss_mib  # bench/worker.py, beside this file

    from hodei_worker._generated import control_plane_pb2

    ready: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        platform = Platform(Path(tmp), max_jobs=4)
        try:
            platform._wait(Path(tmp) / "worker.log", rb'"event": "(worker.ready)"')
            for _ in range(runs):
                assert platform.worker is not None
                platform.worker.send_signal(signal.SIGTERM)
                platform.worker.wait(60)
                (Path(tmp) / "worker.log").write_bytes(b"")
                started = time.perf_counter()
                platform.start_worker()
                platform._wait(Path(tmp) / "worker.log", rb'"event": "(worker.ready)"')
                ready.append(time.perf_counter() - started)
            started = time.perf_counter()
            platform.wait_ended([platform.submit(["seq", "1", str(lines)])])
            rate = lines / (time.perf_counter() - started)
            sleeper = platform.submit(["sh", "-c", "exec sleep 300"])
            deadline = time.monotonic() + 60
            while platform.state(sleeper) != control_plane_pb2.JOB_STATE_RUNNING and time.monotonic() < deadline:
                time.sleep(0.05)
            memory = pss_mib(platform.own_processes())
        finally:
            platform.stop()
    return ready, rate, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    standin = StandIn()
    server, port = serve(standin)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            times = registered_times(standin, port, root, args.runs)
            print(f"start to registered: median {statistics.median(times) * 1000:.0f} ms "
                  f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; {args.runs} runs)")
            rate, mb = log_rate(standin, port, root, args.lines)
            print(f"log lines: {rate:,.0f} lines/s ({mb:.1f} MB/s) for {args.lines:,} lines from one job")
            print(f"PSS of the agent and its host with one job running: {pss(standin, port, root) / 2**20:.1f} MiB")
        ready, rate, memory = daemon_figures(args.lines, args.runs)
        print("beside them, this project's own daemon (hodei-worker and the reference control plane):")
        print(f"  start to ready: median {statistics.median(ready) * 1000:.0f} ms "
              f"(min {min(ready) * 1000:.0f}, max {max(ready) * 1000:.0f}; {args.runs} runs)")
        print(f"  log lines: {rate:,.0f} lines/s for the same job, stored by the control plane")
        print(f"  PSS of the daemon and its host with one job running: {memory:.1f} MiB")
    finally:
        server.stop(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
