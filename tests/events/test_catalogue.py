"""The catalogue against the platform's error reference (the seed document)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hodei_worker.catalogue import CATALOGUE, Severity, UnknownCodeError, by_type, lookup

SEED = Path(__file__).parents[2] / ".." / "shared" / "seed" / "000_7e4a8f09c7074ee5.txt"

# "| `ERR_1001` | `COMMAND_NOT_FOUND` | USER | Executable command not found in PATH |"
_ROW = re.compile(
    r"^\|\s*`(?P<code>ERR_\d{4})`\s*\|\s*`(?P<type>[A-Z0-9_]+)`\s*\|\s*(?P<severity>[A-Z]+)\s*\|"
    r"\s*(?P<description>.*?)\s*\|\s*$"
)


def _seed_rows() -> dict[str, tuple[str, str]]:
    """Every code row of the seed's tables: code -> (type name, severity)."""
    if not SEED.is_file():
        pytest.skip(
            f"the platform's error reference is not beside this checkout (expected at "
            f"{SEED.resolve()}): the comparison runs where shared/ is present, as in CI"
        )
    rows: dict[str, tuple[str, str]] = {}
    for line in SEED.read_text("utf-8").splitlines():
        found = _ROW.match(line.strip())
        if found:
            assert found["code"] not in rows, f"the seed lists {found['code']} twice"
            rows[found["code"]] = (found["type"], found["severity"])
    return rows


@pytest.fixture(scope="module")
def seed_rows() -> dict[str, tuple[str, str]]:
    """The seed's code table, parsed once per module."""
    rows = _seed_rows()
    assert rows, f"no code rows could be parsed from {SEED}"
    return rows


class TestSeedAgreement:
    """The catalogue holds exactly the seed's codes, type names and severities."""

    def test_seed_has_every_range(self, seed_rows: dict[str, tuple[str, str]]) -> None:
        """The parser finds codes in each of the seed's five ranges, so a parsing slip cannot pass silently."""
        ranges = {code[4] for code in seed_rows}
        assert ranges == {"1", "2", "3", "4", "5"}

    def test_every_seed_code_is_catalogued(self, seed_rows: dict[str, tuple[str, str]]) -> None:
        """Every code the seed defines is present in CATALOGUE."""
        missing = sorted(set(seed_rows) - set(CATALOGUE))
        assert missing == []

    def test_catalogue_has_no_extra_codes(self, seed_rows: dict[str, tuple[str, str]]) -> None:
        """CATALOGUE defines no code that the seed does not."""
        extra = sorted(set(CATALOGUE) - set(seed_rows))
        assert extra == []

    def test_type_names_match_the_seed(self, seed_rows: dict[str, tuple[str, str]]) -> None:
        """Each catalogued code carries exactly the seed's type name."""
        wrong = {
            code: (CATALOGUE[code].type, type_name)
            for code, (type_name, _) in seed_rows.items()
            if code in CATALOGUE and CATALOGUE[code].type != type_name
        }
        assert wrong == {}

    def test_severities_match_the_seed(self, seed_rows: dict[str, tuple[str, str]]) -> None:
        """Each catalogued code carries exactly the seed's severity."""
        wrong = {
            code: (CATALOGUE[code].severity.value, severity)
            for code, (_, severity) in seed_rows.items()
            if code in CATALOGUE and CATALOGUE[code].severity != Severity(severity)
        }
        assert wrong == {}

    def test_entries_are_keyed_by_their_own_code(self) -> None:
        """Every CATALOGUE key is the code of the entry it maps to, and its number matches."""
        for key, entry in CATALOGUE.items():
            assert entry.code == key
            assert entry.number == int(key.removeprefix("ERR_"))

    def test_type_names_are_unique(self) -> None:
        """No two codes share a type name, so a type name identifies one code."""
        types = [entry.type for entry in CATALOGUE.values()]
        assert len(types) == len(set(types))


def _guided_codes() -> list[str]:
    return [c for c in CATALOGUE if c.startswith(("ERR_1", "ERR_4"))]


