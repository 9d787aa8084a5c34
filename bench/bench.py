"""Side-by-side benchmark of hodei-run against tini, dumb-init, GNU timeout, a bare Python spawn
and direct execution, in one run on one machine. It prints medians and ratios; it asserts nothing.

    python bench/bench.py [--rounds 30] [--gib 0.25] [--idle 10] [--json bench/results/latest.json]

Startup: the wall time of running `true` through each wrapper, interleaved round by round so a
noisy neighbour hits every contender alike. Relay: text (`yes`), zeros, random bytes and many
100-byte writes through stdout, into a pipe read by `cat` and into a file, direct and through
hodei-run with masking off (stdout passed straight through), one 8-byte secret, one 100 KB secret
and 100 secrets (hodei-run relays and masks every byte). Idle cost: hodei-run's own CPU time and
peak RSS while it supervises `sleep`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HODEI = shutil.which("hodei-run") or str(Path(sys.executable).with_name("hodei-run"))
PY = sys.executable


def _wall(argv: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


STARTUP_TARGET = 3.0
"""hodei-run's start-up may take at most this many times a bare Python spawn's."""
STARTUP_AIM = 1.5


def startup(rounds: int) -> dict[str, float]:
    """Median wall time of running `true` through each contender, interleaved round by round.

    Python contenders run without PYTHONDONTWRITEBYTECODE (else a source install compiles its
    modules on every start), as an installed hodei-run would."""
    contenders: dict[str, list[str]] = {
        "direct": ["true"],
        "python-spawn": [PY, "-c", "import subprocess; subprocess.call(['true'])"],
        "timeout": ["timeout", "60", "true"],
        "tini": ["tini", "-s", "--", "true"],
        "dumb-init": ["dumb-init", "true"],
        "hodei-run": [HODEI, "--quiet", "--", "true"],
        "hodei-run --cgroup off": [HODEI, "--quiet", "--cgroup", "off", "--", "true"],
    }
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    available = {k: v for k, v in contenders.items() if shutil.which(v[0])}
    for name in contenders.keys() - available.keys():
        print(f"  (skipping {name}: {contenders[name][0]} is not installed)")
    times: dict[str, list[float]] = {k: [] for k in available}
    for argv in available.values():  # warm the page cache and bytecode caches
        _wall(argv, env)
    for _ in range(rounds):
        for name, argv in available.items():
            times[name].append(_wall(argv, env))
    return {k: statistics.median(v) for k, v in times.items()}


def print_startup(st: dict[str, float]) -> None:
    base, direct = st.get("python-spawn"), st.get("direct")
    print(f"  {'':<24} {'median':>9}   {'vs python-spawn':>15}   {'vs direct':>10}")
    for name, t in st.items():
        ratio = f"{t / base:14.2f}x" if base else f"{'':>15}"
        vs_direct = f"{t / direct:9.1f}x" if direct else ""
        print(f"  {name:<24} {t * 1000:6.1f} ms   {ratio}   {vs_direct}")
    if base and "hodei-run" in st:
        ratio = st["hodei-run"] / base
        verdict = ("met" if ratio <= STARTUP_TARGET else
                   f"missed by {(st['hodei-run'] - STARTUP_TARGET * base) * 1000:.1f} ms")
        print(f"  target: hodei-run <= {STARTUP_TARGET:g}x python-spawn "
              f"({STARTUP_TARGET * base * 1000:.1f} ms): {verdict}; aim {STARTUP_AIM:g}x "
              f"({STARTUP_AIM * base * 1000:.1f} ms): "
              f"{'met' if ratio <= STARTUP_AIM else 'not met'}")


_LINE = "a line of job output, 0123456789 abcdefghijklmnopqrstuvwxyz"
_SMALL_WRITES = ("import os, sys\n"
                 "line, count = b'x' * 99 + b'\\n', int(sys.argv[1]) // 100\n"
                 "for _ in range(count):\n"
                 "    os.write(1, line)\n")


def _producers(size: int, work: Path) -> dict[str, tuple[str, int]]:
    """Data name -> (shell command writing it to stdout, bytes written)."""
    random_file = work / "random.bin"
    with random_file.open("wb") as fh:
        for _ in range(size // (1 << 20)):
            fh.write(os.urandom(1 << 20))
    small = size // 8  # one write(2) per 100 bytes: a much smaller amount keeps it short
    return {
        "text (yes)": (f"yes '{_LINE}' | head -c {size}", size),
        "zeros": (f"head -c {size} /dev/zero", size),
        "random bytes": (f"cat {random_file}", random_file.stat().st_size),
        "100-byte writes": (f"{PY} -c {shlex.quote(_SMALL_WRITES)} {small}", small // 100 * 100),
    }


def _secret_sets(work: Path) -> dict[str, list[str]]:
    """Masking mode -> hodei-run's secret options (values never in the produced data)."""
    def secret_file(name: str, length: int) -> str:
        path = work / name
        path.write_bytes(bytes(random.Random(name).choice(b"QWJKVXZ#@%&") for _ in range(length)))
        return str(path)

    many = [f"--secret=S{i}=file:{secret_file(f's{i}', 8 + i % 40)}" for i in range(100)]
    return {
        "masking off": [],
        "one 8-byte secret": [f"--secret=S=file:{secret_file('eight', 8)}"],
        "one 100 KB secret": [f"--secret=S=file:{secret_file('long', 100_000)}"],
        "100 secrets": many,
    }


