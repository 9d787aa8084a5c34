"""The building blocks of the stderr patterns: the errno texts as regexes, the shapes every tool
shares (``<program>: <path>: <reason>``, a verb on a path, a quoted name), and the pattern record.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from ._strerror import any_text

# The shells' "command not found", as bash and dash say it in those locales (and bash's
# "exec: x: not found": "Nicht gefunden", "non trouvé").
NOT_FOUND_WORDS: Final = ("command not found", "not found", "Kommando nicht gefunden",
                           "commande introuvable", "orden no encontrada", "comando non trovato",
                           "comando não encontrado", "nicht gefunden", "non trouv\u00e9", "não encontrado",
                           "no encontrado", "non trovato", "introuvable")


NOENT = any_text("ENOENT")
NODEV = any_text("ENODEV") + r"(?! or address)"
DENIED = any_text("EACCES", "EPERM")
STORAGE = any_text("ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EIO", "ESTALE", "ENOTCONN")
STALE_NFS = "Stale NFS file handle"  # older kernels' and NFS clients' wording
# dash says "No such file" without the rest; Go and Tcl say it in lower case (matched ignoring case).
NOENT_SHORT = r"(?:" + NOENT + r"|No such file\b)"

# The same errno said by a program's runtime rather than by strerror: Rust's "(os error 2)",
# Python's "[Errno 2]", Java's "error=2", Node's and Go's "ENOENT".
ERRNO_NOENT = r"(?:" + NOENT_SHORT + r"|\bENOENT\b|\bos error 2\b|\berror=2\b|\berrno[= ]2\b|\[Errno 2\])"
ERRNO_DENIED = (r"(?:" + DENIED + r"|\bE(?:ACCES|PERM)\b|\bos error (?:1|13)\b|\berror=13\b"
                 r"|\[Errno 1?3\])")
# A verb a program uses when it fails on a file: "cannot open", "failed to write", "error
# reading", "could not create directory"; the path follows (quoted or bare).
FILE_VERB = (r"(?:cannot|can't|could not|couldn't|unable to|failed to|error|fail(?:ed|ure)?)"
              r"(?: to)? (?:open(?:ing)?|read(?:ing)?|writ(?:e|ing)|creat(?:e|ing)|access(?:ing)?|"
              r"remov(?:e|ing)|delet(?:e|ing)|unlink(?:ing)?|renam(?:e|ing)|stat|mkdir|"
              r"chmod|chown|lock(?:ing)?|load(?:ing)?|sav(?:e|ing)|copy(?:ing)?|mov(?:e|ing)|"
              r"mmap|truncat(?:e|ing)|find|locate|chdir (?:to|into)|chdir|cd|chang(?:e|ing) (?:to|into))"
              r"(?: (?:the |a |an )?(?:-{1,2}[\w-]+ )?(?:input |output |lock |log |source |target |"
              r"temporary |temp |config(?:uration)? )?(?:file|directory|dir|folder|path|archive|database|"
              r"device|image))?"
              r"(?: for (?:reading|writing))?:?\s+\(?")
# A path after such a verb: quoted (any characters), or a bare token ending before
# punctuation; the names end in a digit so both forms can live in one regex.
PATH_ANY = (r"(?:['\"`\u2018\u201c\u201e\u00ab\u00bb](?P<path1>[^'\"`\u2019\u201d\u201c\u00bb\u00ab]+)['\"`\u2019\u201d\u201c\u00bb\u00ab]"
             r"|(?P<path2>[^\s'\"`\u2018\u201c:,;()\[\]]+))")
CMD_ANY = PATH_ANY.replace("path", "command")

# A quoted path in the quoting styles tools use: '...', "...", `...`, ‘...’, “...”, « ... ».
QUOTED = (r"""['"`\u2018\u201c\u201e\u00ab\u00bb]\u00a0?(?P<path>[^'"`\u2019\u201d\u201c\u00bb\u00ab\u00a0]+)\u00a0?"""
      r"""['"`\u2019\u201d\u201c\u00bb\u00ab]""")
# An unquoted path-like token right before ": message" (``cat: /x: Permission denied``).
BARE = r"(?:^|\s)(?P<path>[^\s:'\"\u2018\u2019]+)"
# A token before the message: the path, as tools print it after their own name.
COLON = r"\s?:\s*(?:\[Errno \d+\]\s*)?"
# Words between a quoted path and the message: "cannot open 'x' for reading: ...", and the
# German "'x' kann nicht berührt werden: ..."
WORDS = r"(?: [^:'\"\u2018\u2019\u00ab\u00bb]{1,40})?"


