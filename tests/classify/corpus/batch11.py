"""Corpus batch 11 (worked on): language toolchains and runtimes (Racket, Raku, CHICKEN Scheme,
Mono's C# compiler), linters and formatters (yamllint, tidy, codespell, checkbashisms,
clang-format, shfmt, mypy, pylint, isort, yapf), document converters (docutils, asciidoc,
markdown), Debian packaging helpers (debuild, dh_make) and BSD make."""

import os

SPLIT = "tuned"

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
D = f"{R}/batch11"

ARM_ELF = ("f0VMRgIBAQAAAAAAAAAAAAIAtwABAAAAeABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAOAABAEAAAAAAAAEA"
           "AAAFAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAgAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAA=")

FIXTURES = f"""
echo '{ARM_ELF}' | base64 -d > tool-arm64
chmod 755 tool-arm64
printf 'key: value\\nlist:\\n  - a\\n' > ok.yaml
printf 'name: app\\nname: app2\\nstatus:   not found   \\nitems: [a,b\\n' > bad.yaml
printf 'rules:\\n  line-length: {{max: nope}}\\n' > bad-yamllint.yml
printf '<!DOCTYPE html>\\n<html><head><title>t</title></head><body><p>ok</p></body></html>\\n' > ok.html
printf '<html><head><title>x</title></head><body><p>Permission denied<tabel><tr><td>x</table></body>\\n' > bad.html
printf 'Title\\n=====\\n\\nSome *text*.\\n' > ok.rst
printf 'Report\\n======\\n\\n.. hodei-chart:: data.csv\\n\\nThe file was not found.\\n' > bad.rst
printf 'Guide\\n=====\\n\\n.. include:: /nonexistent/common/header.rst\\n' > include.rst
printf 'This function will recieve the adress of the buffer.\\nIf access is not permited, the\\npermision denied error is returned.\\n' > typos.txt
printf '#!/bin/sh\\nif [[ -f /etc/app.conf ]]; then\\n  source /etc/app.conf\\nfi\\necho ${{HOSTNAME:0:3}}\\n' > bashisms.sh
printf 'int main(){{int x=1;\\nif(x){{return 0;}}\\n  return 1;}}\\n' > ugly.c
printf 'BasedOnStyle: NoSuchStyle\\nIndentWidth: [4\\n' > bad-clang-format.yaml
printf '#!/bin/sh\\nif [ -f x ]; then\\n  echo "found"\\n' > broken.sh
printf '#!/bin/sh\\nif [ -f x ];then\\necho   found\\nfi\\n' > unformatted.sh
printf 'def add(a: int, b: int) -> int:\\n    return a + b\\n\\nadd("1", 2)\\nx: str = add(1, 2)\\n' > typecheck.py
printf 'import hodei_client_sdk\\n\\nhodei_client_sdk.run()\\n' > missingmod.py
printf 'import os,sys\\ndef f( a ):\\n  unused = 1\\n  return undefined_name\\n' > lint.py
printf 'import sys\\nimport os\\nimport abc\\n' > unsorted.py
printf 'def f(:\\n    pass\\n' > syntax.py
printf 'x = {{  "a":1 ,  "b" : 2}}\\n' > ugly.py
mkdir -p mk
printf 'all:\\n\\thodei-cc -o app main.c\\n' > mk/missing-cc.mk
printf 'all:\\n\\t./tool-arm64 --build\\n' > mk/arm.mk
printf 'all:\\n\\ttrue\\n\\ttrue\\n' > mk/fork.mk
printf 'all:\\n\\t@echo "checking: no space left to report"; exit 2\\n' > mk/fail.mk
printf '.include "/nonexistent/mk/common.mk"\\nall:\\n\\ttrue\\n' > mk/include.mk
printf 'all:\\n\\ttrue\\n' > mk/ok.mk
printf 'all:\\n\\thodei-gen --lang c > gen.c\\n' > mk/gen.mk
printf '#lang racket/base\\n(displayln (hodei-config-path))\\n' > unbound.rkt
printf '#lang racket/base\\n(require hodei/client)\\n' > needlib.rkt
printf '#lang racket/base\\n(error (quote deploy) "config file not found, permission denied")\\n' > raise.rkt
printf '(define (f x)\\n  (display x)\\n(f 1)\\n' > unbalanced.scm
printf '(display "hello")\\n(newline)\\n' > hello.scm
printf 'class P {{ static void Main() {{ System.Console.WriteLine(missingValue); }} }}\\n' > Bad.cs
printf 'class P {{ static void Main() {{ System.Console.WriteLine(1); }} }}\\n' > Ok.cs
printf 'Title\\n=====\\n\\nSome text.\\n' > ok.txt
printf '# Notes\\n\\nhello\\n' > ok.md
head -c 400000 /dev/zero | tr '\\0' 'a' | fold -w 80 > big.md
mkdir -p pkg/hodei-tool-1.0/debian pkg/hodei-tool-1.0/debian/source
cd pkg/hodei-tool-1.0
printf 'hodei-tool (1.0-1) unstable; urgency=medium\\n\\n  * Initial release.\\n\\n -- Build Bot <bot@example.org>  Mon, 07 Dec 2026 10:00:00 +0000\\n' > debian/changelog
printf 'Source: hodei-tool\\nSection: utils\\nPriority: optional\\nMaintainer: Build Bot <bot@example.org>\\nBuild-Depends: debhelper-compat (= 13), libhodei-nonexistent-dev\\nStandards-Version: 4.6.2\\n\\nPackage: hodei-tool\\nArchitecture: all\\nDescription: test tool\\n test\\n' > debian/control
printf '#!/usr/bin/make -f\\n%%:\\n\\tdh $@\\n' > debian/rules
chmod 755 debian/rules
printf '3.0 (native)\\n' > debian/source/format
cd ../..
mkdir -p dhm/hodei-app-2.1 dhm/noversion dhm/hasdeb-1.0/debian
printf 'x\\n' > dhm/hodei-app-2.1/README
chmod -R a+rX .
"""

