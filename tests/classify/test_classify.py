"""The classifier, fed with observations recorded from real failing commands.

Every stderr, exit status, signal and spawn errno below comes from a command run at test time
(see :func:`record`); only facts no command can produce here (an OOM-kill counter, a pre-spawn
validation error, the supervisor's own failure, EAGAIN from fork) are constructed, and the tests
that construct them say so.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import PROBES

from hodei_worker._units import format_bytes, format_duration_ms
from hodei_worker.catalogue import CATALOGUE
from hodei_worker.classify import (
    MAX_ACTIONS,
    MIN_ACTIONS,
    RULES,
    STDERR_TAIL_LIMIT,
    Failure,
    Observation,
    OomDetection,
    PathCheck,
    PreSpawnError,
    PreSpawnKind,
    SpawnFailure,
    SpawnStage,
    classify,
)

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


# --- recording real runs ------------------------------------------------------------------------

def _spawn_failure(exc: OSError, program: str, cwd: str | None) -> SpawnFailure:
    """The SpawnFailure a supervisor derives from Popen's OSError."""
    filename = os.fsdecode(exc.filename) if exc.filename is not None else program
    if cwd is not None and filename == cwd:
        return SpawnFailure(exc.errno, SpawnStage.CHDIR, cwd, exc.strerror or "")
    interpreter = None
    if exc.errno == errno.ENOENT and os.path.isfile(filename):
        with open(filename, "rb") as script:
            first = script.readline()
        if first.startswith(b"#!"):  # the kernel splits the #! line on spaces and tabs only
            interpreter = os.fsdecode(first[2:].rstrip(b"\n").strip(b" \t").split(b" ")[0])
    return SpawnFailure(exc.errno, SpawnStage.EXEC, filename, exc.strerror or "", interpreter)


def record(argv: list[str | bytes], *, cwd: Path | str | None = None, as_nobody: bool = False,
           **facts: object) -> Observation:
    """Runs ``argv`` for real and returns what a supervisor observes of it.

    The real exit status (or the signal, from a negative returncode), the real stderr bytes and a
    real spawn errno go into the Observation; ``facts`` adds what only a supervisor knows."""
    command, *arguments = (os.fsdecode(a) for a in argv)
    workdir = os.fspath(cwd) if cwd is not None else None
    run_argv = [*NOBODY, *argv] if as_nobody else argv
    started = time.monotonic()
    base = {"command": command, "arguments": tuple(arguments), "working_dir": workdir or os.getcwd()}
    try:
        proc = subprocess.run(run_argv, capture_output=True, cwd=workdir, timeout=60, check=False)
    except OSError as exc:
        return Observation(**base, spawn_failure=_spawn_failure(exc, command, workdir), **facts)
    code = proc.returncode
    return Observation(
        **base,
        exit_status=code if code >= 0 else None,
        term_signal=-code if code < 0 else None,
        core_dumped=False,
        stderr_tail=proc.stderr,
        execution_time_ms=round((time.monotonic() - started) * 1000),
        **facts,
    )


def record_spawn_as_nobody(argv: list[str], cwd: str) -> Observation:
    """Spawns ``argv`` in ``cwd`` as the unprivileged user nobody and records the OS's refusal.
    (The probe's program comes on stdin, read by us: nobody may not be able to read this
    checkout, a directory of mode 0700 say.)"""
    out = subprocess.run([*NOBODY, sys.executable, "-", cwd, *argv],
                         input=(PROBES / "spawn_in.py").read_text("utf-8"), capture_output=True,
                         text=True, timeout=60, check=True).stdout
    refused = json.loads(out)
    assert refused is not None, f"nobody could spawn {argv} in {cwd}"
    number, filename, message = refused
    exc = OSError(number, message, filename)
    return Observation(command=argv[0], arguments=tuple(argv[1:]), working_dir=cwd,
                       spawn_failure=_spawn_failure(exc, argv[0], cwd))


def record_deadline(argv: list[str], timeout_s: float, grace_s: float, *, wait_ready: bool = False,
                    **facts: object) -> Observation:
    """Runs ``argv`` under a real deadline: SIGTERM when it passes, SIGKILL after the grace."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if wait_ready:
        assert proc.stdout is not None
        proc.stdout.readline()
    fired, killed_with = False, None
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        fired, killed_with = True, signal.SIGTERM
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            killed_with = signal.SIGKILL
            proc.kill()
    _, stderr = proc.communicate()
    code = proc.returncode
    return Observation(
        command=argv[0], arguments=tuple(argv[1:]), working_dir=os.getcwd(),
        exit_status=code if code >= 0 else None, term_signal=-code if code < 0 else None,
        stderr_tail=stderr, timeout_ms=round(timeout_s * 1000), deadline_fired=fired,
        killed_with=int(killed_with) if killed_with else None, **facts,
    )


# --- shared checks ------------------------------------------------------------------------------

def decide(obs: Observation) -> Failure:
    """Classifies a failed observation, asserting that it is one."""
    failure = classify(obs)
    assert failure is not None, f"a failed run was classified as success: {obs}"
    return failure


def assert_actions(failure: Failure, *needles: str) -> None:
    """2-4 actions; the contextual ones (not in the guide) come first and carry every needle;
    the last one points to the code's whole guide."""
    assert failure.suggested_actions[-1] == (
        f"Run 'hodei-run explain {failure.error.code}' for the whole guide")
    actions = failure.suggested_actions[:-1]
    assert MIN_ACTIONS <= len(failure.suggested_actions) <= MAX_ACTIONS, actions
    assert all(isinstance(a, str) and a.strip() for a in actions)
    generic = set(failure.error.guide.actions) if failure.error.guide else set()
    contextual = [a for a in actions if a not in generic]
    assert contextual, f"no contextual action in {actions}"
    assert list(actions[: len(contextual)]) == contextual, f"generic actions precede contextual: {actions}"
    for needle in needles:
        assert any(needle in a for a in contextual), f"{needle!r} is in no contextual action: {actions}"


def assert_decided(failure: Failure, rule: str, code: str) -> None:
    """The failure was decided by ``rule`` and carries catalogue entry ``code``."""
    assert (failure.rule, failure.error.code) == (rule, code), (failure.rule, failure.error.code,
                                                                 failure.evidence)
    assert failure.error is CATALOGUE[code]
    assert failure.failure_reason["type"] == CATALOGUE[code].type


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A directory with a non-executable script, a script without #!, and one with a missing interpreter."""
    (tmp_path / "noexec.sh").write_text("#!/bin/sh\necho hi\n")
    (tmp_path / "noexec.sh").chmod(0o644)
    (tmp_path / "noshebang").write_text("echo hi\n")
    (tmp_path / "noshebang").chmod(0o755)
    (tmp_path / "badinterp").write_text("#!/nonexistent/interpreter\necho hi\n")
    (tmp_path / "badinterp").chmod(0o755)
    return tmp_path


@pytest.fixture
def locked(tmp_path: Path) -> Path:
    """A root-only (0700) directory holding a root-only (0600) file, for real EACCES as nobody."""
    directory = tmp_path / "locked"
    directory.mkdir(mode=0o700)
    (directory / "secret.txt").write_text("root only\n")
    (directory / "secret.txt").chmod(0o600)
    return directory


# --- the rules ----------------------------------------------------------------------------------

class TestSuccess:
    """A run that exited 0 is not a failure."""

    def test_exit_zero_is_none(self) -> None:
        """A real command exiting 0 classifies as None."""
        assert classify(record(["sh", "-c", "true"])) is None

    def test_exit_zero_ignores_error_text(self) -> None:
        """Exit 0 is success even when stderr carries an error message from an inner step."""
        obs = record(["sh", "-c", "cat /nonexistent; exit 0"])
        assert b"No such file" in obs.stderr_tail
        assert classify(obs) is None


class TestPreSpawn:
    """Bad input found before spawning (constructed: hodei-run's own validation, no OS fault)."""

    def test_validation(self) -> None:
        """Constructed: an invalid job field gives ERR_1009 naming the field and the reason."""
        obs = Observation("./job.sh", pre_spawn_error=PreSpawnError(
            PreSpawnKind.VALIDATION, "memory", "'-1G' is not a size"))
        failure = decide(obs)
        assert_decided(failure, "pre-spawn.validation", "ERR_1009")
        assert failure.reason == {"field": "memory", "message": "'-1G' is not a size"}
        assert_actions(failure, "memory")

    def test_configuration(self) -> None:
        """Constructed: an invalid configuration key gives ERR_1010 naming the key."""
        obs = Observation("./job.sh", pre_spawn_error=PreSpawnError(
            PreSpawnKind.CONFIGURATION, "cgroup.root", "not a directory"))
        failure = decide(obs)
        assert_decided(failure, "pre-spawn.configuration", "ERR_1010")
        assert failure.reason == {"key": "cgroup.root", "message": "not a directory"}
        assert_actions(failure, "cgroup.root")

    def test_secret(self) -> None:
        """Constructed: an unresolvable secret gives ERR_1011 naming the secret and why."""
        obs = Observation("./job.sh", pre_spawn_error=PreSpawnError(
            PreSpawnKind.SECRET, "DB_PASSWORD", "file /run/secrets/db is missing"))
        failure = decide(obs)
        assert_decided(failure, "pre-spawn.secret", "ERR_1011")
        assert failure.reason == {"secret_name": "DB_PASSWORD", "reason": "file /run/secrets/db is missing"}
        assert_actions(failure, "DB_PASSWORD")

    def test_nothing_ran_so_no_status(self) -> None:
        """Constructed: a pre-spawn failure reports exit_code -1, as the seed does for a process that never ran."""
        obs = Observation("./job.sh", pre_spawn_error=PreSpawnError(PreSpawnKind.VALIDATION, "f", "m"))
        assert decide(obs).exit_code == -1


class TestSpawnFailures:
    """Real OSErrors from starting a process."""

    def test_missing_program(self) -> None:
        """A program not on PATH (real ENOENT from exec) gives spawn.not-found, ERR_1001, status 127."""
        obs = record(["hodei-no-such-program", "--flag"])
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.errno == errno.ENOENT
        failure = decide(obs)
        assert_decided(failure, "spawn.not-found", "ERR_1001")
        assert failure.reason["command"] == "hodei-no-such-program"
        assert failure.exit_code == 127
        assert "ENOENT" in failure.evidence
        assert_actions(failure, "hodei-no-such-program")

    def test_path_through_a_file(self, scripts: Path) -> None:
        """A program path running through a regular file (real ENOTDIR) is also 'not found'."""
        program = str(scripts / "noexec.sh" / "prog")
        obs = record([program])
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.errno == errno.ENOTDIR
        failure = decide(obs)
        assert_decided(failure, "spawn.not-found", "ERR_1001")
        assert failure.reason["command"] == program
        assert_actions(failure, program)

    def test_missing_interpreter(self, scripts: Path) -> None:
        """A script whose #! interpreter is missing (real ENOENT) names the interpreter and the script."""
        script = str(scripts / "badinterp")
        obs = record([script])
        assert obs.spawn_failure is not None
        failure = decide(obs)
        assert_decided(failure, "spawn.interpreter-missing", "ERR_1001")
        assert failure.reason == {"command": "/nonexistent/interpreter", "script": script}
        assert_actions(failure, "/nonexistent/interpreter", script)

    def test_missing_interpreter_with_windows_line_ending(self, tmp_path: Path) -> None:
        """A script whose #! line ends in CRLF (real ENOENT) names '/bin/sh\\r' as the missing
        interpreter and says the line ending is the cause."""
        script = tmp_path / "crlf.sh"
        script.write_bytes(b"#!/bin/sh\r\necho hi\r\n")
        script.chmod(0o755)
        failure = decide(record([str(script)]))
        assert_decided(failure, "spawn.interpreter-missing", "ERR_1001")
        assert failure.reason == {"command": "/bin/sh\r", "script": str(script),
                                  "line_ending": "CRLF"}
        assert "carriage return" in failure.evidence
        assert "/bin/sh\\r" in failure.evidence
        assert_actions(failure, f"sed -i 's/\\r$//' {script}")

    def test_not_executable(self, scripts: Path) -> None:
        """A file without execute bits (real EACCES from exec) gives ERR_1002 with `chmod +x <path>`."""
        script = str(scripts / "noexec.sh")
        obs = record([script])
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.errno == errno.EACCES
        failure = decide(obs)
        assert_decided(failure, "spawn.not-executable", "ERR_1002")
        assert failure.reason == {"path": script, "operation": "execute"}
        assert failure.exit_code == 126
        assert_actions(failure, f"chmod +x {script}")

    def test_exec_format_error(self, scripts: Path) -> None:
        """An executable text file without #! (real ENOEXEC) is 'not executable' and suggests its interpreter."""
        script = str(scripts / "noshebang")
        obs = record([script])
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.errno == errno.ENOEXEC
        failure = decide(obs)
        assert_decided(failure, "spawn.not-executable", "ERR_1002")
        assert failure.reason["path"] == script
        assert_actions(failure, script)
        assert not any(f"chmod +x {script}" in a for a in failure.suggested_actions)

    def test_missing_workdir(self, tmp_path: Path) -> None:
        """A missing working directory (real ENOENT at chdir) gives ERR_1003 naming the directory."""
        workdir = str(tmp_path / "no" / "such" / "dir")
        obs = record(["true"], cwd=workdir)
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.stage is SpawnStage.CHDIR
        failure = decide(obs)
        assert_decided(failure, "spawn.workdir-missing", "ERR_1003")
        assert failure.reason == {"path": workdir}
        assert_actions(failure, f"mkdir -p {workdir}")

    def test_denied_workdir(self, locked: Path) -> None:
        """A working directory nobody may enter (real EACCES at chdir, as user nobody) gives ERR_1002 chdir."""
        obs = record_spawn_as_nobody(["true"], str(locked))
        assert obs.spawn_failure is not None
        assert (obs.spawn_failure.errno, obs.spawn_failure.stage) == (errno.EACCES, SpawnStage.CHDIR)
        failure = decide(obs)
        assert_decided(failure, "spawn.workdir-denied", "ERR_1002")
        assert failure.reason == {"path": str(locked), "operation": "chdir"}
        assert_actions(failure, str(locked))

    def test_argument_list_too_long(self) -> None:
        """An argument over the kernel's per-string limit (real E2BIG) gives spawn.failed, ERR_1004, status -1."""
        obs = record(["true", "x" * (256 * 1024)])
        assert obs.spawn_failure is not None
        assert obs.spawn_failure.errno == errno.E2BIG
        failure = decide(obs)
        assert_decided(failure, "spawn.failed", "ERR_1004")
        assert failure.reason["errno"] == errno.E2BIG
        assert failure.reason["errno_name"] == "E2BIG"
        assert failure.reason["message"] == os.strerror(errno.E2BIG)
        assert failure.exit_code == -1
        assert_actions(failure, "E2BIG")

    def test_fork_eagain(self) -> None:
        """Constructed (EAGAIN from fork cannot be provoked here without exhausting the pid limit): ERR_1004 with EAGAIN."""
        obs = Observation("./job.sh", spawn_failure=SpawnFailure(
            errno.EAGAIN, SpawnStage.FORK, "./job.sh", os.strerror(errno.EAGAIN)))
        failure = decide(obs)
        assert_decided(failure, "spawn.failed", "ERR_1004")
        assert failure.reason["errno"] == errno.EAGAIN
        assert failure.reason["errno_name"] == "EAGAIN"
        assert_actions(failure, "EAGAIN")

    def test_absurd_errno_never_raises(self) -> None:
        """Constructed: an errno too large for strerror still yields ERR_1099 instead of an exception."""
        obs = Observation("./job.sh", spawn_failure=SpawnFailure(2**70, SpawnStage.FORK, "./job.sh"))
        failure = decide(obs)
        assert failure.error.code == "ERR_1099"
        assert MIN_ACTIONS <= len(failure.suggested_actions) <= MAX_ACTIONS


class TestSupervisorInternal:
    """The supervisor's own failure."""

    def test_internal_error(self) -> None:
        """Constructed (the supervisor's internal error cannot be produced without breaking it): ERR_1008 with its message."""
        obs = Observation("./job.sh", internal_error="cgroup vanished", exit_status=1)
        failure = decide(obs)
        assert_decided(failure, "supervisor.internal", "ERR_1008")
        assert failure.reason == {"message": "cgroup vanished"}
        assert "cgroup vanished" in failure.evidence
        assert_actions(failure)

    def test_internal_error_beats_deadline_and_signal(self) -> None:
        """A real deadline kill, with a constructed internal error on top, is still the supervisor's fault."""
        obs = replace(record_deadline(["sleep", "10"], 0.2, 2.0), internal_error="reaper crashed")
        assert obs.deadline_fired
        assert_decided(decide(obs), "supervisor.internal", "ERR_1008")


class TestDeadline:
    """Our deadline fired and we stopped the job (really, with a 200 ms limit)."""

    def test_sigterm_within_grace(self) -> None:
        """A job stopped by SIGTERM at the deadline is a timeout, not a signal: ERR_1005 with timeout_ms, killed_with and status 124."""
        obs = record_deadline(["sleep", "10"], 0.2, 2.0)
        assert obs.term_signal == signal.SIGTERM
        failure = decide(obs)
        assert_decided(failure, "deadline", "ERR_1005")
        assert failure.reason == {"timeout_ms": 200, "killed_with": "SIGTERM"}
        assert failure.exit_code == 124
        assert_actions(failure, f"above {format_duration_ms(200)}")

    def test_escalation_to_sigkill(self) -> None:
        """A job ignoring SIGTERM is killed after the grace: killed_with is SIGKILL and an action says so."""
        job = [sys.executable, str(PROBES / "ignore_term_then_sleep.py")]
        obs = record_deadline(job, 0.2, 0.3, wait_ready=True)
        assert obs.term_signal == signal.SIGKILL
        failure = decide(obs)
        assert_decided(failure, "deadline", "ERR_1005")
        assert failure.reason["killed_with"] == "SIGKILL"
        assert any("SIGTERM" in a for a in failure.suggested_actions)

    def test_limit_in_seconds_in_actions(self) -> None:
        """Constructed (a 30 s real deadline is too slow for this suite): the action names the limit as 'above 30s'."""
        obs = Observation("./job.sh", term_signal=signal.SIGTERM, timeout_ms=30_000,
                          deadline_fired=True, killed_with=signal.SIGTERM)
        failure = decide(obs)
        assert failure.reason["timeout_ms"] == 30_000
        assert_actions(failure, "above 30s")

    def test_deadline_beats_oom(self) -> None:
        """A real deadline kill with a constructed OOM-counter rise is still a timeout."""
        obs = replace(record_deadline(["sleep", "10"], 0.2, 2.0), oom_detection=OomDetection.CGROUP_V2,
                      oom_kills_before=0, oom_kills_after=1)
        assert_decided(decide(obs), "deadline", "ERR_1005")


class TestForwardedTermination:
    """Terminations that reached hodei-run from outside (constructed: the supervisor's
    end-to-end tests send the real signals; here only the classification is pinned)."""

    def test_termination_before_start(self) -> None:
        """Constructed: a SIGTERM received before anything was spawned is ERR_1006, forwarded,
        exit 143, and the evidence says the job was not started."""
        obs = Observation("./job.sh", forwarded_signal=signal.SIGTERM)
        failure = decide(obs)
        assert_decided(failure, "stopped-before-start", "ERR_1006")
        assert failure.reason["forwarded"] is True
        assert failure.reason["signal"] == "SIGTERM"
        assert failure.exit_code == 143
        assert "not started" in failure.evidence

    def test_sigkill_after_forwarded_grace_is_ours(self) -> None:
        """Constructed: the SIGKILL hodei-run sends when a forwarded SIGTERM was not obeyed in
        time is not blamed on an outsider; the action names the grace period."""
        obs = Observation("./job.sh", term_signal=signal.SIGKILL, forwarded_signal=signal.SIGTERM,
                          killed_with=signal.SIGKILL, oom_detection=OomDetection.CGROUP_V1,
                          oom_kills_before=0, oom_kills_after=0)
        failure = decide(obs)
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["forwarded"] is True
        assert "from outside" not in failure.suggested_actions[0]
        assert "--kill-grace" in failure.suggested_actions[0]


