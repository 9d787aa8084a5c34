"""The stderr patterns of ERR_1001: a program the job or a tool ran does not exist."""

from __future__ import annotations

from typing import Final

from ._shapes import (
    CMD_ANY,
    CNF,
    ERRNO_DENIED,
    ERRNO_NOENT,
    N_NOT_FOUND,
    NOENT,
    NOT_FOUND_WORDS,
    StderrPattern,
    pattern,
    why_not_said,
)

COMMAND: Final[tuple[StderrPattern, ...]] = (
    # A shell that cannot read the script it was given (no line number: no command ran yet):
    # "ksh: /x/ci.sh: not found", "bash: /x/ci.sh: No such file or directory"
    pattern("stderr.script-missing", "ERR_1003", "not found|no such file",
       r"^(?:ba|da|k|mk|z|pdk|a|y)?sh: (?P<path>[^\s:]*/[^\s:]+): (?:not found|" + NOENT + r")\s*$"),
    # bash: "bash: line 1: foo: command not found"; dash: "sh: 1: foo: not found";
    # zsh: "zsh: command not found: foo"; the same in German, French, Spanish...
    pattern(CNF, "ERR_1001", N_NOT_FOUND,
       r"(?:^|:\s)(?P<command>[^\s:]+)\s?:\s+(?:"
       + "|".join(NOT_FOUND_WORDS) + r")\.?\s*$"),
    pattern(CNF, "ERR_1001", "command not found", r"command not found:\s*(?P<command>\S+)\s*$"),
    # programs a tool could not start, in its words: "Workload failed: No such file or directory"
    # (perf), "Failed to collect 'x' for the './bench.sh' workload: No such file...", "Error:
    # Debuggee \"x\" was not found.", "Cannot trace 'x': No such executable file.", "Failed to create
    # process 'x': No such file or directory", "execvp x failed: No such file or directory", Open
    # MPI's "unable to find the specified executable file" and "could not access or execute an
    # executable", "unable to find the specified compiler x in your PATH"
    pattern(CNF, "ERR_1001", "workload|debuggee|no such executable|create process|execvp|specified executable|"
                             "execute an executable|open program",
       r"^Workload failed: " + ERRNO_NOENT + r"|\bfor the [`'\"\u2018](?P<command>[^`'\"\u2019]+)[`'\"\u2019] workload: "
       + ERRNO_NOENT + r"|\bdebuggee [`'\"\u2018](?P<command2>[^`'\"\u2019]+)[`'\"\u2019] (?:was )?not found\b|"
       r"\bcannot trace [`'\"\u2018](?P<command3>[^`'\"\u2019]+)[`'\"\u2019]: No such executable file\b|"
       r"\bfailed to create process [`'\"\u2018](?P<command4>[^`'\"\u2019]+)[`'\"\u2019]: " + ERRNO_NOENT + r"|"
       r"\bexecvp (?P<command5>[^\s:]+) failed: " + ERRNO_NOENT + r"|"
       r"\b(?:couldn't|could not|cannot|can't) open program [`'\"\u2018](?P<command6>[^`'\"\u2019]+)[`'\"\u2019]: "
       + ERRNO_NOENT + r"|"
       r"\bunable to find the specified executable\b|\bcould not access\s+or execute an executable\b"),
    # "'git' command not found. You need to install git to ..."
    pattern(CNF, "ERR_1001", "command not found|program not found|executable not found|binary not found",
       r"[`'\"\u2018](?P<command>[\w.+-]+)[`'\"\u2019] (?:command|program|executable) not found\b|"
       # the same unquoted, said first or after a heading: "svm-train executable not found",
       # "Error: apksigner command not found."
       r"(?:^|^[\w ]{1,20}:\s+)(?P<command2>[\w.+-]+) (?:command|program|executable|binary) not found\b"),
    # Windows' command interpreter (under wine, or a CI runner's cmd): "'x' is not recognized as an
    # internal or external command", wine's "Can't recognize 'x --sync' as an internal or external
    # command, or batch script."
    pattern(CNF, "ERR_1001", "internal or external command",
       r"[`'\"\u2018](?P<command>[^`'\"\u2019\s]+)[^`'\"\u2019]*[`'\"\u2019] (?:is not recognized )?as an internal or "
       r"external command\b"),
    # a program a tool runs, said failed as a subprocess with the OS's words (gettext's msgfilter
    # and msgexec, in their languages): "hodei-x subprocess failed: No such file or directory",
    # "Subprozess x fehlgeschlagen: ...", "fallo en el subproceso x: ...", "subprocesso x falhou: ..."
    pattern(CNF, "ERR_1001", "subpro",
       r"(?:\b(?P<command>[^\s:]+) subprocess failed|\bsubprocess (?P<command2>[^\s:]+) failed|"
       r"\bSubprozess (?P<command3>[^\s:]+) fehlgeschlagen|\bfallo en el subproceso (?P<command4>[^\s:]+)|"
       r"\bsubprocesso (?P<command5>[^\s:]+) (?:falhou|fallito)|\bsous-processus (?P<command6>[^\s:]+) a \u00e9chou\u00e9):\s*"
       + ERRNO_NOENT),
    # GLib's spawn error, said by every program that uses it: 'Failed to execute child process
    # "/x/speech-dispatcher" (No such file or directory)'; proxychains' "can't load process 'x'.
    # (hint: it's probably a typo): No such file or directory"; a driver's "no chrome binary at /x"
    pattern(CNF, "ERR_1001", "child process|load process|binary at",
       r"\bFailed to execute child process [\u201c\"'](?P<command>[^\u201d\"']+)[\u201d\"'] \(" + ERRNO_NOENT + r"\)|"
       r"\b(?:can't|cannot|could not|couldn't|unable to) (?:load|start|run) process [`'\"\u2018](?P<command2>[^`'\"\u2019]+)"
       r"[`'\"\u2019].{0,60}:\s*" + ERRNO_NOENT + r"|"
       r"\bno [\w-]+ binary (?:at|found at|in) (?P<command3>/[^\s\"\\,;]+)"),
    # a command line a Java tool could not run, as Java prints a list: "could not exec: [aapt, p, ...]"
    pattern(CNF, "ERR_1001", "could not exec: [",
       r"\bcould not exec: \[(?P<command>[\w.+/-]+),"),
    # a tool naming the program it needs and asking for it to be installed: "Can't find msgfmt.
    # Make sure you have GNU gettext tools 0.15 or newer installed.", "You appear not to have the
    # 'sqlite3' program installed or on your path."
    pattern(CNF, "ERR_1001", "installed",
       r"\b(?:can't|cannot|could not|couldn't|unable to) find [`'\"\u2018]?(?P<command>[\w.+-]+)[`'\"\u2019]?\. "
       r"(?:make sure|please make sure|check that|ensure)\b.{0,80}\binstalled\b|"
       r"\bnot to have the [`'\"\u2018](?P<command2>[\w.+-]+)[`'\"\u2019] (?:program|command|executable) installed\b"),
    # a tool naming a program it needs: "geninfo: ERROR: need tool hodei-nogcov!"
    pattern(CNF, "ERR_1001", "need tool|need program|needs tool|needs program|requires tool|requires program",
       r"\b(?:needs?|requires?) (?:the )?(?:tool|program) [`'\"\u2018]?(?P<command>[\w.+/-]+)[`'\"\u2019]?\s*[.!]?\s*$"),
    # a program that could not be executed, in the C library's other languages, with the OS's words
    # for a missing file: "Fehler: hodei-x konnte nicht ausgef\u00fchrt werden: No such file or directory"
    pattern(CNF, "ERR_1001", "ausgef\u00fchrt|ex\u00e9cuter|ejecutar|eseguire|executar",
       r"(?:(?P<command>[^\s:]+) konnte nicht ausgef\u00fchrt werden|(?:impossible d'ex\u00e9cuter|no se pudo ejecutar|"
       r"impossibile eseguire|n\u00e3o foi poss\u00edvel executar) [\u00ab\"'`]?\s?(?P<command2>[^\s:\u00bb\"'`]+)[\u00bb\"'`]?\s?):\s*"
       + ERRNO_NOENT),
    # bash 5.2: "./run.sh: cannot execute: required file not found" (its #! interpreter is missing)
    pattern(CNF, "ERR_1001", "cannot execute",
       r"(?:^|:\s)(?P<command>[^\s:]+): cannot execute: required file not found"),
    # make: "make: protoc: No such file or directory" / "make: protoc: Command not found"
    pattern(CNF, "ERR_1001", "no such file|command not found",
       r"^(?:[gb]?make|remake|kmk|pmake)(?:\[\d+\])?: (?P<command>[^\s:]+): (?:" + NOENT
       + r"|Command not found)\s*$"),
    # a command line a tool could not start, the OS's ENOENT after it: 'x.txt: preprocessor
    # command could not start: '"unpack" "x.txt"': No such file or directory (os error 2)'
    pattern(CNF, "ERR_1001", "not start|not run|not launch|not execute|not spawn|failed to start",
       r"\b(?:command|program|executable|helper)\s+(?:could\s*not|couldn't|can't|cannot|failed to)\s+"
       r"(?:be\s+)?(?:start|run|launch|execut|spawn)\w*:?\s+['\"`]{1,2}(?P<command>[^'\"`\s]+)['\"`]?"
       r".*?" + NOENT),
    # a program a supervisor or build tool could not run, in its own words for ENOENT:
    # daemontools' "envdir: fatal: unable to run x: file does not exist", Perl's "exec x dist
    # failed--No such file or directory", Perl's open of a pipe: 'Couldn't open "x /y |" : No such
    # file or directory'
    pattern(CNF, "ERR_1001", "file does not exist",
       r"\bunable to (?:run|exec|execute|start):? (?P<command>[^\s:]+): file does not exist\b"),
    pattern(CNF, "ERR_1001", "failed--",
       r"\bexec (?P<command>[^\s:]+)\b.{0,80}? failed--" + NOENT),
    pattern(CNF, "ERR_1001", "no such file",
       r"[\"'](?P<command>[^\s\"'|]+)(?: [^\"'|]*)? ?\|[\"'].{0,10}?" + NOENT),
    # Go, docker: exec: "protoc": executable file not found in $PATH
    pattern(CNF, "ERR_1001", "executable file not found",
       r"exec: \\?\"(?P<command>[^\"\\]+)\\?\": executable file not found"),
    # Node: "Error: spawnSync protoc ENOENT" / "Error: spawn protoc ENOENT"
    pattern(CNF, "ERR_1001", "enoent", r"\bspawn(?:Sync)? (?P<command>\S+) ENOENT"),
    # Java: 'java.io.IOException: Cannot run program "protoc": error=2, No such file or directory'
    pattern(CNF, "ERR_1001", "cannot run program",
       r"Cannot run program \"(?P<command>[^\"]+)\"(?:[^:]*)?: error=2\b"),
    # Ruby: "in `exec': No such file or directory - protoc (Errno::ENOENT)"
    pattern(CNF, "ERR_1001", "no such file", NOENT + r" - (?P<command>[^\s(]+) \(Errno::ENOENT\)"),
    # A program a tool wanted to run is missing, in the words tools share: uv's "Failed to
    # spawn: `pytest`", "cmake not found in PATH", "which: no cmake in (/usr/bin)", configure's
    # "no acceptable C compiler found in $PATH", rustc's "linker `cc` not found", gcc's "fatal
    # error: cannot execute 'cc1': execvp: No such file or directory"
    # OCI runtimes: 'exec: "/bin/app": stat /bin/app: no such file or directory'
    pattern(CNF, "ERR_1001", "no such file",
       r"exec: \\?\"(?P<command>[^\"\\]+)\\?\": stat \S+: " + NOENT),
    # an exec call naming the program: "bwrap: execvp hodei-tests: No such file or directory"
    pattern(CNF, "ERR_1001", "no such file|enoent",
       r"\bexec(?:vp?e?|lp?e?)?\b:?\s+(?P<command>[^\s:'\"]+):\s*" + ERRNO_NOENT),
    pattern(CNF, "ERR_1001", "kindprozess|processus fils|proceso hijo|processo figlio|processo filho",
       r"(?:Kindprozess|processus fils|proceso hijo|processo figlio|processo filho)\s*[\u00bb\u00ab\"\u201c\u201e]"
       r"\s?(?P<command>[^\u00bb\u00ab\"\u201d\u201c\s]+)\s?[\u00ab\u00bb\"\u201d\u201c].{0,60}?" + ERRNO_NOENT),
    # "rust: no such plugin (executable should be 'capnpc-rust')"
    pattern(CNF, "ERR_1001", "no such plugin|no such program|no such executable",
       r"\bno such (?:plugin|program|executable)\b.{0,40}?[`'\"\u2018](?P<command>[^`'\"\u2019]+)"
       r"[`'\"\u2019]"),
    why_not_said(CNF, "ERR_1001", "launch|external program",
       r"\b(?:can't|cannot|couldn't|could not|unable to|failed to) (?:launch|run|execute|start|exec|spawn) "
       r"(?:the )?(?:external )?(?:program|command|executable|helper)(?::\s*|\s+)" + CMD_ANY + r"\s*$"),
    # "ghc: could not execute: x86_64-linux-gnu-gcc" (no reason said: most often not installed)
    why_not_said(CNF, "ERR_1001", "execute|exec|launch",
       r"\b(?:can't|cannot|couldn't|could not|unable to|failed to) (?:execute|exec|launch)\s*:\s*"
       r"(?P<command>[\w.+/-]+)\s*$"),
    pattern(CNF, "ERR_1001", "no such file|enoent",
       r"\bexec(?:vp?e?|lp?e?)?\((?P<command>[^)\s,]+)\)[^:(]{0,20}?[:(]\s*" + ERRNO_NOENT),
    pattern(CNF, "ERR_1001", "not executable",
       r"\b(?:command|program|executable|binary)\s+['\"`\u2018]?(?P<command>[^\s'\"`\u2019]+)['\"`\u2019]?"
       r"\s+is not executable:\s*" + ERRNO_NOENT),
    # "numactl: execution of `x': No such file or directory"; "Failed to run command: No such
    # file or directory" (the program is not named)
    # Perl's open3: "exec of x t/ok.t failed: No such file or directory" (the command line said
    # whole); "timelimit: executing x: No such file or directory"
    pattern(CNF, "ERR_1001", "execution of|exec of",
       r"\bexec(?:ution)? of\s+" + CMD_ANY + r"(?:(?:\s+-\S+)*|(?:\s+[^\s:]+){0,8}?\s+failed)(?:\s+failed)?:?\s*"
       + ERRNO_NOENT),
    pattern(CNF, "ERR_1001", "executing",
       r"\bexecuting\s+['\"`\u2018]?(?P<command>[^\s/:'\"`\u2019]+)['\"`\u2019]?:\s*" + ERRNO_NOENT),
    pattern(CNF, "ERR_1001", "run|exec|spawn|launch|start",
       r"\b(?:failed to|cannot|can't|could not|couldn't|unable to) (?:run|execute|exec|spawn|launch|start) "
       r"(?:the )?(?:command|program|child(?: process)?)\s*:\s*" + ERRNO_NOENT, generic=True),
    # "Running `cc --version` gave '[Errno 2] No such file or directory'" (a program run by a
    # tool that names the command line it ran)
    pattern(CNF, "ERR_1001", "no such file|enoent|os error|errno|error=",
       r"\b(?:Running|Executing|Spawning|Launching|Invoking|Calling)\s+[`'\"\u2018]?(?P<command>"
       r"[^\s`'\"\u2019]+)[^\n]{0,80}?\b(?:gave|failed|returned|raised)\b.{0,40}?" + ERRNO_NOENT),
    # CMake: "CMAKE_C_COMPILER not set, after EnableLanguage" (the compiler it was told to use,
    # or looked for, is not there)
    pattern(CNF, "ERR_1001", "_compiler not set", r"CMAKE_\w+_COMPILER not set"),
    pattern(CNF, "ERR_1001", "failed to spawn",
       r"Failed to spawn:?\s+" + CMD_ANY + r"(?!.*" + ERRNO_DENIED + r")"),
    pattern(CNF, "ERR_1001", "not found in",
       r"(?:^|[\s:])[`'\"\u2018]?(?P<command>[^\s`'\"\u2019:]+)[`'\"\u2019]?:? (?:was |is )?not found "
       r"in (?:the |your )?(?:\$?PATH|search path|path)\b"),
    # gcc's linker driver: "collect2: fatal error: cannot find 'ld'" (the linker program)
    pattern(CNF, "ERR_1001", "collect2",
       r"\bcollect2: (?:fatal )?error: cannot find [`'\"\u2018](?P<command>[^`'\"\u2019/]+)[`'\"\u2019]"),
    # "youtube-dl failed: not found or not enough permissions"
    pattern(CNF, "ERR_1001", "not found or not",
       r"(?:^|[\s\]])(?P<command>[\w.+-]+)(?: failed)?: not found or not (?:enough permissions|executable)\b"),
    # "uses external program 'clustalw' which is not in the PATH"
    pattern(CNF, "ERR_1001", "not in the path|not in path|not on the path|not on path",
       r"\b(?:program|command|executable|binary|tool)\s+[`'\"\u2018](?P<command>[^`'\"\u2019\s]+)"
       r"[`'\"\u2019],?\s+(?:which |that )?(?:is|was) not (?:in|on) (?:the |your )?\$?PATH\b"),
    pattern(CNF, "ERR_1001", "path",
       r"(?:could not|couldn't|unable to|cannot|can't|failed to) (?:find|locate) (?:the |an? )?(?:specified |requested )?"
       r"(?:executable|program|command|binary|tool|compiler|interpreter|linker)?\s*" + CMD_ANY
       + r" (?:in|on) (?:the |your )?"
       r"\$?PATH\b"),
    pattern(CNF, "ERR_1001", "which: no", r"^which: no (?P<command>\S+) in \("),
    # a tool reporting that a command it ran exited 127, the shells' "not found": "Command
    # failed with status (127): [hodei-compile --release...]", "Command x -c ... errored with
    # the following return code 127"
    pattern(CNF, "ERR_1001", "127",
       r"\b(?:status|return code|exit code|exit status|exitcode)\s*[:=]?\s*\(?127\)?\W.{0,20}?"
       r"\[(?P<command>[^\s\]]+)"),
    # a quoted command line that "exited with value 127": its program is the one missing
    pattern(CNF, "ERR_1001", "127",
       r"[`'\"\u2018](?P<command>[^\s`'\"\u2019]+)[^`'\"\u2019]*[`'\"\u2019]\s+(?:exited|returned|failed|"
       r"terminated)(?: with)? (?:exit )?(?:status|code|value)\s*[:=]?\s*\(?127\b"),
    pattern(CNF, "ERR_1001", "127",
       r"\b(?:exited|returned|failed|terminated) with (?:exit )?(?:status|code|value)\s*[:=]?\s*\(?127\b",
       generic=True),
    # a tool's report of a command it ran, its status on a line of its own: "Returned 127."
    pattern(CNF, "ERR_1001", "returned 127", r"^Returned 127\.?$", generic=True),
    # "Error sending message, child exited 127 (Exec error.)"
    pattern(CNF, "ERR_1001", "exited 127",
       r"\b(?:child|process|command|program|helper) exited 127\b", generic=True),
    pattern(CNF, "ERR_1001", "127",
       r"\bcommand\s+[`'\"]?(?P<command>[^\s`'\"]+).{0,100}?\b(?:status|return code|exit code|"
       r"exit status)\s*[:=]?\s*\(?127\b"),
    pattern(CNF, "ERR_1001", "executable|program|command|binary",
       r"(?:could not|couldn't|unable to|cannot|can't|failed to) (?:find|locate) (?:the |an? )?"
       r"(?:executable|program|command|binary)\s+" + CMD_ANY + r"\s*[.!]?\s*$"),
    # "pdflatex not found. Please ... install pdflatex": what is missing is to be installed
    pattern(CNF, "ERR_1001", "not found",
       r"(?:^|[\s:])[`'\"\u2018]?(?P<command>[\w.+-]+)[`'\"\u2019]?:? (?:was |is )?not found\b"
       r".{0,120}\binstall(?:ed)?\b.{0,40}?\b(?P=command)\b"),
    # the shells' own words: fish's "Unknown command: x"
    pattern(CNF, "ERR_1001", "unknown command", r"^fish: Unknown command:\s*(?P<command>\S+)"),
    pattern(CNF, "ERR_1001", "no acceptable", r"no acceptable (?P<command>[^.]+?) found in \$?PATH"),
    pattern(CNF, "ERR_1001", "not found|be found",
       r"\b(?:linker|compiler|interpreter|program|command|executable|binary|tool)\s+"
       r"[`'\"\u2018](?P<command>[^`'\"\u2019]+)[`'\"\u2019]\s+(?:(?:was\s+|is\s+)?not\s+found|"
       r"(?:could|can)\s*not\s+be\s+found)\b"),
    # the same unquoted, or said after the name: "compiler hodei-cc not found", "hodei-cc:
    # program not found", "Program hodei-cc not found or not executable"
    pattern(CNF, "ERR_1001", "not found|be found",
       r"\b(?:linker|compiler|interpreter|program|command|executable|binary|util|utility)\s+"
       r"(?P<command>[\w.+/-]+)\s+(?:(?:was\s+|is\s+)?not\s+found|(?:could|can)\s*not\s+be\s+found)\b"),
    pattern(CNF, "ERR_1001", "not found",
       r"(?:^|\s)(?P<command>[\w.+/-]+):\s+(?:program|executable|command|binary)\s+not\s+found\b"),
    # a program named bare that "is not an executable file": not found where programs are
    # looked for ("pdfjam ERROR: configuration error, hodei-latex is not an executable file")
    pattern(CNF, "ERR_1001", "not an executable|not executable",
       r"(?:^|[\s,:])['\"`]?(?P<command>[\w+-][\w+-]*)['\"`]? is not (?:an )?executable(?: file| program)?\b"),
    # a program looked for and not found, named between its words: "Unable to find `nim` binary",
    # "cannot exec or find any openssl binary", "failed to find interpreter for ... 'python9'"
    pattern(CNF, "ERR_1001", "find|exec",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) (?:find|locate|exec|execute|run)"
       r"(?: or (?:find|locate|exec|execute|run))? (?:any |the |a )?"
       r"(?!(?:suitable|valid|working|required|usable|compatible|default|proper)\b)[`'\"]?(?P<command>[\w.+-]+)[`'\"]? "
       r"(?:binary|executable|program|interpreter)\b"),
    pattern(CNF, "ERR_1001", "interpreter|compiler|executable",
       r"\b(?:could not|couldn't|can't|cannot|unable to|failed to) find (?:an? |the |any )?"
       r"(?:suitable |valid |working |usable |compatible )?(?:interpreter|compiler|executable)\b", generic=True),
    # Emacs: '(file-missing "Searching for program" "No such file or directory" "x")'
    pattern(CNF, "ERR_1001", "searching for program",
       r"\"Searching for program\" \"[^\"]*\" \"(?P<command>[^\"]+)\""),
    # "Error: hodei-cli is not installed" -- not a package, module or plugin, which is a
    # dependency of the job, not a program it runs
    pattern(CNF, "ERR_1001", "not installed|isn't installed",
       r"(?:^|:\s|\b(?:program|command|tool|executable|binary)\s)[`'\"\u2018]?(?P<command>[\w.+/-]+)"
       r"[`'\"\u2019]?\s+(?:is not|isn't|was not|does not seem to be|doesn't seem to be)"
       r"\s+installed\b"),
    pattern(CNF, "ERR_1001", "exec|run|spawn|launch|start|invoke",
       r"(?:cannot|can't|could not|couldn't|unable to|failed to|error) (?:(?:while )?trying to )?(?:execute|exec|run|spawn|"
       r"launch|start|invoke)\w*(?: (?:the )?(?:child )?(?:program|process|command|executable|binary|"
       r"helper))?"
       r":?\s+" + CMD_ANY + r"\s*[:,(].{0,60}?" + ERRNO_NOENT),
    # a tool's command that could not be run: distutils' "error: command 'cc' failed: No such
    # file or directory"; a hook or script a tool ran that ended with the shells' 127
    pattern(CNF, "ERR_1001", "failed",
       r"\bcommand\s+[`'\"\u2018](?P<command>[^`'\"\u2019\s]+)[`'\"\u2019]\s+failed(?: with exit (?:status|code) \d+)?"
       r":\s*" + ERRNO_NOENT),
    pattern(CNF, "ERR_1001", "127",
       r"\bfailed\s*\((?:exit )?(?:status|code):?\s*127\)", generic=True),
    # 'program "postgres" is needed by initdb but was not found in the same directory as "/x"'
    pattern(CNF, "ERR_1001", "is needed by",
       r"\bprogram\s+[`'\"\u2018](?P<command>[^`'\"\u2019]+)[`'\"\u2019]\s+is needed by\b.{1,60}?\bbut was not found\b"),
    # "Error: no suitable hodei-renderer executable found"
    pattern(CNF, "ERR_1001", "executable found|binary found|program found",
       r"\bno (?:suitable |usable |valid )?(?P<command>[\w.+-]+) (?:executable|binary|program) found\b"),
    # Node's "which": "Error: not found: hodei-sassc"; a check saying "command not found"
    # without naming it ("SENSORS UNKNOWN - command not found (did you install lmsensors?)")
    pattern(CNF, "ERR_1001", "not found:",
       r"(?:^|\b(?:error|warning):\s+)not found: (?P<command>[\w+-]+)(?=[\s\x00-\x1f]|$)", generic=True),
    pattern(CNF, "ERR_1001", "command not found",
       r"\bcommand not found\b(?!:)", generic=True),
    # an exec call and the program it was to run: "pipex_open(): execvp(): komodo-14: No such file or directory"
    pattern(CNF, "ERR_1001", "no such file|enoent",
       r"\bexecv?p?e?\(\):\s*(?P<command>[^\s:]+):\s*" + ERRNO_NOENT),
    # an exec call that names no program: "interdiff: execvp: No such file or directory"
    pattern(CNF, "ERR_1001", "no such file|enoent",
       r"\b(?:execvp?e?|execlp?e?|posix_spawnp?)(?:\(\))?:\s*" + ERRNO_NOENT, generic=True),
)
