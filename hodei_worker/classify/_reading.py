"""Reading a stderr tail one line at a time: splitting it into lines (continuations joined,
colours, progress redraws, log stamps and linters' tags removed), the kind of a line that is not
an error (``LINE_KINDS``), and the pattern that recognises a line, with its details taken
cleanly (quotes, punctuation and message words are not names).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from ._lines import (
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
)
from ._patterns import STDERR_PATTERNS, StderrPattern
from ._strerror import STRERROR, TRANSLATED, TRANSLATIONS

MAX_LINE: Final = 2000
"""Characters of one line that are read: its end, where the message is."""


@functools.cache
def kind_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One combined regex per line kind, in the order the kinds are listed."""
    names: list[str] = []
    for kind in LINE_KINDS:
        if kind.name not in names:
            names.append(kind.name)
    return tuple((name, re.compile("|".join(f"(?:{k.source})" for k in LINE_KINDS
                                            if k.name == name), re.IGNORECASE)) for name in names)


@functools.cache
def marker() -> re.Pattern[str]:
    return re.compile(ERROR_MARKER, re.IGNORECASE)


@functools.cache
def hints() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(h) for h in HINTS)


@functools.cache
def reinterpretations() -> tuple[tuple[str, re.Pattern[str], str, str], ...]:
    return tuple((code, re.compile(regex), new, key) for code, regex, new, key in REINTERPRET)


CARET: Final = re.compile(r"^\s*[-~^#]*[\^#][-~^#]*\s*$")


@functools.cache
def errno_guard() -> re.Pattern[str]:
    return re.compile(NOISE_GUARD, re.IGNORECASE)


def line_kind(raw: str) -> str | None:
    for name, regex in kind_regexes():
        if regex.search(raw):
            if name == "frame" and source_line(raw):
                return name
            if name == "frame" and _LEVELLED.match(raw):
                continue  # an indented "error: ..." is an error, however it is indented
            if name in ("noise", "frame") and errno_guard().search(raw):
                continue  # it says the OS's words for an errno: not a notice, not a frame
            return name
    return None


_SOURCE: Final = re.compile(r"^\s+(?:at |File \"|raise |throw |(?!what\(\):)\w+\(|#\d)|^\t(?![*\u2022-] )(?![\w.]+(?:Error|Exception)\b: )|^\d+: \(")
PROPERTY: Final = re.compile(r"^\s+(?!what\(\):)[\w\"']+:\s")
"""An object's property on a line of its own (Node's "  code: 'ENOENT',"): a frame."""
_LEVELLED: Final = re.compile(r"^\s+(?:error|fatal|ERROR|FATAL|Error|Fatal)\b\s*[:!]\s+"
                              r"(?![\[{'\"\d-]|null\b|undefined\b|true\b|false\b)(?!.*,$)")


def source_line(raw: str) -> bool:
    """Whether an indented line is a stack frame or a line of source code (``at x.y(...)``,
    ``raise OSError(...)``), which may quote an errno text without being the error."""
    return bool(_SOURCE.match(raw))


@functools.cache
def _translated() -> re.Pattern[str]:
    return re.compile(TRANSLATED, re.IGNORECASE)


def english(line: str) -> str:
    """``line`` with every localised strerror text replaced by the English one."""
    return _translated().sub(lambda m: TRANSLATIONS[m.group(0).lower()], line)


