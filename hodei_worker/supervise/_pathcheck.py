"""What the file system says, right after a failed job ended, about the paths its stderr names.

A tool that says "can't open /data/out.jpg" and not why leaves a person to look: is the file
there, may the job's user read it, may it write in that directory, is the file system read-only
or full? This module looks, so the classifier can say which (``classify``'s ``PathCheck``).

- Only the last lines of the stderr tail are read, and only tokens that look like paths (a
  directory separator or a file name extension) are checked, at most :data:`MAX_PATHS`.
- A check is ``stat``, ``access`` and ``statvfs``: nothing is opened, created or followed into.
  Paths on network and FUSE file systems are not checked (a hung server must not hang us), nor
  anything below ``/proc``, ``/sys`` or ``/dev``.
- Checks run as the process that runs them: as the job's user when the supervisor is (it is:
  jobs run as the supervisor's user).

Standard library only, and runnable as a script (``python3 _pathcheck.py STDERR_FILE [CWD]``
prints the checks as JSON): the corpus generator records what a job's user saw this way, inside
the job's own mount namespace.
"""

from __future__ import annotations

import os
import re
import stat
import sys

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, Final

MAX_PATHS: Final = 12
"""Paths checked at most, the last ones named first."""
LINES: Final = 30
"""Lines read from the end of the tail."""
_TOKEN = re.compile(
    r"""['"`\u2018\u201c\u201e\u00ab\u00bb]\u00a0?([^'"`\u2019\u201d\u201c\u00bb\u00ab\n]{1,1024}?)\u00a0?"""
    r"""['"`\u2019\u201d\u201c\u00bb\u00ab]|([^\s'"`\u2018\u2019\u201c\u201d\u00ab\u00bb]{1,1024})""")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
"""Colours and other terminal sequences, which are not part of a path."""
_PATHISH = re.compile(r"/|\w\.[A-Za-z]\w{0,9}$")
_STRIP_HEAD = "([{<"
_STRIP_TAIL = ")]}>.,;:!?"
_LINE_COLUMN = re.compile(r":\d+(?::\d+)?:?$")
_SAID_AFTER = re.compile(r"(?<=\w):[a-z]+$")
_SKIPPED_TREES: Final = ("/proc/", "/sys/", "/dev/")
_REMOTE: Final = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "glusterfs",
                            "afs", "sshfs", "davfs", "lustre", "gpfs", "beegfs"})


def named_paths(text: str) -> list[str]:
    """The path-like tokens of the last :data:`LINES` lines, last named first, each once:
    quoted or bare, without terminal colours, the punctuation around them or a ``:line:column``
    after them."""
    found: dict[str, None] = {}
    for line in reversed(_ANSI.sub("", text).splitlines()[-LINES:]):
        for match in reversed(list(_TOKEN.finditer(line))):
            token = (match.group(1) or match.group(2)).strip()  # "« x »": the spaces belong to the quotes
            if not token:
                continue
            for variant in _variants(token):
                if "://" not in variant and not variant.startswith("-") and _PATHISH.search(variant):
                    found.setdefault(variant)
            if len(found) >= MAX_PATHS:
                return list(found)[:MAX_PATHS]
    return list(found)


def _variants(token: str) -> Iterator[str]:
    bare = token.lstrip(_STRIP_HEAD).rstrip(_STRIP_TAIL)
    if bare:
        yield bare
    if "=" in bare:  # --output=/x, path=/x
        yield bare.split("=", 1)[1]
    unplaced = _LINE_COLUMN.sub("", bare)
    if unplaced != bare:
        yield unplaced
    said = _SAID_AFTER.search(bare)
    if said:  # "/x/a.gcno:cannot open notes file": the path, and the first word of what is said of it
        yield bare[:said.start()]


_ESCAPED: Final = re.compile(r"\\([0-7]{3})")
"""mountinfo writes a space, tab, newline or backslash in a path as an octal escape."""


def mount_entries(mountinfo: str = "/proc/self/mountinfo") -> Iterator[tuple[str, str, str, str]]:
    """(mount point, root, file system type, super options) of each line of ``mountinfo``,
    the paths unescaped (the cgroup code reads its cgroup mounts from here too)."""
    with open(mountinfo, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            left, _, right = line.partition(" - ")
            fields = left.split()
            fstype, _source, opts = (right.split() + ["", "", ""])[:3]
            if len(fields) > 4:
                yield _unescape(fields[4]), _unescape(fields[3]), fstype, opts


def _unescape(field: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m[1], 8)), field)


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type), longest mount point first."""
    try:
        mounts = [(point, fstype) for point, _root, fstype, _opts in mount_entries()]
    except OSError:
        return []
    return sorted(mounts, key=lambda m: len(m[0]), reverse=True)


def _remote(path: str, mounts: list[tuple[str, str]]) -> bool:
    for point, fstype in mounts:
        if path == point or path.startswith(point.rstrip("/") + "/"):
            return fstype in _REMOTE or fstype.startswith("fuse")
    return False


def check(path: str, cwd: str, mounts: list[tuple[str, str]] | None = None) -> dict[str, Any] | None:
    """What the file system says about ``path`` (relative to ``cwd``), or ``None`` when it is
    not looked at (a network or FUSE file system, a kernel tree, an error that says nothing)."""
    full = os.path.normpath(os.path.join(cwd, os.path.expanduser(path)))
    if full.startswith(_SKIPPED_TREES) or _remote(full, _mounts() if mounts is None else mounts):
        return None
    exists: bool | None
    is_dir = False
    try:
        is_dir = stat.S_ISDIR(os.stat(full).st_mode)
        exists = True
    except (FileNotFoundError, NotADirectoryError):
        exists = False
    except PermissionError:
        exists = None  # a directory on the way may not be entered
    except OSError:
        return None
    parent = os.path.dirname(full)
    parent_exists = os.path.isdir(parent)
    base = full if exists else parent
    while not os.path.isdir(base) and base != os.path.dirname(base):
        base = os.path.dirname(base)
    try:
        vfs = os.statvfs(base)
    except OSError:
        return None
    root = os.geteuid() == 0
    blocks_left = vfs.f_bfree if root else vfs.f_bavail
    files_left = vfs.f_ffree if root else vfs.f_favail
    readable = bool(exists) and os.access(full, os.R_OK | (os.X_OK if is_dir else 0))
    # a missing path would be made in its directory or, that missing too, in the nearest above
    writable = (os.access(full, os.W_OK) if exists
                else exists is False and os.access(base, os.W_OK | os.X_OK))
    return {"path": path, "exists": exists, "parent_exists": parent_exists,
            "readable": readable, "writable": writable,
            "read_only": bool(vfs.f_flag & os.ST_RDONLY),
            "full": (vfs.f_blocks > 0 and blocks_left == 0) or (vfs.f_files > 0 and files_left == 0)}


def checks(stderr_tail: bytes, cwd: str) -> list[dict[str, Any]]:
    """The checks of the paths a failed job's stderr tail names, as plain records."""
    text = stderr_tail[-8192:].decode("utf-8", errors="replace")
    paths = named_paths(text)
    if not paths:
        return []
    mounts = _mounts()
    return [found for path in paths if (found := check(path, cwd, mounts)) is not None]


if __name__ == "__main__":  # the corpus generator's way in; see the module's docstring
    import json

    with open(sys.argv[1], "rb") as fh:
        tail = fh.read()
    print(json.dumps(checks(tail, sys.argv[2] if len(sys.argv) > 2 else os.getcwd())))
