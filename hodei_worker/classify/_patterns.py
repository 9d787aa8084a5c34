"""Stderr patterns and the words of a tail: data an operator can read and extend.

Two tables live here. ``STDERR_PATTERNS`` recognises error lines: a rule id, the code it decides,
the words a line must contain before the regex is tried, a regex over one line whose named
groups become the failure's details (``path``, ``command``), and whether the pattern is
*generic* (a bare errno word that names nothing: a more specific line of the same final error
is preferred to it). ``LINE_KINDS`` sorts the other lines of a tail:
summary noise, stack frames, warnings, quoted text and the start of a new error report; the tail
model in ``_tail.py`` reads both.

The operating system's own words for the errno values that matter (``strerror``) are data too,
in English and in the common glibc locales, so a job running with ``LANG=de_DE.UTF-8`` is
understood as well as one running in ``C``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

# glibc's strerror texts (2.36), per errno, for C/en and the locales jobs commonly run in
# (de, fr, es, it, pt_BR). Regex-escaped when used.
STRERROR: Final[dict[str, tuple[str, ...]]] = {
    "ENOENT": ("No such file or directory", "Datei oder Verzeichnis nicht gefunden",
               "Aucun fichier ou dossier de ce type", "No existe el fichero o el directorio",
               "File o directory non esistente", "Arquivo ou diretório inexistente"),
    "EACCES": ("Permission denied", "Keine Berechtigung", "Permission non accordée",
               "Permiso denegado", "Permesso negato", "Permissão negada"),
    "EPERM": ("Operation not permitted", "Die Operation ist nicht erlaubt", "Opération non permise",
              "Operación no permitida", "Operazione non permessa", "Operação não permitida"),
    "ENOSPC": ("No space left on device", "Auf dem Gerät ist kein Speicherplatz mehr verfügbar",
               "Aucun espace disponible sur le périphérique", "No queda espacio en el dispositivo",
               "Spazio esaurito sul device", "Não há espaço disponível no dispositivo"),
    "EDQUOT": ("Disk quota exceeded", "Der zugewiesene Plattenplatz (Quota) ist überschritten",
               "Débordement du quota d'espace disque", "Se ha excedido la cuota de disco",
               "Quota disco superata", "Cota da disco excedida"),
    "EROFS": ("Read-only file system", "Das Dateisystem ist nur lesbar",
              "Système de fichiers accessible en lecture seulement",
              "Sistema de ficheros de sólo lectura", "File system in sola lettura",
              "Sistema de arquivos somente para leitura"),
    "EIO": ("Input/output error", "Eingabe-/Ausgabefehler", "Erreur d'entrée/sortie",
            "Error de entrada/salida", "Errore di input/output", "Erro de entrada/saída"),
    "ESTALE": ("Stale file handle", "Stale NFS file handle",
               "Veraltete Dateizugriffsnummer (file handle)", "Panne d'accès au fichier",
               "`handle' de fichero en desuso", "Manipulador de arquivo corrompido"),
    "ENOTCONN": ("Transport endpoint is not connected", "Der Socket ist nicht verbunden",
                 "Noeud final de transport n'est pas connecté",
                 "El otro extremo de la conexión no está conectado",
                 "Il socket di destinazione non è connesso",
                 "Ponto final de transporte não está conectado"),
    "EAGAIN": ("Resource temporarily unavailable", "Die Ressource ist zur Zeit nicht verfügbar",
               "Ressource temporairement non disponible", "Recurso no disponible temporalmente",
               "Risorsa temporaneamente non disponibile", "Recurso temporariamente indisponível"),
    "ENOMEM": ("Cannot allocate memory", "Nicht genügend Hauptspeicher verfügbar",
               "Ne peut allouer de la mémoire", "No se pudo asignar memoria",
               "Impossibile allocare memoria", "Não foi possível alocar memória"),
    "ENOEXEC": ("Exec format error", "Fehler im Format der Programmdatei", "Erreur de format pour exec()",
                "Formato de ejecutable incorrecto", "Formato eseguibile non valido",
                "Erro no formato exec"),
    "ENOTDIR": ("Not a directory", "Ist kein Verzeichnis", "N'est pas un dossier", "No es un directorio",
                "Non è una directory", "Não é um diretório"),
    "EFBIG": ("File too large", "Die Datei ist zu groß", "Fichier trop gros", "Fichero demasiado grande",
              "File troppo grande", "Arquivo muito grande"),
    "E2BIG": ("Argument list too long", "Die Argumentliste ist zu lang",
              "Liste d'arguments trop longue", "La lista de argumentos es demasiado larga",
              "Elenco degli argomenti troppo lungo", "Lista de argumentos muito longa"),
}

# The shells' "command not found", as bash and dash say it in those locales.
_NOT_FOUND_WORDS: Final = ("command not found", "not found", "Kommando nicht gefunden",
                           "commande introuvable", "orden no encontrada", "comando non trovato",
                           "comando não encontrado")


def _alternation(texts: set[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)) + ")"


def _any(*names: str) -> str:
    """A regex alternation of the English strerror texts of ``names``: lines are translated to
    English (:data:`TRANSLATIONS`) before patterns see them, which keeps the patterns small."""
    return _alternation({STRERROR[n][0] for n in names})


def _localised(*names: str) -> str:
    """A regex alternation of the strerror texts of ``names`` in every locale."""
    return _alternation({t for n in names for t in STRERROR[n]})


TRANSLATIONS: Final[dict[str, str]] = {t.lower(): texts[0] for texts in STRERROR.values()
                                       for t in texts[1:]}
"""Every non-English strerror text (lower case) and the English text it means."""
TRANSLATED: Final = _alternation({t for texts in STRERROR.values() for t in texts[1:]})
"""A regex finding any text of :data:`TRANSLATIONS` in a line (matched ignoring case)."""


_NOENT = _any("ENOENT")
_DENIED = _any("EACCES", "EPERM")
_STORAGE = _any("ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EIO", "ESTALE", "ENOTCONN")
_STALE_NFS = "Stale NFS file handle"  # older kernels' and NFS clients' wording
# dash says "No such file" without the rest; Go and Tcl say it in lower case (matched ignoring case).
_NOENT_SHORT = r"(?:" + _NOENT + r"|No such file\b)"

# The same errno said by a program's runtime rather than by strerror: Rust's "(os error 2)",
# Python's "[Errno 2]", Java's "error=2", Node's and Go's "ENOENT".
_ERRNO_NOENT = r"(?:" + _NOENT_SHORT + r"|\bENOENT\b|\bos error 2\b|\berror=2\b|\[Errno 2\])"
_ERRNO_DENIED = (r"(?:" + _DENIED + r"|\bE(?:ACCES|PERM)\b|\bos error (?:1|13)\b|\berror=13\b"
                 r"|\[Errno 1?3\])")
# A verb a program uses when it fails on a file: "cannot open", "failed to write", "error
# reading", "could not create directory"; the path follows (quoted or bare).
_FILE_VERB = (r"(?:cannot|can't|could not|couldn't|unable to|failed to|error|fail(?:ed|ure)?)"
              r"(?: to)? (?:open(?:ing)?|read(?:ing)?|writ(?:e|ing)|creat(?:e|ing)|access(?:ing)?|"
              r"remov(?:e|ing)|delet(?:e|ing)|unlink(?:ing)?|renam(?:e|ing)|stat|mkdir|"
              r"chmod|chown|lock(?:ing)?|load(?:ing)?|sav(?:e|ing)|copy(?:ing)?|mov(?:e|ing)|"
              r"mmap|truncat(?:e|ing)|find|locate|chdir|cd|chdir into|chang(?:e|ing) (?:to|into))"
              r"(?: (?:the |a |an )?(?:-{1,2}[\w-]+ )?(?:input |output |lock |log |source |target |"
              r"temporary |temp |config(?:uration)? )?(?:file|directory|dir|folder|path|archive|database|"
              r"device|image))?"
              r"(?: for (?:reading|writing))?:?\s+\(?")
# A path after such a verb: quoted (any characters), or a bare token ending before
# punctuation; the names end in a digit so both forms can live in one regex.
_PATH_ANY = (r"(?:['\"`\u2018\u201c\u201e\u00ab\u00bb](?P<path1>[^'\"`\u2019\u201d\u201c\u00bb\u00ab]+)['\"`\u2019\u201d\u201c\u00bb\u00ab]"
             r"|(?P<path2>[^\s'\"`\u2018\u201c:,;()\[\]]+))")
_CMD_ANY = _PATH_ANY.replace("path", "command")

# A quoted path in the quoting styles tools use: '...', "...", `...`, ‘...’, “...”, « ... ».
_Q = (r"""['"`\u2018\u201c\u201e\u00ab\u00bb]\u00a0?(?P<path>[^'"`\u2019\u201d\u201c\u00bb\u00ab\u00a0]+)\u00a0?"""
      r"""['"`\u2019\u201d\u201c\u00bb\u00ab]""")
# An unquoted path-like token right before ": message" (``cat: /x: Permission denied``).
_BARE = r"(?:^|\s)(?P<path>[^\s:'\"\u2018\u2019]+)"
# A token before the message: the path, as tools print it after their own name.
_COLON = r"\s?:\s*(?:\[Errno \d+\]\s*)?"
# Words between a quoted path and the message: "cannot open 'x' for reading: ...", and the
# German "'x' kann nicht berührt werden: ..."
_WORDS = r"(?: [^:'\"\u2018\u2019\u00ab\u00bb]{1,40})?"


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


def _p(rule: str, code: str, needles: str, regex: str, generic: bool = False) -> StderrPattern:
    return StderrPattern(rule, code, regex, tuple(needles.split("|")), generic)


def _why_not_said(rule: str, code: str, needles: str, regex: str) -> StderrPattern:
    """A pattern of a tool's sentence that says what failed and not why (generic, reasonless)."""
    return StderrPattern(rule, code, regex, tuple(needles.split("|")), True, True)


_N_STORAGE = ("no space left|disk quota|file too large|read-only file system|input/output error|stale|"
              "not connected")
