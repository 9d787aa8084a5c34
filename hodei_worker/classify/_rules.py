"""The classification rules: one table, read top to bottom, first match wins.

| rule id                   | decides  | when                                                        |
|---------------------------|----------|-------------------------------------------------------------|
| pre-spawn.validation      | ERR_1009 | a job field was invalid; nothing started                    |
| pre-spawn.configuration   | ERR_1010 | a configuration key was invalid; nothing started            |
| pre-spawn.secret          | ERR_1011 | a secret could not be resolved; nothing started             |
| spawn.interpreter-missing | ERR_1001 | exec gave ENOENT but the program exists: its #! is missing  |
| spawn.not-found           | ERR_1001 | exec gave ENOENT/ENOTDIR for the program                    |
| spawn.not-executable      | ERR_1002 | exec gave EACCES/EPERM/ENOEXEC                              |
| spawn.workdir-missing     | ERR_1003 | chdir into the working directory gave ENOENT/ENOTDIR        |
| spawn.workdir-denied      | ERR_1002 | chdir into the working directory gave EACCES                |
| spawn.failed              | ERR_1004 | any other spawn errno (EAGAIN, ENOMEM, EMFILE, E2BIG...)    |
| supervisor.internal       | ERR_1008 | the supervisor itself failed (its facts may be incomplete)  |
| deadline                  | ERR_1005 | our deadline fired and we stopped the job                   |
| stopped-before-start      | ERR_1006 | a termination reached hodei-run before the job was started  |
| oom.container             | ERR_1006 | the job failed and the OOM-kill count of the cgroup         |
|                           |          | hodei-run runs in (a container's) went up                   |
| oom.kill                  | ERR_1006 | the job failed and its cgroup's OOM-kill count went up      |
| signal.abort-explained    | stderr's | SIGABRT (or 134 relayed) after stderr said an OS reason:    |
|                           |          | the program gave up because of it (ERR_1001..1004, 1012);   |
|                           |          | SIGABRT/SIGSEGV/SIGBUS/SIGTRAP right after its own error:   |
|                           |          | that error (a path's check, or ERR_1007);                   |
|                           |          | SIGINT (or 130) right after a spawn failure (ERR_1004)      |
| signal                    | ERR_1006 | the main process died of a signal                           |
| signal.relayed            | ERR_1006 | exit 129..192: a shell relaying a child killed by a signal  |
|                           |          | (not a wrapper that says it sent that signal itself: the    |
|                           |          | job's own time limit, ``_SENT_ITSELF``)                     |
| exit.127                  | ERR_1001 | the shell convention for "command not found"                |
| exit.126                  | ERR_1002 | the shell convention for "found but cannot execute"         |
|                           |          | (for both, a spawn failure on stderr, such as "Argument     |
|                           |          | list too long", outranks the status: ERR_1004; a 126 after  |
|                           |          | the program said why under its own name is its own status)  |
| stderr.<pattern>          | pattern  | the decisive line of the tail's final error (``_tail.py``)  |
| stderr.dependency-missing | ERR_1007 | that line names a missing package file of the job's language|
|                           |          | (``DEPENDENCY_FILES``: .sty, .cls, .pm...): a dependency   |
| stderr.checked            | check's  | that line says what failed and not why, and a check of the  |
|                           |          | path it names, when the job ended, says (``_checked.py``)   |
| stderr.shell-said         | stderr's | no pattern explains the final error, and a shell running    |
|                           |          | a script said above it that a program is not found or is    |
|                           |          | for another machine ("x: 430: openssl: not found"): that    |
|                           |          | (ERR_1001, ERR_1004)                                        |
| stderr.checked-failure    | check's  | no pattern explains the final error, but it says it could   |
|                           |          | not open/read/write/create/find/run a path it names, and    |
|                           |          | that path's check says why (``_checked.failed_on``)          |
| exit.nonzero              | ERR_1007 | any other non-zero exit status                              |
| unknown                   | ERR_1099 | nothing above fits (never silently)                         |

The supervisor's own failure sits above the deadline and signal rules on purpose: when the
supervisor broke, the signal it may have sent while cleaning up says nothing about the job.
"""
from __future__ import annotations

