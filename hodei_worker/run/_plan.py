"""A run's plan: what to run and under which settings, before its secrets are resolved.

A plan is plain data (JSON-able): the daemon makes one from a ``JobSpec`` (``_jobspec``) and
sends it to its supervisor host, which resolves the secrets in its own environment and runs
it (:func:`~hodei_worker.run._settings.from_plan`). Nothing in a plan is parsed again: its
values are already typed and checked.
"""

from __future__ import annotations

from .._frozen import field, frozen

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any


@frozen
class SecretSource:
    """Where a secret's value is read from: ``file`` (a path) or ``env`` (a variable)."""

    name: str
    scheme: str
    where: str


@frozen
class Plan:
    """One run, typed and checked, secrets not yet resolved."""

    job_id: str
    worker_id: str
    correlation_id: str
    command: tuple[str, ...]
    """The program and its arguments (a shell script is already ``/bin/sh -c SCRIPT``)."""
    workdir: str | None = None
    timeout_ms: int = 0
    """0: no deadline."""
    kill_grace_ms: int = 10_000
    memory: int | None = None
    cpus: float | None = None
    pids: int | None = None
    env: dict[str, str] = field(default_factory=dict)
    """The job's environment: exactly this, plus its secrets (nothing inherited)."""
    secrets: tuple[SecretSource, ...] = ()


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-able data."""
    return {"job_id": plan.job_id, "worker_id": plan.worker_id,
            "correlation_id": plan.correlation_id, "command": list(plan.command),
            "workdir": plan.workdir, "timeout_ms": plan.timeout_ms,
            "kill_grace_ms": plan.kill_grace_ms, "memory": plan.memory, "cpus": plan.cpus,
            "pids": plan.pids, "env": dict(plan.env),
            "secrets": [[s.name, s.scheme, s.where] for s in plan.secrets]}


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """The plan :func:`plan_to_dict` made. Raises ValueError, TypeError or KeyError for data
    of any other shape."""
    def text(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, not {type(value).__name__}")
        return value

    def optional(value: Any, kind: type) -> Any:
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            raise TypeError(f"expected {kind.__name__}, not {type(value).__name__}")
        return value

    env = data.get("env") or {}
    if not isinstance(env, dict):
        raise TypeError("env: expected a table")
    cpus = data.get("cpus")

    def _number(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, not {type(value).__name__}")
        return value
    return Plan(
        job_id=text(data["job_id"]), worker_id=text(data["worker_id"]),
        correlation_id=text(data["correlation_id"]),
        command=tuple(text(a) for a in data["command"]),
        workdir=optional(data.get("workdir"), str),
        timeout_ms=optional(data.get("timeout_ms"), int) or 0,
        kill_grace_ms=optional(data.get("kill_grace_ms"), int) or 0,
        memory=optional(data.get("memory"), int),
        cpus=None if cpus is None else float(_number(cpus)),
        pids=optional(data.get("pids"), int),
        env={text(k): text(v) for k, v in env.items()},
        secrets=tuple(SecretSource(text(n), text(s), text(w)) for n, s, w in data.get("secrets") or ()),
    )