_N_NOT_FOUND = "not found|nicht gefunden|introuvable|no encontrada|non trovato|não encontrado"
_CNF = "stderr.command-not-found"
_E2BIG = "stderr.arg-list-too-long"
_FORK = "stderr.fork-failed"
_THREAD = "stderr.thread-failed"
_DENY = "stderr.permission-denied"
_IO = "stderr.io-error"
_FNF = "stderr.file-not-found"
_EXEC_FMT = "stderr.exec-format"
# A path that looks like one whatever stands around it: it has a directory separator or a
# file name extension (used where no word such as "file" says that a path follows).
_PATH_LIKE = (r"(?:['\"`\u2018\u201c\u201e\u00ab\u00bb](?P<path1>[^'\"`\u2019\u201d\u201c\u00bb\u00ab]*[/.][^'\"`\u2019\u201d\u201c\u00bb\u00ab]*)"
              r"['\"`\u2019\u201d\u201c\u00bb\u00ab]|(?P<path2>[^\s'\"`\u2018\u201c:,;()\[\]]*[/.]\w"
              r"[^\s'\"`\u2018\u201c:,;()\[\]]*))")
# "<program>: <path>: <what it tried>: <errno>", as tar, cpio and others say it
_PROG_PATH_VERB = (r"^[\w.+-]+(?: \(child\))?: (?!line \d|\d+:|(?:fatal|error|warning)\b)"
                   r"(?P<path>[^:\s]+)\s?: "
                   r"[^\W\d][^:/]{0,39}: ")
# A call naming its path argument, then the errno: 'open("/x", 00, 0666): ...', "fopen(/x): ..."
_CALL = (r"\b\w+\(['\"]?(?P<path>[^'\",()\s]+)['\"]?(?:,[^()]*)?\)[^()]{0,60}?")
# A path that is plainly one (absolute or ./relative), before a colon
_ABS_PATH = r"(?:^|\s)(?P<path>\.{0,2}/[^\s:'\"\u2018\u2019]+)"
_ERRNO_NOTDIR = r"(?:" + _ERRNO_NOENT + r"|" + _any("ENOTDIR") + r"|\bENOTDIR\b)"
_ERRNO_STORAGE = r"(?P<message>" + _STORAGE + r"|\bE(?:NOSPC|DQUOT|FBIG|ROFS)\b)"

