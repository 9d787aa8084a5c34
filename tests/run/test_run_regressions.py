"""Regressions found in review: each test names the defect it pins."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import psutil
import pytest
from conftest import HODEI_RUN, PROBES, PY, clean_env, holds, wait_for
from control_plane import control_plane


class TestLimits:
    """Limits the kernel or hodei-run cannot honour are refused before anything runs."""

    def test_tiny_memory_limit_is_refused(self, run_hodei, tmp_path: Path) -> None:
        """Bug: --memory 64k OOM-killed hodei-run itself (no event); now ERR_1009 naming
        --memory, and the command never starts."""
        started = tmp_path / "started"
        r = run_hodei("--memory", "64k", "--", "touch", str(started))
        assert r.returncode == 125
        assert r.reason == {"type": "VALIDATION_ERROR", "field": "--memory",
                            "message": r.reason["message"]}
        assert not started.exists()

    @pytest.mark.usefixtures("memory_cgroup")
    def test_kernel_refused_limit_names_the_option(self, run_hodei, tmp_path: Path) -> None:
        """Bug: a pids limit the kernel refused (ERANGE) silently dropped every cgroup; now it
        is ERR_1009 naming --pids and nothing runs."""
        started = tmp_path / "started"
        r = run_hodei("--pids", "99999999999999999999", "--", "touch", str(started))
        assert r.returncode == 125
        assert r.reason["field"] == "--pids"
        assert not started.exists()

    @pytest.mark.usefixtures("memory_cgroup")
    def test_job_id_with_slash_keeps_cgroups(self, run_hodei) -> None:
        """Bug: a job id with '/' broke the cgroup name and hid the OOM kill; now the job still
        runs in its cgroup and its OOM kill is counted."""
        r = run_hodei("--job-id", "team/build-7", "--memory", "64M", "--",
                      PY, "-c", "b = bytearray(256 * 1024 * 1024)")
        assert r.event["job_id"] == "team/build-7"
        assert r.event["oom_detection"] == "cgroup-v1"
        assert r.reason["oom_killed"] is True

    def test_sub_millisecond_timeout_is_refused(self, run_hodei) -> None:
        """Bug: --timeout 0.4ms rounded to 0, which means no deadline; now it is refused."""
        r = run_hodei("--timeout", "0.4ms", "--", "true")
        assert r.returncode == 125
        assert r.reason["field"] == "--timeout"

    def test_infinite_cpus_is_refused(self, run_hodei) -> None:
        """Bug: --cpus inf reached the cgroup code and became ERR_1008; now ERR_1009."""
        r = run_hodei("--cpus", "inf", "--", "true")
        assert r.event["error_code"] == "ERR_1009"
        assert r.reason["field"] == "--cpus"


class TestOutputsThatGoAway:
    """A reader or an output that disappears ends the job as it would without hodei-run."""

    def test_reader_gone_while_masking(self, tmp_path: Path) -> None:
        """Bug: with a secret, `hodei-run -- yes | head -1` hung, the relay draining forever;
        now the job gets SIGPIPE and the pipeline ends."""
        proc = subprocess.run(
            f"'{HODEI_RUN}' --quiet --secret T=env:X -- yes | head -1", shell=True,
            env=clean_env({"X": "s3cr3t"}), capture_output=True, timeout=30, check=False)
        assert proc.stdout == b"y\n"

    def test_reader_of_stderr_gone(self) -> None:
        """Bug: a job writing to a stderr nobody reads any more hung hodei-run; now it ends."""
        proc = subprocess.run(
            f"'{HODEI_RUN}' --quiet -- sh -c 'yes >&2' 2>&1 >/dev/null | head -1", shell=True,
            env=clean_env(), capture_output=True, timeout=30, check=False)
        assert proc.stdout == b"y\n"

    def test_closed_stderr(self, tmp_path: Path) -> None:
        """Bug: started with fd 2 closed, the job's stderr went into hodei-run's epoll fd and
        the job died of SIGPIPE; now the run completes as it would directly."""
        event = tmp_path / "event.json"
        proc = subprocess.run(f"'{HODEI_RUN}' --event-file '{event}' -- sh -c 'echo ok >&2' 2>&-",
                              shell=True, env=clean_env(), capture_output=True, timeout=30,
                              check=False)
        assert proc.returncode == 0
        assert json.loads(event.read_text())["event_type"] == "JobCompleted"


class TestSignals:
    """Forwarded signals, delivered once and blamed correctly."""

    def test_forwarded_signal_delivered_once(self, start_hodei, tmp_path: Path) -> None:
        """Bug: a forwarded SIGUSR1 went out as killpg plus kill, and a job that counts
        deliveries saw two; now it sees exactly one."""
        ready, count = tmp_path / "ready", tmp_path / "count"
        run = start_hodei("--", PY, str(PROBES / "count_usr1.py"), str(ready), str(count))
        wait_for(ready.exists, what="the job to be ready")
        run.signal(signal.SIGUSR1)
        r = run.finish()
        assert r.returncode == 0
        assert count.read_text() == "1"

    def test_grace_kill_after_forwarded_term_is_ours(self, start_hodei, tmp_path: Path,
                                                     marker: str) -> None:
        """Bug: the SIGKILL hodei-run sends after a forwarded SIGTERM's grace was blamed on
        an outsider; now the event says it was forwarded and names --kill-grace."""
        ready = tmp_path / "ready"
        run = start_hodei("--kill-grace", "0.5s", "--", "sh", "-c",
                          f"trap '' TERM; touch {ready}; sleep {marker}; sleep {marker}")
        wait_for(ready.exists, what="the job to be ready")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 137
        assert r.reason["forwarded"] is True
        assert "--kill-grace" in r.event["suggested_actions"][0]

    @pytest.mark.parametrize("deliver", [False, True], ids=["event-file", "control-plane"])
    def test_user_signals_with_no_job_to_receive_them_do_not_kill_hodei_run(
            self, tmp_path: Path, deliver: bool) -> None:
        """Bug: a SIGUSR1 that reached hodei-run before its job started or after it ended took
        the default action and killed it, with no event (or, once the event was delivered to
        a control plane, as it exited); now hodei-run always ends with the job's status and
        its event (SIGUSR1 is forwarded while the job runs, dropped otherwise)."""
        with contextlib.ExitStack() as stack:
            delivery: list[str] = []
            if deliver:
                cp = stack.enter_context(control_plane(tmp_path))
                delivery = ["--control-plane", cp.address, "--spool-dir", str(tmp_path / "spool")]
            for attempt in range(10):
                event = tmp_path / f"ev{attempt}.json"
                proc = subprocess.Popen([HODEI_RUN, "--quiet", "--event-file", str(event),
                                         *delivery, "--", "sh", "-c", "trap '' USR1; exit 3"],
                                        env=clean_env())
                stop = threading.Event()

                def storm(pid: int = proc.pid, stop: threading.Event = stop) -> None:
                    # From hodei-run's first line on (the interpreter's own start is the one
                    # window no program can close): it blocks the signal, then handles it.
                    while not (stop.is_set() or holds(pid, signal.SIGUSR1)):
                        time.sleep(0.0002)
                    while not stop.is_set():
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGUSR1)
                        time.sleep(0.0003)

                sender = threading.Thread(target=storm, daemon=True)
                sender.start()
                try:
                    proc.wait(60)
                finally:
                    stop.set()
                    sender.join()
                assert proc.returncode >= 0, f"hodei-run died of signal {-proc.returncode}"
                assert json.loads(event.read_text())["event_type"] in {"JobExecutionError",
                                                                       "JobCompleted"}

class TestOddInput:
    """Input that used to crash, hang or half-run."""

    def test_fifo_as_command_does_not_hang(self, run_hodei, tmp_path: Path) -> None:
        """Bug: a FIFO given as the command was opened to read its #! line and hodei-run hung;
        now it is ERR_1002 at once."""
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        r = run_hodei("--", str(fifo), timeout=20)
        assert r.returncode == 126
        assert r.event["error_code"] == "ERR_1002"

    def test_secret_with_nul_is_refused(self, run_hodei, tmp_path: Path) -> None:
        """Bug: a secret file holding NUL became ERR_1008; now ERR_1011 naming the secret."""
        (tmp_path / "s").write_bytes(b"ab\0cd")
        r = run_hodei("--secret", f"T=file:{tmp_path / 's'}", "--", "true")
        assert r.event["error_code"] == "ERR_1011"
        assert r.reason["secret_name"] == "T"

    def test_non_utf8_secret_is_masked(self, run_hodei) -> None:
        """Bug: a secret from a variable holding non-UTF-8 bytes crashed the masker; now the
        job gets it and its output shows ***."""
        env = clean_env()
        env_bytes = {k.encode(): v.encode() for k, v in env.items()}
        env_bytes[b"X"] = b"\xffab-secret"
        proc = subprocess.run([str(HODEI_RUN), "--quiet", "--secret", "T=env:X", "--",
                               "sh", "-c", 'printf "%s" "$T"'], env=env_bytes,  # type: ignore[arg-type]
                              capture_output=True, timeout=30, check=False)
        assert proc.returncode == 0
        assert proc.stdout == b"***"

    def test_secret_file_bytes_kept(self, run_hodei, tmp_path: Path) -> None:
        """Bug: a secret file's CR was turned into LF by newline translation; now the job
        gets the bytes as they are, less one final newline."""
        (tmp_path / "s").write_bytes(b"a\r\nb\n")
        r = run_hodei("--quiet", "--secret", f"T=file:{tmp_path / 's'}", "--",
                      "sh", "-c", 'printf "%s" "$T" | od -An -c')
        assert r.stdout.split() == [b"a", b"\\r", b"\\n", b"b"]

    def test_event_written_when_an_option_lacks_its_value(self, run_hodei, tmp_path: Path) -> None:
        """Bug: `--timeout` with no value failed before the event file was known, so no event
        was written; now the refusal's event is there."""
        target = tmp_path / "ev.json"
        r = run_hodei("--event-file", str(target), "--timeout", event_file=False, check=False)
        assert r.returncode == 125
        assert json.loads(target.read_text())["error_code"] == "ERR_1009"

    def test_event_file_readable_by_others(self, run_hodei, tmp_path: Path) -> None:
        """Bug: the event file kept mkstemp's 0600; now it has the umask's usual mode."""
        target = tmp_path / "ev.json"
        old = os.umask(0o022)
        try:
            run_hodei("--quiet", "--event-file", str(target), "--", "true", event_file=False,
                      check=False)
        finally:
            os.umask(old)
        assert target.stat().st_mode & 0o777 == 0o644


