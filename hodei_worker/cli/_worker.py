"""``hodei-worker``: options, configuration and exit statuses of the daemon.

Every option is a flag, a ``HODEI_<NAME>`` variable and a key of the ``[worker]`` table of the
config file (``/etc/hodei/worker.toml`` unless ``--config``/``$HODEI_CONFIG`` says otherwise);
flags win over variables, which win over the file. Anything wrong is refused before anything
starts, with one line naming the key, and exit status 78 (EX_CONFIG), which systemd's
``RestartPreventExitStatus=`` can use.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from .. import run
from .._units import parse_duration_ms, parse_size_bytes
from ..run import Option, choice, parse_flag, parse_text

EX_CONFIG: Final = 78
TABLE: Final = "worker"
SYSTEM_STATE: Final = "/var/lib/hodei-worker"
_LABEL: Final = re.compile(r"^[A-Za-z0-9_.\-/]+$")


class ConfigError(Exception):
    """A bad option, variable or config key; ``key`` names it."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


MAX_JOBS: Final = 10_000
"""The most jobs a worker may be told to run at once (more is a typo)."""
_VARIABLE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def _max_jobs(text: str) -> int:
    word = text.strip()
    if not word.isascii() or not word.isdigit() or not 0 < int(word) <= MAX_JOBS:
        raise ValueError(f"{text!r} must be a whole number from 1 to {MAX_JOBS}")
    return int(word)


def _variable(text: str) -> str:
    if not _VARIABLE.fullmatch(text):
        raise ValueError(f"{text!r} is not a variable name")
    return text


