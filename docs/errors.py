"""Writes docs/errors.md from real runs: for each ERR_1xxx code, a command that produces it and
exactly what hodei-run prints (its stderr and stdout, in order) and exits with.

    python docs/errors.py           # rewrite docs/errors.md
    python docs/errors.py --check   # exit 1 if docs/errors.md is not what the runs print now

Each case runs with ``sh -c`` in a new empty directory (shown as /srv/job), with this
environment's hodei-run first on PATH and no HODEI_* variable; the page is the output as
printed, the directory's path replaced. tests/classify/test_errors_doc.py runs it again and
compares, tolerant only of what varies between runs (durations, ids).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "errors.md"
SHOWN_DIR = "/srv/job"
"""Where the runs appear to happen: each one's temporary directory, as the page shows it."""


@dataclass(frozen=True)
class Case:
    """One code, and the shell lines that produce it (``setup`` shown before the run)."""

    code: str
    run: str
    setup: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    note: str = ""


CASES: tuple[Case, ...] = (
    Case("ERR_1001", "hodei-run -- no-such-tool --version"),
    Case("ERR_1001", "hodei-run -- ./build.sh",
         setup=("printf '#!/bin/bash\\r\\necho building\\r\\n' > build.sh && chmod +x build.sh",),
         note="A script saved with Windows line endings: its interpreter is `/bin/bash\\r` (the "
              "carriage return that hodei-run prints is shown as `\\r`)."),
    Case("ERR_1002", "hodei-run -- ./deploy.sh",
         setup=("printf '#!/bin/sh\\necho deploying\\n' > deploy.sh",)),
    Case("ERR_1003", "hodei-run -- cat config/settings.yaml"),
    Case("ERR_1003", "hodei-run --workdir build -- make",
         note="The working directory itself is missing: nothing ran."),
    Case("ERR_1004", """hodei-run -- sh -c 'exec /bin/true "$(head -c 200000 /dev/zero | tr "\\0" x)"'""",
         note="One argument over the kernel's 128 KiB per string."),
    Case("ERR_1005", "hodei-run --timeout 1s --kill-grace 1s -- sleep 30"),
    Case("ERR_1006", "hodei-run -- sh -c 'kill -TERM $$'"),
    Case("ERR_1007", "hodei-run -- sh -c 'echo \"3 of 120 tests failed\" >&2; exit 1'"),
    Case("ERR_1008", "hodei-run explain ERR_1008",
         note="hodei-run does not end a command with ERR_1008: it is the worker's own failure. "
              "The worker daemon reports it for a job whose supervisor died without writing "
              "the job's outcome (killed, or the machine restarted); `hodei-run explain` "
              "prints its guide."),
    Case("ERR_1009", "hodei-run --timeout 10x -- make"),
    Case("ERR_1010", "hodei-run --config hodei.toml -- make",
         setup=("printf '[run]\\ntimeout = \"soon\"\\n' > hodei.toml",)),
    Case("ERR_1011", "hodei-run --secret API_TOKEN=env:DEPLOY_TOKEN -- ./deploy.sh",
         note="`DEPLOY_TOKEN` is not set where hodei-run runs."),
    Case("ERR_1012", "hodei-run -- dd if=/dev/zero of=/dev/full bs=1k count=1 status=none"),
    Case("ERR_1099", "hodei-run explain ERR_1099",
         note="No command ends with ERR_1099 today: every failure hodei-run can observe has a "
              "rule. It stays the answer for an outcome no rule decides, never a silent one."),
)


def _environment(home: str) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {"PATH": f"{bin_dir}:/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8"}


def _run(case: Case) -> str:
    """The case's console session: its lines, what they printed, the exit status."""
    with tempfile.TemporaryDirectory(prefix="hodei-errors-") as work:
        env = {**_environment(work), **dict(case.env)}
        shown: list[str] = []
        for line in case.setup:
            subprocess.run(["sh", "-c", line], cwd=work, env=env, check=True, timeout=60)
            shown.append(f"$ {line}")
        line = f'{case.run}; echo "exit $?"'
        proc = subprocess.run(["sh", "-c", line], cwd=work, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        output = proc.stdout.decode("utf-8", errors="replace")
        real = os.path.realpath(work)
        output = output.replace(real, SHOWN_DIR).replace(work, SHOWN_DIR)
        output = output.replace("\r", "\\r")  # a carriage return printed, shown as \r
        shown.append(f"$ {line}")
        shown.append(output.rstrip("\n"))
        return "\n".join(shown)


def render() -> str:
    """The whole page, from new runs of every case."""
    from hodei_worker.catalogue import lookup

    parts = [
        "# hodei-run's error codes, as it prints them",
        "",
        "For each `ERR_1xxx` code, a command that produces it and exactly what hodei-run printed",
        "(the job's own output first, then hodei-run's summary line) and exited with. Each ran",
        f"in an empty directory, shown as `{SHOWN_DIR}`. The event hodei-run writes",
        "(`--event-file`, `--termination-log`, `--control-plane`) has the same code, severity and",
        "suggested actions; `hodei-run explain CODE` prints a code's whole guide.",
        "",
        "This page is generated by `docs/errors.py` from real runs: do not edit it; run",
        "`python docs/errors.py` after changing what hodei-run says, and",
        "`tests/classify/test_errors_doc.py` fails while it is stale.",
        "",
    ]
    seen: set[str] = set()
    for case in CASES:
        if case.code not in seen:
            seen.add(case.code)
            entry = lookup(case.code)
            parts += [f"## {case.code} {entry.type} ({entry.severity})", "",
                      f"{entry.description.rstrip('.')}.", ""]
        if case.note:
            parts += [case.note, ""]
        parts += ["```console", _run(case), "```", ""]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    page = render()
    if argv[1:] == ["--check"]:
        if PAGE.read_bytes().decode("utf-8") != page:
            print(f"{PAGE} is stale: run python docs/errors.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_bytes(page.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
