"""``--termination-log PATH``: the summary line, then the event's JSON (the classified reason
first), within Kubernetes' 4096 bytes, secrets masked; what ``kubectl describe pod`` shows."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from conftest import PY

LIMIT = 4096


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    """The message's summary line and its event (the message must be exactly two lines)."""
    raw = path.read_bytes()
    assert len(raw) <= LIMIT, f"{len(raw)} bytes"
    summary, _, body = raw.decode("utf-8").partition("\n")
    assert "\n" not in body.rstrip("\n")
    return summary, json.loads(body)


def test_summary_line_first_then_event_with_the_reason_first(run_hodei, tmp_path: Path) -> None:
    """The first line is the summary line hodei-run prints; the second the event, equal to
    the event file's, its keys led by event_type, error_code, severity, failure_reason."""
    path = tmp_path / "termination-log"
    r = run_hodei("--termination-log", str(path), "--", "sh", "-c", "echo broken >&2; exit 3")
    assert r.returncode == 3
    summary, event = _read(path)
    assert summary.encode() == r.stderr_lines[-1]
    assert summary.startswith("hodei-run: ERR_1007 NON_ZERO_EXIT_CODE (USER)")
    assert event == r.event
    assert list(event)[:5] == ["event_type", "error_code", "severity", "failure_reason",
                               "suggested_actions"]
    assert list(event)[-1] == "stderr_tail"


def test_success_writes_the_completion(run_hodei, tmp_path: Path) -> None:
    """A job that succeeds leaves its completion line and JobCompleted event."""
    path = tmp_path / "termination-log"
    path.write_text("left by an earlier run, longer than what replaces it " * 40)
    r = run_hodei("--termination-log", str(path), "--", "true")
    assert r.returncode == 0
    summary, event = _read(path)
    assert summary.startswith("hodei-run: job completed")
    assert event["event_type"] == "JobCompleted"


def test_secrets_masked_in_summary_and_event(run_hodei, tmp_path: Path) -> None:
    """A secret the job prints in its failure appears nowhere in the termination message."""
    secret = "s3cr3t-Value-9f8e7d"
    path = tmp_path / "termination-log"
    r = run_hodei("--termination-log", str(path), "--secret", "TOKEN=env:SOURCE", "--", "sh",
                  "-c", 'echo "cannot open /data/$TOKEN: No such file or directory" >&2; exit 2',
                  env={"SOURCE": secret})
    assert r.returncode == 2
    raw = path.read_bytes()
    assert secret.encode() not in raw
    assert secret[:8].encode() not in raw
    summary, event = _read(path)
    assert "***" in event["stderr_tail"]


def test_huge_stderr_is_cut_from_the_tail_within_the_limit(run_hodei, tmp_path: Path) -> None:
    """A megabyte of stderr (many lines, some not UTF-8): the message stays within 4096
    bytes, valid JSON, the reason whole and the tail's last line kept."""
    path = tmp_path / "termination-log"
    script = ("import sys\n"
              "for i in range(20000): sys.stderr.write(f'noise line {i} \\xe9\\u00e9\\n')\n"
              "sys.stderr.buffer.write(b'\\xff\\xfe raw bytes\\n')\n"
              "sys.stderr.write('fatal: the last line that matters\\n')\n"
              "sys.exit(4)\n")
    r = run_hodei("--termination-log", str(path), "--", PY, "-c", script)
    assert r.returncode == 4
    summary, event = _read(path)
    assert summary.encode() == r.stderr_lines[-1]
    assert event["error_code"] == r.event["error_code"]
    assert event["failure_reason"] == r.event["failure_reason"]
    assert event["suggested_actions"] == r.event["suggested_actions"]
    assert event["stderr_tail"].startswith("…")
    assert event["stderr_tail"].endswith("fatal: the last line that matters\n")
    assert len(event["stderr_tail"]) < len(r.event["stderr_tail"])


def test_thousands_of_arguments_are_shortened_not_cut_mid_json(run_hodei, tmp_path: Path) -> None:
    """A command with thousands of arguments: the event's arguments are shortened so the
    message is still valid JSON within the limit."""
    path = tmp_path / "termination-log"
    words = [f"argument-number-{i}" for i in range(3000)]
    r = run_hodei("--termination-log", str(path), "--", "sh", "-c", "exit 5", "sh", *words)
    assert r.returncode == 5
    _, event = _read(path)
    assert event["error_code"] == "ERR_1007"
    assert event["arguments"][0] == "-c"
    assert event["arguments"][-1].endswith("more")


def test_refused_run_writes_it_from_the_variable(run_hodei, tmp_path: Path) -> None:
    """A run refused before it starts (a secret that cannot be resolved) still writes the
    message, here asked for through HODEI_TERMINATION_LOG."""
    path = tmp_path / "termination-log"
    r = run_hodei("--secret", "TOKEN=env:NOT_SET_ANYWHERE", "--", "true",
                  env={"HODEI_TERMINATION_LOG": str(path)})
    assert r.returncode == 125
    summary, event = _read(path)
    assert summary.startswith("hodei-run: ERR_1011 SECRET_INJECTION_ERROR (USER) secret TOKEN")
    assert event["error_code"] == "ERR_1011"


def test_from_the_config_file(run_hodei, tmp_path: Path) -> None:
    """``[run] termination_log`` in the config file is honoured like the flag."""
    path = tmp_path / "termination-log"
    config = tmp_path / "hodei.toml"
    config.write_text(f'[run]\ntermination_log = "{path}"\n')
    r = run_hodei("--config", str(config), "--", "sh", "-c", "exit 1")
    assert r.returncode == 1
    assert _read(path)[1]["error_code"] == "ERR_1007"


def test_a_fifo_is_refused_with_one_line(run_hodei, tmp_path: Path) -> None:
    """A FIFO is never written to (nor waited on): the run is refused with one line naming
    the option, and the job does not run."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    marker = tmp_path / "ran"
    r = run_hodei("--termination-log", str(fifo), "--", "touch", str(marker))
    assert r.returncode == 125
    assert r.event["error_code"] == "ERR_1009"
    assert r.reason["field"] == "--termination-log"
    assert b"Traceback" not in r.stderr
    assert r.stderr_lines[-1].startswith(b"hodei-run: ERR_1009 VALIDATION_ERROR (USER) "
                                         b"--termination-log: ")
    assert not marker.exists()
