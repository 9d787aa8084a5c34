"""The gRPC contract: generated modules in step with the protos, the protos' lint (and that it
catches what it must), the enums as the catalogue's one truth, and JSON events converting to
protobuf and back without loss for every failure type."""

from __future__ import annotations

import errno
import importlib.util
import json
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from hodei_worker._generated import errors_pb2, events_pb2
from hodei_worker.catalogue import CATALOGUE, Severity
from hodei_worker.classify import (
    Observation,
    OomDetection,
    PreSpawnError,
    PreSpawnKind,
    SpawnFailure,
    SpawnStage,
    classify,
)
from hodei_worker.events import Identity, build_event, from_dict, rfc3339, schema_text, to_dict
from hodei_worker.events._proto import envelope, envelope_to_dict, from_proto, to_proto

ROOT = Path(__file__).resolve().parents[2]
PROTO = ROOT / "proto"
SCHEMA = json.loads(schema_text())
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
WHO = Identity("job-c", "worker-c", "corr-c")
PLATFORM_REASONS = {"UNKNOWN": 0, "COMMAND_NOT_FOUND": 1, "PERMISSION_DENIED": 2, "FILE_NOT_FOUND": 3,
                    "PROCESS_SPAWN_FAILED": 4, "EXECUTION_TIMEOUT": 5, "SIGNAL_RECEIVED": 6,
                    "NON_ZERO_EXIT_CODE": 7, "INFRASTRUCTURE_ERROR": 8, "VALIDATION_ERROR": 9,
                    "CONFIGURATION_ERROR": 10, "SECRET_INJECTION_ERROR": 11, "IO_ERROR": 12}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"proto_{name}", PROTO / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load("generate")
lint = _load("lint")


def test_generated_modules_are_not_stale() -> None:
    """The committed modules in hodei_worker/_generated are exactly what the protos compile to."""
    assert generate.stale(generate.generate()) == []


def test_staleness_is_detected(tmp_path: Path) -> None:
    """A committed module that differs from protoc's output, or that no .proto produces, is stale."""
    expected = generate.generate()
    target = tmp_path / "_generated"
    shutil.copytree(generate.TARGET, target)
    assert generate.stale(expected, target) == []
    (target / "events_pb2.py").write_bytes(expected["events_pb2.py"] + b"# edited\n")
    (target / "gone_pb2.py").write_text("")
    assert generate.stale(expected, target) == ["events_pb2.py", "gone_pb2.py"]


def test_lint_passes_on_the_contract() -> None:
    """The committed protos are commented, well named and agree with fields.lock."""
    assert lint.lint(PROTO, PROTO / "fields.lock") == []


_JOBSPEC_NAME = "  // A name for people.\n  string name = 2;\n"


@pytest.mark.parametrize(("old", "new", "problem"), [
    (_JOBSPEC_NAME, "  // A name for people.\n  string title = 2;\n", "number 2 was 'name string'"),
    (_JOBSPEC_NAME, "  // A name for people.\n  bytes name = 2;\n", "is now 'name bytes'"),
    (_JOBSPEC_NAME, "  // A name for people.\n  string name = 20;\n", "removed without reserved 2"),
    (_JOBSPEC_NAME, "", "removed without reserved 2"),
    (_JOBSPEC_NAME, "  reserved 2;\n", "removed without reserved 2"),
    (_JOBSPEC_NAME, _JOBSPEC_NAME + "  // A new one.\n  string owner = 15;\n", "not in fields.lock"),
    (_JOBSPEC_NAME, _JOBSPEC_NAME + "  string owner = 15;\n", "JobSpec.owner: no comment"),
    (_JOBSPEC_NAME, _JOBSPEC_NAME + "  // Badly named.\n  string ownerName = 15;\n", "not snake_case"),
    ("// A command as its argument vector, run without a shell.\nmessage Argv", "message Argv",
     "message hodei.worker.v1.Argv: no comment"),
])
def test_lint_catches_broken_contracts(tmp_path: Path, old: str, new: str, problem: str) -> None:
    """A field renumbered, retyped, reused or removed without ``reserved``, a field not locked,
    a missing comment or a bad name each fail the lint with a line that says so."""
    copy = tmp_path / "proto"
    shutil.copytree(PROTO / "hodei", copy / "hodei")
    jobs = copy / "hodei" / "worker" / "v1" / "jobs.proto"
    text = jobs.read_text()
    assert old in text
    jobs.write_text(text.replace(old, new))
    problems = lint.lint(copy, PROTO / "fields.lock")
    assert any(problem in p for p in problems), problems


