"""The stderr patterns of ERR_1004: the job could not create a process or thread."""

from __future__ import annotations

from typing import Final

from ._shapes import (
    E2BIG_RULE,
    EXEC_FMT,
    FORK,
    THREAD,
    StderrPattern,
    pattern,
    why_not_said,
)
from ._strerror import any_text

SPAWN: Final[tuple[StderrPattern, ...]] = (
    # bash: "bash: line 1: /bin/echo: Argument list too long" (whatever its exit status)
    pattern(E2BIG_RULE, "ERR_1004", "argument list too long", r"(?P<message>" + any_text("E2BIG") + r")"),
    # dash: "sh: 0: Cannot fork"; bash: "bash: fork: retry: Resource temporarily unavailable";
    # "nsenter: Unable to fork: ..."; Ruby: "Cannot allocate memory - fork(2) (Errno::ENOMEM)"
    pattern(FORK, "ERR_1004", "fork|errno 11",
       r"(?P<message>Cannot fork|can't fork|could not fork|couldn't fork|(?:unable|failed) to fork\b.*|"
       r"\bv?fork(?:\(\))? failed\b.*|"
       r"fork(?: failed)?: (?:retry: )?(?:" + any_text("EAGAIN", "ENOMEM") + r")|"
       r"(?:" + any_text("EAGAIN", "ENOMEM") + r") - fork\(2\)|(?:BlockingIOError:\s|ERROR:\s|[Ee]rror:\s|^)\[Errno 11\].*|"
       r"\brunning (?:the )?(?:job|command|process|task)\b.{0,30}?\[Errno 11\].*)"),
    # python: "RuntimeError: can't start new thread"; C: "pthread_create failed: ...";
    # Java: "OutOfMemoryError: unable to create native thread" (or "new native thread")
    pattern(THREAD, "ERR_1004", "thread|system_error",
       r"(?P<message>can't start new thread|pthread_create failed|"
       r"(?:(?:std::|St\d+)system_error|thread_resource_error)'?:+\s*" + any_text("EAGAIN") + r"|"
       r"unable to create (?:new )?native thread|Failed to start (?:the native )?thread)"),
    # Any runtime that could not create a process or thread for want of resources, in the
    # words they share: Node's "spawn EAGAIN", Go's "runtime: failed to create new OS thread
    # (have 5 already; errno=11)", Rust's "failed to spawn thread: Os { code: 11, kind:
    # WouldBlock }", Java's 'Cannot run program "x": error=11, Resource temporarily
    # unavailable', libgomp's "Thread creation failed: Resource temporarily unavailable"
    pattern(FORK, "ERR_1004", "fork|clone|spawn|thread|newosproc|cannot run program|process|popen|pipe|daemoni|shell|"
                              "workers|children",
       r"(?P<message>\b(?:(?:\w+_)?v?fork(?:ing)?|clone3?|posix_spawnp?|popen|spawn\w*|\w*thread_create\w*|newosproc|threads?|"
       r"CreateThread|Cannot run program|daemoni[sz]e|shell failed to start|(?:open|piped|create|start|spawn)[-_ ]?process|subprocess|"
       r"child process|open (?:a )?pipe|creating (?:workers?|children|child processes))\b.{0,100}?(?:" + any_text("EAGAIN", "ENOMEM")
       + r"|\bE(?:AGAIN|NOMEM)\b|\berrno[= ] ?1[12]\b|\berror[= ]1[12]\b|\bfailed \(1[12]\)|WouldBlock|os error 1[12]\b).*)"),
    # Rust's runtime: "Tokio executor failed ...: Os { code: 11, kind: WouldBlock, ... }"
    pattern(THREAD, "ERR_1004", "wouldblock",
       r"(?P<message>\b(?:executor|runtime|thread|spawn)\b.{0,200}?\bOs \{ code: 11, kind: WouldBlock\b.*)"),
    # a program opened with popen() that is there, and no reason: the fork under it failed
    # ("Could not open pipe: /bin/ps", "Could not open pipe: /bin/ping -n -c 1 host")
    why_not_said(FORK, "ERR_1004", "open pipe",
       r"(?P<message>\b(?:could not|couldn't|cannot|can't|unable to|failed to) open (?:a )?pipe(?: to)?:?\s+"
       r"(?P<command>/\S+))(?:\s.*)?$"),
    # the errno first: OCaml's 'Unix.Unix_error(Unix.EAGAIN, "create_process", "/bin/bash")'
    pattern(FORK, "ERR_1004", "eagain|enomem",
       r"(?P<message>\bE(?:AGAIN|NOMEM)\b.{0,40}?\b(?:v?fork|clone3?|posix_spawnp?|create_?process|"
       r"spawn\w*|\w*thread_create\w*|create_?thread)\b.*)"),
    pattern(THREAD, "ERR_1004", "thread|newosproc|max user processes|thread_create|creation failed",
       r"(?P<message>(?:newosproc|may need to increase max user processes|failed to create (?:new )?(?:OS |native )?thread|(?:thread|process|subprocess|child) creation failed|"
       r"(?:can't|cannot|could not|couldn't|unable to|failed to) (?:create|start|spawn) "
       r"(?:a |new |another )?(?:[\w-]+ ){0,2}thread\b(?! (?:pool|local|name|id)\b)|"
       r"(?:error|failure|failed) (?:creating|starting|spawning) (?:an? |the )?(?:new )?(?:[\w-]+ )?thread|"
       r"Assertion failed: .{0,40}\b\w*thread_create\b)\b.*)"),
    # the OS's words for EAGAIN alone, a program's last words: what a C++ std::thread that could
    # not be created throws ("Resource temporarily unavailable"), maybe after the program's name
    # (">E gtools: ..."); EAGAIN of an I/O names its call ("read: ..."), which is not this
    pattern(THREAD, "ERR_1004", "resource temporarily unavailable",
       r"^(?:(?:>[A-Z] )?(?!(?:read|write|recv\w*|send\w*|accept|connect|open|poll|select|ioctl):)"
       r"[\w.+-]{1,30}:\s+)?"
       r"(?:(?:error|fatal)\s*:\s*)?(?:unhandled exception:\s*)?(?P<message>" + any_text("EAGAIN")
       + r")\.?(?: \(os error 11\)| \[OSError\])?\s*$"),
    # a program's own sentence that it could not make or start something, with the OS's words for
    # want of resources (siege: "unable to allocate memory for 5 simulated browser: Resource
    # temporarily unavailable"); a lock or a socket that would block is not this
    pattern(THREAD, "ERR_1004", "resource temporarily unavailable",
       r"(?P<message>\b(?:unable to|cannot|can't|could not|couldn't|failed to|resources to)\s+"
       r"(?:create|allocate|start|launch|spawn)\b(?![^:]*\b(?:lock|socket|file)\b)[^:]{0,80}:\s*" + any_text("EAGAIN") + r")\s*$"),
    # a program a runtime tried to start, named before the OS's words for want of resources:
    # Lua's io.popen "lua5.4: (command line):1: true: Cannot allocate memory"
    pattern(FORK, "ERR_1004", "cannot allocate memory|resource temporarily unavailable",
       r":\s(?P<command>[\w.+-]+): (?P<message>" + any_text("EAGAIN", "ENOMEM") + r")\s*$"),
    pattern(FORK, "ERR_1004", "cannot allocate memory|resource temporarily unavailable",
       r"\b(?:cannot|can't|could not|couldn't|unable to|failed to) (?:evaluate|run|execute|exec|spawn|start)\s+"
       r"[`'\"\u2018][^`'\"\u2019]+[`'\"\u2019]:\s*(?P<message>" + any_text("EAGAIN", "ENOMEM") + r")"),
    # "exec format error": a program built for another architecture (a container image's for
    # another platform), or no program at all; bash: "cannot execute binary file"
    pattern(EXEC_FMT, "ERR_1004", "incompatible architecture|invalid elf image",
       r"(?P<message>\bis ELF from incompatible architecture\b|\bInvalid ELF image for this architecture\b)"),
    pattern(EXEC_FMT, "ERR_1004", "exec format|cannot execute binary|enoexec",
       r"^(?!.*\b(?:could not|couldn't|cannot|can't|unable to|failed to) (?:get|read|load|parse|open|insert)\b)"
       r".*?(?P<message>(?:exec format error|cannot execute binary file|\bENOEXEC\b).*)"),
)
