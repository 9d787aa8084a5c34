"""The classifier on the corpus of real tools' stderr (``tests/classify/corpus/cases.json``, made by
``tests/classify/corpus/generate.py`` from real runs on a real machine): accuracy, misses, end to end."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from hodei_worker.classify import Failure, Observation, PathCheck, classify

CORPUS = Path(__file__).parent / "corpus" / "cases.json"
BATCHES = sorted(CORPUS.parent.glob("batch*.json"))
"""The batches made later, one file each (``generate.py --batch N``)."""
CASES: list[dict[str, Any]] = [
    case for path in (CORPUS, *BATCHES) for case in json.loads(path.read_text(encoding="utf-8"))]
MIN_CODES = 0.95
MIN_DETAILS = 0.90
MIN_CODES_TUNED = 0.97
SECOND_BATCH = [c for c in CASES if "split" in c and "batch" not in c]
SECOND_HELD_OUT = [c for c in SECOND_BATCH if c["split"] == "held-out"]
"""The second batch's held-out share: scored once (67.5% of codes), then worked on."""
SEALED = [c for c in CASES if "batch" in c and c["split"] == "held-out"]
"""Sealed batches: made and labelled without looking at the classifier, held out whole."""
REST = [c for c in CASES if c not in SEALED]
READINGS: dict[str, dict[str, dict[str, str]]] = json.loads(
    (CORPUS.parent / "readings.json").read_text(encoding="utf-8"))
"""A careful person's reading of sealed batches, made from exactly what the classifier sees of
each case (its tool, exit status, stderr tail and path checks, shuffled, under an opaque id),
without the labels or the classifier: the code (and path or program) they chose, by case id."""


def stderr_of(case: dict[str, Any]) -> bytes:
    """The case's stderr bytes as the tool wrote them."""
    if "stderr_base64" in case:
        return base64.b64decode(case["stderr_base64"])
    return str(case["stderr"]).encode("utf-8")


def classify_case(case: dict[str, Any]) -> Failure:
    """The classifier's verdict on one case, from its exit status and stderr alone."""
    obs = Observation(command=case["tool"], exit_status=case["exit_status"],
                      stderr_tail=stderr_of(case),
                      path_checks=tuple(PathCheck(**found) for found in case.get("checks", ())))
    failure = classify(obs)
    assert failure is not None, f"{case['id']}: a failed run classified as success"
    return failure


def details_right(case: dict[str, Any], failure: Failure) -> bool:
    """Whether every detail the case expects is in the failure's reason, with its value."""
    expected: dict[str, str] = case["expected"]["details"]
    return all(failure.reason.get(k) == v for k, v in expected.items())


def score(cases: list[dict[str, Any]] = CASES) -> tuple[list[str], list[str], int, int]:
    """(ids with a wrong code, ids with wrong details, cases, cases that expect details)."""
    wrong_code: list[str] = []
    wrong_details: list[str] = []
    with_details = 0
    for case in cases:
        failure = classify_case(case)
        if failure.error.code != case["expected"]["code"]:
            wrong_code.append(case["id"])
        if case["expected"]["details"]:
            with_details += 1
            if failure.error.code != case["expected"]["code"] or not details_right(case, failure):
                wrong_details.append(case["id"])
    return wrong_code, wrong_details, len(cases), with_details


def report(name: str, cases: list[dict[str, Any]], sealed: bool = False) -> tuple[float, float, str]:
    """(share of right codes, share of right details, a printable line) for ``cases``; the line
    names the misses unless the cases are sealed (held out, not to be looked into)."""
    wrong_code, wrong_details, total, with_details = score(cases)
    codes = 1 - len(wrong_code) / total
    details = 1 - len(wrong_details) / with_details if with_details else 1.0
    line = (f"{name:<9} {total:>4} cases  codes {codes:6.1%} ({total - len(wrong_code)}/{total})  "
            f"details {details:6.1%} ({with_details - len(wrong_details)}/{with_details})")
    if not sealed:
        line += f"  misses: {sorted(set(wrong_code) | set(wrong_details))}"
    return codes, details, line


class TestCorpusShape:
    """The corpus is broad enough to judge the classifier by."""

    def test_size_tools_and_negatives(self) -> None:
        """At least 150 cases from at least 25 tools, a fifth to two fifths of them ERR_1007
        negatives (so a classifier that always says ERR_1007 scores 40% at most)."""
        tools = {c["tool"] for c in CASES}
        negatives = sum(1 for c in CASES if c["expected"]["code"] == "ERR_1007")
        assert len(CASES) >= 150
        assert len(tools) >= 25
        assert 0.2 <= negatives / len(CASES) <= 0.4, negatives

    def test_every_case_is_a_failure_with_an_origin(self) -> None:
        """Every case is a failed run (non-zero status) and says where its bytes came from."""
        ids = Counter(c["id"] for c in CASES)
        assert not [i for i, n in ids.items() if n > 1]
        for case in CASES:
            assert case["exit_status"] != 0, case["id"]
            assert case["origin"] == "generated" or case["origin"].startswith("quoted: http"), case["id"]
            assert stderr_of(case) or case["expected"]["code"] == "ERR_1007", case["id"]


