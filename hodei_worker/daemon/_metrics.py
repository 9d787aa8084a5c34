"""Prometheus metrics on ``--metrics-listen``: what the worker has done and holds, read at
each scrape.

| metric | type | what it counts |
|---|---|---|
| ``hodei_worker_jobs_finished_total{code,severity}`` | counter | jobs ended, by platform code and severity; a success is ``code="OK",severity="NONE"`` |
| ``hodei_worker_jobs_rejected_total{code}`` | counter | jobs (and messages) refused before running, by code (``ERR_2xxx``) |
| ``hodei_worker_job_duration_seconds`` | histogram | how long each ended job ran |
| ``hodei_worker_jobs_running`` | gauge | jobs held now |
| ``hodei_worker_outbox_events_pending`` | gauge | events in the outbox not yet acknowledged by the control plane |
| ``hodei_worker_reconnects_total{stream}`` | counter | streams to the control plane opened again (``session``, ``publish``) |
| ``hodei_worker_log_bytes_dropped_total`` | counter | job output beyond the log limit, never sent |

The HTTP server runs on a thread of its own (prometheus-client's WSGI app); the values it
reads are plain counts or the outbox's (which takes its own lock). Metrics are plaintext HTTP
without authentication: the command line refuses an address off loopback unless
``--metrics-insecure`` allows it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterable
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any, Final
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import anyio
import anyio.abc
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    make_wsgi_app,
)
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from .. import _logging
from ..transport import GroupCommit, Publisher, Record
from ._events import Events
from ._job import Job
from ._space import Space

if TYPE_CHECKING:
    from ._session import Session
    from ._worker import Worker

log = _logging.get_logger("hodei.daemon")

SUCCESS_CODE: Final = "OK"
SUCCESS_SEVERITY: Final = "NONE"
"""The labels of a job that completed: no platform code, no severity."""
DURATION_BUCKETS: Final = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0,
                           4 * 3600.0, 24 * 3600.0)
"""Seconds: from a command that fails at once to a day-long batch job."""


class Metrics:
    """The worker's metrics registry: counters fed as jobs end, gauges read at each scrape."""

    def __init__(self) -> None:
        disable_created_metrics()  # type: ignore[no-untyped-call]  # no *_created series
        self.registry = CollectorRegistry()
        self.finished = Counter("hodei_worker_jobs_finished", "Jobs ended, by platform error "
                                "code and severity (code OK, severity NONE: completed)",
                                ["code", "severity"], registry=self.registry)
        self.rejected = Counter("hodei_worker_jobs_rejected", "Jobs and messages refused "
                                "before running, by platform error code", ["code"],
                                registry=self.registry)
        self.duration = Histogram("hodei_worker_job_duration_seconds", "How long ended jobs ran",
                                  buckets=DURATION_BUCKETS, registry=self.registry)

    def ended(self, event: dict[str, Any]) -> None:
        """Counts a job's final event (its data, as the host wrote it)."""
        code = str(event.get("error_code") or SUCCESS_CODE)
        severity = str(event.get("severity") or SUCCESS_SEVERITY)
        self.finished.labels(code=code, severity=severity).inc()
        ms = event.get("execution_time_ms")
        if isinstance(ms, int) and ms >= 0:
            self.duration.observe(ms / 1000)

    def events(self, worker_id: str, commit: GroupCommit, publisher: Publisher,
               space: Space | None = None) -> Events:
        """The worker's :class:`Events`, counting every end and rejection they commit."""
        return _CountedEvents(worker_id, commit, publisher, space, self)

    async def serve(self, address: str, worker: Worker, session: Session, publisher: Publisher, *,
                    task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Serves ``/metrics`` on ``address`` (HOST:PORT or [IPv6]:PORT; port 0: any free
        port, logged as ``metrics.serving``) until cancelled."""
        self.registry.register(_Held(worker, session, publisher))
        host, port = _split(address)
        server = _bind(host, port, make_wsgi_app(self.registry))
        thread = threading.Thread(target=server.serve_forever, name="metrics", daemon=True)
        thread.start()
        try:
            bound = server.socket.getsockname()
            shown = f"[{bound[0]}]" if server.address_family == socket.AF_INET6 else bound[0]
            log.info("metrics.serving", address=f"{shown}:{bound[1]}")
            task_status.started()
            await anyio.sleep_forever()
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(server.shutdown)
            server.server_close()
            thread.join()


class _CountedEvents(Events):
    """:class:`Events` that tell :class:`Metrics` of each job's end and each rejection."""

    def __init__(self, worker_id: str, commit: GroupCommit, publisher: Publisher,
                 space: Space | None, metrics: Metrics) -> None:
        super().__init__(worker_id, commit, publisher, space)
        self._metrics = metrics

    def end(self, job: Job, event: dict[str, Any], cancel: dict[str, Any] | None) -> Record:
        record = super().end(job, event, cancel)
        self._metrics.ended(event)
        return record

    async def rejected(self, job_id: str, event_id: str, code: str, reason: str) -> None:
        await super().rejected(job_id, event_id, code, reason)
        self._metrics.rejected.labels(code=code).inc()


class _Held(Collector):
    """What the worker holds now, read when scraped."""

    def __init__(self, worker: Worker, session: Session, publisher: Publisher) -> None:
        self._worker = worker
        self._session = session
        self._publisher = publisher

    def collect(self) -> Iterable[Metric]:
        worker = self._worker
        jobs = list(worker.jobs.values())  # one copy: the loop's thread changes the dict
        yield GaugeMetricFamily("hodei_worker_jobs_running", "Jobs held now", value=len(jobs))
        outbox = worker.outbox
        yield GaugeMetricFamily("hodei_worker_outbox_events_pending", "Events in the outbox "
                                "not yet acknowledged by the control plane",
                                value=outbox.count() if outbox is not None else 0)
        reconnects = CounterMetricFamily("hodei_worker_reconnects", "Streams to the control "
                                         "plane opened again after the first", labels=["stream"])
        for stream, opened in (("session", self._session.state.connections),
                               ("publish", self._publisher.progress.connections)):
            reconnects.add_metric([stream], max(opened - 1, 0))
        yield reconnects
        dropped = worker.log_bytes_dropped + sum(_dropped(job) for job in jobs)
        yield CounterMetricFamily("hodei_worker_log_bytes_dropped", "Job output beyond the "
                                  "log limit, never sent", value=dropped)


def _dropped(job: Job) -> int:
    return sum(job.output.dropped.values())


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        """A scrape is not worth a log line."""


def _split(address: str) -> tuple[str, int]:
    """``HOST:PORT`` or ``[IPv6]:PORT`` (checked by the command line) as host and port."""
    host, _, port = address.rpartition(":")
    return host.strip("[]"), int(port)


def _bind(host: str, port: int, app: Any) -> WSGIServer:
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    server_class = type("_MetricsServer", (_Server,), {"address_family": family})
    return make_server(host, port, app, server_class, handler_class=_Quiet)
