"""``hodei-worker``: the daemon that takes jobs from the control plane and runs many at once.

Its jobs run in a supervisor host (``_hostproc``): one process, started by the daemon, that
supervises all of them with hodei-run's guarantees and outlives a crash of the daemon; the
job's state and output live in the state directory, and everything the control plane must
learn goes through the durable outbox.

The package imports nothing of the daemon itself until asked: the host
(``python -m hodei_worker.daemon._hostproc``) loads hodei-run's modules only, not the daemon's
gRPC and event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._worker import Worker, WorkerConfig

__all__ = ["Worker", "WorkerConfig"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _worker

        return getattr(_worker, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
