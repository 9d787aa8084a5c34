"""The tail model: which stderr line is the run's decisive error, and why.

A failed run's decisive error is usually its *final* error, followed only by summary noise
(``make: *** [Makefile:3: all] Error 1``, ``npm error A complete log…``), stack frames or the
continuation of that same error. So the model reads the tail from its end:

1. stack frames, continuation lines and summary noise are passed over (``LINE_KINDS``);
2. a line some pattern recognises is a *candidate*, and the walk goes on, since the final error
   may span several lines (npm's ``code``/``path``/``enoent`` lines, a curl warning before its
   ``(23)`` line);
3. the walk ends at the first line that is neither: plain output (the job went on after an
   earlier error, so that error did not end it), quoted text, an error line no pattern explains
   (the final error is one we do not recognise), or the first line of the final error report.
   One exception: an unexplained final error that only restates a recognised line above it
   (``zip I/O error: Read-only file system``, then ``zip error: Could not create output
   file``), or says what it led to, makes that line the candidate (``_context.py`` decides).

If the walk ends before any candidate, there is no decision: the job's final error is its own
(ERR_1007, whose evidence names that line and why no pattern explains it, :func:`unmatched`),
whatever earlier lines said. Notices after the final error (update notices, log pointers, tips,
rerun hints, timings) are noise by their shape, never a line that says an errno.
Otherwise the last candidate that names something specific wins over generic ones (a bare
``ENOENT``), a full disk wins over the files the same program then finds missing, a sentence
that gives no reason yields to an error line above it that gives one, and details the winner
lacks are taken from the other lines of the same final error (``HINTS``), or from the one path
its line names.

Cost: a line is tried against a pattern's regex only if it contains one of the pattern's
needles (so most regexes are never even compiled), localised strerror texts are translated to
English first (so the patterns stay small), the walk stops after :data:`MAX_WALK` lines or
:data:`MAX_CANDIDATES` recognised ones, and only the last :data:`MAX_LINE` characters of a line
are read: a 64 KiB tail of adversarial text stays fast (``bench/bench_classify.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ._context import (
    cause_above,
    left_missing_by,
    reason_above,
    restated_run,
    spawn_before,
    usage_from,
)
from ._lines import QUOTES
from ._patterns import STDERR_PATTERNS, StderrPattern
from ._reading import (
    ABSOLUTE,
    CARET,
    PROPERTY,
    Seen,
    candidate,
    english,
    hints,
    line_kind,
    marker,
    path_alone,
    reinterpretations,
    source_line,
)

MAX_WALK: Final = 2000
"""Lines read from the end at most; the final error of a run is never further up than that."""
MAX_CANDIDATES: Final = 12
"""Recognised lines one final error may span; the walk ends after that many."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The decisive stderr line and why it won."""

    pattern: StderrPattern
    line: str
    groups: dict[str, str]
    why: str
    """For the evidence: the line's position and what made it decisive."""

    @property
    def code(self) -> str:
        """The code the decisive line means (after any reinterpretation)."""
        return self.groups.get("__code__", self.pattern.code)

    @property
    def details(self) -> dict[str, str]:
        """The named groups, without the private ``__code__`` key."""
        return {k: v for k, v in self.groups.items() if not k.startswith("__")}


_LOOK_BACK: Final = 20
"""Lines above an unexplained final error searched for an earlier recognised one (evidence only)."""


def unmatched(lines: list[str]) -> str:
    """Why no line decided, for the evidence of the job's own failure (ERR_1007): the line that
    was considered as the final error and why no pattern explains it, the words of which codes
    it has (a near miss is said, never guessed at), and a recognised error above it that the
    job went on after."""
    total = len(lines)
    if total == 0:
        return "stderr was empty"
    for index in range(total - 1, max(-1, total - 1 - MAX_WALK), -1):
        raw = lines[index]
        kind = line_kind(raw)
        if kind in ("frame", "noise"):
            continue
        line = raw.strip()[:160]
        where = f"line {index + 1} of {total}"
        if kind in ("quote", "report"):
            why = f"{where} is quoted text or a report's first line, which never decides: {line}"
        elif not marker().search(raw):
            why = f"{where}, the last that is not noise, does not read as an error: {line}"
        else:
            near = _near(line)
            why = (f"{where} reads as the final error, but no pattern explains it ("
                   + (f"it has words of {near}, not in a shape they know" if near
                      else "no pattern's words") + f"): {line}")
        earlier = _earlier(lines, index)
        if earlier is not None:
            why += (f"; line {earlier.index + 1} above it says {earlier.pattern.code}, but the "
                    "job went on after it")
        return why
    return ("every line of stderr is summary noise or a stack frame; the last: "
            + lines[-1].strip()[:160])


