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
   One exception: an unexplained final error right below a recognised line of the same program
   only restates it (``zip I/O error: Read-only file system``, then ``zip error: Could not
   create output file``), and that line is the candidate.

If the walk ends before any candidate, there is no decision: the job's final error is its own
(ERR_1007, whose evidence names that line and why no pattern explains it, :func:`unmatched`),
whatever earlier lines said. Notices after the final error (update notices, log pointers, tips,
rerun hints, timings) are noise by their shape, never a line that says an errno.
Otherwise the last candidate that names something specific wins over generic ones (a bare
``ENOENT``), and details it lacks are taken from the other lines of the same final error
(``HINTS``).

Cost: a line is tried against a pattern's regex only if it contains one of the pattern's
needles (so most regexes are never even compiled), localised strerror texts are translated to
English first (so the patterns stay small), the walk stops after :data:`MAX_WALK` lines or
:data:`MAX_CANDIDATES` recognised ones, and only the last :data:`MAX_LINE` characters of a line
are read: a 64 KiB tail of adversarial text stays fast (``bench/bench_classify.py``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from ._patterns import (
    CONTINUATIONS,
    ERROR_MARKER,
    HINTS,
    LINE_KINDS,
    MESSAGE_WORDS,
    NOISE_GUARD,
    PROGRAM_FIELD,
    PROGRESS_PREFIX,
    QUOTES,
    REINTERPRET,
    STDERR_PATTERNS,
    TRANSLATED,
    TRANSLATIONS,
    StderrPattern,
)

MAX_WALK: Final = 2000
"""Lines read from the end at most; the final error of a run is never further up than that."""
MAX_LINE: Final = 2000
"""Characters of one line that are read: its end, where the message is."""
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


@functools.cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One combined regex per line kind, in the order the kinds are listed."""
    names: list[str] = []
    for kind in LINE_KINDS:
        if kind.name not in names:
            names.append(kind.name)
    return tuple((name, re.compile("|".join(f"(?:{k.source})" for k in LINE_KINDS
                                            if k.name == name), re.IGNORECASE)) for name in names)


@functools.cache
def _marker() -> re.Pattern[str]:
    return re.compile(ERROR_MARKER, re.IGNORECASE)


@functools.cache
def _hints() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(h) for h in HINTS)


@functools.cache
def _reinterpret() -> tuple[tuple[str, re.Pattern[str], str, str], ...]:
    return tuple((code, re.compile(regex), new, key) for code, regex, new, key in REINTERPRET)


_CARET: Final = re.compile(r"^\s*[-~^#]*[\^#][-~^#]*\s*$")


@functools.cache
def _guard() -> re.Pattern[str]:
    return re.compile(NOISE_GUARD, re.IGNORECASE)


def _kind(raw: str) -> str | None:
    for name, regex in _kinds():
        if regex.search(raw):
            if name == "frame" and _source_line(raw):
                return name
            if name == "frame" and _LEVELLED.match(raw):
                continue  # an indented "error: ..." is an error, however it is indented
            if name in ("noise", "frame") and _guard().search(raw):
                continue  # it says the OS's words for an errno: not a notice, not a frame
            return name
    return None


_SOURCE: Final = re.compile(r"^\s+(?:at |File \"|raise |throw |\w+\(|#\d)|^\t|^\d+: \(")
_PROPERTY: Final = re.compile(r"^\s+[\w\"']+:\s")
"""An object's property on a line of its own (Node's "  code: 'ENOENT',"): a frame."""
_LEVELLED: Final = re.compile(r"^\s+(?:error|fatal|ERROR|FATAL|Error|Fatal)\b\s*[:!]\s+"
                              r"(?![\[{'\"\d-]|null\b|undefined\b|true\b|false\b)(?!.*,$)")


def _source_line(raw: str) -> bool:
    """Whether an indented line is a stack frame or a line of source code (``at x.y(...)``,
    ``raise OSError(...)``), which may quote an errno text without being the error."""
    return bool(_SOURCE.match(raw))


@functools.cache
def _translated() -> re.Pattern[str]:
    return re.compile(TRANSLATED, re.IGNORECASE)


def _english(line: str) -> str:
    """``line`` with every localised strerror text replaced by the English one."""
    return _translated().sub(lambda m: TRANSLATIONS[m.group(0).lower()], line)


def _candidate(line: str, codes: frozenset[str] | None) -> tuple[StderrPattern, dict[str, str]] | None:
    line = _english(line)
    low = line.lower()
    for pattern in STDERR_PATTERNS:
        if codes is not None and pattern.code not in codes:
            continue
        if not any(n in low for n in pattern.needles):
            continue
        found = pattern.regex.search(line)
        if found:
            details = _details(line, found)
            if details is not None:
                return pattern, details
    return None


_NAME_KEYS: Final = ("path", "command")
_PATH_SHAPE: Final = re.compile(r"[/\\]|\w\.\w|^[~.$]|^[A-Z]\w*file$")
_PROGRAM_FIELD: Final = re.compile(PROGRAM_FIELD, re.IGNORECASE)
_DIGITS: Final = re.compile(r"\d+$")
_ERRNO_NAME: Final = re.compile(r"E[A-Z0-9]{2,}$")


def _details(line: str, found: re.Match[str]) -> dict[str, str] | None:
    """A match's named groups as details: ``path1``/``path2`` are ``path``; a path or program
    name loses the quotes and punctuation around it. None if an unquoted one is a word of the
    message rather than a name (``cannot write block : ...``, ``ERROR: permission denied``):
    the line does not have the shape the pattern describes."""
    details: dict[str, str] = {}
    for key, value in found.groupdict().items():
        if not value:
            continue
        name = _DIGITS.sub("", key)
        if name in _NAME_KEYS:
            start = found.start(key)
            quoted = start > 0 and line[start - 1] in QUOTES
            value = value.strip() if quoted else _unwrap(value)
            if name == "path":
                value = _FILE_REF.sub("", value)  # "@/x" (curl, httpie), "file://localhost/x"
            if not value or not (quoted or _named(name, value, line[:start])):
                return None
        details.setdefault(name, value)
    return details


_FILE_REF: Final = re.compile(r"^(?:@(?=/)|file://(?:localhost)?(?=/))")


def _unwrap(value: str) -> str:
    """An unquoted name without the quotes and punctuation a sentence puts around it."""
    value = value.strip().strip(QUOTES)
    value = value.rstrip(".,;:!?)]}>" + QUOTES).lstrip("([{<" + QUOTES)
    return value


def _named(key: str, value: str, before: str) -> bool:
    """Whether an unquoted token is a name: a path shaped like one, a name in a tool's
    ``<program>: <name>:`` field, or a program name that is not a word of the message."""
    if value.lower() in MESSAGE_WORDS or _ERRNO_NAME.match(value) or "=" in value:
        return False
    if key == "command" or _PATH_SHAPE.search(value):
        return True
    return bool(_PROGRAM_FIELD.match(before))


@dataclass(frozen=True, slots=True)
class _Seen:
    index: int
    line: str
    pattern: StderrPattern
    groups: dict[str, str]


@functools.cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    (strerror, _), (warning, _) = CONTINUATIONS
    return re.compile(strerror, re.IGNORECASE), re.compile(warning), re.compile(PROGRESS_PREFIX)


_QUOTED_CR: Final = re.compile(r"\r(?=['\"\u2019]: )")
"""A carriage return just inside a closing quote is a name's last character (a script's #! line
with a Windows line ending: ``env: 'python3\\r': No such file``), not a redraw."""
_ANSI: Final = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
"""Terminal colour and cursor sequences: a coloured line says what a plain one says."""
_STAMP: Final = re.compile(r"^\[?(?:\d{4}[-/]\d\d[-/]\d\d[ T])?\d\d:\d\d:\d\d(?:[.,]\d+)?"
                           r"(?:Z|[+-]\d\d:?\d\d)?\]?[:|]?\s+")
_TAG: Final = re.compile(r"\s+\[[a-z][\w.]*(?:-[\w.]+)+\]$")
"""A linter's tag at the end of a line ("[clang-diagnostic-error]"): not a part of the message."""
"""A log line's leading date and time: the message after it is what the line says."""


