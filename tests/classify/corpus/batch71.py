"""Sealed batch 71: C/C++ static analysis, verification and binary inspection tools.

Every case is a real run on this machine; codes are chosen by a person reading the output and
knowing the situation that was made (see ``why``).
"""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (90.0% of codes, 72/80), then worked on."""
D = f"{R}/batch71"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
P = f"{D}/private"

FIXTURES = r"""
cat > hello.c <<'C'
#include <stdio.h>
int add(int a, int b) { return a + b; }
int main(void) { printf("%d\n", add(2, 3)); return 0; }
C
gcc -g -O0 -o hello hello.c
gcc -O0 -o hello-nodebug hello.c
cp hello hello-arm64
printf '\xb7\x00' | dd of=hello-arm64 bs=1 seek=18 conv=notrunc status=none
chmod 755 hello-arm64
head -c 600 hello > truncated.elf
printf 'this is not an ELF file\n' > notelf.bin
cat > lib1.c <<'C'
struct point { int x; int y; };
int area(struct point *p) { return p->x * p->y; }
int version(void) { return 1; }
C
cat > lib2.c <<'C'
struct point { long x; int y; int z; };
int area(struct point *p) { return p->x * p->y * p->z; }
C
gcc -g -shared -fPIC -Wl,-soname,libshape.so.1 -o libshape.so.1 lib1.c
gcc -g -shared -fPIC -Wl,-soname,libshape.so.1 -o libshape.so.2 lib2.c
mkdir -p cov && cp hello.c cov/ && (cd cov && gcc --coverage -O0 -o hello hello.c && ./hello >/dev/null)
cat > cx.c <<'C'
#include <assert.h>
int main(void) { int a[4]; int i = 5; a[i] = 1; assert(i < 4); return a[0]; }
C
cat > complex.c <<'C'
int f(int x) {
  int r = 0;
  if (x > 1) r++; if (x > 2) r++; if (x > 3) r++; if (x > 4) r++; if (x > 5) r++;
  if (x > 6) r++; if (x > 7) r++; if (x > 8) r++; if (x > 9) r++; if (x > 10) r++;
  if (x > 11) r++; if (x > 12) r++; if (x > 13) r++; if (x > 14) r++; if (x > 15) r++;
  if (x > 16) r++; if (x > 17) r++; if (x > 18) r++; if (x > 19) r++; if (x > 20) r++;
  return r;
}
C
cat > broken.cocci <<'C'
@@
expression E
@@
- malloc(E
+ kmalloc(E, GFP_KERNEL)
C
cat > ok.cocci <<'C'
@@
expression E;
@@
- kfree(E);
+ kfree_sensitive(E);
C
cat > sp.c <<'C'
int f(void) { int *p = 0; return *p + undeclared_var; }
C
mkdir -p private && cp hello hello.c libshape.so.1 private/
cp -L /usr/bin/gcov gcov-arm64
printf '\xb7\x00' | dd of=gcov-arm64 bs=1 seek=18 conv=notrunc status=none
chmod 755 gcov-arm64

cat > part.c <<'C'
#include <stdio.h>
int used(int a) { return a * 2; }
int unused(int a) { if (a > 3) return a - 1; return a + 1; }
int main(void) { printf("%d\n", used(2)); return 0; }
C
mkdir -p cov2 && cp part.c cov2/ && (cd cov2 && gcc --coverage -O0 -o part part.c && ./part >/dev/null)
mkdir -p badgcda && cp hello.c badgcda/ && (cd badgcda && gcc --coverage -O0 -c hello.c && printf 'garbage garbage garbage\n' > hello.gcda)
printf 'TN:\nSF:/src/a.c\nDA:1,1\nDA:oops\nLF:2\nend_of_record\n' > bad.info
(cd cov && lcov --capture --directory . --output-file ../good.info >/dev/null 2>&1) || true
cat > tabs.c <<'C'
int  main(void)	{ return 0; }
C
sed -i 's/}$/}   /' tabs.c
cat > iwyu_bad.c <<'C'
#include <stdio.h>
int main(void) { return missing_func(; }
C
cp part.c private/
cat > app.c <<'C'
struct point { int x; int y; };
int area(struct point *p);
int version(void);
int main(void) { struct point p = {2, 3}; return area(&p) + version(); }
C
ln -sf libshape.so.1 libshape.so
gcc -g -o app app.c -L. -lshape
printf '<version>1</version>\n<headers>%s/lib1.c</headers>\n<libs>%s/libshape.so.1</libs>\n' "$PWD" "$PWD" > v1.xml
printf '<version>2</version>\n<headers>%s/lib2.c</headers>\n<libs>%s/libshape.so.2</libs>\n' "$PWD" "$PWD" > v2.xml
chmod -R a+rX . && chmod 700 private
"""

CASES = [
    # --- readelf / nm / size / addr2line / strings / c++filt (binutils) ---------------------
    dict(id="readelf-binary-missing", tool="readelf",
         script="readelf -h /nonexistent/build/app", code="ERR_1003",
         why="the binary to inspect does not exist", path="/nonexistent/build/app"),
    dict(id="readelf-binary-denied", tool="readelf",
         script=f"readelf -h {P}/hello", code="ERR_1002", user="nobody",
         why="the job's user may not enter the directory holding the binary", path=f"{P}/hello"),
    dict(id="neg-readelf-not-elf", tool="readelf",
         script=f"readelf -h {D}/notelf.bin", code="ERR_1007",
         why="the file is not an ELF object: bad input data"),
    dict(id="readelf-missing-de", tool="readelf", lang="de_DE.UTF-8",
         script="readelf -S /nonexistent/out/libcore.so", code="ERR_1003",
         why="the library to inspect does not exist", path="/nonexistent/out/libcore.so"),
    dict(id="nm-lib-missing", tool="nm",
         script="nm -D /nonexistent/libfoo.so", code="ERR_1003",
         why="the library whose symbols are listed does not exist", path="/nonexistent/libfoo.so"),
    dict(id="neg-nm-not-elf", tool="nm",
         script=f"nm {D}/notelf.bin", code="ERR_1007",
         why="the file format is not recognised: bad input data"),
    dict(id="nm-denied", tool="nm", user="nobody",
         script=f"nm {P}/libshape.so.1", code="ERR_1002",
         why="the job's user may not enter the directory holding the library",
         path=f"{P}/libshape.so.1"),
    dict(id="neg-nm-not-elf-fr", tool="nm", lang="fr_FR.UTF-8",
         script=f"nm {D}/notelf.bin", code="ERR_1007",
         why="the file format is not recognised: bad input data"),
    dict(id="neg-size-not-elf", tool="size",
         script=f"size {D}/notelf.bin", code="ERR_1007",
         why="the file format is not recognised: bad input data"),
    dict(id="size-firmware-missing", tool="size",
         script="size /nonexistent/fw.elf", code="ERR_1003",
         why="the firmware image to measure does not exist", path="/nonexistent/fw.elf"),
    dict(id="addr2line-exe-missing", tool="addr2line",
         script="addr2line -e /nonexistent/app 0x1139", code="ERR_1003",
         why="the executable to resolve addresses in does not exist", path="/nonexistent/app"),
    dict(id="neg-addr2line-not-elf", tool="addr2line",
         script=f"addr2line -e {D}/notelf.bin 0x1139", code="ERR_1007",
         why="the file given is not an object file: bad input data"),
    dict(id="neg-cxxfilt-bad-style", tool="c++filt",
         script="echo _Z1fv | c++filt --format=nosuch", code="ERR_1007",
         why="an unknown demangling style was asked for: a usage error"),
    dict(id="strings-blob-missing", tool="strings",
         script="strings /nonexistent/blob.bin", code="ERR_1003",
         why="the file to scan does not exist", path="/nonexistent/blob.bin"),
    dict(id="strings-denied", tool="strings", user="nobody",
         script=f"strings {P}/hello", code="ERR_1002",
         why="the job's user may not enter the directory holding the file", path=f"{P}/hello"),
    dict(id="strings-missing-es", tool="strings", lang="es_ES.UTF-8",
         script="strings -a /nonexistent/core.dump", code="ERR_1003",
         why="the file to scan does not exist", path="/nonexistent/core.dump"),
    # --- elfutils ---------------------------------------------------------------------------
    dict(id="eu-readelf-missing", tool="eu-readelf",
         script="eu-readelf -h /nonexistent/app", code="ERR_1003",
         why="the binary to inspect does not exist", path="/nonexistent/app"),
    dict(id="neg-eu-readelf-not-elf", tool="eu-readelf",
         script=f"eu-readelf -h {D}/notelf.bin", code="ERR_1007",
         why="the file is not a valid ELF file: bad input data"),
    dict(id="eu-readelf-denied-de", tool="eu-readelf", user="nobody", lang="de_DE.UTF-8",
         script=f"eu-readelf -S {P}/hello", code="ERR_1002",
         why="the job's user may not enter the directory holding the binary", path=f"{P}/hello"),
    dict(id="neg-eu-stack-no-such-pid", tool="eu-stack",
         script="eu-stack -p 999999", code="ERR_1007",
         why="no process with that id is running: an unknown name in the tool's own world"),
    dict(id="eu-stack-core-missing", tool="eu-stack",
         script=f"eu-stack --core /nonexistent/core -e {D}/hello", code="ERR_1003",
         why="the core file to unwind does not exist", path="/nonexistent/core"),
    dict(id="eu-unstrip-outdir-missing", tool="eu-unstrip",
         script=f"eu-unstrip {D}/hello-nodebug {D}/hello -o /nonexistent/out/hello", code="ERR_1003",
         why="the directory for the output file does not exist", path="/nonexistent/out/hello"),
    dict(id="eu-unstrip-out-rofs", tool="eu-unstrip", mount="ro",
         script=f"eu-unstrip {D}/hello-nodebug {D}/hello -o $M/hello", code="ERR_1012",
         why="the output is written to a read-only mount", path="$M/hello"),
    dict(id="neg-eu-elflint-truncated", tool="eu-elflint",
         script=f"eu-elflint {D}/truncated.elf 1>&2", code="ERR_1007",
         why="the ELF file is truncated and fails the lint: bad input data"),
    # --- patchelf / chrpath -----------------------------------------------------------------
    dict(id="patchelf-binary-missing", tool="patchelf",
         script="patchelf --set-rpath '$ORIGIN/../lib' /nonexistent/app", code="ERR_1003",
         why="the binary to patch does not exist", path="/nonexistent/app"),
    dict(id="neg-patchelf-not-elf", tool="patchelf",
         script=f"cp {D}/notelf.bin app; patchelf --set-interpreter /lib64/ld-linux-x86-64.so.2 app",
         code="ERR_1007", why="the file to patch has no ELF header: bad input data"),
    dict(id="patchelf-output-full", tool="patchelf", mount="full",
         script=f"patchelf --set-rpath /opt/app/lib --output $M/hello {D}/hello", code="ERR_1012",
         why="the patched copy is written to a full disk", path="$M/hello"),
    dict(id="patchelf-rootowned-denied", tool="patchelf", user="nobody",
         script=f"patchelf --set-rpath /opt/app/lib {D}/hello", code="ERR_1002",
         why="the job's user may not write the root-owned binary it patches", path=f"{D}/hello"),
    dict(id="neg-chrpath-no-rpath", tool="chrpath",
         script=f"cp {D}/hello app; chrpath -r /opt/app/lib app 1>&2", code="ERR_1007",
         why="the binary has no rpath tag to replace: the tool's own failure"),
    dict(id="chrpath-binary-missing", tool="chrpath",
         script="chrpath -l /nonexistent/app", code="ERR_1003",
         why="the binary to inspect does not exist"),
    # --- ldd / lddtree ----------------------------------------------------------------------
    dict(id="ldd-binary-missing", tool="ldd",
         script="ldd /nonexistent/app", code="ERR_1003",
         why="the binary to inspect does not exist", path="/nonexistent/app"),
    dict(id="neg-ldd-not-dynamic", tool="ldd",
         script=f"ldd {D}/notelf.bin", code="ERR_1007",
         why="the file is not a dynamic executable: bad input data"),
    dict(id="ldd-nproc", tool="ldd", user="nobody",
         script=f"ulimit -u 1; ldd {D}/hello", code="ERR_1004",
         why="the process limit stops ldd from starting the dynamic loader"),
    dict(id="lddtree-binary-missing", tool="lddtree",
         script="lddtree /nonexistent/app", code="ERR_1003",
         why="the binary to inspect does not exist", path="/nonexistent/app", miss="the only line is a warning ('did not match any paths'); a warning is never the final error"),
    # --- dwz --------------------------------------------------------------------------------
    dict(id="dwz-outdir-missing", tool="dwz",
         script=f"dwz -o /nonexistent/out {D}/hello", code="ERR_1003",
         why="the directory for the output file does not exist", path="/nonexistent/out"),
    dict(id="dwz-input-missing", tool="dwz",
         script="dwz -o out /nonexistent/app", code="ERR_1003",
         why="the binary to compress does not exist", path="/nonexistent/app"),
    # --- gcov / gcovr / lcov / genhtml ------------------------------------------------------
    dict(id="gcov-notes-missing", tool="gcov",
         script="gcov /nonexistent/x.c", code="ERR_1003",
         why="the coverage notes file does not exist (the object was never built with coverage)",
         path="/nonexistent/x.gcno"),
    dict(id="gcov-output-denied", tool="gcov", user="nobody",
         script=f"cd {D}/cov && gcov hello.c", code="ERR_1002",
         why="the job's user may not write the report into the root-owned build directory"),
    dict(id="gcov-output-rofs", tool="gcov", mount="ro",
         script=f"cd $M && gcov -o {D}/cov {D}/cov/hello.c", code="ERR_1012",
         why="the report is written into a read-only mount", miss="the output file is named relative to the job's directory on a read-only mount; no reason is said and the text's guess (refused) is taken"),
    dict(id="neg-gcov-corrupt-gcda", tool="gcov",
         script=f"cd {D}/badgcda && gcov -n hello.c", code="ERR_1007",
         why="the coverage data file is garbage: bad input data"),
    dict(id="gcovr-gcov-missing", tool="gcovr",
         script=f"gcovr --gcov-executable hodei-nogcov -r {D}/cov", code="ERR_1001",
         why="the gcov program gcovr runs is not installed", command="hodei-nogcov"),
    dict(id="gcovr-gcov-wrong-arch", tool="gcovr",
         script=f"gcovr --gcov-executable {D}/gcov-arm64 -r {D}/cov", code="ERR_1004",
         why="the gcov binary gcovr runs is built for another architecture (exec format error)"),
    dict(id="gcovr-root-missing", tool="gcovr",
         script="gcovr -r /nonexistent/src", code="ERR_1003",
         why="the source root to search for coverage data does not exist"),
    dict(id="neg-gcovr-fail-under", tool="gcovr",
         script=f"gcovr -r {D}/cov2 --fail-under-line 90 1>&2", code="ERR_1007",
         why="coverage is below the required threshold: a failed check"),
    dict(id="lcov-dir-missing", tool="lcov",
         script="lcov --capture --directory /nonexistent/build --output-file cov.info", code="ERR_1003",
         why="the build directory to capture coverage from does not exist", path="/nonexistent/build"),
    dict(id="lcov-gcov-tool-missing", tool="lcov",
         script=f"cp -r {D}/cov c && lcov --capture --directory c --gcov-tool hodei-nogcov --output-file cov.info",
         code="ERR_1001", why="the gcov program lcov runs is not installed", command="hodei-nogcov"),
    dict(id="lcov-out-rofs", tool="lcov", mount="ro",
         script=f"cp -r {D}/cov c && lcov --capture --directory c --output-file $M/cov.info", code="ERR_1012",
         why="the tracefile is written to a read-only mount"),
    dict(id="genhtml-info-missing", tool="genhtml",
         script="genhtml -o html /nonexistent/cov.info", code="ERR_1003",
         why="the tracefile to render does not exist", path="/nonexistent/cov.info"),
    dict(id="genhtml-out-rofs", tool="genhtml", mount="ro",
         script=f"genhtml -o $M/html {D}/good.info", code="ERR_1012",
         why="the report directory is created on a read-only mount"),
    dict(id="genhtml-source-missing", tool="genhtml",
         script=f"genhtml -o html {D}/bad.info", code="ERR_1003",
         why="the source file the tracefile names does not exist on this machine", path="/src/a.c"),
    dict(id="genhtml-out-denied", tool="genhtml", user="nobody",
         script=f"genhtml -o {RD}/html {D}/good.info", code="ERR_1002",
         why="the job's user may not create the report directory in a root-owned directory"),
    # --- lizard / pmccabe / vera++ ----------------------------------------------------------
    dict(id="neg-lizard-ccn-threshold", tool="lizard",
         script=f"lizard -w -C 10 {D}/complex.c 1>&2", code="ERR_1007",
         why="a function exceeds the complexity threshold: a failed check"),
    dict(id="pmccabe-source-missing", tool="pmccabe",
         script="pmccabe /nonexistent/src/main.c", code="ERR_1003",
         why="the source file to measure does not exist", path="/nonexistent/src/main.c"),
    dict(id="pmccabe-source-denied", tool="pmccabe", user="nobody",
         script=f"pmccabe {P}/part.c", code="ERR_1002",
         why="the job's user may not enter the directory holding the source", path=f"{P}/part.c"),
    dict(id="neg-vera-style-errors", tool="vera++",
         script=f"vera++ --error {D}/tabs.c", code="ERR_1007",
         why="style rules are violated: a failed check"),
    dict(id="vera-source-missing", tool="vera++",
         script="vera++ --error /nonexistent/src/main.c", code="ERR_1003",
         why="the source file to check does not exist", path="/nonexistent/src/main.c"),
    # --- coccinelle / sparse / include-what-you-use -----------------------------------------
    dict(id="neg-spatch-parse-error", tool="spatch",
         script=f"spatch --sp-file {D}/broken.cocci {D}/hello.c", code="ERR_1007",
         why="the semantic patch has a syntax error"),
    dict(id="spatch-cocci-missing", tool="spatch",
         script=f"spatch --sp-file /nonexistent/rules/kfree.cocci {D}/hello.c", code="ERR_1003",
         why="the semantic patch file does not exist", path="/nonexistent/rules/kfree.cocci"),
    dict(id="spatch-source-missing", tool="spatch",
         script=f"spatch --sp-file {D}/ok.cocci /nonexistent/drivers/foo.c", code="ERR_1003",
         why="the source file to transform does not exist", path="/nonexistent/drivers/foo.c"),
    dict(id="sparse-source-missing", tool="sparse",
         script="sparse /nonexistent/drivers/foo.c", code="ERR_1003",
         why="the source file to check does not exist", path="/nonexistent/drivers/foo.c"),
    dict(id="neg-sparse-errors", tool="sparse",
         script=f"sparse -Wsparse-error {D}/sp.c", code="ERR_1007",
         why="the source has errors sparse treats as fatal: a failed check"),
    dict(id="iwyu-source-missing", tool="include-what-you-use",
         script="include-what-you-use /nonexistent/src/main.c", code="ERR_1003",
         why="the source file to analyse does not exist", path="/nonexistent/src/main.c"),
    dict(id="neg-iwyu-syntax-error", tool="include-what-you-use",
         script=f"include-what-you-use {D}/iwyu_bad.c", code="ERR_1007",
         why="the source does not compile: a syntax error"),
    # --- libabigail -------------------------------------------------------------------------
    dict(id="neg-abidiff-abi-change", tool="abidiff",
         script=f"abidiff {D}/libshape.so.1 {D}/libshape.so.2 1>&2", code="ERR_1007",
         why="the new library breaks the ABI: a failed check"),
    dict(id="abidiff-old-missing", tool="abidiff",
         script=f"abidiff /nonexistent/old/libshape.so.1 {D}/libshape.so.2", code="ERR_1003",
         why="the baseline library does not exist", path="/nonexistent/old/libshape.so.1"),
    dict(id="abidw-outdir-missing", tool="abidw",
         script=f"abidw --out-file /nonexistent/abi/libshape.xml {D}/libshape.so.1", code="ERR_1003",
         why="the directory for the ABI dump does not exist", path="/nonexistent/abi/libshape.xml"),
    dict(id="neg-abidw-not-elf", tool="abidw",
         script=f"abidw {D}/notelf.bin", code="ERR_1007",
         why="the file is not a kind abidw handles: bad input data"),
    dict(id="neg-abicompat-incompatible", tool="abicompat",
         script=f"abicompat {D}/app {D}/libshape.so.1 {D}/libshape.so.2 1>&2", code="ERR_1007",
         why="the application is not compatible with the new library: a failed check"),
    dict(id="abi-dumper-missing", tool="abi-dumper",
         script="abi-dumper /nonexistent/libshape.so.1 -o abi.dump", code="ERR_1003",
         why="the library to dump does not exist", path="/nonexistent/libshape.so.1"),
    dict(id="neg-abi-dumper-no-debuginfo", tool="abi-dumper",
         script=f"abi-dumper {D}/hello-nodebug -o abi.dump", code="ERR_1007",
         why="the object has no debug info to dump: bad input data"),
    dict(id="eu-unstrip-out-full", tool="eu-unstrip", mount="full",
         script=f"eu-unstrip {D}/hello-nodebug {D}/hello -o $M/hello", code="ERR_1012",
         why="the output file is written to a full disk"),
    dict(id="eu-stack-core-missing-es", tool="eu-stack", lang="es_ES.UTF-8",
         script=f"eu-stack --core /nonexistent/core.1234 -e {D}/hello", code="ERR_1003",
         why="the core file to unwind does not exist", path="/nonexistent/core.1234"),
    dict(id="neg-readelf-not-elf-it", tool="readelf", lang="it_IT.UTF-8",
         script=f"readelf -h {D}/notelf.bin", code="ERR_1007",
         why="the file is not an ELF object: bad input data"),
    dict(id="size-denied-fr", tool="size", user="nobody", lang="fr_FR.UTF-8",
         script=f"size {P}/hello", code="ERR_1002",
         why="the job's user may not enter the directory holding the binary", path=f"{P}/hello"),
    dict(id="neg-eu-readelf-not-elf-de", tool="eu-readelf", lang="de_DE.UTF-8",
         script=f"eu-readelf -h {D}/notelf.bin", code="ERR_1007",
         why="the file is not a valid ELF file: bad input data"),
    dict(id="spatch-nproc", tool="spatch", user="nobody",
         script=f"ulimit -u 1; spatch --sp-file {D}/ok.cocci {D}/hello.c -j 2", code="ERR_1004",
         why="the process limit stops spatch from starting its worker processes", miss="OCaml's fork error printed as an object with no errno name; the last line's ENOENT on a temporary file decides"),
    dict(id="lizard-report-dir-missing", tool="lizard",
         script=f"lizard -C 10 -w {D}/complex.c -o /nonexistent/report.html", code="ERR_1003",
         why="the directory for the report file does not exist", path="/nonexistent/report.html"),
    dict(id="gcovr-html-dir-missing", tool="gcovr",
         script=f"gcovr -r {D}/cov --html -o /nonexistent/cov/index.html", code="ERR_1003",
         why="the directory for the HTML report does not exist", path="/nonexistent/cov/index.html"),
    dict(id="gcovr-xml-out-rofs", tool="gcovr", mount="ro",
         script=f"gcovr -r {D}/cov --cobertura $M/coverage.xml", code="ERR_1012",
         why="the Cobertura report is written to a read-only mount", path="$M/coverage.xml"),
    dict(id="eu-readelf-missing-es", tool="eu-readelf", lang="es_ES.UTF-8",
         script="eu-readelf -d /nonexistent/lib/libapp.so", code="ERR_1003",
         why="the library to inspect does not exist", path="/nonexistent/lib/libapp.so"),
]
