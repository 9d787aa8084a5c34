"""Options from the command line, HODEI_* variables and the [run] table of the config file; bad
input of any source is refused with exit 125, one line naming it, an event, and nothing run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import assert_none_left

SECRET_VALUE = "hunter2-Zq81-secret"


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "worker.toml"
    path.write_text(text)
    return path


def assert_refused(r, started: Path | None, code: str, key: str, subject: str) -> None:
    """Exit 125, exactly one stderr line naming ``subject``, the event naming it under ``key``,
    and the command never started."""
    assert r.returncode == 125, r.stderr
    assert len(r.stderr_lines) == 1, r.stderr
    line = r.stderr_lines[0].decode()
    assert line.startswith(f"hodei-run: {code} "), line
    assert subject in line
    assert r.event["error_code"] == code
    assert r.reason[key] == subject
    assert r.event["exit_code"] == -1
    if started is not None:
        assert not started.exists(), "the command was started despite the bad input"


CLI_CASES = [
    (["--timeout", "5x"], "--timeout"),
    (["--timeout=5x"], "--timeout"),
    (["--timeout", "-1"], "--timeout"),
    (["--kill-grace", "soon"], "--kill-grace"),
    (["--memory", "lots"], "--memory"),
    (["--memory", "5Mi"], "--memory"),
    (["--cpus", "0"], "--cpus"),
    (["--cpus", "many"], "--cpus"),
    (["--pids", "0"], "--pids"),
    (["--env", "1A=b"], "--env"),
    (["--env", "NOEQUALS"], "--env"),
    (["--env", "A-B=c"], "--env"),
    (["--log-level", "loud"], "--log-level"),
    (["--log-format", "xml"], "--log-format"),
    (["--secret", "NOSOURCE"], "--secret"),
    (["--secret", "TOKEN=vault:x"], "--secret"),
    (["--secret", "TOKEN=file:"], "--secret"),
    (["--bogus-option"], "--bogus-option"),
]


@pytest.mark.parametrize(("args", "field"), CLI_CASES, ids=[" ".join(a) for a, _ in CLI_CASES])
def test_invalid_option(run_hodei, tmp_path: Path, args: list[str], field: str) -> None:
    """An invalid command-line value is refused with ERR_1009 naming the option; nothing runs."""
    started = tmp_path / "started"
    r = run_hodei(*args, "--", "touch", str(started))
    assert_refused(r, started, "ERR_1009", "field", field)


ENV_CASES = [
    ({"HODEI_TIMEOUT": "5x"}, "HODEI_TIMEOUT"),
    ({"HODEI_MEMORY": "lots"}, "HODEI_MEMORY"),
    ({"HODEI_KILL_GRACE": "x"}, "HODEI_KILL_GRACE"),
    ({"HODEI_QUIET": "perhaps"}, "HODEI_QUIET"),
]


@pytest.mark.parametrize(("env", "field"), ENV_CASES, ids=[f for _, f in ENV_CASES])
def test_invalid_variable(run_hodei, tmp_path: Path, env: dict[str, str], field: str) -> None:
    """An invalid HODEI_* value is refused with ERR_1009 naming the variable; nothing runs."""
    started = tmp_path / "started"
    r = run_hodei("--", "touch", str(started), env=env)
    assert_refused(r, started, "ERR_1009", "field", field)


CONFIG_CASES = [
    ('[run]\ntiemout = "5s"\n', "run.tiemout"),
    ('[run]\ntimeout = "soon"\n', "run.timeout"),
    ('[run]\ntimeout = [1, 2]\n', "run.timeout"),
    ('[run]\nmemory = "lots"\n', "run.memory"),
    ('[run]\nkill_grace = true\n', "run.kill_grace"),
    ('[run]\npids = -3\n', "run.pids"),
    ('[run]\nlog_level = "loud"\n', "run.log_level"),
    ('run = 5\n', "run"),
]


@pytest.mark.parametrize(("text", "key"), CONFIG_CASES, ids=[k for _, k in CONFIG_CASES])
def test_invalid_config_value(run_hodei, tmp_path: Path, text: str, key: str) -> None:
    """An invalid or unknown key of [run] is refused with ERR_1010 naming it; nothing runs."""
    started = tmp_path / "started"
    path = _config(tmp_path, text)
    r = run_hodei("--config", str(path), "--", "touch", str(started))
    assert_refused(r, started, "ERR_1010", "key", key)


def test_invalid_config_env_names_config_key(run_hodei, tmp_path: Path) -> None:
    """An invalid variable name in [run] env is a configuration error naming run.env."""
    started = tmp_path / "started"
    path = _config(tmp_path, '[run]\nenv = { "1A" = "b" }\n')
    r = run_hodei("--config", str(path), "--", "touch", str(started))
    assert_refused(r, started, "ERR_1010", "key", "run.env")


def test_config_from_variable_invalid(run_hodei, tmp_path: Path) -> None:
    """HODEI_CONFIG is read like --config: its invalid value is refused with ERR_1010."""
    started = tmp_path / "started"
    path = _config(tmp_path, '[run]\ntimeout = "soon"\n')
    r = run_hodei("--", "touch", str(started), env={"HODEI_CONFIG": str(path)})
    assert_refused(r, started, "ERR_1010", "key", "run.timeout")


def test_malformed_toml(run_hodei, tmp_path: Path) -> None:
    """A config file that is not valid TOML is refused with ERR_1010 naming the file."""
    started = tmp_path / "started"
    path = _config(tmp_path, "[run\ntimeout = \n")
    r = run_hodei("--config", str(path), "--", "touch", str(started))
    assert_refused(r, started, "ERR_1010", "key", "config")
    assert str(path) in r.stderr_lines[0].decode()


@pytest.mark.parametrize("how", ["--config", "HODEI_CONFIG"])
def test_missing_config_file(run_hodei, tmp_path: Path, how: str) -> None:
    """A config file asked for but missing is refused with ERR_1010 naming the path."""
    started = tmp_path / "started"
    missing = tmp_path / "nope.toml"
    if how == "--config":
        r = run_hodei("--config", str(missing), "--", "touch", str(started))
    else:
        r = run_hodei("--", "touch", str(started), env={"HODEI_CONFIG": str(missing)})
    assert_refused(r, started, "ERR_1010", "key", "config")
    assert str(missing) in r.stderr_lines[0].decode()


@pytest.mark.parametrize("argv", [["--"], [], ["--", ""], ["--shell", "--", "echo", "two"]],
                         ids=["dashdash-only", "nothing", "empty-string", "shell-two-words"])
def test_empty_command(run_hodei, argv: list[str]) -> None:
    """A missing or empty command is refused with ERR_1009 naming the command."""
    r = run_hodei(*argv)
    assert_refused(r, None, "ERR_1009", "field", "command")


class TestSecretErrors:
    """A secret that cannot be resolved stops the run with ERR_1011 naming it, never its value."""

    def test_missing_file(self, run_hodei, tmp_path: Path) -> None:
        """A secret file that does not exist gives ERR_1011 naming the secret."""
        started = tmp_path / "started"
        r = run_hodei("--secret", f"DB_PASSWORD=file:{tmp_path}/nope", "--", "touch", str(started))
        assert_refused(r, started, "ERR_1011", "secret_name", "DB_PASSWORD")

    def test_unset_variable(self, run_hodei, tmp_path: Path) -> None:
        """A secret variable that is not set gives ERR_1011 naming the secret."""
        started = tmp_path / "started"
        r = run_hodei("--secret", "API_TOKEN=env:HODEI_TEST_SURELY_UNSET", "--", "touch", str(started))
        assert_refused(r, started, "ERR_1011", "secret_name", "API_TOKEN")

    @pytest.mark.parametrize("content", [b"", b"\n", b"\xff\xfe not utf-8"], ids=["empty", "newline", "binary"])
    def test_unusable_file(self, run_hodei, tmp_path: Path, content: bytes) -> None:
        """An empty or non-UTF-8 secret file gives ERR_1011 naming the secret."""
        started = tmp_path / "started"
        path = tmp_path / "secret"
        path.write_bytes(content)
        r = run_hodei("--secret", f"TOKEN=file:{path}", "--", "touch", str(started))
        assert_refused(r, started, "ERR_1011", "secret_name", "TOKEN")

    def test_directory_as_file(self, run_hodei, tmp_path: Path) -> None:
        """A secret 'file' that is a directory gives ERR_1011 naming the secret."""
        started = tmp_path / "started"
        r = run_hodei("--secret", f"TOKEN=file:{tmp_path}", "--", "touch", str(started))
        assert_refused(r, started, "ERR_1011", "secret_name", "TOKEN")

    def test_value_of_other_secret_never_shown(self, run_hodei, tmp_path: Path) -> None:
        """When one secret fails, the value of another (resolved) secret is in no output."""
        started = tmp_path / "started"
        r = run_hodei("--secret", "GOOD=env:SRC", "--secret", "BAD=env:HODEI_TEST_SURELY_UNSET",
                      "--", "touch", str(started), env={"SRC": SECRET_VALUE})
        assert_refused(r, started, "ERR_1011", "secret_name", "BAD")
        assert SECRET_VALUE.encode() not in r.stderr + r.event_bytes

    def test_secret_on_command_line_masked_when_refused(self, run_hodei, tmp_path: Path) -> None:
        """A resolvable secret's value in the command's arguments is masked in the event even when
        another secret stops the run."""
        r = run_hodei("--secret", "GOOD=env:SRC", "--secret", "BAD=env:HODEI_TEST_SURELY_UNSET",
                      "--", "echo", SECRET_VALUE, env={"SRC": SECRET_VALUE})
        assert r.returncode == 125
        assert r.event["error_code"] == "ERR_1011"
        assert SECRET_VALUE.encode() not in r.event_bytes, r.event["arguments"]


class TestIdentityOfRefusedRuns:
    """A refused run's event still carries the ids and goes where it was asked to."""

    def test_ids_from_command_line(self, run_hodei) -> None:
        """--job-id/--worker-id/--correlation-id reach the event of a refused run."""
        r = run_hodei("--job-id", "j-1", "--worker-id", "w-1", "--correlation-id", "c-1",
                      "--timeout", "5x", "--", "true")
        assert r.returncode == 125
        assert (r.event["job_id"], r.event["worker_id"], r.event["correlation_id"]) == ("j-1", "w-1", "c-1")

    def test_ids_from_variables(self, run_hodei) -> None:
        """HODEI_JOB_ID reaches the event of a refused run."""
        r = run_hodei("--memory", "lots", "--", "true", env={"HODEI_JOB_ID": "j-env"})
        assert r.returncode == 125
        assert r.event["job_id"] == "j-env"

    def test_event_file_from_variable(self, run_hodei, tmp_path: Path) -> None:
        """HODEI_EVENT_FILE receives the event of a refused run."""
        target = tmp_path / "from-env.json"
        r = run_hodei("--timeout", "5x", "--", "true", env={"HODEI_EVENT_FILE": str(target)},
                      event_file=False, check=False)
        assert r.returncode == 125
        assert json.loads(target.read_text())["error_code"] == "ERR_1009"

    def test_event_file_from_config(self, run_hodei, tmp_path: Path) -> None:
        """An event_file set in the config's [run] table receives the event of a run refused for a
        bad command-line value (the config itself is valid)."""
        target = tmp_path / "from-config.json"
        path = _config(tmp_path, f'[run]\nevent_file = "{target}"\n')
        r = run_hodei("--config", str(path), "--timeout", "5x", "--", "true",
                      event_file=False, check=False)
        assert r.returncode == 125
        assert target.exists(), "the event file named in the config was not written"
        assert json.loads(target.read_text())["error_code"] == "ERR_1009"


