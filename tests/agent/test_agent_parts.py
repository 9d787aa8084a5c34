"""The agent's pure parts: line splitting and batches, the server address rules, and how a
job's event becomes a result."""

from __future__ import annotations

from pathlib import Path

import grpc
import pytest

from hodei_worker._generated import worker_agent_pb2 as pb
from hodei_worker.agent._config import ConfigError, load
from hodei_worker.agent._jobs import MAX_ERROR_MESSAGE, Refused, plan, refused, result
from hodei_worker.agent._logs import Line, LineSplitter, batches
from hodei_worker.agent._wire import backoff, register_refusal

WORKER = "0b6b5c1e-8d5e-4c11-9a4e-6f1e2d3c4b5a"


def test_a_partial_line_is_held_until_its_newline() -> None:
    """Bytes after the last newline wait for the rest of their line."""
    splitter = LineSplitter(False)
    assert [x.text for x in splitter.feed(b"one\ntw", 0)] == ["one"]
    assert [x.text for x in splitter.feed(b"o\r\nthree", 0)] == ["two"]
    assert [x.text for x in splitter.finish(0)] == ["three"]
    assert splitter.finish(0) == []


def test_a_long_line_is_cut_between_characters() -> None:
    """Pieces of an over-long line never split a UTF-8 character."""
    splitter = LineSplitter(True, max_line=5)
    lines = splitter.feed("aaaé€b\n".encode(), 0)
    assert "".join(x.text for x in lines) == "aaaé€b"
    assert all("\ufffd" not in x.text for x in lines)
    assert all(len(x.text.encode()) <= 5 for x in lines)
    assert all(x.is_stderr for x in lines)


def test_bad_bytes_become_replacement_characters() -> None:
    """Invalid UTF-8 is replaced, not dropped."""
    assert [x.text for x in LineSplitter(False).feed(b"a\xffb\n", 0)] == ["a\ufffdb"]


def test_batches_respect_entries_and_bytes() -> None:
    """At most the batch size (and 1000) entries, and about the byte limit, a batch; in order."""
    lines = [Line(str(i), False, 0) for i in range(2500)]
    sizes = [len(b) for b in batches(lines, 5000)]
    assert sizes == [1000, 1000, 500]
    assert [len(b) for b in batches(lines[:250], 100)] == [100, 100, 50]
    big = [Line("x" * 1000, False, 0) for _ in range(10)]
    assert [len(b) for b in batches(big, 100, max_bytes=3000)] == [2] * 5
    assert [x for b in batches(lines, 7) for x in b] == lines


BASE = {"HODEI_OTP_TOKEN": "otp-value", "HODEI_WORKER_ID": WORKER}


@pytest.mark.parametrize(("env", "target", "tls"), [
    ({}, "localhost:50051", False),
    ({"HODEI_SERVER_ADDRESS": "http://hodei-server:9090"}, "hodei-server:9090", False),
    ({"HODEI_SERVER_ADDRESS": "hodei-server", "HODEI_SERVER_PROTOCOL": "http", "HODEI_SERVER_PORT": "9090"},
     "hodei-server:9090", False),
    ({"HODEI_SERVER_ADDRESS": "https://hodei.example.org"}, "hodei.example.org:443", True),
    ({"HODEI_SERVER_ADDRESS": "127.0.0.1:7000"}, "127.0.0.1:7000", False),
    ({"HODEI_SERVER_ADDRESS": "http://[::1]:7000"}, "[::1]:7000", False),
])
def test_the_server_address_forms(tmp_path: Path, env: dict[str, str], target: str, tls: bool) -> None:
    """A URL, or host and port with the protocol and port variables; https means TLS."""
    config, _ = load(["--state-dir", str(tmp_path)], {**BASE, **env})
    assert config.target == target
    assert (config.tls is not None) == tls
    assert "otp-value" not in repr(config)


@pytest.mark.parametrize(("env", "key"), [
    ({"HODEI_SERVER_ADDRESS": "hodei-server:9090"}, "HODEI_SERVER_ADDRESS"),
    ({"HODEI_SERVER_ADDRESS": "ftp://x:1"}, "HODEI_SERVER_ADDRESS"),
    ({"HODEI_SERVER_PROTOCOL": "gopher", "HODEI_SERVER_ADDRESS": "x"}, "HODEI_SERVER_PROTOCOL"),
    ({"HODEI_OTP_TOKEN": ""}, "HODEI_OTP_TOKEN"),
    ({"HODEI_WORKER_ID": "w1"}, "HODEI_WORKER_ID"),
    ({"HODEI_LOG_BATCH_SIZE": "many"}, "HODEI_LOG_BATCH_SIZE"),
    ({"HODEI_CA_CERT_PATH": "/nonexistent/ca", "HODEI_CLIENT_CERT_PATH": "/c",
      "HODEI_CLIENT_KEY_PATH": "/k"}, "HODEI_CA_CERT_PATH"),
])
def test_bad_settings_name_their_variable(tmp_path: Path, env: dict[str, str], key: str) -> None:
    """Each bad setting is refused naming the variable at fault."""
    with pytest.raises(ConfigError) as caught:
        load(["--state-dir", str(tmp_path)], {**BASE, **env})
    assert caught.value.key == key


