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
from datetime import UTC
from typing import Any, Final

from .._nonblocking import say as _say

DEFAULT_ADDRESS: Final = "127.0.0.1:50051"
DEFAULT_DB: Final = "hodei-control-plane.sqlite3"
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2


def _security_options(p: argparse.ArgumentParser, serving: bool) -> None:
    if serving:
        p.add_argument("--tls-cert", metavar="PATH", help="this server's certificate chain (PEM): serve TLS")
        p.add_argument("--tls-key", metavar="PATH", help="this server's private key (PEM)")
        p.add_argument("--tls-ca", metavar="PATH", help="CA certificates (PEM) that sign client "
                       "certificates: require mutual TLS")
        p.add_argument("--token-file", metavar="PATH", help="require the bearer token in PATH on every call")
        p.add_argument("--insecure", action="store_true",
                       help="allow plaintext on an address that is not on this machine")
    else:
        p.add_argument("--tls-ca", metavar="PATH", help="CA certificates (PEM) that sign the server's certificate: use TLS")
        p.add_argument("--tls-cert", metavar="PATH", help="this client's certificate chain (PEM), for mutual TLS")
        p.add_argument("--tls-key", metavar="PATH", help="this client's private key (PEM), for mutual TLS")
        p.add_argument("--token-file", metavar="PATH", help="send the bearer token in PATH")
        p.add_argument("--insecure", action="store_true",
                       help="allow plaintext to a server that is not on this machine")


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(prog="hodei-control-plane", exit_on_error=False,
                                description="The reference control plane of the Hodei Job Platform.")
    sub = p.add_subparsers(dest="subcommand", required=True)
    serve = sub.add_parser("serve", help="store what workers publish, once each", exit_on_error=False)
    serve.add_argument("--listen", default=DEFAULT_ADDRESS, metavar="ADDRESS",
                       help=f"HOST:PORT, [IPv6]:PORT or unix:/path (default {DEFAULT_ADDRESS}; port 0: any free port)")
    serve.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                       help=f"the SQLite file events are stored in (default ./{DEFAULT_DB})")
    _security_options(serve, serving=True)
    serve.add_argument("--heartbeat-interval", default="5s", metavar="DURATION",
                       help="how often workers send a heartbeat (default 5s)")
    serve.add_argument("--worker-timeout", default="30s", metavar="DURATION",
                       help="how long a worker whose session ended may take to come back before "
                       "its running jobs fail with ERR_1008 (default 30s)")
    events = _client(sub, "events", "list the events received, newest last")
    events.add_argument("--json", action="store_true", help="one JSON object per line")
    events.add_argument("--after", type=int, default=0, metavar="SEQ", help="only events stored after SEQ")
    events.add_argument("--limit", type=int, default=0, metavar="N", help="only the newest N events")
    from ._submit import add_submit_options

    submit = _client(sub, "submit", "queue a job: -- CMD [ARG...], or --file job.yaml")
    add_submit_options(submit)
    jobs = _client(sub, "jobs", "list the jobs, oldest first")
    jobs.add_argument("--json", action="store_true", help="one JSON object per line")
    logs = _client(sub, "logs", "print a job's stdout and stderr as it wrote them")
    logs.add_argument("job_id", metavar="JOB")
    cancel = _client(sub, "cancel", "cancel a job wherever it is")
    cancel.add_argument("job_id", metavar="JOB")
    cancel.add_argument("--reason", default="cancelled by an operator", help="why, for the record")
    return p


def _client(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand that talks to a running control plane."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, exit_on_error=False)
    p.add_argument("--control-plane", default=DEFAULT_ADDRESS, metavar="ADDRESS",
                   help=f"the server to ask (default {DEFAULT_ADDRESS})")
    _security_options(p, serving=False)
    return p


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
        parts = [f"{seq:>6}", received, kind, f"count={data.get('count')}"]
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
    from ._argv import joined, value_flags

    try:
        p = parser()
        ns = p.parse_args(joined(argv, value_flags(p)))
    except argparse.ArgumentError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    from ._submit import cancel, jobs, logs, submit

    run = {"serve": _serve, "events": _events, "submit": submit, "jobs": jobs, "logs": logs,
           "cancel": cancel}[ns.subcommand]
    try:
        return int(anyio.run(run, ns))
    except TransportError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `events | head`: the reader had enough
        return 0
