"""hodei-worker: the worker side of the Hodei Job Platform.

Folders tell what each part does, each importing only those below it (ARCHITECTURE.md):

- ``cli``: our commands' parsing and exit statuses, nothing else;
- ``daemon``, ``controlplane``: the worker daemon, the reference control plane;
- ``host``: the supervisor host, a program of its own with a typed protocol;
- ``run``: a run's settings (one options engine), its plan and its report;
- ``supervise``: the only code that spawns, signals, reads cgroups and reaps;
- ``transport``: the outbox, the publisher, addresses and credentials;
- ``events``, ``classify``, ``catalogue``: pure; the event shapes, the classifier, the codes.
"""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any


def lazy_attributes(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``where`` is imported from the
    package's module it names (``{"classify": "_classifier"}``) when first asked for, then
    kept in the package. Packages on hodei-run's start-up path load their heavy parts so."""
    import sys

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
