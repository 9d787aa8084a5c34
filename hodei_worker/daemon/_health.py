"""The standard gRPC health service (``grpc.health.v1.Health``) on ``--health-listen``:
SERVING while the worker takes jobs, NOT_SERVING once it drains."""

from __future__ import annotations

from collections.abc import Callable

import anyio
import anyio.abc
import grpc.aio
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer

SERVICE = "hodei.worker.v1.Worker"
"""The service name checked besides the server-wide ``""``."""


async def serve_health(address: str, serving: Callable[[], bool], *,
                       task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serves health on ``address`` until cancelled, re-reading ``serving()`` every 0.5 s."""
    server = grpc.aio.server()
    health = HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    server.add_insecure_port(address)
    await server.start()
    try:
        task_status.started()
        while True:
            status = (health_pb2.HealthCheckResponse.SERVING if serving()
                      else health_pb2.HealthCheckResponse.NOT_SERVING)
            for name in ("", SERVICE):
                await health.set(name, status)
            await anyio.sleep(0.5)
    finally:
        with anyio.CancelScope(shield=True):
            await server.stop(0)
