"""deploy/kubernetes: the Job and the DaemonSet validate against Kubernetes' own schemas
(kubernetes-validate, offline: the schemas ship in its wheel), use hodei-run's and
hodei-worker's real options, and the Job's command, run through hodei-run as the recipe runs
it, leaves the termination message ``kubectl describe pod`` shows."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from conftest import clean_env
from kubernetes_validate import utils as kv

from hodei_worker.cli import _worker as worker_cli
from hodei_worker.run import OPTIONS as RUN_OPTIONS

ROOT = Path(__file__).resolve().parents[2]
KUBE = ROOT / "deploy" / "kubernetes"
HODEI_RUN = Path(sys.executable).with_name("hodei-run")
VERSIONS = ("1.30", "1.37")
"""The oldest Kubernetes still supported by its vendors, and the newest schemas shipped."""


def _resources() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, doc) for path in sorted(KUBE.glob("*.yaml"))
            for doc in yaml.safe_load_all(path.read_text()) if doc]


def _one(kind: str) -> dict[str, Any]:
    found = [doc for _, doc in _resources() if doc["kind"] == kind]
    assert len(found) == 1
    return found[0]


def _env(container: dict[str, Any]) -> dict[str, str]:
    """The container's variables with literal values, ``$(NAME)`` references expanded."""
    values: dict[str, str] = {}
    for item in container.get("env", ()):
        if "value" in item:
            values[item["name"]] = re.sub(r"\$\((\w+)\)", lambda m: values.get(m[1], "node-1"),
                                          item["value"])
    return values


def test_validator_ships_its_schemas() -> None:
    """The validator works offline: the schemas of the versions checked are in its package."""
    shipped = kv.all_versions()
    for version in VERSIONS:
        assert any(v.startswith(version + ".") for v in shipped), (version, shipped)
    schemas = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
    assert (schemas / f"v{kv.latest_version()}-local-strict" / "job-batch-v1.json").is_file()


@pytest.mark.parametrize("version", VERSIONS)
def test_resources_validate_strictly(version: str) -> None:
    """Each resource validates, strictly (no unknown field), against Kubernetes' schema."""
    resources = _resources()
    assert {doc["kind"] for _, doc in resources} == {"Job", "DaemonSet"}
    for name, doc in resources:
        try:
            kv.validate(doc, version, strict=True)
        except kv.ValidationError as exc:
            pytest.fail(f"{name}: {exc.message}")


def test_job_runs_its_command_through_hodei_run_with_a_termination_log() -> None:
    """The Job's container keeps the run image's entrypoint (``hodei-run --``), writes the
    termination log where Kubernetes reads it, falls back to the log otherwise, and every
    HODEI_* variable is a hodei-run option with a value it accepts."""
    assert 'ENTRYPOINT ["hodei-run", "--"]' in (ROOT / "Dockerfile").read_text()
    spec = _one("Job")["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    assert "command" not in container  # the image's entrypoint: hodei-run --
    assert container["terminationMessagePolicy"] == "FallbackToLogsOnError"
    env = _env(container)
    assert env["HODEI_TERMINATION_LOG"] == container["terminationMessagePath"] == "/dev/termination-log"
    options = {o.env: o for o in RUN_OPTIONS}
    for name, value in env.items():
        assert name in options, f"{name} is not a hodei-run option"
        options[name].parse(value)


def test_job_recipe_leaves_the_termination_message(tmp_path: Path) -> None:
    """The Job's command and variables, run through hodei-run as its container does (the
    paths moved under a test directory): the message holds the classified reason, the
    secret masked, within 4096 bytes."""
    spec = _one("Job")["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    env = _env(container)
    log = tmp_path / "termination-log"
    secrets = tmp_path / "hodei-job"
    secrets.mkdir()
    (secrets / "db-password").write_text("pa55-word-in-a-secret\n")
    env["HODEI_TERMINATION_LOG"] = str(log)
    env["HODEI_SECRET"] = env["HODEI_SECRET"].replace("/etc/hodei-job", str(secrets))
    *program, script = container["args"]
    assert script.endswith(" && exit 3")
    # The job prints the secret it was given: masked.
    args = [*program, script.replace(" && exit 3", ' && echo "$DB_PASSWORD" >&2 && exit 3')]
    proc = subprocess.run([str(HODEI_RUN), "--", *args], env=clean_env(env), cwd=tmp_path,
                          capture_output=True, timeout=60)
    assert proc.returncode == 3
    raw = log.read_bytes()
    assert len(raw) <= 4096
    assert b"pa55-word-in-a-secret" not in raw
    summary, event = raw.decode().split("\n", 1)
    assert summary.startswith("hodei-run: ERR_1007 NON_ZERO_EXIT_CODE (USER) exited with status 3")
    assert json.loads(event)["error_code"] == "ERR_1007"


def test_daemonset_probes_the_health_service_and_keeps_state_on_the_node() -> None:
    """The DaemonSet's probes are gRPC probes on the port --health-listen serves (on an
    address the kubelet reaches), its state directory is a hostPath, metrics stay on loopback
    without consent, and every HODEI_* variable is a hodei-worker option it accepts."""
    spec = _one("DaemonSet")["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    env = _env(container)
    options = {o.env: o for o in worker_cli.OPTIONS}
    for name, value in env.items():
        if name.startswith("HODEI_"):
            assert name in options, f"{name} is not a hodei-worker option"
            options[name].parse(value)
    host, _, port = env["HODEI_HEALTH_LISTEN"].rpartition(":")
    assert host == "0.0.0.0"
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert container[probe]["grpc"]["port"] == int(port), probe
    assert container["readinessProbe"]["grpc"]["service"] == "hodei.worker.v1.Worker"
    state = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in spec["volumes"]}
    mount = next(name for name, path in state.items() if path == env["HODEI_STATE_DIR"])
    assert volumes[mount]["hostPath"]["path"] == env["HODEI_STATE_DIR"]
    worker_cli._check_metrics(env["HODEI_METRICS_LISTEN"], insecure=False)
