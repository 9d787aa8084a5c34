#!/opt/hodei/bin/python
"""The worker image's HEALTHCHECK: asks the daemon's gRPC health service, on the address in
HODEI_HEALTH_LISTEN, whether the worker service is SERVING. Exit 0 if it is, 1 otherwise; one
line says what was asked and what came back."""

from __future__ import annotations

import os
import sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

SERVICE = "hodei.worker.v1.Worker"
TIMEOUT_S = 3.0
_REACH = {"0.0.0.0": "127.0.0.1", "[::]": "[::1]"}
"""A wildcard the service listens on -> the loopback address that reaches it."""


def target(listen: str) -> str:
    """The address to call for the service listening on ``listen``."""
    if listen.startswith("unix:"):
        return listen
    host, sep, port = listen.rpartition(":")
    return f"{_REACH.get(host, host)}{sep}{port}"


def main() -> int:
    listen = os.environ.get("HODEI_HEALTH_LISTEN", "")
    if not listen:
        print("hodei-healthcheck: HODEI_HEALTH_LISTEN is not set", file=sys.stderr)
        return 1
    address = target(listen)
    with grpc.insecure_channel(address) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=SERVICE), timeout=TIMEOUT_S)
        except grpc.RpcError as exc:
            print(f"hodei-healthcheck: {address} {SERVICE}: {exc.code().name}", file=sys.stderr)
            return 1
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
    print(f"hodei-healthcheck: {address} {SERVICE}: {status}")
    return 0 if reply.status == health_pb2.HealthCheckResponse.SERVING else 1


if __name__ == "__main__":
    sys.exit(main())
