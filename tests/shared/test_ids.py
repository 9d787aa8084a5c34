"""Random identifiers: hodei-run's job, worker and correlation ids when none is given."""

from __future__ import annotations

import uuid

from hodei_worker._ids import uuid4


def test_ids_are_version_4_uuids_in_canonical_text() -> None:
    """Every generated id parses as a version 4, RFC-variant UUID and prints back unchanged."""
    for _ in range(500):
        text = uuid4()
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_ids_do_not_repeat() -> None:
    """Ids come from the system's random source: thousands drawn are all different."""
    drawn = {uuid4() for _ in range(5000)}
    assert len(drawn) == 5000