STDERR_PATTERNS: Final[tuple[StderrPattern, ...]] = (
    # --- ERR_1004: the job could not create a process or thread -------------------------------
    # bash: "bash: line 1: /bin/echo: Argument list too long" (whatever its exit status)
    _p(_E2BIG, "ERR_1004", "argument list too long", r"(?P<message>" + _any("E2BIG") + r")"),
    # dash: "sh: 0: Cannot fork"; bash: "bash: fork: retry: Resource temporarily unavailable";
    # "nsenter: Unable to fork: ..."; Ruby: "Cannot allocate memory - fork(2) (Errno::ENOMEM)"
    _p(_FORK, "ERR_1004", "fork|errno 11",
       r"(?P<message>Cannot fork|can't fork|could not fork|couldn't fork|(?:unable|failed) to fork\b.*|"
       r"fork(?: failed)?: (?:retry: )?(?:" + _any("EAGAIN", "ENOMEM") + r")|"
       r"(?:" + _any("EAGAIN", "ENOMEM") + r") - fork\(2\)|BlockingIOError: \[Errno 11\].*)"),
    # python: "RuntimeError: can't start new thread"; C: "pthread_create failed: ...";
    # Java: "OutOfMemoryError: unable to create native thread" (or "new native thread")
    _p(_THREAD, "ERR_1004", "thread|system_error",
       r"(?P<message>can't start new thread|pthread_create failed|"
       r"std::system_error'?: " + _any("EAGAIN") + r"|"
       r"unable to create (?:new )?native thread|Failed to start (?:the native )?thread)"),
    # Any runtime that could not create a process or thread for want of resources, in the
    # words they share: Node's "spawn EAGAIN", Go's "runtime: failed to create new OS thread
    # (have 5 already; errno=11)", Rust's "failed to spawn thread: Os { code: 11, kind:
    # WouldBlock }", Java's 'Cannot run program "x": error=11, Resource temporarily
    # unavailable', libgomp's "Thread creation failed: Resource temporarily unavailable"
    _p(_FORK, "ERR_1004", "fork|clone|spawn|thread|newosproc|cannot run program|process",
       r"(?P<message>\b(?:v?fork|clone3?|posix_spawnp?|spawn\w*|\w*thread_create\w*|newosproc|threads?|"
       r"CreateThread|Cannot run program|(?:open|piped|create|start|spawn)[-_ ]?process|subprocess|"
       r"child process)\b.{0,100}?(?:" + _any("EAGAIN", "ENOMEM")
       + r"|\bE(?:AGAIN|NOMEM)\b|\berrno[= ]1[12]\b|\berror=1[12]\b|WouldBlock|os error 1[12]\b).*)"),
    _p(_THREAD, "ERR_1004", "thread|newosproc|max user processes|thread_create|creation failed",
       r"(?P<message>(?:newosproc|may need to increase max user processes|failed to create (?:new )?(?:OS |native )?thread|(?:thread|process|subprocess|child) creation failed|"
       r"(?:can't|cannot|could not|couldn't|unable to|failed to) (?:create|start|spawn) "
       r"(?:a |new |another )?(?:native |worker |OS )?thread|"
       r"(?:error|failure|failed) (?:creating|starting|spawning) (?:an? |the )?(?:new )?(?:[\w-]+ )?thread|"
       r"Assertion failed: .{0,40}\b\w*thread_create\b)\b.*)"),
    # a program a runtime tried to start, named before the OS's words for want of resources:
    # Lua's io.popen "lua5.4: (command line):1: true: Cannot allocate memory"
    _p(_FORK, "ERR_1004", "cannot allocate memory|resource temporarily unavailable",
       r":\s(?P<command>[\w.+-]+): (?P<message>" + _any("EAGAIN", "ENOMEM") + r")\s*$"),
    _p(_FORK, "ERR_1004", "cannot allocate memory|resource temporarily unavailable",
       r"\b(?:cannot|can't|could not|couldn't|unable to|failed to) (?:evaluate|run|execute|exec|spawn|start)\s+"
       r"[`'\"\u2018][^`'\"\u2019]+[`'\"\u2019]:\s*(?P<message>" + _any("EAGAIN", "ENOMEM") + r")"),
    # "exec format error": a program built for another architecture (a container image's for
    # another platform), or no program at all; bash: "cannot execute binary file"
    _p(_EXEC_FMT, "ERR_1004", "exec format|cannot execute binary|enoexec",
       r"(?P<message>(?:exec format error|cannot execute binary file|\bENOEXEC\b).*)"),
    # --- ERR_1001: a command the job called does not exist -----------------------------------
    # A shell that cannot read the script it was given (no line number: no command ran yet):
    # "ksh: /x/ci.sh: not found", "bash: /x/ci.sh: No such file or directory"
    _p("stderr.script-missing", "ERR_1003", "not found|no such file",
       r"^(?:ba|da|k|mk|z|pdk|a|y)?sh: (?P<path>[^\s:]*/[^\s:]+): (?:not found|" + _NOENT + r")\s*$"),
    # bash: "bash: line 1: foo: command not found"; dash: "sh: 1: foo: not found";
    # zsh: "zsh: command not found: foo"; the same in German, French, Spanish...
    _p(_CNF, "ERR_1001", _N_NOT_FOUND,
       r"(?:^|:\s)(?P<command>[^\s:]+)\s?:\s+(?:"
       + "|".join(_NOT_FOUND_WORDS) + r")\.?\s*$"),
    _p(_CNF, "ERR_1001", "command not found", r"command not found:\s*(?P<command>\S+)\s*$"),
    # bash 5.2: "./run.sh: cannot execute: required file not found" (its #! interpreter is missing)
    _p(_CNF, "ERR_1001", "cannot execute",
       r"(?:^|:\s)(?P<command>[^\s:]+): cannot execute: required file not found"),
    # make: "make: protoc: No such file or directory" / "make: protoc: Command not found"
    _p(_CNF, "ERR_1001", "no such file|command not found",
       r"^make(?:\[\d+\])?: (?P<command>[^\s:]+): (?:" + _NOENT + r"|Command not found)\s*$"),
    # Go, docker: exec: "protoc": executable file not found in $PATH
    _p(_CNF, "ERR_1001", "executable file not found",
       r"exec: \\?\"(?P<command>[^\"\\]+)\\?\": executable file not found"),
    # Node: "Error: spawnSync protoc ENOENT" / "Error: spawn protoc ENOENT"
    _p(_CNF, "ERR_1001", "enoent", r"\bspawn(?:Sync)? (?P<command>\S+) ENOENT"),
    # Java: 'java.io.IOException: Cannot run program "protoc": error=2, No such file or directory'
    _p(_CNF, "ERR_1001", "cannot run program",
       r"Cannot run program \"(?P<command>[^\"]+)\"(?:[^:]*)?: error=2\b"),
    # Ruby: "in `exec': No such file or directory - protoc (Errno::ENOENT)"
    _p(_CNF, "ERR_1001", "no such file", _NOENT + r" - (?P<command>[^\s(]+) \(Errno::ENOENT\)"),
    # A program a tool wanted to run is missing, in the words tools share: uv's "Failed to
    # spawn: `pytest`", "cmake not found in PATH", "which: no cmake in (/usr/bin)", configure's
    # "no acceptable C compiler found in $PATH", rustc's "linker `cc` not found", gcc's "fatal
    # error: cannot execute 'cc1': execvp: No such file or directory"
    # OCI runtimes: 'exec: "/bin/app": stat /bin/app: no such file or directory'
    _p(_CNF, "ERR_1001", "no such file",
       r"exec: \\?\"(?P<command>[^\"\\]+)\\?\": stat \S+: " + _NOENT),
    # an exec call naming the program: "bwrap: execvp hodei-tests: No such file or directory"
    _p(_CNF, "ERR_1001", "no such file|enoent",
       r"\bexec(?:vp?e?|lp?e?)\b:?\s+(?P<command>[^\s:'\"]+):\s*" + _ERRNO_NOENT),
    _p(_CNF, "ERR_1001", "kindprozess|processus fils|proceso hijo|processo figlio|processo filho",
       r"(?:Kindprozess|processus fils|proceso hijo|processo figlio|processo filho)\s*[\u00bb\u00ab\"\u201c\u201e]"
       r"\s?(?P<command>[^\u00bb\u00ab\"\u201d\u201c\s]+)\s?[\u00ab\u00bb\"\u201d\u201c].{0,60}?" + _ERRNO_NOENT),
    # "rust: no such plugin (executable should be 'capnpc-rust')"
    _p(_CNF, "ERR_1001", "no such plugin|no such program|no such executable",
       r"\bno such (?:plugin|program|executable)\b.{0,40}?[`'\"\u2018](?P<command>[^`'\"\u2019]+)"
       r"[`'\"\u2019]"),
    _why_not_said(_CNF, "ERR_1001", "launch|external program",
       r"\b(?:can't|cannot|couldn't|could not|unable to|failed to) (?:launch|run|execute|start|exec|spawn) "
       r"(?:the )?(?:external )?(?:program|command|executable|helper)(?::\s*|\s+)" + _CMD_ANY + r"\s*$"),
    _p(_CNF, "ERR_1001", "no such file|enoent",
       r"\bexec(?:vp?e?|lp?e?)?\((?P<command>[^)\s,]+)\)[^:(]{0,20}?[:(]\s*" + _ERRNO_NOENT),
    _p(_CNF, "ERR_1001", "not executable",
       r"\b(?:command|program|executable|binary)\s+['\"`\u2018]?(?P<command>[^\s'\"`\u2019]+)['\"`\u2019]?"
       r"\s+is not executable:\s*" + _ERRNO_NOENT),
    # "numactl: execution of `x': No such file or directory"; "Failed to run command: No such
    # file or directory" (the program is not named)
    _p(_CNF, "ERR_1001", "execution of|exec of",
       r"\bexec(?:ution)? of\s+" + _CMD_ANY + r"(?:\s+-\S+)*(?:\s+failed)?:?\s*" + _ERRNO_NOENT),
    _p(_CNF, "ERR_1001", "run|exec|spawn|launch|start",
       r"\b(?:failed to|cannot|can't|could not|couldn't|unable to) (?:run|execute|exec|spawn|launch|start) "
       r"(?:the )?(?:command|program|child(?: process)?)\s*:\s*" + _ERRNO_NOENT, generic=True),
    # "Running `cc --version` gave '[Errno 2] No such file or directory'" (a program run by a
    # tool that names the command line it ran)
    _p(_CNF, "ERR_1001", "no such file|enoent|os error|errno|error=",
       r"\b(?:Running|Executing|Spawning|Launching|Invoking|Calling)\s+[`'\"\u2018]?(?P<command>"
       r"[^\s`'\"\u2019]+)[^\n]{0,80}?\b(?:gave|failed|returned|raised)\b.{0,40}?" + _ERRNO_NOENT),
    # CMake: "CMAKE_C_COMPILER not set, after EnableLanguage" (the compiler it was told to use,
    # or looked for, is not there)
    _p(_CNF, "ERR_1001", "_compiler not set", r"CMAKE_\w+_COMPILER not set"),
    _p(_CNF, "ERR_1001", "failed to spawn",
       r"Failed to spawn:?\s+" + _CMD_ANY + r"(?!.*" + _ERRNO_DENIED + r")"),
    _p(_CNF, "ERR_1001", "not found in",
       r"(?:^|[\s:])[`'\"\u2018]?(?P<command>[^\s`'\"\u2019:]+)[`'\"\u2019]?:? (?:was |is )?not found "
       r"in (?:the |your )?(?:\$?PATH|search path|path)\b"),
    _p(_CNF, "ERR_1001", "path",
       r"(?:could not|couldn't|unable to|cannot|can't|failed to) (?:find|locate) (?:the |an? )?"
       r"(?:executable|program|command|binary|tool)?\s*" + _CMD_ANY + r" (?:in|on) (?:the |your )?"
       r"\$?PATH\b"),
    _p(_CNF, "ERR_1001", "which: no", r"^which: no (?P<command>\S+) in \("),
    # a tool reporting that a command it ran exited 127, the shells' "not found": "Command
    # failed with status (127): [hodei-compile --release...]", "Command x -c ... errored with
    # the following return code 127"
    _p(_CNF, "ERR_1001", "127",
       r"\b(?:status|return code|exit code|exit status|exitcode)\s*[:=]?\s*\(?127\)?\W.{0,20}?"
       r"\[(?P<command>[^\s\]]+)"),
    _p(_CNF, "ERR_1001", "127",
       r"\b(?:exited|returned|failed|terminated) with (?:exit )?(?:status|code)\s*[:=]?\s*\(?127\b",
       generic=True),
    _p(_CNF, "ERR_1001", "127",
       r"\bcommand\s+[`'\"]?(?P<command>[^\s`'\"]+).{0,100}?\b(?:status|return code|exit code|"
       r"exit status)\s*[:=]?\s*\(?127\b"),
    _p(_CNF, "ERR_1001", "executable|program|command|binary",
       r"(?:could not|couldn't|unable to|cannot|can't|failed to) (?:find|locate) (?:the |an? )?"
       r"(?:executable|program|command|binary)\s+" + _CMD_ANY + r"\s*[.!]?\s*$"),
    # "pdflatex not found. Please ... install pdflatex": what is missing is to be installed
    _p(_CNF, "ERR_1001", "not found",
       r"(?:^|[\s:])[`'\"\u2018]?(?P<command>[\w.+-]+)[`'\"\u2019]?:? (?:was |is )?not found\b"
       r".{0,120}\binstall(?:ed)?\b.{0,40}?\b(?P=command)\b"),
    # the shells' own words: fish's "Unknown command: x"
    _p(_CNF, "ERR_1001", "unknown command", r"^fish: Unknown command:\s*(?P<command>\S+)"),
    _p(_CNF, "ERR_1001", "no acceptable", r"no acceptable (?P<command>[^.]+?) found in \$?PATH"),
    _p(_CNF, "ERR_1001", "not found|be found",
       r"\b(?:linker|compiler|interpreter|program|command|executable|binary|tool)\s+"
       r"[`'\"\u2018](?P<command>[^`'\"\u2019]+)[`'\"\u2019]\s+(?:(?:was\s+|is\s+)?not\s+found|"
       r"(?:could|can)\s*not\s+be\s+found)\b"),
    # the same unquoted, or said after the name: "compiler hodei-cc not found", "hodei-cc:
    # program not found", "Program hodei-cc not found or not executable"
    _p(_CNF, "ERR_1001", "not found",
       r"\b(?:linker|compiler|interpreter|program|command|executable|binary|util|utility)\s+"
       r"(?P<command>[\w.+/-]+)\s+(?:was\s+|is\s+)?not\s+found\b"),
    _p(_CNF, "ERR_1001", "not found",
       r"(?:^|\s)(?P<command>[\w.+/-]+):\s+(?:program|executable|command|binary)\s+not\s+found\b"),
    # "Error: hodei-cli is not installed" -- not a package, module or plugin, which is a
    # dependency of the job, not a program it runs
    _p(_CNF, "ERR_1001", "not installed|isn't installed",
       r"(?:^|:\s|\b(?:program|command|tool|executable|binary)\s)[`'\"\u2018]?(?P<command>[\w.+/-]+)"
       r"[`'\"\u2019]?\s+(?:is not|isn't|was not|does not seem to be|doesn't seem to be)"
       r"\s+installed\b"),
    _p(_CNF, "ERR_1001", "exec|run|spawn|launch|start|invoke",
       r"(?:cannot|can't|could not|couldn't|unable to|failed to|error) (?:execute|exec|run|spawn|"
       r"launch|start|invoke)\w*(?: (?:the )?(?:child )?(?:program|process|command|executable|binary|"
       r"helper))?"
       r":?\s+" + _CMD_ANY + r"\s*[:,(].{0,60}?" + _ERRNO_NOENT),
    # --- ERR_1002: access refused -----------------------------------------------------------
    # ssh: "git@github.com: Permission denied (publickey)." names a login, not a path
    _p(_DENY, "ERR_1002", "permission denied",
       r"^(?P<login>[^\s@:]+@[^\s:]+): Permission denied \((?P<methods>[^)]*)\)"),
    # Java: "java.nio.file.AccessDeniedException: /etc/shadow"
    _p(_DENY, "ERR_1002", "accessdenied", r"AccessDeniedException: (?P<path>\S+)"),
    # Node: "Error: EACCES: permission denied, open '/x'"
    _p(_DENY, "ERR_1002", "eacces|eperm", r"E(?:ACCES|PERM): [^,]+, \w+ '(?P<path>[^']+)'"),
    # Ruby: "Permission denied @ rb_sysopen - /x (Errno::EACCES)"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _DENIED + r" @ \w+ - (?P<path>.+?) \(Errno::"),
    # Go's net errors: "dial unix /var/run/docker.sock: connect: permission denied"
    _p(_DENY, "ERR_1002", "permission denied", r"dial unix (?P<path>\S+): connect: " + _DENIED),
    # Java: "java.io.FileNotFoundException: /x (Permission denied)"
    _p(_DENY, "ERR_1002", "filenotfound",
       r"FileNotFoundException: (?P<path>.+?) \(" + _DENIED + r"\)"),
    # rsync: 'rsync: [sender] opendir "/x" failed: Permission denied (13)'
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _Q + r"\s+failed:\s*" + _DENIED),
    # python: "PermissionError: [Errno 13] Permission denied: '/root/x'"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted", _DENIED + r":\s*" + _Q),
    # mv: "cannot move 'a' to 'b': Permission denied" -- the quoted path nearest the message
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _Q + _WORDS + _COLON + _DENIED),
    # tar: "tar: /x: Cannot open: Permission denied" (and "tar: /x : open impossible: ...")
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: " + _DENIED),
    # any tool saying it like tar: "cpio: /x: Cannot open: Permission denied"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted", _PROG_PATH_VERB + _DENIED),
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _ABS_PATH + r":\s.{0,80}?[\[(]" + _DENIED + r"[\])]"),
    # cat: "cat: /x: Permission denied"; go: "open /x: permission denied"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted", _BARE + _COLON + _DENIED),
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _DENIED + r"\s+while (?:trying to )?\w+(?: \w+){0,2}(?: on| of| in| for)?\s+" + _PATH_LIKE),
    # perl: "/x: Permission denied at -e line 1."
    _p(_DENY, "ERR_1002", "permission denied", r"^(?P<path>/[^\s:]+): " + _DENIED + r" at "),
    # Whatever the tool, a verb on a path and then the errno, wherever it stands in the line:
    # "error: failed to open /x for writing (Permission denied)", "could not create directory
    # '/x': [Errno 13] ...", "cannot write to /x, Permission denied (os error 13), aborting"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted|eacces|eperm|os error|errno|error=",
       _FILE_VERB + _PATH_ANY + r".{0,80}?" + _ERRNO_DENIED),
    # "<path> (Permission denied)"; a call and its argument: 'open("/x", O_RDONLY): Permission
    # denied', "fopen(/x): Failed to open stream: Permission denied"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _BARE + r" \((?:" + _DENIED + r")\)"),
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted", _CALL + _DENIED),
    # the errno first: "Permission denied - /x", "permission denied, open /x"
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted",
       _DENIED + r"(?: \(os error 1?3\))?\s*[,-]\s*(?:\w+ )?" + _PATH_LIKE),
    # a tool's own sentence: "/x is not writable", "Access denied", "insufficient permissions"
    _p(_DENY, "ERR_1002", "not writable|not readable|not accessible",
       _PATH_LIKE + r" (?:is )?not (?:writable|readable|accessible)\b"),
    _p(_DENY, "ERR_1002", "access denied|access is denied|insufficient|not permitted to|permission",
       r"\b(?:access (?:is )?denied|insufficient (?:file |access )?permissions?|not permitted to|"
       r"(?:don't|do not|doesn't|does not) have (?:the )?(?:\w+ )?permissions?)\b"
       r"(?! (?:for|on|to) (?:the )?(?:table|relation|schema|database|role|user|object|column|view|"
       r"sequence|function|bucket|project|resource|repository|repo|channel|organi[sz]ation)\b)"),
    # privileges the job's user lacks, in the words tools share: "must be root", "only root
    # can do that", "Are you root?", "requires superuser privileges", "x is not executable"
    _p(_DENY, "ERR_1002", "root|superuser|privilege|administrator",
       r"\b(?:must be (?:run as )?(?:root|superuser|an? administrator)|only (?:root|the superuser) can\b|"
       r"are you root\b|(?:need|needs|require|requires|required) (?:to be |to run as )?"
       r"(?:root|superuser|administrator|elevated)(?: privileges?| rights| permissions?)?\b|"
       r"(?:root|superuser|administrator|elevated) (?:privileges?|rights|permissions?|access) "
       r"(?:are |is )?(?:required|needed)|run (?:this |it )?(?:as root|with sudo)\b|"
       r"insufficient privileges?)"),
    _why_not_said(_DENY, "ERR_1002", "could not write '|cannot write '|can't write '",
       r"\b(?:could not|couldn't|can't|cannot) write\s+" + _Q + r"\s*[.!]?\s*$"),
    _why_not_said(_DENY, "ERR_1002", "output|destination|for writing",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:open|create|write)"
       r"(?: (?:to )?(?:the |an? )?(?:output|destination|target) (?:file|directory|dir|folder)"
       r"(?::?\s+" + _PATH_ANY + r")?|:?\s+"
       + _PATH_ANY.replace("path1", "path3").replace("path2", "path4") + r" for writing)"
       r"(?:,\s*(?:terminating|aborting|exiting|giving up|quitting))?\s*[.!]?\s*$"),
    # a directory that cannot be made, no reason said: "Unable to (re)create the private
    # pkgRedirects directory:" (its path on the next line)
    _why_not_said(_DENY, "ERR_1002", "creat",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:\(re\))?create "
       r"(?:(?:the |an? )?(?:[\w-]+ ){0,3}(?:directory|folder|dir)(?::?\s+" + _PATH_ANY
       + r")?|(?P<path5>/[^\s,:]*/)),?\s*[.:!]?\s*$"),
    _p(_DENY, "ERR_1002", "access to the",
       r"\baccess to the (?:path|file|directory)\s+" + _Q + r"\s+is denied"),
    _p(_DENY, "ERR_1002", "not executable",
       _PATH_LIKE + r" (?:is )?not executable\b"),
    # The bare errno. Not "permission denied for table x": a database's own access control
    # speaks of its objects, not of the OS's.
    _p(_DENY, "ERR_1002", "permission denied|operation not permitted|eacces|eperm",
       r"(?<![,;] )(?<!')(?:" + _DENIED + r")(?! (?:for|to|by) )|\bE(?:ACCES|PERM)\b", generic=True),
    # --- ERR_1012: storage failures: full disk, quota, read-only, device, stale or lost mounts --
    # sqlite: "Error: stepping, database or disk is full (13)"; "attempt to write a readonly database"
    _p(_IO, "ERR_1012", "database or disk|readonly database|disk i/o",
       r"(?P<message>database or disk is full|attempt to write a readonly database"
       r"|disk I/O error)"),
    # Node: "Error: EROFS: read-only file system, open '/x'"
    _p(_IO, "ERR_1012", "erofs|enospc|edquot|eio|estale",
       r"E(?:ROFS|NOSPC|DQUOT|IO|STALE): (?P<message>[^,]+), \w+ '(?P<path>[^']+)'"),
    # Ruby: "Read-only file system @ rb_sysopen - /x (Errno::EROFS)"
    _p(_IO, "ERR_1012", _N_STORAGE,
       r"(?P<message>" + _STORAGE + r") @ \w+ - (?P<path>.+?) \(Errno::"),
    # rsync: 'rsync: [receiver] write failed on "/x": No space left on device (28)'
    _p(_IO, "ERR_1012", _N_STORAGE,
       _Q + r"(?:\s+failed)?" + _WORDS + _COLON + r"(?P<message>" + _STORAGE + ")"),
    # python: "OSError: [Errno 28] No space left on device: '/mnt/x'"
    _p(_IO, "ERR_1012", _N_STORAGE,
       r"(?P<message>" + _STORAGE + r"):\s*" + _Q),
    # tar: "tar: big.bin: Cannot write: No space left on device"
    _p(_IO, "ERR_1012", _N_STORAGE,
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: (?P<message>" + _STORAGE + ")"),
    _p(_IO, "ERR_1012", _N_STORAGE, _PROG_PATH_VERB + r"(?P<message>" + _STORAGE + ")"),
    _p(_IO, "ERR_1012", _N_STORAGE,
       _ABS_PATH + r":\s.{0,80}?[\[(](?P<message>" + _STORAGE + r")[\])]"),
    # cat: "cat: /mnt/x: Input/output error"; sort: "write failed: /mnt/x: No space left on device"
    _p(_IO, "ERR_1012", _N_STORAGE,
       _BARE + _COLON + r"(?P<message>" + _STORAGE + ")"),
    # a verb on a path, then the errno anywhere after it: "zstd: error 70 : Write error : cannot
    # write block : No space left on device" names no path; "failed to write /x (No space...)"
    _p(_IO, "ERR_1012", _N_STORAGE + "|enospc|edquot|erofs",
       _FILE_VERB + _PATH_ANY + r".{0,80}?" + _ERRNO_STORAGE),
    _p(_IO, "ERR_1012", _N_STORAGE, _BARE + r" \((?P<message>" + _STORAGE + r")\)"),
    _p(_IO, "ERR_1012", _N_STORAGE, _CALL + r"(?P<message>" + _STORAGE + ")"),
    # a tool's own sentence: "disk full", "not enough free disk space", "read-only filesystem"
    _p(_IO, "ERR_1012", "full|space|read-only",
       r"(?P<message>" + _STORAGE + r"|\b(?:disk|device|drive|file ?system|volume|partition)"
       r"\s(?:is\s)?full\b|"
       r"\b(?:not enough|insufficient|out of) (?:free )?(?:disk |storage )?space\b|"
       r"\bno (?:free )?(?:disk |storage )?space (?:left|available)\b(?! (?:in|for) (?:the |a )?(?!disk|"
       r"device|drive|volume|partition|file ?system)\w)|"
       r"\b(?:too (?:big|large) for|exceeds|larger than) (?:the )?(?:remaining|available|free) "
       r"(?:disk |storage )?space\b|"
       r"\bread-only (?:file ?system|mount|volume)\b)"),
    # Writing failed and the tool says no errno ("Write error : failed writing frame", "error
    # writing output", "short write", "zip I/O error"): storage refused the data. Said of a
    # socket, a pipe or a connection it is the network's, not storage's; and any errno text on
    # the line decides instead (its own pattern).
    _why_not_said(_IO, "ERR_1012", "writ|i/o error",
       r"(?P<message>\b(?:write error|write failure|short write|I/O error|"
       r"(?:(?:error|failed) (?:while |whilst )?writing|writing (?:\w+ )?failed|write (?:\w+ )?failed|"
       r"(?:failed|unable|could not|couldn't) to write|(?:cannot|can't|could not|couldn't) write"
       r"(?! (?:to )?(?:the |an? )?(?:output|destination|target)\b)(?!:?\s+['\"`\u2018]?\S+['\"`\u2019]?\s*$))"
       r"(?!.*\b(?:remote|keyring|server|peer|client|registry|socket|pipe|connection|network|stdout|"
       r"standard output)\b))\b"
       r"(?!.*(?:" + _alternation({t[0] for t in STRERROR.values()}) + r"|(?-i:\bE[A-Z]{3,}\b)|"
       r"socket|pipe|connection|network|stdout|standard output)).*)"),
    _p(_IO, "ERR_1012", _N_STORAGE + "|enospc|edquot|erofs|failure writing output",
       r"(?P<message>" + _STORAGE + r"|\bE(?:NOSPC|DQUOT|FBIG|ROFS|STALE)\b"
       r"|Failure writing output to destination)", generic=True),
    # --- ERR_1003: a file or directory the job needs does not exist --------------------------
    # make: "make: *** No rule to make target 'src/version.h', needed by 'all'.  Stop."
    _p(_FNF, "ERR_1003", "no rule to make target", r"No rule to make target " + _Q),
    # build tools: "ninja: error: 'src/gen.c', needed by 'out.o', missing and no known rule"
    _p(_FNF, "ERR_1003", "needed by", _Q + r",? needed by .{0,120}\b(?:missing|no (?:known )?rule)"),
    # Node: "Error: Cannot find module '/app/dist/server.js'"
    _p(_FNF, "ERR_1003", "cannot find module",
       r"Cannot find module ['\"](?P<path>\.{0,2}/[^'\"]+)['\"]"),
    # Node: "Error: ENOENT: no such file or directory, open '/x'"
    _p(_FNF, "ERR_1003", "enoent", r"ENOENT: [^,]+, \w+ '(?P<path>[^']+)'"),
    # Java: "java.nio.file.NoSuchFileException: /x"; "FileNotFoundException: /x (No such file...)"
    _p(_FNF, "ERR_1003", "nosuchfile", r"NoSuchFileException: (?P<path>\S+)"),
    _p(_FNF, "ERR_1003", "filenotfound", r"FileNotFoundException: (?P<path>.+?) \(" + _NOENT),
    # java: "Error: Unable to access jarfile app.jar"; javac: "error: file not found: Main.java"
    _p(_FNF, "ERR_1003", "jarfile", r"Unable to access jarfile (?P<path>\S+)"),
    _p(_FNF, "ERR_1003", "file not found", r"error: file not found: (?P<path>\S+)"),
    # curl: "curl: (37) Couldn't open file /x"; unzip: "cannot find or open x.zip, x.zip.zip..."
    _p(_FNF, "ERR_1003", "couldn't open file", r"Couldn't open file (?P<path>\S+)"),
    _p(_FNF, "ERR_1003", "cannot find or open", r"cannot find or open (?P<path>[^,\s]+)"),
    # git: "fatal: repository '/x' does not exist"; cargo: "could not find `Cargo.toml` in ..."
    _p(_FNF, "ERR_1003", "does not exist", r"repository " + _Q + r" does not exist"),
    _p(_FNF, "ERR_1003", "could not find `", r"could not find `(?P<path>[^`]+)` in "),
    # sqlite: 'Error: unable to open database "/x/app.db": unable to open database file'
    _p(_FNF, "ERR_1003", "unable to open database", r"unable to open database " + _Q),
    # Ruby: "No such file or directory @ rb_sysopen - /x (Errno::ENOENT)"; "-- x.rb (LoadError)"
    _p(_FNF, "ERR_1003", "no such file", _NOENT + r" @ \w+ - (?P<path>.+?) \(Errno::"),
    _p(_FNF, "ERR_1003", "no such file", _NOENT + r" -- (?P<path>\S+) \(LoadError\)"),
    # openssl: "...:No such file or directory:...:calling stat(/x)"
    _p(_FNF, "ERR_1003", "no such file", _NOENT + r".*calling \w+\((?P<path>[^)]+)\)"),
    # dash: "sh: 1: cannot open /x: No such file"; "cannot create /x/y: Directory nonexistent"
    _p(_FNF, "ERR_1003", "no such file|directory nonexistent",
       r"cannot (?:open|create) (?P<path>\S+): (?:" + _NOENT_SHORT
       + r"|Directory nonexistent)"),
    # rsync: 'rsync: [sender] change_dir "/x" failed: No such file or directory (2)'
    _p(_FNF, "ERR_1003", "no such file", _Q + r"\s+failed:\s*" + _NOENT),
    # python: "FileNotFoundError: [Errno 2] No such file or directory: '/nope'"
    _p(_FNF, "ERR_1003", "no such file", _NOENT + r":\s*b?" + _Q),
    # ls: "ls: cannot access '/nope': No such file or directory"; env: "env: 'x': No such..."
    _p(_FNF, "ERR_1003", "no such file", _Q + _WORDS + _COLON + _NOENT_SHORT),
    # tar: "tar: dist: Cannot stat: No such file or directory"
    _p(_FNF, "ERR_1003", "no such file",
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: " + _NOENT),
    _p(_FNF, "ERR_1003", "no such file", _PROG_PATH_VERB + _NOENT),
    _p(_FNF, "ERR_1003", "no such file", r"^[\w.+-]+:(?P<path>[^\s:]+):\s*" + _NOENT),
    _p(_FNF, "ERR_1003", "no such file", _ABS_PATH + r":\s.{0,80}?[\[(]" + _NOENT + r"[\])]"),
    # awk: "awk: cannot open /x (No such file or directory)"
    _p(_FNF, "ERR_1003", "no such file", r"cannot open (?P<path>\S+) \(" + _NOENT + r"\)"),
    # cat: "cat: /nope: No such file or directory"; go: "open /x: no such file or directory"
    _p(_FNF, "ERR_1003", "no such file", _BARE + _COLON + _NOENT_SHORT),
    # what was being done to a path, then "failed" and the errno: "opening configfile /x failed:
    # No such file or directory", "realpath() of /x failed: No such file or directory"
    _p(_FNF, "ERR_1003", "no such file",
       r"\b(?:open|read|load|access|stat|realpath|resolv)\w*(?:\(\))?\s+(?:of\s+|on\s+)?(?:\w+\s+){0,2}"
       + _PATH_ANY + r"\s+failed:?\s*" + _NOENT),
    # the errno, then what was being done: "No such file or directory while trying to open /x"
    _p(_FNF, "ERR_1003", "no such file",
       _NOENT + r"\s+while (?:trying to )?\w+(?: \w+){0,2}(?: on| of| in| for)?\s+" + _PATH_LIKE),
    # "Not a directory": a component of the path is a file, so the path the job wants is not there
    _p(_FNF, "ERR_1003", "not a directory", _BARE + _COLON + _any("ENOTDIR")),
    # Whatever the tool, a verb on a path and then the errno wherever it stands in the line:
    # "error: couldn't open /x (No such file or directory)", "failed to read '/x': No such
    # file or directory (os error 2)", "Error opening file /x: [Errno 2] ..."
    _p(_FNF, "ERR_1003", "no such file|enoent|os error|errno|error=|not a directory",
       _FILE_VERB + _PATH_ANY + r".{0,80}?" + _ERRNO_NOTDIR),
    _p(_FNF, "ERR_1003", "no such file", _BARE + r" \((?:" + _NOENT + r")\)"),
    _p(_FNF, "ERR_1003", "no such file", _CALL + _NOENT_SHORT),
    # the errno first: "No such file or directory - /x", "no such file or directory, open /x"
    _p(_FNF, "ERR_1003", "no such file",
       _NOENT_SHORT + r"(?: \(os error 2\))?\s*[,-]\s*(?:\w+ )?" + _PATH_LIKE),
    # a tool's own sentence: "File not found: x", "input file 'x' does not exist", "no such
    # file: x", "x: file not found", "cannot find file x"
    _p(_FNF, "ERR_1003", "not found|does not exist|doesn't exist|no such|missing|unavailable|"
       "not available|be opened|be read|be accessed|be found",
       r"\b(?:file|directory|folder|path|dir)(?: or directory)?:?\s+" + _PATH_ANY
       + r"\s+(?:does not exist|doesn't exist|not found|was not found|could not be found|"
       r"cannot be found|is missing|is unavailable|is not available|"
       r"(?:cannot|can't|could not|couldn't) be (?:opened|read|accessed))\b"
       r"(?!\s+in\s+['\"`][^'\"`/]*['\"`])"),
    # a verb on a path, then the tool's own words for its absence: "Failed to open the file /x,
    # cause: File not found or it is a directory"
    _p(_FNF, "ERR_1003", "not found|does not exist|doesn't exist",
       _FILE_VERB + _PATH_ANY + r".{0,80}?\b(?:file |directory |path )?(?:not found|"
       r"does not exist|doesn't exist)\b"),
    _p(_FNF, "ERR_1003", "not found|does not exist|doesn't exist|no such|missing",
       r"\b(?:file|directory|folder|path|dir)s? (?:does not exist|doesn't exist|not found|"
       r"is missing|missing)\s*[:,-]?\s+" + _PATH_ANY),
    _p(_FNF, "ERR_1003", "no such file|no such directory",
       r"\bno such (?:file|directory)\s*[:,-]\s*" + _PATH_ANY),
    _p(_FNF, "ERR_1003", "does not exist|doesn't exist|file not found",
       _PATH_LIKE + r":?\s+(?:does not exist|doesn't exist|file not found)\b"
       r"(?!\s+in\s+['\"`][^'\"`/]*['\"`])"),
    # A tool that could not open, read, find or load a file and says nothing more: the file
    # most often is not there ("Could not open input file: /x", "can't open x.conf", "unable to
    # find /x."). Only when the path ends the line: a reason after it decides instead.
    _why_not_said(_FNF, "ERR_1003", "open|read|find|load|access|locate|stat",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to|error) "
       r"(?:open(?:ing)?|read(?:ing)?|find|load(?:ing)?|access(?:ing)?|locate|l?stat)"
       r"(?! (?:the |an? )?(?:output|destination|target))"
       r"(?! (?:\w+ )?(?:module|package|plugin|class|extension|library|librar)\b)"
       r"(?: (?:the |a |an )?(?:[\w-]+ ){0,2}(?:file|directory|dir|folder|script|config(?:uration)?|"
       r"project|manifest|archive|path|entity|resource|document)(?: \([^)]{0,40}\))?)?:?\s+"
       r"(?:readable |valid |usable )?" + _PATH_LIKE
       + r"(?: for reading| anywhere| here)?\s*[.!]?\s*$"),
    _why_not_said(_FNF, "ERR_1003", "input file",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:open|read|find|load) "
       r"(?:the |an? )?input (?:[\w-]+ )?file\s*[.:!]?\s*$"),
    # "Couldn't find a gemspec file matching '/x'", "could not find a composer.json file in /x",
    # "Could not locate Gemfile"
    _p(_FNF, "ERR_1003", "find|locate",
       r"(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|locate) (?:an? |the |any )?"
       r"(?:(?:[\w-]+ ){0,2}(?:file|directory|folder)s? (?:matching|named|called|at)\s+" + _PATH_ANY
       + r"|(?P<path3>[\w-]+\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)(?: file)?\b)"),
    # "Failed to copy: directory not found", "The specified file does not exist." -- no name said
    _p(_FNF, "ERR_1003", "not found|does not exist|doesn't exist|not available|unavailable|missing",
       r"(?:^|:\s*)(?:the )?(?:specified |given |requested |input |source )?(?:file|directory|folder|"
       r"path|source|input)(?: or directory)? (?:was not found|not found|does not exist|"
       r"doesn't exist)\.?\s*$|\b(?:config(?:uration)?|settings|input|project) file (?:is )?(?:not "
       r"available|unavailable|missing|not found)[.!]?\s*$", generic=True),
    _p(_FNF, "ERR_1003", "nicht gefunden|introuvable|no encontrad|non trovat|não encontrad",
       _PATH_LIKE + r"\s+(?:nicht gefunden|introuvable|no encontrad[oa]|non trovat[oa]|"
       r"n\u00e3o encontrad[oa])\b", generic=True),
    # the same in the languages of the C library's messages: "Fichier introuvable : /x",
    # "Datei nicht gefunden: /x", "El archivo no existe"
    _p(_FNF, "ERR_1003", "introuvable|nicht gefunden|no encontrad|non trovat|não encontrad|"
       "n'existe pas|existiert nicht|no existe|non esiste|não existe",
       r"\b(?:fichier|dossier|r\u00e9pertoire|datei|verzeichnis|archivo|fichero|directorio|"
       r"cartella|arquivo|diret\u00f3rio|file)\b[^:]{0,30}?\b(?:introuvable|nicht gefunden|"
       r"no encontrad[oa]|non trovat[oa]|n\u00e3o encontrad[oa]|n'existe pas|existiert nicht|"
       r"no existe|non esiste|n\u00e3o existe)\b(?:\s*:\s*" + _PATH_LIKE + r")?"),
    _why_not_said(_FNF, "ERR_1003", "open|read|load",
       _PATH_LIKE + r":\s+(?:failed to|cannot|can't|could not|couldn't|unable to) (?:open|read|load)"
       r"(?: (?:the |an? )?(?:input )?(?:file|image|document|archive))?\s*[.!]?(?:\s*\([^)]*\))?\s*$"),
    # the same in other languages: "Die Datei konnte nicht geöffnet werden", "Le fichier « x » ne
    # peut pas être ouvert en lecture", "@include : impossible de trouver x.texi"
    _why_not_said(_FNF, "ERR_1003", "konnte nicht|ne peut pas|impossible de|no se pu|non può|impossibile|"
       "não foi possível|não pode",
       r"(?:" + _PATH_LIKE.replace("path1", "path3").replace("path2", "path4") + r":\s+.{0,20}?)?"
       r"(?:konnte nicht ge\u00f6ffnet werden|konnte nicht gefunden werden|"
       r"ne peut pas \u00eatre (?:ouvert|lu|trouv\u00e9)e?s?(?: en lecture)?|"
       r"impossible (?:de trouver|d'ouvrir|de lire)|no se (?:pudo|puede) (?:abrir|encontrar|leer)|"
       r"non pu\u00f2 essere (?:aperto|letto|trovato)(?: in lettura)?|impossibile (?:aprire|trovare|leggere)|"
       r"n\u00e3o foi poss\u00edvel (?:abrir|encontrar|ler)|n\u00e3o pode ser (?:aberto|lido|encontrado))"
       r"(?!.*\b(?:[\u00e9e]criture|schreiben|escritura|scrittura|grava\u00e7\u00e3o)\b)"
       r"(?:\s*:?\s*" + _PATH_LIKE + r")?"),
    _p(_FNF, "ERR_1003", "found",
       r"\bno (?:[\w-]+ )?(?:file|script|project file|build file|manifest|config(?:uration)? file)"
       r"(?: \((?P<path>[\w.-]+)\))? (?:was )?found\b", generic=True),
    _p(_FNF, "ERR_1003", "not found|does not exist",
       r"\bfile\s+\[(?P<path>[^\]\s]+)\]\s+(?:was )?(?:not found|does not exist)\b"),
    _p(_FNF, "ERR_1003", "does not exist|doesn't exist|not found",
       r"\b(?:does not exist|doesn't exist|not found)\b[^:]{0,60}:\s*" + _PATH_LIKE + r"\s*[.!]?\s*$",
       generic=True),
    _p(_FNF, "ERR_1003", "file://",
       r"\b(?:can't|cannot|could not|couldn't|unable to|failed to) (?:access|open|read|load|find)\b"
       r".{0,20}?file://(?:localhost)?(?P<path>/[^\s'\"`]+)"),
    _p(_FNF, "ERR_1003", "does not exist|doesn't exist",
       r"[`'\"\u2018]{1,2}(?P<path>\.{0,2}/[^`'\"\u2019]+)[`'\"\u2019]{1,2}\s+(?:does not exist|doesn't exist)\b"),
    _p(_FNF, "ERR_1003", "find|open|locate",
       r"\b(?:could not|couldn't|cannot|can't|unable to) (?:find|open|locate|read)(?: or (?:find|open|read))? "
       r"(?:any of )?(?:the )?(?:input |source )?(?:files?|paths?|director(?:y|ies))\b(?: given| specified)?\.?\s*$|"
       r"\b(?:could not|couldn't|cannot|can't|unable to) (?:find|locate) (?:the |a |any )?"
       r"(?:config(?:uration)?|settings|project|input|build) file\b", generic=True),
    _p(_FNF, "ERR_1003", "missing",
       r"\bmissing (?:[\w-]+ ){0,2}(?:file|directory|folder)s?:?\s+['\"`\u2018]?"
       r"(?P<path>\.{0,2}/[^\s'\"`\u2019]+)"),
    _p(_FNF, "ERR_1003", "not found|does not exist",
       r"\b(?:file|archive|directory|path)\b[^()]{0,30}\(\s*" + _PATH_LIKE
       + r"\s*\)\s+(?:was not found|not found|does not exist)"),
    # "Profile 'nightly' does not exist (looking for file /x/nightly.prf)"
    _p(_FNF, "ERR_1003", "looking for",
       r"\b(?:does not exist|doesn't exist|not found)\b.{0,40}\(looking for (?:file |directory )?"
       + _PATH_LIKE + r"\)"),
    _p(_FNF, "ERR_1003", "find",
       r"\b(?:unable to|cannot|can't|could not|couldn't) find (?:the |a )?(?:input )?file\s*[.!]?\s*$",
       generic=True),
    # "no SConstruct file found", "No Makefile found", "'configure.ac' is required": the file a
    # tool looks for where it runs is not there
    _p(_FNF, "ERR_1003", "found|required",
       r"\bno [`'\"\u2018]?(?:(?-i:[A-Z])\w*file|(?-i:[A-Z])[\w.-]*[`'\"\u2019]? file|"
       r"[\w-]+\.[a-z]\w{0,9}[`'\"\u2019]?(?: file)?)[`'\"\u2019]? (?:was )?found\b|"
       r"\bno (?:config(?:uration)?|build|project|input|settings) file (?:was )?found\b|"
       r"['\"`\u2018](?P<path2>[\w-]+\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)['\"`\u2019] (?:is )?"
       r"(?:required|needed)\b", generic=True),
    # A directory that lacks the file a tool needs there: "the source directory x does not
    # appear to contain CMakeLists.txt", "Neither directory contains a build file meson.build",
    # "there is no POM in this directory", "no Makefile found"
    _p(_FNF, "ERR_1003", "contain|no ",
       r"(?:\b(?:does not|doesn't|do not|don't) (?:appear to |seem to )?(?:contain|have)|"
       r"\bcontains? no|\bneither\b.{0,60}\bcontains?|\bnone of\b.{0,60}\bcontains?)"
       r"\s+(?:an? |any |the )?(?:[\w-]+ ){0,3}[`'\"\u2018]?"
       r"(?P<path>[\w.-]*\w\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)\b", generic=True),
    _p(_FNF, "ERR_1003", "no ",
       r"\b(?:there is |there's )?no (?:[\w-]+ )?(?:pom|manifest|makefile|build file|project file|"
       r"[\w-]+ file|(?P<path>[\w.-]*\w\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file))\b"
       r"(?: (?:was )?found)? in (?:this|the current|the working|current|the) directory\b",
       generic=True),
    # "/etc/app.conf not found", "./config/x.yml is missing": a path with a directory in it, not
    # a name in the tool's own world (a module, a package, an image, a key...)
    _p(_FNF, "ERR_1003", "not found|missing",
       r"(?:^|[\s:])(?<!module )(?<!package )(?<!plugin )(?<!image )(?<!class )(?<!library )"
       r"(?<!repository )(?<!branch )(?<!target )(?<!host )(?<!key )(?<!url )(?<!secret )"
       r"(?<!volume )[`'\"\u2018]?(?P<path>\.{0,2}/[\w.@+-]+(?:/[\w.@+-]+)*/?)[`'\"\u2019]?"
       r"\s+(?:was |is )?(?:not found|missing)\b", generic=True),
    _p(_FNF, "ERR_1003", "no such file|enoent|notfound|not a directory|enotdir|errno 2|filenotfound",
       r"(?<![\['])" + _NOENT + r"|" + _any("ENOTDIR") + r"|\bENOT?DIR\b|\bENOENT\b|\bkind: NotFound\b|"
       r"\[Errno 2\]|\bFileNotFoundError\b",
       generic=True),
)
"""Tried in order against each line; the first pattern that matches a line decides for it."""


