"""hodei-run's settings: one table of options, each settable on the command line, by a
``HODEI_*`` environment variable, or in the ``[run]`` table of the config file (in that order
of precedence). Bad input becomes a PreSpawnError naming the field, key or secret."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
from collections.abc import Callable, Mapping

from .._ids import uuid4
from .._record import field, record
from .._units import parse_duration_ms, parse_size_bytes
from ..classify import PreSpawnKind
from ._files import UnsafeFile, event_file_target, read_regular
from ._publish import PublishSettings, publish_settings

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

    from ..classify import PreSpawnError
    from ._plan import Plan

DEFAULT_CONFIG: Final = "/etc/hodei/worker.toml"
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


def _text(text: str) -> str:
    if not text:
        raise ValueError("must not be empty")
    if "\0" in text:
        raise ValueError("holds a NUL byte")
    return text


def _event_file(text: str) -> str:
    """A path the event can be written to: see :func:`event_file_target`."""
    _text(text)
    try:
        event_file_target(text)
    except UnsafeFile as exc:
        raise ValueError(str(exc)) from None
    return text


def _flag(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"{text!r} is not true or false")


@record
class Option:
    """One setting: its name is the flag (``--kill-grace``), the variable (``HODEI_KILL_GRACE``)
    and the config key (``kill_grace``)."""

    name: str
    parse: Callable[[str], Any]
    default: Any
    help: str
    kind: str = "value"
    """``value``, ``flag`` (no argument) or ``list`` (repeatable)."""
    metavar: str | None = None

    @property
    def flag(self) -> str:
        return _spellings(self.name)[0]

    @property
    def env(self) -> str:
        return _spellings(self.name)[1]

    @property
    def key(self) -> str:
        return _spellings(self.name)[2]


@functools.cache
def _spellings(name: str) -> tuple[str, str, str]:
    """An option's flag, variable and key, spelled once (a supervisor host reads a command
    line per job)."""
    return f"--{name}", "HODEI_" + name.upper().replace("-", "_"), name.replace("-", "_")


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


@record
class Secret:
    """A resolved secret: its variable name and value (the value is never printed)."""

    name: str
    value: str = field(repr=False)


@record
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


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter at a fixed width: argparse makes one for every option it adds,
    and each would ask the terminal for its size (importing ``shutil`` first)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=78)


class _Parser(argparse.ArgumentParser):
    """Help and usage, the only text shown, at the terminal's width."""

    def format_usage(self) -> str:
        self.formatter_class = argparse.HelpFormatter
        return super().format_usage()

    def format_help(self) -> str:
        self.formatter_class = argparse.HelpFormatter
        return super().format_help()


@functools.cache
def parser() -> argparse.ArgumentParser:
    """The command line, generated from :data:`OPTIONS` (built once per process: the
    daemon's supervisor host reads every job's command line with it)."""
    p = _Parser(
        prog="hodei-run",
        formatter_class=_Formatter,
        usage="hodei-run [OPTIONS] [--] COMMAND [ARG...]\n       hodei-run explain [CODE] [--json]",
        description="Run COMMAND, leave nothing of it behind, and say exactly why it failed. "
        "Every option can also be set as HODEI_<NAME> or in the [run] table of the config file.",
        exit_on_error=False,
        allow_abbrev=False,
    )
    for o in OPTIONS:
        if o.kind == "flag":
            p.add_argument(o.flag, action="store_const", const="true", default=None, help=o.help)
        elif o.kind == "list":
            p.add_argument(o.flag, action="append", default=None, help=o.help, metavar=o.metavar)
        else:
            p.add_argument(o.flag, default=None, help=o.help, metavar=o.metavar)
    p.add_argument("--config", default=None, metavar="PATH",
                   help=f"the config file (default: $HODEI_CONFIG or {DEFAULT_CONFIG})")
    p.add_argument("command", nargs=argparse.REMAINDER, help="the command and its arguments")
    return p


def _refusal(kind: PreSpawnKind, subject: str, message: str) -> InputError:
    from ..classify import PreSpawnError  # loaded only when there is bad input

    return InputError(PreSpawnError(kind, subject, message))


def _validation(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.VALIDATION, subject, message)


def _configuration(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.CONFIGURATION, subject, message)


def _secret_error(subject: str, message: str) -> InputError:
    return _refusal(PreSpawnKind.SECRET, subject, message)


