"""hodei-run as PID 1 of a PID namespace (``unshare --pid --fork --mount-proc``): it reaps every
orphan, waits for the last descendant, and exits with the job's status."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PROBES, PY, assert_none_left

pytestmark = pytest.mark.root


def test_exit_status_is_the_jobs(run_hodei, unshare_pid: list[str]) -> None:
    """As PID 1, hodei-run still exits with the job's own status."""
    r = run_hodei("--", "sh", "-c", "echo $$; exit 7", wrapper=unshare_pid)
    assert r.returncode == 7
    assert r.stdout != b"1\n"  # the job is not PID 1: hodei-run is
    assert r.event["exit_code"] == 7


def test_hodei_is_pid_1(run_hodei, unshare_pid: list[str]) -> None:
    """Under unshare the job's parent is PID 1, i.e. hodei-run itself."""
    r = run_hodei("--", "sh", "-c", "cat /proc/$$/stat", wrapper=unshare_pid)
    assert r.returncode == 0
    # /proc/PID/stat: pid (comm) state ppid ...
    assert r.stdout.rsplit(b")", 1)[1].split()[1] == b"1"


def test_orphans_are_reaped(run_hodei, unshare_pid: list[str]) -> None:
    """Orphans reparented to hodei-run (PID 1) are reaped: the namespace has no zombie."""
    r = run_hodei("--", PY, str(PROBES / "orphans_then_zombies.py"), wrapper=unshare_pid)
    assert r.stdout == b"no zombies\n"
    assert r.returncode == 0


def test_waits_for_descendant_cleanup(run_hodei, unshare_pid: list[str], tmp_path: Path,
                                      marker: str) -> None:
    """A descendant left when the main exits gets SIGTERM and hodei-run waits until it has
    finished its cleanup (as PID 1, exiting earlier would SIGKILL it mid-cleanup)."""
    ready, got, done = tmp_path / "ready", tmp_path / "got-term", tmp_path / "done"
    inner = (f"trap 'echo > {got}; sleep 0.3; echo > {done}; exit 0' TERM; "
             f"echo > {ready}; sleep {marker} & wait")
    r = run_hodei("--kill-grace", "10s", "--", "sh", "-c",
                  f"sh -c \"{inner}\" & while [ ! -e {ready} ]; do sleep 0.01; done; exit 5",
                  wrapper=unshare_pid)
    assert r.returncode == 5
    assert got.exists()
    assert done.exists(), "hodei-run exited before its last descendant finished"
    assert r.event["leftovers_stopped"] >= 1
    assert_none_left(marker)


def test_sigterm_ignoring_descendant_killed(run_hodei, unshare_pid: list[str], tmp_path: Path,
                                            marker: str) -> None:
    """A descendant ignoring SIGTERM is SIGKILLed after the grace; the status stays the job's."""
    ready = tmp_path / "ready"
    r = run_hodei("--kill-grace", "0.5s", "--", "sh", "-c",
                  f"(trap '' TERM; echo > {ready}; exec sleep {marker}) & "
                  f"while [ ! -e {ready} ]; do sleep 0.01; done; exit 0",
                  wrapper=unshare_pid)
    assert r.returncode == 0
    assert r.event["event_type"] == "JobCompleted"
    assert r.event["leftovers_stopped"] == 1
    assert_none_left(marker)


def test_signal_death_status(run_hodei, unshare_pid: list[str]) -> None:
    """As PID 1, a job dying of SIGUSR1 still gives ERR_1006 and the event exit code 138."""
    r = run_hodei("--", PY, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGUSR1)",
                  wrapper=unshare_pid)
    assert r.event["error_code"] == "ERR_1006"
    assert r.event["exit_code"] == 138
    assert r.returncode == 138
