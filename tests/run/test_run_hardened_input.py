"""Input nobody expected: odd files for the event file, config and secrets; secrets in refused
runs and one-character secrets; huge, non-ASCII and repeated values; options after the
command. Every bad input is one ERR_1009/1010/1011 line naming it, exit 125, nothing run,
never a traceback, never a hang, never a replaced device."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HODEI_RUN, PROBES, clean_env
from test_run_input import assert_refused

SECRET = "hunter2-Zq81-secret"


def _fifo(tmp_path: Path, name: str = "fifo") -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def _refusal_without_traceback(r, code: str, key: str, subject: str) -> None:
    assert b"Traceback" not in r.stderr, r.stderr
    assert_refused(r, None, code, key, subject)


# --- the event file -------------------------------------------------------------------------

def _bare(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
          timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(HODEI_RUN), *args], env=clean_env(env), cwd=cwd,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)


def _full_device(tmp_path: Path) -> Path:
    """A real character device node with /dev/full's numbers, made in tmp_path (root only)."""
    path = tmp_path / "full"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD)")
    return path


def _kinds(tmp_path: Path) -> dict[str, Path]:
    fifo = _fifo(tmp_path)
    device = _full_device(tmp_path)
    link_fifo = tmp_path / "link-to-fifo"
    link_fifo.symlink_to(fifo)
    link_device = tmp_path / "link-to-device"
    link_device.symlink_to(device)
    directory = tmp_path / "a-directory"
    directory.mkdir()
    return {"fifo": fifo, "device": device, "symlink-to-fifo": link_fifo,
            "symlink-to-device": link_device, "directory": directory}


KIND_NAMES = ["fifo", "device", "symlink-to-fifo", "symlink-to-device", "directory"]


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_event_file_never_replaces_what_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    """--event-file naming a FIFO, a device, a directory or a symlink to one is refused with
    ERR_1009 naming --event-file before anything runs, and the node is left as it was."""
    path = _kinds(tmp_path)[kind]
    before = os.lstat(path)
    started = tmp_path / "started"
    r = _bare("--event-file", str(path), "--", "touch", str(started))
    assert r.returncode == 125, r.stderr
    assert r.stderr.startswith(b"hodei-run: ERR_1009 VALIDATION_ERROR (USER) --event-file"), r.stderr
    assert len(r.stderr.splitlines()) == 1, r.stderr
    assert not started.exists()
    after = os.lstat(path)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert not list(tmp_path.glob(".hodei-event-*"))


@pytest.mark.parametrize("var", [False, True], ids=["flag", "HODEI_EVENT_FILE"])
def test_real_dev_full_is_never_replaced(tmp_path: Path, var: bool) -> None:
    """The real /dev/full as the event file, also in a run refused for another reason, stays
    the character device it was; the run is refused naming the event file's flag or variable."""
    before = os.stat("/dev/full")
    started = tmp_path / "started"
    try:
        if var:
            r = _bare("--timeout", "soon", "--", "touch", str(started),
                      env={"HODEI_EVENT_FILE": "/dev/full"})
            subject = b"HODEI_EVENT_FILE"  # the event file is settled (and refused) first
        else:
            r = _bare("--event-file", "/dev/full", "--", "touch", str(started))
            subject = b"--event-file"
    finally:  # a failing hodei-run must not leave the host without its /dev/full
        if not stat.S_ISCHR(os.lstat("/dev/full").st_mode):
            os.unlink("/dev/full")
            os.mknod("/dev/full", stat.S_IFCHR | 0o666, before.st_rdev)
            os.chmod("/dev/full", 0o666)
            pytest.fail("hodei-run replaced /dev/full (recreated by the test)")
    assert r.returncode == 125
    assert subject in r.stderr.splitlines()[0], r.stderr
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode)
    assert after.st_rdev == before.st_rdev
    assert not started.exists()


def test_symlink_to_a_regular_file_is_written_through(tmp_path: Path) -> None:
    """A symlink to a regular file (existing or not yet) stays a symlink; its target gets the event."""
    for existing in (True, False):
        target = tmp_path / f"target-{existing}.json"
        if existing:
            target.write_text("old")
        link = tmp_path / f"link-{existing}.json"
        link.symlink_to(target)
        r = _bare("--event-file", str(link), "--", "true")
        assert r.returncode == 0, r.stderr
        assert link.is_symlink()
        assert json.loads(target.read_text())["event_type"] == "JobCompleted"


