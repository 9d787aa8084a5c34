"""Sealed batch 44: less common build systems and code generators (tup, jam, b2, qmake,
remake, kmk, makepp, imake/xmkmf, makedepend, autogen, gyp, gn, lemon, peg/leg, kconfig,
help2man, jflex, javacc, autoconf/autoheader)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (73.4% of codes, 58/79), then worked on."""
D = f"{R}/batch44"
P = f"{D}/proj"            # root-owned project: readable, not writable by others
S = f"{D}/secret"          # root-only files (mode 600)
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
mkdir -p proj proj/build gnproj/build
cd proj
printf 'program ::= NUM.\n' > grammar.y
printf 'Main app : app.c ;\n' > Jamfile
printf 'int main(void) { return 0; }\n' > app.c
printf 'all:\n\ttouch built.stamp\n' > Makefile
printf '# DO NOT DELETE\n' > Makefile.dep
printf 'config FOO\n\tbool "foo"\n\tdefault y\n' > Kconfig
printf 'start <- "a"+ !.\n' > g.peg
printf '%%%%\n%%class Lexer\n%%standalone\n%%%%\n[a-z]+ { System.out.println(yytext()); }\n' > lexer.flex
printf 'PARSER_BEGIN(P)\npublic class P {}\nPARSER_END(P)\nvoid Start() : {} { <EOF> }\n' > Parser.jj
printf "{'targets': [{'target_name': 'app', 'type': 'executable', 'sources': ['app.c']}]}\n" > app.gyp
printf 'TEMPLATE = app\nCONFIG -= qt\nSOURCES += app.c\n' > app.pro
printf 'AC_INIT([app], [1.0])\nAC_OUTPUT\n' > configure.ac
printf 'exe app : app.c ;\n' > jamroot.jam
printf ': app.c |> gcc -c %%f -o %%o |> %%B.o\n' > Tupfile
printf 'autogen definitions list;\nname = widget;\n' > opts.def
printf '[+ AutoGen5 template txt +]\nname=[+ name +]\n' > list.tpl
cd ..
cd gnproj
printf 'buildconfig = "//build/BUILDCONFIG.gn"\n' > .gn
printf 'set_default_toolchain("//build:tc")\n' > build/BUILDCONFIG.gn
printf 'toolchain("tc") {\n  tool("stamp") {\n    command = "touch {{output}}"\n  }\n}\n' > build/BUILD.gn
printf 'group("all") {\n}\n' > BUILD.gn
cd ..
cp /bin/true armtool
printf '\xb7\x00' | dd of=armtool bs=1 seek=18 conv=notrunc 2>/dev/null
chmod 755 armtool
chmod -R a+rX .
mkdir -p secret
cp proj/grammar.y proj/g.peg proj/Kconfig proj/lexer.flex proj/Parser.jj proj/opts.def proj/app.gyp secret/
chmod 600 secret/*
"""

_GN = f"cp -r {D}/gnproj/. . && "

CASES = [
    # --- tup ------------------------------------------------------------------------------
    dict(id="tup-rule-cmd-missing", tool="tup",
         script="tup init >/dev/null; printf 'int x;\\n' > foo.c; "
                "printf ': foo.c |> hodei-cc -c %%f -o %%o |> %%B.o\\n' > Tupfile; tup",
         code="ERR_1001", command="hodei-cc",
         why="the Tupfile rule runs a compiler that is not installed"),
    dict(id="tup-missing-input", tool="tup",
         script="tup init >/dev/null; printf ': main.c |> gcc -c %%f -o %%o |> %%B.o\\n' > Tupfile; tup",
         code="ERR_1003", path="main.c",
         why="the rule's input file main.c does not exist"),
    dict(id="tup-init-eacces", tool="tup", script=f"cd {P} && tup init", user="nobody",
         code="ERR_1002", path=".tup",
         why="tup init must create its database in a project directory the job's user may not write"),
    dict(id="tup-init-rofs", tool="tup", script="cd $M && tup init", mount="ro", code="ERR_1012", path=".tup",
         why="tup init cannot create its database on a read-only file system"),
    dict(id="neg-tup-parse-error", tool="tup",
         script="tup init >/dev/null; printf ': foo.c |> gcc -c %%f\\n' > Tupfile; touch foo.c; tup",
         code="ERR_1007", why="the Tupfile has a syntax error (an unterminated rule)"),
    dict(id="neg-tup-rule-fails", tool="tup",
         script="tup init >/dev/null; touch in.txt; "
                "printf ': in.txt |> echo \"error: schema file not found, permission denied\" >&2; exit 3 |> \\n' > Tupfile; tup",
         code="ERR_1007",
         why="the build's own rule fails and only prints error words; nothing is missing"),
    dict(id="tup-fork-limit", tool="tup",
         script="tup init >/dev/null; touch a.txt; printf ': a.txt |> cp %%f %%o |> b.txt\\n' > Tupfile; ulimit -u 1; tup",
         user="nobody", code="ERR_1004",
         why="under a process limit of one, tup cannot start the processes of the build"),
    # --- jam / b2 ---------------------------------------------------------------------------
    dict(id="jam-cc-missing", tool="jam",
         script=f"cp {P}/Jamfile {P}/app.c . && jam -sCC=hodei-cc 1>&2",
         code="ERR_1001", command="hodei-cc",
         why="the build uses a C compiler that is not installed"),
    dict(id="jam-missing-source", tool="jam", script="printf 'Main app : app.c ;\\n' > Jamfile; jam 1>&2",
         code="ERR_1003", path="app.c", why="the source file the Jamfile names does not exist"),
    dict(id="jam-output-eacces", tool="jam", script=f"cd {P} && jam 1>&2", user="nobody",
         code="ERR_1002", path="app.o",
         why="the compiler cannot write its object file into a project directory the job's user may not write"),
    dict(id="neg-jam-syntax", tool="jam", script="printf 'Main app : app.c \\n rule {\\n' > Jamfile; jam 1>&2",
         code="ERR_1007", why="a syntax error in the project's own Jamfile"),
    dict(id="neg-jam-unknown-target", tool="jam",
         script=f"cp {P}/Jamfile {P}/app.c . && jam install-docs 1>&2",
         code="ERR_1007", why="the job asks for a target the Jamfile does not define"),
    dict(id="jam-jambase-missing", tool="jam", script="jam -f /nonexistent/Jambase",
         code="ERR_1003", path="/nonexistent/Jambase", why="the Jambase file named with -f does not exist"),
    dict(id="b2-no-jamfile", tool="b2", script="b2 1>&2", code="ERR_1003",
         why="there is no Jamfile or jamroot where b2 runs"),
    dict(id="neg-b2-syntax", tool="b2", script="printf 'exe app : app.c \\n' > jamroot.jam; b2 1>&2",
         code="ERR_1007", why="a syntax error (missing ';') in the project's own jamroot"),
    dict(id="b2-missing-source", miss="b2 splits 'Unable to find file or target named' and the file's name over two 'error:' lines, and ends with the project it was referred from", tool="b2",
         script="printf 'exe app : main.cpp ;\\n' > jamroot.jam; b2 1>&2",
         code="ERR_1003", path="main.cpp", why="the source file the jamroot names does not exist"),
    dict(id="neg-b2-unknown-target", tool="b2",
         script=f"cp {P}/jamroot.jam {P}/app.c . && b2 nosuch-target 1>&2",
         code="ERR_1007", why="the job asks for a target the project does not define"),
    # --- qmake ------------------------------------------------------------------------------
    dict(id="qmake-qt5-missing", tool="qmake", script=f"qmake {P}/app.pro",
         code="ERR_1001", command="/usr/lib/qt5/bin/qmake",
         why="the qtchooser wrapper cannot find the Qt 5 qmake binary, which is not installed"),
    dict(id="qmake6-pro-missing", tool="qmake6", script="qmake6 /nonexistent/app.pro",
         code="ERR_1003", path="/nonexistent/app.pro", why="the project file does not exist"),
    dict(id="neg-qmake6-syntax", tool="qmake6",
         script="printf 'TEMPLATE = app\\nSOURCES += main.cpp\\ncontains(QT, core {\\n' > app.pro; qmake6 app.pro",
         code="ERR_1007", why="a syntax error in the project's own .pro file"),
    dict(id="qmake6-makefile-eacces", tool="qmake6", script=f"cd {P} && qmake6 app.pro",
         user="nobody", code="ERR_1002",
         why="qmake cannot write the Makefile into a directory the job's user may not write"),
    dict(id="qmake6-makefile-rofs", tool="qmake6", script=f"qmake6 -o $M/Makefile {P}/app.pro",
         mount="ro", code="ERR_1012", why="the Makefile is to be written on a read-only file system"),
    dict(id="neg-qmake6-error-fn", miss="the project's own error() message says 'permission denied reading /opt/sdk' in the OS's words", tool="qmake6",
         script="printf 'TEMPLATE = app\\n!exists(/opt/sdk): error(\"SDK not found: permission denied reading /opt/sdk\")\\n' > app.pro; qmake6 app.pro",
         code="ERR_1007", why="the project's own check stops qmake with a message that merely quotes error words"),
    # --- remake / kmk / makepp ----------------------------------------------------------------
    dict(id="de-remake-file-missing", tool="remake", script="remake -f /nonexistent/GNUmakefile",
         lang="de_DE.UTF-8", code="ERR_1003", path="/nonexistent/GNUmakefile",
         why="the makefile named with -f does not exist (German messages)"),
    dict(id="remake-recipe-cmd-missing", tool="remake",
         script="printf 'all:\\n\\thodei-gen --out gen.c\\n' > Makefile; remake",
         code="ERR_1001", command="hodei-gen", why="the recipe runs a program that is not installed"),
    dict(id="es-remake-recipe-cmd-missing", tool="remake",
         script="printf 'all:\\n\\thodei-gen --out gen.c\\n' > Makefile; remake",
         lang="es_ES.UTF-8", code="ERR_1001", command="hodei-gen",
         why="the recipe runs a program that is not installed (Spanish messages)"),
    dict(id="pt-remake-include-missing", tool="remake",
         script="printf 'include /nonexistent/config.mk\\nall:\\n\\ttrue\\n' > Makefile; remake",
         lang="pt_BR.UTF-8", code="ERR_1003", path="/nonexistent/config.mk",
         why="the makefile includes a file that does not exist (Portuguese messages)"),
    dict(id="remake-no-rule", tool="remake",
         script="printf 'app: app.o\\n\\tcc -o app app.o\\n' > Makefile; remake",
         code="ERR_1003", path="app.o",
         why="a prerequisite of the build neither exists nor has a rule to make it"),
    dict(id="neg-remake-unknown-target", miss="'No rule to make target' reads as a missing file, as it does for make's 'dist' in the first corpus; here the target is a name the project lacks", tool="remake",
         script="printf 'all:\\n\\ttrue\\n' > Makefile; remake deploy-docs",
         code="ERR_1007", why="the job asks for a target the makefile does not define"),
    dict(id="neg-remake-recipe-fails", tool="remake",
         script="printf 'test:\\n\\t@echo \"FAIL: 2 tests failed (missing fixtures: not found)\" >&2; exit 1\\n' > Makefile; remake test",
         code="ERR_1007", why="the project's own test recipe fails; the words merely quote errors"),
    dict(id="kmk-no-makefile", tool="kmk", script="kmk", code="ERR_1003",
         why="there is no makefile where kmk runs"),
    dict(id="kmk-recipe-cmd-missing", tool="kmk",
         script="printf 'all:\\n\\thodei-embed res.bin\\n' > Makefile.kmk; kmk",
         code="ERR_1001", command="hodei-embed", why="the recipe runs a program that is not installed"),
    dict(id="neg-kmk-syntax", tool="kmk",
         script="printf 'ifeq (a,b\\nall:\\n\\ttrue\\n' > Makefile.kmk; kmk",
         code="ERR_1007", why="a syntax error in the project's own makefile"),
    dict(id="kmk-fork-limit", tool="kmk",
         script="printf 'all:\\n\\tcp Makefile.kmk copy.txt\\n' > Makefile.kmk; ulimit -u 1; kmk",
         user="nobody", code="ERR_1004",
         why="under a process limit of one, kmk cannot fork to run the recipe"),
    dict(id="makepp-file-missing", tool="makepp", script="makepp -f /nonexistent/Makeppfile",
         code="ERR_1003", path="/nonexistent/Makeppfile", why="the makefile named with -f does not exist"),
    dict(id="makepp-recipe-cmd-missing", tool="makepp",
         script="printf 'all:\\n\\thodei-pack dist\\n' > Makeppfile; makepp",
         code="ERR_1001", command="hodei-pack", why="the recipe runs a program that is not installed"),
    dict(id="neg-makepp-unknown-target", tool="makepp",
         script="printf 'all:\\n\\ttrue\\n' > Makeppfile; makepp publish",
         code="ERR_1007", why="the job asks for a target the makefile does not define"),
    # --- imake / xmkmf / makedepend -------------------------------------------------------------
    dict(id="imake-no-imakefile", tool="imake", script="imake", code="ERR_1003",
         why="there is no Imakefile (description file) where imake runs"),
    dict(id="xmkmf-no-imakefile", tool="xmkmf", script="xmkmf", code="ERR_1003",
         why="there is no Imakefile where xmkmf runs"),
    dict(id="makedepend-makefile-missing", tool="makedepend",
         script="echo 'int x;' > x.c; makedepend -f /nonexistent/Makefile x.c",
         code="ERR_1003", path="/nonexistent/Makefile", why="the makefile to update does not exist"),
    # --- autogen ---------------------------------------------------------------------------------
    dict(id="autogen-def-missing", tool="autogen", script="autogen /nonexistent/opts.def",
         code="ERR_1003", path="/nonexistent/opts.def", why="the definitions file does not exist"),
    dict(id="autogen-template-missing", tool="autogen",
         script="printf 'autogen definitions hodeilist;\\nname = x;\\n' > opts.def; autogen opts.def",
         code="ERR_1003", why="the template the definitions name (hodeilist.tpl) does not exist"),
    dict(id="neg-autogen-def-syntax", tool="autogen",
         script=f"cp {P}/list.tpl . && printf 'autogen definitions list;\\nname = widget\\n = ;\\n' > opts.def; autogen opts.def",
         code="ERR_1007", why="a syntax error in the definitions file"),
    dict(id="autogen-def-eacces", tool="autogen", script=f"autogen {S}/opts.def", user="nobody",
         code="ERR_1002", path=f"{S}/opts.def",
         why="the definitions file belongs to root and the job's user may not read it"),
    # --- gyp -----------------------------------------------------------------------------------------
    dict(id="gyp-file-missing", tool="gyp", script="gyp --depth=. /nonexistent/app.gyp",
         code="ERR_1003", path="/nonexistent/app.gyp", why="the .gyp file does not exist"),
    dict(id="neg-gyp-syntax", tool="gyp",
         script="printf \"{'targets': [{'target_name': 'app',\\n\" > app.gyp; gyp --depth=. app.gyp",
         code="ERR_1007", why="the .gyp file is not valid (unterminated dictionary)"),
    dict(id="gyp-output-eacces", tool="gyp", script=f"cd {P} && gyp --depth=. app.gyp",
         user="nobody", code="ERR_1002",
         why="gyp cannot write its generated makefiles into a directory the job's user may not write"),
    dict(id="neg-gyp-unknown-dep", tool="gyp",
         script="printf \"{'targets': [{'target_name': 'app', 'type': 'none', 'dependencies': ['libs.gyp:core']}]}\\n\" > app.gyp; "
                "printf \"{'targets': []}\\n\" > libs.gyp; gyp --depth=. app.gyp",
         code="ERR_1007", why="the project depends on a target that its other .gyp file does not define"),
    # --- gn --------------------------------------------------------------------------------------------
    dict(id="gn-no-dotgn", tool="gn", script="gn gen out 1>&2", code="ERR_1003",
         why="there is no .gn file marking the source root"),
    dict(id="gn-buildconfig-missing", tool="gn",
         script="printf 'buildconfig = \"//build/config/BUILDCONFIG.gn\"\\n' > .gn; gn gen out 1>&2",
         code="ERR_1003", why="the build config file that .gn names does not exist"),
    dict(id="neg-gn-syntax", tool="gn",
         script=_GN + "printf 'group(\"all\") {\\n  deps = [ \":x\"\\n}\\n' > BUILD.gn; gn gen out 1>&2",
         code="ERR_1007", why="a syntax error in the project's own BUILD.gn"),
    dict(id="neg-gn-unknown-target", tool="gn",
         script=_GN + "gn gen out >/dev/null && gn desc out //:nosuch 1>&2",
         code="ERR_1007", why="the job asks about a target the build does not define"),
    dict(id="gn-script-exe-missing", miss="the program is named on the 'Command:' line above 'Returned 127.', which is not read for the detail", tool="gn",
         script=_GN + "printf 'script_executable = \"hodei-python\"\\nbuildconfig = \"//build/BUILDCONFIG.gn\"\\n' > .gn; "
                "echo 'print(1)' > gen.py; printf 'x = exec_script(\"gen.py\", [], \"value\")\\ngroup(\"all\") {\\n}\\n' > BUILD.gn; gn gen out 1>&2",
         code="ERR_1001", command="hodei-python",
         why="the interpreter gn runs for build scripts is not installed (the command returned 127)"),
    # --- lemon ---------------------------------------------------------------------------------------
    dict(id="lemon-grammar-missing", miss="the path is printed with the line number lemon adds ('/x/parse.y:0:')", tool="lemon", script="lemon /nonexistent/parse.y",
         code="ERR_1003", path="/nonexistent/parse.y", why="the grammar file does not exist"),
    dict(id="neg-lemon-syntax", tool="lemon",
         script="printf 'program ::= expr\\nexpr ::= NUM.\\n' > parse.y; lemon parse.y",
         code="ERR_1007", why="a syntax error in the grammar (a rule without its closing period)"),
    dict(id="neg-lemon-conflicts", tool="lemon",
         script="printf 'program ::= expr.\\nexpr ::= expr PLUS expr.\\nexpr ::= NUM.\\n' > parse.y; lemon parse.y",
         code="ERR_1007", why="the grammar is ambiguous (parsing conflicts)"),
    dict(id="lemon-template-missing", tool="lemon",
         script=f"cp {P}/grammar.y . && lemon -T/nonexistent/lempar.c grammar.y",
         code="ERR_1003", path="/nonexistent/lempar.c", why="the parser template named with -T does not exist"),
    # --- peg / leg ------------------------------------------------------------------------------------
    dict(id="peg-grammar-missing", tool="peg", script="peg -o parser.c /nonexistent/g.peg",
         code="ERR_1003", path="/nonexistent/g.peg", why="the grammar file does not exist"),
    dict(id="leg-output-missing-dir", tool="leg",
         script="printf 'start = \"a\"+\\n' > g.leg; leg -o /nonexistent/gen/parser.c g.leg",
         code="ERR_1003", path="/nonexistent/gen/parser.c", why="the output file's directory does not exist"),
    dict(id="peg-output-rofs", tool="peg", script=f"peg -o $M/parser.c {P}/g.peg", mount="ro",
         code="ERR_1012", path="$M/parser.c", why="the generated parser is to be written on a read-only file system"),
    dict(id="neg-peg-syntax", tool="peg",
         script="printf 'start <- ( \"a\"\\n' > g.peg; peg -o parser.c g.peg",
         code="ERR_1007", why="a syntax error in the grammar"),
    # --- kconfig -----------------------------------------------------------------------------------------
    dict(id="kconfig-conf-missing", tool="kconfig-conf",
         script="kconfig-conf --olddefconfig /nonexistent/Kconfig 1>&2",
         code="ERR_1003", path="/nonexistent/Kconfig", why="the Kconfig file does not exist"),
    dict(id="neg-kconfig-conf-syntax", tool="kconfig-conf",
         script="printf 'config FOO\\n\\tbool \"foo\"\\n\\tdepends on (BAR\\n' > Kconfig; kconfig-conf --olddefconfig Kconfig 1>&2",
         code="ERR_1007", why="a syntax error in the project's Kconfig"),
    # --- help2man ---------------------------------------------------------------------------------------
    dict(id="fr-help2man-program-missing", miss="the status 127 is the job's own, and the French sentence that names the program is not read", tool="help2man", script="help2man hodei-cli",
         lang="fr_FR.UTF-8", code="ERR_1001", command="hodei-cli",
         why="the program whose --help output is documented is not installed (French messages)"),
    dict(id="help2man-output-missing-dir", tool="help2man",
         script="help2man -N -o /nonexistent/man/true.1 /bin/true",
         code="ERR_1003", path="/nonexistent/man/true.1", why="the output file's directory does not exist"),
    dict(id="it-help2man-output-missing-dir", tool="help2man",
         script="help2man -N -o /nonexistent/share/man/man1/true.1 /bin/true",
         lang="it_IT.UTF-8", code="ERR_1003", path="/nonexistent/share/man/man1/true.1",
         why="the output file's directory does not exist (Italian messages)"),
    dict(id="help2man-output-full", tool="help2man", script="help2man -N -o $M/true.1 /bin/true",
         mount="full", code="ERR_1012", why="the manual page is written to a full file system"),
    dict(id="neg-help2man-help-fails", tool="help2man",
         script="printf '#!/bin/sh\\necho \"error: config file not found\" >&2\\nexit 2\\n' > tool; chmod +x tool; help2man ./tool",
         code="ERR_1007", why="the documented program itself fails when asked for --help"),
    # --- jflex / javacc ------------------------------------------------------------------------------
    dict(id="jflex-spec-missing", tool="jflex", script="jflex /nonexistent/lexer.flex 1>&2",
         code="ERR_1003", path="/nonexistent/lexer.flex", why="the lexer specification does not exist"),
    dict(id="neg-jflex-syntax", tool="jflex",
         script="printf '%%%%\\n%%class Lexer\\n%%%%\\n[a-z+ { return 1; }\\n' > lexer.flex; jflex lexer.flex 1>&2",
         code="ERR_1007", why="a syntax error in the lexer specification"),
    dict(id="jflex-output-eacces", tool="jflex", script=f"jflex -d {P} {P}/lexer.flex 1>&2",
         user="nobody", code="ERR_1002", why="the lexer is to be written into a directory the job's user may not write"),
    dict(id="javacc-grammar-missing", tool="javacc", script="javacc /nonexistent/Parser.jj 1>&2",
         code="ERR_1003", path="/nonexistent/Parser.jj", why="the grammar file does not exist"),
    dict(id="neg-javacc-syntax", tool="javacc",
         script="printf 'PARSER_BEGIN(P)\\npublic class P {}\\nPARSER_END(P)\\nvoid Start() : {} { <EOF> \\n' > P.jj; javacc P.jj 1>&2",
         code="ERR_1007", why="a syntax error in the grammar file"),
    # --- autoconf / autoheader -----------------------------------------------------------------------
    dict(id="autoconf-input-missing", tool="autoconf", script="autoconf /nonexistent/configure.ac",
         code="ERR_1003", path="/nonexistent/configure.ac", why="the configure.ac does not exist"),
    dict(id="autoconf-no-configure-ac", miss="'no input file' names no file and may mean none was given", tool="autoconf", script="autoconf", code="ERR_1003",
         why="there is no configure.ac where autoconf runs"),
    dict(id="autoconf-m4-missing", miss="'need GNU m4 1.4 or later: x' names the program it could not use without saying it is missing", tool="autoconf", script=f"cp {P}/configure.ac . && autoconf",
         env={"M4": "hodei-m4"}, code="ERR_1001", command="hodei-m4",
         why="the m4 program autoconf is told to run is not installed"),
    dict(id="neg-autoconf-undefined-macro", tool="autoconf",
         script="printf 'AC_INIT([app], [1.0])\\nm4_pattern_forbid([^AX_])\\nAX_CHECK_COMPILE_FLAG([-Wall])\\nAC_OUTPUT\\n' > configure.ac; autoconf",
         code="ERR_1007", why="configure.ac uses a macro no installed package defines"),
    dict(id="autoconf-output-rofs", tool="autoconf", script=f"autoconf -o $M/configure {P}/configure.ac",
         mount="ro", code="ERR_1012", why="configure is to be written on a read-only file system"),
    dict(id="neg-autoheader-no-config-header", tool="autoheader",
         script=f"cp {P}/configure.ac . && autoheader",
         code="ERR_1007", why="configure.ac declares no config header, so autoheader has nothing to do"),
]