import dataclasses
import errno as errno_mod
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from .._units import format_bytes, format_duration_ms, signal_name
from ._context import own_error, usage_from
from ._facts import NO_STATUS, Facts, Match, clip, errno_name
from ._lines import SIGNAL_REPORTS
from ._observation import Observation, OomDetection, PreSpawnKind, SpawnFailure, SpawnStage
from ._stderr_rules import (
    checked_failure,
    nonzero,
    shell_convention,
    shell_said,
    stderr,
    stderr_match,
)
from ._tail import final_error

# --- pre-spawn -------------------------------------------------------------------------------

_PRE_SPAWN: Final = {
    PreSpawnKind.VALIDATION: ("ERR_1009", "field", "message",
                              "Correct {subject} and run again; 'hodei-run --help' shows the "
                              "accepted forms"),
    PreSpawnKind.CONFIGURATION: ("ERR_1010", "key", "message",
                                 "Correct {subject} in the configuration and run again"),
    PreSpawnKind.SECRET: ("ERR_1011", "secret_name", "reason",
                          "Make the secret {subject} resolvable where hodei-run runs "
                          "(its file or variable), then run again"),
}


def _pre_spawn(kind: PreSpawnKind) -> Callable[[Facts], Match | None]:
    code, subject_key, message_key, action = _PRE_SPAWN[kind]

    def rule(f: Facts) -> Match | None:
        err = f.obs.pre_spawn_error
        if err is None or err.kind is not kind:
            return None
        return Match(
            code,
            {subject_key: err.subject, message_key: err.message},
            clip(f"{kind.value} error in {err.subject!r}: {err.message}; the command never started"),
            NO_STATUS,
            (action.format(subject=err.subject),),
        )

    return rule


# --- spawn failures --------------------------------------------------------------------------

def _spawn(stage: SpawnStage | None, errnos: frozenset[int] | None = None,
           ) -> Callable[[Facts], SpawnFailure | None]:
    """Matches a spawn failure at ``stage`` with one of ``errnos`` (None: any)."""

    def get(f: Facts) -> SpawnFailure | None:
        sf = f.obs.spawn_failure
        if sf is None or (stage is not None and sf.stage is not stage):
            return None
        return sf if errnos is None or sf.errno in errnos else None

    return get


_NOT_FOUND = frozenset({errno_mod.ENOENT, errno_mod.ENOTDIR})
_NOT_EXEC = frozenset({errno_mod.EACCES, errno_mod.EPERM, errno_mod.ENOEXEC})
_exec_not_found = _spawn(SpawnStage.EXEC, _NOT_FOUND)
_exec_denied = _spawn(SpawnStage.EXEC, _NOT_EXEC)
_chdir_missing = _spawn(SpawnStage.CHDIR, _NOT_FOUND)
_chdir_denied = _spawn(SpawnStage.CHDIR, frozenset({errno_mod.EACCES, errno_mod.EPERM}))
_any_spawn = _spawn(None)


def _evidence_errno(sf: SpawnFailure, verb: str) -> str:
    return f"{errno_name(sf.errno)} ({os.strerror(sf.errno)}) {verb} {sf.path}"


def _interpreter_missing(f: Facts) -> Match | None:
    sf = _exec_not_found(f)
    if sf is None or not sf.interpreter:
        return None
    interpreter = sf.interpreter
    if interpreter.endswith("\r"):  # the whole diagnosis: the #! line has a Windows line ending
        shown = interpreter[:-1] + "\\r"
        return Match(
            "ERR_1001",
            {"command": interpreter, "script": sf.path, "line_ending": "CRLF"},
            clip(f"ENOENT executing {sf.path}: its #! line ends in a carriage return, so the "
                  f"interpreter looked for is {shown}, which does not exist"),
            127,
            (f"Convert {sf.path} to Unix line endings: sed -i 's/\\r$//' {sf.path} (or dos2unix)",
             "Make the editor or git (core.autocrlf, .gitattributes) keep LF endings for scripts"),
        )
    return Match(
        "ERR_1001",
        {"command": interpreter, "script": sf.path},
        clip(f"ENOENT executing {sf.path}: its interpreter {interpreter} does not exist"),
        127,
        (
            f"Install {interpreter} or fix the #! line of {sf.path}",
            f"Check the #! line for Windows line endings: head -1 {sf.path} | od -c",
        ),
    )


