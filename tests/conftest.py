"""Shared helpers for the behaviour tests of ``hodei-run``: running the installed console script
with an event file, validating its one final event, polling, unique process markers and the
host checks (writable memory cgroup, root, unshare) some tests need."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest
from jsonschema import Draft202012Validator

from hodei_worker.events import schema_text

HODEI_RUN = Path(sys.executable).with_name("hodei-run")
"""The installed console script under test."""
PY = sys.executable
"""The Python the jobs run (a real interpreter, not a pyenv shim)."""
PROBES = Path(__file__).parent / "probes"
"""The programs tests run as jobs or helper processes, one file each (linted and type-checked)."""
SUMMARY_PREFIXES = (b"hodei-run: ERR_", b"hodei-run: job completed")

_VALIDATOR = Draft202012Validator(json.loads(schema_text()),
                                  format_checker=Draft202012Validator.FORMAT_CHECKER)


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02,
             what: str = "condition") -> Any:
    """Polls ``predicate`` until it returns something truthy; fails the test after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any HODEI_* variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HODEI_")}
    env.update(extra or {})
    return env


@dataclass
class Result:
    """What one run of hodei-run left: its status, its raw output and its final event."""

    returncode: int
    stdout: bytes
    stderr: bytes
    event: dict[str, Any] | None
    event_path: Path
    event_bytes: bytes | None

    @property
    def stderr_lines(self) -> list[bytes]:
        """stderr split into lines (without the line ends)."""
        return self.stderr.splitlines()

    @property
    def reason(self) -> dict[str, Any]:
        """The event's failure_reason (an empty dict for JobCompleted)."""
        assert self.event is not None
        return self.event.get("failure_reason", {})


def _check_run(result: Result, quiet: bool) -> None:
    """The invariants of every run: exactly one schema-valid UTF-8 JSON event in the event file,
    no temporary file left beside it, and (unless quiet) a summary line on stderr."""
    assert result.event_bytes is not None, (
        f"no event file written at {result.event_path}; stderr: {result.stderr[-2000:]!r}")
    text = result.event_bytes.decode("utf-8")  # strict: must be valid UTF-8
    assert result.event is not None
    assert json.loads(text) == result.event
    errors = sorted(_VALIDATOR.iter_errors(result.event), key=str)
    assert not errors, f"event not valid against the schema: {[e.message for e in errors]}"
    leftovers = [p.name for p in result.event_path.parent.glob(".hodei-event-*")]
    assert not leftovers, f"temporary event files left behind: {leftovers}"
    if not quiet:
        last = result.stderr.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        assert any(p in last for p in SUMMARY_PREFIXES), (
            f"no summary line at the end of stderr: {result.stderr[-500:]!r}")


