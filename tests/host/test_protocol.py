"""The supervisor host's protocol (``host/_protocol.py``): every message reads back as itself,
and a line that is no message is refused with ProtocolError, never half-read."""

from __future__ import annotations

import pytest

from hodei_worker.host import _protocol as wire

MESSAGES = [
    wire.Run("k1", {"job_id": "j", "command": ["true"]}, "/s/out", "/s/err", None, "/s/job"),
    wire.Run("k2", {}, "/s/out", "/s/err", "/s/stdin", "/s/job"),
    wire.Cancel("k1"),
    wire.Cancel("k1", force=True),
    wire.ListJobs(),
    wire.Welcome(123, 456),
    wire.Welcome(123, None),
    wire.Started("k1", 77, 1700000000.5),
    wire.Ended("k1"),
    wire.Jobs({"k1": (77, 1.5), "k2": (None, None)}),
    wire.Jobs({}),
    wire.Unknown("nope"),
]


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: type(m).__name__)
def test_every_message_reads_back_as_itself(message: wire.Message) -> None:
    """A message encoded is one line, and decoding it gives the same message."""
    line = wire.encode(message)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert wire.decode(line[:-1]) == message


@pytest.mark.parametrize("line", [
    b"not json", b"[1, 2]", b'{"nothing": 1}', b'{"run": "k"}', b'{"run": 5, "plan": {}}',
    b'{"started": "k", "pid": "7", "at": 1}', b'{"started": "k", "pid": true, "at": 1}',
    b'{"jobs": [1]}', b'{"run": "k", "plan": [], "stdout": "", "stderr": "", "journal": ""}',
    b'{"cancel": "k", "force": "yes"}',
])
def test_a_line_that_is_no_message_is_refused(line: bytes) -> None:
    """Lines of the wrong shape or types raise ProtocolError (a ValueError), nothing else."""
    with pytest.raises(wire.ProtocolError):
        wire.decode(line)