# --- the other lines of a tail -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LineKind:
    """A kind of stderr line that is not itself the decisive error."""

    name: str
    """``noise``: a summary or progress line, skipped; ``frame``: a stack frame or a
    continuation of the error above, skipped; ``warning``: decisive only if no other error
    follows; ``quote``: text quoted from elsewhere (a diff, an assertion), never decisive and
    ending the final error like any plain line; ``report``: the first line of the final error
    report (nothing above it belongs to that report)."""
    source: str
    """A regex matched with ``search`` against the raw line (indentation kept), ignoring case."""


LINE_KINDS: Final[tuple[LineKind, ...]] = (
    # Stack frames and continuation lines: indented text (Python, Java, Node, Go, gcc's caret
    # display), Node's "{ ... }" error objects, Ruby's "from" lines, Java's "... 2 more".
    LineKind("frame", r"^(?:\s+\S|\s*[{}\]]\s*,?$|\s*\^[~^]*\s*$|\s*\.\.\. \d+ more$|"
                      r"\s*\d+ \|)"),
    # Ruby's unindented frames ("/x/Rakefile:3:in `block in <top (required)>'") and rake's chain
    # of tasks ("Tasks: TOP => build")
    LineKind("frame", r"^\S+:\d+:in [`'\u2018]|^Tasks: \S+(?: => \S+)+$"),
    LineKind("frame", r"^(?:Caused by: |goroutine \d+ |main\.main\(|\t|- /\S+$|Require stack:$|"
                      r"File \"[^\"]+\", line \d+)"),
    # The header of a stack trace printed after the error (Lua's "stack traceback:", PHP's
    # "Stack trace:" and "#0 {main}", CMake's "Call Stack (most recent call first):"), and a
    # path on a line of its own, continuing the line above it (7-Zip names its file so).
    LineKind("frame", r"^(?:stack traceback|Stack trace|Call Stack \(most recent call first\)|"
                      r"Backtrace|Stack backtrace):\s*$|^Backtrace for: |^#\d+ |^/[^\s:]+$|^\d+: \(|"
                      r"^['\"`\u2018]/[^\s:'\"`]+['\"`\u2019]$"),
    # Go's crash dump below the error that caused it: memory words, registers, the signal
    LineKind("frame", r"^0x[0-9a-f]+:\s|^(?:r[a-z0-9]{1,3}|e[a-z]{2}|[re]?flags|[cdefgs]s)\s+0x[0-9a-f]+$|"
                      r"^PC=0x|^SIG[A-Z]+: |^runtime: g \d+: |^stack: frame=|^created by |"
                      r"^[\w./*()-]+\([^()]*\)$|^stack: [0-9a-f ]+$"),
    LineKind("frame", r"^\"[^\"]+\"$|>>>.*<<<|^\$[0-9A-F]{6,}\b|^\(.{0,200}\bline \d+\b.{0,40}\)$"),
    # Summaries that repeat that something failed without saying why.
    LineKind("noise", r"^make(?:\[\d+\])?: \*\*\* \[.*\] Error \d+"),
    LineKind("noise", r"^\S+: \*\*\* \[[^\]]*\] Error \d+$|^\*{2,} [\w ]{1,40}$"),
    LineKind("noise", r"^make(?:\[\d+\])?: (?:Leaving|Entering) directory"),
    LineKind("noise", r"^npm (?:ERR!|error) (?:A complete log|Log files were not written|"
                      r"You can rerun|code \d|errno|syscall|path|command|workspace|location|"
                      r"Lifecycle script|\s*$|[a-z]+\s*$|enoent This is related)"),
    LineKind("noise", r"^Error: Process completed with exit code \d+"),
    LineKind("noise", r"^(?:fatal: Could not read from remote repository|Please make sure you have "
                      r"the correct access rights|and the repository exists)"),
    LineKind("noise", r"^(?:compilation terminated\.|collect2: error: ld returned \d+ exit status"
                      r"|\d+ errors?$|\d+ warnings?$)"),
    LineKind("noise", r"^tar(?: \(child\))?: (?:Error is not recoverable|Exiting with failure"
                      r"|Child returned status)"),
    LineKind("noise", r"^rsync error: .*\(code \d+\) at "),
    # a line saying the program carried on without what it missed: "No config file found, using
    # defaults", "falling back to ..."
    LineKind("noise", r"\b(?:using|with) (?:the )?(?:built-?in )?defaults?\b|\bfalling back to\b"),
    # rules and titled rules: "-----", "----- Native stack trace -----", "PLAY RECAP *****"
    LineKind("noise", r"^\s*[-=*#~_]{3,}(?:\s*[\w ]{0,40}\s*[-=*#~_]{3,})?\s*$|"
                      r"^[\w ]{1,40}\s[-=*#~_]{3,}\s*$"),
    # a recap of counts ("localhost : ok=0 changed=0 unreachable=0 failed=1 skipped=0"), a
    # summary that errors were found ("Error(s) found in configuration file : x"), a pointer
    # to the full traceback ("to see the full traceback, use -vvv")
    LineKind("noise", r"^(?:\S+\s*:\s*)?(?:\w+=\d+\s*){3,}$|\berrors?(?:\(s\))? (?:were )?found in\b|"
                      r"\bto see the (?:full|complete|whole) (?:traceback|stack ?trace|log|output|error)\b"),
    # a program saying it stops, and not why: "Fatal: Compilation aborted", "unhandled condition
    # in --disable-debugger mode, quitting", "Error: /usr/bin/ppcx64 returned an error exitcode",
    # "There were 1 errors compiling module, stopping"
    LineKind("noise", r"^(?!.*\b(?:cannot|can't|could not|couldn't|unable|failed to|no such|not found|"
                      r"denied|does not exist|not permitted)\b).*\b(?:quitting|exiting|aborting|giving up|"
                      r"terminating|stopping)\b\W*$|"
                      r"^(?:\S+:? )?(?:compilation|build|task|execution) (?:aborted|terminated|stopped|failed|"
                      r"halted)\W*$|^(?:Esecuzione interrotta|Ausf\u00fchrung angehalten|Ex\u00e9cution arr\u00eat\u00e9e|"
                      r"Ejecuci\u00f3n interrumpida|Execu\u00e7\u00e3o interrompida)\W*$|"
                      r"\breturned an? (?:error|non-?zero|failure) exit ?(?:code|status)\b|"
                      r"^(?:\S+: )?There (?:were|was) \d+ errors?\b"),
    LineKind("noise", r"^[\w.-]+:\s*$"),  # a program's name with nothing after it
    # "1 error generated.", "Unrecoverable error, exit code 1", "error: Bad exit status from x"
    LineKind("noise", r"^\d+ (?:errors?|warnings?)(?: and \d+ (?:errors?|warnings?))? generated\.?$|"
                      r"\b(?:error|failed|failure),? exit (?:code|status) \d+\.?$|"
                      r"\b(?:bad|non-?zero|unexpected) exit (?:status|code)\b|"
                      r"\breturned (?:an? )?(?:error |non-?zero |failure )?exit (?:status|code)\b|"
                      r"\bfailed(?::| with)(?: exit)? (?:status code|status|code) (?!127\b)\d+\.?$|"
                      r"^Found (?:\w+ )?errors?(?:\(s\))?\.?$|^[\w .-]{1,40}\[\d+\] = \S|"
                      r"^(?:for )?more information:?\s*$|^\[[ .]\] |^Done\b|\s:\s*(?:aborting|exiting)\s*:|"
                      r"\bfor (?:more|further) (?:information|details|help)\.?$|"
                      r"^(?:\S+: )?(?:Exiting|Aborting|Stopping|Terminating) (?:due to|because of|after|on)\b|"
                      r"\bfatal error at line \d+:$|^Errors? encountered\b|"
                      r"^(?:\S+: )?errors? (?:in|during|while) \w+(?: \w+)?\.?$|"
                      r"^(?:CPU Usage|Maximum Resident Size|Page faults\b[^:]*|Memory usage|Peak memory):|"
                      r"\b(?:terminated|exited|stopped) abnormally\b|\babnormal (?:exit|termination)\b|"
                      r"\bexited with (?:status |code )?(?!127\b)\d+\.?$|\bcommand returns? \d+\.?$|"
                      r"^\(.{0,30}\b(?:gives|for|shows) (?:usage|help)\)$|"
                      r"\breturned (?:a )?non-?zero exit status\b"),
    # Suggestions and questions after the error: "Perhaps you used the wrong -p option?",
    # "Install missing gem executables with ...", "-- you may want to run as ...", "Is there a
    # repository at the following location?", "Use the \"file\" command."
    LineKind("noise", r"^(?:(?:error|warning|info|note|hint)\s*:?\s+)?[\W_]*(?:Please|Try|Consider|"
                      r"Install|Perhaps|Maybe|Did you mean|To fix|"
                      r"To initiali[sz]e|To install|To create|You (?:may|might|can|could|should|need to)|"
                      r"If you)\b|^[\W_]*Use\b(?!.*\b(?:error|fail|cannot|denied|not found)\b)|"
                      r"^(?:Is|Are|Did|Do|Does|Have|Has|Was|Were) [^.:]*\?$"),
    # A shell's report of a signal ("Aborted (core dumped)", "bash: line 1: 42 Killed  ./x"):
    # the signal itself is a fact of the run, the report says nothing more
    LineKind("noise", r"^(?:\S+: (?:line \d+: )?\d+ )?(?:Aborted|Segmentation fault|Killed|Bus error|"
                      r"Illegal instruction|Floating point exception|Terminated|Trace/breakpoint trap)"
                      r"(?: \(core dumped\))?(?:\s.*)?$"),
    # A count of what was processed, said after the error ("1 block", "1 out of 1 hunk ignored")
    LineKind("noise", r"^\d+ (?:out of \d+ )?(?:blocks?|records?|bytes?|hunks?|files?|entries|"
                      r"lines?|items?|objects?)\b(?: \w+)?\.?$|"
                      r"^\d+ \w+(?:\(s\)|s)? (?:have|has) been \w+\.?$"),
    LineKind("noise", r"^(?:\d+\+\d+ records (?:in|out)|\d+ bytes? .*copied,|"
                      r"\d+\+\d+ Datensätze (?:ein|aus)|\d+ Bytes? .*kopiert,|"
                      r"\d+\+\d+ enregistrements (?:lus|écrits)|\d+ octets? .*copiés,)"),
    LineKind("noise", r"^(?:\s*%\s+Total|\s*Dload|[\s\d.:kMG-]+$)"),  # curl's progress meter
    LineKind("noise", r"^(?:Node\.js v\d|note: run with `RUST_BACKTRACE|exit status \d+$|"
                      r"Usage: |use --help|Unable to load certificate|During handling of the above|The above exception was|"
                      r"node:[\w/]+:\d+$|\[eval\]:\d+$|\S+\.js:\d+$|error Command failed with exit"
                      r"|hint: |help: )"),
    LineKind("noise", r"^(?:See '\S+ --help'|thread '[^']*' panicked at |error: aborting due to|"
                      r"For more information about this error|gpg: Total number processed|"
                      r"\S+: (?:write|read) error$)"),
    # Trailing notices, recognised by their shape rather than one tool's sentence: whatever a
    # tool says after its error to point elsewhere (a log file, a newer version, a tip, a
    # rerun flag, its timing) says nothing about why the job failed. A line that carries the
    # OS's own words for an errno is never one of these (``NOISE_GUARD``).
    # - log levels below error: "npm notice ...", "[notice] A new release of pip...", "info ..."
    LineKind("noise", r"^(?:[\w.@/-]+:? )?\[?(?:notice|info|verb|verbose|timing|debug)"
                      r"\]?(?::|\s|$)"),
    # - update notices: "New minor version of npm available! 1.2.3 -> 1.3.0", "Changelog: ..."
    LineKind("noise", r"\b(?:new|newer|latest)\s(?:(?:major|minor|patch|stable)\s)?"
                      r"(?:version|release|update)s?\b.{0,60}\bavailable\b|\bupdates? available\b"
                      r"|\bv?\d+(?:\.\d+)+\s?(?:->|\u2192|=>)\s?v?\d+(?:\.\d+)+"
                      r"|^(?:\S+:? )?(?:To (?:update|upgrade),? run|Run\b.{0,60}\bto (?:update|upgrade)\b"
                      r"|Changelog:|Release notes:)"),
    # - boxes drawn around a notice (update-notifier): lines that start with a box character
    LineKind("noise", r"^\s*[\u2500-\u259f]"),
    # - pointers to a log: "A complete log of this run can be found in: /x", "See 'config.log'
    #   for more details", "Full log written to /x", "for details see /var/log/x"
    LineKind("noise", r"\b(?:complete|full|whole|detailed|verbose|debug)\s+(?:debug\s+)?logs?\b"
                      r"|^(?:\S+:? )?(?:please )?(?:see|check|consult|refer to|inspect|look (?:at|in)|"
                      r"view|read)\s+(?:the\s+)?(?:[\w-]+\s+)?['\"`\u2018]?[^\s'\"`]*\blogs?\b"
                      r"|\blogs?\s(?:files?\s)?(?:(?:was|were|have been|has been|is|are)\s)?"
                      r"(?:written|saved|stored|kept|available)\s(?:to|in|at)\b"
                      r"|\bfor (?:more |further |full )?(?:details|information|info),? (?:see|check|read)\b"
                      r"|^(?:\S+:? )?(?:see|read) \S+ for (?:more |further |full )?(?:details|information)"),
    # - how to learn more or run again: Gradle's "* Try:" block, Maven's "[Help 1]", "Try
    #   'ls --help' for more information", "You can rerun the command with --verbose"
    LineKind("noise", r"^\* (?:Try|Get more help(?: at)?)\b|^> (?:Run with|Get more help|Rerun)\b"
                      r"|\b(?:re-?run(?:ning)?|run(?:ning)?(?: it)?(?: again)?)\b.{0,60}\b(?:with|using)\b"
                      r".{0,40}\s-{1,2}\w"
                      r"|^(?:\[\w+\] )?(?:To see the full stack trace|For more information about the "
                      r"errors|\[Help \d+\])|^Try ['\"`\u2018]?\S+ (?:-h|--help|help)\b"
                      r"|^For more information,? try\b"),
    # - tips and hints: Homebrew's "==> ..." sections and "Hide these hints with ...", "tip: ..."
    LineKind("noise", r"^==> |^(?:Hide|Disable|Silence|Suppress) (?:these|this|the) "
                      r"(?:hints?|messages?|notices?|tips?)\b|^(?:\S+: )?(?:tip|hint|note|suggestion)s?:"),
    # - timing summaries: "BUILD FAILED in 2s", "Done in 0.52s.", "real 0m0.1s"
    LineKind("noise", r"^(?:\S+ )?(?:BUILD )?(?:FAILED|FAILURE|SUCCESSFUL|Done|Finished|Completed)"
                      r" in [\d.]+\s*(?:ms|s|m|sec|seconds?|minutes?)\b|^(?:real|user|sys)\s+\d+m[\d.]+s$"
                      r"|^\d+ actionable tasks?:|^(?:Total|Elapsed)(?: time)?:? [\d.:]+\s*(?:ms|s|"
                      r"seconds?|minutes?)?\.?$"),
    # - a heading that only announces what follows ("System ERROR:", "Error:"), a log level
    #   with nothing after it ("[ERROR] "), a pointer to --help for usage
    LineKind("noise", r"^\s*(?:[\w ]{0,30}\s)?(?:error|errors|fatal)s?:\s*$|"
                      r"^\[(?:ERROR|FATAL|WARN(?:ING)?|INFO)\]\s*$|"
                      r"(?:--help|-h)\b.{0,30}\b(?:for|to see) (?:usage|more information|help)"),
    # - a build tool's summary that a subcommand failed, without why ("ninja: build stopped:
    #   subcommand failed.", "error: command failed with exit code 1")
    LineKind("noise", r"\bbuild stopped\b|^(?:\S+:\s+){0,2}(?:error: )?(?:sub)?(?:command|process|task|"
                      r"script|recipe)s? (?:failed|exited|returned)\b[^:]{0,40}$"),
    # - a test runner's or build's closing timing: "no tests ran in 0.15s", "=== 1 failed in 2s ==="
    LineKind("noise", r"\bin [\d.]+\s*(?:ms|s|sec|seconds)\s*=*\.?$"),
    # Warnings: "warning: ...", "Warning: ...", "npm WARN ...", "W: ..."
    LineKind("warning", r"^(?:\S+: )?(?:warning|warn)\b|^npm WARN |^W: "),
    # Quoted text: diff lines, assertion messages comparing strings.
    LineKind("quote", r"^(?:[<>] |[-+]\s|@@ |\d+(?:,\d+)?[acd]\d+(?:,\d+)?$)"),
    # Errors that are not the OS's, whatever words they quote: a program's own exceptions, and a
    # client that cannot reach its server (psql names the socket it looked for).
    LineKind("quote", r"^(?:[\w.]+\.)?(?:ValueError|KeyError|TypeError|IndexError|AttributeError|"
                      r"NameError|ZeroDivisionError|JSONDecodeError|ModuleNotFoundError|"
                      r"ImportError|NotImplementedError|ArgumentError|NoMethodError): |"
                      r"^psql: error: connection to server|"
                      r"\b(?:connection to|connect to|connecting to) (?:the )?(?:server|daemon|service|"
                      r"database|broker)\b.{0,80}\b(?:failed|refused)\b|"
                      r"\.sock(?:et)?\b['\"]?.{0,40}(?:No such file or directory|Connection refused)|"
                      r"(?:No such file or directory|Connection refused).{0,40}\.sock(?:et)?\b|"
                      r": .*\((?:ArgumentError|RuntimeError|NameError|NoMethodError|TypeError|"
                      r"KeyError|StandardError)\)$"),
    # An uncaught exception of the program's own (PHP's "Uncaught RuntimeException: ..."), unless
    # it carries an errno (Node's "Uncaught Error: ENOENT: ...")
    LineKind("quote", r"\bUncaught (?:[\w\\]*\\)?\w*(?:Exception|Error): (?!E[A-Z]{3,}\b)"),
    # a test runner's report of a failed test, whatever the test's error says
    LineKind("quote", r"^FAILED \S+::\S+|^E {2,}\S"),
    LineKind("quote", r"\bAssertionError\b|\bassert(?:ion)?\b.*\b(?:expected|not found in|==)"
                      r"|ERR_ASSERTION|\bexpected\b.*\bgot\b"),
    # The first line of a Python traceback chained to the final one ends what came before.
    LineKind("report", r"^Traceback \(most recent call last\):$"),
)
"""Tried in order on each line that no pattern makes a candidate; the first kind that matches
decides. ``report`` lines are also noise."""

