"""Random identifiers in the UUID version 4 form, without importing ``uuid``.

``uuid`` imports ``platform`` and more at start-up, a few milliseconds of every hodei-run;
a version 4 UUID is 122 random bits in a fixed layout, which this writes directly.
"""

from __future__ import annotations

import os


def uuid4() -> str:
    """A new random UUID (version 4, RFC 9562 variant), as its 36-character text."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
