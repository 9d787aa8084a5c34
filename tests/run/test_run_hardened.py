"""hodei-run at its edges: terminations at any moment of its life, closed standard descriptors,
readers that stop reading. Whatever happens, one event, an exit status that agrees with it, no
traceback, and nothing left behind (no process, no cgroup, no temporary file)."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shlex
import signal
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import psutil
import pytest
from conftest import (
    HODEI_RUN,
    PROBES,
    PY,
    Hodei,
    assert_none_left,
    catches,
    clean_env,
    holds,
    processes_with,
    wait_for,
)

from hodei_worker.supervise import discover

_OWN_FAILURES = {"ERR_1008", "ERR_1009", "ERR_1010", "ERR_1011"}


def expected_status(event: dict[str, Any]) -> int:
    """The exit status the README promises for ``event``."""
    code = event.get("error_code")
    if code in _OWN_FAILURES or not 0 <= event["exit_code"] <= 255:
        return 125
    return int(event["exit_code"])


def cgroup_dirs(job_id: str) -> list[Path]:
    """Cgroup directories named after ``job_id`` below this process's own cgroups."""
    found: list[Path] = []
    for h in discover():
        if h.own.is_dir():
            found.extend(h.own.glob(f"hodei-{job_id}-*"))
    return found


class TestTerminationRaces:
    """A termination at any moment, from hodei-run's first line of code to its exit."""

    @pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
    def test_termination_at_varied_moments(self, hodei: Hodei, sig: int) -> None:
        """Sent at a dozen delays across start-up, the run and the end of the run, a
        termination never costs the event, its agreement with the exit status, or a clean exit."""
        rng = random.Random(sig)
        for i in range(14):
            job_id = f"race-{uuid.uuid4().hex[:12]}"
            job = ["true"] if i % 2 else ["sh", "-c", "exit 3"]
            run = hodei.start("--job-id", job_id, "--", *job)
            wait_for(lambda run=run: holds(run.pid, signal.SIGTERM), interval=0.0005,
                     what="hodei-run's code to start")
            time.sleep(rng.uniform(0, 0.25))
            os.kill(run.pid, sig)
            result = run.finish()  # checks: event written, valid, no temporary file, summary
            assert result.event is not None
            assert result.returncode == expected_status(result.event), (i, result.stderr)
            assert b"Traceback" not in result.stderr
            assert not cgroup_dirs(job_id)

    def test_termination_during_long_end_of_run(self, hodei: Hodei, marker: str) -> None:
        """A termination while leftovers are being stopped after the main process exited is
        forwarded and the run still ends with its event and no process left."""
        for delay in (0.05, 0.15, 0.3):
            run = hodei.start("--kill-grace", "2s", "--", "sh", "-c",
                              f"(trap '' TERM; exec sleep {marker}) & sleep 0.1; exit 0")
            time.sleep(delay + 0.1)
            with contextlib.suppress(ProcessLookupError):
                os.kill(run.pid, signal.SIGTERM)
            result = run.finish()
            assert result.event is not None
            assert result.returncode == expected_status(result.event)
            assert b"Traceback" not in result.stderr
            assert_none_left(marker)


def _run_with_closed(fds: str, args: list[str], tmp_path: Path,
                     capture: bool = True) -> subprocess.CompletedProcess[bytes]:
    """hodei-run started by a shell with ``fds`` (shell redirections such as ``2>&-``)."""
    words = " ".join(shlex.quote(a) for a in [str(HODEI_RUN), *args])
    return subprocess.run(["sh", "-c", f"exec {words} {fds}"], capture_output=capture,
                          env=clean_env(), cwd=tmp_path, timeout=60, check=False,
                          stdin=subprocess.DEVNULL)


