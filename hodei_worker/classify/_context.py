"""What the lines around a final error say about it: a restatement or a consequence below the
real error, a reason said above a tool's sentence that gives none, a usage text after it, a
full disk that explains the files missing after it. The tail model (``_tail.py``) asks these
questions; each answers from the lines alone.
"""

from __future__ import annotations

import re
from typing import Final

from ._patterns import StderrPattern
from ._reading import ABSOLUTE, Seen, candidate, errno_guard, line_kind, marker

TOOL: Final = re.compile(r"^([\w.+-]+)[:\s]")
_PREFIX: Final = re.compile(r"^(?!(?:error|fatal|warning|info|note|debug)\b)([^:]{1,80}?):\s",
                            re.IGNORECASE)
"""A line's location or program prefix ('"x.gp" line 2: ...'), not a log level."""
_DEPENDENCY: Final = re.compile(r"^(?!.*\binitiali[sz]e\b).*\b(?:module|package|distribution|dependency|"
                                r"dependencies|plugin|gem|crate|library|version)\b", re.IGNORECASE)
"""A final error about a dependency of the job's (not one that only failed to initialise)."""


_WORD: Final = re.compile(r"[^\W\d_]{4,}")
_PLAIN_WORDS: Final = frozenset({
    "error", "errors", "fatal", "failed", "failure", "cannot", "could", "unable", "with", "from",
    "that", "this", "have", "when", "while", "into", "there", "program", "aborted", "aborting",
    "exiting", "warning", "such",
})


def _restated(lines: list[str], index: int, codes: frozenset[str] | None) -> Seen | None:
    """The line above an unrecognised final error, when that line is recognised and the final
    error only restates it or says what it led to: the same program said both ("zip I/O
    error: Read-only file system", then "zip error: Could not create output file (x.zip)"),
    the final error speaks of the same thing without naming its cause ("/x: No such file or
    directory", then "dig: couldn't open specified batch file": both say *file*), or the line
    above names a path and says the OS's words for an errno ("Can't open /x.img: No such file
    or directory", then "Cannot initialize '::'")."""
    if index == 0:
        return None
    last, above = TOOL.match(lines[index]), TOOL.match(lines[index - 1])
    kind = line_kind(lines[index - 1])
    if kind not in (None, "warning"):
        return None
    found = candidate(lines[index - 1].strip(), codes)
    if found is None:
        return None
    if kind == "warning":  # the same program's warning that says why, above an error that says nothing
        said = bool(errno_guard().search(lines[index - 1]) and _NAMED.findall(lines[index - 1]))
        same = ((last is not None and above is not None and last.group(1) == above.group(1))
                or bool(_LEVEL_LETTER.match(lines[index]) and _LEVEL_LETTER.match(lines[index - 1])))
        return (Seen(index - 1, lines[index - 1].strip(), *found)
                if said and same and _says_nothing(lines[index]) else None)
    same_program = last is not None and above is not None and last.group(1) == above.group(1)
    here, there = _PREFIX.match(lines[index]), _PREFIX.match(lines[index - 1])
    same_program = same_program or (here is not None and there is not None
                                    and here.group(1) == there.group(1))
    names = "path" in found[1] or "command" in found[1]
    specific = not found[0].generic
    shared = _shared_words(lines[index], lines[index - 1]) or _same_path(lines[index], lines[index - 1])
    caused = (names and (specific or bool(errno_guard().search(lines[index - 1]))) or
              (specific and found[0].code == "ERR_1004"))
    if _DEPENDENCY.search(lines[index]):
        return None  # it speaks of a dependency of the job's, not of the line above
    # a final error that names nothing and says no reason ("Couldn't open database.") restates
    # the recognised line right above it ("File not found")
    vague = bool(_FAILED_ON_A_FILE.search(lines[index])) and _says_nothing(lines[index])
    if caused and not (same_program or shared) and _OWN_ERROR.search(lines[index]):
        return None  # an error of its own kind below ("FAILED (failures=1)"), not a restatement
    if not (same_program or (marker().search(lines[index]) and (shared or caused))
            or (shared and caused) or vague):
        return None
    return Seen(index - 1, lines[index - 1].strip(), *found)