def split_lines(text: str) -> list[str]:
    """The tail's lines with their indentation kept, empty ones dropped; a carriage return ends a
    line too (progress meters redraw with it). Continuation lines are joined to their line."""
    strerror, warning, progress = _joins()
    lines: list[str] = []
    for raw in re.split(r"\r\n|\n|\r", _QUOTED_CR.sub("\\\\r", text)):
        if not raw.strip():
            continue
        raw = _TAG.sub("", _STAMP.sub("", progress.sub("", _ANSI.sub("", raw[-MAX_LINE:]))))
        if not raw.strip():
            continue
        found = strerror.match(raw)
        if found and lines:
            lines[-1] = f"{lines[-1].rstrip()}: {found.group('rest')}"
            continue
        found = warning.match(raw)
        if found and lines and lines[-1].endswith(" ") and "Warning: " in lines[-1]:
            lines[-1] += found.group("rest")
            continue
        lines.append(raw)
    return [line.rstrip() for line in lines]


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
        kind = _kind(raw)
        if kind in ("frame", "noise"):
            continue
        line = raw.strip()[:160]
        where = f"line {index + 1} of {total}"
        if kind in ("quote", "report"):
            why = f"{where} is quoted text or a report's first line, which never decides: {line}"
        elif not _marker().search(raw):
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
    low = _english(line).lower()
    words: dict[str, list[str]] = {}
    for pattern in STDERR_PATTERNS:
        for needle in pattern.needles:
            said = words.setdefault(pattern.code, [])
            if needle in low and not any(needle in other for other in said):
                said[:] = [other for other in said if other not in needle] + [needle]
    return ", ".join(f"{code} ({', '.join(repr(w) for w in found[:2])})"
                     for code, found in sorted(words.items()) if found)


