"""``hodei-control-plane submit | jobs | logs | cancel``: the job commands of the admin client.

A job comes from options and the words after ``--``, or from a YAML file (``--file``) with the
same fields; anything wrong is one line naming the field, exit 2, and nothing is queued.
Secrets are references (``NAME: env:VAR`` or ``NAME: file:PATH``) resolved on the worker:
their values never pass through here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Final

from .._nonblocking import say as _say
from .._retry_limits import MAX_ATTEMPTS, MAX_MULTIPLIER
from .._units import parse_duration_ms, parse_size_bytes
from ..run import Option, parse_flag

EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)
_CODE: Final = re.compile(r"ERR_[0-9]{4}")
FILE_KEYS: Final = frozenset({"name", "command", "env", "secrets", "timeout", "kill_grace", "memory",
                              "cpus", "pids", "working_dir", "labels", "retry_policy"})
RETRY_KEYS: Final = frozenset({"max_attempts", "backoff_multiplier", "initial_delay", "retryable_errors"})


class JobInputError(Exception):
    """A job field that is wrong; the message names it."""


SUBMIT_OPTIONS: Final = (
    Option("file", str, None, "the job as YAML (command, env, secrets, timeout, memory, "
           "retry_policy, ...)", metavar="JOB.yaml"),
    Option("name", str, None, "a name for people", metavar="NAME"),
    Option("timeout", str, None, "stop the job after DURATION", metavar="DURATION"),
    Option("kill-grace", str, None, "time between SIGTERM and SIGKILL", metavar="DURATION"),
    Option("memory", str, None, "memory limit (512M, 2G)", metavar="SIZE"),
    Option("cpus", str, None, "CPU limit in cores", metavar="N"),
    Option("pids", str, None, "limit on the job's processes and threads", metavar="N"),
    Option("workdir", str, None, "the directory the job runs in, on the worker", metavar="DIR"),
    Option("env", str, (), "a variable (repeatable)", "list", metavar="KEY=VALUE"),
    Option("secret", str, (), "a secret resolved on the worker (repeatable)", "list",
           metavar="NAME=env:VAR|NAME=file:PATH"),
    Option("shell", parse_flag, False, "run the single word after -- with /bin/sh -c", "flag"),
    Option("max-attempts", str, None, "attempts in all (retry policy)", metavar="N"),
    Option("retry-on", str, (), "a code worth another attempt (repeatable)", "list",
           metavar="ERR_XXXX"),
    Option("json", parse_flag, False, 'print {"job_id": ...}', "flag"),
)
"""``submit``'s own options (beside the connection's), read by the one options engine as the
text given: the job's own checks read it (``_fields``)."""


MAX_FILE_BYTES: Final = 8 * 1024 * 1024
"""The largest job file read: twice what a job's spec may hold (``run.MAX_SPEC_BYTES``)."""
_SPEC_FIELDS: Final = {"requirements.cpu_cores": "cpus", "requirements.memory_bytes": "memory",
                       "requirements.pids": "pids", "command.argv": "command",
                       "command.shell_script": "command"}
"""The checks' names of the spec's fields, as this command's fields spell them."""
_KINDS: Final = {dict: "a mapping", list: "a list", bool: "true or false", type(None): "empty"}


def _kind(value: Any) -> str:
    return _KINDS.get(type(value), f"a {type(value).__name__}")


def _parsed(field: str, parse: Callable[[str], Any], value: Any) -> Any:
    try:
        return parse(_text(field, value))
    except (ValueError, OverflowError) as exc:
        raise JobInputError(f"{field}: {exc}") from None


