"""Corpus batch 6: language toolchains (TypeScript, Lisp, Scheme, Pascal, small C compiler,
assembler), project runners (yarn, pipx, poetry, twine, cpanm, rake, premake), parallel
compressors, image and audio tools, video muxing, OCR, spelling, documentation formatters and
plotting. Made to be worked on (``SPLIT = "tuned"``)."""

import os

SPLIT = "tuned"

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch6"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"
# this host's node is not Debian's, so Debian's yarn finds its modules through NODE_PATH
YARN_ENV = {"NODE_PATH": "/usr/share/nodejs"}

FIXTURES = r"""
# a tiny TypeScript project
mkdir -p ts/src tsbad/src tsmod/src tsprop/src
printf '{"compilerOptions": {"outDir": "dist", "strict": true}, "include": ["src"]}\n' > ts/tsconfig.json
printf 'export const x: number = 1;\n' > ts/src/main.ts
printf '{"compilerOptions": {"strict": true}, "include": ["src"]}\n' > tsbad/tsconfig.json
printf 'const total: number = computeTotal(3);\nconsole.log(total);\n' > tsbad/src/main.ts
printf 'import { chunk } from "lodash-es";\nconsole.log(chunk([1, 2, 3], 2));\n' > tsmod/main.ts
printf 'interface User { name: string }\nconst u: User = { name: "a" };\nconsole.log(u.permissions);\n' > tsprop/main.ts
# a node package with scripts
mkdir -p pkg
cat > pkg/package.json <<'EOF'
{"name": "webapp", "version": "1.0.0", "private": true,
 "scripts": {"build": "hodei-bundler --minify src", "lint": "echo linting", "test": "./bin/run-tests",
             "arm": "./bin/tool-arm64 --version", "check": "sh -c 'echo checking; exit 3'"}}
EOF
mkdir -p pkg/bin
printf '#!/bin/sh\necho running tests\nexit 0\n' > pkg/bin/run-tests
chmod 755 pkg/bin/run-tests
# an executable for another architecture (a static aarch64 ELF header)
python3 - <<'EOF'
import struct
hdr = bytearray(64)
hdr[0:4] = b"\x7fELF"; hdr[4] = 2; hdr[5] = 1; hdr[6] = 1
struct.pack_into("<HHIQQQIHHHHHH", hdr, 16, 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 64, 0, 0)
ph = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 120, 120, 0x1000)
open("tool-arm64", "wb").write(bytes(hdr) + ph + b"\x00" * 8)
EOF
chmod 755 tool-arm64
cp tool-arm64 pkg/bin/tool-arm64
# python projects
mkdir -p pyproj
cat > pyproj/pyproject.toml <<'EOF'
[tool.poetry]
name = "reports"
version = "0.1.0"
description = "reports"
authors = ["Dev <dev@example.com>"]

[tool.poetry.dependencies]
python = "^3.8"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
EOF
mkdir -p good
python3 - <<'EOF'
import zipfile
meta = "Metadata-Version: 2.1\nName: reports\nVersion: 0.1.0\nSummary: reports\n\nReports.\n"
wheel = "Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
with zipfile.ZipFile("good/reports-0.1.0-py3-none-any.whl", "w") as z:
    for name, text in [("reports/__init__.py", ""), ("reports-0.1.0.dist-info/METADATA", meta),
                       ("reports-0.1.0.dist-info/WHEEL", wheel), ("reports-0.1.0.dist-info/RECORD", "")]:
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), text)
EOF
# perl
mkdir -p perlapp
printf 'requires "Hodei::Nonexistent::Module";\n' > perlapp/cpanfile
# rake
mkdir -p rk
cat > rk/Rakefile <<'EOF'
task :default => :build
task :build do
  sh "hodei-compile --release"
end
task :test do
  sh "sh -c 'echo running; exit 2'"
end
task :arm do
  sh "../tool-arm64 --version"
end
task :spawn do
  sh "true"
end
task :deploy do
  raise "deploy key not found in vault: permission denied for role ci"
end
EOF
# lisp, scheme
printf '(defun main () (format t "total ~a~%%" (compute-total 3)))\n(main)\n' > undefined.lisp
printf '(require :hodei-nonexistent-system)\n' > require.lisp
printf '(load "/nonexistent/lib/util.lisp")\n' > load.lisp
printf '(use-modules (hodei nonexistent))\n(display "ok")\n' > usemod.scm
printf '(call-with-input-file "/nonexistent/data/input.csv" read-char)\n' > openin.scm
printf '(system* "hodei-render" "out.png")\n(exit (status:exit-val (system* "hodei-render" "out.png")))\n' > spawn.scm
printf '(use-modules (ice-9 popen) (ice-9 rdelim))\n(define p (open-input-pipe "git describe --tags"))\n(display (read-line p))\n' > fork.scm
# pascal
cat > hello.pas <<'EOF'
program hello;
begin
  writeln('hi')
end.
EOF
cat > broken.pas <<'EOF'
program broken;
begin
  writeln('hi');
  total := 3
end.
EOF
cat > usesunit.pas <<'EOF'
program usesunit;
uses HodeiGeometry;
begin
  writeln(Area(2))
end.
EOF
# c for tcc
printf 'int main(void) { return compute_total(3); }\n' > undef.c
printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' > hello.c
# yasm
printf 'section .text\nglobal _start\n_start:\n  mov rax, 60\n  xor rdi, rdi\n  syscall\n' > start.asm
printf '%%include "macros/syscalls.inc"\nsection .text\n' > incl.asm
# premake
mkdir -p pm
cat > pm/premake4.lua <<'EOF'
solution "app"
  configurations { "Debug" }
  project "app"
    kind "ConsoleApp"
    language "C"
    files { "src/*.c" }
EOF
# compressed and media data
seq 1 20000 > data.txt
printf 'plain text, not an image\n' > notimage.gif
printf 'plain text, not audio\n' > notaudio.wav
printf 'plain text, not audio\n' > notaudio.flac
printf 'plain text, not a video\n' > notvideo.mkv
ffmpeg -nostdin -loglevel error -f lavfi -i testsrc=size=64x64:rate=1 -frames:v 1 -bitexact photo.jpg
ffmpeg -nostdin -loglevel error -f lavfi -i testsrc=size=64x64:rate=1 -frames:v 1 -bitexact photo.png
ffmpeg -nostdin -loglevel error -f lavfi -i testsrc=size=64x64:rate=1 -frames:v 1 -bitexact anim.gif
ffmpeg -nostdin -loglevel error -f lavfi -i sine=frequency=440:duration=1 -ac 1 -ar 8000 -bitexact tone.wav
ffmpeg -nostdin -loglevel error -f lavfi -i testsrc=size=32x32:rate=5 -t 1 -bitexact -c:v mjpeg clip.avi
head -c 120 photo.png > truncated.png
# documents
printf '\\input texinfo\n@setfilename manual.info\n@settitle Manual\n@node Top\n@top Manual\nSee @ref{Installation}.\n@bye\n' > xref.texi
printf '\\input texinfo\n@setfilename manual.info\n@settitle Manual\n@node Top\n@top Manual\n@include chapters/install.texi\n@bye\n' > incl.texi
printf '\\input texinfo\n@setfilename manual.info\n@settitle Manual\n@node Top\n@top Manual\nHello.\n@bye\n' > ok.texi
printf 'digraph g {\n  a -> b\n  b -> \n}\n' > bad.dot
printf 'digraph g { a -> b }\n' > ok.dot
printf 'set terminal dumb\nplot "/nonexistent/results/latency.dat" using 1:2 with lines\n' > missingdata.gp
printf 'set terminal hodeiterm\nplot sin(x)\n' > badterm.gp
printf '= Guide\n\ninclude::chapters/setup.adoc[]\n' > incl.adoc
printf '= Guide\n\nHello.\n' > ok.adoc
printf 'Teh qiuck brown fox\n' > words.txt
# a directory the job may read but not write into
mkdir -p shared && cp data.txt shared/ && chmod 755 shared
# a TypeScript project with several modules
mkdir -p tsmany/src
printf '{"compilerOptions": {"outDir": "dist"}, "include": ["src"]}\n' > tsmany/tsconfig.json
for m in api auth billing cache db mail; do printf 'export const %s = "%s";\n' $m $m > tsmany/src/$m.ts; done
printf '= Guide\n:attribute-missing: warn\n\nWelcome to {product-name}.\n' > attr.adoc
chmod -R a+rX .
"""


