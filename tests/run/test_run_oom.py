"""OOM kills told apart from other SIGKILLs by the job cgroup's counter, and the cgroup limits
(--memory, --cpus, --pids) really applied to the job."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import psutil
import pytest
from conftest import PROBES, PY, assert_none_left, wait_for

pytestmark = [pytest.mark.cgroup, pytest.mark.usefixtures("memory_cgroup")]

HOG = "b = bytearray(512 * 1024 * 1024)"
"""Allocates and touches (bytearray zero-fills) 512 MiB: far above a 64M limit."""


def test_real_oom_is_oom_killed(run_hodei) -> None:
    """A job that exceeds --memory is OOM-killed: ERR_1006 with oom_killed true, exit 137."""
    r = run_hodei("--memory", "64M", "--", PY, "-c", HOG)
    assert r.returncode == 137
    assert r.event["error_code"] == "ERR_1006"
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.reason["type"] == "SIGNAL_RECEIVED"
    assert r.reason["signal"] == "SIGKILL"
    assert r.reason["oom_killed"] is True
    assert r.reason["oom_kills"] >= 1
    assert r.event["classification"]["rule"] == "oom.kill"


def test_external_sigkill_is_not_oom(start_hodei, tmp_path: Path, marker: str) -> None:
    """The same job killed by a plain kill -9 from outside is ERR_1006 with oom_killed false."""
    pidfile = tmp_path / "pid"
    run = start_hodei("--memory", "64M", "--", PY, str(PROBES / "write_pid_and_sleep.py"),
                      str(pidfile), marker)
    wait_for(lambda: pidfile.exists() and pidfile.read_text(), what="the job's pidfile")
    pid = int(pidfile.read_text())
    assert psutil.Process(pid).ppid() == run.pid
    os.kill(pid, signal.SIGKILL)
    r = run.finish()
    assert r.returncode == 137
    assert r.event["error_code"] == "ERR_1006"
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.reason["signal"] == "SIGKILL"
    assert r.reason["oom_killed"] is False
    assert "oom_kills" not in r.reason
    assert_none_left(marker)


def test_child_oom_main_succeeds(run_hodei) -> None:
    """A child's OOM kill stays visible when the main process survives and exits 0."""
    r = run_hodei("--memory", "64M", "--", "sh", "-c",
                  f"{PY} -c '{HOG}'; echo child=$?; exit 0")
    assert r.stdout == b"child=137\n"
    assert r.returncode == 0
    assert r.event["event_type"] == "JobCompleted"
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.event["oom_kills"] >= 1


def test_child_oom_main_fails(run_hodei) -> None:
    """When the main exits non-zero after a child's OOM kill: ERR_1006 with oom_killed true."""
    r = run_hodei("--memory", "64M", "--", "sh", "-c", f"{PY} -c '{HOG}'; exit 3")
    assert r.returncode == 3
    assert r.event["error_code"] == "ERR_1006"
    assert r.reason["oom_killed"] is True
    assert r.reason["oom_kills"] >= 1
    assert r.reason["main_process_exit_code"] == 3


def test_no_oom_counted_without_pressure(run_hodei) -> None:
    """A job well within --memory completes with oom_kills 0."""
    r = run_hodei("--memory", "256M", "--", PY, "-c", "b = bytearray(8 * 1024 * 1024)")
    assert r.returncode == 0
    assert r.event["oom_kills"] == 0
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.event["resource_usage"]["max_rss_bytes"] >= 8 * 1024 * 1024


def _own_cgroup_file(controller: str, filename: str) -> tuple[str, str, str, str]:
    """A job that prints ``filename`` of its own v1 ``controller`` cgroup."""
    return PY, str(PROBES / "print_own_cgroup_file.py"), controller, filename


def test_memory_limit_applied(run_hodei) -> None:
    """--memory sets the job's own memory cgroup limit in bytes."""
    r = run_hodei("--memory", "64M", "--", *_own_cgroup_file("memory", "memory.limit_in_bytes"))
    assert r.returncode == 0
    assert r.stdout == f"{64 * 1024 * 1024}\n".encode()


