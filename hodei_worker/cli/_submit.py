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
from .._units import parse_duration_ms, parse_size_bytes

EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CODE: Final = re.compile(r"^ERR_\d{4}$")
FILE_KEYS: Final = frozenset({"name", "command", "env", "secrets", "timeout", "kill_grace", "memory",
                              "cpus", "pids", "working_dir", "labels", "retry_policy"})
RETRY_KEYS: Final = frozenset({"max_attempts", "backoff_multiplier", "initial_delay", "retryable_errors"})


class JobInputError(Exception):
    """A job field that is wrong; the message names it."""


def add_submit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", metavar="JOB.yaml", help="the job as YAML (command, env, secrets, timeout, "
                   "memory, retry_policy, ...)")
    p.add_argument("--name", help="a name for people")
    p.add_argument("--timeout", metavar="DURATION", help="stop the job after DURATION")
    p.add_argument("--kill-grace", metavar="DURATION", help="time between SIGTERM and SIGKILL")
    p.add_argument("--memory", metavar="SIZE", help="memory limit (512M, 2G)")
    p.add_argument("--cpus", metavar="N", help="CPU limit in cores")
    p.add_argument("--pids", metavar="N", help="limit on the job's processes and threads")
    p.add_argument("--workdir", metavar="DIR", help="the directory the job runs in, on the worker")
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="a variable (repeatable)")
    p.add_argument("--secret", action="append", default=[], metavar="NAME=env:VAR|NAME=file:PATH",
                   help="a secret resolved on the worker (repeatable)")
    p.add_argument("--shell", action="store_true", help="run the single word after -- with /bin/sh -c")
    p.add_argument("--max-attempts", metavar="N", help="attempts in all (retry policy)")
    p.add_argument("--retry-on", action="append", default=[], metavar="ERR_XXXX",
                   help="a code worth another attempt (repeatable)")
    p.add_argument("--json", action="store_true", help='print {"job_id": ...}')
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD [ARG...]")


def _parsed(field: str, parse: Callable[[str], Any], value: Any) -> Any:
    try:
        return parse(str(value))
    except (ValueError, OverflowError) as exc:
        raise JobInputError(f"{field}: {exc}") from None


def _positive(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise ValueError(f"{text!r} must be a number above 0")
    return value


def _whole(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise ValueError(f"{text!r} must be a whole number above 0")
    return int(text)


def _pairs(field: str, items: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in items.items():
        if not _NAME.match(str(key)):
            raise JobInputError(f"{field}.{key}: not a valid variable name")
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise JobInputError(f"{field}.{key}: must be a string")
        out[str(key)] = str(value)
    return out


def _split(field: str, items: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise JobInputError(f"{field}: {item!r} is not KEY=VALUE")
        found[key] = value
    return found


def build_request(fields: Mapping[str, Any]) -> Any:
    """A SubmitJobRequest from job fields (the YAML file's keys); raises JobInputError."""
    from .._generated import control_plane_pb2, errors_pb2, jobs_pb2

    unknown = set(fields) - FILE_KEYS
    if unknown:
        raise JobInputError(f"{sorted(unknown)[0]}: unknown field (known: {', '.join(sorted(FILE_KEYS))})")
    spec = jobs_pb2.JobSpec(name=str(fields.get("name") or ""))
    command = fields.get("command")
    if isinstance(command, str) and command.strip():
        spec.shell_script = command
    elif isinstance(command, list) and command and all(isinstance(a, (str, int, float)) for a in command):
        spec.argv.args.extend(str(a) for a in command)
    else:
        raise JobInputError("command: a list of words, or a string run by /bin/sh -c")
    spec.env.update(_pairs("env", fields.get("env") or {}))
    for name, source in (fields.get("secrets") or {}).items():
        if not _NAME.match(str(name)):
            raise JobInputError(f"secrets.{name}: not a valid variable name")
        scheme, sep, where = str(source).partition(":")
        if not sep or scheme not in ("env", "file") or not where:
            raise JobInputError(f"secrets.{name}: must be env:VAR or file:PATH")
        spec.secrets.append(jobs_pb2.SecretRef(name=str(name), **{scheme: where}))
    for key, target in (("timeout", spec.timeout), ("kill_grace", spec.kill_grace)):
        if fields.get(key) is not None:
            target.FromMilliseconds(_parsed(key, parse_duration_ms, fields[key]))
    if fields.get("memory") is not None:
        spec.requirements.memory_bytes = _parsed("memory", parse_size_bytes, fields["memory"])
    if fields.get("cpus") is not None:
        spec.requirements.cpu_cores = _parsed("cpus", _positive, fields["cpus"])
    if fields.get("pids") is not None:
        spec.requirements.pids = _parsed("pids", _whole, fields["pids"])
    if fields.get("working_dir"):
        spec.working_dir = str(fields["working_dir"])
    spec.labels.update(_pairs("labels", fields.get("labels") or {}) if fields.get("labels") else {})
    policy = control_plane_pb2.RetryPolicy()
    retry = fields.get("retry_policy") or {}
    if not isinstance(retry, Mapping):
        raise JobInputError("retry_policy: must be a mapping")
    unknown = set(retry) - RETRY_KEYS
    if unknown:
        raise JobInputError(f"retry_policy.{sorted(unknown)[0]}: unknown field")
    if retry.get("max_attempts") is not None:
        policy.max_attempts = _parsed("retry_policy.max_attempts", _whole, retry["max_attempts"])
    if retry.get("backoff_multiplier") is not None:
        policy.backoff_multiplier = _parsed("retry_policy.backoff_multiplier", _positive,
                                            retry["backoff_multiplier"])
    if retry.get("initial_delay") is not None:
        policy.initial_delay.FromMilliseconds(_parsed("retry_policy.initial_delay", parse_duration_ms,
                                                      retry["initial_delay"]))
    known = set(errors_pb2.ErrorCode.keys())
    for code in retry.get("retryable_errors") or ():
        if not _CODE.match(str(code)) or str(code) not in known:
            raise JobInputError(f"retry_policy.retryable_errors: {code!r} is not a platform code")
        policy.retryable_errors.append(str(code))  # type: ignore[arg-type]
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
            with open(ns.file, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except OSError as exc:
            raise JobInputError(f"--file: cannot read {ns.file}: {exc.strerror}") from None
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise JobInputError(f"--file: {ns.file} is not YAML{_where(exc)}") from None
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
        retry["retryable_errors"] = ns.retry_on
    fields["retry_policy"] = retry
    return fields


async def _call(ns: argparse.Namespace, method: str, request: Any) -> Any:
    from .._generated import control_plane_pb2_grpc
    from ..transport import endpoint, open_channel

    ep = endpoint(ns.control_plane, tls_ca=ns.tls_ca, tls_cert=ns.tls_cert, tls_key=ns.tls_key,
                  token_file=ns.token_file, insecure=ns.insecure)
    channel = open_channel(ep)
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
               "attempts": job.attempts, "name": job.name}
        if ns.json:
            print(json.dumps(row))
        else:
            print(f"{row['job_id']}  {row['state']:<9}  worker={row['worker_id'] or '-'}  "
                  f"exit={row['exit_code']}  {row['error_code'] or '-'}  attempts={row['attempts']}"
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
    except grpc.aio.AioRpcError as exc:
        _say(f"hodei-control-plane: logs: {exc.code().name}: {exc.details()}\n")
        return EXIT_FAILED
    finally:
        await channel.close()
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