def _not_found(f: Facts) -> Match | None:
    sf = _exec_not_found(f)
    if sf is None:
        return None
    cmd = f.obs.command
    hint = (
        f"Check that {cmd} exists: ls -la {cmd}"
        if "/" in cmd
        else f"Install {cmd} in the worker image or call it by its absolute path"
    )
    return Match("ERR_1001", {"command": cmd}, clip(_evidence_errno(sf, "executing")), 127,
                 (hint, f"Check that PATH contains the directory of {cmd}: command -v {cmd}"))


def _not_executable(f: Facts) -> Match | None:
    sf = _exec_denied(f)
    if sf is None:
        return None
    path = sf.path
    actions = (
        (f"Make it executable: chmod +x {path}",)
        if sf.errno != errno_mod.ENOEXEC
        else (f"Add a #! line to {path}, or run it through its interpreter (sh {path})",)
    )
    return Match("ERR_1002", {"path": path, "operation": "execute"},
                 clip(_evidence_errno(sf, "executing")), 126,
                 (*actions, f"Check that every directory above {path} is searchable (x bit) "
                            "and its mount is not noexec"))


def _workdir_missing(f: Facts) -> Match | None:
    sf = _chdir_missing(f)
    if sf is None:
        return None
    return Match("ERR_1003", {"path": sf.path}, clip(_evidence_errno(sf, "entering working directory")),
                 126, (f"Create the working directory first: mkdir -p {sf.path}",
                       "Check --workdir: a relative path is resolved against hodei-run's own directory"))


def _workdir_denied(f: Facts) -> Match | None:
    sf = _chdir_denied(f)
    if sf is None:
        return None
    return Match("ERR_1002", {"path": sf.path, "operation": "chdir"},
                 clip(_evidence_errno(sf, "entering working directory")), 126,
                 (f"Let the job's user enter {sf.path}: ls -ld {sf.path}",))


_SPAWN_ERRNO_ACTIONS: Final[dict[int, str]] = {
    errno_mod.EAGAIN: "A process limit was reached: check ulimit -u, --pids and the host's pid count",
    errno_mod.ENOMEM: "The host is short of memory: check free -m and what else runs there",
    errno_mod.EMFILE: "hodei-run ran out of file descriptors: raise ulimit -n",
    errno_mod.ENFILE: "The host ran out of file descriptors: check /proc/sys/fs/file-nr",
    errno_mod.E2BIG: "The arguments and environment are too large (at most 128 KiB per string, "
                     "ARG_MAX in all): pass big values in files instead",
    errno_mod.ETXTBSY: "The program file is still open for writing: wait for its writer to finish",
}


def _spawn_failed(f: Facts) -> Match | None:
    sf = _any_spawn(f)
    if sf is None:
        return None
    name = errno_name(sf.errno)
    action = f"{name}: " + _SPAWN_ERRNO_ACTIONS.get(
        sf.errno, "the OS refused to start the process: check ulimit -a and free memory")
    return Match("ERR_1004",
                 {"errno": sf.errno, "errno_name": name, "message": sf.message or os.strerror(sf.errno)},
                 clip(_evidence_errno(sf, f"at {sf.stage.value} of")), NO_STATUS, (action,))


# --- how the run ended -----------------------------------------------------------------------

def _internal(f: Facts) -> Match | None:
    if f.obs.internal_error is None:
        return None
    return Match("ERR_1008", {"message": f.obs.internal_error},
                 clip(f"the supervisor failed: {f.obs.internal_error}"), f.status,
                 ("Retry the job: the worker failed, not the job",))


