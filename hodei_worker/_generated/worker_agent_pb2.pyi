import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkerStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORKER_STATUS_OFFLINE: _ClassVar[WorkerStatus]
    WORKER_STATUS_REGISTERING: _ClassVar[WorkerStatus]
    WORKER_STATUS_AVAILABLE: _ClassVar[WorkerStatus]
    JOB_STATUS_BUSY: _ClassVar[WorkerStatus]
    WORKER_STATUS_DRAINING: _ClassVar[WorkerStatus]
    WORKER_STATUS_ERROR: _ClassVar[WorkerStatus]
WORKER_STATUS_OFFLINE: WorkerStatus
WORKER_STATUS_REGISTERING: WorkerStatus
WORKER_STATUS_AVAILABLE: WorkerStatus
JOB_STATUS_BUSY: WorkerStatus
WORKER_STATUS_DRAINING: WorkerStatus
WORKER_STATUS_ERROR: WorkerStatus

class WorkerId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResourceCapacity(_message.Message):
    __slots__ = ("cpu_cores", "memory_bytes", "disk_bytes", "gpu_count")
    CPU_CORES_FIELD_NUMBER: _ClassVar[int]
    MEMORY_BYTES_FIELD_NUMBER: _ClassVar[int]
    DISK_BYTES_FIELD_NUMBER: _ClassVar[int]
    GPU_COUNT_FIELD_NUMBER: _ClassVar[int]
    cpu_cores: float
    memory_bytes: int
    disk_bytes: int
    gpu_count: int
    def __init__(self, cpu_cores: _Optional[float] = ..., memory_bytes: _Optional[int] = ..., disk_bytes: _Optional[int] = ..., gpu_count: _Optional[int] = ...) -> None: ...

class ResourceUsage(_message.Message):
    __slots__ = ("cpu_cores", "memory_bytes", "disk_bytes", "gpu_count")
    CPU_CORES_FIELD_NUMBER: _ClassVar[int]
    MEMORY_BYTES_FIELD_NUMBER: _ClassVar[int]
    DISK_BYTES_FIELD_NUMBER: _ClassVar[int]
    GPU_COUNT_FIELD_NUMBER: _ClassVar[int]
    cpu_cores: float
    memory_bytes: int
    disk_bytes: int
    gpu_count: int
    def __init__(self, cpu_cores: _Optional[float] = ..., memory_bytes: _Optional[int] = ..., disk_bytes: _Optional[int] = ..., gpu_count: _Optional[int] = ...) -> None: ...

