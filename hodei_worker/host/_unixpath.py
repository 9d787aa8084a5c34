"""Unix socket addresses of any length: ``sun_path`` holds 107 bytes, and a state directory
may be deeper than that (a test's temporary one often is). A longer path is reached through
the directory's descriptor, ``/proc/self/fd/N/NAME``, which the kernel resolves as the path
itself, permissions included."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from typing import Final

_SUN_PATH_MAX: Final = 107


@contextlib.contextmanager
def reachable(path: str) -> Iterator[str]:
    """An address for ``path`` short enough for ``sun_path``, valid inside the block."""
    if len(os.fsencode(path)) <= _SUN_PATH_MAX:
        yield path
        return
    directory = os.open(os.path.dirname(path) or ".", os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        yield f"/proc/self/fd/{directory}/{os.path.basename(path)}"
    finally:
        os.close(directory)


def bind_unix(path: str) -> socket.socket:
    """A stream socket bound at ``path`` (mode 0600). Changes the process's umask for a
    moment: for a single-threaded process (the host)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
    umask = os.umask(0o177)  # made 0600 by bind itself, never looser for a moment
    try:
        with reachable(path) as address:
            sock.bind(address)
        os.chmod(path, 0o600)
    except BaseException:
        sock.close()
        raise
    finally:
        os.umask(umask)
    return sock
