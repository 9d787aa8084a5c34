"""Sealed batch 59: linters, formatters and static checkers as CI jobs run them."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (90.2% of codes, 83/92), then worked on."""
F = f"{R}/batch59"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
mkdir -p lint proj/app/models proj/lib repo priv
cd lint
printf 'class Greeter\n  def greet(name)\n    puts "Hello, " + name + "!"\n    return nil\n  end\nend\n' > greeter.rb
printf 'class Ok\nend\n' > ok.rb
printf 'Style/StringLiterals:\n  Enabled: true\n  EnforcedStyle: double_quotes\nAllCops:\n  TargetRubyVersion: 2.7\n  NewCops: enable\nLayout/IndentationWidht:\n  Width: 2\n' > rubocop-typo.yml
printf 'inherit_from: shared/rubocop-base.yml\n' > rubocop-inherit.yml
printf 'require:\n  - rubocop-rspec\n' > rubocop-plugin.yml
printf 'package App;\nsub run { my $x = shift; return eval "$x" }\n1;\n' > App.pm
printf 'use strict;\nuse warnings;\nmy %%cfg = (\n    name => "x",\n;\nprint "done\\n";\n' > broken.pl
printf 'use strict;\nuse warnings;\nmy @l=(1,2,3);for my $i(@l){print $i*2,"\\n";}\n' > ugly.pl
printf '<?php\nfunction getUser($id){\nif($id==1){return "root";}\nreturn null;\n}\n' > user.php
printf 'class nginx {\n  package { "nginx": ensure => "installed" }\n  file { "/etc/nginx/nginx.conf":\n    mode => 644,\n    source => "puppet:///modules/nginx/nginx.conf"\n  }\n}\n' > nginx.pp
printf 'Release notes\n\nThe upload is very unique and it was extremely very fast. We will utilize the new cache.\nThe job failed with permission denied, which is very unique.\n' > notes.md
printf 'cmake_minimum_required(VERSION 3.10)\nproject(demo C)\nadd_executable(demo main.c\n' > CMakeLists.bad.txt
printf 'cmake_minimum_required(VERSION 3.10)\nproject(demo C)\nadd_executable(demo main.c util.c)\nif(WIN32)\nset(LIBS ws2_32)\nendif()\ntarget_link_libraries(demo ${LIBS})\nfunction(badName)\nendfunction()\n' > CMakeLists.txt
printf '{\n  "name": "demo",\n  "version": "1.0.0",\n  "scripts": {"build": "tsc",},\n}\n' > package.bad.json
printf 'import os, sys\ndef f( a,b ):\n    return a+b\nclass  X :\n  pass\n' > style.py
printf 'def area(w, h):\n    \"\"\"   compute the area.\n    \"\"\"\n    return w * h\n' > doc.py
printf 'import os\n\ndef main():\n    return undefined_name + 1\n' > undef.py
printf '#!/bin/bash\nif [ -f /etc/os-release ]; then\n  . /etc/os-release \nfi\n  echo "missing file"\nfunction foo {\necho x\n}\n' > deploy.sh
printf 'local unused = 1\nfunction process(t)\n  for i, v in ipairs(t) do\n    total = total + v\n  end\nend\n' > init.lua
printf 'Title\n===\n\n.. code-block:: python\n\n   def f(:\n       pass\n\nSee `link <http://x>`__ and :unknownrole:`x`.\n\n.. note:\n  missing colon\n' > README.rst
printf 'Docs\n====\n\nThis line is far too long for doc8 because it keeps going on and on and on and on and on.  \n\n\n' > guide.rst
printf '<config>\n  <item name="a">1</item>\n  <item name="b">2</item>\n</confg>\n' > broken.xml
printf '#include <stdio.h>\nint main(){int x=0;if(x) printf("x");return 0;}\n' > main.cc
printf '#include <stdio.h>\n#include <string.h>\nvoid copy(char *in) { char buf[16]; strcpy(buf, in); printf(in); }\n' > vuln.c
printf '=head1 NAME\n\nApp - demo\n\n=over 4\n\n=item run\n\n=head2 BAD\n\nL<broken\n\n=cut\n' > App.pod
printf '[Desktop Entry]\nName=Demo\nExec=demo %%u\nType=Applicaton\nCategories=Utility\nMimeType=text/plain\n' > demo.desktop
printf '<%% if @enabled %%>\nenabled = true\n<%% else >\nenabled = false\n<%% end %%>\n' > config.erb
printf 'Name: demo\nVersion: 1.0\nRelease: 1\nSummary: demo package.\nLicense: MIT\nURL: https://example.com\nSource0: https://example.com/demo-%%{version}.tar.gz\nBuildRequires: gcc\n%%description\nDemo\n%%prep\n%%setup -q\n%%build\nmake\n%%install\nmake install DESTDIR=%%{buildroot}\n%%if 0%%{?fedora}\n%%files\n/usr/bin/demo\n%%changelog\n' > demo.spec
printf 'const   x = {a:1,\n  b:2}\nfunction f ( ) { return x }\n' > ugly.js
printf 'function f(a) {\n  if (a == null) { return }\n  var x = 1\n  eval("a")\n  return a\n}\n' > lint.js
printf '<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body>\n<div id="a"><div id="a">x</div>\n<img src="a.png">\n<P>para</P>\n</body>\n</html>\n' > index.html
printf '# Demo\n\nA small demo project.\n' > README.md
printf '# Title\n## Skipped\n\n* item\n+ other\n\nA line with trailing spaces   \n\n\n#Heading\n' > CHANGES.md
printf 'a {\n  color: #FFFFFFF;\n  colr: red;\n}\n\n\na { }\n' > site.css
printf '{ "extends": "stylelint-config-standard" }\n' > stylelintrc.json
printf '{ "extends": "stylelint-config-hodei-corp" }\n' > stylelintrc-missing.json
printf '{ "plugins": ["prettier-plugin-hodei-sql"] }\n' > prettierrc-plugin.json
printf 'function! s:Foo()\n  let x = 1\n  echo y\nendfunction\nnnoremap <C-x> :call s:Foo()<CR>\nset nocompatible\nlet g:foo == 1\n' > plugin.vim
printf 'select a,b from t where x=1 and (y=2\n' > query.sql
printf 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' > Dockerfile
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('hadolint', 'wb').write(d)"
chmod 755 hadolint
mkdir -p venv/bin && printf '#!/opt/hodei-lint-venv/bin/python3.9\nimport sys\nfrom vint import main\nsys.exit(main())\n' > venv/bin/vint && chmod 755 venv/bin/vint
printf 'def load(path)\n  raise IOError, "No such file or directory: #{path}" unless File.exist?(path)\n  puts "Permission denied while reading " + path\nend\n' > loader.rb
printf '# Troubleshooting\n\n#No space left on device\n\nClean the cache.\n\n#Read-only file system\n\nRemount it.\n' > TROUBLESHOOTING.md
seq 1 4000 | sed 's/.*/my $v& = &;/' > big.pl
cp init.lua private.lua; cp demo.desktop private.desktop; cp greeter.rb private.rb; cp style.py private.py; cp App.pm Private.pm; cp notes.md private.md
cd ..
cp lint/greeter.rb proj/app/models/user.rb
git -C repo init -q -b main && git -C repo -c user.name=dev -c user.email=dev@example.com commit -q --allow-empty -m 'WIP: fix things.'
chmod -R a+rX .
chmod 600 lint/private.lua lint/private.desktop lint/private.rb lint/private.py lint/Private.pm lint/private.md
"""

FL = f"{F}/lint"

CASES = [
    # --- rubocop ---
    dict(id="rubocop-file-missing", tool="rubocop", script="rubocop --format simple app/models/user.rb 1>&2",
         code="ERR_1003", path=f"{R}/w/rubocop-file-missing/app/models/user.rb",
         why="the file the job asks rubocop to inspect does not exist in the checkout"),
    dict(id="rubocop-config-missing", tool="rubocop", script=f"rubocop -c .rubocop.yml {FL}/ok.rb 1>&2",
         code="ERR_1003", path=f"{R}/w/rubocop-config-missing/.rubocop.yml",
         why="the configuration file named with -c is not in the working directory"),
    dict(id="rubocop-inherit-missing", tool="rubocop", script=f"cp {FL}/rubocop-inherit.yml .rubocop.yml; cp {FL}/ok.rb .; rubocop ok.rb 1>&2",
         code="ERR_1003", path=f"{R}/w/rubocop-inherit-missing/shared/rubocop-base.yml",
         why="the project's config inherits from a shared file that was never checked out"),
    dict(id="neg-rubocop-offenses", tool="rubocop", script=f"cp {FL}/greeter.rb .; rubocop --format simple greeter.rb 1>&2",
         code="ERR_1007", why="rubocop ran and reported style offenses in the code: the job's own check failed"),
    dict(id="neg-rubocop-plugin-gem-missing", tool="rubocop", script=f"cp {FL}/rubocop-plugin.yml .rubocop.yml; cp {FL}/ok.rb .; rubocop ok.rb 1>&2",
         code="ERR_1007", why="the config requires an extension gem that is not installed: a missing library dependency"),
    dict(id="neg-rubocop-config-typo", tool="rubocop", script=f"cp {FL}/rubocop-typo.yml .rubocop.yml; cp {FL}/ok.rb .; rubocop ok.rb 1>&2",
         code="ERR_1007", why="the config names a cop that does not exist; rubocop refuses its own configuration"),
    dict(id="rubocop-unreadable", tool="rubocop", script=f"rubocop --cache-root \"$PWD/.cache\" --format simple {FL}/private.rb 1>&2",
         code="ERR_1002", user="nobody", path=f"{FL}/private.rb",
         why="the job's user may not read the source file it lints"),
    dict(id="rubocop-cache-rofs", tool="rubocop", script=f"cp {FL}/ok.rb .; rubocop --cache-root $M/cache ok.rb 1>&2",
         code="ERR_1012", mount="ro", path="$M/cache",
         why="rubocop cannot create its result cache on a read-only file system"),
    dict(id="rubocop-cache-inodes", tool="rubocop", script=f"cp {FL}/ok.rb .; rubocop --cache-root $M/cache ok.rb 1>&2",
         code="ERR_1012", mount="inodes", path="$M/cache/rubocop_cache/server",
         why="the cache file system has no inodes left for rubocop's cache directories"),
    # --- perlcritic / perltidy / podchecker ---
    dict(id="rubocop-out-full", tool="rubocop", script=f"cp {FL}/greeter.rb .; rubocop --out $M/rubocop.txt greeter.rb",
         code="ERR_1012", mount="full", path="$M/rubocop.txt",
         why="rubocop cannot write its report file: the disk is full"),
    dict(id="neg-rubocop-quotes-error-text", tool="rubocop", script=f"cp {FL}/loader.rb .; rubocop loader.rb 1>&2",
         code="ERR_1007", why="rubocop reports style offenses and quotes source lines that merely contain error words"),
    dict(id="perlcritic-file-missing", tool="perlcritic", script="perlcritic --stern lib/App/Worker.pm 1>&2",
         code="ERR_1003", path="lib/App/Worker.pm",
         why="the module the job asks perlcritic to check does not exist"),
    dict(id="perlcritic-profile-missing", tool="perlcritic", script=f"perlcritic --profile t/perlcriticrc {FL}/App.pm 1>&2",
         code="ERR_1003", path="t/perlcriticrc",
         why="the profile file given with --profile is missing"),
    dict(id="neg-perlcritic-violations", tool="perlcritic", script=f"perlcritic --stern {FL}/App.pm 1>&2",
         code="ERR_1007", why="perlcritic found policy violations in the module: the check itself failed"),
    dict(id="perltidy-file-missing", miss="'no matches found' after the name is not read as an error line, so the check of the path is not asked", tool="perltidy", script="perltidy -b bin/deploy.pl",
         code="ERR_1003", path="bin/deploy.pl",
         why="the script to reformat does not exist"),
    dict(id="neg-perltidy-syntax", tool="perltidy", script=f"cp {FL}/broken.pl .; perltidy -se broken.pl",
         code="ERR_1007", why="perltidy cannot parse the script's unbalanced brackets: bad input"),
    dict(id="perltidy-output-rofs", tool="perltidy", script=f"perltidy -o $M/ugly.pl {FL}/ugly.pl",
         code="ERR_1012", mount="ro", path="$M/ugly.pl",
         why="the output file lies on a read-only file system"),
    dict(id="perltidy-output-denied", tool="perltidy", script=f"perltidy -o {RD}/ugly.pl {FL}/ugly.pl",
         code="ERR_1002", user="nobody", path=f"{RD}/ugly.pl",
         why="the job's user may not create the output file in a root-owned directory"),
    dict(id="neg-podchecker-errors", tool="podchecker", script=f"podchecker {FL}/App.pod",
         code="ERR_1007", why="podchecker found errors in the documentation markup"),
    # --- phpcs / phpcbf ---
    dict(id="phpcs-file-missing", tool="phpcs", script="phpcs --standard=PSR12 src/Controller/UserController.php 1>&2",
         code="ERR_1003", path="src/Controller/UserController.php",
         why="the source file given to phpcs does not exist"),
    dict(id="neg-phpcs-violations", tool="phpcs", script=f"phpcs --standard=PSR12 --report=full {FL}/user.php 1>&2",
         code="ERR_1007", why="phpcs reported coding standard violations"),
    dict(id="neg-phpcs-unknown-standard", tool="phpcs", script=f"phpcs --standard=HodeiCorp {FL}/user.php 1>&2",
         code="ERR_1007", why="the coding standard the job names is not installed in phpcs: an unknown name in the tool's own world"),
    dict(id="phpcs-report-file-rofs", tool="phpcs", script=f"phpcs --standard=PSR12 --report-file=$M/phpcs.txt {FL}/user.php 1>&2",
         code="ERR_1012", mount="ro", path="$M/phpcs.txt",
         why="the report file is to go on a read-only file system"),
    dict(id="phpcbf-fix-denied", tool="phpcbf", script=f"phpcbf --standard=PSR12 {FL}/user.php 1>&2",
         code="ERR_1002", user="nobody", path=f"{FL}/user.php",
         why="phpcbf fixes the file in place but the job's user may not write it"),
    dict(id="phpcs-parallel-nproc", tool="phpcs", script=f"cp {FL}/user.php a.php; cp {FL}/user.php b.php; ulimit -u 1; exec phpcs --parallel=2 --standard=PSR12 a.php b.php 1>&2",
         code="ERR_1004", user="nobody",
         why="under the process limit phpcs cannot fork its parallel workers"),
    # --- puppet-lint ---
    dict(id="puppet-lint-missing", tool="puppet-lint", script="puppet-lint manifests/init.pp 1>&2",
         code="ERR_1003",
         why="the manifest to lint does not exist"),
    dict(id="neg-puppet-lint-warnings", tool="puppet-lint", script=f"puppet-lint --fail-on-warnings {FL}/nginx.pp 1>&2",
         code="ERR_1007", why="puppet-lint reported style problems and the job fails on warnings"),
    # --- proselint ---
    dict(id="neg-proselint-issues", tool="proselint", script=f"proselint {FL}/notes.md 1>&2",
         code="ERR_1007", why="proselint found wording problems in a text that merely quotes error words"),
    dict(id="proselint-unreadable", tool="proselint", script=f"proselint {FL}/private.md 1>&2",
         code="ERR_1002", user="nobody", path=f"{FL}/private.md",
         why="the job's user may not read the document"),
    # --- cmake-format / cmake-lint ---
    dict(id="cmake-format-missing", tool="cmake-format", script="cmake-format --check src/CMakeLists.txt",
         code="ERR_1003", path="src/CMakeLists.txt",
         why="the CMake file to check does not exist"),
    dict(id="neg-cmake-format-check", tool="cmake-format", script=f"cmake-format --check {FL}/CMakeLists.txt",
         code="ERR_1007", why="the file is not formatted as cmake-format wants: the check failed"),
    dict(id="neg-cmake-format-parse", tool="cmake-format", script=f"cmake-format {FL}/CMakeLists.bad.txt >/dev/null",
         code="ERR_1007", why="cmake-format cannot parse the unterminated command"),
    dict(id="cmake-format-inplace-denied", tool="cmake-format", script=f"cmake-format -i {FL}/CMakeLists.txt",
         code="ERR_1002", user="nobody", path=f"{FL}/CMakeLists.txt.cmf-temp",
         why="the job's user may not create the rewritten file beside the original"),
    dict(id="cmake-format-config-missing", tool="cmake-format", script=f"cmake-format -c .cmake-format.yaml --check {FL}/CMakeLists.txt",
         code="ERR_1003", path=".cmake-format.yaml",
         why="the config file named with -c is missing"),
    dict(id="cmake-format-output-rofs", tool="cmake-format", script=f"cmake-format -o $M/CMakeLists.txt {FL}/CMakeLists.txt",
         code="ERR_1012", mount="ro", path="$M/CMakeLists.txt",
         why="the formatted file is to be written on a read-only file system"),
    dict(id="neg-cmake-lint-warnings", tool="cmake-lint", script=f"cmake-lint {FL}/CMakeLists.txt 1>&2",
         code="ERR_1007", why="cmake-lint reported lint findings"),
    # --- jsonlint (demjson), json_verify, json_pp ---
    dict(id="neg-jsonlint-invalid", tool="jsonlint", script=f"jsonlint -s {FL}/package.bad.json 1>&2",
         code="ERR_1007", why="the JSON file has trailing commas: bad input"),
    dict(id="neg-json-verify-invalid", tool="json_verify", script=f"json_verify < {FL}/package.bad.json 1>&2",
         code="ERR_1007", why="json_verify rejects the malformed JSON"),
    dict(id="neg-json-pp-invalid", tool="json_pp", script=f"json_pp < {FL}/package.bad.json >/dev/null",
         code="ERR_1007", why="json_pp cannot parse the malformed JSON"),
    # --- python checkers ---
    dict(id="neg-pycodestyle-errors", tool="pycodestyle", script=f"pycodestyle {FL}/style.py 1>&2",
         code="ERR_1007", why="pycodestyle reported style errors"),
    dict(id="pycodestyle-unreadable", tool="pycodestyle", script=f"pycodestyle {FL}/private.py 1>&2",
         code="ERR_1002", user="nobody", path=f"{FL}/private.py",
         why="the job's user may not read the file"),
    dict(id="neg-pyflakes-undefined", tool="pyflakes3", script=f"pyflakes3 {FL}/undef.py 1>&2",
         code="ERR_1007", why="pyflakes found an unused import and an undefined name in the code"),
    dict(id="autopep8-inplace-denied", tool="autopep8", script=f"autopep8 -i {FL}/style.py",
         code="ERR_1002", user="nobody", path=f"{FL}/style.py",
         why="the job's user may not rewrite the file in place"),
    dict(id="neg-autopep8-exit-code", tool="autopep8", script=f"autopep8 --diff --exit-code {FL}/style.py 1>&2",
         code="ERR_1007", why="autopep8 would change the file and the job asked it to fail then"),
    dict(id="neg-docformatter-check", tool="docformatter", script=f"docformatter --check {FL}/doc.py",
         code="ERR_1007", why="docformatter would reformat the docstrings and the job only checks"),
    dict(id="pyupgrade-missing", tool="pyupgrade", script="pyupgrade --py311-plus src/pkg/models.py",
         code="ERR_1003", path="src/pkg/models.py",
         why="the file to upgrade does not exist"),
    dict(id="autoflake-inplace-denied", tool="autoflake", script=f"autoflake --in-place --remove-all-unused-imports {FL}/undef.py",
         code="ERR_1002", user="nobody", path=f"{FL}/undef.py",
         why="autoflake may not rewrite the file as the job's user"),
    dict(id="neg-autoflake-check", tool="autoflake", script=f"autoflake --check --remove-all-unused-imports {FL}/undef.py 1>&2",
         code="ERR_1007", why="autoflake found unused imports and the job checks for them"),
    dict(id="neg-pylama-pyflakes-mismatch", tool="pylama", script=f"cp {FL}/style.py {FL}/undef.py .; pylama style.py undef.py 1>&2",
         code="ERR_1007", why="pylama crashes on import because the installed pyflakes lacks a name it expects: a dependency version mismatch, the job's own failure"),
    dict(id="neg-bashate-errors", tool="bashate", script=f"bashate -e E* {FL}/deploy.sh 1>&2",
         code="ERR_1007", why="bashate reported style errors in a script that merely prints 'missing file'"),
    dict(id="neg-vint-errors", tool="vint", script=f"vint {FL}/plugin.vim 1>&2",
         code="ERR_1007", why="vint reported problems in the vim script"),
    dict(id="vint-venv-bad-interpreter", tool="vint", script=f"{FL}/venv/bin/vint {FL}/plugin.vim",
         code="ERR_1001", command=f"{FL}/venv/bin/vint",
         why="the virtualenv's vint script names a python interpreter that is no longer installed"),
    dict(id="sqlformat-output-full", tool="sqlformat", script=f"sqlformat -r -o $M/query.sql {FL}/query.sql",
         code="ERR_1012", mount="full", path="$M/query.sql",
         why="the formatted output cannot be written: the disk is full"),
    # --- luacheck ---
    dict(id="neg-luacheck-warnings", tool="luacheck", script=f"luacheck {FL}/init.lua 1>&2",
         code="ERR_1007", why="luacheck reported warnings about globals and unused variables"),
    dict(id="luacheck-missing", tool="luacheck", script="luacheck src/main.lua 1>&2",
         code="ERR_1003", path="src/main.lua",
         why="the Lua file to check does not exist"),
    dict(id="luacheck-config-missing", tool="luacheck", script=f"luacheck --config .luacheckrc.ci {FL}/init.lua 1>&2",
         code="ERR_1003", path=".luacheckrc.ci",
         why="the config file the job names is missing"),
    dict(id="luacheck-unreadable", tool="luacheck", script=f"luacheck {FL}/private.lua 1>&2",
         code="ERR_1002", user="nobody", path=f"{FL}/private.lua",
         why="the job's user may not read the Lua file"),
    # --- reStructuredText ---
    dict(id="neg-rstcheck-errors", tool="rstcheck", script=f"rstcheck {FL}/README.rst",
         code="ERR_1007", why="rstcheck found errors in the document and its code block"),
    dict(id="rstcheck-missing", miss="the missing path is said by a WARNING log line; the final 'Error! Issues detected.' is a summary, and a warning is not taken as its cause", tool="rstcheck", script="rstcheck docs/index.rst",
         code="ERR_1003", path="docs/index.rst",
         why="the document to check does not exist"),
    dict(id="neg-doc8-errors", tool="doc8", script=f"doc8 {FL}/guide.rst 1>&2",
         code="ERR_1007", why="doc8 reported style problems in the document"),
    # --- gitlint ---
    dict(id="neg-gitlint-violations", tool="gitlint", script=f"cd {F}/repo && gitlint 1>&2",
         code="ERR_1007", why="the last commit's message breaks the commit message rules"),
    dict(id="neg-gitlint-not-repo", tool="gitlint", script="gitlint 1>&2",
         code="ERR_1007", why="the job ran gitlint outside a git repository: its own usage error"),
    dict(id="gitlint-git-missing", tool="gitlint", script=f"cd {F}/repo && PATH=/usr/local/bin /usr/bin/gitlint 1>&2",
         code="ERR_1001", command="git",
         why="gitlint needs the git program, which is not on PATH"),
    dict(id="gitlint-config-missing", tool="gitlint", script=f"cd {F}/repo && gitlint --config .gitlint.ci",
         code="ERR_1003", path=".gitlint.ci",
         why="the config file the job names does not exist"),
    dict(id="gitlint-nproc", tool="gitlint", script=f"cd {F}/repo && ulimit -u 1; gitlint",
         code="ERR_1004", user="nobody",
         why="under the process limit gitlint cannot start git"),
    dict(id="de-neg-gitlint-not-repo", tool="gitlint", script="gitlint 1>&2", lang="de_DE.UTF-8",
         code="ERR_1007", why="outside a git repository git (quoted by gitlint) refuses: a usage error"),
    # --- xmlformat, cpplint, flawfinder ---
    dict(id="xmlformat-missing", tool="xmlformat", script="xmlformat conf/web.xml >/dev/null",
         code="ERR_1003", path="conf/web.xml",
         why="the XML file to format does not exist"),
    dict(id="neg-cpplint-errors", tool="cpplint", script=f"cpplint {FL}/main.cc",
         code="ERR_1007", why="cpplint reported style errors"),
    dict(id="neg-flawfinder-hits", tool="flawfinder", script=f"flawfinder --error-level=4 {FL}/vuln.c 1>&2",
         code="ERR_1007", why="flawfinder found risky calls at or above the failing level"),
    # --- desktop-file-validate, erb, rpmlint ---
    dict(id="neg-desktop-file-invalid", tool="desktop-file-validate", script=f"desktop-file-validate {FL}/demo.desktop 1>&2",
         code="ERR_1007", why="the desktop entry has an invalid Type and other errors"),
    dict(id="desktop-file-missing", tool="desktop-file-validate", script="desktop-file-validate data/org.example.App.desktop 1>&2",
         code="ERR_1003", path="data/org.example.App.desktop",
         why="the desktop entry to validate does not exist"),
    dict(id="fr-desktop-file-unreadable", tool="desktop-file-validate", script=f"desktop-file-validate {FL}/private.desktop 1>&2",
         code="ERR_1002", lang="fr_FR.UTF-8", user="nobody", path=f"{FL}/private.desktop",
         why="the job's user may not read the desktop entry"),
    dict(id="erb-missing", tool="erb", script="set -o pipefail; erb -x -T - templates/nginx.conf.erb | ruby -c",
         code="ERR_1003", path="templates/nginx.conf.erb",
         why="the template to check does not exist"),
    dict(id="neg-erb-syntax", tool="erb", script=f"set -o pipefail; erb -x -T - {FL}/config.erb | ruby -c",
         code="ERR_1007", why="the compiled template has a Ruby syntax error"),
    dict(id="neg-rpmlint-spec", tool="rpmlint", script=f"rpmlint {FL}/demo.spec 1>&2",
         code="ERR_1007", why="rpmlint reported errors in the spec file"),
    dict(id="rpmlint-rpm-missing", tool="rpmlint", script=f"PATH=/usr/local/bin /usr/bin/rpmlint {FL}/demo.spec 1>&2",
         code="ERR_1001", command="rpm",
         why="rpmlint runs the rpm program to read the spec, and rpm is not on PATH"),
    dict(id="rpmlint-missing", tool="rpmlint", script="rpmlint packaging/demo.spec 1>&2",
         code="ERR_1003", path="packaging/demo.spec",
         why="the spec file to lint does not exist"),
    # --- node linters ---
    dict(id="neg-prettier-check", tool="prettier", script=f"cp {FL}/ugly.js .; prettier --check ugly.js 1>&2",
         code="ERR_1007", why="prettier found a file not formatted its way"),
    dict(id="prettier-missing", tool="prettier", script="prettier --check src/index.ts 1>&2",
         code="ERR_1003", path="src/index.ts",
         why="the file to check does not exist"),
    dict(id="prettier-node-missing", tool="prettier", script="PATH=/usr/local/bin /usr/bin/prettier --check ugly.js",
         code="ERR_1001", command="node",
         why="prettier's interpreter, node, is not on PATH"),
    dict(id="neg-prettier-plugin-missing", tool="prettier", script=f"cp {FL}/prettierrc-plugin.json .prettierrc.json; cp {FL}/query.sql .; prettier --check query.sql 1>&2",
         code="ERR_1007", why="the config loads a prettier plugin package that is not installed: a missing dependency"),
    dict(id="prettier-write-rofs", tool="prettier", script="prettier --parser babel --write $M/existing.txt 1>&2",
         code="ERR_1012", mount="ro", path="$M/existing.txt",
         why="prettier rewrites a file on a read-only file system"),
    dict(id="prettier-nproc", tool="prettier", script=f"cp {FL}/ugly.js .; ulimit -u 1; prettier --check ugly.js",
         code="ERR_1004", user="nobody",
         why="under the process limit node cannot start the threads it needs"),
    dict(id="neg-jshint-errors", tool="jshint", script=f"jshint {FL}/lint.js 1>&2",
         code="ERR_1007", why="jshint reported problems in the code"),
    dict(id="neg-htmlhint-errors", tool="htmlhint", script=f"htmlhint {FL}/index.html 1>&2",
         code="ERR_1007", why="htmlhint reported problems in the page"),
    dict(id="neg-markdownlint-errors", tool="markdownlint", script=f"markdownlint {FL}/CHANGES.md",
         code="ERR_1007", why="markdownlint reported rule violations"),
    dict(id="neg-markdownlint-error-headings", tool="markdownlint", script=f"markdownlint {FL}/TROUBLESHOOTING.md",
         code="ERR_1007", why="markdownlint reports headings without a space, quoting headings that merely name errors"),
    dict(id="markdownlint-config-missing", tool="markdownlint", script=f"markdownlint -c .markdownlint.ci.json {FL}/README.md",
         code="ERR_1003", path=".markdownlint.ci.json",
         why="the config file the job names does not exist"),
    dict(id="neg-stylelint-errors", tool="stylelint", script=f"cp {FL}/site.css {FL}/stylelintrc.json .; stylelint --config stylelintrc.json site.css 1>&2",
         code="ERR_1007", why="stylelint reported rule violations in the stylesheet"),
    dict(id="neg-stylelint-extends-missing", tool="stylelint", script=f"cp {FL}/site.css .; cp {FL}/stylelintrc-missing.json .stylelintrc.json; stylelint site.css 1>&2",
         code="ERR_1007", why="the config extends a shared config package that is not installed: a missing dependency"),
    dict(id="stylelint-no-files", tool="stylelint", script=f"cp {FL}/stylelintrc.json .stylelintrc.json; stylelint 'assets/css/**/*.css' 1>&2",
         code="ERR_1003",
         why="no stylesheet exists where the job says; stylelint finds no files to lint"),
    # --- tools not installed / wrong architecture ---
    dict(id="hadolint-wrong-arch", tool="hadolint", script=f"cp {FL}/Dockerfile .; {FL}/hadolint Dockerfile",
         code="ERR_1004",
         why="the downloaded hadolint binary is built for another architecture"),
    dict(id="fr-neg-gitlint-not-repo", tool="gitlint", script="gitlint 1>&2", lang="fr_FR.UTF-8",
         code="ERR_1007", why="outside a git repository git (quoted by gitlint) refuses: a usage error"),
    dict(id="es-neg-gitlint-unknown-range", tool="gitlint", script=f"cd {F}/repo && gitlint --commits origin/main..HEAD 1>&2", lang="es_ES.UTF-8",
         code="ERR_1007", why="the clone has no origin/main, so git (quoted by gitlint) cannot resolve the commit range: an unknown name in the tool's world"),
    dict(id="it-hadolint-not-installed", tool="hadolint", script=f"cp {FL}/Dockerfile .; hadolint --failure-threshold error Dockerfile", lang="it_IT.UTF-8",
         code="ERR_1001", command="hadolint",
         why="the job runs hadolint, which is not installed"),
    dict(id="de-mdl-not-installed", tool="mdl", script="mdl README.md", lang="de_DE.UTF-8",
         code="ERR_1001", command="mdl",
         why="the job runs markdownlint's mdl, which is not installed"),
]


WORKED_ON = {'podchecker', 'json_pp', 'erb'}
"""Tools of batch 55, worked on before this batch was scored: their cases would not be held out."""
CASES = [case for case in CASES if case["tool"] not in WORKED_ON]
