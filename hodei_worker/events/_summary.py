"""The one line a person reads on stderr when a job ends: what failed and what to try."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .._units import format_bytes, format_duration_ms
from ._model import Event, JobExecutionError

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final


def _signal(r: Mapping[str, Any]) -> str:
    if r.get("oom_killed"):
        how = ("hodei-run's RSS watchdog" if r.get("_detection") == "rss-watchdog"
               else "the kernel, counted by the cgroup hodei-run runs in"
               if r.get("_rule") == "oom.container" else "the kernel, counted by the job's cgroup")
        return f"killed by {r['signal']}: out of memory (OOM kill by {how})"
    how = "the job's exit status relays" if r.get("inferred") else "killed by"
    tail = " (core dumped)" if r.get("core_dumped") else ""
    source = ", forwarded by hodei-run" if r.get("forwarded") else ""
    return f"{how} {r['signal']}{tail}{source}"


def _timeout(r: Mapping[str, Any]) -> str:
    limit = format_duration_ms(r["timeout_ms"]) if r.get("timeout_ms") is not None else "its limit"
    return f"still running after {limit}; stopped with {r['killed_with']}"


_HEADLINES: Final[dict[str, Callable[[Mapping[str, Any]], str]]] = {
    "COMMAND_NOT_FOUND": lambda r: f"{r['command']}: command not found",
    "PERMISSION_DENIED": lambda r: (f"{r.get('path', '?')} is not executable"
                                    if r.get("operation") == "execute"
                                    else f"permission denied on {r.get('path', 'a path')}"),
    "FILE_NOT_FOUND": lambda r: f"{r.get('path', 'a file')} does not exist",
    "PROCESS_SPAWN_FAILED": lambda r: f"a process could not be created: {r.get('errno_name', '')} "
                                      f"{r['message']}".replace("  ", " "),
    "EXECUTION_TIMEOUT": _timeout,
    "SIGNAL_RECEIVED": _signal,
    "NON_ZERO_EXIT_CODE": lambda r: f"exited with status {r['exit_code']}",
    "INFRASTRUCTURE_ERROR": lambda r: f"hodei-run failed: {r['message']}",
    "VALIDATION_ERROR": lambda r: f"{r['field']}: {r['message']}",
    "CONFIGURATION_ERROR": lambda r: f"{r['key']}: {r['message']}",
    "SECRET_INJECTION_ERROR": lambda r: f"secret {r['secret_name']}: {r['reason']}",
    "IO_ERROR": lambda r: f"{r['message']}" + (f" on {r['path']}" if r.get("path") else ""),
    "UNKNOWN": lambda r: str(r.get("message", "unclassified failure")),
}


def summary_line(event: Event) -> str:
    """``hodei-run: ERR_1002 PERMISSION_DENIED (USER) /srv/run.sh is not executable; try: ...``"""
    if not isinstance(event, JobExecutionError):
        usage = event.resource_usage
        rss = f", peak RSS {format_bytes(usage['max_rss_bytes'])}" if "max_rss_bytes" in usage else ""
        return f"hodei-run: job completed in {format_duration_ms(event.execution_time_ms)}{rss}"
    reason = {**event.failure_reason, "_detection": event.oom_detection,
              "_rule": event.classification.rule}
    describe = _HEADLINES.get(reason["type"])
    headline = describe(reason) if describe else "failed"
    action = event.suggested_actions[0] if event.suggested_actions else ""
    return (f"hodei-run: {event.error_code} {reason['type']} ({event.severity}) {headline}"
            + (f"; try: {action}" if action else ""))
