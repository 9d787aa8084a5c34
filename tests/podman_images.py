"""The Dockerfile's images, built with podman for the tests that run them: on the Debian base
images/base.sh makes (no image registry needed), under a tag of the tests' own. Podman's layer
cache makes a build of unchanged sources take seconds."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASE = os.environ.get("BASE_IMAGE", "localhost/hodei-base:bookworm")
TAG = "localhost/hodei-worker-test"
RUNTIME = "runc" if shutil.which("runc") else "crun"
RUN_FLAGS = ("--runtime", RUNTIME, "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1000:1000")
"""What every container of the tests runs with (crun refuses hosts with hybrid cgroups)."""
CA = "/etc/ssl/certs/ca-certificates.crt"
BUILD_S = 600


def require_podman() -> None:
    """Skips unless this is root with podman: images/test.sh installs podman on Debian."""
    if os.geteuid() != 0:
        pytest.skip("needs root to run podman containers with memory limits")
    if shutil.which("podman") is None:
        pytest.skip("needs podman (images/test.sh installs it on a Debian-like host)")


@functools.cache
def _built(target: str) -> str:
    base = subprocess.run([str(ROOT / "images" / "base.sh"), BASE], capture_output=True,
                          text=True, timeout=BUILD_S)
    if base.returncode != 0:
        pytest.fail(f"images/base.sh could not make {BASE}: {base.stderr[-2000:]}")
    image = f"{TAG}:{target}"
    flags = ["--format", "docker"] if target == "worker" else []  # OCI drops HEALTHCHECK
    if os.path.exists(CA):
        flags += ["-v", f"{CA}:{CA}:ro"]
    build = subprocess.run(["podman", "build", "--runtime", RUNTIME, "--network", "host",
                            "--build-arg", f"BASE={BASE}", *flags, "--target", target,
                            "-t", image, str(ROOT)], capture_output=True, text=True,
                           timeout=BUILD_S)
    if build.returncode != 0:
        pytest.fail(f"podman build --target {target} failed: {build.stdout[-2000:]}{build.stderr[-2000:]}")
    return image


def image(target: str) -> str:
    """The image of the Dockerfile's ``target``, built for this session (skips without podman)."""
    require_podman()
    return _built(target)


def run(target: str, *args: str, flags: tuple[str, ...] = (), cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``podman run --rm`` of the ``target`` image with ``flags``, then ``args``; podman runs
    in ``cwd`` (it leaves a file named "oom" in the directory of an OOM-killed run)."""
    return subprocess.run(["podman", "run", "--rm", *RUN_FLAGS, *flags, image(target), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=cwd)