class TestClosedStandardDescriptors:
    """hodei-run works with any of fds 0, 1, 2 closed and keeps its diagnostics off the job's output."""

    @pytest.mark.parametrize("closed", ["0<&-", "1>&-", "2>&-", "0<&- 2>&-", "0<&- 1>&- 2>&-"])
    @pytest.mark.parametrize("fmt", ["json", "console"])
    def test_runs_and_reports(self, tmp_path: Path, closed: str, fmt: str) -> None:
        """With fds closed and every diagnostic on (info), the job runs with fds 0-2 open, the
        event is written and the exit status is the job's."""
        event, seen = tmp_path / "event.json", tmp_path / "fds"
        proc = _run_with_closed(closed, ["--log-level", "info", "--log-format", fmt,
                                         "--event-file", str(event), "--", PY,
                                         str(PROBES / "report_std_fds.py"), str(seen), "4"],
                            tmp_path)
        assert proc.returncode == 4, proc.stderr
        assert seen.read_text() == "0 1 2"
        assert event.exists()
        assert b"Traceback" not in proc.stderr
        if "1>&-" not in closed:
            assert proc.stdout == b"job-out\n"  # nothing of hodei-run's among the job's output

    @pytest.mark.parametrize("fmt", ["json", "console"])
    def test_diagnostics_never_on_stdout(self, tmp_path: Path, fmt: str) -> None:
        """With stderr closed, hodei-run's warnings and info lines go nowhere rather than into
        the job's stdout, also while it relays a masked stdout."""
        env_secret = "never-printed-value"
        proc = subprocess.run(
            ["sh", "-c", f"exec '{HODEI_RUN}' --log-level debug --log-format {fmt} --cgroup off "
                         f"--pids 5 --secret S=env:SV -- sh -c 'echo one; echo $S' 2>&-"],
            capture_output=True, env=clean_env({"SV": env_secret}), cwd=tmp_path, timeout=60,
            check=False)
        assert proc.returncode == 0
        assert proc.stdout == b"one\n***\n"

    def test_unenforced_limit_with_closed_stderr_still_runs(self, tmp_path: Path) -> None:
        """``--cgroup off --pids N`` (a warning to log) with stderr closed runs the job."""
        seen = tmp_path / "fds"
        proc = _run_with_closed("2>&-", ["--cgroup", "off", "--pids", "50", "--", PY,
                                         str(PROBES / "report_std_fds.py"), str(seen)], tmp_path)
        assert proc.returncode == 0
        assert seen.read_text() == "0 1 2"


class TestStalledReader:
    """A reader that stops reading holds neither the deadline, nor terminations, nor the exit."""

    @staticmethod
    def _start_into_stalled_pipe(hodei: Hodei, args: list[str]) -> tuple[subprocess.Popen[bytes], int, Path]:
        """hodei-run with stdout and stderr into a pipe that nobody reads (its read end is
        kept open, so writes block rather than fail)."""
        read_end, write_end = os.pipe()
        event = hodei.tmp_path / f"stalled-{uuid.uuid4().hex[:8]}.json"
        proc = subprocess.Popen([str(HODEI_RUN), "--event-file", str(event), *args],
                                stdin=subprocess.DEVNULL, stdout=write_end, stderr=write_end,
                                env=clean_env(), cwd=hodei.tmp_path)
        os.close(write_end)
        return proc, read_end, event

    @pytest.mark.parametrize(("job", "masking"), [
        (["sh", "-c", "yes >&2"], False), (["yes"], True),
        (["sh", "-c", "yes & yes >&2"], True), (["sh", "-c", "yes & yes >&2"], False)])
    def test_deadline_holds(self, hodei: Hodei, job: list[str], masking: bool) -> None:
        """With nobody reading its output, the deadline still stops the job and hodei-run
        ends with its event (it used to wait for the reader, forever here)."""
        secret = ["--secret", "S=env:HOME"] if masking else []
        proc, read_end, event = self._start_into_stalled_pipe(
            hodei, [*secret, "--timeout", "1s", "--kill-grace", "1s", "--", *job])
        try:
            assert proc.wait(timeout=60) == 124
            assert json.loads(event.read_text())["error_code"] == "ERR_1005"
        finally:
            proc.kill()
            os.close(read_end)

    @pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
    def test_termination_holds(self, hodei: Hodei, sig: int) -> None:
        """With nobody reading its output and no deadline, a termination still ends the job
        and hodei-run, with the event saying so."""
        proc, read_end, event = self._start_into_stalled_pipe(
            hodei, ["--secret", "S=env:HOME", "--kill-grace", "1s", "--", "sh", "-c",
                    "yes & yes >&2"])
        try:
            wait_for(lambda: catches(proc.pid, sig) and psutil.Process(proc.pid).children(),
                     what="the job to run")
            time.sleep(0.3)  # the pipe is full by now
            os.kill(proc.pid, sig)
            status = proc.wait(timeout=60)
            data = json.loads(event.read_text())
            assert data["error_code"] == "ERR_1006"
            assert status == expected_status(data) == 128 + sig
        finally:
            proc.kill()
            os.close(read_end)


