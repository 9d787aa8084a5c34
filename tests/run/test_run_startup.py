"""What a successful run of hodei-run does not load: argparse (its options are read by the
options engine's own reader; argparse only prints help) and gettext with it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import PY, clean_env

PROBE = ("import sys\n"
         "sys.argv = ['hodei-run']\n"
         "from hodei_worker.cli import main\n"
         "status = main(['--quiet', '--timeout', '5m', '--env', 'A=1', '--', 'true'])\n"
         "print(status, ','.join(m for m in ('argparse', 'gettext') if m in sys.modules) or 'none')\n")


def test_a_run_reads_its_options_without_argparse(tmp_path: Path) -> None:
    """A run with options given on its command line imports neither argparse nor gettext."""
    done = subprocess.run([PY, "-c", PROBE], capture_output=True, env=clean_env(), cwd=tmp_path,
                          timeout=60, check=False)
    assert done.stdout.split() == [b"0", b"none"], done.stderr


def test_help_is_still_printed_by_argparse(tmp_path: Path) -> None:
    """``hodei-run --help`` prints the options' help and exits 0, running nothing."""
    done = subprocess.run([PY, "-m", "hodei_worker", "--help"], capture_output=True,
                          env=clean_env(), cwd=tmp_path, timeout=60, check=False)
    assert done.returncode == 0
    assert b"--kill-grace" in done.stdout
    assert b"usage: hodei-run" in done.stdout
