"""What the agent puts on the wire and how it reads the server's refusals: the channel, the
worker's details, timestamps, log batches, resource usage, and the Register errors that end
the agent (a table: retrying cannot help them)."""

from __future__ import annotations

import contextlib
import os
import platform
import random
import shutil
import socket
import time
from collections.abc import Callable, Mapping
from typing import Final

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from .. import __version__
from .._generated import worker_agent_pb2 as pb
from ._config import AgentConfig
from ._logs import Line

EX_CONFIG: Final = 78


class Fatal(Exception):
    """The agent cannot go on: ``line`` says why and what to do; ``status`` is its exit."""

    def __init__(self, line: str, status: int = EX_CONFIG) -> None:
        super().__init__(line)
        self.line = line
        self.status = status


# Register's errors that end the agent, by status code: the line when the worker had never
# been connected, and when it had (a registration again, with its session).
_FATAL_REGISTER: Final[Mapping[grpc.StatusCode, tuple[str, str]]] = {
    grpc.StatusCode.UNAUTHENTICATED: (
        "HODEI_OTP_TOKEN: the server refused the token (used already, expired or not issued by "
        "it; a token serves one registration, within 300 s): start the worker with a new token",
        "HODEI_OTP_TOKEN: the server no longer knows this worker's session (it restarted?) and "
        "the token was used already: a new token is needed, so the platform must start a new "
        "worker"),
    grpc.StatusCode.INVALID_ARGUMENT: (
        "HODEI_WORKER_ID: the server refused the registration: {details}",
        "HODEI_WORKER_ID: the server refused the registration: {details}"),
}


def register_refusal(exc: grpc.aio.AioRpcError, connected_before: bool) -> Fatal | None:
    """The Fatal a Register error means, None when it is worth retrying."""
    lines = _FATAL_REGISTER.get(exc.code())
    if lines is None:
        return None
    return Fatal(lines[connected_before].format(details=exc.details()))


def backoff(attempt: int) -> float:
    """The wait before retry ``attempt`` (0-based): 1 s, then doubling up to 30 s, jittered."""
    ceiling = min(30.0, 2.0 ** attempt)
    return random.uniform(max(1.0, ceiling / 2), ceiling)


def timestamp(at: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(at * 1e9))
    return ts


def channel(config: AgentConfig) -> grpc.aio.Channel:
    """The channel to the server: plaintext (consented to), TLS or mutual TLS."""
    tls = config.tls
    if tls is None:
        return grpc.aio.insecure_channel(config.target)
    credentials = grpc.ssl_channel_credentials(root_certificates=tls.ca, private_key=tls.key,
                                               certificate_chain=tls.cert)
    options = [("grpc.ssl_target_name_override", tls.server_name)] if tls.server_name else []
    return grpc.aio.secure_channel(config.target, credentials, options=options)


def worker_info(config: AgentConfig, started_at: float) -> pb.WorkerInfo:
    """Who the worker is and what its machine offers, for Register."""
    info = pb.WorkerInfo(name=config.worker_name, version=__version__,
                         hostname=socket.gethostname(), os_info=platform.platform(),
                         architecture=platform.machine(), capabilities=["shell", "script"],
                         start_time=timestamp(started_at))
    info.worker_id.value = config.worker_id
    with contextlib.suppress(OSError):
        info.ip_address = socket.gethostbyname(socket.gethostname())
    info.capacity.cpu_cores = float(os.cpu_count() or 1)
    with contextlib.suppress(OSError, ValueError):
        info.capacity.memory_bytes = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    with contextlib.suppress(OSError):
        info.capacity.disk_bytes = shutil.disk_usage(config.state_dir).total
    return info


def log_batch(job_id: str, batch: list[Line]) -> pb.WorkerMessage:
    """A log_batch message of ``batch``'s lines."""
    message = pb.WorkerMessage()
    message.log_batch.job_id = job_id
    entries, at, stamp = message.log_batch.entries, None, None
    for line in batch:
        if line.at != at:  # the lines of one read share their time
            at, stamp = line.at, timestamp(line.at)
        entries.add(job_id=job_id, line=line.text, is_stderr=line.is_stderr, timestamp=stamp)
    return message


class Usage:
    """What the worker's processes (the agent, its host, the jobs) use: memory (RSS) now, and
    CPU cores over the time since the last sample."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._seen: tuple[float, float] | None = None

    def sample(self) -> pb.ResourceUsage:
        import psutil

        usage = pb.ResourceUsage()
        try:
            me = psutil.Process()
            tree = [me, *me.children(recursive=True)]
        except psutil.Error:
            return usage
        rss, cpu = 0, 0.0
        for process in tree:
            with contextlib.suppress(psutil.Error):
                rss += process.memory_info().rss
                times = process.cpu_times()
                cpu += times.user + times.system
        now = self._clock()
        if self._seen is not None and now > self._seen[1]:
            usage.cpu_cores = max(0.0, (cpu - self._seen[0]) / (now - self._seen[1]))
        self._seen = (cpu, now)
        usage.memory_bytes = rss
        return usage
