"""hodei-run by hand, in a terminal: the job gets the terminal, and job control works.

A real pseudo-terminal with an interactive bash drives hodei-run, as a person at a shell would.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest
from conftest import HODEI_RUN, clean_env, wait_for

PROMPT = "hodei-test$ "


@pytest.fixture
def shell() -> Iterator[pexpect.spawn]:
    """An interactive bash on a new pseudo-terminal, with a known prompt."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash for an interactive shell")
    child = pexpect.spawn(bash, ["--norc", "--noprofile", "-i"],
                          env=clean_env({"PS1": PROMPT, "TERM": "dumb"}), timeout=20)
    child.expect_exact(PROMPT)
    yield child
    child.close(force=True)


def _foreground_job(command: str) -> int | None:
    """The pid of a process named ``command`` that is its terminal's foreground group."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_bytes()
        except OSError:
            continue
        name = stat[stat.find(b"(") + 1: stat.rfind(b")")].decode()
        fields = stat[stat.rfind(b")") + 2:].split()
        if name == command and int(fields[2]) == int(fields[5]):  # pgrp == tpgid
            return int(entry.name)
    return None


class TestTerminal:
    """The job reads the terminal, and Ctrl-Z and fg work as for any job of the shell."""

    def test_job_reads_the_terminal(self, shell: pexpect.spawn) -> None:
        """A job that reads the terminal at once gets the line typed (it is not left stopped
        by SIGTTIN as a background reader), and the shell gets its prompt back."""
        shell.sendline(f"{HODEI_RUN} --quiet -- head -n1")
        shell.sendline("typed-line")
        shell.expect_exact("typed-line\r\ntyped-line")
        shell.expect_exact(PROMPT)
        shell.sendline("echo status=$?")
        shell.expect_exact("status=0")

    def test_ctrl_z_and_fg(self, shell: pexpect.spawn) -> None:
        """Ctrl-Z stops the job and hodei-run with it, so the shell prompts again; fg resumes
        the job with the terminal, and the run ends normally."""
        shell.sendline(f"{HODEI_RUN} --quiet -- cat")
        wait_for(lambda: _foreground_job("cat"), what="cat in the terminal's foreground")
        shell.sendcontrol("z")
        shell.expect("Stopped")
        shell.expect_exact(PROMPT)
        shell.sendline("fg")
        wait_for(lambda: _foreground_job("cat"), what="cat back in the foreground")
        shell.sendline("after-fg")
        shell.expect_exact("after-fg\r\nafter-fg")
        shell.sendcontrol("d")
        shell.expect_exact(PROMPT)
        shell.sendline("echo status=$?")
        shell.expect_exact("status=0")


def test_no_terminal_no_job_control(run_hodei) -> None:
    """Without a terminal nothing is handed over: a job that is stopped and continued by
    someone else does not stop hodei-run, which still ends with the job's status."""
    r = run_hodei("--", "sh", "-c", "(sleep 0.3; kill -CONT $$) & kill -STOP $$; wait; exit 4")
    assert r.returncode == 4
    assert r.event["failure_reason"] == {"type": "NON_ZERO_EXIT_CODE", "exit_code": 4}