def _text(field: str, value: Any) -> str:
    """A scalar as text: UTF-8 without NUL."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise JobInputError(f"{field}: must be text, not {_kind(value)}")
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JobInputError(f"{field}: not UTF-8 text (it holds a lone surrogate)") from None
    if "\0" in text:
        raise JobInputError(f"{field}: holds a NUL byte")
    return text


def _mapping(field: str, value: Any) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise JobInputError(f"{field}: must be a mapping of NAME: value, not {_kind(value)}")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise ValueError(f"{text!r} must be a number above 0")
    return value


def _whole(maximum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not text.isascii() or not text.isdigit() or not 0 < int(text) <= maximum:
            raise ValueError(f"{text!r} must be a whole number from 1 to {maximum}")
        return int(text)
    return parse


def _multiplier(text: str) -> float:
    value = float(text)
    if not 1 <= value <= MAX_MULTIPLIER:
        raise ValueError(f"{text!r} must be from 1 (equal delays) to {MAX_MULTIPLIER:g}: "
                         "below 1 each delay would be shorter than the one before")
    return value


def _pairs(field: str, items: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in _mapping(field, items).items():
        if not isinstance(key, str) or not _NAME.fullmatch(key):
            raise JobInputError(f"{field}.{key}: not a valid variable name")
        out[key] = _text(f"{field}.{key}", value)
    return out


def _split(field: str, items: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise JobInputError(f"{field}: {item!r} is not KEY=VALUE")
        found[key] = value
    return found


def _command(spec: Any, command: Any) -> None:
    if isinstance(command, str) and command.strip():
        spec.shell_script = _text("command", command)
    elif isinstance(command, list) and command and all(
            isinstance(a, (str, int, float)) and not isinstance(a, bool) for a in command):
        spec.argv.args.extend(_text(f"command[{i}]", a) for i, a in enumerate(command))
    else:
        raise JobInputError("command: a list of words, or a string run by /bin/sh -c")


def _secrets(spec: Any, secrets: Any) -> None:
    from .._generated import jobs_pb2

    for name, source in _mapping("secrets", secrets).items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise JobInputError(f"secrets.{name}: not a valid variable name")
        scheme, sep, where = _text(f"secrets.{name}", source).partition(":")
        if not sep or scheme not in ("env", "file") or not where:
            raise JobInputError(f"secrets.{name}: must be env:VAR or file:PATH")
        spec.secrets.append(jobs_pb2.SecretRef(name=name, **{scheme: where}))


def _retry(policy: Any, retry: Any) -> None:
    from .._generated import errors_pb2

    retry = _mapping("retry_policy", retry)
    unknown = sorted(str(k) for k in set(retry) - RETRY_KEYS)
    if unknown:
        raise JobInputError(f"retry_policy.{unknown[0]}: unknown field (known: "
                            f"{', '.join(sorted(RETRY_KEYS))})")
    if retry.get("max_attempts") is not None:
        policy.max_attempts = _parsed("retry_policy.max_attempts", _whole(MAX_ATTEMPTS),
                                      retry["max_attempts"])
    if retry.get("backoff_multiplier") is not None:
        policy.backoff_multiplier = _parsed("retry_policy.backoff_multiplier", _multiplier,
                                            retry["backoff_multiplier"])
    if retry.get("initial_delay") is not None:  # 0 is honoured: the next attempt at once
        policy.initial_delay.FromMilliseconds(_parsed("retry_policy.initial_delay",
                                                      parse_duration_ms, retry["initial_delay"]))
    codes = retry.get("retryable_errors")
    codes = [] if codes is None else codes
    if not isinstance(codes, list):
        raise JobInputError(f"retry_policy.retryable_errors: must be a list of ERR_XXXX codes, "
                            f"not {_kind(codes)}")
    known = set(errors_pb2.ErrorCode.keys())
    for code in codes:
        if not isinstance(code, str) or not _CODE.fullmatch(code) or code not in known:
            raise JobInputError(f"retry_policy.retryable_errors: {code!r} is not a platform code")
        policy.retryable_errors.append(code)


_FIELDS: Final[dict[str, Callable[[Any, Any], None]]] = {
    "name": lambda spec, v: setattr(spec, "name", _text("name", v)),
    "command": _command,
    "env": lambda spec, v: spec.env.update(_pairs("env", v)),
    "secrets": _secrets,
    "timeout": lambda spec, v: spec.timeout.FromMilliseconds(_parsed("timeout", parse_duration_ms, v)),
    "kill_grace": lambda spec, v: spec.kill_grace.FromMilliseconds(
        _parsed("kill_grace", parse_duration_ms, v)),
    "memory": lambda spec, v: setattr(spec.requirements, "memory_bytes",
                                      _parsed("memory", parse_size_bytes, v)),
    "cpus": lambda spec, v: setattr(spec.requirements, "cpu_cores", _parsed("cpus", _positive, v)),
    "pids": lambda spec, v: setattr(spec.requirements, "pids", _parsed("pids", _whole(2**32 - 1), v)),
    "working_dir": lambda spec, v: setattr(spec, "working_dir", _text("working_dir", v)),
    "labels": lambda spec, v: spec.labels.update(_pairs("labels", v)),
}
"""Each field of a job: how it is read into the spec (the retry policy is apart)."""


def build_request(fields: Mapping[Any, Any]) -> Any:
    """A SubmitJobRequest from job fields (the YAML file's keys), checked with the same table
    the workers use (``run.spec_problem``); raises JobInputError naming the field."""
    from .._generated import control_plane_pb2, jobs_pb2
    from ..run import spec_problem

    unknown = sorted(str(k) for k in set(fields) - FILE_KEYS)
    if unknown:
        raise JobInputError(f"{unknown[0]}: unknown field (known: {', '.join(sorted(FILE_KEYS))})")
    spec = jobs_pb2.JobSpec()
    if fields.get("command") is None:
        _command(spec, None)
    for key, read in _FIELDS.items():
        if fields.get(key) is not None:
            read(spec, fields[key])
    policy = control_plane_pb2.RetryPolicy()
    if fields.get("retry_policy") is not None:
        _retry(policy, fields["retry_policy"])
    spec.job_id = "unsent"  # the checks want one; the control plane gives the real one
    problem = spec_problem(spec)
    spec.job_id = ""
    if problem:
        field, _, why = problem.partition(":")
        raise JobInputError(f"{_SPEC_FIELDS.get(field, field)}:{why}")
    return control_plane_pb2.SubmitJobRequest(spec=spec, retry_policy=policy)


def _where(exc: Exception) -> str:
    """Where and why a YAML file could not be read, on one line (PyYAML's own text spans several)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "reason", None)
    line = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    return f"{line}: {problem}" if problem else line


def _fields(ns: argparse.Namespace) -> dict[str, Any]:
    """The job's fields from the file or the command line."""
    if ns.file:
        import yaml

        try:
            with open(ns.file, "rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise JobInputError(f"--file: cannot read {ns.file}: {exc.strerror}") from None
        if len(raw) > MAX_FILE_BYTES:
            raise JobInputError(f"--file: {ns.file} is larger than {MAX_FILE_BYTES // 1024**2} MiB, "
                                "and a job's spec may have at most 4 MiB")
        try:  # libyaml's parser where there is one: a job of a few MiB is read in a blink
            data = yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise JobInputError(f"--file: {ns.file} is not YAML{_where(exc)}") from None
        except RecursionError:
            raise JobInputError(f"--file: {ns.file} is nested too deeply") from None
        if not isinstance(data, dict):
            raise JobInputError(f"--file: {ns.file} must hold a mapping of job fields")
        return data
    words = ns.command[1:] if ns.command[:1] == ["--"] else ns.command
    if not words:
        raise JobInputError("command: give it after --, or --file job.yaml")
    if ns.shell and len(words) != 1:
        raise JobInputError("command: --shell takes the whole script as one word")
    fields: dict[str, Any] = {"command": words[0] if ns.shell else words, "name": ns.name,
                              "env": _split("--env", ns.env), "timeout": ns.timeout,
                              "kill_grace": ns.kill_grace, "memory": ns.memory, "cpus": ns.cpus,
                              "pids": ns.pids, "working_dir": ns.workdir,
                              "secrets": _split("--secret", ns.secret)}
    retry: dict[str, Any] = {}
    if ns.max_attempts:
        retry["max_attempts"] = ns.max_attempts
    if ns.retry_on:
        retry["retryable_errors"] = list(ns.retry_on)
    fields["retry_policy"] = retry
    return fields


async def _call(ns: argparse.Namespace, method: str, request: Any, channel: Any = None) -> Any:
    """The channel (``channel``, or a new one) and the call of ``method`` on it."""
    from .._generated import control_plane_pb2_grpc
    from ..transport import endpoint, open_channel

    ep = endpoint(ns.control_plane, tls_ca=ns.tls_ca, tls_cert=ns.tls_cert, tls_key=ns.tls_key,
                  token_file=ns.token_file, insecure=ns.insecure)
    channel = channel or open_channel(ep)
    stub = control_plane_pb2_grpc.ControlPlaneAdminStub(channel)  # type: ignore[no-untyped-call]
    call = getattr(stub, method)(request, metadata=ep.metadata(), timeout=30)
    return channel, call


async def submit(ns: argparse.Namespace) -> int:
    import grpc

    try:
        request = build_request(_fields(ns))
    except JobInputError as exc:
        _say(f"hodei-control-plane: submit: {exc}\n")
        return EXIT_USAGE
    channel, call = await _call(ns, "SubmitJob", request)
    try:
        response = await call
    except grpc.aio.AioRpcError as exc:
        _say(f"hodei-control-plane: submit: {exc.code().name}: {exc.details()}\n")
        return EXIT_USAGE if exc.code() == grpc.StatusCode.INVALID_ARGUMENT else EXIT_FAILED
    finally:
        await channel.close()
    print(json.dumps({"job_id": response.job_id}) if ns.json else response.job_id, flush=True)
    return 0


async def jobs(ns: argparse.Namespace) -> int:
    import grpc

    from .._generated import control_plane_pb2, errors_pb2

    channel, call = await _call(ns, "ListJobs", control_plane_pb2.ListJobsRequest())
    try:
        response = await call
    except grpc.aio.AioRpcError as exc:
        _say(f"hodei-control-plane: jobs: {exc.code().name}: {exc.details()}\n")
        return EXIT_FAILED
    finally:
        await channel.close()
    for job in response.jobs:
        row = {"job_id": job.job_id,
               "state": control_plane_pb2.JobState.Name(job.state).removeprefix("JOB_STATE_").lower(),
               "worker_id": job.worker_id, "exit_code": job.exit_code,
               "error_code": errors_pb2.ErrorCode.Name(job.error_code) if job.error_code else None,
               "attempts": job.attempts, "name": job.name,
               "output_incomplete": job.output_incomplete}
        if ns.json:
            print(json.dumps(row))
        else:
            print(f"{row['job_id']}  {row['state']:<9}  worker={row['worker_id'] or '-'}  "
                  f"exit={row['exit_code']}  {row['error_code'] or '-'}  attempts={row['attempts']}"
                  + ("  output-incomplete" if job.output_incomplete else "")
                  + (f"  {row['name']}" if row["name"] else ""))
    sys.stdout.flush()
    return 0


async def logs(ns: argparse.Namespace) -> int:
    import grpc

    from .._generated import control_plane_pb2, events_pb2

    channel, call = await _call(ns, "GetLogs", control_plane_pb2.GetLogsRequest(job_id=ns.job_id))
    try:
        async for chunk in call:
            out = sys.stderr if chunk.stream == events_pb2.LOG_STREAM_STDERR else sys.stdout
            out.buffer.write(chunk.data)
            out.buffer.flush()
        _, listed = await _call(ns, "ListJobs", control_plane_pb2.ListJobsRequest(job_id=ns.job_id),
                                channel)
        found = await listed
    except grpc.aio.AioRpcError as exc:
        _say(f"hodei-control-plane: logs: {exc.code().name}: {exc.details()}\n")
        return EXIT_FAILED
    finally:
        await channel.close()
    if any(job.output_incomplete for job in found.jobs):
        _say(f"hodei-control-plane: logs: {ns.job_id}: the output above is incomplete: its "
             "worker's outbox was full and dropped some of it\n")
    return 0


async def cancel(ns: argparse.Namespace) -> int:
    import grpc

    from .._generated import control_plane_pb2

    request = control_plane_pb2.CancelJobRequest(job_id=ns.job_id, reason=ns.reason)
    channel, call = await _call(ns, "CancelJob", request)
    try:
        response = await call
    except grpc.aio.AioRpcError as exc:
        _say(f"hodei-control-plane: cancel: {exc.code().name}: {exc.details()}\n")
        return EXIT_FAILED
    finally:
        await channel.close()
    what = control_plane_pb2.CancelOutcome.Name(response.outcome).removeprefix("CANCEL_OUTCOME_").lower()
    words = {"dequeued": "cancelled before it started", "sent_to_worker": "its worker was asked to stop it",
             "already_ended": "it had already ended", "unknown_job": "no such job"}
    print(f"{ns.job_id}: {words.get(what, what)}", flush=True)
    return EXIT_FAILED if what == "unknown_job" else 0
