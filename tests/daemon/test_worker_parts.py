"""The worker daemon's parts on their own: admission, a job's hodei-run command line, job
directories, sd_notify on a real datagram socket, and configuration refused with exit status
78. (The supervisor host has tests of its own: tests/host/.)"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import clean_env

from hodei_worker._generated import jobs_pb2
from hodei_worker.daemon import _admit
from hodei_worker.daemon._jobdir import JobDir, Spares
from hodei_worker.daemon._notify import Notifier
from hodei_worker.host import append_event
from hodei_worker.run import plan_from_dict, plan_from_spec, plan_to_dict

HODEI_WORKER = Path(sys.executable).with_name("hodei-worker")
IDLE = _admit.Load(draining=False, running=0, max_jobs=4, held=frozenset())


def _spec(**fields: object) -> jobs_pb2.JobSpec:
    base: dict[str, object] = {"job_id": "j-1", "argv": jobs_pb2.Argv(args=["true"])}
    base.update(fields)
    return jobs_pb2.JobSpec(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("spec", "load", "code", "names"), [
    (_spec(job_id=""), IDLE, "ERR_1009", "job_id"),
    (jobs_pb2.JobSpec(job_id="j"), IDLE, "ERR_1009", "command"),
    (_spec(argv=jobs_pb2.Argv(args=[])), IDLE, "ERR_1009", "command.argv"),
    (_spec(argv=jobs_pb2.Argv(args=["a\0b"])), IDLE, "ERR_1009", "command.argv"),
    (_spec(argv=None, shell_script="   "), IDLE, "ERR_1009", "command.shell_script"),
    (_spec(env={"1BAD": "x"}), IDLE, "ERR_1009", "env.1BAD"),
    (_spec(env={"OK": "a\0"}), IDLE, "ERR_1009", "env.OK"),
    (_spec(secrets=[jobs_pb2.SecretRef(name="TOKEN")]), IDLE, "ERR_1009", "secrets[0]"),
    (_spec(secrets=[jobs_pb2.SecretRef(name="no-dash", env="X")]), IDLE, "ERR_1009", "secrets[0].name"),
    (_spec(requirements=jobs_pb2.Requirements(memory_bytes=1024)), IDLE, "ERR_1009",
     "requirements.memory_bytes"),
    (_spec(), _admit.Load(True, 0, 4, frozenset()), "ERR_2001", "draining"),
    (_spec(), _admit.Load(False, 4, 4, frozenset()), "ERR_2001", "full"),
])
def test_admission_refuses_with_code_naming_the_field(spec: jobs_pb2.JobSpec, load: _admit.Load,
                                                      code: str, names: str) -> None:
    """Each refusal carries the platform code the control plane expects and names the field."""
    refusal = _admit.admit(spec, load)
    assert refusal is not None
    assert refusal.code == code
    assert names in refusal.reason


def test_admission_takes_a_sound_job() -> None:
    """A well-formed job on a worker with room is taken."""
    spec = _spec(env={"LANG": "C"}, secrets=[jobs_pb2.SecretRef(name="TOKEN", file="/run/t")])
    assert _admit.admit(spec, IDLE) is None


def test_a_jobs_plan_carries_every_setting() -> None:
    """A job's plan carries the job's ids, limits, variables (and the job's marker) and secrets
    by reference, and its command; its JSON form reads back as the same plan."""
    spec = _spec(correlation_id="c-9", env={"B": "2", "A": "1"},
                 timeout={"seconds": 90}, requirements=jobs_pb2.Requirements(memory_bytes=64 << 20, pids=50),
                 secrets=[jobs_pb2.SecretRef(name="TOKEN", env="CI_TOKEN")],
                 argv=jobs_pb2.Argv(args=["make", "-j2"]))
    plan = plan_from_spec(spec, "w-1", "/s/work", 10_000)
    assert (plan.job_id, plan.worker_id, plan.correlation_id) == ("j-1", "w-1", "c-9")
    assert (plan.timeout_ms, plan.kill_grace_ms, plan.memory, plan.pids) == (90_000, 10_000, 64 << 20, 50)
    assert plan.workdir == "/s/work"
    assert [(s.name, s.scheme, s.where) for s in plan.secrets] == [("TOKEN", "env", "CI_TOKEN")]
    assert plan.env == {"A": "1", "B": "2", "HODEI_WORKER_JOB": "j-1#1"}
    assert plan.command == ("make", "-j2")
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(plan)))) == plan


def test_a_jobs_script_runs_with_the_shell() -> None:
    """A shell script becomes ``/bin/sh -c SCRIPT``, one word."""
    plan = plan_from_spec(_spec(argv=None, shell_script="echo $HOME | wc -c"), "w", "/w", 1)
    assert plan.command == ("/bin/sh", "-c", "echo $HOME | wc -c")


def test_a_plan_of_the_wrong_shape_is_refused_whole() -> None:
    """A plan whose fields have the wrong types is refused when read, not run half-read."""
    good = plan_to_dict(plan_from_spec(_spec(), "w", "/w", 1))
    for field, value in (("command", 5), ("timeout_ms", "soon"), ("env", ["A=1"]), ("cpus", True)):
        with pytest.raises((TypeError, ValueError)):
            plan_from_dict({**good, field: value})


@pytest.mark.parametrize("job_id", ["plain", "../../etc", "a/b", "", "x" * 300, "ünï cödé"])
def test_job_directories_stay_inside_the_root_and_are_distinct(tmp_path: Path, job_id: str) -> None:
    """Any job id makes one directory directly under the root, never outside it."""
    made = JobDir.create(tmp_path, job_id, b"spec")
    other = JobDir.create(tmp_path, job_id + "-other", b"spec")
    assert made.path.parent == tmp_path
    assert made.path != other.path
    assert made.spec() == b"spec"
    assert {d.path for d in JobDir.all(tmp_path)} == {made.path, other.path}


def test_a_job_run_again_gets_a_directory_of_its_own(tmp_path: Path) -> None:
    """A second run of one job id never shares the first run's directory (whose files its
    unsent log chunks still read): each run writes its own output files."""
    first = JobDir.create(tmp_path, "again", b"spec-1")
    first.stdout.write_bytes(b"first run\n")
    first.mark_reported()
    second = JobDir.create(tmp_path, "again", b"spec-2")
    assert second.path != first.path
    assert not second.stdout.exists()
    assert first.stdout.read_bytes() == b"first run\n"
    assert (first.spec(), second.spec()) == (b"spec-1", b"spec-2")


def test_job_directory_records_progress_and_is_removed(tmp_path: Path) -> None:
    """A job directory keeps its host, cancel request and offsets, and goes once reported."""
    job = JobDir.create(tmp_path, "j", b"s")
    job.mark_spawning({"pid": 123, "start_time": 456, "socket": "/s"})
    job.request_cancel("stop it")
    job.save_offsets({"stdout": 10})
    again = next(JobDir.all(tmp_path))
    assert again.host() == {"pid": 123, "start_time": 456, "socket": "/s"}
    assert again.cancel() == {"reason": "stop it"}
    assert again.offsets() == {"stdout": 10}
    assert not again.reported
    again.mark_reported()
    assert again.reported
    again.remove()
    assert list(JobDir.all(tmp_path)) == []


def test_a_removed_job_directory_is_gone_whole(tmp_path: Path) -> None:
    """Removing a job's directory removes all of it: the files every job has, and whatever
    else is there (its work directory with files in it, a file of another name)."""
    plain = JobDir.create(tmp_path, "plain", b"s", workdir=False)
    for name in ("stdout", "stderr", "stdin", "offsets.json"):
        (plain.path / name).write_bytes(b"x")
    more = JobDir.create(tmp_path, "more", b"s")
    (more.work / "left.txt").write_bytes(b"x")
    (more.path / "other").write_bytes(b"x")
    for job in (plain, more):
        job.remove()
        assert not job.path.exists()
    assert list(tmp_path.iterdir()) == []


def test_job_directory_names_the_host_it_was_last_handed_to(tmp_path: Path) -> None:
    """A job's record names the host it was handed to, the latest hand-over winning (a job a
    restarted daemon hands to its own host); a mark of an older daemon names none."""
    job = JobDir.create(tmp_path, "j", b"s")
    assert job.host() is None
    job.mark_spawning()
    assert job.host() is None
    assert job.spawning
    job.mark_spawning({"pid": 10, "start_time": 20, "socket": "/s/10.sock"})
    job.mark_spawning({"pid": 11, "start_time": 21, "socket": "/s/11.sock"})
    assert next(JobDir.all(tmp_path)).host() == {"pid": 11, "start_time": 21, "socket": "/s/11.sock"}


def test_a_record_cut_short_by_a_crash_is_ignored(tmp_path: Path) -> None:
    """A job record torn mid-write (a crash before its fsync returned) counts as never
    written: a torn mark leaves the job as it was, a torn spec leaves no job at all."""
    torn_mark = JobDir.create(tmp_path, "marked", b"spec")
    with open(torn_mark.path / "job", "ab") as fh:
        fh.write(b"P\x00\x00")  # the start of a spawning mark's header
    torn_spec = JobDir.create(tmp_path, "half", b"a spec of some length")
    data = (torn_spec.path / "job").read_bytes()
    (torn_spec.path / "job").write_bytes(data[:-3])
    found = list(JobDir.all(tmp_path))
    assert [d.path for d in found] == [torn_mark.path]
    assert found[0].spec() == b"spec"
    assert not found[0].spawning
    assert not torn_spec.path.exists()


def test_a_job_directory_without_a_work_directory_when_the_spec_names_one(tmp_path: Path) -> None:
    """A job whose spec names its working directory gets no ``work/`` of its own."""
    assert not JobDir.create(tmp_path, "elsewhere", b"s", workdir=False).work.exists()
    assert JobDir.create(tmp_path, "here", b"s").work.is_dir()


def _spares(tmp_path: Path, limit: int = 8) -> tuple[Path, Spares]:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    return jobs, Spares(tmp_path / "spare", limit)


def _finished(jobs: Path, job_id: str) -> JobDir:
    """A job that ran, wrote output, left files in its work directory, ended and was reported."""
    job = JobDir.create(jobs, job_id, b"spec of " + job_id.encode())
    job.stdout.write_bytes(b"out of " + job_id.encode() * 100)
    job.stderr.write_bytes(b"err of " + job_id.encode())
    job.save_offsets({"stdout": 7})
    (job.work / "made.txt").write_bytes(b"x")
    (job.work / "sub").mkdir()
    (job.work / "sub" / "deeper").write_bytes(b"y")
    append_event(job.journal, {"exit_code": 3, "job_id": job_id})
    job.mark_reported()
    job.remove_work()
    return job


def test_a_retired_job_directory_is_emptied_and_taken_by_the_next_job(tmp_path: Path) -> None:
    """A finished job's directory becomes a spare that the next job takes whole: same
    directory, under the new job's name, with nothing of the earlier job in it (no output,
    record, event, offsets or work files)."""
    jobs, spares = _spares(tmp_path)
    old = _finished(jobs, "first")
    inode = old.path.stat().st_ino
    old.retire(spares)
    assert not old.path.exists()
    assert len(spares) == 1
    assert list(JobDir.all(jobs)) == []  # a spare is no job
    new = JobDir.create(jobs, "second", b"spec of second", spares=spares)
    assert new.path.stat().st_ino == inode
    assert new.path.name.startswith("second-")
    assert len(spares) == 0
    assert sorted(p.name for p in new.path.iterdir()) == ["job", "stderr", "stdout", "work"]
    assert (new.stdout.read_bytes(), new.stderr.read_bytes()) == (b"", b"")
    assert list(new.work.iterdir()) == []
    assert new.ending() == (None, None)
    assert new.offsets() == {}
    assert not new.reported
    assert [(d.path, d.spec()) for d in JobDir.all(jobs)] == [(new.path, b"spec of second")]


def test_a_job_whose_spec_names_its_workdir_takes_a_spare_without_work(tmp_path: Path) -> None:
    """A spare taken by a job whose spec names its working directory loses its ``work/``."""
    jobs, spares = _spares(tmp_path)
    _finished(jobs, "first").retire(spares)
    new = JobDir.create(jobs, "elsewhere", b"s", workdir=False, spares=spares)
    assert len(spares) == 0
    assert not new.work.exists()


def test_spares_are_kept_up_to_their_limit_and_odd_directories_removed(tmp_path: Path) -> None:
    """Directories past the spares' limit, and one holding a file no job directory has, are
    removed instead of kept."""
    jobs, spares = _spares(tmp_path, limit=2)
    for name in ("a", "b", "c"):
        _finished(jobs, name).retire(spares)
    odd = _finished(jobs, "odd")
    (odd.path / "unexpected").write_bytes(b"?")
    small = Spares(tmp_path / "other-spare", limit=5)
    odd.retire(small)
    assert len(spares) == 2
    assert len(small) == 0
    assert list(jobs.iterdir()) == []
    assert len(list((tmp_path / "spare").iterdir())) == 2


def test_spares_found_at_start_are_kept_only_when_exactly_empty(tmp_path: Path) -> None:
    """At start, a spare left by an earlier run is kept only when exactly empty: one with
    output in it (a crash caught it half-way) or with a link where a file belongs is removed
    and never handed to a job; then new spares are made up to the number asked for."""
    jobs, spares = _spares(tmp_path)
    _finished(jobs, "first").retire(spares)
    [good] = (tmp_path / "spare").iterdir()
    torn = tmp_path / "spare" / "torn"
    shutil.copytree(good, torn)
    (torn / "stdout").write_bytes(b"output of an earlier job")
    linked = tmp_path / "spare" / "linked"
    shutil.copytree(good, linked)
    (linked / "stderr").unlink()
    (linked / "stderr").symlink_to(tmp_path / "elsewhere")
    again = Spares(tmp_path / "spare")
    again.prepare(ready=3)
    assert len(again) == 3
    assert (good.exists(), torn.exists(), linked.exists()) == (True, False, False)
    for name in ("a", "b", "c"):
        job = JobDir.create(jobs, name, b"s", spares=again)
        assert job.stdout.read_bytes() == b""
    assert len(again) == 0
    assert list((tmp_path / "spare").iterdir()) == []


def test_spares_found_at_start_past_the_limit_are_removed(tmp_path: Path) -> None:
    """Spares found at start beyond the limit are removed, not left on disk unused."""
    jobs, spares = _spares(tmp_path, limit=4)
    for name in ("a", "b", "c"):
        _finished(jobs, name).retire(spares)
    smaller = Spares(tmp_path / "spare", limit=2)
    smaller.prepare(ready=0)
    assert len(smaller) == 2
    assert len(list((tmp_path / "spare").iterdir())) == 2


def test_a_job_directory_with_links_in_it_is_removed_not_followed(tmp_path: Path) -> None:
    """A finished job's directory where a link stands for its output file is removed, not
    kept as a spare, and the file the link names is left as it was."""
    jobs, spares = _spares(tmp_path)
    precious = tmp_path / "precious"
    precious.write_bytes(b"keep me")
    job = _finished(jobs, "linker")
    job.stdout.unlink()
    job.stdout.symlink_to(precious)
    job.retire(spares)
    assert len(spares) == 0
    assert not job.path.exists()
    assert precious.read_bytes() == b"keep me"


def test_a_directory_caught_half_emptied_is_no_job(tmp_path: Path) -> None:
    """A directory whose journal was emptied (the first step of becoming a spare) but that a
    crash left under ``jobs/`` is not a job: the next listing removes it."""
    jobs, _spares_ = _spares(tmp_path)
    job = _finished(jobs, "half")
    os.truncate(job.journal, 0)
    assert list(JobDir.all(jobs)) == []
    assert not job.path.exists()


def test_the_event_is_read_from_the_journal_and_a_torn_one_is_none(tmp_path: Path) -> None:
    """A job's final event is read from its journal where its host appended it, with its
    cancel request, and a torn appended event counts as none."""
    job = JobDir.create(tmp_path, "j", b"s")
    assert job.ending() == (None, None)
    job.request_cancel("enough")
    append_event(job.journal, {"exit_code": 2, "note": "ünï"})
    assert job.ending() == ({"exit_code": 2, "note": "ünï"}, {"reason": "enough"})
    torn = JobDir.create(tmp_path, "torn", b"s")
    append_event(torn.journal, {"exit_code": 4})
    torn.journal.write_bytes(torn.journal.read_bytes()[:-2])
    assert torn.event() is None
    assert torn.spec() == b"s"


def _listen(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(5)
    return sock


def test_notifier_sends_datagrams_to_notify_socket(tmp_path: Path) -> None:
    """READY=1 and STATUS= arrive as one datagram on the socket NOTIFY_SOCKET names."""
    with _listen(str(tmp_path / "notify")) as sock:
        Notifier({"NOTIFY_SOCKET": str(tmp_path / "notify")}).send(ready="1", status="2 jobs")
        assert sock.recv(4096) == b"READY=1\nSTATUS=2 jobs"


def test_notifier_reaches_an_abstract_socket() -> None:
    """An ``@name`` NOTIFY_SOCKET is the abstract namespace, as systemd means it."""
    name = f"hodei-test-{os.getpid()}"
    with _listen("\0" + name) as sock:
        Notifier({"NOTIFY_SOCKET": "@" + name}).send(stopping="1")
        assert sock.recv(4096) == b"STOPPING=1"


def test_notifier_watchdog_interval_only_for_this_process() -> None:
    """WATCHDOG_USEC is honoured only when WATCHDOG_PID is unset or this process's pid."""
    assert Notifier({"WATCHDOG_USEC": "2000000"}).watchdog_s == 2.0
    assert Notifier({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": str(os.getpid())}).watchdog_s == 2.0
    assert Notifier({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"}).watchdog_s is None
    assert not Notifier({}).enabled


@pytest.mark.parametrize(("args", "key"), [
    ([], "control_plane"),
    (["--control-plane", "cp.example.invalid:1"], "--control-plane"),
    (["--control-plane", "127.0.0.1:1", "--max-jobs", "0"], "--max-jobs"),
    (["--control-plane", "127.0.0.1:1", "--labels", "no equals"], "--labels"),
    (["--control-plane", "127.0.0.1:1", "--drain-timeout", "soon"], "--drain-timeout"),
    (["--control-plane", "127.0.0.1:1", "--no-such-option"], "--no-such-option"),
])
def test_bad_configuration_exits_78_naming_the_key(tmp_path: Path, args: list[str], key: str) -> None:
    """A bad flag or value is refused before anything starts: one ERR_1010 line naming the
    key, exit status 78 (EX_CONFIG)."""
    done = subprocess.run([str(HODEI_WORKER), "--state-dir", str(tmp_path / "state"), *args],
                          capture_output=True, env=clean_env(), timeout=60)
    assert done.returncode == 78
    line = done.stderr.decode()
    assert line.startswith("hodei-worker: ERR_1010 CONFIGURATION_ERROR ")
    assert key in line
    assert line.count("\n") == 1


def test_bad_config_file_key_and_variable_are_named(tmp_path: Path) -> None:
    """An unknown key in [worker], and a bad HODEI_* value, are each refused by name."""
    config = tmp_path / "worker.toml"
    config.write_text('[worker]\ncontrol_plane = "127.0.0.1:1"\nmax_job = 3\n')
    done = subprocess.run([str(HODEI_WORKER), "--config", str(config), "--state-dir", str(tmp_path)],
                          capture_output=True, env=clean_env(), timeout=60)
    assert done.returncode == 78
    assert b"worker.max_job" in done.stderr
    config.write_text('[worker]\ncontrol_plane = "127.0.0.1:1"\n')
    done = subprocess.run([str(HODEI_WORKER), "--config", str(config), "--state-dir", str(tmp_path)],
                          capture_output=True, env=clean_env({"HODEI_MAX_JOBS": "many"}), timeout=60)
    assert done.returncode == 78
    assert b"HODEI_MAX_JOBS" in done.stderr
