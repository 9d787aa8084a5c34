"""Durations, sizes and signal names: parsing what people type, printing what people read."""

from __future__ import annotations

import re
import signal

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

# ASCII digits only: ``\d`` would also take "٣" (and float() would read it).
_NUMBER: Final = r"[0-9]{1,12}(?:\.[0-9]{1,9})?"
_DURATION: Final = re.compile(
    rf"(?:(?P<h>{_NUMBER})h)?(?:(?P<m>{_NUMBER})m(?!s))?(?:(?P<s>{_NUMBER})s)?(?:(?P<ms>{_NUMBER})ms)?"
)
"""Each unit at most once, largest first: ``1h30m``, ``2m5s``, ``1s500ms``; never ``1h1h``."""
_DURATION_MS: Final = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}
_SIZE: Final = re.compile(rf"({_NUMBER})[ ]*([kmgtp]?)(i?b?)", re.IGNORECASE)
_SIZE_POWER: Final = {"": 0, "k": 1, "m": 2, "g": 3, "t": 4, "p": 5}
MAX_DURATION_MS: Final = 366 * 24 * 3_600_000
"""The longest duration accepted: a year (longer ones are typos, and overflow timers)."""
MAX_SIZE_BYTES: Final = 2**62
"""The largest size accepted (4 EiB): beyond what any kernel counter holds."""


def parse_duration_ms(text: str) -> int:
    """Milliseconds in ``90``, ``90s``, ``1.5s``, ``250ms``, ``5m``, ``1h30m`` (bare = seconds).

    Raises ValueError with the reason on anything else, including negatives."""
    value = text.strip(" \t").lower()
    if not value:
        raise ValueError("empty duration")
    if re.fullmatch(_NUMBER, value):
        return _whole_ms(float(value) * 1000, text)
    match = _DURATION.fullmatch(value)
    if match is None or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration (try 90, 90s, 5m, 1h30m, 250ms)")
    total = sum(float(n) * _DURATION_MS[unit] for unit, n in match.groupdict().items() if n)
    return _whole_ms(total, text)


def _whole_ms(ms: float, text: str) -> int:
    """Rounded to milliseconds; a non-zero duration never rounds to 0 (which means "none")."""
    if 0 < ms < 1:
        raise ValueError(f"{text!r} is shorter than 1ms")
    if ms > MAX_DURATION_MS:
        raise ValueError(f"{text!r} is longer than a year")
    return round(ms)


def parse_size_bytes(text: str) -> int:
    """Bytes in ``1048576``, ``512M``, ``512MiB``, ``2G``, ``64k`` (powers of 1024, as cgroups do).

    Raises ValueError with the reason on anything else."""
    match = _SIZE.fullmatch(text.strip(" \t"))
    if match is None:
        raise ValueError(f"{text!r} is not a size (try 536870912, 512M, 512MiB, 2G)")
    number, unit, suffix = match.groups()
    if suffix.lower() == "i":  # "Mi" without the B
        raise ValueError(f"{text!r} is not a size (try 512M, 512MiB)")
    size = float(number) * float(1024 ** _SIZE_POWER[unit.lower()])
    if size > MAX_SIZE_BYTES:
        raise ValueError(f"{text!r} is larger than 4 EiB")
    return round(size)


def format_duration_ms(ms: int) -> str:
    """``30s``, ``1m30s``, ``1h``, ``250ms``: the shortest exact spelling ``--timeout`` accepts."""
    if ms < 1000 or ms % 1000:
        return f"{ms}ms" if ms < 1000 else f"{ms / 1000:g}s"
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (secs, "s")) if n)
    return text


def format_bytes(n: int) -> str:
    """``64 MiB``, ``1.5 GiB``, ``512 B``: binary units, as memory limits are set."""
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if size == int(size) else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def signal_name(number: int) -> str:
    """``SIGKILL`` for 9; ``SIGRTMIN+3`` for real-time signals; ``SIG99`` for unknown numbers."""
    try:
        return signal.Signals(number).name
    except ValueError:
        pass
    if signal.SIGRTMIN < number <= signal.SIGRTMAX:
        return f"SIGRTMIN+{number - signal.SIGRTMIN}"
    return f"SIG{number}"