NOISE_GUARD: Final = _localised(*STRERROR)
"""The OS's words for an errno in any locale: a line saying them is never noise, whatever its
shape (``info: cannot open /x: Permission denied`` is an error, not a notice)."""

ERROR_MARKER: Final = (r"\b(?:error|fatal|failed|failure|fail|exception|panic|cannot|can't|"
                       r"couldn't|could not|unable|denied|refused|abort(?:ed|ing)?|invalid|"
                       r"missing|not found|no such|does not exist)\b|ERR!|^E: |\bERROR\b|"
                       r"\b\w+Error\b")
"""Words by which a line says something went wrong: when no pattern explains a failure, the
ERR_1007 evidence quotes the tail's final line if it reads as an error."""

# A line that only continues the one above it: the OS's message on a line of its own (unzip,
# C++'s "  what():  Resource temporarily unavailable" below "terminate called after throwing"),
# a curl warning wrapped at the terminal's width.
CONTINUATIONS: Final[tuple[tuple[str, str], ...]] = (
    (r"^\s*(?:what\(\):\s+)?(?P<rest>" + _localised(*STRERROR) + r")\s*$", ": "),
    (r"^Warning: (?P<rest>.*)$", ""),
)
"""(regex over a line, separator): a matching line is joined to the line above with the
separator; for the second kind only when the line above is a warning broken at a space."""

