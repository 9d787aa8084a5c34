"""hodei-worker's own diagnostics: structlog, JSON when stderr is not a terminal, secrets masked.

They go to stderr, never to the job's stdout. structlog is imported on the first message that
passes the level filter: most runs log nothing, and a wrapper's start-up time is its cost.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping

from ._masking import Masker

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

_LEVELS: Final = {"debug": 10, "info": 20, "warning": 30, "error": 40, "exception": 40}
_config: dict[str, Any] = {"level": 30, "format": None, "masker": Masker(()), "ready": False,
                           "bound": {}}


def _masking(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Masks every secret of the masker in force (:func:`configure`, :func:`scope`) in the
    line's values, and adds the fields the scope binds."""
    for key, value in _config["bound"].items():
        event.setdefault(key, value)
    masker = _config["masker"]
    if masker.active:
        for key, value in event.items():
            if isinstance(value, str):
                event[key] = masker.text(value)
            elif isinstance(value, (list, tuple)):
                event[key] = [masker.text(v) if isinstance(v, str) else v for v in value]
    return event


def _stderr() -> Any:
    """A text stream on fd 2, whatever became of ``sys.stderr`` (None when fd 2 was closed as
    Python started): diagnostics go to fd 2 or nowhere, never to stdout (the job's output),
    which is where structlog's printer would fall back to."""
    stream = sys.stderr
    if stream is None or getattr(stream, "closed", True):
        stream = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    return stream


def _setup() -> None:
    import structlog

    stream = _stderr()
    try:
        tty = stream.isatty()
    except (OSError, ValueError):
        tty = False
    fmt = _config["format"] or ("console" if tty else "json")
    renderer: Any = (structlog.processors.JSONRenderer() if fmt == "json"
                     else structlog.dev.ConsoleRenderer(colors=False))
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _masking,  # after the traceback is text, so it is masked too
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_config["level"]),
        logger_factory=structlog.PrintLoggerFactory(file=stream),
        cache_logger_on_first_use=False,
    )
    _config["ready"] = True


def configure(level: str = "warning", fmt: str | None = None, masker: Masker | None = None) -> None:
    """Sets the level, the format (``json``/``console``; default by terminal) and the masker."""
    _config.update(level=_LEVELS[level], format=fmt, masker=masker or Masker(()), ready=False)


class scope:  # noqa: N801 - used as a function: ``with scope(masker, job=key):``
    """While entered, every line is masked with ``masker`` (instead of the configured one)
    and carries ``fields``: a process that serves many jobs (a supervisor host) says which
    job a line is about and masks that job's secrets in it. Not for threads."""

    __slots__ = ("_masker", "_fields", "_saved")

    def __init__(self, masker: Masker, **fields: Any) -> None:
        self._masker = masker
        self._fields = fields

    def __enter__(self) -> None:
        self._saved = _config["masker"], _config["bound"]
        _config["masker"], _config["bound"] = self._masker, self._fields

    def __exit__(self, *_exc: object) -> None:
        _config["masker"], _config["bound"] = self._saved


class Logger:
    """A named logger that hands messages above the level to structlog."""

    def __init__(self, name: str) -> None:
        self._name = name

    def _emit(self, method: str, event: str, **fields: Any) -> None:
        if _LEVELS[method] < _config["level"]:
            return
        # A diagnostic never breaks what it describes: a closed or full stderr, a vanished
        # reader, loses the line, not the supervision of the job.
        try:
            if not _config["ready"]:
                _setup()
            import structlog

            getattr(structlog.get_logger(self._name), method)(event, **fields)
        except (OSError, ValueError, AttributeError):
            pass

    def debug(self, event: str, **fields: Any) -> None:
        self._emit("debug", event, **fields)

    def info(self, event: str, **fields: Any) -> None:
        self._emit("info", event, **fields)

    def warning(self, event: str, **fields: Any) -> None:
        self._emit("warning", event, **fields)

    def error(self, event: str, **fields: Any) -> None:
        self._emit("error", event, **fields)

    def exception(self, event: str, **fields: Any) -> None:
        self._emit("exception", event, **fields)


def get_logger(name: str) -> Logger:
    """The logger for one part of hodei-worker (``hodei.supervise``)."""
    return Logger(name)