class TestGuides:
    """Execution and scheduling codes come with a usable troubleshooting guide."""

    def test_guided_codes_exist(self) -> None:
        """Both the execution and the scheduling ranges are populated."""
        guided = _guided_codes()
        assert any(c.startswith("ERR_1") for c in guided)
        assert any(c.startswith("ERR_4") for c in guided)

    @pytest.mark.parametrize("code", _guided_codes())
    def test_guide_sections_are_filled(self, code: str) -> None:
        """The guide has non-empty symptoms, diagnosis and fixes, each made of non-blank lines."""
        guide = CATALOGUE[code].guide
        assert guide is not None, f"{code} has no guide"
        for name in ("symptoms", "diagnosis", "fixes"):
            section = getattr(guide, name)
            assert section, f"{code}: {name} is empty"
            assert all(item.strip() for item in section), f"{code}: {name} has a blank item"

    @pytest.mark.parametrize("code", _guided_codes())
    def test_guide_has_three_or_four_actions(self, code: str) -> None:
        """The guide offers 3 or 4 distinct, non-blank generic actions."""
        guide = CATALOGUE[code].guide
        assert guide is not None, f"{code} has no guide"
        assert 3 <= len(guide.actions) <= 4
        assert all(a.strip() for a in guide.actions)
        assert len(set(guide.actions)) == len(guide.actions)


class TestLookup:
    """lookup() resolves codes, numbers and type names, and explains what it cannot resolve."""

    @pytest.mark.parametrize("code", list(CATALOGUE))
    def test_by_code_in_any_case(self, code: str) -> None:
        """A code resolves to its entry whatever its letter case and surrounding blanks."""
        entry = CATALOGUE[code]
        assert lookup(code) is entry
        assert lookup(code.lower()) is entry
        assert lookup(f"  {code.title()} ") is entry

    @pytest.mark.parametrize("code", list(CATALOGUE))
    def test_by_bare_number(self, code: str) -> None:
        """The number alone (1002) resolves to the code ERR_1002."""
        assert lookup(code.removeprefix("ERR_")) is CATALOGUE[code]

    @pytest.mark.parametrize("code", list(CATALOGUE))
    def test_by_type_name_case_insensitively(self, code: str) -> None:
        """A type name resolves in upper case, lower case, and with dashes for underscores."""
        entry = CATALOGUE[code]
        assert lookup(entry.type) is entry
        assert lookup(entry.type.lower()) is entry
        assert lookup(entry.type.lower().replace("_", "-")) is entry
        assert by_type(entry.type) is entry

    def test_typo_in_type_name_suggests_the_intended_code(self) -> None:
        """A misspelt type name raises UnknownCodeError whose suggestions start with the intended code."""
        with pytest.raises(UnknownCodeError) as caught:
            lookup("PERMISION_DENIED")
        assert caught.value.suggestions[:1] == ("ERR_1002",)
        assert "ERR_1002" in str(caught.value)
        assert caught.value.key == "PERMISION_DENIED"

    def test_typo_in_code_suggests_nearby_codes(self) -> None:
        """An unknown code raises UnknownCodeError suggesting only real codes, named in its message."""
        with pytest.raises(UnknownCodeError) as caught:
            lookup("ERR_1020")
        suggestions = caught.value.suggestions
        assert suggestions
        assert set(suggestions) <= set(CATALOGUE)
        for code in suggestions:
            assert code in str(caught.value)

    def test_nonsense_raises_without_suggestions(self) -> None:
        """Text resembling no code raises UnknownCodeError (a LookupError) with no suggestions."""
        with pytest.raises(LookupError) as caught:
            lookup("zzz")
        assert isinstance(caught.value, UnknownCodeError)
        assert caught.value.suggestions == ()


def test_passes_alone_without_the_reference(tmp_path: Path) -> None:
    """This module passes in a copy of the repository with no platform reference beside it:
    the comparison with the reference skips and says why, everything else runs."""
    import os
    import shutil
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    copy = tmp_path / "hodei-worker"
    shutil.copytree(root / "tests", copy / "tests",
                    ignore=shutil.ignore_patterns("__pycache__", ".hypothesis"))
    shutil.copy2(root / "pyproject.toml", copy / "pyproject.toml")
    assert not (copy.parent / "shared").exists()
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/events/test_catalogue.py", "-k", "not passes_alone"],
        cwd=copy, capture_output=True, text=True, timeout=100,
        env={**os.environ, "COLUMNS": "400"})  # skip reasons in full
    assert r.returncode == 0, r.stdout[-3000:]
    assert "platform's error reference is not beside this checkout" in r.stdout
    assert " passed" in r.stdout
    assert " skipped" in r.stdout
