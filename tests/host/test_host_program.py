"""The daemon's supervisor host on its own (``python -m hodei_worker.host DIR``): a real host
process, real unix socket peers speaking its protocol's JSON lines, real jobs, cgroups and files.

Every host a test starts is stopped and reaped when the test ends (SIGTERM, then SIGKILL), and
every long-running job carries the test's marker, so no process outlives its test."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PY, assert_none_left, clean_env, processes_with, wait_for

from hodei_worker.host import parse
from hodei_worker.host._unixpath import reachable

Message = dict[str, Any]


class Peer:
    """One connection to a host: sends JSON lines, keeps every message it reads."""

    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with reachable(path) as address:
            self.sock.connect(address)
        self.messages: list[Message] = []
        self.closed = False
        self._buffered = b""

    @property
    def hello(self) -> Message:
        """The host's first message (``{"host": PID, "start_time": TICKS}``)."""
        return self.until(lambda ms: ms[0] if ms else None, what="the host's hello")

    def send(self, *messages: Message) -> None:
        """Sends ``messages`` in one write."""
        self.sock.sendall(b"".join(json.dumps(m).encode() + b"\n" for m in messages))

    def until(self, predicate: Callable[[list[Message]], Any], timeout: float = 15.0,
              what: str = "a message") -> Any:
        """Reads until ``predicate(messages)`` is truthy and returns it; fails the test at the
        deadline or when the host closes the connection first."""
        deadline = time.monotonic() + timeout
        while not (found := predicate(self.messages)):
            left = deadline - time.monotonic()
            if left <= 0 or self.closed:
                pytest.fail(f"{'closed' if self.closed else 'timed out'} waiting for {what}; "
                            f"read: {self.messages}")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                self.closed = True
            *lines, self._buffered = (self._buffered + chunk).split(b"\n")
            self.messages += [json.loads(line) for line in lines]
        return found

    def ended(self, *keys: str) -> None:
        """Reads until every key in ``keys`` has ended."""
        self.until(lambda ms: set(keys) <= {m.get("ended") for m in ms}, what=f"{keys} to end")

    def about(self, key: str) -> list[Message]:
        """What this peer was told of the job ``key``, in order: its ``started`` and ``ended``."""
        return [m for m in self.messages if key in (m.get("started"), m.get("ended"))]

    def close(self) -> None:
        self.sock.close()


