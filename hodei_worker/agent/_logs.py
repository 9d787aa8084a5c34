"""A job's output as the platform's log lines: bytes split at ``\\n``, decoded as UTF-8 (bad
bytes replaced), a partial last line held until its newline or the job's end, a line longer
than :data:`MAX_LINE_BYTES` cut into pieces, and batches bounded in entries and bytes.

Pure apart from reading the job's output files: the supervisor host writes them (masked), and
:class:`OutputTail` reads them from where it last stopped. While the stream to the platform is
down nothing is read, so the output waits on disk and is sent once the stream is back.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Final, NamedTuple

MAX_LINE_BYTES: Final = 64 * 1024
"""The longest piece of a line sent as one entry; longer lines are cut into pieces."""
MAX_BATCH_ENTRIES: Final = 1000
"""The platform keeps at most this many entries of a batch."""
MAX_BATCH_BYTES: Final = 4 * 1024 * 1024 - 64 * 1024
"""A batch stays under gRPC's 4 MiB message limit, with room for its framing."""
READ_CHUNK: Final = 256 * 1024
ENTRY_OVERHEAD: Final = 64
"""What one entry costs on the wire beyond its line (ids, flags, timestamp)."""


class Line(NamedTuple):
    """One entry: its text (no newline), whether it came from stderr, when it was read."""

    text: str
    is_stderr: bool
    at: float


def _cut(data: bytes, limit: int) -> int:
    """Where to cut ``data`` at most ``limit`` bytes in, not inside a UTF-8 sequence."""
    if len(data) <= limit:
        return len(data)
    at = limit
    while at > limit - 3 and at > 0 and (data[at] & 0xC0) == 0x80:
        at -= 1
    return at if at > 0 else limit


class LineSplitter:
    """Bytes in, complete lines out; the bytes after the last newline are held."""

    def __init__(self, is_stderr: bool, max_line: int = MAX_LINE_BYTES) -> None:
        self.is_stderr = is_stderr
        self.max_line = max_line
        self._held = b""

    def feed(self, data: bytes, at: float) -> list[Line]:
        """The lines that ``data`` completes (and pieces of over-long ones)."""
        lines: list[Line] = []
        *complete, rest = (self._held + data).split(b"\n")
        limit, is_stderr = self.max_line, self.is_stderr
        for raw in complete:
            if len(raw) > limit or raw.endswith(b"\r"):
                lines.extend(self._pieces(raw, at))
            else:
                lines.append(Line(raw.decode("utf-8", "replace"), is_stderr, at))
        while len(rest) > self.max_line:  # a line that never ends is sent in pieces
            cut = _cut(rest, self.max_line)
            lines.append(self._line(rest[:cut], at))
            rest = rest[cut:]
        self._held = rest
        return lines

    def finish(self, at: float) -> list[Line]:
        """The held partial last line, as a line (the job has ended)."""
        held, self._held = self._held, b""
        return [self._line(held, at)] if held else []

    def _pieces(self, raw: bytes, at: float) -> list[Line]:
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        pieces = []
        while len(raw) > self.max_line:
            cut = _cut(raw, self.max_line)
            pieces.append(self._line(raw[:cut], at))
            raw = raw[cut:]
        pieces.append(self._line(raw, at))
        return pieces

    def _line(self, raw: bytes, at: float) -> Line:
        return Line(raw.decode("utf-8", "replace"), self.is_stderr, at)


@dataclass
class _Stream:
    path: str
    splitter: LineSplitter
    offset: int = 0
    sent_bytes: int = 0
    dropped: int = 0


@dataclass
class OutputTail:
    """The lines of one job's two output files not yet taken, read from where it stopped.

    ``limit``: per stream, the bytes beyond it are counted (``dropped``), not sent."""

    stdout: str
    stderr: str
    limit: int
    max_line: int = MAX_LINE_BYTES
    behind: bool = False
    """The last read took a whole budget: more may be there already."""
    done: bool = False
    """Everything was taken (see :meth:`drain`)."""
    _streams: list[_Stream] = field(init=False)

    def __post_init__(self) -> None:
        self._streams = [_Stream(self.stdout, LineSplitter(False, self.max_line)),
                         _Stream(self.stderr, LineSplitter(True, self.max_line))]

    @property
    def dropped(self) -> int:
        """Bytes of output over the limit, not sent."""
        return sum(s.dropped for s in self._streams)

    def read(self, budget: int = READ_CHUNK) -> list[Line]:
        """New complete lines, reading at most ``budget`` bytes of each file; ``behind`` says
        afterwards whether a file may hold more already."""
        lines: list[Line] = []
        self.behind = False
        for stream in self._streams:
            before = stream.offset
            lines.extend(self._read(stream, budget)[0])
            self.behind |= stream.offset - before >= budget
        return lines

    def drain(self, budget: int = READ_CHUNK) -> list[Line]:
        """For a job that has ended: the next lines, a budget at a time; once both files are
        read to their end, also each partial last line and a last stderr line saying how much
        output was over the limit, and ``done`` is set."""
        lines = self.read(budget)
        if self.behind or self.done:
            return lines
        at = time.time()
        for stream in self._streams:
            lines.extend(stream.splitter.finish(at))
        if self.dropped:
            lines.append(Line(f"hodei-worker: {self.dropped} bytes of this job's output were over "
                              f"the log limit ({self.limit} bytes a stream) and were not sent",
                              True, at))
        self.done = True
        return lines

    def _read(self, stream: _Stream, budget: int) -> tuple[list[Line], bool]:
        """The lines of the next bytes of ``stream``, and whether there were any."""
        try:
            fd = os.open(stream.path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return [], False
        try:
            data = os.pread(fd, budget, stream.offset)
        finally:
            os.close(fd)
        if not data:
            return [], False
        stream.offset += len(data)
        room = max(0, self.limit - stream.sent_bytes)
        if len(data) > room:
            stream.dropped += len(data) - room
            data = data[:room]
        stream.sent_bytes += len(data)
        return (stream.splitter.feed(data, time.time()) if data else []), True


def batches(lines: list[Line], max_entries: int, max_bytes: int = MAX_BATCH_BYTES) -> list[list[Line]]:
    """``lines`` in order, as batches of at most ``max_entries`` (and 1000) entries and about
    ``max_bytes`` bytes."""
    limit = max(1, min(max_entries, MAX_BATCH_ENTRIES))
    out: list[list[Line]] = []
    current: list[Line] = []
    size = 0
    for line in lines:
        text = line.text
        cost = (len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))) + ENTRY_OVERHEAD
        if current and (len(current) >= limit or size + cost > max_bytes):
            out.append(current)
            current, size = [], 0
        current.append(line)
        size += cost
    if current:
        out.append(current)
    return out
