"""The package's layers (``.importlinter``): the contracts hold, and their lists of private
modules name every private module there is, so a new one cannot slip past them.

``python tests/architecture/test_layers.py --write`` writes the lists anew after a module is added.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".importlinter"
PACKAGE = ROOT / "hodei_worker"


def packages() -> list[str]:
    """The layer packages, as the private-module contracts name them (``private-NAME``)."""
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return [s.split("private-", 1)[1] for s in parser.sections() if "private-" in s]


def private_modules(package: str) -> list[str]:
    """Every private module of ``package`` (``_name.py`` or ``_name/``), dotted."""
    found = []
    for path in sorted((PACKAGE / package).iterdir()):
        name = path.name.removesuffix(".py")
        if name.startswith("_") and not name.startswith("__") and (
                path.suffix == ".py" or (path / "__init__.py").exists()):
            found.append(f"hodei_worker.{package}.{name}")
    return found


def expected_forbidden(package: str) -> list[str]:
    """What the contract of ``package`` must forbid: every other package's private modules."""
    return [m for other in packages() if other != package for m in private_modules(other)]


def written_forbidden(package: str) -> list[str]:
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return parser[f"importlinter:contract:private-{package}"]["forbidden_modules"].split()


def write() -> None:
    """Rewrites the forbidden lists of the private-module contracts."""
    text = CONFIG.read_text("utf-8")
    for package in packages():
        listed = "".join(f"    {m}\n" for m in expected_forbidden(package))
        text = re.sub(rf"(\[importlinter:contract:private-{package}\]\n(?:.*\n)*?forbidden_modules =\n)"
                      r"(?:    .*\n)*", lambda m, listed=listed: m.group(1) + listed, text)
    CONFIG.write_text(text, "utf-8")


def test_the_private_module_contracts_name_every_private_module() -> None:
    """Each package's contract forbids exactly every other package's private modules."""
    for package in packages():
        assert written_forbidden(package) == expected_forbidden(package), (
            f"{package}: run 'python tests/architecture/test_layers.py --write'")


def test_the_layer_contracts_hold() -> None:
    """import-linter finds every contract kept: no layer imports one above it, no package
    another's private module, no shared module a layer."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is in the test extra"
    done = subprocess.run([lint, "--config", str(CONFIG)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "0 broken" in done.stdout


_CYCLES = """
import grimp
graph = grimp.build_graph("hodei_worker", exclude_type_checking_imports=True, cache_dir=None)
for module in sorted(graph.modules):
    for other in sorted(graph.find_modules_directly_imported_by(module)):
        if other != module and graph.chain_exists(importer=other, imported=module):
            print(module, other)
"""


def test_no_module_imports_itself_through_others() -> None:
    """No import cycle anywhere in the package, between modules of one package included (an
    import for the type checker alone runs nothing, and is not counted). (import-linter's
    graph, built in a process of its own: it starts threads, and some tests need this one to
    have none.)"""
    done = subprocess.run([sys.executable, "-c", _CYCLES], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == ""


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        sys.exit("usage: python tests/architecture/test_layers.py --write")
