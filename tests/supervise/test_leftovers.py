"""Finding a job's escapees by the mark in their environment (``supervise/_leftovers.py``),
with real processes."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from conftest import clean_env, wait_for

from hodei_worker.supervise._leftovers import marked


@pytest.fixture
def mark() -> str:
    """A variable no other process carries."""
    return f"HODEI_TEST_MARK={uuid.uuid4().hex}"


def _sleeper(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(["sleep", "30"], env=env, start_new_session=True)


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts, killed at its end."""
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        proc.kill()
        proc.wait()


def _exec_done(pid: int) -> bool:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return b"(sleep)" in fh.read()


def test_a_process_in_its_own_session_is_found_by_its_mark(
        mark: str, started: list[subprocess.Popen[bytes]]) -> None:
    """A process that left the job's session still carries the job's variable: it is found,
    and a process without it is not."""
    name, value = mark.split("=")
    carrier = _sleeper(clean_env({name: value}))
    other = _sleeper(clean_env({}))
    started += [carrier, other]
    wait_for(lambda: _exec_done(carrier.pid) and _exec_done(other.pid), what="both to run sleep")
    found = marked(mark)
    assert carrier.pid in found
    assert other.pid not in found


def test_an_empty_environment_is_not_the_jobs_and_kernel_threads_are_passed_over(
        mark: str, started: list[subprocess.Popen[bytes]]) -> None:
    """A process whose environment is empty (it reads so while a process is in mid-exec, so it
    is read again a few times) is not taken for the job's once its reads are done, and kernel
    threads (always empty) are not among the found."""
    empty = subprocess.Popen(["sleep", "30"], env={}, start_new_session=True)
    started.append(empty)
    wait_for(lambda: _exec_done(empty.pid), what="sleep to run")
    with open(f"/proc/{empty.pid}/environ", "rb") as fh:
        assert fh.read() == b""
    found = marked(mark)
    assert empty.pid not in found
    assert 2 not in found
    assert os.getpid() not in found
