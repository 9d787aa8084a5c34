"""A ``JobSpec`` from a control plane: its checks and the run's plan made from it.

The checks are a table, first failure wins, each naming the field at fault: the daemon refuses
a job with them (ERR_1009) and the control plane refuses a submission with the same table.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Final

from .._generated import jobs_pb2
from ._plan import Plan, SecretSource
from ._settings import MAX_CPUS, MAX_PIDS, MIN_MEMORY

_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
MAX_MEMORY: Final = 4 * 1024**6
MIN_CPUS: Final = 0.01
"""The smallest CPU quota the kernel takes: 1 ms in each 100 ms period."""
MAX_SPEC_BYTES: Final = 4 * 1024 * 1024
"""The largest job spec (stdin, variables and command included) the platform carries: a
session's message holds one with room to spare (its limit is 16 MiB), and a batch of several is
kept under it too."""
JOB_MARKER: Final = "HODEI_WORKER_JOB"
"""The variable, ``job_id#attempt``, that marks every process of a job the worker runs."""


BASE_VARIABLES: Final = ("PATH", "HOME", "LANG", "LC_ALL", "TZ")
"""The worker's variables every job gets, where the worker has them."""
DEFAULT_PATH: Final = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def _home() -> str:
    import pwd

    try:
        return pwd.getpwuid(os.getuid()).pw_dir or "/"
    except KeyError:  # a user the passwd database does not know (some containers)
        return "/"


def job_base_env(environ: Mapping[str, str], passed: Iterable[str] = ()) -> dict[str, str]:
    """The environment every job of a worker starts from, under its spec's own variables:
    :data:`BASE_VARIABLES` and the variables ``passed`` (``--env-pass``) as the worker has
    them, ``PATH`` defaulting to :data:`DEFAULT_PATH`, ``HOME`` to the worker user's home and
    ``LANG`` to ``C.UTF-8``. Nothing else of the worker's environment (its credentials, the
    values its secrets are read from) reaches a job."""
    env = {"PATH": DEFAULT_PATH, "HOME": _home(), "LANG": "C.UTF-8"}
    env.update({name: environ[name] for name in (*BASE_VARIABLES, *passed)
                if name in environ and "\0" not in environ[name]})
    return env


def with_base_env(spec: jobs_pb2.JobSpec, base: Mapping[str, str]) -> None:
    """Adds to ``spec``'s variables those of ``base`` it does not set itself."""
    for name, value in base.items():
        if name not in spec.env:
            spec.env[name] = value


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
        (bool(spec.working_dir) and not spec.working_dir.startswith("/"),
         "working_dir: must be an absolute path (a relative one would name a directory of "
         "the worker's own)"),
        (spec.timeout.seconds < 0 or spec.timeout.nanos < 0, "timeout: negative"),
        (spec.kill_grace.seconds < 0 or spec.kill_grace.nanos < 0, "kill_grace: negative"),
        (spec.requirements.cpu_cores < 0 or spec.requirements.cpu_cores != spec.requirements.cpu_cores,
         "requirements.cpu_cores: must be a number at least 0"),
        (0 < spec.requirements.memory_bytes < MIN_MEMORY,
         "requirements.memory_bytes: below the 4 MiB any program needs"),
        (spec.requirements.memory_bytes > MAX_MEMORY, "requirements.memory_bytes: above 4 EiB"),
        (0 < spec.requirements.cpu_cores < MIN_CPUS or spec.requirements.cpu_cores > MAX_CPUS,
         f"requirements.cpu_cores: 0 (no limit) or from {MIN_CPUS} to {MAX_CPUS} cores"),
        (spec.requirements.pids > MAX_PIDS, f"requirements.pids: above the kernel's {MAX_PIDS}"),
    )
    for failed, message in checks:
        if failed:
            return message
    size = spec.ByteSize()
    if size > MAX_SPEC_BYTES:
        return (f"spec: {size} bytes (stdin, env and command included), above the "
                f"{MAX_SPEC_BYTES // (1024 * 1024)} MiB a job may have")
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


def _ms(duration: object) -> int:
    seconds = getattr(duration, "seconds", 0)
    nanos = getattr(duration, "nanos", 0)
    return int(seconds) * 1000 + int(nanos) // 1_000_000


def plan_from_spec(spec: jobs_pb2.JobSpec, worker_id: str, default_workdir: str,
                   default_kill_grace_ms: int) -> Plan:
    """The plan of an admitted ``spec`` (see :func:`spec_problem`): run in ``default_workdir``
    unless it names one, its variables marked with :data:`JOB_MARKER` so that whatever of it
    outlives its supervisor can be found."""
    if spec.WhichOneof("command") == "shell_script":
        command: tuple[str, ...] = ("/bin/sh", "-c", spec.shell_script)
    else:
        command = tuple(spec.argv.args)
    env = {**dict(spec.env), JOB_MARKER: f"{spec.job_id}#{spec.attempt or 1}"}
    requirements = spec.requirements
    return Plan(
        job_id=spec.job_id, worker_id=worker_id,
        correlation_id=spec.correlation_id or spec.job_id, command=command,
        workdir=spec.working_dir or default_workdir, timeout_ms=_ms(spec.timeout),
        kill_grace_ms=_ms(spec.kill_grace) if spec.HasField("kill_grace") else default_kill_grace_ms,
        memory=requirements.memory_bytes or None, cpus=requirements.cpu_cores or None,
        pids=requirements.pids or None, env=env,
        secrets=tuple(SecretSource(s.name, s.WhichOneof("source") or "file",
                                   getattr(s, s.WhichOneof("source") or "file"))
                      for s in spec.secrets))
