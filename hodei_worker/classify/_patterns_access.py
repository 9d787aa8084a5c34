"""The stderr patterns of ERR_1002: access refused."""

from __future__ import annotations

from typing import Final

from ._shapes import (
    ABS_PATH,
    BARE,
    CALL,
    COLON,
    DENIED,
    DENY,
    ERRNO_DENIED,
    FILE_VERB,
    IO,
    KIND_OF_FILE,
    N_STORAGE,
    NO_QUOTED_PATH,
    NOENT,
    OPENED,
    PATH_ANY,
    PATH_LIKE,
    PROG_PATH_VERB,
    QUOTED,
    STORAGE,
    WHERE_AT,
    WORDS,
    StderrPattern,
    pattern,
    why_not_said,
)
from ._strerror import any_text

_OTHER_REASON: Final = "(?:" + any_text("ENOENT", "EROFS", "ENOSPC", "EDQUOT", "EIO", "ENOTDIR") + ")"
"""The OS's words for another reason, said after the path a status word "Permission denied" named:
they decide (SentencePiece's 'Permission denied: "x": Read-only file system Error #30')."""

ACCESS: Final[tuple[StderrPattern, ...]] = (
    # a runtime's "permission denied" wrapping the OS's reason: "openFile: permission denied
    # (Read-only file system)" is storage's
    pattern(IO, "ERR_1012", N_STORAGE,
            DENIED + r"\s*\((?P<message>" + STORAGE + r")\)"),
    # ssh: "git@github.com: Permission denied (publickey)." names a login, not a path
    pattern(DENY, "ERR_1002", "permission denied",
       r"^(?P<login>[^\s@:]+@[^\s:]+): Permission denied \((?P<methods>[^)]*)\)"),
    # a privilege the job's user lacks, in a tool's words: "You may not view or modify password
    # information for root.", "You may not change the shell for 'root'."
    pattern(DENY, "ERR_1002", "you may not|you are not allowed",
       r"\byou (?:may|are) not (?:allowed to )?(?:view|change|modify|edit|access)\b"),
    # perf's words for a kernel setting that keeps the job's user out
    pattern(DENY, "ERR_1002", "performance monitoring",
       r"\baccess to performance monitoring\b.{0,60}\bis limited\b"),
    # root rights a tool asks for: "bpftrace currently only supports running as the root user."
    pattern(DENY, "ERR_1002", "as the root user|as root",
       r"\bonly supports? running as (?:the )?root(?: user)?\b"),
    # a library's words: "libcfile_file_open_with_error_code: access denied to file: /x/case.E01."
    pattern(DENY, "ERR_1002", "access denied to",
       r"\baccess denied to (?:file|directory|path):? (?P<path>\S+?)\.?\s*$"),
    # Java: "java.nio.file.AccessDeniedException: /etc/shadow"
    pattern(DENY, "ERR_1002", "accessdenied", r"AccessDeniedException: (?P<path>\S+)"),
    # Node: "Error: EACCES: permission denied, open '/x'"
    pattern(DENY, "ERR_1002", "eacces|eperm", r"E(?:ACCES|PERM): [^,]+, \w+ '(?P<path>[^']+)'"),
    # Ruby: "Permission denied @ rb_sysopen - /x (Errno::EACCES)", "Permission denied - connect(2)
    # for /x.sock (Errno::EACCES)"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       DENIED + r"(?: @ \w+ -|(?: -)? \w+\(\d\) for) (?P<path>.+?) \(Errno::"),
    # Go's net errors: "dial unix /var/run/docker.sock: connect: permission denied"
    pattern(DENY, "ERR_1002", "permission denied", r"dial unix (?P<path>\S+): connect: " + DENIED),
    # Java: "java.io.FileNotFoundException: /x (Permission denied)"
    pattern(DENY, "ERR_1002", "filenotfound",
       r"FileNotFoundException: (?P<path>.+?) \(" + DENIED + r"\)"),
    # rsync: 'rsync: [sender] opendir "/x" failed: Permission denied (13)'
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       QUOTED + r"\s+failed:\s*" + DENIED),
    # python: "PermissionError: [Errno 13] Permission denied: '/root/x'"
    # (not when the OS's words after the path say another reason: SentencePiece's status word
    # 'Permission denied: "x": Read-only file system Error #30')
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted", DENIED + r":\s*" + QUOTED
            + r"(?!:\s*" + _OTHER_REASON + r")"),
    # mv: "cannot move 'a' to 'b': Permission denied" -- the quoted path nearest the message
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       QUOTED + WORDS + COLON + DENIED),
    # tar: "tar: /x: Cannot open: Permission denied" (and "tar: /x : open impossible: ...")
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: " + DENIED),
    # any tool saying it like tar: "cpio: /x: Cannot open: Permission denied"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted", PROG_PATH_VERB + DENIED),
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       ABS_PATH + r":\s" + NO_QUOTED_PATH + r"[\[(]" + DENIED + r"[\])]"),
    # cat: "cat: /x: Permission denied"; go: "open /x: permission denied"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted", BARE + COLON + DENIED),
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       DENIED + r"\s+while (?:trying to )?\w+(?: \w+){0,2}(?: on| of| in| for)?\s+" + PATH_LIKE),
    # perl: "/x: Permission denied at -e line 1."
    pattern(DENY, "ERR_1002", "permission denied", r"^(?P<path>/[^\s:]+): " + DENIED + r" at "),
    # Whatever the tool, a verb on a path and then the errno, wherever it stands in the line:
    # "error: failed to open /x for writing (Permission denied)", "could not create directory
    # '/x': [Errno 13] ...", "cannot write to /x, Permission denied (os error 13), aborting"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted|eacces|eperm|os error|errno|error=",
       FILE_VERB + PATH_ANY + r".{0,80}?" + ERRNO_DENIED),
    # "<path> (Permission denied)"; a call and its argument: 'open("/x", O_RDONLY): Permission
    # denied', "fopen(/x): Failed to open stream: Permission denied"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       BARE + r" \((?:" + DENIED + r")\)"),
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted", CALL + DENIED),
    # the errno first: "Permission denied - /x", "permission denied, open /x"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       DENIED + r"(?: \(os error 1?3\))?\s*[,-]\s*(?:\w+ )?" + PATH_LIKE),
    # a tool's own sentence: "/x is not writable", "Access denied", "insufficient permissions"
    # "/x is not readable": refused, or not there; the check tells, when there is one
    why_not_said(DENY, "ERR_1002", "not writable|not readable|not accessible",
       PATH_LIKE + r" (?:is )?not (?:writable|readable|accessible)\b(?!.*" + NOENT + r")"),
    # a path, then the library's name for the error and its words: NSS's "pk12util: Initialization
    # failed: /x/export.p12: PR_NO_ACCESS_RIGHTS_ERROR: Access Denied"
    pattern(DENY, "ERR_1002", "access denied",
       r"(?:^|\s)(?P<path>/[^\s:]+):\s+(?:[A-Z][A-Z0-9_]+:\s+)?Access (?:is )?denied\b"),
    pattern(DENY, "ERR_1002", "access denied|access is denied|insufficient|not permitted to|permission",
       r"\b(?:access (?:is )?denied|insufficient (?:file |access )?permissions?|not permitted to|"
       r"(?:don't|do not|doesn't|does not) have (?:the )?(?:\w+ )?permissions?)\b"
       r"(?! (?:for|on|to) (?:the )?(?:table|relation|schema|database|role|user|object|column|view|"
       r"sequence|function|bucket|project|resource|repository|repo|channel|organi[sz]ation)\b)"),
    # root rights needed, in other languages: "Unterbefehl x benötigt root-Rechte"
    pattern(DENY, "ERR_1002", "root-rechte|droits root|droits de root|privilegios de root|privilegi di root|privil\u00e9gios de root",
       r"\b(?:ben\u00f6tigt|erfordert|braucht) root-Rechte\b|\bn\u00e9cessite (?:les )?droits (?:de )?root\b|"
       r"\brequiere privilegios de root\b|\brichiede (?:i )?privilegi di root\b|\brequer privil\u00e9gios de root\b"),
    # a directory that could not be made, its path first: "Unable to make /x/new/ subdirectory."
    why_not_said(DENY, "ERR_1002", "make|create",
       r"\b(?:unable to|cannot|can't|could not|couldn't|failed to) (?:make|create) " + PATH_LIKE
       + r"\s+(?:sub)?(?:directory|dir|folder)\s*[.!]?\s*$"),
    # privileges the job's user lacks, in the words tools share: "must be root", "only root
    # can do that", "Are you root?", "requires superuser privileges", "x is not executable"
    pattern(DENY, "ERR_1002", "root|superuser|privilege|administrator",
       r"\b(?:must be (?:(?:run|invoked|executed|started|called) (?:as|with) )?(?:the )?(?:root|superuser|an? administrator)"
       r"(?: privileges?)?|only (?:root|the superuser) can\b|"
       r"are you root\b|(?:need|needs|require|requires|required) (?:to be |to run as )?"
       r"(?:root|superuser|administrator|elevated)(?: privileges?| rights| permissions?)?\b|"
       r"(?:root|superuser|administrator|elevated) (?:privileges?|rights|permissions?|access) "
       r"(?:are |is )?(?:required|needed)|(?<!attempt to )run (?:this |it )?(?:as root|with sudo)\b|"
       r"insufficient privileges?)"),
    # Haskell's IOError: "x: /y/z: openFile: permission denied (Permission denied)"
    pattern(DENY, "ERR_1002", "permission denied (",
       r"(?:^|:\s)(?P<path>[^\s:]+): [\w:]+: permission denied \(" + DENIED + r"\)"),
    # "ERROR: no permission to install to directory '/x'"
    pattern(DENY, "ERR_1002", "no permission to",
       r"\bno permission to (?:write|install|create|access|read|modify|delete|remove)\b(?:.{0,40}?\s" + QUOTED + ")?"),
    why_not_said(DENY, "ERR_1002", "could not write '|cannot write '|can't write '",
       r"\b(?:could not|couldn't|can't|cannot) write\s+" + QUOTED + r"\s*[.!]?\s*$"),
    why_not_said(DENY, "ERR_1002", "output|destination|for writing",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:open|create|write)"
       r"(?: (?:to )?(?:the |an? )?(?:output|destination|target) (?:file|directory|dir|folder)"
       r"(?::?\s+" + PATH_ANY + r")?|:?\s+"
       + PATH_ANY.replace("path1", "path3").replace("path2", "path4") + r" for writing)"
       r"(?:\s*[-,]\s*(?:terminating|abort(?:ing)?|exiting|giving up|quitting))?\s*[.!]?\s*$"),
    # the same with what kind of file, or which way, said between: "Error opening output WebP file
    # /x!", "Failed to open file for write: /x", "Failed open for writing /x.tmp on /x [at ...]"
    why_not_said(DENY, "ERR_1002", "output|destination|for writ",
       OPENED + r"(?:" + KIND_OF_FILE + r" for writ(?:e|ing)|"
       r" (?:the |an? )?(?:output|destination|target) (?:[\w-]+ ){0,2}?(?:file|directory|dir|folder|image|"
       r"document|archive))\s*:?\s+" + PATH_LIKE + WHERE_AT),
    # the path said first: "/x/thumb.png: unable to open for write" (its reason may follow below)
    why_not_said(DENY, "ERR_1002", "for writ",
       r"^" + PATH_LIKE + r":\s+(?:unable to|cannot|can't|could not|failed to) open for writ(?:e|ing)\s*[.!]?\s*$"),
    # the way said after the path: "Failed to open HMM file /x.hmm for writing"
    why_not_said(DENY, "ERR_1002", "for writ|for modif|for updat",
       OPENED + KIND_OF_FILE + r"\s*:?\s+" + PATH_LIKE + r"\s+for (?:writ(?:e|ing)|modifying|update|updating)"
       + WHERE_AT),
    # a file that could not be made or written, no way or reason said: "Can't create object
    # /x.o", "Can't init outfile '/x.mp3'", "could not write to file /x"
    why_not_said(DENY, "ERR_1002", "creat|writ|init",
       r"\b(?:cannot|can't|could not|couldn't|unable to|failed(?: to)?|error(?: while)?|problem) "
       r"(?:creat(?:e|ing)|writ(?:e|ing)(?: to| on| into)?|init(?:iali[sz](?:e|ing))?)" + KIND_OF_FILE
       + r"\s*:?\s+" + PATH_LIKE + WHERE_AT),
    # the same in other languages: "Il file '/x' non può essere aperto per la scrittura", "Die
    # Datei /x konnte nicht zum Schreiben geöffnet werden"
    why_not_said(DENY, "ERR_1002", "scrittura|criture|schreiben|escritura|grava\u00e7\u00e3o",
       r"(?:" + PATH_LIKE + r"\s+)?(?:konnte nicht (?:zum schreiben )?ge\u00f6ffnet werden|"
       r"ne peut pas \u00eatre ouvert|no se (?:pudo|puede) abrir|non pu\u00f2 essere aperto|"
       r"n\u00e3o foi poss\u00edvel abrir|n\u00e3o pode ser aberto)\w*\b.{0,30}?"
       r"\b(?:[\u00e9e]criture|schreiben|escritura|scrittura|grava\u00e7\u00e3o)\b"),
    # a path and the OS's words in brackets after it, alone on a line (Java's and Clojure's
    # FileNotFoundException message): "data/in.csv (Permission denied)"
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted",
       r"^\s*" + PATH_LIKE + r"\s+\((?:" + DENIED + r")\)\s*$"),
    # "Destination directory not writable: /x", "Output file location (/x) is not a writable
    # file." (the check, when there is one, says why)
    why_not_said(DENY, "ERR_1002", "not writable|not a writable",
       r"\b(?:directory|file|folder|path|destination)\s+(?:is\s+)?not writable\b:?\s*" + PATH_LIKE
       + r"\s*[.!]?\s*$|\b(?:file|directory|location)\s+\(" + PATH_LIKE.replace("path1", "path3").replace("path2", "path4")
       + r"\)\s+is not (?:a )?writable\b"),
    # a write refused, said after a comma: "FATAL: can't write to /x, Permission denied"
    pattern(DENY, "ERR_1002", "permission denied",
       r"\b(?:can't|cannot|could not|couldn't|unable to|failed to) (?:write|open|read|create)(?: to)?\s+"
       + PATH_LIKE + r",\s*(?:" + DENIED + r")\s*[.!]?\s*$"),
    # x265's "failed to open output file </x.hevc> for writing"
    why_not_said(DENY, "ERR_1002", "for writ",
       OPENED + KIND_OF_FILE + r"\s+<(?P<path>[^>\s]+)>\s+for writ(?:e|ing)\s*[.!]?\s*$"),
    # French: "La création du fichier « /x » a échoué : 30 (open file error)"
    why_not_said(DENY, "ERR_1002", "cr\u00e9ation|l'\u00e9criture",
       r"\b(?:la cr\u00e9ation|l'\u00e9criture) du fichier\s*" + PATH_LIKE + r"\s*a \u00e9chou\u00e9\b"),
    # "Skipping readonly file '/x'": a file the job's user may not write
    why_not_said(DENY, "ERR_1002", "readonly file|read-only file",
       r"\bread-?only file(?! ?system)\s*:?\s+" + PATH_LIKE + r"\s*[.!]?\s*$"),
    # a directory that cannot be made, no reason said: "Unable to (re)create the private
    # pkgRedirects directory:" (its path on the next line)
    why_not_said(DENY, "ERR_1002", "creat",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:\(re\))?create "
       r"(?:(?:the |an? )?(?:[\w-]+ ){0,3}(?:directory|folder|dir)(?::?\s+(?:at |in )?" + PATH_ANY
       + r")?|(?P<path5>/[^\s,:]*/)),?\s*[.:!]?\s*$"),
    pattern(DENY, "ERR_1002", "access to the",
       r"\baccess to the (?:path|file|directory)\s+" + QUOTED + r"\s+is denied"),
    pattern(DENY, "ERR_1002", "not executable",
       PATH_LIKE + r" (?:is )?not executable\b"),
    pattern(DENY, "ERR_1002", "err_access_denied", r"\bnet::ERR_ACCESS_DENIED\b", generic=True),
    # a quoted path and the errno's number alone: wget2's "Failed to make directory '/x' (errno=13)"
    pattern(DENY, "ERR_1002", "errno=",
       r"[`'\"\u2018](?P<path>[^`'\"\u2019]+)[`'\"\u2019] \(errno[= ](?:13|1)\)\s*$"),
    # a path a tool will not use because another user owns it: "wine: '/x/wp' is not owned by you"
    pattern(DENY, "ERR_1002", "not owned by",
       r"(?:^|\s)" + PATH_LIKE + r" is not owned by (?:you|the current user)\b"),
    # The bare errno. Not "permission denied for table x": a database's own access control
    # speaks of its objects, not of the OS's.
    pattern(DENY, "ERR_1002", "permission denied|operation not permitted|eacces|eperm",
       r"(?<![,;] )(?<!')(?:" + DENIED + r")(?! (?:for|to|by) )(?!:\s*['\"][^'\"]+['\"]:\s*" + _OTHER_REASON + r")|"
       r"\bE(?:ACCES|PERM)\b", generic=True),
)
