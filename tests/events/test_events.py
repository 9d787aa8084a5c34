"""The events a run ends with: their fields, bounds, JSON form and schema."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from hodei_worker.classify import Observation, OomDetection, ResourceUsage, classify
from hodei_worker.events import (
    STDERR_TAIL_EVENT_LIMIT,
    Identity,
    JobCompleted,
    JobExecutionError,
    bounded_tail,
    build_event,
    from_dict,
    from_json,
    schema_text,
    to_dict,
    to_json,
)

SEED = Path(__file__).parents[2] / ".." / "shared" / "seed" / "000_7e4a8f09c7074ee5.txt"
WHO = Identity(job_id="job-7f3a", worker_id="worker-12", correlation_id="corr-9c1d")
RFC3339_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
VALIDATOR = Draft202012Validator(json.loads(schema_text()),
                                 format_checker=Draft202012Validator.FORMAT_CHECKER)


def record(argv: list[str | bytes], **facts: object) -> Observation:
    """Runs ``argv`` for real: its real status or signal and stderr bytes become an Observation."""
    proc = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    code = proc.returncode
    return Observation(
        command=os.fsdecode(argv[0]), arguments=tuple(os.fsdecode(a) for a in argv[1:]),
        working_dir=os.getcwd(), exit_status=code if code >= 0 else None,
        term_signal=-code if code < 0 else None, stderr_tail=proc.stderr, **facts,
    )


def event_of(obs: Observation, now: datetime | None = None) -> JobExecutionError | JobCompleted:
    """The event one observation ends with."""
    return build_event(obs, classify(obs), WHO, now)


def seed_example() -> dict[str, object]:
    """The JobExecutionError example of the seed's event documentation."""
    if not SEED.is_file():
        pytest.skip(f"the platform's error reference is not beside this checkout (expected at "
                    f"{SEED.resolve()}): the comparison runs where shared/ is present, as in CI")
    text = SEED.read_text("utf-8")
    section = text.split("### JobExecutionError Event", 1)
    assert len(section) == 2, "the seed documents no JobExecutionError event"
    block = re.search(r"```json\n(.*?)```", section[1], re.DOTALL)
    assert block is not None, "the seed's JobExecutionError section has no JSON example"
    return json.loads(block.group(1))


class TestFailureEvent:
    """build_event on a failure gives a JobExecutionError carrying the classification."""

    def test_carries_the_classification(self) -> None:
        """Code, severity, failure_reason, exit_code, actions and rule come from the Failure; the rest from the run."""
        obs = record(["cat", "/nonexistent/input.csv"], execution_time_ms=45)
        failure = classify(obs)
        assert failure is not None
        event = build_event(obs, failure, WHO)
        assert isinstance(event, JobExecutionError)
        assert event.event_type == "JobExecutionError"
        assert (event.job_id, event.worker_id, event.correlation_id) == (
            WHO.job_id, WHO.worker_id, WHO.correlation_id)
        assert event.error_code == failure.error.code
        assert event.severity == failure.error.severity.value
        assert event.failure_reason == failure.failure_reason
        assert event.failure_reason["type"] == failure.error.type
        assert event.exit_code == failure.exit_code
        assert event.suggested_actions == failure.suggested_actions
        assert (event.classification.rule, event.classification.evidence) == (
            failure.rule, failure.evidence)
        assert event.command == "cat"
        assert event.arguments == ("/nonexistent/input.csv",)
        assert event.working_dir == os.getcwd()
        assert event.execution_time_ms == 45
        assert event.stderr_tail == obs.stderr_tail.decode()

    def test_has_every_seed_field_with_its_type(self) -> None:
        """Every field of the seed's JobExecutionError example is present with the same JSON type."""
        example = seed_example()
        data = json.loads(to_json(event_of(record(["sh", "-c", "exit 3"]))))
        missing = sorted(set(example) - set(data))
        assert missing == []
        for name, value in example.items():
            assert type(data[name]) is type(value), (name, data[name], value)
        assert isinstance(data["failure_reason"]["type"], str)
        assert all(isinstance(a, str) for a in data["suggested_actions"])

    def test_oom_detection_is_reported(self) -> None:
        """The event says how OOM kills were looked for (constructed detection mode on a real SIGKILL)."""
        obs = record(["sh", "-c", "kill -KILL $$"], oom_detection=OomDetection.CGROUP_V1,
                     oom_kills_before=0, oom_kills_after=0)
        event = event_of(obs)
        assert isinstance(event, JobExecutionError)
        assert event.oom_detection == "cgroup-v1"


