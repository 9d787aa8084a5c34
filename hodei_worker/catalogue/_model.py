"""The shapes of catalogue entries: codes, severities and troubleshooting guides."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.StrEnum):
    """Who has to act on an error, as the platform's error reference defines it."""

    USER = "USER"
    """The job's configuration or code caused it; the job's owner acts."""
    INFRASTRUCTURE = "INFRASTRUCTURE"
    """The system underneath caused it; an operator acts."""
    CRITICAL = "CRITICAL"
    """A system-level failure; someone acts now."""


class Group(enum.StrEnum):
    """The range an error code belongs to."""

    EXECUTION = "execution"
    DISPATCH = "dispatch"
    PROVISIONING = "provisioning"
    SCHEDULING = "scheduling"
    PROVIDER = "provider"


@dataclass(frozen=True, slots=True)
class Guide:
    """What a person reads to recognise, diagnose and fix one kind of failure."""

    symptoms: tuple[str, ...]
    """What the failure looks like from the outside."""
    diagnosis: tuple[str, ...]
    """Steps that find the cause, in the order to try them."""
    fixes: tuple[str, ...]
    """Commands or configuration that usually fix it."""
    actions: tuple[str, ...]
    """Generic suggested actions, appended after the contextual ones in events."""
    typical_exit_code: str | None = None
    """The exit status this failure usually shows, as text (``"127"``, ``"128+N"``)."""


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """One platform error code: the interface value, never renamed."""

    code: str
    """The code as the platform spells it, ``ERR_1002``."""
    type: str
    """The type name, ``PERMISSION_DENIED``: ``failure_reason.type`` in events."""
    severity: Severity
    """Who acts on it."""
    description: str
    """One line saying what it means."""
    group: Group
    """Which range it belongs to."""
    guide: Guide | None = None
    """Troubleshooting guidance, where the project has written it."""

    @property
    def number(self) -> int:
        """The numeric part of the code, ``1002`` for ``ERR_1002``."""
        return int(self.code.removeprefix("ERR_"))