def test_event_file_in_a_missing_directory_is_refused_before_running(tmp_path: Path) -> None:
    """An event file whose directory does not exist is refused before the job runs."""
    started = tmp_path / "started"
    r = _bare("--event-file", str(tmp_path / "no" / "event.json"), "--", "touch", str(started))
    assert r.returncode == 125
    assert b"--event-file" in r.stderr
    assert not started.exists()


# --- secrets in refused runs ----------------------------------------------------------------

REFUSALS = {
    "bad-option": (["--timeout", "5x"], {}),
    "unknown-option": (["--no-such-option"], {}),
    "bad-variable": ([], {"HODEI_MEMORY": "lots"}),
    "missing-config": (["--config", "/nonexistent/worker.toml"], {}),
    "bad-config-value": (["--config", "CONFIG"], {}),
    "unresolvable-secret": (["--secret", "OTHER=env:HODEI_TEST_SURELY_UNSET"], {}),
}


@pytest.mark.parametrize("refusal", list(REFUSALS))
def test_refused_run_never_writes_a_secret_argument(run_hodei, tmp_path: Path, refusal: str) -> None:
    """A secret passed as the command's argument is in neither the event nor stderr of a run
    refused for any reason (the refused event names the command, never its arguments)."""
    config = tmp_path / "bad.toml"
    config.write_text('[run]\ntimeout = "soon"\n')
    args, env = REFUSALS[refusal]
    args = [str(config) if a == "CONFIG" else a for a in args]
    r = run_hodei("--secret", "TOKEN=env:SRC", *args, "--", "echo", SECRET, "x" + SECRET,
                  env={"SRC": SECRET, **env})
    assert r.returncode == 125, r.stderr
    assert SECRET.encode() not in r.event_bytes + r.stderr + r.stdout
    assert r.event["command"] == "echo"


@pytest.mark.parametrize("where", ["flag", "flag=", "variable"])
def test_refused_shell_script_is_masked_with_the_secrets_that_resolve(run_hodei, where: str) -> None:
    """A run refused before its secrets are resolved still masks, in its command, the values
    of the secrets it can resolve (from the flag or HODEI_SECRET)."""
    env = {"SRC": SECRET}
    args = {"flag": ["--secret", "T=env:SRC"], "flag=": ["--secret=T=env:SRC"], "variable": []}[where]
    if where == "variable":
        env["HODEI_SECRET"] = "T=env:SRC"
    r = run_hodei(*args, "--timeout", "5x", "--shell", "--", f"echo {SECRET}", env=env)
    assert r.returncode == 125
    assert r.event["command"] == "echo ***"
    assert SECRET.encode() not in r.event_bytes + r.stderr


def test_dev_null_config_is_an_empty_config(run_hodei) -> None:
    """HODEI_CONFIG=/dev/null stands for no config: the job runs with the defaults."""
    r = run_hodei("--", "true", env={"HODEI_CONFIG": "/dev/null"})
    assert r.returncode == 0


# --- masking keeps the event's vocabulary ---------------------------------------------------

@pytest.mark.parametrize("secret", ["J", "E", "R", "_", "0", "1", "o", "b", "C", "-", ":", "Z", "T"])
def test_one_character_secret_masks_values_not_vocabulary(run_hodei, secret: str) -> None:
    """A one-character secret never garbles the event's type, code, severity, failure type,
    rule or timestamp, nor the summary line's code; the values holding it are masked."""
    r = run_hodei("--secret", "S=env:SRC", "--", "sh", "-c", "echo JEROZT >&2; exit 3",
                  env={"SRC": secret})
    ev = r.event
    assert ev["event_type"] == "JobExecutionError"
    assert ev["error_code"] == "ERR_1007"
    assert ev["severity"] == "USER"
    assert ev["failure_reason"]["type"] == "NON_ZERO_EXIT_CODE"
    assert re.fullmatch(r"[a-z0-9.-]+", ev["classification"]["rule"]), ev["classification"]
    assert r.stderr_lines[-1].startswith(b"hodei-run: ERR_1007 NON_ZERO_EXIT_CODE (USER) ")
    assert secret not in ev["stderr_tail"]
    assert secret not in " ".join(ev["arguments"])


