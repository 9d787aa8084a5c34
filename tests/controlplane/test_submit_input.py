"""``hodei-control-plane submit`` against bad input: every wrong field, type or size is one line
naming the field and exit status 2, and nothing is queued; the control plane's own check of a
submission (for clients other than ours) names the field too. A real ``serve`` process and
real ``submit`` processes throughout."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
import yaml
from conftest import clean_env
from control_plane import ControlPlaneProcess
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hodei_worker._generated import control_plane_pb2, control_plane_pb2_grpc, jobs_pb2

CONTROL = Path(sys.executable).with_name("hodei-control-plane")
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ControlPlaneProcess]:
    where = tmp_path_factory.mktemp("served")
    cp = ControlPlaneProcess(where / "cp.sqlite3", where / "cp.log")
    cp.start()
    try:
        yield cp
    finally:
        cp.stop()


def _queued(cp: ControlPlaneProcess) -> int:
    with sqlite3.connect(cp.db) as db:
        return int(db.execute("SELECT count(*) FROM jobs").fetchone()[0])


def _submit(cp: ControlPlaneProcess, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(CONTROL), "submit", "--control-plane", cp.address, *args],
                          capture_output=True, env=clean_env(), timeout=60)


def _refused(cp: ControlPlaneProcess, done: subprocess.CompletedProcess[bytes], field: str) -> None:
    """One line naming ``field``, exit 2, no traceback."""
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("hodei-control-plane: submit: "), lines
    assert field in lines[0], (field, lines[0])


FILES = [
    ("env: [A=1]", "env"),
    ("secrets: [A]", "secrets"),
    ("labels: [a]", "labels"),
    ("retry_policy: {retryable_errors: 5}", "retry_policy.retryable_errors"),
    ("retry_policy: {max_attempts: 99999999999999999999}", "retry_policy.max_attempts"),
    ("retry_policy: {backoff_multiplier: 0.5}", "retry_policy.backoff_multiplier"),
    ('env: {A: "\\ud800"}', "line 2, column"),
    ("working_dir: relative/dir", "working_dir"),
    ("pids: 99999999", "pids"),
    ("cpus: 1e-300", "cpus"),
    ("memory: 1k", "memory"),
    ("timeout: [1s]", "timeout"),
    ("name: {a: 1}", "name"),
    ("command: [[sh]]", "command"),
    ("1: one", "1"),
]


@pytest.mark.parametrize(("text", "field"), FILES)
def test_a_bad_job_file_is_one_line_naming_the_field(served: ControlPlaneProcess, tmp_path: Path,
                                                     text: str, field: str) -> None:
    """Each wrong type or value in a job file (the ones that once made a traceback, or queued
    a job every worker refuses) is refused before anything is sent, naming its field."""
    (tmp_path / "job.yaml").write_text(f"command: [\"true\"]\n{text}\n")
    _refused(served, _submit(served, "--file", str(tmp_path / "job.yaml")), field)
    assert _queued(served) == 0


@pytest.mark.parametrize(("args", "field"), [
    (["--pids", "99999999999999999999999"], "pids"),
    (["--pids", "99999999"], "pids"),
    (["--cpus", "1e-300"], "cpus"),
    (["--max-attempts", "0"], "max_attempts"),
    (["--workdir", "here"], "working_dir"),
    (["--env", b"A=\xff"], "env.A"),
])
def test_a_bad_option_is_one_line_naming_the_field(served: ControlPlaneProcess, args: list[str | bytes],
                                                   field: str) -> None:
    """Options take the same checks as the file's fields: values a worker would refuse are
    refused at submission."""
    _refused(served, _submit(served, *args, "--", "true"), field)
    assert _queued(served) == 0


def test_a_spec_larger_than_a_session_carries_is_refused_naming_the_limit(
        served: ControlPlaneProcess, tmp_path: Path) -> None:
    """A job just under gRPC's 16 MiB message limit (which its session could never carry) is
    refused with one line naming the spec's limit."""
    (tmp_path / "big.yaml").write_text(f"command: [\"true\"]\nenv: {{BIG: {'x' * (16 * MIB - 4096)}}}\n")
    done = _submit(served, "--file", str(tmp_path / "big.yaml"))
    _refused(served, done, "spec")
    assert b"4 MiB" in done.stderr
    assert _queued(served) == 0
    (tmp_path / "big.yaml").write_text(f"command: [\"true\"]\nenv: {{BIG: {'x' * (4 * MIB)}}}\n")
    done = _submit(served, "--file", str(tmp_path / "big.yaml"))
    _refused(served, done, "spec")
    assert b"4 MiB" in done.stderr
    assert _queued(served) == 0