def _near(line: str) -> str:
    """The codes whose patterns' words the line contains, with those words."""
    low = english(line).lower()
    words: dict[str, list[str]] = {}
    for pattern in STDERR_PATTERNS:
        for needle in pattern.needles:
            said = words.setdefault(pattern.code, [])
            if needle in low and not any(needle in other for other in said):
                said[:] = [other for other in said if other not in needle] + [needle]
    return ", ".join(f"{code} ({', '.join(repr(w) for w in found[:2])})"
                     for code, found in sorted(words.items()) if found)


def _earlier(lines: list[str], index: int) -> Seen | None:
    for above in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if line_kind(lines[above]) is not None:
            continue
        found = candidate(lines[above].strip(), None)
        if found is not None:
            return Seen(above, lines[above].strip(), *found)
    return None


def final_error(lines: list[str], program: str = "", plain: int = 1) -> int | None:
    """The index of the line a person reads as the final error when no pattern explains any
    (``None`` if no line reads so): the last line that reads as an error, past noise, frames
    and at most ``plain`` lines of plain output after it (a tool's closing "0 molecules
    converted")."""
    passed = 0
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_WALK), -1):
        kind = line_kind(lines[index]) or own_kind(lines[index], program)
        if kind == "frame" and not source_line(lines[index]) and marker().search(lines[index]):
            return index  # an indented message: "  Cannot open /x" below a report's heading
        if kind in ("frame", "noise"):
            continue
        if kind is None and marker().search(lines[index]):
            return index
        passed += 1
        if kind is not None or passed > plain:
            return None
    return None


def said_above(lines: list[str], codes: frozenset[str], key: str) -> Decision | None:
    """The last line within :data:`_LOOK_BACK` lines of the end that a pattern of ``codes``
    recognises with a ``key`` detail, even above the final error: the shell's own words for
    what a status means ("sh: 1: x: not found" above a tool's "x exited with 127")."""
    total = len(lines)
    for index in range(total - 1, max(-1, total - 1 - _LOOK_BACK), -1):
        if line_kind(lines[index]) in ("noise", "frame"):
            continue
        found = candidate(lines[index].strip(), codes)
        if found is not None and key in found[1]:
            return Decision(found[0], lines[index].strip(), found[1],
                            f"line {index + 1} of {total}, above the final error")
    return None


_OTHERS_LOG: Final = re.compile(r"^(?:\d+:)?(?:(?:\[?\d{4}-\d\d-\d\d[T ][\d:.,]+\S*\]?\s+)?"
                                r"(?P<name>(?![\w.+-]*make\[)[\w.+-]+)\[\d{2,}\]|"
                                r"\d{4}-\d\d-\d\d\s+(?P<dated>[\w.+-]+)):\s")
"""A log line with its writer's name and process id ("2026-12-07T10:00:02 sshd[42]: error: ...",
its time already taken off; not make's "make[1]:", a level of recursion)."""


_RUNS_ANOTHER: Final = frozenset({
    "sh", "bash", "dash", "zsh", "ksh", "mksh", "fish", "busybox", "env", "timeout", "nice", "nohup",
    "stdbuf", "xargs", "sudo", "su", "runuser", "setsid", "chroot", "flock", "setpriv", "unshare",
    "nsenter", "tini", "dumb-init", "hodei-run",
})
"""Programs that run another: the lines a job's stderr carries are that other program's."""


def wrote_itself(lines: list[str], program: str) -> bool:
    """Whether the job's program wrote a line of the tail under its own name ("gcal:
    unrecognized option ..."): it was found and ran, whatever status it chose to exit with."""
    if not program or program in _RUNS_ANOTHER:
        return False
    return any(line.startswith((program + ":", program + " :")) for line in lines[-MAX_WALK:])


def own_kind(raw: str, program: str) -> str | None:
    """What a line is because of who wrote it: another program's log line the job printed (a
    quote: a search through a log, a service's log replayed), or the job's own command line said
    again after its error ("qhull TI /x/pts.txt" below "While executing:"; no error's words),
    which is noise."""
    if not program or program in _RUNS_ANOTHER:
        return None  # a shell or wrapper: the program that wrote the lines is not known
    found = _OTHERS_LOG.match(raw)
    if found is not None and (found.group("name") or found.group("dated")) != program:
        return "quote"
    if raw.startswith(program + " ") and not raw.startswith(program + " :") and not marker().search(raw):
        return "noise"
    return None


