"""hodei-worker's own diagnostics: structlog, JSON when stderr is not a terminal, secrets masked.

They go to stderr, never to the job's stdout."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from ._masking import Masker


def _masking(masker: Masker) -> Any:
    def processor(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        for key, value in event.items():
            if isinstance(value, str):
                event[key] = masker.text(value)
            elif isinstance(value, (list, tuple)):
                event[key] = [masker.text(v) if isinstance(v, str) else v for v in value]
        return event

    return processor


def configure(level: str = "warning", fmt: str | None = None, masker: Masker | None = None) -> None:
    """Sets up the pipeline: level filter, timestamps, masking, then a JSON or console renderer."""
    if fmt is None:
        fmt = "console" if sys.stderr.isatty() else "json"
    renderer: Any = (structlog.processors.JSONRenderer() if fmt == "json"
                     else structlog.dev.ConsoleRenderer(colors=False))
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _masking(masker or Masker(())),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
