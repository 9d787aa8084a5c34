"""The agent's copy of the platform's protocol keeps the platform's names, numbers and types:
the platform decodes these bytes, so a renumbered or retyped field would be read as another."""

from __future__ import annotations

from google.protobuf.descriptor import FieldDescriptor

from hodei_worker._generated import worker_agent_pb2 as pb

T = FieldDescriptor
# (message, field, number, type, repeated) as the platform defines them.
PLATFORM = [
    ("WorkerId", "value", 1, T.TYPE_STRING, False),
    ("RegisterWorkerRequest", "auth_token", 1, T.TYPE_STRING, False),
    ("RegisterWorkerRequest", "worker_info", 2, T.TYPE_MESSAGE, False),
    ("RegisterWorkerRequest", "session_id", 3, T.TYPE_STRING, False),
    ("RegisterWorkerRequest", "job_id", 5, T.TYPE_STRING, False),
    ("RegisterWorkerResponse", "worker_id", 1, T.TYPE_MESSAGE, False),
    ("RegisterWorkerResponse", "success", 2, T.TYPE_BOOL, False),
    ("RegisterWorkerResponse", "message", 3, T.TYPE_STRING, False),
    ("RegisterWorkerResponse", "session_id", 4, T.TYPE_STRING, False),
    ("WorkerInfo", "worker_id", 1, T.TYPE_MESSAGE, False),
    ("WorkerInfo", "name", 2, T.TYPE_STRING, False),
    ("WorkerInfo", "version", 3, T.TYPE_STRING, False),
    ("WorkerInfo", "hostname", 4, T.TYPE_STRING, False),
    ("WorkerInfo", "ip_address", 5, T.TYPE_STRING, False),
    ("WorkerInfo", "os_info", 6, T.TYPE_STRING, False),
    ("WorkerInfo", "architecture", 7, T.TYPE_STRING, False),
    ("WorkerInfo", "capacity", 8, T.TYPE_MESSAGE, False),
    ("WorkerInfo", "capabilities", 9, T.TYPE_STRING, True),
    ("WorkerInfo", "labels", 11, T.TYPE_MESSAGE, True),
    ("WorkerInfo", "start_time", 14, T.TYPE_MESSAGE, False),
    ("ResourceCapacity", "cpu_cores", 1, T.TYPE_DOUBLE, False),
    ("ResourceCapacity", "memory_bytes", 2, T.TYPE_INT64, False),
    ("ResourceCapacity", "disk_bytes", 3, T.TYPE_INT64, False),
    ("ResourceCapacity", "gpu_count", 4, T.TYPE_INT32, False),
    ("WorkerHeartbeat", "worker_id", 1, T.TYPE_MESSAGE, False),
    ("WorkerHeartbeat", "status", 2, T.TYPE_ENUM, False),
    ("WorkerHeartbeat", "usage", 3, T.TYPE_MESSAGE, False),
    ("WorkerHeartbeat", "active_jobs", 4, T.TYPE_INT32, False),
    ("WorkerHeartbeat", "running_job_ids", 5, T.TYPE_STRING, True),
    ("WorkerHeartbeat", "timestamp", 6, T.TYPE_MESSAGE, False),
    ("WorkerHeartbeat", "dropped_logs", 7, T.TYPE_UINT64, False),
    ("WorkerMessage", "heartbeat", 1, T.TYPE_MESSAGE, False),
    ("WorkerMessage", "log", 2, T.TYPE_MESSAGE, False),
    ("WorkerMessage", "result", 3, T.TYPE_MESSAGE, False),
    ("WorkerMessage", "log_batch", 6, T.TYPE_MESSAGE, False),
    ("WorkerMessage", "ack", 7, T.TYPE_MESSAGE, False),
    ("WorkerMessage", "self_terminate", 8, T.TYPE_MESSAGE, False),
    ("LogBatch", "job_id", 1, T.TYPE_STRING, False),
    ("LogBatch", "entries", 2, T.TYPE_MESSAGE, True),
    ("LogEntry", "job_id", 1, T.TYPE_STRING, False),
    ("LogEntry", "line", 2, T.TYPE_STRING, False),
    ("LogEntry", "is_stderr", 3, T.TYPE_BOOL, False),
    ("LogEntry", "timestamp", 4, T.TYPE_MESSAGE, False),
    ("JobResultMessage", "job_id", 1, T.TYPE_STRING, False),
    ("JobResultMessage", "exit_code", 2, T.TYPE_INT32, False),
    ("JobResultMessage", "success", 3, T.TYPE_BOOL, False),
    ("JobResultMessage", "error_message", 4, T.TYPE_STRING, False),
    ("JobResultMessage", "completed_at", 5, T.TYPE_MESSAGE, False),
    ("AckMessage", "message_id", 1, T.TYPE_STRING, False),
    ("AckMessage", "success", 2, T.TYPE_BOOL, False),
    ("AckMessage", "worker_id", 3, T.TYPE_STRING, False),
    ("SelfTerminateMessage", "worker_id", 1, T.TYPE_STRING, False),
    ("SelfTerminateMessage", "last_job_id", 2, T.TYPE_STRING, False),
    ("SelfTerminateMessage", "expected_cleanup_ms", 3, T.TYPE_UINT64, False),
    ("SelfTerminateMessage", "actual_wait_ms", 4, T.TYPE_UINT64, False),
    ("SelfTerminateMessage", "reason", 5, T.TYPE_STRING, False),
    ("ServerMessage", "run_job", 1, T.TYPE_MESSAGE, False),
    ("ServerMessage", "cancel", 2, T.TYPE_MESSAGE, False),
    ("ServerMessage", "ack", 3, T.TYPE_MESSAGE, False),
    ("ServerMessage", "keep_alive", 4, T.TYPE_MESSAGE, False),
    ("RunJobCommand", "job_id", 1, T.TYPE_STRING, False),
    ("RunJobCommand", "command", 2, T.TYPE_MESSAGE, False),
    ("RunJobCommand", "env", 3, T.TYPE_MESSAGE, True),
    ("RunJobCommand", "inputs", 4, T.TYPE_MESSAGE, True),
    ("RunJobCommand", "outputs", 5, T.TYPE_MESSAGE, True),
    ("RunJobCommand", "timeout_ms", 6, T.TYPE_INT64, False),
    ("RunJobCommand", "working_dir", 7, T.TYPE_STRING, False),
    ("RunJobCommand", "stdin", 8, T.TYPE_STRING, False),
    ("RunJobCommand", "secrets_json", 9, T.TYPE_STRING, False),
    ("CommandSpec", "shell", 1, T.TYPE_MESSAGE, False),
    ("CommandSpec", "script", 2, T.TYPE_MESSAGE, False),
    ("ShellCommand", "cmd", 1, T.TYPE_STRING, False),
    ("ShellCommand", "args", 2, T.TYPE_STRING, True),
    ("ScriptCommand", "interpreter", 1, T.TYPE_STRING, False),
    ("ScriptCommand", "content", 2, T.TYPE_STRING, False),
    ("CancelJobCommand", "job_id", 1, T.TYPE_STRING, False),
    ("CancelJobCommand", "force", 2, T.TYPE_BOOL, False),
    ("UnregisterWorkerRequest", "worker_id", 1, T.TYPE_MESSAGE, False),
    ("UnregisterWorkerRequest", "force", 2, T.TYPE_BOOL, False),
    ("UnregisterWorkerRequest", "reason", 3, T.TYPE_STRING, False),
]


def test_every_field_has_the_platforms_number_and_type() -> None:
    """Each field the agent uses is where the platform has it, with its type."""
    found = []
    for message, name, *_ in PLATFORM:
        field = pb.DESCRIPTOR.message_types_by_name[message].fields_by_name[name]
        found.append((message, name, field.number, field.type, field.is_repeated))
    assert found == PLATFORM


def test_the_service_path_and_the_worker_states_are_the_platforms() -> None:
    """The service is /hodei.WorkerAgentService/... and AVAILABLE is 2, DRAINING 4."""
    service = pb.DESCRIPTOR.services_by_name["WorkerAgentService"]
    assert service.full_name == "hodei.WorkerAgentService"
    methods = {m.name: (m.client_streaming, m.server_streaming) for m in service.methods}
    assert methods == {"Register": (False, False), "WorkerStream": (True, True),
                       "UnregisterWorker": (False, False)}
    assert (pb.WORKER_STATUS_AVAILABLE, pb.WORKER_STATUS_DRAINING) == (2, 4)
    assert [f.name for f in pb.RunJobCommand.DESCRIPTOR.fields if f.has_presence and
            f.type == T.TYPE_STRING] == ["stdin", "secrets_json"]
