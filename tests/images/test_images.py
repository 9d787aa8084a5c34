"""The Dockerfile's images, built and run with podman: what each target runs, as whom, without
which tools; and the worker image's HEALTHCHECK program, against a real gRPC health service."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent import futures

import grpc
import podman_images
import pytest
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

HEALTHCHECK = podman_images.ROOT / "images" / "healthcheck.py"
SERVICE = "hodei.worker.v1.Worker"

in_podman = pytest.mark.timeout(podman_images.BUILD_S * 2)


@in_podman
def test_run_image_runs_the_job_under_hodei_run() -> None:
    """The run image's command is the job, supervised by hodei-run: a failing ``ls`` gives
    ERR_1003 and the job's status 2."""
    r = podman_images.run("run", "ls", "/nope")
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1].startswith("hodei-run: ERR_1003 FILE_NOT_FOUND ")


@in_podman
@pytest.mark.parametrize("target", ["run", "worker"])
def test_images_run_as_an_unprivileged_user(target: str) -> None:
    """Both images run as the unprivileged user hodei (uid 10001), not as root."""
    r = podman_images.run(target, "-c", "import os; print(os.getuid(), os.getgid() != 0)",
                          flags=("--entrypoint", "python3"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "10001 True\n"


@in_podman
def test_final_image_has_no_installer_or_compiler() -> None:
    """The final image holds the project's environment without pip, setuptools or a compiler:
    only the build stage had them."""
    code = ("import importlib.util, shutil\n"
            "print([m for m in ('pip', 'setuptools', 'hodei_worker', 'grpc_health')"
            " if importlib.util.find_spec(m)],"
            " [t for t in ('pip', 'pip3', 'gcc', 'cc') if shutil.which(t)])\n")
    r = podman_images.run("run", "-c", code, flags=("--entrypoint", "/opt/hodei/bin/python"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "['hodei_worker', 'grpc_health'] []\n"


@in_podman
def test_worker_image_declares_its_healthcheck() -> None:
    """The worker image's entrypoint is the daemon and its HEALTHCHECK runs hodei-healthcheck
    against the health service on HODEI_HEALTH_LISTEN."""
    image = podman_images.image("worker")
    r = subprocess.run(["podman", "image", "inspect", image], capture_output=True, text=True,
                       timeout=60, check=True)
    inspected = json.loads(r.stdout)[0]
    assert inspected["Config"]["Entrypoint"] == ["hodei-worker"]
    assert inspected["Healthcheck"]["Test"] == ["CMD", "hodei-healthcheck"]
    assert "HODEI_HEALTH_LISTEN=127.0.0.1:8081" in inspected["Config"]["Env"]
    assert inspected["User"] == "hodei"


# --- the HEALTHCHECK program, against a real health service on loopback ---------------------

@pytest.fixture
def health_server() -> Iterator[tuple[int, health.HealthServicer]]:
    """A gRPC health service on a free loopback port: (port, its servicer)."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield port, servicer
    server.stop(None).wait()


def _check(listen: str | None) -> subprocess.CompletedProcess[str]:
    env = {} if listen is None else {"HODEI_HEALTH_LISTEN": listen}
    return subprocess.run([sys.executable, str(HEALTHCHECK)], env=env, capture_output=True,
                          text=True, timeout=30)


@pytest.mark.parametrize(("status", "code"), [("SERVING", 0), ("NOT_SERVING", 1)])
def test_healthcheck_passes_only_while_serving(health_server, status: str, code: int) -> None:
    """hodei-healthcheck exits 0 when the worker service is SERVING and 1 when it is not (a
    draining worker), and says which it was."""
    port, servicer = health_server
    servicer.set(SERVICE, health_pb2.HealthCheckResponse.ServingStatus.Value(status))
    r = _check(f"127.0.0.1:{port}")
    assert r.returncode == code
    assert f"127.0.0.1:{port} {SERVICE}: {status}" in r.stdout


def test_healthcheck_reaches_a_wildcard_listener(health_server) -> None:
    """A health service listening on 0.0.0.0 is asked through the loopback address."""
    port, servicer = health_server
    servicer.set(SERVICE, health_pb2.HealthCheckResponse.SERVING)
    r = _check(f"0.0.0.0:{port}")
    assert r.returncode == 0
    assert r.stdout == f"hodei-healthcheck: 127.0.0.1:{port} {SERVICE}: SERVING\n"


def test_healthcheck_fails_where_nothing_serves() -> None:
    """With no service on the address (the daemon is down), or none named, it fails in one line."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=1))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    server.stop(None).wait()
    gone = _check(f"127.0.0.1:{port}")
    assert gone.returncode == 1
    assert gone.stderr == f"hodei-healthcheck: 127.0.0.1:{port} {SERVICE}: UNAVAILABLE\n"
    unset = _check(None)
    assert unset.returncode == 1
    assert unset.stderr == "hodei-healthcheck: HODEI_HEALTH_LISTEN is not set\n"
