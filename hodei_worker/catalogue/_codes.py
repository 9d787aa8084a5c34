"""Every platform error code: code, type name, severity and a one-line meaning.

This table is the interface with the control plane; codes, type names and severities are
exactly the platform's. The guides that go with them live in ``_guides.py``.
"""

from __future__ import annotations

from typing import Final

from ._model import Group, Severity

_U, _I, _C = Severity.USER, Severity.INFRASTRUCTURE, Severity.CRITICAL

# (code, type name, severity, one-line meaning), grouped by range.
CODES: Final[dict[Group, tuple[tuple[str, str, Severity, str], ...]]] = {
    Group.EXECUTION: (
        ("ERR_1001", "COMMAND_NOT_FOUND", _U, "The program to run is not installed or not on PATH"),
        ("ERR_1002", "PERMISSION_DENIED", _U, "The job lacks permission to execute or access a path"),
        ("ERR_1003", "FILE_NOT_FOUND", _U, "A file or directory the job needs does not exist"),
        ("ERR_1004", "PROCESS_SPAWN_FAILED", _I, "The operating system could not create the process"),
        ("ERR_1005", "EXECUTION_TIMEOUT", _U, "The job ran past its configured time limit"),
        ("ERR_1006", "SIGNAL_RECEIVED", _U, "A signal ended the job (SIGKILL, SIGSEGV, an OOM kill...)"),
        ("ERR_1007", "NON_ZERO_EXIT_CODE", _U, "The command finished with a non-zero exit status"),
        ("ERR_1008", "INFRASTRUCTURE_ERROR", _I, "The worker itself failed while running the job"),
        ("ERR_1009", "VALIDATION_ERROR", _U, "A field of the job's definition is invalid"),
        ("ERR_1010", "CONFIGURATION_ERROR", _U, "A configuration parameter is missing or invalid"),
        ("ERR_1011", "SECRET_INJECTION_ERROR", _U, "A secret the job needs could not be resolved"),
        ("ERR_1012", "IO_ERROR", _I, "Reading or writing storage failed (full, read-only, faulty)"),
        ("ERR_1099", "UNKNOWN", _I, "No rule explains the failure; it needs investigation"),
    ),
    Group.DISPATCH: (
        ("ERR_2001", "DISPATCH_WORKER_NOT_READY", _I, "The worker was not ready to take the job"),
        ("ERR_2002", "DISPATCH_TIMEOUT", _I, "Handing the job to a worker took too long"),
        ("ERR_2003", "DISPATCH_WORKER_CRASHED", _I, "The worker crashed while the job was handed over"),
        ("ERR_2004", "DISPATCH_CHANNEL_CLOSED", _I, "The channel to the worker closed unexpectedly"),
        ("ERR_2005", "DISPATCH_PROTOCOL_ERROR", _I, "A message broke the dispatch protocol"),
    ),
    Group.PROVISIONING: (
        ("ERR_3001", "PROVISION_IMAGE_PULL_FAILED", _I, "The worker image could not be pulled"),
        ("ERR_3002", "PROVISION_RESOURCE_FAILED", _I, "Resources for the worker could not be allocated"),
        ("ERR_3003", "PROVISION_NETWORK_FAILED", _I, "The worker's network could not be set up"),
        ("ERR_3004", "PROVISION_AUTH_FAILED", _I, "The provider rejected the platform's credentials"),
        ("ERR_3005", "PROVISION_TIMEOUT", _I, "Provisioning the worker took too long"),
        ("ERR_3006", "PROVISION_PROVIDER_UNAVAILABLE", _I, "The target provider could not be reached"),
        ("ERR_3007", "PROVISION_INTERNAL_ERROR", _C, "Provisioning failed inside the platform"),
    ),
    Group.SCHEDULING: (
        ("ERR_4001", "SCHEDULE_NO_PROVIDERS", _I, "No provider meeting the requirements is available"),
        ("ERR_4002", "SCHEDULE_NO_MATCH", _U, "No provider matches what the job asks for"),
        ("ERR_4003", "SCHEDULE_OVERLOADED", _I, "Every suitable provider is at capacity"),
        ("ERR_4004", "SCHEDULE_UNHEALTHY", _I, "Every suitable provider is unhealthy"),
        ("ERR_4005", "SCHEDULE_RESOURCES", _U, "The job's resource requirements cannot be met"),
        ("ERR_4006", "SCHEDULE_INTERNAL", _C, "The scheduler failed internally"),
    ),
    Group.PROVIDER: (
        ("ERR_5001", "PROVIDER_CONNECTION_LOST", _I, "The connection to the provider was lost"),
        ("ERR_5002", "PROVIDER_AUTH_FAILED", _I, "Authenticating with the provider failed"),
        ("ERR_5003", "PROVIDER_RESOURCE_LIMIT", _I, "A provider-side resource limit was hit"),
        ("ERR_5004", "PROVIDER_NOT_FOUND", _I, "The named provider does not exist"),
        ("ERR_5005", "PROVIDER_PROVISION_FAILED", _I, "The provider failed to provision"),
        ("ERR_5006", "PROVIDER_TIMEOUT", _I, "A provider operation took too long"),
        ("ERR_5007", "PROVIDER_CONFIG_ERROR", _I, "The provider is configured wrongly"),
        ("ERR_5008", "PROVIDER_INTERNAL", _C, "The provider failed internally"),
    ),
}
