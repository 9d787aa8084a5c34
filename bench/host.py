"""The supervisor host (``supervise.Supervisions``), measured on this machine, all in one run:
short jobs per second and CPU per job through one host, beside a bare spawn of the same jobs
and one hodei-run process per job; and the host's memory per sleeping job. It prints figures
and ratios; it asserts nothing.

    python bench/host.py [--jobs 300] [--concurrency 16] [--sleepers 200]

Jobs run ``true``; the host gives each its cgroups, supervision and observation, as hodei-run
does (the event is not written: that is the caller's). The host runs in this process, which it
makes a subreaper; CPU is this process's own plus its children's (the jobs, and the host's
spawner, reaped at the end), per job; memory counts the spawner with the host.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from hodei_worker.supervise import Launch, Supervisions
from hodei_worker.supervise._reaper import become_subreaper
from hodei_worker.supervise._wait import Waiter

HODEI = shutil.which("hodei-run") or str(Path(sys.executable).with_name("hodei-run"))


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(run: Callable[[], None], jobs: int) -> tuple[float, float]:
    """(jobs per second, CPU ms per job) of ``run()``."""
    cpu, start = _cpu(), time.perf_counter()
    run()
    wall = time.perf_counter() - start
    return jobs / wall, (_cpu() - cpu) / jobs * 1000


def bare(jobs: int, concurrency: int) -> None:
    """The floor: ``true`` spawned ``concurrency`` at a time, nothing else."""
    running: list[subprocess.Popen[bytes]] = []
    for _ in range(jobs):
        if len(running) >= concurrency:
            running.pop(0).wait()
        running.append(subprocess.Popen(["true"]))
    for proc in running:
        proc.wait()


def per_process(jobs: int, concurrency: int) -> None:
    """One ``hodei-run --quiet -- true`` process per job, ``concurrency`` at a time."""
    running: list[subprocess.Popen[bytes]] = []
    for _ in range(jobs):
        if len(running) >= concurrency:
            running.pop(0).wait()
        running.append(subprocess.Popen([HODEI, "--quiet", "--", "true"]))
    for proc in running:
        proc.wait()


def _spec(name: str, argv: tuple[str, ...]) -> Launch:
    return Launch(argv, dict(os.environ), name, own_all_descendants=False, foreground_tty=False,
                   sweep_stale=False)


def hosted(jobs: int, concurrency: int, work: Path) -> None:
    """The same jobs through one host, ``concurrency`` supervised at a time."""
    host = Supervisions()
    out = os.open(work / "out", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    err = os.open(work / "err", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    started = ended = 0
    try:
        with Waiter((signal.SIGCHLD,)) as waiter:
            while ended < jobs:
                while started < jobs and len(host) < concurrency:
                    host.start(f"j{started}", _spec(f"hodei-bench-{os.getpid()}-{started}", ("true",)), out, err)
                    started += 1
                ended += len(host.run_once(waiter))
    finally:
        _close(host)
        os.close(out)
        os.close(err)


def _close(host: Supervisions) -> None:
    """Ends the host and reaps its spawner, whose CPU then counts as this process's
    children's."""
    spawner = host.spawner.pid
    host.close()
    if spawner is not None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(spawner, 0)


def memory(sleepers: int, work: Path) -> tuple[float, float, float]:
    """(PSS idle, PSS with ``sleepers`` jobs running ``sleep``, this process's CPU share while
    they sleep): the host's own, not the jobs'."""
    me = psutil.Process()
    host = Supervisions()
    out = os.open(work / "sleep.out", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with Waiter((signal.SIGCHLD,)) as waiter:
            host.run_once(waiter, time.monotonic())
            idle = me.memory_full_info().pss / 2**20
            for i in range(sleepers):
                host.start(f"s{i}", _spec(f"hodei-bench-{os.getpid()}-s{i}", ("sleep", "600")), out, out)
            settle = time.monotonic() + 3
            while time.monotonic() < settle:
                host.run_once(waiter, settle)
            busy = me.memory_full_info().pss / 2**20
            if host.spawner.pid is not None:  # the host's own too
                busy += psutil.Process(host.spawner.pid).memory_full_info().pss / 2**20
            before, start = me.cpu_times(), time.monotonic()
            while time.monotonic() < start + 5:
                host.run_once(waiter, start + 5)
            after = me.cpu_times()
            share = ((after.user + after.system) - (before.user + before.system)) / 5 * 100
            for i in range(sleepers):
                host.signal(f"s{i}")
            while len(host):
                host.run_once(waiter)
    finally:
        _close(host)
        os.close(out)
    return idle, busy, share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--sleepers", type=int, default=200)
    args = parser.parse_args()
    become_subreaper()
    print(f"python: {sys.version.split()[0]}, cores: {os.cpu_count()}; {args.jobs} jobs running `true`,"
          f" {args.concurrency} at a time")
    with tempfile.TemporaryDirectory(prefix="hodei-bench-host-") as tmp:
        work = Path(tmp)
        rows = [("bare spawn (subprocess), nothing else", _measure(lambda: bare(args.jobs, args.concurrency), args.jobs)),
                ("one host supervising them (cgroups, observation)",
                 _measure(lambda: hosted(args.jobs, args.concurrency, work), args.jobs)),
                ("one hodei-run process per job", _measure(lambda: per_process(args.jobs, args.concurrency), args.jobs))]
        floor = rows[0][1][0]
        for name, (rate, cpu) in rows:
            print(f"  {name:<52} {rate:8.1f} jobs/s ({rate / floor:.2f}x)  {cpu:6.2f} ms CPU per job")
        idle, busy, share = memory(args.sleepers, work)
        print(f"  host PSS idle {idle:.1f} MiB; with {args.sleepers} sleeping jobs {busy:.1f} MiB:"
              f" {(busy - idle) / args.sleepers * 1024:.0f} KiB per job; its CPU while they sleep {share:.2f}% of a core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