class HostProc:
    """One host process started for a test, and the peers the test connected to it."""

    def __init__(self, directory: Path, env: dict[str, str], cwd: Path) -> None:
        self.directory = directory
        self.proc = subprocess.Popen([PY, "-m", "hodei_worker.host", str(directory)],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, cwd=cwd,
                                     start_new_session=True)
        self.peers: list[Peer] = []
        self.ready: Message = json.loads(self._read_stdout(30))

    def _read_stdout(self, timeout: float) -> bytes:
        """The host's stdout up to its end (it closes it once listening)."""
        assert self.proc.stdout is not None
        data, deadline = b"", time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if selector.select(deadline - time.monotonic()):
                    chunk = os.read(self.proc.stdout.fileno(), 4096)
                    if not chunk:
                        self.proc.stdout.close()
                        return data
                    data += chunk
        pytest.fail(f"the host did not close its stdout within {timeout}s; it wrote {data!r}")

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def socket(self) -> str:
        return str(self.ready["socket"])

    @property
    def log(self) -> Path:
        """The host's log file (made on its first line)."""
        return self.directory / f"{self.pid}.log"

    def connect(self) -> Peer:
        peer = Peer(self.socket)
        self.peers.append(peer)
        return peer

    def wait(self, timeout: float = 15) -> int:
        """Waits for the host to exit by itself; fails the test if it does not."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the host {self.pid} did not exit within {timeout}s")

    def stop(self) -> None:
        """Ends the host whatever state the test left it in: its peers gone, SIGTERM (it stops
        its jobs), then SIGKILL."""
        for peer in self.peers:
            peer.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def start_host(tmp_path: Path) -> Iterator[Callable[..., HostProc]]:
    """``start_host(directory=None, env=None) -> HostProc``: a host serving from ``directory``
    (default: a new 0700 directory in tmp_path) with a clean environment plus ``env``; every
    host started is stopped and reaped when the test ends."""
    started: list[HostProc] = []

    def start(directory: Path | None = None, env: dict[str, str] | None = None) -> HostProc:
        if directory is None:
            directory = tmp_path / "hosts"
            directory.mkdir(mode=0o700, exist_ok=True)
        host = HostProc(directory, clean_env(env), tmp_path)
        started.append(host)
        return host

    yield start
    for host in started:
        host.stop()


def run(key: str, where: Path, *command: str, secrets: tuple[tuple[str, str, str], ...] = (),
        **plan: Any) -> Message:
    """A run of ``command`` as ``key``: its journal, stdout and stderr in ``where``, a short
    kill grace, ``secrets`` (name, scheme, source) and the other fields of ``plan``."""
    return {"run": key,
            "plan": {"job_id": key, "worker_id": "w-test", "correlation_id": key,
                     "command": list(command), "kill_grace_ms": 1000,
                     "secrets": [list(s) for s in secrets], **plan},
            "stdout": str(where / f"{key}.out"), "stderr": str(where / f"{key}.err"),
            "stdin": None, "journal": str(where / f"{key}.journal")}


def event(where: Path, key: str) -> Message:
    """The final event the host appended to the journal of ``key``."""
    entries = parse((where / f"{key}.journal").read_bytes())
    told = [data for kind, data in entries if kind == b"E"]
    assert len(told) == 1, f"{key}: {len(told)} events in its journal"
    data: Message = json.loads(told[0])
    return data


def sh(script: str) -> tuple[str, str, str]:
    return ("sh", "-c", script)


def test_a_job_runs_with_its_files_and_event_and_every_peer_hears_of_it(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A job runs in a process of its own with its output in its files and its event written,
    every connected peer is told it started (with its pid) and then that it ended, and
    nothing of the host's own environment reaches the job (its plan's variables are all it
    gets)."""
    host = start_host(env={"HODEI_PROBE": "leaked", "HODEI_TIMEOUT": "1ms", "PLAIN_PROBE": "kept"})
    first, second = host.connect(), host.connect()
    assert first.hello["host"] == second.hello["host"] == host.pid
    first.send(run("j1", tmp_path, *sh("echo pid=$$; env; echo oops >&2; sleep 0.2; exit 3")))
    for peer in (first, second):
        peer.ended("j1")
        told = peer.about("j1")
        assert [next(iter(m)) for m in told] == ["started", "ended"]
        assert told[0]["pid"] != host.pid
    out = (tmp_path / "j1.out").read_text().splitlines()
    assert out[0] == f"pid={first.about('j1')[0]['pid']}"
    assert not [line for line in out if line.startswith(("HODEI_", "PLAIN_PROBE"))]
    assert (tmp_path / "j1.err").read_text() == "oops\n"
    ended = event(tmp_path, "j1")
    assert ended["job_id"] == "j1"
    assert ended["exit_code"] == 3
    assert ended["error_code"] == "ERR_1007"
    assert ended["stderr_tail"] == "oops\n"


