"""hodei-run's settings: one table of options, each settable on the command line, by a
``HODEI_*`` environment variable, or in the ``[run]`` table of the config file (in that order
of precedence). Bad input becomes a PreSpawnError naming the field, key or secret."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Mapping

from .._frozen import field, frozen
from .._ids import uuid4
from .._units import parse_duration_ms, parse_size_bytes
from ..classify import PreSpawnKind
from ._files import UnsafeFile, event_file_target, read_regular
from ._options import (
    CONFIG,
    ENV,
    FLAG,
    Option,
    OptionError,
    build_parser,
    read_config,
    read_flags,
    resolve,
    split_command,
)
from ._options import parse_flag as _flag
from ._options import parse_text as _text
from ._publish import PublishSettings, publish_settings

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    import argparse
    from typing import Any, Final

    from ..classify import PreSpawnError
    from ._plan import Plan

CONFIG_TABLE: Final = "run"
_ENV_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)
_DECIMAL: Final = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9})?|\.[0-9]{1,9}", re.ASCII)
MAX_CPUS: Final = 4096
"""More cores than any machine has: a larger --cpus is a typo (and overflows a CPU quota)."""
MAX_PIDS: Final = 2**22
"""The kernel's own ceiling on pids (``pid_max`` is at most 4194304)."""


class InputError(Exception):
    """Bad input, already in the classifier's terms."""

    def __init__(self, problem: PreSpawnError) -> None:
        super().__init__(f"{problem.subject}: {problem.message}")
        self.problem = problem
        self.partial: dict[str, Any] = {}
        """What was settled before the problem: ids, event file, secrets resolved so far, so
        the refusal's event goes where it was asked and masks what it must."""


def _positive_float(text: str) -> float:
    """Cores: a plain decimal (``0.5``, ``2``), above 0 and at most :data:`MAX_CPUS`."""
    if not _DECIMAL.fullmatch(text.strip(" \t")):
        raise ValueError(f"{text!r} is not a number of cores (try 0.5, 2)")
    value = float(text)
    if not 0 < value <= MAX_CPUS:
        raise ValueError(f"{text!r} must be above 0 and at most {MAX_CPUS}")
    return value


def _positive_int(text: str) -> int:
    """A count: ASCII digits, above 0 and at most :data:`MAX_PIDS`."""
    if not re.fullmatch(r"[0-9]{1,9}", text.strip(" \t"), re.ASCII):
        raise ValueError(f"{text!r} is not a whole number")
    value = int(text)
    if not 0 < value <= MAX_PIDS:
        raise ValueError(f"{text!r} must be above 0 and at most {MAX_PIDS}")
    return value


MIN_MEMORY: Final = 4 * 1024 * 1024
"""No program starts in less."""


def _memory(text: str) -> int:
    value = parse_size_bytes(text)
    if value < MIN_MEMORY:
        raise ValueError(f"{text!r} is below the 4 MiB that any program needs to start")
    return value


def _log_format(text: str) -> str:
    if text not in ("json", "console"):
        raise ValueError(f"{text!r} is not json or console")
    return text


def _log_level(text: str) -> str:
    if text.lower() not in ("debug", "info", "warning", "error"):
        raise ValueError(f"{text!r} is not debug, info, warning or error")
    return text.lower()


def _cgroup_mode(text: str) -> str:
    if text not in ("auto", "off"):
        raise ValueError(f"{text!r} is not auto or off")
    return text


def _event_file(text: str) -> str:
    """A path the event can be written to: see :func:`event_file_target`."""
    _text(text)
    try:
        event_file_target(text)
    except UnsafeFile as exc:
        raise ValueError(str(exc)) from None
    return text


def _termination_log(text: str) -> str:
    """Where the termination message goes: a regular file or one to be made (never a device,
    FIFO or directory); see :mod:`._termination`."""
    _text(text)
    from ._termination import TerminationLogError, check_target

    try:
        check_target(text)
    except TerminationLogError as exc:
        raise ValueError(str(exc)) from None
    return text