def _says_nothing(line: str) -> bool:
    """Whether an error line names nothing (no path, no quoted name) and gives no OS reason:
    "E: Handler silently failed", "ERROR: some files failed to be added"."""
    return not _NAMED.findall(line) and not _QUOTED_NAME.search(line) and not errno_guard().search(line)


_FAILED_ON_A_FILE: Final = re.compile(r"\b(?:can't|cannot|could not|couldn't|unable to|failed to) "
                                      r"(?:open|read|write|create|load|access)\b", re.IGNORECASE)
"""A sentence that something could not be opened, read or written, naming nothing."""
_LEVEL_LETTER: Final = re.compile(r"^(?:[A-Z]|WARN(?:ING)?|ERROR|FATAL)(?:\s*\[\w+\])?:\s")
"""A line's level said first, as one program's log does ("W: ...", "E: ...", "WARN: ...",
"ERROR: [103]: ..."): one program said both."""
_QUOTED_NAME: Final = re.compile(r"['\"`\u2018\u201c][^'\"`\u2019\u201d]+['\"`\u2019\u201d]")


_RUN: Final = 3
"""Lines of one program above an unexplained final error that may restate the same error."""


def restated_run(lines: list[str], index: int, codes: frozenset[str] | None) -> Seen | None:
    """:func:`_restated`, also through up to :data:`_RUN` unexplained lines above the final one,
    each about the same thing as the line below it, that the same program said ("svn: warning: W155010: 'x' not found", "svn: E200009: Could
    not add all targets...", "svn: E200009: Illegal target...") or that are errors about the
    same thing ("Can't Access `file://x'", "Alert!: Unable to access document.", "lynx: Can't
    access startfile")."""
    if _DEPENDENCY.search(lines[index]):
        return None  # it speaks of a dependency of the job's, not of the lines above
    found = _restated(lines, index, codes)
    tool = TOOL.match(lines[index])
    marked = bool(marker().search(lines[index]))
    at = index
    while found is None and at > 0 and index - at < _RUN:
        if line_kind(lines[at - 1]) in ("noise", "frame"):
            at -= 1  # a suggestion or summary between the two says nothing
            continue
        above = TOOL.match(lines[at - 1])
        same = tool is not None and above is not None and above.group(1) == tool.group(1)
        related = (marked and bool(marker().search(lines[at - 1]))
                   and (_shared_words(lines[index], lines[at - 1])
                        or _shared_words(lines[at], lines[at - 1])
                        or _same_path(lines[at], lines[at - 1])))
        if line_kind(lines[at - 1]) not in (None, "warning"):
            return None
        said = candidate(lines[at - 1].strip(), codes)
        # past the program's own consequences, a specific error naming what it was about
        # ("sh: 3: x: not found", then "lxc-create: ...: Failed to create container ...", twice)
        cause = (said is not None and at < index and not said[0].generic
                 and ("path" in said[1] or "command" in said[1]) and bool(marker().search(lines[at - 1])))
        if not (same or related or cause):
            return None
        if said is not None:  # the same program said it first (as a warning, maybe)
            return Seen(at - 1, lines[at - 1].strip(), *said)
        at -= 1
    return found


_OWN_ERROR: Final = re.compile(
    r"\b(?:undefined|unknown|undeclared|invalid|syntax|unexpected|expected|illegal|malformed|bad|"
    r"duplicate|mismatch\w*|unsupported|not allowed|assert\w*|overflow|timed? ?out|refused|"
    r"unreachable|corrupt\w*|checksum|conflict\w*|(?!12[67]\b)[1-5]\d\d|\d+ (?:problems?|errors?|failures?|"
    r"issues?|violations?|tests?|checks?)|(?:failures?|errors?)=\d+|tests|lint\w*)\b", re.IGNORECASE)
