"""The events as protobuf messages (``hodei.worker.v1``), and back, without loss.

Pure: it imports protobuf (never grpc) and is imported only where events cross the wire, so a
run that publishes nothing never loads it. Every JSON field has a typed home; the details of
``failure_reason`` go into the typed message of their failure type, and whatever that message
has no field for (a key added later, a ``null``) into ``FailureReason.extra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

from google.protobuf import struct_pb2
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.duration_pb2 import Duration
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from .._generated import errors_pb2, events_pb2
from ._model import Classification, Event, JobCompleted, JobExecutionError, rfc3339

ProtoEvent = events_pb2.JobExecutionError | events_pb2.JobCompleted

_DETAILS: Final[dict[str, str]] = {
    "COMMAND_NOT_FOUND": "command_not_found",
    "PERMISSION_DENIED": "permission_denied",
    "FILE_NOT_FOUND": "file_not_found",
    "PROCESS_SPAWN_FAILED": "process_spawn_failed",
    "EXECUTION_TIMEOUT": "execution_timeout",
    "SIGNAL_RECEIVED": "signal_received",
    "NON_ZERO_EXIT_CODE": "non_zero_exit_code",
    "INFRASTRUCTURE_ERROR": "infrastructure_error",
    "VALIDATION_ERROR": "validation_error",
    "CONFIGURATION_ERROR": "configuration_error",
    "SECRET_INJECTION_ERROR": "secret_injection_error",
    "IO_ERROR": "io_error",
    "UNKNOWN": "unknown",
}
"""Failure type → the ``FailureReason.details`` field that carries its details."""

_DURATIONS: Final[dict[str, str]] = {"timeout_ms": "timeout"}
"""JSON keys in milliseconds → the Duration field that carries them."""

_OOM_DETECTION: Final[dict[str, int]] = {
    "cgroup-v2": events_pb2.OOM_DETECTION_CGROUP_V2,
    "cgroup-v1": events_pb2.OOM_DETECTION_CGROUP_V1,
    "rss-watchdog": events_pb2.OOM_DETECTION_RSS_WATCHDOG,
    "unavailable": events_pb2.OOM_DETECTION_UNAVAILABLE,
}
_OOM_DETECTION_NAME: Final = {number: name for name, number in _OOM_DETECTION.items()}

_INTS: Final = {FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
                FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
                FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
                FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1)}


def _duration_ms(ms: int) -> Duration:
    d = Duration()
    d.FromMilliseconds(ms)
    return d


def _timestamp(text: str) -> Timestamp:
    ts = Timestamp()
    ts.FromDatetime(datetime.fromisoformat(text.replace("Z", "+00:00")))
    return ts


def _rfc3339(ts: Timestamp) -> str:
    return rfc3339(ts.ToDatetime(tzinfo=UTC))


def _fits(field: Any, value: Any) -> bool:
    """Whether ``value`` can be stored in the scalar ``field`` and read back unchanged."""
    if field.type == FieldDescriptor.TYPE_STRING:
        return isinstance(value, str)
    if field.type == FieldDescriptor.TYPE_BOOL:
        return isinstance(value, bool)
    if field.type in _INTS:
        low, high = _INTS[field.type]
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return False


def _reason_to_proto(reason: Mapping[str, Any]) -> events_pb2.FailureReason:
    kind = str(reason.get("type", "UNKNOWN"))
    out = events_pb2.FailureReason(type=kind)
    details: Message = getattr(out, _DETAILS[kind])
    details.SetInParent()
    fields = details.DESCRIPTOR.fields_by_name
    extra: dict[str, Any] = {}
    for key, value in reason.items():
        if key == "type":
            continue
        target = _DURATIONS.get(key, "")
        if target in fields and isinstance(value, int) and not isinstance(value, bool):
            getattr(details, target).CopyFrom(_duration_ms(value))
        elif key in fields and key not in _DURATIONS.values() and _fits(fields[key], value):
            setattr(details, key, value)
        else:
            extra[key] = value
    if extra:
        out.extra.update(extra)
    return out


def _plain(value: Any) -> Any:
    """A Struct value as JSON data: whole numbers back to ints (Struct keeps only doubles)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, struct_pb2.Struct):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, struct_pb2.ListValue):
        return [_plain(v) for v in value]
    return value


def _reason_from_proto(msg: events_pb2.FailureReason) -> dict[str, Any]:
    kind = errors_pb2.JobFailureReason.Name(msg.type)
    reason: dict[str, Any] = {"type": kind}
    details = getattr(msg, _DETAILS[kind])
    json_key = {field: key for key, field in _DURATIONS.items()}
    for field, value in details.ListFields():
        if field.message_type is not None and field.message_type.full_name == "google.protobuf.Duration":
            reason[json_key[field.name]] = value.ToMilliseconds()
        else:
            reason[field.name] = value
    for key, value in msg.extra.items():
        reason[key] = _plain(value)
    return reason


