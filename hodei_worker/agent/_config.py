"""The agent's configuration: the environment the platform gives its worker container
(``HODEI_SERVER_ADDRESS``, ``HODEI_OTP_TOKEN``, …), under a few options of its own read by the
one options engine (``hodei_worker.run``): each a flag, a ``HODEI_<NAME>`` variable and a key of
the ``[agent]`` table of the config file, in that order, all of them over the platform's
variables.

Anything wrong is refused before anything connects: one line naming the variable, flag or key,
and exit status 78 (EX_CONFIG).
"""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from .. import run
from .._units import parse_duration_ms, parse_size_bytes
from ..run import Option, choice, parse_text
from ..transport import AddressError, check_address, is_local, read_credential

DEFAULT_ADDRESS: Final = "http://localhost:50051"
DEFAULT_STATE: Final = "/var/lib/hodei-worker/agent"
TLS_SERVER_NAME: Final = "hodei-server"
"""The name the platform's server certificate carries, for mutual TLS."""
HEARTBEAT_S: Final = 15.0


class ConfigError(Exception):
    """A bad variable, flag or key; ``key`` names it."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True, slots=True)
class Tls:
    """TLS material: the CA (None: the system's), and this worker's certificate and key."""

    ca: bytes | None
    cert: bytes | None = None
    key: bytes | None = None
    server_name: str | None = None


@dataclass(frozen=True, slots=True)
class AgentConfig:
    target: str
    """The gRPC target, HOST:PORT."""
    tls: Tls | None
    """None: plaintext, consented to."""
    token: str
    worker_id: str
    worker_name: str
    job_id: str | None
    ephemeral: bool
    state_dir: Path
    log_batch_size: int = 100
    log_flush_s: float = 0.25
    cleanup_timeout_ms: int = 30_000
    drain_timeout_s: float = 300.0
    log_limit: int = 1024**3
    kill_grace_ms: int = 10_000
    heartbeat_s: float = HEARTBEAT_S

    @property
    def idle_s(self) -> float:
        """How long an ephemeral worker without a job waits before it leaves: the cleanup
        timeout (HODEI_CLEANUP_TIMEOUT_MS)."""
        return self.cleanup_timeout_ms / 1000

    def __repr__(self) -> str:  # never the token
        return f"AgentConfig(target={self.target!r}, worker_id={self.worker_id!r}, tls={self.tls is not None})"


TABLE: Final = "agent"
OPTIONS: Final[tuple[Option, ...]] = (
    Option("server", parse_text, None, "the server (default $HODEI_SERVER_ADDRESS, else "
           f"{DEFAULT_ADDRESS}); http:// is plaintext, https:// TLS", metavar="ADDRESS"),
    Option("state-dir", parse_text, None, f"where jobs' output lives (default {DEFAULT_STATE})",
           metavar="DIR"),
    Option("drain-timeout", parse_duration_ms, 300_000, "how long running jobs may finish when "
           "the worker is told to stop, before they are cancelled (default 5m)",
           metavar="DURATION"),
    Option("log-limit", parse_size_bytes, 1024**3, "per job and stream, output beyond this is "
           "not sent; counted in the heartbeat's dropped_logs (default 1G)", metavar="SIZE"),
    Option("log-level", choice("debug", "info", "warning", "error"), "info",
           "debug, info, warning or error", metavar="LEVEL"),
)


def parser() -> argparse.ArgumentParser:
    """The agent's help."""
    return run.build_parser(
        "hodei-worker agent", OPTIONS,
        description="A worker for the Hodei platform's worker image: registers with "
        "HODEI_OTP_TOKEN, runs the jobs the server sends, supervised as hodei-run runs them. "
        "Every option can also be set as HODEI_<NAME> or in the [agent] table of the config file.")


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    text = environ.get(name)
    if text is None or text == "":
        return default
    if not text.strip().isdigit() or int(text) <= 0:
        raise ConfigError(name, f"{text!r} must be a whole number above 0")
    return int(text)


def _address(raw: str, where: str, environ: Mapping[str, str]) -> tuple[str, str | None]:
    """HOST:PORT and the scheme (http, https, or None when none was said)."""
    text = raw.strip()
    scheme: str | None = None
    if "://" in text:
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(where, f"{raw!r} is not http://HOST:PORT or https://HOST:PORT")
        if parts.path not in ("", "/") or parts.query or parts.username:
            raise ConfigError(where, f"{raw!r}: only a scheme, a host and a port are expected")
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        try:
            port = parts.port
        except ValueError:
            raise ConfigError(where, f"{raw!r} has an invalid port") from None
        text = f"{host}:{port}" if port else host
    protocol = environ.get("HODEI_SERVER_PROTOCOL", "").strip().lower()
    if scheme is None and protocol:
        if protocol not in ("http", "https"):
            raise ConfigError("HODEI_SERVER_PROTOCOL", f"{protocol!r} is not http or https")
        scheme = protocol
    if not text.rsplit("]", 1)[-1].count(":"):
        port_text = environ.get("HODEI_SERVER_PORT") or ("443" if scheme == "https" else "50051")
        text = f"{text}:{port_text}"
    try:
        check_address(text, where)
    except AddressError as exc:
        raise ConfigError(where, exc.reason) from None
    return text, scheme


def _tls(scheme: str | None, target: str, where: str, environ: Mapping[str, str]) -> Tls | None:
    paths = {name: environ.get(name) for name in
             ("HODEI_CLIENT_CERT_PATH", "HODEI_CLIENT_KEY_PATH", "HODEI_CA_CERT_PATH")}
    try:
        if all(paths.values()):
            return Tls(read_credential(str(paths["HODEI_CA_CERT_PATH"]), "HODEI_CA_CERT_PATH"),
                       read_credential(str(paths["HODEI_CLIENT_CERT_PATH"]), "HODEI_CLIENT_CERT_PATH"),
                       read_credential(str(paths["HODEI_CLIENT_KEY_PATH"]), "HODEI_CLIENT_KEY_PATH"),
                       TLS_SERVER_NAME)
        if scheme == "https":
            ca = paths["HODEI_CA_CERT_PATH"]
            return Tls(read_credential(ca, "HODEI_CA_CERT_PATH") if ca else None)
    except AddressError as exc:
        raise ConfigError(exc.option, exc.reason) from None
    if scheme == "http" or is_local(target):
        return None  # http:// (or HODEI_SERVER_PROTOCOL=http) is the consent to plaintext
    raise ConfigError(where, f"{target} is not on this machine and no protocol was said: write "
                      f"http://{target} (or set HODEI_SERVER_PROTOCOL=http) to send in plaintext, "
                      f"or https://{target} for TLS")


def load(argv: list[str], environ: Mapping[str, str]) -> tuple[AgentConfig, str]:
    """The validated configuration and the log level; raises ConfigError naming the key."""
    values: dict[str, Any] = {}
    named: dict[str, str] = {}
    try:
        given = run.read_flags(argv, OPTIONS, " (see hodei-worker agent --help)")
        path, table = run.read_config(given.get("config"), environ, TABLE, [o.key for o in OPTIONS])
        for option in OPTIONS:
            values[option.key], source = run.resolve(option, given.get(option.key), environ,
                                                     table, path, TABLE)
            named[option.key] = source[0] if source else option.flag
    except run.OptionError as exc:
        raise ConfigError(exc.subject, exc.message) from None
    raw, where = values["server"], named["server"]
    if raw is None:  # the platform's variable, under the agent's own option
        raw, where = environ.get("HODEI_SERVER_ADDRESS") or DEFAULT_ADDRESS, "HODEI_SERVER_ADDRESS"
    target, scheme = _address(raw, where, environ)
    tls = _tls(scheme, target, where, environ)
    token = environ.get("HODEI_OTP_TOKEN", "")
    if not token:
        raise ConfigError("HODEI_OTP_TOKEN", "is required: the one-time token the platform gives "
                          "each worker container")
    worker_id = environ.get("HODEI_WORKER_ID", "")
    try:
        uuid.UUID(worker_id)
    except ValueError:
        raise ConfigError("HODEI_WORKER_ID", f"{worker_id[:64]!r} is not a UUID") from None
    state, level = values["state_dir"], values["log_level"]
    config = AgentConfig(
        target=target, tls=tls, token=token, worker_id=worker_id,
        worker_name=environ.get("HODEI_WORKER_NAME") or f"hodei-worker-{worker_id[:8]}",
        job_id=environ.get("HODEI_JOB_ID") or None,
        ephemeral=environ.get("HODEI_WORKER_MODE", "ephemeral").strip().lower() == "ephemeral",
        state_dir=Path(state or DEFAULT_STATE),
        log_batch_size=min(_int(environ, "HODEI_LOG_BATCH_SIZE", 100), 1000),
        log_flush_s=_int(environ, "HODEI_LOG_FLUSH_INTERVAL", 250) / 1000,
        cleanup_timeout_ms=_int(environ, "HODEI_CLEANUP_TIMEOUT_MS", 30_000),
        drain_timeout_s=values["drain_timeout"] / 1000, log_limit=values["log_limit"],
    )
    try:
        os.makedirs(config.state_dir, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise ConfigError("--state-dir", f"cannot use {config.state_dir}: {exc.strerror}") from None
    return config, level