def _earlier(lines: list[str], index: int) -> _Seen | None:
    for above in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if _kind(lines[above]) is not None:
            continue
        found = _candidate(lines[above].strip(), None)
        if found is not None:
            return _Seen(above, lines[above].strip(), *found)
    return None


def decide(lines: list[str], codes: frozenset[str] | None = None) -> Decision | None:
    """The decisive line of ``lines`` (restricted to patterns of ``codes`` if given), or None."""
    total = len(lines)
    seen: list[_Seen] = []
    above: list[str] = []        # the line that ended the final error and the one above it
    skipped: list[str] = []      # noise after the last candidate, for the evidence
    block: list[str] = []        # every line of the final error, for hints
    stop = max(0, total - MAX_WALK)
    usage = _usage_from(lines)
    for index in range(total - 1, stop - 1, -1):
        raw = lines[index]
        kind = "noise" if index >= usage else _kind(raw)
        if kind is None and index + 1 < total and _CARET.match(lines[index + 1]):
            kind = "frame"  # a source line a compiler underlines with a caret
        if kind == "frame" and not _source_line(raw):
            found = _candidate(raw.strip(), codes)
            if found is not None and (not found[0].generic or not _PROPERTY.match(raw)):
                kind = None  # an indented message: "  Couldn't load x: ...", not "  code: 'ENOENT'"
        if kind in ("frame", "noise"):
            block.append(raw)
            if not seen:
                skipped.append(raw.strip())
            continue
        if kind in ("report", "quote"):
            break
        found = _candidate(raw.strip(), codes)
        if found is not None:
            seen.append(_Seen(index, raw.strip(), *found))
            block.append(raw)
            if len(seen) == MAX_CANDIDATES:
                break
            continue
        if kind == "warning":
            block.append(raw)
            continue
        if not seen:
            restated = _restated_run(lines, index, codes)
            if restated is not None:
                seen.append(restated)
        else:
            above = lines[max(0, index - 1):index + 1]
        break  # plain output or an error no pattern explains: the final error ends here
    if not seen:
        return None
    if all(s.pattern.reasonless for s in seen) and _reason_above(above, seen[-1].line):
        return None  # the tool said why on the line above, in words no pattern knows
    specific = [s for s in seen if not s.pattern.generic]
    best = specific[0] if specific else seen[0]  # ``seen`` runs from the end backwards
    if best.pattern.code == "ERR_1003":
        best = _storage_before(best, seen) or best
    groups = _fill(best, seen, block)
    why = f"line {best.index + 1} of {total}: the final error"
    if skipped:
        why += f"; after it only summary noise or stack frames ({len(skipped)} line(s), " \
               f"last: {skipped[0][:80]!r})"
    if best is not seen[0]:
        why += "; the most specific line of that error"
    return Decision(best.pattern, best.line, groups, why)