def test_flags_and_the_agent_table_override_the_environment(tmp_path: Path) -> None:
    """A flag wins over the [agent] table, which wins over the environment; unknown keys are
    refused naming them."""
    config_file = tmp_path / "agent.toml"
    config_file.write_text('[agent]\ndrain_timeout = "2s"\nlog_limit = "1K"\n', "utf-8")
    config, _ = load(["--state-dir", str(tmp_path), "--server", "http://127.0.0.1:9",
                      "--config", str(config_file)], {**BASE, "HODEI_SERVER_ADDRESS": "http://other:1"})
    assert config.target == "127.0.0.1:9"
    assert (config.drain_timeout_s, config.log_limit) == (2.0, 1024)
    config_file.write_text('[agent]\nserver = "http://127.0.0.1:8"\n', "utf-8")
    config, _ = load(["--state-dir", str(tmp_path), "--config", str(config_file)],
                     {**BASE, "HODEI_SERVER_ADDRESS": "http://other:1"})
    assert config.target == "127.0.0.1:8"
    config_file.write_text("[agent]\nsurprise = 1\n", "utf-8")
    with pytest.raises(ConfigError, match="agent.surprise"):
        load(["--state-dir", str(tmp_path), "--config", str(config_file)], BASE)


def _failure(**fields: object) -> dict[str, object]:
    event: dict[str, object] = {"event_type": "JobExecutionError", "exit_code": 1,
                                "error_code": "ERR_1003", "suggested_actions": ["look", "again"],
                                "failure_reason": {"type": "FILE_NOT_FOUND", "path": "/data/in.csv"}}
    event.update(fields)
    return event


def test_results_from_events() -> None:
    """Success, a failure, a timeout, a cancel, a lost event and a status of -1."""
    assert result({"event_type": "JobCompleted", "exit_code": 0}, False).success
    failed = result(_failure(), False)
    assert failed.error_message == "FILE_NOT_FOUND: /data/in.csv does not exist [ERR_1003] try: look"
    timeout = result(_failure(error_code="ERR_1005", exit_code=124, failure_reason={
        "type": "EXECUTION_TIMEOUT", "timeout_ms": 300, "killed_with": "SIGTERM"}), False)
    assert timeout.error_message.startswith("TIMEOUT: EXECUTION_TIMEOUT: ")
    assert timeout.exit_code == 124
    assert result(_failure(), True).error_message.startswith("CANCELLED: FILE_NOT_FOUND: ")
    lost = result(None, False)
    assert not lost.success
    assert "[ERR_1008]" in lost.error_message
    assert result(_failure(exit_code=-1), False).exit_code == 1
    long = result(_failure(failure_reason={"type": "UNKNOWN", "message": "m" * 5000},
                           error_code="ERR_1099"), False)
    assert len(long.error_message) == MAX_ERROR_MESSAGE


@pytest.mark.parametrize(("secrets_json", "named"), [
    ('{"API_KEY": ', "secrets_json: not a JSON object"),
    ('["s3cr3t"]', "secrets_json: not a JSON object"),
    ('{"1BAD": "s3cr3t"}', "'1BAD' is not a valid variable name"),
    ('{"EMPTY": ""}', "secrets_json.EMPTY"),
])
def test_bad_secrets_are_refused_naming_the_field_never_the_value(tmp_path: Path, secrets_json: str, named: str) -> None:
    """A job whose secrets_json is unusable is refused; the reason names it and shows no value."""
    command = pb.RunJobCommand(job_id="j1", secrets_json=secrets_json)
    command.command.shell.cmd = "true"
    with pytest.raises(Refused) as caught:
        plan(command, WORKER, tmp_path / "job", 10_000)
    assert named in str(caught.value)
    assert "s3cr3t" not in str(caught.value)
    assert "s3cr3t" not in refused(caught.value).error_message


def _rpc_error(code: grpc.StatusCode, details: str = "") -> grpc.aio.AioRpcError:
    return grpc.aio.AioRpcError(code, grpc.aio.Metadata(), grpc.aio.Metadata(), details)


def test_register_errors_that_end_the_agent() -> None:
    """A refused token or worker id ends the agent (saying which); anything else is retried."""
    first = register_refusal(_rpc_error(grpc.StatusCode.UNAUTHENTICATED), connected_before=False)
    again = register_refusal(_rpc_error(grpc.StatusCode.UNAUTHENTICATED), connected_before=True)
    bad_id = register_refusal(_rpc_error(grpc.StatusCode.INVALID_ARGUMENT, "worker_id must be a UUID"), False)
    assert first is not None
    assert again is not None
    assert bad_id is not None
    assert first.line.startswith("HODEI_OTP_TOKEN: ")
    assert again.line.startswith("HODEI_OTP_TOKEN: ")
    assert "session" in again.line
    assert "new token" in again.line
    assert bad_id.line == "HODEI_WORKER_ID: the server refused the registration: worker_id must be a UUID"
    assert {first.status, again.status, bad_id.status} == {78}
    for retried in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.INTERNAL):
        assert register_refusal(_rpc_error(retried), False) is None


def test_backoff_starts_at_a_second_and_stays_under_thirty() -> None:
    """Retries wait 1 s first, then longer, never more than 30 s."""
    assert backoff(0) == 1.0
    assert all(1.0 <= backoff(n) <= 30.0 for n in range(40))
    assert backoff(10) >= 15.0
