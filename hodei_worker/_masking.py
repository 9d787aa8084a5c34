"""Secret masking: every secret value becomes ``***`` in everything hodei-worker writes or keeps.

Pure and streaming: :class:`StreamMasker` masks a byte stream read in arbitrary chunks, so a
secret split across two reads is still masked, while holding back only the bytes that could
still be the start of a secret (so interactive output is not delayed otherwise).

One scan finds every secret at once (an Aho-Corasick automaton, leftmost-longest), so the cost
of masking does not grow with the number or the length of the secrets; where one secret is a
prefix of another, the longer one wins, also when a write ends between the two.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

    from ahocorasick_rs import BytesAhoCorasick

MASK: Final = b"***"
_HEAD: Final = 8
"""Bytes of a secret that are looked up first when deciding what to hold back."""
_GROUP: Final = 50
"""Secrets per automaton (see :meth:`Masker.matches`)."""
_SHORT: Final = 64
"""Secrets up to this length are held back by a look at each of the last bytes; longer ones
by a search for their first bytes."""


class Masker:
    """Masks a fixed set of secret values in bytes and text."""

    def __init__(self, secrets: Iterable[str | bytes], group: int = _GROUP) -> None:
        # surrogateescape: a value taken from the environment may hold bytes that are not UTF-8.
        raw = [s.encode("utf-8", "surrogateescape") if isinstance(s, str) else s for s in secrets]
        self._values: tuple[bytes, ...] = tuple(sorted({v for v in raw if v}, key=len, reverse=True))
        self._texts = tuple(v.decode("utf-8", "surrogateescape") for v in self._values)
        self._automata: list[BytesAhoCorasick] | None = None
        self._group = group
        # For holding back: every proper prefix (up to _HEAD bytes) of the short secrets, and
        # the heads of the long ones, each searched for on its own (they are few).
        short = [v for v in self._values if len(v) <= _SHORT]
        self._short_window = max((len(v) for v in short), default=0) - 1
        self._short_prefixes = frozenset(v[:n] for v in short for n in range(1, min(len(v), _HEAD + 1)))
        self._long = tuple((v, v[:_HEAD]) for v in self._values if len(v) > _SHORT)

    @property
    def active(self) -> bool:
        """Whether there is anything to mask."""
        return bool(self._values)

    @property
    def longest(self) -> int:
        """The length of the longest secret in bytes."""
        return len(self._values[0]) if self._values else 0

    def matches(self, data: builtins.bytes) -> Sequence[tuple[int, int, int]]:
        """(secret, start, end) of every secret in ``data``: leftmost first, the longest where
        several start at one place, never overlapping."""
        if not self._values:
            return ()
        if self._automata is None:
            import ahocorasick_rs

            # Contiguous NFAs: built in milliseconds even for a 100 KB secret (a DFA over one
            # takes a minute). Past a few dozen patterns an automaton loses its prefilter and
            # scans about 7 times slower, so the secrets are split into groups that keep it.
            self._automata = [
                ahocorasick_rs.BytesAhoCorasick(
                    self._values[i:i + self._group],
                    matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                    implementation=ahocorasick_rs.Implementation.ContiguousNFA)
                for i in range(0, len(self._values), self._group)]
        found = [automaton.find_matches_as_indexes(data) for automaton in self._automata]
        busy = [i for i, group in enumerate(found) if group]
        if len(busy) <= 1:
            return found[busy[0]] if busy else ()
        return self._merge(data, found)

    def _merge(self, data: builtins.bytes,
               found: list[list[tuple[int, int, int]]]) -> list[tuple[int, int, int]]:
        """The leftmost-longest matches over all groups, from each group's own: a group whose
        next match straddles where the scan resumes is scanned again from there."""
        view = memoryview(data)
        lists = [list(group) for group in found]
        heads = [0] * len(lists)
        merged: list[tuple[int, int, int]] = []
        pos = 0
        while True:
            best: tuple[int, int, int] | None = None
            for g, group in enumerate(lists):
                while heads[g] < len(group) and group[heads[g]][2] <= pos:
                    heads[g] += 1
                if heads[g] == len(group):
                    continue
                if group[heads[g]][1] < pos:  # overlaps the last match taken: rescan from pos
                    assert self._automata is not None
                    group = lists[g] = [(k, pos + a, pos + b) for k, a, b in
                                        self._automata[g].find_matches_as_indexes(view[pos:])]
                    heads[g] = 0
                    if not group:
                        continue
                candidate = group[heads[g]]
                if best is None or (candidate[1], -candidate[2]) < (best[1], -best[2]):
                    best = candidate
            if best is None:
                return merged
            merged.append(best)
            pos = best[2]

    def bytes(self, data: builtins.bytes) -> builtins.bytes:
        """``data`` with every secret replaced by ``***``."""
        found = self.matches(data)
        if not found:
            return data
        pieces: list[bytes] = []
        pos = 0
        for _secret, start, end in found:
            pieces += (data[pos:start], MASK)
            pos = end
        pieces.append(data[pos:])
        return b"".join(pieces)

    def text(self, data: str) -> str:
        """``data`` with every secret replaced by ``***`` (longest first)."""
        for value in self._texts:
            data = data.replace(value, "***")
        return data

    def hold_from(self, data: builtins.bytes, start: int = 0) -> int:
        """The first offset at or after ``start`` from which the rest of ``data`` is a proper
        prefix of some secret (so more bytes could still make it one); ``len(data)`` if none."""
        end = len(data)
        best = end
        for value, head in self._long:
            lowest = max(start, end - len(value) + 1)
            first = lowest
            while first < best:  # where the head is whole: found by a search
                at = data.find(head, first, end)
                if at < 0 or at >= best:
                    break
                if value.startswith(data[at:end]):
                    best = at
                    break
                first = at + 1
            for at in range(max(lowest, end - len(head) + 1), best):  # shorter than the head
                if value.startswith(data[at:end]):
                    best = at
                    break
        for at in range(max(start, end - self._short_window), best):
            if data[at:at + _HEAD] in self._short_prefixes and self._is_prefix(data, at):
                return at
        return best

    def _is_prefix(self, data: builtins.bytes, at: int) -> bool:
        rest = data[at:]
        return any(len(v) > len(rest) and v.startswith(rest) for v in self._values)

    def held_suffix(self, data: builtins.bytes) -> int:
        """How many bytes at the end of ``data`` are a proper prefix of some secret."""
        return len(data) - self.hold_from(data)

    def stream(self) -> StreamMasker:
        """A fresh masker for one byte stream."""
        return StreamMasker(self)


class StreamMasker:
    """Masks one byte stream chunk by chunk; call :meth:`flush` at end of stream."""

    def __init__(self, masker: Masker) -> None:
        self._masker = masker
        self._pending = b""

    def feed(self, chunk: bytes) -> bytes:
        """The masked bytes that are safe to emit now. Bytes that could begin a secret (even
        one that a shorter secret already matches) are held, unmasked, until they decide."""
        masker = self._masker
        if not masker.active:
            return chunk
        data = self._pending + chunk if self._pending else bytes(chunk)
        hold = masker.hold_from(data)
        pieces: list[bytes] = []
        pos = 0
        for _secret, start, end in masker.matches(data):
            if start >= hold:
                break
            pieces += (data[pos:start], MASK)
            pos = end
            if pos > hold:
                hold = masker.hold_from(data, pos)
        self._pending = data[hold:]
        if not pieces:
            return data[:hold] if hold < len(data) else data
        pieces.append(data[pos:hold])
        return b"".join(pieces)

    def flush(self) -> bytes:
        """The bytes still held back, masked (they never became a longer secret)."""
        rest, self._pending = self._pending, b""
        return self._masker.bytes(rest)