DH = "DEBFULLNAME='Build Bot' DEBEMAIL=bot@example.org"

CASES = [
    # --- Racket ------------------------------------------------------------------------------
    dict(id="racket-script-missing", tool="racket", script="racket /nonexistent/app/main.rkt",
         code="ERR_1003", why="the program file to run does not exist",
         path="/nonexistent/app/main.rkt"),
    dict(id="racket-read-eacces", tool="racket",
         script=f"racket -e '(display (file->string \"{L}/secret.txt\"))'", code="ERR_1002",
         user="nobody", why="the file read is in a directory the job's user cannot enter",
         path=f"{L}/secret.txt"),
    dict(id="racket-write-rofs", tool="racket",
         script="racket -e '(with-output-to-file \"'\"$M\"'/report.txt\" (lambda () (display 1)))'",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount",
         path="$M/report.txt"),
    dict(id="racket-write-enospc", tool="racket",
         script="racket -e '(with-output-to-file \"'\"$M\"'/data.bin\" (lambda () "
                "(write-bytes (make-bytes 300000 65))))'",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="racket-system-not-found", tool="racket",
         script="racket -e '(require racket/system) (exit (if (system \"hodei-render --all\") 0 1))'",
         code="ERR_1001", why="the program the script runs through the shell is not installed",
         command="hodei-render"),
    dict(id="racket-fork-eagain", tool="racket",
         script="ulimit -u 1; racket -e '(require racket/system) (exit (if (system* \"/bin/true\") 0 1))'",
         code="ERR_1004", user="nobody",
         why="the process limit stops the runtime from starting a child process"),
    dict(id="racket-exec-format", tool="racket",
         script=f"racket -e '(require racket/system) (exit (if (system* \"{D}/tool-arm64\") 0 1))'",
         code="ERR_1004", why="the program run is a binary for another architecture"),
    dict(id="neg-racket-unbound", tool="racket", script=f"racket {D}/unbound.rkt",
         code="ERR_1007", why="the program uses an identifier that is not defined: a bug in the job's code"),
    dict(id="neg-racket-collection-missing", tool="racket", script=f"racket {D}/needlib.rkt",
         code="ERR_1007",
         why="a library the program requires is not installed: a missing dependency, not a missing file"),
    dict(id="neg-racket-error-quotes", tool="racket", script=f"racket {D}/raise.rkt",
         code="ERR_1007", why="the program raises its own error whose text merely quotes error words"),
    # --- Raku --------------------------------------------------------------------------------
    dict(id="raku-script-missing", tool="raku", script="raku /nonexistent/bin/deploy.raku",
         code="ERR_1003", why="the script to run does not exist", path="/nonexistent/bin/deploy.raku"),
    dict(id="raku-slurp-eacces", tool="raku", script=f"raku -e 'say slurp \"{L}/secret.txt\"'",
         code="ERR_1002", user="nobody", why="the file read is in a directory the job's user cannot enter",
         path=f"{L}/secret.txt"),
    dict(id="raku-spurt-rofs", tool="raku", script="raku -e 'spurt %*ENV<M> ~ \"/out.txt\", \"data\"'",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount", path="$M/out.txt"),
    dict(id="raku-run-not-found", tool="raku",
         script="raku -e 'shell \"hodei-deploy --prod\"'",
         code="ERR_1001", why="the program the script runs is not installed", command="hodei-deploy"),
    dict(id="neg-raku-module-missing", tool="raku", script="raku -e 'use Hodei::Client; say 1'",
         code="ERR_1007", why="a module the script uses is not installed: a missing dependency"),
    dict(id="neg-raku-die-quotes", tool="raku",
         script="raku -e 'die \"upload failed: no space left in the queue, permission denied by policy\"'",
         code="ERR_1007", why="the script dies with its own message that merely quotes error words"),
    dict(id="neg-raku-syntax", tool="raku", script="raku -e 'my $x = ; say $x'",
         code="ERR_1007", why="the script has a syntax error"),
    # --- CHICKEN Scheme ----------------------------------------------------------------------
    dict(id="csc-source-missing", tool="csc", script="csc /nonexistent/src/main.scm",
         code="ERR_1003", why="the source file to compile does not exist", path="/nonexistent/src/main.scm"),
    dict(id="csc-cc-not-found", tool="csc", script=f"csc -cc hodei-gcc -o app {D}/hello.scm",
         code="ERR_1001", why="the C compiler the Scheme compiler spawns is not installed",
         command="hodei-gcc"),
    dict(id="csc-out-rofs", tool="csc", script=f"csc -o $M/app {D}/hello.scm", code="ERR_1012",
         mount="ro", why="the compiled program is written to a read-only mount", path="$M/app.c"),
    dict(id="neg-csc-unbalanced", tool="csc", script=f"csc -o app {D}/unbalanced.scm",
         code="ERR_1007", why="the source has unbalanced parentheses: a syntax error"),
    dict(id="csi-script-missing", tool="csi", script="csi -s /nonexistent/tools/gen.scm",
         code="ERR_1003", why="the script to run does not exist", path="/nonexistent/tools/gen.scm"),
    # --- Mono C# compiler --------------------------------------------------------------------
    dict(id="mcs-source-missing", tool="mcs", script="mcs /nonexistent/src/Program.cs",
         code="ERR_1003", why="the source file to compile does not exist",
         path="/nonexistent/src/Program.cs"),
    dict(id="mcs-out-eacces", tool="mcs", script=f"mcs -out:{RD}/app.exe {D}/Ok.cs", code="ERR_1002",
         user="nobody", why="the assembly is written into a directory the job's user may not write",
         path=f"{RD}/app.exe"),
    dict(id="neg-mcs-undefined-name", tool="mcs", script=f"mcs -out:app.exe {D}/Bad.cs",
         code="ERR_1007", why="the code uses a name that does not exist: a compile error in the job's code"),
    dict(id="mono-assembly-missing", tool="mono", script="mono /nonexistent/bin/App.exe",
         code="ERR_1003", why="the assembly to run does not exist", path="/nonexistent/bin/App.exe"),
    dict(id="neg-mono-not-cil", tool="mono", script=f"mono {D}/ok.txt",
         code="ERR_1007", why="the file run exists but is not a .NET assembly: bad input"),
    # --- yamllint ----------------------------------------------------------------------------
    dict(id="yamllint-file-missing", tool="yamllint", script="yamllint /nonexistent/deploy/values.yaml 1>&2",
         code="ERR_1003", why="the file to lint does not exist", path="/nonexistent/deploy/values.yaml"),
    dict(id="yamllint-config-missing", tool="yamllint",
         script=f"yamllint -c /nonexistent/.yamllint.yml {D}/ok.yaml 1>&2", code="ERR_1003",
         why="the configuration file named does not exist", path="/nonexistent/.yamllint.yml"),
    dict(id="neg-yamllint-errors", tool="yamllint", script=f"yamllint {D}/bad.yaml 1>&2",
         code="ERR_1007", why="the YAML has lint and syntax errors; its text quotes 'not found'"),
    dict(id="neg-yamllint-bad-config", tool="yamllint",
         script=f"yamllint -c {D}/bad-yamllint.yml {D}/ok.yaml 1>&2", code="ERR_1007",
         why="the linter's configuration is invalid"),
    # --- tidy --------------------------------------------------------------------------------
    dict(id="neg-tidy-errors", tool="tidy", script=f"tidy -q -e {D}/bad.html", code="ERR_1007",
         why="the HTML has errors; the page text quotes 'Permission denied'"),
    dict(id="neg-fr-tidy-errors", tool="tidy", script=f"tidy -q -e {D}/bad.html", code="ERR_1007",
         lang="fr_FR.UTF-8", why="the HTML has errors (French)"),
    # --- docutils ----------------------------------------------------------------------------
    dict(id="rst2html-input-missing", tool="rst2html", script="rst2html /nonexistent/docs/index.rst out.html",
         code="ERR_1003", why="the document to convert does not exist", path="/nonexistent/docs/index.rst"),
    dict(id="rst2html-out-eacces", tool="rst2html", script=f"rst2html {D}/ok.rst {RD}/ok.html",
         code="ERR_1002", user="nobody",
         why="the output goes into a directory the job's user may not write", path=f"{RD}/ok.html"),
    dict(id="rst2html-include-missing", tool="rst2html",
         script=f"rst2html --halt=warning {D}/include.rst out.html", code="ERR_1003",
         why="the file the document includes does not exist", path="/nonexistent/common/header.rst"),
    dict(id="neg-rst2html-unknown-directive", tool="rst2html",
         script=f"rst2html --halt=error {D}/bad.rst out.html", code="ERR_1007",
         why="the document uses a directive that docutils does not know: bad input"),
    # --- codespell ---------------------------------------------------------------------------
    dict(id="neg-codespell-typos", tool="codespell", script=f"codespell {D}/typos.txt 1>&2",
         code="ERR_1007", why="the checker found misspellings, among them in the words 'permission denied'"),
    dict(id="codespell-dictionary-missing", tool="codespell",
         script=f"codespell -I /nonexistent/ignore-words.txt {D}/typos.txt 1>&2", code="ERR_1003",
         why="the ignore-words file named does not exist", path="/nonexistent/ignore-words.txt"),
    # --- checkbashisms -----------------------------------------------------------------------
    dict(id="neg-checkbashisms-found", tool="checkbashisms", script=f"checkbashisms {D}/bashisms.sh",
         code="ERR_1007", why="the script uses bash features in a /bin/sh script: a failed check"),
    dict(id="checkbashisms-missing", tool="checkbashisms", script="checkbashisms /nonexistent/debian/postinst",
         code="ERR_1003", why="the script to check does not exist", path="/nonexistent/debian/postinst"),
    # --- debuild and dh_make -----------------------------------------------------------------
    dict(id="debuild-no-changelog", tool="debuild", script="debuild -us -uc 1>&2",
         code="ERR_1003", why="there is no debian/changelog: the packaging files the build needs are missing"),
    dict(id="neg-debuild-build-deps", tool="debuild",
         script=f"cp -r {D}/pkg . && cd pkg/hodei-tool-1.0 && debuild -us -uc -b 1>&2",
         code="ERR_1007", why="the package's build dependencies are not installed: missing dependencies"),
    dict(id="neg-de-debuild-build-deps", tool="debuild",
         script=f"cp -r {D}/pkg . && cd pkg/hodei-tool-1.0 && debuild -us -uc -b 1>&2", lang="de_DE.UTF-8",
         code="ERR_1007", why="the package's build dependencies are not installed (German)"),
    dict(id="dh_make-orig-missing", tool="dh_make",
         script=f"cp -r {D}/dhm/hodei-app-2.1 . && cd hodei-app-2.1 && {DH} dh_make -y -s -f /nonexistent/hodei-app_2.1.orig.tar.gz 1>&2",
         code="ERR_1003", why="the upstream tarball named does not exist",
         path="/nonexistent/hodei-app_2.1.orig.tar.gz"),
    dict(id="neg-dh_make-no-version", tool="dh_make",
         script=f"cp -r {D}/dhm/noversion . && cd noversion && {DH} dh_make -y -s --createorig 1>&2",
         code="ERR_1007", why="the directory name holds no version: a usage error"),
    dict(id="neg-dh_make-debian-exists", tool="dh_make",
         script=f"cp -r {D}/dhm/hasdeb-1.0 . && cd hasdeb-1.0 && {DH} dh_make -y -s --createorig 1>&2",
         code="ERR_1007", why="dh_make refuses to overwrite an existing debian/ directory"),
    # --- clang-format ------------------------------------------------------------------------
    dict(id="clang-format-input-missing", tool="clang-format", script="clang-format /nonexistent/src/main.c",
         code="ERR_1003", why="the file to format does not exist", path="/nonexistent/src/main.c"),
    dict(id="clang-format-style-missing", tool="clang-format",
         script=f"clang-format --style=file:/nonexistent/.clang-format {D}/ugly.c", code="ERR_1003",
         why="the style file named does not exist", path="/nonexistent/.clang-format"),
    dict(id="neg-clang-format-dry-run", tool="clang-format",
         script=f"clang-format --dry-run -Werror {D}/ugly.c", code="ERR_1007",
         why="the code is not formatted as required: a failed check"),
    dict(id="neg-clang-format-bad-style", tool="clang-format",
         script=f"cp {D}/bad-clang-format.yaml .clang-format && cp {D}/ugly.c . && clang-format --style=file ugly.c",
         code="ERR_1007", why="the style file is invalid YAML with an unknown style"),
    # --- shfmt -------------------------------------------------------------------------------
    dict(id="shfmt-input-missing", tool="shfmt", script="shfmt -d /nonexistent/scripts/install.sh",
         code="ERR_1003", why="the script to format does not exist", path="/nonexistent/scripts/install.sh"),
    dict(id="shfmt-write-eacces", tool="shfmt", script=f"shfmt -w {RF}", code="ERR_1002", user="nobody",
         why="the file to rewrite cannot be read or written by the job's user", path=RF),
    dict(id="shfmt-thread-eagain", tool="shfmt", script=f"ulimit -u 1; shfmt -d {D}/unformatted.sh",
         code="ERR_1004", user="nobody", why="the process limit stops the Go runtime from creating threads"),
    dict(id="neg-shfmt-syntax", tool="shfmt", script=f"shfmt {D}/broken.sh", code="ERR_1007",
         why="the shell script has a syntax error"),
    dict(id="neg-shfmt-diff", tool="shfmt", script=f"shfmt -d {D}/unformatted.sh 1>&2", code="ERR_1007",
         why="the script is not formatted as required: a failed check"),
    # --- mypy --------------------------------------------------------------------------------
    dict(id="mypy-file-missing", tool="mypy", script="mypy /nonexistent/app/main.py 1>&2",
         code="ERR_1003", why="the file to check does not exist", path="/nonexistent/app/main.py"),
    dict(id="mypy-config-missing", tool="mypy",
         script=f"mypy --config-file /nonexistent/mypy.ini {D}/typecheck.py 1>&2", code="ERR_1003",
         why="the configuration file named does not exist", path="/nonexistent/mypy.ini"),
    dict(id="neg-mypy-type-errors", tool="mypy", script=f"mypy --no-incremental {D}/typecheck.py 1>&2",
         code="ERR_1007", why="the code has type errors: a failed check"),
    dict(id="neg-mypy-import-not-found", tool="mypy", script=f"mypy --no-incremental {D}/missingmod.py 1>&2",
         code="ERR_1007", why="an imported module is not installed: a missing dependency reported as a check failure"),
    # --- pylint ------------------------------------------------------------------------------
    dict(id="neg-pylint-messages", tool="pylint", script=f"pylint {D}/lint.py 1>&2", code="ERR_1007",
         why="the linter reports problems in the code: a failed check"),
    dict(id="pylint-rcfile-missing", tool="pylint",
         script=f"pylint --rcfile=/nonexistent/.pylintrc {D}/lint.py 1>&2", code="ERR_1003",
         why="the configuration file named does not exist", path="/nonexistent/.pylintrc"),
    dict(id="neg-pylint-unknown-option", tool="pylint", script=f"pylint --hodei-strict {D}/lint.py 1>&2",
         code="ERR_1007", why="an unknown option: a usage error"),
    # --- isort -------------------------------------------------------------------------------
    dict(id="neg-isort-check", tool="isort", script=f"isort --check-only --diff {D}/unsorted.py 1>&2",
         code="ERR_1007", why="the imports are not sorted: a failed check"),
    # --- yapf --------------------------------------------------------------------------------
    dict(id="yapf-input-missing", tool="yapf3", script="yapf3 /nonexistent/src/app.py",
         code="ERR_1003", why="the file to format does not exist", path="/nonexistent/src/app.py",
         miss="yapf says only that the input filenames matched no python files: nothing names a missing file"),
    dict(id="neg-yapf-syntax", tool="yapf3", script=f"yapf3 {D}/syntax.py", code="ERR_1007",
         why="the Python file has a syntax error"),
    dict(id="yapf-style-missing", tool="yapf3", script=f"yapf3 --style=/nonexistent/.style.yapf {D}/ugly.py",
         code="ERR_1003", why="the style file named does not exist", path="/nonexistent/.style.yapf",
         miss="'is not a valid style or file path' does not say that the file is missing rather than invalid"),
    # --- bmake -------------------------------------------------------------------------------
    dict(id="bmake-makefile-missing", tool="bmake", script="bmake -f /nonexistent/build/Makefile",
         code="ERR_1003", why="the makefile named does not exist", path="/nonexistent/build/Makefile"),
    dict(id="bmake-rule-cmd-not-found", tool="bmake", script=f"bmake -f {D}/mk/missing-cc.mk",
         code="ERR_1001", why="the compiler a rule runs is not installed", command="hodei-cc"),
    dict(id="bmake-fork-eagain", tool="bmake", script=f"ulimit -u 1; bmake -f {D}/mk/fork.mk",
         code="ERR_1004", user="nobody", why="the process limit stops make from starting the rule's commands"),
    dict(id="bmake-include-missing", tool="bmake", script=f"bmake -f {D}/mk/include.mk",
         code="ERR_1003", why="a makefile the build includes does not exist", path="/nonexistent/mk/common.mk"),
    dict(id="neg-bmake-unknown-target", tool="bmake", script=f"bmake -f {D}/mk/ok.mk deploy",
         code="ERR_1007", why="the target asked for is not defined in the makefile"),
    dict(id="neg-bmake-rule-fails", tool="bmake", script=f"bmake -f {D}/mk/fail.mk 1>&2",
         code="ERR_1007", why="the rule's own command fails; its text merely quotes 'no space left'"),
    # --- asciidoc ----------------------------------------------------------------------------
    dict(id="asciidoc-input-missing", tool="asciidoc", script="asciidoc /nonexistent/docs/guide.txt",
         code="ERR_1003", why="the document to convert does not exist", path="/nonexistent/docs/guide.txt"),
    dict(id="asciidoc-out-rofs", tool="asciidoc", script=f"asciidoc -o $M/guide.html {D}/ok.txt",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount", path="$M/guide.html"),
    dict(id="asciidoc-conf-missing", tool="asciidoc", script=f"asciidoc -f /nonexistent/site.conf {D}/ok.txt",
         code="ERR_1003", why="the configuration file named does not exist", path="/nonexistent/site.conf"),
    dict(id="neg-asciidoc-unknown-backend", tool="asciidoc", script=f"asciidoc -b hodeibook {D}/ok.txt",
         code="ERR_1007", why="the backend asked for does not exist in asciidoc: an unknown name"),
    # --- markdown ----------------------------------------------------------------------------
    dict(id="markdown-input-missing", tool="markdown", script="markdown /nonexistent/README.md",
         code="ERR_1003", why="the document to convert does not exist", path="/nonexistent/README.md"),
    dict(id="markdown-eacces", tool="markdown", script=f"markdown {L}/secret.txt", code="ERR_1002",
         user="nobody", why="the document is in a directory the job's user cannot enter",
         path=f"{L}/secret.txt"),
    # --- more situations ---------------------------------------------------------------------
    dict(id="racket-mkdir-inodes", tool="racket",
         script="racket -e '(for ([i 5]) (make-directory (format \"~a/cache~a\" (getenv \"M\") i)))'",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for new directories", path="$M/cache2"),
    dict(id="raku-fork-eagain", tool="raku", script="ulimit -u 1; raku -e 'run \"true\"'",
         code="ERR_1004", user="nobody", why="the process limit stops the runtime from starting threads or a child"),
    dict(id="csc-out-eacces", tool="csc", script=f"csc -o {RD}/app {D}/hello.scm", code="ERR_1002",
         user="nobody", why="the output goes into a directory the job's user may not write",
         path=f"{RD}/app.c"),
    dict(id="mcs-out-enospc", tool="mcs", script=f"mcs -out:$M/app.exe {D}/Ok.cs", code="ERR_1012",
         mount="full", why="the output filesystem is full", path="$M/app.exe"),
    dict(id="rst2html-out-enospc", tool="rst2html", script=f"rst2html {D}/ok.rst $M/ok.html",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="asciidoc-out-enospc", tool="asciidoc", script=f"asciidoc -o $M/guide.html {D}/ok.txt",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="clang-format-eacces", tool="clang-format", script=f"clang-format {L}/secret.txt",
         code="ERR_1002", user="nobody", why="the file to format is in a directory the job's user cannot enter"),
    dict(id="yapf-inplace-eacces", tool="yapf3", script=f"yapf3 -i {RF}", code="ERR_1002", user="nobody",
         why="the file to reformat cannot be read by the job's user", path=RF,
         miss="yapf crashes with its own AttributeError while reporting the PermissionError, and a program's own exception never decides"),
    dict(id="neg-pt-debuild-build-deps", tool="debuild",
         script=f"cp -r {D}/pkg . && cd pkg/hodei-tool-1.0 && debuild -us -uc -b 1>&2", lang="pt_BR.UTF-8",
         code="ERR_1007", why="the package's build dependencies are not installed (Portuguese)"),
    dict(id="bmake-shell-cmd-not-found", tool="bmake", script=f"bmake -f {D}/mk/gen.mk",
         code="ERR_1001", why="the code generator a rule runs through the shell is not installed",
         command="hodei-gen"),
    dict(id="debuild-rootcmd-not-found", tool="debuild",
         script=f"cp -r {D}/pkg . && cd pkg/hodei-tool-1.0 && debuild -r hodei-fakeroot -us -uc -b 1>&2",
         code="ERR_1001", why="the gain-root command the build is told to use is not installed",
         command="hodei-fakeroot"),
]
