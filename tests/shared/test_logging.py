"""hodei-run's own diagnostics: structured, on stderr, and never carrying a secret."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import structlog

from hodei_worker import _logging
from hodei_worker._masking import Masker

SECRET = "pa55-Wq7-never-shown"


@pytest.fixture(autouse=True)
def _reset() -> Iterator[None]:
    yield
    _logging.configure()
    structlog.reset_defaults()


class TestLogging:
    """One JSON object a line on stderr, masked, filtered by level."""

    def test_secret_masked_in_fields_and_traceback(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A secret in a field and in a logged exception's traceback comes out as ***."""
        _logging.configure("info", "json", Masker([SECRET]))
        log = _logging.get_logger("hodei.test")
        try:
            raise RuntimeError(f"could not use {SECRET}")
        except RuntimeError:
            log.exception("job.failed", detail=f"token={SECRET}", parts=[SECRET, "x"])
        captured = capsys.readouterr()
        assert captured.out == ""
        record = json.loads(captured.err)
        assert SECRET not in captured.err
        assert record["detail"] == "token=***"
        assert record["parts"] == ["***", "x"]
        assert "RuntimeError: could not use ***" in record["exception"]

    def test_below_level_prints_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Messages under the configured level print nothing at all."""
        _logging.configure("warning", "json")
        _logging.get_logger("hodei.test").info("job.started", pid=1)
        assert capsys.readouterr().err == ""

    def test_console_format(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--log-format console gives a human line rather than JSON."""
        _logging.configure("info", "console")
        _logging.get_logger("hodei.test").info("job.started", pid=42)
        err = capsys.readouterr().err
        assert "job.started" in err
        assert "pid=42" in err
        assert not err.lstrip().startswith("{")
