"""The other lines of a stderr tail, as data: the kinds of line that are not the decisive error
(summary noise, stack frames, warnings, quoted text, the start of a report), the words that mark
an error, continuations, hints that carry a detail, and reinterpretations of a decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ._strerror import STRERROR, localised


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


SIGNAL_REPORTS: Final = ("Aborted", "Segmentation fault", "Killed", "Bus error", "Interrupt", "Illegal instruction",
                         "Floating point exception", "Terminated", "Trace/breakpoint trap", "KeyboardInterrupt")
"""A shell's or a runtime's words for a process a signal ended (Python's for SIGINT too)."""


LINE_KINDS: Final[tuple[LineKind, ...]] = (
    # Stack frames and continuation lines: indented text (Python, Java, Node, Go, gcc's caret
    # display), Node's "{ ... }" error objects, Ruby's "from" lines, Java's "... 2 more".
    LineKind("frame", r"^(?:\s+\S|\s*[{}\]]\s*,?$|\s*\^[~^]*\s*$|\s*\.\.\. \d+ more$|"
                      r"\s*\d+ \|)"),
    # Ruby's unindented frames ("/x/Rakefile:3:in `block in <top (required)>'") and rake's chain
    # of tasks ("Tasks: TOP => build")
    LineKind("frame", r"^\S+:\d+:in [`'\u2018]|^Tasks: \S+(?: => \S+)+$"),
    LineKind("frame", r"^(?:Caused by:(?: |$)|goroutine \d+ |main\.main\(|\t|- /\S+$|Require stack:$|"
                      r"File \"[^\"]+\", line \d+)"),
    # The header of a stack trace printed after the error (Lua's "stack traceback:", PHP's
    # "Stack trace:" and "#0 {main}", CMake's "Call Stack (most recent call first):"), and a
    # path on a line of its own, continuing the line above it (7-Zip names its file so).
    LineKind("frame", r"^[\w.-]+(?:/[\w.-]+)*\.\w{1,8}$"),
    # a compiler's excerpt of the source after its error, each line after its number:
    # '1 @import "partials/variables.less";', "2 body { color: @brand; }"
    LineKind("frame", r"^\d{1,5} (?=.*[;{}=@])"),
    LineKind("frame", r"^(?:stack traceback|Stack trace|Call Stack \(most recent call first\)|"
                      r"Backtrace|Stack backtrace):\s*$|^Backtrace for: |^#\d+ |^/[^\s:]+$|^\d+: \(|"
                      r"^['\"`\u2018]/[^\s:'\"`]+['\"`\u2019]$"),
    # Go's crash dump below the error that caused it: memory words, registers, the signal
    LineKind("frame", r"^0x[0-9a-f]+:\s|^(?:r[a-z0-9]{1,3}|e[a-z]{2}|[re]?flags|[cdefgs]s)\s+0x[0-9a-f]+$|"
                      r"^PC=0x|^SIG[A-Z]+: |^runtime: g \d+: |^stack: frame=|^created by |"
                      r"^runtime stack:$|^runtime_\w+$|"
                      r"^[\w./*()-]+\([^()]*\)$|^stack: [0-9a-f ]+$"),
    # where the error above happened, on a line of its own: "in file 'x.jpg'", "for file x.png"
    LineKind("frame", r"^\s*(?:in|for|while (?:reading|writing|processing)) (?:the )?(?:input |output )?"
                      r"(?:file|directory|path) \S.{0,200}$"),
    LineKind("frame", r"^\"[^\"]+\"$|>>>.*<<<|^\$[0-9A-F]{6,}\b|^\(.{0,200}\bline \d+\b.{0,40}\)$"),
    # where in its own source a program raised the error above: "Location: file x.c; line 2104",
    # "*** (ByteStream.cpp:747)", "*** 'void f(const char*)'" (a C++ signature on its own)
    # where in its own source a library raised the error above (GStreamer's "Additional debug
    # info:", "../plugins/elements/gstfilesrc.c(553): gst_file_src_start (): /GstPipeline:x:")
    LineKind("frame", r"^Additional debug info:$|^(?:\.\./)*[\w/.-]+\.(?:c|cc|cpp|cxx|h)\(\d+\): \w+ \(\)"),
    # Tcl's trace of where an error was raised (OpenOCD's scripts): "in procedure 'script'",
    # 'at file "embedded:startup.tcl", line 28'
    LineKind("frame", r"^in procedure ['\"][^'\"]*['\"]\s*$|^at file \"[^\"]+\", line \d+$"),
    LineKind("frame", r"^Location:\s|^\s*--> \S+\s*$|^(?:\*+\s+)?\([\w./+-]+\.\w+:\d+\)\s*$|"
                      r"^(?:\*+\s+)?'[^']*\w\([^']*\)[^']*'\s*$"),
    # where in the job's input the error above was found, and nothing else: "Error found at
    # /x/app.conf:2.", "error at line 3"; what the error was about, dumped after it: "sql =
    # CREATE TABLE (", "parameters = None", ");"
    LineKind("frame", r"^(?:\S+:\s+)?(?:error|problem)s? (?:(?:was )?(?:found|occurred|detected) )?(?:at|in|on) "
                      r"(?:line \d+|\S+:\d+(?::\d+)?)\.?$|^[a-z_][\w.]* = \S|^\s*[)\]}]+;?\s*$"),
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
                      r"terminating|stopping)(?: now)?\b\W*$|^Died: \S+ terminated:|"
                      r"^(?:\S+:? )?(?:compilation|build|task|execution) (?:aborted|terminated|stopped|failed|"
                      r"halted)\W*$|^(?:Esecuzione interrotta|Ausf\u00fchrung angehalten|Ex\u00e9cution arr\u00eat\u00e9e|"
                      r"Ejecuci\u00f3n interrumpida|Execu\u00e7\u00e3o interrompida)\W*$|"
                      r"\breturned an? (?:error|non-?zero|failure) exit ?(?:code|status)\b|"
                      r"^(?:\S+: )?There (?:were|was) \d+ errors?\b"),
    LineKind("noise", r"^[\w.-]+:\s*$|^\W{1,3}$"),  # a program's name with nothing after it; a stray "."
    # "1 error generated.", "Unrecoverable error, exit code 1", "error: Bad exit status from x"
    LineKind("noise", r"^\d+ (?:errors?|warnings?)(?: and \d+ (?:errors?|warnings?))? generated\.?$|"
                      r"^\d+ errors?, \d+ warnings?\.?$|\b\d+ errors? (?:detected|found)\.?$|^\d+ errors? (?:in|during) \w+\.?$|"
                      # a build tool's summary between dots: "...failed updating 1 target(s)..."
                      r"^\.\.\.\S.*\.\.\.$|"
                      r"\b(?:error|failed|failure),? exit (?:code|status) \d+\.?$|"
                      r"\b(?:bad|non-?zero|unexpected) exit (?:status|code)\b|"
                      r"\breturned (?:an? )?(?:error |non-?zero |failure )?exit (?:status|code)\b|"
                      r"\bfailed(?::| with)(?: exit)? (?:status code|status|code) (?!127\b)\d+\.?$|"
                      r"^Found (?:\w+ )?errors?(?:\(s\))?\.?$|^[\w .-]{1,40}\[\d+\] = \S|"
                      r"^(?:for )?more information:?\s*$|^\[[ .]\] |^Done\b|\s:\s*(?:aborting|exiting)\s*:|"
                      r"\bfor (?:more|further) (?:information|details|help)\.?$|"
                      r"^(?:\S+: )?(?:Exiting|Aborting|Stopping|Terminating) (?:due to|because of|after|on)\b|"
                      # a program's "Terminated on error" in its other languages
                      r"^(?:terminato|beendet|termin[\u00e9e]|terminado) (?:con|mit|avec|par|en|com) "
                      r"(?:un |une )?(?:errore|fehler|erreur|error|erro)\b|"
                      r"\bfatal error at line \d+:$|^Errors? encountered\b|"
                      r"^(?:\S+: )?errors? (?:in|during|while) (?!(?:writing|reading|opening|creating|saving|loading)\b)\w+(?: \w+)?\.?$|"
                      r"^(?:CPU Usage|Maximum Resident Size|Page faults\b[^:]*|Memory usage|Peak memory):|"
                      r"\b(?:terminated|exited|stopped) abnormally\b|\babnormal (?:exit|termination)\b|"
                      r"\bexited with (?:status |code )?(?!127\b)\d+\.?$|\bcommand returns? \d+\.?$|"
                      r"\bexiting with (?:exit )?(?:status |code )(?!127\b)\d+\.?$|"
                      # a run's start and end said with the time: "[*] ending @ 18:44:00 /2026-12-07/",
                      # "Stopped: Mon Dec  7 18:45:04 2026"; vim's "shell returned 127" below the
                      # shell's own words; a count of a verb's failures: "add: 1 failed"
                      r"^\W{0,4}(?:start(?:ing|ed)?|end(?:ing|ed)?|stopp(?:ing|ed)|finish(?:ing|ed)) ?(?:@|at|:)\s*"
                      r"(?:\w{3} \w{3} +\d+ )?\d\d?:\d\d|^shell returned -?\d+$|^\w+: \d+ failed$|"
                      # a package manager's cleanup and recap: "* removing '/x/lib/pkg'", "ERROR:
                      # compilation failed for package 'x'"; an editor's plea after a failed write
                      r"^\* removing\b|\bfailed for package\b|^(?:do not|don't) (?:quit|exit|close)\b|"
                      r"\bterminated with (?:exit )?(?:status|code) (?!127\b)\d+\.?$|"
                      # the command a tool ran, said again after its error: "Command was: gs -q ...",
                      # "Full command line was:", "> oiiotool x.exr -o y.png", "... executed command : gs"
                      r"^(?:full )?command(?: line)? was\b|\bexecuted command\s*:|^> \S|"
                      r"^\(.{0,30}\b(?:gives|for|shows) (?:usage|help)\)$|"
                      r"\breturned (?:a )?non-?zero exit status\b"),
    # Suggestions and questions after the error: "Perhaps you used the wrong -p option?",
    # "Install missing gem executables with ...", "-- you may want to run as ...", "Is there a
    # repository at the following location?", "Use the \"file\" command."
    LineKind("noise", r"^(?:(?:error|warning|info|note|hint)\s*:?\s+)?[\W_]*(?:Or,?\s+)?(?:Please|Try|Consider|"
                      r"Specify|Make sure|Ensure|"
                      r"Install|Perhaps|Maybe|Did you mean|To fix|"
                      r"To initiali[sz]e|To install|To create|You (?:may(?! not)|might|can|could|should|need to|will need to)|"
                      r"If you)\b|^[\W_]*Use\b(?!.*\b(?:error|fail|cannot|denied|not found)\b)|"
                      r"^(?:Is|Are|Did|Do|Does|Have|Has|Was|Were) [^.:]*\?$|"
                      r"^(?:\S+: )?(?:error: )?Nothing to (?:do|generate|build|compile|output)\b"),
    # A shell's report of a signal ("Aborted (core dumped)", "bash: line 1: 42 Killed  ./x"):
    # the signal itself is a fact of the run, the report says nothing more
    LineKind("noise", r"^(?:\S+: (?:line \d+:\s+)?\d+\s+)?(?:" + "|".join(SIGNAL_REPORTS) + r")"
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
                      r"For more information about this error|gpg: Total number processed)"),
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
    #   for more details", "Full log written to /x", "for details see /var/log/x"; or to a page
    #   ("For more information and tips for troubleshooting, please check the X" "website at URL")
    LineKind("noise", r"\b(?:complete|full|whole|detailed|verbose|debug)\s+(?:debug\s+)?logs?\b"
                      r"|^(?:\S+:? )?(?:please )?(?:see|check|consult|refer to|inspect|look (?:at|in)|"
                      r"view|read)\s+(?:the\s+)?(?:[\w-]+\s+)?['\"`\u2018]?[^\s'\"`]*\blogs?\b"
                      r"|\blogs?\s(?:files?\s)?(?:(?:was|were|have been|has been|is|are)\s)?"
                      r"(?:written|saved|stored|kept|available)\s(?:to|in|at)\b"
                      r"|\bfor (?:more |further |full )?(?:details|information|info),? (?:see|check|read)\b"
                      r"|^(?:\S+:? )?(?:see|read) \S+ for (?:more |further |full )?(?:details|information)"
                      r"|\b(?:error |crash )?report(?: file)?\b.{0,40}\b(?:saved|written|stored)\b"
                      r"|^(?:full|complete|detailed) (?:error )?report (?:at|in|written to)\b"
                      r"|^#\s*(?:/\S+)?$|^(?:examine|check|see|read|inspect) the (?:server )?log(?: output| file)?s?\.?$"
                      # a web page pointed to: "website at http://x.org/Errors", "see https://x/faq"
                      r"|^(?:[\w-]+\s+){0,4}(?:https?://|www\.)\S+\s*$"
                      r"|^for (?:more|further) (?:information|details|help|tips)\b"),
    # - how to learn more or run again: Gradle's "* Try:" block, Maven's "[Help 1]", "Try
    #   'ls --help' for more information", "You can rerun the command with --verbose"
    LineKind("noise", r"^\* (?:Try|Get more help(?: at)?)\b|^> (?:Run with|Get more help|Rerun)\b"
                      r"|\b(?:re-?run(?:ning)?|run(?:ning)?(?: it)?(?: again)?)\b.{0,60}\b(?:with|using)\b"
                      r".{0,40}\s-{1,2}\w"
                      r"|^(?:\[\w+\] )?(?:To see the full stack trace|For more information about the "
                      r"errors|\[Help \d+\])|^Try ['\"`\u2018]?\S+ (?:-h|--help|help)\b"
                      r"|^For more information,? try\b"
                      # "Run easyrsa without commands for usage and command help."
                      r"|^(?:run|type|use) ['\"`\u2018]?[\w.-]+['\"`\u2019]?(?: [\w-]+){0,4} for (?:usage|help|more)\b"),
    # - tips and hints: Homebrew's "==> ..." sections and "Hide these hints with ...", "tip: ..."
    LineKind("noise", r"^==> |^(?:Hide|Disable|Silence|Suppress) (?:these|this|the) "
                      r"(?:hints?|messages?|notices?|tips?)\b|^(?:\S+: )?(?:tip|hint|note|suggestion)s?:"),
    # - timing summaries: "BUILD FAILED in 2s", "Done in 0.52s.", "real 0m0.1s"
    LineKind("noise", r"^(?:\S+ )?(?:BUILD )?(?:FAILED|FAILURE|SUCCESSFUL|Done|Finished|Completed)"
                      r" in [\d.]+\s*(?:ms|s|m|sec|seconds?|minutes?)\b|^(?:real|user|sys)\s+\d+m[\d.]+s$"
                      r"|^\d+ actionable tasks?:|^(?:Total|Elapsed)(?: time)?:? [\d.:]+\s*(?:ms|s|"
                      r"seconds?|minutes?)?\.?$"
                      # a run's statistics, aligned ("Models       : 0+", "CPU Time     : 0.000s")
                      r"|(?-i:^(?!(?:Error|ERROR|Fatal|FATAL|Warning|WARNING)\s)[A-Z][\w ()/-]{0,30}?\s{2,}: \S)"
                      # a verdict in one word ("UNKNOWN", "FAILED", "UNSATISFIABLE")
                      r"|(?-i:^[A-Z]{4,}!?$)"),
    # - a heading that only announces what follows ("System ERROR:", "Error:"), a log level
    #   with nothing after it ("[ERROR] "), a pointer to --help for usage
    LineKind("noise", r"^\s*(?:[^:]{1,30}:\s*)?(?:[\w ]{0,30}\s)?(?:error|errors|fatal)s?:\s*$|"
                      r"^\[(?:ERROR|FATAL|WARN(?:ING)?|INFO)\]\s*$|"
                      r"(?:--help|-h)\b.{0,30}\b(?:for|to see) (?:usage|more information|help)"),
    # - a program's version said after its error ("ecCodes Version: 2.28.0"), a program saying
    #   it has stopped ("Artistic Style has terminated"), a step's recap with its exit code
    #   ("`gcc' failed in phase `Linker'. (Exit code: 1)")
    LineKind("noise", r"\bversion:?\s+v?\d+(?:\.\d+)+\S*\s*$|^[\w .-]{1,40} has (?:terminated|stopped|"
                      r"aborted|exited)\.?$|\bfailed\b.{0,80}\((?:exit|return) (?:code|status):? (?!127\b)\d+\)\.?$"),
    # - what the job should do next: "Please create a package description file x.cabal or ...",
    #   "Please install x first", "Check that it is configured and running."
    # - a heading over the command that failed, said again, and the options it had: "While
    #   executing:", "Options selected for Qhull 2020.2.r 2020/08/31:"
    LineKind("noise", r"^While (?:executing|running|processing)\b.{0,60}:\s*$|^Options selected for\b"),
    LineKind("noise", r"^(?:\S+:\s+)?please (?:create|add|install|run|check|set|specify|provide|make sure|"
                      r"ensure|use|try|fix|update|consider)\b|"
                      # "Check that it is configured and running.", "Check config file, permissions
                      # and the documentation.", "Setup (x file, web server or permissions) may be wrong."
                      r"^(?:check|make sure|ensure|verify) (?:that|if|whether|your|the|config\w*|permissions)\b|"
                      r"\b(?:may|might|could) be (?:wrong|incorrect|misconfigured)\.?$"),
    # - explanations and pointers after the error: "It looks like you are trying to use a ...
    #   plugin that is not installed.", "To learn more about this feature, consult the
    #   documentation", "Exiting because a job execution failed. Look above for error messages",
    #   "Shutting down, this might take some time.", "Removing output files of failed job x"
    LineKind("noise", r"^(?:it looks like|it seems(?: that)?|looks like|did you mean|maybe you)\b|"
                      r"^either\b.{1,80}\bor\b|^ask for help\b|"
                      r"^to learn more\b|\bconsult the documentation\b|\blook above for\b|"
                      r"^shutting down\b|^removing (?:the )?(?:output|temporary|partial|incomplete) "
                      r"files?\b|\bto avoid (?:a )?cascad\w*\b|"
                      r"^(?:\S+:\s+)?(?:(?:error|\w*Error)\s*:\s+)?(?:this|that|which) (?:may|might|could|can|is|"
                      r"usually|probably|likely|often)\b.{0,30}\b(?:because|means|happens|indicates)\b"),
    # - recaps that a job, step or session failed, said by the program that ran it ("nox >
    #   Command ls x failed with exit code 2", "nox > Session docs failed.", "At least one job did
    #   not complete successfully.", "ERROR: some files failed to be added", "There have been
    #   errors!", "ERROR: Could not finish exporting 'x'!", "WorkflowError:"); a status of 127
    #   is not a recap, it says what is missing
    LineKind("noise", r"^(?!.*\b127\b)(?:\S+(?::| >)\s+){0,2}(?:command|session|job|step|stage|task)\b.{0,100}"
                      r"\bfailed(?: with (?:exit )?(?:code|status) \d+)?\.?$|"
                      r"^(?:at least one|some|\d+) (?:jobs?|tasks?|steps?|files?|items?|packages?) "
                      r"(?:did not complete|failed|were skipped|could not)\b|"
                      r"^(?:\S+:\s+)?(?:ERROR: )?some (?:files?|items?|packages?|jobs?) failed\b|"
                      r"^there (?:have been|were) (?:some )?errors\b|"
                      r"^(?:\S+:\s+)?(?:ERROR: )?could not (?:finish|complete) [\w ]{1,30}['\"`][^'\"`]+['\"`]!?$|"
                      r"^\w*(?:Error|Exception):\s*$|^Error in (?:rule|job|step|task|stage) \S+:\s*$|"
                      r"^\w+(?:Error|Exception) in file .{1,200}, line \d+:\s*$|"
                      r"^(?!.*\b127\b)Command .{1,300} returned non-zero exit status \d+\.?$|"
                      r"\binvocation(?: of \S+)? failed\.?$|"
                      # makepp's recap: "makepp: error: Failed to build target `/x/all' [254]"
                      r"\bfailed to build target [`'\"]?\S+?['\"]? \[-?\d+\]\.?$|"
                      r"^\[[A-Z][a-z]{2} [A-Z][a-z]{2} +\d+ [\d:]+ \d{4}\]$|^Found \d+ errors?\.?$"),
    # - a runner's recap of a command or task it ran: Node's "Error: Command failed: tar ...",
    #   gulp's "'dist' errored after 7.95 ms", Grunt's "Aborted due to warnings.", tar's "Exiting
    #   with failure status due to previous errors" in the C library's languages
    LineKind("noise", r"^(?!.*\b127\b)(?:\w*Error: )?Command failed: |\berrored after [\d.]+\s*(?:ms|s)\b|"
                      r"^Aborted due to (?:warnings|errors)\.?$|^tar: .{0,60}\b(?:vorheriger Fehler|"
                      r"erreurs pr\u00e9c\u00e9dentes|errores anteriores|errori precedenti|erros anteriores)\b"),
    # - a progress bar drawn after the error ("Executing:   0%|          | 0/1 [00:00<?, ?cell/s]")
    LineKind("noise", r"\b\d{1,3}%\|[^|]*\|\s*\d+/\d+\b|"
                      # and a step's progress ending in its status: "... --> [/x.wav] :   0%  46% ERROR"
                      r"\s\d{1,3}%(?:\s+\d{1,3}%)*\s+(?:ERROR|FAILED|FAIL|OK|DONE)$"),
    # - a Lisp's or Scheme's dialogue after its error: MIT Scheme's ";To continue, call RESTART
    #   with an option number:", "; (RESTART 1) => Return to read-eval-print level 1.", "2 error>",
    #   "End of input stream reached."; a list of possible causes introduced by "Either"
    LineKind("noise", r"^;To continue, call RESTART\b|^; \(RESTART \d+\) =>|^\d+ error>\s*$|"
                      r"^End of input stream reached\.?$|^Either:?$"),
    # a run's closing figures and recaps: "Elapsed time at end of performance: real: 0.002s, CPU:
    # 0.002s", "input results for file `/x':", "   0 sectors out", "dc3dd failed at 2026-12-07 ...",
    # "0 bytes ( 0 ) copied ( 0% ), 0 s, 0 K/s", a task runner's "TaskError - taskid:x", ".  x",
    # "report <stdout>:" under a line of hashes
    LineKind("noise", r"\breal: [\d.]+s, CPU: [\d.]+s$|^(?:input|output) results for (?:file|device)\b|"
                      r"^\s*\d+ sectors (?:in|out)$|^\S+ (?:failed|completed|started) at \d{4}-\d\d-\d\d [\d:]+|"
                      r"\bcopied \(\s*\d+% \)|^Task(?:Error|Failed) - taskid:\S+$|^\.\s+\S+$|^#{10,}$|"
                      r"^\S+ <std(?:out|err)>:$|^end of score\b"),
    # a settings dump after the error: "Blocksize: 4096", "Source: /x/in.img", "Min read attempts: 3"
    LineKind("noise", r"^(?!.*(?:error|fatal|fail|exception|cannot|can't|could|unable|denied|refused|invalid|"
                      r"missing|\bnot?\b|notfound|abort|panic|warn|bad(?! blocks)|unknown|illegal|wrong|introuvable|nicht|"
                      r"encontrad|trovat|inexist|impossib|fehl|erreur|errore|\berro\b|chec|negad|negat|verweigert|refus))"
                      r"(?-i:[A-Z][a-z][\w-]*)(?: [\w()/-]+){0,5} ?: \S+(?: \(\d+\)| \S+)?$|"
                      r"^[\w.+-]+ v?\d+(?:\.\d+)+$"),  # and a program's name and version alone
    # a script's report that it did not finish, after its error (Praat's 'Script "x" not
    # completed.', 'Script line 1 not performed or completed:', the script line quoted in
    # guillemets), and a run's closing line ("Stopped checking at 2026-12-07 23:05:36+000 (9 seconds)")
    LineKind("noise", r"^(?:\S+: )?(?:script|command|job|task|step)\b.{0,120}\bnot (?:performed or )?completed\b[.:]?$|"
                      r"^\u00ab .* \u00bb$|^(?:Stopped|Finished|Ended|Done) [\w ]{0,30}\bat \d{4}-\d\d-\d\d[ T][\d:]+"),
    # a run's statistics after its error: "Statistics:", "URL lengths: min=77, max=77, avg=77.",
    # "Content types: 0 image, 0 text, 0 video and 1 other."
    LineKind("noise", r"(?-i:^Statistics:$|^[A-Z][\w ]{0,30}: (?:\w+=[\d.]+\w*,? ?){2,}\.?$|"
                      r"^[A-Z][\w ]{0,30}: (?:\d+ \w+,? (?:and )?){2,}\w*\.?$)"),
    # a footer offering help at a web page: "Having any troubles? Hit us up at https://x/support"
    LineKind("noise", r"\b(?:help|support|troubles?|questions?)\b.{0,60}https?://|https?://\S+.{0,40}\b(?:help|support)\b"),
    # a summary table after the error (ltrace -c: rules of dashes, its header, its total)
    LineKind("noise", r"^[-=\s]{10,}$|^% time\s+seconds\b|^\s*100\.00\s.*\btotal$"),
    # a tool's info lines after its error ("[*] Reading from file: /x"), a log's closing arrow ("<====")
    LineKind("noise", r"^\[[*+i]\] |^<=+$|^=+>$"),
    # a daemon saying it stopped after its error: "slapd stopped.", "Server shut down."
    LineKind("noise", r"^(?:\S+ ){0,3}\w+ (?:stopped|shut ?down)\.?$"),
    # a program's banner said after its error: "MPlayer 1.5 (C) 2000-2023 MPlayer Team"
    LineKind("noise", r"^\S+(?: [\w.+-]+)? \(C\) (?:\d{4}-)?\d{4}\b"),
    # - TeX's dialogue after its error: "! Emergency stop.", "!  ==> Fatal error occurred, no
    #   output PDF file produced!", "Transcript written on x.log.", "Enter file name:", "l.3 ..."
    LineKind("noise", r"^! Emergency stop\.?$|^!\s+==> Fatal error occurred\b|^Transcript written on |^<\*> |"
                      r"^(?:Enter file name|Please type another [\w ]+):?\s*$|^Type X to quit\b|"
                      r"^or enter new name\.|^\(Press Enter to retry\b|^<read \*>|^l\.\d+ |"
                      r"^No pages of output\.$"),
    # - a build tool's summary that a subcommand failed, without why ("ninja: build stopped:
    #   subcommand failed.", "error: command failed with exit code 1")
    LineKind("noise", r"\bbuild stopped\b|^(?:\S+:\s+){0,2}(?:error: )?(?:sub)?(?:command|process|task|"
                      r"script|recipe)s? (?:failed|exited|returned)\b[^:]{0,40}$|"
                      r"^(?:\S+:\s+){0,2}\S+ returned (?:an? )?(?:error|non-?zero|failure)\s?(?:exit ?code|"
                      r"exit status|status|code)\b[^:]{0,20}$|"
                      r"^(?:\S+:\s+)?(?:fatal: )?compilation (?:aborted|terminated|failed)\.?$"),
    # - a test runner's or build's closing timing: "no tests ran in 0.15s", "=== 1 failed in 2s ==="
    LineKind("noise", r"\bin [\d.]+\s*(?:ms|s|sec|seconds)\s*=*\.?$"),
    # Warnings: "warning: ...", "Warning: ...", "npm WARN ...", "W: ..."
    LineKind("warning", r"^(?:\S+: )?(?:warning|warn)\b|^npm WARN |^W: "),
    # Quoted text: diff lines, assertion messages comparing strings.
    LineKind("quote", r"^(?:[<>] |[-+]\s|@@ |\d+(?:,\d+)?[acd]\d+(?:,\d+)?$)|^\s+[-+](?=\S)|"
                      r"^\s*AssertionError\b|\bassertion\b.{0,60}\bfailed\b"),
    # Errors that are not the OS's, whatever words they quote: a program's own exceptions, and a
    # client that cannot reach its server (psql names the socket it looked for).
    LineKind("quote", r"^(?:[\w.]+\.)?(?:ValueError|KeyError|TypeError|IndexError|AttributeError|"
                      r"NameError|ZeroDivisionError|JSONDecodeError|ModuleNotFoundError|"
                      r"ImportError|NotImplementedError|ArgumentError|NoMethodError): |"
                      r"^psql: error: connection to server|"
                      r"\b(?:connection to|connect to|connecting to) (?:the )?(?:server|daemon|service|"
                      r"database|broker)\b.{0,80}\b(?:failed|refused)\b|"
                      r"^(?!.*(?:" + localised("EAGAIN") + r"|Failed to execute child process)).*\.sock(?:et)?\b['\"]?.{0,40}(?:"
                      + localised("ENOENT")
                      + r"|Connection refused)|"
                      r"\b(?:connect|connecting) (?:the )?socket\b|\.s\.PGSQL\.\d+\b|"
                      r"\bconnect(?:\(\))?: (?:" + localised("ENOENT") + r"|Connection refused)|"
                      r"\bconnect(?:ing)? to (?:the )?server socket\b|"
                      r"^(?!.*\bpermission\b).*\b(?:connect|conectar|verbindung)\w*\b.{0,40}\bdaemon\b|\bcannot find -l\S+|"
                      r"\bconnection (?:aborted|refused|reset)\b.{0,80}(?:No such file or directory|"
                      r"FileNotFoundError)|\bsocket to\b.{0,80}(?:No such file or "
                      r"directory|Connection refused)|"
                      r"(?:No such file or directory|Connection refused).{0,40}\.sock(?:et)?\b|"
                      r": .*\((?:ArgumentError|RuntimeError|NameError|NoMethodError|TypeError|"
                      r"KeyError|StandardError)\)$"),
    # An uncaught exception of the program's own (PHP's "Uncaught RuntimeException: ..."), unless
    # it carries an errno (Node's "Uncaught Error: ENOENT: ...") or wraps a PHP function's own
    # warning ("Uncaught ...RuntimeException: pcntl_fork(): Error 11", "file_put_contents(/x): ...")
    LineKind("quote", r"\bUncaught (?:[\w\\]*\\)?\w*(?:Exception|Error): (?!E[A-Z]{3,}\b)(?!\w+\([^)]*\): )"),
    # a stale errno perror() appends to a whole sentence: "Recompile Velvet to deal with this word
    # length.: No such file or directory" (the sentence is the error, the errno left over)
    LineKind("quote", r"\b[a-z]{2,}\.: (?:No such file or directory|Success)$"),
    # the same after a sentence that says what was wrong with the data: "The input is an empty
    # file: No such file or directory" (in any language)
    LineKind("quote", r"\b(?:is|was) (?:an? )?(?:empty|corrupt\w*|truncated|malformed|invalid)\b(?: \w+){0,3}: (?:"
                      + localised("ENOENT") + r"|Success)$"),
    # a linter's finding that quotes the file's own text: 'x.md:7:1 error MD018/no-missing-space-atx
    # No space after hash on atx style heading [Context: "#Read-only file system"]'
    LineKind("quote", r"\[Context: \".*\"\]$"),
    # a test runner's report of a failed test, whatever the test's error says
    LineKind("quote", r"^FAILED \S+::\S+|^E {2,}\S"),
    LineKind("quote", r"\bAssertionError\b|\bassert(?:ion)?\b.*\b(?:expected|not found in|==)"
                      r"|ERR_ASSERTION|\bexpected\b.*\bgot\b"),
    # The first line of a Python traceback chained to the final one ends what came before.
    LineKind("report", r"^Traceback \(most recent call last\):$"),
)
"""Tried in order on each line that no pattern makes a candidate; the first kind that matches
decides. ``report`` lines are also noise."""