class TestSuccessEvent:
    """build_event on a success gives a JobCompleted."""

    def test_completed_event(self) -> None:
        """A real exit 0 gives JobCompleted with exit_code 0 and no error fields."""
        obs = record(["sh", "-c", "echo done"], execution_time_ms=12)
        event = event_of(obs)
        assert isinstance(event, JobCompleted)
        assert event.event_type == "JobCompleted"
        assert event.exit_code == 0
        assert event.execution_time_ms == 12
        data = to_dict(event)
        for name in ("error_code", "severity", "failure_reason", "suggested_actions", "classification"):
            assert name not in data

    def test_completed_event_counts_oom_kills_of_the_run(self) -> None:
        """Constructed counters (1 -> 2) on a real exit 0: the event reports the delta, 1, not the counter."""
        event = event_of(record(["true"], oom_detection=OomDetection.CGROUP_V2,
                                oom_kills_before=1, oom_kills_after=2))
        assert isinstance(event, JobCompleted)
        assert event.oom_kills == 1


class TestOccurredAt:
    """occurred_at is an RFC 3339 UTC timestamp."""

    def test_default_is_now_in_utc(self) -> None:
        """Without ``now`` the timestamp ends in Z and falls between the clock readings around the call."""
        before = datetime.now(UTC).replace(microsecond=0)
        event = event_of(record(["true"]))
        after = datetime.now(UTC)
        assert RFC3339_UTC.match(event.occurred_at), event.occurred_at
        moment = datetime.fromisoformat(event.occurred_at)
        assert moment.utcoffset() == timedelta(0)
        assert before <= moment <= after

    def test_other_offsets_are_converted(self) -> None:
        """A moment given at +02:00 is written as the same instant in UTC, ending in Z."""
        given_moment = datetime(2024, 12, 26, 12, 30, 0, 250_000, tzinfo=timezone(timedelta(hours=2)))
        event = event_of(record(["sh", "-c", "exit 1"]), now=given_moment)
        assert RFC3339_UTC.match(event.occurred_at), event.occurred_at
        assert event.occurred_at.startswith("2024-12-26T10:30:00")
        assert datetime.fromisoformat(event.occurred_at) == given_moment