def test_long_secret_is_masked_before_evidence_is_cut(run_hodei, tmp_path: Path) -> None:
    """A long secret where the event's evidence is cut shows no part of itself: the text is
    masked first, then cut."""
    secret = "".join(f"{i:03d}q" for i in range(200))  # 800 characters, no repeats of 8-grams
    for pad in (100, 200, 250, 290):
        command = "/nonexistent/" + "p" * pad + secret
        r = run_hodei("--secret", "S=env:SRC", "--", command, env={"SRC": secret})
        assert r.event["error_code"] in ("ERR_1001", "ERR_1003"), r.event
        text = r.event_bytes.decode() + r.stderr.decode()
        leaks = [secret[i:i + 8] for i in range(len(secret) - 8) if secret[i:i + 8] in text]
        assert not leaks, (pad, leaks[:3])


@pytest.mark.parametrize(("content", "value"), [
    (b"tok-CRLF\r\n", "tok-CRLF"), (b"tok-LF\n", "tok-LF"), (b"tok-none", "tok-none"),
    (b"tok-two\n\n", "tok-two\n"), (b"tok-cr\r", "tok-cr\r"), (b"a\r\nb\r\n", "a\r\nb"),
    (b"tok-crcr\r\r\n", "tok-crcr\r"),
])
def test_secret_file_loses_one_line_end(run_hodei, tmp_path: Path, content: bytes, value: str) -> None:
    """A secret file's value is its text less one final \\n or \\r\\n (only one; a lone \\r
    is the value's own): the job sees exactly that value, and printing it shows ***."""
    path = tmp_path / "secret"
    path.write_bytes(content)
    r = run_hodei("--secret", f"T=file:{path}", "--",
                  sys.executable, str(PROBES / "print_variable_hex.py"), "T")
    assert r.returncode == 0, r.stderr
    hexed, shown = r.stdout.split(b"\n", 1)
    assert hexed.decode() == value.encode().hex()
    assert shown == b"***"


def test_secret_file_with_crlf_is_masked_when_the_job_strips_it(run_hodei, tmp_path: Path) -> None:
    """A job that strips a CRLF-ended secret before printing it still prints only ***."""
    path = tmp_path / "secret"
    path.write_bytes(SECRET.encode() + b"\r\n")
    r = run_hodei("--secret", f"T=file:{path}", "--", sys.executable, "-c",
                  "import os; print(os.environ['T'].strip())")
    assert r.stdout == b"***\n"


# --- files that block or never end ----------------------------------------------------------

def _odd_inputs(tmp_path: Path) -> dict[str, str]:
    fifo = _fifo(tmp_path, "odd-fifo")
    link = tmp_path / "odd-link"
    link.symlink_to(fifo)
    big = tmp_path / "big"
    big.write_bytes(b"# " + b"x" * (1024 * 1024) + b"\n")
    directory = tmp_path / "odd-dir"
    directory.mkdir()
    return {"fifo": str(fifo), "symlink-to-fifo": str(link), "dev-zero": "/dev/zero",
            "dev-urandom": "/dev/urandom", "directory": str(directory), "over-1MiB": str(big)}


ODD = ["fifo", "symlink-to-fifo", "dev-zero", "dev-urandom", "directory", "over-1MiB"]


@pytest.mark.parametrize("odd", ODD)
def test_config_that_blocks_or_never_ends_is_refused(run_hodei, tmp_path: Path, odd: str) -> None:
    """A config file that is a FIFO, a device, a directory or over 1 MiB is refused at once
    with ERR_1010 naming the config (no hang, no memory blow-up); nothing runs."""
    started = tmp_path / "started"
    path = _odd_inputs(tmp_path)[odd]
    r = run_hodei("--config", path, "--", "touch", str(started), timeout=30)
    assert_refused(r, started, "ERR_1010", "key", "config")


@pytest.mark.parametrize("odd", ODD)
def test_secret_file_that_blocks_or_never_ends_is_refused(run_hodei, tmp_path: Path, odd: str) -> None:
    """A secret file that is a FIFO, a device, a directory or over 1 MiB is refused at once
    with ERR_1011 naming the secret; nothing runs."""
    started = tmp_path / "started"
    path = _odd_inputs(tmp_path)[odd]
    r = run_hodei("--secret", f"DB_PASS=file:{path}", "--", "touch", str(started), timeout=30)
    assert_refused(r, started, "ERR_1011", "secret_name", "DB_PASS")


def test_secret_file_from_config_that_is_a_fifo(run_hodei, tmp_path: Path) -> None:
    """A FIFO named as a secret in the config is refused with ERR_1011 naming the secret."""
    fifo = _fifo(tmp_path)
    config = tmp_path / "w.toml"
    config.write_text(f'[run]\nsecret = {{ API = "file:{fifo}" }}\n')
    started = tmp_path / "started"
    r = run_hodei("--config", str(config), "--", "touch", str(started), timeout=30)
    assert_refused(r, started, "ERR_1011", "secret_name", "API")