def _deadline(f: Facts) -> Match | None:
    o = f.obs
    if not o.deadline_fired:
        return None
    limit = format_duration_ms(o.timeout_ms) if o.timeout_ms is not None else "its limit"
    killed = signal_name(o.killed_with) if o.killed_with else "SIGTERM"
    return Match(
        "ERR_1005",
        {"timeout_ms": o.timeout_ms, "killed_with": killed},
        f"deadline of {limit} fired; the job was stopped with {killed}",
        124,
        (
            f"Raise the timeout above {limit} (--timeout) if the job needs longer",
            f"Find where the job spends its time: it was still running after {limit}",
            *(("The job ignored SIGTERM and was killed: handle SIGTERM to shut down cleanly",)
              if o.killed_with == 9 else ()),
        ),
    )


def _stopped_before_start(f: Facts) -> Match | None:
    o = f.obs
    if o.forwarded_signal is None or o.exit_status is not None or o.term_signal is not None:
        return None
    name = signal_name(o.forwarded_signal)
    return Match(
        "ERR_1006",
        {"signal": name, "signal_number": o.forwarded_signal, "core_dumped": False,
         "oom_killed": False, "forwarded": True},
        f"hodei-run received {name} while starting; the job was not started",
        128 + o.forwarded_signal,
        (f"Find who sent {name} to hodei-run: it came before the job could start",),
    )


def _oom_actions(o: Observation) -> tuple[str, ...]:
    if o.memory_limit_bytes:
        first = f"Raise the memory limit above {format_bytes(o.memory_limit_bytes)} (--memory)"
    else:
        first = "Set or raise the job's memory limit (--memory)"
    return (first, "Look for a leak or a working set that grows with the input")


def _oom_in_container(f: Facts) -> Match | None:
    """An OOM kill counted by the cgroup hodei-run runs in (see :func:`_oom`)."""
    return _oom(f) if f.obs.oom_counter_cgroup is not None else None


def _oom(f: Facts) -> Match | None:
    o = f.obs
    if o.oom_kills == 0 or o.succeeded:
        return None
    sig = o.term_signal
    reason: dict[str, object] = {
        "signal": signal_name(sig) if sig else "SIGKILL",
        "signal_number": sig or 9,
        "core_dumped": o.core_dumped,
        "oom_killed": True,
        "oom_kills": o.oom_kills,
    }
    if sig is None:
        reason["main_process_exit_code"] = o.exit_status
    if o.oom_detection is OomDetection.RSS_WATCHDOG:
        limit = format_bytes(o.memory_limit_bytes) if o.memory_limit_bytes else "the limit"
        evidence = f"rss-watchdog: the job's resident memory went over {limit}; it was killed"
    else:
        where = (f" of {o.oom_counter_cgroup}, the cgroup hodei-run runs in (a container's)"
                 if o.oom_counter_cgroup else "")
        evidence = (f"{o.oom_detection.value} OOM-kill counter{where} "
                    f"{o.oom_kills_before} -> {o.oom_kills_after}")
    return Match(
        "ERR_1006", reason,
        evidence,
        f.status if f.status > 0 else 128 + 9,
        _oom_actions(o),
    )


_SIGNAL_ACTIONS: Final[dict[str, str]] = {
    "SIGKILL": "Find who sent SIGKILL: no OOM kill was counted for this job, so it came from "
               "outside (an operator, another supervisor, a kernel limit)",
    "SIGTERM": "Find who asked the job to stop: SIGTERM came from outside the job",
    "SIGSEGV": "Debug the crash: the program read or wrote memory it does not own",
    "SIGBUS": "Debug the crash: a bad memory access (often a truncated mmapped file)",
    "SIGABRT": "Read the job's stderr above the abort: an assertion or a library gave up",
    "SIGFPE": "Debug the crash: an arithmetic error such as an integer division by zero",
    "SIGILL": "Check the binary matches this CPU: it ran an illegal instruction",
    "SIGPIPE": "The job wrote to a pipe nobody read: check the consumer of its output",
}