def candidate(line: str, codes: frozenset[str] | None) -> tuple[StderrPattern, dict[str, str]] | None:
    line = english(line)
    low = line.lower()
    for pattern in STDERR_PATTERNS:
        if codes is not None and pattern.code not in codes:
            continue
        if not any(n in low for n in pattern.needles):
            continue
        if pattern.reasonless and errno_guard().search(line):
            continue  # a sentence that gives no reason: this line gives one
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
_VERSION: Final = re.compile(r"v?\d+(?:\.\d+)+$")
"""A version ("v2.1", "1.29.2"): a name with a dot that is not a file's."""


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
            value = value.strip().strip(QUOTES) if quoted else _unwrap(value)
            if name == "path":
                value = _FILE_REF.sub("", value)  # "@/x" (curl, httpie), "file://localhost/x"
                value = path_alone(value)
                if _CALLED_WITH.match(value) or _CALL_OPENED.search(line[:start]):  # "fopen(/x, r)": the call's argument
                    value = _CALLED_WITH.sub("", value).removesuffix(")").split(", ", 1)[0]
                if _NOT_A_FILE.match(value) or ("/" not in value and _NAME_OF_A_THING.search(line[:start])):
                    return None  # a terminal, an e-mail address, a task or package by its name
            elif quoted and " " in value.strip():  # a command line quoted whole: its program
                value = value.split()[0].strip(QUOTES)
            if not value or not (quoted or _named(name, value, line[:start])):
                return None
        details.setdefault(name, value)
    return details


_CALLED_WITH: Final = re.compile(r"^\w+\((?=[/.~])")
_SAID_AFTER: Final = re.compile(r"(?<=\w):[a-z]+$")
"""The first word of what a line says of a path, after it without a space."""


def path_alone(value: str) -> str:
    """A path without the first word of what the line says of it, written after it without a
    space ("/x/a.gcno:cannot open notes file")."""
    said = _SAID_AFTER.search(value)
    return value[:said.start()] if said and "/" in value[:said.start()] else value


_CALL_OPENED: Final = re.compile(r"\b\w+\($")
_FILE_REF: Final = re.compile(r"^(?:@(?=/)|file:(?://(?:localhost)?)?(?=/))")
_NOT_A_FILE: Final = re.compile(r"^(?:/dev/tty(?!USB|ACM|AMA|S\d)\w*|/dev/pts/\d+|[^/@\s]+@[^/@\s]+\.\w+)$")
"""A terminal a job without one cannot open, an e-mail address: not a file the job names."""
_NAME_OF_A_THING: Final = re.compile(r"\b(?:task|package|plugin|recipe|key|user|group|branch|tag|"
                                     r"image|table|variable|function|class|dependency|gem|crate|collection|role|"
                                     r"extension|service|unit)\s*[`'\"\u2018\u201c]?$", re.IGNORECASE)
"""The word before a name without a directory that makes it a name in the tool's own world, not a
file's path (a make target, a module by path, are files)."""


def _unwrap(value: str) -> str:
    """An unquoted name without the quotes and punctuation a sentence puts around it."""
    value = value.strip().strip(QUOTES)
    value = value.rstrip(".,;:!?)]}>" + QUOTES).lstrip("([{<" + QUOTES)
    return value


_CALLED_A_DIRECTORY: Final = re.compile(r"\b(?:chdir|cd|change|changing)(?: (?:the )?(?:working )?(?:directory|dir))?"
                                        r" (?:to|into) ['\"`\u2018]?$", re.IGNORECASE)
"""What makes a bare word a directory's name: "Can't chdir to spool: ..."."""


def _named(key: str, value: str, before: str) -> bool:
    """Whether an unquoted token is a name: a path shaped like one, a name in a tool's
    ``<program>: <name>:`` field, or a program name that is not a word of the message."""
    if value.lower() in MESSAGE_WORDS or _ERRNO_NAME.match(value) or "=" in value:
        return False
    if key == "path" and _VERSION.match(value):
        return False
    if key == "command" or _PATH_SHAPE.search(value):
        return True
    if key == "path" and _CALLED_A_DIRECTORY.search(before):
        return True
    return bool(_PROGRAM_FIELD.match(before))


@dataclass(frozen=True, slots=True)
class Seen:
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
                           r"(?:Z|[+-]\d\d:?\d\d)?\]?[:|]?\s+|^\d{9,10}(?:\.\d+)?:\s+")
