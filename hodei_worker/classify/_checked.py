"""A tool's sentence that says what it could not do and not why ("can't open /data/out.jpg"),
explained by what the file system said about that path right after the job ended.

The text alone only guesses: a file that could not be opened is most often missing, one that
could not be written most often refused. The check knows: the file is there and unreadable, its
directory is not writable, its file system is read-only or full. Which facts count depends on
which way the line says the file was used: a read is not hindered by a full disk, a write is.
A stated reason (an errno on the line) is never second-guessed: only reasonless lines are,
and a tool's own words that a file "does not exist" or is "not found" when the check could not
even reach it: a directory on the way may not be entered, so the tool's stat was refused and it
called that missing (:func:`unreachable`).

A tool's own sentence no pattern knows ("Couldn't open .json config: /srv/config.json", "failed
to create new file (already exists?):" above the path) is read the same way when it is the final
error and says it could not open, read, write, create, find, load or run a path it names
(:func:`failed_on`): a person reads the path and looks at it; so does the check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._observation import PathCheck

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Final

READ, WRITE, EITHER = "read", "write", "either"

# Which way the line used the file, in the order asked: an explicit "for reading"/"for writing"
# first, then an input or output named, then the verb.
_WAYS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (way, re.compile(source, re.IGNORECASE)) for way, source in (
        (READ, r"\bfor read(?:ing)?\b|\b(?:per la lettura|in lettura|en lecture|zum lesen|para lectura|"
               r"para leitura)\b"),
        (WRITE, r"\bfor (?:writ(?:e|ing)|logging|append(?:ing)?)\b|\b(?:per la scrittura|in scrittura|en [\u00e9e]criture|pour (?:l')?[\u00e9e]criture|"
                r"zum schreiben|para escritura|para escrita|para grava\u00e7\u00e3o)\b"),
        (READ, r"\b(?:input|infile|source|entrada|entr\u00e9e|eingabe|ingresso)\b"),
        (WRITE, r"\b(?:output|outfile|destination|target|salida|sortie|ausgabe|sa\u00edda|uscita)\b|\(mode [wa]\+?\)"),
        (EITHER, r"\b(?:modif(?:y|ying)|updat(?:e|ing)|append(?:ing)? to)\b"),  # a file that must be there, written
        (WRITE, r"\b(?:writ(?:e|ing|ten)|creat(?:e|ed|ing)|sav(?:e|ed|ing)|read-?only|[\u00e9e]crire|schreiben|"
                r"escribir|scrivere|escrever)\b"),
        (READ, r"\b(?:read(?:ing)?|find|locate|load(?:ing)?|l?stat|access(?:ing)?)\b"),
    ))

# (the ways it applies to, what was found, the code, the evidence's words) in order: the first
# that holds decides; none holding leaves the text's own guess.
_FINDINGS: Final[tuple[tuple[frozenset[str], Callable[[PathCheck], bool], str, str], ...]] = (
    (frozenset({READ, WRITE, EITHER}), lambda c: c.exists is None, "ERR_1002",
     "a directory above {path} may not be entered by the job's user"),
    (frozenset({READ, EITHER}), lambda c: c.exists is False and not c.parent_exists, "ERR_1003",
     "neither {path} nor its directory exists"),
    (frozenset({READ, EITHER}), lambda c: bool(c.exists) and not c.readable, "ERR_1002",
     "{path} exists and the job's user may not read it"),
    (frozenset({WRITE, EITHER}), lambda c: c.full, "ERR_1012",
     "the file system {path} is on has no space or no inodes left"),
    (frozenset({WRITE, EITHER}), lambda c: c.read_only, "ERR_1012",
     "{path} is on a read-only file system"),
    (frozenset({WRITE}), lambda c: not c.writable, "ERR_1002",
     "the job's user may not write {path} (or create it where it would be made)"),
    (frozenset({WRITE}), lambda c: c.exists is False and not c.parent_exists, "ERR_1003",
     "the directory {path} would be made in does not exist"),
    (frozenset({EITHER}), lambda c: bool(c.exists) and c.readable and not c.writable, "ERR_1002",
     "{path} can be read and not written by the job's user"),
    (frozenset({READ, EITHER}), lambda c: c.exists is False, "ERR_1003",
     "{path} does not exist"),
    # there, readable (and, either way, writable where it is): not the file's fault, the job's
    (frozenset({READ, EITHER}), lambda c: bool(c.exists) and c.readable, "ERR_1007",
     "{path} exists and the job's user may read it, so the tool failed on it for a reason of its own"),
)
_PUNCTUATION = "'\"`.,;:!?)]}>"


def way(line: str) -> str:
    """Which way the line says the file was used: read, write, or either (it does not say)."""
    for said, regex in _WAYS:
        if regex.search(line):
            return said
    return EITHER


def _lookup(path: str, checks: tuple[PathCheck, ...]) -> PathCheck | None:
    for wanted in (path, path.strip(_PUNCTUATION).rstrip("/")):
        for found in checks:
            if found.path == wanted:
                return found
    return None


def explained(line: str, path: str, checks: tuple[PathCheck, ...]) -> tuple[str, str] | None:
    """(the code, what the check found) for a reasonless line about ``path``, or ``None``
    when the path was not checked or nothing found explains the failure."""
    found = _lookup(path, checks) if path and checks else None
    if found is None:
        return None
    said = way(line)
    for ways, holds, code, words in _FINDINGS:
        if said in ways and holds(found):
            return code, words.format(path=path)
    return None


def unreachable(path: str, checks: tuple[PathCheck, ...]) -> tuple[str, str] | None:
    """ERR_1002 when the check of ``path`` could not reach it (a directory on the way may not
    be entered by the job's user), else ``None``."""
    found = _lookup(path, checks) if path and checks else None
    if found is None or found.exists is not None:
        return None
    _, _, code, words = _FINDINGS[0]
    return code, words.format(path=path)


def absent(line: str, path: str, checks: tuple[PathCheck, ...]) -> tuple[str, str] | None:
    """ERR_1001 when a tool's own words that it may not run a program, without an errno ('File
    "/x/bin/webd" is not executable.'), are about a path the check found missing: the program is
    not there. (A file not written where the job may not write is missing too, and refused.)"""
    found = _lookup(path, checks) if path and checks else None
    if found is None or found.exists is not False or not _EXECUTED.search(line):
        return None
    return "ERR_1001", f"{path} does not exist"


_EXECUTED: Final = re.compile(r"\bexec|\bnot executable\b|\b(?:run|start|launch)\b", re.IGNORECASE)


def missing_named(line: str, checks: tuple[PathCheck, ...]) -> tuple[str, str] | None:
    """(the path, what the check found) for a path ``line`` names that does not exist: the file
    an error about a file that is there was about ("value '/x/extra.conf' (file error)" above
    "failed to load configuration file '/x/main.conf'", which exists)."""
    for found in checks:
        if found.exists is False and found.path in line:
            return found.path, f"{found.path}, named by the error above it, does not exist"
    return None


_VERB = (r"(?:(?:open|read|writ|creat|access|find|load|locate|stat|sav|execut|exec|detect|determin|identif|modif|updat|append|export|enumerat|import)\w*|chang\w* (?:to )?(?:the )?"
         r"(?:directory|dir|folder)|cd to|real ?path(?: of)?|running)")
_FAILED_ON: Final = re.compile("|".join((
    # the failure, then the verb: "can't find or read input file x", "Couldn't open .json config: x"
    r"(?:\bcan ?not|\bcan't|\bcouldn'?t|\bcould not|\bunable to|\bfailed to|\bfail(?:ure)? to|\berror|\bnot possible to)"
    r"\W+(?:\w+\W+){0,2}?" + _VERB,
    # the verb, then the failure: 'Read of file "x" failed'
    r"\b(?!execution\b)" + _VERB + r"\W+(?:\S+\W+){0,3}?(?:failed|error)\b",
    # what the file is not: "x is not an existing file", "'x' unreadable", "not write-able"
    r"\bnot (?:an? )?(?:existing|readable|writ(?:e-?)?able|accessible|present)\b|\bdoes ?n[o']t exist|\bunreadable\b",
    # a directory said to lack what the tool looks for in it ("Folder '/x' does not contain model
    # files"): missing, or there and the tool's own complaint; a path and a bare "System error."
    r"\bdoes not contain\b|:\s*System error\.?$",
    r"\bis not a valid (?:\w+ or )?(?:file|path|file path|directory)\b",
    r"\binvalid (?:\w+ )?(?:file|path|directory|dir|folder)\b(?! ?name)",
    # a name given that matched no file: "'x.pl': no matches found", "No files matching the pattern
    # were found: \"x\"", and a file said to be missing: "Missing input: /x"
    r"\bno (?:files? )?match(?:es|ing)?\b.{0,20}\bfound\b|\bdid not match any\b|\bmissing (?:\S+ )?(?:input|output|source|file|directory)\b",
    r"\b(?:or|file|directory|folder|path)\b[^.]{0,20}?\bnot found\b|\bdo(?:es)? not exists?\b|"
    r"\bnot able to (?:open|read|write|create|find|load)\b|\bnot (?:be )?opened\b",
    r"\bbad (?:\w+ )?file ?name\b|\b(?:unknown|invalid) (?:\w+ or )?file ?name\b|\bunknown (?:directory|folder|path)\b",
    # the same in the C library's other languages
    r"\bimpossible d['\u2019](?:ouvrir|[\u00e9e]crire|lire|cr[\u00e9e]er|activer)\b|\bne peut (?:pas )?(?:ouvrir|lire|[\u00e9e]crire|cr[\u00e9e]er)\b",
    r"\bkann\b.{0,60}\bnicht (?:\u00f6ffnen|lesen|schreiben|anlegen)\b",
    r"\bkonnte nicht (?:gelesen|ge\u00f6ffnet|geschrieben) werden\b",
    r"\bno se (?:puede|pudo) abrir\b|\bimpossibile (?:aprire|leggere|scrivere)\b|\btentativo di aprire\b",
    r"\bn\u00e3o (?:\u00e9|foi) poss\u00edvel abrir\b",
)), re.IGNORECASE)
"""A sentence that says what could not be done with a file: the verb within three words of the
failure ("can't find or read input file x", "Read of file x failed", "x is not an existing file",
"Cannot detect source of 'x'", what a file is told by reading it)."""
_SERVICE: Final = re.compile(r"\bconnect|\bpipe\b", re.IGNORECASE)
"""A socket connected to is a service that did not answer, whatever its path's check says; a
pipe to a program that is there could not be opened because the fork under it failed."""
_DEPENDENCY: Final = re.compile(r"(?<![\w./-])(?:modules?|librar(?:y|ies)|shared objects?|plugins?|extensions?|"
                               r"packages?)\b(?![./\w-])(?!\s+['\"`\u2018]?\.{0,2}/\S+\.(?!(?:so|dll|dylib|node|jar|pyd)\b)[a-z]\w{0,7}\b(?![./]))",
                               re.IGNORECASE)
"""A module, library or plugin that could not be loaded is a dependency of the job's (ERR_1007);
one named by a path to a source file ("could not load module '/x/flow.asy'") is a file."""
_CONTENT: Final = re.compile(r"\b(?:premature|truncated|corrupt\w*|malformed|unexpected end|bad (?:magic|header|"
                            r"format|data)|invalid (?:input|data|format)|parse error|cannot parse|syntax error)\b",
                            re.IGNORECASE)
"""A file whose content is bad was read: its check can only say that it is there."""
_RUN: Final = re.compile(r"\bexec|\b(?:command|program|binary|interpreter)\b(?! or file)", re.IGNORECASE)
"""A program that could not be executed or found: missing, it is a missing command."""
_NOT_A_PATH: Final = re.compile(r"[:()\[\]*\\<>{}|,;=\"'\s]|^[a-z0-9-]+(?:\.[a-z0-9-]+)+/|^/$|^[^/@]+@[^/@]+\.\w+$|"
                                r"^[^/]*\.[^/.]*\.[a-z]{6,}$")
"""What the path check records that is not a file's path: a place in a file ("x.c:12"), an
element or key path ("/Pipeline:x", "and/or"), a host's address, the root alone, an e-mail
address, a dotted name in a tool's own world ("model.shop.refunds")."""
_NAMED_PATH: Final = re.compile(r"^(?:/|\.\.?/|~/)|\.[a-z0-9]{1,8}$")
"""A path as jobs name files: absolute, relative to here, or a name with an extension."""
_LOCATION: Final = re.compile(r"[:(.] ?\d| line \d|['\"],? line \d+:")
"""After a path, a place in that file ("x.c:12", "x.c(12)", Perl's "at /x/y.pm line 122")."""


_SAID_TO_BE_A_FILE: Final = re.compile(r"\b(?:directory|folder|file|r\u00e9pertoire|fichier|Verzeichnis|Datei)\s+"
                                       r"['\"`\u2018\u201c\u00ab]\s?\0|\0['\"`\u2019\u201d]?\s+(?:file|directory)\b")
"""A name the line itself calls a file or directory ("cannot change to directory 'pkgs/okpkg'",
"cannot find debian/control file"), whatever its shape (the path stands for itself as \\0)."""


def _plausible(path: str) -> bool:
    return not _NOT_A_PATH.search(path) and bool(_NAMED_PATH.search(path))


def _named_in(text: str, checks: tuple[PathCheck, ...]) -> list[PathCheck]:
    """The checked paths ``text`` names as files, in the order it names them (the longest first
    where two start at once), not as a place in a file."""
    named: list[tuple[int, int, PathCheck]] = []
    for found in checks:
        if not (_plausible(found.path) or (any(c.islower() for c in found.path)
                                           and _SAID_TO_BE_A_FILE.search(text.replace(found.path, "\0")))):
            continue
        at = text.find(found.path)
        while at >= 0 and (_LOCATION.match(text, at + len(found.path))
                           or (at == 1 and text[0] == "(" and text.startswith(") ", at + len(found.path)))):
            at = text.find(found.path, at + 1)  # a place in a file, or the program's source first: "(ogmdemux.c) ..."
        if at >= 0:
            named.append((at, -len(found.path), found))
    return [found for _, _, found in sorted(named, key=lambda n: n[:2])]


_WAY_SAID: Final = re.compile(r"\bfor (?:read|writ)", re.IGNORECASE)
"""A sentence below the failure that says only which way the file was used."""
_SEARCHED_IN: Final = re.compile(r"\b(?:find|locate)\b.{1,200}?\s(?=in\s)", re.IGNORECASE)
"""What was looked for, up to the places it was looked in ("Can't find x.map in /build"): those
places are there, the file is not."""
_FAILED_VERB: Final = re.compile(r"\b(?:can ?not|can't|couldn'?t|could not|unable to|failed to|error)\W+"
                                 r"(?:\w+\W+){0,2}?(open|read|write|load|create|save)\b|\b(?:aprire|ouvrir|abrir)\b",
                                 re.IGNORECASE)


def failed_verb(line: str) -> str | None:
    """The verb of a failure to use a file the line names none of ("Error attempting to open
    file": "open"), to find the command a tool echoed above it ("? open quarterly.csv")."""
    found = _FAILED_VERB.search(line) if says_failed(line) else None
    return (found.group(1) or "open").lower() if found else None


def says_failed(line: str) -> bool:
    """Whether ``line`` says it could not use a file, whichever it names."""
    return (bool(_FAILED_ON.search(line)) and not _SERVICE.search(line) and not _DEPENDENCY.search(line)
            and not _CONTENT.search(line))


def failed_on(line: str, below: str, checks: tuple[PathCheck, ...]) -> tuple[str, str, str] | None:
    """(the code, the path, what the check found) for a final error that says it could not use
    a path it names (or names on the line ``below``, a line that is only that path, when the
    sentence ends with a colon or a parenthesis) and the check of that path explains; ``None``
    when it says no such thing, names no checked path, or the path is there and usable."""
    if not checks or not says_failed(line):
        return None
    below = below.strip()
    text = line
    if below and not any(c.isspace() for c in below) and line.rstrip().endswith((":", ")")):
        text = f"{line} {below}"
    named = _named_in(text, checks)
    if below and _WAY_SAID.search(below) and says_failed(below) and not _named_in(below, checks):
        text = f"{text} {below}"  # "G-code export to /x failed." above "Cannot open the file for writing."
    writes = way(text) != READ
    searched = _SEARCHED_IN.search(text)  # "Can't find x.h in . /usr/include": the places looked in
    looked_for = named if searched is None else _named_in(text[:searched.end()], checks)
    if any(found.exists and found.readable and (not writes or (found.writable and not found.full
                                                               and not found.read_only))
           for found in looked_for):
        return None  # it names a file that is there and usable: the failure was about its content
    for found in named:
        checked = explained(text, found.path, checks)
        if checked is None or checked[0] == "ERR_1007":
            continue
        if _RUN.search(line):
            if checked[0] != "ERR_1003":
                continue  # a program there but not run: its own words say more than a check
            checked = "ERR_1001", checked[1]
        return checked[0], found.path, checked[1]
    return None
