"""The spawn itself: the job joins its cgroups before it executes, from a single-threaded
supervisor (by fork) and from a threaded one (by the exec trampoline), and the OS's refusals
come back with their precise errno and path every way (those two, and plain without cgroups)."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from conftest import PROBES, wait_for

from hodei_worker.classify import SpawnStage
from hodei_worker.supervise import JobCgroup, Limits
from hodei_worker.supervise._cgroup import CgroupUnavailableError
from hodei_worker.supervise._spawn import SpawnSetupError, _single_threaded, spawn, spawn_failure
from hodei_worker.supervise._spawner import Spawner

_SPAWNER: list[Spawner] = []
"""The spawner the current test spawns through (the "spawner" way), if any."""


def _job_cgroup() -> JobCgroup:
    """A new job cgroup, or the test skipped where this host has no writable one."""
    try:
        return JobCgroup.create(f"hodei-test-{uuid.uuid4().hex[:8]}", Limits())
    except CgroupUnavailableError as exc:
        pytest.skip(f"needs a writable cgroup below this process's own: {exc}")


@contextlib.contextmanager
def _serving(spawner: Spawner) -> Iterator[Spawner]:
    """``spawner`` is the one this test's spawns go through; ended and reaped afterwards."""
    _SPAWNER.append(spawner)
    try:
        yield spawner
    finally:
        _SPAWNER.clear()
        pid = spawner.pid
        spawner.close()
        if pid is not None:
            os.waitpid(pid, 0)  # our child: it ends once its socket is closed


