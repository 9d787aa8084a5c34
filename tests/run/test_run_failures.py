"""hodei-run's exit statuses, spawn failures and the one final event of each run."""

from __future__ import annotations

import json
import os
import signal
import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import PY


class TestExitStatus:
    """hodei-run exits with the job's own status, or 128+N when the job died of signal N."""

    def test_success_is_job_completed(self, run_hodei, schema_validator) -> None:
        """A job that exits 0 makes hodei-run exit 0 with one schema-valid JobCompleted event."""
        r = run_hodei("--", "true")
        assert r.returncode == 0
        assert r.event["event_type"] == "JobCompleted"
        assert r.event["exit_code"] == 0
        assert r.event["command"] == "true"
        assert r.event["leftovers_stopped"] == 0
        schema_validator.validate(r.event)
        assert r.stderr_lines[-1].startswith(b"hodei-run: job completed")

    @pytest.mark.parametrize("status", [1, 3, 42, 255])
    def test_nonzero_exit_status_is_the_jobs(self, run_hodei, status: int) -> None:
        """A job's non-zero exit status is hodei-run's exit status and the event's exit_code."""
        r = run_hodei("--", "sh", "-c", f"exit {status}")
        assert r.returncode == status
        assert r.event["event_type"] == "JobExecutionError"
        assert r.event["exit_code"] == status
        assert r.event["error_code"] == "ERR_1007"
        assert r.reason == {"type": "NON_ZERO_EXIT_CODE", "exit_code": status}
        assert r.stderr_lines[-1].startswith(b"hodei-run: ERR_1007")

    @pytest.mark.parametrize("sig", [signal.SIGUSR1, signal.SIGTERM, signal.SIGKILL])
    def test_job_killed_by_signal_exits_128_plus_n(self, run_hodei, sig: signal.Signals) -> None:
        """A job that dies of signal N makes hodei-run exit 128+N with ERR_1006 naming the signal."""
        r = run_hodei("--", PY, "-c", f"import os; os.kill(os.getpid(), {int(sig)})")
        assert r.returncode == 128 + sig
        assert r.event["error_code"] == "ERR_1006"
        assert r.reason["type"] == "SIGNAL_RECEIVED"
        assert r.reason["signal"] == sig.name
        assert r.reason["signal_number"] == sig
        assert r.reason["oom_killed"] is False
        assert not r.reason.get("forwarded")

    def test_quiet_prints_no_summary(self, run_hodei) -> None:
        """--quiet suppresses the summary line but the event is still written."""
        r = run_hodei("--quiet", "--", "sh", "-c", "exit 2")
        assert r.returncode == 2
        assert r.stderr == b""
        assert r.event["error_code"] == "ERR_1007"

    def test_identity_in_event(self, run_hodei) -> None:
        """--job-id, --worker-id and --correlation-id are carried into the event unchanged."""
        r = run_hodei("--job-id", "job-7", "--worker-id", "worker-3", "--correlation-id", "corr-9",
                      "--", "true")
        assert (r.event["job_id"], r.event["worker_id"], r.event["correlation_id"]) == \
            ("job-7", "worker-3", "corr-9")

    def test_event_file_is_one_json_document(self, run_hodei) -> None:
        """The event file holds exactly one JSON object (a second document would not parse)."""
        r = run_hodei("--", "sh", "-c", "exit 4")
        decoder = json.JSONDecoder()
        text = r.event_bytes.decode("utf-8")
        obj, end = decoder.raw_decode(text)
        assert obj == r.event
        assert text[end:].strip() == ""


