"""Sealed batch 55: the commands shipped with Perl, Python and Ruby themselves."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (93.2% of codes, 68/73), then worked on."""
F = f"{R}/batch55"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
printf '=head1 NAME\n\ntool - does things\n\n=head1 SYNOPSIS\n\n  tool [options]\n\n=cut\n' > good.pod
printf '=head1 NAME\n\nfoo - x\n\n=over 4\n\n=item a\n\n=head2 B<unclosed\n\n=back\n' > bad.pod
{ printf '=head1 NAME\n\nbig - big\n\n=head1 DESCRIPTION\n\n'; for i in $(seq 4000); do printf 'Paragraph %s of the long manual text here.\n\n' "$i"; done; } > big.pod
printf 'print "no docs\\n";\n' > nopod.pl
mkdir -p t
printf 'use Test::More tests => 1;\nok(1, "fine");\n' > t/ok.t
printf 'use Test::More tests => 2;\nok(1, "first");\nis(2 + 2, 5, "sum");\n' > t/fail.t
printf 'use Hodei::Missing::Dep;\nuse Test::More tests => 1;\nok(1);\n' > t/dep.t
printf 'use Test::More;\nopen(my $fh, "<", "/nonexistent/fixture.dat") or BAIL_OUT("cannot open fixture: not found");\ndone_testing;\n' > t/bail.t
printf '{"name": "app", "version": 1,}\n' > bad.json
printf '[%s]\n' "$(seq -s, 1 40000)" > big.json
printf 'caf\xc3\xa9 \xe2\x82\xac\n' > utf8.txt
printf 'caf\xe9 \xff\xfe\n' > latin.txt
echo junk > junk.tar
mkdir -p src && for i in $(seq 200); do head -c 1000 /dev/urandom | base64 > src/f$i.txt; done
tar -cf data.tar src
printf 'MODULE = Foo PACKAGE = Foo\n\nint\nbad(\n' > Bad.xs
printf 'MODULE = Foo PACKAGE = Foo\n\nint\nadd(a, b)\n    int a\n    int b\n  CODE:\n    RETVAL = a + b;\n  OUTPUT:\n    RETVAL\n' > Foo.xs
printf 'This is a plain text file, not an archive.\n' > notzip.zip
printf 'PK\003\004\024\000\000\000\000\000' > trunc.zip
printf 'import hodei_missing_dep\n' > app_dep.py
printf 'def broken(:\n    pass\n' > app_syntax.py
printf "'Docs.'\\nimport json\\n" > goodmod.py
printf '<%% if ready %%>\nyes\n' > unclosed.erb
printf 'Hello <%%= hodei_value %%>\n' > undefined.erb
printf 'Hello <%%= 1 + 1 %%>\n' > good.erb
printf 'class P\nrule\n  a : b |\nend junk {\n' > bad.y
printf 'class P\nrule\n  a : "x"\nend\n' > good.y
printf '#define HODEI_MAX 10\n' > hodei.h
printf '<U0041> \\x41 |0\n' > bad.ucm
mkdir -p lib && printf '# Docs for App\nclass App\n  # Run it\n  def run; end\nend\n' > lib/app.rb
chmod -R a+rX .
"""

CASES = [
    # --- pod2man ------------------------------------------------------------------------
    dict(id="pod2man-missing-input", tool="pod2man",
         script="pod2man docs/tool.pod tool.1", code="ERR_1003", path="docs/tool.pod",
         why="The POD source the man page is built from does not exist."),
    dict(id="pod2man-out-rofs", tool="pod2man",
         script=f"pod2man {F}/good.pod $M/tool.1", code="ERR_1012", mount="ro", path="$M/tool.1",
         why="The man page cannot be written because the output file system is read-only."),
    dict(id="pod2man-out-eacces", tool="pod2man",
         script=f"pod2man {F}/good.pod {RD}/tool.1", code="ERR_1002", user=NOBODY,
         path=f"{RD}/tool.1",
         why="The job's user may not create the man page in a root-owned directory."),
    dict(id="neg-pod2man-syntax", tool="pod2man",
         script=f"pod2man --errors=die {F}/bad.pod bad.1", code="ERR_1007",
         why="The POD document has syntax errors; the job's own input is broken."),
    dict(id="pod2man-input-eacces", tool="pod2man",
         script=f"pod2man {L}/secret.txt secret.1", code="ERR_1002", user=NOBODY,
         path=f"{L}/secret.txt",
         why="The job's user may not read the POD source in a root-only directory."),
    # --- pod2text -----------------------------------------------------------------------
    dict(id="pod2text-missing-input", tool="pod2text",
         script="pod2text lib/App/Guide.pod", code="ERR_1003", path="lib/App/Guide.pod",
         why="The POD file to render does not exist."),
    dict(id="pod2text-input-eacces", tool="pod2text",
         script=f"pod2text {L}/secret.txt", code="ERR_1002", user=NOBODY,
         path=f"{L}/secret.txt",
         why="The job's user may not read the file in a root-only directory."),
    dict(id="neg-pod2text-syntax", tool="pod2text",
         script=f"pod2text --errors=die {F}/bad.pod", code="ERR_1007",
         why="The POD has syntax errors; the document itself is wrong."),
    dict(id="pod2text-out-rofs", tool="pod2text",
         script=f"pod2text {F}/good.pod $M/README.txt", code="ERR_1012", mount="ro",
         path="$M/README.txt",
         why="The text output cannot be created on a read-only file system."),
    # --- pod2html -----------------------------------------------------------------------
    dict(id="pod2html-missing-infile", tool="pod2html",
         script="pod2html --infile=doc/manual.pod --outfile=manual.html", code="ERR_1003",
         path="doc/manual.pod", why="The POD input named on the command line does not exist."),
    dict(id="pod2html-out-eacces", tool="pod2html",
         script=f"pod2html --infile={F}/good.pod --outfile={RD}/tool.html --cachedir=.",
         code="ERR_1002", user=NOBODY, path=f"{RD}/tool.html",
         why="The job's user may not write the HTML into a root-owned directory."),
    dict(id="pod2html-out-full", tool="pod2html",
         script=f"pod2html --infile={F}/big.pod --outfile=$M/big.html --cachedir=.",
         code="ERR_1012", mount="full",
         path="$M/big.html",
         why="The HTML output does not fit: the disk is full."),
    dict(id="pod2html-cache-rofs", tool="pod2html",
         script=f"cd $M && pod2html --infile={F}/good.pod --outfile=/dev/null",
         code="ERR_1012", mount="ro",
         path="./pod2htmd.tmp",
         why="pod2html cannot write its cache files into the read-only working directory."),
    # --- podchecker / pod2usage -----------------------------------------------------------
    dict(id="neg-podchecker-errors", tool="podchecker",
         script=f"podchecker {F}/bad.pod", code="ERR_1007",
         why="The checker found POD syntax errors: a failed check of the job's own files."),
    dict(id="podchecker-missing", tool="podchecker",
         script="podchecker lib/App.pm", code="ERR_1003", path="lib/App.pm",
         why="The module to check does not exist."),
    dict(id="neg-podchecker-no-pod", tool="podchecker",
         script=f"podchecker {F}/nopod.pl", code="ERR_1007",
         why="The file has no POD at all; the check fails on the content, nothing is missing."),
    dict(id="podchecker-eacces", tool="podchecker",
         script=f"podchecker {L}/secret.txt", code="ERR_1002", user=NOBODY,
         path=f"{L}/secret.txt",
         why="The job's user may not read the file to check."),
    dict(id="pod2usage-missing", tool="pod2usage",
         script="pod2usage bin/deploy.pl", code="ERR_1003", path="bin/deploy.pl",
         why="The script whose usage is asked for does not exist."),
    # --- prove --------------------------------------------------------------------------
    dict(id="neg-prove-failing-test", tool="prove",
         script=f"cd {F} && prove t/fail.t", code="ERR_1007",
         why="A test assertion failed; the job's own tests fail."),
    dict(id="neg-prove-missing-module", tool="prove",
         script=f"cd {F} && prove t/dep.t", code="ERR_1007",
         why="The test needs a Perl module that is not installed, a missing dependency."),
    dict(id="neg-prove-bailout", tool="prove",
         script=f"cd {F} && prove t/bail.t", code="ERR_1007",
         why="The test bailed out on purpose; its message only quotes 'not found'."),
    dict(id="prove-missing-test", tool="prove",
         script="prove t/integration.t", code="ERR_1003", path="t/integration.t",
         why="The test file named on the command line does not exist."),
    dict(id="prove-exec-missing", tool="prove",
         script=f"cd {F} && prove --exec hodei-tap-runner t/ok.t", code="ERR_1001",
         command="hodei-tap-runner",
         why="The interpreter prove is told to run the tests with is not installed."),
    dict(id="prove-fork-limit", tool="prove",
         script=f"ulimit -u 1; exec prove {F}/t/ok.t {F}/t/fail.t", code="ERR_1004", user=NOBODY,
         why="Under a process limit of one, prove cannot start the test processes."),
    # --- json_pp ------------------------------------------------------------------------
    dict(id="neg-json_pp-bad-json", tool="json_pp",
         script=f"json_pp < {F}/bad.json", code="ERR_1007",
         why="The JSON input is malformed (trailing comma)."),
    dict(id="neg-json_pp-bad-format", tool="json_pp",
         script=f"json_pp -f yaml < {F}/bad.json", code="ERR_1007",
         why="An unsupported input format was asked for: a usage error."),
    dict(id="neg-json_pp-empty", tool="json_pp",
         script="json_pp < /dev/null", code="ERR_1007",
         why="Empty input is not JSON; the job fed it no data."),
    # --- ptar / ptardiff ----------------------------------------------------------------
    dict(id="ptar-missing-archive", tool="ptar",
         script="ptar -x -f backup/site.tar", code="ERR_1003", path="backup/site.tar",
         why="The archive to extract does not exist."),
    dict(id="neg-ptardiff-no-text-diff", tool="ptardiff",
         script=f"ptardiff {F}/data.tar", code="ERR_1007",
         why="ptardiff needs the Text::Diff Perl module, which is not installed: a missing library."),
    # --- shasum -------------------------------------------------------------------------
    dict(id="shasum-missing-file", tool="shasum",
         script="shasum -a 256 dist/app-1.0.tar.gz", code="ERR_1003",
         path="dist/app-1.0.tar.gz", why="The file to checksum does not exist."),
    dict(id="shasum-eacces", tool="shasum",
         script=f"shasum {L}/secret.txt", code="ERR_1002", user=NOBODY,
         path=f"{L}/secret.txt", why="The job's user may not read the file to checksum."),
    dict(id="neg-shasum-mismatch", tool="shasum",
         script=f"echo '0000000000000000000000000000000000000000000000000000000000000000  {F}/good.pod' > sums; shasum -a 256 -c sums",
         code="ERR_1007", why="The checksum does not match: a failed verification, the data is wrong."),
    dict(id="shasum-check-list-missing", tool="shasum",
         script="shasum -c release/SHA256SUMS", code="ERR_1003", path="release/SHA256SUMS",
         why="The checksum list to verify against does not exist."),
    dict(id="neg-shasum-bad-algorithm", tool="shasum",
         script=f"shasum -a 999 {F}/good.pod", code="ERR_1007",
         why="An unknown algorithm was requested: a usage error."),
    dict(id="neg-shasum-bad-lines", tool="shasum",
         script="printf 'not a checksum line\\n' > sums; shasum -c sums", code="ERR_1007",
         why="The checksum file holds no valid lines: bad input."),
    # --- piconv -------------------------------------------------------------------------
    dict(id="neg-piconv-unknown-encoding", tool="piconv",
         script=f"piconv -f hodei-8 -t utf8 {F}/utf8.txt", code="ERR_1007",
         why="The source encoding name is unknown: a usage error."),
    dict(id="neg-piconv-unmappable", tool="piconv",
         script=f"piconv -C 1 -f utf8 -t ascii {F}/utf8.txt", code="ERR_1007",
         why="The text holds characters the target encoding cannot represent: bad data."),
    # --- enc2xs / xsubpp / h2ph / h2xs ---------------------------------------------------
    dict(id="enc2xs-missing-ucm", tool="enc2xs",
         script="enc2xs maps/my.ucm", code="ERR_1003", path="maps/my.ucm",
         why="The encoding map file to compile does not exist."),
    dict(id="xsubpp-missing-xs", tool="xsubpp",
         script="xsubpp Hodei.xs > Hodei.c", code="ERR_1003", path="Hodei.xs",
         why="The XS source to translate does not exist."),
    dict(id="neg-xsubpp-parse-error", tool="xsubpp",
         script=f"xsubpp {F}/Bad.xs > Bad.c", code="ERR_1007",
         why="The XS source has a malformed function definition: the job's own code."),
    dict(id="xsubpp-missing-typemap", tool="xsubpp",
         script=f"xsubpp -typemap typemaps/custom.map {F}/Foo.xs > Foo.c", code="ERR_1003",
         path="typemaps/custom.map", why="The typemap file given with -typemap does not exist."),
    dict(id="h2ph-missing-destdir", tool="h2ph",
         script=f"h2ph -d out/ph {F}/hodei.h", code="ERR_1003", path="out/ph",
         why="The destination directory for the generated .ph files does not exist."),
    dict(id="h2ph-destdir-rofs", tool="h2ph",
         script=f"cp {F}/hodei.h . && h2ph -d $M hodei.h", code="ERR_1012", mount="ro",
         path="$M/_h2ph_pre.ph",
         why="The .ph file cannot be written into a read-only destination."),
    dict(id="h2ph-destdir-eacces", tool="h2ph",
         script=f"cp {F}/hodei.h . && h2ph -d {RD} hodei.h", code="ERR_1002", user=NOBODY,
         path=f"{RD}/_h2ph_pre.ph",
         why="The job's user may not write the .ph file into a root-owned directory."),
    dict(id="h2xs-missing-header", tool="h2xs",
         script="h2xs -n Hodei::Ext include/hodei_ext.h", code="ERR_1003",
         path="include/hodei_ext.h", why="The C header to build the extension from cannot be found."),
    dict(id="h2xs-cwd-rofs", tool="h2xs",
         script="cd $M && h2xs -X -n Hodei::Ext", code="ERR_1012", mount="ro",
         path="Hodei-Ext",
         why="The module skeleton cannot be created in a read-only directory."),
    dict(id="h2xs-cwd-eacces", tool="h2xs",
         script=f"cd {RD} && h2xs -X -n Hodei::Ext", code="ERR_1002", user=NOBODY,
         path="Hodei-Ext",
         why="The job's user may not create the skeleton directory in a root-owned directory."),
    # --- zipdetails ---------------------------------------------------------------------
    dict(id="zipdetails-missing", tool="zipdetails",
         script="zipdetails build/app.zip", code="ERR_1003", path="build/app.zip",
         why="The zip file to inspect does not exist."),
    dict(id="neg-zipdetails-not-zip", tool="zipdetails",
         script=f"zipdetails {F}/notzip.zip", code="ERR_1007",
         why="The file is not a zip archive: bad input data."),
    dict(id="neg-zipdetails-truncated", tool="zipdetails",
         script=f"zipdetails {F}/trunc.zip", code="ERR_1007",
         why="The zip archive is truncated: corrupt input."),
    # --- encguess -----------------------------------------------------------------------
    dict(id="encguess-missing", tool="encguess",
         script="encguess import/customers.csv", code="ERR_1003", path="import/customers.csv",
         why="The file whose encoding is to be guessed does not exist."),
    # --- pydoc3 / pdb3 / pygettext3 ------------------------------------------------------
    dict(id="neg-pydoc3-unknown", tool="pydoc3",
         script="pydoc3 hodei_reports 1>&2", code="ERR_1007",
         why="No module of that name exists in Python's world: an unknown name, not a file."),
    dict(id="neg-pydoc3-import-error", tool="pydoc3",
         script=f"cp {F}/app_dep.py . && pydoc3 ./app_dep.py 1>&2", code="ERR_1007",
         why="The module imports a package that is not installed: a missing dependency."),
    dict(id="neg-pydoc3-syntax", tool="pydoc3",
         script=f"cp {F}/app_syntax.py . && pydoc3 ./app_syntax.py 1>&2", code="ERR_1007",
         why="The module has a syntax error: the job's own code."),
    dict(id="pydoc3-write-rofs", tool="pydoc3",
         script=f"cd $M && pydoc3 -w {F}/goodmod.py 1>&2", code="ERR_1012", mount="ro",
         path="goodmod.html",
         why="The HTML page cannot be written into a read-only directory."),
    dict(id="pydoc3-write-eacces", tool="pydoc3",
         script=f"cd {RD} && pydoc3 -w {F}/goodmod.py 1>&2", code="ERR_1002", user=NOBODY,
         path="goodmod.html",
         why="The job's user may not write the HTML page into a root-owned directory."),
    dict(id="pdb3-missing-script", tool="pdb3",
         script="pdb3 scripts/migrate.py 1>&2", code="ERR_1003", path="scripts/migrate.py",
         why="The script to debug does not exist."),
    dict(id="pygettext3-out-rofs", tool="pygettext3",
         script=f"pygettext3 -o $M/messages.pot {F}/goodmod.py", code="ERR_1012", mount="ro",
         path="$M/messages.pot",
         why="The message catalogue cannot be written on a read-only file system."),
    dict(id="pygettext3-out-eacces", tool="pygettext3",
         script=f"pygettext3 -p {RD} {F}/goodmod.py", code="ERR_1002", user=NOBODY,
         path=f"{RD}/messages.pot",
         why="The job's user may not write the catalogue into a root-owned directory."),
    # --- erb / irb / ri / rdoc / racc ----------------------------------------------------
    dict(id="erb-missing-template", tool="erb",
         script="erb templates/nginx.conf.erb > nginx.conf", code="ERR_1003",
         path="templates/nginx.conf.erb", why="The template to render does not exist."),
    dict(id="neg-erb-syntax", tool="erb",
         script=f"erb {F}/unclosed.erb", code="ERR_1007",
         why="The template has an unclosed block: a syntax error in the job's template."),
    dict(id="neg-erb-undefined-name", tool="erb",
         script=f"erb {F}/undefined.erb", code="ERR_1007",
         why="The template uses a variable that was never defined: the template's own bug."),
    dict(id="erb-template-eacces", tool="erb",
         script=f"erb {L}/secret.txt", code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="The job's user may not read the template."),
    dict(id="irb-missing-script", tool="irb",
         script="irb scripts/console_setup.rb", code="ERR_1003", path="scripts/console_setup.rb",
         why="The script given to irb does not exist."),
    dict(id="neg-ri-unknown", tool="ri",
         script="ri Hodei::Reports", code="ERR_1007",
         why="ri knows no class of that name: an unknown name in its own world."),
    dict(id="rdoc-out-rofs", tool="rdoc",
         script=f"cd {F} && rdoc -o $M/doc lib", code="ERR_1012", mount="ro",
         path="$M/doc",
         why="The documentation cannot be generated into a read-only file system."),
    dict(id="rdoc-out-eacces", tool="rdoc",
         script=f"cd {F} && rdoc -o {RD}/doc lib", code="ERR_1002", user=NOBODY,
         path=f"{RD}/doc",
         why="The job's user may not create the output directory in a root-owned directory."),
    dict(id="racc-missing-grammar", tool="racc",
         script="racc3.1 -o parser.rb grammar/parser.y", code="ERR_1003", path="grammar/parser.y",
         why="The grammar file to compile does not exist."),
    dict(id="neg-racc-syntax", tool="racc",
         script=f"racc3.1 -o parser.rb {F}/bad.y", code="ERR_1007",
         why="The grammar has a syntax error: the job's own input."),
    dict(id="racc-out-rofs", tool="racc",
         script=f"racc3.1 -o $M/parser.rb {F}/good.y", code="ERR_1012", mount="ro",
         path="$M/parser.rb",
         why="The generated parser cannot be written on a read-only file system."),
    # --- more storage failures -----------------------------------------------------------
    dict(id="pygettext3-out-full", tool="pygettext3",
         script=f"pygettext3 -o $M/messages.pot {F}/goodmod.py", code="ERR_1012", mount="full",
         why="The catalogue cannot be written because the disk is full."),
    dict(id="h2xs-cwd-inodes", tool="h2xs",
         script="cd $M && h2xs -X -n Hodei::Ext", code="ERR_1012", mount="inodes",
         path="lib/Hodei",
         why="The skeleton directory cannot be made: no inodes are left."),
    dict(id="neg-erb-raise-words", tool="erb",
         script="printf '<%% raise \\x27deploy target read-only: permission denied\\x27 %%>\\n' > t.erb; erb t.erb",
         code="ERR_1007",
         why="The template raises its own error whose message only quotes storage and permission words."),

]