_RULE: Final = re.compile(r"^-{20,}$")
"""A rule of dashes that a report is drawn between (Open MPI's help messages)."""
_BOX_REACH: Final = 40
_EXECUTABLE: Final = re.compile(r"^\s*Executable:\s+(\S+)\s*$")


def _boxed(lines: list[str], codes: frozenset[str] | None) -> Decision | None:
    """The report a tool drew between two rules at the end of its output, when its first line is
    an error a pattern knows: the rest of the box explains it (wrapped sentences, notes, the
    node and the executable), and is not output the job went on to print."""
    if not lines or not _RULE.match(lines[-1]):
        return None
    for index in range(len(lines) - 2, max(-1, len(lines) - 2 - _BOX_REACH), -1):
        if not _RULE.match(lines[index]):
            continue
        if index + 1 >= len(lines) - 1:
            return None
        first = lines[index + 1].strip()
        found = candidate(first, codes)
        if found is None:
            return None
        pattern, groups = found
        groups = dict(groups)
        if pattern.code == "ERR_1001" and "command" not in groups:
            named = [m.group(1) for line in lines[index + 2:-1] if (m := _EXECUTABLE.match(line))]
            if named:
                groups["command"] = named[0]
        return Decision(pattern, first, groups, f"line {index + 2} of {len(lines)}: the first line of a "
                                                  f"report drawn between rules at the end")
    return None


_CHAINED: Final = re.compile(r"^(?:During handling of the above exception, another exception occurred|"
                             r"The above exception was the direct cause of the following exception):\s*$")
"""Python's line between an exception and the one raised while handling it."""


_CHAIN_REACH: Final = 200
"""Lines above the end looked at for the line that chains the final exception to the one before."""