class TestSpawnFailures:
    """A command that cannot be started becomes ERR_1001/1002/1003 naming what failed."""

    def test_command_not_found_on_path(self, run_hodei) -> None:
        """A program not on PATH gives exit 127 and ERR_1001 with the command named."""
        name = f"no-such-program-{uuid.uuid4().hex[:8]}"
        r = run_hodei("--", name, "arg")
        assert r.returncode == 127
        assert r.event["error_code"] == "ERR_1001"
        assert r.reason["type"] == "COMMAND_NOT_FOUND"
        assert r.reason["command"] == name
        assert r.event["arguments"] == ["arg"]
        assert r.event["classification"]["rule"] == "spawn.not-found"
        assert name.encode() in r.stderr_lines[-1]

    def test_command_not_found_by_path(self, run_hodei, tmp_path: Path) -> None:
        """A program given by a path that does not exist gives exit 127, ERR_1001 and that path."""
        missing = tmp_path / "missing" / "prog"
        r = run_hodei("--", str(missing))
        assert r.returncode == 127
        assert r.event["error_code"] == "ERR_1001"
        assert r.reason["command"] == str(missing)
        assert str(missing) in r.event["classification"]["evidence"]

    def test_not_executable(self, run_hodei, tmp_path: Path) -> None:
        """A file without the execute bit gives exit 126 and ERR_1002 with its path."""
        script = tmp_path / "job.sh"
        script.write_text("#!/bin/sh\necho ran > ran\n")
        script.chmod(0o644)
        r = run_hodei("--", str(script))
        assert r.returncode == 126
        assert r.event["error_code"] == "ERR_1002"
        assert r.reason["type"] == "PERMISSION_DENIED"
        assert r.reason["path"] == str(script)
        assert r.reason["operation"] == "execute"
        assert not (tmp_path / "ran").exists()

    def test_relative_not_executable_names_absolute_path(self, run_hodei, tmp_path: Path) -> None:
        """A relative program path that is not executable is reported by its absolute path."""
        (tmp_path / "sub").mkdir()
        script = tmp_path / "sub" / "job.sh"
        script.write_text("#!/bin/sh\n")
        script.chmod(0o600)
        r = run_hodei("--", "./sub/job.sh")
        assert r.returncode == 126
        assert r.reason["path"] == str(script)

    def test_directory_as_command(self, run_hodei, tmp_path: Path) -> None:
        """A directory given as the command is found but not executable: 126, ERR_1002."""
        r = run_hodei("--", str(tmp_path))
        assert r.returncode == 126
        assert r.event["error_code"] == "ERR_1002"
        assert r.reason["path"] == str(tmp_path)

    def test_missing_interpreter(self, run_hodei, tmp_path: Path) -> None:
        """A script whose #! interpreter is missing gives 127 and ERR_1001 naming the interpreter
        and the script."""
        interp = f"/nonexistent/interp-{uuid.uuid4().hex[:6]}"
        script = tmp_path / "job.sh"
        script.write_text(f"#!{interp}\necho hi\n")
        script.chmod(0o755)
        r = run_hodei("--", str(script))
        assert r.returncode == 127
        assert r.event["error_code"] == "ERR_1001"
        assert r.reason["command"] == interp
        assert r.reason["script"] == str(script)

    def test_missing_workdir(self, run_hodei, tmp_path: Path) -> None:
        """A missing --workdir gives ERR_1003 with the directory's path and a failing status."""
        workdir = tmp_path / "nope"
        r = run_hodei("--workdir", str(workdir), "--", "sh", "-c", f"echo > {tmp_path}/ran")
        assert r.returncode not in (0, 125)
        assert r.event["error_code"] == "ERR_1003"
        assert r.reason["type"] == "FILE_NOT_FOUND"
        assert r.reason["path"] == str(workdir)
        assert not (tmp_path / "ran").exists()

    def test_workdir_is_used(self, run_hodei, tmp_path: Path) -> None:
        """--workdir is the job's working directory and the event's working_dir."""
        work = tmp_path / "work"
        work.mkdir()
        r = run_hodei("--workdir", str(work), "--", "pwd")
        assert r.returncode == 0
        assert r.stdout == f"{work}\n".encode()
        assert r.event["working_dir"] == str(work)

    def test_event_file_replaced_atomically(self, run_hodei, tmp_path: Path) -> None:
        """An existing event file is replaced by a new file renamed into place, not rewritten."""
        target = tmp_path / "events" / "final.json"
        target.parent.mkdir()
        target.write_text("old")
        before = os.stat(target).st_ino
        r = run_hodei("--event-file", str(target), "--", "true", event_file=False, check=False)
        assert r.returncode == 0
        assert json.loads(target.read_text("utf-8"))["event_type"] == "JobCompleted"
        assert os.stat(target).st_ino != before
        assert sorted(p.name for p in target.parent.iterdir()) == ["final.json"]


class TestResourceAndStorageFailures:
    """Spawn refusals by the OS and storage failures, produced for real."""

    def test_environment_too_large_is_spawn_failed(self, run_hodei, tmp_path: Path) -> None:
        """A 200 KB secret makes execve fail with E2BIG: ERR_1004, exit 125, the action names the
        size limit, and the secret's value is in no output."""
        value = "x" * 200_000
        (tmp_path / "big").write_text(value)
        r = run_hodei("--secret", f"BIG=file:{tmp_path / 'big'}", "--", "true")
        assert r.returncode == 125
        assert r.event["error_code"] == "ERR_1004"
        assert r.reason["errno_name"] == "E2BIG"
        assert "128 KiB" in r.event["suggested_actions"][0]
        assert value.encode() not in r.stderr + r.event_bytes

    @pytest.mark.usefixtures("memory_cgroup")
    def test_pids_limit_is_spawn_failed(self, run_hodei) -> None:
        """A job that forks past --pids is ERR_1004 from its shell's real "Cannot fork" line."""
        r = run_hodei("--pids", "4", "--", "sh", "-c", "for i in 1 2 3 4 5 6; do sleep 1 & done; wait")
        assert r.event["error_code"] == "ERR_1004"
        assert r.event["classification"]["rule"] == "stderr.fork-failed"
        assert r.reason["errno_name"] == "EAGAIN"

    def test_full_device_is_io_error(self, run_hodei) -> None:
        """Writing to /dev/full really fails with ENOSPC: ERR_1012 naming the path."""
        r = run_hodei("--", "dd", "if=/dev/zero", "of=/dev/full", "bs=1", "count=1")
        assert r.returncode == 1
        assert r.event["error_code"] == "ERR_1012"
        assert r.reason["path"] == "/dev/full"
        assert r.reason["message"] == "No space left on device"


def test_crlf_shebang_names_the_interpreter_with_its_carriage_return(run_hodei: Any, tmp_path: Path) -> None:
    """A script saved with Windows line endings fails to start because '/bin/sh\\r' does not
    exist: hodei-run's event says exactly that, carriage return included."""
    script = tmp_path / "crlf.sh"
    script.write_bytes(b"#!/bin/sh\r\necho hi\r\n")
    script.chmod(0o755)
    result = run_hodei("--", str(script))
    assert result.event["error_code"] == "ERR_1001"
    assert result.reason["command"] == "/bin/sh\r"
