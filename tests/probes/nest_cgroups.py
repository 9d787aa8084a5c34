"""Starts a `sleep MARKER` child, makes two levels of cgroups (sub/deeper) inside each of its own
hodei-* cgroups, moves the child into them, writes "nested" to READY and exits, leaving the
child running there.

Used by tests/run/test_run_hardened.py (TestCgroupsLeftBehind): hodei-run must empty and
remove the nested cgroups, deepest first.

Arguments: MARKER READY.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    marker, ready = argv[1], argv[2]
    child = subprocess.Popen(["sleep", marker])
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _id, ctrl, path = line.split(":", 2)
        if "hodei-" not in path:
            continue
        base = "/sys/fs/cgroup/unified" if ctrl == "" else "/sys/fs/cgroup/" + ctrl.split(",")[0]
        deeper = os.path.join(base + path, "sub", "deeper")
        os.makedirs(deeper)
        Path(deeper, "cgroup.procs").write_text(str(child.pid))
    Path(ready).write_text("nested")


if __name__ == "__main__":
    main(sys.argv)