# --- bad values: the right code, never a traceback ------------------------------------------

HUGE = "9" * 400
BAD_FLAGS = [
    (["--timeout", HUGE], "--timeout"), (["--timeout", HUGE + "h"], "--timeout"),
    (["--kill-grace", HUGE + "ms"], "--kill-grace"), (["--memory", HUGE], "--memory"),
    (["--memory", HUGE + "P"], "--memory"), (["--memory", "99999999999P"], "--memory"),
    (["--cpus", "1e308"], "--cpus"), (["--cpus", "inf"], "--cpus"), (["--cpus", "nan"], "--cpus"),
    (["--cpus", "١"], "--cpus"), (["--pids", HUGE], "--pids"), (["--pids", "٣"], "--pids"),
    (["--timeout", "٣"], "--timeout"), (["--timeout", "1h1h"], "--timeout"),
    (["--timeout", "5s5m"], "--timeout"), (["--timeout", "10 years"], "--timeout"),
    (["--timeout", "1e3"], "--timeout"), (["--memory", "٣M"], "--memory"),
    (["--timeout", "367d"], "--timeout"), (["--publish-timeout", HUGE], "--publish-timeout"),
]


@pytest.mark.parametrize(("args", "field"), BAD_FLAGS, ids=[" ".join(a)[:30] for a, _ in BAD_FLAGS])
def test_bad_value_is_a_validation_error(run_hodei, tmp_path: Path, args: list[str], field: str) -> None:
    """Huge, non-ASCII, repeated-unit and non-finite values are refused as ERR_1009 naming the
    option, exit 125, without a traceback; nothing runs."""
    started = tmp_path / "started"
    r = run_hodei(*args, "--", "touch", str(started))
    _refusal_without_traceback(r, "ERR_1009", "field", field)
    assert not started.exists()


BAD_CONFIGS = [
    ('[run]\nworkdir = "/tmp/a\\u0000b"\n', "run.workdir"),
    ('[run]\nsecret = { A = "file:/tmp/a\\u0000b" }\n', "run.secret"),
    ('[run]\njob_id = "a\\u0000b"\n', "run.job_id"),
    ('[run]\nmemory = 9223372036854775807\n', "run.memory"),
    ('[run]\ntimeout = 1e308\n', "run.timeout"),
    ('[run]\ncpus = 1e308\n', "run.cpus"),
    ('[run]\ncpus = inf\n', "run.cpus"),
    ('[run]\nenv = { A = { B = "c" } }\n', "run.env"),
    ('[run]\nenv = ["A=b", 3]\n', "run.env"),
    ('[run]\nworkdir = 2020-01-01\n', "run.workdir"),
]


@pytest.mark.parametrize(("text", "key"), BAD_CONFIGS, ids=[k + str(i) for i, (_, k) in enumerate(BAD_CONFIGS)])
def test_bad_config_value_is_a_configuration_error(run_hodei, tmp_path: Path, text: str, key: str) -> None:
    """A NUL in a path, a huge or non-finite number, or a nested table in the config is
    refused before anything runs as ERR_1010 naming the key (never ERR_1008, never a traceback)."""
    started = tmp_path / "started"
    config = tmp_path / "w.toml"
    config.write_text(text)
    r = run_hodei("--config", str(config), "--", "touch", str(started))
    _refusal_without_traceback(r, "ERR_1010", "key", key)
    assert not started.exists()


def test_nul_in_event_file_from_config(tmp_path: Path) -> None:
    """A NUL in the config's event_file is refused as ERR_1010 naming run.event_file."""
    config = tmp_path / "w.toml"
    config.write_text('[run]\nevent_file = "/tmp/a\\u0000b"\n')
    r = _bare("--config", str(config), "--", "true")
    assert r.returncode == 125
    assert r.stderr.startswith(b"hodei-run: ERR_1010 CONFIGURATION_ERROR (USER) run.event_file"), r.stderr


@pytest.mark.parametrize("content", [b"\xff\xfe[run]\n", b'[run]\njob_id = "\xe9"\n', b"\x00\x00"])
def test_config_that_is_not_utf8(run_hodei, tmp_path: Path, content: bytes) -> None:
    """A config file that is not UTF-8 text is refused with ERR_1010 naming the config."""
    config = tmp_path / "w.toml"
    config.write_bytes(content)
    started = tmp_path / "started"
    r = run_hodei("--config", str(config), "--", "touch", str(started))
    _refusal_without_traceback(r, "ERR_1010", "key", "config")


