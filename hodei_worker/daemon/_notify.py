"""systemd's notification protocol: a datagram of ``KEY=VALUE`` lines to ``$NOTIFY_SOCKET``.

No library is needed: the socket is a unix datagram socket (``@name`` is the abstract
namespace). Without ``NOTIFY_SOCKET`` every call does nothing, so the daemon runs the same
under systemd, in a container or by hand.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Mapping


class Notifier:
    """Sends ``READY=1``, ``STATUS=…``, ``WATCHDOG=1`` and ``STOPPING=1`` where asked to."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self.address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        wanted = usec.isdigit() and int(usec) > 0 and (not pid or pid == str(os.getpid()))
        self.watchdog_s: float | None = int(usec) / 1_000_000 if wanted else None
        """How often systemd expects ``WATCHDOG=1`` (we send it twice as often), if it does."""

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    def send(self, **fields: str) -> None:
        """One notification (``ready="1"`` becomes ``READY=1``); errors are ignored, as
        systemd's own clients do: a missing supervisor must not stop the daemon."""
        if not self.address:
            return
        text = "\n".join(f"{k.upper()}={v}" for k, v in fields.items())
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(text.encode(), self.address)