def _chained_cause(lines: list[str], codes: frozenset[str] | None, program: str) -> Decision | None:
    """When the final exception says nothing a pattern knows, the exception it was raised while
    handling, if that one does ("RuntimeError: can't start new thread", then "RuntimeError:
    cannot join thread before it is started"; FileNotFoundError for 'java', then the tool's own
    JavaNotFoundException). One link only: the one before it is read as a tail of its own, without
    following its chain further (a tail of nothing but chained exceptions costs one more walk)."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - _CHAIN_REACH), -1):
        if _CHAINED.match(lines[index].strip()):
            found = decide(lines[:index], codes, program, chained=False)
            if found is None:
                return None
            return Decision(found.pattern, found.line, found.groups,
                            f"{found.why}; the exception the final one was raised while handling")
    return None


def decide(lines: list[str], codes: frozenset[str] | None = None, program: str = "",
           chained: bool = True) -> Decision | None:
    """The decisive line of ``lines`` (restricted to patterns of ``codes`` if given), or None;
    ``program`` is the job's program's name, to tell its own lines from others' (:func:`own_kind`);
    ``chained``: whether an unexplained final exception may be read by the one it was raised
    while handling (:func:`_chained_cause`)."""
    total = len(lines)
    boxed = _boxed(lines, codes)
    if boxed is not None:
        return boxed
    seen: list[Seen] = []
    above: list[str] = []        # the line that ended the final error and the one above it
    skipped: list[str] = []      # noise after the last candidate, for the evidence
    block: list[str] = []        # every line of the final error, for hints
    quoted = False               # the walk ended at quoted text or a report's first line
    stop = max(0, total - MAX_WALK)
    usage = usage_from(lines)
    for index in range(total - 1, stop - 1, -1):
        raw = lines[index]
        kind = "noise" if index >= usage else line_kind(raw)
        if kind is None:
            kind = own_kind(raw, program)
        if kind is None and index + 1 < total and CARET.match(lines[index + 1]):
            kind = "frame"  # a source line a compiler underlines with a caret
        if kind == "frame" and not source_line(raw):
            found = candidate(raw.strip(), codes)
            if found is not None and (not found[0].generic or not PROPERTY.match(raw)):
                kind = None  # an indented message: "  Couldn't load x: ...", not "  code: 'ENOENT'"
        if kind in ("frame", "noise"):
            block.append(raw)
            if not seen:
                skipped.append(raw.strip())
            continue
        if kind in ("report", "quote"):
            quoted = True
            break
        found = candidate(raw.strip(), codes)
        if found is not None:
            seen.append(Seen(index, raw.strip(), *found))
            block.append(raw)
            if len(seen) == MAX_CANDIDATES:
                break
            continue
        if kind == "warning":
            block.append(raw)
            continue
        if not seen:
            restated = restated_run(lines, index, codes)
            if restated is None and (restated := cause_above(lines, index, codes)) is not None:
                above = lines[max(0, restated.index - 2):restated.index]
            if restated is not None:
                seen.append(restated)
                block.append(lines[restated.index])  # its words may say what it names (a program)
                before = _earlier(lines, restated.index) if restated.pattern.code == "ERR_1003" else None
                if before is not None and before.pattern.code in ("ERR_1012", "ERR_1002"):
                    seen.append(before)  # a disk that failed, or a directory not made, above may explain the missing file
        else:
            above = lines[max(0, index - 1):index + 1]
        break  # plain output or an error no pattern explains: the final error ends here
    if not seen:
        return None if quoted or not chained else _chained_cause(lines, codes, program)
    if all(s.pattern.reasonless for s in seen) and reason_above(above, seen[-1].line):
        return None  # the tool said why on the line above, in words no pattern knows
    specific = [s for s in seen if not s.pattern.generic]
    best = specific[0] if specific else seen[0]  # ``seen`` runs from the end backwards
    if best.pattern.code == "ERR_1003":
        best = left_missing_by(best, seen) or best
    elif best.pattern.code == "ERR_1001":
        best = spawn_before(best, seen) or best
    top = seen[-1].index
    groups = _fill(best, seen, block, lines[max(0, top - _HEADING):top])
    why = f"line {best.index + 1} of {total}: the final error"
    if skipped:
        why += f"; after it only summary noise or stack frames ({len(skipped)} line(s), " \
               f"last: {skipped[0][:80]!r})"
    if best is not seen[0]:
        why += "; the most specific line of that error"
    return Decision(best.pattern, best.line, groups, why)


_HEADING: Final = 2
"""Lines right above the final error read for the file it is about when no line of it names one
('I/O error during "open" operation for file "/x"' above "-Error while trying to open file" and
"-No such file or directory"; "/x/office.ppd: FAIL" above its report)."""


def _fill(best: Seen, seen: list[Seen], block: list[str], heading: list[str]) -> dict[str, str]:
    """The winner's details, completed from the other lines of the same final error, or from
    the lines right above it."""
    groups = dict(best.groups)
    code = best.pattern.code
    for code_from, regex, new, key in reinterpretations():
        if code == code_from and any(regex.search(raw) for raw in block):
            groups["__code__"] = code = new
            if "path" in groups:
                groups[key] = groups.pop("path")
    if code in ("ERR_1001",) or "path" in groups:
        return groups
    for other in seen:
        if other.pattern.code == code and "path" in other.groups:
            groups["path"] = other.groups["path"]
            return groups
    for other in seen:  # a sentence naming what failed, its reason on another line
        if other.pattern.reasonless and "path" in other.groups:
            groups["path"] = other.groups["path"]
            return groups
    for other in seen:  # a line of the same error that names the file ('I/O error during "open"
        if "path" in other.groups:  # operation for file "/x"' above "-No such file or directory")
            groups["path"] = other.groups["path"]
            return groups
    for raw in block:
        for hint in hints():
            found = hint.search(raw)
            if found:
                groups["path"] = found.group("path")
                return groups
    paths = {path_alone(p.rstrip(".,;:!?").strip(QUOTES)) for p in ABSOLUTE.findall(_PERL_AT.sub("", best.line))}
    if not paths and (first := _LEADING_PATH.match(best.line)):
        paths = {first.group(1)}  # "build/sim.vvp: Unable to open input file."
    if not paths and code in ("ERR_1002", "ERR_1003", "ERR_1012"):
        for line in [other.line for other in seen if other is not best] + heading:
            paths |= {path_alone(p.rstrip(".,;:!?").strip(QUOTES)) for p in ABSOLUTE.findall(line)}
            if not paths and (first := _LEADING_PATH.match(line)):
                paths = {first.group(1)}
    if len(paths) == 1 and code in ("ERR_1002", "ERR_1003", "ERR_1012"):
        groups["path"] = paths.pop()  # the one path the decisive line, or the lines above, name
    return groups


_PERL_AT: Final = re.compile(r"\s+at \S+ line \d+(?:, <[^>]*> (?:line|chunk) \d+)?\.?\s*$")
"""Where in its own source a Perl program died ("... at /usr/bin/h2xs line 921."): not the file
the error is about."""
_LEADING_PATH: Final = re.compile(r"^([\w.-]*(?:/[\w.-]+)+|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]\w{0,7}): ")
"""A relative path said first, as a program says what its message is about."""
