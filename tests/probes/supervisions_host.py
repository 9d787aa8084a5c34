"""A host of many supervisions in one process: becomes a subreaper, starts every job of the
PLAN (JSON) in one supervise.Supervisions with its stdout and stderr into files, signals or
closes as the plan says, drives them all to their end from one Waiter, and prints as JSON each
job's outcome and the most threads the process ever had.

Used by tests/supervise/test_supervisions.py, which runs the host in a process of its own (a
subreaper that reaps every child it has: not something to do inside the test runner).

The plan: {"jobs": [{"key", "argv", "stdout", "stderr", "timeout_ms"?, "grace_ms"?,
"secrets"?}], "cancel_first"?: [key], "cancel_when"?: {key: path}, "close_when"?: path,
"block"?: bool}: jobs in cancel_first are signalled before any runs, a job in cancel_when
once its path exists, and the host is closed once close_when exists; with block and nothing
to watch, each pass waits without a time limit.

Arguments: PLAN.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from typing import Any

from hodei_worker.supervise import Launch, Supervisions
from hodei_worker.supervise._reaper import become_subreaper
from hodei_worker.supervise._wait import Waiter


def main(argv: list[str]) -> None:
    plan: dict[str, Any] = json.loads(argv[1])
    become_subreaper()
    host = Supervisions()
    files: list[int] = []
    results: dict[str, dict[str, Any]] = {}
    threads = 0
    for job in plan["jobs"]:
        out = os.open(job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        files += [out, err]
        name = f"hodei-host-{job['key']}-{os.getpid()}"
        spec = Launch(tuple(job["argv"]), dict(os.environ), name,
                      timeout_ms=job.get("timeout_ms"), kill_grace_ms=job.get("grace_ms", 10000),
                      secrets=tuple(job.get("secrets", ())), own_all_descendants=False,
                      foreground_tty=False, sweep_stale=False)
        host.start(job["key"], spec, out, err)
    for key in plan.get("cancel_first", ()):
        host.signal(key)
    cancels = dict(plan.get("cancel_when", {}))
    close_when = plan.get("close_when")
    with Waiter((signal.SIGCHLD,)) as waiter:
        while len(host):
            if close_when and os.path.exists(close_when):
                host.close()
                break
            for key, path in list(cancels.items()):
                if os.path.exists(path):
                    host.signal(key)
                    del cancels[key]
            threads = max(threads, len(os.listdir("/proc/self/task")))
            watching = cancels or close_when or not plan.get("block")
            for key, obs in host.run_once(waiter, time.monotonic() + 0.05 if watching else None):
                if isinstance(obs, BaseException):
                    raise obs  # the supervision failed: a traceback for the test to show
                results[key] = {"exit_status": obs.exit_status, "term_signal": obs.term_signal,
                                "deadline_fired": obs.deadline_fired, "killed_with": obs.killed_with,
                                "forwarded_signal": obs.forwarded_signal,
                                "leftovers_stopped": obs.leftovers_stopped,
                                "stderr_tail": obs.stderr_tail.decode(),
                                "started": obs.spawn_failure is None and obs.execution_time_ms > 0}
    for fd in files:
        os.close(fd)
    print(json.dumps({"results": results, "threads": threads}))


if __name__ == "__main__":
    main(sys.argv)
