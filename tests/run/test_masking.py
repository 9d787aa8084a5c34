"""The masker, as a pure function over byte streams: every secret becomes ``***`` however the
stream is cut into writes, the longest secret wins where one is a prefix of another, and only
bytes that could still begin a secret are held back."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from hodei_worker._masking import MASK, Masker


def reference(data: bytes, secrets: list[bytes]) -> bytes:
    """The whole stream masked at once: leftmost first, the longest secret at one place."""
    ordered = sorted({s for s in secrets if s}, key=len, reverse=True)
    out, i = bytearray(), 0
    while i < len(data):
        hit = next((s for s in ordered if data.startswith(s, i)), None)
        if hit is None:
            out.append(data[i])
            i += 1
        else:
            out += MASK
            i += len(hit)
    return bytes(out)


def streamed(masker: Masker, data: bytes, cuts: list[int]) -> tuple[bytes, list[bytes]]:
    """``data`` fed in pieces cut at ``cuts``: the whole output and what each feed gave."""
    stream = masker.stream()
    pieces, prev = [], 0
    for cut in [*sorted(cuts), len(data)]:
        pieces.append(stream.feed(data[prev:cut]))
        prev = cut
    return b"".join(pieces) + stream.flush(), pieces


_SMALL = st.binary(min_size=1, max_size=6).map(lambda b: bytes(c % 3 + 97 for c in b))


@settings(max_examples=400, deadline=None)
@given(secrets=st.lists(_SMALL, min_size=1, max_size=4),
       data=st.binary(max_size=120).map(lambda b: bytes(c % 4 + 97 for c in b)),
       cuts=st.lists(st.integers(min_value=0, max_value=120), max_size=10))
def test_stream_equals_whole(secrets: list[bytes], data: bytes, cuts: list[int]) -> None:
    """Masking a stream cut anywhere gives exactly what masking it whole gives."""
    masker = Masker(secrets)
    cuts = [c for c in cuts if c <= len(data)]
    assert streamed(masker, data, cuts)[0] == reference(data, secrets)
    assert masker.bytes(data) == reference(data, secrets)


def test_prefix_secret_split_after_the_shorter() -> None:
    """Two secrets where one begins the other: a write that ends after the shorter one does
    not let the longer one's remainder out."""
    masker = Masker([b"abc123", b"abc123def456"])
    out, pieces = streamed(masker, b"x abc123def456 y\n", [8])
    assert out == b"x *** y\n"
    assert pieces[0] == b"x "  # the shorter one is held: the longer one may follow


def test_three_nested_prefixes_at_every_cut() -> None:
    """Secrets nested three deep are masked as the longest present at every single cut."""
    secrets = [b"tok", b"token", b"token-42"]
    for data, want in ((b"a token-42 b", b"a *** b"), (b"a token-4 b", b"a ***-4 b"),
                       (b"a tok b", b"a *** b"), (b"tokentoken-42tok", b"*********")):
        for cut in range(len(data) + 1):
            assert streamed(Masker(secrets), data, [cut])[0] == want, (data, cut)


def test_completed_short_secret_is_masked_at_end_of_stream() -> None:
    """A shorter secret held back for a longer one that never came is masked at the end."""
    out, _ = streamed(Masker([b"pass", b"password"]), b"my pass", [])
    assert out == b"my ***"


def test_only_possible_starts_are_held() -> None:
    """Bytes that cannot begin a secret go out at once; a possible start is held."""
    stream = Masker([b"secret"]).stream()
    assert stream.feed(b"hello sec") == b"hello "
    assert stream.feed(b"ond") == b"second"
    assert stream.feed(b"plain\n") == b"plain\n"


def test_long_secret_split_in_many_writes() -> None:
    """A 100 KB secret written in 4 KiB pieces among other bytes never shows a byte of it."""
    rng = random.Random(7)
    secret = bytes(rng.randrange(256) for _ in range(100_000))
    data = b"before " + secret + b" between " + secret[:50_000] + b" after"
    cuts = list(range(0, len(data), 4096))
    out, pieces = streamed(Masker([secret]), data, cuts)
    assert out == b"before *** between " + secret[:50_000] + b" after"
    assert secret[1000:1100] not in b"".join(pieces[:-1])[: len(b"before *** between ")]


def test_many_secrets_in_one_scan() -> None:
    """A hundred secrets of varied lengths are all masked, cut at random places."""
    rng = random.Random(11)
    secrets = [bytes(rng.choice(b"abcdefgh") for _ in range(rng.randint(3, 40)))
               for _ in range(100)]
    data = b"".join(rng.choice([*secrets, b"zz", b"\n", b"q" * 30]) for _ in range(400))
    cuts = rng.sample(range(len(data)), 60)
    assert streamed(Masker(secrets), data, cuts)[0] == reference(data, secrets)


def test_no_secrets_passes_through() -> None:
    """Without secrets nothing is held or changed."""
    stream = Masker([]).stream()
    assert stream.feed(b"abc") == b"abc"
    assert stream.flush() == b""


@settings(max_examples=400, deadline=None)
@given(secrets=st.lists(_SMALL, min_size=2, max_size=6),
       data=st.binary(max_size=120).map(lambda b: bytes(c % 4 + 97 for c in b)),
       cuts=st.lists(st.integers(min_value=0, max_value=120), max_size=10),
       group=st.integers(min_value=1, max_value=3))
def test_secrets_split_across_automata(secrets: list[bytes], data: bytes, cuts: list[int],
                                       group: int) -> None:
    """With the secrets spread over several automata (as many secrets are), the matches they
    find together are still leftmost-longest, whole and streamed."""
    masker = Masker(secrets, group=group)
    cuts = [c for c in cuts if c <= len(data)]
    assert masker.bytes(data) == reference(data, secrets)
    assert streamed(masker, data, cuts)[0] == reference(data, secrets)
