"""docs/errors.md is what hodei-run prints today: the page is generated from real runs
(docs/errors.py), and this test runs them again and compares, tolerant only of what varies
between runs (durations and ids)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
_VARIES = (
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<id>"),
    (re.compile(r"\b\d+(?:\.\d+)?(?:ms|s)\b"), "<duration>"),
)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("errors_page", ROOT / "docs" / "errors.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _steady(text: str) -> str:
    for pattern, placeholder in _VARIES:
        text = pattern.sub(placeholder, text)
    return text


def test_page_is_what_the_runs_print_now() -> None:
    """Every case of docs/errors.py run again prints what docs/errors.md shows."""
    page = (ROOT / "docs" / "errors.md").read_bytes().decode("utf-8")
    assert _steady(_generator().render()) == _steady(page)


def test_every_run_code_has_a_real_case() -> None:
    """Each ERR_1xxx code of the catalogue has a section, and each section's run really ended
    with that code (the summary line, or the guide's heading, names it)."""
    from hodei_worker.catalogue import CATALOGUE

    page = (ROOT / "docs" / "errors.md").read_text()
    codes = sorted(c for c in CATALOGUE if c.startswith("ERR_10"))
    sections = re.split(r"^## ", page, flags=re.M)[1:]
    assert [s.split()[0] for s in sections] == codes
    for section in sections:
        code = section.split()[0]
        blocks = re.findall(r"```console\n(.*?)```", section, flags=re.S)
        assert blocks, code
        for block in blocks:
            assert f"hodei-run: {code} " in block or block.split("\n", 2)[1].startswith(code), block
