"""Reconnection delays: exponential backoff with full jitter, pure and seedable."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """``delay(n)`` is uniform in ``[0, min(cap, base * 2**n)]``: spreads the reconnections of
    many workers after an outage instead of sending them back in waves."""

    base_s: float = 0.1
    """The ceiling of the first delay."""
    cap_s: float = 10.0
    """No delay exceeds this."""
    rng: random.Random = field(default_factory=random.Random)
    """The source of jitter (seed it in tests)."""

    def ceiling(self, attempt: int) -> float:
        """The largest delay after ``attempt`` failures in a row."""
        return min(self.cap_s, self.base_s * 2.0 ** min(attempt, 64))

    def delay(self, attempt: int) -> float:
        """The delay before retrying after ``attempt`` failures in a row (0-based)."""
        return float(self.rng.uniform(0, self.ceiling(attempt)))
