"""Reading the small files hodei-run is pointed at (config, secrets) without ever blocking on
them or reading without end, and the rule for the one file it writes (the event file)."""

from __future__ import annotations

import errno
import os
import stat

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

MAX_INPUT_BYTES: Final = 1024 * 1024
"""The most a config or secret file may hold: 1 MiB."""

_DEV_NULL: Final = os.makedev(1, 3)
_KINDS: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class UnsafeFile(Exception):
    """The path is not something hodei-run reads or writes; the message says why."""


def kind_of(mode: int) -> str:
    """``a FIFO``, ``a directory``...: what a non-regular file is, for messages."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit``;
    ``/dev/null`` reads as empty.

    Opened non-blocking and without taking a terminal, so a FIFO or a device never blocks;
    anything but a regular file, and a file over ``limit``, raises UnsafeFile. Raises
    OSError (FileNotFoundError...) when it cannot be opened at all."""
    if "\0" in path:
        raise UnsafeFile(f"{path!r} holds a NUL byte")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if stat.S_ISCHR(mode) and info.st_rdev == _DEV_NULL:
            return b""  # /dev/null (under any name) reads as the empty file it stands for
        if not stat.S_ISREG(mode):
            raise UnsafeFile(f"{path} is {kind_of(mode)}, not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnsafeFile(f"{path} is larger than {limit // 1024} KiB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def event_file_target(path: str) -> str:
    """Where the event file at ``path`` is written: the path with symlinks resolved, so a
    symlink stays a symlink and its target is replaced. Raises UnsafeFile when the target
    exists and is not a regular file (a device, FIFO, socket or directory is never
    replaced), or when its directory is not one hodei-run can write in."""
    if not path or "\0" in path:
        raise UnsafeFile("not a usable path")
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise UnsafeFile(f"cannot use {path}: {exc.strerror}") from None
    else:
        if not stat.S_ISREG(mode):
            raise UnsafeFile(f"{path} is {kind_of(mode)}; the event file is only ever a "
                             "regular file")
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise UnsafeFile(f"the directory of {path} does not exist")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise UnsafeFile(f"cannot write in the directory of {path}: "
                         f"{os.strerror(errno.EACCES)}")
    return target
