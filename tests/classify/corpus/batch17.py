"""Sealed batch 17: compilers, interpreters, build helpers and developer utilities of languages
and tools not covered before (GnuCOBOL, Haskell, Ada, Gambit, Clojure, newLISP, PicoLisp,
pForth, CoffeeScript, esbuild, Sass, UglifyJS, Jsonnet, cmark, patchutils, quilt, diff
helpers, C formatters and checkers, GNU Global, ccache, distcc)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (82.7% of codes, 67/81), then worked on."""
F = f"{R}/batch17"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
cat > hello.cob <<'EOF'
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HELLO.
       PROCEDURE DIVISION.
           DISPLAY "HELLO".
           STOP RUN.
EOF
cat > bad.cob <<'EOF'
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BAD.
       PROCEDURE DIVISION.
           MOVE CUSTOMER-TOTAL TO WS-REPORT-LINE.
           DISPLAY "record not found".
           STOP RUN.
EOF
printf 'square = (x) -> x * x\nconsole.log square 4\n' > app.coffee
printf 'settings =\n  user: "deploy"\n  mode: "read-only"\nif settings.mode is "read-only" then\n  console.log "permission denied" +\n' > bad.coffee
printf 'function add(a, b) { return a + b; }\nconsole.log(add(1, 2));\n' > ok.js
printf 'function lookup( {\n  return "file not found";\n}\n' > bad.js
printf 'import _ from "lodash";\nconsole.log(_.chunk([1, 2, 3], 2));\n' > dep.js
printf '$c: #336699;\nbody { color: $c; }\n' > ok.scss
printf '@import "partials/variables";\nbody { color: $primary; }\n' > imp.scss
printf 'body { color: $brand-missing; }\n' > undef.scss
printf '{ name: "api", replicas: 2 }\n' > ok.jsonnet
printf 'local cfg = import "config/base.libsonnet";\n{ name: cfg.name }\n' > imp.jsonnet
printf '{ name: "api", replicas: }\n' > bad.jsonnet
printf 'local env = std.extVar("DEPLOY_ENV");\n{ env: env }\n' > ext.jsonnet
printf '{ image: error "required field image not found in values" }\n' > err.jsonnet
printf 'a\nb\n' > a.txt
printf 'a\nc\n' > b.txt
printf 'a\nd\n' > c.txt
diff -u a.txt b.txt > p1.patch || true
diff -u a.txt c.txt > p2.patch || true
printf 'this is not a patch: missing headers, permission denied\n' > junk.patch
mkdir -p q-missing/patches q-fail/patches
printf 'hello\nworld\n' > q-missing/f.txt
printf 'fix-typo.patch\n' > q-missing/patches/series
printf 'hello\nworld\n' > q-fail/f.txt
printf 'fix-typo.patch\n' > q-fail/patches/series
printf -- '--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n-goodbye\n+hello there\n world\n' > q-fail/patches/fix-typo.patch
printf '#include <stdio.h>\nint main(void){printf("hi\\n");return 0;}\n' > ok.c
printf 'int main(void) {\n  if (x {\n  return 0;\n}\n' > bad.c
printf 'int f(int *p){ char buf[4]; int x; return x + p[0]; }\n' > warn.c
mkdir -p src
cp ok.c src/main.c
printf 'main :: IO ()\nmain = putStrLn "hi"\n' > Main.hs
printf 'main :: IO ()\nmain = putStrLn (1 + "x")\n' > Bad.hs
printf 'import Data.Aeson\nmain :: IO ()\nmain = print 1\n' > Dep.hs
printf 'main :: IO ()\nmain = readFile "/nonexistent/config.yaml" >>= putStr\n' > Rd.hs
printf 'procedure Bad is\n   X : Integer := "ten";\nbegin\n   null;\nend Bad;\n' > bad.adb
printf 'project App is\n   for Source_Dirs use (".");\n   for Main use ("bad.adb");\n   for Object_Dir use "obj";\nend App;\n' > app.gpr
printf '(define (f x) (* x x))\n(display (f 4))\n(newline)\n' > ok.scm
printf '(println (+ 1 "x"))\n' > cast.clj
printf '(load "/nonexistent/lib/util.lsp")\n(exit)\n' > load.lsp
printf '(throw-error "permission denied: read-only account")\n(exit)\n' > throw.lsp
printf '(load "/nonexistent/lib/db.l")\n(bye)\n' > load.l
printf '(prinl (fetch-record 3))\n(bye)\n' > undef.l
printf ': sq dup * ;\n5 sq . cr\nopen-missing-file\nbye\n' > word.fs
# a compiler built for another architecture (aarch64 ELF header)
cp /bin/true armcc
printf '\xb7\x00' | dd of=armcc bs=1 seek=18 conv=notrunc 2>/dev/null
chmod 755 armcc
# PATH directories holding the tool but not the programs it spawns
mkdir -p nodiff nocc
for t in wdiff colordiff interdiff perl; do ln -sf "$(command -v $t)" nodiff/$t; done
for t in ghc gsc; do ln -sf "$(command -v $t)" nocc/$t; done
mkdir -p private
cp hello.cob private/ledger.cob
cp ok.c private/billing.c
printf '# Notes\n' > private/notes.md
printf 'console.log("secret");\n' > private/keys.js
chmod -R a+rX .
chmod 600 private/*
printf '$c: red;\n' > "$HODEI_CORPUS_ROOT/locked/theme.scss"
"""

N = "nobody"

CASES = [
    # --- GnuCOBOL -----------------------------------------------------------------------------
    dict(id="cobc-missing-source", tool="cobc", script="cobc -x src/payroll.cob", code="ERR_1003",
         path="src/payroll.cob",
         why="The COBOL source file given to the compiler does not exist."),
    dict(id="it-cobc-missing-source", tool="cobc", script="cobc -x src/stipendi.cob",
         code="ERR_1003", lang="it_IT.UTF-8", path="src/stipendi.cob",
         why="The COBOL source file given to the compiler does not exist (Italian messages)."),
    dict(id="neg-cobc-undefined", tool="cobc", script=f"cobc -x {F}/bad.cob", code="ERR_1007",
         why="The program uses data names it never declares: an error in the job's own source."),
    dict(id="neg-es-cobc-undefined", tool="cobc", script=f"cobc -x {F}/bad.cob",
         code="ERR_1007", lang="es_ES.UTF-8",
         why="The program uses undeclared data names: the job's own source error, in Spanish."),
    dict(id="cobc-cc-missing", tool="cobc",
         script=f"COB_CC=x86_64-linux-musl-gcc cobc -x {F}/hello.cob", code="ERR_1001",
         command="x86_64-linux-musl-gcc",
         why="The C compiler cobc is told to run is not installed."),
    dict(id="cobc-cc-wrong-arch", tool="cobc", script=f"COB_CC={F}/armcc cobc -x {F}/hello.cob",
         code="ERR_1004",
         why="The C compiler cobc runs is an aarch64 binary and cannot be executed here."),
    dict(id="cobc-output-rofs", tool="cobc", script=f"cobc -x {F}/hello.cob -o $M/hello",
         code="ERR_1012", mount="ro", path="$M/hello",
         why="The executable is written onto a read-only file system."),
    dict(id="cobc-unreadable", tool="cobc", script=f"cobc -x {F}/private/ledger.cob",
         code="ERR_1002", user=N, path=f"{F}/private/ledger.cob",
         why="The source file is root's and mode 600; the job's user may not read it."),
    # --- CoffeeScript -------------------------------------------------------------------------
    dict(id="neg-coffee-syntax", tool="coffee", script=f"coffee -c -o . {F}/bad.coffee 1>&2",
         code="ERR_1007",
         why="The CoffeeScript source ends in the middle of an expression: a syntax error."),
    dict(id="coffee-inodes", tool="coffee",
         script=f"for n in a b c d; do cp {F}/app.coffee $n.coffee; done; "
                "coffee -c -o $M a.coffee b.coffee c.coffee d.coffee 1>&2",
         code="ERR_1012", mount="inodes", path="$M/c.js",
         why="The output file system has no inodes left for the compiled files."),
    dict(id="coffee-output-eacces", tool="coffee", script=f"coffee -c -o {RD} {F}/app.coffee 1>&2",
         code="ERR_1002", user=N, path=f"{RD}/app.js",
         why="The output directory is root-owned and the job's user cannot write into it."),
    # --- esbuild ------------------------------------------------------------------------------
    dict(id="esbuild-missing-entry", tool="esbuild", script="esbuild src/index.js --bundle",
         code="ERR_1003", path="src/index.js",
         why="The entry point given to the bundler does not exist."),
    dict(id="neg-esbuild-unresolved-package", tool="esbuild",
         script=f"esbuild {F}/dep.js --bundle --outfile=out.js", code="ERR_1007",
         why="An imported npm package is not installed: a missing dependency of the project."),
    dict(id="neg-esbuild-syntax", tool="esbuild", script=f"esbuild {F}/bad.js --outfile=out.js",
         code="ERR_1007",
         why="The JavaScript source has a syntax error; the quoted string only looks like an error."),
    dict(id="esbuild-output-full", tool="esbuild",
         script=f"esbuild {F}/ok.js --bundle --outfile=$M/out.js", code="ERR_1012", mount="full", path="$M/out.js",
         why="Writing the bundle fails because the file system is full."),
    dict(id="esbuild-thread-limit", tool="esbuild",
         script=f"ulimit -u 1; esbuild {F}/ok.js --bundle --outfile=out.js", code="ERR_1004",
         user=N, why="Under a one-process limit the Go runtime cannot create its threads."),
    # --- sassc --------------------------------------------------------------------------------
    dict(id="sassc-import-missing", tool="sassc", script=f"sassc {F}/imp.scss out.css",
         code="ERR_1003", path="partials/variables",
         why="The stylesheet imports a partial that does not exist."),
    dict(id="neg-sassc-undefined-variable", tool="sassc", script=f"sassc {F}/undef.scss out.css",
         code="ERR_1007", why="The stylesheet uses a variable it never defines."),
    dict(id="sassc-output-rofs", tool="sassc", script=f"sassc {F}/ok.scss $M/site.css",
         code="ERR_1012", mount="ro",
         why="The CSS output goes onto a read-only file system."),
    dict(id="sassc-unreadable", tool="sassc", script=f"sassc {L}/theme.scss out.css",
         code="ERR_1002", user=N, path=f"{L}/theme.scss",
         why="The input lies in a root-only directory the job's user cannot enter."),
    # --- UglifyJS -----------------------------------------------------------------------------
    dict(id="uglifyjs-missing-input", tool="uglifyjs", script="uglifyjs dist/app.js -o app.min.js",
         code="ERR_1003", path="dist/app.js",
         why="The script to minify does not exist."),
    dict(id="neg-uglifyjs-parse", tool="uglifyjs", script=f"uglifyjs {F}/bad.js -o app.min.js",
         code="ERR_1007", why="The input has a JavaScript parse error."),
    # --- Jsonnet ------------------------------------------------------------------------------
    dict(id="jsonnet-import-missing", tool="jsonnet", script=f"jsonnet {F}/imp.jsonnet",
         code="ERR_1003", path="config/base.libsonnet",
         why="The configuration imports a library file that does not exist.",
         miss="'couldn't open import x: no match locally or in the library paths' gives its own reason, which no pattern knows"),
    dict(id="neg-jsonnet-syntax", tool="jsonnet", script=f"jsonnet {F}/bad.jsonnet",
         code="ERR_1007", why="The Jsonnet file has a syntax error."),
    dict(id="neg-jsonnet-extvar", tool="jsonnet", script=f"jsonnet {F}/ext.jsonnet",
         code="ERR_1007",
         why="An external variable the template needs was not passed: a usage error of the job."),
    dict(id="neg-jsonnet-error-not-found", tool="jsonnet", script=f"jsonnet {F}/err.jsonnet",
         code="ERR_1007",
         why="The template's own error() fires; its text merely says 'not found'."),
    dict(id="jsonnet-output-rofs", tool="jsonnet", script=f"jsonnet -o $M/deploy.json {F}/ok.jsonnet",
         code="ERR_1012", mount="ro", path="$M/deploy.json",
         why="The rendered JSON is written onto a read-only file system."),
    dict(id="jsonnet-multi-eacces", tool="jsonnet", script=f"jsonnet -m {RD} {F}/ok.jsonnet",
         code="ERR_1002", user=N, path=f"{RD}/name",
         why="The output files go into a root-owned directory the job's user cannot write."),
    # --- cmark --------------------------------------------------------------------------------
    dict(id="cmark-unreadable", tool="cmark", script=f"cmark {F}/private/notes.md",
         code="ERR_1002", user=N, path=f"{F}/private/notes.md",
         why="The Markdown file is root's and mode 600."),
    # --- patchutils, quilt, diff helpers --------------------------------------------------------
    dict(id="filterdiff-missing", tool="filterdiff", script="filterdiff -i '*.c' fixes.patch",
         code="ERR_1003", path="fixes.patch", why="The patch to filter does not exist."),
    dict(id="interdiff-no-patch-program", tool="interdiff",
         script=f"PATH={F}/nodiff interdiff {F}/p1.patch {F}/p2.patch", code="ERR_1001",
         why="interdiff runs patch to rebuild the files, and patch is not on PATH."),
    dict(id="quilt-series-missing-patch", tool="quilt",
         script=f"cp -r {F}/q-missing/. . && quilt push 1>&2", code="ERR_1003",
         path="patches/fix-typo.patch",
         why="The series file lists a patch file that does not exist."),
    dict(id="de-quilt-series-missing-patch", tool="quilt",
         script=f"cp -r {F}/q-missing/. . && quilt push 1>&2", code="ERR_1003",
         lang="de_DE.UTF-8", path="patches/fix-typo.patch",
         why="The series file lists a patch file that does not exist (German messages)."),
    dict(id="neg-quilt-push-fails", tool="quilt",
         script=f"cp -r {F}/q-fail/. . && quilt push 1>&2", code="ERR_1007",
         why="The patch does not apply to the sources: the job's own patch is stale."),
    dict(id="colordiff-no-diff", tool="colordiff",
         script=f"PATH={F}/nodiff colordiff {F}/a.txt {F}/b.txt", code="ERR_1001", command="diff",
         why="colordiff runs diff, which is not on PATH."),
    dict(id="wdiff-no-diff", tool="wdiff", script=f"PATH={F}/nodiff wdiff {F}/a.txt {F}/b.txt",
         code="ERR_1001", command="diff", why="wdiff runs diff, which is not on PATH."),
    dict(id="pt-wdiff-missing", tool="wdiff", script=f"wdiff {F}/a.txt versao-nova.txt",
         code="ERR_1003", lang="pt_BR.UTF-8", path="versao-nova.txt",
         why="The second file to compare does not exist (Portuguese messages)."),
    dict(id="diffstat-missing", tool="diffstat", script="diffstat release.diff", code="ERR_1003",
         path="release.diff", why="The diff to summarise does not exist."),
    # --- C source tools -----------------------------------------------------------------------
    dict(id="fr-indent-missing", tool="indent", script="indent src/parser.c", code="ERR_1003",
         lang="fr_FR.UTF-8", path="src/parser.c",
         why="The C file to reformat does not exist (French messages).",
         miss="the code is right; the path is on indent's line above the errno line, said in French"),
    dict(id="neg-indent-eof", tool="indent", script=f"indent {F}/bad.c -o out.c",
         code="ERR_1007", why="The C source is unbalanced and indent hits the end of file."),
    dict(id="indent-output-rofs", tool="indent", script=f"indent {F}/ok.c -o $M/main.c",
         code="ERR_1012", mount="ro", path="$M/main.c", why="The output goes onto a read-only file system."),
    dict(id="indent-unreadable", tool="indent", script=f"indent {F}/private/billing.c -o out.c",
         code="ERR_1002", user=N, path=f"{F}/private/billing.c",
         why="The C file is root's and mode 600."),
    dict(id="neg-astyle-bad-option", tool="astyle", script=f"cp {F}/ok.c . && astyle --style=gnu2 ok.c",
         code="ERR_1007", why="An invalid option value: a usage error."),
    dict(id="astyle-missing", tool="astyle", script="astyle src/format.c 1>&2", code="ERR_1003",
         path="src/format.c", why="The file to format does not exist."),
    dict(id="uncrustify-missing-config", tool="uncrustify",
         script=f"uncrustify -c .uncrustify.cfg -f {F}/ok.c", code="ERR_1003",
         path=".uncrustify.cfg", why="The configuration file named with -c does not exist.",
         miss='the code is right; the path is on the errno line above a reasonless final error that names none'),
    dict(id="cflow-missing", tool="cflow", script="cflow src/server.c", code="ERR_1003",
         path="src/server.c", why="The C file to analyse does not exist."),
    dict(id="neg-splint-parse", tool="splint", script=f"splint {F}/bad.c 1>&2", code="ERR_1007",
         why="splint cannot parse the C source: the job's own syntax error."),
    dict(id="neg-splint-warnings", tool="splint", script=f"splint {F}/warn.c 1>&2",
         code="ERR_1007", why="splint reports code warnings and fails the check."),
    dict(id="gtags-missing-dir", tool="gtags", script=f"cd {F}/src && gtags /nonexistent/tags",
         code="ERR_1003", path="/nonexistent",
         why="The directory to write the tag files into does not exist."),
    dict(id="global-no-gtags", tool="global", script=f"cp {F}/ok.c . && global main",
         code="ERR_1003", path="GTAGS",
         why="The tag database global reads was never made, so its file does not exist.",
         miss="'GTAGS not found' names a tag database not built yet, without a path or extension"),
    # --- ccache, distcc -----------------------------------------------------------------------
    dict(id="ccache-compiler-missing", tool="ccache",
         script=f"ccache x86_64-w64-mingw32-gcc -c {F}/ok.c", code="ERR_1001",
         command="x86_64-w64-mingw32-gcc",
         why="The compiler ccache is asked to wrap is not installed."),
    dict(id="ccache-wrong-arch", tool="ccache", script=f"ccache {F}/armcc -c {F}/ok.c -o ok.o",
         code="ERR_1004",
         why="The compiler is an aarch64 binary: exec format error."),
    dict(id="ccache-dir-rofs", tool="ccache", script=f"CCACHE_DIR=$M/ccache ccache gcc -c {F}/ok.c -o ok.o",
         code="ERR_1012", mount="ro", path="$M/ccache/tmp",
         why="The cache directory lies on a read-only file system."),
    dict(id="ccache-dir-eacces", tool="ccache", script=f"ccache gcc -c {F}/ok.c -o ok.o",
         code="ERR_1002", user=N, env={"CCACHE_DIR": f"{RD}/ccache"}, path=f"{RD}/ccache/tmp",
         why="The cache directory would be made in a root-owned directory the job cannot write."),
    dict(id="ccache-fork-limit", tool="ccache",
         script=f"ulimit -u 1; CCACHE_DIR=$PWD/.ccache ccache gcc -c {F}/ok.c -o ok.o", code="ERR_1004", user=N,
         why="Under a one-process limit ccache cannot fork the compiler."),
    dict(id="distcc-compiler-missing", tool="distcc",
         script=f"distcc arm-linux-gnueabihf-gcc -c {F}/ok.c -o ok.o", code="ERR_1001",
         command="arm-linux-gnueabihf-gcc",
         why="The cross compiler distcc is to run is not installed."),
    dict(id="neg-distcc-refused", tool="distcc", script=f"distcc gcc -c {F}/ok.c -o ok.o",
         code="ERR_1007", env={"DISTCC_HOSTS": "127.0.0.1:3999", "DISTCC_FALLBACK": "0"},
         why="No distcc server answers and local fallback is off: a service that does not answer."),
    # --- Haskell ------------------------------------------------------------------------------
    dict(id="ghc-missing-source", tool="ghc", script="ghc -outputdir obj app/Main.hs",
         code="ERR_1003", path="app/Main.hs", why="The Haskell source to compile does not exist."),
    dict(id="neg-ghc-type-error", tool="ghc", script=f"ghc -outputdir obj {F}/Bad.hs",
         code="ERR_1007", why="A type error in the program."),
    dict(id="neg-ghc-missing-module", tool="ghc", script=f"ghc -outputdir obj {F}/Dep.hs",
         code="ERR_1007",
         why="An imported library package is not installed: a missing dependency."),
    dict(id="ghc-outputdir-rofs", tool="ghc", script=f"ghc -outputdir $M/obj {F}/Main.hs -o app",
         code="ERR_1012", mount="ro", path="$M/obj",
         why="The object directory is to be made on a read-only file system."),
    dict(id="ghc-link-full", tool="ghc", script=f"ghc -outputdir obj {F}/Main.hs -o $M/app",
         code="ERR_1012", mount="full", path="$M/app",
         why="Linking the program fails because the disk is full."),
    dict(id="ghc-no-gcc", tool="ghc", script=f"PATH={F}/nocc ghc -outputdir obj {F}/Main.hs -o app",
         code="ERR_1001", command="x86_64-linux-gnu-gcc",
         why="ghc runs the C compiler to link, and it is not on PATH."),
    dict(id="ghc-thread-limit", tool="ghc", script=f"ulimit -u 1; ghc -outputdir obj {F}/Main.hs",
         code="ERR_1004", user=N,
         why="Under a one-process limit the GHC runtime cannot start its timer thread."),
    dict(id="runghc-read-missing", tool="runghc", script=f"runghc {F}/Rd.hs", code="ERR_1003",
         path="/nonexistent/config.yaml",
         why="The program reads a configuration file that does not exist."),
    dict(id="cabal-no-project", tool="cabal", script="cabal build", code="ERR_1003",
         why="There is no .cabal or cabal.project file in the directory to build."),
    # --- Ada ----------------------------------------------------------------------------------
    dict(id="gnatmake-missing", tool="gnatmake", script="gnatmake -q src/main.adb",
         code="ERR_1003", path="main.adb", why="The Ada main unit's file does not exist."),
    dict(id="neg-gnatmake-type", tool="gnatmake", script=f"gnatmake -q {F}/bad.adb",
         code="ERR_1007", why="A type error in the Ada source."),
    dict(id="neg-gprbuild-compile", tool="gprbuild",
         script=f"cp {F}/app.gpr {F}/bad.adb . && gprbuild -P app.gpr", code="ERR_1007",
         why="The project's main unit has a type error, so the compilation phase fails."),
    dict(id="gprbuild-missing-project", tool="gprbuild", script="gprbuild -P build/app.gpr",
         code="ERR_1003", path="build/app.gpr", why="The project file does not exist."),
    # --- Lisps, Forth, awk --------------------------------------------------------------------
    dict(id="gsc-no-gcc", tool="gsc", script=f"PATH={F}/nocc gsc -exe -o app {F}/ok.scm",
         code="ERR_1001", command="gcc",
         why="gsc runs gcc to build the executable, and gcc is not on PATH."),
    dict(id="clojure-missing-script", tool="clojure", script="clojure scripts/migrate.clj",
         code="ERR_1003", path="scripts/migrate.clj", why="The script to run does not exist."),
    dict(id="neg-clojure-classcast", tool="clojure", script=f"clojure {F}/cast.clj",
         code="ERR_1007", why="The program adds a string to a number: the job's own bug."),
    dict(id="newlisp-load-missing", tool="newlisp", script=f"newlisp {F}/load.lsp 1>&2",
         code="ERR_1003", path="/nonexistent/lib/util.lsp",
         why="The script loads a library file that does not exist."),
    dict(id="neg-newlisp-throw", tool="newlisp", script=f"newlisp {F}/throw.lsp 1>&2",
         code="ERR_1007",
         why="The script raises its own error whose text only quotes permission words.",
         miss="the program throws its own error whose words are 'permission denied: read-only account', read as the OS's"),
    dict(id="pil-load-missing", tool="pil", script=f"pil {F}/load.l", code="ERR_1003",
         path="/nonexistent/lib/db.l", why="The program loads a file that does not exist."),
    dict(id="neg-pil-undefined", tool="pil", script=f"pil {F}/undef.l", code="ERR_1007",
         why="The program calls a function that is not defined."),
    dict(id="pforth-missing", tool="pforth", script="pforth app/main.fs 1>&2", code="ERR_1003",
         path="app/main.fs", why="The Forth source to include does not exist."),
    dict(id="neg-pforth-unrecognized", tool="pforth", script=f"pforth {F}/word.fs 1>&2",
         code="ERR_1007", why="The source uses a word that is not defined."),
    dict(id="neg-original-awk-syntax", tool="original-awk",
         script=f"original-awk '{{print $1' {F}/a.txt", code="ERR_1007",
         why="A syntax error in the awk program."),
    dict(id="original-awk-output-dir-missing", tool="original-awk",
         script=f"original-awk '{{ print > \"/nonexistent/out/report.txt\" }}' {F}/a.txt",
         code="ERR_1003", path="/nonexistent/out/report.txt",
         why="The program writes into a directory that does not exist."),
]
