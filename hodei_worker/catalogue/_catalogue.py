"""The assembled catalogue and its lookups by code or type name."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ._codes import CODES
from ._guides import GROUP_GUIDES, GUIDES
from ._model import ErrorCode


def _build() -> Mapping[str, ErrorCode]:
    entries: dict[str, ErrorCode] = {}
    for group, rows in CODES.items():
        for code, type_name, severity, description in rows:
            guide = GUIDES.get(code) or GROUP_GUIDES.get(group)
            entries[code] = ErrorCode(code, type_name, severity, description, group, guide)
    return MappingProxyType(entries)


CATALOGUE: Final[Mapping[str, ErrorCode]] = _build()
"""Every code, keyed by ``ERR_nnnn``, in numeric order."""

_BY_TYPE: Final[Mapping[str, ErrorCode]] = MappingProxyType(
    {entry.type: entry for entry in CATALOGUE.values()}
)


class UnknownCodeError(LookupError):
    """A code or type name that the catalogue does not hold."""

    def __init__(self, key: str, suggestions: tuple[str, ...]) -> None:
        self.key = key
        self.suggestions = suggestions
        named = ", ".join(f"{c} ({CATALOGUE[c].type})" for c in suggestions)
        hint = f"; nearest valid codes: {named}" if suggestions else ""
        super().__init__(f"unknown error code {key!r}{hint}")


def by_type(type_name: str) -> ErrorCode:
    """The entry whose type name is exactly ``type_name`` (``PERMISSION_DENIED``)."""
    return _BY_TYPE[type_name]


def lookup(key: str) -> ErrorCode:
    """The entry named by a code or type name, case-insensitively (``err_1002``, ``1002``,
    ``permission_denied``); raises :class:`UnknownCodeError` with the nearest valid codes."""
    wanted = key.strip().upper().replace("-", "_")
    if wanted.isdigit():
        wanted = f"ERR_{wanted}"
    entry = CATALOGUE.get(wanted) or _BY_TYPE.get(wanted)
    if entry is not None:
        return entry
    names = [*CATALOGUE, *_BY_TYPE]
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
    codes = tuple(dict.fromkeys(c if c in CATALOGUE else _BY_TYPE[c].code for c in close))
    raise UnknownCodeError(key, codes)