# Progress meters redraw a line in place; what follows the redraw is the real message.
PROGRESS_PREFIX: Final = r"^[\s\d.kMG%:-]+(?=Warning: )"

HINTS: Final[tuple[str, ...]] = (
    r"^npm (?:ERR!|error) path (?P<path>\S+)$",      # npm's error summary
    r"^\s+path: '(?P<path>[^']+)',?$",               # a Node error object's path property
    r"^\s+(?:path|file|filename): ['\"]?(?P<path>\.{0,2}/[^'\"\s,]+)['\"]?,?$",  # Racket's, unquoted
    r"^\s*(?P<path>/[^\s:]+)$",                      # a path on a line of its own (7-Zip, pdftk)
    r"^\s*['\"`\u2018](?P<path>/[^\s:'\"`]+)['\"`\u2019]\s*$",  # the same quoted (a wrapped message)
    r">>>(?P<path>/[^<\s]+)<<<",                     # the token an interpreter stopped at
)
"""Lines of the final error that carry a detail its decisive line does not (``path``)."""

QUOTES: Final = "'\"`\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"
"""The quoting characters tools put around a path or a program's name."""
PROGRAM_FIELD: Final = (r"^\s*(?!(?:error|fatal|warning|failed|failure)\b)[^\s:]+:\s*"
                        r"(?:(?:line )?\d+:\s*)?$")
