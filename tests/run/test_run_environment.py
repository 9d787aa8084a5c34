"""What the job's environment holds, and what hodei-run says about limits and usage it cannot
honour or measure."""

from __future__ import annotations

import json

from conftest import HODEI_RUN, PY


class TestJobEnvironment:
    """hodei-run's own settings stay out of the job's environment."""

    def test_hodei_variables_do_not_reach_the_job(self, run_hodei) -> None:
        """HODEI_TIMEOUT and HODEI_CONFIG configure hodei-run and are not passed to the job."""
        r = run_hodei("--", "sh", "-c", "env | grep '^HODEI_' || echo none",
                      env={"HODEI_TIMEOUT": "50", "HODEI_CONFIG": "/dev/null"})
        assert r.stdout == b"none\n"

    def test_other_variables_reach_the_job(self, run_hodei) -> None:
        """Variables that are not hodei-run's own, even with a HODEI_ prefix, reach the job."""
        r = run_hodei("--", "sh", "-c", 'echo "$HODEI_JOB_INPUT $LANG"',
                      env={"HODEI_JOB_INPUT": "in.csv", "LANG": "C.UTF-8"})
        assert r.stdout == b"in.csv C.UTF-8\n"

    def test_nested_run_keeps_its_own_event_file(self, run_hodei, tmp_path) -> None:
        """A job that runs hodei-run itself does not inherit the outer HODEI_EVENT_FILE, so the
        inner run cannot overwrite the outer run's event."""
        outer = tmp_path / "outer.json"
        r = run_hodei("--", str(HODEI_RUN), "--quiet", "--", "sh", "-c", "exit 3",
                      env={"HODEI_EVENT_FILE": str(outer)}, event_file=False, check=False)
        assert r.returncode == 3
        event = json.loads(outer.read_text())
        assert event["command"] == str(HODEI_RUN)
        assert event["failure_reason"] == {"type": "NON_ZERO_EXIT_CODE", "exit_code": 3}


class TestWhatCannotBeHonoured:
    """Limits and measurements hodei-run cannot deliver are said, not pretended."""

    def test_pids_limit_without_cgroup_is_reported(self, run_hodei) -> None:
        """--pids with cgroups off logs a warning naming --pids, and the job still runs."""
        r = run_hodei("--cgroup", "off", "--pids", "3", "--", "true")
        assert r.returncode == 0
        warning = [line for line in r.stderr_lines if b"limit.not_enforced" in line]
        assert warning
        assert b"--pids" in warning[0]

    def test_unknown_peak_memory_is_left_out(self, run_hodei) -> None:
        """Without a cgroup, a job smaller than hodei-run has no max_rss_bytes: its rusage peak
        would be hodei-run's own image, so it is left out rather than reported wrong."""
        r = run_hodei("--cgroup", "off", "--", "true")
        assert "max_rss_bytes" not in r.event["resource_usage"]
        assert "cpu_user_ms" in r.event["resource_usage"]

    def test_large_peak_memory_is_reported_without_cgroup(self, run_hodei) -> None:
        """Without a cgroup, a job that grows past hodei-run's own size has its peak reported."""
        r = run_hodei("--cgroup", "off", "--", PY, "-c", "b = bytearray(200 * 1024 * 1024)")
        assert r.event["resource_usage"]["max_rss_bytes"] >= 200 * 1024 * 1024