def _file_dir() -> str | None:
    """Where the file sink writes: a memory file system when there is one, so that the disk
    (whose rate moves from run to run far more than any relay does) does not decide."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def relay(gib: float, startup_s: float, rounds: int = 3) -> dict[str, dict[str, float]]:
    """MiB/s of each kind of data through stdout, direct and through hodei-run with each
    masking mode, into a pipe read by `cat` and into a file (the best of ``rounds``, taken
    round by round across the contenders, so a noisy moment hits them alike); also with
    hodei-run's fixed start-up (measured above) taken out, which is the relay's own rate."""
    size = int(gib * 1024**3)
    result: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hodei-bench-") as tmp, \
            tempfile.TemporaryDirectory(prefix="hodei-bench-", dir=_file_dir()) as out_dir:
        work = Path(tmp)
        producers, modes = _producers(size, work), _secret_sets(work)
        sinks = {"pipe to cat": "| cat > /dev/null", "file": f"> {Path(out_dir) / 'out'}"}
        for data, (produce, amount) in producers.items():
            for sink_name, sink in sinks.items():
                runs = {"direct": f"{produce} {sink}"}
                for mode, secrets in modes.items():
                    runs[mode] = (f"{HODEI} --quiet {' '.join(secrets)} -- "
                                  f"sh -c {shlex.quote(produce)} {sink}")
                walls: dict[str, list[float]] = {name: [] for name in runs}
                for _ in range(rounds):
                    for name, script in runs.items():
                        walls[name].append(_wall(["sh", "-c", script]))
                for name in runs:
                    best = min(walls[name])
                    fixed = 0.0 if name == "direct" else startup_s
                    result[f"{data} | {sink_name} | {name}"] = {
                        "whole": amount / best / 1024**2,
                        "streaming": amount / max(best - fixed, 1e-9) / 1024**2}
    return result


def idle(seconds: float) -> dict[str, float]:
    proc = subprocess.Popen([HODEI, "--quiet", "--", "sleep", str(seconds)])
    me = psutil.Process(proc.pid)
    time.sleep(min(2.0, seconds / 4))  # past start-up
    before = me.cpu_times()
    t0 = time.perf_counter()
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, me.memory_info().rss)
            after = me.cpu_times()
            t1 = time.perf_counter()
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    _pid, _status, usage = os.wait4(proc.pid, 0) if proc.returncode is None else (0, 0, None)
    cpu = (after.user + after.system) - (before.user + before.system)
    return {
        "idle_cpu_percent": 100 * cpu / max(t1 - t0, 1e-9),
        "peak_rss_mib": peak / 1024**2,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--gib", type=float, default=0.25, help="data per relay run")
    parser.add_argument("--relay-rounds", type=int, default=3, help="runs of each relay contender")
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up section")
    args = parser.parse_args()
    print(f"hodei-run: {HODEI}\npython: {sys.version.split()[0]}, cores: {os.cpu_count()}")

    print(f"\nStartup, median of {args.rounds} interleaved rounds (running `true`):")
    st = startup(args.rounds)
    print_startup(st)
    if args.startup_only:
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"startup_s": st}, indent=2))
        return 0

    where = _file_dir() or "the temporary directory"
    print(f"\nRelay, {args.gib:g} GiB through stdout (small writes: an eighth; files in {where}),"
          f" best of {args.relay_rounds} interleaved rounds: direct"
          " in MiB/s, hodei-run as a ratio to it, whole run / with its start-up taken out:")
    tp = relay(args.gib, st.get("hodei-run", 0.0), args.relay_rounds)
    modes = ["masking off", "one 8-byte secret", "one 100 KB secret", "100 secrets"]
    print(f"  {'':<34} {'direct':>8} " + " ".join(f"{m:>20}" for m in modes))
    for key in [k for k in tp if k.endswith("| direct")]:
        row = key.rsplit(" | ", 1)[0]
        direct = tp[key]["whole"]
        cells = [f"{tp[f'{row} | {m}']['whole'] / direct:4.2f}x / "
                 f"{tp[f'{row} | {m}']['streaming'] / direct:4.2f}x" for m in modes]
        print(f"  {row:<34} {direct:8.0f} " + " ".join(f"{c:>20}" for c in cells))

    print(f"\nIdle cost, hodei-run supervising `sleep {args.idle:g}`:")
    ic = idle(args.idle)
    print(f"  supervisor CPU while idle: {ic['idle_cpu_percent']:.3f}% of a core")
    print(f"  supervisor peak RSS:       {ic['peak_rss_mib']:.1f} MiB")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"startup_s": st, "throughput_mib_s": tp, "idle": ic},
                                        indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
