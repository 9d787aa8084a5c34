"""Property tests over hodei-run's input parsers: whatever the text, a parser returns a value
or raises its documented refusal (ValueError, or InputError for whole settings), never any
other exception; accepted values round-trip through their printed form."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hodei_worker._units import (
    MAX_DURATION_MS,
    MAX_SIZE_BYTES,
    format_duration_ms,
    parse_duration_ms,
    parse_size_bytes,
)
from hodei_worker.run import _settings
from hodei_worker.run._files import UnsafeFile, read_regular
from hodei_worker.run._settings import InputError, split_argv

# Text a user could type: digits of every script, units, signs, dots, blanks, NULs, huge runs.
_ALPHABET = st.sampled_from(list("0123456789.,-+ \t\0smhdMGKkPiBbeE_=:/x٣١٠")
                            + ["ms", "MiB", "inf", "nan", "9" * 40])
TYPED = st.lists(_ALPHABET, max_size=12).map("".join) | st.text(max_size=30)
PARSERS = {o.name: o.parse for o in _settings.OPTIONS if o.name != "event-file"}


@settings(max_examples=300)
@given(st.sampled_from(sorted(PARSERS)), TYPED)
def test_option_parsers_refuse_with_value_error_only(name: str, text: str) -> None:
    """Every option's parser, given any text, returns a value or raises ValueError."""
    with contextlib.suppress(ValueError):
        PARSERS[name](text)


@settings(max_examples=300)
@given(TYPED)
def test_durations_are_ascii_bounded_and_canonical(text: str) -> None:
    """An accepted duration is made of ASCII, at most a year, and its printed form parses back
    to the same milliseconds."""
    try:
        ms = parse_duration_ms(text)
    except ValueError:
        return
    assert text.strip(" \t").isascii()
    assert ms >= 0
    assert ms <= MAX_DURATION_MS
    if ms:
        assert parse_duration_ms(format_duration_ms(ms)) == ms


@given(st.integers(0, 366 * 24), st.integers(0, 59), st.integers(0, 59), st.integers(0, 999))
def test_duration_parts_add_up(h: int, m: int, s: int, ms: int) -> None:
    """``XhYmZsNms`` is the sum of its parts, or refused when it is longer than a year."""
    text = f"{h}h{m}m{s}s{ms}ms"
    total = ((h * 60 + m) * 60 + s) * 1000 + ms
    if total > MAX_DURATION_MS:
        with pytest.raises(ValueError, match="longer than a year"):
            parse_duration_ms(text)
    else:
        assert parse_duration_ms(text) == total


@given(st.sampled_from(["h", "m", "s", "ms"]), st.integers(1, 99), st.integers(1, 99))
def test_a_unit_given_twice_is_refused(unit: str, a: int, b: int) -> None:
    """A duration naming the same unit twice (``1h1h``) is refused."""
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration_ms(f"{a}{unit}{b}{unit}")


@settings(max_examples=300)
@given(TYPED)
def test_sizes_are_ascii_and_bounded(text: str) -> None:
    """An accepted size is made of ASCII and at most 4 EiB."""
    try:
        size = parse_size_bytes(text)
    except ValueError:
        return
    assert text.strip(" \t").isascii()
    assert size >= 0
    assert size <= MAX_SIZE_BYTES


@given(st.integers(0, 2**20), st.sampled_from(["", "k", "M", "G", "T", "KiB", "MiB", "GiB"]))
def test_sizes_round_trip(n: int, unit: str) -> None:
    """``N<unit>`` is N times the unit's power of 1024."""
    power = {"": 0, "k": 1, "M": 2, "G": 3, "T": 4, "KiB": 1, "MiB": 2, "GiB": 3}[unit]
    assert parse_size_bytes(f"{n}{unit}") == n * 1024**power


