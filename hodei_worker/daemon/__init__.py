"""``hodei-worker``: the daemon that takes jobs from the control plane and runs many at once.

Each job runs under a shim of its own (hodei-run, forked from a fork server that imported it
once), so jobs outlive a crash of the daemon; the job's state and output live in the state
directory, and everything the control plane must learn goes through the durable outbox.
"""

from ._worker import Worker, WorkerConfig

__all__ = ["Worker", "WorkerConfig"]
