"""`hodei-run explain`, run as the real installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hodei_worker.catalogue import CATALOGUE, UnknownCodeError, lookup


def _script() -> str:
    beside = Path(sys.executable).parent / "hodei-run"
    found = str(beside) if beside.exists() else shutil.which("hodei-run")
    if found is None:
        pytest.fail("the hodei-run console script is not installed (pip install -e .)")
    return found


def explain(*args: str) -> subprocess.CompletedProcess[str]:
    """Runs `hodei-run explain ARGS...` and returns its real exit status and output."""
    return subprocess.run([_script(), "explain", *args], capture_output=True, text=True,
                          timeout=60, check=False)


class TestExplainOneCode:
    """explain CODE prints that code's guide."""

    def test_by_code(self) -> None:
        """`explain ERR_1002` exits 0 and prints the code, type, severity and every guide line."""
        entry = CATALOGUE["ERR_1002"]
        run = explain("ERR_1002")
        assert run.returncode == 0, run.stderr
        assert run.stderr == ""
        first = run.stdout.splitlines()[0]
        for part in (entry.code, entry.type, entry.severity.value):
            assert part in first
        assert entry.guide is not None
        for line in (*entry.guide.symptoms, *entry.guide.diagnosis, *entry.guide.fixes,
                     *entry.guide.actions):
            assert line in run.stdout, line

    def test_by_type_name_in_lower_case(self) -> None:
        """`explain permission_denied` prints exactly what `explain ERR_1002` prints."""
        by_type = explain("permission_denied")
        assert by_type.returncode == 0, by_type.stderr
        assert by_type.stdout == explain("ERR_1002").stdout

    def test_json(self) -> None:
        """`explain --json ERR_1005` prints one JSON object with the entry and its full guide."""
        entry = CATALOGUE["ERR_1005"]
        run = explain("--json", "ERR_1005")
        assert run.returncode == 0, run.stderr
        data = json.loads(run.stdout)
        assert (data["code"], data["type"], data["severity"]) == (
            entry.code, entry.type, entry.severity.value)
        assert data["description"] == entry.description
        assert entry.guide is not None
        assert data["guide"]["actions"] == list(entry.guide.actions)
        assert data["guide"]["symptoms"] == list(entry.guide.symptoms)
        assert data["guide"]["typical_exit_code"] == entry.guide.typical_exit_code

    def test_code_without_guide(self) -> None:
        """A code with no guide (a dispatch code) still exits 0 and names its code and type."""
        code = next(c for c, e in CATALOGUE.items() if e.guide is None)
        run = explain(code)
        assert run.returncode == 0, run.stderr
        assert code in run.stdout
        assert CATALOGUE[code].type in run.stdout


class TestExplainList:
    """explain without a code lists the catalogue."""

    def test_lists_every_code(self) -> None:
        """Every catalogue code appears on its own line with its type name and severity."""
        run = explain()
        assert run.returncode == 0, run.stderr
        lines = {line.split()[0]: line for line in run.stdout.splitlines() if line.strip()}
        assert set(lines) == set(CATALOGUE)
        for code, entry in CATALOGUE.items():
            assert entry.type in lines[code].split()
            assert entry.severity.value in lines[code].split()

    def test_lists_every_code_as_json(self) -> None:
        """`explain --json` prints a JSON list with one object per catalogue code, in order."""
        run = explain("--json")
        assert run.returncode == 0, run.stderr
        assert [item["code"] for item in json.loads(run.stdout)] == list(CATALOGUE)


class TestExplainUnknown:
    """An unknown code is a usage error that points at the nearest valid codes."""

    @pytest.mark.parametrize("typo", ["PERMISION_DENIED", "ERR_1020", "err_l002"])
    def test_unknown_code(self, typo: str) -> None:
        """Exit 2, nothing on stdout, one stderr line naming the input and the nearest valid codes."""
        with pytest.raises(UnknownCodeError) as expected:
            lookup(typo)
        assert expected.value.suggestions, "the typo should be near some code"
        run = explain(typo)
        assert run.returncode == 2
        assert run.stdout == ""
        lines = run.stderr.splitlines()
        assert len(lines) == 1, run.stderr
        assert typo in lines[0]
        for code in expected.value.suggestions:
            assert code in lines[0]

    def test_typo_names_the_intended_code(self) -> None:
        """A misspelt type name's error line names the code the user meant."""
        run = explain("PERMISION_DENIED")
        assert "ERR_1002" in run.stderr


def test_explain_into_a_closed_pipe_is_quiet() -> None:
    """`hodei-run explain | head` ends quietly, without a traceback, when the reader has gone."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).with_name("hodei-run")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte: every write fails with EPIPE
    try:
        proc = subprocess.run([str(script), "explain", "--json"], stdout=write_end,
                              stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write_end)
    assert b"Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0