class TestSources:
    """Each option can come from the command line, a HODEI_* variable or the config's [run]."""

    def test_config_timeout(self, run_hodei, tmp_path: Path, marker: str) -> None:
        """timeout and kill_grace from [run] apply: the job is stopped at the deadline."""
        path = _config(tmp_path, '[run]\ntimeout = "1s"\nkill_grace = "500ms"\n')
        r = run_hodei("--config", str(path), "--", "sleep", marker)
        assert r.returncode == 124
        assert r.reason["timeout_ms"] == 1000
        assert_none_left(marker)

    def test_config_from_variable(self, run_hodei, tmp_path: Path) -> None:
        """HODEI_CONFIG names the config file; its env table reaches the job."""
        path = _config(tmp_path, '[run]\nenv = { GREETING = "hello from config" }\n')
        r = run_hodei("--", "sh", "-c", 'echo "$GREETING"', env={"HODEI_CONFIG": str(path)})
        assert r.stdout == b"hello from config\n"

    def test_config_env_list(self, run_hodei, tmp_path: Path) -> None:
        """[run] env may also be a list of KEY=VALUE strings."""
        path = _config(tmp_path, '[run]\nenv = ["A=1", "B=x=y"]\n')
        r = run_hodei("--config", str(path), "--", "sh", "-c", 'echo "$A $B"')
        assert r.stdout == b"1 x=y\n"

    def test_env_variable_list(self, run_hodei) -> None:
        """HODEI_ENV holds one KEY=VALUE per line."""
        r = run_hodei("--", "sh", "-c", 'echo "$A $B"', env={"HODEI_ENV": "A=1\nB=2\n"})
        assert r.stdout == b"1 2\n"

    def test_precedence(self, run_hodei, tmp_path: Path) -> None:
        """The command line beats HODEI_* which beats the config file."""
        path = _config(tmp_path, '[run]\njob_id = "from-config"\n')
        env = {"HODEI_CONFIG": str(path), "HODEI_JOB_ID": "from-env"}
        assert run_hodei("--job-id", "from-cli", "--", "true", env=env).event["job_id"] == "from-cli"
        assert run_hodei("--", "true", env=env).event["job_id"] == "from-env"
        assert run_hodei("--", "true", env={"HODEI_CONFIG": str(path)}).event["job_id"] == "from-config"

    def test_quiet_from_variable(self, run_hodei) -> None:
        """HODEI_QUIET=1 suppresses the summary line."""
        r = run_hodei("--", "true", env={"HODEI_QUIET": "1"}, check=False)
        assert r.returncode == 0
        assert r.stderr == b""
        assert r.event["event_type"] == "JobCompleted"

    def test_secret_from_config(self, run_hodei, tmp_path: Path) -> None:
        """A secret in [run] is injected and masked."""
        path = _config(tmp_path, '[run]\nsecret = ["TOKEN=env:SRC"]\n')
        r = run_hodei("--config", str(path), "--", "sh", "-c", 'echo "<$TOKEN>"',
                      env={"SRC": SECRET_VALUE})
        assert r.stdout == b"<***>\n"

    def test_env_options(self, run_hodei) -> None:
        """--env sets and overrides variables; values may contain '='."""
        r = run_hodei("--env", "FOO=inner", "--env", "EQ=a=b", "--", "sh", "-c", 'echo "$FOO $EQ"',
                      env={"FOO": "outer"})
        assert r.stdout == b"inner a=b\n"

    def test_clear_env(self, run_hodei) -> None:
        """--clear-env leaves only PATH plus what --env and --secret add."""
        r = run_hodei("--clear-env", "--env", "ONLY=1", "--secret", "TOK=env:SRC", "--", "env",
                      env={"SRC": SECRET_VALUE, "LEAK": "no"})
        names = sorted(line.split(b"=", 1)[0] for line in r.stdout.splitlines())
        assert names == [b"ONLY", b"PATH", b"TOK"]

    def test_inherited_environment(self, run_hodei) -> None:
        """Without --clear-env the job inherits hodei-run's environment."""
        r = run_hodei("--", "sh", "-c", 'echo "$INHERITED"', env={"INHERITED": "yes"})
        assert r.stdout == b"yes\n"