def _signal_match(f: Facts, number: int, inferred: bool) -> Match:
    o = f.obs
    name = signal_name(number)
    reason: dict[str, object] = {
        "signal": name,
        "signal_number": number,
        "core_dumped": o.core_dumped,
        "oom_killed": False,
    }
    if inferred:
        reason["inferred"] = True
    forwarded = o.forwarded_signal == number
    # hodei-run's own SIGKILL, sent when the job outlived the grace after a forwarded signal.
    escalated = (o.forwarded_signal is not None and not forwarded and o.killed_with == number
                 and not inferred)
    if forwarded or escalated:
        reason["forwarded"] = True
    detection = o.oom_detection.value
    how = (f"exit status {o.exit_status} = 128 + {number} ({name}), relayed by a shell"
           if inferred else f"killed by {name}" + (" (core dumped)" if o.core_dumped else ""))
    counted = o.oom_kills_before is not None and o.oom_kills_after is not None
    oom_note = f"; {detection} counted no OOM kill" if counted else f"; OOM detection {detection}"
    if forwarded:
        actions = [f"hodei-run received {name} and forwarded it: the job was stopped from outside"]
    elif escalated and o.forwarded_signal is not None:
        asked = signal_name(o.forwarded_signal)
        how += f" from hodei-run, after the forwarded {asked} was not obeyed within the grace"
        actions = [f"The job was asked to stop with {asked} and did not exit within the grace "
                   f"period: handle {asked} to exit in time, or raise --kill-grace"]
    elif not counted and number == 9:
        actions = ["No OOM counter was readable, so an OOM kill cannot be ruled out: "
                   "check dmesg for an OOM kill, or run the job with a cgroup"]
    else:
        actions = [_SIGNAL_ACTIONS.get(name, f"Find out why the job received {name}")]
    return Match("ERR_1006", reason, clip(how + oom_note), 128 + number if not inferred else f.status,
                 tuple(actions))


_SIGABRT: Final = 6
_GIVING_UP: Final = frozenset({_SIGABRT, 5, 7, 11})
"""SIGABRT, SIGTRAP (5): the signals a program raises against itself when it gives up; SIGBUS (7)
and SIGSEGV (11): a crash right after an OS reason is that reason's consequence."""
_EXPLAINED_ABORT: Final = frozenset({"ERR_1001", "ERR_1002", "ERR_1003", "ERR_1004", "ERR_1012"})
_SIGINT: Final = 2
_SPAWN: Final = frozenset({"ERR_1004"})
"""An interrupt right after a thread or process could not be created (OpenBLAS's "pthread_create
failed ... Resource temporarily unavailable", then the shell's "Interrupt") is what came of it."""


def _abort_explained(f: Facts) -> Match | None:
    """SIGABRT (and SIGTRAP, which GLib's g_error() raises) is a program giving up on its own
    (abort(), a failed assertion, an uncaught C++ exception, a fatal GLib error) after saying why
    on stderr: when that reason is one of the OS's, it is the failure ("pthread_create: Resource
    temporarily unavailable", then "Aborted"). A crash (SIGSEGV, SIGBUS) right after an OS reason
    ("libpng error: Write Error") is taken the same way: the program did not handle it."""
    o = f.obs
    sig = o.term_signal if o.term_signal is not None else (o.exit_status or 0) - 128
    if sig not in _GIVING_UP and sig != _SIGINT:
        return None
    found = f.decide(_EXPLAINED_ABORT if sig in _GIVING_UP else _SPAWN)
    name = signal_name(sig)
    how = (f"killed by {name}" if o.term_signal is not None
           else f"exit status {o.exit_status} = 128 + {sig} ({name})")
    if found is None:
        return _crashed_after_its_error(f, sig, how)
    base = stderr_match(f, found)
    what = "was interrupted right after" if sig == _SIGINT else "aborted itself after"
    return dataclasses.replace(base, evidence=clip(f"{how}: the program {what} saying why; {base.evidence}"))


def _crashed_after_its_error(f: Facts, sig: int, how: str) -> Match | None:
    """A program that gave up or crashed right after an error of its own ("Bad option: -Z", then
    a segfault; "Fatal errors encountered.", then its own status 134) failed for that error: a
    tool's sentence about a path is decided by the path's check, anything else is the job's own
    failure. The signal was not sent to it; it said why before it came."""
    if sig not in _GIVING_UP:
        return None
    index = final_error(f.lines, f.program)
    if index is None and f.lines and own_error(f.lines[-1]):
        index = len(f.lines) - 1  # "Bad option: -Z": a usage error says no error's word
    if index is None:
        return None
    checked = checked_failure(f)
    if checked is not None:
        return dataclasses.replace(checked, evidence=clip(f"{how}, after its error; {checked.evidence}"))
    line = f.lines[index].strip()
    return Match("ERR_1007", {"exit_code": f.status}, clip(f"{how}, right after its own error: {line}"),
                 f.status, (f"Read the job's stderr: {f.obs.command} failed with its own error, then "
                            f"{signal_name(sig)} ended it",))


