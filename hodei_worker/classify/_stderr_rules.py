"""The rules that read stderr: the shells' conventions for 126 and 127, the tail's decisive
line and its second readings (a dependency of the job's, a path checked when the job ended), and
the job's own failure when nothing explains it. ``_rules.py`` places them in the table."""

from __future__ import annotations

import dataclasses
import errno as errno_mod
import re
from collections.abc import Callable
from typing import Final

from ._checked import (
    absent,
    explained,
    failed_on,
    failed_verb,
    missing_named,
    says_failed,
    unreachable,
)
from ._context import own_error
from ._facts import Facts, Match, clip
from ._reading import candidate, errno_guard, line_kind, marker
from ._shapes import N_NOT_FOUND
from ._strerror import STRERROR
from ._tail import Decision, final_error, said_above, unmatched, wrote_itself

# For each shell convention: the stderr codes whose lines explain it, and how their details
# become this code's details (bash says "./run.sh: No such file or directory" for exit 127).
# A spawn failure inside the job (ERR_1004: "Argument list too long") outranks the status: the
# shell reports it as 126, but nothing was wrong with the permissions.
_CONVENTIONS: Final[dict[int, tuple[str, frozenset[str], dict[str, str]]]] = {
    127: ("ERR_1001", frozenset({"ERR_1001", "ERR_1003", "ERR_1004"}), {"path": "command"}),
    126: ("ERR_1002", frozenset({"ERR_1002", "ERR_1004"}), {}),
}


_NAMES_A_PROGRAM: Final = frozenset({"ERR_1001"})
_NETWORK: Final = re.compile(r"\b(?:Connection refused|Connection timed out|No route to host|"
                             r"Network is unreachable|Name or service not known|"
                             r"Temporary failure in name resolution)\b")
"""A service that did not answer: a tool that then exits 126 or 127 of its own accord (getmail's
"socket error ([Errno 111] Connection refused)") failed as the job's own failure does."""
_NETWORK_LINES: Final = 5
"""The tail's last lines looked at for it."""
_KEEPS_ITS_CODE: Final = frozenset({"stderr.script-missing"})
_OUTRANKS: Final = {"ERR_1003": "a script file the shell could not read"}
"""Stderr patterns that say more than the status: a shell that could not read its script file
exits 127, but the job's command was found; its file was not."""


_OWN_REPORT: Final = 3
"""Lines of its own a program wrote before a 126 or 127 that make the status its own: a shell
that could not run a program says so in one line."""
_NOT_RUN: Final = re.compile(N_NOT_FOUND + r"|no encontrad|non trovat|n\u00e3o encontrad|no such file|cannot execute|"
                             r"permission denied|not executable", re.IGNORECASE)


def _ran_and_said_more(f: Facts) -> bool:
    """Whether stderr holds at least ``_OWN_REPORT`` lines that are not noise and none that says
    a program was not found or could not be run (httping's ping statistics before its 127)."""
    said = [line for line in f.lines if line_kind(line) not in ("noise", "frame")]
    return len(said) >= _OWN_REPORT and not any(_NOT_RUN.search(line) for line in f.lines)


def shell_convention(status: int) -> Callable[[Facts], Match | None]:
    code, explaining, renames = _CONVENTIONS[status]

    def rule(f: Facts) -> Match | None:
        if f.obs.term_signal is not None or f.obs.exit_status != status:
            return None
        found = f.decide(explaining)
        if found is None and status == 127:  # the shell said which program, above a tool's recap
            found = said_above(f.lines, _NAMES_A_PROGRAM, "command")
        if found is None and any(_NETWORK.search(line) for line in f.lines[-_NETWORK_LINES:]):
            return None  # a service that did not answer: the tool's own status, not a convention
        if found is None and _ran_and_said_more(f):
            return None  # the program ran and reported at length: the status is its own
        if status == 126 and found is None and f.decision is None and wrote_itself(f.lines, f.program):
            # the program ran and said why in words no pattern knows: its own status (a 127 is
            # more often relayed from the shell that could not find what the tool ran, help2man's)
            return None
        if found is None and f.decision is not None:
            # stderr says another cause plainly ("setresuid failed: Operation not permitted"):
            # the status is only the tool's way of saying it failed
            base = stderr_match(f, f.decision)
            return dataclasses.replace(base, evidence=clip(
                f"exit status {status}, but stderr says why; {base.evidence}"))
        if found is None:
            details: dict[str, object] = ({"command": f.obs.command} if code == "ERR_1001"
                                          else {"path": f.obs.command, "operation": "execute"})
            return Match(code, details, f"exit status {status}", status)
        if found.code == "ERR_1004" or found.pattern.rule in _KEEPS_ITS_CODE:
            base = stderr_match(f, found)
            return dataclasses.replace(base, evidence=clip(
                f"exit status {status}, but {_OUTRANKS.get(found.code, 'a spawn failure')} "
                f"outranks it; {base.evidence}"))
        groups = {renames.get(k, k): v for k, v in found.details.items()}
        base = stderr_match(f, found, groups)
        details = dict(base.reason)
        if code == "ERR_1002":
            details["operation"] = "execute"
        actions = base.actions if found.code == code else _STDERR_ACTIONS[code](groups)
        return Match(code, details, clip(f"exit status {status}; {base.evidence}"), status, actions)

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


