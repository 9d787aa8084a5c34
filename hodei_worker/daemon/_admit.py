"""Whether a worker takes a RunJob: a pure decision.

The admission policy is a table of checks, first refusal wins; each names the platform code
the control plane receives in ``JobRejected`` and the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from .._generated import jobs_pb2
from ..run import spec_problem


@dataclass(frozen=True, slots=True)
class Load:
    """What the worker is doing when a job arrives."""

    draining: bool
    running: int
    max_jobs: int
    held: frozenset[str]
    """Jobs this worker already has (running or not yet reported)."""
    no_room: str | None = None
    """Why its state directory cannot take a job now (None: it can)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a job is refused: the platform code and the reason, naming the field."""

    code: str
    reason: str


ADMISSION: Final[tuple[tuple[str, Callable[[jobs_pb2.JobSpec, Load], str | None]], ...]] = (
    ("ERR_1009", lambda spec, _load: spec_problem(spec)),
    ("ERR_2001", lambda _spec, load: "the worker is draining" if load.draining else None),
    ("ERR_2001", lambda _spec, load: (f"the worker is full ({load.running} of {load.max_jobs} jobs)"
                                      if load.running >= load.max_jobs else None)),
    ("ERR_2001", lambda _spec, load: load.no_room),
)
"""The checks a job must pass, in order: (code, check returning the reason to refuse)."""


def admit(spec: jobs_pb2.JobSpec, load: Load) -> Refusal | None:
    """None when the worker takes the job; the refusal otherwise."""
    for code, check in ADMISSION:
        reason = check(spec, load)
        if reason:
            return Refusal(code, reason)
    return None
