"""Corpus batch 9: Prolog, Forth, expect, Nim, D, Vala, autotools, code generators (swig,
protobuf, flatbuffers, Cap'n Proto, ragel, re2c, gperf), C analysers, code indexers, static site
generators and rebar3."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch9"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

SPLIT = "tuned"

FIXTURES = r"""
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
printf 'main :- format("report~n").\n' > ok.pl
printf 'int main(void) { return 0; }\n' > ok.c
printf 'echo "ok"\n' > ok.nim
printf 'void main() {}\n' > ok.d
printf 'void main () { print ("ok\\n"); }\n' > ok.vala
printf '%%module api\n%%{\n#include "api.h"\n%%}\nint add(int a, int b);\n' > api.i
printf 'syntax = "proto3";\npackage demo;\nmessage User { string name = 1; int32 id = 2; }\n' > user.proto
printf 'namespace Demo;\ntable Monster { name: string; hp: short = 100; }\nroot_type Monster;\n' > monster.fbs
printf '@0xdbb9ad1f14bf0b36;\nstruct Person { name @0 :Text; age @1 :UInt16; }\n' > person.capnp
printf '%%%%{\nmachine words;\nmain := ( alpha+ @{ n++; } | space )*;\n}%%%%\n%%%% write data;\nint count(const char *p, const char *pe) {\n  int cs, n = 0;\n  %%%% write init;\n  %%%% write exec;\n  return n;\n}\n' > words.rl
printf 'int lex(const char *YYCURSOR) {\n/*!re2c\nre2c:yyfill:enable = 0;\nre2c:define:YYCTYPE = char;\n[0-9]+ { return 1; }\n* { return 0; }\n*/\n}\n' > lex.re
printf 'if\nelse\nwhile\nreturn\n' > keywords.gperf
mkdir -p src
printf 'int add(int a, int b) { return a + b; }\n' > src/add.c
printf 'int sub(int a, int b) { return a - b; }\n' > src/sub.c
chmod -R a+rX .
"""

CASES = [
    # --- SWI-Prolog ------------------------------------------------------------------------
    dict(id="swipl-script-missing", tool="swipl", code="ERR_1003",
         script="swipl -g main -t halt /nonexistent/app/report.pl",
         why="the Prolog program given to run does not exist", path="/nonexistent/app/report.pl"),
    dict(id="swipl-open-eacces", tool="swipl", code="ERR_1002", user=NOBODY,
         script=f"swipl -g \"open('{L}/secret.txt', read, S), read_term(S, T, []), close(S)\" -t halt",
         why="the job's user may not read the file the program opens", path=f"{L}/secret.txt"),
    dict(id="swipl-shell-foreign", tool="swipl", code="ERR_1004",
         script=f"swipl -g \"shell('{B}/foreign --check', S), halt(S)\" -t 'halt(1)'",
         why="the helper the program runs is a binary for another architecture (exec format error)"),
    dict(id="swipl-thread-eagain", tool="swipl", code="ERR_1004", user=NOBODY,
         script="ulimit -u 1; swipl -g \"thread_create(true, Id, []), thread_join(Id, _)\" -t halt",
         why="under a process limit of one the program cannot create its worker thread"),
    dict(id="neg-swipl-unknown-procedure", tool="swipl", code="ERR_1007",
         script="printf 'main :- load_rows(R), print(R).\\n' > app.pl; swipl -g main -t halt app.pl",
         why="the program calls a predicate it never defined: a bug in the job's own code"),
    dict(id="neg-swipl-missing-library", tool="swipl", code="ERR_1007",
         script="swipl -g 'use_module(library(hodei_yaml))' -t halt",
         why="the program uses a library that is not installed: a missing dependency, though it says 'does not exist'"),
    # --- gforth ---------------------------------------------------------------------------
    dict(id="gforth-file-missing", tool="gforth", code="ERR_1003",
         script="gforth /nonexistent/app/main.fs -e bye",
         why="the Forth source given to load does not exist", path="/nonexistent/app/main.fs"),
    dict(id="gforth-include-eacces", tool="gforth", code="ERR_1002", user=NOBODY,
         script=f"gforth {L}/secret.txt -e bye",
         why="the job's user may not read the source it loads", path=f"{L}/secret.txt"),
    dict(id="gforth-create-rofs", tool="gforth", code="ERR_1012", mount="ro",
         script="gforth -e \"s\\\" $M/out.txt\\\" w/o create-file throw drop bye\"",
         why="the program creates its output file on a read-only file system"),
    dict(id="neg-gforth-undefined-word", tool="gforth", code="ERR_1007",
         script="printf ': main  10 0 do i . loop cr ;\\nmain print-report\\n' > app.fs; gforth app.fs -e bye",
         why="the program uses a word it never defined: a bug in the job's own code"),
    # --- expect ---------------------------------------------------------------------------
    dict(id="expect-spawn-missing", tool="expect", code="ERR_1001",
         script="printf 'spawn hodei-vpn-cli --login\\nexpect eof\\ncatch wait r\\nexit [lindex $r 3]\\n' > vpn.exp; expect vpn.exp 1>&2",
         why="the program the expect script drives is not installed", command="hodei-vpn-cli"),
    dict(id="expect-script-missing", tool="expect", code="ERR_1003",
         script="expect /nonexistent/scripts/login.exp",
         why="the expect script does not exist", path="/nonexistent/scripts/login.exp"),
    dict(id="expect-fork-eagain", tool="expect", code="ERR_1004", user=NOBODY,
         script="printf 'spawn sleep 1\\nexpect eof\\n' > wait.exp; ulimit -u 1; expect wait.exp",
         why="under a process limit of one expect cannot fork the program it drives"),
    dict(id="neg-expect-invalid-command", tool="expect", code="ERR_1007",
         script="printf 'spawn echo hello\\nexpect hello\\nsendd \"bye\\\\r\"\\n' > bye.exp; expect bye.exp",
         why="the expect script calls a command that does not exist in Tcl: a typo in the script"),
    dict(id="neg-expect-login-denied", tool="expect", code="ERR_1007",
         script="printf 'set timeout 5\\nspawn sh -c {echo \"Login incorrect: access denied\"}\\n"
                "expect {\\n  denied { send_user \"authentication failed\\\\n\"; exit 1 }\\n  eof { exit 0 }\\n}\\n' > login.exp; "
                "expect login.exp 1>&2",
         why="the program driven by expect refused the login: an authentication failure, not a file permission"),
    # --- Nim ------------------------------------------------------------------------------
    dict(id="nim-source-missing", tool="nim", code="ERR_1003",
         script="nim c --hints:off /nonexistent/app/main.nim",
         why="the source to compile does not exist", path="/nonexistent/app/main.nim"),
    dict(id="nim-cc-missing", tool="nim", code="ERR_1001",
         script=f"cp {B}/ok.nim .; nim c --hints:off --nimcache:$PWD/cache --gcc.exe:hodei-gcc ok.nim",
         why="the C compiler nim spawns is not installed", command="hodei-gcc"),
    dict(id="nim-nimcache-full", tool="nim", code="ERR_1012", mount="full",
         script=f"cp {B}/ok.nim .; nim c --hints:off --nimcache:$M/cache ok.nim",
         why="the disk holding the compiler's cache is full"),
    dict(id="nim-out-eacces", tool="nim", code="ERR_1002", user=NOBODY,
         script=f"cp {B}/ok.nim .; nim c --hints:off --nimcache:$PWD/cache -o:{RD}/app ok.nim",
         why="the job's user may not write the binary into the output directory"),
    dict(id="neg-nim-missing-package", tool="nim", code="ERR_1007",
         script="printf 'import hodeijson\\necho parse(\"{}\")\\n' > app.nim; nim c --hints:off app.nim",
         why="the source imports a package that is not installed: a missing dependency, though nim says it cannot open a file"),
    # --- LDC (D) --------------------------------------------------------------------------
    dict(id="ldc2-source-missing", tool="ldc2", code="ERR_1003",
         script="ldc2 /nonexistent/app/main.d",
         why="the D source to compile does not exist", path="/nonexistent/app/main.d"),
    dict(id="ldc2-out-eacces", tool="ldc2", code="ERR_1002", user=NOBODY,
         script=f"cp {B}/ok.d .; ldc2 -of={RD}/app ok.d",
         why="the job's user may not write the binary into the output directory"),
    dict(id="ldc2-linker-missing", tool="ldc2", code="ERR_1001",
         script=f"cp {B}/ok.d .; ldc2 --gcc=hodei-cc ok.d",
         why="the C compiler ldc2 spawns to link is not installed", command="hodei-cc"),
    dict(id="ldc2-objdir-rofs", tool="ldc2", code="ERR_1012", mount="ro",
         script=f"cp {B}/ok.d .; ldc2 -od=$M/obj ok.d",
         why="the object directory is on a read-only file system"),
    dict(id="neg-ldc2-undefined-identifier", tool="ldc2", code="ERR_1007",
         script="printf 'void main() { writeln(total); }\\n' > app.d; ldc2 app.d",
         why="the source uses identifiers it never declared: a compile error"),
    # --- Vala -----------------------------------------------------------------------------
    dict(id="valac-cc-missing", tool="valac", code="ERR_1001",
         script=f"cp {B}/ok.vala .; valac --cc=hodei-cc ok.vala",
         why="the C compiler valac spawns is not installed", command="hodei-cc"),
    dict(id="neg-valac-pkg-missing", tool="valac", code="ERR_1007",
         script=f"cp {B}/ok.vala .; valac --pkg hodei-json-1.0 ok.vala",
         why="the package the build asks for is not installed: a missing dependency, though valac says 'not found'"),
    # --- automake / aclocal ----------------------------------------------------------------
    dict(id="automake-no-configure-ac", tool="automake", code="ERR_1003",
         script="automake --foreign --add-missing",
         why="there is no configure.ac in the project directory", path="configure.ac"),
    dict(id="automake-no-makefile-am", tool="automake", code="ERR_1003",
         script="printf 'AC_INIT([demo], [1.0])\\nAM_INIT_AUTOMAKE([foreign])\\nAC_PROG_CC\\n"
                "AC_CONFIG_FILES([Makefile])\\nAC_OUTPUT\\n' > configure.ac; aclocal && automake --add-missing",
         why="the project has no Makefile.am for the Makefile configure is told to make"),
    dict(id="automake-readonly-tree", tool="automake", code="ERR_1002", user=NOBODY,
         script="mkdir tree && cd tree && printf 'AC_INIT([demo], [1.0])\\nAM_INIT_AUTOMAKE([foreign])\\nAC_PROG_CC\\n"
                "AC_CONFIG_FILES([Makefile])\\nAC_OUTPUT\\n' > configure.ac; "
                "printf 'bin_PROGRAMS = demo\\ndemo_SOURCES = main.c\\n' > Makefile.am; "
                "aclocal && chmod 555 . && automake --add-missing",
         why="the job's user may not write into the source tree where automake makes its files"),
    dict(id="neg-automake-no-am-init", tool="automake", code="ERR_1007",
         script="printf 'AC_INIT([demo], [1.0])\\nAC_CONFIG_FILES([Makefile])\\nAC_OUTPUT\\n' > configure.ac; "
                "printf 'bin_PROGRAMS = demo\\n' > Makefile.am; automake --foreign --add-missing",
         why="configure.ac lacks the AM_INIT_AUTOMAKE call: an error in the project's build files"),
    dict(id="aclocal-no-configure-ac", tool="aclocal", code="ERR_1003",
         script="aclocal",
         why="there is no configure.ac for aclocal to read", path="configure.ac"),
    # --- libtool / libtoolize --------------------------------------------------------------
    dict(id="libtool-compiler-missing", tool="libtool", code="ERR_1001",
         script=f"cp {B}/ok.c .; libtool --tag=CC --mode=compile hodei-cc -c ok.c",
         why="the compiler libtool runs is not installed", command="hodei-cc"),
    dict(id="libtool-execute-foreign", tool="libtool", code="ERR_1004",
         script=f"libtool --mode=execute {B}/foreign",
         why="the program to execute is a binary for another architecture (exec format error)"),
    dict(id="neg-libtool-bad-mode", tool="libtool", code="ERR_1007",
         script="libtool --mode=deploy gcc -o app ok.o",
         why="the libtool mode asked for does not exist: a usage error"),
    # --- SWIG -----------------------------------------------------------------------------
    dict(id="swig-interface-missing", tool="swig", code="ERR_1003",
         script="swig -python /nonexistent/bindings/api.i",
         why="the interface file does not exist", path="/nonexistent/bindings/api.i"),
    dict(id="swig-out-rofs", tool="swig", code="ERR_1012", mount="ro",
         script=f"swig -python -outdir $M -o $M/api_wrap.c {B}/api.i",
         why="the wrapper is written onto a read-only file system", path="$M/api_wrap.c"),
    dict(id="swig-out-eacces", tool="swig", code="ERR_1002", user=NOBODY,
         script=f"swig -python -outdir . -o {RD}/api_wrap.c {B}/api.i",
         why="the job's user may not write the wrapper into that directory", path=f"{RD}/api_wrap.c"),
    dict(id="neg-swig-syntax", tool="swig", code="ERR_1007",
         script="printf '%%module api\\nint add(int a, int b\\n' > api.i; swig -python api.i",
         why="the interface file has a syntax error"),
    # --- protoc ---------------------------------------------------------------------------
    dict(id="protoc-proto-missing", tool="protoc", code="ERR_1003",
         script="protoc --proto_path=. --python_out=. orders.proto",
         why="the .proto file to compile does not exist", path="orders.proto"),
    dict(id="protoc-outdir-missing", tool="protoc", code="ERR_1003",
         script=f"protoc --proto_path={B} --python_out=gen/py user.proto",
         why="the output directory does not exist (protoc does not make it)", path="gen/py",
         miss="the code is right; protoc prints the directory with a trailing slash, the case expects it as the job named it"),
    dict(id="protoc-plugin-missing", tool="protoc", code="ERR_1001",
         script=f"protoc --proto_path={B} --grpc-gateway_out=. user.proto",
         why="the code generator plugin protoc spawns is not installed",
         command="protoc-gen-grpc-gateway"),
    dict(id="protoc-out-full", tool="protoc", code="ERR_1012", mount="full",
         script=f"protoc --proto_path={B} --cpp_out=$M user.proto",
         why="the disk for the generated code is full"),
    dict(id="protoc-out-eacces", tool="protoc", code="ERR_1002", user=NOBODY,
         script=f"protoc --proto_path={B} --java_out={RD} user.proto",
         why="the job's user may not write into the output directory"),
    dict(id="neg-protoc-undefined-type", tool="protoc", code="ERR_1007",
         script="printf 'syntax = \"proto3\";\\nmessage Order { Customer buyer = 1; }\\n' > order.proto; "
                "protoc --python_out=. order.proto",
         why="the schema uses a message type it never defined: an error in the schema, though it says 'not defined'"),
    # --- flatc ----------------------------------------------------------------------------
    dict(id="flatc-schema-missing", tool="flatc", code="ERR_1003",
         script="flatc --cpp /nonexistent/schema/monster.fbs",
         why="the schema to compile does not exist", path="/nonexistent/schema/monster.fbs"),
    dict(id="neg-flatc-schema-error", tool="flatc", code="ERR_1007",
         script="printf 'table Monster { name: strin; }\\nroot_type Monster;\\n' > m.fbs; flatc --cpp m.fbs",
         why="the schema uses a type that does not exist: an error in the schema"),
    dict(id="neg-flatc-json-mismatch", tool="flatc", code="ERR_1007",
         script=f"printf '{{\"name\": \"orc\", \"mana\": 5}}\\n' > orc.json; flatc --binary {B}/monster.fbs orc.json",
         why="the JSON data has a field the schema does not know: bad input data"),
    # --- Cap'n Proto ----------------------------------------------------------------------
    dict(id="capnp-schema-missing", tool="capnp", code="ERR_1003",
         script="capnp compile -oc++ /nonexistent/schema/person.capnp",
         why="the schema to compile does not exist", path="/nonexistent/schema/person.capnp"),
    dict(id="capnp-plugin-missing", tool="capnp", code="ERR_1001",
         script=f"cp {B}/person.capnp .; capnp compile -orust person.capnp",
         why="the code generator plugin capnp spawns is not installed", command="capnpc-rust"),
    dict(id="capnp-out-rofs", tool="capnp", code="ERR_1012", mount="ro",
         script=f"cp {B}/person.capnp .; capnp compile -oc++:$M person.capnp",
         why="the generated code is written onto a read-only file system"),
    dict(id="neg-capnp-no-id", tool="capnp", code="ERR_1007",
         script="printf 'struct Person { name @0 :Text; }\\n' > p.capnp; capnp compile -oc++ p.capnp",
         why="the schema does not declare the file ID it must have: an error in the schema"),
    # --- ragel / re2c / gperf -------------------------------------------------------------
    dict(id="ragel-input-missing", tool="ragel", code="ERR_1003",
         script="ragel -C -o lexer.c /nonexistent/grammar/lexer.rl",
         why="the state machine source does not exist", path="/nonexistent/grammar/lexer.rl"),
    dict(id="neg-ragel-syntax", tool="ragel", code="ERR_1007",
         script="printf '%%%%{\\nmachine m;\\nmain := ( digit+ | ;\\n}%%%%\\n' > m.rl; ragel -C m.rl",
         why="the ragel source has a syntax error"),
    dict(id="re2c-input-missing", tool="re2c", code="ERR_1003",
         script="re2c -o lexer.c /nonexistent/grammar/lexer.re",
         why="the lexer source does not exist", path="/nonexistent/grammar/lexer.re"),
    dict(id="neg-re2c-syntax", tool="re2c", code="ERR_1007",
         script="printf '/*!re2c\\n[0-9+ { return 1; }\\n*/\\n' > l.re; re2c -o l.c l.re",
         why="the lexer source has a syntax error"),
    dict(id="gperf-input-missing", tool="gperf", code="ERR_1003",
         script="gperf /nonexistent/src/keywords.gperf",
         why="the keyword file does not exist", path="/nonexistent/src/keywords.gperf"),
    dict(id="neg-gperf-duplicates", tool="gperf", code="ERR_1007",
         script="printf 'if\\nelse\\nwhile\\nif\\n' > kw.gperf; gperf kw.gperf > kw.c",
         why="the keyword list has a duplicate keyword: bad input data"),
    # --- cppcheck / clang-tidy ------------------------------------------------------------
    dict(id="cppcheck-path-missing", tool="cppcheck", code="ERR_1003",
         script="cppcheck --error-exitcode=1 /nonexistent/project/src 1>&2",
         why="the source directory to check does not exist"),
    dict(id="neg-cppcheck-findings", tool="cppcheck", code="ERR_1007",
         script="printf '#include <stdio.h>\\nint main(void) {\\n  FILE *f = fopen(\"missing.cfg\", \"r\");\\n"
                "  char buf[8];\\n  buf[8] = 0;\\n  return 0;\\n}\\n' > app.c; cppcheck -q --error-exitcode=1 app.c",
         why="the checker found defects in the job's code: a failed check"),
    dict(id="clang-tidy-source-missing", tool="clang-tidy", code="ERR_1003",
         script="clang-tidy /nonexistent/project/main.c -- 1>&2",
         why="the source to check does not exist", path="/nonexistent/project/main.c"),
    dict(id="clang-tidy-header-missing", tool="clang-tidy", code="ERR_1003",
         script="printf '#include \"config.h\"\\nint main(void) { return 0; }\\n' > main.c; clang-tidy main.c -- 1>&2",
         why="the header the source includes does not exist", path="config.h"),
    dict(id="neg-clang-tidy-warnings-as-errors", tool="clang-tidy", code="ERR_1007",
         script="printf '#include <string.h>\\nvoid f(char *d, const char *s) { strcpy(d, s); }\\n' > f.c; "
                "clang-tidy -checks='-*,clang-analyzer-security.insecureAPI.strcpy' -warnings-as-errors='*' f.c -- 1>&2",
         why="the checker found a defect and warnings count as errors: a failed check"),
    # --- ctags / cscope -------------------------------------------------------------------
    dict(id="ctags-tagfile-eacces", tool="ctags", code="ERR_1002", user=NOBODY,
         script=f"ctags -R -f {RD}/tags {B}/src",
         why="the job's user may not write the tag file there", path=f"{RD}/tags"),
    dict(id="ctags-tagfile-rofs", tool="ctags", code="ERR_1012", mount="ro",
         script=f"ctags -R -f $M/tags {B}/src",
         why="the tag file is written onto a read-only file system", path="$M/tags"),
    dict(id="ctags-options-missing", tool="ctags", code="ERR_1003",
         script=f"ctags --options=/nonexistent/ctags.d/project.ctags -R {B}/src",
         why="the options file does not exist", path="/nonexistent/ctags.d/project.ctags"),
    dict(id="cscope-namefile-missing", tool="cscope", code="ERR_1003",
         script="cscope -b -i /nonexistent/project/cscope.files",
         why="the list of files to index does not exist", path="/nonexistent/project/cscope.files"),
    # --- hugo -----------------------------------------------------------------------------
    dict(id="hugo-no-config", tool="hugo", code="ERR_1003",
         script="hugo --quiet",
         why="the directory holds no site: hugo finds no config file"),
    dict(id="hugo-dest-eacces", tool="hugo", code="ERR_1002", user=NOBODY,
         script=f"hugo new site site >/dev/null && cd site && hugo --quiet -d {RD}/public",
         why="the job's user may not write the built site there"),
    dict(id="hugo-thread-eagain", tool="hugo", code="ERR_1004", user=NOBODY,
         script="ulimit -u 1; hugo version",
         why="under a process limit of one the Go runtime cannot create its threads"),
    dict(id="neg-hugo-template-error", tool="hugo", code="ERR_1007",
         script="hugo new site site >/dev/null && cd site && mkdir -p layouts && "
                "printf '<h1>{{ .Title }</h1>\\n' > layouts/index.html && hugo --quiet",
         why="a template of the site has a syntax error"),
    dict(id="neg-hugo-theme-missing", tool="hugo", code="ERR_1007",
         script="hugo new site site >/dev/null && cd site && echo \"theme = 'hodei-docs'\" >> hugo.toml && hugo --quiet",
         why="the theme the site uses is not installed: a missing dependency of the site"),
    # --- mkdocs ---------------------------------------------------------------------------
    dict(id="mkdocs-no-config", tool="mkdocs", code="ERR_1003",
         script="mkdocs build",
         why="there is no mkdocs.yml in the project", path="mkdocs.yml"),
    dict(id="mkdocs-site-eacces", tool="mkdocs", code="ERR_1002", user=NOBODY,
         script=f"mkdocs new doc >/dev/null 2>&1 && cd doc && mkdocs build -d {RD}/site",
         why="the job's user may not write the built site there"),
    dict(id="neg-mkdocs-strict-link", tool="mkdocs", code="ERR_1007",
         script="mkdocs new doc >/dev/null 2>&1 && cd doc && echo '[setup](install.md)' >> docs/index.md && mkdocs build --strict",
         why="a page links to a page that is not part of the docs and strict mode fails the build: a failed check"),
    dict(id="neg-mkdocs-plugin-missing", tool="mkdocs", code="ERR_1007",
         script="mkdocs new doc >/dev/null 2>&1 && cd doc && printf 'plugins:\\n  - hodei-redirects\\n' >> mkdocs.yml && mkdocs build",
         why="the plugin the site uses is not installed: a missing package dependency"),
    # --- pelican --------------------------------------------------------------------------
    dict(id="pelican-settings-missing", tool="pelican", code="ERR_1003",
         script="mkdir content && pelican content -s /nonexistent/site/pelicanconf.py -o out 1>&2",
         why="the settings file does not exist", path="/nonexistent/site/pelicanconf.py"),
    dict(id="neg-pelican-settings-syntax", tool="pelican", code="ERR_1007",
         script="mkdir content && printf 'SITENAME = \"Blog\"\\nTIMEZONE = \\n' > pelicanconf.py && "
                "pelican content -s pelicanconf.py -o out 1>&2",
         why="the settings file has a Python syntax error"),
    # --- rebar3 ---------------------------------------------------------------------------
    dict(id="neg-rebar3-compile-error", tool="rebar3", code="ERR_1007",
         script="rebar3 new app demo >/dev/null && cd demo && "
                "printf -- '-module(demo_util).\\n-export([f/0]).\\nf() -> ok\\n' > src/demo_util.erl && rebar3 compile 1>&2",
         why="an Erlang module of the project has a syntax error"),
    dict(id="rebar3-thread-eagain", tool="rebar3", code="ERR_1004", user=NOBODY,
         script="ulimit -u 1; rebar3 version",
         why="under a process limit of one the Erlang VM cannot create its threads"),
    # --- in other locales ----------------------------------------------------------------
    dict(id="de-libtool-execute-foreign", tool="libtool", code="ERR_1004", lang="de_DE.UTF-8",
         script=f"libtool --mode=execute {B}/foreign",
         why="the program to execute is a binary for another architecture (exec format error)"),
    dict(id="de-valac-cc-missing", tool="valac", code="ERR_1001", lang="de_DE.UTF-8",
         script=f"cp {B}/ok.vala .; valac --cc=hodei-cc ok.vala",
         why="the C compiler valac spawns is not installed", command="hodei-cc"),
    # --- more -----------------------------------------------------------------------------
    dict(id="ctags-tagfile-full", tool="ctags", code="ERR_1012", mount="full",
         script=f"ctags -R -f $M/tags {B}/src /usr/include/stdio.h",
         why="the disk for the tag file is full"),
    dict(id="neg-cscope-unknown-option", tool="cscope", code="ERR_1007",
         script=f"cd {B}/src && cscope -b --recursive",
         why="an option cscope does not know: a usage error"),
    dict(id="fr-valac-cc-missing", tool="valac", code="ERR_1001", lang="fr_FR.UTF-8",
         script=f"cp {B}/ok.vala .; valac --cc=hodei-cc ok.vala",
         why="the C compiler valac spawns is not installed", command="hodei-cc"),
    dict(id="es-libtool-execute-foreign", tool="libtool", code="ERR_1004", lang="es_ES.UTF-8",
         script=f"libtool --mode=execute {B}/foreign",
         why="the program to execute is a binary for another architecture (exec format error)"),
    dict(id="hugo-new-site-inodes", tool="hugo", code="ERR_1012", mount="inodes",
         script="hugo new site $M/site",
         why="the file system for the new site has no inodes left"),
]