class TestStderrTail:
    """The event's stderr_tail is the end of stderr, at most 4096 UTF-8 bytes."""

    def test_short_stderr_is_kept_whole(self) -> None:
        """A real short stderr is carried unchanged."""
        obs = record(["ls", "/nonexistent"])
        event = event_of(obs)
        assert isinstance(event, JobExecutionError)
        assert event.stderr_tail == obs.stderr_tail.decode()

    def test_long_ascii_keeps_the_end(self) -> None:
        """A real 100 kB stderr is cut to its last 4096 bytes."""
        obs = record(["sh", "-c", "yes 'line of output' | head -c 100000 >&2; exit 1"])
        event = event_of(obs)
        assert isinstance(event, JobExecutionError)
        assert event.stderr_tail == obs.stderr_tail[-STDERR_TAIL_EVENT_LIMIT:].decode()

    @pytest.mark.parametrize("data", [
        "€".encode() * 5000,
        b"x" + "€".encode() * 5000,
        b"xy" + "€".encode() * 5000,
        "😀".encode() * 3000,
        b"\xff" * 10_000,
        b"\x80\xbf" * 5000 + "é".encode() * 100,
        b"\xf0\x9f\x98" * 3000,
    ], ids=["euro", "euro+1", "euro+2", "emoji", "ff", "continuations", "truncated-emoji"])
    def test_bound_holds_for_multibyte_and_invalid_input(self, data: bytes) -> None:
        """Multibyte or invalid stderr still gives valid text of at most 4096 UTF-8 bytes."""
        obs = Observation("job", exit_status=1, stderr_tail=data)
        event = event_of(obs)
        assert isinstance(event, JobExecutionError)
        encoded = event.stderr_tail.encode("utf-8")
        assert len(encoded) <= STDERR_TAIL_EVENT_LIMIT
        assert encoded  # the end of a non-empty stderr is not dropped altogether

    @settings(max_examples=200, deadline=None, database=None)
    @given(st.binary(max_size=12_000))
    def test_bound_holds_for_any_bytes(self, data: bytes) -> None:
        """For any bytes, bounded_tail is valid UTF-8 text of at most 4096 bytes."""
        tail = bounded_tail(data)
        assert len(tail.encode("utf-8")) <= STDERR_TAIL_EVENT_LIMIT

    def test_valid_utf8_is_cut_on_a_character_boundary(self) -> None:
        """Valid UTF-8 whose 4096-byte cut splits a 4-byte character yields a suffix of the text, with no U+FFFD added."""
        text = "😀" + "x" * (STDERR_TAIL_EVENT_LIMIT - 3)
        tail = bounded_tail(text.encode("utf-8"))
        assert "\ufffd" not in tail, repr(tail[:5])
        assert text.endswith(tail)

    @settings(max_examples=200, deadline=None, database=None)
    @given(st.text(min_size=1, max_size=3000))
    def test_valid_utf8_tail_is_a_suffix(self, text: str) -> None:
        """For any valid UTF-8 text, the tail is a suffix of it that fits in 4096 bytes."""
        tail = bounded_tail(text.encode("utf-8"))
        assert len(tail.encode("utf-8")) <= STDERR_TAIL_EVENT_LIMIT
        assert text.endswith(tail)


class TestResourceUsage:
    """resource_usage holds only what is known."""

    def test_unknown_values_are_omitted(self) -> None:
        """Fields left as None are absent, known ones (zero included) are present."""
        obs = dataclasses.replace(record(["sh", "-c", "exit 2"]),
                                  resource_usage=ResourceUsage(max_rss_bytes=4096, cpu_user_ms=0))
        data = to_dict(event_of(obs))
        assert data["resource_usage"] == {"max_rss_bytes": 4096, "cpu_user_ms": 0}

    def test_all_unknown_is_empty(self) -> None:
        """With nothing known, resource_usage is an empty object."""
        assert to_dict(event_of(record(["true"])))["resource_usage"] == {}


def _real_observations(tmp_path: Path) -> list[Observation]:
    """A spread of real runs: success, missing file, plain exit, signal, relayed kill, spawn failure."""
    return [
        record(["true"]),
        record(["cat", "/nonexistent"]),
        record(["sh", "-c", "exit 3"]),
        record(["sh", "-c", "hodei_nosuchcmd"]),
        record(["sh", "-c", "kill -SEGV $$"]),
        record(["bash", "-c", "sleep 5 & kill -9 $!; wait $!; exit $?"]),
        record(["dd", "if=/dev/zero", "of=/dev/full", "bs=1", "count=1"]),
        record([b"bash", b"-c", b"cat < /nonexistent/\xff\xfe.csv"]),
    ]


