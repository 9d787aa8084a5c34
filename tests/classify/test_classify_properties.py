"""Properties of the classifier and its events over generated observations."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from hodei_worker.catalogue import CATALOGUE
from hodei_worker.classify import (
    MAX_ACTIONS,
    MIN_ACTIONS,
    Observation,
    OomDetection,
    PreSpawnError,
    PreSpawnKind,
    ResourceUsage,
    SpawnFailure,
    SpawnStage,
    classify,
)
from hodei_worker.events import Identity, build_event, from_json, schema_text, to_dict, to_json

WHO = Identity(job_id="job-1", worker_id="worker-1", correlation_id="corr-1")
VALIDATOR = Draft202012Validator(json.loads(schema_text()))
SETTINGS = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

_LINES = st.sampled_from([
    b"sh: 1: foo: not found", b"bash: line 1: foo: command not found",
    b"cat: /x: Permission denied", b"PermissionError: [Errno 13] Permission denied: '/x'",
    b"dd: error writing '/dev/full': No space left on device",
    b"touch: cannot touch '/ro/x': Read-only file system", b"cat: /x: Input/output error",
    b"ls: cannot access '/nope': No such file or directory", b"ENOENT", b"EACCES",
])
# Arbitrary bytes, with recognisable error lines mixed in so the stderr rules get exercised.
STDERR = st.lists(st.binary(max_size=200) | _LINES, max_size=8).map(b"\n".join)


def _optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def observations(status: st.SearchStrategy, sig: st.SearchStrategy,
                 count: st.SearchStrategy) -> st.SearchStrategy[Observation]:
    """Observations over every field; ``status``, ``sig`` and ``count`` bound the numeric ones."""
    return st.builds(
        Observation,
        command=st.text(max_size=40),
        arguments=st.lists(st.text(max_size=20), max_size=4).map(tuple),
        working_dir=st.text(max_size=40),
        pre_spawn_error=_optional(st.builds(PreSpawnError, st.sampled_from(PreSpawnKind),
                                            st.text(max_size=20), st.text(max_size=40))),
        spawn_failure=_optional(st.builds(SpawnFailure, st.integers(), st.sampled_from(SpawnStage),
                                          st.text(max_size=40), st.text(max_size=40),
                                          _optional(st.text(max_size=40)))),
        internal_error=_optional(st.text(max_size=40)),
        exit_status=_optional(status),
        term_signal=_optional(sig),
        core_dumped=st.booleans(),
        timeout_ms=_optional(count),
        deadline_fired=st.booleans(),
        killed_with=_optional(sig),
        forwarded_signal=_optional(sig),
        oom_detection=st.sampled_from(OomDetection),
        oom_kills_before=_optional(count),
        oom_kills_after=_optional(count),
        memory_limit_bytes=_optional(count),
        stderr_tail=STDERR,
        execution_time_ms=count,
        resource_usage=st.builds(ResourceUsage, _optional(count), _optional(count), _optional(count)),
        leftovers_stopped=count,
    )


# Anything at all, including values no kernel reports (negative statuses, signal 10**9).
ANY = observations(st.integers(), st.integers(), st.integers())
# What a kernel can report: statuses 0..255, signals 1..64, counters and durations >= 0.
REAL = observations(st.integers(0, 255), st.integers(1, 64), st.integers(min_value=0))


class TestClassifierIsTotal:
    """classify() gives exactly one sound outcome for any observation."""

    @SETTINGS
    @given(ANY)
    def test_any_observation(self, obs: Observation) -> None:
        """Any observation gives None exactly when it succeeded, else a catalogued failure with 2-5 actions."""
        failure = classify(obs)
        if failure is None:
            assert obs.succeeded
            return
        assert not obs.succeeded
        assert failure.error.code in CATALOGUE
        assert failure.error is CATALOGUE[failure.error.code]
        assert MIN_ACTIONS <= len(failure.suggested_actions) <= MAX_ACTIONS
        assert all(isinstance(a, str) and a.strip() for a in failure.suggested_actions)
        assert len(set(failure.suggested_actions)) == len(failure.suggested_actions)
        assert failure.failure_reason["type"] == failure.error.type
        assert failure.rule

    @SETTINGS
    @given(REAL)
    def test_oom_only_with_a_counted_kill(self, obs: Observation) -> None:
        """A failure says oom_killed true only when the OOM-kill counter rose during the run."""
        failure = classify(obs)
        if failure is not None and failure.reason.get("oom_killed") is True:
            assert obs.oom_kills > 0


class TestEventsOfAnyObservation:
    """The event of any kernel-possible observation is valid and survives JSON."""

    @SETTINGS
    @given(REAL)
    def test_event_validates_against_the_schema(self, obs: Observation) -> None:
        """build_event's output, as JSON, validates against the shipped schema."""
        event = build_event(obs, classify(obs), WHO)
        data = json.loads(to_json(event))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
        assert errors == []
        assert data == to_dict(event)

    @SETTINGS
    @given(REAL)
    def test_event_round_trips(self, obs: Observation) -> None:
        """from_json(to_json(event)) gives back an equal event."""
        event = build_event(obs, classify(obs), WHO)
        assert from_json(to_json(event)) == event
