"""hodei-run by hand, in a terminal: the job gets the terminal, and job control works.

A real pseudo-terminal with an interactive bash drives hodei-run, as a person at a shell would.
"""

from __future__ import annotations

import json
import shutil
import signal
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


def _stopped(command: str) -> bool:
    """Whether a process whose command line starts with ``command`` (after its interpreter) is
    stopped."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_bytes()
        except OSError:
            continue
        if any(Path(a.decode(errors="replace")).name == command for a in argv[:2]) and \
                stat[stat.rfind(b")") + 2:].split()[0] == b"T":
            return True
    return False


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

    def test_started_in_background_then_fg(self, shell: pexpect.spawn, tmp_path: Path) -> None:
        """Started with ``&``, a job that reads the terminal stops hodei-run with it (the shell
        says Stopped); ``fg`` hands the job the terminal, typed input reaches it, and Ctrl-C
        ends it at once with SIGINT."""
        event = tmp_path / "event.json"
        shell.sendline(f"{HODEI_RUN} --quiet --kill-grace 30s --event-file {event} -- cat &")
        shell.expect_exact(PROMPT)
        wait_for(lambda: _stopped("hodei-run"), what="hodei-run stopped with its job")
        shell.sendline("")
        shell.expect("Stopped")
        shell.expect_exact(PROMPT)
        shell.sendline("fg")
        wait_for(lambda: _foreground_job("cat"), what="cat in the terminal's foreground")
        shell.sendline("typed-after-fg")
        shell.expect_exact("typed-after-fg\r\ntyped-after-fg")
        shell.sendcontrol("c")
        shell.expect_exact(PROMPT)
        shell.sendline("echo status=$?")
        shell.expect_exact("status=130")
        reason = json.loads(event.read_text())["failure_reason"]
        assert reason["type"] == "SIGNAL_RECEIVED"
        assert reason["signal"] == "SIGINT"

    def test_fg_before_the_job_reads(self, shell: pexpect.spawn) -> None:
        """Brought to the foreground before its job first reads the terminal, hodei-run hands
        the terminal over when the job reaches for it."""
        shell.sendline(f"{HODEI_RUN} --quiet -- sh -c 'sleep 0.5; head -n1' &")
        shell.expect_exact(PROMPT)
        shell.sendline("fg")
        wait_for(lambda: _foreground_job("head"), what="head in the terminal's foreground")
        shell.sendline("late-line")
        shell.expect_exact("late-line\r\nlate-line")
        shell.expect_exact(PROMPT)
        shell.sendline("echo status=$?")
        shell.expect_exact("status=0")


def test_stopped_job_acts_on_a_forwarded_termination(start_hodei) -> None:
    """A job stopped (SIGSTOP) when a termination is forwarded is continued so it ends on that
    signal at once, not by SIGKILL after the grace period."""
    running = start_hodei("--kill-grace", "3s", "--", "sh", "-c", "kill -STOP $$; exit 0")
    job = running.job_pid()
    wait_for(lambda: Path(f"/proc/{job}/stat").read_bytes().rsplit(b")", 1)[1].split()[0] == b"T",
             what="the job to be stopped")
    running.signal(signal.SIGTERM)
    r = running.finish()
    assert r.returncode == 143
    assert r.reason["signal"] == "SIGTERM"


def test_no_terminal_no_job_control(run_hodei) -> None:
    """Without a terminal nothing is handed over: a job that is stopped and continued by
    someone else does not stop hodei-run, which still ends with the job's status."""
    # CONT until it lands: a single one sent before the shell stopped itself would be lost.
    r = run_hodei("--", "sh", "-c",
                  "(while :; do sleep 0.2; kill -CONT $$; done) & kill -STOP $$; kill $!; wait; exit 4")
    assert r.returncode == 4
    assert r.event["failure_reason"] == {"type": "NON_ZERO_EXIT_CODE", "exit_code": 4}