class Hodei:
    """Runs the console script for one test, each run with its own event file in tmp_path."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self._count = 0
        self._running: list[subprocess.Popen[bytes]] = []

    def _command(self, args: Sequence[str], event_file: bool,
                 wrapper: Sequence[str]) -> tuple[list[str], Path]:
        self._count += 1
        path = self.tmp_path / f"event-{self._count}.json"
        prefix = ["--event-file", str(path)] if event_file else []
        return [*wrapper, str(HODEI_RUN), *prefix, *args], path

    @staticmethod
    def _result(returncode: int, out: bytes, err: bytes, path: Path, args: Sequence[str],
                check: bool) -> Result:
        raw = path.read_bytes() if path.exists() else None
        event = json.loads(raw.decode("utf-8")) if raw is not None else None
        result = Result(returncode, out, err, event, path, raw)
        if check:
            quiet = "--quiet" in args[: list(args).index("--")] if "--" in args else "--quiet" in args
            _check_run(result, quiet)
        return result

    def run(self, *args: str, env: dict[str, str] | None = None, input: bytes | None = None,
            timeout: float = 60, wrapper: Sequence[str] = (), cwd: Path | None = None,
            event_file: bool = True, check: bool = True) -> Result:
        """Runs hodei-run with ``--event-file`` first, then ``args``; ``env`` is added to a
        clean copy of the environment. Checks the invariants of every run unless ``check`` is
        False."""
        cmd, path = self._command(args, event_file, wrapper)
        proc = subprocess.Popen(cmd, env=clean_env(env), cwd=cwd or self.tmp_path,
                                stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._running.append(proc)
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"hodei-run did not end within {timeout}s; stderr: {err[-2000:]!r}")
        return self._result(proc.returncode, out, err, path, args, check)

    def start(self, *args: str, env: dict[str, str] | None = None,
              wrapper: Sequence[str] = (), cwd: Path | None = None) -> Running:
        """Starts hodei-run in the background (output to files); finish it with ``.finish()``."""
        cmd, path = self._command(args, True, wrapper)
        out = (self.tmp_path / f"stdout-{self._count}").open("w+b")
        err = (self.tmp_path / f"stderr-{self._count}").open("w+b")
        proc = subprocess.Popen(cmd, env=clean_env(env), cwd=cwd or self.tmp_path,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        self._running.append(proc)
        return Running(self, proc, path, args, out, err)

    def cleanup(self) -> None:
        """Kills any hodei-run this test left running (only after a failed test)."""
        for proc in self._running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def holds(pid: int, sig: int) -> bool:
    """Whether process ``pid`` blocks ``sig`` or has a handler for it (hodei-run's own code is
    running), or is already gone (nothing to wait for)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    masks = [int(line.split()[1], 16) for line in status.splitlines()
             if line.startswith(("SigBlk:", "SigCgt:"))]
    return any(mask >> (sig - 1) & 1 for mask in masks)


def catches(pid: int, sig: int) -> bool:
    """Whether process ``pid`` has a handler installed for ``sig`` (SigCgt in its status)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (sig - 1) & 1)
    return False


@dataclass
class Running:
    """A hodei-run started in the background."""

    hodei: Hodei
    proc: subprocess.Popen[bytes]
    event_path: Path
    args: Sequence[str]
    out: Any
    err: Any

    @property
    def pid(self) -> int:
        """hodei-run's pid."""
        return self.proc.pid

    def signal(self, sig: int) -> None:
        """Sends ``sig`` to hodei-run itself (only to it, never to the job directly), once
        hodei-run has a handler for it, so each test pins the behaviour it names; signals sent
        while hodei-run starts are pinned by test_run_tree.py's race test."""
        wait_for(lambda: catches(self.proc.pid, sig), what=f"hodei-run to handle signal {sig}")
        os.kill(self.proc.pid, sig)

    def job_pid(self, timeout: float = 10) -> int:
        """The pid of the job's main process: hodei-run's first child."""
        me = psutil.Process(self.proc.pid)
        return wait_for(lambda: next((c.pid for c in me.children()), None), timeout,
                        what="the job's main process")

    def finish(self, timeout: float = 30, check: bool = True) -> Result:
        """Waits for hodei-run to end and returns what it left."""
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"hodei-run did not end within {timeout}s")
        out, err = self._read(self.out), self._read(self.err)
        return Hodei._result(self.proc.returncode, out, err, self.event_path, self.args, check)

    @staticmethod
    def _read(fh: Any) -> bytes:
        fh.seek(0)
        data = fh.read()
        fh.close()
        return data


@pytest.fixture
def hodei(tmp_path: Path) -> Iterator[Hodei]:
    """A runner of hodei-run bound to this test's tmp_path."""
    runner = Hodei(tmp_path)
    yield runner
    runner.cleanup()


@pytest.fixture
def run_hodei(hodei: Hodei) -> Callable[..., Result]:
    """``run_hodei(*args, env=None, input=None, timeout=60) -> Result``: runs the installed
    hodei-run with ``--event-file`` in tmp_path and returns returncode, stdout, stderr, event."""
    return hodei.run