OPTIONS: Final[tuple[Option, ...]] = (
    Option("timeout", parse_duration_ms, 0, "stop the job after DURATION (90, 90s, 5m, 1h30m; 0: none)",
           metavar="DURATION"),
    Option("kill-grace", parse_duration_ms, 10_000, "time between SIGTERM and SIGKILL (default 10s)",
           metavar="DURATION"),
    Option("memory", _memory, None, "memory limit (bytes, 512M, 2G, 512MiB)", metavar="SIZE"),
    Option("cpus", _positive_float, None, "CPU limit in cores (0.5, 2)", metavar="N"),
    Option("pids", _positive_int, None, "limit on the job's processes and threads", metavar="N"),
    Option("cgroup", _cgroup_mode, "auto", "auto: run the job in cgroups of its own where the host "
           "allows; off: never (OOM detection falls back to an RSS watchdog)", metavar="MODE"),
    Option("workdir", _text, None, "run the command in DIR", metavar="DIR"),
    Option("env", _text, (), "set KEY=VALUE in the job's environment (repeatable)", "list",
           metavar="KEY=VALUE"),
    Option("clear-env", _flag, False, "start from an empty environment plus PATH", "flag"),
    Option("secret", _text, (), "inject a secret as variable NAME, from a file or a variable "
           "(repeatable)", "list", metavar="NAME=file:PATH|NAME=env:VAR"),
    Option("shell", _flag, False, "run the single COMMAND string with /bin/sh -c", "flag"),
    Option("job-id", _text, None, "the job's id (default: a new UUID)", metavar="ID"),
    Option("worker-id", _text, None, "this worker's id (default: a new UUID)", metavar="ID"),
    Option("correlation-id", _text, None, "the request's correlation id (default: a new UUID)",
           metavar="ID"),
    Option("event-file", _event_file, None, "write the final event as JSON to PATH", metavar="PATH"),
    Option("termination-log", _termination_log, None, "also write the summary line and the "
           "event (at most 4096 bytes, the reason first) to PATH, for Kubernetes' "
           "terminationMessagePath (/dev/termination-log)", metavar="PATH"),
    Option("quiet", _flag, False, "print no summary line", "flag"),
    Option("log-format", _log_format, None, "json or console (default: json unless stderr is a "
           "terminal)", metavar="FORMAT"),
    Option("log-level", _log_level, "warning", "debug, info, warning or error", metavar="LEVEL"),
    Option("control-plane", _text, None, "deliver the final event to the control plane at "
           "ADDRESS (HOST:PORT, [IPv6]:PORT or unix:/path)", metavar="ADDRESS"),
    Option("spool-dir", _text, None, "keep events in DIR until the control plane acknowledges "
           "them (default: /var/spool/hodei-worker for root, else "
           "~/.local/state/hodei-worker/spool)", metavar="DIR"),
    Option("publish-timeout", parse_duration_ms, None, "wait at most DURATION for the control "
           "plane's acknowledgement (default 10s; 0: no limit)", metavar="DURATION"),
    Option("tls-ca", _text, None, "CA certificates (PEM) that sign the control plane's "
           "certificate: use TLS", metavar="PATH"),
    Option("tls-cert", _text, None, "this worker's certificate chain (PEM), for mutual TLS",
           metavar="PATH"),
    Option("tls-key", _text, None, "this worker's private key (PEM), for mutual TLS",
           metavar="PATH"),
    Option("token-file", _text, None, "send the bearer token in PATH with every call",
           metavar="PATH"),
    Option("insecure", _flag, False, "allow plaintext to a control plane that is not on this "
           "machine", "flag"),
)
_BY_KEY: Final = {o.key: o for o in OPTIONS}
_OWN_VARIABLES: Final = frozenset({o.env for o in OPTIONS} | {"HODEI_CONFIG"})
"""Variables that configure hodei-run itself; kept out of the job's environment."""


@frozen
class Secret:
    """A resolved secret: its variable name and value (the value is never printed)."""

    name: str
    value: str = field(repr=False)


