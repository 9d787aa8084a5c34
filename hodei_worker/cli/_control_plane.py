"""``hodei-control-plane``: the reference control plane, and a client of its admin service.

    hodei-control-plane serve [--listen ADDRESS] [--db PATH] [TLS and token options]
    hodei-control-plane events [--control-plane ADDRESS] [--json] [TLS and token options]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from datetime import UTC
from typing import Any, Final

DEFAULT_ADDRESS: Final = "127.0.0.1:50051"
DEFAULT_DB: Final = "hodei-control-plane.sqlite3"
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(text)
        sys.stderr.flush()


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
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="store what workers publish, once each", exit_on_error=False)
    serve.add_argument("--listen", default=DEFAULT_ADDRESS, metavar="ADDRESS",
                       help=f"HOST:PORT, [IPv6]:PORT or unix:/path (default {DEFAULT_ADDRESS}; port 0: any free port)")
    serve.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                       help=f"the SQLite file events are stored in (default ./{DEFAULT_DB})")
    _security_options(serve, serving=True)
    events = sub.add_parser("events", help="list the events received, newest last", exit_on_error=False)
    events.add_argument("--control-plane", default=DEFAULT_ADDRESS, metavar="ADDRESS",
                        help=f"the server to ask (default {DEFAULT_ADDRESS})")
    events.add_argument("--json", action="store_true", help="one JSON object per line")
    events.add_argument("--after", type=int, default=0, metavar="SEQ", help="only events stored after SEQ")
    events.add_argument("--limit", type=int, default=0, metavar="N", help="only the newest N events")
    _security_options(events, serving=False)
    return p


async def _serve(ns: argparse.Namespace) -> int:
    import anyio

    from ..controlplane import EventStore, Listening, serve
    from ..transport import endpoint

    ep = endpoint(ns.listen, option="--listen", tls_ca=ns.tls_ca, tls_cert=ns.tls_cert,
                  tls_key=ns.tls_key, token_file=ns.token_file, insecure=ns.insecure, listen=True)
    if ep.tls_ca and not ep.tls_cert:
        _say("hodei-control-plane: --tls-ca (mutual TLS) needs --tls-cert and --tls-key\n")
        return EXIT_USAGE
    try:
        store = EventStore(ns.db)
    except Exception as exc:
        _say(f"hodei-control-plane: cannot open --db {ns.db}: {exc}\n")
        return EXIT_FAILED

    def ready(where: Listening) -> None:
        _say(f"hodei-control-plane: listening on {where.address} ({where.security}), "
             f"storing events in {ns.db}\n")

    try:
        async with anyio.create_task_group() as tg:
            async def stop_on_signal() -> None:
                with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
                    async for _ in signals:
                        tg.cancel_scope.cancel()
                        return

            tg.start_soon(stop_on_signal)
            await serve(ep, store, ready)
    except RuntimeError as exc:  # grpc: the address could not be bound
        _say(f"hodei-control-plane: cannot listen on {ns.listen}: {exc}\n")
        return EXIT_FAILED
    finally:
        store.close()
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
    from ..events import rfc3339
    from ..events._proto import envelope_to_dict
    from ..transport import endpoint
    from ..transport._channel import open_channel

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

    try:
        ns = parser().parse_args(argv)
    except argparse.ArgumentError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    run = {"serve": _serve, "events": _events}[ns.command]
    try:
        return int(anyio.run(run, ns))
    except TransportError as exc:
        _say(f"hodei-control-plane: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `events | head`: the reader had enough
        return 0