"""Words by which a line says an error of its own kind (a name, the input's syntax, a check, a
service's status), not what came of an error above it."""


def own_error(line: str) -> bool:
    """Whether ``line`` says an error of its own kind (:data:`_OWN_ERROR`)."""
    return bool(_OWN_ERROR.search(line))
_NEGATIVE: Final = re.compile(r"\b(?:no|not|nothing|none|without|never|broken|premature|nicht|kein\w*|pas|"
                              r"non|n\u00e3o|aucun\w*|ning\u00fan\w*|nessun\w*)\b|n't\b", re.IGNORECASE)
"""Words by which a line that does not say "error" says something is wrong: "No top level
modules, and no -s option.", "premature end of archive", "Datei kann nicht angeh\u00e4ngt werden."."""
_CAUSE_REACH: Final = 8
"""Lines (not counting noise and frames) above an unexplained final error searched for its cause."""
_LIBRARY: Final = re.compile(r"\bcannot find -l\S+")
"""A linker's missing library: a dependency of the job's, not a file it names."""
_NUMBERS: Final = re.compile(r"[\d.:,]+")
"""A version or a time ("2.52.1", "11:42:37.94"): not the name of a thing an error is about."""
_CAUSE_BLOCK: Final = 4
"""Lines above the cause that belong to its error: what the lines below it name may be named
there (GStreamer's "ERROR: from element /GstPipeline:pipeline0/GstFileSrc:filesrc0: Resource not
found.", its source location, then "No such file \"/x\""): they speak of the same thing."""


def cause_above(lines: list[str], index: int, codes: frozenset[str] | None) -> Seen | None:
    """The cause of a final error that only says what came of it: the nearest error above it
    that a pattern recognises, names what it was about and is not a mere warning, when neither
    the final error nor anything between them names anything of its own or gives a reason
    ("rtl/top.v: No such file or directory", then "No top level modules, and no -s option.";
    "can't open /etc/x.conf: No such file or directory", then "Insecure file permissions, but
    continuing anyway" and "exiting, failed to read config file"). A line between them that
    says an errno, quotes a name, or names something the cause's own error does not, is an
    error of its own: then nothing is decided here."""
    if _DEPENDENCY.search(lines[index]) or not (marker().search(lines[index])
                                                or _NEGATIVE.search(lines[index])):
        return None  # about a dependency, or plain output: the job went on ("rolled back")
    looked = 0
    named: set[str] = set()  # what the lines between name: the cause's own error must name it too
    for at in range(index, max(-1, index - 4 * _CAUSE_REACH), -1):
        kind = line_kind(lines[at])
        if kind in ("noise", "frame"):
            continue
        if kind not in (None, "warning"):
            return None
        found = candidate(lines[at].strip(), codes) if at < index else None
        if found is not None and not ("path" in found[1] or "command" in found[1] or found[0].code == "ERR_1004"):
            if _LIBRARY.search(lines[at]):
                return None  # a library to link against ("cannot find -lx"): the job's dependency
            if errno_guard().search(lines[at]):  # the OS's reason, below what it was about or alone
                alone = Seen(at, lines[at].strip(), *found) if named <= _names(lines, at, at) else None
                return _reason_below(lines, at, found, named) or alone
            found = None  # it names nothing ("Parse Error: Cannot open input file."): a restatement
        if found is not None:
            if kind == "warning" or (found[0].generic and not found[0].reasonless):
                return None
            if (found[0].reasonless and at > 0 and marker().search(lines[at - 1])
                    and not _same_path(lines[at], lines[at - 1])):
                return None  # an error above a sentence that gives no reason is its reason
            return Seen(at, lines[at].strip(), *found) if named <= _names(lines, at, at) else None
        if _OWN_ERROR.search(lines[at]) or errno_guard().search(lines[at]) or _QUOTED_NAME.search(lines[at]):
            return None
        named |= {n for n in _NAMED.findall(lines[at]) if not _NUMBERS.fullmatch(n.strip("(),"))}
        looked += 1
        if looked > _CAUSE_REACH:
            return None
    return None