def _call(cp: ControlPlaneProcess, request: control_plane_pb2.SubmitJobRequest) -> grpc.RpcError:
    with grpc.insecure_channel(cp.address) as channel:
        stub = control_plane_pb2_grpc.ControlPlaneAdminStub(channel)  # type: ignore[no-untyped-call]
        with pytest.raises(grpc.RpcError) as caught:
            stub.SubmitJob(request, timeout=30)
    return caught.value


@pytest.mark.parametrize(("change", "field"), [
    (lambda r: setattr(r.retry_policy, "backoff_multiplier", 0.5), "retry_policy.backoff_multiplier"),
    (lambda r: r.retry_policy.retryable_errors.append(9999), "retry_policy.retryable_errors"),
    (lambda r: setattr(r.retry_policy, "max_attempts", 10**6), "retry_policy.max_attempts"),
    (lambda r: setattr(r.spec, "working_dir", "rel"), "spec.working_dir"),
    (lambda r: r.spec.env.update({"BIG": "x" * (5 * MIB)}), "spec"),
])
def test_the_control_plane_refuses_what_a_client_did_not_check(served: ControlPlaneProcess,
                                                               change: Any, field: str) -> None:
    """A submission from another client is checked by the control plane with the same tables:
    INVALID_ARGUMENT naming the field, nothing queued."""
    request = control_plane_pb2.SubmitJobRequest(spec=jobs_pb2.JobSpec(argv=jobs_pb2.Argv(args=["true"])))
    change(request)
    error = _call(served, request)
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT  # type: ignore[attr-defined]
    assert error.details().startswith(field + ":")  # type: ignore[attr-defined]
    assert _queued(served) == 0


def test_an_initial_delay_of_zero_is_kept(tmp_path: Path) -> None:
    """``initial_delay: 0ms`` is honoured (the next attempt at once), not read as unset."""
    cp = ControlPlaneProcess(tmp_path / "cp.sqlite3", tmp_path / "cp.log")
    cp.start()
    try:
        (tmp_path / "job.yaml").write_text(
            "command: [\"true\"]\nretry_policy: {max_attempts: 2, initial_delay: 0ms}\n")
        done = _submit(cp, "--file", str(tmp_path / "job.yaml"))
        assert done.returncode == 0, done.stderr
        with sqlite3.connect(cp.db) as db:
            (policy,) = db.execute("SELECT policy FROM jobs").fetchone()
        assert yaml.safe_load(policy)["initial_delay_s"] == 0
    finally:
        cp.stop()


# --- generated bad input -------------------------------------------------------------------

_OTHER = st.one_of(st.lists(st.integers(), min_size=1, max_size=2),
                   st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), min_size=1, max_size=2))