def test_lint_accepts_a_field_removed_with_reserved(tmp_path: Path) -> None:
    """Removing a field is fine once its number and name are reserved."""
    copy = tmp_path / "proto"
    shutil.copytree(PROTO / "hodei", copy / "hodei")
    jobs = copy / "hodei" / "worker" / "v1" / "jobs.proto"
    jobs.write_text(jobs.read_text().replace(_JOBSPEC_NAME, '  reserved 2;\n  reserved "name";\n'))
    assert lint.lint(copy, PROTO / "fields.lock") == []


def test_lint_command_exits_non_zero_on_problems(tmp_path: Path) -> None:
    """``python proto/lint.py`` (as CI runs it) exits 1 and prints the problem."""
    copy = tmp_path / "proto"
    shutil.copytree(PROTO / "hodei", copy / "hodei")
    shutil.copy(PROTO / "fields.lock", copy / "fields.lock")
    jobs = copy / "hodei" / "worker" / "v1" / "jobs.proto"
    jobs.write_text(jobs.read_text().replace("string name = 2;", "string name = 21;"))
    done = subprocess.run([sys.executable, str(PROTO / "lint.py"), "--root", str(copy)],
                          capture_output=True, timeout=120)
    assert done.returncode == 1
    assert b"proto lint:" in done.stderr


def test_update_lock_records_a_new_field_and_keeps_every_line(tmp_path: Path) -> None:
    """``--update-lock`` adds the new field's line, drops none of the old ones, and the lint then
    passes; the field's number stays locked after it is removed again."""
    copy = tmp_path / "proto"
    shutil.copytree(PROTO / "hodei", copy / "hodei")
    lock = copy / "fields.lock"
    shutil.copy(PROTO / "fields.lock", lock)
    jobs = copy / "hodei" / "worker" / "v1" / "jobs.proto"
    original = jobs.read_text()
    jobs.write_text(original.replace(_JOBSPEC_NAME, _JOBSPEC_NAME + "  // Who.\n  string owner = 15;\n"))
    before = set(lock.read_text().splitlines())
    command = [sys.executable, str(PROTO / "lint.py"), "--root", str(copy), "--update-lock"]
    assert subprocess.run(command, capture_output=True, timeout=120).returncode == 0
    assert set(lock.read_text().splitlines()) - before == {"hodei.worker.v1.JobSpec#15 = owner string"}
    assert lint.lint(copy, lock) == []
    jobs.write_text(original)
    assert any("owner = 15 was removed without reserved 15" in p for p in lint.lint(copy, lock))


def test_error_codes_match_the_catalogue_both_ways() -> None:
    """ErrorCode holds exactly the catalogue's codes, each numbered as its code."""
    enum = {name: number for name, number in errors_pb2.ErrorCode.items() if number}
    assert enum == {entry.code: entry.number for entry in CATALOGUE.values()}


def test_severities_match_the_catalogue_both_ways() -> None:
    """Severity holds exactly the catalogue's severities."""
    names = {name for name, number in errors_pb2.Severity.items() if number}
    assert names == {s.value for s in Severity}


def test_failure_reasons_match_the_catalogue_and_the_platform_numbering() -> None:
    """JobFailureReason is the catalogue's execution types, numbered as the platform's enum."""
    assert dict(errors_pb2.JobFailureReason.items()) == PLATFORM_REASONS
    execution = {e.type for e in CATALOGUE.values() if e.code.startswith("ERR_10")}
    assert execution == set(PLATFORM_REASONS)


def _real(argv: list[str]) -> Observation:
    done = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    code = done.returncode
    return Observation(argv[0], tuple(argv[1:]), "/tmp", exit_status=code if code >= 0 else None,
                       term_signal=-code if code < 0 else None, stderr_tail=done.stderr,
                       oom_detection=OomDetection.CGROUP_V1, oom_kills_before=0, oom_kills_after=0,
                       execution_time_ms=7)


