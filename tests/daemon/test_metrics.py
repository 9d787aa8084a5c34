"""``hodei-worker --metrics-listen``: Prometheus metrics scraped over loopback from a real
daemon while real jobs run, end, are refused, and while the control plane goes away."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import clean_env, wait_for
from prometheus_client.parser import text_string_to_metric_families
from worker_peer import HODEI_WORKER, Daemon, Peer


def _address(daemon: Daemon) -> str:
    """The address the daemon's metrics server took (port 0: any), from its log."""
    def served() -> str | None:
        for line in daemon.log.read_text().splitlines():
            if '"metrics.serving"' in line:
                return str(json.loads(line)["address"])
        return None
    return str(wait_for(served, 30, what="the metrics server"))


def _scrape(address: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of one scrape: (name, sorted labels) → value."""
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
    with direct.open(f"http://{address}/metrics", timeout=10) as response:
        assert response.status == 200
        text = response.read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _value(address: str, name: str, **labels: str) -> float:
    return _scrape(address).get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def metered(tmp_path: Path, peer: Peer) -> Iterator[tuple[Daemon, str]]:
    worker = Daemon(tmp_path, peer.address, "--metrics-listen", "127.0.0.1:0",
                    "--log-limit", "1024").start()
    peer.wait_connected()
    yield worker, _address(worker)
    worker.stop()


def test_jobs_counted_by_code_and_severity_while_they_run(peer: Peer, metered: tuple[Daemon, str]) -> None:
    """A job running shows in jobs_running; ended jobs are counted by code and severity
    (success as OK/NONE), with their durations; a refused job by its code; output beyond
    the log limit in log_bytes_dropped."""
    _, address = metered
    peer.run("sleeper", "sleep", "30")
    wait_for(lambda: _value(address, "hodei_worker_jobs_running") == 1, 30,
             what="the running job in the metrics")
    peer.run("ok", "true")
    peer.run("fails", shell="exit 3")
    peer.run("flood", sys.executable, "-c", "print('x' * 10000)")
    peer.run("bad")  # no command: refused by admission
    for job in ("ok", "fails", "flood"):
        peer.wait_ended(job)
    wait_for(lambda: _value(address, "hodei_worker_jobs_rejected_total", code="ERR_1009") == 1, 30,
             what="the refused job in the metrics")
    samples = _scrape(address)
    finished = "hodei_worker_jobs_finished_total"
    assert samples[(finished, (("code", "OK"), ("severity", "NONE")))] == 2
    assert samples[(finished, (("code", "ERR_1007"), ("severity", "USER")))] == 1
    assert samples[("hodei_worker_job_duration_seconds_count", ())] == 3
    assert samples[("hodei_worker_jobs_running", ())] == 1  # the sleeper still runs
    assert samples[("hodei_worker_log_bytes_dropped_total", ())] == 10001 - 1024
    peer.cancel("sleeper")
    peer.wait_ended("sleeper")
    wait_for(lambda: _value(address, "hodei_worker_jobs_running") == 0, 30, what="no job running")
    assert _value(address, finished, code="ERR_1006", severity="USER") == 1


def test_pending_events_and_reconnects(peer: Peer, metered: tuple[Daemon, str]) -> None:
    """With the control plane gone, a job's events wait in the outbox and the gauge shows
    them; once it is back, the streams reconnect (counted) and the outbox empties."""
    _, address = metered
    peer.run("late", shell="sleep 1; echo done")
    wait_for(lambda: _value(address, "hodei_worker_jobs_running") == 1, 30, what="the job running")
    peer.stop()
    wait_for(lambda: _value(address, "hodei_worker_jobs_running") == 0, 30, what="the job's end")
    assert _value(address, "hodei_worker_outbox_events_pending") >= 1
    peer.start()
    peer.wait_ended("late")
    wait_for(lambda: _value(address, "hodei_worker_outbox_events_pending") == 0, 30,
             what="the outbox to empty")
    wait_for(lambda: _value(address, "hodei_worker_reconnects_total", stream="session") >= 1, 30,
             what="the session's reconnect")
    assert _value(address, "hodei_worker_reconnects_total", stream="publish") >= 1


@pytest.mark.parametrize(("address", "says"), [
    ("0.0.0.0:9464", "is not a loopback address"),
    ("unix:/tmp/metrics.sock", "not on a unix socket"),
    ("127.0.0.1:http", "is not HOST:PORT"),
])
def test_refused_addresses_say_so_in_one_line(tmp_path: Path, address: str, says: str) -> None:
    """Metrics are plaintext HTTP: an address off loopback (without --metrics-insecure), a
    unix socket or a bad port is refused before anything starts, exit 78, one line."""
    proc = subprocess.run([str(HODEI_WORKER), "--control-plane", "127.0.0.1:1", "--state-dir",
                           str(tmp_path / "state"), "--metrics-listen", address],
                          env=clean_env(), capture_output=True, timeout=60)
    assert proc.returncode == 78
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("hodei-worker: ERR_1010 CONFIGURATION_ERROR --metrics-listen: ")
    assert says in lines[0]


def test_consent_allows_an_address_off_loopback(tmp_path: Path) -> None:
    """With --metrics-insecure, an address off loopback is accepted as given (the daemon's
    configuration carries it; nothing is served by this test)."""
    from hodei_worker.cli import _worker as worker_cli

    config, _, _ = worker_cli.load(["--control-plane", "127.0.0.1:1", "--state-dir",
                                    str(tmp_path / "state"), "--metrics-listen", "0.0.0.0:9464",
                                    "--metrics-insecure"], {})
    assert config.metrics_listen == "0.0.0.0:9464"