def _usage_to_proto(usage: Mapping[str, int]) -> events_pb2.ResourceUsage:
    out = events_pb2.ResourceUsage()
    if "max_rss_bytes" in usage:
        out.max_rss_bytes = usage["max_rss_bytes"]
    if "cpu_user_ms" in usage:
        out.cpu_user.CopyFrom(_duration_ms(usage["cpu_user_ms"]))
    if "cpu_system_ms" in usage:
        out.cpu_system.CopyFrom(_duration_ms(usage["cpu_system_ms"]))
    return out


def _usage_from_proto(msg: events_pb2.ResourceUsage) -> dict[str, int]:
    usage: dict[str, int] = {}
    if msg.HasField("max_rss_bytes"):
        usage["max_rss_bytes"] = msg.max_rss_bytes
    if msg.HasField("cpu_user"):
        usage["cpu_user_ms"] = msg.cpu_user.ToMilliseconds()
    if msg.HasField("cpu_system"):
        usage["cpu_system_ms"] = msg.cpu_system.ToMilliseconds()
    return usage


def to_proto(event: Event) -> ProtoEvent:
    """The protobuf message of ``event``."""
    common: dict[str, Any] = {
        "job_id": event.job_id,
        "worker_id": event.worker_id,
        "correlation_id": event.correlation_id,
        "exit_code": event.exit_code,
        "command": event.command,
        "arguments": list(event.arguments),
        "working_dir": event.working_dir,
        "execution_time": _duration_ms(event.execution_time_ms),
        "occurred_at": _timestamp(event.occurred_at),
        "resource_usage": _usage_to_proto(event.resource_usage),
        "oom_detection": _OOM_DETECTION[event.oom_detection],
        "leftovers_stopped": event.leftovers_stopped,
    }
    if isinstance(event, JobCompleted):
        return events_pb2.JobCompleted(oom_kills=event.oom_kills, **common)
    return events_pb2.JobExecutionError(
        error_code=event.error_code,
        severity=event.severity,
        failure_reason=_reason_to_proto(event.failure_reason),
        suggested_actions=list(event.suggested_actions),
        classification=events_pb2.Classification(rule=event.classification.rule,
                                                 evidence=event.classification.evidence),
        stderr_tail=event.stderr_tail,
        **common,
    )


def from_proto(msg: ProtoEvent) -> Event:
    """The event a protobuf message carries."""
    common: dict[str, Any] = {
        "job_id": msg.job_id,
        "worker_id": msg.worker_id,
        "correlation_id": msg.correlation_id,
        "exit_code": msg.exit_code,
        "command": msg.command,
        "arguments": tuple(msg.arguments),
        "working_dir": msg.working_dir,
        "execution_time_ms": msg.execution_time.ToMilliseconds(),
        "occurred_at": _rfc3339(msg.occurred_at),
        "resource_usage": _usage_from_proto(msg.resource_usage),
        "oom_detection": _OOM_DETECTION_NAME.get(msg.oom_detection, "unavailable"),
        "leftovers_stopped": msg.leftovers_stopped,
    }
    if isinstance(msg, events_pb2.JobCompleted):
        return JobCompleted(oom_kills=msg.oom_kills, **common)
    return JobExecutionError(
        error_code=errors_pb2.ErrorCode.Name(msg.error_code),
        severity=errors_pb2.Severity.Name(msg.severity),
        failure_reason=_reason_from_proto(msg.failure_reason),
        suggested_actions=tuple(msg.suggested_actions),
        classification=Classification(msg.classification.rule, msg.classification.evidence),
        stderr_tail=msg.stderr_tail,
        **common,
    )


def envelope(event: Event, event_id: str) -> events_pb2.EventEnvelope:
    """``event`` in the envelope it travels in, under its stable id."""
    msg = to_proto(event)
    if isinstance(msg, events_pb2.JobCompleted):
        return events_pb2.EventEnvelope(event_id=event_id, job_completed=msg)
    return events_pb2.EventEnvelope(event_id=event_id, job_execution_error=msg)


def envelope_to_dict(env: events_pb2.EventEnvelope) -> dict[str, Any]:
    """An envelope as JSON data: the event's own JSON shape plus its ``event_id``."""
    from ._model import to_dict

    kind = env.WhichOneof("event")
    if kind == "events_dropped":
        dropped = env.events_dropped
        data: dict[str, Any] = {"event_type": "EventsDropped", "count": dropped.count,
                                "reason": dropped.reason, "job_ids": list(dropped.job_ids)}
        for name in ("first_dropped_at", "last_dropped_at"):
            if dropped.HasField(name):
                data[name] = _rfc3339(getattr(dropped, name))
    elif kind in ("job_execution_error", "job_completed"):
        data = to_dict(from_proto(getattr(env, kind)))
    elif kind is not None:  # the lifecycle of a job: its own protobuf JSON mapping
        from google.protobuf.json_format import MessageToDict

        message = getattr(env, kind)
        data = {"event_type": type(message).DESCRIPTOR.name,
                **MessageToDict(message, preserving_proto_field_name=True)}
    else:
        data = {"event_type": "Unknown"}
    return {"event_id": env.event_id, **data}
