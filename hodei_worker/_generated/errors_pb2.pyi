from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_CODE_UNSPECIFIED: _ClassVar[ErrorCode]
    ERR_1001: _ClassVar[ErrorCode]
    ERR_1002: _ClassVar[ErrorCode]
    ERR_1003: _ClassVar[ErrorCode]
    ERR_1004: _ClassVar[ErrorCode]
    ERR_1005: _ClassVar[ErrorCode]
    ERR_1006: _ClassVar[ErrorCode]
    ERR_1007: _ClassVar[ErrorCode]
    ERR_1008: _ClassVar[ErrorCode]
    ERR_1009: _ClassVar[ErrorCode]
    ERR_1010: _ClassVar[ErrorCode]
    ERR_1011: _ClassVar[ErrorCode]
    ERR_1012: _ClassVar[ErrorCode]
    ERR_1099: _ClassVar[ErrorCode]
    ERR_2001: _ClassVar[ErrorCode]
    ERR_2002: _ClassVar[ErrorCode]
    ERR_2003: _ClassVar[ErrorCode]
    ERR_2004: _ClassVar[ErrorCode]
    ERR_2005: _ClassVar[ErrorCode]
    ERR_3001: _ClassVar[ErrorCode]
    ERR_3002: _ClassVar[ErrorCode]
    ERR_3003: _ClassVar[ErrorCode]
    ERR_3004: _ClassVar[ErrorCode]
    ERR_3005: _ClassVar[ErrorCode]
    ERR_3006: _ClassVar[ErrorCode]
    ERR_3007: _ClassVar[ErrorCode]
    ERR_4001: _ClassVar[ErrorCode]
    ERR_4002: _ClassVar[ErrorCode]
    ERR_4003: _ClassVar[ErrorCode]
    ERR_4004: _ClassVar[ErrorCode]
    ERR_4005: _ClassVar[ErrorCode]
    ERR_4006: _ClassVar[ErrorCode]
    ERR_5001: _ClassVar[ErrorCode]
    ERR_5002: _ClassVar[ErrorCode]
    ERR_5003: _ClassVar[ErrorCode]
    ERR_5004: _ClassVar[ErrorCode]
    ERR_5005: _ClassVar[ErrorCode]
    ERR_5006: _ClassVar[ErrorCode]
    ERR_5007: _ClassVar[ErrorCode]
    ERR_5008: _ClassVar[ErrorCode]

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    USER: _ClassVar[Severity]
    INFRASTRUCTURE: _ClassVar[Severity]
    CRITICAL: _ClassVar[Severity]

class JobFailureReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNKNOWN: _ClassVar[JobFailureReason]
    COMMAND_NOT_FOUND: _ClassVar[JobFailureReason]
    PERMISSION_DENIED: _ClassVar[JobFailureReason]
    FILE_NOT_FOUND: _ClassVar[JobFailureReason]
    PROCESS_SPAWN_FAILED: _ClassVar[JobFailureReason]
    EXECUTION_TIMEOUT: _ClassVar[JobFailureReason]
    SIGNAL_RECEIVED: _ClassVar[JobFailureReason]
    NON_ZERO_EXIT_CODE: _ClassVar[JobFailureReason]
    INFRASTRUCTURE_ERROR: _ClassVar[JobFailureReason]
    VALIDATION_ERROR: _ClassVar[JobFailureReason]
    CONFIGURATION_ERROR: _ClassVar[JobFailureReason]
    SECRET_INJECTION_ERROR: _ClassVar[JobFailureReason]
    IO_ERROR: _ClassVar[JobFailureReason]
ERROR_CODE_UNSPECIFIED: ErrorCode
ERR_1001: ErrorCode
ERR_1002: ErrorCode
ERR_1003: ErrorCode
ERR_1004: ErrorCode
ERR_1005: ErrorCode
ERR_1006: ErrorCode
ERR_1007: ErrorCode
ERR_1008: ErrorCode
ERR_1009: ErrorCode
ERR_1010: ErrorCode
ERR_1011: ErrorCode
ERR_1012: ErrorCode
ERR_1099: ErrorCode
ERR_2001: ErrorCode
ERR_2002: ErrorCode
ERR_2003: ErrorCode
ERR_2004: ErrorCode
ERR_2005: ErrorCode
ERR_3001: ErrorCode
ERR_3002: ErrorCode
ERR_3003: ErrorCode
ERR_3004: ErrorCode
ERR_3005: ErrorCode
ERR_3006: ErrorCode
ERR_3007: ErrorCode
ERR_4001: ErrorCode
ERR_4002: ErrorCode
ERR_4003: ErrorCode
ERR_4004: ErrorCode
ERR_4005: ErrorCode
ERR_4006: ErrorCode
ERR_5001: ErrorCode
ERR_5002: ErrorCode
ERR_5003: ErrorCode
ERR_5004: ErrorCode
ERR_5005: ErrorCode
ERR_5006: ErrorCode
ERR_5007: ErrorCode
ERR_5008: ErrorCode
SEVERITY_UNSPECIFIED: Severity
USER: Severity
INFRASTRUCTURE: Severity
CRITICAL: Severity
UNKNOWN: JobFailureReason
COMMAND_NOT_FOUND: JobFailureReason
PERMISSION_DENIED: JobFailureReason
FILE_NOT_FOUND: JobFailureReason
PROCESS_SPAWN_FAILED: JobFailureReason
EXECUTION_TIMEOUT: JobFailureReason
SIGNAL_RECEIVED: JobFailureReason
NON_ZERO_EXIT_CODE: JobFailureReason
INFRASTRUCTURE_ERROR: JobFailureReason
VALIDATION_ERROR: JobFailureReason
CONFIGURATION_ERROR: JobFailureReason
SECRET_INJECTION_ERROR: JobFailureReason
IO_ERROR: JobFailureReason