OBSERVATIONS: dict[str, Any] = {
    "COMMAND_NOT_FOUND": lambda: _real(["sh", "-c", "no-such-command-hodei"]),
    "PERMISSION_DENIED": lambda: _real(["sh", "-c", "exec /etc/passwd"]),
    "FILE_NOT_FOUND": lambda: _real(["ls", "/no/such/dir/hodei"]),
    # Constructed: a fork refused by the kernel cannot be produced on demand here.
    "PROCESS_SPAWN_FAILED": lambda: Observation("x", (), "/", spawn_failure=SpawnFailure(
        errno.EAGAIN, SpawnStage.FORK, "x", "Resource temporarily unavailable")),
    "EXECUTION_TIMEOUT": lambda: Observation("sleep", ("9",), "/", term_signal=signal.SIGKILL,
                                             timeout_ms=2000, deadline_fired=True,
                                             killed_with=signal.SIGKILL),
    "SIGNAL_RECEIVED": lambda: _real(["sh", "-c", "kill -9 $$"]),
    "NON_ZERO_EXIT_CODE": lambda: _real(["false"]),
    # Constructed: the supervisor's own failure and pre-spawn refusals are not process outcomes.
    "INFRASTRUCTURE_ERROR": lambda: Observation("x", (), "/", internal_error="the reaper broke"),
    "VALIDATION_ERROR": lambda: Observation("x", (), "/", pre_spawn_error=PreSpawnError(
        PreSpawnKind.VALIDATION, "--timeout", "'soon' is not a duration")),
    "CONFIGURATION_ERROR": lambda: Observation("x", (), "/", pre_spawn_error=PreSpawnError(
        PreSpawnKind.CONFIGURATION, "run.memory", "bad size")),
    "SECRET_INJECTION_ERROR": lambda: Observation("x", (), "/", pre_spawn_error=PreSpawnError(
        PreSpawnKind.SECRET, "API_TOKEN", "file /run/t does not exist")),
    "IO_ERROR": lambda: _real(["sh", "-c", "echo 'write error: No space left on device' >&2; exit 1"]),
    "UNKNOWN": lambda: Observation("x", (), "/"),
}


def _text(data: dict[str, Any]) -> str:
    """JSON text with sorted keys: unlike ``==`` it tells 1 from 1.0 and from True, so a number
    or a boolean that changes type on the wire fails the comparison."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _wire_round_trip(data: dict[str, Any]) -> dict[str, Any]:
    sent = envelope(from_dict(data), "event-1").SerializeToString()
    received = events_pb2.EventEnvelope.FromString(sent)
    back = envelope_to_dict(received)
    assert back.pop("event_id") == "event-1"
    return back


@pytest.mark.parametrize("kind", sorted(PLATFORM_REASONS))
def test_real_events_of_every_failure_type_round_trip(kind: str) -> None:
    """The event the classifier makes for each failure type comes back from protobuf bytes
    exactly as it was, and still valid against the JSON schema."""
    event = build_event(OBSERVATIONS[kind](), classify(OBSERVATIONS[kind]()), WHO)
    data = to_dict(event)
    assert data["failure_reason"]["type"] == kind
    back = _wire_round_trip(data)
    assert _text(back) == _text(data)
    assert not list(VALIDATOR.iter_errors(back))


def test_completed_event_round_trips() -> None:
    """A JobCompleted, with resource usage and OOM kills, comes back exactly as it was."""
    obs = _real(["true"])
    data = to_dict(build_event(obs, classify(obs), WHO))
    data["resource_usage"] = {"max_rss_bytes": 123456789, "cpu_user_ms": 5, "cpu_system_ms": 0}
    data["oom_kills"] = 2
    assert _text(_wire_round_trip(data)) == _text(data)


_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
SAFE_INT = 2**53
"""Extra details travel in a google.protobuf.Struct, whose numbers are doubles (JSON numbers):
integers are exact within ±2**53, the range JSON itself promises."""
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-SAFE_INT, SAFE_INT), _TEXT)
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(_TEXT, inner, max_size=3)), max_leaves=8)


def _branch(kind: str) -> dict[str, Any]:
    for branch in SCHEMA["$defs"]["failure_reason"]["allOf"]:
        if branch["if"]["properties"]["type"]["const"] == kind:
            return dict(branch["then"])
    return {}


def _typed_details(kind: str) -> dict[str, Any]:
    return dict(_branch(kind).get("properties", {}))


def _value_for(spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    kinds = spec.get("type", "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    options: list[st.SearchStrategy[Any]] = []
    for kind in kinds:
        if kind == "string" and "pattern" in spec:
            options.append(st.from_regex(spec["pattern"]).filter(lambda t: "\n" not in t))
        elif kind == "string":
            options.append(st.sampled_from(spec["enum"]) if "enum" in spec else _TEXT)
        elif kind == "integer":
            options.append(st.integers(max(spec.get("minimum", -(2**31)), -(2**31)),
                                       min(spec.get("maximum", 2**31 - 1), 2**31 - 1)))
        elif kind == "boolean":
            options.append(st.booleans())
        elif kind == "null":
            options.append(st.none())
    return st.one_of(options)


_MOMENTS = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                        timezones=st.just(UTC)).map(
    lambda d: rfc3339(d - timedelta(microseconds=d.microsecond % 1000)))
"""Any instant from year 1 to 9999, at the events' millisecond precision."""