@frozen
class Settings:
    """Everything hodei-run needs, validated."""

    command: tuple[str, ...]
    timeout_ms: int
    kill_grace_ms: int
    memory: int | None
    cpus: float | None
    pids: int | None
    cgroup: str
    workdir: str | None
    env: dict[str, str]
    secrets: tuple[Secret, ...]
    job_id: str
    worker_id: str
    correlation_id: str
    event_file: str | None
    quiet: bool
    log_format: str | None
    log_level: str
    publish: PublishSettings | None = None
    """Where the final event is delivered, if anywhere."""
    termination_log: str | None = None
    """Where the termination message is written, if anywhere."""


def help_text() -> str:
    """hodei-run's help, generated from :data:`OPTIONS`."""
    return parser().format_help()


def parser() -> argparse.ArgumentParser:
    """hodei-run's help, generated from :data:`OPTIONS`."""
    return build_parser(
        "hodei-run", OPTIONS,
        usage="hodei-run [OPTIONS] [--] COMMAND [ARG...]\n       hodei-run explain [CODE] [--json]",
        description="Run COMMAND, leave nothing of it behind, and say exactly why it failed. "
        "Every option can also be set as HODEI_<NAME> or in the [run] table of the config file.",
        command=True)


def _refusal(kind: PreSpawnKind, subject: str, message: str) -> InputError:
    from ..classify import PreSpawnError  # loaded only when there is bad input

    return InputError(PreSpawnError(kind, subject, message))


def _validation(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.VALIDATION, subject, message)


def _configuration(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.CONFIGURATION, subject, message)


def _secret_error(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.SECRET, subject, message)


_ERRORS: Final = {FLAG: _validation, ENV: _validation, CONFIG: _configuration}
"""The refusal a bad value makes, by where it came from: a command-line or variable value is
input (ERR_1009), a config file's configuration (ERR_1010)."""

Source = tuple[str, Callable[[str, str], InputError]]
"""Where a value came from: the subject to name in errors, and the kind of error to raise."""


def _refused(exc: OptionError) -> InputError:
    return _ERRORS[exc.origin](exc.subject, exc.message)