class TestPrefixSecretsThroughRun:
    """Secrets where one begins another stay masked whatever the job's writes look like."""

    @pytest.mark.parametrize("stream", ["stdout", "stderr"])
    def test_write_split_after_the_shorter(self, run_hodei, stream: str) -> None:
        """A write ending after the shorter secret, the rest of the longer one in the next
        write: nothing of either shows."""
        r = run_hodei("--secret", "A=env:SA", "--secret", "B=env:SB", "--",
                      PY, str(PROBES / "write_split_secret.py"), stream,
                      env={"SA": "abc123", "SB": "abc123def456"})
        out = r.stdout if stream == "stdout" else r.stderr
        assert b"x *** y\n*** alone\n" in out
        assert b"def456" not in out
        assert b"abc" not in out


@pytest.mark.usefixtures("memory_cgroup")
class TestCgroupsLeftBehind:
    """No job cgroup outlives its run, nor the hodei-run that made it."""

    def test_nested_cgroups_removed(self, run_hodei, marker: str, tmp_path: Path) -> None:
        """Cgroups the job made inside its own, with a process in them, are emptied and
        removed deepest first, without a warning."""
        job_id, ready = f"nest-{uuid.uuid4().hex[:8]}", tmp_path / "ready"
        r = run_hodei("--log-level", "info", "--kill-grace", "1s", "--job-id", job_id, "--",
                      PY, str(PROBES / "nest_cgroups.py"), marker, str(ready))
        assert ready.read_text() == "nested"
        assert r.returncode == 0
        assert r.event["leftovers_stopped"] == 1
        assert not cgroup_dirs(job_id)
        assert b"remove_busy" not in r.stderr
        assert b"remove_failed" not in r.stderr
        assert_none_left(marker)

    def test_stale_cgroups_of_a_killed_hodei_run_are_swept(self, hodei: Hodei, marker: str,
                                                           run_hodei) -> None:
        """After hodei-run is killed with SIGKILL, the next hodei-run stops the orphaned job,
        removes its cgroups and says so in one log line."""
        job_id = f"killed-{uuid.uuid4().hex[:8]}"
        victim = hodei.start("--job-id", job_id, "--", "sh", "-c",
                             f"sleep {marker} & sleep {marker}")
        job = victim.job_pid()
        wait_for(lambda: len(processes_with(marker)) == 2, what="the job's sleeps")
        victim.proc.kill()
        victim.finish(check=False)  # killed: no event, by design of this test
        assert psutil.pid_exists(job)
        assert cgroup_dirs(job_id)
        r = run_hodei("--", "true")
        assert r.returncode == 0
        assert r.stderr.count(b"cgroup.stale_removed") == 1
        wait_for(lambda: not processes_with(marker), what="the orphaned job to be stopped")
        assert not cgroup_dirs(job_id)

    def test_live_owner_is_left_alone(self, start_hodei, run_hodei, marker: str) -> None:
        """A concurrently running hodei-run's cgroups and job are untouched by another's sweep."""
        job_id = f"alive-{uuid.uuid4().hex[:8]}"
        running = start_hodei("--job-id", job_id, "--", "sleep", marker)
        running.job_pid()
        r = run_hodei("--", "true")
        assert b"stale_removed" not in r.stderr
        assert processes_with(marker)
        assert cgroup_dirs(job_id)
        running.signal(signal.SIGTERM)
        assert running.finish().returncode == 143
        assert not cgroup_dirs(job_id)

    @pytest.mark.parametrize("name", ["hodei-foreign-{}", "hodei-x-{}@1.1.1",
                                      "hodei-x-{}@999999999.5.{ns}"])
    def test_unprovable_owner_is_left_alone(self, run_hodei, name: str) -> None:
        """A ``hodei-*`` cgroup whose owner cannot be proven gone (no owner in its name, or an
        owner in another pid namespace) is never touched."""
        ns = os.stat("/proc/self/ns/pid").st_ino
        made = []
        try:
            for h in discover():
                if h.version == 2 or "memory" in h.controllers:
                    path = h.own / name.format(uuid.uuid4().hex[:8], ns=ns + 1)
                    path.mkdir()
                    made.append(path)
            r = run_hodei("--", "true")
            assert b"stale_removed" not in r.stderr
            assert all(p.is_dir() for p in made)
        finally:
            for path in made:
                path.rmdir()