class TestOom:
    """OOM kills, detected from the cgroup counter's delta during the run."""

    def test_oom_kill_of_main_process(self) -> None:
        """A real SIGKILL death with a constructed counter rise 0 -> 1 is an OOM kill (not a plain signal)."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V2,
                     oom_kills_before=0, oom_kills_after=1, memory_limit_bytes=64 * 1024 * 1024)
        assert obs.term_signal == signal.SIGKILL
        failure = decide(obs)
        assert_decided(failure, "oom.kill", "ERR_1006")
        assert failure.reason["oom_killed"] is True
        assert failure.reason["oom_kills"] == 1
        assert failure.reason["signal"] == "SIGKILL"
        assert failure.exit_code == 128 + signal.SIGKILL
        assert "0 -> 1" in failure.evidence
        assert_actions(failure, f"above {format_bytes(64 * 1024 * 1024)}")
        assert format_bytes(64 * 1024 * 1024) == "64 MiB"

    def test_oom_kill_of_a_child(self) -> None:
        """A real exit 1 with a constructed counter rise 2 -> 3 is an OOM kill keeping the main exit status."""
        obs = record(["sh", "-c", "exit 1"], oom_detection=OomDetection.CGROUP_V1,
                     oom_kills_before=2, oom_kills_after=3)
        failure = decide(obs)
        assert_decided(failure, "oom.kill", "ERR_1006")
        assert failure.reason["oom_killed"] is True
        assert failure.reason["oom_kills"] == 1
        assert failure.reason["main_process_exit_code"] == 1
        assert_actions(failure, "memory limit")

    def test_oom_kill_counted_by_the_cgroup_hodei_run_runs_in(self) -> None:
        """A real SIGKILL death with a constructed rise of the enclosing cgroup's counter (a
        container's) is the OOM kill of 'oom.container', whose evidence names that cgroup."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V1,
                     oom_kills_before=0, oom_kills_after=1,
                     oom_counter_cgroup="/sys/fs/cgroup/memory")
        failure = decide(obs)
        assert_decided(failure, "oom.container", "ERR_1006")
        assert failure.reason["oom_killed"] is True
        assert "/sys/fs/cgroup/memory, the cgroup hodei-run runs in" in failure.evidence
        assert "0 -> 1" in failure.evidence

    def test_leftover_count_is_not_an_oom(self) -> None:
        """A counter already at 3 before the run and still 3 after is no OOM kill: a real SIGKILL stays a signal."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V2,
                     oom_kills_before=3, oom_kills_after=3)
        failure = decide(obs)
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["oom_killed"] is False

    def test_plain_sigkill_with_detection_came_from_outside(self) -> None:
        """A real SIGKILL with a readable counter that did not move is not an OOM; the first action says it came from outside."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V2,
                     oom_kills_before=0, oom_kills_after=0)
        failure = decide(obs)
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["oom_killed"] is False
        assert "outside" in failure.suggested_actions[0]
        assert_actions(failure, "SIGKILL")

    def test_unreadable_before_counter_does_not_rule_out_oom(self) -> None:
        """Constructed counters (before unreadable, after 2) on a real SIGKILL cannot prove the kill came from outside."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V2,
                     oom_kills_before=None, oom_kills_after=2)
        failure = decide(obs)
        assert failure.error.code == "ERR_1006"
        assert "outside" not in failure.suggested_actions[0], failure.suggested_actions
        assert "counted no OOM kill" not in failure.evidence, failure.evidence

    def test_sigkill_without_detection_cannot_rule_out_oom(self) -> None:
        """A real SIGKILL with no counter at all is a signal whose first action does not blame an outside sender."""
        failure = decide(record(["sh", "-c", "kill -KILL $$"]))
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["oom_killed"] is False
        assert "outside" not in failure.suggested_actions[0]
        assert_actions(failure, "OOM")


class TestSignals:
    """Deaths by signal, direct or relayed by a shell."""

    def test_segfault(self) -> None:
        """A real death by SIGSEGV gives ERR_1006 naming the signal, with status 128+11."""
        failure = decide(record(["sh", "-c", "kill -SEGV $$"]))
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["signal"] == signal.Signals.SIGSEGV.name
        assert failure.reason["signal_number"] == signal.SIGSEGV
        assert failure.reason["core_dumped"] is False
        assert failure.reason["oom_killed"] is False
        assert "inferred" not in failure.reason
        assert failure.exit_code == 128 + signal.SIGSEGV
        assert_actions(failure)

    def test_forwarded_sigterm(self) -> None:
        """A job really stopped by a SIGTERM that hodei-run forwarded is marked forwarded and said to come from outside."""
        proc = subprocess.Popen(["sleep", "10"], stderr=subprocess.PIPE)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate()
        obs = Observation("sleep", ("10",), term_signal=-proc.returncode, stderr_tail=stderr,
                          forwarded_signal=signal.SIGTERM)
        failure = decide(obs)
        assert_decided(failure, "signal", "ERR_1006")
        assert failure.reason["signal"] == "SIGTERM"
        assert failure.reason["forwarded"] is True
        assert_actions(failure, "SIGTERM")

    def test_relayed_by_a_shell(self) -> None:
        """bash relaying a child killed by SIGKILL (real exit 137) gives signal.relayed with inferred true."""
        obs = record(["bash", "-c", "sleep 5 & kill -9 $!; wait $!; exit $?"])
        assert (obs.exit_status, obs.term_signal) == (128 + signal.SIGKILL, None)
        failure = decide(obs)
        assert_decided(failure, "signal.relayed", "ERR_1006")
        assert failure.reason["signal"] == "SIGKILL"
        assert failure.reason["signal_number"] == signal.SIGKILL
        assert failure.reason["inferred"] is True
        assert failure.reason["oom_killed"] is False
        assert failure.exit_code == 128 + signal.SIGKILL
        assert_actions(failure)

    def test_signal_beats_stderr(self) -> None:
        """A real SIGKILL death after a 'No such file' line is a signal, not FILE_NOT_FOUND."""
        obs = record(["sh", "-c", "cat /nonexistent; kill -KILL $$"])
        assert b"No such file" in obs.stderr_tail
        assert_decided(decide(obs), "signal", "ERR_1006")


class TestShellConventions:
    """Exit statuses 127 and 126, as shells report them."""

    def test_dash_command_not_found(self) -> None:
        """dash's real 'sh: 1: X: not found' with exit 127 names X as the command."""
        obs = record(["sh", "-c", "hodei_nosuchcmd"])
        assert obs.exit_status == 127
        failure = decide(obs)
        assert_decided(failure, "exit.127", "ERR_1001")
        assert failure.reason == {"command": "hodei_nosuchcmd"}
        assert failure.exit_code == 127
        assert_actions(failure, "hodei_nosuchcmd")

    def test_bash_command_not_found(self) -> None:
        """bash's real 'X: command not found' with exit 127 names X as the command."""
        failure = decide(record(["bash", "-c", "hodei_nosuchcmd"]))
        assert_decided(failure, "exit.127", "ERR_1001")
        assert failure.reason["command"] == "hodei_nosuchcmd"
        assert_actions(failure, "hodei_nosuchcmd")

    def test_exit_127_beats_stderr_patterns(self, tmp_path: Path) -> None:
        """bash's real exit 127 for a missing script is COMMAND_NOT_FOUND although its stderr says 'No such file'."""
        obs = record(["bash", "-c", "./missing.sh"], cwd=tmp_path)
        assert obs.exit_status == 127
        assert b"No such file or directory" in obs.stderr_tail
        assert_decided(decide(obs), "exit.127", "ERR_1001")

    def test_exit_127_names_the_missing_script_not_the_shell(self, tmp_path: Path) -> None:
        """bash's real exit 127 for ./missing.sh reports ./missing.sh (from its stderr) as the command, not bash."""
        failure = decide(record(["bash", "-c", "./missing.sh"], cwd=tmp_path))
        assert failure.reason.get("command") == "./missing.sh", failure.failure_reason
        assert_actions(failure, "./missing.sh")

    def test_a_script_file_the_shell_cannot_read_is_a_missing_file(self) -> None:
        """bash given a script path that does not exist exits 127, but the job's program (bash)
        ran: the missing file is the script, ERR_1003 naming it."""
        failure = decide(record(["bash", "/nonexistent/hodei-ci.sh"]))
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/nonexistent/hodei-ci.sh"
        assert failure.exit_code == 127

    def test_script_without_execute_bit(self, scripts: Path) -> None:
        """dash's real exit 126 for a script without execute bit gives ERR_1002 execute with `chmod +x <path>`."""
        script = str(scripts / "noexec.sh")
        obs = record(["sh", "-c", script])
        assert obs.exit_status == 126
        failure = decide(obs)
        assert_decided(failure, "exit.126", "ERR_1002")
        assert failure.reason == {"path": script, "operation": "execute"}
        assert failure.exit_code == 126
        assert_actions(failure, f"chmod +x {script}")


class TestStderrPatterns:
    """The last stderr line a pattern recognises decides, for non-zero exits without a stronger rule."""

    def test_command_not_found_in_a_script_that_goes_on(self) -> None:
        """A real 'not found' line followed by exit 1 gives ERR_1001 from stderr naming the command."""
        failure = decide(record(["sh", "-c", "hodei_nosuchcmd; exit 1"]))
        assert_decided(failure, "stderr.command-not-found", "ERR_1001")
        assert failure.reason["command"] == "hodei_nosuchcmd"
        assert "stderr.command-not-found" in failure.evidence
        assert failure.exit_code == 1
        assert_actions(failure, "hodei_nosuchcmd")

    @pytest.mark.parametrize("argv", [
        ["cat", "/nonexistent/hodei.csv"],
        ["ls", "/nonexistent/hodei.csv"],
        [sys.executable, "-c", "open('/nonexistent/hodei.csv')"],
    ], ids=["cat", "ls", "python"])
    def test_file_not_found(self, argv: list[str]) -> None:
        """A real 'No such file or directory' from cat, ls or Python gives ERR_1003 with the path from the line."""
        obs = record(argv)
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "/nonexistent/hodei.csv"}
        assert failure.exit_code == obs.exit_status
        assert "stderr.file-not-found" in failure.evidence
        assert_actions(failure, "/nonexistent/hodei.csv")

    @pytest.mark.parametrize("tool", ["cat", "touch", "python"])
    def test_permission_denied_as_nobody(self, locked: Path, tool: str) -> None:
        """A real EACCES (user nobody on a root-only file) from cat, touch or Python gives ERR_1002 with the path."""
        target = str(locked / "secret.txt")
        argv = {"cat": ["cat", target], "touch": ["touch", target],
                "python": [sys.executable, "-c", f"open({target!r}, 'a')"]}[tool]
        obs = record(argv, as_nobody=True)
        assert b"Permission denied" in obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "stderr.permission-denied", "ERR_1002")
        assert failure.reason == {"path": target, "operation": "access"}
        assert "stderr.permission-denied" in failure.evidence
        assert_actions(failure, target)

    def test_no_space_left(self) -> None:
        """dd's real ENOSPC writing /dev/full gives ERR_1012 with the path and the OS's message."""
        obs = record(["dd", "if=/dev/zero", "of=/dev/full", "bs=1", "count=1"])
        failure = decide(obs)
        assert_decided(failure, "stderr.io-error", "ERR_1012")
        assert failure.reason == {"path": "/dev/full", "message": os.strerror(errno.ENOSPC)}
        assert "stderr.io-error" in failure.evidence
        assert_actions(failure, "/dev/full")

    def test_read_only_file_system(self, tmp_path: Path) -> None:
        """touch's real EROFS in a read-only tmpfs (private mount namespace) gives ERR_1012 'Read-only file system'."""
        mount = tmp_path / "ro"
        mount.mkdir()
        target = str(mount / "out.txt")
        assert shutil.which("unshare"), "unshare(1) is needed to mount a read-only tmpfs"
        obs = record(["unshare", "-rm", "sh", "-c",
                      f"mount -t tmpfs -o ro none {mount} && touch {target}"])
        assert os.strerror(errno.EROFS).encode() in obs.stderr_tail, obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "stderr.io-error", "ERR_1012")
        assert failure.reason == {"path": target, "message": os.strerror(errno.EROFS)}

    def test_last_matching_line_wins(self) -> None:
        """Of a real ENOENT line then a real ENOSPC line, the later one (ERR_1012) decides."""
        obs = record(["sh", "-c", "ls /nonexistent; dd if=/dev/zero of=/dev/full bs=1 count=1"])
        assert obs.stderr_tail.index(b"No such file") < obs.stderr_tail.index(b"No space left")
        assert_decided(decide(obs), "stderr.io-error", "ERR_1012")

    def test_last_matching_line_wins_reversed(self) -> None:
        """Of a real ENOSPC line then a real ENOENT line, the later one (ERR_1003) decides."""
        obs = record(["sh", "-c", "dd if=/dev/zero of=/dev/full bs=1 count=1; ls /nonexistent"])
        assert obs.stderr_tail.index(b"No space left") < obs.stderr_tail.index(b"No such file")
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "/nonexistent"}

    def test_non_utf8_stderr(self) -> None:
        """A real stderr carrying invalid UTF-8 (a path of raw bytes) is still classified, with a text path."""
        obs = record([b"bash", b"-c", b"cat < /nonexistent/\xff\xfe.csv"])
        assert b"/nonexistent/\xff\xfe.csv" in obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        path = failure.reason["path"]
        assert isinstance(path, str)
        assert path.startswith("/nonexistent/")
        assert path.endswith(".csv")

    def test_dash_redirect_from_missing_file(self) -> None:
        """dash's real 'cannot open X: No such file' (the default /bin/sh on Debian) gives ERR_1003 with X."""
        obs = record(["dash", "-c", "cat < /nonexistent/hodei.csv"])
        assert b"/nonexistent/hodei.csv: No such file" in obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason.get("path") == "/nonexistent/hodei.csv"

    def test_garbage_bytes_only(self) -> None:
        """A real exit 1 with only invalid UTF-8 on stderr falls through to exit.nonzero without raising."""
        obs = record(["sh", "-c", r"printf '\377\376\375\200\n' >&2; exit 1"])
        assert obs.stderr_tail.startswith(b"\xff\xfe")
        assert_decided(decide(obs), "exit.nonzero", "ERR_1007")


class TestTailModel:
    """The final error decides: noise after it is passed over, output after it disqualifies it."""

    def test_summary_noise_after_the_error_is_passed_over(self, tmp_path: Path) -> None:
        """A real make recipe failing on a missing file is ERR_1003 for that file, and the
        evidence says the make summary after it is noise."""
        (tmp_path / "Makefile").write_text("all:\n\tcp assets/logo.svg public/\n")
        obs = record(["make"], cwd=tmp_path)
        assert obs.stderr_tail.rstrip().endswith(b"Error 1")
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "assets/logo.svg"}
        assert "summary noise" in failure.evidence
        assert "make: ***" in failure.evidence

    # The trailing notices of several tools, by family: what the job prints after its real
    # error. Printed by the shell after a real cat failure.
    NOTICES = {
        "pip-notice": "\n[notice] A new release of pip is available: 23.2.1 -> 24.3.1\n"
                      "[notice] To update, run: pip install --upgrade pip\n",
        "update-notifier-box": "\n\u256d\u2500\u2500\u2500\u256e\n\u2502 Update available 1.2.0 "
                               "\u2192 2.0.1 \u2502\n\u2502 Run npm i -g tool to update \u2502\n"
                               "\u2570\u2500\u2500\u2500\u256f\n",
        "gradle-try": "\n* Try:\n> Run with --stacktrace option to get the stack trace.\n"
                      "> Run with --info or --debug option to get more log output.\n"
                      "> Get more help at https://help.gradle.org.\n\nBUILD FAILED in 1s\n",
        "homebrew-hints": "==> Searching for similarly named formulae...\n"
                          "Hide these hints with HOMEBREW_NO_ENV_HINTS (see `man brew`).\n",
        "log-pointer": "See '/tmp/build/config.log' for more details\n"
                       "Full log written to /tmp/build/run.log\n",
        "rerun-hint": "Try 'cat --help' for more information.\n"
                      "You can rerun the command with --verbose for more output.\n",
        "timing": "Done in 0.42s.\nreal\t0m0.431s\n",
    }

    @pytest.mark.parametrize("family", sorted(NOTICES))
    def test_trailing_notices_do_not_hide_the_error(self, family: str) -> None:
        """A real ENOENT followed by a family of trailing notices (update, log pointer, tip,
        rerun hint, timing) is still ERR_1003 for the missing file."""
        obs = record(["bash", "-c", 'cat /nonexistent/hodei-input.csv; printf "%s" "$1" >&2; exit 1',
                      "job", self.NOTICES[family]])
        assert obs.stderr_tail.startswith(b"cat: /nonexistent/hodei-input.csv: No such file")
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "/nonexistent/hodei-input.csv"}
        assert "summary noise" in failure.evidence

    def test_a_notice_saying_an_errno_is_not_noise(self) -> None:
        """A line shaped like a notice that says the OS's words for an errno ('info: ...:
        Permission denied') is not passed over: it is the final error."""
        obs = record(["sh", "-c", "cat /nonexistent/a; echo 'info: /srv/out: Permission denied' >&2;"
                                  " exit 1"])
        failure = decide(obs)
        assert_decided(failure, "stderr.permission-denied", "ERR_1002")
        assert failure.reason["path"] == "/srv/out"

    def test_output_after_an_error_means_it_did_not_end_the_run(self) -> None:
        """A real ENOENT followed by more output (the job went on) and exit 1 is ERR_1007, not
        FILE_NOT_FOUND, and the evidence quotes the final error."""
        obs = record(["sh", "-c", "cat /nonexistent/lock || echo 'retrying' >&2; "
                                  "echo 'deploy failed: health check 503' >&2; exit 1"])
        assert b"No such file" in obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert "deploy failed: health check 503" in failure.evidence

    def test_diff_quoting_an_error_is_not_the_error(self, tmp_path: Path) -> None:
        """A real diff on stderr quoting 'Permission denied' is ERR_1007."""
        (tmp_path / "want").write_text("cat: x: Permission denied\n")
        (tmp_path / "got").write_text("ok\n")
        failure = decide(record(["sh", "-c", "diff want got >&2"], cwd=tmp_path))
        assert_decided(failure, "exit.nonzero", "ERR_1007")

    def test_a_specific_line_beats_a_later_generic_one(self, tmp_path: Path) -> None:
        """Of the host npm's real ENOENT lines, the one naming package.json decides, not the bare
        'enoent' lines, the update notice or the log pointer after it (whichever of those this
        npm version prints: only what every npm since 7 says is asserted)."""
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed on this host")
        obs = record(["env", f"HOME={tmp_path}", "npm", "install", "--offline", "--no-audit",
                      "--no-fund"], cwd=tmp_path)
        assert obs.exit_status not in (None, 0)
        assert b"package.json" in obs.stderr_tail
        failure = decide(obs)
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == str(tmp_path / "package.json")

    def test_argument_list_too_long_outranks_exit_126(self) -> None:
        """bash's real E2BIG, reported with status 126, is ERR_1004 E2BIG, not PERMISSION_DENIED."""
        obs = record(["bash", "-c", '/bin/echo "$(head -c 2500000 /dev/zero | tr "\\0" x)" >/dev/null'])
        assert obs.exit_status == 126
        failure = decide(obs)
        assert failure.error.code == "ERR_1004"
        assert failure.reason["errno_name"] == "E2BIG"
        assert "outranks" in failure.evidence
        assert_actions(failure, "files")

    def test_german_strerror(self) -> None:
        """A real cat in a German locale ('Datei oder Verzeichnis nicht gefunden') is ERR_1003
        with the path."""
        locales = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
        if "de_DE.utf8" not in locales.stdout:
            pytest.skip("the de_DE.UTF-8 locale is not generated on this host")
        obs = record(["env", "LC_ALL=de_DE.UTF-8", "cat", "/nonexistent/daten.csv"])
        assert b"nicht gefunden" in obs.stderr_tail
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "/nonexistent/daten.csv"}