@st.composite
def _failure_events(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(sorted(PLATFORM_REASONS)))
    reason: dict[str, Any] = {"type": kind}
    required = set(_branch(kind).get("required", []))
    typed = _typed_details(kind)
    for key, spec in typed.items():
        if key in required or draw(st.booleans()):
            reason[key] = draw(_value_for(spec))
    # Extra keys: any name, or another type's detail name (timeout_ms in a SIGNAL_RECEIVED...).
    others = sorted({k for t in PLATFORM_REASONS for k in _typed_details(t)} - set(typed))
    names = st.sampled_from(others) | st.from_regex(r"[a-z_]{1,12}", fullmatch=True)
    for key, value in draw(st.dictionaries(names, _VALUES, max_size=3)).items():
        if key not in typed and key != "type":
            reason[key] = value
    code = next(e for e in CATALOGUE.values() if e.type == kind)
    usage = draw(st.dictionaries(st.sampled_from(["max_rss_bytes", "cpu_user_ms", "cpu_system_ms"]),
                                 st.integers(0, 2**40)))
    return {
        "event_type": "JobExecutionError", "job_id": draw(_TEXT.filter(bool)), "worker_id": "w",
        "correlation_id": draw(_TEXT.filter(bool)), "error_code": code.code,
        "severity": code.severity.value, "failure_reason": reason,
        "exit_code": draw(st.integers(-1, 255)), "command": draw(_TEXT),
        "arguments": draw(st.lists(_TEXT, max_size=4)), "working_dir": draw(_TEXT),
        "execution_time_ms": draw(st.integers(0, 2**40)),
        "suggested_actions": draw(st.lists(_TEXT.filter(bool), min_size=2, max_size=5)),
        "occurred_at": draw(_MOMENTS),
        "classification": {"rule": draw(_TEXT.filter(bool)), "evidence": draw(_TEXT)},
        "stderr_tail": draw(_TEXT), "resource_usage": usage,
        "oom_detection": draw(st.sampled_from(["cgroup-v2", "cgroup-v1", "rss-watchdog", "unavailable"])),
        "leftovers_stopped": draw(st.integers(0, 2**31)),
    }


@settings(max_examples=300, deadline=None)
@given(_failure_events())
def test_any_failure_event_round_trips(data: dict[str, Any]) -> None:
    """Any valid failure event, whatever its details (typed, extra, nested, null), strings
    (non-ASCII too), numbers and instant, converts to protobuf bytes and back unchanged, and
    still validates against the JSON schema."""
    assert not list(VALIDATOR.iter_errors(data))
    back = _wire_round_trip(data)
    assert _text(to_dict(from_dict(back))) == _text(to_dict(from_dict(data)))
    assert not list(VALIDATOR.iter_errors(back))


@st.composite
def _completed_events(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "event_type": "JobCompleted", "job_id": draw(_TEXT.filter(bool)),
        "worker_id": draw(_TEXT.filter(bool)), "correlation_id": draw(_TEXT.filter(bool)),
        "exit_code": 0, "command": draw(_TEXT), "arguments": draw(st.lists(_TEXT, max_size=4)),
        "working_dir": draw(_TEXT), "execution_time_ms": draw(st.integers(0, 2**40)),
        "occurred_at": draw(_MOMENTS),
        "resource_usage": draw(st.dictionaries(
            st.sampled_from(["max_rss_bytes", "cpu_user_ms", "cpu_system_ms"]),
            st.integers(0, 2**40))),
        "oom_detection": draw(st.sampled_from(["cgroup-v2", "cgroup-v1", "rss-watchdog", "unavailable"])),
        "oom_kills": draw(st.integers(0, 2**32 - 1)),
        "leftovers_stopped": draw(st.integers(0, 2**32 - 1)),
    }


@settings(max_examples=100, deadline=None)
@given(_completed_events())
def test_any_completed_event_round_trips(data: dict[str, Any]) -> None:
    """Any valid JobCompleted converts to protobuf bytes and back unchanged and still validates."""
    assert not list(VALIDATOR.iter_errors(data))
    back = _wire_round_trip(data)
    assert _text(to_dict(from_dict(back))) == _text(to_dict(from_dict(data)))
    assert not list(VALIDATOR.iter_errors(back))