def test_empty_workdir_from_variable(run_hodei, tmp_path: Path) -> None:
    """An empty HODEI_WORKDIR is refused as ERR_1009 naming the variable, without a traceback."""
    r = run_hodei("--", "true", env={"HODEI_WORKDIR": ""})
    _refusal_without_traceback(r, "ERR_1009", "field", "HODEI_WORKDIR")


@pytest.mark.parametrize(("args", "status"), [(["explain", ""], 2), (["explain", "   "], 2),
                                              (["explain", "ERR_9"], 2), (["explain", "--nope"], 2)])
def test_explain_bad_code_fails(args: list[str], status: int) -> None:
    """explain with an empty, blank or unknown code, or an unknown option, exits non-zero with
    one message and no traceback."""
    r = _bare(*args)
    assert r.returncode == status
    assert b"Traceback" not in r.stderr
    assert r.stdout == b""


@pytest.mark.parametrize("closed", ["1", "1,2"])
def test_explain_with_stdout_closed(closed: str) -> None:
    """explain with stdout closed (and stderr too) exits 1, as coreutils do, without a traceback."""
    redirect = " ".join(f"{fd}>&-" for fd in closed.split(","))
    r = subprocess.run(["sh", "-c", f'"$0" explain ERR_1002 {redirect}; echo "rc=$?"',
                        str(HODEI_RUN)], capture_output=True, timeout=30, env=clean_env(),
                       stdin=subprocess.DEVNULL)
    assert b"rc=1" in r.stdout, r
    assert b"Traceback" not in r.stderr


@pytest.mark.parametrize("odd", ["fifo", "dev-zero", "directory"])
def test_explain_classify_never_blocks_on_an_odd_file(tmp_path: Path, odd: str) -> None:
    """explain --classify naming a FIFO, /dev/zero or a directory exits 2 at once, naming it."""
    path = {"fifo": lambda: str(_fifo(tmp_path)), "dev-zero": lambda: "/dev/zero",
            "directory": lambda: str(tmp_path)}[odd]()
    for args in (["--classify", path], [f"--classify={path}"]):
        r = _bare("explain", *args, timeout=30)
        assert r.returncode == 2, r.stderr
        assert r.stderr.startswith(b"hodei-run explain: --classify: ")
        assert path.encode() in r.stderr
        assert b"Traceback" not in r.stderr


# --- options end at the command -------------------------------------------------------------

def test_options_after_the_command_are_the_commands(run_hodei, tmp_path: Path) -> None:
    """Without --, every word from the first that is not an option on is the command's:
    `hodei-run echo --event-file precious` runs echo with those words and leaves the file alone."""
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    r = run_hodei("--timeout", "30s", "echo", "--event-file", str(precious), "--quiet", "--")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"--event-file {precious} --quiet --\n".encode()
    assert precious.read_text() == "keep me"
    assert r.event["arguments"] == ["--event-file", str(precious), "--quiet", "--"]
    assert r.stderr_lines[-1].startswith(b"hodei-run: job completed")


def test_dashdash_still_ends_the_options(run_hodei) -> None:
    """`--` still ends hodei-run's options, also before a command that looks like an option."""
    r = run_hodei("--quiet", "--", "echo", "--quiet")
    assert r.stdout == b"--quiet\n"
    r = run_hodei("--", "--no-such-command")
    assert r.event["error_code"] == "ERR_1001"


def test_subcommands_only_as_first_word(run_hodei) -> None:
    """`explain` is a subcommand only as hodei-run's first word; after an option it is a
    command to run (here not found)."""
    assert _bare("explain", "ERR_1001").stdout.startswith(b"ERR_1001 COMMAND_NOT_FOUND")
    r = run_hodei("--quiet", "explain", "ERR_1001", check=False)
    assert r.returncode == 127
    assert r.event["command"] == "explain"


def test_unknown_option_before_the_command_is_refused(run_hodei, tmp_path: Path) -> None:
    """An unknown option before the command is still refused, naming it; nothing runs."""
    started = tmp_path / "started"
    r = run_hodei("--tiemout", "5s", "touch", str(started))
    assert_refused(r, started, "ERR_1009", "field", "--tiemout")