def _read_config(explicit: str | None, environ: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    path = explicit or environ.get("HODEI_CONFIG") or DEFAULT_CONFIG
    required = bool(explicit or environ.get("HODEI_CONFIG"))
    if not required and not os.path.exists(path):  # the usual case, without loading a parser
        return path, {}
    import tomllib

    if "\0" in path:
        raise _configuration("config", "the config file's path holds a NUL byte")
    try:
        data = tomllib.loads(read_regular(path).decode("utf-8"))
    except FileNotFoundError:
        if required:
            raise _configuration("config", f"config file {path} does not exist") from None
        return path, {}
    except UnsafeFile as exc:
        raise _configuration("config", f"cannot use the config file: {exc}") from None
    except UnicodeDecodeError:
        raise _configuration("config", f"{path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise _configuration("config", f"{path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise _configuration("config", f"cannot read {path}: {exc.strerror}") from None
    table = data.get(CONFIG_TABLE, {})
    if not isinstance(table, dict):
        raise _configuration(CONFIG_TABLE, f"{path}: [{CONFIG_TABLE}] must be a table")
    for key in table:
        if key not in _BY_KEY:
            raise _configuration(f"{CONFIG_TABLE}.{key}", f"{path}: unknown key {key!r}")
    return path, table


def _config_values(option: Option, value: Any) -> list[str]:
    """A config value as the strings a flag would have had."""
    if option.kind == "list":
        if isinstance(value, dict) and all(_scalar(v) for v in value.values()):
            return [f"{k}={_config_text(v)}" for k, v in value.items()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        raise TypeError("must be a table of strings or a list of strings")
    if _scalar(value):
        return [_config_text(value)]
    raise TypeError(f"must be a string or a number, not {type(value).__name__}")


def _scalar(value: Any) -> bool:
    return isinstance(value, (bool, int, float, str))


def _config_text(value: Any) -> str:
    """A TOML scalar as the text a flag would have had (``true``, ``30``, ``0.5``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) > 10**15:
        raise TypeError("is too large a number")
    return str(value)


Source = tuple[str, Callable[[str, str], InputError]]
"""Where a value came from: the subject to name in errors, and the kind of error to raise."""


def _resolve(option: Option, cli: Any, environ: Mapping[str, str], config: dict[str, Any],
             config_path: str) -> tuple[Any, Source | None]:
    """The option's value from the first source that sets it, parsed, and that source;
    errors name the flag, variable or config key."""
    if cli is not None:
        raw, subject, err = (cli if isinstance(cli, list) else [cli]), option.flag, _validation
    elif option.env in environ:
        value = environ[option.env]
        raw = [v for v in value.splitlines() if v] if option.kind == "list" else [value]
        subject, err = option.env, _validation
    elif option.key in config:
        subject, err = f"{CONFIG_TABLE}.{option.key}", _configuration
        try:
            raw = _config_values(option, config[option.key])
        except TypeError as exc:
            raise err(subject, f"{config_path}: {exc}") from None
    else:
        return option.default, None
    try:
        parsed = [option.parse(v) for v in raw]
    except (ValueError, OverflowError) as exc:
        where = f"{config_path}: " if err is _configuration else ""
        raise err(subject, f"{where}{exc}") from None
    return (tuple(parsed) if option.kind == "list" else parsed[-1]), (subject, err)


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


_TAKES_VALUE: Final = frozenset({o.flag for o in OPTIONS if o.kind != "flag"} | {"--config"})


def split_argv(argv: list[str]) -> tuple[list[str], list[str] | None]:
    """hodei-run's own options and the command: options end at ``--`` or at the first word
    that is not an option (as ``env``, ``nice`` and ``timeout`` do), so the command's own
    options are never taken for hodei-run's. The command is None when none was given."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            return argv[:i], argv[i + 1:]
        if not word.startswith("-") or word == "-":
            return argv[:i], argv[i:]
        i += 2 if word in _TAKES_VALUE else 1
    return argv[:], None


def identity_only(argv: list[str], environ: Mapping[str, str]) -> dict[str, str | None]:
    """The ids and event file, salvaged from input that failed validation, so the failure's
    event still reaches the place it was asked for (an event file only if it is usable)."""
    opts, _ = split_argv(argv)
    out: dict[str, str | None] = {}
    for name in ("job-id", "worker-id", "correlation-id", "event-file"):
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
                    "log_level")
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
        ns, unknown = parser().parse_known_args(opts)
    except argparse.ArgumentError as exc:
        raise _validation(exc.argument_name or "arguments", exc.message) from None
    if ns.command:
        unknown = [*unknown, *ns.command]
    if unknown:
        raise _validation(unknown[0], f"unknown option {unknown[0]!r} (options go before the "
                          "command)")
    command = command or []
    config_path, config = _read_config(ns.config, environ)
    values: dict[str, Any] = {}
    sources: dict[str, Source | None] = {}
    for o, key, identity in _ORDER:
        values[key], sources[key] = _resolve(o, getattr(ns, key), environ, config, config_path)
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
    )


def from_plan(plan: Plan, environ: Mapping[str, str]) -> Settings:
    """The settings of ``plan`` (a supervisor host's job): its secrets resolved in ``environ``,
    the job's environment ``environ`` (less hodei-run's own variables) under the plan's.

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
    base = {k: v for k, v in environ.items() if k not in _OWN_VARIABLES}
    return Settings(
        command=plan.command, timeout_ms=plan.timeout_ms, kill_grace_ms=plan.kill_grace_ms,
        memory=plan.memory, cpus=plan.cpus, pids=plan.pids, cgroup="auto", workdir=plan.workdir,
        env={**base, **plan.env, **{s.name: s.value for s in secrets}}, secrets=tuple(secrets),
        job_id=plan.job_id, worker_id=plan.worker_id, correlation_id=plan.correlation_id,
        event_file=None, quiet=True, log_format="json", log_level="info")


# The option machinery, for the subcommands that share options with a run (``flush``).
read_config = _read_config
resolve = _resolve
validation_error = _validation
parse_flag = _flag