CASES = [
    # --- tsc ---------------------------------------------------------------------------------
    dict(id="tsc-project-missing", tool="tsc", script="tsc -p /nonexistent/app/tsconfig.json 1>&2",
         code="ERR_1003", why="the project file named with -p does not exist",
         path="/nonexistent/app/tsconfig.json"),
    dict(id="neg-tsc-cannot-find-name", tool="tsc",
         script=f"cp -r {B}/tsbad/. .; tsc -p . 1>&2", code="ERR_1007",
         why="a type error: the code calls a function nobody declared"),
    dict(id="neg-tsc-cannot-find-module", tool="tsc",
         script=f"cp {B}/tsmod/main.ts .; tsc --noEmit main.ts 1>&2", code="ERR_1007",
         why="an npm dependency is not installed: a missing package, not a missing file"),
    dict(id="neg-tsc-property-not-exist", tool="tsc",
         script=f"cp {B}/tsprop/main.ts .; tsc --noEmit main.ts 1>&2", code="ERR_1007",
         why="a type error: the code reads a property the interface does not declare"),
    dict(id="tsc-outdir-rofs", tool="tsc",
         script=f"cp -r {B}/ts/. .; tsc -p . --outDir $M/dist 1>&2", code="ERR_1012",
         mount="ro", why="the output directory is on a read-only mount"),
    dict(id="tsc-outdir-eacces", tool="tsc",
         script=f"cp -r {B}/ts/. .; tsc -p . --outDir {RD}/dist 1>&2", code="ERR_1002",
         user=NOBODY, why="the job's user may not create the output directory",
         path=f"{RD}/dist"),
    dict(id="tsc-nproc", tool="tsc", script=f"cp -r {B}/ts/. .; ulimit -u 1; exec tsc -p . 1>&2",
         code="ERR_1004", user=NOBODY,
         why="node cannot start its worker threads under a process limit of 1"),
    # --- yarn --------------------------------------------------------------------------------
    dict(id="neg-yarn-unknown-script", tool="yarnpkg", env=YARN_ENV,
         script=f"cp -r {B}/pkg/. .; yarnpkg run deploy", code="ERR_1007",
         why="the package has no script of that name: an unknown name in the tool's world",
         miss="yarn's 'Command \"x\" not found' means a script the package does not define; the same words mean a missing program elsewhere, and the classifier reads them so"),
    dict(id="yarn-script-cmd-missing", tool="yarnpkg", env=YARN_ENV,
         script=f"cp -r {B}/pkg/. .; yarnpkg run build", code="ERR_1001",
         why="the build script runs a program that is not installed", command="hodei-bundler"),
    dict(id="yarn-script-wrong-arch", tool="yarnpkg", env=YARN_ENV,
         script=f"cp -r {B}/pkg/. .; yarnpkg run arm", code="ERR_1004",
         why="the script runs a binary built for another architecture (exec format error)"),
    dict(id="yarn-no-package-json", tool="yarnpkg", env=YARN_ENV, script="yarnpkg run build", code="ERR_1003",
         why="there is no package.json in the directory the job runs in"),
    dict(id="neg-yarn-offline-add", tool="yarnpkg", env=YARN_ENV,
         script=f"cp -r {B}/pkg/. .; yarnpkg add left-pad --offline", code="ERR_1007",
         why="the package is not in the offline cache: a dependency problem, not a missing file"),
    # --- pipx, poetry, twine -----------------------------------------------------------------
    dict(id="neg-pipx-uninstall-unknown", tool="pipx", script="pipx uninstall hodei-reports 1>&2",
         code="ERR_1007", why="the package was never installed by pipx: an unknown name"),
    dict(id="pipx-python-missing", tool="pipx",
         script="pipx install --python python3.99 hodei-reports", code="ERR_1001",
         why="the Python interpreter the job asks for is not installed", command="python3.99"),
    dict(id="neg-pipx-install-offline", tool="pipx", script="pipx install hodei-reports-cli",
         code="ERR_1007", why="the package index cannot be reached: a network failure"),
    dict(id="poetry-no-pyproject", tool="poetry", script="poetry install", code="ERR_1003",
         why="the project file pyproject.toml does not exist here or above"),
    dict(id="poetry-run-cmd-missing", tool="poetry",
         script=f"cp {B}/pyproj/pyproject.toml .; poetry run hodei-report --daily", code="ERR_1001",
         why="the program run inside the environment is not installed", command="hodei-report"),
    dict(id="neg-poetry-add-unknown", tool="poetry",
         script=f"cp {B}/pyproj/pyproject.toml .; poetry add hodei-nonexistent-lib", code="ERR_1007",
         why="the dependency cannot be resolved from the package index (no network)"),
    dict(id="twine-check-missing", tool="twine", script="twine check dist/* 1>&2", code="ERR_1003",
         why="no distribution files exist where the job points"),
    dict(id="neg-twine-upload-refused", tool="twine",
         script=f"twine upload --non-interactive -u u -p p --repository-url http://127.0.0.1:9/ "
                f"{B}/good/reports-0.1.0-py3-none-any.whl", code="ERR_1007",
         why="the package index does not answer (connection refused)"),
    # --- cpanm -------------------------------------------------------------------------------
    dict(id="neg-cpanm-module-unknown", tool="cpanm",
         script="cpanm --notest Hodei::Nonexistent::Module", code="ERR_1007",
         why="the module cannot be found on CPAN (no network): a dependency, not a file"),
    dict(id="neg-cpanm-installdeps", tool="cpanm",
         script=f"cp {B}/perlapp/cpanfile .; cpanm --installdeps --notest .", code="ERR_1007",
         why="a dependency named in the cpanfile cannot be found: a dependency problem"),
    # --- rake --------------------------------------------------------------------------------
    dict(id="rake-no-rakefile", tool="rake", script="rake build", code="ERR_1003",
         why="there is no Rakefile in the directory"),
    dict(id="neg-rake-unknown-task", tool="rake", script=f"cp {B}/rk/Rakefile .; rake publish",
         code="ERR_1007", why="the Rakefile has no task of that name: an unknown name"),
    dict(id="rake-sh-cmd-missing", tool="rake", script=f"cp {B}/rk/Rakefile .; rake build",
         code="ERR_1001", why="the task runs a program that is not installed",
         command="hodei-compile"),
    dict(id="neg-rake-raise-message", tool="rake", script=f"cp {B}/rk/Rakefile .; rake deploy",
         code="ERR_1007",
         why="the task failed on its own check (a secret store refusing the CI role, an authentication failure); no path or program is missing"),
    # --- sbcl --------------------------------------------------------------------------------
    dict(id="neg-sbcl-undefined-function", tool="sbcl",
         script=f"sbcl --script {B}/undefined.lisp", code="ERR_1007",
         why="the program calls a function that is not defined: the program's own error"),
    dict(id="neg-sbcl-require-unknown", tool="sbcl", script=f"sbcl --script {B}/require.lisp",
         code="ERR_1007", why="the system to REQUIRE is not available: a missing library"),
    dict(id="sbcl-load-missing", tool="sbcl", script=f"sbcl --script {B}/load.lisp",
         code="ERR_1003", why="the file the script loads does not exist",
         path="/nonexistent/lib/util.lisp"),
    # --- guile -------------------------------------------------------------------------------
    dict(id="neg-guile-module-missing", tool="guile",
         script=f"guile --no-auto-compile {B}/usemod.scm", code="ERR_1007",
         why="the module the script uses is not installed: a missing library"),
    dict(id="guile-open-missing", tool="guile",
         script=f"guile --no-auto-compile {B}/openin.scm", code="ERR_1003",
         why="the data file the script opens does not exist",
         path="/nonexistent/data/input.csv"),
    dict(id="guile-fork-nproc", tool="guile",
         script=f"ulimit -u 1; exec guile --no-auto-compile {B}/fork.scm", code="ERR_1004",
         user=NOBODY, why="guile cannot create its threads or fork the pipe's shell under a process limit of 1"),
    # --- fpc ---------------------------------------------------------------------------------
    dict(id="neg-fpc-syntax", tool="fpc", script=f"cp {B}/broken.pas .; fpc broken.pas 1>&2",
         code="ERR_1007", why="the program uses an undeclared identifier: a compile error"),
    dict(id="neg-fpc-unit-missing", tool="fpc", script=f"cp {B}/usesunit.pas .; fpc usesunit.pas 1>&2",
         code="ERR_1007", why="the program uses a unit that is not available: a missing library"),
    dict(id="fpc-output-rofs", tool="fpc",
         script=f"cp {B}/hello.pas .; fpc -FE$M hello.pas 1>&2", code="ERR_1012", mount="ro",
         why="the compiler writes its output to a read-only mount"),
    dict(id="fpc-linker-missing", tool="fpc",
         script=f"mkdir bin; ln -s /usr/bin/fpc bin/; cp {B}/hello.pas .; "
                "PATH=$PWD/bin fpc hello.pas 1>&2",
         code="ERR_1001", why="the linker the compiler runs is not on PATH", command="ld"),
    # --- tcc ---------------------------------------------------------------------------------
    dict(id="tcc-source-missing", tool="tcc", script="tcc -o app src/app.c", code="ERR_1003",
         why="the source file does not exist", path="src/app.c"),
    dict(id="neg-tcc-undefined-symbol", tool="tcc", script=f"tcc -o app {B}/undef.c",
         code="ERR_1007", why="the program calls a function no object defines: a link error"),
    dict(id="tcc-output-eacces", tool="tcc", script=f"tcc -o {RD}/app {B}/hello.c",
         code="ERR_1002", user=NOBODY, why="the job's user may not write the output file",
         path=f"{RD}/app"),
    dict(id="tcc-output-rofs", tool="tcc", script=f"tcc -o $M/app {B}/hello.c", code="ERR_1012",
         mount="ro", why="the output goes to a read-only mount"),
    # --- yasm --------------------------------------------------------------------------------
    dict(id="yasm-include-missing", tool="yasm", script=f"yasm -f elf64 {B}/incl.asm -o x.o",
         code="ERR_1003", why="the include file the source names does not exist"),
    dict(id="yasm-output-rofs", tool="yasm", script=f"yasm -f elf64 {B}/start.asm -o $M/start.o",
         code="ERR_1012", mount="ro", why="the object file goes to a read-only mount"),
    # --- premake4 ----------------------------------------------------------------------------
    dict(id="premake-no-script", tool="premake4", script="premake4 gmake 1>&2", code="ERR_1003",
         why="there is no premake4.lua project script in the directory"),
    dict(id="neg-premake-unknown-action", tool="premake4",
         script=f"cp {B}/pm/premake4.lua .; premake4 vs2099 1>&2", code="ERR_1007",
         why="an unknown action: a usage error"),
    # --- pbzip2, plzip, pixz, zopfli ---------------------------------------------------------
    dict(id="pbzip2-input-missing", tool="pbzip2", script="pbzip2 -k backups/db.sql",
         code="ERR_1003", why="the input file does not exist", path="backups/db.sql"),
    dict(id="pbzip2-output-full", tool="pbzip2", script=f"pbzip2 -c {B}/data.txt > $M/data.bz2",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="pbzip2-nproc", tool="pbzip2", script=f"ulimit -u 1; exec pbzip2 -p4 -c {B}/data.txt >/dev/null",
         code="ERR_1004", user=NOBODY, why="the compressor cannot start its threads under a process limit of 1",
         miss="pbzip2 says only 'Can't setup signal handling [11]': the errno is a bare number in brackets"),
    dict(id="plzip-output-rofs", tool="plzip", script=f"plzip -k -o $M/data.lz {B}/data.txt",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount"),
    dict(id="plzip-nproc", tool="plzip", script=f"ulimit -u 1; exec plzip -n4 -c {B}/data.txt >/dev/null",
         code="ERR_1004", user=NOBODY, why="the compressor cannot start its threads under a process limit of 1"),
    dict(id="jpegoptim-dest-rofs", tool="jpegoptim",
         script=f"jpegoptim --max=50 -d $M {B}/photo.jpg", code="ERR_1012", mount="ro",
         why="the destination directory is a read-only mount",
         miss="the output gives no reason for the failed write; the classifier reads an output that cannot be written with no reason said as refused (ERR_1002), the commonest cause, or gives no decision; here the mount was read-only"),
    dict(id="neg-pngquant-quality", tool="pngquant",
         script=f"pngquant --verbose --quality=90-100 --output out.png 2 {B}/photo.png", code="ERR_1007",
         why="the image cannot reach the required quality: the tool's own check failed"),
    dict(id="pngquant-output-eacces", tool="pngquant",
         script=f"pngquant --output {RD}/logo.png {B}/photo.png", code="ERR_1002", user=NOBODY,
         why="the job's user may not write the output file"),
    dict(id="gifsicle-input-missing", tool="gifsicle", script="gifsicle -O2 img/spinner.gif -o out.gif",
         code="ERR_1003", why="the image does not exist", path="img/spinner.gif"),
    dict(id="neg-gifsicle-not-gif", tool="gifsicle", script=f"gifsicle -O2 {B}/notimage.gif -o out.gif",
         code="ERR_1007", why="the file is not a GIF: bad input data"),
    dict(id="gifsicle-output-rofs", tool="gifsicle", script=f"gifsicle -O2 {B}/anim.gif -o $M/anim.gif",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount"),
    dict(id="exiv2-input-missing", tool="exiv2", script="exiv2 -pe photos/IMG_0001.jpg",
         code="ERR_1003", why="the image does not exist", path="photos/IMG_0001.jpg"),
    dict(id="de-exiv2-input-missing", tool="exiv2", script="exiv2 -pe fotos/IMG_0001.jpg",
         code="ERR_1003", lang="de_DE.UTF-8", why="the image does not exist (German)",
         path="fotos/IMG_0001.jpg"),
    # --- audio, video ------------------------------------------------------------------------
    dict(id="flac-input-missing", tool="flac", script="flac -8 audio/take1.wav", code="ERR_1003",
         why="the input file does not exist"),
    dict(id="neg-flac-test-corrupt", tool="flac", script=f"flac -t {B}/notaudio.flac",
         code="ERR_1007", why="the file is not FLAC: bad input data"),
    dict(id="flac-output-full", tool="flac", script=f"flac -o $M/tone.flac {B}/tone.wav",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="lame-output-rofs", tool="lame", script=f"lame {B}/tone.wav $M/tone.mp3",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount"),
    dict(id="fr-mkvmerge-input-missing", tool="mkvmerge", script="mkvmerge -o out.mkv brut/clip.avi 1>&2",
         code="ERR_1003", lang="fr_FR.UTF-8", why="the input file does not exist (French)"),
    dict(id="neg-es-mkvmerge-unrecognized", tool="mkvmerge",
         script=f"mkvmerge -o out.mkv {B}/notvideo.mkv 1>&2", code="ERR_1007", lang="es_ES.UTF-8",
         why="the input's format is not recognized: bad input data (Spanish)"),
    # --- OCR, spelling -----------------------------------------------------------------------
    dict(id="neg-tesseract-not-image", tool="tesseract", script=f"tesseract {B}/truncated.png out",
         code="ERR_1007", why="the image is truncated: bad input data"),
    # --- texinfo, groff ----------------------------------------------------------------------
    dict(id="neg-makeinfo-xref-nonexistent", tool="makeinfo",
         script=f"makeinfo {B}/xref.texi -o manual.info", code="ERR_1007",
         why="a cross-reference to a node the manual does not define: the document's own error"),
    dict(id="makeinfo-include-missing", tool="makeinfo",
         script=f"makeinfo {B}/incl.texi -o manual.info", code="ERR_1003",
         why="the chapter file the manual includes does not exist"),
    dict(id="neg-de-makeinfo-xref", tool="makeinfo", script=f"makeinfo {B}/xref.texi -o handbuch.info",
         code="ERR_1007", lang="de_DE.UTF-8",
         why="a cross-reference to a node the manual does not define (German)"),
    dict(id="neg-groff-unknown-device", tool="groff",
         script="printf '.TH TOOL 1\\n.SH NAME\\ntool\\n' > tool.1; groff -man -Thodei tool.1 >/dev/null", code="ERR_1007",
         why="an output device groff does not know: a usage error"),
    # --- dot, gnuplot, asciidoctor -----------------------------------------------------------
    dict(id="dot-input-missing", tool="dot", script="dot -Tsvg docs/arch.dot -o arch.svg",
         code="ERR_1003", why="the graph file does not exist", path="docs/arch.dot"),
    dict(id="neg-dot-unknown-format", tool="dot", script=f"dot -Thodei {B}/ok.dot -o out",
         code="ERR_1007", why="an output format dot does not know: a usage error"),
    dict(id="dot-output-eacces", tool="dot", script=f"dot -Tsvg {B}/ok.dot -o {RD}/arch.svg",
         code="ERR_1002", user=NOBODY, why="the job's user may not write the output file",
         path=f"{RD}/arch.svg"),
    dict(id="gnuplot-data-missing", tool="gnuplot", script=f"gnuplot {B}/missingdata.gp",
         code="ERR_1003", why="the data file the plot reads does not exist",
         path="/nonexistent/results/latency.dat"),
    dict(id="neg-gnuplot-unknown-terminal", tool="gnuplot", script=f"gnuplot {B}/badterm.gp",
         code="ERR_1007", why="a terminal type gnuplot does not know: the script's own error"),
    dict(id="neg-asciidoctor-require", tool="asciidoctor",
         script=f"asciidoctor -r asciidoctor-hodei-diagram {B}/ok.adoc -o out.html", code="ERR_1007",
         why="the extension library to require is not installed: a missing library"),
    dict(id="neg-asciidoctor-backend", tool="asciidoctor",
         script=f"asciidoctor -b hodeibook {B}/ok.adoc -o out", code="ERR_1007",
         why="an unknown backend: a usage error"),
    dict(id="asciidoctor-include-missing", tool="asciidoctor",
         script=f"asciidoctor --failure-level=WARN {B}/incl.adoc -o out.html", code="ERR_1003",
         why="the chapter file the document includes does not exist",
         path=f"{B}/chapters/setup.adoc"),
    # --- more situations ---------------------------------------------------------------------
    dict(id="poetry-env-python-missing", tool="poetry",
         script=f"cp {B}/pyproj/pyproject.toml .; poetry env use python3.99", code="ERR_1001",
         why="the interpreter the job asks poetry to use is not installed", command="python3.99"),
    dict(id="makeinfo-pdf-tex-missing", tool="makeinfo", script=f"makeinfo --pdf {B}/ok.texi -o manual.pdf",
         code="ERR_1001", why="the PDF build runs TeX, which is not installed", command="tex",
         miss="texi2dvi explains the missing TeX in several lines of prose ending in an install hint; no line has a shape the patterns know"),
    dict(id="pixz-nproc", tool="pixz", script=f"ulimit -u 1; exec pixz -p4 < {B}/data.txt >/dev/null",
         code="ERR_1004", user=NOBODY, why="the compressor cannot start its threads under a process limit of 1"),
    dict(id="tsc-outdir-inodes", tool="tsc", script=f"cp -r {B}/tsmany/. .; tsc -p . --outDir $M/dist 1>&2",
         code="ERR_1012", mount="inodes", why="the output filesystem has no inodes left"),
    dict(id="zopfli-output-eacces", tool="zopfli", script=f"zopfli {B}/shared/data.txt",
         code="ERR_1002", user=NOBODY, why="the job's user may not write the .gz next to the input"),
    dict(id="neg-tesseract-lang-missing", tool="tesseract", script=f"tesseract {B}/photo.png out -l deu",
         code="ERR_1007",
         why="the German language pack is not installed: a missing package dependency, not a job file"),
    dict(id="neg-hunspell-dict-missing", tool="hunspell", script=f"hunspell -d de_DE -l {B}/words.txt",
         code="ERR_1007",
         why="the German dictionary package is not installed: a missing package dependency"),
    dict(id="neg-twine-check-strict", tool="twine", script=f"twine check --strict {B}/good/*.whl 1>&2",
         code="ERR_1007", why="the package metadata fails twine's strict check: the project's own error"),
    dict(id="neg-asciidoctor-attribute-missing", tool="asciidoctor",
         script=f"asciidoctor --failure-level=WARN {B}/attr.adoc -o out.html", code="ERR_1007",
         why="the document uses an attribute it never defines: the document's own error"),
    dict(id="neg-lame-mp3input-invalid", tool="lame", script=f"lame --mp3input {B}/notaudio.wav out.wav",
         code="ERR_1007", why="the input is not MP3 data: bad input data"),
    dict(id="neg-pbzip2-not-bzip2", tool="pbzip2", script=f"pbzip2 -dc {B}/data.txt >/dev/null",
         code="ERR_1007", why="the input is not bzip2 data: bad input data"),
    dict(id="fr-makeinfo-include-missing", tool="makeinfo",
         script=f"makeinfo {B}/incl.texi -o manuel.info", code="ERR_1003", lang="fr_FR.UTF-8",
         why="the chapter file the manual includes does not exist (French)"),
    dict(id="it-mkvmerge-output-rofs", tool="mkvmerge",
         script=f"mkvmerge -o $M/clip.mkv {B}/clip.avi 1>&2", code="ERR_1012", mount="ro",
         lang="it_IT.UTF-8", why="the output goes to a read-only mount (Italian)"),
    dict(id="pt-makeinfo-output-rofs", tool="makeinfo", script=f"makeinfo {B}/ok.texi -o $M/manual.info",
         code="ERR_1012", mount="ro", lang="pt_BR.UTF-8",
         why="the output goes to a read-only mount (Brazilian Portuguese)"),
]