class TestWatchdogCountsSharedPagesOnce:
    """Without a cgroup, --memory is judged on what the kernel would charge, not on RSS sums."""

    def test_forks_sharing_memory_pass(self, run_hodei) -> None:
        """40 MiB shared by four sleeping forks stays under --memory 100M (the RSS sum is 200 MiB)."""
        r = run_hodei("--cgroup", "off", "--memory", "100M", "--",
                      PY, str(PROBES / "forks_sharing_memory.py"), "40", "0")
        assert r.event["oom_detection"] == "rss-watchdog"
        assert r.returncode == 0, r.stderr

    def test_forks_with_memory_of_their_own_are_stopped(self, run_hodei) -> None:
        """Four forks that each fill 40 MiB of their own pass 100M together and are killed."""
        r = run_hodei("--cgroup", "off", "--memory", "100M", "--",
                      PY, str(PROBES / "forks_sharing_memory.py"), "10", "40")
        assert r.returncode == 137
        assert r.reason["oom_killed"] is True


_ALTERNATE = str(PROBES / "alternate_streams.py")


class TestOutputAsIfDirect:
    """The job's output through hodei-run is what it would be directly."""

    @pytest.mark.parametrize(("masking", "cgroup"), [(False, "auto"), (True, "auto"),
                                                     (False, "off"), (True, "off")])
    def test_inherited_descriptors_pass_through(self, tmp_path: Path, masking: bool,
                                                cgroup: str) -> None:
        """Descriptors above 2 given to hodei-run (``3>f 5>g``) reach the job at their numbers,
        and none of hodei-run's own do, with masking on or off, in a cgroup or not."""
        three, five = tmp_path / "three", tmp_path / "five"
        job = " ".join(shlex.quote(word) for word in (PY, str(PROBES / "write_to_fds.py"),
                                                      "3=to three", "5=to five"))
        secret = "--secret S=env:HOME " if masking else ""
        proc = subprocess.run(
            ["sh", "-c", f"exec {shlex.quote(str(HODEI_RUN))} --cgroup {cgroup} {secret}-- "
                         f"{job} 3>{three} 5>{five}"],
            capture_output=True, env=clean_env(), timeout=60, check=False)
        assert proc.returncode == 0, proc.stderr
        assert three.read_bytes() == b"to three"
        assert five.read_bytes() == b"to five"
        assert proc.stdout == b"[0, 1, 2, 3, 5]\n"

    def test_a_descriptor_not_given_stays_closed(self) -> None:
        """A descriptor the caller closed or marked close-on-exec is not given to the job: it
        finds it closed, as it would directly."""
        job = "import os\nos.write(7, b'x')\n"
        proc = subprocess.run(
            ["sh", "-c", f"exec 7>&-; exec {shlex.quote(str(HODEI_RUN))} --quiet -- "
                         f"{shlex.quote(PY)} -c {shlex.quote(job)}"],
            capture_output=True, env=clean_env(), timeout=60, check=False)
        assert proc.returncode == 1
        assert b"Bad file descriptor" in proc.stderr

    @pytest.mark.parametrize("masking", [False, True])
    def test_merged_stdout_and_stderr_keep_their_order_in_a_pipe(self, masking: bool) -> None:
        """With ``2>&1`` into a pipe, the job's alternating stdout and stderr lines arrive in
        the order it wrote them, masked."""
        secret = ["--secret", "S=env:SV"] if masking else []
        proc = subprocess.run([str(HODEI_RUN), "--quiet", *secret, "--", PY, _ALTERNATE],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60,
                              env=clean_env({"SV": "hidden-value"}), check=False)
        shown = "***" if masking else ""
        assert proc.stdout.decode().splitlines() == [f"line {i} {shown}" for i in range(300)]

    def test_merged_into_a_file_keep_their_order(self, tmp_path: Path) -> None:
        """With ``>f 2>&1`` and masking, the file holds the lines in the job's order."""
        out = tmp_path / "out"
        proc = subprocess.run(
            ["sh", "-c", f"exec {shlex.quote(str(HODEI_RUN))} --quiet --secret S=env:SV -- "
                         f"{shlex.quote(PY)} {shlex.quote(_ALTERNATE)} >{out} 2>&1"],
            env=clean_env({"SV": "hidden-value"}), timeout=60, check=False)
        assert proc.returncode == 0
        assert out.read_text().splitlines() == [f"line {i} ***" for i in range(300)]

    def test_merged_output_still_classified(self, tmp_path: Path) -> None:
        """With ``2>&1`` the job's error line still reaches the event's stderr tail."""
        event = tmp_path / "event.json"
        subprocess.run([str(HODEI_RUN), "--event-file", str(event), "--", "sh", "-c",
                        "echo progress; echo 'fatal: it broke' >&2; exit 2"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60,
                       env=clean_env(), check=False)
        assert "fatal: it broke" in json.loads(event.read_text())["stderr_tail"]
