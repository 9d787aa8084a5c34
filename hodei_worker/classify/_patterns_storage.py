"""The stderr patterns of ERR_1012: storage failed (full, quota, read-only, device, stale mounts)."""

from __future__ import annotations

from typing import Final

from ._shapes import (
    ABS_PATH,
    BARE,
    CALL,
    COLON,
    ERRNO_STORAGE,
    FILE_VERB,
    IO,
    N_STORAGE,
    NO_QUOTED_PATH,
    PATH_ANY,
    PROG_PATH_VERB,
    QUOTED,
    STORAGE,
    WORDS,
    StderrPattern,
    pattern,
    why_not_said,
)
from ._strerror import STRERROR, alternation

STORAGE_FAILURES: Final[tuple[StderrPattern, ...]] = (
    # a quoted path and the errno's number alone: wget2's "Failed to make directory '/x' (errno=30)"
    pattern(IO, "ERR_1012", "errno=",
       r"(?P<message>[`'\"\u2018](?P<path>[^`'\"\u2019]+)[`'\"\u2019] \(errno[= ](?:28|30|122|5)\))\s*$"),
    # a tool's own check of free space: "Not enough free disk space.", a write error it blames on
    # a full file system: 'E514: Write error (file system full?)'
    pattern(IO, "ERR_1012", "disk space|free space|file system full|filesystem full",
       r"(?P<message>\b(?:not enough|insufficient|(?:not|n't) have enough) (?:free )?(?:disk )?space\b(?! (?:in|for) (?:the )?"
       r"(?:buffer|queue|memory|array))|\bwrite error\b.{0,30}\bfile ?system (?:is )?full\b|"
       r"\bdisk space (?:is|was|has been) exhausted\b)"),
    # a write that failed, the reason not said: "E80: Error while writing" (the path's check, when
    # one is named, tells a full or read-only file system from a refusal)
    why_not_said(IO, "ERR_1012", "while writing|write error",
       r"(?P<message>\b(?:error while writing|write error)\b)(?! (?:to|on) (?:the )?(?:socket|pipe|stdout|"
       r"standard output|network|connection))\W*$"),
    # sqlite: "Error: stepping, database or disk is full (13)"; "attempt to write a readonly database"
    pattern(IO, "ERR_1012", "database or disk|readonly database|disk i/o",
       r"(?P<message>database or disk is full|attempt to write a readonly database"
       r"|disk I/O error)"),
    # Node: "Error: EROFS: read-only file system, open '/x'"
    pattern(IO, "ERR_1012", "erofs|enospc|edquot|eio|estale",
       r"E(?:ROFS|NOSPC|DQUOT|IO|STALE): (?P<message>[^,]+), \w+ '(?P<path>[^']+)'"),
    # Ruby: "Read-only file system @ rb_sysopen - /x (Errno::EROFS)"
    pattern(IO, "ERR_1012", N_STORAGE,
       r"(?P<message>" + STORAGE + r")(?: @ \w+ -|(?: -)? \w+\(\d\) for) (?P<path>.+?) \(Errno::"),
    # rsync: 'rsync: [receiver] write failed on "/x": No space left on device (28)'
    pattern(IO, "ERR_1012", N_STORAGE,
       QUOTED + r"(?:\s+failed)?" + WORDS + COLON + r"(?P<message>" + STORAGE + ")"),
    # python: "OSError: [Errno 28] No space left on device: '/mnt/x'"
    pattern(IO, "ERR_1012", N_STORAGE,
       r"(?P<message>" + STORAGE + r"):\s*" + QUOTED),
    # tar: "tar: big.bin: Cannot write: No space left on device"
    pattern(IO, "ERR_1012", N_STORAGE,
       r"^tar(?: \(child\))?: (?P<path>[^:]+?)\s?: [^:]{1,40}: (?P<message>" + STORAGE + ")"),
    pattern(IO, "ERR_1012", N_STORAGE, PROG_PATH_VERB + r"(?P<message>" + STORAGE + ")"),
    pattern(IO, "ERR_1012", N_STORAGE,
       ABS_PATH + r":\s" + NO_QUOTED_PATH + r"[\[(](?P<message>" + STORAGE + r")[\])]"),
    # cat: "cat: /mnt/x: Input/output error"; sort: "write failed: /mnt/x: No space left on device"
    pattern(IO, "ERR_1012", N_STORAGE,
       BARE + COLON + r"(?P<message>" + STORAGE + ")"),
    # a verb on a path, then the errno anywhere after it: "zstd: error 70 : Write error : cannot
    # write block : No space left on device" names no path; "failed to write /x (No space...)"
    pattern(IO, "ERR_1012", N_STORAGE + "|enospc|edquot|erofs",
       FILE_VERB + PATH_ANY + r".{0,80}?" + ERRNO_STORAGE),
    pattern(IO, "ERR_1012", N_STORAGE, BARE + r" \((?P<message>" + STORAGE + r")\)"),
    pattern(IO, "ERR_1012", N_STORAGE, CALL + r"(?P<message>" + STORAGE + ")"),
    # a tool's own sentence: "disk full", "not enough free disk space", "read-only filesystem"
    pattern(IO, "ERR_1012", "full|space|read-only",
       r"(?P<message>" + STORAGE + r"|\b(?:disk|device|drive|file ?system|volume|partition)"
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
    why_not_said(IO, "ERR_1012", "writ|i/o error",
       r"(?P<message>\b(?:write error|write failure|short write|I/O error|"
       r"(?:(?:error|failed)(?: occurred)? (?:while |whilst |during )?writing|writing (?:\w+ )?failed|write (?:\w+ )?failed|"
       r"(?:failed|unable|could not|couldn't) to write|(?:cannot|can't|could not|couldn't) write"
       r"(?! (?:to )?(?:the |an? )?(?:output|destination|target)\b)(?!:?\s+['\"`\u2018]?\S+['\"`\u2019]?\s*$))"
       r"(?!.*\b(?:remote|keyring|server|peer|client|registry|socket|pipe|connection|network|stdout|"
       r"standard output)\b))\b"
       r"(?!.*(?:" + alternation({t[0] for t in STRERROR.values()}) + r"|(?-i:\bE[A-Z]{3,}\b)|"
       r"socket|pipe|connection|network|stdout|standard output)).*)"),
    # (not a URL's "Input/output error": a client whose server did not answer, hxwls's
    # "http://127.0.0.1:8080/: Input/output error")
    pattern(IO, "ERR_1012", N_STORAGE + "|enospc|edquot|erofs|failure writing output",
       r"^(?!\w+://\S+: Input/output error)(?:.*?)(?P<message>" + STORAGE + r"|\bE(?:NOSPC|DQUOT|FBIG|ROFS|STALE)\b"
       r"|Failure writing output to destination)", generic=True),
)
