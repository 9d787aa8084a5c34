import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from . import errors_pb2 as _errors_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OomDetection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OOM_DETECTION_UNSPECIFIED: _ClassVar[OomDetection]
    OOM_DETECTION_CGROUP_V2: _ClassVar[OomDetection]
    OOM_DETECTION_CGROUP_V1: _ClassVar[OomDetection]
    OOM_DETECTION_RSS_WATCHDOG: _ClassVar[OomDetection]
    OOM_DETECTION_UNAVAILABLE: _ClassVar[OomDetection]

class LogStream(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LOG_STREAM_UNSPECIFIED: _ClassVar[LogStream]
    LOG_STREAM_STDOUT: _ClassVar[LogStream]
    LOG_STREAM_STDERR: _ClassVar[LogStream]

class CancelRefusal(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CANCEL_REFUSAL_UNSPECIFIED: _ClassVar[CancelRefusal]
    CANCEL_REFUSAL_UNKNOWN_JOB: _ClassVar[CancelRefusal]
    CANCEL_REFUSAL_ALREADY_FINISHED: _ClassVar[CancelRefusal]
OOM_DETECTION_UNSPECIFIED: OomDetection
OOM_DETECTION_CGROUP_V2: OomDetection
OOM_DETECTION_CGROUP_V1: OomDetection
OOM_DETECTION_RSS_WATCHDOG: OomDetection
OOM_DETECTION_UNAVAILABLE: OomDetection
LOG_STREAM_UNSPECIFIED: LogStream
LOG_STREAM_STDOUT: LogStream
LOG_STREAM_STDERR: LogStream
CANCEL_REFUSAL_UNSPECIFIED: CancelRefusal
CANCEL_REFUSAL_UNKNOWN_JOB: CancelRefusal
CANCEL_REFUSAL_ALREADY_FINISHED: CancelRefusal

class ResourceUsage(_message.Message):
    __slots__ = ("max_rss_bytes", "cpu_user", "cpu_system")
    MAX_RSS_BYTES_FIELD_NUMBER: _ClassVar[int]
    CPU_USER_FIELD_NUMBER: _ClassVar[int]
    CPU_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    max_rss_bytes: int
    cpu_user: _duration_pb2.Duration
    cpu_system: _duration_pb2.Duration
    def __init__(self, max_rss_bytes: _Optional[int] = ..., cpu_user: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., cpu_system: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class Classification(_message.Message):
    __slots__ = ("rule", "evidence")
    RULE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    rule: str
    evidence: str
    def __init__(self, rule: _Optional[str] = ..., evidence: _Optional[str] = ...) -> None: ...

class CommandNotFound(_message.Message):
    __slots__ = ("command", "script")
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FIELD_NUMBER: _ClassVar[int]
    command: str
    script: str
    def __init__(self, command: _Optional[str] = ..., script: _Optional[str] = ...) -> None: ...

class PermissionDenied(_message.Message):
    __slots__ = ("path", "operation")
    PATH_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    path: str
    operation: str
    def __init__(self, path: _Optional[str] = ..., operation: _Optional[str] = ...) -> None: ...

class FileNotFound(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class ProcessSpawnFailed(_message.Message):
    __slots__ = ("errno", "errno_name", "message")
    ERRNO_FIELD_NUMBER: _ClassVar[int]
    ERRNO_NAME_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    errno: int
    errno_name: str
    message: str
    def __init__(self, errno: _Optional[int] = ..., errno_name: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ExecutionTimeout(_message.Message):
    __slots__ = ("timeout", "killed_with")
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    KILLED_WITH_FIELD_NUMBER: _ClassVar[int]
    timeout: _duration_pb2.Duration
    killed_with: str
    def __init__(self, timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., killed_with: _Optional[str] = ...) -> None: ...

class SignalReceived(_message.Message):
    __slots__ = ("signal", "signal_number", "core_dumped", "oom_killed", "oom_kills", "inferred", "forwarded", "main_process_exit_code")
    SIGNAL_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CORE_DUMPED_FIELD_NUMBER: _ClassVar[int]
    OOM_KILLED_FIELD_NUMBER: _ClassVar[int]
    OOM_KILLS_FIELD_NUMBER: _ClassVar[int]
    INFERRED_FIELD_NUMBER: _ClassVar[int]
    FORWARDED_FIELD_NUMBER: _ClassVar[int]
    MAIN_PROCESS_EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    signal: str
    signal_number: int
    core_dumped: bool
    oom_killed: bool
    oom_kills: int
    inferred: bool
    forwarded: bool
    main_process_exit_code: int
    def __init__(self, signal: _Optional[str] = ..., signal_number: _Optional[int] = ..., core_dumped: _Optional[bool] = ..., oom_killed: _Optional[bool] = ..., oom_kills: _Optional[int] = ..., inferred: _Optional[bool] = ..., forwarded: _Optional[bool] = ..., main_process_exit_code: _Optional[int] = ...) -> None: ...

class NonZeroExitCode(_message.Message):
    __slots__ = ("exit_code",)
    EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    exit_code: int
    def __init__(self, exit_code: _Optional[int] = ...) -> None: ...

class InfrastructureError(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: str
    def __init__(self, message: _Optional[str] = ...) -> None: ...

class ValidationError(_message.Message):
    __slots__ = ("field", "message")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    field: str
    message: str
    def __init__(self, field: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ConfigurationError(_message.Message):
    __slots__ = ("key", "message")
    KEY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    key: str
    message: str
    def __init__(self, key: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class SecretInjectionError(_message.Message):
    __slots__ = ("secret_name", "reason")
    SECRET_NAME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    secret_name: str
    reason: str
    def __init__(self, secret_name: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class IoError(_message.Message):
    __slots__ = ("message", "path")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    message: str
    path: str
    def __init__(self, message: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class Unknown(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: str
    def __init__(self, message: _Optional[str] = ...) -> None: ...

class FailureReason(_message.Message):
    __slots__ = ("type", "command_not_found", "permission_denied", "file_not_found", "process_spawn_failed", "execution_timeout", "signal_received", "non_zero_exit_code", "infrastructure_error", "validation_error", "configuration_error", "secret_injection_error", "io_error", "unknown", "extra")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMAND_NOT_FOUND_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_DENIED_FIELD_NUMBER: _ClassVar[int]
    FILE_NOT_FOUND_FIELD_NUMBER: _ClassVar[int]
    PROCESS_SPAWN_FAILED_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    NON_ZERO_EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    INFRASTRUCTURE_ERROR_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_ERROR_FIELD_NUMBER: _ClassVar[int]
    CONFIGURATION_ERROR_FIELD_NUMBER: _ClassVar[int]
    SECRET_INJECTION_ERROR_FIELD_NUMBER: _ClassVar[int]
    IO_ERROR_FIELD_NUMBER: _ClassVar[int]
    UNKNOWN_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    type: _errors_pb2.JobFailureReason
    command_not_found: CommandNotFound
    permission_denied: PermissionDenied
    file_not_found: FileNotFound
    process_spawn_failed: ProcessSpawnFailed
    execution_timeout: ExecutionTimeout
    signal_received: SignalReceived
    non_zero_exit_code: NonZeroExitCode
    infrastructure_error: InfrastructureError
    validation_error: ValidationError
    configuration_error: ConfigurationError
    secret_injection_error: SecretInjectionError
    io_error: IoError
    unknown: Unknown
    extra: _struct_pb2.Struct
    def __init__(self, type: _Optional[_Union[_errors_pb2.JobFailureReason, str]] = ..., command_not_found: _Optional[_Union[CommandNotFound, _Mapping]] = ..., permission_denied: _Optional[_Union[PermissionDenied, _Mapping]] = ..., file_not_found: _Optional[_Union[FileNotFound, _Mapping]] = ..., process_spawn_failed: _Optional[_Union[ProcessSpawnFailed, _Mapping]] = ..., execution_timeout: _Optional[_Union[ExecutionTimeout, _Mapping]] = ..., signal_received: _Optional[_Union[SignalReceived, _Mapping]] = ..., non_zero_exit_code: _Optional[_Union[NonZeroExitCode, _Mapping]] = ..., infrastructure_error: _Optional[_Union[InfrastructureError, _Mapping]] = ..., validation_error: _Optional[_Union[ValidationError, _Mapping]] = ..., configuration_error: _Optional[_Union[ConfigurationError, _Mapping]] = ..., secret_injection_error: _Optional[_Union[SecretInjectionError, _Mapping]] = ..., io_error: _Optional[_Union[IoError, _Mapping]] = ..., unknown: _Optional[_Union[Unknown, _Mapping]] = ..., extra: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class JobExecutionError(_message.Message):
    __slots__ = ("job_id", "worker_id", "correlation_id", "error_code", "severity", "failure_reason", "exit_code", "command", "arguments", "working_dir", "execution_time", "suggested_actions", "occurred_at", "classification", "stderr_tail", "resource_usage", "oom_detection", "leftovers_stopped")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    WORKING_DIR_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    STDERR_TAIL_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_USAGE_FIELD_NUMBER: _ClassVar[int]
    OOM_DETECTION_FIELD_NUMBER: _ClassVar[int]
    LEFTOVERS_STOPPED_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    correlation_id: str
    error_code: _errors_pb2.ErrorCode
    severity: _errors_pb2.Severity
    failure_reason: FailureReason
    exit_code: int
    command: str
    arguments: _containers.RepeatedScalarFieldContainer[str]
    working_dir: str
    execution_time: _duration_pb2.Duration
    suggested_actions: _containers.RepeatedScalarFieldContainer[str]
    occurred_at: _timestamp_pb2.Timestamp
    classification: Classification
    stderr_tail: str
    resource_usage: ResourceUsage
    oom_detection: OomDetection
    leftovers_stopped: int
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., correlation_id: _Optional[str] = ..., error_code: _Optional[_Union[_errors_pb2.ErrorCode, str]] = ..., severity: _Optional[_Union[_errors_pb2.Severity, str]] = ..., failure_reason: _Optional[_Union[FailureReason, _Mapping]] = ..., exit_code: _Optional[int] = ..., command: _Optional[str] = ..., arguments: _Optional[_Iterable[str]] = ..., working_dir: _Optional[str] = ..., execution_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., suggested_actions: _Optional[_Iterable[str]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., classification: _Optional[_Union[Classification, _Mapping]] = ..., stderr_tail: _Optional[str] = ..., resource_usage: _Optional[_Union[ResourceUsage, _Mapping]] = ..., oom_detection: _Optional[_Union[OomDetection, str]] = ..., leftovers_stopped: _Optional[int] = ...) -> None: ...

class JobCompleted(_message.Message):
    __slots__ = ("job_id", "worker_id", "correlation_id", "exit_code", "command", "arguments", "working_dir", "execution_time", "occurred_at", "resource_usage", "oom_detection", "oom_kills", "leftovers_stopped")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    WORKING_DIR_FIELD_NUMBER: _ClassVar[int]
    EXECUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_USAGE_FIELD_NUMBER: _ClassVar[int]
    OOM_DETECTION_FIELD_NUMBER: _ClassVar[int]
    OOM_KILLS_FIELD_NUMBER: _ClassVar[int]
    LEFTOVERS_STOPPED_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    correlation_id: str
    exit_code: int
    command: str
    arguments: _containers.RepeatedScalarFieldContainer[str]
    working_dir: str
    execution_time: _duration_pb2.Duration
    occurred_at: _timestamp_pb2.Timestamp
    resource_usage: ResourceUsage
    oom_detection: OomDetection
    oom_kills: int
    leftovers_stopped: int
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., correlation_id: _Optional[str] = ..., exit_code: _Optional[int] = ..., command: _Optional[str] = ..., arguments: _Optional[_Iterable[str]] = ..., working_dir: _Optional[str] = ..., execution_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resource_usage: _Optional[_Union[ResourceUsage, _Mapping]] = ..., oom_detection: _Optional[_Union[OomDetection, str]] = ..., oom_kills: _Optional[int] = ..., leftovers_stopped: _Optional[int] = ...) -> None: ...

class EventsDropped(_message.Message):
    __slots__ = ("count", "first_dropped_at", "last_dropped_at", "reason", "job_ids")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    FIRST_DROPPED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_DROPPED_AT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    JOB_IDS_FIELD_NUMBER: _ClassVar[int]
    count: int
    first_dropped_at: _timestamp_pb2.Timestamp
    last_dropped_at: _timestamp_pb2.Timestamp
    reason: str
    job_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, count: _Optional[int] = ..., first_dropped_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_dropped_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., job_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class JobAccepted(_message.Message):
    __slots__ = ("job_id", "worker_id", "accepted_at")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_AT_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    accepted_at: _timestamp_pb2.Timestamp
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., accepted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class JobRejected(_message.Message):
    __slots__ = ("job_id", "worker_id", "error_code", "reason")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    error_code: _errors_pb2.ErrorCode
    reason: str
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., error_code: _Optional[_Union[_errors_pb2.ErrorCode, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class JobStarted(_message.Message):
    __slots__ = ("job_id", "worker_id", "pid", "started_at")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    pid: int
    started_at: _timestamp_pb2.Timestamp
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., pid: _Optional[int] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LogChunk(_message.Message):
    __slots__ = ("job_id", "stream", "offset", "data", "attempt")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STREAM_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    stream: LogStream
    offset: int
    data: bytes
    attempt: int
    def __init__(self, job_id: _Optional[str] = ..., stream: _Optional[_Union[LogStream, str]] = ..., offset: _Optional[int] = ..., data: _Optional[bytes] = ..., attempt: _Optional[int] = ...) -> None: ...

class LogOverflow(_message.Message):
    __slots__ = ("job_id", "stream", "sent_bytes", "dropped_bytes")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STREAM_FIELD_NUMBER: _ClassVar[int]
    SENT_BYTES_FIELD_NUMBER: _ClassVar[int]
    DROPPED_BYTES_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    stream: LogStream
    sent_bytes: int
    dropped_bytes: int
    def __init__(self, job_id: _Optional[str] = ..., stream: _Optional[_Union[LogStream, str]] = ..., sent_bytes: _Optional[int] = ..., dropped_bytes: _Optional[int] = ...) -> None: ...

class JobCancelled(_message.Message):
    __slots__ = ("job_id", "worker_id", "reason", "signals", "outcome")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SIGNALS_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    reason: str
    signals: _containers.RepeatedScalarFieldContainer[str]
    outcome: JobExecutionError
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., reason: _Optional[str] = ..., signals: _Optional[_Iterable[str]] = ..., outcome: _Optional[_Union[JobExecutionError, _Mapping]] = ...) -> None: ...

class CancelRefused(_message.Message):
    __slots__ = ("job_id", "worker_id", "refusal")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    REFUSAL_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    worker_id: str
    refusal: CancelRefusal
    def __init__(self, job_id: _Optional[str] = ..., worker_id: _Optional[str] = ..., refusal: _Optional[_Union[CancelRefusal, str]] = ...) -> None: ...

class EventEnvelope(_message.Message):
    __slots__ = ("event_id", "job_execution_error", "job_completed", "events_dropped", "job_accepted", "job_rejected", "job_started", "log_chunk", "log_overflow", "job_cancelled", "cancel_refused")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_EXECUTION_ERROR_FIELD_NUMBER: _ClassVar[int]
    JOB_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    EVENTS_DROPPED_FIELD_NUMBER: _ClassVar[int]
    JOB_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    JOB_REJECTED_FIELD_NUMBER: _ClassVar[int]
    JOB_STARTED_FIELD_NUMBER: _ClassVar[int]
    LOG_CHUNK_FIELD_NUMBER: _ClassVar[int]
    LOG_OVERFLOW_FIELD_NUMBER: _ClassVar[int]
    JOB_CANCELLED_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REFUSED_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    job_execution_error: JobExecutionError
    job_completed: JobCompleted
    events_dropped: EventsDropped
    job_accepted: JobAccepted
    job_rejected: JobRejected
    job_started: JobStarted
    log_chunk: LogChunk
    log_overflow: LogOverflow
    job_cancelled: JobCancelled
    cancel_refused: CancelRefused
    def __init__(self, event_id: _Optional[str] = ..., job_execution_error: _Optional[_Union[JobExecutionError, _Mapping]] = ..., job_completed: _Optional[_Union[JobCompleted, _Mapping]] = ..., events_dropped: _Optional[_Union[EventsDropped, _Mapping]] = ..., job_accepted: _Optional[_Union[JobAccepted, _Mapping]] = ..., job_rejected: _Optional[_Union[JobRejected, _Mapping]] = ..., job_started: _Optional[_Union[JobStarted, _Mapping]] = ..., log_chunk: _Optional[_Union[LogChunk, _Mapping]] = ..., log_overflow: _Optional[_Union[LogOverflow, _Mapping]] = ..., job_cancelled: _Optional[_Union[JobCancelled, _Mapping]] = ..., cancel_refused: _Optional[_Union[CancelRefused, _Mapping]] = ...) -> None: ...

class EventBatch(_message.Message):
    __slots__ = ("events",)
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[EventEnvelope]
    def __init__(self, events: _Optional[_Iterable[_Union[EventEnvelope, _Mapping]]] = ...) -> None: ...

class EventAck(_message.Message):
    __slots__ = ("event_ids",)
    EVENT_IDS_FIELD_NUMBER: _ClassVar[int]
    event_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, event_ids: _Optional[_Iterable[str]] = ...) -> None: ...