"""A log line's leading date and time, or seconds since the epoch: the message after it is what
the line says."""
_TAG: Final = re.compile(r"\s+\[[a-z][\w.]*(?:-[\w.]+)+\]$")
"""A linter's tag at the end of a line ("[clang-diagnostic-error]"): not a part of the message."""
_SPELLED: Final = ((re.compile(r"\b([Cc])an not\b|\b([Cc])annae\b"), r"\1\2annot"),
                   (re.compile(r'^\s*\(error "(.*)"\)\s*$'), r"error: \1"),
                   (re.compile(r"(?<=[.!])\s+(?:Exiting|Aborting|Quitting|Stopping|Terminating|Giving up|"
                               r"The program will (?:now )?(?:exit|terminate|stop|abort))"
                               r"\b[\w ]{0,20}[.!]*\s*$"), ""))
"""One meaning spelled another way: "can not" (and MCL's Scots "cannae") is "cannot"; an
S-expression's error (SMT-LIB's ``(error "failed to open file 'x'")``, said by every solver
that speaks it) is an error line; a sentence saying the program stops, after the error on its
line ("Unable to open file x. Exiting.", "... The program will exit"), adds nothing to it."""
_NAMED_BELOW: Final = re.compile(r"^\s+[^\s:]*(?:/|\w\.\w{1,8}(?=$| \())[^\s:]*(?: \([^()]*\))?$")
"""A path alone on an indented line, below an error line that ends with a colon: what it names."""
_SPELLING_WORDS: Final = ("an not", "annae", "(error", "Exiting", "Aborting", "Quitting", "Stopping",
                          "Terminating", "Giving up", "The program will")
_WRAP_WIDTH: Final = range(60, 101)
"""The lengths of a line a program cut to fit its width (PSPP's, fmt's) before going on below."""
_WRAPPED_ON: Final = re.compile(r"^[^\W\d_A-Z\u00c0-\u00de](?!\S*:(?:\s|$))")
"""The rest of a cut line: it goes on with a lowercase word (``directory.``, ``accord\u00e9e.``,
``save-full/data.sav'.``), not with a program's or a field's name and a colon."""


_BOX_EDGE: Final = re.compile(r"^\s*[\u256d\u2570\u250c\u2514\u2554\u255a][\u2500\u2550 \w]*[\u256e\u256f\u2510\u2518\u2557\u255d]?\s*$")
"""The top or bottom edge of a box a tool draws its message in ("\u256d\u2500 Error \u2500\u2500\u256e")."""
_BOX_CORNERS: Final = frozenset("\u256d\u2570\u250c\u2514\u2554\u255a")
_BOX_SIDES: Final = re.compile(r"^\s*[\u2502\u2551]\s?|\s*[\u2502\u2551]\s*$")


_CUT_ERRNOS: Final = tuple((text[:at], text[at + 1:]) for texts in (STRERROR["ENOENT"][:1], STRERROR["EACCES"][:1],
                                                                    STRERROR["EROFS"][:1], STRERROR["ENOSPC"][:1])
                            for text in texts for at, char in enumerate(text) if char == " ")
"""The OS's words for the commonest errnos cut at each space: a message wrapped to a width."""


_CUT_STARTS: Final = frozenset(after.split(" ", 1)[0] for _, after in _CUT_ERRNOS)


def _errno_cut(last: str, raw: str) -> bool:
    """Whether ``last`` ends inside the OS's words for an errno and ``raw`` goes on with them."""
    head = raw.lstrip()
    if head.split(" ", 1)[0].rstrip(":.,") not in _CUT_STARTS:
        return False  # most lines: a word no errno's text goes on with
    tail = last.rstrip()
    return any(tail.endswith(before) and head.startswith(after) for before, after in _CUT_ERRNOS)


