"""The supervisor host: a program of its own (``python -m hodei_worker.host DIR``) that runs
and supervises every job of a worker daemon, outliving the daemon on purpose; and its client,
the daemon's side of it. The two speak the protocol of ``_protocol``, defined once.

Names load on first use: the host's own process loads its server only, never the client's
event loop.
"""

from __future__ import annotations

from .. import lazy_attributes

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ._client import HostError, HostId, HostLink, Watch, alive, clear_if_gone, start_host
    from ._journal import (
        CANCEL,
        EVENT,
        OVERFLOW,
        RECEIVED,
        REPORTED,
        SPAWNING,
        SPEC,
        append_entry,
        append_event,
        claim,
        parse,
    )

_LAZY = {name: "_client" for name in ("HostError", "HostId", "HostLink", "Watch", "alive",
                                        "clear_if_gone", "start_host")}
_LAZY.update({name: "_journal" for name in ("CANCEL", "EVENT", "OVERFLOW", "RECEIVED", "REPORTED",
                                             "SPAWNING", "SPEC", "append_event", "append_entry",
                                             "claim", "parse")})


__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "CANCEL",
    "EVENT",
    "OVERFLOW",
    "RECEIVED",
    "REPORTED",
    "SPAWNING",
    "SPEC",
    "HostError",
    "HostId",
    "HostLink",
    "Watch",
    "alive",
    "append_entry",
    "append_event",
    "claim",
    "clear_if_gone",
    "parse",
    "start_host",
]
