"""Sealed batch 3: media, documents, XML, packaging, compilers and assemblers, binutils, other
shells, gettext and parser generators, debuggers, backup and sync tools.

Labelled by a person from what happened (each situation was made on purpose) and what the output
says; never from the classifier. Run with ``generate.py --batch 3``.
"""

from __future__ import annotations

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (75.9% of codes, 66/87), then worked on."""
B = f"{R}/batch3"           # this batch's fixtures
L = f"{R}/locked"           # root-only directory
RD = f"{R}/rootdir"         # root-owned directory others cannot write into
RF = f"{R}/rootdir/owned.txt"  # root-owned file, mode 600
NOBODY = "nobody"

FIXTURES = r"""
export HOME="$PWD" LC_ALL=C.UTF-8
# media and documents
ffmpeg -hide_banner -nostdin -loglevel error -f lavfi -i sine=d=1 -y tone.wav
echo 'not a video' > corrupt.mp4
echo 'not a png' > broken.png
printf '%%!PS\n/Helvetica findfont 12 scalefont setfont 72 720 moveto (hello) show showpage\n' > ok.ps
printf '%%!PS\n72 720 moveto (total) hodeinosuchop\n' > bad.ps
gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=ok.pdf ok.ps
qpdf --encrypt user owner 256 -- ok.pdf enc.pdf
echo 'not a pdf' > notpdf.pdf
printf '# Release notes\n\nThe build is ready.\n' > notes.md
printf 'function Header(h)\n  error("heading not found in table of contents")\nend\n' > toc.lua
# XML
printf '<?xml version="1.0"?>\n<config><port>eighty</port></config>\n' > config.xml
printf '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="config"><xs:complexType><xs:sequence><xs:element name="port" type="xs:int"/></xs:sequence></xs:complexType></xs:element></xs:schema>\n' > config.xsd
printf '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><port><xsl:value-of select="config/port"/></port></xsl:template></xsl:stylesheet>\n' > port.xsl
printf '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:include href="common/header.xsl"/></xsl:stylesheet>\n' > page.xsl
printf '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:if test="not(config/host)"><xsl:message terminate="yes">required element not found: host</xsl:message></xsl:if></xsl:template></xsl:stylesheet>\n' > check.xsl
# shell scripts
printf '#!/bin/sh\nif [ -f $1 ]; then\n  cat $1 | grep denied\nfi\n' > deploy.sh
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
# packaging
mkdir -p rpm gem composer rock/src
printf 'Name: hodei\nVersion: 1.0\nRelease: 1\nSummary: demo\nLicense: MIT\nBuildRequires: hodei-devel-nosuch\n%%description\ndemo\n%%files\n' > rpm/deps.spec
printf 'Name: hodei\nVersion: 1.0\nRelease: 1\nSummary: demo\nLicense: MIT\n%%description\ndemo\n%%build\nhodei-codegen --out gen\n%%files\n' > rpm/codegen.spec
printf "source 'https://rubygems.org'\n" > gem/Gemfile.empty
printf "source 'https://rubygems.org'\ngem 'hodei-nosuch-gem', '1.0'\n" > gem/Gemfile.missing
printf '{"name": "hodei/app", "scripts": {"build": "hodei-assets --minify"}}\n' > composer/composer.json
printf 'package = "hodei"\nversion = "1.0-1"\nsource = { url = "." }\nbuild = { type = "builtin", modules = { hodei = "src/hodei.lua" } }\n' > rock/hodei-1.0-1.rockspec
echo 'return {}' > rock/src/hodei.lua
printf 'package = "hodei"\nversion = "1.0-1"\nsource = { url = "."\n' > rock/broken-1.0-1.rockspec
# compilers, assemblers, binutils
printf '#include "hodei/config.h"\nint main(void) { return 0; }\n' > uses_config.c
printf 'int main(void) { return 0; }\n' > ok.c
printf 'section .text\nglobal _start\n_start:\n  mov eax, 60\n  xor edi, edi\n  syscall\n' > ok.asm
printf '%%include "macros.inc"\nsection .text\n' > boot.asm
printf 'section .text\n_start:\n  hodeiop rax\n' > bad.asm
nasm -f elf64 ok.asm -o ok.o
printf 'program load\n  open(unit=10, file="/nonexistent/mesh.dat", status="old")\nend program load\n' > load.f90
gfortran -o load load.f90
printf 'int *p;\nint main(void) { int *a = __builtin_malloc(16); int x = a[5]; __builtin_free(a); return x & 0; }\n' > oob.c
gcc -g -O0 -o oob oob.c
# build files, gettext, m4, parser generators
mkdir -p ant
printf '<project name="app" default="build">\n<target name="build"><exec executable="hodei-codegen" failonerror="true"><arg value="--out"/></exec></target>\n<target name="dist"><echo>dist</echo></target>\n</project>\n' > ant/build.xml
printf 'msgid "file not found"\nmsgstr "Datei nicht gefunden\n' > broken.po
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "file not found"\nmsgstr "Datei nicht gefunden"\n' > de.po
printf 'include(`macros.m4'"'"')\n' > site.m4
printf 'ifdef(`VERSION'"'"',,`errprint(`VERSION not defined, cannot open release notes'"'"'\n)m4exit(1)'"'"')\n' > release.m4
printf '%%token NUM\n%%%%\nexp: NUM ;\n' > ok.y
printf '%%%%\nexp: exp + ;\n%%hodei\n' > bad.y
printf '%%%%\n[0-9 { return 1; }\n' > bad.l
# backups and sync
mkdir -p data && echo hello > data/a.txt && head -c 300000 /dev/zero | tr '\0' x > data/big.txt
RESTIC_PASSWORD=good restic init -q -r restic-repo
BORG_BASE_DIR="$PWD/borgbase" BORG_PASSPHRASE=good borg init -e repokey borg-repo
chmod -R a+rX .
"""

CASES = [
    # --- ffmpeg --------------------------------------------------------------------------------
    dict(id="ffmpeg-input-missing", tool="ffmpeg",
         script="ffmpeg -hide_banner -nostdin -i /nonexistent/intro.mp4 -vn intro.mp3",
         code="ERR_1003", why="the input video does not exist", path="/nonexistent/intro.mp4"),
    dict(id="ffmpeg-output-rofs", tool="ffmpeg",
         script=f"ffmpeg -hide_banner -nostdin -loglevel error -i {B}/tone.wav $M/tone.mp3",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount",
         path="$M/tone.mp3"),
    dict(id="neg-ffmpeg-corrupt-input", tool="ffmpeg",
         script=f"ffmpeg -hide_banner -nostdin -i {B}/corrupt.mp4 out.mp3", code="ERR_1007",
         why="the input exists but is not a video ('moov atom not found', 'Invalid data'): "
             "bad input data"),
    # --- ImageMagick -----------------------------------------------------------------------------
    dict(id="identify-input-missing", tool="identify", script="identify /nonexistent/logo.png",
         code="ERR_1003", why="the image does not exist", path="/nonexistent/logo.png"),
    dict(id="neg-identify-bad-header", tool="identify", script=f"identify {B}/broken.png",
         code="ERR_1007", why="the file exists but is not a PNG: bad input data"),
    dict(id="convert-output-full", tool="convert",
         script="/usr/bin/convert -size 2000x2000 xc:red $M/banner.bmp", code="ERR_1012",
         mount="full", why="the output filesystem is full, so the image cannot be written"),
    # --- Ghostscript -----------------------------------------------------------------------------
    dict(id="gs-input-missing", tool="gs",
         script="gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=out.pdf "
                "/nonexistent/report.ps 1>&2",
         code="ERR_1003", why="the PostScript input does not exist ('Last OS error: No such "
                              "file or directory')", path="/nonexistent/report.ps",
         miss="the code is right; Ghostscript names the file only inside its PostScript error dump above 'Last OS error', which is not read for details"),
    dict(id="gs-input-eacces", tool="gs",
         script="gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=out.pdf "
                f"{L}/secret.txt 1>&2",
         code="ERR_1002", user=NOBODY,
         why="the input is in a directory the job's user cannot enter ('Last OS error: "
             "Permission denied')", path=f"{L}/secret.txt",
         miss="the code is right; Ghostscript names the file only inside its PostScript error dump above 'Last OS error', which is not read for details"),
    dict(id="neg-gs-undefined-operator", tool="gs",
         script=f"gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=out.pdf {B}/bad.ps 1>&2",
         code="ERR_1007", why="the PostScript program calls an operator that does not exist: "
                              "the input's own error"),
    # --- poppler, qpdf ---------------------------------------------------------------------------
    dict(id="pdftotext-input-missing", tool="pdftotext",
         script="pdftotext /nonexistent/invoice.pdf invoice.txt", code="ERR_1003",
         why="the PDF does not exist (poppler calls it an I/O Error, but the errno is ENOENT)",
         path="/nonexistent/invoice.pdf"),
    dict(id="pdfinfo-input-eacces", tool="pdfinfo", script=f"pdfinfo {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the file cannot be read by the job's user",
         path=f"{L}/secret.txt"),
    dict(id="neg-pdftotext-not-pdf", tool="pdftotext",
         script=f"pdftotext {B}/notpdf.pdf out.txt", code="ERR_1007",
         why="the input exists but is not a PDF: bad input data"),
    dict(id="qpdf-output-rofs", tool="qpdf", script=f"qpdf --linearize {B}/ok.pdf $M/web.pdf",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount",
         path="$M/web.pdf"),
    dict(id="neg-qpdf-wrong-password", tool="qpdf",
         script=f"qpdf --password=wrong --decrypt {B}/enc.pdf plain.pdf", code="ERR_1007",
         why="a wrong password for an encrypted PDF: the job's own input is wrong"),
    # --- pandoc --------------------------------------------------------------------------------
    dict(id="pandoc-pdf-engine-missing", tool="pandoc",
         script=f"pandoc {B}/notes.md -o notes.pdf", code="ERR_1001",
         why="making a PDF runs pdflatex, which is not installed", command="pdflatex"),
    dict(id="pandoc-filter-missing", tool="pandoc",
         script=f"pandoc --filter=hodei-crossref {B}/notes.md -o notes.html", code="ERR_1001",
         why="the filter program the job names is not installed", command="hodei-crossref"),
    dict(id="pandoc-output-eacces", tool="pandoc",
         script=f"pandoc {B}/notes.md -o {RD}/notes.html", code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user",
         path=f"{RD}/notes.html"),
    dict(id="pandoc-defaults-missing", tool="pandoc",
         script=f"pandoc --defaults /nonexistent/pandoc.yaml {B}/notes.md -o notes.html",
         code="ERR_1003", why="the defaults (options) file the job names does not exist",
         path="/nonexistent/pandoc.yaml"),
    dict(id="neg-pandoc-lua-filter-error", tool="pandoc",
         script=f"pandoc --lua-filter={B}/toc.lua {B}/notes.md -o notes.html", code="ERR_1007",
         why="the job's own Lua filter raises an error, whatever its words say"),
    # --- libxml2, libxslt ----------------------------------------------------------------------
    dict(id="xmllint-input-missing", tool="xmllint", script="xmllint --noout /nonexistent/pom.xml",
         code="ERR_1003", why="the XML file to check does not exist",
         path="/nonexistent/pom.xml"),
    dict(id="neg-xmllint-schema-invalid", tool="xmllint",
         script=f"xmllint --noout --schema {B}/config.xsd {B}/config.xml", code="ERR_1007",
         why="the document fails schema validation: a failed check of the job's data"),
    dict(id="xsltproc-include-missing", tool="xsltproc",
         script=f"cp {B}/page.xsl . && xsltproc page.xsl {B}/config.xml", code="ERR_1003",
         why="the stylesheet includes a file that does not exist", path="common/header.xsl"),
    dict(id="xsltproc-output-rofs", tool="xsltproc",
         script=f"xsltproc -o $M/port.xml {B}/port.xsl {B}/config.xml", code="ERR_1012",
         mount="ro", why="the output file is on a read-only mount"),
    dict(id="neg-xsltproc-terminate", tool="xsltproc",
         script=f"xsltproc {B}/check.xsl {B}/config.xml", code="ERR_1007",
         why="the stylesheet stops itself with its own message (xsl:message terminate): a "
             "failed check, whatever its words"),
    # --- shellcheck ------------------------------------------------------------------------------
    dict(id="shellcheck-eacces", tool="shellcheck", script=f"shellcheck {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the script to check cannot be read by the job's user",
         path=f"{L}/secret.txt"),
    dict(id="neg-shellcheck-findings", tool="shellcheck",
         script=f"shellcheck -f gcc {B}/deploy.sh 1>&2", code="ERR_1007",
         why="shellcheck found problems in the script: a failed check"),
    # --- rpm -------------------------------------------------------------------------------------
    dict(id="rpmbuild-spec-missing", tool="rpmbuild",
         script="rpmbuild -bb --define \"_topdir $PWD/top\" /nonexistent/hodei.spec 1>&2",
         code="ERR_1003", why="the spec file does not exist", path="/nonexistent/hodei.spec"),
    dict(id="rpmbuild-build-cmd-missing", tool="rpmbuild",
         script=f"rpmbuild -bb --nodeps --define \"_topdir $PWD/top\" {B}/rpm/codegen.spec 1>&2",
         code="ERR_1001", why="the spec's %build step runs a program that is not installed",
         command="hodei-codegen"),
    dict(id="neg-rpmbuild-build-deps", tool="rpmbuild",
         script=f"rpmbuild -bb --define \"_topdir $PWD/top\" {B}/rpm/deps.spec 1>&2",
         code="ERR_1007", why="a build dependency package is not installed: a missing "
                              "dependency, not a file or program the job named"),
    # --- Ruby gems, bundler ----------------------------------------------------------------------
    dict(id="bundle-no-gemfile", tool="bundle", script="export HOME=$PWD; bundle install --local",
         code="ERR_1003",
         user=NOBODY, why="there is no Gemfile where bundler runs: the project file is missing",
         path="Gemfile"),
    dict(id="bundle-exec-not-found", tool="bundle",
         script=f"export HOME=$PWD; cp {B}/gem/Gemfile.empty Gemfile && "
                "bundle exec hodei-rake assets",
         code="ERR_1001",
         user=NOBODY, why="the program bundler is asked to run is not installed",
         command="hodei-rake"),
    dict(id="neg-bundle-gem-missing", tool="bundle",
         script=f"export HOME=$PWD; cp {B}/gem/Gemfile.missing Gemfile && bundle install --local",
         code="ERR_1007",
         user=NOBODY, why="a gem the Gemfile needs is not available: a missing dependency"),
    dict(id="gem-build-gemspec-missing", tool="gem", script="gem build /nonexistent/hodei.gemspec",
         code="ERR_1003", why="the gemspec the job names does not exist",
         path="/nonexistent/hodei.gemspec"),
    # --- composer --------------------------------------------------------------------------------
    dict(id="composer-no-json", tool="composer", script="composer install --no-interaction",
         code="ERR_1003", env={"COMPOSER_ALLOW_SUPERUSER": "1"},
         why="there is no composer.json where composer runs: the project file is missing",
         path="composer.json"),
    dict(id="composer-script-cmd-missing", tool="composer",
         script=f"cp {B}/composer/composer.json . && composer run-script build --no-interaction",
         code="ERR_1001", env={"COMPOSER_ALLOW_SUPERUSER": "1"},
         why="the project's script runs a program that is not installed",
         command="hodei-assets"),
    dict(id="neg-composer-unknown-script", tool="composer",
         script=f"cp {B}/composer/composer.json . && composer run-script lint --no-interaction",
         code="ERR_1007", env={"COMPOSER_ALLOW_SUPERUSER": "1"},
         why="the job runs a script the project does not define: an unknown name in the "
             "tool's own world"),
    # --- luarocks --------------------------------------------------------------------------------
    dict(id="luarocks-tree-eacces", tool="luarocks",
         script=f"cp -r {B}/rock/. . && luarocks make --tree={RD}/lua_modules hodei-1.0-1.rockspec",
         code="ERR_1002", user=NOBODY,
         why="the install tree is in a directory the job's user may not write", path=RD,
         miss="the code is right; the directory refused is named after 'write permissions in', a shape no pattern takes a path from"),
    dict(id="neg-luarocks-rockspec-syntax", tool="luarocks",
         script=f"cp -r {B}/rock/. . && luarocks make --tree=lua_modules broken-1.0-1.rockspec",
         code="ERR_1007", why="the project's rockspec has a syntax error"),
    # --- clang -----------------------------------------------------------------------------------
    dict(id="clang-header-missing", tool="clang", script=f"clang -c {B}/uses_config.c",
         code="ERR_1003", why="the header the source includes does not exist",
         path="hodei/config.h"),
    dict(id="clang-output-rofs", tool="clang", script=f"clang -o $M/app {B}/ok.c",
         code="ERR_1012", mount="ro", why="the linked program is written to a read-only mount",
         path="$M/app"),
    dict(id="clang-spawn-eagain", tool="clang", script=f"ulimit -u 1; clang -o app {B}/ok.c",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the compiler's child processes"),
    dict(id="neg-clang-library-missing", tool="clang",
         script=f"clang -o app {B}/ok.c -lhodeinosuch", code="ERR_1007",
         why="a library the program links against is not installed: a missing dependency"),
    # --- nasm, gfortran --------------------------------------------------------------------------
    dict(id="nasm-include-missing", tool="nasm",
         script=f"cp {B}/boot.asm . && nasm -f elf64 boot.asm -o boot.o", code="ERR_1003",
         why="the file the source includes does not exist", path="macros.inc"),
    dict(id="neg-nasm-parser", tool="nasm", script=f"nasm -f elf64 {B}/bad.asm -o bad.o",
         code="ERR_1007", why="a syntax error in the job's assembly source"),
    dict(id="fortran-open-missing", tool="fortran program", script=f"{B}/load", code="ERR_1003",
         why="the data file the program opens does not exist", path="/nonexistent/mesh.dat"),
    # --- binutils --------------------------------------------------------------------------------
    dict(id="objdump-input-missing", tool="objdump", script="objdump -d /nonexistent/app.o",
         code="ERR_1003", why="the object file does not exist", path="/nonexistent/app.o"),
    dict(id="ld-output-eacces", tool="ld", script=f"ld -o {RD}/app {B}/ok.o", code="ERR_1002",
         user=NOBODY, why="the output directory is not writable by the job's user",
         path=f"{RD}/app"),
    dict(id="ar-output-rofs", tool="ar", script=f"ar rcs $M/libutil.a {B}/ok.o", code="ERR_1012",
         mount="ro", why="the archive is written to a read-only mount", path="$M/libutil.a"),
    dict(id="neg-strip-format", tool="strip", script=f"cp {B}/notes.md . && strip notes.md",
         code="ERR_1007", why="the input is not an object file: bad input data"),
    # --- ant -------------------------------------------------------------------------------------
    dict(id="ant-no-buildfile", tool="ant", script="ant 1>&2", code="ERR_1003",
         why="there is no build.xml where ant runs", path="build.xml"),
    dict(id="ant-exec-not-found", tool="ant", script=f"cp {B}/ant/build.xml . && ant 1>&2",
         code="ERR_1001", why="the build's exec task runs a program that is not installed",
         command="hodei-codegen"),
    dict(id="neg-ant-unknown-target", tool="ant",
         script=f"cp {B}/ant/build.xml . && ant release 1>&2", code="ERR_1007",
         why="the job asks for a target the build does not define ('does not exist')"),
    # --- zsh, ksh, fish --------------------------------------------------------------------------
    dict(id="zsh-cmd-not-found", tool="zsh", script="zsh -c 'hodei-deploy --prod'",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-deploy"),
    dict(id="zsh-exec-format", tool="zsh", script=f"zsh -c {B}/foreign", code="ERR_1004",
         why="a binary for another architecture: the OS cannot start it"),
    dict(id="zsh-fork-eagain", tool="zsh", script="ulimit -u 1; zsh -c 'ls / | wc -l'",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the shell's fork"),
    dict(id="ksh-script-missing", tool="ksh", script="ksh /nonexistent/ci.sh", code="ERR_1003",
         why="the script file ksh is asked to read does not exist", path="/nonexistent/ci.sh"),
    dict(id="ksh-redirect-eacces", tool="ksh", script=f"ksh -c 'echo x > {RF}'", code="ERR_1002",
         user=NOBODY, why="the redirect writes a file the job's user may not write", path=RF),
    dict(id="fish-cmd-not-found", tool="fish", script="fish -c 'hodei-sync --all'",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-sync"),
    dict(id="fish-thread-eagain", tool="fish",
         script="export HOME=$PWD; ulimit -u 1; fish -c 'ls / | wc -l'",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the thread fish starts (pthread_create EAGAIN)"),
    # --- dos2unix --------------------------------------------------------------------------------
    dict(id="dos2unix-output-rofs", tool="dos2unix", script="dos2unix $M/existing.txt",
         code="ERR_1012", mount="ro", why="the file to convert is on a read-only mount"),
    dict(id="de-dos2unix-input-missing", tool="dos2unix", script="dos2unix /nonexistent/run.sh",
         code="ERR_1003", lang="de_DE.UTF-8",
         why="the file to convert does not exist (German messages)", path="/nonexistent/run.sh"),
    # --- gettext ---------------------------------------------------------------------------------
    dict(id="neg-msgfmt-syntax", tool="msgfmt", script=f"msgfmt -o app.mo {B}/broken.po",
         code="ERR_1007", why="a syntax error in the job's translation file"),
    dict(id="fr-neg-msgfmt-syntax", tool="msgfmt", script=f"msgfmt -o app.mo {B}/broken.po",
         code="ERR_1007", lang="fr_FR.UTF-8",
         why="a syntax error in the job's translation file (French messages)"),
    dict(id="de-msgfmt-input-missing", tool="msgfmt", script="msgfmt -o app.mo /nonexistent/de.po",
         code="ERR_1003", lang="de_DE.UTF-8",
         why="the translation file does not exist (German messages)", path="/nonexistent/de.po"),
    # --- m4, bison, flex -------------------------------------------------------------------------
    dict(id="it-m4-include-missing", tool="m4", script=f"cp {B}/site.m4 . && m4 site.m4",
         code="ERR_1003", lang="it_IT.UTF-8",
         why="the file the input includes does not exist (Italian messages)", path="macros.m4"),
    dict(id="neg-m4-errprint", tool="m4", script=f"m4 {B}/release.m4", code="ERR_1007",
         why="the macro file stops itself with its own message: the job's own check, whatever "
             "its words"),
    dict(id="m4-output-full", tool="m4",
         script="seq 1 100000 | sed 's/^/line /' > big.m4 && m4 big.m4 > $M/out.txt",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="bison-output-rofs", tool="bison", script=f"bison -o $M/parser.c {B}/ok.y",
         code="ERR_1012", mount="ro", why="the generated parser goes to a read-only mount",
         path="$M/parser.c"),
    dict(id="es-bison-input-missing", tool="bison", script="bison -d /nonexistent/parser.y",
         code="ERR_1003", lang="es_ES.UTF-8",
         why="the grammar file does not exist (Spanish messages)", path="/nonexistent/parser.y"),
    dict(id="pt-neg-bison-syntax", tool="bison", script=f"cp {B}/bad.y . && bison bad.y",
         code="ERR_1007", lang="pt_BR.UTF-8",
         why="syntax errors in the job's grammar (Brazilian Portuguese messages)"),
    dict(id="neg-flex-syntax", tool="flex", script=f"cp {B}/bad.l . && flex bad.l",
         code="ERR_1007", why="a syntax error in the job's scanner source"),
    # --- valgrind, gdb ---------------------------------------------------------------------------
    dict(id="valgrind-cmd-not-found", tool="valgrind", script="valgrind -q hodei-server --once",
         code="ERR_1001", why="the program to run under valgrind is not installed",
         command="hodei-server"),
    dict(id="neg-valgrind-invalid-read", tool="valgrind",
         script=f"valgrind -q --error-exitcode=1 {B}/oob", code="ERR_1007",
         why="valgrind found a memory error in the job's program: a failed check"),
    dict(id="gdb-program-missing", tool="gdb", script="gdb -q -batch -ex run /nonexistent/app",
         code="ERR_1003", why="the program to debug does not exist", path="/nonexistent/app"),
    # --- restic, borg, rclone --------------------------------------------------------------------
    dict(id="restic-repo-missing", tool="restic",
         script="restic -r /nonexistent/backup-repo snapshots", code="ERR_1003",
         env={"RESTIC_PASSWORD": "good"},
         why="the repository the job names does not exist", path="/nonexistent/backup-repo",
         miss="the code is right; the path taken is the config file restic stat'ed, inside the repository the case expects"),
    dict(id="restic-init-inodes", tool="restic", script="restic -q init -r $M/repo",
         code="ERR_1012", mount="inodes", env={"RESTIC_PASSWORD": "good"},
         why="the filesystem has no inodes left for the repository's directories"),
    dict(id="restic-password-file-missing", tool="restic",
         script=f"restic -r {B}/restic-repo --password-file /nonexistent/restic.pass snapshots",
         code="ERR_1003", why="the password file the job names does not exist",
         path="/nonexistent/restic.pass"),
    dict(id="neg-restic-wrong-password", tool="restic",
         script=f"restic -r {B}/restic-repo --no-cache snapshots", code="ERR_1007",
         env={"RESTIC_PASSWORD": "wrong"},
         why="the wrong repository password: an authentication failure"),
    dict(id="neg-restic-unknown-snapshot", tool="restic",
         script=f"restic -q -r {B}/restic-repo --no-cache restore hodeisnap --target out",
         code="ERR_1007", env={"RESTIC_PASSWORD": "good"},
         why="no snapshot has that id: an unknown name in the tool's own world"),
    dict(id="borg-init-eacces", tool="borg", script=f"borg init -e none {RD}/repo",
         code="ERR_1002", user=NOBODY,
         why="the repository is created where the job's user may not write",
         path=f"{RD}/repo",
         miss="Borg ends its report with a dump of its environment (platform, versions, PID, argv) after the traceback, which reads as output the job went on with"),
    dict(id="borg-init-full", tool="borg", script="borg init -e none $M/repo",
         code="ERR_1012", mount="full", why="the filesystem for the new repository is full"),
    dict(id="neg-borg-archive-missing", tool="borg",
         script=f"borg extract {B}/borg-repo::hodei-2026-01-01", code="ERR_1007",
         env={"BORG_PASSPHRASE": "good"},
         why="no archive of that name in the repository: an unknown name in the tool's own "
             "world"),
    dict(id="rclone-source-missing", tool="rclone", script="rclone copy /nonexistent/site out",
         code="ERR_1003", why="the directory to copy does not exist", path="/nonexistent/site",
         miss="the code is right; the missing directory is named on an earlier line than the final 'directory not found'"),
    dict(id="rclone-copy-full", tool="rclone", script=f"rclone copy {B}/data $M/out",
         code="ERR_1012", mount="full", why="the destination filesystem has no room left"),
    dict(id="rclone-source-eacces", tool="rclone", script=f"rclone copy {L} out",
         code="ERR_1002", user=NOBODY,
         why="the directory to copy cannot be read by the job's user", path=L),
    dict(id="rclone-exclude-file-missing", tool="rclone",
         script=f"rclone copy --exclude-from /nonexistent/excludes.txt {B}/data out",
         code="ERR_1003", why="the filter file the job names does not exist",
         path="/nonexistent/excludes.txt"),
    dict(id="neg-rclone-unknown-remote", tool="rclone",
         script=f"rclone copy {B}/data backups:site", code="ERR_1007",
         why="the job names a remote that is not configured ('Config file not found', "
             "'didn't find section'): an unknown name in the tool's own world"),
]