def test_cpus_limit_applied(run_hodei) -> None:
    """--cpus 0.5 gives the job a CFS quota of half its period."""
    r = run_hodei("--cpus", "0.5", "--", *_own_cgroup_file("cpu", "cpu.cfs_quota_us"))
    assert r.returncode == 0
    assert r.stdout == b"50000\n"


def test_pids_limit_applied(run_hodei, marker: str) -> None:
    """--pids bounds how many processes the job can have: further forks fail."""
    r = run_hodei("--pids", "5", "--", PY, str(PROBES / "fork_past_pids_limit.py"), marker)
    assert r.returncode == 0
    started, failed = map(int, r.stdout.split())
    assert started <= 4
    assert failed >= 8
    assert_none_left(marker)


def _cgroup_mounts() -> dict[str, Path]:
    """Mount point of each cgroup hierarchy, keyed as /proc/self/cgroup names it ("" for v2)."""
    mounts: dict[str, Path] = {}
    own = [line.split(":", 2)[1] for line in Path("/proc/self/cgroup").read_text().splitlines()]
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        left, _, right = line.partition(" - ")
        fstype, _source, opts = (right.split() + ["", ""])[:3]
        if fstype == "cgroup2":
            mounts.setdefault("", Path(left.split()[4]))
        elif fstype == "cgroup":
            for key in own:
                if key and set(key.split(",")) <= set(opts.split(",")):
                    mounts.setdefault(key, Path(left.split()[4]))
    return mounts


def test_cgroup_removed_after_run(run_hodei) -> None:
    """The job's cgroup directories are removed once the job has ended."""
    r = run_hodei("--memory", "64M", "--job-id", "cg-cleanup", "--", "cat", "/proc/self/cgroup")
    assert r.returncode == 0
    mounts = _cgroup_mounts()
    paths = []
    for line in r.stdout.decode().splitlines():
        _, ctrl, path = line.split(":", 2)
        if "cg-cleanup" in path:
            paths.append(mounts[ctrl] / path.lstrip("/"))
    assert any("memory" in str(p) for p in paths), r.stdout
    assert [p for p in paths if p.exists()] == []
    assert all(p.parent.is_dir() for p in paths)


class TestRssWatchdog:
    """Without a memory cgroup (--cgroup off), --memory is enforced by an RSS watchdog that says so."""

    def test_watchdog_kills_a_job_over_the_limit(self, run_hodei, marker: str) -> None:
        """A job whose resident memory passes --memory is killed by the watchdog: ERR_1006 with
        oom_killed true and oom_detection "rss-watchdog", never a cgroup method."""
        r = run_hodei("--cgroup", "off", "--memory", "100M", "--",
                      PY, str(PROBES / "allocate_and_sleep.py"), "300", "30", marker)
        assert r.returncode == 137
        assert r.event["oom_detection"] == "rss-watchdog"
        assert r.event["error_code"] == "ERR_1006"
        assert r.reason["oom_killed"] is True
        assert "rss-watchdog" in r.event["classification"]["evidence"]
        assert "RSS watchdog" in r.stderr_lines[-1].decode()
        assert_none_left(marker)

    def test_watchdog_leaves_a_small_job_alone(self, run_hodei) -> None:
        """A job under the limit completes; the event still names the watchdog as the method."""
        r = run_hodei("--cgroup", "off", "--memory", "200M", "--", PY, "-c", "b = bytearray(10 << 20)")
        assert r.returncode == 0
        assert r.event["event_type"] == "JobCompleted"
        assert r.event["oom_detection"] == "rss-watchdog"
        assert r.event["oom_kills"] == 0

    def test_no_cgroup_and_no_limit_says_unavailable(self, run_hodei) -> None:
        """With cgroups off and no --memory, the event says OOM detection was unavailable."""
        r = run_hodei("--cgroup", "off", "--", "true")
        assert r.event["oom_detection"] == "unavailable"