@pytest.fixture
def start_hodei(hodei: Hodei) -> Callable[..., Running]:
    """``start_hodei(*args, env=None) -> Running``: hodei-run in the background, for signals."""
    return hodei.start


@pytest.fixture(scope="session")
def schema_validator() -> Draft202012Validator:
    """The events' JSON schema (draft 2020-12), with format checks."""
    return _VALIDATOR


# --- process markers ------------------------------------------------------------------------

def processes_with(marker: str) -> list[psutil.Process]:
    """Live (non-zombie) processes with ``marker`` as one of their argv words."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        with contextlib.suppress(psutil.Error):
            if proc.info["status"] != psutil.STATUS_ZOMBIE and marker in (proc.info["cmdline"] or ()):
                found.append(proc)
    return found


def assert_none_left(marker: str) -> None:
    """No process of the job (recognised by its marker) is alive."""
    left = [(p.pid, p.info["cmdline"]) for p in processes_with(marker)]
    assert not left, f"processes of the job outlived hodei-run: {left}"


@pytest.fixture
def peer() -> Iterator[Any]:
    """A stand-in control plane (``worker_peer.Peer``) on loopback for a worker daemon to
    connect to; stopped when the test ends."""
    from worker_peer import Peer  # it imports gRPC: loaded for the tests that use it

    control = Peer()
    yield control
    control.stop()


@pytest.fixture
def marker() -> Iterator[str]:
    """A unique ``sleep`` duration (seconds) to mark a job's processes by their argv; any process
    still carrying it when the test ends is killed (after the test has made its assertions)."""
    value = f"{3000 + uuid.uuid4().int % 1000}.{uuid.uuid4().int % 10**9:09d}"
    yield value
    for proc in processes_with(value):
        with contextlib.suppress(psutil.Error):
            proc.send_signal(signal.SIGKILL)


# --- host capabilities ----------------------------------------------------------------------

def _memory_cgroup_problem() -> str | None:
    """Why no memory cgroup can be made below this process's own (None: one can)."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError as exc:
        return f"/proc/self/cgroup unreadable: {exc}"
    candidates: list[Path] = []
    for line in lines:
        _id, controllers, path = line.split(":", 2)
        if "memory" in controllers.split(","):
            candidates.append(Path("/sys/fs/cgroup/memory") / path.lstrip("/"))
        elif controllers == "":
            for mount in (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified")):
                own = mount / path.lstrip("/")
                with contextlib.suppress(OSError):
                    if "memory" in (own / "cgroup.controllers").read_text().split():
                        candidates.append(own)
    problems = []
    for own in candidates:
        probe = own / f"hodei-test-probe-{uuid.uuid4().hex[:8]}"
        try:
            probe.mkdir()
        except OSError as exc:
            problems.append(f"{own}: {exc.strerror}")
            continue
        with contextlib.suppress(OSError):
            probe.rmdir()
        return None
    return "; ".join(problems) or "no memory controller in /proc/self/cgroup"


@pytest.fixture(scope="session")
def memory_cgroup() -> None:
    """Skips unless a writable memory cgroup exists below this process's own."""
    problem = _memory_cgroup_problem()
    if problem is not None:
        pytest.skip(f"needs a writable memory cgroup below this process's own: {problem}")


@pytest.fixture(scope="session")
def unshare_pid() -> list[str]:
    """The wrapper that runs hodei-run as PID 1 of a new PID namespace; skips without root or
    a working ``unshare --pid --fork --mount-proc``."""
    if os.geteuid() != 0:
        pytest.skip("needs root for unshare --pid")
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs unshare (util-linux)")
    wrapper = [unshare, "--pid", "--fork", "--mount-proc"]
    probe = subprocess.run([*wrapper, "sh", "-c", "echo $$"], capture_output=True, timeout=30)
    if probe.returncode != 0 or probe.stdout.strip() != b"1":
        pytest.skip(f"unshare --pid --fork --mount-proc does not work here: {probe.stderr!r}")
    return wrapper
