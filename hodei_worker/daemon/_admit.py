"""What a worker does with a RunJob: pure decisions, and the job's hodei-run command line.

The admission policy is a table of checks, first refusal wins; each names the platform code
the control plane receives in ``JobRejected`` and the field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from .._generated import jobs_pb2

_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ALLOWED_SCHEMES: Final = ("file", "env")
MIN_MEMORY: Final = 4 * 1024 * 1024
JOB_MARKER: Final = "HODEI_WORKER_JOB"
"""The variable, ``job_id#attempt``, that marks every process of a job the worker runs."""


@dataclass(frozen=True, slots=True)
class Load:
    """What the worker is doing when a job arrives."""

    draining: bool
    running: int
    max_jobs: int
    held: frozenset[str]
    """Jobs this worker already has (running or not yet reported)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a job is refused: the platform code and the reason, naming the field."""

    code: str
    reason: str


def _has_nul(text: str) -> bool:
    return "\0" in text


def spec_problem(spec: jobs_pb2.JobSpec) -> str | None:
    """The first thing wrong with ``spec``, naming its field; None when it can run."""
    checks: tuple[tuple[bool, str], ...] = (
        (not spec.job_id, "job_id: missing"),
        (_has_nul(spec.job_id) or len(spec.job_id) > 256, "job_id: must be at most 256 characters without NUL"),
        (spec.WhichOneof("command") is None, "command: neither argv nor shell_script is set"),
        (spec.WhichOneof("command") == "argv" and (not spec.argv.args or not spec.argv.args[0]),
         "command.argv: the program is missing"),
        (spec.WhichOneof("command") == "argv" and any(_has_nul(a) for a in spec.argv.args),
         "command.argv: an argument holds a NUL byte"),
        (spec.WhichOneof("command") == "shell_script" and (not spec.shell_script.strip()
                                                           or _has_nul(spec.shell_script)),
         "command.shell_script: empty or holds a NUL byte"),
        (_has_nul(spec.working_dir), "working_dir: holds a NUL byte"),
        (spec.timeout.seconds < 0 or spec.timeout.nanos < 0, "timeout: negative"),
        (spec.kill_grace.seconds < 0 or spec.kill_grace.nanos < 0, "kill_grace: negative"),
        (spec.requirements.cpu_cores < 0 or spec.requirements.cpu_cores != spec.requirements.cpu_cores,
         "requirements.cpu_cores: must be a number at least 0"),
        (0 < spec.requirements.memory_bytes < MIN_MEMORY,
         "requirements.memory_bytes: below the 4 MiB any program needs"),
    )
    for failed, message in checks:
        if failed:
            return message
    for key, value in spec.env.items():
        if not _NAME.fullmatch(key):
            return f"env.{key}: not a valid variable name"
        if _has_nul(value):
            return f"env.{key}: the value holds a NUL byte"
    for i, secret in enumerate(spec.secrets):
        if not _NAME.fullmatch(secret.name):
            return f"secrets[{i}].name: {secret.name!r} is not a valid variable name"
        where = secret.WhichOneof("source")
        if where is None or not getattr(secret, where) or _has_nul(getattr(secret, where)):
            return f"secrets[{i}] ({secret.name}): needs a file or env source"
    return None


ADMISSION: Final[tuple[tuple[str, Callable[[jobs_pb2.JobSpec, Load], str | None]], ...]] = (
    ("ERR_1009", lambda spec, _load: spec_problem(spec)),
    ("ERR_2001", lambda _spec, load: "the worker is draining" if load.draining else None),
    ("ERR_2001", lambda _spec, load: (f"the worker is full ({load.running} of {load.max_jobs} jobs)"
                                      if load.running >= load.max_jobs else None)),
)
"""The checks a job must pass, in order: (code, check returning the reason to refuse)."""


def admit(spec: jobs_pb2.JobSpec, load: Load) -> Refusal | None:
    """None when the worker takes the job; the refusal otherwise."""
    for code, check in ADMISSION:
        reason = check(spec, load)
        if reason:
            return Refusal(code, reason)
    return None


def _ms(duration: object) -> int:
    seconds = getattr(duration, "seconds", 0)
    nanos = getattr(duration, "nanos", 0)
    return int(seconds) * 1000 + int(nanos) // 1_000_000


def run_argv(spec: jobs_pb2.JobSpec, worker_id: str, event_file: str | None, default_workdir: str,
              default_kill_grace_ms: int) -> list[str]:
    """hodei-run's command line for ``spec`` (already admitted); with ``--event-file`` when
    ``event_file`` is given (a host is told where to record the event otherwise)."""
    argv = ["--job-id", spec.job_id, "--worker-id", worker_id,
            "--correlation-id", spec.correlation_id or spec.job_id,
            *(("--event-file", event_file) if event_file else ()),
            "--quiet", "--log-format", "json", "--log-level", "info",
            "--workdir", spec.working_dir or default_workdir]
    timeout = _ms(spec.timeout)
    if timeout:
        argv += ["--timeout", f"{timeout}ms"]
    grace = _ms(spec.kill_grace) if spec.HasField("kill_grace") else default_kill_grace_ms
    argv += ["--kill-grace", f"{grace}ms"]
    if spec.requirements.memory_bytes:
        argv += ["--memory", str(spec.requirements.memory_bytes)]
    if spec.requirements.cpu_cores:
        argv += ["--cpus", repr(spec.requirements.cpu_cores)]
    if spec.requirements.pids:
        argv += ["--pids", str(spec.requirements.pids)]
    for key, value in sorted(spec.env.items()):
        argv += ["--env", f"{key}={value}"]
    # Every process of the job carries its job's key, so what outlives a lost host is found.
    argv += ["--env", f"{JOB_MARKER}={spec.job_id}#{spec.attempt or 1}"]
    for secret in spec.secrets:
        where = secret.WhichOneof("source")
        argv += ["--secret", f"{secret.name}={where}:{getattr(secret, where or 'file')}"]
    if spec.WhichOneof("command") == "shell_script":
        return [*argv, "--shell", "--", spec.shell_script]
    return [*argv, "--", *spec.argv.args]