@pytest.fixture(params=["plain", "fork", "trampoline", "spawner"])
def way(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """The cgroup.procs files to spawn into, for each way of spawning: none (plain), a job
    cgroup from a single-threaded process (fork), or from one with a second thread alive
    (exec trampoline), or through a spawner (a supervisor host's); checks that the process
    really is in that state."""
    if request.param == "plain":
        yield []
        return
    job = _job_cgroup()
    try:
        if request.param == "spawner":
            with _serving(Spawner()) as spawner:
                yield job.procs_files()
                assert spawner.usable  # never given up for a fork
            return
        if request.param == "fork":
            if not _single_threaded():
                pytest.skip("needs a single-threaded test process (a plugin started a thread)")
            yield job.procs_files()
            return
        before = _threads()
        release = threading.Event()
        thread = threading.Thread(target=release.wait, name="second-thread")
        thread.start()
        try:
            assert not _single_threaded()
            yield job.procs_files()
        finally:
            release.set()
            thread.join()
            # The kernel lists a joined thread for a moment more; the next test may need one
            # thread fewer (other tests' threads, such as gRPC's, may live on: not ours to wait).
            wait_for(lambda: _threads() <= before, timeout=5, what="the second thread to be gone")
    finally:
        job.remove()


def _threads() -> int:
    """How many threads the kernel lists for this process."""
    return len(os.listdir("/proc/self/task"))


@dataclass
class Ran:
    pid: int
    stdout: bytes
    stderr: bytes
    status: int


def _run(argv: Sequence[str], *, env: Mapping[str, str] | None = None, workdir: str | None = None,
         procs: Sequence[str] = (), keep: Sequence[int] = ()) -> Ran:
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    try:
        pid = spawn(argv, dict(os.environ) if env is None else env, workdir, out_w, err_w, procs,
                    keep, spawner=_SPAWNER[0] if _SPAWNER else None)
    except BaseException:
        for fd in (out_r, err_r):
            os.close(fd)
        raise
    finally:
        for fd in (out_w, err_w):
            os.close(fd)
    with os.fdopen(out_r, "rb") as out, os.fdopen(err_r, "rb") as err:
        stdout, stderr = out.read(), err.read()
    _pid, status = os.waitpid(pid, 0)
    return Ran(pid, stdout, stderr, os.waitstatus_to_exitcode(status))


def _no_children() -> list[int]:
    spawners = {s.pid for s in _SPAWNER}
    return [c.pid for c in psutil.Process().children() if c.pid not in spawners]


def test_job_runs_with_its_output_status_and_process_group(way: list[str]) -> None:
    """The job gets the given stdout and stderr, exits with its own status and leads a process
    group of its own."""
    r = _run(["sh", "-c", 'echo out; echo err >&2; [ "$(ps -o pgid= $$)" -eq $$ ] && exit 3'],
             procs=way)
    assert (r.stdout, r.stderr, r.status) == (b"out\n", b"err\n", 3)


def test_kept_descriptors_reach_the_job_and_no_other(tmp_path: Path, way: list[str]) -> None:
    """Descriptors named to keep reach the job at their numbers, written through; every other
    descriptor of the spawning process (inheritable or not) is closed in the job."""
    target = tmp_path / "kept"
    kept = os.open(target, os.O_WRONLY | os.O_CREAT)
    stray = os.open(os.devnull, os.O_RDONLY)
    os.set_inheritable(kept, True)
    os.set_inheritable(stray, True)  # inheritable but not asked for: still closed
    try:
        r = _run([sys.executable, str(PROBES / "write_to_fds.py"), f"{kept}=through"],
                 procs=way, keep=[kept])
    finally:
        os.close(kept)
        os.close(stray)
    assert r.status == 0, r.stderr
    assert target.read_bytes() == b"through"
    assert r.stdout == f"{[0, 1, 2, kept]}\n".encode()


def _refusal(tmp_path: Path, case: str) -> tuple[list[str], dict[str, str], str | None]:
    """A command the OS refuses in the way ``case`` names, with its environment and workdir."""
    env = dict(os.environ)
    script = tmp_path / "job.sh"
    if case == "not-found":
        return [str(tmp_path / "missing")], env, None
    if case == "not-on-path":
        return ["no-such-program-anywhere"], {**env, "PATH": str(tmp_path)}, None
    if case == "not-executable":
        script.write_text("#!/bin/sh\ntrue\n")
        return [str(script)], env, None
    if case == "bad-format":
        script.write_bytes(b"\x7fELF but not really an executable\n")
        script.chmod(0o755)
        return [str(script)], env, None
    if case == "interpreter-missing":
        script.write_text("#!/no/such/interpreter\ntrue\n")
        script.chmod(0o755)
        return [str(script)], env, None
    if case == "no-workdir":
        return ["true"], env, str(tmp_path / "gone")
    assert case == "too-big"
    return ["true"], {**env, "BIG": "x" * 200_000}, None


@pytest.mark.parametrize(("case", "number", "stage"), [
    ("not-found", errno.ENOENT, SpawnStage.EXEC),
    ("not-on-path", errno.ENOENT, SpawnStage.EXEC),
    ("not-executable", errno.EACCES, SpawnStage.EXEC),
    ("bad-format", errno.ENOEXEC, SpawnStage.EXEC),
    ("interpreter-missing", errno.ENOENT, SpawnStage.EXEC),
    ("no-workdir", errno.ENOENT, SpawnStage.CHDIR),
    ("too-big", errno.E2BIG, SpawnStage.EXEC),
])
def test_refusals_keep_their_errno_and_path(tmp_path: Path, way: list[str], case: str,
                                            number: int, stage: SpawnStage) -> None:
    """Each refusal is an OSError with the exec's own errno and the program (or the working
    directory) as filename, as subprocess reports it, and the failed child is reaped."""
    argv, env, workdir = _refusal(tmp_path, case)
    with pytest.raises(OSError, match=os.strerror(number)) as caught:
        _run(argv, env=env, workdir=workdir, procs=way)
    assert caught.value.errno == number
    assert caught.value.filename == (workdir if stage is SpawnStage.CHDIR else argv[0])
    failure = spawn_failure(caught.value, argv, env, workdir)
    assert failure.stage is stage
    if case == "interpreter-missing":
        assert failure.interpreter == "/no/such/interpreter"
    assert _no_children() == []


@pytest.mark.parametrize("threads", [1, 2])
def test_cgroup_join_failure_is_the_supervisors(threads: int) -> None:
    """A cgroup the child cannot join is a SpawnSetupError (the supervisor's failure, never the
    job's refusal), nothing is executed and the child is reaped; by fork (one thread) and by
    the trampoline (two)."""
    if threads == 1 and not _single_threaded():
        pytest.skip("needs a single-threaded test process (an earlier test left a thread)")
    threads_before = _threads()
    release = threading.Event()
    helpers = [threading.Thread(target=release.wait) for _ in range(threads - 1)]
    for thread in helpers:
        thread.start()
    try:
        with pytest.raises(SpawnSetupError, match="cgroup"):
            _run(["sh", "-c", "echo ran"], procs=["/nonexistent/hodei/cgroup.procs"])
    finally:
        release.set()
        for thread in helpers:
            thread.join()
    wait_for(lambda: _threads() <= threads_before, timeout=5,
             what="the helper threads to be gone")
    assert _no_children() == []


def test_job_gets_default_signal_dispositions(way: list[str]) -> None:
    """What the supervisor handles (SIGTERM, SIGUSR1) and SIGPIPE are at their defaults in the
    job; what it ignores (SIGHUP) stays ignored, as with subprocess."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGUSR1, signal.SIGHUP)}
    signal.signal(signal.SIGTERM, lambda *_: None)
    signal.signal(signal.SIGUSR1, lambda *_: None)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        r = _run(["sh", "-c", "grep -E '^Sig(Cgt|Ign)' /proc/self/status"], procs=way)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    masks = {line.split(":")[0]: int(line.split()[1], 16) for line in r.stdout.decode().splitlines()}

    def has(mask: str, sig: int) -> bool:
        return bool(masks[mask] >> (sig - 1) & 1)

    assert not has("SigIgn", signal.SIGTERM)
    assert not has("SigIgn", signal.SIGUSR1)
    assert not has("SigIgn", signal.SIGPIPE)
    assert has("SigIgn", signal.SIGHUP)


def _cgroup_lines(text: bytes) -> dict[str, str]:
    lines = (line.split(":", 2) for line in text.decode().splitlines())
    return {controllers: path for _id, controllers, path in lines}


@pytest.mark.usefixtures("memory_cgroup")
@pytest.mark.parametrize("threads", [1, 2])
def test_job_is_in_its_cgroups_from_its_first_instruction(threads: int) -> None:
    """The program reads its own /proc/self/cgroup first thing and is already in the job's
    memory and membership cgroups, while the supervisor stayed where it was; from a
    single-threaded process (fork) and from a threaded one (trampoline)."""
    before = Path("/proc/self/cgroup").read_text()
    job = JobCgroup.create(f"hodei-test-{uuid.uuid4().hex[:8]}", Limits())
    if threads == 1 and not _single_threaded():
        pytest.skip("needs a single-threaded test process (an earlier test left a thread)")
    threads_before = _threads()
    release = threading.Event()
    helpers = [threading.Thread(target=release.wait) for _ in range(threads - 1)]
    for thread in helpers:
        thread.start()
    try:
        assert _single_threaded() == (threads == 1)
        r = _run(["cat", "/proc/self/cgroup"], procs=job.procs_files())
    finally:
        release.set()
        for thread in helpers:
            thread.join()
        job.remove()
    wait_for(lambda: _threads() <= threads_before, timeout=5,
             what="the helper threads to be gone")
    seen = _cgroup_lines(r.stdout)
    for role, path in job.dirs.items():
        key = "" if job.versions[role] == 2 else next(k for k in seen if "memory" in k.split(","))
        assert seen[key].endswith("/" + path.name), role
    assert Path("/proc/self/cgroup").read_text() == before


@pytest.mark.usefixtures("memory_cgroup")
def test_concurrent_spawns_from_threads_land_each_in_their_own_cgroups() -> None:
    """Eight threads spawning at once into eight job cgroups: every job is in its own, none in
    another's, and the supervisor's process is in none of them."""
    before = Path("/proc/self/cgroup").read_text()
    jobs = [JobCgroup.create(f"hodei-test-{uuid.uuid4().hex[:8]}", Limits()) for _ in range(8)]
    results: dict[int, Ran | BaseException] = {}
    start = threading.Barrier(len(jobs))

    def one(index: int) -> None:
        start.wait()
        try:
            results[index] = _run(["cat", "/proc/self/cgroup"], procs=jobs[index].procs_files())
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            results[index] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(jobs))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for job in jobs:
            job.remove()
    for index, job in enumerate(jobs):
        ran = results[index]
        assert isinstance(ran, Ran), ran
        membership = _cgroup_lines(ran.stdout)["" if job.versions["membership"] == 2 else "memory"]
        assert membership.endswith("/" + job.dirs["membership"].name)
    assert Path("/proc/self/cgroup").read_text() == before


def test_spawn_steps_hand_back_the_wait_for_the_childs_report(way: list[str]) -> None:
    """spawn_steps yields a wait on the child's report pipe while the child joins its cgroups
    and executes (so whoever drives it may do other work), then returns the pid of a process
    that runs the job in those cgroups; with no cgroups it returns at once."""
    from hodei_worker.supervise._spawn import spawn_steps
    from hodei_worker.supervise._wait import wait_readable

    out_r, out_w = os.pipe()
    steps = spawn_steps(["sh", "-c", "cat /proc/self/cgroup"], dict(os.environ), None, out_w, 2, way)
    waits = 0
    try:
        while True:
            until, fd = next(steps)
            assert until is None
            assert fd is not None
            waits += 1
            wait_readable(fd, None)
    except StopIteration as done:
        pid = done.value
    finally:
        os.close(out_w)
    with os.fdopen(out_r, "rb") as out:
        membership = out.read().decode()
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert (waits >= 1) == bool(way)
    for procs in way:
        name = os.path.basename(os.path.dirname(procs))
        assert name in membership


def test_path_search_runs_the_first_usable_program(tmp_path: Path, way: list[str]) -> None:
    """A program late on the job's PATH runs past missing directories and an earlier
    same-named file that cannot be executed, and a relative directory is searched from the
    job's working directory, as execvpe's search in order would."""
    unusable, usable, work = tmp_path / "unusable", tmp_path / "usable", tmp_path / "work"
    for d in (unusable, usable, work / "rel"):
        d.mkdir(parents=True)
    (unusable / "prog").write_text("#!/bin/sh\necho wrong\n")  # not executable: skipped
    for where, word in ((usable, "usable"), (work / "rel", "relative")):
        (where / "prog").write_text(f"#!/bin/sh\necho {word}\n")
        (where / "prog").chmod(0o755)
    missing = [str(tmp_path / f"missing{i}") for i in range(3)]
    env = {"PATH": os.pathsep.join([*missing, str(unusable), str(usable)])}
    assert _run(["prog"], env=env, procs=way).stdout == b"usable\n"
    env = {"PATH": os.pathsep.join([missing[0], "rel", str(usable)])}
    assert _run(["prog"], env=env, workdir=str(work), procs=way).stdout == b"relative\n"


def test_a_spawners_job_is_the_spawning_process_child_in_its_cgroups(tmp_path: Path) -> None:
    """Through a spawner, the job is a child of the process that asked (which reaps it), in
    its own process group and in the job's cgroup from its start; a spawner that died is
    replaced for the next job."""
    job = _job_cgroup()
    try:
        with _serving(Spawner()) as spawner:
            script = 'echo "$PPID $(ps -o pgid= $$) $$"; cat /proc/self/cgroup'
            served: list[int] = []
            for _ in range(2):
                r = _run(["sh", "-c", script], procs=job.procs_files())
                ppid, pgid, pid = r.stdout.split(b"\n")[0].split()
                assert (int(ppid), int(pgid), int(pid)) == (os.getpid(), r.pid, r.pid)
                assert job.name.encode() in r.stdout
                assert spawner.pid is not None
                served.append(spawner.pid)
                if len(served) == 1:  # killed: the next job needs another
                    os.kill(served[0], signal.SIGKILL)
                    os.waitpid(served[0], 0)
            assert served[0] != served[1]
            assert spawner.usable
    finally:
        job.remove()


def test_a_spawner_ends_with_the_process_it_serves(tmp_path: Path) -> None:
    """A spawner whose supervisor is killed (SIGKILL: nothing closes its socket) ends too."""
    _job_cgroup().remove()
    with subprocess.Popen([sys.executable, str(PROBES / "spawner_then_wait.py")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line, "the supervisor did not start its job"
        spawner = psutil.Process(int(line))
        assert "serve" in spawner.cmdline()
        proc.kill()
        proc.wait()
        wait_for(lambda: not spawner.is_running() or spawner.status() == psutil.STATUS_ZOMBIE,
                 what="the spawner to end with its supervisor")


def test_the_job_gets_sigint_at_its_default(way: list[str]) -> None:
    """Whatever starts it (a spawner ignores SIGINT itself), the job begins with SIGINT at
    its default disposition, so an interrupt reaches it as it would any process."""
    r = _run([sys.executable, "-c", "import signal; print(signal.getsignal(signal.SIGINT))"],
             procs=way)
    assert r.status == 0, r.stderr
    assert b"default_int_handler" in r.stdout


@pytest.mark.parametrize("through", ["spawner", "fork"])
def test_a_supervisor_with_stdio_closed_still_hears_of_exec_failures(tmp_path: Path,
                                                                     through: str) -> None:
    """A supervisor whose fds 1 and 2 are closed still learns that a program cannot be
    executed, through a spawner or by fork (the report pipe never lands on a job's stdio
    number), and a job still gets the stdout it is given."""
    _job_cgroup().remove()
    result, out = tmp_path / "result", tmp_path / "out"
    subprocess.run([sys.executable, str(PROBES / "spawn_with_stdio_closed.py"), str(result),
                    str(out), through], check=True, timeout=60)
    assert result.read_text() == repr([errno.ENOENT, True])
    assert out.read_bytes() == b"reached\n"