def stderr_match(f: Facts, found: Decision, groups: dict[str, str] | None = None,
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
    return Match(code, details, clip(evidence), f.status, _STDERR_ACTIONS[code](said),
                 rule=found.pattern.rule if checked is None else CHECKED)


def _own_failure(f: Facts, found: Decision, why: str, action: str, rule: str) -> Match:
    """ERR_1007 for a decisive line that reads as a cause but is the job's own failure."""
    status = f.status
    evidence = f"exit status {status}; {why}; {found.pattern.rule} matched {found.why}: {found.line}"
    return Match("ERR_1007", {"exit_code": status}, clip(evidence), status, (action,), rule=rule)


_LOAD_FILE: Final = re.compile(r"\bCannot open load file\b|\bcannot open shared object file\b", re.IGNORECASE)
"""Emacs's word for a library a "require" did not find ('(file-missing "Cannot open load file"
"No such file or directory" "x-mode")'), and the dynamic loader's for a shared library ("x.so:
cannot open shared object file: No such file or directory"): a dependency too."""


_SYSTEM_LIBRARY: Final = re.compile(r"^/(?:usr/(?:local/)?)?lib(?:32|64|exec)?/")
"""Where a package installs its shared libraries and plugins."""
_SHARED_OBJECT: Final = re.compile(r"(?<![\w.-])[\w./-]*/[\w.-]+\.so(?:\.\d+)*\b")
"""A shared library named by its path."""


def _dependency(f: Facts, found: Decision) -> Match | None:
    """A missing file that is a package of the job's language: the job's dependency."""
    path = found.details.get("path", "")
    load = _LOAD_FILE.search(found.line)
    library = load is not None and "/" not in found.line[load.end():]  # a library by its name, not a path
    shared = _SHARED_OBJECT.findall(found.line) if library else []
    if shared and not any(_SYSTEM_LIBRARY.match(name) for name in shared):
        library = False  # a plugin the job names ("./plugins/x.so"), not one a package installs
    # a package is looked for ("Can't locate X.pm in @INC", "File `x.sty' not found"); a file the
    # job names is opened, and the OS says why ("Can't open lib/App.pm: No such file or directory")
    package = path.lower().endswith(DEPENDENCY_FILES) and not errno_guard().search(found.line)
    if found.code != "ERR_1003" or not (package or library):
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
    elif found.code == "ERR_1002" and not errno_guard().search(found.line):
        checked = absent(found.line, path, f.obs.path_checks)  # "x is not executable", said of nothing
    else:
        return None
    if checked is None:
        return None
    if checked[0] == "ERR_1007" and (beside := _missing_above(f, found)) is not None:
        return stderr_match(f, found, {"path": beside[0]}, ("ERR_1003", f"{checked[1]}; but {beside[1]}"))
    if checked[0] == "ERR_1007":
        return _own_failure(f, found, f"checked when the job ended: {checked[1]}",
                            f"Read the job's stderr: {f.obs.command} failed on {path}, which is there "
                            "and readable (its content, format or the options given)", CHECKED)
    if checked[0] == "ERR_1001":
        return stderr_match(f, found, {"command": path}, checked)
    return stderr_match(f, found, checked=checked)


def _missing_above(f: Facts, found: Decision) -> tuple[str, str] | None:
    """A path that does not exist, named by the error line right above the decisive one."""
    for index in range(len(f.lines) - 1, 0, -1):
        if f.lines[index].strip() == found.line:
            above = f.lines[index - 1]
            return missing_named(above, f.obs.path_checks) if marker().search(above) else None
    return None


_SECOND_READINGS: Final = (_dependency, _checked_path)
"""What may overrule the decisive line's own code, in order: each returns a match or None."""


def stderr(f: Facts) -> Match | None:
    if f.obs.exit_status in (None, 0):
        return None
    found = f.decision
    if found is None:
        return None
    for reading in _SECOND_READINGS:
        if (match := reading(f, found)) is not None:
            return match
    return stderr_match(f, found)


def checked_failure(f: Facts) -> Match | None:
    """A final error no pattern explains that says it could not use a path it names, explained
    by the check of that path (``_checked.failed_on``)."""
    if f.obs.exit_status in (None, 0) or not f.obs.path_checks:
        return None
    index = final_error(f.lines, f.program)
    if index is None:
        return None
    for line, below in _failures_from(f.lines, index):
        found = failed_on(line, below, f.obs.path_checks)
        if found is not None:
            break
    else:
        return None
    code, path, check = found
    if path.lower().endswith(DEPENDENCY_FILES) and "/" not in path:
        return None  # a package of the job's language by its name ("File `x.sty' not found."): a dependency
    details: dict[str, object] = {"command": path} if code == "ERR_1001" else {"path": path}
    if code == "ERR_1002":
        details["operation"] = "access"
    if code == "ERR_1012":
        details["message"] = line
    said = {k: str(v) for k, v in details.items()}
    return Match(code, details, clip(f"checked when the job ended: {check}; an error at the end, which "
                                     f"no pattern explains, says it could not use it: {line}"),
                 f.status, _STDERR_ACTIONS[code](said))


_CHAIN: Final = 2
"""Error lines above a final error that names no file it could not use that are read for one
(MapServer's "msLoadConfig(): Unable to access file." below "msShapefileOpen(): Unable to access
file. (/x/roads)"; lrs's "*lrs_setup failed" below "*bad output file name /x/out.ext")."""


_BAD_FILE: Final = re.compile(r"\bbad (?:\w+ )?(?:file|directory)\b", re.IGNORECASE)
"""A closing line that calls a file bad and says no more ("slapcat: bad configuration directory!"):
the lines above say what was wrong with it, not its content."""


def _failures_from(lines: list[str], index: int) -> list[tuple[str, str]]:
    """(a line, the line below it) for the final error and, unless it says an error of its own
    kind (a syntax error, an unknown name...), the error lines right above it."""
    final = lines[index].strip()
    found = [(final, lines[index + 1] if index + 1 < len(lines) else "")]
    if not says_failed(final) and own_error(final) and not _BAD_FILE.search(final):
        return found
    verb = failed_verb(final)
    for above in range(index - 1, max(-1, index - 1 - _CHAIN), -1):
        line = lines[above]
        if verb and not marker().search(line) and re.search(rf"\b{verb}\b", line, re.IGNORECASE):
            found.append((f"{final} {line.strip()}", ""))  # the command it echoed: "? open x.csv"
            continue
        if says_failed(line) and line_kind(line) != "warning":
            found.append((line.strip(), lines[above + 1]))
            continue  # "*bad output file name /x" above "*lrs_setup failed"
        if not marker().search(line) or line_kind(line) == "warning" or own_error(line):
            break  # plain output, a warning the job went on after, or an error of its own kind
        found.append((line.strip(), lines[above + 1]))
    return found


_SHELL_REPORT: Final = re.compile(
    r"^(?:(?:/[\w.+-]+)*/)?[\w.+-]+: (?:line )?\d+: (?P<command>[^\s:]+): (?:(?:command )?not found|"
    r"Exec format error|cannot execute binary file(?:: Exec format error)?)\s*$")
"""A shell running a script, saying at which of its lines a program it was to run is not there
or is not one for this machine ("/usr/share/easy-rsa/easyrsa: 430: /usr/local/bin/openssl-3: not
found", "/bin/sh: 1: helm: not found")."""


def shell_said(f: Facts) -> Match | None:
    """A final error no pattern explains, after a shell said that a program its script runs is
    missing or was built for another machine: what the script or its caller said next is what
    came of that ("Easy-RSA error: ...", "CalledProcessError: ... exit status 127")."""
    if f.obs.exit_status in (None, 0) or f.decision is not None:
        return None
    for line in reversed(f.lines):
        said = _SHELL_REPORT.match(line.strip())
        if said is None:
            continue
        found = candidate(line.strip(), frozenset({"ERR_1001", "ERR_1004"}))
        if found is None:
            return None
        pattern, groups = found
        decision = Decision(pattern, line.strip(), groups, "a shell's report, above the final error")
        return stderr_match(f, decision)
    return None


def nonzero(f: Facts) -> Match | None:
    status = f.obs.exit_status
    if status is None or status == 0:
        return None
    evidence = (f"exit status {status}; the job's own failure: {unmatched(f.lines)}"
                if f.obs.stderr_tail else f"exit status {status}; stderr was empty")
    return Match("ERR_1007", {"exit_code": status}, clip(evidence), status,
                 (f"Read the job's stderr: {f.obs.command} exited with {status}",))