def test_a_jobs_secret_is_masked_in_its_output_and_event_and_not_in_another_jobs(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A secret taken from the host's environment reaches its job and is masked in the job's
    output file and event file; a job without secrets printing the same text is unmasked."""
    value = "s3cr3t-hostproc-value"
    host = start_host(env={"HOST_TOKEN": value})
    peer = host.connect()
    script = f"echo token=$TOKEN; echo said={value} >&2; exit 1"
    peer.send(run("masked", tmp_path, *sh(script), secrets=(("TOKEN", "env", "HOST_TOKEN"),)),
              run("plain", tmp_path, *sh(f"echo token={value}; echo said={value} >&2; exit 1")))
    peer.ended("masked", "plain")
    assert (tmp_path / "masked.out").read_text() == "token=***\n"
    assert (tmp_path / "masked.err").read_text() == "said=***\n"
    assert value.encode() not in (tmp_path / "masked.journal").read_bytes()
    assert event(tmp_path, "masked")["stderr_tail"] == "said=***\n"
    assert (tmp_path / "plain.out").read_text() == f"token={value}\n"
    assert event(tmp_path, "plain")["stderr_tail"] == f"said={value}\n"


def test_a_run_refused_by_its_settings_ends_without_starting(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A run whose secret cannot be resolved is refused: it ends without ever being said to
    start, its command never runs, and its event names the secret."""
    host = start_host()
    peer = host.connect()
    touch = sh(f"touch {tmp_path / 'ran'}")
    peer.send(run("nosecret", tmp_path, *touch, secrets=(("TOKEN", "env", "NOT_SET_HERE"),)))
    peer.ended("nosecret")
    assert not [m for m in peer.messages if "started" in m]
    assert not (tmp_path / "ran").exists()
    secret = event(tmp_path, "nosecret")
    assert secret["error_code"] == "ERR_1011"
    assert secret["failure_reason"]["secret_name"] == "TOKEN"
    assert "NOT_SET_HERE" in secret["failure_reason"]["reason"]


def test_a_cancel_stops_the_jobs_whole_tree_and_an_unknown_key_is_said(
        start_host: Callable[..., HostProc], tmp_path: Path, marker: str) -> None:
    """A cancel ends its job as a SIGTERM would, stopping the background grandchild with it;
    a cancel of a key the host does not hold is answered ``unknown``."""
    host = start_host()
    peer = host.connect()
    ready = tmp_path / "ready"
    peer.send(run("tree", tmp_path, *sh(f"sleep {marker} & touch {ready}; sleep {marker}")))
    peer.until(lambda ms: any(m.get("started") == "tree" for m in ms), what="the job to start")
    wait_for(ready.exists, what="the grandchild to be started")
    wait_for(lambda: len(processes_with(marker)) == 2, what="the shell's two sleeps to run")
    peer.send({"cancel": "tree"}, {"cancel": "no-such-job"})
    peer.ended("tree")
    assert {"unknown": "no-such-job"} in peer.messages
    assert {"unknown": "tree"} not in peer.messages
    ended = event(tmp_path, "tree")
    assert ended["error_code"] == "ERR_1006"
    assert ended["failure_reason"]["signal"] == "SIGTERM"
    assert_none_left(marker)


def test_a_run_cancelled_in_the_same_write_never_starts(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A run and a cancel of its key arriving together: the job is never started (no
    ``started``, its command's side effect never happens) and its event says it was signalled."""
    host = start_host()
    peer = host.connect()
    peer.send(run("never", tmp_path, *sh(f"touch {tmp_path / 'ran'}")), {"cancel": "never"})
    peer.ended("never")
    assert peer.about("never") == [{"ended": "never"}]
    assert not (tmp_path / "ran").exists()
    ended = event(tmp_path, "never")
    assert ended["error_code"] == "ERR_1006"
    assert ended["failure_reason"]["signal"] == "SIGTERM"


def test_a_run_asked_twice_with_one_key_runs_once(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """The same key asked by two peers at once, and asked again while it runs, is one job:
    its command runs once, every ``started`` names the same pid, and it ends once."""
    host = start_host()
    first, second = host.connect(), host.connect()
    count = tmp_path / "count"
    job = run("once", tmp_path, *sh(f"echo run >> {count}; sleep 0.3"))
    first.send(job)
    second.send(job)
    pid = first.until(lambda ms: next((m["pid"] for m in ms if m.get("started") == "once"), None),
                      what="the job to start")
    again = dict(job, stdout=str(tmp_path / "again.out"), stderr=str(tmp_path / "again.err"))
    first.send(again)
    for peer in (first, second):
        peer.ended("once")
        told = peer.about("once")
        assert {m["pid"] for m in told if "started" in m} == {pid}
        assert [m for m in told if "ended" in m] == [{"ended": "once"}]
    assert count.read_text() == "run\n"
    assert not (tmp_path / "again.out").exists()
    assert event(tmp_path, "once")["event_type"] == "JobCompleted"


def test_a_list_answers_the_running_jobs_and_a_new_connection_learns_their_end(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """``list`` answers every job the host holds with its pid (none yet for one asked in the
    same write, which it answers for); a connection made after its first peer went away (a
    restarted daemon) lists the running job and is told when it ends."""
    host = start_host()
    first = host.connect()
    go = tmp_path / "go"
    first.send(run("long", tmp_path, *sh(f"while [ ! -e {go} ]; do sleep 0.02; done")))
    pid = first.until(lambda ms: next((m["pid"] for m in ms if m.get("started") == "long"), None),
                      what="the job to start")
    first.send({"list": True}, run("queued", tmp_path, "true"))
    listed = first.until(lambda ms: next((m["jobs"] for m in ms if "jobs" in m), None),
                         what="the list")
    assert listed["long"]["pid"] == pid
    assert listed["queued"] == {"pid": None, "at": None}
    first.ended("queued")
    first.close()
    second = host.connect()
    second.send({"list": True})
    listed = second.until(lambda ms: next((m["jobs"] for m in ms if "jobs" in m), None),
                          what="the list")
    assert set(listed) == {"long"}
    assert listed["long"]["pid"] == pid
    go.touch()
    second.ended("long")
    assert event(tmp_path, "long")["event_type"] == "JobCompleted"


def test_the_host_outlives_its_peer_and_ends_after_its_last_job(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """With its only peer gone, the host's jobs run to their ends and their events are
    written; the host exits by itself once the last has ended, its socket removed, having
    logged nothing."""
    host = start_host()
    peer = host.connect()
    peer.send(*(run(key, tmp_path, *sh(f"while [ ! -e {tmp_path / key}.go ]; do sleep 0.02; done; "
                                        f"echo {key}")) for key in ("a", "b")))
    peer.until(lambda ms: {"a", "b"} <= {m.get("started") for m in ms}, what="both jobs to start")
    peer.close()
    (tmp_path / "a.go").touch()
    wait_for(lambda: b"E" in [k for k, _ in parse((tmp_path / "a.journal").read_bytes())] if (tmp_path / "a.journal").exists() else False, what="the first job's event")
    assert host.proc.poll() is None
    (tmp_path / "b.go").touch()
    assert host.wait() == 0
    for key in ("a", "b"):
        assert event(tmp_path, key)["event_type"] == "JobCompleted"
        assert (tmp_path / f"{key}.out").read_text() == f"{key}\n"
    assert not Path(host.socket).exists()
    assert not host.log.exists()


def test_sigterm_stops_every_job_and_the_host_exits(
        start_host: Callable[..., HostProc], tmp_path: Path, marker: str) -> None:
    """SIGTERM to the host gives every job a termination (each event says SIGTERM, their trees
    stopped) and the host exits, with its peer still connected, leaving no process behind."""
    host = start_host()
    peer = host.connect()
    peer.send(run("t1", tmp_path, *sh(f"sleep {marker} & sleep {marker}")),
              run("t2", tmp_path, "sleep", marker))
    peer.until(lambda ms: {"t1", "t2"} <= {m.get("started") for m in ms}, what="both jobs to start")
    wait_for(lambda: len(processes_with(marker)) == 3, what="every job process to be running")
    host.proc.send_signal(signal.SIGTERM)
    peer.ended("t1", "t2")
    assert host.wait() == 0
    peer.until(lambda _: peer.closed, what="the host to close the connection")
    for key in ("t1", "t2"):
        assert event(tmp_path, key)["failure_reason"]["signal"] == "SIGTERM"
    assert_none_left(marker)
    assert not Path(host.socket).exists()


def test_a_socket_path_longer_than_sun_path_works(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A host whose directory makes its socket's path longer than ``sun_path`` (107 bytes)
    listens there, runs a job for a peer reaching it, and removes the socket when it ends."""
    deep = tmp_path.joinpath(*(["nested-directory-level"] * 6))
    deep.mkdir(parents=True, mode=0o700)
    host = start_host(deep)
    assert len(os.fsencode(host.socket)) > 107
    assert Path(host.socket).parent == deep
    peer = host.connect()
    assert peer.hello["host"] == host.pid
    peer.send(run("deep", tmp_path, "true"))
    peer.ended("deep")
    assert event(tmp_path, "deep")["event_type"] == "JobCompleted"
    peer.close()
    host.wait()
    assert not Path(host.socket).exists()


_OTHER_USER = textwrap.dedent('''
    import os, socket, sys
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    try:
        sock.connect(sys.argv[1])
    except PermissionError:
        print("refused")
        sys.exit(0)
    try:
        data = sock.recv(4096)
    except ConnectionResetError:
        data = b""
    print("closed" if not data else "hello " + data.decode())
''')


@pytest.fixture
def open_directory() -> Iterator[Path]:
    """A world-searchable directory whose every ancestor is too (tmp_path's is not)."""
    if os.geteuid() != 0:
        pytest.skip("needs root to act as another user")
    path = Path(tempfile.mkdtemp(prefix="hodei-hostproc-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_a_peer_of_another_user_is_refused(
        start_host: Callable[..., HostProc], open_directory: Path) -> None:
    """A process of another user reaching the socket is refused: by the socket's mode (0600),
    and, when the mode lets it connect, by the host's check of its credentials, which closes
    the connection without a hello; the host goes on serving its own user."""
    host = start_host(open_directory)
    assert Path(host.socket).stat().st_mode & 0o777 == 0o600

    def as_nobody() -> str:
        done = subprocess.run([PY, "-c", _OTHER_USER, host.socket], capture_output=True,
                              env=clean_env(), timeout=30, check=False)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout.decode().strip()

    assert as_nobody() == "refused"
    Path(host.socket).chmod(0o666)
    assert as_nobody() == "closed"
    assert host.connect().hello["host"] == host.pid


def test_the_log_is_made_only_when_a_journal_cannot_be_written(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A host whose events are all written leaves no log; one whose job's journal has no
    directory any more at the end logs the failure."""
    quiet = start_host()
    peer = quiet.connect()
    peer.send(run("fine", tmp_path, "true"))
    peer.ended("fine")
    peer.close()
    quiet.wait()
    assert not quiet.log.exists()

    gone = tmp_path / "gone"
    gone.mkdir()
    noisy = start_host()
    peer = noisy.connect()
    message = run("lost", tmp_path, *sh(f"rm -r {gone}"))
    message["journal"] = str(gone / "lost.journal")
    peer.send(message)
    peer.ended("lost")
    peer.close()
    noisy.wait()
    assert not gone.exists()
    log = noisy.log.read_text()
    assert "host.report_failed" in log
    assert "No such file or directory" in log


def test_a_request_the_host_cannot_use_ends_that_run_and_not_the_host(
        start_host: Callable[..., HostProc], tmp_path: Path) -> None:
    """A run whose output file cannot be opened, or whose fields are missing, ends at once as
    the supervisor's failure (ERR_1008) without starting, one whose plan cannot be read ends at
    once without an event, a line that is not JSON is skipped, and the host goes on to run the
    next job."""
    host = start_host()
    peer = host.connect()
    unusable = run("nowhere", tmp_path, "touch", str(tmp_path / "ran"))
    unusable["stdout"] = str(tmp_path / "missing" / "out")
    peer.sock.sendall(b"this is not json\n")
    garbled = run("garbled", tmp_path, "touch", str(tmp_path / "ran"))
    garbled["plan"]["command"] = 5
    peer.send(unusable, garbled, run("after", tmp_path, *sh("echo fine")))
    peer.ended("nowhere", "garbled", "after")
    assert [next(iter(m)) for m in peer.about("garbled")] == ["ended"]
    assert [kind for kind, _ in parse((tmp_path / "garbled.journal").read_bytes())] == [b"G"]  # claimed, no event
    assert [next(iter(m)) for m in peer.about("nowhere")] == ["ended"]
    assert event(tmp_path, "nowhere")["error_code"] == "ERR_1008"
    assert "missing" in event(tmp_path, "nowhere")["failure_reason"]["message"]
    assert not (tmp_path / "ran").exists()
    assert event(tmp_path, "after")["exit_code"] == 0
    assert (tmp_path / "after.out").read_text() == "fine\n"
