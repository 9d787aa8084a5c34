"""``hodei-run explain --classify``: a saved stderr log classified without running anything."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import HODEI_RUN, clean_env


def explain(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Runs the installed console script's ``explain`` with ``args``."""
    return subprocess.run([str(HODEI_RUN), "explain", *args], input=input, capture_output=True,
                          env=clean_env(), timeout=60, check=False)


def saved_log(tmp_path: Path, argv: list[str]) -> tuple[Path, int]:
    """Runs a real command and saves its stderr to a file, as a CI system keeps a job's log."""
    proc = subprocess.run(argv, capture_output=True, check=False, cwd=tmp_path)
    log = tmp_path / "job.log"
    log.write_bytes(proc.stderr)
    return log, proc.returncode


def test_saved_log_of_a_real_failure(tmp_path: Path) -> None:
    """A saved log of a real `ls` on a missing path is explained as ERR_1003 naming the path,
    the rule and the evidence line."""
    log, status = saved_log(tmp_path, ["ls", "/nonexistent/hodei-dist"])
    r = explain("--classify", str(log), "--exit-status", str(status))
    assert r.returncode == 0, r.stderr
    text = r.stdout.decode()
    assert text.startswith("ERR_1003 FILE_NOT_FOUND (USER)\n")
    assert "rule: stderr.file-not-found" in text
    assert "path: /nonexistent/hodei-dist" in text
    assert "No such file or directory" in text  # the evidence quotes the line


def test_stdin_and_json(tmp_path: Path) -> None:
    """A log read from standard input ('-') with --json gives the event's classification fields."""
    log, status = saved_log(tmp_path, ["bash", "-c", "hodei-nosuchcmd"])
    r = explain("--classify", "-", "--exit-status", str(status), "--json",
                input=log.read_bytes())
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["error_code"] == "ERR_1001"
    assert data["failure_reason"] == {"type": "COMMAND_NOT_FOUND", "command": "hodei-nosuchcmd"}
    assert data["exit_code"] == 127
    assert data["classification"]["rule"] == "exit.127"
    assert any("hodei-nosuchcmd" in a for a in data["suggested_actions"])


def test_default_exit_status_is_a_failure(tmp_path: Path) -> None:
    """Without --exit-status the log is read as a failed job's (status 1): plain text the
    patterns do not know is ERR_1007."""
    log = tmp_path / "job.log"
    log.write_bytes(b"step 3 of 4\nassertion failed: totals differ\n")
    r = explain("--classify", str(log), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["error_code"] == "ERR_1007"
    assert data["exit_code"] == 1


def test_exit_status_zero_is_no_failure(tmp_path: Path) -> None:
    """A log with exit status 0 is a success: nothing to classify, exit 0."""
    log, _ = saved_log(tmp_path, ["ls", "/nonexistent/hodei-dist"])
    r = explain("--classify", str(log), "--exit-status", "0")
    assert r.returncode == 0
    assert b"no failure" in r.stdout


def test_bad_exit_status_is_one_line_naming_the_option(tmp_path: Path) -> None:
    """An exit status that is not 0..255 gives one line naming --exit-status, and exit 2."""
    log = tmp_path / "job.log"
    log.write_bytes(b"x\n")
    for bad in ("x", "256", "-1"):
        r = explain("--classify", str(log), "--exit-status", bad)
        assert r.returncode == 2
        lines = r.stderr.decode().splitlines()
        assert len(lines) == 1, lines
        assert "--exit-status" in lines[0]
        assert r.stdout == b""


def test_unreadable_file_is_one_line_naming_it(tmp_path: Path) -> None:
    """A log that does not exist gives one line naming the file and the OS's reason, exit 2."""
    missing = tmp_path / "missing.log"
    r = explain("--classify", str(missing))
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [
        f"hodei-run explain: --classify: cannot read {missing}: No such file or directory"]


def test_only_the_tail_is_read(tmp_path: Path) -> None:
    """A log larger than the 64 KiB tail is classified from its end, as hodei-run would."""
    log = tmp_path / "job.log"
    log.write_bytes(b"cat: /early: No such file or directory\n" + b"progress ok\n" * 10000
                    + b"touch: cannot touch '/ro/x': Read-only file system\n")
    r = explain("--classify", str(log), "--json")
    assert json.loads(r.stdout)["error_code"] == "ERR_1012"
    log.write_bytes(b"cat: /early: No such file or directory\n" + b"progress ok\n" * 10000)
    r = explain("--classify", str(log), "--json")
    assert json.loads(r.stdout)["error_code"] == "ERR_1007"


def test_code_lookup_still_works() -> None:
    """Without --classify, explain still prints a code's guide."""
    r = explain("ERR_1012")
    assert r.returncode == 0
    assert r.stdout.startswith(b"ERR_1012 IO_ERROR")
