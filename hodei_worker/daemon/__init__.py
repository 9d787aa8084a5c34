"""``hodei-worker``: the daemon that takes jobs from the control plane and runs many at once.

Its jobs run in a supervisor host (``hodei_worker.host``): one process, started by the daemon, that
supervises all of them with hodei-run's guarantees and outlives a crash of the daemon; the
job's state and output live in the state directory, and everything the control plane must
learn goes through the durable outbox.
"""

from ._worker import StateInUse, Worker, WorkerConfig

__all__ = ["StateInUse", "Worker", "WorkerConfig"]