class TestGeneralKnowledge:
    """The C library's words and the shapes every tool shares decide for a tool no pattern was
    written for (here a program named ``hodei-tool`` that prints them, then exits 1); the path
    or program is taken without quotes, punctuation or words of the message."""

    CASES = [
        # (stderr line, code, details)
        ("hodei-tool: error 70 : write error : cannot write block : No space left on device",
         "ERR_1012", {"message": "No space left on device"}),
        ('error: could not open "/srv/in.csv" for reading (Permission denied), giving up.',
         "ERR_1002", {"path": "/srv/in.csv", "operation": "access"}),
        ("hodei-tool: Can't open input file /nonexistent/a.txt: No such file or directory.",
         "ERR_1003", {"path": "/nonexistent/a.txt"}),
        ("hodei-tool: /nonexistent/f: Cannot stat: No such file or directory",
         "ERR_1003", {"path": "/nonexistent/f"}),
        ("failed to read `/etc/hodei/app.toml`: No such file or directory (os error 2)",
         "ERR_1003", {"path": "/etc/hodei/app.toml"}),
        ("hodei-tool: /etc/hostname/sub: Not a directory", "ERR_1003",
         {"path": "/etc/hostname/sub"}),
        ("File not found: /nonexistent/b.json.", "ERR_1003", {"path": "/nonexistent/b.json"}),
        ("hodei-tool: Fehler beim Schreiben von /mnt/out.bin: Auf dem Gerät ist kein "
         "Speicherplatz mehr verfügbar", "ERR_1012", {"path": "/mnt/out.bin"}),
        ("error: Failed to spawn: `hodei-pytest`", "ERR_1001", {"command": "hodei-pytest"}),
        ("ERROR: hodei-cmake not found in the PATH", "ERR_1001", {"command": "hodei-cmake"}),
        ("configure: error: no acceptable C compiler found in $PATH", "ERR_1001",
         {"command": "C compiler"}),
        ("error: linker `hodei-cc` not found", "ERR_1001", {"command": "hodei-cc"}),
        ("hodei-tool: fatal error: cannot execute 'hodei-cc1': execvp: No such file or directory",
         "ERR_1001", {"command": "hodei-cc1"}),
        ("runtime: failed to create new OS thread (have 5 already; errno=11)", "ERR_1004",
         {"errno_name": "EAGAIN"}),
        ("Error: spawn EAGAIN", "ERR_1004", {"errno_name": "EAGAIN"}),
        ("exec /usr/bin/hodei-app: exec format error", "ERR_1004", {"errno_name": "ENOEXEC"}),
        # no errno said: what the words of a tool's own sentence leave a person to read
        ("Could not open input file: /nonexistent/a.php", "ERR_1003",
         {"path": "/nonexistent/a.php"}),
        ("hodei-tool: can't open /etc/hodei/app.conf.", "ERR_1003", {"path": "/etc/hodei/app.conf"}),
        ('Error: The source directory "/srv/src" does not appear to contain CMakeLists.txt.',
         "ERR_1003", {"path": "CMakeLists.txt"}),
        ("ERROR: Neither directory contains a build file hodei.build.", "ERR_1003",
         {"path": "hodei.build"}),
        ("[ERROR] The goal requires a project but there is no POM in this directory (/srv).",
         "ERR_1003", {}),
        ("hodei-tool: ./config/app.yml not found", "ERR_1003", {"path": "./config/app.yml"}),
        ("Error 42 : Write error : failed writing single-block compressed frame", "ERR_1012", {}),
        ("hodei-tool: error writing output block 7", "ERR_1012", {}),
        ("hodei-tool: you must be root to do that.", "ERR_1002", {}),
        ("hodei-tool: only root can do that", "ERR_1002", {}),
        ("ERROR: /srv/hooks/pre.sh is not executable", "ERR_1002", {"path": "/srv/hooks/pre.sh"}),
        ("error: compiler hodei-cc not found", "ERR_1001", {"command": "hodei-cc"}),
        ("Error: hodei-cli is not installed", "ERR_1001", {"command": "hodei-cli"}),
        ("2026/12/07 10:32:58 ERROR : /srv/site: error reading source root directory: "
         "directory not found", "ERR_1003", {}),
        ("hodei-tool: /srv/in.md: openBinaryFile: does not exist (No such file or directory)",
         "ERR_1003", {"path": "/srv/in.md"}),
        ("objdump: '/nonexistent/app.o': No such file", "ERR_1003", {"path": "/nonexistent/app.o"}),
        ("Could not find executable hodei-filter", "ERR_1001", {"command": "hodei-filter"}),
        ("hodei-latex not found. Please select another engine or install hodei-latex", "ERR_1001",
         {"command": "hodei-latex"}),
        ("ERROR:  Couldn't find a gemspec file matching '/srv/x.gemspec' in /srv", "ERR_1003",
         {"path": "/srv/x.gemspec"}),
        ("Failed to copy: preallocate: file too big for remaining disk space", "ERR_1012", {}),
        ("msgfmt: Öffnen der Datei »/srv/de.po« zum Lesen fehlgeschlagen: Datei oder Verzeichnis "
         "nicht gefunden", "ERR_1003", {"path": "/srv/de.po"}),
        ("The command 'hodei-gen' could not be found.", "ERR_1001", {"command": "hodei-gen"}),
        ("You don't have write permissions for the /srv/gems directory.", "ERR_1002", {}),
        ("The specified file does not exist.", "ERR_1003", {}),
        ("Fichier introuvable : /srv/x.txt", "ERR_1003", {"path": "/srv/x.txt"}),
        ("fatal: write failure on '/srv/x'", "ERR_1012", {}),
        ("lua5.4: (command line):1: hodei-tool: Cannot allocate memory", "ERR_1004",
         {"errno_name": "ENOMEM"}),
        ("Error creating encode thread", "ERR_1004", {}),
        ("In procedure piped-process: Resource temporarily unavailable", "ERR_1004", {}),
        ("Command failed with status (127): [hodei-compile --release...]", "ERR_1001",
         {"command": "hodei-compile"}),
        ("hello.pas(4,1) Error: Util hodei-ld not found, switching to external linking", "ERR_1001",
         {"command": "hodei-ld"}),
        ("No Premake script (premake4.lua) found!", "ERR_1003", {"path": "premake4.lua"}),
        ("pbzip2: *ERROR: File [backups/db.sql] NOT found!  Skipping...", "ERR_1003",
         {"path": "backups/db.sql"}),
        ("photos/IMG_0001.jpg: Failed to open the file", "ERR_1003", {"path": "photos/IMG_0001.jpg"}),
        ("fotos/IMG_0001.jpg: Die Datei konnte nicht geöffnet werden", "ERR_1003",
         {"path": "fotos/IMG_0001.jpg"}),
        ("incl.texi:6: @include : impossible de trouver chapters/install.texi", "ERR_1003",
         {"path": "chapters/install.texi"}),
        ("Error: Cannot write to output file, terminating.", "ERR_1002", {}),
        ('Unix.Unix_error(Unix.ENOEXEC, "execv", "/srv/foreign")', "ERR_1004",
         {"errno_name": "ENOEXEC"}),
        ("abort: precommit hook exited with status 127", "ERR_1001", {}),
        ("ERROR! Unexpected Exception, this is probably a bug: can't start new thread\n"
         "to see the full traceback, use -vvv", "ERR_1004", {}),
        ("bwrap: execvp hodei-tests: No such file or directory", "ERR_1001",
         {"command": "hodei-tests"}),
        ("tune2fs: Arquivo ou diretório inexistente while trying to open /srv/disco.img", "ERR_1003",
         {"path": "/srv/disco.img"}),
        ("chattr: Operation not permitted while setting flags on /etc/hostname", "ERR_1002",
         {"path": "/etc/hostname"}),
        ("repository does not exist or is in an unreadable directory: /srv/app.fossil", "ERR_1003",
         {"path": "/srv/app.fossil"}),
        ("Can't Access `file://localhost/srv/report.html'", "ERR_1003", {"path": "/srv/report.html"}),
        ("opening configfile /srv/site.conf failed: No such file or directory", "ERR_1003",
         {"path": "/srv/site.conf"}),
        ("ERROR: source_sink `'/srv/app/report.pl'' does not exist", "ERR_1003",
         {"path": "/srv/app/report.pl"}),
        ("thread_create/3: error in system call (Resource temporarily unavailable)", "ERR_1004", {}),
        ("error: Failed to execute child process \u201chodei-cc\u201d (No such file or directory)",
         "ERR_1001", {"command": "hodei-cc"}),
        ("error: Kindprozess \u00bbhodei-cc\u00ab konnte nicht ausgef\u00fchrt werden (Datei oder "
         "Verzeichnis nicht gefunden)", "ERR_1001", {"command": "hodei-cc"}),
        ("automake: error: no 'Makefile.am' found for any configure output", "ERR_1003", {}),
        ("rust: no such plugin (executable should be 'capnpc-rust')\nrust: plugin failed: exit code 1",
         "ERR_1001", {"command": "capnpc-rust"}),
        ("cppcheck: error: could not find or open any of the paths given.", "ERR_1003", {}),
        ("error: no such file or directory: '/srv/main.c' [clang-diagnostic-error]\n"
         "Found compiler error(s).", "ERR_1003", {"path": "/srv/main.c"}),
        ("Error: Unable to locate config file or config directory.", "ERR_1003", {}),
        ("[11:05:36] CRITICAL FileNotFoundError: [Errno 2] No such file or directory", "ERR_1003", {}),
        ("gm convert: Unable to open file (/srv/cover.png) [No such file or directory].", "ERR_1003",
         {"path": "/srv/cover.png"}),
        ("Failed to pthread_create\nResource temporarily unavailable", "ERR_1004", {}),
        ("bsdtar: Can't launch external program: hodei-zstd", "ERR_1001", {"command": "hodei-zstd"}),
        ("mkfs.vfat: failed whilst writing reserved sector", "ERR_1012", {}),
        ("FATAL ERROR: dir_scan: failed to make directory /srv/tree, because Permission denied",
         "ERR_1002", {"path": "/srv/tree"}),
        ("libburn : SORRY : Cannot write desired amount of 32768 bytes. write(2) returned -1. : No space "
         "left on device\nxorriso : FAILURE : libburn indicates failure with writing.\n"
         "xorriso : aborting : -abort_on 'FAILURE' encountered 'FAILURE'", "ERR_1012", {}),
        ("subprocess: process creation failed\n  system error: Resource temporarily unavailable; "
         "errno=11", "ERR_1004", {}),
        ("error CS2001: Source file `/srv/src/Program.cs' could not be found", "ERR_1003",
         {"path": "/srv/src/Program.cs"}),
        ("error CS0016: Could not write to file `app'. Access to the path \"/srv/app.exe\" is denied.",
         "ERR_1002", {"path": "/srv/app.exe"}),
        ("bmake: exec(hodei-cc) failed (No such file or directory)", "ERR_1001", {"command": "hodei-cc"}),
        ("asciidoc: FAILED: missing configuration file: /srv/site.conf", "ERR_1003",
         {"path": "/srv/site.conf"}),
        ("open-input-file: cannot open input file\n  path: /srv/secret.txt\n  system error: Permission "
         "denied; errno=13", "ERR_1002", {"path": "/srv/secret.txt"}),
        ("usage: hodei-lint [-h] [files ...]\nhodei-lint: error: Cannot find config file '/srv/lint.ini'",
         "ERR_1003", {"path": "/srv/lint.ini"}),
        ("Error: Cannot read -f file '/srv/default.vcl' (No such file or directory)\n(-? gives usage)",
         "ERR_1003", {"path": "/srv/default.vcl"}),
        ("x.service: Command /usr/local/bin/hodei-d is not executable: No such file or directory",
         "ERR_1001", {"command": "/usr/local/bin/hodei-d"}),
        ("2026/12/07 11:25:12| FATAL: Unable to open configuration file: /srv/squid.conf: (2) No such "
         "file or directory\n2026/12/07 11:25:12| Squid Cache (Version 5.7): Terminated abnormally.\n"
         "CPU Usage: 0.010 seconds = 0.010 user + 0.000 sys\nMaximum Resident Size: 94608 KB",
         "ERR_1003", {"path": "/srv/squid.conf"}),
        ("sh: 1: hodei-export: not found\nSystem command returns 32512", "ERR_1001",
         {"command": "hodei-export"}),
        ("numactl: execution of `hodei-bench': No such file or directory", "ERR_1001",
         {"command": "hodei-bench"}),
        ("SSHPASS: Failed to run command: No such file or directory", "ERR_1001", {}),
        ("Usage: hodei-sync [options]\nFor a tutorial, type \"hodei-sync -doc\".\nProfile 'nightly' does not "
         "exist (looking for file /srv/.sync/nightly.prf)", "ERR_1003", {"path": "/srv/.sync/nightly.prf"}),
        ("msmtp: cannot evaluate 'echo secret': Cannot allocate memory", "ERR_1004",
         {"errno_name": "ENOMEM"}),
        ("*** \topen2: exec of hodei-smtpd -bs failed: No such file or directory at /usr/bin/swaks line 1.",
         "ERR_1001", {"command": "hodei-smtpd"}),
        ("Error: Unable to find file.\nError: Failed to open input PDF file: \n   /srv/invoice.pdf\n"
         "Errors encountered.  No output created.\nDone.  Input errors, so no output created.",
         "ERR_1003", {"path": "/srv/invoice.pdf"}),
        ('failed to load external entity "/srv/report.xsl"\ncannot parse /srv/report.xsl', "ERR_1003",
         {"path": "/srv/report.xsl"}),
        # what kind of file, or which way, between the verb and the path; a recap or a
        # location line after it; a localised sentence; a kind of file said before the path
        ("Can't open PNG file for read: img/a.png\nCannot determine input file format: img/a.png",
         "ERR_1003", {"path": "img/a.png"}),
        ("Failed open for writing /srv/x.png.tmp1  on /srv/x.png [at void f(const std::string&):r.cc:189]",
         "ERR_1002", {"path": "/srv/x.png.tmp1"}),
        ("ERROR: Failed to open file for write: /srv/logo.avif", "ERR_1002", {"path": "/srv/logo.avif"}),
        ("img/a.png: No such file or directory\nERRORS DETECTED in img/a.png", "ERR_1003",
         {"path": "img/a.png"}),
        ("\nError : No such file\nin file 'camera/D1.JPG'", "ERR_1003", {"path": "camera/D1.JPG"}),
        ("Erreur lors de l'ouverture du fichier d'entr\u00e9e \u00ab audio/a.ogg \u00bb.", "ERR_1003",
         {"path": "audio/a.ogg"}),
        ("ERROR: fontfile is not found: ['/srv/fonts/a.ttf']", "ERR_1003", {"path": "/srv/fonts/a.ttf"}),
        ("Skipping readonly file '/srv/a.jpg'", "ERR_1002", {"path": "/srv/a.jpg"}),
        ("Can't init outfile '/srv/tone.mp3'", "ERR_1002", {"path": "/srv/tone.mp3"}),
        ("a.pas(4,1) Fatal: Can't create object /srv/a.o\nFatal: Compilation aborted\n"
         "Error: /usr/bin/ppcx64 returned an error exitcode", "ERR_1002", {"path": "/srv/a.o"}),
        ("Errore: Il file '/srv/clip.mkv' non pu\u00f2 essere aperto per la scrittura: open file error.",
         "ERR_1002", {"path": "/srv/clip.mkv"}),
        # a source location or a C++ signature after the error; the errno first, then the call
        ("Read-only file system\nLocation: file ; line 2104", "ERR_1012", {}),
        ("*** [1-1] Failed to open 'page.djvu': No such file or directory.\n*** (ByteStream.cpp:747)\n"
         "*** 'void f(const char*)'", "ERR_1003", {"path": "page.djvu"}),
        ('Fatal error: exception Unix.Unix_error(Unix.EAGAIN, "create_process", "/bin/bash")', "ERR_1004", {}),
        # a recap with its exit code, a version, a report pointer after the error
        ("/usr/bin/ld.gold: fatal error: /srv/app: No space left on device\n"
         "collect2: error: ld returned 1 exit status\n`gcc' failed in phase `Linker'. (Exit code: 1)",
         "ERR_1012", {"path": "/srv/app"}),
        ("Execution error (FileNotFoundException) at java.io.FileInputStream/open0 (FileInputStream.java:-2).\n"
         "scripts/m.clj (No such file or directory)\n\nFull report at:\n/tmp/clojure-1.edn", "ERR_1003",
         {"path": "scripts/m.clj"}),
        # programs a tool runs
        ('ccache: error: Could not find compiler "hodei-gcc" in PATH', "ERR_1001", {"command": "hodei-gcc"}),
        ("<no location info>: error:\n    Warning: no compiler information\nghc: could not execute: hodei-gcc",
         "ERR_1001", {"command": "hodei-gcc"}),
        ("interdiff: execvp: No such file or directory\ninterdiff: Error applying patch1", "ERR_1001", {}),
        # a quoted file name not found, in words or in German; an unresolved entry file
        ('gnatmake: "main.adb" not found', "ERR_1003", {"path": "main.adb"}),
        ("Patch patches/fix.patch existiert nicht", "ERR_1003", {"path": "patches/fix.patch"}),
        ('\u2718 [ERROR] Could not resolve "src/index.js"\n\n1 error', "ERR_1003", {"path": "src/index.js"}),
        ("No file to process src/format.c\nArtistic Style has terminated", "ERR_1003", {"path": "src/format.c"}),
        ("No cabal.project file or cabal file matching the default glob './*.cabal' was found.\n"
         "Please create a package description file <pkgname>.cabal or a cabal.project file.", "ERR_1003", {}),
        ('ERR: problem accessing file in function load : "/srv/util.lsp"', "ERR_1003", {"path": "/srv/util.lsp"}),
        ("I couldn't open file name `/srv/main.aux'", "ERR_1003", {"path": "/srv/main.aux"}),
        ("FAILURE:\nUnable to open datasource `/srv/roads.shp' with the following drivers.\n  -> `FITS'\n"
         "  -> `PCIDSK'", "ERR_1003", {"path": "/srv/roads.shp"}),
        # the same program's warning that says why, above an error that says nothing
        ("W: Unable to read /srv/ftp.conf - open (2: No such file or directory)\nE: Handler silently failed",
         "ERR_1003", {"path": "/srv/ftp.conf"}),
        # past a program's own consequences, the specific error they came from
        ("/srv/tpl: 3: hodei-fetch: not found\nlxc-create: web: a.c: f: 1 Failed to create container from "
         "template\nlxc-create: web: b.c: main: 2 Failed to create container web", "ERR_1001",
         {"command": "hodei-fetch"}),
        # a directory that could not be made explains the files missing below it
        ("mkdir: cannot create directory \u2018/srv/rootfs\u2019: Read-only file system\n"
         "mknod: /srv/rootfs/dev-null: No such file or directory\nE: Cannot install into target '/srv/rootfs'",
         "ERR_1012", {"path": "/srv/rootfs"}),
        # recaps of a job or command that failed, a progress bar, explanations after the error
        ("/usr/bin/ls: cannot access 'docs/html': No such file or directory\n"
         "nox > Command ls docs/html failed with exit code 2\nnox > Session docs failed.", "ERR_1003",
         {"path": "docs/html"}),
        ("PermissionError: [Errno 13] Permission denied: '/srv/out.ipynb'\n"
         "Executing:   0%|          | 0/1 [00:00<?, ?cell/s]", "ERR_1002", {"path": "/srv/out.ipynb"}),
        ("Unable to connect to the server: getting credentials: exec: executable hodei-auth not found\n\n"
         "It looks like you are trying to use a client-go credential plugin that is not installed.\n\n"
         "To learn more about this feature, consult the documentation available at:\n"
         "      https://example.org/docs", "ERR_1001", {"command": "hodei-auth"}),
        ("cp: cannot stat 'config/s.tsv': No such file or directory\nRuleException:\n"
         "CalledProcessError in file \"/srv/cp.smk\", line 3:\nCommand 'cp config/s.tsv c.txt' returned non-zero "
         "exit status 1.\nShutting down, this might take some time.\nExiting because a job execution failed. Look "
         "above for error messages\nWorkflowError:\nAt least one job did not complete successfully.", "ERR_1003",
         {"path": "config/s.tsv"}),
        ("E902 No such file or directory (os error 2)\n--> /srv/src:1:1\n\nFound 1 error.", "ERR_1003",
         {"path": "/srv/src"}),
        # programs and privileges in more words
        ("error: command 'hodei-cc' failed: No such file or directory", "ERR_1001", {"command": "hodei-cc"}),
        ("cookiecutter.exceptions.FailedHookException: Hook script failed (exit status: 127)", "ERR_1001", {}),
        ("\u2023 Error: Must be invoked as root.", "ERR_1002", {}),
        ("Could not initialize 'report': Component must be run with root privileges", "ERR_1002", {}),
        ("Error forking: 11=Resource temporarily unavailable!", "ERR_1004", {}),
        ("Tokio executor failed, was there a panic?: Os { code: 11, kind: WouldBlock, message: \"x\" }",
         "ERR_1004", {}),
        # files in more words
        ("E: Source package [/srv/demo_1.0-1.dsc] does not exist", "ERR_1003", {"path": "/srv/demo_1.0-1.dsc"}),
        ("[NbConvertApp] WARNING | pattern 'nb/a.ipynb' matched no files", "ERR_1003", {"path": "nb/a.ipynb"}),
        ("ERROR Source /srv/x does not appear to be a Python project: no pyproject.toml or setup.py", "ERR_1003",
         {"path": "pyproject.toml"}),
        ("No file to run: '/srv/tests/run_all.py'", "ERR_1003", {"path": "/srv/tests/run_all.py"}),
        ("Error: /srv/pkg could not be found.", "ERR_1003", {"path": "/srv/pkg"}),
        ("OSError: Unable to create directory at /srv/demo", "ERR_1002", {"path": "/srv/demo"}),
        # what runners and bundlers say, and the source excerpt a compiler prints after its error
        ("Running \"assets\" task\nWarning: Error: not found: hodei-sassc\x07 Use --force to continue.\n\n"
         "Aborted due to warnings.", "ERR_1001", {"command": "hodei-sassc"}),
        ("[!] RollupError: Could not resolve entry module \"src/main.js\".\n    at error (/srv/rollup.js:293:30)",
         "ERR_1003", {"path": "src/main.js"}),
        ("FileError: 'partials/v.less' wasn't found. Tried - /srv/partials/v.less in /srv/a.less on line 1:\n"
         "1 @import \"partials/v.less\";\n2 body { color: @brand; }", "ERR_1003", {"path": "partials/v.less"}),
        ('Error: No test files found: "test/api.spec.js"', "ERR_1003", {"path": "test/api.spec.js"}),
        ("[13:50:24] No gulpfile found", "ERR_1003", {}),
        ("File 'scripts/setup.jsh' for 'jshell' is not found.", "ERR_1003", {"path": "scripts/setup.jsh"}),
        ("mount: /srv/mnt/cache: mount point does not exist.\n       dmesg(1) may have more information after "
         "failed mount system call.", "ERR_1003", {"path": "/srv/mnt/cache"}),
        ("/srv/xfs/data.img: No such file or directory\n\nfatal error -- couldn't initialize XFS library",
         "ERR_1003", {"path": "/srv/xfs/data.img"}),
        ("Couldn't open /srv/watch.txt: No such file or directory\nNo files specified to watch!", "ERR_1003",
         {"path": "/srv/watch.txt"}),
        ("tar: build: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors"
         "\n[13:50:57] 'dist' errored after 7.95 ms\n[13:50:57] Error: Command failed: tar -czf d.tgz build/\n"
         "    at genericNodeError (node:internal/errors:984:15)", "ERR_1003", {"path": "build"}),
        ("error: Destination directory not writable: /srv/docs\n1 error", "ERR_1002", {"path": "/srv/docs"}),
        ("entr: exec hodei-rebuild: No such file or directory", "ERR_1001", {"command": "hodei-rebuild"}),
        ("SENSORS UNKNOWN - command not found (did you install lmsensors?)", "ERR_1001", {}),
        ("Could not open pipe: /bin/ps", "ERR_1004", {}),
        # a fork that failed before a program was looked for; a recap after a shell's message
        ('popen failure: Cannot allocate memory\ninitdb: error: program "postgres" is needed by initdb but was '
         'not found in the same directory as "/srv/initdb"', "ERR_1004", {}),
        ('initdb: error: program "postgres" is needed by initdb but was not found in the same directory as '
         '"/srv/initdb"', "ERR_1001", {"command": "postgres"}),
        ("waiting for server to start..../bin/sh: 1: exec: /srv/pg/postgres: not found\n stopped waiting\n"
         "pg_ctl: could not start server\nExamine the log output.", "ERR_1001", {"command": "/srv/pg/postgres"}),
        # a vague final error below its cause; a write after a comma; a path in angle brackets
        ("File not found\nCouldn't open database.", "ERR_1003", {}),
        ("FATAL: can't write to /srv/report.html, Permission denied", "ERR_1002", {"path": "/srv/report.html"}),
        ('FATAL: logfile "/srv/pg/postgresql.log" must exist!', "ERR_1003", {"path": "/srv/pg/postgresql.log"}),
        ("x265 [error]: failed to open output file </srv/out.hevc> for writing", "ERR_1002", {"path": "/srv/out.hevc"}),
        ("OutputFileAccessError: Output file location (/srv/ocr.pdf) is not a writable file.", "ERR_1002",
         {"path": "/srv/ocr.pdf"}),
        ("fatal error: unable to change directory to: `/srv/engraved'", "ERR_1003", {"path": "/srv/engraved"}),
        ("Warnung: Datei \u00bb/srv/noten/s.ly\u00ab kann nicht gefunden werden\n"
         "schwerer Fehler: gescheiterte Dateien: \"/srv/noten/s.ly\"", "ERR_1003", {"path": "/srv/noten/s.ly"}),
        ("Error: El archivo '/srv/v.mkv' no es un archivo Matroska o no pudo ser encontrado.", "ERR_1003",
         {"path": "/srv/v.mkv"}),
        # compose files and profiles in more words; a launcher's missing executable
        ("missing files:  ['/srv/stack/compose.yaml']", "ERR_1003", {"path": "/srv/stack/compose.yaml"}),
        ("no compose.yaml, docker-compose.yml or container-compose.yml file found, pass files with -f", "ERR_1003",
         {}),
        ("        Can't find a suitable configuration file in this directory or any\n        parent.", "ERR_1003", {}),
        ("Fatal error: Could not find or read profile (/srv/lynis/ci.prf)", "ERR_1003", {"path": "/srv/lynis/ci.prf"}),
        ("Error: inaccessible profile file: /srv/profiles/w.profile", "ERR_1003", {"path": "/srv/profiles/w.profile"}),
        ("Error: no suitable hodei-renderer executable found", "ERR_1001", {"command": "hodei-renderer"}),
        ("web1 | FAILED | rc=2 >>\n[Errno 2] No such file or directory: b'hodei-migrate'", "ERR_1001",
         {"command": "hodei-migrate"}),
        ('steghide: an error occurred while writing the audio data to the file "/srv/out.wav".', "ERR_1012", {}),
        ("[Errno 30] Read-only file system: '/srv/logs'\nEither run as root, or set --config-dir, --work-dir, and "
         "--logs-dir to writeable paths.\nAsk for help or search for solutions at https://example.org.", "ERR_1012",
         {"path": "/srv/logs"}),
        # TeX's dialogue after its error
        ("! LaTeX Error: File `chapters/intro.tex' not found.\n\nType X to quit or <RETURN> to proceed,\n"
         "or enter new name. (Default extension: tex)\n\nEnter file name: \n! Emergency stop.\n<read *> \n"
         "l.3 \\input{chapters/intro}\n!  ==> Fatal error occurred, no output PDF file produced!\n"
         "Transcript written on main.log.", "ERR_1003", {"path": "chapters/intro.tex"}),
        ("# There is insufficient memory for the Java Runtime Environment to continue.\n"
         "# Cannot create worker GC thread. Out of system resources.\n"
         "# An error report file with more information is saved as:\n# /srv/hs_err_pid1.log",
         "ERR_1004", {}),
        ('Cannot open "/srv/budget.cal"\n\nError in commands', "ERR_1003", {"path": "/srv/budget.cal"}),
        ("Smartctl open device: /dev/hodei-disk0 failed: No such device", "ERR_1003",
         {"path": "/dev/hodei-disk0"}),
        ("hledger: /srv/report.txt: openFile: permission denied (Read-only file system)", "ERR_1012", {}),
        ("trash-put: cannot trash non existent '/srv/logs/old.log'", "ERR_1003",
         {"path": "/srv/logs/old.log"}),
        ("stow: --dir value '/srv/dotfiles' is not a valid directory", "ERR_1003",
         {"path": "/srv/dotfiles"}),
        ("Failed to stat() file '/srv/text/intro.txt'", "ERR_1003", {"path": "/srv/text/intro.txt"}),
        ("error: Cannot read the input file '/srv/reel.abc'\n    read_file: No such file or directory\n"
         "error: Nothing to generate!", "ERR_1003", {"path": "/srv/reel.abc"}),
        ("Could not open configuration file '/srv/hostapd.conf' for reading.\nFailed to set up interface "
         "with /srv/hostapd.conf\nFailed to initialize interface", "ERR_1003", {"path": "/srv/hostapd.conf"}),
        ('The hledger journal file "/srv/2024.journal" was not found.\nPlease create it first.\n'
         "Or, specify an existing journal file with -f or LEDGER_FILE.", "ERR_1003",
         {"path": "/srv/2024.journal"}),
        ("terminate called after throwing an instance of 'std::system_error'\n"
         "  what():  Resource temporarily unavailable", "ERR_1004", {"errno_name": "EAGAIN"}),
    ]

    @pytest.mark.parametrize(("line", "code", "details"), CASES, ids=[c[0][:40] for c in CASES])
    def test_shared_shapes_decide(self, line: str, code: str, details: dict[str, str]) -> None:
        """A line in a shape every tool shares gives its code and clean details."""
        obs = record(["bash", "-c", 'printf "%s\\n" "$1" >&2; exit 1', "hodei-tool", line])
        failure = decide(obs)
        assert failure.error.code == code, failure.evidence
        for key, value in details.items():
            assert failure.reason.get(key) == value, failure.reason

    NOT_OURS = [
        "ERROR:  permission denied for table users",
        "Error: user not found",
        "fatal: path 'docs/x.md' does not exist in 'HEAD'",
        "error: Failed to connect socket to '/var/run/hodei/daemon-sock': No such file or directory",
        "warning: ls: cannot access '/srv/optional.conf': No such file or directory\nerror: 2 tests failed",
        "thread 'main' panicked at src/lib.rs:4:5:\nassertion `left == right` failed: permission denied for add",
        "   \u2a2f tag is not found: v2.1",
        "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', "
        "FileNotFoundError(2, 'No such file or directory'))",
        "hodei-tool: error: the record was not found",
        "Access denied for user 'app'@'localhost' (using password: YES)",
        "hodei-tool: error: module hodei/x not found",
        "Error: package hodei-x is not installed",
        "Error: image docker.io/library/hodei-x not found",
        "error: failed to write to socket: connection closed",
        "fatal: no tests found in this directory",
        "error: cannot open /srv/data.bin: unsupported format",
        "error: failed to write to remote: 502 Bad Gateway",
        "error: unable to write token to keyring: secret service unavailable",
        "ERROR:  role \"app\" does not have permission for table users",
        'pg_dump: error: connection to server on socket "/srv/run/.s.PGSQL.5432" failed: No such '
        'file or directory',
        "warning: No Tests found",
        "Error: No such command 'depoly'.",
        "FAILED tests/test_io.py::test_missing - FileNotFoundError: [Errno 2] No such file or "
        "directory: 'x'",
        "No config file found, using defaults",
        "gm convert: No encode delegate for this image format (HODEIFMT) [No such file or directory].",
        "deploy: config file not found, permission denied",
        "datamash: invalid numeric value in line 1 field 2: 'Permission denied'",
        "upload failed: no space left in the queue",
        "upload refused: permission denied by policy",
        "asciidoc: FAILED: ok.txt: line 2: missing backend conf file: hodeibook.conf",
        "raw [error]: raw input requires a resolution.\nx264 [error]: could not open input file "
        "`/srv/frame.yuv'",
    ]

    @pytest.mark.parametrize("line", NOT_OURS)
    def test_mentions_about_something_else_are_not_the_os(self, line: str) -> None:
        """'not found' or 'permission denied' said of a database object, a user or a git
        revision is the job's own failure (ERR_1007), quoted in the evidence."""
        obs = record(["bash", "-c", 'printf "%s\\n" "$1" >&2; exit 1', "hodei-tool", line])
        failure = decide(obs)
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert line.strip().splitlines()[-1] in failure.evidence

    @pytest.mark.parametrize("name", ["hodeithesis.sty", "hodei.cls", "Hodei/Util.pm"])
    def test_a_missing_package_file_is_a_dependency(self, name: str) -> None:
        """A missing file that is a package of the job's language (a LaTeX style or class, a
        Perl module) is a dependency of the job's, ERR_1007, as a missing module is."""
        obs = record(["bash", "-c", 'printf "%s\\n" "$1" >&2; exit 1', "hodei-tool",
                      f"! LaTeX Error: File `{name}' not found."])
        failure = decide(obs)
        assert_decided(failure, "stderr.dependency-missing", "ERR_1007")
        assert name in failure.evidence