@pytest.mark.parametrize("reason", [
    {"type": "NON_ZERO_EXIT_CODE", "exit_code": 2**40},
    {"type": "FILE_NOT_FOUND", "path": None},
    {"type": "SIGNAL_RECEIVED", "signal": "SIGKILL", "signal_number": 9, "core_dumped": 0,
     "oom_killed": "no", "oom_kills": -1},
    {"type": "EXECUTION_TIMEOUT", "timeout_ms": True, "killed_with": 15},
    {"type": "PROCESS_SPAWN_FAILED", "errno": 1.5, "message": ["a", {"b": None}]},
], ids=["int-too-big", "null", "wrong-types", "bool-for-duration", "float-and-list"])
def test_details_that_fit_no_typed_field_round_trip(reason: dict[str, Any]) -> None:
    """A detail whose value its typed field cannot hold (out of range, null, another type) is
    kept in FailureReason.extra and comes back with the same JSON type and value."""
    data = to_dict(build_event(OBSERVATIONS["UNKNOWN"](), classify(OBSERVATIONS["UNKNOWN"]()), WHO))
    data["failure_reason"] = reason
    assert _text(_wire_round_trip(data)["failure_reason"]) == _text(reason)


def test_every_schema_field_has_a_home_in_the_contract() -> None:
    """Each property of the JSON schema is a field of the protobuf message that carries it, so
    a field added to the events and forgotten in the protos fails here."""
    renamed = {"execution_time_ms": "execution_time", "timeout_ms": "timeout",
               "cpu_user_ms": "cpu_user", "cpu_system_ms": "cpu_system"}
    implicit = {"event_type"}  # which message of the envelope's oneof carries the event

    def fields(message: Any) -> set[str]:
        return set(message.DESCRIPTOR.fields_by_name)

    for name, message in (("JobExecutionError", events_pb2.JobExecutionError),
                          ("JobCompleted", events_pb2.JobCompleted)):
        for prop in SCHEMA["$defs"][name]["properties"]:
            assert prop in implicit or renamed.get(prop, prop) in fields(message), (name, prop)
    for prop in SCHEMA["$defs"]["resource_usage"]["properties"]:
        assert renamed.get(prop, prop) in fields(events_pb2.ResourceUsage), prop
    details = events_pb2.FailureReason.DESCRIPTOR.oneofs_by_name["details"]
    by_kind = {f.message_type.name: f for f in details.fields}
    for branch in SCHEMA["$defs"]["failure_reason"]["allOf"]:
        kind = branch["if"]["properties"]["type"]["const"]
        message = next(f.message_type for f in details.fields
                       if f.name == to_proto_field(kind))
        for prop in branch["then"].get("properties", {}):
            assert renamed.get(prop, prop) in message.fields_by_name, (kind, prop)
    assert by_kind


def test_every_event_field_of_the_contract_is_in_the_schema() -> None:
    """The other direction: each field of the event messages is a schema property (modulo the
    millisecond renames), so the protos carry nothing the JSON events cannot say."""
    renamed = {"execution_time": "execution_time_ms", "timeout": "timeout_ms",
               "cpu_user": "cpu_user_ms", "cpu_system": "cpu_system_ms"}
    pairs = [(events_pb2.JobExecutionError, SCHEMA["$defs"]["JobExecutionError"]["properties"]),
             (events_pb2.JobCompleted, SCHEMA["$defs"]["JobCompleted"]["properties"]),
             (events_pb2.ResourceUsage, SCHEMA["$defs"]["resource_usage"]["properties"]),
             (events_pb2.Classification,
              SCHEMA["$defs"]["JobExecutionError"]["properties"]["classification"]["properties"])]
    for kind in PLATFORM_REASONS:
        message = getattr(events_pb2.FailureReason(), to_proto_field(kind))
        pairs.append((type(message), _typed_details(kind)))
    for message, properties in pairs:
        for name in message.DESCRIPTOR.fields_by_name:
            assert renamed.get(name, name) in properties, (message.DESCRIPTOR.name, name)
    props = SCHEMA["$defs"]["JobExecutionError"]["properties"]
    assert set(props["severity"]["enum"]) == {n for n, v in errors_pb2.Severity.items() if v}
    detections = {n.removeprefix("OOM_DETECTION_").lower().replace("_", "-")
                  for n, v in events_pb2.OomDetection.items() if v}
    assert set(props["oom_detection"]["enum"]) == detections


def to_proto_field(kind: str) -> str:
    """The FailureReason.details field of a failure type."""
    from hodei_worker.events._proto import _DETAILS

    return _DETAILS[kind]


def test_conversion_is_pure_and_symmetric() -> None:
    """to_proto and from_proto are inverses on a real event."""
    obs = _real(["sh", "-c", "exit 3"])
    event = build_event(obs, classify(obs), WHO)
    assert from_proto(to_proto(event)) == event
