"""systemd/hodei-worker.service and systemd/worker.toml: the unit passes ``systemd-analyze
verify`` with ExecStart at the installed hodei-worker, its exposure score is the one
docs/run-systemd.md states, each hardening setting says why, and the example configuration is
one hodei-worker accepts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import clean_env

from hodei_worker.cli import _worker as worker_cli

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "systemd" / "hodei-worker.service"
EXAMPLE = ROOT / "systemd" / "worker.toml"
DOC = ROOT / "docs" / "run-systemd.md"
HODEI_WORKER = Path(sys.executable).with_name("hodei-worker")
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed "
                                   "(deploy/ci-tools.sh installs it)")
HARDENING = ("ProtectSystem", "ProtectHome", "PrivateTmp", "ProtectKernelTunables",
             "ProtectControlGroups", "NoNewPrivileges")


def _installed_unit(tmp_path: Path) -> Path:
    """The unit as installed here: ExecStart at this environment's hodei-worker."""
    text = UNIT.read_text()
    assert "ExecStart=/usr/local/bin/hodei-worker " in text
    unit = tmp_path / "hodei-worker.service"
    unit.write_text(text.replace("ExecStart=/usr/local/bin/hodei-worker ",
                                 f"ExecStart={HODEI_WORKER} "))
    return unit


@needs_analyze
def test_unit_verifies(tmp_path: Path) -> None:
    """``systemd-analyze verify`` finds nothing to say about the unit (every key known, the
    executable present); what it says about the host's other units (a package's unit that
    uses an old key) is not the unit's."""
    assert ANALYZE is not None
    unit = _installed_unit(tmp_path)
    proc = subprocess.run([ANALYZE, "verify", "--man=no", str(unit)],
                          capture_output=True, text=True, env=clean_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    others = re.compile(r"^/(?:lib|usr/lib|etc|run)/systemd/system/(?!hodei)\S+:\d+: ")
    ours = [line for line in proc.stderr.splitlines() if line.strip() and not others.match(line)]
    assert ours == [], proc.stderr


@needs_analyze
def test_exposure_score_is_the_documented_one(tmp_path: Path) -> None:
    """``systemd-analyze security`` rates the unit as docs/run-systemd.md says: a looser
    unit (or a stale page) fails here."""
    assert ANALYZE is not None
    proc = subprocess.run([ANALYZE, "security", "--offline=yes", "--no-pager",
                           str(_installed_unit(tmp_path))],
                          capture_output=True, text=True, env=clean_env(), timeout=120)
    found = re.search(r"Overall exposure level for hodei-worker\.service: ([0-9.]+) (\w+)",
                      proc.stdout)
    assert found, proc.stdout[-2000:]
    documented = re.search(r"exposure level[^0-9]*([0-9.]+) (\w+)", DOC.read_text())
    assert documented, "docs/run-systemd.md states no exposure level"
    assert (found[1], found[2]) == (documented[1], documented[2])


def test_each_hardening_setting_is_set_and_says_why() -> None:
    """Each of the hardening settings is set once, and a comment right above it says why."""
    lines = UNIT.read_text().splitlines()
    for key in HARDENING:
        at = [i for i, line in enumerate(lines) if line.startswith(f"{key}=")]
        assert len(at) == 1, f"{key}= set {len(at)} times"
        assert lines[at[0] - 1].startswith("# "), f"{key}= has no comment saying why"


def test_control_groups_stay_writable_for_delegation() -> None:
    """Delegate=yes and a read-only /sys/fs/cgroup cannot go together: the unit does not
    protect the control groups it is delegated."""
    text = UNIT.read_text()
    assert "\nDelegate=yes\n" in text
    assert "\nProtectControlGroups=no\n" in text
    assert "\nKillMode=process\n" in text  # jobs outlive a restart of the daemon


def test_example_configuration_is_accepted(tmp_path: Path) -> None:
    """Every key of systemd/worker.toml is an option of hodei-worker, and hodei-worker's own
    loading accepts the file (its credential paths pointed at files made here)."""
    table = tomllib.loads(EXAMPLE.read_text())["worker"]
    keys = {o.key for o in worker_cli.OPTIONS}
    assert set(table) <= keys, set(table) - keys
    ca = tmp_path / "ca.pem"
    token = tmp_path / "token"
    import trustme

    trustme.CA().cert_pem.write_to_path(str(ca))
    token.write_text("a-token\n")
    text = EXAMPLE.read_text().replace("/etc/hodei/ca.pem", str(ca)).replace(
        "/etc/hodei/token", str(token))
    config = tmp_path / "worker.toml"
    config.write_text(text)
    loaded, level, _ = worker_cli.load(["--config", str(config), "--state-dir",
                                        str(tmp_path / "state")], {})
    assert loaded.max_jobs == table["max_jobs"]
    assert loaded.metrics_listen == table["metrics_listen"]
    assert loaded.health_listen == table["health_listen"]
    assert level == table["log_level"]
