"""Nothing of the job outlives it: deadline, forwarded signals and leftover descendants
(process group, setsid and double-fork escapees) are all stopped before hodei-run exits."""

from __future__ import annotations

import os
import shlex
import signal
from pathlib import Path

import psutil
import pytest
from conftest import PROBES, PY, assert_none_left, processes_with, wait_for

FAST = ("--kill-grace", "0.5s")


def _ready(tmp_path: Path, name: str = "ready") -> Path:
    return tmp_path / name


class TestDeadline:
    """--timeout stops the whole job: exit 124, ERR_1005, no process left."""

    def test_timeout_stops_job_and_children(self, run_hodei, marker: str) -> None:
        """On timeout the main process and its children get SIGTERM; hodei-run exits 124."""
        r = run_hodei("--timeout", "1s", *FAST, "--",
                      "sh", "-c", f"sleep {marker} & sleep {marker} & wait")
        assert r.returncode == 124
        assert r.event["error_code"] == "ERR_1005"
        assert r.reason == {"type": "EXECUTION_TIMEOUT", "timeout_ms": 1000, "killed_with": "SIGTERM"}
        assert r.event["leftovers_stopped"] == 2
        assert_none_left(marker)

    def test_timeout_sigkills_after_grace(self, run_hodei, marker: str) -> None:
        """A job that ignores SIGTERM is SIGKILLed after --kill-grace; killed_with says SIGKILL."""
        r = run_hodei("--timeout", "1s", *FAST, "--",
                      "sh", "-c", f"trap '' TERM; sleep {marker} & sleep {marker} & wait")
        assert r.returncode == 124
        assert r.event["error_code"] == "ERR_1005"
        assert r.reason["killed_with"] == "SIGKILL"
        assert r.event["leftovers_stopped"] == 2
        assert_none_left(marker)

    def test_timeout_reaches_setsid_escapee(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """On timeout a descendant in its own session (setsid) is stopped too."""
        ready = _ready(tmp_path)
        r = run_hodei("--timeout", "1s", *FAST, "--", "sh", "-c",
                      f"setsid sh -c 'trap \"\" TERM; echo > {ready}; exec sleep {marker}' & "
                      f"sleep {marker}")
        assert r.returncode == 124
        assert ready.exists()
        assert r.reason["killed_with"] == "SIGKILL"
        assert_none_left(marker)

    def test_timeout_from_environment(self, run_hodei, marker: str) -> None:
        """HODEI_TIMEOUT sets the deadline as --timeout does."""
        r = run_hodei("--", "sleep", marker, env={"HODEI_TIMEOUT": "1", "HODEI_KILL_GRACE": "500ms"})
        assert r.returncode == 124
        assert r.reason["timeout_ms"] == 1000
        assert_none_left(marker)


class TestLeftovers:
    """When the main process exits, every remaining process of the job is stopped first."""

    def test_background_child_in_process_group(self, run_hodei, marker: str) -> None:
        """A background child left by the main process is stopped and counted; the status stays 0."""
        r = run_hodei(*FAST, "--", "sh", "-c", f"sleep {marker} & exit 0")
        assert r.returncode == 0
        assert r.event["event_type"] == "JobCompleted"
        assert r.event["leftovers_stopped"] == 1
        assert_none_left(marker)

    def test_setsid_escapee(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """A descendant that left the process group with setsid is stopped after the main exits."""
        ready = _ready(tmp_path)
        r = run_hodei(*FAST, "--", "sh", "-c",
                      f"setsid sh -c 'echo > {ready}; exec sleep {marker}' & "
                      f"while [ ! -e {ready} ]; do sleep 0.01; done; exit 3")
        assert r.returncode == 3
        assert r.event["error_code"] == "ERR_1007"
        assert r.event["leftovers_stopped"] == 1
        assert_none_left(marker)

    def test_double_fork_escapee(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """An orphaned grandchild (double fork, own session) is stopped after the main exits."""
        ready = _ready(tmp_path)
        r = run_hodei(*FAST, "--", PY, str(PROBES / "double_fork_escapee.py"), marker, str(ready))
        assert ready.exists()
        assert r.returncode == 0
        assert r.event["leftovers_stopped"] == 1
        assert_none_left(marker)

    def test_escapee_ignoring_sigterm_is_killed(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """An escapee that ignores SIGTERM is SIGKILLed after the grace; hodei-run exits after."""
        ready = _ready(tmp_path)
        r = run_hodei(*FAST, "--", "sh", "-c",
                      f"(setsid sh -c 'trap \"\" TERM; echo > {ready}; exec sleep {marker}' &); "
                      f"while [ ! -e {ready} ]; do sleep 0.01; done")
        assert r.returncode == 0
        assert r.event["leftovers_stopped"] == 1
        assert_none_left(marker)

    def test_leftover_gets_sigterm_first(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """Leftovers are asked with SIGTERM first and may finish their cleanup within the grace."""
        ready, cleaned = _ready(tmp_path), tmp_path / "cleaned"
        inner = (f"trap 'echo > {cleaned}; exit 0' TERM; echo > {ready}; "
                 f"sleep {marker} & wait")
        r = run_hodei("--kill-grace", "5s", "--", "sh", "-c",
                      f"setsid sh -c \"{inner}\" & while [ ! -e {ready} ]; do sleep 0.01; done")
        assert r.returncode == 0
        assert cleaned.exists(), "the leftover was not sent SIGTERM before being killed"
        assert r.event["leftovers_stopped"] >= 1
        assert_none_left(marker)

    def test_leftover_holding_stdout(self, run_hodei, marker: str) -> None:
        """A leftover that still holds stdout does not keep hodei-run (or its output) open."""
        r = run_hodei(*FAST, "--", "sh", "-c", f"echo main; (sleep {marker}; echo late) & exit 0")
        assert r.returncode == 0
        assert r.stdout == b"main\n"
        assert r.event["leftovers_stopped"] >= 1
        assert_none_left(marker)


class TestForwardedSignals:
    """Signals sent to hodei-run reach the job's process group."""

    JOB = str(PROBES / "catch_signal.py")

    @pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT",
                                     "SIGUSR1", "SIGUSR2", "SIGWINCH"])
    def test_signal_reaches_job(self, start_hodei, tmp_path: Path, sig: str) -> None:
        """Each forwardable signal sent to hodei-run reaches the job's handler."""
        run = start_hodei(*FAST, "--", PY, self.JOB, sig, str(tmp_path), "0")
        wait_for((tmp_path / "ready").exists, what="the job to be ready")
        run.signal(getattr(signal, sig))
        r = run.finish()
        assert (tmp_path / "got").read_text() == sig
        assert r.returncode == 0
        assert r.event["event_type"] == "JobCompleted"

    def test_usr1_reaches_whole_process_group(self, start_hodei, tmp_path: Path) -> None:
        """SIGUSR1 reaches a child in the job's process group too, not only the main process."""
        child = tmp_path / "child"
        child.mkdir()
        script = (f"{shlex.quote(PY)} {shlex.quote(self.JOB)} SIGUSR1 {child} 0 & "
                  f"until [ -e {child}/ready ]; do sleep 0.01; done; echo > {tmp_path}/ready; wait")
        run = start_hodei(*FAST, "--", "sh", "-c", f"trap '' USR1; {script}")
        wait_for((tmp_path / "ready").exists, what="the job to be ready")
        run.signal(signal.SIGUSR1)
        r = run.finish()
        assert (child / "got").read_text() == "SIGUSR1"
        assert r.returncode == 0

    def test_trapped_sigterm_exit_status_is_the_jobs(self, start_hodei, tmp_path: Path) -> None:
        """A job that traps the forwarded SIGTERM and exits 7 makes hodei-run exit 7."""
        run = start_hodei(*FAST, "--", PY, self.JOB, "SIGTERM", str(tmp_path), "7")
        wait_for((tmp_path / "ready").exists, what="the job to be ready")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert (tmp_path / "got").read_text() == "SIGTERM"
        assert r.returncode == 7
        assert r.event["exit_code"] == 7

    def test_untrapped_sigterm(self, start_hodei, tmp_path: Path, marker: str) -> None:
        """An untrapped forwarded SIGTERM ends the job: ERR_1006 forwarded, exit 143, nothing left."""
        ready = _ready(tmp_path)
        run = start_hodei(*FAST, "--", "sh", "-c",
                          f"sleep {marker} & sleep {marker} & echo > {ready}; wait")
        wait_for(ready.exists, what="the job to be ready")
        wait_for(lambda: len(processes_with(marker)) == 2, what="both children")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 143
        assert r.event["error_code"] == "ERR_1006"
        assert r.reason["signal"] == "SIGTERM"
        assert r.reason["forwarded"] is True
        assert r.reason["oom_killed"] is False
        assert r.event["leftovers_stopped"] == 2
        assert_none_left(marker)

    def test_sigterm_reaches_setsid_escapee(self, start_hodei, tmp_path: Path, marker: str) -> None:
        """A forwarded SIGTERM also stops a descendant that left the process group."""
        ready = _ready(tmp_path)
        run = start_hodei(*FAST, "--", "sh", "-c",
                          f"setsid sh -c 'echo > {ready}; exec sleep {marker}' & wait")
        wait_for(ready.exists, what="the escapee to be ready")
        wait_for(lambda: processes_with(marker), what="the escapee")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 143
        assert r.reason["forwarded"] is True
        assert_none_left(marker)

    def test_sigterm_ignored_then_killed(self, start_hodei, tmp_path: Path, marker: str) -> None:
        """A job ignoring the forwarded SIGTERM is SIGKILLed after the grace: exit 137."""
        ready = _ready(tmp_path)
        run = start_hodei(*FAST, "--", "sh", "-c",
                          f"trap '' TERM; sleep {marker} & echo > {ready}; wait")
        wait_for(ready.exists, what="the job to be ready")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 137
        assert r.event["error_code"] == "ERR_1006"
        assert r.reason["signal"] == "SIGKILL"
        assert_none_left(marker)

    def test_sigterm_right_after_spawn(self, run_hodei, marker: str) -> None:
        """A SIGTERM that reaches hodei-run as soon as the job runs (the job sends it first thing)
        is still forwarded: the job ends, one event is written, nothing is left."""
        r = run_hodei(*FAST, "--", "sh", "-c", f"kill -TERM $PPID; exec sleep {marker} >/dev/null 2>&1",
                      check=False)
        try:
            assert r.returncode == 143
            assert r.event is not None, "hodei-run died of the SIGTERM without writing its event"
            assert r.event["error_code"] == "ERR_1006"
            assert r.reason["forwarded"] is True
            assert_none_left(marker)
        finally:
            for proc in processes_with(marker):  # the orphaned job would hold pytest's pipes
                proc.kill()

    def test_job_main_pid_is_child_of_hodei(self, start_hodei, tmp_path: Path, marker: str) -> None:
        """The job runs as hodei-run's child in a process group of its own (so killpg is safe)."""
        ready = _ready(tmp_path)
        run = start_hodei(*FAST, "--", "sh", "-c", f"echo > {ready}; exec sleep {marker}")
        wait_for(ready.exists, what="the job to be ready")
        pid = run.job_pid()
        wait_for(lambda: marker in psutil.Process(pid).cmdline(), what="exec of sleep")
        assert os.getpgid(pid) == pid
        assert os.getpgid(pid) != os.getpgid(run.pid)
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 143
        assert_none_left(marker)