"""What stands before an unquoted name in a tool's ``<program>: <name>: <reason>`` line
(``cat: ``, ``sh: 1: ``, ``bash: line 1: ``): there, any word is the name."""
MESSAGE_WORDS: Final = frozenset({
    "a", "an", "the", "it", "this", "file", "files", "directory", "dir", "folder", "path",
    "process", "program", "command", "executable", "binary", "helper", "child", "subprocess",
    "block", "data", "output", "input", "container", "conversion", "service", "error", "errors", "failed", "write", "read", "open",
    "create", "stat", "access", "to", "for", "from", "of", "in", "on", "at", "with", "and",
    "or", "not", "no", "cannot", "unable", "could", "is", "was", "be", "target", "source",
    "destination", "archive", "stream", "stdin", "stdout", "stderr", "device", "disk",
})
"""Words of a message, never a path or a program name however they stand in a line."""

REINTERPRET: Final[tuple[tuple[str, str, str, str], ...]] = (
    # Python's subprocess failing to start a program raises FileNotFoundError naming the program.
    ("ERR_1003", r"\b_execute_child\b|child_exception_type", "ERR_1001", "command"),
    # a tool's JSON report of a command it ran ('"cmd": "x", "msg": "[Errno 2] No such file or
    # directory: b'x'"'): the missing file is the command
    ("ERR_1003", r"[\"']cmd[\"']:\s*\[?[\"']", "ERR_1001", "command"),
)
"""(code, regex over the final error's lines, new code, the key the path becomes): a decisive
line whose code is ``code`` means ``new code`` when another line of its report says so."""