class WorkerInfo(_message.Message):
    __slots__ = ("worker_id", "name", "version", "hostname", "ip_address", "os_info", "architecture", "capacity", "capabilities", "labels", "start_time")
    class LabelsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    HOSTNAME_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    OS_INFO_FIELD_NUMBER: _ClassVar[int]
    ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    worker_id: WorkerId
    name: str
    version: str
    hostname: str
    ip_address: str
    os_info: str
    architecture: str
    capacity: ResourceCapacity
    capabilities: _containers.RepeatedScalarFieldContainer[str]
    labels: _containers.ScalarMap[str, str]
    start_time: _timestamp_pb2.Timestamp
    def __init__(self, worker_id: _Optional[_Union[WorkerId, _Mapping]] = ..., name: _Optional[str] = ..., version: _Optional[str] = ..., hostname: _Optional[str] = ..., ip_address: _Optional[str] = ..., os_info: _Optional[str] = ..., architecture: _Optional[str] = ..., capacity: _Optional[_Union[ResourceCapacity, _Mapping]] = ..., capabilities: _Optional[_Iterable[str]] = ..., labels: _Optional[_Mapping[str, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RegisterWorkerRequest(_message.Message):
    __slots__ = ("auth_token", "worker_info", "session_id", "job_id")
    AUTH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    WORKER_INFO_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    auth_token: str
    worker_info: WorkerInfo
    session_id: str
    job_id: str
    def __init__(self, auth_token: _Optional[str] = ..., worker_info: _Optional[_Union[WorkerInfo, _Mapping]] = ..., session_id: _Optional[str] = ..., job_id: _Optional[str] = ...) -> None: ...

class RegisterWorkerResponse(_message.Message):
    __slots__ = ("worker_id", "success", "message", "session_id", "registration_time")
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    REGISTRATION_TIME_FIELD_NUMBER: _ClassVar[int]
    worker_id: WorkerId
    success: bool
    message: str
    session_id: str
    registration_time: _timestamp_pb2.Timestamp
    def __init__(self, worker_id: _Optional[_Union[WorkerId, _Mapping]] = ..., success: _Optional[bool] = ..., message: _Optional[str] = ..., session_id: _Optional[str] = ..., registration_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WorkerHeartbeat(_message.Message):
    __slots__ = ("worker_id", "status", "usage", "active_jobs", "running_job_ids", "timestamp", "dropped_logs")
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_JOBS_FIELD_NUMBER: _ClassVar[int]
    RUNNING_JOB_IDS_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    DROPPED_LOGS_FIELD_NUMBER: _ClassVar[int]
    worker_id: WorkerId
    status: WorkerStatus
    usage: ResourceUsage
    active_jobs: int
    running_job_ids: _containers.RepeatedScalarFieldContainer[str]
    timestamp: _timestamp_pb2.Timestamp
    dropped_logs: int
    def __init__(self, worker_id: _Optional[_Union[WorkerId, _Mapping]] = ..., status: _Optional[_Union[WorkerStatus, str]] = ..., usage: _Optional[_Union[ResourceUsage, _Mapping]] = ..., active_jobs: _Optional[int] = ..., running_job_ids: _Optional[_Iterable[str]] = ..., timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., dropped_logs: _Optional[int] = ...) -> None: ...

class LogEntry(_message.Message):
    __slots__ = ("job_id", "line", "is_stderr", "timestamp")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    IS_STDERR_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    line: str
    is_stderr: bool
    timestamp: _timestamp_pb2.Timestamp
    def __init__(self, job_id: _Optional[str] = ..., line: _Optional[str] = ..., is_stderr: _Optional[bool] = ..., timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LogBatch(_message.Message):
    __slots__ = ("job_id", "entries")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    entries: _containers.RepeatedCompositeFieldContainer[LogEntry]
    def __init__(self, job_id: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[LogEntry, _Mapping]]] = ...) -> None: ...

class JobResultMessage(_message.Message):
    __slots__ = ("job_id", "exit_code", "success", "error_message", "completed_at")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    EXIT_CODE_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    exit_code: int
    success: bool
    error_message: str
    completed_at: _timestamp_pb2.Timestamp
    def __init__(self, job_id: _Optional[str] = ..., exit_code: _Optional[int] = ..., success: _Optional[bool] = ..., error_message: _Optional[str] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AckMessage(_message.Message):
    __slots__ = ("message_id", "success", "worker_id")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    success: bool
    worker_id: str
    def __init__(self, message_id: _Optional[str] = ..., success: _Optional[bool] = ..., worker_id: _Optional[str] = ...) -> None: ...

class SelfTerminateMessage(_message.Message):
    __slots__ = ("worker_id", "last_job_id", "expected_cleanup_ms", "actual_wait_ms", "reason")
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_JOB_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_CLEANUP_MS_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_WAIT_MS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    worker_id: str
    last_job_id: str
    expected_cleanup_ms: int
    actual_wait_ms: int
    reason: str
    def __init__(self, worker_id: _Optional[str] = ..., last_job_id: _Optional[str] = ..., expected_cleanup_ms: _Optional[int] = ..., actual_wait_ms: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class WorkerMessage(_message.Message):
    __slots__ = ("heartbeat", "log", "result", "log_batch", "ack", "self_terminate")
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    LOG_BATCH_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    SELF_TERMINATE_FIELD_NUMBER: _ClassVar[int]
    heartbeat: WorkerHeartbeat
    log: LogEntry
    result: JobResultMessage
    log_batch: LogBatch
    ack: AckMessage
    self_terminate: SelfTerminateMessage
    def __init__(self, heartbeat: _Optional[_Union[WorkerHeartbeat, _Mapping]] = ..., log: _Optional[_Union[LogEntry, _Mapping]] = ..., result: _Optional[_Union[JobResultMessage, _Mapping]] = ..., log_batch: _Optional[_Union[LogBatch, _Mapping]] = ..., ack: _Optional[_Union[AckMessage, _Mapping]] = ..., self_terminate: _Optional[_Union[SelfTerminateMessage, _Mapping]] = ...) -> None: ...

class ShellCommand(_message.Message):
    __slots__ = ("cmd", "args")
    CMD_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    cmd: str
    args: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, cmd: _Optional[str] = ..., args: _Optional[_Iterable[str]] = ...) -> None: ...

class ScriptCommand(_message.Message):
    __slots__ = ("interpreter", "content")
    INTERPRETER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    interpreter: str
    content: str
    def __init__(self, interpreter: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class CommandSpec(_message.Message):
    __slots__ = ("shell", "script")
    SHELL_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FIELD_NUMBER: _ClassVar[int]
    shell: ShellCommand
    script: ScriptCommand
    def __init__(self, shell: _Optional[_Union[ShellCommand, _Mapping]] = ..., script: _Optional[_Union[ScriptCommand, _Mapping]] = ...) -> None: ...

class ArtifactInput(_message.Message):
    __slots__ = ("url", "dest_path")
    URL_FIELD_NUMBER: _ClassVar[int]
    DEST_PATH_FIELD_NUMBER: _ClassVar[int]
    url: str
    dest_path: str
    def __init__(self, url: _Optional[str] = ..., dest_path: _Optional[str] = ...) -> None: ...

class ArtifactOutput(_message.Message):
    __slots__ = ("src_path", "url")
    SRC_PATH_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    src_path: str
    url: str
    def __init__(self, src_path: _Optional[str] = ..., url: _Optional[str] = ...) -> None: ...

class RunJobCommand(_message.Message):
    __slots__ = ("job_id", "command", "env", "inputs", "outputs", "timeout_ms", "working_dir", "stdin", "secrets_json")
    class EnvEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    ENV_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    WORKING_DIR_FIELD_NUMBER: _ClassVar[int]
    STDIN_FIELD_NUMBER: _ClassVar[int]
    SECRETS_JSON_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    command: CommandSpec
    env: _containers.ScalarMap[str, str]
    inputs: _containers.RepeatedCompositeFieldContainer[ArtifactInput]
    outputs: _containers.RepeatedCompositeFieldContainer[ArtifactOutput]
    timeout_ms: int
    working_dir: str
    stdin: str
    secrets_json: str
    def __init__(self, job_id: _Optional[str] = ..., command: _Optional[_Union[CommandSpec, _Mapping]] = ..., env: _Optional[_Mapping[str, str]] = ..., inputs: _Optional[_Iterable[_Union[ArtifactInput, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[ArtifactOutput, _Mapping]]] = ..., timeout_ms: _Optional[int] = ..., working_dir: _Optional[str] = ..., stdin: _Optional[str] = ..., secrets_json: _Optional[str] = ...) -> None: ...

class CancelJobCommand(_message.Message):
    __slots__ = ("job_id", "force")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    FORCE_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    force: bool
    def __init__(self, job_id: _Optional[str] = ..., force: _Optional[bool] = ...) -> None: ...

class KeepAliveMessage(_message.Message):
    __slots__ = ("timestamp",)
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    timestamp: _timestamp_pb2.Timestamp
    def __init__(self, timestamp: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ServerMessage(_message.Message):
    __slots__ = ("run_job", "cancel", "ack", "keep_alive")
    RUN_JOB_FIELD_NUMBER: _ClassVar[int]
    CANCEL_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    KEEP_ALIVE_FIELD_NUMBER: _ClassVar[int]
    run_job: RunJobCommand
    cancel: CancelJobCommand
    ack: AckMessage
    keep_alive: KeepAliveMessage
    def __init__(self, run_job: _Optional[_Union[RunJobCommand, _Mapping]] = ..., cancel: _Optional[_Union[CancelJobCommand, _Mapping]] = ..., ack: _Optional[_Union[AckMessage, _Mapping]] = ..., keep_alive: _Optional[_Union[KeepAliveMessage, _Mapping]] = ...) -> None: ...

class UnregisterWorkerRequest(_message.Message):
    __slots__ = ("worker_id", "force", "reason")
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    FORCE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    worker_id: WorkerId
    force: bool
    reason: str
    def __init__(self, worker_id: _Optional[_Union[WorkerId, _Mapping]] = ..., force: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class UnregisterWorkerResponse(_message.Message):
    __slots__ = ("success", "message", "jobs_migrated")
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    JOBS_MIGRATED_FIELD_NUMBER: _ClassVar[int]
    success: bool
    message: str
    jobs_migrated: int
    def __init__(self, success: _Optional[bool] = ..., message: _Optional[str] = ..., jobs_migrated: _Optional[int] = ...) -> None: ...
