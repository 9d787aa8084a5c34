"""deploy/nomad: the job file is HCL with the stanzas a Nomad batch job through hodei-run
needs, and its task's command, run as Nomad's exec driver would run it (in a task directory
with local/ and secrets/), ends as the file says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import hcl2
from conftest import clean_env

from hodei_worker.run import split_argv

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "deploy" / "nomad" / "hodei-run.nomad.hcl"
HODEI_RUN = Path(sys.executable).with_name("hodei-run")


def _text(value: str) -> str:
    """An HCL string literal as python-hcl2 gives it (quotes kept), as its text."""
    assert value.startswith('"'), value
    assert value.endswith('"'), value
    return str(json.loads(value))


def _block(blocks: list[dict[str, Any]], label: str | None = None) -> dict[str, Any]:
    """The one block of a kind (with ``label``, for labelled blocks)."""
    assert len(blocks) == 1
    return blocks[0][f'"{label}"'] if label else blocks[0]


def _task() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    parsed = hcl2.loads(JOB.read_text())
    job = _block(parsed["job"], "hodei-example")
    group = _block(job["group"], "job")
    return job, group, _block(group["task"], "run")


def test_job_file_has_the_expected_stanzas() -> None:
    """A batch job, not restarted nor rescheduled (hodei-run classified the failure), whose
    task runs hodei-run with the exec driver, is stopped with SIGTERM and given longer than
    hodei-run's kill grace, and gets its secret as a file in secrets/."""
    job, group, task = _task()
    assert _text(job["type"]) == "batch"
    assert _block(group["restart"])["attempts"] == 0
    assert _block(group["reschedule"])["attempts"] == 0
    assert _text(task["driver"]) in ("exec", "raw_exec")
    config = _block(task["config"])
    assert _text(config["command"]).endswith("/hodei-run")
    args = [_text(a) for a in config["args"]]
    options, command = split_argv(args)
    assert command, "no command after hodei-run's options"
    grace = options[options.index("--kill-grace") + 1]
    assert _text(task["kill_signal"]) == "SIGTERM"
    assert int(_text(task["kill_timeout"]).removesuffix("s")) > int(grace.removesuffix("s"))
    template = _block(task["template"])
    assert _text(template["destination"]) == "secrets/db-password"
    assert "DB_PASSWORD=file:secrets/db-password" in options


def test_task_command_runs_through_hodei_run(tmp_path: Path) -> None:
    """The task's arguments, run by hodei-run in a task directory laid out as Nomad lays it:
    the job's exit status, the summary line on stderr, the event in local/."""
    _, _, task = _task()
    args = [_text(a) for a in _block(task["config"])["args"]]
    (tmp_path / "local").mkdir()
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "db-password").write_text("nomad-variable-value\n")
    proc = subprocess.run([str(HODEI_RUN), *args], env=clean_env(), cwd=tmp_path,
                          capture_output=True, timeout=60)
    assert proc.returncode == 3
    assert proc.stderr.splitlines()[-1].startswith(b"hodei-run: ERR_1007 NON_ZERO_EXIT_CODE")
    event = json.loads((tmp_path / "local" / "hodei-event.json").read_text())
    assert event["exit_code"] == 3