def _names(lines: list[str], first: int, last: int) -> set[str]:
    """What the lines of the error from ``first`` to ``last`` name, with the few above ``first``
    that belong to it (``_CAUSE_BLOCK``)."""
    return {n for line in lines[max(0, first - _CAUSE_BLOCK):last + 1] for n in _NAMED.findall(line)}


def _reason_below(lines: list[str], at: int, found: tuple[StderrPattern, dict[str, str]],
                  named: set[str]) -> Seen | None:
    """The OS's reason on a line of its own (GStreamer's "system error: Permission denied"),
    below the sentence of the same error that names the file (a few lines up, past the
    library's source location): the reason with that file's path; None when there is none."""
    for up in range(at - 1, max(-1, at - 1 - _CAUSE_BLOCK), -1):
        if line_kind(lines[up]) == "frame":
            continue
        said = candidate(lines[up].strip(), None)
        if said is None and not marker().search(lines[up]) and _says_nothing(lines[up]):
            continue  # a heading in its language ("Information de d\u00e9bogage suppl\u00e9mentaire :")
        if said is None or not said[0].reasonless or "path" not in said[1]:
            return None
        if not named <= _names(lines, up, at):
            return None
        return Seen(at, lines[at].strip(), found[0], {**found[1], "path": said[1]["path"]})
    return None


_NAMES: Final = re.compile(r"\S*[/\\]\S*|(?<!\w)['\"`\u2018\u201c][^'\"`\u2019\u201d]*['\"`\u2019\u201d]")
"""Paths and quoted names: words inside them are not words the two lines say."""


_LEVEL: Final = re.compile(r"\b(?:error|fatal)\b|^E: ", re.IGNORECASE)
"""A line that says it is an error, in so many words."""
_NAMED: Final = re.compile(r"[^\s'\"`\u2018\u2019(]*[/.]\w[^\s'\"`\u2018\u2019):,]*")


def reason_above(above: list[str], first: str) -> bool:
    """Whether the line above a final error that says no reason says it is an error, and
    neither it nor the line above it names anything of that error's: then it is the reason
    ("raw input requires a resolution", then "could not open input file x"), not a
    restatement ("Could not process file x", then "Cannot read input picture file 'x'")."""
    if not above or not _LEVEL.search(above[-1]) or line_kind(above[-1]) is not None:
        return False
    if above[-1].rstrip().endswith(":"):
        return False  # it introduces the final error ("An error has occurred: ConfigError:")
    named = set(_NAMED.findall(first))
    return not any(set(_NAMED.findall(line)) & named for line in above)


_USAGE: Final = re.compile(r"^\s*usage:|^(?:please )?report (?:this|bugs?|errors?|issues?)\b|"
                          r"^In case you have (?:troubles?|problems?|issues?)\b|^Consider (?:adjusting|changing|setting)\b|"
                          r"^if you (?:think|believe|suspect)\b.{0,80}\bbugs?\b|"
                          r"^\s+while (?:executing|compiling|evaluating)$", re.IGNORECASE)  # Tcl's trace of the error above
_ERROR_START: Final = re.compile(r"^\s*(?:[\w.+-]+:\s+)?(?:error|fatal)\b", re.IGNORECASE)


def usage_from(lines: list[str]) -> int:
    """Where a usage text or a request to report the error printed after the error starts
    (``Usage: mkfs.xfs ...`` and its option lines, ``Please report errors to ...`` and what to
    include, Tcl's "    while executing" and the commands it was in, to the end), or past the
    end: none of it is the error. A usage text followed by an error line, a line a pattern
    recognises or the OS's words for an errno is not one."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 200), -1):
        if _USAGE.match(lines[index]):
            tail = lines[index + 1:]
            said = any(errno_guard().search(line) or _ERROR_START.match(line)
                       or candidate(line.strip(), None) is not None for line in tail)
            return len(lines) if said else _heading_of(lines, index)
    return len(lines)


_USAGE_HEADING: Final = 6
"""Lines above a usage text looked at for its heading."""
_HEADING_PLAIN: Final = 2
"""Plain lines a usage text's heading may have (what the program does)."""