class TestFollowingLines:
    """What comes after a tool's real error without saying more: its own restatement, a count,
    a shell's report of an abort."""

    def test_a_restatement_of_the_same_thing_keeps_the_cause(self) -> None:
        """An unexplained final error speaking of the same thing as the recognised line above
        it ('file') restates it: the line above decides."""
        obs = record(["sh", "-c", "cat /nonexistent/queries.txt 2>&1 | sed 's/^cat: //' >&2; "
                                  "echo \"hodei-tool: couldn't open specified batch file\" >&2; exit 8"])
        failure = decide(obs)
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/nonexistent/queries.txt"

    def test_an_unrelated_error_after_a_mention_is_the_jobs_own(self) -> None:
        """A final error sharing no word with a recognised line above it is the job's own."""
        obs = record(["sh", "-c", "echo 'checking: is the disk full? no (42% used)' >&2; "
                                  "echo 'error: migration 12 failed' >&2; exit 1"])
        assert_decided(decide(obs), "exit.nonzero", "ERR_1007")

    def test_a_count_after_the_error_is_noise(self) -> None:
        """'1 block' after the error is a count, not output the job went on with."""
        obs = record(["sh", "-c", "cat /nonexistent/app.conf; echo '1 block' >&2; exit 2"])
        failure = decide(obs)
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/nonexistent/app.conf"

    def test_an_abort_after_an_os_reason_is_that_reason(self) -> None:
        """A real SIGABRT right after a thread-creation EAGAIN is the spawn failure, whether the
        process died of it or a shell relayed it as 134."""
        prog = ("import os, sys; sys.stderr.write('hodei-tool: pthread_create: Resource "
                "temporarily unavailable\\nAborted\\n'); sys.stderr.flush(); os.abort()")
        for argv in ([sys.executable, "-c", prog], ["sh", "-c", f'"{sys.executable}" -c "{prog}"']):
            failure = decide(record(argv))
            assert failure.error.code == "ERR_1004", failure.evidence
            assert failure.rule == "stderr.fork-failed"  # the pattern that read the reason
            assert "SIGABRT" in failure.evidence
            assert "aborted itself after saying why" in failure.evidence

    def test_what_follows_without_a_reason_is_passed_over(self) -> None:
        """Rules, Ruby frames, a program saying it stops, an indented error: none hides the
        error above them, and an indented 'error:' line is read as an error."""
        text = ("ERROR: input file /nonexistent/in.csv not found\n"
                "----- Native stack trace -----\n"
                "/srv/Rakefile:3:in `block in <top (required)>'\n"
                "Tasks: TOP => build\n"
                "Fatal: Compilation aborted\n"
                "Terminator thread: premature exit requested - quitting...\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", text]))
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/nonexistent/in.csv"
        indented = "  error: cannot open '/srv/out/logo.png.tmp' for writing\n"
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", indented]))
        assert failure.error.code == "ERR_1002", failure.evidence

    def test_lines_of_the_same_program_restate_its_first(self) -> None:
        """Two unexplained lines of one program below its recognised warning restate it."""
        text = ("hodei-vcs: warning: W1: '/srv/wc/main.c' not found\n"
                "hodei-vcs: E2: Could not add all targets because some targets don't exist\n"
                "hodei-vcs: E2: Illegal target for the requested operation\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", text]))
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/srv/wc/main.c"

    def test_a_recap_after_the_error_is_noise(self) -> None:
        """A titled rule and a line of counts after the error do not hide it."""
        text = ('fatal: [localhost]: FAILED! => {"cmd": "hodei-reload", "msg": "[Errno 2] No such '
                "file or directory: b'hodei-reload'\", \"rc\": 2}\n"
                "PLAY RECAP *********************\n"
                "localhost : ok=0 changed=0 unreachable=0 failed=1 skipped=0\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 2', "x", text]))
        assert failure.error.code == "ERR_1001", failure.evidence
        assert failure.reason["command"] == "hodei-reload"

    def test_status_127_with_another_cause_on_stderr(self) -> None:
        """A tool that exits 127 after saying an EPERM is refused, not a missing program."""
        obs = record(["sh", "-c", "echo 'hodei-tool: setresuid failed: Operation not permitted' >&2;"
                                  " exit 127"])
        assert decide(obs).error.code == "ERR_1002"

    def test_a_full_disk_explains_the_missing_files_after_it(self) -> None:
        """A program's ENOSPC, then its ENOENT for a file under what it could not make: the full
        disk decides; another program's ENOENT after a full disk is its own."""
        text = ("tar: ./usr/share: Cannot mkdir: No space left on device\n"
                "tar: ./usr/share/doc/README: Cannot open: No such file or directory\n"
                "tar: Exiting with failure status due to previous errors\n"
                "dpkg-deb: error: tar subprocess returned error exit status 2\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 2', "x", text]))
        assert failure.error.code == "ERR_1012", failure.evidence

    def test_a_go_crash_dump_below_its_cause(self) -> None:
        """Go's dump (signal, memory words, registers) after a thread-creation failure is passed
        over: the failure decides."""
        text = ("runtime/cgo: pthread_create failed: Resource temporarily unavailable\n"
                "SIGABRT: abort\nPC=0x7fa912052eec m=0 sigcode=18446744073709551610\n\n"
                "goroutine 0 [idle]:\nruntime: g 0: unknown pc 0x7fa912052eec\n"
                "0x00007ffde6810840:  0x0000000000000000  0x0000000000000000\n"
                "rax    0x0\nrip    0x7fa912052eec\nrflags 0x246\ncs     0x33\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 2', "x", text]))
        assert failure.error.code == "ERR_1004", failure.evidence

    def test_tcl_error_info_and_an_indented_message(self) -> None:
        """Tcl's errorInfo (an unindented quoted command) is a frame, and an indented message
        below an 'error:' heading is read."""
        text = ('couldn\'t execute "hodei-vpn-cli": no such file or directory\n    while executing\n'
                '"spawn hodei-vpn-cli --login"\n    (file "vpn.exp" line 1)\n')
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", text]))
        assert failure.error.code == "ERR_1001", failure.evidence
        assert failure.reason["command"] == "hodei-vpn-cli"
        text = "usage: hodei-gen [OPTIONS] FILE...\n\nerror:\n  unable to load file: /srv/x.fbs\n"
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", text]))
        assert failure.error.code == "ERR_1003", failure.evidence

    def test_a_usage_text_after_the_error_is_noise(self) -> None:
        """A usage text printed after the error (to the end) does not hide it."""
        text = ("mkfs.hodei: cannot open /nonexistent/disk.img: No such file or directory\n"
                "Usage: mkfs.hodei [-b size] [-n name] devicename\n"
                "/* blocksize */\t[-b size=num]\n<devicename> is required unless -d is given.\n")
        failure = decide(record(["sh", "-c", 'printf "%s" "$1" >&2; exit 1', "x", text]))
        assert failure.error.code == "ERR_1003", failure.evidence
        assert failure.reason["path"] == "/nonexistent/disk.img"

    def test_an_abort_after_the_programs_own_error_is_that_error(self) -> None:
        """A SIGABRT right after the program's own failed assertion is the job's own failure
        (ERR_1007), as a person reading it says: the program said why before the signal came."""
        prog = ("import os, sys; sys.stderr.write('hodei-tool: assertion count > 0 failed\\n'); "
                "sys.stderr.flush(); os.abort()")
        failure = decide(record([sys.executable, "-c", prog]))
        assert_decided(failure, "signal.abort-explained", "ERR_1007")
        assert "assertion count > 0 failed" in failure.evidence

    def test_an_abort_that_says_nothing_is_a_signal(self) -> None:
        """A SIGABRT after no error of the program's stays a signal (ERR_1006)."""
        prog = "import os, sys; sys.stderr.write('step 3 of 5\\n'); sys.stderr.flush(); os.abort()"
        assert_decided(decide(record([sys.executable, "-c", prog])), "signal", "ERR_1006")

    @pytest.mark.parametrize(("text", "status"), [
        ("daemonize: illegal option -- Z\nBad option: -Z\n", 139),
        ("Errors in reading mps file\n\nFatal errors encountered. Exiting with code -122.\n"
         "See hodei.h for meaning of code.\n", 134),
    ])
    def test_a_crash_after_a_usage_or_input_error(self, text: str, status: int) -> None:
        """A status 128+SIGSEGV or 128+SIGABRT after a usage or input error is that error (ERR_1007)."""
        failure = decide(Observation("tool", exit_status=status, stderr_tail=text.encode()))
        assert_decided(failure, "signal.abort-explained", "ERR_1007")


class TestUnknownWording:
    """An error line no pattern explains never gets a guessed code: ERR_1007, and the evidence
    says which line was considered and why nothing matched."""

    def test_near_miss_is_said_not_guessed(self) -> None:
        """'not found' about a user is ERR_1007; the evidence names the line, its position and
        the codes whose words it has without their shape."""
        obs = record(["sh", "-c", "echo 'step 1 ok' >&2; echo 'Error: user not found' >&2; exit 1"])
        failure = decide(obs)
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert "line 2 of 2 reads as the final error, but no pattern explains it" in failure.evidence
        assert "ERR_1003 ('not found')" in failure.evidence
        assert "not in a shape they know" in failure.evidence

    def test_unknown_error_without_known_words(self) -> None:
        """A final error with none of the patterns' words is ERR_1007 and says so."""
        obs = record(["sh", "-c", "echo 'fatal: the vault sealed itself' >&2; exit 3"])
        failure = decide(obs)
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert "no pattern's words" in failure.evidence
        assert "fatal: the vault sealed itself" in failure.evidence

    def test_an_earlier_recognised_error_is_named_but_does_not_decide(self) -> None:
        """A real ENOENT the job went on after is named in the evidence, not decisive."""
        obs = record(["sh", "-c", "cat /nonexistent/hodei.lock; echo 'rolled back' >&2; exit 1"])
        failure = decide(obs)
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert "line 1 above it says ERR_1003, but the job went on after it" in failure.evidence

    def test_empty_stderr(self) -> None:
        """A failure with nothing on stderr says that stderr was empty."""
        failure = decide(record(["sh", "-c", "exit 4"]))
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert failure.evidence == "exit status 4; stderr was empty"


class TestHugeStderr:
    """A 5 MB stderr is handled, and only its tail is read."""

    FILL = "yes 'progress: step ok' | head -c 5000000 >&2"

    def test_match_at_the_end_is_found(self) -> None:
        """A real 5 MB stderr ending with 'No such file' is classified from that last line."""
        obs = record(["sh", "-c", f"{self.FILL}; cat /nonexistent"])
        assert len(obs.stderr_tail) > 5_000_000
        failure = decide(obs)
        assert_decided(failure, "stderr.file-not-found", "ERR_1003")
        assert failure.reason == {"path": "/nonexistent"}

    def test_match_before_the_tail_is_not_read(self) -> None:
        """A 'No such file' line followed by 5 MB of output lies outside the tail and is not used."""
        obs = record(["sh", "-c", f"cat /nonexistent; {self.FILL}; exit 1"])
        assert len(obs.stderr_tail) > 5_000_000 > STDERR_TAIL_LIMIT
        assert_decided(decide(obs), "exit.nonzero", "ERR_1007")


class TestPlainExits:
    """Non-zero exits no other rule explains, and runs without a status."""

    def test_nonzero_exit(self) -> None:
        """A real `exit 3` gives ERR_1007 with exit_code 3, and an action naming the command and status."""
        failure = decide(record(["sh", "-c", "exit 3"]))
        assert_decided(failure, "exit.nonzero", "ERR_1007")
        assert failure.reason == {"exit_code": 3}
        assert failure.exit_code == 3
        assert_actions(failure, "sh", "3")

    def test_no_status_at_all(self) -> None:
        """Constructed (a run without any exit status needs a broken supervisor): ERR_1099 'unknown', status -1."""
        failure = decide(Observation("./job.sh"))
        assert_decided(failure, "unknown", "ERR_1099")
        assert isinstance(failure.reason["message"], str)
        assert failure.reason["message"]
        assert failure.exit_code == -1
        assert_actions(failure)


class TestRuleTable:
    """This module pins every rule of the precedence table."""

    def test_every_pattern_has_words_to_look_for(self) -> None:
        """A stderr pattern's words (tried before its regex) are all non-empty and lower case: an
        empty one would be found in every line."""
        from hodei_worker.classify import STDERR_PATTERNS
        for found in STDERR_PATTERNS:
            assert found.needles, found.rule
            assert all(n and n == n.lower() for n in found.needles), found.rule

    PINNED = frozenset({
        "pre-spawn.validation", "pre-spawn.configuration", "pre-spawn.secret",
        "spawn.interpreter-missing", "spawn.not-found", "spawn.not-executable",
        "spawn.workdir-missing", "spawn.workdir-denied", "spawn.failed", "supervisor.internal",
        "deadline", "stopped-before-start", "oom.container", "oom.kill", "signal.abort-explained",
        "signal", "signal.relayed", "exit.127", "exit.126", "stderr", "stderr.checked-failure",
        "stderr.shell-said", "exit.nonzero", "unknown",
    })

    def test_every_rule_is_pinned(self) -> None:
        """The rule ids in RULES are exactly the ones the tests above assert on."""
        assert {rule.id for rule in RULES} == self.PINNED

    def test_unknown_is_last(self) -> None:
        """The catch-all rule is the last one, so no rule is shadowed by it."""
        assert RULES[-1].id == "unknown"


# --- a reasonless sentence explained by a check of its path ------------------------------------

def _checked(path: str, *, exists: bool | None, parent: bool = True, readable: bool = False,
             writable: bool = False, read_only: bool = False, full: bool = False) -> PathCheck:
    return PathCheck(path, exists, parent, readable, writable, read_only, full)


class TestCheckedPaths:
    """What the file system said about the path a reasonless line names decides its code; the
    way the line used the file says which facts count. (The checks are data here: their
    gathering on real file systems is pinned in tests/supervise/test_pathcheck.py.)"""

    @pytest.mark.parametrize(("line", "check", "code"), [
        ("can't open /d/in.jpg for reading", _checked("/d/in.jpg", exists=None), "ERR_1002"),
        ("can't open /d/in.jpg for reading", _checked("/d/in.jpg", exists=True), "ERR_1002"),
        ("can't open /d/in.jpg for reading", _checked("/d/in.jpg", exists=False, full=True), "ERR_1003"),
        ("can't open /d/out.jpg for writing", _checked("/d/out.jpg", exists=False, read_only=True), "ERR_1012"),
        ("can't open /d/out.jpg for writing", _checked("/d/out.jpg", exists=False, full=True), "ERR_1012"),
        ("can't open /d/out.jpg for writing", _checked("/d/out.jpg", exists=False), "ERR_1002"),
        ("can't open /d/out.jpg for writing", _checked("/d/out.jpg", exists=False, parent=False, writable=True),
         "ERR_1003"),
        ("Unable to create the build directory: /d/b/c", _checked("/d/b/c", exists=False, parent=False), "ERR_1002"),
        ("can't open /d/x.jpg", _checked("/d/x.jpg", exists=False, full=True), "ERR_1012"),
        ("can't open /d/x.jpg", _checked("/d/x.jpg", exists=True, readable=True), "ERR_1002"),
        ("Error opening output WebP file /d/x.webp!", _checked("/d/x.webp", exists=False, read_only=True),
         "ERR_1012"),
        ("Error de apertura del fichero de salida '/d/x.ogg'.",
         _checked("/d/x.ogg", exists=False, read_only=True), "ERR_1012"),
        # there and readable (and writable, either way): the tool failed on it for its own reason
        ("can't open /d/x.jpg", _checked("/d/x.jpg", exists=True, readable=True, writable=True), "ERR_1007"),
        ("can't open /d/in.jpg for reading", _checked("/d/in.jpg", exists=True, readable=True, read_only=True),
         "ERR_1007"),
        # a tool's own "does not exist" for a path it could not reach
        ("pigz: skipping: /d/secret.txt does not exist", _checked("/d/secret.txt", exists=None), "ERR_1002"),
    ])
    def test_the_check_decides(self, line: str, check: PathCheck, code: str) -> None:
        """Each finding, for the way the line used the file, gives its code and says so."""
        failure = decide(Observation("tool", exit_status=1, stderr_tail=f"{line}\n".encode(),
                                     path_checks=(check,)))
        assert (failure.error.code, failure.rule) == (code, "stderr.checked")
        assert "checked when the job ended: " in failure.evidence

    @pytest.mark.parametrize(("line", "check", "code"), [
        # a stated reason is never second-guessed
        ("cannot open /d/x.jpg: No such file or directory", _checked("/d/x.jpg", exists=True, readable=True),
         "ERR_1003"),
        # nothing found that explains a write: the text's own guess stands
        ("can't open /d/out.jpg for writing", _checked("/d/out.jpg", exists=False, writable=True), "ERR_1002"),
        ("cat: /d/x.txt: No such file or directory", _checked("/d/x.txt", exists=None), "ERR_1003"),
        ("pigz: skipping: /d/x.txt does not exist", _checked("/d/x.txt", exists=False), "ERR_1003"),
        # a check of another path says nothing of this one
        ("can't open /d/x.jpg", _checked("/d/other.jpg", exists=None), "ERR_1003"),
    ])
    def test_the_text_stands(self, line: str, check: PathCheck, code: str) -> None:
        """A stated reason, a check that finds nothing wrong, or a check of another path
        leaves the line's own decision."""
        failure = decide(Observation("tool", exit_status=1, stderr_tail=f"{line}\n".encode(),
                                     path_checks=(check,)))
        assert failure.error.code == code
        assert failure.rule != "stderr.checked"


class TestAToolsOwnSentenceChecked:
    """A final error no pattern knows that says it could not use a path it names is decided by
    the check of that path, as a person who reads the path and looks at it would decide."""

    @pytest.mark.parametrize(("text", "check", "code", "details"), [
        ("Couldn't open .json config: /srv/tiles.json\n", _checked("/srv/tiles.json", exists=False),
         "ERR_1003", {"path": "/srv/tiles.json"}),
        ("Error: can't find or read input file night.fits\nInput and output files are unchanged.\n",
         _checked("night.fits", exists=False), "ERR_1003", {"path": "night.fits"}),
        ("failed to find or open the following file: (ffopen)\n/d/locked/m31.fits\n",
         _checked("/d/locked/m31.fits", exists=True), "ERR_1002", {"path": "/d/locked/m31.fits"}),
        ("failed to create new file (already exists?):\n/mnt/out.fits\n",
         _checked("/mnt/out.fits", exists=False, read_only=True), "ERR_1012", {"path": "/mnt/out.fits"}),
        ("ERROR: '/d/ref.fits' is not an existing file, directory, or wildcard pattern\n",
         _checked("/d/ref.fits", exists=False, parent=False), "ERR_1003", {"path": "/d/ref.fits"}),
        ("psconvert [ERROR]: Cannot execute Ghostscript ('/opt/bin/gs').\n",
         _checked("/opt/bin/gs", exists=False), "ERR_1001", {"command": "/opt/bin/gs"}),
        ("Unable to open /d/a.shp or /d/a.SHP.\n", _checked("/d/a.SHP", exists=False), "ERR_1003",
         {"path": "/d/a.SHP"}),
        # an indented message below a report's heading, a count after it
        ("*** Hodei Error  in OpenAndSetFormat\n  Cannot open /d/ligand.sdf\n0 molecules converted\n",
         _checked("/d/ligand.sdf", exists=False, parent=False), "ERR_1003", {"path": "/d/ligand.sdf"}),
        # a final error that names no file, continuing one above it that does
        ("msShapefileOpen(): Unable to access file. (/d/roads) <br>\n"
         "msLoadConfig(): Unable to access file. See example.org/config.html for more. <br>\n",
         _checked("/d/roads", exists=False, parent=False), "ERR_1003", {"path": "/d/roads"}),
    ])
    def test_the_check_decides(self, text: str, check: PathCheck, code: str,
                               details: dict[str, str]) -> None:
        """The check of the path the sentence names gives the code and the path."""
        failure = decide(Observation("tool", exit_status=1, stderr_tail=text.encode(),
                                     path_checks=(check,)))
        assert (failure.error.code, failure.rule) == (code, "stderr.checked-failure")
        assert {k: failure.reason[k] for k in details} == details
        assert "checked when the job ended: " in failure.evidence

    @pytest.mark.parametrize(("text", "check"), [
        # the path is there and readable: the tool failed on it for its own reason
        ("Couldn't open .json config: /srv/tiles.json\n",
         _checked("/srv/tiles.json", exists=True, readable=True, writable=True)),
        # a place in a file, not the file
        ("/d/bad.v:2: error: Unable to elaborate r-value: x\n", _checked("/d/bad.v:2", exists=False)),
        # a socket connected to: a service that did not answer
        ("error: failed to connect to socket '/run/k.sock' (not exists)\n",
         _checked("/run/k.sock", exists=False)),
        # no sentence of failing to use it
        ("E: No such script: /usr/share/scripts/stable\n", _checked("/usr/share/scripts/stable", exists=False)),
        # not a file's path
        ("Could not read HEIF/AVIF file: Invalid input\n", _checked("HEIF/AVIF", exists=False, parent=False)),
        # a module that could not be loaded: a dependency of the job's
        ("Unable to load module '/usr/lib/x/libhodei.so': cannot open shared object file\n",
         _checked("/usr/lib/x/libhodei.so", exists=False, parent=False)),
        # the job went on: two lines of plain output after the error
        ("Couldn't open .json config: /srv/tiles.json\nrendering zoom 3\nwrote 12 tiles\n",
         _checked("/srv/tiles.json", exists=False)),
    ])
    def test_the_text_stands(self, text: str, check: PathCheck) -> None:
        """Nothing wrong with the path, a place in a file, a socket, no failure to use the path,
        a non-path or a job that went on leave the job's own failure."""
        failure = decide(Observation("tool", exit_status=1, stderr_tail=text.encode(),
                                     path_checks=(check,)))
        assert (failure.error.code, failure.rule) == ("ERR_1007", "exit.nonzero")


class TestOneErrorsWords:
    """The code and the file or program of an error said in a tool's own words: a reason in
    brackets, a command line quoted whole, the file named on a line above the reason, a
    closing word that the program stops."""

    @pytest.mark.parametrize(("text", "checks", "code", "details"), [
        ("Error: Resource temporarily unavailable (os error 11)\n\nCaused by:\n"
         "    Resource temporarily unavailable (os error 11)\n", (), "ERR_1004", {"errno_name": "EAGAIN"}),
        ("Could not open pipe: /bin/ping -4 -n -c 1 127.0.0.1\n", (), "ERR_1004", {}),
        ("first fork failed (errno 11) in hodei_daemonize()\nServer Exiting with code 1\n", (), "ERR_1004", {}),
        ("hodeimgr: DB::open failed: : 3: no repository: open failed (file not found)\n", (), "ERR_1003", {}),
        ('IO Error: No files found that match the pattern "/x/export/orders.csv"\n', (), "ERR_1003",
         {"path": "/x/export/orders.csv"}),
        ("/x/flows/nfcapd.1 is not a file or directory\n", (_checked("/x/flows/nfcapd.1", exists=False),),
         "ERR_1003", {"path": "/x/flows/nfcapd.1"}),
        ("NAGIOS CRITICAL: Cannot open status log for reading!\n", (), "ERR_1003", {}),
        ("Failed to locate unzip command '/opt/x/bin/unzip'!\n", (_checked("/opt/x/bin/unzip", exists=False),),
         "ERR_1001", {"command": "/opt/x/bin/unzip"}),
        ("error: '/x/memo.doc' unreadable\n", (_checked("/x/memo.doc", exists=False, parent=False),),
         "ERR_1003", {"path": "/x/memo.doc"}),
        ('Error: Unable to open database directory "/x/vnstat": No such file or directory\n'
         'Check that it is configured and running. See also "man vnstatd".\n', (), "ERR_1003",
         {"path": "/x/vnstat"}),
        # the file named on the line above the reason, or first on the line
        ('I/O error during "open" operation for file "/x/data/app.fdb"\n-Error while trying to open file\n'
         "-No such file or directory\n", (), "ERR_1003", {"path": "/x/data/app.fdb"}),
        ("Error: could not create data directory: /x/zoxide\n\nCaused by:\n    Permission denied (os error 13)\n",
         (), "ERR_1002", {"path": "/x/zoxide"}),
        ("release-1.4.tgz: FAILED (No such file or directory (os error 2))\n", (), "ERR_1003",
         {"path": "release-1.4.tgz"}),
        ('/usr/bin/psjoin: can\'t open "/x/ch1.ps" (No such file or directory) at /usr/bin/psjoin line 52.\n',
         (), "ERR_1003", {"path": "/x/ch1.ps"}),
        # a command line quoted whole: its program
        ("Error: Failed to run command 'hodei-server --selftest': No such file or directory (os error 2)\n",
         (), "ERR_1001", {"command": "hodei-server"}),
        ("/x/a.txt: preprocessor command could not start: '\"hodei-unpack\" \"/x/a.txt\"': No such file or "
         "directory (os error 2)\n", (), "ERR_1001", {"command": "hodei-unpack"}),
    ])
    def test_read(self, text: str, checks: tuple[PathCheck, ...], code: str, details: dict[str, object]) -> None:
        """Each is read as a person reads it."""
        failure = decide(Observation("tool", exit_status=1, stderr_tail=text.encode(), path_checks=checks))
        assert failure.error.code == code, failure.evidence
        assert {k: failure.reason.get(k) for k in details} == details, failure.reason

    @pytest.mark.parametrize(("program", "text", "checks", "code", "details"), [
        # a label aligned with spaces is not a statistic when it is "Error"
        ("gmsh", "Error   : Unable to open file '/x/cad/part.geo'\n",
         (_checked("/x/cad/part.geo", exists=False, parent=False),), "ERR_1003", {"path": "/x/cad/part.geo"}),
        # the program's own command line said again, under "While executing:", and its options
        ("qhull", 'QH6041 qhull option error: cannot open \'TI\' file "/x/pts.txt"\n\nWhile executing: \n'
         "qhull TI /x/pts.txt\nOptions selected for Qhull 2020.2.r 2020/08/31:\n  run-id 8  _maxoutside  0\n",
         (_checked("/x/pts.txt", exists=False, parent=False),), "ERR_1003", {"path": "/x/pts.txt"}),
        # another program's log lines, which the job printed, are quoted; its own are not
        ("ugrep", "2026-12-07T10:00:02 sshd[42]: error: Permission denied (publickey) for 10.4.0.17\n", (),
         "ERR_1007", {}),
        ("sshd", "2026-12-07T10:00:02 sshd[42]: error: Permission denied (publickey) for 10.4.0.17\n", (),
         "ERR_1002", {}),
        # under a shell the program that wrote a line is not known: it is read
        ("sh", "2026-12-07 app: cannot open /x/in.csv: No such file or directory\n", (), "ERR_1003",
         {"path": "/x/in.csv"}),
        ("zgrep", "2026-12-07 cron: job failed: file not found\n2026-12-07 app: cannot open /data/in.csv\n",
         (_checked("/data/in.csv", exists=False, parent=False),), "ERR_1007", {}),
        # a build tool's summaries between dots, a count of errors and warnings
        ("jam", "don't know how to make app.c\n...found 11 target(s)...\n...skipped 2 target(s)...\n", (),
         "ERR_1003", {"path": "app.c"}),
        ("jflex", 'Sorry, couldn\'t open "/x/lexer.flex"\n1 error, 0 warnings.\n',
         (_checked("/x/lexer.flex", exists=False, parent=False),), "ERR_1003", {"path": "/x/lexer.flex"}),
        # advice after the error
        ("awstats", 'Error: Couldn\'t open server log file "/x/access.log" : No such file or directory\n'
         "Setup ('/x/a.conf' file, web server or permissions) may be wrong.\n"
         "Check config file, permissions and AWStats documentation (in 'docs' directory).\n", (),
         "ERR_1003", {"path": "/x/access.log"}),
        # programs a tool could not run, in its own words
        ("awstats", 'Error: Couldn\'t open server log file "hodei-logcat /var/log/x.log |" : No such file or '
         "directory\n", (), "ERR_1001", {"command": "hodei-logcat"}),
        ("envdir", "envdir: fatal: unable to run hodei-migrate: file does not exist\n", (), "ERR_1001",
         {"command": "hodei-migrate"}),
        ("makepp", "exec hodei-pack dist failed--No such file or directory\n"
         "makepp: error: Failed to build target `/x/all' [254]\n", (), "ERR_1001", {"command": "hodei-pack"}),
        ("remake", "remake: hodei-gen: No such file or directory\nMakefile:1: *** [all] error 127\n", (),
         "ERR_1001", {"command": "hodei-gen"}),
        ("gn", "Current dir: /x/out/\nCommand: hodei-python /x/gen.py\nReturned 127.\n", (), "ERR_1001", {}),
        ("pdfjam", "pdfjam ERROR: configuration error, hodei-latex is not an executable file\n", (),
         "ERR_1001", {"command": "hodei-latex"}),
        ("sv", "./run: Zeile 2: exec: hodei-webd: Nicht gefunden.\n", (), "ERR_1001", {"command": "hodei-webd"}),
        ("daemonize", 'File "/x/bin/webd" is not executable.\n', (_checked("/x/bin/webd", exists=False),),
         "ERR_1001", {"command": "/x/bin/webd"}),
        ("daemonize", "Can't daemonize: Resource temporarily unavailable\n", (), "ERR_1004", {}),
        # files in a tool's own words
        ("makedepend", 'makedepend: error:  "/x/Makefile" is not present\n',
         (_checked("/x/Makefile", exists=False, parent=False),), "ERR_1003", {"path": "/x/Makefile"}),
        ("makepp", "makepp: error: No rule to make /x/Makeppfile\n", (), "ERR_1003", {"path": "/x/Makeppfile"}),
        ("makepp", "makepp: error: No rule to make /x/publish\n", (), "ERR_1007", {}),
        ("b2", "error: no Jamfile in current directory found, and no target references specified.\n", (),
         "ERR_1003", {"path": "Jamfile"}),
        ("gn", 'I could not find a ".gn" file in the current directory or any parent,\n'
         "and the --root command-line argument was not specified.\n", (), "ERR_1003", {"path": ".gn"}),
        ("gord", "gord: ERROR: fileBlockOpen: cannot open file (0)\n", (), "ERR_1003", {}),
        ("notmuch", "Error: cannot load config file.\n", (), "ERR_1003", {}),
        ("sieve-test", "error: script not found.\n", (), "ERR_1003", {}),
        # round 46-49: a path the line calls a file or directory, whatever its shape
        ("R", "ERROR\ncannot change to directory \u2018pkgs/okpkg\u2019\n",
         (_checked("pkgs/okpkg", exists=False),), "ERR_1003", {"path": "pkgs/okpkg"}),
        ("dh_virtualenv", "Exception: cannot find debian/control file\n", (_checked("debian/control", exists=False),),
         "ERR_1003", {"path": "debian/control"}),
        ("virtualenv", "virtualenv: error: argument dest: the destination . is not write-able at /mnt/x\n",
         (_checked("/mnt/x", exists=True, readable=True, read_only=True),), "ERR_1012", {"path": "/mnt/x"}),
        # a name of the tool's own world, not a file: a task, a dependency, an e-mail address, a terminal
        ("mix", '** (Mix) The task "release.deploy" could not be found. Did you mean "release"?\n', (),
         "ERR_1007", {}),
        ("ghc-pkg", 'utils-1.0: dependency "core-2.1-abc" doesn\'t exist (use --force to override)\n', (),
         "ERR_1007", {}),
        ("git-crypt", "Error: public key for 'ops@example.org' not found in your GPG keyring\n", (), "ERR_1007", {}),
        ("joe", "Couldn't open /dev/tty\n", (), "ERR_1007", {}),
        # a bullet indented with a tab is a message, not a frame
        ("ffuf", "Encountered error(s): 1 errors occurred.\n\t* stat /x/words.txt: no such file or directory\n",
         (), "ERR_1003", {"path": "/x/words.txt"}),
        # Haskell's IOError
        ("ghc-pkg", "ghc-pkg: pkgs/utils.conf: openBinaryFile: does not exist (No such file or directory)\n", (),
         "ERR_1003", {"path": "pkgs/utils.conf"}),
        # a write error said by a tool, a run's closing timestamps, a shell's status said again
        ("vim", "Error detected while processing command line:\nE80: Error while writing\n", (), "ERR_1012", {}),
        ("hashcat", "/x/top1000.txt: No such file or directory\n\nStarted: Mon Dec  7 18:45:04 2026\n"
         "Stopped: Mon Dec  7 18:45:04 2026\n", (), "ERR_1003", {"path": "/x/top1000.txt"}),
        ("vim", ":!hodei-lint notes.txt\nsh: 1: hodei-lint: not found\n\nshell returned 127\n", (), "ERR_1001",
         {"command": "hodei-lint"}),
        ("nvim", "shell failed to start: resource temporarily unavailable: sh\n", (), "ERR_1004", {}),
        # a fork that failed above what came of it
        ("vimdiff", "Cannot fork\n\nCannot fork\nE810: Cannot read or write temp files\nE97: Cannot create diffs\n",
         (), "ERR_1004", {}),
        ("nimble", "Error: unhandled exception: Resource temporarily unavailable [OSError]\n", (), "ERR_1004", {}),
        ("nimble", "     Error: Unable to find `nim` binary - add to $PATH or use `--nim`\n", (), "ERR_1001",
         {"command": "nim"}),
        ("tool", "error: could not find a suitable interpreter\n", (), "ERR_1001", {}),
        ("pipenv", "Error: the command hodei-migrate could not be found within PATH or Pipfile's [scripts].\n", (),
         "ERR_1001", {"command": "hodei-migrate"}),
        ("emacs", '(file-missing "Searching for program" "No such file or directory" "hodei-fmt")\n', (),
         "ERR_1001", {"command": "hodei-fmt"}),
        ("emacs", '(file-missing "Cannot open load file" "No such file or directory" "hodei-mode")\n', (),
         "ERR_1007", {}),
        ("R", "Error: ERROR: no permission to install to directory \u2018/x/rootdir\u2019\n", (), "ERR_1002", {}),
        ("rkhunter", "You must be the root user to run this program.\n", (), "ERR_1002", {}),
        ("git-annex", "git-annex: data/raw.csv not found\nadd: 1 failed\n", (), "ERR_1003", {"path": "data/raw.csv"}),
        ("git-annex", "  not enough free space, need 200 kB more\n  Not enough free disk space.\ncopy: 1 failed\n", (),
         "ERR_1012", {}),
        # round 50-51: a Java exception's path on the indented line below it, a count of errors
        ("saxonb-xslt", "Error at xsl:include on line 2 column 41 of include.xsl:\n  XTSE0165: "
         "java.io.FileNotFoundException:\n  /x/common.xsl (No such file or directory)\n"
         "Failed to compile stylesheet. 1 error detected.\n", (), "ERR_1003", {"path": "/x/common.xsl"}),
        # a longer extension; Perl's "at /x.pm line 122" is a place, not a file the job names
        ("thrift", "[FAILURE:arguments:1] Could not open input file with realpath: idl/jobs.thrift\n",
         (_checked("idl/jobs.thrift", exists=False, parent=False, writable=True),), "ERR_1003",
         {"path": "idl/jobs.thrift"}),
        ("xpath", "Cannot open file 'data/catalog.xml' at /usr/share/perl5/XML/XPath.pm line 122.\n",
         (_checked("/usr/share/perl5/XML/XPath.pm", exists=True, readable=True, writable=True),
          _checked("data/catalog.xml", exists=False, parent=False, writable=True)), "ERR_1003",
         {"path": "data/catalog.xml"}),
        ("yorick", "SYNTAX: missing include file fit.i\nyorick: quitting on error in batch mode\n", (), "ERR_1003",
         {"path": "fit.i"}),
        ("yorick", "ERROR (*main*) cannot open file /x/rootdir/fit.txt (mode w)\n",
         (_checked("/x/rootdir/fit.txt", exists=False),), "ERR_1002", {"path": "/x/rootdir/fit.txt"}),
        ("shortg", ">E shortg: can't fork\n>E gtools: Resource temporarily unavailable\n", (), "ERR_1004", {}),
        # EAGAIN of an I/O call is not a process that could not be made
        ("tool", "read: Resource temporarily unavailable\n", (), "ERR_1007", {}),
        # the command a tool echoed above its failure to open "the file"
        ("gretlcli", "? open quarterly.csv\nError attempting to open file\nTerminated on error\n",
         (_checked("quarterly.csv", exists=False, writable=True),), "ERR_1003", {"path": "quarterly.csv"}),
        ("gretlcli", "? open trimestrale.csv\nErrore nel tentativo di aprire il file\nTerminato con errore\n",
         (_checked("trimestrale.csv", exists=False, writable=True),), "ERR_1003", {"path": "trimestrale.csv"}),
        # a file named on an error line above a closing one that names none
        ("lrs", "*bad output file name /x/out/square.ext\n\n*lrs_setup failed\n",
         (_checked("/x/out/square.ext", exists=False, parent=False, writable=True),), "ERR_1003",
         {"path": "/x/out/square.ext"}),
        # round 54-57: a write error said alone; what was looked for inside a file is not a file
        ("tac", "tac: write error\n", (), "ERR_1012", {}),
        ("tr", "tr: write error: No space left on device\ntr: write error\n", (), "ERR_1012", {}),
        ("csplit", "csplit: \u2018/^## appendix/\u2019: match not found\n",
         (_checked("/^## appendix/", exists=False),), "ERR_1007", {}),
        # a Perl module the job opens is a file it names; one it requires is a dependency
        ("podchecker", "Can't open lib/App.pm: No such file or directory at /usr/bin/podchecker line 126.\n", (),
         "ERR_1003", {"path": "lib/App.pm"}),
        ("perlcritic", "No such file or directory: 'lib/App.pm' at /usr/bin/perlcritic line 10.\n", (),
         "ERR_1003", {"path": "lib/App.pm"}),
        ("perl", "Can't locate Hodei/Ext.pm in @INC (you may need to install the Hodei::Ext module)\n", (),
         "ERR_1007", {}),
        # a file that could not be changed, told by its check
        ("htpasswd", "htpasswd: cannot modify file /x/.htpasswd; use '-c' to create it\n",
         (_checked("/x/.htpasswd", exists=False, writable=True),), "ERR_1003", {"path": "/x/.htpasswd"}),
        # a program started with its arguments, or by a wrapper, that is not there
        ("prove", "Could not execute (hodei-tap t/ok.t): open3: exec of hodei-tap t/ok.t failed: No such file or "
         "directory at /usr/share/perl/5.36/TAP/Parser/Iterator/Process.pm line 165.\n", (), "ERR_1001",
         {"command": "hodei-tap"}),
        ("timelimit", "timelimit: executing hodei-export: No such file or directory\n", (), "ERR_1001",
         {"command": "hodei-export"}),
        # the path of a call said first, not the place Perl died at; a bare word one changes to
        ("h2xs", "mkdir Hodei-Ext: Read-only file system at /usr/bin/h2xs line 921.\n", (), "ERR_1012",
         {"path": "Hodei-Ext"}),
        ("anacron", "anacron: Can't chdir to spool: No such file or directory\n", (), "ERR_1003", {"path": "spool"}),
        # the places a file was looked in are there; the file is not
        ("xsubpp", "Can't find typemaps/custom.map in /x/src\n",
         (_checked("/x/src", exists=True, readable=True, writable=True),
          _checked("typemaps/custom.map", exists=False, parent=False)), "ERR_1003", {"path": "typemaps/custom.map"}),
        ("prove", "Cannot detect source of 't/x.t'! at /usr/share/perl/5.36/TAP/Parser/IteratorFactory.pm line 256.\n"
         "\tTAP::Parser::IteratorFactory::make_iterator(HASH(0x5)) called at /usr/share/perl/5.36/TAP/Parser.pm "
         "line 472\n", (_checked("t/x.t", exists=False, parent=False),), "ERR_1003", {"path": "t/x.t"}),
        # a program's banner and what it does, printed above its usage text after the error
        ("tiffsplit", "TIFFOpen: /x/in.tif: No such file or directory.\ntiffsplit: Error: Could not open /x/in.tif \n"
         "\n\nLIBTIFF, Version 4.5.0\nCopyright (c) 1988-1996 Sam Leffler\n\n"
         "Split a multi-image TIFF into single-image TIFF files\n\nusage: tiffsplit [option] input.tif [prefix]\n"
         "where option is:\n -M size       set the memory allocation limit in MiB.\n", (), "ERR_1003",
         {"path": "/x/in.tif"}),
        # round 58-61: a closing line that calls a file bad, and the reason above it
        ("slapcat", "invalid config directory /x/slapd.d, error 2\nslapcat: bad configuration directory!\n",
         (_checked("/x/slapd.d", exists=False, parent=False),), "ERR_1003", {"path": "/x/slapd.d"}),
        ("slapadd", "/x/slapd.conf: line 12: invalid path: Read-only file system\nslapadd: bad configuration file!\n",
         (), "ERR_1012", {}),
        # a thread or fork that failed with errno 11 in a library's words; a daemon saying it stopped
        ("slapd", "6b17 0x7f listener ldap_pvt_thread_create failed (11)\n6b17 0x7f slapd stopped.\n", (),
         "ERR_1004", {}),
        ("phpcs", "PHP Fatal error:  Uncaught PHP_CodeSniffer\\Exceptions\\RuntimeException: pcntl_fork(): Error 11 "
         "in /x/Runner.php on line 459\nStack trace:\n#0 [internal function]: Runner->handleErrors()\n"
         "  thrown in /x/Runner.php on line 604\n", (), "ERR_1004", {}),
        ("asy", "GC Warning: Marker thread creation failed, errno= 11\n/x/plain_Label.asy: 321.15: runtime: fork "
         "failed: latex\\scrollmode\n", (), "ERR_1004", {}),
        # a PHP function's own warning inside an uncaught exception; a call's argument is the path
        ("phpcbf", "PHP Fatal error:  Uncaught RuntimeException: file_put_contents(/x/user.php): Failed to open "
         "stream: Permission denied in /x/Cbf.php on line 94\n", (), "ERR_1002", {"path": "/x/user.php"}),
        ("inkscape", "inkscape: fopen(/mnt/x/logo.pdf): Read-only file system\nFailed to save PS/EPS/PDF to: "
         "/mnt/x/logo.pdf\n", (), "ERR_1012", {"path": "/mnt/x/logo.pdf"}),
        ("puma", "/x/binder.rb:428:in `initialize': Permission denied - connect(2) for /x/puma.sock (Errno::EACCES)\n"
         "\tfrom /x/binder.rb:428:in `new'\n", (), "ERR_1002", {"path": "/x/puma.sock"}),
        # a privilege in a tool's own words, and shadow's German for it
        ("chsh", "You may not change the shell for 'root'.\n", (), "ERR_1002", {}),
        ("chfn", "chfn: Erlaubnis verweigert.\n", (), "ERR_1002", {}),
        # a program a tool needs, named in its own words
        ("django-admin", "CommandError: Can't find msgfmt. Make sure you have GNU gettext tools 0.15 or newer "
         "installed.\n", (), "ERR_1001", {"command": "msgfmt"}),
        ("django-admin", "CommandError: You appear not to have the 'psql' program installed or on your path.\n", (),
         "ERR_1001", {"command": "psql"}),
        ("gitlint", "'git' command not found. You need to install git to use gitlint on a local repository.\n", (),
         "ERR_1001", {"command": "git"}),
        # missing files in a tool's own words
        ("puppet-lint", "puppet-lint: no file specified or specified file does not exist\n", (), "ERR_1003", {}),
        ("sidekiq", "2026-12-07T20:35:53.792Z pid=1 tid=cn5 WARN: ArgumentError: No such file /x/sidekiq.yml\n", (),
         "ERR_1003", {"path": "/x/sidekiq.yml"}),
        ("prettier", "Checking formatting...\n[error] No files matching the pattern were found: \"src/index.ts\".\n"
         "All matched files use Prettier code style!\n", (_checked("src/index.ts", exists=False, parent=False),),
         "ERR_1003", {"path": "src/index.ts"}),
        ("inkscape", "File path /x/icons/logo.png includes directory that doesn't exist. Skipping.\n",
         (_checked("/x/icons/logo.png", exists=False, parent=False),), "ERR_1003", {"path": "/x/icons/logo.png"}),
        ("dbt", "Runtime Error\n  fatal: Not a dbt project (or any of the parent directories). Missing "
         "dbt_project.yml file\n", (_checked("dbt_project.yml", exists=False, writable=True),), "ERR_1003",
         {"path": "dbt_project.yml"}),
        ("dia", "Missing input: /x/flow.dia\n", (_checked("/x/flow.dia", exists=False, parent=False),),
         "ERR_1003", {"path": "/x/flow.dia"}),
        ("asy", "error: could not load module '/x/flow.asy'\n", (_checked("/x/flow.asy", exists=False, parent=False),),
         "ERR_1003", {"path": "/x/flow.asy"}),
        ("tool", "error: could not load module '/x/mod_x.so'\n", (_checked("/x/mod_x.so", exists=False, parent=False),),
         "ERR_1007", {}),
        # a file on a full disk that could not be updated, or exported to
        ("htpasswd", "Adding password for user deploy\nhtpasswd: unable to update file /mnt/x/.htpasswd\n",
         (_checked("/mnt/x/.htpasswd", exists=True, readable=True, writable=True, full=True),), "ERR_1012", {}),
        ("inkscape", "libpng error: Write Error\nInkFileExport::do_export_png: Failed to export to /mnt/x/logo.png\n",
         (_checked("/mnt/x/logo.png", exists=True, readable=True, writable=True, full=True),), "ERR_1012", {}),
        # round 62-65: a run's closing figures, a settings dump, a runner's recap after the error
        ("dc3dd", "[!!] writing to `/mnt/x/copy.img': No space left on device\n 0 bytes ( 0 ) copied (  0% ), 0 s, 0 K/s\n"
         "input results for file `/x/evidence.dd':\n   256 sectors in\noutput results for file `/mnt/x/copy.img':\n"
         "   0 sectors out\ndc3dd failed at 2026-12-07 20:55:40 +0000\n", (), "ERR_1012", {"path": "/mnt/x/copy.img"}),
        ("safecopy", "Error opening sourcefile: /x/sdc.img : No such file or directory\nBlocksize: 4096\n"
         "Min read attempts: 3\nSource: /x/sdc.img\nDestination: sdc.img\n", (), "ERR_1003", {"path": "/x/sdc.img"}),
        ("csound", "Reading CSD failed (No such file or directory)... stopping\n1 errors in performance\n"
         "Elapsed time at end of performance: real: 0.000s, CPU: 0.000s\n", (), "ERR_1003", {}),
        ("doit", "/bin/sh: 1: hodei-minify: not found\n.  minify\nTaskError - taskid:minify\n"
         "Command error: 'hodei-minify --out b.js a.js' returned 127\n", (), "ERR_1001", {"command": "hodei-minify"}),
        ("dvc", "ERROR: unexpected error - [Errno 28] No space left on device\nHaving any troubles? Hit us up at "
         "https://dvc.org/support, we are always happy to help!\n", (), "ERR_1012", {}),
        ("pcapfix", "[-] Cannot open input file: No such file or directory\npcapfix 1.1.7 (c) 2012-2021 R. K.\n\n"
         "[*] Reading from file: /x/a.pcap\n", (), "ERR_1003", {}),
        # a program named bare in Python's ENOENT, even above a line that says what came of it
        ("mma", "Playing MIDI '/x/a.mid' with timidity.\n[Errno 2] No such file or directory: 'timidity'\n"
         "Error:   MidiPlayer fork error.\n", (), "ERR_1001", {"command": "timidity"}),
        ("tool", "[Errno 2] No such file or directory: 'Makefile'\n", (), "ERR_1003", {"path": "Makefile"}),
        # storage in a tool's words; a job that could not be run for EAGAIN; a server's socket
        ("scalpel", "Scalpel was unable to write output files and will abort.\nThis error generally indicates that "
         "disk space is exhausted.\n", (), "ERR_1012", {}),
        ("cwltool", "ERROR Exception while running job: [Errno 11] Resource temporarily unavailable\n"
         "WARNING Final process status is permanentFail\n", (), "ERR_1004", {}),
        ("jack_lsp", "Cannot connect to server socket err = No such file or directory\n"
         "Error: cannot connect to JACK, server is not running.\n", (), "ERR_1007", {}),
        # a file not found among places, or said not to exist, told by its check
        ("pypyr", "PipelineNotFoundError: nightly.yaml not found in any of the following:\n/x/w\n/x/w/pipelines\n",
         (_checked("nightly.yaml", exists=False, writable=True), _checked("/x/w", exists=True, readable=True)),
         "ERR_1003", {"path": "nightly.yaml"}),
        ("yamale", "Validation failed!\nInvalid schema name for '/x/job.yamale' or schema not found.\n",
         (_checked("/x/job.yamale", exists=False, parent=False),), "ERR_1003", {"path": "/x/job.yamale"}),
        ("pykwalify", "pykwalify.errors.CoreError: <CoreError: error code 3: Provided source_file do not exists on "
         "disk: /x/job.yaml: Path: '/'>\n", (_checked("/", exists=True, readable=True),
                                            _checked("/x/job.yaml", exists=False, parent=False)),
         "ERR_1003", {"path": "/x/job.yaml"}),
        ("sndfile-resample", "Error : Not able to open input file 'stems/keys.wav'\n",
         (_checked("stems/keys.wav", exists=False, parent=False),), "ERR_1003", {"path": "stems/keys.wav"}),
        # names that are not files: a TeX package by its name, an e-mail address, a dotted model name
        ("lualatex", "! LaTeX Error: File `hodeilayout.sty' not found.\n",
         (_checked("hodeilayout.sty", exists=False, writable=True),), "ERR_1007", {}),
        ("git-crypt", "Error: public key for 'ops@example.org' not found in your GPG keyring\n",
         (_checked("ops@example.org", exists=False, writable=True),), "ERR_1007", {}),
        ("dbt", "Model 'model.shop.refunds' (models/refunds.sql) depends on a node named 'stg' which was not found\n",
         (_checked("model.shop.refunds", exists=False, writable=True),), "ERR_1007", {}),
        # round 66-69: a report drawn between rules (Open MPI's), its executable named below
        ("mpirun", "-" * 74 + "\nmpirun was unable to find the specified executable file, and therefore\n"
         "did not launch the job.  This error was first reported for process\nrank 0.\n\nNode:       vm\n"
         "Executable: hodei-cfd-solver\n" + "-" * 74 + "\n", (), "ERR_1001", {"command": "hodei-cfd-solver"}),
        ("mpicc", "-" * 74 + "\nThe Open MPI wrapper compiler was unable to find the specified compiler\n"
         "icx in your PATH.\n\nNote that this compiler was either specified at configure time or in\n"
         "one of several possible environment variables.\n" + "-" * 74 + "\n", (), "ERR_1001", {}),
        # a message drawn in a box, the OS's words cut at its width
        ("esptool", " Usage: esptool write-flash [OPTIONS] <address> <filename>...\n\u256d\u2500 Error \u2500\u2500\u256e\n"
         "\u2502 Invalid value for '<address>': [Errno 2] No such file or       \u2502\n"
         "\u2502 directory: 'build/app.bin'                                   \u2502\n\u2570\u2500\u2500\u256f\n", (),
         "ERR_1003", {"path": "build/app.bin"}),
        # programs a tool could not start, in its words
        ("perf", "Workload failed: No such file or directory\n", (), "ERR_1001", {}),
        ("heaptrack", 'Error: Debuggee "hodei-bench" was not found.\nUsage: /usr/bin/heaptrack DEBUGGEE\n', (),
         "ERR_1001", {"command": "hodei-bench"}),
        ("uftrace", "ERROR: Cannot trace 'hodei-bench': No such executable file.\n", (), "ERR_1001",
         {"command": "hodei-bench"}),
        ("py-spy", "Error: Failed to create process 'hodei-bench': No such file or directory (os error 2)\n", (),
         "ERR_1001", {"command": "hodei-bench"}),
        ("ltrace", "couldn't open program 'hodei-bench': No such file or directory\n% time     seconds  usecs/call\n"
         "------ ----------- -----------\n100.00    0.000000                     0 total\n", (), "ERR_1001",
         {"command": "hodei-bench"}),
        ("ltrace", '"/x/armbin/bench" is ELF from incompatible architecture\n', (), "ERR_1004", {}),
        ("hackbench", "Creating workers (error: Resource temporarily unavailable)\n", (), "ERR_1004", {}),
        # rights a tool asks for, and a refusal of root that is the job's own
        ("bpftrace", "ERROR: bpftrace currently only supports running as the root user.\n", (), "ERR_1002", {}),
        ("mpirun", "mpirun has detected an attempt to run as root.\n", (), "ERR_1007", {}),
        # files in a tool's words, told by their check; a service's daemon is not a file
        ("callgrind_annotate", "File /x/callgrind.out.42 not opened\n",
         (_checked("/x/callgrind.out.42", exists=False, parent=False),), "ERR_1003", {"path": "/x/callgrind.out.42"}),
        ("iqtree2", "ERROR: Could not open /x/rootdir/run.log for logging\n",
         (_checked("/x/rootdir/run.log", exists=False),), "ERR_1002", {"path": "/x/rootdir/run.log"}),
        ("stm32flash", "Failed to open port: /dev/ttyUSB0\n", (), "ERR_1003", {"path": "/dev/ttyUSB0"}),
        ("fwupdmgr", "Failed to connect to daemon: Could not connect: No such file or directory\n", (), "ERR_1007", {}),
        ("ld", "/usr/bin/ld: cannot find -lpetsc: No such file or directory\ncollect2: error: ld returned 1 exit "
         "status\n", (), "ERR_1007", {}),
        ("velveth", "velveth: Word length 33 greater than max allowed value (31).\nRecompile Velvet to deal with "
         "this word length.: No such file or directory\n", (), "ERR_1007", {}),
        # a linter's finding quotes the file's own text
        ("markdownlint", '/x/T.md:7:1 error MD018/no-missing-space-atx No space after hash on atx style heading '
         '[Context: "#Read-only file system"]\n', (), "ERR_1007", {}),
        # want of resources in a program's own sentence, and a C++ exception by its mangled name
        ("siege", "[fatal] unable to allocate memory for 5 simulated browser: Resource temporarily unavailable\n",
         (), "ERR_1004", {}),
        ("nghttpd", "Caught St12system_error:\nResource temporarily unavailable\n", (), "ERR_1004", {}),
        ("tool", "tool: could not create lock file: Resource temporarily unavailable\n", (), "ERR_1007", {}),
        # a reason in brackets whose sentence goes on below it; a call's argument without its mode
        ("rotatelogs", "Error writing error (Error 28 writing to log file at offset 0. 1 messages lost (No space "
         "left on device)\n) to the file /x/access.log.1\n", (), "ERR_1012", {}),
        ("ab", "80353B774B7F0000:error:80000002:system library:file_ctrl:No such file or directory:../crypto/bio/"
         "bss_file.c:297:calling fopen(/x/client.pem, r)\n", (), "ERR_1003", {"path": "/x/client.pem"}),
        # binutils' own "No such file" in Spanish; a process by its id is not a file
        ("strings", "strings: '/x/core.dump': No hay tal fichero\n", (), "ERR_1003", {"path": "/x/core.dump"}),
        ("eu-stack", "eu-stack: dwfl_linux_proc_report pid 999999: No such file or directory\n", (), "ERR_1007", {}),
        # a path with the first word of what is said of it written on ("x.gcno:cannot")
        ("gcov", "/x/a.gcno:cannot open notes file\n", (_checked("/x/a.gcno", exists=False, parent=False),),
         "ERR_1003", {"path": "/x/a.gcno"}),
        # files in a tool's words, told by their check
        ("gcovr", "OSError: Unknown directory '../x/src'\n", (_checked("../x/src", exists=False, parent=False),),
         "ERR_1003", {"path": "../x/src"}),
        ("softhsm2-util", "ERROR: Failed to enumerate object store in /x/tokens\n",
         (_checked("/x/tokens", exists=False, parent=False),), "ERR_1003", {"path": "/x/tokens"}),
        ("dehydrated", "ERROR: Specified config file doesn't exist.\n", (), "ERR_1003", {}),
        # a template engine's file missing, by its exception or its words
        ("j2", "jinja2.exceptions.TemplateNotFound: templates/nginx.conf.j2\n", (), "ERR_1003",
         {"path": "templates/nginx.conf.j2"}),
        ("jinja2", "TemplateNotFound: k8s.yaml.j2 (k8s.yaml.j2)\n", (), "ERR_1003", {"path": "k8s.yaml.j2"}),
        ("tpage", "file error - site/index.tt: not found\n", (), "ERR_1003", {"path": "site/index.tt"}),
        # a name looked for under a URI is not the URI's file
        ("reclass", "Node 'web9' not found under yaml_fs:///x/inv/nodes\n", (), "ERR_1007", {}),
        # a program a tool needs, by its words; NSS's name for a refusal between the path and its words
        ("lcov", "geninfo: ERROR: need tool hodei-nogcov!\n", (), "ERR_1001", {"command": "hodei-nogcov"}),
        ("pk12util", "pk12util: Initialization failed: /x/rootdir/export.p12: PR_NO_ACCESS_RIGHTS_ERROR: Access "
         "Denied\nError attempting to export certificates.\n", (), "ERR_1002", {"path": "/x/rootdir/export.p12"}),
        # Tcl's trace of the error is not an error of its own
        ("vera++", 'error: couldn\'t open "/x/main.c": no such file or directory\n    while executing\n'
         '"open $fileName "r""\n    ("foreach" body line 6)\n    invoked from within\n"foreach fileName '
         '[getSourceFileNames] {\n    (file "/usr/lib/vera++/scripts/rules/F001.tcl" line 4)\n', (), "ERR_1003",
         {"path": "/x/main.c"}),
        # a binary for another architecture in an emulator's words
        ("qemu-arm", "qemu-arm: /x/hello-arm64: Invalid ELF image for this architecture\n", (), "ERR_1004", {}),
        # a status word before the path, the OS's reason after it: the reason decides
        ("spm_decode", 'spm_decode_main.cc(60) [_status.ok()] Permission denied: "/x/decoded.txt": Read-only file '
         'system Error #30\n', (), "ERR_1012", {"path": "/x/decoded.txt"}),
        ("spm_train", 'spm_train_main.cc(275) [_status.ok()] Permission denied: "models/sp.model": No such file or '
         'directory Error #2\n', (), "ERR_1003", {"path": "models/sp.model"}),
        # missing or unreadable, said together: the check tells which
        ("apktool", "Input file (/x/secret.apk) was not found or was not readable.\n",
         (_checked("/x/secret.apk", exists=True),), "ERR_1002", {"path": "/x/secret.apk"}),
        ("aapt", "Asset path /x/app.apk is neither a directory nor file (type=1).\n",
         (_checked("/x/app.apk", exists=False),), "ERR_1003", {"path": "/x/app.apk"}),
        # programs a tool runs, in its words and its languages
        ("svm-grid", 'svm-train executable not found\nTry "grid.py" for more information.\n', (), "ERR_1001",
         {"command": "svm-train"}),
        ("apksigcopier", "Error: apksigner command not found.\n", (), "ERR_1001", {"command": "apksigner"}),
        ("wine", "Can't recognize 'hodei-tool.exe --sync' as an internal or external command, or batch script.\n",
         (), "ERR_1001", {"command": "hodei-tool.exe"}),
        ("msgfilter", "msgfilter: hodei-x subprocess failed: No such file or directory\n", (), "ERR_1001",
         {"command": "hodei-x"}),
        ("msgexec", "msgexec: Subprozess hodei-x fehlgeschlagen: Datei oder Verzeichnis nicht gefunden\n", (),
         "ERR_1001", {"command": "hodei-x"}),
        ("dpkg-architecture", "dpkg-architecture: Fehler: hodei-x konnte nicht ausgef\u00fchrt werden: No such file or "
         "directory\n", (), "ERR_1001", {"command": "hodei-x"}),
        ("apktool", "brut.androlib.AndrolibException: brut.common.BrutException: could not exec: [aapt, p, -F, "
         "/tmp/x.tmp]\n", (), "ERR_1001", {"command": "aapt"}),
        ("apksigner", "/x/apksigner: linha 97: exec: java: n\u00e3o encontrado\n", (), "ERR_1001", {"command": "java"}),
        # binutils' own "No such file" in French, and French's "cannot open"
        ("objcopy", "aarch64-linux-gnu-objcopy: \u00ab build/firmware.elf \u00bb: pas de tel fichier\n", (),
         "ERR_1003", {"path": "build/firmware.elf"}),
        ("dlltool", "dlltool: Ne peut ouvrir le fichier de d\u00e9finition : /x/zlib.def\n",
         (_checked("/x/zlib.def", exists=False, parent=False),), "ERR_1003", {"path": "/x/zlib.def"}),
        # a file by its kind, the whole line; a relative path "not found"; not a resource inside an archive
        ("fasttext", "Test file cannot be opened!\n", (), "ERR_1003", {}),
        ("svm-checkdata", "dataset data/train.svm not found\n", (), "ERR_1003", {"path": "data/train.svm"}),
        ("aapt", "ERROR: dump failed because resource res/layout/settings.xml not found\n", (), "ERR_1007", {}),
        # MCL's Scots "cannae" is "cannot"; another user's path a tool will not use
        ("mcl", "___ [mcxIOopen] r stream <data/graph.abc> cannae be opened\n", (), "ERR_1003", {}),
        ("wine", "wine: '/x/wp' is not owned by you\n", (), "ERR_1002", {"path": "/x/wp"}),
        # Edinburgh Speech Tools' "not accessible", told by the check, after a pointer to help
        ("wagon", 'wagon: input file not accessible "/x/dur.train"\nType -h for help on options.\n',
         (_checked("/x/dur.train", exists=False, parent=False),), "ERR_1003", {"path": "/x/dur.train"}),
        # a directory said to lack what the tool looks for: missing, told by the check
        ("pocketsphinx", 'ERROR: "acmod.c", line 78: Folder \'/x/models/de-de\' does not contain acoustic model '
         "definition 'mdef'\n", (_checked("/x/models/de-de", exists=False, parent=False),), "ERR_1003",
         {"path": "/x/models/de-de"}),
        ("minimodem", "/x/capture.wav: System error.\n", (_checked("/x/capture.wav", exists=False, parent=False),),
         "ERR_1003", {"path": "/x/capture.wav"}),
        ("grcc", "Error: missing /x/fm_rx.grc\n", (), "ERR_1003", {"path": "/x/fm_rx.grc"}),
        ("apksigner", "DOES NOT VERIFY\nERROR: Missing META-INF/MANIFEST.MF\n", (), "ERR_1007", {}),
        ("urlwatch", "    You need to create watch/urls.yaml in order to use urlwatch.\n", (), "ERR_1003",
         {"path": "watch/urls.yaml"}),
        # a script that did not complete, after its error (Praat)
        ("praat", "Error: Cannot open file \u201c/x/f0.praat\u201d.\nScript \u201c/x/f0.praat\u201d not completed.\n"
         "Praat: script command <</x/f0.praat>> not completed.\n", (), "ERR_1003", {"path": "/x/f0.praat"}),
        # programs not started: GLib's spawn error, proxychains, a driver's missing browser
        ("spd-say", "Autospawn failed. Spawn error 8: Failed to execute child process \u201c/x/speech-dispatcher\u201d "
         "(No such file or directory)\n", (), "ERR_1001", {"command": "/x/speech-dispatcher"}),
        ("proxychains4", "proxychains: can't load process 'hodei-deploy'. (hint: it's probably a typo): No such file or "
         "directory\n", (), "ERR_1001", {"command": "hodei-deploy"}),
        ("chromedriver", '{"value":{"error":"session not created","message":"session not created\\nfrom unknown error: '
         'no chrome binary at /x/chrome","stacktrace":""}}\n', (), "ERR_1001", {"command": "/x/chrome"}),
        # a socket connected to, in any language, is a service that did not answer
        ("spd-say", "Error: Can't connect to unix socket /x/speechd.sock: Datei oder Verzeichnis nicht gefunden.\n", (),
         "ERR_1007", {}),
        # Chromium's network error for a local page; a URL's "Input/output error" is a server's
        ("chromium", "[1:1:1207/230513.600208:ERROR:headless_command_handler.cc:403] Page load failed: "
         "net::ERR_FILE_NOT_FOUND\n", (), "ERR_1003", {}),
        ("hxwls", "http://127.0.0.1:38199/: Input/output error\n", (), "ERR_1007", {}),
        # a directory not made for want of rights, or on a read-only disk, by the errno's number alone
        ("wget2", "Failed to make directory '/x/rootdir/crawl' (errno=13)\nFailed to open '/x/rootdir/crawl/a/index.html' "
         "(errno=2): No such file or directory\nFailed to save extended attribute /x/rootdir/crawl/a/index.html\n",
         (), "ERR_1002", {"path": "/x/rootdir/crawl"}),
        ("wget2", "Failed to make directory '/x/crawl' (errno=30)\nFailed to open '/x/crawl/a/index.html' (errno=2): No "
         "such file or directory\n", (), "ERR_1012", {"path": "/x/crawl"}),
        # a run's statistics and closing line after the error
        ("linkchecker", "Result     Error: URLError: <urlopen error [Errno 2] No such file or directory: '/x/index.html'>"
         "\n\nStatistics:\nDownloaded: 0B.\nContent types: 0 image, 0 text, 0 video and 1 other.\nURL lengths: min=77, "
         "max=77, avg=77.\n\nThat's it. 1 link in 1 URL checked. 0 warnings found. 1 error found.\nStopped checking at "
         "2026-12-07 23:05:36+000 (9 seconds)\n", (), "ERR_1003", {"path": "/x/index.html"}),
        # the exception the final one was raised while handling, when the final one says nothing known
        ("linkchecker", "Traceback (most recent call last):\n  File \"x.py\", line 1, in f\nRuntimeError: can't start "
         "new thread\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent "
         "call last):\n  File \"x.py\", line 2, in g\nRuntimeError: cannot join thread before it is started\n", (),
         "ERR_1004", {}),
        # a table a tool could not resolve or open (the check tells which)
        ("lou_checktable", "Cannot resolve table '/x/de-g2.ctb'\n1 errors found.\n/x/de-g2.ctb could not be compiled\n",
         (_checked("/x/de-g2.ctb", exists=False, parent=False),), "ERR_1003", {"path": "/x/de-g2.ctb"}),
        ("lou_checktable", "Cannot open table '/x/secret.ctb'\n1 errors found.\n/x/secret.ctb could not be compiled\n",
         (_checked("/x/secret.ctb", exists=True),), "ERR_1002", {"path": "/x/secret.ctb"}),
        # which way, said on the line below the failure
        ("prusa-slicer", "G-code export to /x/rootdir/cube.gcode failed.\nCannot open the file for writing.\n",
         (_checked("/x/rootdir/cube.gcode", exists=False),), "ERR_1002", {"path": "/x/rootdir/cube.gcode"}),
        # "not possible to import", and a sentence that the program stops after it
        ("meshlabserver", "It was not possible to import mesh /x/statue.stl into MeshLabServer. The program will exit\n",
         (_checked("/x/statue.stl", exists=False, parent=False),), "ERR_1003", {"path": "/x/statue.stl"}),
        # the program's own source file in brackets first is not the file it failed on
        ("ogmdemux", '(ogmdemux.c) Could not open "/x/movie.ogm".\'\n',
         (_checked("ogmdemux.c", exists=False, parent=True), _checked("/x/movie.ogm", exists=False, parent=False)),
         "ERR_1003", {"path": "/x/movie.ogm"}),
        ("dvdxchap", "(dvdxchap.c) Can't open VMG info.\n", (_checked("dvdxchap.c", exists=False, parent=True),),
         "ERR_1007", {}),
        # an exec call and the program it was to run
        ("polyglot", "tellusererror POLYGLOT: pipex_open(): execvp(): komodo-14: No such file or directory\n", (),
         "ERR_1001", {"command": "komodo-14"}),
        # a connect call's missing socket is a service; a system library a driver needs is a dependency,
        # a plugin the job names is a file
        ("eutp", "brlapi_initializeConnection: connect: No such file or directory\nError initializing brlapi !\n", (),
         "ERR_1007", {}),
        ("brltty-ktb", "brltty-ktb: /lib/brltty/libbrlttybzz.so: cannot open shared object file: No such file or "
         "directory\n", (), "ERR_1007", {}),
        ("analyseplugin", 'Failed to load plugin "./plugins/x.so": ./plugins/x.so: cannot open shared object file: No '
         "such file or directory\n", (), "ERR_1003", {}),
        # a stale errno after a sentence about the data
        ("slic3r", "The input is an empty file: No such file or directory\nError while opening /x/t.stl: Error while "
         "reading STL file\n", (_checked("/x/t.stl", exists=True, readable=True),), "ERR_1007", {}),
        # a pointer to help after the error ("Run easyrsa without commands for usage")
        ("easyrsa", "tool: cannot open /x/pki.conf: No such file or directory\nRun easyrsa without commands for "
         "usage and command help.\n", (), "ERR_1003", {"path": "/x/pki.conf"}),
    ])
    def test_read_with_its_program(self, program: str, text: str, checks: tuple[PathCheck, ...], code: str,
                                   details: dict[str, object]) -> None:
        """Each, printed by the job's program, is read as a person reads it."""
        failure = decide(Observation(program, exit_status=1, stderr_tail=text.encode(), path_checks=checks))
        assert failure.error.code == code, failure.evidence
        assert {k: failure.reason.get(k) for k in details} == details, failure.reason

    @pytest.mark.parametrize(("program", "status", "text", "code"), [
        # a program that says why in its own words chose the status 126 itself
        ("gcal", 126, "gcal: unrecognized option `--holidays-for=xx'\nUsage:  gcal [-|/{[?|h]}] [[MM] [YYYY]]\n",
         "ERR_1007"),
        ("gcal", 126, "", "ERR_1002"),
        ("sh", 126, "sh: unrecognized option `--x'\n", "ERR_1002"),
        # a wrapper that says it sent its child the signal: the job's own time limit
        ("timelimit", 143, "timelimit: sending warning signal 15\n", "ERR_1007"),
        ("timeout", 143, "timeout: sending signal TERM to command 'sleep'\n", "ERR_1007"),
        ("timelimit", 137, "timelimit: sending warning signal 15\n", "ERR_1006"),
        ("tool", 143, "", "ERR_1006"),
        # a program that reported at length before a 127 ran: the status is its own (httping's)
        ("httping", 127, "PING 127.0.0.1:9 (/ready):\ncould not connect (Connection refused)\n\n"
         "--- http://127.0.0.1:9/ready ping statistics ---\n2 connects, 0 ok, 100.00% failed, time 2001ms\n",
         "ERR_1007"),
        ("tool", 127, "sh: 1: hodei-x: not found\nstep 1\nstep 2\nstep 3\n", "ERR_1001"),
        # a status above 128 the program chose after its own error or usage text, no signal said
        ("perf", 129, "event syntax error: 'hodei_cycles'\n\n Usage: perf stat [<options>] [<command>]\n", "ERR_1007"),
        ("tool", 134, "tool: starting\nAborted (core dumped)\n", "ERR_1006"),
        # a shell running a script said a program is missing or for another machine; what the
        # script or its caller said next came of it
        ("easyrsa", 1, "/usr/share/easy-rsa/easyrsa: 430: /x/openssl-3: not found\n\nEasy-RSA error:\n\n"
         "secure_session - rand ''\n", "ERR_1001"),
        ("easyrsa", 1, "/usr/share/easy-rsa/easyrsa: 430: /x/arm-openssl: Exec format error\n\nEasy-RSA error:\n\n"
         "secure_session - rand ''\n", "ERR_1004"),
        ("mako-render", 1, "/bin/sh: 1: helm: not found\nTraceback (most recent call last):\n  File \"x.py\", "
         "line 3, in render_body\nCalledProcessError: Command 'helm template ./chart' returned non-zero exit "
         "status 127.\n", "ERR_1001"),
        ("tool", 1, "tool: step 1\ntool: could not parse the answer\n", "ERR_1007"),
        # bash's report of a signal with its own spacing ("line 1:  5572 Trace/breakpoint trap") after
        # an OS reason: the reason
        ("chromedriver", 133, "[1796684716.061][SEVERE]: pthread_create: Resource temporarily unavailable (11)\n"
         "bash: line 1:  5572 Trace/breakpoint trap   bash -c 'exec chromedriver'\n", "ERR_1004"),
        # an uncaught C++ exception is the program's own error, and its abort follows from it
        ("fasttext", 134, "terminate called after throwing an instance of 'std::invalid_argument'\n  what():  "
         "/x/junk.bin has wrong file format!\n", "ERR_1007"),
    ])
    def test_a_status_read_with_its_words(self, program: str, status: int, text: str, code: str) -> None:
        """A status a shell or a signal would give means that only when the program said nothing of its own."""
        failure = decide(Observation(program, exit_status=status, stderr_tail=text.encode()))
        assert failure.error.code == code, failure.evidence

    def test_a_chain_of_exceptions_is_read_one_link_back(self) -> None:
        """The exception the final one was raised while handling is read, the one before it is
        not, and a tail of nothing but chained exceptions is read without recursing through it."""
        chain = ("\n\nDuring handling of the above exception, another exception occurred:\n\n"
                 "Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n")
        two_back = f"FileNotFoundError: [Errno 2] No such file or directory: '/x/a'{chain}RuntimeError: boom{chain}" \
                   "RuntimeError: bang\n"
        assert decide(Observation("tool", exit_status=1, stderr_tail=two_back.encode())).error.code == "ERR_1007"
        one_back = f"FileNotFoundError: [Errno 2] No such file or directory: '/x/a'{chain}RuntimeError: bang\n"
        assert decide(Observation("tool", exit_status=1, stderr_tail=one_back.encode())).error.code == "ERR_1003"
        deep = (f"x{chain}" * 2000).encode()[-STDERR_TAIL_LIMIT:]
        assert decide(Observation("tool", exit_status=1, stderr_tail=deep)).error.code == "ERR_1007"

    def test_a_shared_object_is_a_dependency(self) -> None:
        """A shared object that could not be opened is not a file the job names."""
        failure = decide(Observation("tool", exit_status=1,
                                     stderr_tail=b"hodei: cannot open shared object file\n"))
        assert failure.error.code == "ERR_1007"


class TestWhatAnErrorLeadsTo:
    """Lines after a real error that only say what came of it (a consequence, a request to
    report a bug, where in the input, a dump of what it was about, a run's statistics) do not
    hide it; an error of its own below it, or plain output, still does."""

    @pytest.mark.parametrize(("text", "code", "details"), [
        # a consequence in words that name nothing: the error above is its cause
        ("/nonexistent/rtl/top.v: No such file or directory\nNo top level modules, and no -s option.\n",
         "ERR_1003", {"path": "/nonexistent/rtl/top.v"}),
        ("hodei-d (2637): can't open /nonexistent/d.conf: No such file or directory\n"
         "hodei-d (2637): Insecure file permissions, but continuing anyway\n"
         "hodei-d (2637): exiting, failed to read config file\n",
         "ERR_1003", {"path": "/nonexistent/d.conf"}),
        # a report's footer pointing to a web page
        ("Fatal error:\nFile input/output error:\n/mnt/out.gro\n\nFor more information and tips for "
         "troubleshooting, please check the HODEI\nwebsite at http://www.example.org/Documentation/Errors\n"
         "-------------------------------------------------------\n", "ERR_1012", {"path": "/mnt/out.gro"}),
        # a request to report a bug, to the end
        ("Can't open /nonexistent/dhcpd.conf: No such file or directory\n\n"
         "If you think you have received this message due to a bug rather\n"
         "than a configuration issue please read the section on submitting\n"
         "bugs on either our web page at www.example.org or in the README file\n\nexiting.\n",
         "ERR_1003", {"path": "/nonexistent/dhcpd.conf"}),
        # a dump of the statement the error was about
        ("Error: database or disk is full\n\nsql = CREATE TABLE \"rows\" (\n   \"id\" TEXT\n);\n"
         "parameters = None\n", "ERR_1012", {}),
        # an explanation, the places looked in, a recap
        ("%Error: Cannot find file containing module: /nonexistent/core.v\n"
         "%Error: This may be because there's no search path specified with -I<dir>.\n"
         "        ... Looked in:\n             /nonexistent/core.v\n%Error: Exiting due to 2 error(s)\n",
         "ERR_1003", {"path": "/nonexistent/core.v"}),
        # a message cut to a width goes on below, a hyphenated path too
        ("error: An error occurred while opening `/nonexistent/survey.sav': No such file or\n"
         "directory.\nx.sps:2: error: Stopping syntax file processing here to avoid a cascade\n"
         "of dependent command failures.\n", "ERR_1003", {"path": "/nonexistent/survey.sav"}),
        # a solver's S-expression error, the path below a line ending in a colon, statistics
        ('(error "failed to open file \'/nonexistent/q.smt2\'")\n', "ERR_1003", {"path": "/nonexistent/q.smt2"}),
        ("<cmd>: error: file could not be opened:\n  /nonexistent/s.lp\n\n"
         "*** ERROR: (hodei-solve): parsing failed\nUNKNOWN\n\nModels       : 0+\n"
         "CPU Time     : 0.000s\n", "ERR_1003", {"path": "/nonexistent/s.lp"}),
        # a sentence saying the program stops, after the error on its line
        ("Error: The requested fasta database file (/nonexistent/hg38.fa) could not be opened. Exiting!\n",
         "ERR_1003", {"path": "/nonexistent/hg38.fa"}),
        ('(ERR): "/nonexistent/idx/GRCh38" does not exist or is not a Bowtie 2 index\nExiting now ...\n',
         "ERR_1003", {"path": "/nonexistent/idx/GRCh38"}),
        # a program's recap that it died, Tcl's trace of where the error was raised
        ("Error: Failed to open filename '/nonexistent/contigs.fasta'\n"
         "Error: Unable to read sequence '/nonexistent/contigs.fasta'\n"
         "Died: hodei-seq terminated: Bad value for '-sequence' and no prompt\n",
         "ERR_1003", {"path": "/nonexistent/contigs.fasta"}),
        ("embedded:startup.tcl:28: Error: Can't find /nonexistent/boards/acme.cfg\n"
         "in procedure 'script' \nat file \"embedded:startup.tcl\", line 28\n",
         "ERR_1003", {"path": "/nonexistent/boards/acme.cfg"}),
        # the command a tool ran, said again after its error; a Scheme's dialogue after it
        ('oiiotool ERROR: read : File does not exist: "/nonexistent/shot010.exr"\nFull command line was:\n'
         "> oiiotool /nonexistent/shot010.exr --resize 50% -o out.png\n", "ERR_1003",
         {"path": "/nonexistent/shot010.exr"}),
        (';Unable to find file "/nonexistent/lib/build.scm" because: File does not exist.\n'
         ";To continue, call RESTART with an option number:\n; (RESTART 1) => Return to read-eval-print "
         "level 1.\n\n2 error> \nEnd of input stream reached.\n", "ERR_1003", {"path": "/nonexistent/lib/build.scm"}),
        ("pushfile: error open /nonexistent/src/util.c\n"
         "error: /usr/bin/hodei-cpp terminated with status 1\n", "ERR_1003", {"path": "/nonexistent/src/util.c"}),
        # a restatement that names nothing, between the cause and a recap
        ("Possible Parse Error: Cannot find file '/nonexistent/scenes/room.pov', even\n"
         " after trying to append file type extension.\nParse Error: Cannot open input file.\n"
         "Fatal error in parser: Cannot parse input.\nRender failed\n", "ERR_1003",
         {"path": "/nonexistent/scenes/room.pov"}),
        # "does not exist" in another language, after the path
        ("*** - LOAD: Eine Datei mit Namen /nonexistent/werkzeug/bau.lisp gibt es nicht.\n", "ERR_1003",
         {"path": "/nonexistent/werkzeug/bau.lisp"}),
        # TeX's dialogue and context lines after "I can't find file"
        ("! I can't find file `/nonexistent/thesis.tex'.\n<*> /nonexistent/thesis.tex\n\n"
         "(Press Enter to retry, or Control-D to exit)\nPlease type another input file name\n"
         "! Emergency stop.\n<*> /nonexistent/thesis.tex\n"
         "!  ==> Fatal error occurred, no output PDF file produced!\nTranscript written on texput.log.\n",
         "ERR_1003", {"path": "/nonexistent/thesis.tex"}),
        # a library's report: its source location, then the OS's reason below the file it names,
        # then its own follow-on errors about the same element
        ('ERROR: from element /GstPipeline:pipeline0/GstFileSink:filesink0: Could not open file '
         '"/nonexistent/out.wav" for writing.\nAdditional debug info:\n'
         "../plugins/elements/gstfilesink.c(458): gst_file_sink_open_file (): "
         "/GstPipeline:pipeline0/GstFileSink:filesink0:\nsystem error: Read-only file system\n"
         "ERROR: pipeline doesn't want to preroll.\nERROR: from element /GstPipeline:pipeline0/"
         "GstFileSink:filesink0: GStreamer error: state change failed.\nFailed to start\n"
         "Failed to set pipeline to PAUSED.\n", "ERR_1012", {"path": "/nonexistent/out.wav"}),
        # the verb after the path in French; a path in brackets after "file:"; a progress line
        ("Erreur : Impossible d'ouvrir le fichier \u00ab /nonexistent/LISEZMOI.txt \u00bb en lecture\n",
         "ERR_1003", {"path": "/nonexistent/LISEZMOI.txt"}),
        ("hodei-split: error: could not open split point file: [/nonexistent/album.cue]\n", "ERR_1003",
         {"path": "/nonexistent/album.cue"}),
        # a trailing "skipping", a path quoted and followed by dots, a banner after the error
        ("/usr/bin/texi2dvi: cannot read /nonexistent/manual.texi, skipping.\n", "ERR_1003",
         {"path": "/nonexistent/manual.texi"}),
        ('ERR005: Unable to find "/nonexistent/index.html"...\n', "ERR_1003", {"path": "/nonexistent/index.html"}),
        ("Error while opening playlist file /nonexistent/radio.m3u: No such file or directory\n"
         "Error parsing option on the command line: -playlist\n"
         "MPlayer 1.5 (C) 2000-2023 MPlayer Team\n", "ERR_1003", {"path": "/nonexistent/radio.m3u"}),
        # the OS's reason alone, then a program's closing report (its version and times name nothing)
        ("Failed: Error in copying locally:\nRead-only file system [open(/nonexistent/x.tmp)]\n"
         "Hodei 2.52.1 (ocaml 4.13.1) finished propagating changes at 11:42:37.94, 0.000 s\n"
         "Saving synchronizer state\nSynchronization incomplete at 11:42:37  (1 item transferred, 1 failed)\n"
         "  failed: new.txt\n", "ERR_1012", {}),
        # batches 34-35: an absolute path "not found"; ", exiting" after the path; errno=2; a
        # directory not made (the check tells why); a consequence in German; a recap of an
        # invocation and a stray "." after a full disk
        ("modinfo: ERROR: Module /nonexistent/drv/hodei_drv.ko not found.\n", "ERR_1003",
         {"path": "/nonexistent/drv/hodei_drv.ko"}),
        ("Cannot open /nonexistent/ci/mairixrc, exiting\n", "ERR_1003", {"path": "/nonexistent/ci/mairixrc"}),
        ("hodei-drop: Unable to open filter file, errno=2.\n", "ERR_1003", {}),
        ("Verzeichniseintrag f\u00fcr Datei /nonexistent/out/bericht.pdf kann nicht gelesen werden: "
         "Datei oder Verzeichnis nicht gefunden\n/nonexistent/out/bericht.pdf: Datei kann nicht "
         "angeh\u00e4ngt werden.\n", "ERR_1003", {"path": "/nonexistent/out/bericht.pdf"}),
        ("hodei-unpack: 64: cannot open /nonexistent/boot/initrd.img: No such file\n"
         "cpio: premature end of archive\n", "ERR_1003", {"path": "/nonexistent/boot/initrd.img"}),
        ("libburn : SORRY : Cannot write desired amount of 32768 bytes. write(2) returned -1. : No space "
         "left on device\nxorriso : FAILURE : libburn indicates failure with writing.\n"
         "hodei-mkrescue: error: `xorriso` invocation failed\n.\n", "ERR_1012", {}),
        # files looked for and not found, none named
        ("[E::hodei_idx_load_from_disk] fail to locate the index files\n", "ERR_1003", {}),
        # a log's seconds since the epoch, a kind of file spelled with an underscore, where
        ("1796654590: Error: Unable to open include_dir '/nonexistent/inc.d'.\n"
         "1796654590: Error found at /etc/hodei/main.conf:2.\n", "ERR_1003", {"path": "/nonexistent/inc.d"}),
    ])
    def test_the_error_above_decides(self, text: str, code: str, details: dict[str, str]) -> None:
        """What follows the error says nothing of its own: the error decides, with its path."""
        failure = decide(Observation("hodei-tool", exit_status=1, stderr_tail=text.encode()))
        assert failure.error.code == code, failure.evidence
        for key, value in details.items():
            assert failure.reason[key] == value, failure.reason

    @pytest.mark.parametrize("text", [
        "cat: /nonexistent/x: No such file or directory\nUndefined backend api, first reference:\n",
        "cat: /nonexistent/x: No such file or directory\ndeploy: health check returned 503\n",
        "Jan 1 sshd: cat: /etc/x: Permission denied\nlint: 3 problems\n",
        "warning: /nonexistent/rc: No such file or directory\nNo rule to build it, and no default.\n",
        "cat: /nonexistent/fixture: No such file or directory\nFAILED (failures=1)\n",
        "cp: cannot stat 'optional.cfg': No such file or directory\nTests failed\n",
        "modinfo: ERROR: could not get modinfo from 'fake': Exec format error\n",
        "/usr/bin/ld: cannot find -lhodeinosuch: No such file or directory\n"
        "clang: error: linker command failed with exit code 1 (use -v to see invocation)\n",
    ])
    def test_an_error_of_its_own_below_decides(self, text: str) -> None:
        """An error of its own kind below (an unknown name, a status, a count of problems), or a
        mere warning above, leaves the job's own failure."""
        failure = decide(Observation("hodei-tool", exit_status=1, stderr_tail=text.encode()))
        assert failure.error.code == "ERR_1007", failure.evidence

    @pytest.mark.parametrize(("text", "code", "details"), [
        ("Died: hodei-emma uses external program 'hodei-clustalw' which is not in the PATH or "
         "defined as HODEI_CLUSTALW\n", "ERR_1001", {"command": "hodei-clustalw"}),
        ("Error: 'hodei-msginit -i po/doc.pot --locale de -o po/doc.de.po' exited with value 127.\n",
         "ERR_1001", {"command": "hodei-msginit"}),
        ("avr-gcc: error trying to exec 'hodei-ccache': execvp: No such file or directory\n",
         "ERR_1001", {"command": "hodei-ccache"}),
        ("Processing single-end reads on 4 cores ...\nERROR: [Errno 11] Resource temporarily unavailable\n",
         "ERR_1004", {"errno_name": "EAGAIN"}),
        # the OS's words for EAGAIN alone: what a C++ thread that could not be created throws
        ("Resource temporarily unavailable\n", "ERR_1004", {"errno_name": "EAGAIN"}),
        ("sh: 1: gs: not found\nhodei-fig: broken pipe when translating to pdf\n"
         "command was: gs -q -dSAFER -sDEVICE=pdfwrite -o 'out.pdf' -\n", "ERR_1001", {"command": "gs"}),
        ("hodei-fig: Cannot open pipe to ghostscript: Cannot allocate memory\n", "ERR_1004",
         {"errno_name": "ENOMEM"}),
        ("terminate called after throwing an instance of 'boost::wrapexcept<boost::thread_resource_error>'\n"
         "  what():  boost::thread_resource_error: Resource temporarily unavailable\n", "ERR_1004", {}),
        ("collect2: fatal error: cannot find \u2018ld\u2019\ncompilation terminated.\n", "ERR_1001",
         {"command": "ld"}),
        ('File "/nonexistent/fig/diagram.fig" is not accessible: No such file or directory\n', "ERR_1003",
         {"path": "/nonexistent/fig/diagram.fig"}),
    ])
    def test_programs_and_processes(self, text: str, code: str, details: dict[str, str]) -> None:
        """A program not in the PATH, a quoted command line that exited 127, an exec a tool was
        trying, Python's EAGAIN: each names what it is about."""
        failure = decide(Observation("hodei-tool", exit_status=1, stderr_tail=text.encode()))
        assert failure.error.code == code, failure.evidence
        for key, value in details.items():
            assert failure.reason[key] == value, failure.reason

    def test_an_interrupt_after_threads_could_not_be_made(self) -> None:
        """Status 130 right after a thread could not be created is what came of it (ERR_1004)."""
        text = (b"OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 2: Resource "
                b"temporarily unavailable\nOpenBLAS blas_thread_init: RLIMIT_NPROC 1 current, 1 max\n"
                b"Interrupt\n")
        failure = decide(Observation("hodei-tool", exit_status=130, stderr_tail=text))
        assert failure.error.code == "ERR_1004", failure.evidence
        assert "exit status 130 = 128 + 2 (SIGINT): the program was interrupted right after" in failure.evidence

    def test_a_refused_connection_is_not_a_missing_program_at_127(self) -> None:
        """A tool's own 127 after a service did not answer is the job's own failure."""
        text = b"refused.rc: socket error ([Errno 111] Connection refused)\n"
        failure = decide(Observation("hodei-fetch", exit_status=127, stderr_tail=text))
        assert failure.error.code == "ERR_1007", failure.evidence

    @pytest.mark.parametrize(("text", "code"), [
        (b"Error sending message, child exited 127 (Exec error.).\n", "ERR_1001"),
        (b"hodei-mail: fork() failed.\n", "ERR_1004"),
        (b"Unterbefehl frequency-set ben\xc3\xb6tigt root-Rechte\n", "ERR_1002"),
    ])
    def test_a_child_exited_127_a_fork_and_root_in_german(self, text: bytes, code: str) -> None:
        """A child that exited 127, a fork() that failed, root rights needed (in German)."""
        failure = decide(Observation("hodei-tool", exit_status=1, stderr_tail=text))
        assert failure.error.code == code, failure.evidence

    def test_not_readable_and_a_directory_not_made_are_told_by_the_check(self) -> None:
        """'x is not readable' for a path that does not exist is missing; a directory that could
        not be made on a full file system is storage's."""
        failure = decide(Observation(
            "hodei-tool", exit_status=1, stderr_tail=b"error: file @ '/d/cur/1.host:2,S' is not readable\n",
            path_checks=(_checked("/d/cur/1.host:2,S", exists=False),)))
        assert failure.error.code == "ERR_1003", failure.evidence
        failure = decide(Observation(
            "hodei-tool", exit_status=1, stderr_tail=b"Fatal: Unable to make /d/md/new/ subdirectory.\n",
            path_checks=(_checked("/d/md/new/", exists=False, full=True),)))
        assert failure.error.code == "ERR_1012", failure.evidence

    def test_the_way_said_after_the_path(self) -> None:
        """"Failed to open HMM file /d/m.hmm for writing" is a write; the check then says why."""
        failure = decide(Observation(
            "hodei-tool", exit_status=1,
            stderr_tail=b"Error: Failed to open HMM file /d/m.hmm for writing\n",
            path_checks=(_checked("/d/m.hmm", exists=False),)))
        assert (failure.error.code, failure.reason["path"]) == ("ERR_1002", "/d/m.hmm")

    def test_can_not_is_cannot(self) -> None:
        """"can not" is read as "cannot"; the check of the path then says why."""
        failure = decide(Observation(
            "hodei-tool", exit_status=1,
            stderr_tail=b"*** hodei-tool: can not write output file '/d/model.txt'\n",
            path_checks=(_checked("/d/model.txt", exists=False),)))
        assert (failure.error.code, failure.reason["path"]) == ("ERR_1002", "/d/model.txt")

    def test_a_relative_path_said_first_is_the_detail(self) -> None:
        """A message about a relative path said first ("build/sim.vvp: Unable to open input
        file.") keeps that path."""
        failure = decide(Observation("hodei-tool", exit_status=1,
                                     stderr_tail=b"build/sim.vvp: Unable to open input file.\n"))
        assert (failure.error.code, failure.reason["path"]) == ("ERR_1003", "build/sim.vvp")

    def test_the_shell_names_the_program_above_a_tools_recap(self) -> None:
        """Exit 127 with the shell's "not found" above a tool's recap names that program."""
        text = (b"sh: 1: hodei-gmake: not found\n%Error: hodei-gmake -C obj -j 1 exited with 127\n"
                b"%Error: Command Failed exec /usr/bin/hodei-bin --build\n")
        failure = decide(Observation("hodei-tool", exit_status=127, stderr_tail=text))
        assert (failure.error.code, failure.reason["command"]) == ("ERR_1001", "hodei-gmake")

    def test_a_file_that_is_there_fails_for_one_it_names_that_is_not(self) -> None:
        """A reasonless error about a file that is there and readable, below an error naming a
        file that does not exist, is that missing file's."""
        text = (b"error: config, file '/d/main.conf', line 3, item 'include', value "
                b"'/d/extra.conf' (file error)\n"
                b"error: failed to load configuration file '/d/main.conf' (file error)\n")
        checks = (_checked("/d/main.conf", exists=True, readable=True, writable=True),
                  _checked("/d/extra.conf", exists=False))
        failure = decide(Observation("hodei-tool", exit_status=1, stderr_tail=text, path_checks=checks))
        assert (failure.error.code, failure.reason["path"]) == ("ERR_1003", "/d/extra.conf")
        assert "/d/extra.conf, named by the error above it, does not exist" in failure.evidence


class TestGivingUpAfterAReason:
    """A program that raises a signal against itself (SIGABRT, GLib's SIGTRAP) or crashes
    (SIGSEGV, SIGBUS) right after saying an OS reason failed for that reason."""

    @pytest.mark.parametrize(("status", "stderr", "code"), [
        (139, "libpng error: Write Error\nInternal Error: error during writing png info bytes\n", "ERR_1012"),
        (133, "(flatpak list:1): GLib-ERROR **: creating thread 'gmain': Error creating thread: "
              "Resource temporarily unavailable\nTrace/breakpoint trap\n", "ERR_1004"),
        (134, "terminate called after throwing an instance of 'pybind11::error_already_set'\n"
              "  what():  OSError: [Errno 28] No space left on device\n", "ERR_1012"),
    ])
    def test_the_reason_decides(self, status: int, stderr: str, code: str) -> None:
        """The reason said before the relayed signal decides, and the evidence names the signal."""
        failure = decide(record(["bash", "-c", 'printf "%s" "$1" >&2; exit "$2"', "hodei-tool", stderr,
                                 str(status)]))
        assert failure.error.code == code
        assert failure.evidence.startswith(f"exit status {status} = 128 + {status - 128}")

    def test_a_crash_without_a_reason_is_a_signal(self) -> None:
        """A crash that no OS reason explains stays the signal's (ERR_1006)."""
        failure = decide(record(["bash", "-c", 'echo "segmentation fault in parser" >&2; exit 139']))
        assert failure.error.code == "ERR_1006"


def test_a_latin1_message_is_read_as_its_words() -> None:
    """A translated message a program writes in Latin-1 (not UTF-8) is read as its words: the
    German "konnte nicht geöffnet werden" decides ERR_1003 with its path."""
    obs = record(["bash", "-c", "printf 'x: Die Datei \"/srv/c.jpg\" konnte nicht ge\\366ffnet werden.\\n' >&2; exit 1"])
    assert b"\xf6" in obs.stderr_tail
    failure = decide(obs)
    assert failure.error.code == "ERR_1003"
    assert failure.reason["path"] == "/srv/c.jpg"
