"""A RunJobCommand made into a :class:`~._runner.JobPlan`, and a job's final event made into
the platform's JobResultMessage fields.

The platform reads a result's ``success``, and of a failure whether ``error_message`` starts
with ``TIMEOUT:`` (a timeout; anything else is FAILED). Ours starts with ``TIMEOUT:`` for a
timeout, ``CANCELLED:`` for a cancel, and otherwise with the failure's type name; it carries
the code, what happened and the first suggested action, bounded in length::

    FILE_NOT_FOUND: /data/in.csv does not exist [ERR_1003] try: Check that /data/in.csv ...
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from .._generated import worker_agent_pb2 as pb
from ._runner import JobPlan

MAX_ERROR_MESSAGE: Final = 1024
"""The most characters of a result's ``error_message``."""
_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Result:
    """What a JobResultMessage says of a job."""

    exit_code: int
    success: bool
    error_message: str = ""


class Refused(Exception):
    """A job that cannot run as sent; the message names the field."""


def _refusal(field_name: str, message: str) -> Result:
    return Result(1, False, bounded(f"VALIDATION_ERROR: {field_name}: {message} [ERR_1009] "
                                    "try: correct the job's definition and submit it again"))


def bounded(text: str, limit: int = MAX_ERROR_MESSAGE) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis says it was cut)."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _secrets(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        raise Refused("secrets_json: not a JSON object") from None  # never the text: it is secret
    if not isinstance(data, dict):
        raise Refused("secrets_json: not a JSON object of names and string values")
    for name, value in data.items():
        if not _NAME.match(name):
            raise Refused(f"secrets_json: {name[:64]!r} is not a valid variable name")
        if not isinstance(value, str) or not value or "\0" in value:
            raise Refused(f"secrets_json.{name}: must be a non-empty string without NUL")
    return dict(data)


def plan(command: pb.RunJobCommand, worker_id: str, job_dir: Path, kill_grace_ms: int) -> JobPlan:
    """The plan of ``command``: files it needs made in ``job_dir`` (the script, 0700; stdin;
    the working directory if missing). Raises Refused naming the field."""
    if command.inputs or command.outputs:
        named = [f"inputs[{i}] {a.url}" for i, a in enumerate(command.inputs)]
        named += [f"outputs[{i}] {a.url}" for i, a in enumerate(command.outputs)]
        raise Refused("inputs/outputs: artifacts are not supported by this worker ("
                      + ", ".join(named) + "); fetch or upload them in the job's command")
    for key, value in command.env.items():
        if not _NAME.match(key):
            raise Refused(f"env.{key[:64]}: not a valid variable name")
        if "\0" in value:
            raise Refused(f"env.{key}: the value holds a NUL byte")
    secrets = _secrets(command.secrets_json if command.HasField("secrets_json") else None)
    if command.timeout_ms < 0:
        raise Refused("timeout_ms: negative")
    kind = command.command.WhichOneof("command_type")
    if kind is None:
        raise Refused("command: neither shell nor script is set")
    os.makedirs(job_dir, mode=0o700, exist_ok=True)
    if kind == "shell":
        if not command.command.shell.cmd:
            raise Refused("command.shell.cmd: empty")
        argv: tuple[str, ...] = (command.command.shell.cmd, *command.command.shell.args)
    else:
        script = command.command.script
        if not script.interpreter:
            raise Refused("command.script.interpreter: empty")
        path = job_dir / "script"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o700)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(script.content)
        argv = (script.interpreter, str(path))
    if any("\0" in a for a in argv):
        raise Refused("command: an argument holds a NUL byte")
    workdir = command.working_dir or str(job_dir / "work")
    try:
        os.makedirs(workdir, mode=0o755, exist_ok=True)
    except OSError as exc:
        raise Refused(f"working_dir: cannot make {workdir}: {exc.strerror}") from None
    stdin = None
    if command.HasField("stdin"):
        stdin = job_dir / "stdin"
        fd = os.open(stdin, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(command.stdin)
    return JobPlan(job_id=command.job_id, worker_id=worker_id, argv=argv, workdir=workdir,
                   stdout=job_dir / "stdout", stderr=job_dir / "stderr", journal=job_dir / "journal",
                   env=dict(command.env), secrets=secrets, timeout_ms=command.timeout_ms,
                   kill_grace_ms=kill_grace_ms, stdin=stdin)


def refused(exc: Refused) -> Result:
    """The result of a job refused before it ran."""
    text = str(exc)
    field_name, _, message = text.partition(": ")
    return _refusal(field_name, message)


# What happened, in words, from a failure's details: the type name's template, else its
# catalogue description. Templates name failure_reason keys.
_HAPPENED: Final[Mapping[str, str]] = {
    "FILE_NOT_FOUND": "{path} does not exist",
    "COMMAND_NOT_FOUND": "{command} was not found",
    "PERMISSION_DENIED": "{operation} {path}: permission denied",
    "EXECUTION_TIMEOUT": "the job ran past its timeout of {timeout_ms} ms and was stopped with {killed_with}",
    "SIGNAL_RECEIVED": "the job was ended by {signal}",
    "NON_ZERO_EXIT_CODE": "the job exited with status {exit_code}",
}
# The prefix of an error_message, by how the job ended: the platform reads TIMEOUT: itself.
_PREFIX: Final[Mapping[str, Callable[[str], str]]] = {
    "timeout": lambda _type: "TIMEOUT",
    "cancelled": lambda _type: "CANCELLED",
    "failed": lambda type_name: type_name,
}


def _happened(type_name: str, reason: Mapping[str, Any]) -> str:
    template = _HAPPENED.get(type_name)
    if template is not None:
        try:
            return template.format(**reason)
        except (KeyError, IndexError, ValueError):
            pass
    from ..catalogue import by_type

    try:
        text = by_type(type_name).description
    except KeyError:
        text = "the job failed"
    detail = reason.get("message")
    return f"{text}: {detail}" if isinstance(detail, str) and detail else text


def result(event: Mapping[str, Any] | None, cancelled: bool) -> Result:
    """The result of a job from its final event (None: the host lost it). ``cancelled``: the
    platform (or the worker leaving) asked it to stop."""
    if event is None:
        return Result(1, False, bounded(("CANCELLED: " if cancelled else "INFRASTRUCTURE_ERROR: ")
                                        + "the job's supervisor was lost before it said how the job "
                                        "ended [ERR_1008] try: run the job again"))
    status = int(event.get("exit_code", 1))
    status = status if status >= 0 else 1
    if event.get("event_type") == "JobCompleted":
        return Result(status, True)
    code = str(event.get("error_code", "ERR_1099"))
    reason = dict(event.get("failure_reason") or {})
    type_name = str(reason.pop("type", "UNKNOWN"))
    how = "timeout" if code == "ERR_1005" else "cancelled" if cancelled else "failed"
    actions = list(event.get("suggested_actions") or ())
    text = f"{_PREFIX[how](type_name)}: "
    if how != "failed":
        text += f"{type_name}: "
    text += f"{_happened(type_name, reason)} [{code}]"
    if actions:
        text += f" try: {actions[0]}"
    return Result(status if status else 1, False, bounded(text))