@dataclass(frozen=True, slots=True)
class StderrPattern:
    """One recognisable stderr line."""

    rule: str
    """The rule id named in the event's evidence."""
    code: str
    """The error code it decides."""
    source: str
    """The regex, matched with ``search`` against one line, ignoring case; named groups
    become details."""
    needles: tuple[str, ...]
    """Lower-case words of which a line must contain one before the regex is tried (or even
    compiled): most lines are rejected by a substring test."""
    generic: bool = False
    """A bare errno word naming nothing: a specific line of the same final error wins over it."""
    reasonless: bool = False
    """A tool saying what it could not do and not why ("could not open x"): it decides only when
    no unexplained error line stands right above it, which would be the reason in words no
    pattern knows ("raw input requires a resolution", then "could not open input file x")."""

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex; compiled on first use, so runs that succeed never pay for it."""
        return _compile(self.source)


@functools.cache
def _compile(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def pattern(rule: str, code: str, needles: str, regex: str, generic: bool = False) -> StderrPattern:
    return StderrPattern(rule, code, regex, tuple(needles.split("|")), generic)


def why_not_said(rule: str, code: str, needles: str, regex: str) -> StderrPattern:
    """A pattern of a tool's sentence that says what failed and not why (generic, reasonless)."""
    return StderrPattern(rule, code, regex, tuple(needles.split("|")), True, True)


N_STORAGE = ("no space left|disk quota|file too large|read-only file system|input/output error|stale|"
              "not connected")
N_NOT_FOUND = "not found|nicht gefunden|introuvable|no encontrada|non trovato|não encontrado|non trouv\u00e9"
CNF = "stderr.command-not-found"
E2BIG_RULE = "stderr.arg-list-too-long"
FORK = "stderr.fork-failed"
THREAD = "stderr.thread-failed"
DENY = "stderr.permission-denied"
IO = "stderr.io-error"
FNF = "stderr.file-not-found"
EXEC_FMT = "stderr.exec-format"
# A path that looks like one whatever stands around it: it has a directory separator or a
# file name extension (used where no word such as "file" says that a path follows).
PATH_LIKE = (r"(?:['\"`\u2018\u201c\u201e\u00ab\u00bb](?P<path1>[^'\"`\u2019\u201d\u201c\u00bb\u00ab]*[/.][^'\"`\u2019\u201d\u201c\u00bb\u00ab]*)"
              r"['\"`\u2019\u201d\u201c\u00bb\u00ab]|(?P<path2>[^\s'\"`\u2018\u201c:,;()\[\]]*[/.]\w"
              r"[^\s'\"`\u2018\u201c:,;()\[\]]*))")
# A tool that could not open a file and says no more, in the shapes tools share: the verb,
# maybe what kind of file ("output WebP file", "PNG file"), maybe which way ("for read",
# "for writing"), then the path, and maybe where it was at ("on x", "[at f():x.cc:189]").
# What a tool made a file from, not the file it made: "create mux object from file x"
MADE_OF = r"(?:(?!(?:from|of|in|into|with|for|using)\b)[\w-]+ )"
OPENED = (r"\b(?:cannot|can't|could not|couldn't|unable to|failed(?: to)?|error(?: while)?|problem)"
          r" (?:open(?:ing)?|read(?:ing)?|load(?:ing)?|access(?:ing)?|creat(?:e|ing)|"
          r"chang(?:e|ing) (?:the )?(?:working )?(?:directory|dir) to|chdir(?: to)?|"
          r"writ(?:e|ing)(?: to| on| into)?|init(?:iali[sz](?:e|ing))?)")
KIND_OF_FILE = (r"(?: (?:the |an? )?" + MADE_OF + r"{0,3}?(?:(?:out|in|log|lock|tmp|temp|object )?file(?: ?name)?|directory|"
                r"dir|folder|image|document|archive|database|object|data ?source|dataset)s?)?")
WHERE_AT = (r"(?:\s+on\s+\S+|\s*\[[^\]]{0,200}\]|\s*\([^)]{0,200}\)|\s+with the following [\w ]{1,40}|"
            r"\s*:\s*\d{1,3}\s*\(open file error\))*"
            r"\s*[.!:]?\s*$")
# "<program>: <path>: <what it tried>: <errno>", as tar, cpio and others say it
PROG_PATH_VERB = (r"^[\w.+-]+(?: \(child\))?: (?!line \d|\d+:|(?:fatal|error|warning)\b)"
                   r"(?P<path>[^:\s]+)\s?: "
                   r"[^\W\d][^:/]{0,39}: ")
# A call naming its path argument, then the errno: 'open("/x", 00, 0666): ...', "fopen(/x): ..."
CALL = (r"\b\w+\(['\"]?(?P<path>[^'\",()\s]+)['\"]?(?:,[^()]*)?\)[^()]{0,60}?")
# A path that is plainly one (absolute or ./relative), before a colon
ABS_PATH = r"(?:^|\s)(?P<path>\.{0,2}/[^\s:'\"\u2018\u2019]+)"
# The message between a path said first and a reason in brackets, when it quotes no path of its
# own: in '/usr/bin/x: can't open "/y" (No such file...) at /usr/bin/x line 52' the file is /y.
NO_QUOTED_PATH = r"(?:(?!['\"`\u2018\u201c]\.{0,2}/).){0,80}?"
ERRNO_NOTDIR = r"(?:" + ERRNO_NOENT + r"|" + any_text("ENOTDIR") + r"|\bENOTDIR\b)"
ERRNO_STORAGE = r"(?P<message>" + STORAGE + r"|\bE(?:NOSPC|DQUOT|FBIG|ROFS)\b)"