class TestWaitingWithoutAnEventLoop:
    """The synchronous supervisor's waits: long timers, the caller's wake-up fd, and the
    work done while the job's process starts."""

    def test_timeout_longer_than_a_poll_can_wait(self, run_hodei) -> None:
        """Bug: a --timeout over 24.8 days overflowed poll's millisecond timeout and the run
        ended as ERR_1008; now the job runs and completes."""
        r = run_hodei("--timeout", "600h", "--", "sh", "-c", "sleep 0.3; echo hi")
        assert r.returncode == 0
        assert r.stdout == b"hi\n"
        assert r.event["event_type"] == "JobCompleted"

    def test_grace_longer_than_a_poll_can_wait(self, start_hodei, tmp_path: Path) -> None:
        """Bug: a forwarded SIGTERM with a --kill-grace over 24.8 days overflowed poll and
        the job was killed at once; now it gets its grace and ends on its own."""
        ready = tmp_path / "ready"
        run = start_hodei("--kill-grace", "600h", "--", "sh", "-c",
                          f"trap 'echo got TERM; exit 3' TERM; touch {ready}; "
                          "while :; do sleep 0.05; done")
        wait_for(ready.exists, what="the job to be ready")
        run.signal(signal.SIGTERM)
        r = run.finish()
        assert r.returncode == 3
        assert b"got TERM" in r.stdout

    def test_an_exit_signalled_while_reaping_is_not_lost(self) -> None:
        """Bug: a wait took its signals after reaping, so a job that exited between the two
        (its SIGCHLD thrown away, its exit not reaped) left hodei-run asleep for good; now
        the signals are taken first and the run ends with the job's status."""
        proc = subprocess.run([PY, str(PROBES / "exit_between_reap_and_take.py")],
                              capture_output=True, timeout=60, check=False, env=clean_env())
        assert proc.stdout.split() == [b"3"], proc.stderr

    def test_a_closed_wakeup_fd_of_the_caller_does_not_fail_the_run(self, tmp_path: Path) -> None:
        """Bug: a wake-up fd the caller had set and then closed (as a forked shim inherits the
        fork server's) was put back as the run ended, and the failing restore turned a
        completed job into ERR_1008; now the job completes and no wake-up fd is left."""
        event = tmp_path / "ev.json"
        proc = subprocess.run([PY, str(PROBES / "run_with_closed_wakeup_fd.py"), str(event)],
                              capture_output=True, timeout=60, check=False, env=clean_env())
        assert proc.stdout.split() == [b"0", b"-1"], proc.stderr
        assert json.loads(event.read_text())["event_type"] == "JobCompleted"

    @pytest.mark.parametrize("cgroups", [True, False], ids=["cgroups", "no-cgroups"])
    def test_job_is_stopped_when_work_during_its_start_fails(self, tmp_path: Path,
                                                             cgroups: bool) -> None:
        """Bug: when the work done while the job's process starts raised, the job went on
        unsupervised (and kept its cgroups busy); now it is killed and reaped first."""
        from hodei_worker.supervise import Launch, Reaper, supervise

        witness = tmp_path / "witness"

        def failing() -> None:
            raise RuntimeError("meanwhile failed")

        spec = Launch(argv=("sh", "-c", f"sleep 1; touch {witness}"), env=clean_env(),
                       name=f"hodei-test-{os.getpid()}-{int(cgroups)}", use_cgroups=cgroups,
                       own_all_descendants=False, foreground_tty=False)
        with pytest.raises(RuntimeError, match="meanwhile failed"):
            supervise(spec, Reaper(), meanwhile=failing)
        wait_for(lambda: not [c for c in psutil.Process().children(recursive=True)
                              if c.status() != psutil.STATUS_ZOMBIE],
                 what="the job's process to be gone")
        assert not psutil.Process().children(recursive=True)
        time.sleep(1.5)
        assert not witness.exists()


