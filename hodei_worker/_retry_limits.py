"""What a job's retry policy may ask for: one set of limits, read where a policy is written
(``hodei-control-plane submit``) and where it is received (the control plane)."""

from __future__ import annotations

from typing import Final

MAX_ATTEMPTS: Final = 1000
"""The most attempts a retry policy may ask for (more is a typo)."""
MAX_MULTIPLIER: Final = 1000.0
"""The largest backoff multiplier: each delay at most this many times the one before."""
MAX_DELAY_S: Final = 366 * 24 * 3600.0
"""The longest first delay, in seconds: a year."""