_TOOL: Final = re.compile(r"^([\w.+-]+)[:\s]")
_PREFIX: Final = re.compile(r"^(?!(?:error|fatal|warning|info|note|debug)\b)([^:]{1,80}?):\s",
                            re.IGNORECASE)
"""A line's location or program prefix ('"x.gp" line 2: ...'), not a log level."""
_DEPENDENCY: Final = re.compile(r"\b(?:module|package|distribution|dependency|dependencies|plugin|"
                                r"gem|crate|library|version)\b", re.IGNORECASE)


_WORD: Final = re.compile(r"[^\W\d_]{4,}")
_PLAIN_WORDS: Final = frozenset({
    "error", "errors", "fatal", "failed", "failure", "cannot", "could", "unable", "with", "from",
    "that", "this", "have", "when", "while", "into", "there", "program", "aborted", "aborting",
    "exiting", "warning", "such",
})


def _restated(lines: list[str], index: int, codes: frozenset[str] | None) -> _Seen | None:
    """The line above an unrecognised final error, when that line is recognised and the final
    error only restates it or says what it led to: the same program said both ("zip I/O
    error: Read-only file system", then "zip error: Could not create output file (x.zip)"),
    the final error speaks of the same thing without naming its cause ("/x: No such file or
    directory", then "dig: couldn't open specified batch file": both say *file*), or the line
    above names a path and says the OS's words for an errno ("Can't open /x.img: No such file
    or directory", then "Cannot initialize '::'")."""
    if index == 0:
        return None
    last, above = _TOOL.match(lines[index]), _TOOL.match(lines[index - 1])
    if _kind(lines[index - 1]) is not None:
        return None
    found = _candidate(lines[index - 1].strip(), codes)
    if found is None:
        return None
    same_program = last is not None and above is not None and last.group(1) == above.group(1)
    here, there = _PREFIX.match(lines[index]), _PREFIX.match(lines[index - 1])
    same_program = same_program or (here is not None and there is not None
                                    and here.group(1) == there.group(1))
    names = "path" in found[1] or "command" in found[1]
    specific = not found[0].generic
    shared = (_shared_words(lines[index], lines[index - 1])
              or bool(set(_ABSOLUTE.findall(lines[index])) & set(_ABSOLUTE.findall(lines[index - 1]))))
    caused = (names and (specific or bool(_guard().search(lines[index - 1]))) or
              (specific and found[0].code == "ERR_1004"))
    if _DEPENDENCY.search(lines[index]):
        return None  # it speaks of a dependency of the job's, not of the line above
    if not (same_program or (_marker().search(lines[index]) and (shared or caused))
            or (shared and caused)):
        return None
    return _Seen(index - 1, lines[index - 1].strip(), *found)


_RUN: Final = 3
"""Lines of one program above an unexplained final error that may restate the same error."""


def _restated_run(lines: list[str], index: int, codes: frozenset[str] | None) -> _Seen | None:
    """:func:`_restated`, also through up to :data:`_RUN` unexplained lines above the final one
    that the same program said ("svn: warning: W155010: 'x' not found", "svn: E200009: Could
    not add all targets...", "svn: E200009: Illegal target...") or that are errors about the
    same thing ("Can't Access `file://x'", "Alert!: Unable to access document.", "lynx: Can't
    access startfile")."""
    if _DEPENDENCY.search(lines[index]):
        return None  # it speaks of a dependency of the job's, not of the lines above
    found = _restated(lines, index, codes)
    tool = _TOOL.match(lines[index])
    marked = bool(_marker().search(lines[index]))
    at = index
    while found is None and at > 0 and index - at < _RUN:
        if _kind(lines[at - 1]) == "noise":
            at -= 1  # a suggestion or summary between the two says nothing
            continue
        above = _TOOL.match(lines[at - 1])
        same = tool is not None and above is not None and above.group(1) == tool.group(1)
        related = (marked and bool(_marker().search(lines[at - 1]))
                   and _shared_words(lines[index], lines[at - 1]))
        if not (same or related) or _kind(lines[at - 1]) not in (None, "warning"):
            return None
        candidate = _candidate(lines[at - 1].strip(), codes)
        if candidate is not None:  # the same program said it first (as a warning, maybe)
            return _Seen(at - 1, lines[at - 1].strip(), *candidate)
        at -= 1
    return found