def _heading_of(lines: list[str], usage: int) -> int:
    """Where the heading a program prints above its usage text starts (its banner, copyright
    and one or two lines of what it does: "LIBTIFF, Version 4.5.0", "Split a multi-image
    TIFF..."): it is the usage's, not output after the error above it."""
    start, plain = usage, 0
    for index in range(usage - 1, max(-1, usage - 1 - _USAGE_HEADING), -1):
        line = lines[index]
        kind = line_kind(line)
        if kind is None:
            if marker().search(line) or errno_guard().search(line) or candidate(line.strip(), None):
                break
            plain += 1
            if plain > _HEADING_PLAIN:
                break
        elif kind != "noise":
            break
        start = index
    return start


def spawn_before(missing: Seen, seen: list[Seen]) -> Seen | None:
    """A process that could not be created, said before a program reported missing in the same
    final error: the program was looked for by running it ("popen failure: Cannot allocate
    memory", then 'program "postgres" is needed by initdb but was not found')."""
    for other in seen:
        if other.pattern.code == "ERR_1004" and not other.pattern.generic and other.index < missing.index:
            return other
    return None


def left_missing_by(missing: Seen, seen: list[Seen]) -> Seen | None:
    """A storage failure said before a missing file of the same final error, by the same program
    or about a directory above that file: a full, failing or read-only disk leaves files missing
    after it ("tar: ./usr: Cannot mkdir: No space left on device", then "tar: ./usr/x: Cannot
    open: No such file or directory"; "mkdir: cannot create directory '/r': Read-only file
    system", then "mknod: /r/dev-null: No such file or directory"); so does a directory above
    it that could not be made for want of rights ("Failed to make directory '/x/crawl'
    (errno=13)", then "Failed to open '/x/crawl/a/index.html' (errno=2)")."""
    tool = TOOL.match(missing.line)
    lost = missing.groups.get("path", "")
    for other in seen:
        if other.pattern.code not in ("ERR_1012", "ERR_1002") or other.pattern.generic or other.index > missing.index:
            continue
        said = TOOL.match(other.line)
        if (other.pattern.code == "ERR_1012" and tool is not None and said is not None
                and said.group(1) == tool.group(1)):
            return other
        made = other.groups.get("path", "")
        if made and lost.startswith(made.rstrip("/") + "/"):
            return other  # a file below the directory that could not be made
    return None


_PATHLIKE: Final = re.compile(r"/|\w\.[A-Za-z]\w{0,9}$")


def _paths(line: str) -> set[str]:
    """The absolute paths a line names, and its relative ones that look like paths (a directory
    separator, a file name extension)."""
    named = {p.strip(".,;:!?'\"\u00ab\u00bb\u201c\u201d\u2018\u2019`") for p in _NAMED.findall(line)}
    absolute = {p.strip("\u00ab\u00bb\u201c\u201d\u2018\u2019'\"`.,;:!?") for p in ABSOLUTE.findall(line)}
    return absolute | {p for p in named if _PATHLIKE.search(p)}


def _same_path(line: str, other: str) -> bool:
    """Whether two lines name the same path."""
    return bool(_paths(line) & _paths(other))


def _shared_words(line: str, other: str) -> bool:
    """Whether two lines share a word of their own (four letters or more, not a word every
    error line has, not a part of a path or a quoted name)."""
    words = {_stem(w) for w in _WORD.findall(_NAMES.sub(" ", line))} - _PLAIN_WORDS
    return bool(words & {_stem(w) for w in _WORD.findall(_NAMES.sub(" ", other))})


def _stem(word: str) -> str:
    """A word without case or a plural's "s": "files" and "file" are one word."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low
