"""The events: pure JSON shapes of how a job ended, and their schema (and, loaded on first
use, their protobuf forms)."""

from __future__ import annotations

from .. import lazy_attributes
from ._model import (
    STDERR_TAIL_EVENT_LIMIT,
    Classification,
    Event,
    Identity,
    JobCompleted,
    JobExecutionError,
    bounded_tail,
    build_event,
    from_dict,
    from_json,
    rfc3339,
    to_dict,
    to_json,
)
from ._summary import summary_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._proto import envelope, envelope_to_dict, to_proto

_WITH_PROTOBUF = {"envelope": "_proto", "envelope_to_dict": "_proto", "to_proto": "_proto"}


__getattr__ = lazy_attributes(__name__, _WITH_PROTOBUF)


def schema_text() -> str:
    """The JSON Schema (draft 2020-12) both events validate against."""
    from importlib import resources

    return resources.files(__package__).joinpath("schema/job-events.schema.json").read_text("utf-8")


__all__ = [
    "STDERR_TAIL_EVENT_LIMIT",
    "Classification",
    "Event",
    "Identity",
    "JobCompleted",
    "JobExecutionError",
    "bounded_tail",
    "build_event",
    "envelope",
    "envelope_to_dict",
    "from_dict",
    "from_json",
    "rfc3339",
    "schema_text",
    "summary_line",
    "to_proto",
    "to_dict",
    "to_json",
]
