"""Supervises ``sh -c 'kill -STOP $$; exit 3'`` in-process with a reaper that, on the wake-up
for the job's stop, continues the job and lets it exit (and its SIGCHLD be recorded) right
after reaping: the one moment at which a supervision that took its signals after reaping
would throw that SIGCHLD away and sleep forever. Prints the job's exit status.

The interleaving is forced (a real stop, a real exit, a real SIGCHLD; only their moment is
chosen): left to the scheduler it happens about once in thousands of runs.

Used by tests/run/test_run_regressions.py.
"""

from __future__ import annotations

import os
import signal
import time


def main() -> None:
    from hodei_worker.supervise import Launch, Reaper, supervise

    class ExitRightAfterReaping(Reaper):
        def __init__(self) -> None:
            super().__init__()
            self.job: int | None = None

        def expect(self, pid: int) -> None:
            super().expect(pid)
            self.job = self.job or pid

        def reap(self) -> None:
            super().reap()
            if self.job is not None and self._stop_signals.get(self.job):
                job, self.job = self.job, None
                os.kill(job, signal.SIGCONT)
                os.waitid(os.P_PID, job, os.WEXITED | os.WNOWAIT)  # exited, not yet reaped
                time.sleep(0.05)  # its SIGCHLD's handler has run (signals end the sleep)

    spec = Launch(argv=("sh", "-c", "kill -STOP $$; exit 3"), env=dict(os.environ),
                  name=f"hodei-probe-{os.getpid()}", use_cgroups=False,
                  own_all_descendants=False, foreground_tty=False)
    observation = supervise(spec, ExitRightAfterReaping())
    print(observation.exit_status)


if __name__ == "__main__":
    main()
