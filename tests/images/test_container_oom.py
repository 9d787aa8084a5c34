"""OOM kills counted where hodei-run cannot make the job a cgroup, as in a container: the
memory cgroup it is in is mounted read-only at /sys/fs/cgroup/memory while /proc/self/cgroup
names another path (a runtime's bind mount) or "/" (a cgroup namespace). Each test makes a real
memory cgroup with a small limit below this process's own, shows it alone in a private mount
namespace, and runs hodei-run in it; the last one runs hodei-run as a podman container's PID 1."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import podman_images
import pytest
from conftest import PY, Result, wait_for

pytestmark = [pytest.mark.root, pytest.mark.cgroup]

HOG = "b = bytearray(256 * 1024 * 1024)"
"""Allocates and touches 256 MiB: far above the 64 MiB the cgroup allows."""
LIMIT = 64 * 1024 * 1024

# The job's cgroup, shown alone and read-only: "$1" is the cgroup, "$2" an empty directory to
# hold its mount while the host's cgroup mounts are taken away; the rest is hodei-run's argv.
# hodei-run is exec'd, so it is the only process in the cgroup.
_ENTER = 'echo $$ > "$1/cgroup.procs" && exec unshare {flags} sh -euc "$0" sh "$@"'
_BIND = """
mount --bind "$1" "$2"
umount -R -l /sys/fs/cgroup
mount -t tmpfs hodei-test /sys/fs/cgroup
mkdir /sys/fs/cgroup/memory
mount --move "$2" /sys/fs/cgroup/memory
mount -o remount,bind,ro /sys/fs/cgroup/memory
shift 2
exec "$@"
"""
"""A runtime without a cgroup namespace: the mount's root is the job's cgroup's host path."""
_NAMESPACE = """
umount -R -l /sys/fs/cgroup
mount -t tmpfs hodei-test /sys/fs/cgroup
mkdir /sys/fs/cgroup/memory
mount -t cgroup -o ro,memory hodei-test /sys/fs/cgroup/memory
shift 2
exec "$@"
"""
"""A cgroup namespace whose root is the job's cgroup: /proc/self/cgroup says "/" there."""


def _own_v1_memory() -> Path:
    """This process's own v1 memory cgroup directory (skips the test where there is none)."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _id, controllers, path = line.split(":", 2)
        if "memory" in controllers.split(","):
            own = Path("/sys/fs/cgroup/memory") / path.lstrip("/")
            if (own / "memory.oom_control").exists():
                return own
    pytest.skip("needs a cgroup v1 memory hierarchy at /sys/fs/cgroup/memory "
                "(this host's memory controller is elsewhere)")


@pytest.fixture
def small_cgroup() -> Iterator[Path]:
    """A v1 memory cgroup below this process's own, limited to 64 MiB, removed afterwards."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare (util-linux) for a private mount namespace")
    path = _own_v1_memory() / f"hodei-test-enclosing-{uuid.uuid4().hex[:8]}"
    try:
        path.mkdir()
    except OSError as exc:
        pytest.skip(f"needs a writable memory cgroup below this process's own: {exc.strerror}")
    try:
        (path / "memory.limit_in_bytes").write_text(str(LIMIT))
        yield path
    finally:
        for _attempt in range(100):
            pids = (path / "cgroup.procs").read_text().split()
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), 9)
            with contextlib.suppress(OSError):
                path.rmdir()
                break


def _enclosed(run_hodei, cgroup: Path, tmp_path: Path, *args: str, namespace: bool = False,
              ) -> Result:
    """hodei-run, alone in ``cgroup`` shown read-only at /sys/fs/cgroup/memory."""
    hold = tmp_path / "mount"
    hold.mkdir(exist_ok=True)
    flags = "--mount --cgroup" if namespace else "--mount"
    wrapper = ["sh", "-c", _ENTER.format(flags=flags), _NAMESPACE if namespace else _BIND,
               str(cgroup), str(hold)]
    return run_hodei("--log-level", "info", *args, wrapper=wrapper)


def _logged(r: Result, event: str) -> dict[str, Any]:
    """hodei-run's JSON log line ``event`` (fails the test if it is not there)."""
    for line in r.stderr_lines:
        if line.startswith(b"{") and json.loads(line).get("event") == event:
            found: dict[str, Any] = json.loads(line)
            return found
    pytest.fail(f"no {event} log line in {r.stderr!r}")