def split_lines(text: str) -> list[str]:
    """The tail's lines with their indentation kept, empty ones dropped; a carriage return ends a
    line too (progress meters redraw with it). Continuation lines are joined to their line."""
    strerror, warning, progress = _joins()
    lines: list[str] = []
    for raw in re.split(r"\r\n|\n|\r", _QUOTED_CR.sub("\\\\r", text)):
        if not raw.strip():
            continue
        raw = _TAG.sub("", _STAMP.sub("", progress.sub("", _ANSI.sub("", raw[-MAX_LINE:]))))
        if not raw.strip() or (raw.lstrip()[:1] in _BOX_CORNERS and _BOX_EDGE.match(raw)):
            continue
        if "\u2502" in raw or "\u2551" in raw:
            raw = _BOX_SIDES.sub("", raw)  # a message drawn in a box ("│ Invalid value ...  │")
        if any(word in raw for word in _SPELLING_WORDS):  # most lines have none: no regex for them
            for spelling, meaning in _SPELLED:
                raw = spelling.sub(meaning, raw)
        if lines and _errno_cut(lines[-1], raw):  # "[Errno 2] No such file or" / "directory: 'x'"
            lines[-1] = f"{lines[-1].rstrip()} {raw.strip()}"
            continue
        if lines and raw.lstrip()[:1] == ")" and lines[-1].count("(") > lines[-1].count(")"):
            lines[-1] = f"{lines[-1].rstrip()} {raw.strip()}"  # "... (No space left on device" / ") to the file x"
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
    lines = [line.rstrip() for line in lines]
    return lines[:-_REJOINED] + _rejoined(lines[-_REJOINED:])


_REJOINED: Final = 60
"""Lines at the end of the tail where a sentence cut in two is read whole: the final error is
there, and reading is bounded (each cut line is tried against the patterns twice)."""


def _rejoined(lines: list[str]) -> list[str]:
    """``lines`` with a sentence cut in two read whole: a path alone on an indented line below
    an error line ending with a colon ("error: file could not be opened:", "  x.lp"), and a
    line cut to a width whose rest is below, when the whole says more than its first part."""
    out: list[str] = []
    for raw in lines:
        if out and out[-1].endswith(":") and _NAMED_BELOW.match(raw) and marker().search(out[-1]):
            out[-1] = f"{out[-1]} {raw.strip()}"
            continue
        if out and _cut(out[-1]) and _WRAPPED_ON.match(raw) and out[-1].strip("- "):  # a rule is not a word cut
            last = out[-1]
            whole = last + raw if last.endswith("-") else f"{last} {raw}"
            alone, kind = candidate(last.strip(), None), line_kind(whole)
            if ((kind != "noise" and _says_more(candidate(whole.strip(), None), alone))
                    or (alone is None and kind == "noise")):
                out[-1] = whole
                continue
        out.append(raw)
    return out


def _says_more(whole: tuple[StderrPattern, dict[str, str]] | None,
               part: tuple[StderrPattern, dict[str, str]] | None) -> bool:
    """Whether a line read with the rest of its sentence is recognised, and no worse than alone:
    alone it is not, or by the same pattern (what it names went on below), or by one that gives
    no reason or names nothing specific."""
    if whole is None:
        return False
    if part is None or part[0] is whole[0]:
        return True
    return ((part[0].reasonless and not whole[0].reasonless)
            or (part[0].generic and not whole[0].generic))


def _cut(line: str) -> bool:
    """Whether a line may have been cut to a width with its sentence going on below: as long as
    a width, not indented, ending inside a word run ("No such file or", "system file `/x/pspp-")."""
    line = line.rstrip()
    return len(line) in _WRAP_WIDTH and not line[0].isspace() and (line[-1].isalnum() or line[-1] == "-")


ABSOLUTE: Final = re.compile(r"(?<![\w/.])/[^\s'\"`\u2018\u2019()\[\]<>]+")
"""An absolute path in a line, as a tool prints it."""