def _signal(f: Facts) -> Match | None:
    if f.obs.term_signal is None:
        return None
    return _signal_match(f, f.obs.term_signal, inferred=False)


_SIGNAL_SAID: Final = re.compile(r"\b(?:" + "|".join(SIGNAL_REPORTS) + r"|core dumped|Hangup|Quit|signal|"
                                 r"SIG[A-Z]{2,})\b", re.IGNORECASE)
"""What a shell or a runtime says of a process a signal ended."""
_SENT_ITSELF: Final = re.compile(r"\bsend(?:ing|s)? (?:the )?(?:\w+ )?signal (?:SIG)?(?P<signal>\w+)", re.IGNORECASE)
"""A wrapper saying it sent its child the signal ("timelimit: sending warning signal 15",
"timeout: sending signal TERM to command 'x'"): the job's own time limit, its own failure."""


def _relayed_signal(f: Facts) -> Match | None:
    status = f.obs.exit_status
    if status is None or not 129 <= status <= 192:
        return None
    number = status - 128
    if f.lines and not any(_SIGNAL_SAID.search(line) for line in f.lines) and (
            f.decision is not None or usage_from(f.lines) < len(f.lines)):
        return None  # the program said why in its own words, and nothing of a signal: its own status
    for line in f.lines[-5:]:
        sent = _SENT_ITSELF.search(line)
        if sent and sent.group("signal").upper() in (str(number), signal_name(number).removeprefix("SIG")):
            return None
    return _signal_match(f, number, inferred=True)


def _unknown(f: Facts) -> Match | None:
    o = f.obs
    message = ("the run ended without an exit status" if o.exit_status is None
               else "the run ended in a way no rule recognises")
    if o.oom_kills:
        message += f" ({o.oom_kills} OOM kill(s) were counted)"
    return Match("ERR_1099", {"message": message}, message, f.status,
                 ("Report this run with its event: no rule explains it yet",))


@dataclass(frozen=True, slots=True)
class Rule:
    """A named decision: the table's unit, so events can say which rule decided."""

    id: str
    match: Callable[[Facts], Match | None]


RULES: Final[tuple[Rule, ...]] = (
    Rule("pre-spawn.validation", _pre_spawn(PreSpawnKind.VALIDATION)),
    Rule("pre-spawn.configuration", _pre_spawn(PreSpawnKind.CONFIGURATION)),
    Rule("pre-spawn.secret", _pre_spawn(PreSpawnKind.SECRET)),
    Rule("spawn.interpreter-missing", _interpreter_missing),
    Rule("spawn.not-found", _not_found),
    Rule("spawn.not-executable", _not_executable),
    Rule("spawn.workdir-missing", _workdir_missing),
    Rule("spawn.workdir-denied", _workdir_denied),
    Rule("spawn.failed", _spawn_failed),
    Rule("supervisor.internal", _internal),
    Rule("deadline", _deadline),
    Rule("stopped-before-start", _stopped_before_start),
    Rule("oom.container", _oom_in_container),
    Rule("oom.kill", _oom),
    Rule("signal.abort-explained", _abort_explained),
    Rule("signal", _signal),
    Rule("signal.relayed", _relayed_signal),
    Rule("exit.127", shell_convention(127)),
    Rule("exit.126", shell_convention(126)),
    Rule("stderr", stderr),
    Rule("stderr.shell-said", shell_said),
    Rule("stderr.checked-failure", checked_failure),
    Rule("exit.nonzero", nonzero),
    Rule("unknown", _unknown),
)
"""The precedence table: first match wins; ``unknown`` matches everything."""