@pytest.mark.parametrize("namespace", [False, True], ids=["bind-mount", "cgroup-namespace"])
def test_oom_counted_in_the_enclosing_cgroup(run_hodei, small_cgroup: Path, tmp_path: Path,
                                             namespace: bool) -> None:
    """A job over the cgroup's limit is ERR_1006 with the OOM cause, read from the counter of
    the read-only cgroup mounted at /sys/fs/cgroup/memory, which the event's evidence, the
    summary line and the log line name."""
    r = _enclosed(run_hodei, small_cgroup, tmp_path, "--", PY, "-c", HOG, namespace=namespace)
    assert r.returncode == 137
    assert r.event["error_code"] == "ERR_1006"
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.reason["signal"] == "SIGKILL"
    assert r.reason["oom_killed"] is True
    assert r.reason["oom_kills"] >= 1
    assert r.event["classification"]["rule"] == "oom.container"
    assert "/sys/fs/cgroup/memory, the cgroup hodei-run runs in" in r.event["classification"]["evidence"]
    assert b"counted by the cgroup hodei-run runs in" in r.stderr
    assert _logged(r, "cgroup.enclosing")["cgroup"] == "/sys/fs/cgroup/memory"
    assert "oom_kill 0" not in (small_cgroup / "memory.oom_control").read_text()


def test_counter_rise_is_the_jobs_alone(run_hodei, small_cgroup: Path, tmp_path: Path) -> None:
    """An OOM kill the cgroup counted before hodei-run started is not the job's: a later job
    killed by a plain SIGKILL is ERR_1006 without the OOM cause, its counter read all the same."""
    before = subprocess.run(["sh", "-c", f'echo $$ > "$0/cgroup.procs"; exec {PY} -c "{HOG}"',
                             str(small_cgroup)], capture_output=True, timeout=60)
    assert before.returncode == -9
    assert "oom_kill 0" not in (small_cgroup / "memory.oom_control").read_text()
    r = _enclosed(run_hodei, small_cgroup, tmp_path, "--", "sh", "-c", "kill -9 $$")
    assert r.returncode == 137
    assert r.event["error_code"] == "ERR_1006"
    assert r.event["oom_detection"] == "cgroup-v1"
    assert r.reason["oom_killed"] is False
    assert "cgroup-v1 counted no OOM kill" in r.event["classification"]["evidence"]
    assert _logged(r, "cgroup.enclosing")["oom_kills_before"] >= 1


def test_shared_cgroup_is_not_read(run_hodei, small_cgroup: Path, tmp_path: Path) -> None:
    """With another process in the cgroup (not hodei-run's ancestor), its counter could count
    that process's kills: hodei-run does not read it and says OOM detection was unavailable."""
    other = subprocess.Popen(["sh", "-c", 'echo $$ > "$0/cgroup.procs"; exec sleep 60',
                              str(small_cgroup)])
    try:
        wait_for(lambda: str(other.pid) in (small_cgroup / "cgroup.procs").read_text().split(),
                 what="the other process to join the cgroup")
        r = _enclosed(run_hodei, small_cgroup, tmp_path, "--", PY, "-c", HOG)
    finally:
        other.kill()
        other.wait()
    assert r.returncode == 137
    assert r.event["oom_detection"] == "unavailable"
    assert r.reason["oom_killed"] is False
    assert "No OOM counter was readable" in r.event["suggested_actions"][0]


@pytest.mark.timeout(podman_images.BUILD_S * 2)
def test_oom_in_a_container(tmp_path: Path) -> None:
    """hodei-run as PID 1 of a podman container limited to 64 MiB: a job over the limit is
    ERR_1006 with the OOM cause, counted by the container's own memory cgroup, which the log
    line names by where the container sees it."""
    tmp_path.chmod(0o777)  # the image runs as an unprivileged user
    r = podman_images.run("run", "python3", "-c", HOG, flags=(
        "--memory", "64m", "-v", f"{tmp_path}:/out", "-e", "HODEI_EVENT_FILE=/out/event.json",
        "-e", "HODEI_LOG_LEVEL=info"), cwd=tmp_path)
    assert r.returncode == 137, r.stderr
    event = json.loads((tmp_path / "event.json").read_text())
    assert event["error_code"] == "ERR_1006"
    assert event["failure_reason"]["oom_killed"] is True
    assert event["classification"]["rule"] == "oom.container"
    assert event["oom_detection"] in ("cgroup-v1", "cgroup-v2")
    logged = [json.loads(line) for line in r.stderr.splitlines() if line.startswith("{")]
    read = [entry["cgroup"] for entry in logged if entry["event"] == "cgroup.enclosing"]
    assert len(read) == 1
    assert read[0].startswith("/sys/fs/cgroup")
    assert "out of memory" in r.stderr.splitlines()[-1]
