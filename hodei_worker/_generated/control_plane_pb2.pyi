import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from . import events_pb2 as _events_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListEventsRequest(_message.Message):
    __slots__ = ("after_sequence", "limit")
    AFTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    after_sequence: int
    limit: int
    def __init__(self, after_sequence: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class StoredEvent(_message.Message):
    __slots__ = ("sequence", "received_at", "envelope")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    received_at: _timestamp_pb2.Timestamp
    envelope: _events_pb2.EventEnvelope
    def __init__(self, sequence: _Optional[int] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., envelope: _Optional[_Union[_events_pb2.EventEnvelope, _Mapping]] = ...) -> None: ...