def _read_config(explicit: str | None, environ: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """The config file's ``[run]`` table (see :func:`read_config`). Raises InputError."""
    try:
        return read_config(explicit, environ, CONFIG_TABLE, _BY_KEY)
    except OptionError as exc:
        raise _refused(exc) from None


def _resolve(option: Option, cli: Any, environ: Mapping[str, str], config: dict[str, Any],
             config_path: str) -> tuple[Any, Source | None]:
    """The option's value from the first source that sets it, parsed, and that source;
    errors name the flag, variable or config key. Raises InputError."""
    try:
        value, source = resolve(option, cli, environ, config, config_path, CONFIG_TABLE)
    except OptionError as exc:
        raise _refused(exc) from None
    return value, None if source is None else (source[0], _ERRORS[source[1]])


def _env_pairs(values: tuple[str, ...], source: Source | None) -> dict[str, str]:
    subject, err = source or ("--env", _validation)
    pairs: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep:
            raise err(subject, f"{item!r} is not KEY=VALUE")
        if not _ENV_NAME.fullmatch(key):
            raise err(subject, f"{key!r} is not a valid environment variable name")
        if "\0" in value:
            raise err(subject, f"the value of {key} holds a NUL byte")
        pairs[key] = value
    return pairs


def _secrets(values: tuple[str, ...], environ: Mapping[str, str], origin: Source | None,
             found: list[Secret]) -> None:
    """Resolves every secret into ``found``, in order; raises on the first that fails (the
    ones before it stay in ``found``, so their values can still be masked)."""
    subject, err = origin or ("--secret", _validation)
    for item in values:
        name, sep, source = item.partition("=")
        if not sep or not _ENV_NAME.fullmatch(name):
            raise err(subject, f"{name!r}: expected NAME=file:PATH or NAME=env:VAR")
        scheme, sep, where = source.partition(":")
        if not sep or scheme not in ("file", "env") or not where:
            raise err(subject, f"{name}: the source must be file:PATH or env:VAR")
        if "\0" in where:
            raise err(subject, f"{name}: the source holds a NUL byte")
        if scheme == "env":
            if where not in environ:
                raise _secret_error(name, f"environment variable {where} is not set")
            value = environ[where]
        else:
            try:
                # Bytes as they are (no newline translation), less one final line end
                # (``\n`` or ``\r\n``): editors and ``echo`` add one, and no job sees it.
                value = _strip_line_end(read_regular(where).decode("utf-8"))
            except FileNotFoundError:
                raise _secret_error(name, f"file {where} does not exist") from None
            except UnsafeFile as exc:
                raise _secret_error(name, f"cannot use the file: {exc}") from None
            except UnicodeDecodeError:
                raise _secret_error(name, f"file {where} is not UTF-8 text") from None
            except OSError as exc:
                raise _secret_error(name, f"cannot read {where}: {exc.strerror}") from None
        if not value:
            raise _secret_error(name, "the secret is empty")
        if "\0" in value:
            raise _secret_error(name, "the secret holds a NUL byte, which no environment "
                                "variable can carry")
        found.append(Secret(name, value))


def _strip_line_end(text: str) -> str:
    """``text`` less one final ``\r\n`` or ``\n`` (only one: the rest is the value's own)."""
    return text.removesuffix("\r\n") if text.endswith("\r\n") else text.removesuffix("\n")




def split_argv(argv: list[str]) -> tuple[list[str], list[str] | None]:
    """hodei-run's own options and the command (see :func:`split_command`): the command's own
    options are never taken for hodei-run's. The command is None when none was given."""
    return split_command(argv, OPTIONS)


def identity_only(argv: list[str], environ: Mapping[str, str]) -> dict[str, str | None]:
    """The ids and event file, salvaged from input that failed validation, so the failure's
    event still reaches the place it was asked for (an event file only if it is usable)."""
    opts, _ = split_argv(argv)
    out: dict[str, str | None] = {}
    for name in ("job-id", "worker-id", "correlation-id", "event-file", "termination-log"):
        option = _BY_KEY[name.replace("-", "_")]
        value = environ.get(option.env) or None
        for i, arg in enumerate(opts):
            if arg == option.flag and i + 1 < len(opts):
                value = opts[i + 1]
            elif arg.startswith(option.flag + "="):
                value = arg.split("=", 1)[1]
        if value is not None:
            try:
                option.parse(value)
            except ValueError:
                value = None
        out[name.replace("-", "_")] = value
    return out


_IDENTITY: Final = ("job_id", "worker_id", "correlation_id", "event_file", "quiet", "log_format",
                    "log_level", "termination_log")
"""Settled first, so that a refusal of anything else still has its ids, event file and logs."""
_ORDER: Final = tuple((o, o.key, o.key in _IDENTITY)
                      for o in sorted(OPTIONS, key=lambda o: o.key not in _IDENTITY))
"""The options in the order they are settled, with their keys and whether they are ids."""


def load(argv: list[str], environ: Mapping[str, str]) -> Settings:
    """Validated settings from the command line, the environment and the config file.

    Raises InputError naming the field, key or secret that is wrong; its ``partial`` holds
    what was settled before."""
    partial: dict[str, Any] = {}
    try:
        return _load(argv, environ, partial)
    except InputError as exc:
        # The ids and event file salvaged, under the ones settled before the problem.
        partial = {**identity_only(argv, environ), **partial}
        if not partial.get("secrets"):
            partial["secrets"] = _salvaged_secrets(argv, environ)
        exc.partial = partial
        raise


def _salvaged_secrets(argv: list[str], environ: Mapping[str, str]) -> list[Secret]:
    """The secrets of the command line and ``HODEI_SECRET`` that can be resolved, each on its
    own, for masking a run refused before its secrets were resolved."""
    option = _BY_KEY["secret"]
    opts, _ = split_argv(argv)
    specs = [opts[i + 1] for i, word in enumerate(opts[:-1]) if word == option.flag]
    specs += [w.split("=", 1)[1] for w in opts if w.startswith(option.flag + "=")]
    specs += [v for v in environ.get(option.env, "").splitlines() if v]
    found: list[Secret] = []
    for spec in specs:
        with contextlib.suppress(InputError):
            _secrets((spec,), environ, None, found)
    return found


def _load(argv: list[str], environ: Mapping[str, str], partial: dict[str, Any]) -> Settings:
    opts, command = split_argv(argv)
    try:
        given = read_flags(opts, OPTIONS, " (options go before the command)")
    except OptionError as exc:
        raise _refused(exc) from None
    command = command or []
    config_path, config = _read_config(given.get("config"), environ)
    values: dict[str, Any] = {}
    sources: dict[str, Source | None] = {}
    for o, key, identity in _ORDER:
        values[key], sources[key] = _resolve(o, given.get(key), environ, config, config_path)
        if identity:
            partial[key] = values[key]

    def invalid(flag: str, message: str) -> InputError:
        source = sources.get(flag.removeprefix("--").replace("-", "_"))
        subject, err = source or (flag, _validation)
        return err(subject, message)

    partial["publish"] = publish = publish_settings(values, environ, invalid)
    secrets: list[Secret] = []
    partial["secrets"] = secrets
    _secrets(values["secret"], environ, sources["secret"], secrets)

    if not command:
        raise _validation("command", "no command given: hodei-run [OPTIONS] -- COMMAND [ARG...]")
    if values["shell"]:
        if len(command) != 1:
            raise _validation("command", "--shell takes the whole command as one string")
        command = ["/bin/sh", "-c", command[0]]
    if not command[0]:
        raise _validation("command", "the command is an empty string")

    if values["clear_env"]:
        base = {"PATH": environ.get("PATH", os.defpath)}
    else:  # hodei-run's own settings are not the job's: a nested hodei-run must not inherit them
        base = {k: v for k, v in environ.items() if k not in _OWN_VARIABLES}
    env = {**base, **_env_pairs(values["env"], sources["env"])}
    env.update({s.name: s.value for s in secrets})
    return Settings(
        command=tuple(command),
        timeout_ms=values["timeout"],
        kill_grace_ms=values["kill_grace"],
        memory=values["memory"],
        cpus=values["cpus"],
        pids=values["pids"],
        cgroup=values["cgroup"],
        workdir=values["workdir"],
        env=env,
        secrets=tuple(secrets),
        job_id=values["job_id"] or uuid4(),
        worker_id=values["worker_id"] or uuid4(),
        correlation_id=values["correlation_id"] or uuid4(),
        event_file=values["event_file"],
        quiet=values["quiet"],
        log_format=values["log_format"],
        log_level=values["log_level"],
        publish=publish,
        termination_log=values["termination_log"],
    )


def from_plan(plan: Plan, environ: Mapping[str, str]) -> Settings:
    """The settings of ``plan`` (a supervisor host's job): its secrets resolved in ``environ``;
    the job's environment is the plan's variables and its secrets, nothing of ``environ``
    (the daemon put the worker's base environment in the plan).

    Raises InputError naming the secret; its ``partial`` holds the ids and the secrets
    resolved before the problem."""
    secrets: list[Secret] = []
    partial: dict[str, Any] = {"job_id": plan.job_id, "worker_id": plan.worker_id,
                               "correlation_id": plan.correlation_id, "event_file": None,
                               "secrets": secrets}
    try:
        _secrets(tuple(f"{s.name}={s.scheme}:{s.where}" for s in plan.secrets), environ,
                 ("secrets", _validation), secrets)
    except InputError as exc:
        exc.partial = partial
        raise
    return Settings(
        command=plan.command, timeout_ms=plan.timeout_ms, kill_grace_ms=plan.kill_grace_ms,
        memory=plan.memory, cpus=plan.cpus, pids=plan.pids, cgroup="auto", workdir=plan.workdir,
        env={**plan.env, **{s.name: s.value for s in secrets}}, secrets=tuple(secrets),
        job_id=plan.job_id, worker_id=plan.worker_id, correlation_id=plan.correlation_id,
        event_file=None, quiet=True, log_format="json", log_level="info")
