"""``hodei-control-plane``: the reference control plane, and a client of its admin service.

    hodei-control-plane serve [--listen ADDRESS] [--db PATH] [TLS and token options]
    hodei-control-plane events [--control-plane ADDRESS] [--json] [TLS and token options]
    hodei-control-plane submit [JOB OPTIONS] [--json] -- CMD [ARG...]   (or --file job.yaml)
    hodei-control-plane jobs [--json] | logs JOB | cancel JOB
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from dataclasses import dataclass
from datetime import UTC
from typing import Any, Final

from .. import run
from .._nonblocking import say as _say
from ..run import Option, OptionError, parse_flag
from ._submit import SUBMIT_OPTIONS

DEFAULT_ADDRESS: Final = "127.0.0.1:50051"
DEFAULT_DB: Final = "hodei-control-plane.sqlite3"
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2


def _whole(text: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(f"{text!r} is not a whole number")
    return int(text)


_SERVING: Final = (
    Option("listen", str, DEFAULT_ADDRESS, "HOST:PORT, [IPv6]:PORT or unix:/path (default "
           f"{DEFAULT_ADDRESS}; port 0: any free port)", metavar="ADDRESS"),
    Option("db", str, DEFAULT_DB, f"the SQLite file events are stored in (default ./{DEFAULT_DB})",
           metavar="PATH"),
    Option("tls-cert", str, None, "this server's certificate chain (PEM): serve TLS", metavar="PATH"),
    Option("tls-key", str, None, "this server's private key (PEM)", metavar="PATH"),
    Option("tls-ca", str, None, "CA certificates (PEM) that sign client certificates: require "
           "mutual TLS", metavar="PATH"),
    Option("token-file", str, None, "require the bearer token in PATH on every call", metavar="PATH"),
    Option("insecure", parse_flag, False, "allow plaintext on an address that is not on this machine",
           "flag"),
    Option("heartbeat-interval", str, "5s", "how often workers send a heartbeat (default 5s)",
           metavar="DURATION"),
    Option("worker-timeout", str, "30s", "how long a worker whose session ended may take to come "
           "back before its running jobs fail with ERR_1008 (default 30s)", metavar="DURATION"),
)
_CLIENT: Final = (
    Option("control-plane", str, DEFAULT_ADDRESS, f"the server to ask (default {DEFAULT_ADDRESS})",
           metavar="ADDRESS"),
    Option("tls-ca", str, None, "CA certificates (PEM) that sign the server's certificate: use TLS",
           metavar="PATH"),
    Option("tls-cert", str, None, "this client's certificate chain (PEM), for mutual TLS",
           metavar="PATH"),
    Option("tls-key", str, None, "this client's private key (PEM), for mutual TLS", metavar="PATH"),
    Option("token-file", str, None, "send the bearer token in PATH", metavar="PATH"),
    Option("insecure", parse_flag, False, "allow plaintext to a server that is not on this machine",
           "flag"),
)
_JSON: Final = Option("json", parse_flag, False, "one JSON object per line", "flag")


@dataclass(frozen=True)
class _Command:
    """A subcommand: its options (read by the one options engine's reader, from the command
    line only), what its other words are, and what it does."""

    help: str
    options: tuple[Option, ...]
    words: str = ""
    """``JOB``: one word, the job's id; ``COMMAND``: the job's command, from the first word that
    is no option (or after ``--``) on; empty: none."""


COMMANDS: Final[dict[str, _Command]] = {
    "serve": _Command("store what workers publish, once each", _SERVING),
    "events": _Command("list the events received, newest last", (
        *_CLIENT, _JSON,
        Option("after", _whole, 0, "only events stored after SEQ", metavar="SEQ"),
        Option("limit", _whole, 0, "only the newest N events", metavar="N"))),
    "submit": _Command("queue a job: -- CMD [ARG...], or --file job.yaml",
                       (*_CLIENT, *SUBMIT_OPTIONS), "COMMAND"),
    "jobs": _Command("list the jobs, oldest first", (*_CLIENT, _JSON)),
    "logs": _Command("print a job's stdout and stderr as it wrote them", _CLIENT, "JOB"),
    "cancel": _Command("cancel a job wherever it is", (
        *_CLIENT, Option("reason", str, "cancelled by an operator", "why, for the record")), "JOB"),
}
"""Every subcommand, as data."""


def _help(name: str | None) -> str:
    if name is None:
        listed = "\n".join(f"  {n:<8} {c.help}" for n, c in COMMANDS.items())
        return (f"usage: hodei-control-plane {{{','.join(COMMANDS)}}} [OPTIONS]\n\n"
                f"The reference control plane of the Hodei Job Platform.\n\n{listed}\n")
    command = COMMANDS[name]
    words = {"JOB": " JOB", "COMMAND": " [--] CMD [ARG...]"}.get(command.words, "")
    return run.build_parser(f"hodei-control-plane {name}", command.options,
                            usage=f"hodei-control-plane {name} [OPTIONS]{words}",
                            description=command.help).format_help()


def read(argv: list[str]) -> argparse.Namespace:
    """The subcommand and its settings, as attributes (``subcommand``, its options' keys,
    ``job_id`` or ``command``). Raises OptionError naming the word at fault."""
    name, rest = (argv[0], argv[1:]) if argv else ("", [])
    command = COMMANDS.get(name)
    if command is None:
        raise OptionError(name or "subcommand", f"expected one of {', '.join(COMMANDS)}", "flag")
    words: list[str] = []
    if command.words == "COMMAND":
        opts, after = run.split_command(rest, command.options)
        words = after or []
    else:
        opts = rest
    given = run.read_flags(opts, command.options, f" (see hodei-control-plane {name} --help)",
                           words_out=words if command.words == "JOB" else None)
    values = {o.key: run.resolve(o, given.get(o.key), {}, {}, "", "control_plane")[0]
              for o in command.options}
    if command.words == "JOB":
        if len(words) != 1:
            raise OptionError("JOB", "give exactly one job id", "flag")
        values["job_id"] = words[0]
    elif command.words == "COMMAND":
        values["command"] = words
    return argparse.Namespace(subcommand=name, **values)


async def _serve(ns: argparse.Namespace) -> int:
    import anyio

    from .._units import parse_duration_ms
    from ..controlplane import EventStore, Listening, serve
    from ..transport import endpoint, is_local

    try:
        heartbeat_s = parse_duration_ms(ns.heartbeat_interval) / 1000
        worker_timeout_s = parse_duration_ms(ns.worker_timeout) / 1000
    except (ValueError, OverflowError) as exc:
        _say(f"hodei-control-plane: --heartbeat-interval/--worker-timeout: {exc}\n")
        return EXIT_USAGE

    ep = endpoint(ns.listen, option="--listen", tls_ca=ns.tls_ca, tls_cert=ns.tls_cert,
                  tls_key=ns.tls_key, token_file=ns.token_file, insecure=ns.insecure, listen=True)
    if ep.tls_ca and not ep.tls_cert:
        _say("hodei-control-plane: --tls-ca (mutual TLS) needs --tls-cert and --tls-key\n")
        return EXIT_USAGE
    if not ep.tls and not is_local(ep.address):
        _say(f"hodei-control-plane: WARNING: serving plaintext on {ep.address}, off this machine "
             + ("(--insecure): tokens and job output cross the network readable by anyone\n"
                if ep.token else "(--insecure) with no --token-file: anyone who reaches it can "
                "run jobs on its workers and read their output\n"))
    try:
        store = EventStore(ns.db)
    except Exception as exc:
        _say(f"hodei-control-plane: cannot open --db {ns.db}: {exc}\n")
        return EXIT_FAILED

    def ready(where: Listening) -> None:
        _say(f"hodei-control-plane: listening on {where.address} ({where.security}), "
             f"storing events in {ns.db}\n")

    unbound: list[RuntimeError] = []
    try:
        async with anyio.create_task_group() as tg:
            async def stop_on_signal() -> None:
                with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
                    async for _ in signals:
                        tg.cancel_scope.cancel()
                        return

            tg.start_soon(stop_on_signal)
            await serve(ep, store, ready, heartbeat_s=max(heartbeat_s, 0.1),
                        worker_timeout_s=worker_timeout_s)
    except* RuntimeError as group:  # the address could not be bound
        unbound += [e for e in group.exceptions if isinstance(e, RuntimeError)]
    finally:
        store.close()
    if unbound:
        _say(f"hodei-control-plane: cannot listen on {ns.listen}: {unbound[0]}\n")
        return EXIT_FAILED
    return 0


def _line(seq: int, received: str, data: dict[str, Any]) -> str:
    kind = data.get("event_type", "?")
    parts = [f"{seq:>6}", received, kind, f"job={data.get('job_id', '-')}"]
    if kind == "JobExecutionError":
        reason = data.get("failure_reason", {}).get("type", "?")
        parts += [data.get("error_code", "?"), reason, f"exit={data.get('exit_code')}"]
    elif kind == "JobCompleted":
        parts += [f"exit={data.get('exit_code')}"]
    elif kind == "EventsDropped":
        parts = [f"{seq:>6}", received, kind, f"count={data.get('count')}",
                 "jobs=" + (",".join(data.get("job_ids", ())) or "-")]
    if "command" in data:
        parts.append("command=" + " ".join([data["command"], *data.get("arguments", [])]))
    return "  ".join(str(p) for p in parts)


async def _events(ns: argparse.Namespace) -> int:
    import grpc

    from .._generated import control_plane_pb2, control_plane_pb2_grpc
    from ..events import envelope_to_dict, rfc3339
    from ..transport import endpoint, open_channel

    ep = endpoint(ns.control_plane, tls_ca=ns.tls_ca, tls_cert=ns.tls_cert, tls_key=ns.tls_key,
                  token_file=ns.token_file, insecure=ns.insecure)
    async with open_channel(ep) as channel:
        stub = control_plane_pb2_grpc.ControlPlaneAdminStub(channel)  # type: ignore[no-untyped-call]
        request = control_plane_pb2.ListEventsRequest(after_sequence=ns.after, limit=ns.limit)
        try:
            async for stored in stub.ListEvents(request, metadata=ep.metadata(), timeout=30):
                received = rfc3339(stored.received_at.ToDatetime(tzinfo=UTC))
                data = envelope_to_dict(stored.envelope)
                if ns.json:
                    line = json.dumps({"sequence": stored.sequence, "received_at": received, **data},
                                      ensure_ascii=False)
                else:
                    line = _line(stored.sequence, received, data)
                sys.stdout.write(line + "\n")
        except grpc.aio.AioRpcError as exc:
            _say(f"hodei-control-plane: {ep.address}: {exc.code().name}: {exc.details()}\n")
            return EXIT_FAILED
    sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    """Runs one subcommand; returns the exit status."""
    import anyio

    from ..transport import TransportError

    if argv[:1] in ([], ["-h"], ["--help"]) or (argv[:1] and argv[0] in COMMANDS
                                                  and run.wants_help(argv[1:])):
        sys.stdout.write(_help(argv[0] if argv and argv[0] in COMMANDS else None))
        return 0 if argv else EXIT_USAGE
    try:
        ns = read(argv)
    except OptionError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    from ._submit import cancel, jobs, logs, submit

    act = {"serve": _serve, "events": _events, "submit": submit, "jobs": jobs, "logs": logs,
           "cancel": cancel}[ns.subcommand]
    try:
        return int(anyio.run(act, ns))
    except TransportError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `events | head`: the reader had enough
        return 0