class TestSecondBatch:
    """The second batch: tools the first did not cover, a held-out share fixed by a hash."""

    def test_size_tools_negatives_and_reasons(self) -> None:
        """At least 100 cases from at least 20 tools the first batch lacks, a quarter of them
        negatives, each saying why its code."""
        first_tools = {c["tool"] for c in CASES if "split" not in c}
        new_tools = {c["tool"] for c in SECOND_BATCH} - first_tools
        negatives = [c for c in SECOND_BATCH if c["expected"]["code"] == "ERR_1007"]
        assert len(SECOND_BATCH) >= 100
        assert len(new_tools) >= 20, sorted(new_tools)
        assert len(negatives) >= len(SECOND_BATCH) / 4
        assert all(c["origin"] == "generated" and c.get("why") for c in SECOND_BATCH)

    def test_held_out_is_chosen_by_the_hash_of_the_id(self) -> None:
        """A case is held out exactly when the first byte of its id's SHA-256 is below 77 (about
        30%): the split is fixed by the ids, not chosen by results."""
        for case in SECOND_BATCH:
            held = hashlib.sha256(case["id"].encode()).digest()[0] < 77
            assert case["split"] == ("held-out" if held else "tuned"), case["id"]
        assert 0.2 <= len(SECOND_HELD_OUT) / len(SECOND_BATCH) <= 0.4


class TestLaterBatches:
    """The batches made with ``generate.py --batch N``: one file each, every case with its
    reason, the held-out ones of tools no other batch has."""

    def test_each_case_says_its_batch_and_why(self) -> None:
        """Every case of ``batchN.json`` is generated, says why its code, carries batch N and a
        split (held out, or worked on)."""
        for path in BATCHES:
            number = int(path.stem.removeprefix("batch"))
            cases = json.loads(path.read_text(encoding="utf-8"))
            assert len(cases) >= 30, path.name
            for case in cases:
                assert case["batch"] == number, case["id"]
                assert case["split"] in ("held-out", "tuned"), case["id"]
                assert case["origin"] == "generated", case["id"]
                assert case.get("why"), case["id"]

    def test_a_held_out_batch_is_broad_and_new(self) -> None:
        """A held-out batch has at least 60 cases, a quarter of them negatives, from at least 20
        tools that no other batch has."""
        for number in sorted({c["batch"] for c in SEALED}):
            held = [c for c in SEALED if c["batch"] == number]
            others = {c["tool"] for c in CASES if c.get("batch") != number}
            new_tools = {c["tool"] for c in held} - others
            negatives = [c for c in held if c["expected"]["code"] == "ERR_1007"]
            assert len(held) >= 60
            assert len(negatives) >= len(held) / 4
            assert len(new_tools) >= 20, sorted(new_tools)