NOISE_GUARD: Final = localised(*STRERROR)
"""The OS's words for an errno in any locale: a line saying them is never noise, whatever its
shape (``info: cannot open /x: Permission denied`` is an error, not a notice)."""

ERROR_MARKER: Final = (r"\b(?:errors?|fehler|erreur|errore|erro|fatal|failed|failure|fail|exception|panic|cannot|can't|"
                       r"fehlgeschlagen|\u00e9chec|\u00e9chou\u00e9|impossible|impossibile|fallito|fall\u00f3|falhou|"
                       r"couldn't|could not|unable|denied|refused|abort(?:ed|ing)?|invalid|bad|"
                       r"missing|not found|no such|does not exist|doesn't exist|not opened|ne peut|terminate called|not possible)\b|ERR!|^E: |\bERROR\b|"
                       r"\b\w+Error\b")
"""Words by which a line says something went wrong: when no pattern explains a failure, the
ERR_1007 evidence quotes the tail's final line if it reads as an error."""

# A line that only continues the one above it: the OS's message on a line of its own (unzip,
# C++'s "  what():  Resource temporarily unavailable" below "terminate called after throwing"),
# a curl warning wrapped at the terminal's width.
CONTINUATIONS: Final[tuple[tuple[str, str], ...]] = (
    (r"^\s*(?:what\(\):\s+)?(?P<rest>" + localised(*STRERROR) + r")\s*$", ": "),
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
    r"^\s*--> (?P<path>[^\s:]+)(?::\d+)*\s*$",            # a linter's or compiler's location arrow
    r"^\s*(?:in|for|while (?:reading|writing|processing)) (?:the )?(?:input |output )?(?:file|directory|path) "
    r"['\"`\u2018]?(?P<path>[^'\"`\u2019\s]+)['\"`\u2019]?[.:]?\s*$",  # where the error above happened
    # a call and its path said first, as Perl's die and C's perror() say them: "mkdir x: ..."
    r"^(?:[\w.+-]+: )?(?:mkdir|rmdir|opendir|chdir|unlink|creat|mkfifo|mknod) ['\"`\u2018]?"
    r"(?P<path>[^\s:'\"`\u2019]+)['\"`\u2019]?: ",
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
    # a program Python was told to run, named as bytes and without a directory (Ansible's
    # command module): "[Errno 2] No such file or directory: b'hodei-migrate'"
    ("ERR_1003", r"\[Errno 2\] No such file or directory: b'[^/']+'\s*$", "ERR_1001", "command"),
    # the same named as a string: a bare lower-case name, without a directory or an extension, is
    # a program a tool ran ("[Errno 2] No such file or directory: 'rpm'"), not a file it opened
    ("ERR_1003", r"\[Errno 2\] No such file or directory: '[a-z][a-z0-9_+-]*'\W*$", "ERR_1001", "command"),
)
"""(code, regex over the final error's lines, new code, the key the path becomes): a decisive
line whose code is ``code`` means ``new code`` when another line of its report says so."""
