"""The catalogue: every platform error code, its severity and its guide, in one place.

Everything else (the classifier, the events, ``hodei-run explain``) reads codes from here.
"""

from ._catalogue import CATALOGUE, UnknownCodeError, by_type, lookup
from ._model import ErrorCode, Group, Guide, Severity

__all__ = [
    "CATALOGUE",
    "ErrorCode",
    "Group",
    "Guide",
    "Severity",
    "UnknownCodeError",
    "by_type",
    "lookup",
]