class TestKilledWith:
    """What it took to end the job, as the event reports it."""

    def test_a_forwarded_terminations_sigkill_inside_the_deadlines_stop_is_reported(
            self, start_hodei, tmp_path: Path) -> None:
        """Bug: when a forwarded SIGTERM's grace ended in SIGKILL while the deadline's own
        stop was still waiting, the deadline reported the job as stopped with SIGTERM; now
        the event says SIGKILL, which is what ended it."""
        ready = tmp_path / "ready"
        run = start_hodei("--timeout", "1s", "--kill-grace", "2s", "--", "sh", "-c",
                          f"trap '' TERM; touch {ready}; sleep 10; sleep 10")
        wait_for(ready.exists, what="the job to be ready")
        run.signal(signal.SIGTERM)  # its grace ends before the deadline's (1 s later) does
        r = run.finish()
        assert r.returncode == 124
        assert r.reason["killed_with"] == "SIGKILL"


class TestWhatARunLoads:
    """What a run and the daemon's supervisor host import: their cost is every start's, and
    the host's pages are held for as long as any job runs."""

    def test_a_run_imports_no_event_loop_typing_or_uuid(self, tmp_path: Path) -> None:
        """A successful run imports neither an event loop (asyncio, anyio) nor typing, uuid,
        datetime, tempfile or shutil: each was a measurable part of hodei-run's start-up."""
        done = subprocess.run([PY, str(PROBES / "run_imports.py"), str(tmp_path)],
                              capture_output=True, env=clean_env(), cwd=tmp_path, timeout=60,
                              check=False)
        assert done.stdout.split() == [b"0", b"none"], done.stderr

    def test_a_run_starts_its_job_before_importing_dataclasses(self, tmp_path: Path) -> None:
        """Until the job's process is started (when the run's reporting is loaded), a run has
        not imported dataclasses, the observation or the event shapes: building dataclasses
        was a third of what a run imported before its job started."""
        done = subprocess.run([PY, str(PROBES / "imports_before_job_start.py"), str(tmp_path)],
                              capture_output=True, env=clean_env(), cwd=tmp_path, timeout=60,
                              check=False)
        assert done.stdout.split() == [b"0", b"none", b"True"], done.stderr

    def test_the_job_host_loads_hodei_run_and_not_the_daemon(self) -> None:
        """The daemon's supervisor host loads what a run needs, and none of the daemon's gRPC,
        protobuf or event loop, nor the job directories' hashing (OpenSSL), whose pages it
        would hold for as long as its jobs run."""
        done = subprocess.run([PY, str(PROBES / "host_imports.py")], capture_output=True,
                              env=clean_env(), timeout=60, check=False)
        assert done.stdout.split() == [b"True", b"none"], done.stderr
