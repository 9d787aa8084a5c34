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
|                           |          | the program gave up because of it (ERR_1001..1004, 1012)    |
| signal                    | ERR_1006 | the main process died of a signal                           |
| signal.relayed            | ERR_1006 | exit 129..192: a shell relaying a child killed by a signal  |
| exit.127                  | ERR_1001 | the shell convention for "command not found"                |
| exit.126                  | ERR_1002 | the shell convention for "found but cannot execute"         |
|                           |          | (for both, a spawn failure on stderr, such as "Argument     |
|                           |          | list too long", outranks the status: ERR_1004)              |
| stderr.<pattern>          | pattern  | the decisive line of the tail's final error (``_tail.py``)  |
| stderr.dependency-missing | ERR_1007 | that line names a missing package file of the job's language|
|                           |          | (``DEPENDENCY_FILES``: .sty, .cls, .pm...): a dependency   |
| stderr.checked            | check's  | that line says what failed and not why, and a check of the  |
|                           |          | path it names, when the job ended, says (``_checked.py``)   |
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
from functools import cached_property
from typing import Final

from .._units import format_bytes, format_duration_ms, signal_name
from ._checked import explained, missing_named, unreachable
from ._observation import (
    STDERR_TAIL_LIMIT,
    Observation,
    OomDetection,
    PreSpawnKind,
    SpawnFailure,
    SpawnStage,
)
from ._reading import errno_guard, marker, split_lines
from ._strerror import STRERROR
from ._tail import Decision, decide, said_above, unmatched

_MAX_EVIDENCE: Final = 300
NO_STATUS: Final = -1
"""The event's ``exit_code`` when no process status exists (nothing ran, or it is unknown)."""


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule found: the code, its details, the evidence and the contextual actions."""

    code: str
    reason: dict[str, object]
    evidence: str
    exit_code: int
    actions: tuple[str, ...] = ()
    rule: str | None = None
    """A more specific rule id than the table row's (the stderr pattern that matched)."""


@dataclass
class Facts:
    """An observation with the derived views rules share, computed at most once."""

    obs: Observation

    @cached_property
    def lines(self) -> list[str]:
        """The stderr tail's non-empty lines, decoded with replacement, bounded in size."""
        tail = self.obs.stderr_tail[-STDERR_TAIL_LIMIT:]
        try:
            text = tail.decode("utf-8")
        except UnicodeDecodeError:  # a program that writes Latin-1 (its catalogue's encoding)
            cut = len(self.obs.stderr_tail) >= STDERR_TAIL_LIMIT  # its first line may be a part
            text = "\n".join(_decoded(line, cut and i == 0) for i, line in enumerate(tail.split(b"\n")))
        return split_lines(text)

    @cached_property
    def decision(self) -> Decision | None:
        """The tail's decisive error line, if a pattern recognises it (see ``_tail.py``)."""
        return decide(self.lines)

    def decide(self, codes: frozenset[str]) -> Decision | None:
        """The decisive line among those that patterns of ``codes`` recognise."""
        return decide(self.lines, codes)

    @cached_property
    def status(self) -> int:
        """The exit status as a shell would report it, or NO_STATUS."""
        if self.obs.term_signal is not None:
            return 128 + self.obs.term_signal
        return self.obs.exit_status if self.obs.exit_status is not None else NO_STATUS


def _decoded(line: bytes, first_of_cut: bool) -> str:
    """One line as UTF-8 where it is, else as Latin-1 (every byte a character): a translated
    message in an older program's catalogue reads as its words, not as replacement marks. The
    tail's first line may be cut inside a UTF-8 character: it keeps a replacement mark."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("utf-8", errors="replace") if first_of_cut else line.decode("latin-1")


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 3] + "..."


def _errno_name(number: int) -> str:
    return errno_mod.errorcode.get(number, f"errno {number}")


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
            _clip(f"{kind.value} error in {err.subject!r}: {err.message}; the command never started"),
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
    return f"{_errno_name(sf.errno)} ({os.strerror(sf.errno)}) {verb} {sf.path}"


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
            _clip(f"ENOENT executing {sf.path}: its #! line ends in a carriage return, so the "
                  f"interpreter looked for is {shown}, which does not exist"),
            127,
            (f"Convert {sf.path} to Unix line endings: sed -i 's/\\r$//' {sf.path} (or dos2unix)",
             "Make the editor or git (core.autocrlf, .gitattributes) keep LF endings for scripts"),
        )
    return Match(
        "ERR_1001",
        {"command": interpreter, "script": sf.path},
        _clip(f"ENOENT executing {sf.path}: its interpreter {interpreter} does not exist"),
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
    return Match("ERR_1001", {"command": cmd}, _clip(_evidence_errno(sf, "executing")), 127,
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
                 _clip(_evidence_errno(sf, "executing")), 126,
                 (*actions, f"Check that every directory above {path} is searchable (x bit) "
                            "and its mount is not noexec"))


def _workdir_missing(f: Facts) -> Match | None:
    sf = _chdir_missing(f)
    if sf is None:
        return None
    return Match("ERR_1003", {"path": sf.path}, _clip(_evidence_errno(sf, "entering working directory")),
                 126, (f"Create the working directory first: mkdir -p {sf.path}",
                       "Check --workdir: a relative path is resolved against hodei-run's own directory"))


def _workdir_denied(f: Facts) -> Match | None:
    sf = _chdir_denied(f)
    if sf is None:
        return None
    return Match("ERR_1002", {"path": sf.path, "operation": "chdir"},
                 _clip(_evidence_errno(sf, "entering working directory")), 126,
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
    name = _errno_name(sf.errno)
    action = f"{name}: " + _SPAWN_ERRNO_ACTIONS.get(
        sf.errno, "the OS refused to start the process: check ulimit -a and free memory")
    return Match("ERR_1004",
                 {"errno": sf.errno, "errno_name": name, "message": sf.message or os.strerror(sf.errno)},
                 _clip(_evidence_errno(sf, f"at {sf.stage.value} of")), NO_STATUS, (action,))


# --- how the run ended -----------------------------------------------------------------------

def _internal(f: Facts) -> Match | None:
    if f.obs.internal_error is None:
        return None
    return Match("ERR_1008", {"message": f.obs.internal_error},
                 _clip(f"the supervisor failed: {f.obs.internal_error}"), f.status,
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
    return Match("ERR_1006", reason, _clip(how + oom_note), 128 + number if not inferred else f.status,
                 tuple(actions))


_SIGABRT: Final = 6
_GIVING_UP: Final = frozenset({_SIGABRT, 5, 7, 11})
"""SIGABRT, SIGTRAP (5): the signals a program raises against itself when it gives up; SIGBUS (7)
and SIGSEGV (11): a crash right after an OS reason is that reason's consequence."""
_EXPLAINED_ABORT: Final = frozenset({"ERR_1001", "ERR_1002", "ERR_1003", "ERR_1004", "ERR_1012"})


def _abort_explained(f: Facts) -> Match | None:
    """SIGABRT (and SIGTRAP, which GLib's g_error() raises) is a program giving up on its own
    (abort(), a failed assertion, an uncaught C++ exception, a fatal GLib error) after saying why
    on stderr: when that reason is one of the OS's, it is the failure ("pthread_create: Resource
    temporarily unavailable", then "Aborted"). A crash (SIGSEGV, SIGBUS) right after an OS reason
    ("libpng error: Write Error") is taken the same way: the program did not handle it."""
    o = f.obs
    sig = o.term_signal if o.term_signal is not None else (o.exit_status or 0) - 128
    if sig not in _GIVING_UP:
        return None
    found = f.decide(_EXPLAINED_ABORT)
    if found is None:
        return None
    base = _stderr_match(f, found)
    name = signal_name(sig)
    how = (f"killed by {name}" if o.term_signal is not None
           else f"exit status {o.exit_status} = 128 + {sig} ({name})")
    return dataclasses.replace(base, evidence=_clip(
        f"{how}: the program aborted itself after saying why; {base.evidence}"))


def _signal(f: Facts) -> Match | None:
    if f.obs.term_signal is None:
        return None
    return _signal_match(f, f.obs.term_signal, inferred=False)


def _relayed_signal(f: Facts) -> Match | None:
    status = f.obs.exit_status
    if status is None or not 129 <= status <= 192:
        return None
    return _signal_match(f, status - 128, inferred=True)


# For each shell convention: the stderr codes whose lines explain it, and how their details
# become this code's details (bash says "./run.sh: No such file or directory" for exit 127).
# A spawn failure inside the job (ERR_1004: "Argument list too long") outranks the status: the
# shell reports it as 126, but nothing was wrong with the permissions.
_CONVENTIONS: Final[dict[int, tuple[str, frozenset[str], dict[str, str]]]] = {
    127: ("ERR_1001", frozenset({"ERR_1001", "ERR_1003", "ERR_1004"}), {"path": "command"}),
    126: ("ERR_1002", frozenset({"ERR_1002", "ERR_1004"}), {}),
}


_NAMES_A_PROGRAM: Final = frozenset({"ERR_1001"})
_KEEPS_ITS_CODE: Final = frozenset({"stderr.script-missing"})
_OUTRANKS: Final = {"ERR_1003": "a script file the shell could not read"}
"""Stderr patterns that say more than the status: a shell that could not read its script file
exits 127, but the job's command was found; its file was not."""


def _shell_convention(status: int) -> Callable[[Facts], Match | None]:
    code, explaining, renames = _CONVENTIONS[status]

    def rule(f: Facts) -> Match | None:
        if f.obs.term_signal is not None or f.obs.exit_status != status:
            return None
        found = f.decide(explaining)
        if found is None and status == 127:  # the shell said which program, above a tool's recap
            found = said_above(f.lines, _NAMES_A_PROGRAM, "command")
        if found is None and f.decision is not None:
            # stderr says another cause plainly ("setresuid failed: Operation not permitted"):
            # the status is only the tool's way of saying it failed
            base = _stderr_match(f, f.decision)
            return dataclasses.replace(base, evidence=_clip(
                f"exit status {status}, but stderr says why; {base.evidence}"))
        if found is None:
            details: dict[str, object] = ({"command": f.obs.command} if code == "ERR_1001"
                                          else {"path": f.obs.command, "operation": "execute"})
            return Match(code, details, f"exit status {status}", status)
        if found.code == "ERR_1004" or found.pattern.rule in _KEEPS_ITS_CODE:
            base = _stderr_match(f, found)
            return dataclasses.replace(base, evidence=_clip(
                f"exit status {status}, but {_OUTRANKS.get(found.code, 'a spawn failure')} "
                f"outranks it; {base.evidence}"))
        groups = {renames.get(k, k): v for k, v in found.details.items()}
        base = _stderr_match(f, found, groups)
        details = dict(base.reason)
        if code == "ERR_1002":
            details["operation"] = "execute"
        actions = base.actions if found.code == code else _STDERR_ACTIONS[code](groups)
        return Match(code, details, _clip(f"exit status {status}; {base.evidence}"), status, actions)

    return rule


def _crlf_note(d: dict[str, str]) -> tuple[str, ...]:
    """For a script that 'does not exist' although it was named by path: its #! line."""
    cmd = d.get("command", "")
    if "/" in cmd:
        return (f"If {cmd} exists, the interpreter on its #! line does not: check it for a "
                f"Windows line ending (a carriage return): head -1 {cmd} | od -c",)
    return ()


_STDERR_ACTIONS: Final[dict[str, Callable[[dict[str, str]], tuple[str, ...]]]] = {
    "ERR_1001": lambda d: (*_crlf_note(d),
                           f"Install {d.get('command', 'the missing command')} in the worker image "
                           "or call it by its absolute path"),
    "ERR_1002": lambda d: ((f"Check the permissions of {d['path']}: ls -ld {d['path']}",
                            f"If it is a script, make it executable: chmod +x {d['path']}")
                           if "path" in d else
                           (f"Check that the key for {d['login']} is offered and authorised "
                            f"(ssh -v shows which keys are tried)",) if "login" in d else
                           ("Check which path or operation the job was refused in its stderr",)),
    "ERR_1003": lambda d: ((f"Check that {d['path']} exists before the job needs it: ls -la {d['path']}",
                            "Use an absolute path, or set --workdir to the directory the job expects")
                           if "path" in d else ("Check which file is missing in the job's stderr",)),
    "ERR_1004": lambda d: (("The arguments and environment are too large: pass big values in "
                            "files instead (at most 128 KiB per string, ARG_MAX in all)",)
                           if d.get("errno_name") == "E2BIG" else
                           ("The program is not one this host can run: check its architecture "
                            "(file <program>; an image's with --platform) or give a script its "
                            "#! line",)
                           if d.get("errno_name") == "ENOEXEC" else
                           ("The job could not create a process or thread: raise its process limit "
                            "(--pids, ulimit -u) or find what forks without end",)),
    "ERR_1012": lambda d: (f"Check free space and inodes where the job writes: "
                           f"df -h {d.get('path', '.')}; df -i {d.get('path', '.')}",
                           "Check that the mount is writable and reachable: mount | grep "
                           f"{d.get('path', '<mount>')}"),
}

_ERRNO_NAMES: Final = re.compile(r"\bE[A-Z0-9]{2,}\b")
_ERRNO_BY_TEXT: Final[dict[str, str]] = {t.lower(): name for name, texts in STRERROR.items()
                                         for t in texts}


def _errno_of(message: str) -> str:
    """The errno a spawn-failure message speaks of (EAGAIN unless it names another)."""
    low = message.lower()
    for text, name in _ERRNO_BY_TEXT.items():
        if text in low:
            return name
    for name in _ERRNO_NAMES.findall(message):
        if name in STRERROR:
            return str(name)
    return "ENOMEM" if "out of memory" in low else "EAGAIN"


CHECKED: Final = "stderr.checked"
DEPENDENCY: Final = "stderr.dependency-missing"
DEPENDENCY_FILES: Final = (".sty", ".cls", ".bst", ".pm")
"""Files that are a language's packages (LaTeX's styles, classes and bibliography styles,
Perl's modules): one missing is a dependency of the job's (ERR_1007), as a
missing module or library is."""


def _stderr_match(f: Facts, found: Decision, groups: dict[str, str] | None = None,
                  checked: tuple[str, str] | None = None) -> Match:
    """The match of a decisive stderr line; ``checked`` (a code, what was found) when a check
    of the path it names explains what the line does not say."""
    groups = found.details if groups is None else groups
    code = found.code if checked is None else checked[0]
    details: dict[str, object] = dict(groups)
    if code == "ERR_1002":
        details.setdefault("operation", "authenticate" if "login" in groups else "access")
    if code in ("ERR_1012", "ERR_1004"):
        details["message"] = groups.get("message", found.line)
    if code == "ERR_1004":
        name = _errno_of(str(details["message"]))
        details.update(errno=getattr(errno_mod, name), errno_name=name)
    if code == "ERR_1001":
        details.setdefault("command", f.obs.command)
    evidence = f"{found.pattern.rule} matched {found.why}: {found.line}"
    if checked is not None:
        evidence = f"checked when the job ended: {checked[1]}; {evidence}"
    said = {k: str(v) for k, v in details.items()}
    return Match(code, details, _clip(evidence), f.status, _STDERR_ACTIONS[code](said),
                 rule=found.pattern.rule if checked is None else CHECKED)


def _own_failure(f: Facts, found: Decision, why: str, action: str, rule: str) -> Match:
    """ERR_1007 for a decisive line that reads as a cause but is the job's own failure."""
    status = f.status
    evidence = f"exit status {status}; {why}; {found.pattern.rule} matched {found.why}: {found.line}"
    return Match("ERR_1007", {"exit_code": status}, _clip(evidence), status, (action,), rule=rule)


def _dependency(f: Facts, found: Decision) -> Match | None:
    """A missing file that is a package of the job's language: the job's dependency."""
    path = found.details.get("path", "")
    if found.code != "ERR_1003" or not path.lower().endswith(DEPENDENCY_FILES):
        return None
    return _own_failure(f, found, f"{path} is a package of the job's language, a dependency of the "
                        "job's rather than a file it names",
                        f"Install the package that provides {path} in the worker image", DEPENDENCY)


def _checked_path(f: Facts, found: Decision) -> Match | None:
    """A line that says what failed and not why (or a tool's "does not exist" without an errno),
    explained by the check of the path it names."""
    path = found.details.get("path", "")
    if found.pattern.reasonless:
        checked = explained(found.line, path, f.obs.path_checks)
    elif found.code == "ERR_1003" and not errno_guard().search(found.line):
        checked = unreachable(path, f.obs.path_checks)  # "x does not exist", said of a refusal
    else:
        return None
    if checked is None:
        return None
    if checked[0] == "ERR_1007" and (beside := _missing_above(f, found)) is not None:
        return _stderr_match(f, found, {"path": beside[0]}, ("ERR_1003", f"{checked[1]}; but {beside[1]}"))
    if checked[0] == "ERR_1007":
        return _own_failure(f, found, f"checked when the job ended: {checked[1]}",
                            f"Read the job's stderr: {f.obs.command} failed on {path}, which is there "
                            "and readable (its content, format or the options given)", CHECKED)
    return _stderr_match(f, found, checked=checked)


def _missing_above(f: Facts, found: Decision) -> tuple[str, str] | None:
    """A path that does not exist, named by the error line right above the decisive one."""
    for index in range(len(f.lines) - 1, 0, -1):
        if f.lines[index].strip() == found.line:
            above = f.lines[index - 1]
            return missing_named(above, f.obs.path_checks) if marker().search(above) else None
    return None


_SECOND_READINGS: Final = (_dependency, _checked_path)
"""What may overrule the decisive line's own code, in order: each returns a match or None."""


def _stderr(f: Facts) -> Match | None:
    if f.obs.exit_status in (None, 0):
        return None
    found = f.decision
    if found is None:
        return None
    for reading in _SECOND_READINGS:
        if (match := reading(f, found)) is not None:
            return match
    return _stderr_match(f, found)


def _nonzero(f: Facts) -> Match | None:
    status = f.obs.exit_status
    if status is None or status == 0:
        return None
    evidence = (f"exit status {status}; the job's own failure: {unmatched(f.lines)}"
                if f.obs.stderr_tail else f"exit status {status}; stderr was empty")
    return Match("ERR_1007", {"exit_code": status}, _clip(evidence), status,
                 (f"Read the job's stderr: {f.obs.command} exited with {status}",))


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
    Rule("exit.127", _shell_convention(127)),
    Rule("exit.126", _shell_convention(126)),
    Rule("stderr", _stderr),
    Rule("exit.nonzero", _nonzero),
    Rule("unknown", _unknown),
)
"""The precedence table: first match wins; ``unknown`` matches everything."""
