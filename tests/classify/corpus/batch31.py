"""Sealed batch 31: less common language runtimes and their toolchains."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (82.7% of codes, 62/75), then worked on."""
B = f"{R}/batch31"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
mkdir -p noas nocc dubproj dubdep dunebad dunedep
# PATH directories that hold /usr/bin without the assembler, or without the C compiler driver
for f in /usr/bin/*; do
  b=$(basename "$f")
  case "$b" in as|x86_64-linux-gnu-as) ;; *) ln -sf "$f" noas/"$b" ;; esac
  case "$b" in cc|gcc|gcc-[0-9]*|x86_64-linux-gnu-gcc*|c89*|c99*) ;; *) ln -sf "$f" nocc/"$b" ;; esac
done
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
printf '{"name": "report", "dependencies": {"vibe-d": "~>0.9.5"}}\n' > dubdep/dub.json
mkdir -p dubdep/source
printf 'void main() {}\n' > dubdep/source/app.d
printf '(lang dune 2.9)\n' > dunebad/dune-project
printf '(executable\n (name main)\n (libraries str)\n' > dunebad/dune
printf 'let () = print_endline "x"\n' > dunebad/main.ml
printf '(lang dune 2.9)\n' > dunedep/dune-project
printf '(executable\n (name main)\n (libraries yojson))\n' > dunedep/dune
printf 'let () = print_endline "x"\n' > dunedep/main.ml
chmod -R a+rX .
"""

CASES = [
    # --- gawk ---------------------------------------------------------------------------------
    dict(id="gawk-source-missing", tool="gawk",
         script="gawk -f /nonexistent/etl/report.awk data.csv", code="ERR_1003",
         why="the awk program file the job names does not exist",
         path="/nonexistent/etl/report.awk"),
    dict(id="gawk-include-missing", tool="gawk",
         script="printf '@include \"/nonexistent/lib/strings.awk\"\\nBEGIN { print 1 }\\n' > main.awk; "
                "gawk -f main.awk",
         code="ERR_1003", why="the file the program includes does not exist",
         path="/nonexistent/lib/strings.awk"),
    dict(id="neg-gawk-syntax", tool="gawk",
         script="gawk 'BEGIN { total = 0 } { total += $3 } END { print total ' /dev/null",
         code="ERR_1007", why="the awk program has a syntax error: the job's own bug"),
    dict(id="gawk-output-rofs", tool="gawk",
         script="seq 5 | gawk '{ print $1 * 2 > \"'$M'/doubled.txt\" }'", code="ERR_1012",
         mount="ro", why="the program writes its output onto a read-only mount",
         path="$M/doubled.txt"),
    dict(id="de-gawk-input-missing", tool="gawk",
         script="gawk -F, '{ n++ } END { print n }' /nonexistent/export/kunden.csv",
         code="ERR_1003", lang="de_DE.UTF-8", why="the input file does not exist",
         path="/nonexistent/export/kunden.csv"),
    dict(id="neg-gawk-quotes-denied", miss="a line the program printed ends in 'sshd: Permission denied': read as the OS's words", tool="gawk",
         script="printf 'sshd: Permission denied\\ncron: ok\\n' > auth.log; "
                "gawk '/denied/ { print \"found: \" $0 > \"/dev/stderr\"; bad = 1 } "
                "END { exit bad }' auth.log",
         code="ERR_1007", why="the program reports lines it matched and fails by its own check; "
                              "the words are quoted log content"),
    dict(id="gawk-unreadable", tool="gawk", script=f"gawk 'END {{ print NR }}' {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the input file",
         path=f"{L}/secret.txt"),
    dict(id="gawk-split-inodes", tool="gawk",
         script="seq 40 | gawk '{ print > (\"'$M'/part-\" NR % 8 \".txt\") }'", code="ERR_1012",
         mount="inodes", why="no inodes are left for the files the program splits its input into",
         path="$M/part-3.txt"),
    # --- mawk ---------------------------------------------------------------------------------
    dict(id="mawk-output-denied", tool="mawk",
         script=f"echo a | mawk '{{ print > \"{RD}/out.txt\" }}'", code="ERR_1002", user=NOBODY,
         why="the output's directory is not writable by the job's user", path=f"{RD}/out.txt"),
    dict(id="neg-mawk-syntax", tool="mawk", script="mawk '{ if ($1 > 2 print $1 }' /dev/null",
         code="ERR_1007", why="syntax error in the awk program"),
    dict(id="neg-mawk-regex", tool="mawk",
         script="printf 'missing file\\n' | mawk '$1 ~ /missing[/ { n++ } END { print n }'",
         code="ERR_1007", why="the program's regular expression is malformed: its own bug"),
    # --- lua 5.1 / 5.3 / luajit ---------------------------------------------------------------
    dict(id="lua51-script-missing", tool="lua5.1", script="lua5.1 /nonexistent/scripts/deploy.lua",
         code="ERR_1003", why="the script file does not exist", path="/nonexistent/scripts/deploy.lua"),
    dict(id="neg-lua51-error-words", miss="a script's own error quotes 'permission denied' in brackets after 'config file not found'", tool="lua5.1",
         script="lua5.1 -e 'error(\"config file not found: app.toml (check permission denied)\")'",
         code="ERR_1007", why="the script raises its own error; its message merely quotes error words"),
    dict(id="lua53-open-denied", tool="lua5.3",
         script=f"lua5.3 -e 'local f = assert(io.open(\"{L}/secret.txt\")) print(f:read(\"a\"))'",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the file the script opens",
         path=f"{L}/secret.txt"),
    dict(id="neg-lua53-module-missing", tool="lua5.3",
         script="lua5.3 -e 'local cjson = require(\"cjson\")'", code="ERR_1007",
         why="a Lua module dependency is not installed: a missing library"),
    dict(id="lua53-write-full", tool="lua5.3",
         script="lua5.3 -e 'local f = assert(io.open(os.getenv(\"M\")..\"/dump.txt\", \"w\")) "
                "for i = 1, 20000 do assert(f:write(string.rep(\"x\", 63), \"\\n\")) end "
                "assert(f:close())'",
         code="ERR_1012", mount="full", why="the disk is full while the script writes"),
    dict(id="lua53-open-rofs", tool="lua5.3",
         script="lua5.3 -e 'assert(io.open(os.getenv(\"M\")..\"/state.json\", \"w\"))'",
         code="ERR_1012", mount="ro", why="the script writes onto a read-only mount",
         path="$M/state.json"),
    dict(id="neg-luajit-syntax", tool="luajit",
         script="printf 'local t = {1, 2\\nprint(t)\\n' > bad.lua; luajit bad.lua",
         code="ERR_1007", why="syntax error in the script"),
    # --- pypy3 --------------------------------------------------------------------------------
    dict(id="neg-pypy3-module-missing", tool="pypy3", script="pypy3 -c 'import psycopg2'",
         code="ERR_1007", why="a Python package the script imports is not installed"),
    dict(id="pypy3-open-denied", tool="pypy3",
         script=f"pypy3 -c 'print(open(\"{L}/secret.txt\").read())'", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the file", path=f"{L}/secret.txt"),
    dict(id="pypy3-spawn-missing", tool="pypy3",
         script="pypy3 -c 'import subprocess; subprocess.run([\"hodei-render\", \"--all\"], check=True)'",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-render"),
    dict(id="pypy3-spawn-eagain", tool="pypy3",
         script="ulimit -u 1; pypy3 -c 'import subprocess; subprocess.run([\"true\"])'",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the child the script starts"),
    dict(id="pypy3-exec-format", tool="pypy3",
         script=f"pypy3 -c 'import subprocess; subprocess.run([\"{B}/foreign\"])'",
         code="ERR_1004", why="the program the script runs is built for another architecture"),
    dict(id="neg-pypy3-assert", tool="pypy3",
         script="pypy3 -c 'rows = []; assert len(rows) > 0, \"no rows: input file missing or empty\"'",
         code="ERR_1007", why="the script's own assertion failed; the message merely quotes words"),
    dict(id="pypy3-inodes", tool="pypy3",
         script="pypy3 -c 'import os\nfor i in range(10): open(os.environ[\"M\"] + \"/part-%d\" % i, \"w\").close()'",
         code="ERR_1012", mount="inodes", why="no inodes are left on the file system"),
    # --- gdc / gccgo --------------------------------------------------------------------------
    dict(id="gdc-source-missing", tool="gdc", script="gdc -o app /nonexistent/src/app.d",
         code="ERR_1003", why="the source file does not exist", path="/nonexistent/src/app.d"),
    dict(id="neg-gdc-type-error", tool="gdc",
         script="printf 'void main() { int x = \"not found\"; }\\n' > app.d; gdc -c app.d",
         code="ERR_1007", why="type error in the D source"),
    dict(id="gdc-as-missing", tool="gdc",
         script=f"printf 'void main() {{}}\\n' > app.d; PATH={B}/noas gdc -c app.d",
         code="ERR_1001", why="the assembler the compiler driver runs is not on PATH", command="as"),
    dict(id="gdc-output-denied", tool="gdc",
         script=f"printf 'void main() {{}}\\n' > app.d; gdc -o {RD}/app app.d", code="ERR_1002",
         user=NOBODY, why="the output's directory is not writable by the job's user",
         path=f"{RD}/app"),
    dict(id="gdc-output-full", tool="gdc",
         script="printf 'import std.stdio; void main() { writeln(1); }\\n' > app.d; gdc -o $M/app app.d",
         code="ERR_1012", mount="full", why="the disk is full while the compiler writes"),
    dict(id="neg-gdc-import-missing", tool="gdc",
         script="printf 'import vibe.d;\\nvoid main() {}\\n' > app.d; gdc -c app.d",
         code="ERR_1007", why="the imported D module is not installed: a missing library dependency"),
    dict(id="neg-gccgo-undefined", tool="gccgo",
         script="printf 'package main\\nfunc main() { x := undefinedThing(); _ = x }\\n' > main.go; gccgo -c main.go",
         code="ERR_1007", why="the Go source uses an undefined name"),
    dict(id="gccgo-linker-missing", tool="gccgo",
         script="printf 'package main\\nfunc main() {}\\n' > main.go; gccgo -fuse-ld=mold -o app main.go",
         code="ERR_1001", why="the linker the driver is told to use is not installed"),
    dict(id="gccgo-thread-limit", tool="gccgo",
         script="printf 'package main\\nimport \"fmt\"\\nfunc main() { c := make(chan int); for i := 0; i < 4; i++ { go func(i int) { c <- i }(i) }; for i := 0; i < 4; i++ { fmt.Println(<-c) } }\\n' > main.go; "
                "gccgo -o app main.go && ulimit -u 1 && exec ./app",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the threads the Go runtime creates"),
    # --- gprolog ------------------------------------------------------------------------------
    dict(id="gplc-source-missing", tool="gplc", script="gplc -o solver /nonexistent/src/solver.pl",
         code="ERR_1003", why="the Prolog source does not exist", path="/nonexistent/src/solver.pl"),
    dict(id="gplc-cc-missing", tool="gplc",
         script=f"printf 'main :- write(ok), nl.\\n:- initialization(main).\\n' > m.pl; PATH={B}/nocc gplc -o m m.pl",
         code="ERR_1001", why="the C compiler gplc runs to link is not on PATH",
         command="gcc"),
    dict(id="neg-gprolog-existence", tool="gprolog",
         script="printf ':- initialization(main).\\nmain :- catch(run, E, (write(user_error, E), nl(user_error), halt(1))).\\n"
                "run :- G = load_config(X), call(G), write(X), nl.\\n' > m.pl; gplc --no-top-level -o m m.pl && ./m",
         code="ERR_1007", why="the program calls a predicate that does not exist: its own bug"),
    dict(id="neg-gprolog-syntax", tool="gplc",
         script="printf 'main :- write(ok nl.\\n' > m.pl; gplc -o m m.pl 1>&2",
         code="ERR_1007", why="syntax error in the Prolog source"),
    # --- ecl / clisp --------------------------------------------------------------------------
    dict(id="ecl-load-missing", tool="ecl",
         script="ecl --norc --load /nonexistent/build/package.lisp --eval '(quit)' </dev/null 1>&2",
         code="ERR_1003", why="the Lisp file to load does not exist",
         path="/nonexistent/build/package.lisp"),
    dict(id="neg-ecl-error", tool="ecl",
         script="ecl --norc --eval '(error \"cannot open database: connection refused\")' --eval '(quit)' </dev/null 1>&2",
         code="ERR_1007", why="the program signals its own error; the message merely quotes words"),
    dict(id="ecl-cc-missing", miss="ECL names gcc inside its RUN-PROGRAM form and then says only 'exec: No such file or directory'", tool="ecl",
         script=f"echo '(defun f (x) (* x 2))' > f.lisp; PATH={B}/nocc ecl --norc --eval '(unless (compile-file \"f.lisp\") (ext:quit 1))' --eval '(quit)' </dev/null 1>&2",
         code="ERR_1001", why="the C compiler ECL runs to compile is not on PATH",
         command="gcc"),
    dict(id="clisp-script-missing", tool="clisp", script="clisp /nonexistent/tools/gen.lisp",
         code="ERR_1003", why="the Lisp script does not exist", path="/nonexistent/tools/gen.lisp"),
    dict(id="neg-clisp-undefined", tool="clisp",
         script="echo '(format t \"~a~%\" (load-settings))' > s.lisp; clisp s.lisp",
         code="ERR_1007", why="the script calls an undefined function: its own bug"),
    dict(id="de-clisp-script-missing", tool="clisp", script="clisp /nonexistent/werkzeug/bau.lisp",
         code="ERR_1003", lang="de_DE.UTF-8", why="the Lisp script does not exist",
         path="/nonexistent/werkzeug/bau.lisp"),
    dict(id="fr-clisp-write-denied", tool="clisp",
         script=f"echo '(with-open-file (s \"{RD}/rapport.txt\" :direction :output) (print 1 s))' > w.lisp; clisp w.lisp",
         code="ERR_1002", user=NOBODY, lang="fr_FR.UTF-8",
         why="the job's user may not write into the directory", path=f"{RD}/rapport.txt"),
    dict(id="es-neg-clisp-unbound", tool="clisp",
         script="echo '(print (+ 1 total))' > t.lisp; clisp t.lisp", code="ERR_1007",
         lang="es_ES.UTF-8", why="the script uses an unbound variable: its own bug"),
    # --- chez / mit scheme --------------------------------------------------------------------
    dict(id="scheme-script-missing", tool="scheme",
         script="scheme --script /nonexistent/src/main.ss", code="ERR_1003",
         why="the Scheme script does not exist", path="/nonexistent/src/main.ss"),
    dict(id="scheme-write-rofs", tool="scheme",
         script="echo '(with-output-to-file (string-append (getenv \"M\") \"/out.txt\") (lambda () (display 1)))' > w.ss; scheme --script w.ss",
         code="ERR_1012", mount="ro", why="the script writes onto a read-only mount",
         path="$M/out.txt"),
    dict(id="mit-scheme-load-missing", tool="mit-scheme",
         script="mit-scheme --quiet --load /nonexistent/lib/build.scm --eval '(exit)' </dev/null 1>&2",
         code="ERR_1003", why="the file to load does not exist", path="/nonexistent/lib/build.scm"),
    dict(id="neg-mit-scheme-unbound", tool="mit-scheme",
         script="mit-scheme --quiet --eval '(begin (display (fetch-rows)) (exit))' </dev/null 1>&2",
         code="ERR_1007", why="the program uses an unbound variable: its own bug"),
    # --- polyml / smlnj -----------------------------------------------------------------------
    dict(id="poly-use-missing", tool="poly",
         script="poly --use /nonexistent/src/main.sml </dev/null 1>&2", code="ERR_1003",
         why="the SML file to use does not exist", path="/nonexistent/src/main.sml"),
    dict(id="neg-poly-type-error", tool="poly",
         script="echo 'val x : int = \"not found\";' > t.sml; poly --use t.sml </dev/null 1>&2",
         code="ERR_1007", why="type error in the SML source"),
    dict(id="polyc-output-denied", tool="polyc",
         script=f"echo 'fun main () = print \"ok\\\\n\";' > m.sml; polyc -o {RD}/m m.sml",
         code="ERR_1002", user=NOBODY,
         why="the output's directory is not writable by the job's user", path=f"{RD}/m"),
    dict(id="neg-sml-type-error", tool="sml",
         script="echo 'fun total (xs : int list) = foldl op+ 0 xs; val n = total [\"a\"];' > t.sml; sml t.sml </dev/null 1>&2",
         code="ERR_1007", why="type error in the SML source"),
    dict(id="neg-sml-uncaught", tool="sml",
         script="echo 'val _ = raise Fail \"input file missing\";' > f.sml; sml f.sml </dev/null 1>&2",
         code="ERR_1007", why="the program's own uncaught exception, quoting words"),
    # --- ocamlfind / dune ---------------------------------------------------------------------
    dict(id="neg-ocamlfind-package-missing", tool="ocamlfind",
         script="echo 'let () = ()' > m.ml; ocamlfind ocamlopt -package lwt -linkpkg m.ml -o m",
         code="ERR_1007", why="the OCaml package the build needs is not installed"),
    dict(id="ocamlfind-as-missing", tool="ocamlfind",
         script=f"echo 'let () = print_endline \"x\"' > m.ml; PATH={B}/noas ocamlfind ocamlopt -c m.ml",
         code="ERR_1001", why="the assembler ocamlopt runs is not on PATH",
         command="x86_64-linux-gnu-as"),
    dict(id="neg-dune-syntax", tool="dune",
         script=f"cp -r {B}/dunebad/. .; dune build ./main.exe", code="ERR_1007",
         why="the dune file has a syntax error"),
    dict(id="neg-dune-library-missing", tool="dune",
         script=f"cp -r {B}/dunedep/. .; dune build ./main.exe", code="ERR_1007",
         why="the library the project depends on is not installed"),
    # --- dub ----------------------------------------------------------------------------------
    dict(id="dub-single-missing", tool="dub", script="dub run --compiler=gdc --single gen.d",
         code="ERR_1003", why="the single-file package dub is told to run does not exist",
         path=f"{R}/w/dub-single-missing/gen.d"),
    dict(id="neg-dub-dependency-offline", tool="dub",
         script=f"cp -r {B}/dubdep/. .; dub build --compiler=gdc --skip-registry=all",
         code="ERR_1007", why="the package's dependency cannot be found"),
    # --- pcc ----------------------------------------------------------------------------------
    dict(id="pcc-source-missing", tool="pcc", script="pcc -c /nonexistent/src/util.c",
         code="ERR_1003", why="the C source does not exist", path="/nonexistent/src/util.c"),
    dict(id="pcc-include-missing", tool="pcc",
         script="printf '#include \"config/hodei_build.h\"\\nint main(void) { return 0; }\\n' > m.c; pcc -c m.c",
         code="ERR_1003", why="the header the source includes does not exist",
         path="config/hodei_build.h"),
    dict(id="neg-pcc-syntax", tool="pcc",
         script="printf 'int main(void) { int x = ; return x }\\n' > m.c; pcc -c m.c",
         code="ERR_1007", why="syntax error in the C source"),
    # --- yabasic / rexx / slsh ----------------------------------------------------------------
    dict(id="yabasic-program-missing", tool="yabasic", script="yabasic /nonexistent/report.bas",
         code="ERR_1003", why="the BASIC program does not exist", path="/nonexistent/report.bas"),
    dict(id="neg-yabasic-error", miss="the program's own 'file not found: totals.dat' reads as the missing file it names", tool="yabasic",
         script="printf 'print \"start\"\\nerror \"file not found: totals.dat\"\\n' > r.bas; yabasic r.bas 1>&2",
         code="ERR_1007", why="the program stops with its own error, quoting words"),
    dict(id="rexx-program-missing", tool="rexx", script="rexx /nonexistent/jobs/nightly.rexx",
         code="ERR_1003", why="the Rexx program does not exist", path="/nonexistent/jobs/nightly.rexx"),
    dict(id="neg-rexx-syntax", tool="rexx",
         script="printf 'say \"start\"\\nif x = 1 then do\\n  say x\\n' > r.rexx; rexx ./r.rexx",
         code="ERR_1007", why="syntax error in the Rexx program"),
    dict(id="neg-slsh-undefined", tool="slsh",
         script="printf 'variable n = count_rows(\"data.csv\");\\n' > c.sl; slsh c.sl",
         code="ERR_1007", why="the script calls an undefined function"),
    dict(id="slsh-open-denied", tool="slsh",
         script=f"printf 'variable fp = fopen(\"{L}/secret.txt\", \"r\");\\nif (fp == NULL) throw OpenError, \"{L}/secret.txt: \" + errno_string(errno);\\n' > o.sl; slsh o.sl",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the file",
         path=f"{L}/secret.txt"),
    # --- jruby / kotlinc ----------------------------------------------------------------------
    dict(id="jruby-script-missing", tool="jruby", script="jruby /nonexistent/bin/release.rb",
         code="ERR_1003", why="the script does not exist", path="/nonexistent/bin/release.rb"),
    dict(id="neg-jruby-loaderror", tool="jruby", script="jruby -e 'require \"nokogiri\"'",
         code="ERR_1007", why="a gem the script requires is not installed"),
    dict(id="jruby-thread-limit", tool="jruby", script="ulimit -u 1; jruby -e 'puts 1'",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the JVM's threads"),
    dict(id="kotlinc-source-missing", tool="kotlinc",
         script="kotlinc /nonexistent/src/Main.kt -d out", code="ERR_1003",
         why="the source file does not exist", path="/nonexistent/src/Main.kt"),
    dict(id="neg-kotlinc-type-mismatch", tool="kotlinc",
         script="echo 'fun main() { val n: Int = \"missing\" }' > Main.kt; kotlinc Main.kt -d out",
         code="ERR_1007", why="type mismatch in the Kotlin source"),
]