def _labels(text: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = item.partition("=")
        if not sep or not _LABEL.match(key) or not _LABEL.match(value or "x"):
            raise ValueError(f"{item!r} is not KEY=VALUE (letters, digits, '_.-/')")
        labels[key] = value
    return labels


OPTIONS: Final[tuple[Option, ...]] = (
    Option("control-plane", parse_text, None, "the control plane: HOST:PORT, [IPv6]:PORT or unix:/path (required)"),
    Option("state-dir", parse_text, None, f"where jobs' state, output and the outbox live (default {SYSTEM_STATE} "
           "for root, else ~/.local/state/hodei-worker)"),
    Option("max-jobs", _max_jobs, 8, "the most jobs run at once (default 8)"),
    Option("drain-timeout", parse_duration_ms, 300_000, "how long running jobs may finish when the "
           "worker leaves, before they are cancelled (default 5m)"),
    Option("kill-grace", parse_duration_ms, 10_000, "time between SIGTERM and SIGKILL for a job whose "
           "spec sets none (default 10s)"),
    Option("env-pass", _variable, (), "a variable of the worker's environment that every job "
           "gets too (repeatable; jobs start from PATH, HOME, LANG, LC_ALL and TZ only)", "list",
           metavar="NAME"),
    Option("worker-id", parse_text, None, "this worker's id (default: made once, kept in the state directory)"),
    Option("labels", _labels, {}, "labels jobs may ask for: KEY=VALUE,KEY=VALUE", "map"),
    Option("log-limit", parse_size_bytes, 1024**3, "per job and stream, output beyond this is not sent "
           "(its size is reported; default 1G)"),
    Option("spool-limit", parse_size_bytes, 2 * 1024**3, "the outbox's soft cap (default 2G)"),
    Option("health-listen", parse_text, None, "serve the gRPC health service on ADDRESS"),
    Option("metrics-listen", parse_text, None, "serve Prometheus metrics on ADDRESS "
           "(HOST:PORT, [IPv6]:PORT; plaintext HTTP: loopback only, unless --metrics-insecure)"),
    Option("metrics-insecure", parse_flag, False, "allow --metrics-listen on an address that is "
           "not loopback (anyone who reaches it reads the metrics)", "flag"),
    Option("tls-ca", parse_text, None, "CA certificates (PEM) that sign the control plane's certificate: use TLS"),
    Option("tls-cert", parse_text, None, "this worker's certificate chain (PEM), for mutual TLS"),
    Option("tls-key", parse_text, None, "this worker's private key (PEM), for mutual TLS"),
    Option("token-file", parse_text, None, "send the bearer token in PATH"),
    Option("insecure", parse_flag, False, "allow plaintext to a control plane that is not on this machine",
           "flag"),
    Option("log-format", choice("json", "console"), None, "json or console (default: json unless "
           "stderr is a terminal)"),
    Option("log-level", choice("debug", "info", "warning", "error"), "info", "debug, info, warning or error"),
)


def parser() -> argparse.ArgumentParser:
    return run.build_parser(
        "hodei-worker", OPTIONS,
        description="The Hodei worker daemon: takes jobs from the control plane and runs many at "
                    "once, supervised by one host process that outlives it. Every option can also "
                    "be set as HODEI_<NAME> or in the [worker] table of the config file.")


def default_state_dir(environ: Mapping[str, str]) -> str:
    if os.geteuid() == 0:
        return SYSTEM_STATE
    state = environ.get("XDG_STATE_HOME") or os.path.join(environ.get("HOME") or os.path.expanduser("~"),
                                                          ".local", "state")
    return os.path.join(state, "hodei-worker")


def _worker_id(state_dir: Path, given: str | None) -> str:
    if given:
        return given
    path = state_dir / "worker-id"
    with contextlib.suppress(OSError):
        existing = path.read_text("utf-8").strip()
        if existing:
            return existing
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = str(uuid.uuid4())
    path.write_text(made + "\n", "utf-8")
    return made


def load(argv: list[str], environ: Mapping[str, str]) -> Any:
    """The validated WorkerConfig and log settings; raises ConfigError naming the key."""
    from ..daemon import WorkerConfig
    from ..run import job_base_env
    from ..transport import AddressError, endpoint

    try:
        given = run.read_flags(argv, OPTIONS, " (see hodei-worker --help)")
        path, table = run.read_config(given.get("config"), environ, TABLE, [o.key for o in OPTIONS])
        resolved = {o.key: run.resolve(o, given.get(o.key), environ, table, path, TABLE)
                    for o in OPTIONS}
    except run.OptionError as exc:
        raise ConfigError(exc.subject, exc.message) from None
    values = {key: value for key, (value, _) in resolved.items()}

    def named(key: str) -> str:
        """How the operator spelled the option: its flag, variable or config key."""
        source = resolved.get(key, (None, None))[1]
        return source[0] if source else key
    if not values["control_plane"]:
        raise ConfigError("control_plane", "is required (--control-plane, HODEI_CONTROL_PLANE or worker.control_plane)")
    try:
        ep = endpoint(values["control_plane"], tls_ca=values["tls_ca"], tls_cert=values["tls_cert"],
                      tls_key=values["tls_key"], token_file=values["token_file"],
                      insecure=values["insecure"])
        if values["health_listen"]:
            from ..transport import check_address

            check_address(values["health_listen"], "--health-listen", listen=True)
        if values["metrics_listen"]:
            _check_metrics(values["metrics_listen"], values["metrics_insecure"])
    except AddressError as exc:
        raise ConfigError(named(exc.option.removeprefix("--").replace("-", "_")), exc.reason) from None
    state_dir = Path(values["state_dir"] or default_state_dir(environ))
    try:
        worker_id = _worker_id(state_dir, values["worker_id"])
    except OSError as exc:
        raise ConfigError("state_dir", f"cannot use {state_dir}: {exc.strerror}") from None
    config = WorkerConfig(
        endpoint=ep, state_dir=state_dir, worker_id=worker_id, max_jobs=values["max_jobs"],
        drain_timeout_s=values["drain_timeout"] / 1000, labels=values["labels"],
        kill_grace_ms=values["kill_grace"], log_limit_bytes=values["log_limit"],
        spool_limit_bytes=values["spool_limit"], health_listen=values["health_listen"],
        metrics_listen=values["metrics_listen"],
        job_env=job_base_env(environ, values["env_pass"]))
    return config, values["log_level"], values["log_format"]


def _check_metrics(address: str, insecure: bool) -> None:
    """Metrics are plaintext HTTP without authentication: HOST:PORT on loopback, or anywhere
    with ``--metrics-insecure``. Raises AddressError."""
    from ..transport import AddressError, check_address, is_local

    check_address(address, "--metrics-listen", listen=True)
    if address.startswith("unix:"):
        raise AddressError("--metrics-listen", f"{address!r}: metrics are served on HOST:PORT "
                           "or [IPv6]:PORT, not on a unix socket")
    if not insecure and not is_local(address):
        raise AddressError("--metrics-listen", f"{address} is not a loopback address, and "
                           "metrics are plaintext HTTP: use 127.0.0.1:PORT, or allow it with "
                           "--metrics-insecure")


def main(argv: list[str]) -> int:
    """Runs the daemon until it has drained; returns its exit status."""
    if argv[:1] == ["agent"]:  # the platform's worker image: hodei_worker.agent
        from ._agent import main as agent_main

        return agent_main(argv[1:])
    if run.wants_help(argv):
        parser().print_help()
        return 0
    try:
        config, level, fmt = load(argv, os.environ)
    except ConfigError as exc:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"hodei-worker: ERR_1010 CONFIGURATION_ERROR {exc.key}: {exc.message}\n")
        return EX_CONFIG
    import anyio

    from .. import _logging
    from ..daemon import StateInUse, Worker
    from ..transport import RefusedError

    _logging.configure(level, fmt)
    refusal: RefusedError | None = None
    in_use: StateInUse | None = None
    try:
        anyio.run(Worker(config).run)
    except* StateInUse as group:  # a second daemon on one state directory: a configuration error
        in_use = next(e for e in _leaves(group) if isinstance(e, StateInUse))
    except* RefusedError as group:
        refusal = next(e for e in _leaves(group) if isinstance(e, RefusedError))
    if in_use is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"hodei-worker: ERR_1010 CONFIGURATION_ERROR state_dir: {in_use}\n")
        return EX_CONFIG
    if refusal is not None:  # a wrong token or certificate: restarting cannot help
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"hodei-worker: ERR_1010 CONFIGURATION_ERROR credentials: {refusal} "
                             "(see --token-file, --tls-cert, --tls-key)\n" if refusal.credentials
                             else f"hodei-worker: ERR_1010 CONFIGURATION_ERROR control_plane: "
                             f"{refusal}: is it a control plane?\n")
        return EX_CONFIG
    return 0


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in _leaves(inner)]
    return [error]