class TestJson:
    """Events serialise to one line of JSON and parse back unchanged."""

    def test_round_trip_of_real_events(self, tmp_path: Path) -> None:
        """to_json then from_json gives back an equal event, for failures and for success."""
        for obs in _real_observations(tmp_path):
            event = event_of(obs)
            assert from_json(to_json(event)) == event

    def test_one_line_identity_first(self) -> None:
        """The JSON is a single line whose first key is event_type."""
        text = to_json(event_of(record(["sh", "-c", "exit 4"])))
        assert "\n" not in text
        assert next(iter(json.loads(text))) == "event_type"

    def test_argv_from_non_utf8_bytes_is_utf8_encodable(self) -> None:
        """An argument decoded from non-UTF-8 argv bytes (as Python decodes argv) still gives UTF-8-encodable JSON."""
        obs = record([b"cat", b"/nonexistent/\xff.csv"])
        assert obs.arguments == (os.fsdecode(b"/nonexistent/\xff.csv"),)
        text = to_json(event_of(obs))
        assert json.loads(text.encode("utf-8"))["command"] == "cat"


class TestFromDict:
    """from_dict rejects malformed events and names the offending field."""

    def _failure_data(self) -> dict[str, object]:
        return to_dict(event_of(record(["sh", "-c", "exit 5"])))

    @pytest.mark.parametrize("bad", ["JobFailed", "", None, 3])
    def test_bad_event_type(self, bad: object) -> None:
        """An unknown or missing event_type raises ValueError naming event_type."""
        data = {**self._failure_data(), "event_type": bad}
        with pytest.raises(ValueError, match="event_type"):
            from_dict(data)

    def test_missing_field_is_named(self) -> None:
        """A JobExecutionError without job_id raises ValueError naming job_id."""
        data = self._failure_data()
        del data["job_id"]
        with pytest.raises(ValueError, match="job_id"):
            from_dict(data)

    def test_unknown_field_is_named(self) -> None:
        """A field the event does not define raises ValueError naming it."""
        data = {**self._failure_data(), "colour": "red"}
        with pytest.raises(ValueError, match="colour"):
            from_dict(data)

    def test_missing_classification_is_named(self) -> None:
        """A JobExecutionError without classification raises ValueError naming classification."""
        data = self._failure_data()
        del data["classification"]
        with pytest.raises(ValueError, match="classification"):
            from_dict(data)


class TestSchema:
    """The shipped JSON schema describes the events build_event makes."""

    def test_schema_is_valid_draft_2020_12(self) -> None:
        """The schema file is itself a valid Draft 2020-12 schema."""
        Draft202012Validator.check_schema(json.loads(schema_text()))

    def test_real_events_validate(self, tmp_path: Path) -> None:
        """Events built from real runs, success and failures, validate against the schema."""
        for obs in _real_observations(tmp_path):
            data = json.loads(to_json(event_of(obs)))
            errors = [e.message for e in VALIDATOR.iter_errors(data)]
            assert errors == [], (obs.command, obs.arguments, errors)

    def test_real_signal_event_validates(self) -> None:
        """A real SIGTERM death's event validates, with a signal name and number in range."""
        proc = subprocess.Popen(["sleep", "10"])
        proc.send_signal(signal.SIGTERM)
        proc.wait()
        obs = Observation("sleep", ("10",), term_signal=-proc.returncode)
        data = to_dict(event_of(obs))
        assert list(VALIDATOR.iter_errors(data)) == []
        assert data["failure_reason"]["signal"] == "SIGTERM"

    @pytest.mark.parametrize("field", ["failure_reason", "suggested_actions", "classification", "exit_code"])
    def test_schema_rejects_a_failure_without_a_required_field(self, field: str) -> None:
        """Dropping a required field from a real failure event makes it invalid, so the schema is not vacuous."""
        data = to_dict(event_of(record(["cat", "/nonexistent"])))
        del data[field]
        assert not VALIDATOR.is_valid(data)

    def test_schema_rejects_unknown_type(self) -> None:
        """A failure_reason type outside the catalogue's execution types is invalid."""
        data = to_dict(event_of(record(["cat", "/nonexistent"])))
        data["failure_reason"] = {**data["failure_reason"], "type": "DISK_ON_FIRE"}
        assert not VALIDATOR.is_valid(data)