class TestCorpusAccuracy:
    """Replaying every case through the classifier."""

    def test_accuracy(self, capsys: pytest.CaptureFixture[str]) -> None:
        """At least 95% of the cases get the expected code and 90% the expected details; the
        figures are printed."""
        wrong_code, wrong_details, total, with_details = score()
        codes = 1 - len(wrong_code) / total
        details = 1 - len(wrong_details) / with_details
        with capsys.disabled():
            print(f"\ncorpus: {total} cases; exact code {codes:.1%} ({total - len(wrong_code)}/"
                  f"{total}); details {details:.1%} ({with_details - len(wrong_details)}/"
                  f"{with_details}); misses: {sorted(set(wrong_code) | set(wrong_details))}")
        assert codes >= MIN_CODES, wrong_code
        assert details >= MIN_DETAILS, wrong_details

    def test_scores_by_split(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Prints the scores of the cases the patterns were worked on (the first batch, the
        second, the tuned batches), of each sealed batch and of them all; the worked-on ones reach
        97% of codes."""
        rest_codes, _, rest_line = report("rest", REST)
        lines = [rest_line, report("b2 held", SECOND_HELD_OUT)[2]]
        for number in sorted({c["batch"] for c in SEALED}):
            lines.append(report(f"sealed {number}", [c for c in SEALED if c["batch"] == number], True)[2])
        if len({c["batch"] for c in SEALED}) > 1:
            lines.append(report("sealed, all", SEALED, True)[2])
        with capsys.disabled():
            print("\n" + "\n".join(lines))
        assert rest_codes >= MIN_CODES_TUNED

    def test_a_careful_readers_scores_are_printed(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each reading covers whole batches of the corpus with one of the platform's codes per
        case; a reader's score on them is printed beside the labels it is measured against."""
        by_id = {c["id"]: c for c in CASES}
        lines = []
        for name, reading in READINGS.items():
            assert set(reading) <= set(by_id), f"{name}: cases not in the corpus"
            batches = {by_id[i]["batch"] for i in reading}
            assert set(reading) == {c["id"] for c in CASES if c.get("batch") in batches}, name
            assert {r["code"] for r in reading.values()} <= {f"ERR_{n}" for n in range(1001, 1100)}
            right = sum(r["code"] == by_id[i]["expected"]["code"] for i, r in reading.items())
            lines.append(f"reader {name}: {len(reading)} cases  codes {right / len(reading):6.1%} "
                         f"({right}/{len(reading)})")
        with capsys.disabled():
            print("\n" + "\n".join(lines))

    def test_every_miss_is_listed_with_its_reason(self) -> None:
        """The worked-on cases the classifier gets wrong are exactly those the corpus lists as
        misses, each with a reason (a held-out batch is scored, not looked into)."""
        wrong_code, wrong_details, _, _ = score(REST)
        listed = {c["id"] for c in REST if c.get("miss")}
        assert set(wrong_code) | set(wrong_details) == listed
        assert not [c["id"] for c in SEALED if c.get("miss")]

    @pytest.mark.parametrize("case", [c for c in REST if not c.get("miss")],
                             ids=lambda c: c["id"])
    def test_case(self, case: dict[str, Any]) -> None:
        """A worked-on case not listed as a miss gets its expected code and details."""
        failure = classify_case(case)
        assert failure.error.code == case["expected"]["code"], failure.evidence
        assert details_right(case, failure), failure.failure_reason

    def test_adversarial_tail_is_classified(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A 64 KiB tail of near-miss error text classifies without error; its time is printed
        (the budget is 50 ms; no timing is asserted on a shared machine)."""
        line = ("npm error enoent: 'a: b: c: " + "x:" * 40 + "' Permission denie No such fil "
                "ENOEN ~~~~ at f (x.js:1:2)\n")
        tail = (line * (65536 // len(line) + 1)).encode()[-65536:]
        obs = Observation(command="job", exit_status=1, stderr_tail=tail)
        start = time.perf_counter()
        failure = classify(obs)
        elapsed = time.perf_counter() - start
        with capsys.disabled():
            print(f"\nadversarial 64 KiB tail classified in {elapsed * 1000:.1f} ms")
        assert failure is not None


class TestTrailingNotices:
    """Notices a tool prints after its error do not hide that error."""

    def test_npm_update_notice_after_the_error(self) -> None:
        """The recorded npm run whose ENOENT is followed by its update notice and log pointer is
        ERR_1003 naming package.json, and its evidence says the notice lines were passed over."""
        case = next(c for c in CASES if c["id"] == "npm-no-package-json-update-notice")
        lines = stderr_of(case).decode().splitlines()
        assert any(line.startswith("npm notice New ") for line in lines)
        assert lines.index(next(ln for ln in lines if ln.startswith("npm notice"))) > \
            lines.index(next(ln for ln in lines if "ENOENT: no such file" in ln))
        failure = classify_case(case)
        assert failure.error.code == "ERR_1003"
        assert failure.reason["path"] == case["expected"]["details"]["path"]
        assert "summary noise" in failure.evidence


def _sample() -> list[dict[str, Any]]:
    """One case per expected code, plus a German and an npm one: the end-to-end sample."""
    chosen: dict[str, dict[str, Any]] = {}
    for case in CASES:
        if case.get("miss"):
            continue
        chosen.setdefault(case["expected"]["code"], case)
        if case.get("locale", "").startswith("de") and "de" not in chosen:
            chosen["de"] = case
        if case["tool"] == "npm" and "npm" not in chosen:
            chosen["npm"] = case
    return list(chosen.values())


@pytest.mark.parametrize("case", _sample(), ids=lambda c: c["id"])
def test_end_to_end(run_hodei: Any, tmp_path: Path, case: dict[str, Any]) -> None:
    """A real child process writing a case's stderr bytes and exiting with its status makes
    hodei-run's event carry the case's expected code and details."""
    data = tmp_path / "stderr.bin"
    data.write_bytes(stderr_of(case))
    from conftest import PROBES, PY  # the interpreter the other behaviour tests run jobs with

    r = run_hodei("--quiet", "--", PY, str(PROBES / "write_file_to.py"), str(data),
                  str(case["exit_status"]), "stderr")
    assert r.returncode == case["exit_status"]
    assert r.event["error_code"] == case["expected"]["code"], r.event["classification"]
    for key, value in case["expected"]["details"].items():
        assert r.reason.get(key) == value, r.reason