@settings(max_examples=200)
@given(st.lists(TYPED, max_size=4))
def test_env_pairs_refuse_with_input_error_only(items: list[str]) -> None:
    """Any --env values give a mapping of valid ASCII names to NUL-free values, or InputError."""
    subjects: list[str] = []
    pairs: dict[str, str] = {}
    try:
        pairs = _settings._env_pairs(tuple(items), None)
    except InputError as exc:
        subjects.append(exc.problem.subject)
    assert subjects in ([], ["--env"])
    for key, value in pairs.items():
        assert key.isascii()
        assert key.isidentifier()
        assert "\0" not in value


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TYPED, max_size=3), st.dictionaries(st.sampled_from(["A", "B", "S"]), TYPED))
def test_secret_specs_refuse_with_input_error_only(tmp_path: Path, specs: list[str],
                                                   environ: dict[str, str]) -> None:
    """Any --secret values resolve to named, non-empty, NUL-free values, or raise InputError."""
    found: list[_settings.Secret] = []
    with contextlib.suppress(InputError):
        _settings._secrets(tuple(specs), environ, None, found)
    for secret in found:
        assert secret.value
        assert "\0" not in secret.value
        assert secret.name.isascii()


WORDS = st.sampled_from(["--timeout", "--memory", "--cpus", "--pids", "--env", "--secret",
                         "--quiet", "--shell", "--", "--job-id", "--workdir", "--bogus",
                         "--log-level", "--cgroup", "echo", "-", "x", "--timeout=5"]) | TYPED


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8), st.dictionaries(
    st.sampled_from(["HODEI_TIMEOUT", "HODEI_MEMORY", "HODEI_CPUS", "HODEI_ENV", "HODEI_QUIET",
                     "HODEI_SECRET", "HODEI_WORKDIR"]), TYPED, max_size=3))
def test_settings_load_refuses_with_input_error_only(argv: list[str], environ: dict[str, str]) -> None:
    """Whole settings from any argv and HODEI_* values: Settings, or InputError naming a
    subject; never another exception."""
    environ = {**environ, "HODEI_CONFIG": "/nonexistent/hodei-test.toml"}
    if any("\0" in v for v in environ.values()):
        return  # no environment can carry a NUL
    subjects: list[str] = []
    try:
        loaded = _settings.load(argv, environ)
    except InputError as exc:
        subjects.append(exc.problem.subject)
    else:
        assert loaded.command
        assert loaded.command[0]
    assert all(subjects)


@given(st.lists(st.sampled_from(["--quiet", "--timeout", "5s", "--env=A=b", "cmd", "--", "-x",
                                 "arg"]), max_size=8))
def test_split_argv_ends_options_at_the_command(argv: list[str]) -> None:
    """Options end at -- or at the first word that is not an option; the command's own words
    (options included) are never taken as hodei-run's."""
    opts, command = split_argv(argv)
    if command is None:
        assert opts == argv
        return
    rest = argv[len(opts):]
    assert rest == command or rest == ["--", *command]
    i = 0
    while i < len(opts):  # every word of opts is an option or an option's value
        assert opts[i].startswith("-")
        assert opts[i] not in ("-", "--")
        i += 2 if opts[i] == "--timeout" else 1


@pytest.mark.parametrize("size", [0, 1, 1024 * 1024])
def test_read_regular_reads_up_to_the_cap(tmp_path: Path, size: int) -> None:
    """A regular file up to 1 MiB is read whole; one byte more is refused."""
    path = tmp_path / "f"
    path.write_bytes(b"a" * size)
    assert read_regular(str(path)) == b"a" * size
    path.write_bytes(b"a" * (1024 * 1024 + 1))
    with pytest.raises(UnsafeFile):
        read_regular(str(path))


def test_read_regular_never_blocks_on_a_fifo_with_a_writer(tmp_path: Path) -> None:
    """A FIFO is refused even while a writer holds it open with data waiting."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    writer = os.open(fifo, os.O_WRONLY)
    try:
        os.write(writer, b"data")
        with pytest.raises(UnsafeFile, match="FIFO"):
            read_regular(str(fifo))
    finally:
        os.close(writer)
        os.close(reader)
