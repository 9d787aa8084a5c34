"""The stderr patterns of ERR_1003: a file or directory the job needs does not exist."""

from __future__ import annotations

from typing import Final

from ._shapes import (
    ABS_PATH,
    BARE,
    CALL,
    COLON,
    ERRNO_NOTDIR,
    FILE_VERB,
    FNF,
    KIND_OF_FILE,
    NO_QUOTED_PATH,
    NODEV,
    NOENT,
    NOENT_SHORT,
    OPENED,
    PATH_ANY,
    PATH_LIKE,
    PROG_PATH_VERB,
    QUOTED,
    WHERE_AT,
    WORDS,
    StderrPattern,
    pattern,
    why_not_said,
)
from ._strerror import any_text

MISSING: Final[tuple[StderrPattern, ...]] = (
    # make: "make: *** No rule to make target 'src/version.h', needed by 'all'.  Stop."
    pattern(FNF, "ERR_1003", "no rule to make target", r"No rule to make target " + QUOTED),
    # makepp: "No rule to make /x/Makeppfile"; jam and BSD make: "don't know how to make app.c"
    # (a file by its name: "No rule to make /x/publish" is a target the project lacks)
    pattern(FNF, "ERR_1003", "no rule to make|know how to make",
       r"(?:No rule to make|don't know how to make) (?!target\b)(?P<path>[^\s'\"`]*?(?:[^/\s'\"`]+\.\w{1,8}|"
       r"\b[A-Z]\w*file))(?=\s|$|[.,;:!])"),
    # build tools: "ninja: error: 'src/gen.c', needed by 'out.o', missing and no known rule"
    pattern(FNF, "ERR_1003", "needed by", QUOTED + r",? needed by .{0,120}\b(?:missing|no (?:known )?rule)"),
    # Node: "Error: Cannot find module '/app/dist/server.js'"
    pattern(FNF, "ERR_1003", "cannot find module",
       r"Cannot find module ['\"](?P<path>\.{0,2}/[^'\"]+)['\"]"),
    # Node: "Error: ENOENT: no such file or directory, open '/x'"
    pattern(FNF, "ERR_1003", "enoent", r"ENOENT: [^,]+, \w+ '(?P<path>[^']+)'"),
    # Java: "java.nio.file.NoSuchFileException: /x"; "FileNotFoundException: /x (No such file...)"
    pattern(FNF, "ERR_1003", "nosuchfile", r"NoSuchFileException: (?P<path>\S+)"),
    pattern(FNF, "ERR_1003", "filenotfound", r"FileNotFoundException: (?P<path>.+?) \(" + NOENT),
    # java: "Error: Unable to access jarfile app.jar"; javac: "error: file not found: Main.java"
    pattern(FNF, "ERR_1003", "jarfile", r"Unable to access jarfile (?P<path>\S+)"),
    pattern(FNF, "ERR_1003", "file not found", r"error: file not found: (?P<path>\S+)"),
    # curl: "curl: (37) Couldn't open file /x"; unzip: "cannot find or open x.zip, x.zip.zip..."
    pattern(FNF, "ERR_1003", "couldn't open file", r"Couldn't open file (?P<path>\S+)"),
    pattern(FNF, "ERR_1003", "cannot find or open", r"cannot find or open (?P<path>[^,\s]+)"),
    # git: "fatal: repository '/x' does not exist"; cargo: "could not find `Cargo.toml` in ..."
    pattern(FNF, "ERR_1003", "does not exist", r"repository " + QUOTED + r" does not exist"),
    pattern(FNF, "ERR_1003", "could not find `", r"could not find `(?P<path>[^`]+)` in "),
    # sqlite: 'Error: unable to open database "/x/app.db": unable to open database file'
    pattern(FNF, "ERR_1003", "unable to open database", r"unable to open database " + QUOTED),
    # Ruby: "No such file or directory @ rb_sysopen - /x (Errno::ENOENT)"; "-- x.rb (LoadError)"
    pattern(FNF, "ERR_1003", "no such file", NOENT + r"(?: @ \w+ -|(?: -)? \w+\(\d\) for) (?P<path>.+?) \(Errno::"),
    pattern(FNF, "ERR_1003", "no such file", NOENT + r" -- (?P<path>\S+) \(LoadError\)"),
    # openssl: "...:No such file or directory:...:calling stat(/x)"
    pattern(FNF, "ERR_1003", "no such file", NOENT + r".*calling \w+\((?P<path>[^)]+)\)"),
    # dash: "sh: 1: cannot open /x: No such file"; "cannot create /x/y: Directory nonexistent"
    pattern(FNF, "ERR_1003", "no such file|directory nonexistent",
       r"cannot (?:open|create) (?P<path>\S+): (?:" + NOENT_SHORT
       + r"|Directory nonexistent)"),
    # rsync: 'rsync: [sender] change_dir "/x" failed: No such file or directory (2)'
    pattern(FNF, "ERR_1003", "no such file", QUOTED + r"\s+failed:\s*" + NOENT),
    # Haskell's IOError: "ghc-pkg: pkgs/x.conf: openBinaryFile: does not exist (No such file or
    # directory)"
    pattern(FNF, "ERR_1003", "does not exist (",
       r"(?:^|:\s)(?P<path>[^\s:]+): [\w:]+: does not exist \(" + NOENT + r"\)"),
    # python: "FileNotFoundError: [Errno 2] No such file or directory: '/nope'"
    pattern(FNF, "ERR_1003", "no such file", NOENT + r":\s*b?" + QUOTED),
    # ls: "ls: cannot access '/nope': No such file or directory"; env: "env: 'x': No such..."
    pattern(FNF, "ERR_1003", "no such file", QUOTED + WORDS + COLON + NOENT_SHORT),
    # tar: "tar: dist: Cannot stat: No such file or directory"
    pattern(FNF, "ERR_1003", "no such file",
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: " + NOENT),
    pattern(FNF, "ERR_1003", "no such file", PROG_PATH_VERB + NOENT),
    pattern(FNF, "ERR_1003", "no such file", r"^[\w.+-]+:(?P<path>[^\s:]+):\s*" + NOENT),
    pattern(FNF, "ERR_1003", "no such file", ABS_PATH + r":\s" + NO_QUOTED_PATH + r"[\[(]" + NOENT + r"[\])]"),
    # awk: "awk: cannot open /x (No such file or directory)"
    pattern(FNF, "ERR_1003", "no such file", r"cannot open (?P<path>\S+) \(" + NOENT + r"\)"),
    # cat: "cat: /nope: No such file or directory"; go: "open /x: no such file or directory"
    pattern(FNF, "ERR_1003", "no such file", BARE + COLON + NOENT_SHORT),
    # what was being done to a path, then "failed" and the errno: "opening configfile /x failed:
    # No such file or directory", "realpath() of /x failed: No such file or directory"
    pattern(FNF, "ERR_1003", "no such file",
       r"\b(?:open|read|load|access|stat|realpath|resolv)\w*(?:\(\))?\s+(?:of\s+|on\s+)?(?:\w+\s+){0,2}"
       + PATH_ANY + r"\s+failed:?\s*" + NOENT),
    # the errno, then what was being done: "No such file or directory while trying to open /x"
    pattern(FNF, "ERR_1003", "no such file",
       NOENT + r"\s+while (?:trying to )?\w+(?: \w+){0,2}(?: on| of| in| for)?\s+" + PATH_LIKE),
    # "Not a directory": a component of the path is a file, so the path the job wants is not there
    pattern(FNF, "ERR_1003", "not a directory", BARE + COLON + any_text("ENOTDIR")),
    # Whatever the tool, a verb on a path and then the errno wherever it stands in the line:
    # "error: couldn't open /x (No such file or directory)", "failed to read '/x': No such
    # file or directory (os error 2)", "Error opening file /x: [Errno 2] ..."
    pattern(FNF, "ERR_1003", "no such file|enoent|os error|errno|error=|not a directory",
       FILE_VERB + PATH_ANY + r".{0,80}?" + ERRNO_NOTDIR),
    pattern(FNF, "ERR_1003", "no such file", BARE + r" \((?:" + NOENT + r")\)"),
    pattern(FNF, "ERR_1003", "no such file", CALL + NOENT_SHORT),
    # the errno first: "No such file or directory - /x", "no such file or directory, open /x"
    pattern(FNF, "ERR_1003", "no such file",
       NOENT_SHORT + r"(?: \(os error 2\))?\s*[,-]\s*(?:\w+ )?" + PATH_LIKE),
    # a tool's own sentence: "File not found: x", "input file 'x' does not exist", "no such
    # file: x", "x: file not found", "cannot find file x"
    pattern(FNF, "ERR_1003", "not found|does not exist|doesn't exist|no such|missing|unavailable|"
       "not available|be found",
       r"\b(?:file|directory|folder|path|dir)(?: or directory)?:?\s+" + PATH_ANY
       + r"\s+(?:does not exist|doesn't exist|not found|was not found|could not be found|"
       r"cannot be found|is missing|is unavailable|is not available)\b"
       r"(?!\s+in\s+['\"`][^'\"`/]*['\"`])"),
    # the same that gives no reason ("File /x cannot be read."): the check tells missing from refused
    why_not_said(FNF, "ERR_1003", "be opened|be read|be accessed",
       r"\b(?:file|directory|folder|path|dir)(?: or directory)?:?\s+" + PATH_ANY
       + r"\s+(?:cannot|can't|could not|couldn't) be (?:opened|read|accessed)\b"),
    # a verb on a path, then the tool's own words for its absence: "Failed to open the file /x,
    # cause: File not found or it is a directory"
    pattern(FNF, "ERR_1003", "not found|does not exist|doesn't exist",
       FILE_VERB + PATH_ANY + r".{0,80}?\b(?:file |directory |path )?(?:not found|"
       r"does not exist|doesn't exist)\b"),
    pattern(FNF, "ERR_1003", "not found|does not exist|doesn't exist|no such|missing",
       r"\b(?:file|directory|folder|path|dir)s? (?:does not exist|doesn't exist|not found|"
       r"is missing|missing)\s*[:,-]?\s+" + PATH_ANY),
    pattern(FNF, "ERR_1003", "no such file|no such directory",
       r"\bno such (?:file|directory)\s*[:,-]\s*" + PATH_ANY),
    pattern(FNF, "ERR_1003", "does not exist|doesn't exist|file not found|be found",
       PATH_LIKE + r":?\s+(?:does not exist|doesn't exist|file not found|(?:could|can)\s*not be found)\b"
       r"(?!\s+in\s+['\"`][^'\"`/]*['\"`])"),
    # A tool that could not open, read, find or load a file and says nothing more: the file
    # most often is not there ("Could not open input file: /x", "can't open x.conf", "unable to
    # find /x."). Only when the path ends the line: a reason after it decides instead.
    why_not_said(FNF, "ERR_1003", "open|read|find|load|access|locate|stat|to use",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to|error) (?:(?:while )?trying to )?"
       r"(?:open(?:ing)?|read(?:ing)?|find|load(?:ing)?|access(?:ing)?|locate|l?stat|use)(?:\(\))?"
       r"(?! (?:the |an? )?(?:output|destination|target))"
       r"(?! (?:\w+ )?(?:module|package|plugin|class|extension|library|librar)\b)"
       r"(?: (?:the |a |an )?(?:[\w-]+[ _]|\([^)]{0,40}\) ){0,3}(?:file|directory|dir|folder|script|config(?:uration)?|"
       r"project|manifest|archive|path|entity|resource|document)(?: \([^)]{0,40}\))?"
       r"(?: (?:containing|named|called) [\w-]+)?)?:?\s+"
       r"(?:readable |valid |usable )?" + PATH_LIKE
       + r"(?: for reading| for input| anywhere| here)?(?:,\s+even\b.*|,\s+(?:skipping|exiting|aborting|giving up))?"
       r"\s*(?:[.!]|\.\.\.)?\s*$"),
    # the errno's number as a program prints it: "Unable to open filter file, errno=2."
    pattern(FNF, "ERR_1003", "errno=2|errno 2", r"\berrno[= ]2\b", generic=True),
    # an absolute path "not found", whatever the tool calls it: "Module /x/drv.ko not found."
    pattern(FNF, "ERR_1003", "not found",
       r"(?:^|\s)(?P<path>/[^\s'\"`:]*[^\s'\"`:.])\.?\s+(?:was |is )?not found\b"),

    # a template engine's file missing, by its exception or its word for a file: Jinja's
    # "jinja2.exceptions.TemplateNotFound: templates/x.j2", Template Toolkit's "file error -
    # site/index.tt: not found"
    pattern(FNF, "ERR_1003", "templatenotfound|filenotfound|pathnotfound",
       r"\b(?:Template|File|Path|Document|Script)NotFound(?:Error|Exception)?: ['\"]?(?P<path>[\w.-]*/?[\w.-]*"
       r"(?:/[\w.-]+|\.[a-z]\w{0,7}))['\"]?(?: \([^()]*\))?\s*$"),
    pattern(FNF, "ERR_1003", "not found",
       r"\bfile\b[^:]{0,20}?\s[-:]\s+(?P<path>[\w.-]*(?:/[\w.-]+|\.[a-z]\w{0,7})):\s+not found\s*$"),
    # a relative path with its extension "not found": "git-annex: data/raw.csv not found", "dataset
    # data/train.svm not found" (not a resource, entry or member inside an archive by its path)
    pattern(FNF, "ERR_1003", "not found",
       r"(?:^|(?<!resource)(?<!entry)(?<!member)\s)(?P<path>[\w.-]+(?:/[\w.-]+)+\.\w{1,8})\s+(?:was |is )?not found\b"),

    # the tool's words for absence before the path: "File does not exist: \"/x.exr\"", and its
    # file system's complaint about a path name: 'Filesystem error with pathname #P"/x.lisp".'
    pattern(FNF, "ERR_1003", "does not exist|not found",
       r"\b(?:file|directory|path)\s+(?:does not exist|doesn't exist|not found)"
       r"(?: or is not a (?:file|directory))?\s*:\s+" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # a file named only by the word that the job gave it: "no file specified or specified file
    # does not exist"; a reason said before the path: "ArgumentError: No such file /x/y.yml"
    pattern(FNF, "ERR_1003", "specified",
       r"\bspecified (?:[\w-]+ )?file (?:does not exist|doesn't exist|not found|is missing)\b"),
    pattern(FNF, "ERR_1003", "no such file", r"\bNo such file (?P<path>/[^\s:]+)\s*$"),
    # "PipelineNotFoundError: nightly.yaml not found in any of the following:" (the places below)
    why_not_said(FNF, "ERR_1003", "not found in",
       r"(?:^|:\s)(?P<path>[\w.-]+\.[a-z]\w{0,7})\s+(?:was |is )?not found in\b"),
    why_not_said(FNF, "ERR_1003", "error with",
       r"\b(?:file ?system|file|i/o) error (?:with|on|for) (?:the )?(?:path ?name|file(?: ?name)?|path)\s+"
       r"(?:#P)?" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # "does not exist" in other languages, after the path: "Eine Datei mit Namen /x gibt es
    # nicht.", "/x n'existe pas", "/x no existe", "/x non esiste", "/x não existe"
    pattern(FNF, "ERR_1003", "gibt es nicht|existiert nicht|n'existe pas|no existe|non esiste|n\u00e3o existe",
       r"(?:^|\s)" + PATH_LIKE + r"\s+(?:gibt es nicht|existiert nicht|n'existe pas|no existe|non esiste|"
       r"n\u00e3o existe)\b"),
    # a reason said after "because": 'Unable to find file "/x.scm" because: File does not exist.'
    pattern(FNF, "ERR_1003", "because",
       r"\bfile\s+" + PATH_LIKE + r"\s+because:?\s+(?:the )?file does not exist\b"),
    # the same with what kind of file, or which way, said between the verb and the path:
    # "Can't open PNG file for read: x.png", "Error opening input file 'x'" (or no way said:
    # the path check, when there is one, tells a read from a write)
    why_not_said(FNF, "ERR_1003", "open|read|load|chang|chdir|access",
       OPENED + r"(?! (?:the |an? )?(?:output|destination|target))"
       r"(?! (?:\w+ )?(?:module|package|plugin|class|extension|library|librar)\b)"
       + KIND_OF_FILE + r"(?: for read(?:ing)?)?(?: in (?:function|method|call) \S+)?\s*:?\s+" + PATH_LIKE
       + WHERE_AT),
    # the same said the other way round: "error: file could not be opened: x.lp", "x.lp could
    # not be opened."
    why_not_said(FNF, "ERR_1003", "not be opened|not be read|not be loaded|not be accessed",
       r"\b(?:file|directory|input|script|config(?:uration)?(?: file)?)\s+(?:could|can)\s*not be "
       r"(?:opened|read|loaded|accessed)(?: for reading)?:?\s+" + PATH_LIKE + r"\s*[.!]?\s*$"),
    why_not_said(FNF, "ERR_1003", "not be opened|not be read|not be loaded|not be accessed",
       r"(?:^|\s)\(?" + PATH_LIKE + r"\)?:?\s+(?:could|can)\s*not be (?:opened|read|loaded|accessed)"
       r"(?: for reading)?\s*[.!]?\s*$"),
    # a reason in brackets after the failure: "DB::open failed: no repository: open failed (file
    # not found)"
    pattern(FNF, "ERR_1003", "(file not found)|(directory not found)|(path not found)",
       r"\b(?:failed|error|cannot|can't|unable)\b.{0,40}\((?:file|directory|path) not found\)", generic=True),
    # a file looked for up the tree: 'I could not find a ".gn" file in the current directory or
    # any parent'
    pattern(FNF, "ERR_1003", "find",
       r"\b(?:could not|couldn't|can't|cannot|unable to) find (?:a |an |the |any )?" + QUOTED
       + r" file in the (?:current|working) directory\b"),
    # a file to include that is missing: "SYNTAX: missing include file fit.i"
    pattern(FNF, "ERR_1003", "missing include",
       r"\bmissing include(?:d)? file:?\s+" + PATH_LIKE),
    # a file named by its kind only, not found: "error: script not found."
    pattern(FNF, "ERR_1003", "not found",
       r"^(?:[\w.()-]+:\s+)?(?:\[?(?:error|critical)\]?:?\s+)?(?:the )?(?:specified |given )?"
       r"(?:input |config(?:uration)? |project |[\w-]+ )?(?:file|script) (?:not found|does not exist)\.?$", generic=True),
    # the tool's own "no such directory", without the OS's words: "raco pkg install: no such
    # directory"
    pattern(FNF, "ERR_1003", "no such directory|no such folder",
       r"\bno such (?:directory|folder)\b", generic=True),
    # a kind of file looked for in a directory: "Could not find a file with a .nimble extension"
    pattern(FNF, "ERR_1003", "extension",
       r"\b(?:could not|couldn't|can't|cannot|unable to) find (?:a |any )?files? with (?:a |an |the )?\S+ "
       r"extension\b", generic=True),
    # a project file none of which is here: "error: no Jamfile in current directory found"
    pattern(FNF, "ERR_1003", "found",
       r"\bno (?P<path>[A-Z][\w.-]*file|[\w-]+\.[a-z]\w{0,7}) (?:in (?:the )?(?:current |working )?"
       r"(?:directory|dir|folder) )?found\b"),
    # a pattern or glob that matched no file: 'No files found that match the pattern "/x/*.csv"'
    pattern(FNF, "ERR_1003", "no files found|no file found|no files match",
       r"\bno files? (?:(?:were |was )?found (?:that |which )?)?match(?:es|ed|ing)? (?:the )?"
       r"(?:pattern|glob|path|name)?:?\s*" + PATH_LIKE),
    # neither a file nor a directory: "/x/nfcapd.2026 is not a file or directory" (the check
    # tells missing from something else that is there)
    why_not_said(FNF, "ERR_1003", "not a file or|neither a",
       r"(?:^|\s)" + PATH_LIKE + r"\s+is (?:not a (?:regular )?file or (?:a )?directory|neither a (?:regular )?file "
       r"nor (?:a )?directory|neither a directory nor (?:a )?(?:regular )?file)\b"),
    # a file that could not be opened for reading, named by its kind only: "Cannot open status
    # log for reading!", "Unable to open MRTG log file"
    why_not_said(FNF, "ERR_1003", "open|load",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:open|load) (?:the |an? |its )?"
       r"(?!(?:[\w-]+ ){0,2}?(?:shared|object|module|package|plugin|library)\b)(?:[\w-]+ ){0,2}"
       r"(?:file|log(?: file)?|config(?:uration)? file)(?:/stream)?(?: for read(?:ing)?)?(?: \(-?\d+\))?\s*[.!]?\s*$"),
    # the same said the other way round, the whole line: "Test file cannot be opened!" (fastText)
    why_not_said(FNF, "ERR_1003", "not be opened|not be read|not be loaded",
       r"^(?:[\w-]+:\s+)?(?:the )?(?:[\w-]+ )?(?:file|log(?: file)?) (?:could|can)\s*not be (?:opened|read|loaded)"
       r"(?: for read(?:ing)?)?\s*[.!]?\s*$"),
    # Edinburgh Speech Tools: 'input file not accessible "/x/dur.train"' (the check tells why)
    why_not_said(FNF, "ERR_1003", "not accessible|not readable|not writable",
       r"\b(?:input |output )?file not (?:accessible|readable|writable)\s*:?\s+" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # a file said missing before its path, alone: "Error: missing /x/fm_rx.grc"; a file the job
    # is told to create: "You need to create watch/urls.yaml in order to use urlwatch."
    why_not_said(FNF, "ERR_1003", "missing",
       r"(?:^|:\s)missing:?\s+(?P<path>(?:/|\.{1,2}/|~/)[^\s'\"]+?)\s*[.!]?\s*$"),
    pattern(FNF, "ERR_1003", "need to create|have to create",
       r"\b(?:need|have) to create (?:the file )?" + PATH_LIKE + r"(?:\s+(?:in order|to|first)\b.*)?\s*[.!]?\s*$"),
    # a browser's network error for a local page: Chromium's "Page load failed: net::ERR_FILE_NOT_FOUND"
    pattern(FNF, "ERR_1003", "err_file_not_found", r"\bnet::ERR_FILE_NOT_FOUND\b", generic=True),
    # a table or file a tool could not resolve or open, quoted: liblouis's "Cannot resolve table
    # 'x.ctb'", "Cannot open table '/x/y.ctb'" (the check tells missing from refused)
    why_not_said(FNF, "ERR_1003", "resolve|open",
       r"\b(?:cannot|can't|could not|couldn't|unable to) (?:resolve|open) (?:the )?(?:table|include|include file) "
       + QUOTED + r"\s*[.!]?\s*$"),
    # a device named after the kind of thing it is: "Failed to open port: /dev/ttyUSB0"
    why_not_said(FNF, "ERR_1003", "open",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) open (?:the )?(?:serial )?(?:port|device|tty)"
       r":?\s+(?P<path>/dev/\S+?)\.?\s*$"),
    # files looked for and not found, none named: "fail to locate the index files"
    pattern(FNF, "ERR_1003", "locate",
       r"\b(?:fail(?:ed)?|unable|could not|couldn't|cannot|can't) (?:to )?locate (?:the |any )?"
       r"(?:[\w-]+ ){0,2}files?\b", generic=True),
    # the same in other languages: "Error de apertura del fichero de salida '/x'.", "Erreur lors
    # de l'ouverture du fichier d'entrée « x ».", "Fehler beim Öffnen der Datei x", "Erro ao abrir"
    why_not_said(FNF, "ERR_1003", "apertura|abrir|ouverture|ouvrir|lectura|leer|lecture|lire|"
       "\u00f6ffnen|lesen|aprire|lettura|leggere|abertura|leitura| ler ",
       r"\b(?:error (?:de|al|en la|durante la) (?:apertura|abrir|lectura|leer)|"
       r"erreur (?:lors de |pendant )?(?:l')?(?:ouverture|ouvrir|lecture|lire)|"
       r"fehler beim (?:\u00f6ffnen|lesen)|errore (?:nell'|durante l'|di |in )?(?:apertura|aprire|lettura|leggere)|"
       r"erro (?:ao|na|de) (?:abrir|abertura|ler|leitura))\b.{0,60}?\s" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # the verb after the path, as French, German and Italian put it: "Impossible d'ouvrir le
    # fichier « x » en lecture", "Konnte die Datei »x« nicht zum Lesen öffnen", "Impossibile
    # aprire il file \"x\" per la lettura"
    why_not_said(FNF, "ERR_1003", "impossible d'ouvrir|impossible d\u2019ouvrir|konnte|impossibile aprire",
       r"\b(?:impossible d['\u2019]ouvrir|konnte|impossibile aprire) (?:le |la |die |den |das |il |lo )?"
       r"(?:fichier|datei|file|r\u00e9pertoire|verzeichnis|directory)\s+" + PATH_LIKE
       + r"\s+(?:en (?:lecture|\u00e9criture)|nicht (?:zum (?:lesen|schreiben) )?(?:\u00f6ffnen|lesen)|"
       r"per la (?:lettura|scrittura))\b"),
    # a path in brackets after "file:": "could not open split point file: [/x.cue]", "cannot
    # open non-existent file: [/x.wav]"
    why_not_said(FNF, "ERR_1003", "file: [",
       r"\b(?:could not|couldn't|cannot|can't|unable to|failed to) open (?:[\w-]+ ){0,3}file:\s*"
       r"\[(?P<path>[^\]\s]*/[^\]\s]*)\]\s*$"),
    pattern(FNF, "ERR_1003", "non-existent file",
       r"\bnon-?existent file:?\s*\[?(?P<path>/[^\]\s]+)\]?"),
    # GLib's "No such file \"/x\"" (GStreamer's file source), the path quoted after it
    pattern(FNF, "ERR_1003", "no such file",
       r"^No such file\s+[\"'\u201c](?P<path>[^\"'\u201d]+)[\"'\u201d]\s*$"),
    # "Source package [/x.dsc] does not exist"; "pattern 'x.ipynb' matched no files"; "Missing
    # input files for rule x:"; "x is not a Python project: no pyproject.toml or setup.py"
    pattern(FNF, "ERR_1003", "does not exist|not found|missing",
       r"\[(?P<path>[^\]\s]*[/.][^\]\s]*)\]\s+(?:was |is )?(?:not found|does not exist|missing)\b"),
    pattern(FNF, "ERR_1003", "matched no files|match no files|matches no files",
       r"\b(?:pattern|glob|path|file(?:name)?)s?\s+" + PATH_LIKE + r"\s+(?:matched|matches|match) no files\b"),
    pattern(FNF, "ERR_1003", "missing input",
       r"\bmissing input files?\b", generic=True),
    pattern(FNF, "ERR_1003", "project|package|repository",
       r"\b(?:does not appear to be|is not) an? [\w ]{1,30}\b(?:project|package|repository)\b.{0,10}:\s*no "
       r"(?P<path>[\w-]+\.[a-z]\w{0,9})(?: or [\w.-]+)*\s*$"),
    # "Invalid path: x", "x is not a file" (no reason said: the path check, when there is one,
    # says whether it is missing or there and the tool's own complaint)
    why_not_said(FNF, "ERR_1003", "invalid path|invalid file|not a file",
       r"(?:\binvalid (?:file ?)?path:?\s+" + PATH_LIKE + r"|"
       + PATH_LIKE.replace("path1", "path3").replace("path2", "path4")
       + r"\s+is not a (?:regular )?file)\s*[.!]?\s*$"),
    # a path and the OS's words in brackets after it, alone on a line (Java's and Clojure's
    # FileNotFoundException message): "scripts/migrate.clj (No such file or directory)"
    pattern(FNF, "ERR_1003", "no such file",
       r"^\s*" + PATH_LIKE + r"\s+\(" + NOENT + r"\)\s*$"),
    # a quoted file name and "not found": 'gnatmake: "main.adb" not found' (not a module's,
    # package's or other named thing's)
    pattern(FNF, "ERR_1003", "not found|missing|does not exist|doesn't exist|wasn't found|isn't found|be found",
       r"(?:^|[\s:])(?<!module )(?<!package )(?<!plugin )(?<!class )(?<!library )(?<!image )"
       r"(?<!target )(?<!host )(?<!key )(?<!table )(?<!user )(?<!unit )(?<!gem )(?<!crate )"
       r"[`'\"\u2018](?P<path>[\w@+-][\w.@+/-]*\.[a-zA-Z]\w{0,9})[`'\"\u2019]"
       r"(?:\s+for\s+[`'\"\u2018][^`'\"\u2019]+[`'\"\u2019])?\s+(?:was |is )?"
       r"(?:not found|missing|does not exist|doesn't exist|wasn't found|isn't found|(?:could|can)\s*not be found)"
       r"\b(?!\s+in\s+['\"`])"),
    # the same in other languages: "Patch patches/x.patch existiert nicht"
    pattern(FNF, "ERR_1003", "existiert nicht|n'existe pas|no existe|non esiste|n\u00e3o existe",
       PATH_LIKE + r"\s+(?:existiert nicht|n'existe pas|no existe|non esiste|n\u00e3o existe)\b"),
    # a bundler's unresolved entry file, quoted, with a file name extension: '[ERROR] Could
    # not resolve "src/index.js"' (a package, which has none, is the job's dependency)
    why_not_said(FNF, "ERR_1003", "could not resolve|cannot resolve|can't resolve",
       r"\b(?:could not|cannot|can't) resolve(?: entry)?(?: module| file| import)?\s+[`'\"\u2018]"
       r"(?P<path>(?:\.{1,2}/|/)?[\w@.+-]+(?:/[\w@.+-]+)*\.[a-z]\w{0,5})[`'\"\u2019]"
       r"(?:\s+from\s+[`'\"\u2018][^`'\"\u2019]+[`'\"\u2019])?\s*[.!]?\s*$"),
    # a test runner given a file that is not there: 'No test files found: "test/x.spec.js"' (the
    # check says whether it is missing; without a path it is the job's own, "No tests found")
    why_not_said(FNF, "ERR_1003", "no test files|no files found|no test file",
       r"\bno (?:test )?files? (?:found|matched|matching)\b:?\s*" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # "missing files:  ['/x/compose.yaml']"; "no compose.yaml, docker-compose.yml or
    # container-compose.yml file found"; "Can't find a suitable configuration file in this
    # directory"; "Could not find or read profile (/x.prf)"; "inaccessible profile file: /x"
    pattern(FNF, "ERR_1003", "missing file",
       r"\bmissing files?:\s*\[?\s*" + PATH_LIKE),
    pattern(FNF, "ERR_1003", "found",
       r"\bno (?:[\w.-]+,? ){1,4}(?:or [\w.-]+ )?files? (?:was |were )?found\b", generic=True),
    pattern(FNF, "ERR_1003", "find",
       r"\b(?:can't|cannot|could not|couldn't|unable to) find (?:a |an |the )?(?:suitable |valid |usable )?"
       r"(?:configuration|config|compose|project|settings) file\b", generic=True),
    why_not_said(FNF, "ERR_1003", "find|read|open|access",
       r"\b(?:can't|cannot|could not|couldn't|unable to) (?:find|open|read|access) or (?:find|open|read|access) "
       r"(?:the )?(?:[\w-]+ )?(?:file|profile|config(?:uration)?|directory)\s*[:(]?\s*" + PATH_LIKE + r"\)?\s*[.!]?\s*$"),
    why_not_said(FNF, "ERR_1003", "inaccessible",
       r"\binaccessible (?:[\w-]+ )?(?:file|directory|path)\s*:?\s*" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # 'FATAL: logfile "/x" must exist!'
    pattern(FNF, "ERR_1003", "must exist",
       PATH_LIKE + r"\s+must exist\b"),
    # "mount: /x: mount point does not exist."; "x.conf: config file not found" (but not what was
    # looked for inside a file: "csplit: '/^## x/': match not found")
    pattern(FNF, "ERR_1003", "does not exist|not found",
       PATH_LIKE + r":\s+(?!(?:match|pattern|regexp?|string|symbol|entry|key|record|section|line)\b)"
       r"(?:[\w-]+ ){1,2}(?:does not exist|not found)\.?\s*$"),
    # "No file to process src/x.c", "no such file: x.txt", "No input file x.tex"
    why_not_said(FNF, "ERR_1003", "no file|no such file|no input file|no files",
       r"^(?:[\w.-]+:\s+)?no (?:such )?(?:input )?(?:file|files|directory)(?: to (?:process|read|open|format|"
       r"check|load|run|execute))?:?\s+" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # the kind of file first, then the path: "fontfile is not found: ['/x.ttf']", "config file
    # missing: x.yml", "directory does not exist: /x"
    pattern(FNF, "ERR_1003", "not found|missing|does not exist",
       r"\b[\w-]*(?:file|font|dir|directory|folder|path|config)\s+(?:is |was )?(?:not found|missing|"
       r"does not exist)\s*:\s*[\[(]?\s*" + PATH_LIKE),
    why_not_said(FNF, "ERR_1003", "input file",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:open|read|find|load) "
       r"(?:the |an? )?input (?:[\w-]+ )?file\s*[.:!]?\s*$"),
    # "Couldn't find a gemspec file matching '/x'", "could not find a composer.json file in /x",
    # "Could not locate Gemfile"
    pattern(FNF, "ERR_1003", "find|locate",
       r"(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|locate) (?:an? |the |any )?"
       r"(?:(?:[\w-]+ ){0,2}(?:file|directory|folder)s? (?:matching|named|called|at)\s+" + PATH_ANY
       + r"|(?P<path3>[\w-]+\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)(?: file)?\b)"),
    # "Failed to copy: directory not found", "The specified file does not exist." -- no name said
    pattern(FNF, "ERR_1003", "not found|does not exist|doesn't exist|not available|unavailable|missing",
       r"(?:^|:\s*)(?:the )?(?:specified |given |requested |input |source )?(?:file|directory|folder|"
       r"path|source|input)(?: or directory)? (?:was not found|not found|does not exist|"
       r"doesn't exist)\.?\s*$|\b(?:config(?:uration)?|settings|input|project) file (?:is )?(?:not "
       r"available|unavailable|missing|not found)[.!]?\s*$", generic=True),
    pattern(FNF, "ERR_1003", "nicht gefunden|introuvable|no encontrad|non trovat|não encontrad",
       PATH_LIKE + r"\s+(?:nicht gefunden|introuvable|no encontrad[oa]|non trovat[oa]|"
       r"n\u00e3o encontrad[oa])\b", generic=True),
    # the same in the languages of the C library's messages: "Fichier introuvable : /x",
    # "Datei nicht gefunden: /x", "El archivo no existe"
    pattern(FNF, "ERR_1003", "introuvable|nicht gefunden|no encontrad|non trovat|não encontrad|"
       "n'existe pas|existiert nicht|no existe|non esiste|não existe",
       r"\b(?:fichier|dossier|r\u00e9pertoire|datei|verzeichnis|archivo|fichero|directorio|"
       r"cartella|arquivo|diret\u00f3rio|file)\b[^:]{0,30}?\b(?:introuvable|nicht gefunden|"
       r"no encontrad[oa]|non trovat[oa]|n\u00e3o encontrad[oa]|n'existe pas|existiert nicht|"
       r"no existe|non esiste|n\u00e3o existe)\b(?:\s*:\s*" + PATH_LIKE + r")?"),
    why_not_said(FNF, "ERR_1003", "open|read|load",
       PATH_LIKE + r":\s+(?:failed to|cannot|can't|could not|couldn't|unable to) (?:open|read|load)"
       r"(?: (?:the |an? )?(?:input )?(?:file|image|document|archive))?\s*[.!]?(?:\s*\([^)]*\))?\s*$"),
    # the same in other languages: "Die Datei konnte nicht geöffnet werden", "Le fichier « x » ne
    # peut pas être ouvert en lecture", "@include : impossible de trouver x.texi"
    why_not_said(FNF, "ERR_1003", "konnte nicht|kann nicht|ne peut pas|impossible de|no se pu|no pudo|no pude|non può|impossibile|"
       "não foi possível|não pode",
       r"(?:" + PATH_LIKE.replace("path1", "path3").replace("path2", "path4") + r":\s+.{0,20}?)?"
       r"(?:konnte nicht ge\u00f6ffnet werden|(?:konnte|kann) nicht gefunden werden|no pudo ser encontrad[oa]|"
       r"no pude (?:abrir|leer|encontrar)|"
       r"ne peut pas \u00eatre (?:ouvert|lu|trouv\u00e9)e?s?(?: en lecture)?|"
       r"impossible (?:de trouver|d'ouvrir|de lire)|no se (?:pudo|puede) (?:abrir|encontrar|leer)|"
       r"non pu\u00f2 essere (?:aperto|letto|trovato)(?: in lettura)?|impossibile (?:aprire|trovare|leggere)|"
       r"n\u00e3o foi poss\u00edvel (?:abrir|encontrar|ler)|n\u00e3o pode ser (?:aberto|lido|encontrado))"
       r"(?!.*\b(?:[\u00e9e]criture|schreiben|escritura|scrittura|grava\u00e7\u00e3o)\b)"
       r"(?:\s*:?\s*" + PATH_LIKE + r")?"),
    pattern(FNF, "ERR_1003", "found",
       r"\bno (?:[\w.-]+ )?(?:[\w-]*file|script|project file|build file|manifest|config(?:uration)? file)"
       r"(?: \((?P<path>[\w.-]+)\))?(?: or .{1,80}?)? (?:was |were )?found\b", generic=True),
    pattern(FNF, "ERR_1003", "not found|does not exist",
       r"\bfile\s+\[(?P<path>[^\]\s]+)\]\s+(?:was )?(?:not found|does not exist)\b"),
    pattern(FNF, "ERR_1003", "does not exist|doesn't exist|not found",
       r"\b(?:does not exist|doesn't exist|not found)\b[^:]{0,60}:(?!//)\s*" + PATH_LIKE + r"\s*[.!]?\s*$",
       generic=True),
    pattern(FNF, "ERR_1003", "file://",
       r"\b(?:can't|cannot|could not|couldn't|unable to|failed to) (?:access|open|read|load|find)\b"
       r".{0,20}?file://(?:localhost)?(?P<path>/[^\s'\"`]+)"),
    pattern(FNF, "ERR_1003", "does not exist|doesn't exist",
       r"[`'\"\u2018]{1,2}(?P<path>\.{0,2}/[^`'\"\u2019]+)[`'\"\u2019]{1,2}\s+(?:does not exist|doesn't exist)\b"),
    pattern(FNF, "ERR_1003", "find|open|locate",
       r"\b(?:could not|couldn't|cannot|can't|unable to) (?:find|open|locate|read)(?: or (?:find|open|read))? "
       r"(?:any of )?(?:the )?(?:input |source )?(?:files?|paths?|director(?:y|ies))\b(?: given| specified)?\.?\s*$|"
       r"\b(?:could not|couldn't|cannot|can't|unable to) (?:find|locate) (?:the |a |any )?"
       r"(?:config(?:uration)?|settings|project|input|build) file\b", generic=True),
    pattern(FNF, "ERR_1003", "missing",
       r"\bmissing (?:[\w-]+ ){0,2}(?:file|directory|folder)s?:?\s+['\"`\u2018]?"
       r"(?P<path>\.{0,2}/[^\s'\"`\u2019]+)"),
    pattern(FNF, "ERR_1003", "not found|does not exist",
       r"\b(?:file|archive|directory|path)\b[^()]{0,30}\(\s*" + PATH_LIKE
       + r"\s*\)\s+(?:was not found|not found|does not exist)(?! or (?:was )?not readable)"),
    # the same that says it was missing or unreadable: "Input file (/x.apk) was not found or was
    # not readable." (the check tells which)
    why_not_said(FNF, "ERR_1003", "not readable",
       r"\b(?:file|archive|directory|path)\b[^()]{0,30}\(\s*" + PATH_LIKE
       + r"\s*\)\s+(?:was )?not found or (?:was )?not readable\b"),
    # "Profile 'nightly' does not exist (looking for file /x/nightly.prf)"
    pattern(FNF, "ERR_1003", "looking for",
       r"\b(?:does not exist|doesn't exist|not found)\b.{0,40}\(looking for (?:file |directory )?"
       + PATH_LIKE + r"\)"),
    pattern(FNF, "ERR_1003", "find",
       r"\b(?:unable to|cannot|can't|could not|couldn't) find (?:the |a )?(?:input )?file\s*[.!]?\s*$",
       generic=True),
    # a device the job names that is not there: "open device: /dev/x failed: No such device"
    pattern(FNF, "ERR_1003", "no such device",
            r"(?P<path>/dev/[^\s:'\"]+)['\"]?\s*(?:failed)?:?\s*" + NODEV),
    # "cannot trash non existent '/x'"; "--dir value '/x' is not a valid directory"
    pattern(FNF, "ERR_1003", "non existent|nonexistent|non-existent",
            r"\bnon[- ]?existent\s+(?:file\s+|directory\s+|path\s+)?" + PATH_LIKE),
    why_not_said(FNF, "ERR_1003", "not a valid",
            PATH_LIKE + r"\s+is not a valid (?:directory|file|path)\b"),
    # "no SConstruct file found", "No Makefile found", "'configure.ac' is required": the file a
    # tool looks for where it runs is not there
    pattern(FNF, "ERR_1003", "found|required",
       r"\bno [`'\"\u2018]?(?:(?-i:[A-Z])\w*file|(?-i:[A-Z])[\w.-]*[`'\"\u2019]? file|"
       r"[\w-]+\.[a-z]\w{0,9}[`'\"\u2019]?(?: file)?)[`'\"\u2019]? (?:was )?found\b|"
       r"\bno (?:config(?:uration)?|build|project|input|settings) file (?:was )?found\b|"
       r"['\"`\u2018](?P<path2>[\w-]+\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)['\"`\u2019] (?:is )?"
       r"(?:required|needed)\b", generic=True),
    # A directory that lacks the file a tool needs there: "the source directory x does not
    # appear to contain CMakeLists.txt", "Neither directory contains a build file meson.build",
    # "there is no POM in this directory", "no Makefile found"
    pattern(FNF, "ERR_1003", "contain|no ",
       r"(?:\b(?:does not|doesn't|do not|don't) (?:appear to |seem to )?(?:contain|have)|"
       r"\bcontains? no|\bneither\b.{0,60}\bcontains?|\bnone of\b.{0,60}\bcontains?)"
       r"\s+(?:an? |any |the )?(?:[\w-]+ ){0,3}[`'\"\u2018]?"
       r"(?P<path>[\w.-]*\w\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file)\b", generic=True),
    pattern(FNF, "ERR_1003", "project|package|repository",
       r"\b(?:there is |there's )?no (?:[\w-]+ )?(?:pom|manifest|makefile|build file|project file|"
       r"[\w-]+ file|(?P<path>[\w.-]*\w\.[a-z]\w{0,9}|(?-i:[A-Z])\w*file))\b"
       r"(?: (?:was )?found)? in (?:this|the current|the working|current|the) directory\b",
       generic=True),
    # "/etc/app.conf not found", "./config/x.yml is missing": a path with a directory in it, not
    # a name in the tool's own world (a module, a package, an image, a key...)
    pattern(FNF, "ERR_1003", "not found|missing",
       r"(?:^|[\s:])(?<!module )(?<!package )(?<!plugin )(?<!image )(?<!class )(?<!library )"
       r"(?<!repository )(?<!branch )(?<!target )(?<!host )(?<!key )(?<!url )(?<!secret )"
       r"(?<!volume )[`'\"\u2018]?(?P<path>\.{0,2}/[\w.@+-]+(?:/[\w.@+-]+)*/?)[`'\"\u2019]?"
       r"\s+(?:was |is )?(?:not found|missing)\b", generic=True),
    pattern(FNF, "ERR_1003", "no such file|enoent|notfound|not a directory|enotdir|errno 2|filenotfound",
       # (not a process by its id: "dwfl_linux_proc_report pid 999999: No such file or directory")
       r"^(?!.*\bpid \d+: " + NOENT + r").*?(?:(?<![\['])" + NOENT + r"|" + any_text("ENOTDIR") + r"|\bENOT?DIR\b|\bENOENT\b|\bkind: NotFound\b|"
       r"\[Errno 2\]|\bFileNotFoundError\b|(?:^|:\s*)No such file\s*[.!]?\s*$)",
       generic=True),
)