_NAMES: Final = re.compile(r"\S*[/\\]\S*|(?<!\w)['\"`\u2018\u201c][^'\"`\u2019\u201d]*['\"`\u2019\u201d]")
"""Paths and quoted names: words inside them are not words the two lines say."""


_LEVEL: Final = re.compile(r"\b(?:error|fatal)\b|^E: ", re.IGNORECASE)
"""A line that says it is an error, in so many words."""
_NAMED: Final = re.compile(r"[^\s'\"`\u2018\u2019(]*[/.]\w[^\s'\"`\u2018\u2019):,]*")


def _reason_above(above: list[str], first: str) -> bool:
    """Whether the line above a final error that says no reason says it is an error, and
    neither it nor the line above it names anything of that error's: then it is the reason
    ("raw input requires a resolution", then "could not open input file x"), not a
    restatement ("Could not process file x", then "Cannot read input picture file 'x'")."""
    if not above or not _LEVEL.search(above[-1]) or _kind(above[-1]) is not None:
        return False
    named = set(_NAMED.findall(first))
    return not any(set(_NAMED.findall(line)) & named for line in above)


_USAGE: Final = re.compile(r"^\s*usage:|^(?:please )?report (?:this|bugs?|errors?|issues?)\b",
                          re.IGNORECASE)
_ERROR_START: Final = re.compile(r"^\s*(?:[\w.+-]+:\s+)?(?:error|fatal)\b", re.IGNORECASE)


def _usage_from(lines: list[str]) -> int:
    """Where a usage text or a request to report the error printed after the error starts
    (``Usage: mkfs.xfs ...`` and its option lines, ``Please report errors to ...`` and what to
    include, to the end), or past the end: none of it is the error. A usage text followed
    by an error line, a line a pattern recognises or the OS's words for an errno is not one."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 200), -1):
        if _USAGE.match(lines[index]):
            tail = lines[index + 1:]
            said = any(_guard().search(line) or _ERROR_START.match(line)
                       or _candidate(line.strip(), None) is not None for line in tail)
            return len(lines) if said else index
    return len(lines)


def _storage_before(missing: _Seen, seen: list[_Seen]) -> _Seen | None:
    """A storage failure the same program said before a missing file of the same final error:
    a full or failing disk leaves files missing after it ("tar: ./usr: Cannot mkdir: No space
    left on device", then "tar: ./usr/x: Cannot open: No such file or directory")."""
    tool = _TOOL.match(missing.line)
    if tool is None:
        return None
    for other in seen:
        said = _TOOL.match(other.line)
        if (other.pattern.code == "ERR_1012" and not other.pattern.generic
                and other.index < missing.index and said is not None
                and said.group(1) == tool.group(1)):
            return other
    return None


def _shared_words(line: str, other: str) -> bool:
    """Whether two lines share a word of their own (four letters or more, not a word every
    error line has, not a part of a path or a quoted name)."""
    words = {w.lower() for w in _WORD.findall(_NAMES.sub(" ", line))} - _PLAIN_WORDS
    return bool(words & {w.lower() for w in _WORD.findall(_NAMES.sub(" ", other))})


_ABSOLUTE: Final = re.compile(r"(?<![\w/.])/[^\s'\"`\u2018\u2019()\[\]<>]+")


def _fill(best: _Seen, seen: list[_Seen], block: list[str]) -> dict[str, str]:
    """The winner's details, completed from the other lines of the same final error."""
    groups = dict(best.groups)
    code = best.pattern.code
    for code_from, regex, new, key in _reinterpret():
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
    for raw in block:
        for hint in _hints():
            found = hint.search(raw)
            if found:
                groups["path"] = found.group("path")
                return groups
    paths = {p.rstrip(".,;:!?") for p in _ABSOLUTE.findall(best.line)}
    if len(paths) == 1 and code in ("ERR_1002", "ERR_1003", "ERR_1012"):
        groups["path"] = paths.pop()  # the one path the decisive line names
    return groups
