"""What of a job outlived its supervisor, found and stopped."""

from __future__ import annotations

import contextlib
import os


def stop_leftovers(marker: str, root: str) -> int:
    """Kills every process whose environment carries ``marker`` (``NAME=VALUE``: a variable a
    job could only drop on purpose) or that runs in ``root`` or below it. Returns how many it
    stopped."""
    import psutil

    wanted = marker.encode()
    stopped = 0
    for proc in psutil.process_iter():
        with contextlib.suppress(psutil.Error, OSError):
            if proc.pid == os.getpid():
                continue
            cwd = proc.cwd()
            mine = cwd == root or cwd.startswith(root + os.sep)
            if not mine:
                with open(f"/proc/{proc.pid}/environ", "rb") as fh:
                    mine = wanted in fh.read().split(b"\0")
            if mine:
                proc.kill()
                stopped += 1
    return stopped