_HUGE = st.integers(min_value=2**32, max_value=10**30)
_NOT_TEXT = st.one_of(_OTHER, st.booleans())
_WRONG: dict[str, st.SearchStrategy[Any]] = {
    "name": _OTHER,
    "command": st.one_of(st.integers(), st.just([]), st.just(""), st.lists(_OTHER, min_size=1, max_size=2)),
    "env": st.one_of(_NOT_TEXT.filter(lambda v: not isinstance(v, dict)), st.integers(),
                     st.dictionaries(st.sampled_from(["1X", "A-B", "", "É"]), st.just("v"), min_size=1),
                     st.dictionaries(st.just("A"), _OTHER, min_size=1)),
    "secrets": st.one_of(st.lists(st.text(max_size=3), min_size=1, max_size=2), st.integers(),
                         st.dictionaries(st.just("T"), st.sampled_from(["x", "env:", "vault:x", "file"]),
                                         min_size=1)),
    "labels": st.one_of(st.lists(st.text(max_size=3), min_size=1, max_size=2), st.text(min_size=1, max_size=3)),
    "timeout": st.one_of(_NOT_TEXT, st.sampled_from(["-1s", "soon", "1h1h", "400d", "0.1ms"])),
    "kill_grace": st.one_of(_NOT_TEXT, st.sampled_from(["-5", "1y", "5 s"])),
    "memory": st.one_of(_NOT_TEXT, st.integers(min_value=1, max_value=4 * 1024 * 1024 - 1),
                        st.integers(min_value=10**13, max_value=10**30),
                        st.sampled_from(["lots", "-1", "1Mi", "8E"])),
    "cpus": st.one_of(_NOT_TEXT, st.floats(max_value=0.0099, allow_nan=False), st.just(float("nan")),
                      st.floats(min_value=4097, allow_infinity=True), st.sampled_from(["1e-300", "many"])),
    "pids": st.one_of(_NOT_TEXT, st.integers(max_value=0), st.integers(min_value=2**22 + 1, max_value=10**30),
                      st.floats(min_value=0.5, max_value=10.5).filter(lambda f: f != int(f))),
    "working_dir": st.one_of(_OTHER, st.text(alphabet="abc./", min_size=1, max_size=5)
                             .filter(lambda t: not t.startswith("/"))),
    "retry_policy": st.one_of(
        st.lists(st.integers(), min_size=1, max_size=2), st.integers(),
        st.fixed_dictionaries({"max_attempts": st.one_of(st.integers(max_value=0), _HUGE, _OTHER)}),
        st.fixed_dictionaries({"backoff_multiplier": st.one_of(
            st.floats(min_value=-1e9, max_value=0.999), st.floats(min_value=1001, max_value=1e300), _OTHER)}),
        st.fixed_dictionaries({"initial_delay": st.one_of(_OTHER, st.just("-1s"))}),
        st.fixed_dictionaries({"retryable_errors": st.one_of(
            st.integers(), st.text(max_size=4), st.lists(st.sampled_from(["ERR_9999", "x", "1007"]), min_size=1))}),
        st.fixed_dictionaries({"tries": st.integers()})),
}


def _size_case() -> st.SearchStrategy[tuple[str, Any]]:
    """A job over the spec's limit, with a value of a size that only the whole spec breaks."""
    return st.integers(min_value=4 * MIB + 1, max_value=6 * MIB).map(lambda n: ("spec", "x" * n))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(case=st.one_of(st.sampled_from(sorted(_WRONG)).flatmap(
    lambda key: _WRONG[key].map(lambda value: (key, value))), _size_case()))
def test_generated_bad_job_files_are_each_one_line_naming_the_field(
        served: ControlPlaneProcess, tmp_path: Path, case: tuple[str, Any]) -> None:
    """Whatever wrong type or size a job file's field has, ``submit --file`` says so in one
    line naming that field, exits 2 and queues nothing."""
    field, value = case
    fields: dict[str, Any] = {"command": ["true"]}
    if field == "spec":
        fields["env"] = {"BIG": value}
    else:
        fields[field] = value
    path = tmp_path / "generated.yaml"
    path.write_text(yaml.dump(fields, Dumper=yaml.CSafeDumper, allow_unicode=False))
    _refused(served, _submit(served, "--file", str(path)), field)
    assert _queued(served) == 0
