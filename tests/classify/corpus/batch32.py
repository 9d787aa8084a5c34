"""Sealed batch 32: TeX engines and drivers, DVI/PostScript converters, DocBook and HTML
document toolchains, man page and spelling/style checkers."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (76.7% of codes, 56/73), then worked on."""
B = f"{R}/batch32"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
mkdir -p doc chapters bib rc dbk html man txt idx
printf '\\documentclass{article}\n\\begin{document}\nHello, world.\n\\end{document}\n' > doc/ok.tex
printf '\\documentclass{article}\n\\begin{document}\n\\input{chapters/introduction}\n\\end{document}\n' > doc/include.tex
printf '\\documentclass{hodeithesis}\n\\begin{document}\nAbstract.\n\\end{document}\n' > doc/class.tex
printf '\\documentclass{article}\n\\usepackage{hodeilayout}\n\\begin{document}\nBody.\n\\end{document}\n' > doc/style.tex
printf '\\documentclass{article}\n\\begin{document}\nThe result is \\hodeiresult{} here.\n\\end{document}\n' > doc/undef.tex
printf '\\documentclass{article}\n\\begin{document}\nThe file_name and x^2 values.\n\\end{document}\n' > doc/dollar.tex
printf '\\documentclass{article}\n\\begin{document}\n\\textbf{Unclosed bold\n\n\\end{document}\n' > doc/runaway.tex
printf '\\documentclass{article}\n\\usepackage{fontspec}\n\\setmainfont{Hodei Sans Pro}\n\\begin{document}\nText.\n\\end{document}\n' > doc/font.tex
printf '\\documentclass{article}\n\\begin{document}\n\\typeout{Checking: file not found, permission denied, no space left}\n\\begin{itemize}\nText.\n\\end{document}\n' > doc/env.tex
printf '\\documentclass{article}\n\\usepackage{biblatex}\n\\addbibresource{references.bib}\n\\begin{document}\n\\cite{knuth84}\n\\printbibliography\n\\end{document}\n' > bib/paper.tex
cp bib/paper.tex bib/badbib.tex
printf '@book{knuth84,\n  author = {Donald Knuth,\n  title = {The TeXbook}\n  year = 1984\n' > bib/references.bib
printf '$pdflatex = "hodei-pdflatex %%O %%S";\n' > rc/latexmkrc
cp doc/ok.tex rc/report.tex
mkdir -p bibrc arch/tools
printf '$biber = "hodei-biber %%O %%S";\n' > bibrc/latexmkrc
cp bib/paper.tex bibrc/paper.tex
printf '@book{knuth84, author={D. Knuth}, title={The TeXbook}, year=1984}\n' > bibrc/references.bib
printf '$pdflatex = "./tools/pdflatex %%O %%S";\n' > arch/latexmkrc
cp doc/ok.tex arch/report.tex
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('arch/tools/pdflatex', 'wb').write(d)"
chmod 755 arch/tools/pdflatex
printf 'not a dvi file at all\n' > doc/broken.dvi
printf '%%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\n72 72 moveto (Hello) show hodeiundefinedop\nshowpage\n' > doc/broken.ps
printf '%%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\n72 720 moveto (Hello) show\nshowpage\n' > doc/ok.ps
printf '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n<article><title>Guide</title><para>Hello.</para></article>\n' > dbk/ok.xml
printf '<?xml version="1.0"?>\n<article><title>Guide</title><para>Hello.</para>\n<section><title>Install</para></section>\n</article>\n' > dbk/bad.xml
printf '<html><body><h1>Hi</h1><p>Hello.</p></body></html>\n' > html/index.html
printf '.TH HODEI 1\n.SH NAME\nhodei \\- tool\n.SH DESCRIPTION\n.BI\n.Bl -tag\n.UNKNOWNMACRO x\ntext\n' > man/bad.1
printf '.Dd $Mdocdate$\n.Dt HODEI 1\n.Os\n.Sh NAME\n.Nm hodei\n.Nd run\n.Sh DESCRIPTION\n.Bl -tag\n.It Fl x\nfoo\n.Sh SEE ALSO\n.Xr nosuchpage 7\n' > man/lint.1
printf 'The file was not found becuase the daemon was denied acess to the directry.\n' > txt/notes.txt
printf 'Title\nAuthor\n\n= Intro =\nHello.\n' > txt/notes.t2t
printf '\\indexentry{alpha}{1}\n\\indexentry{beta}{2}\n' > idx/book.idx
printf '\\input texinfo\n@setfilename manual.info\n@settitle Manual\n@node Top\n@top Manual\n@hodeiunknowncommand\n@bye\n' > doc/manual.texi
printf '\\input texinfo\n@setfilename ok.info\n@settitle Ok\n@node Top\n@top Ok\nHello.\n@bye\n' > doc/ok.texi
tex -interaction=batchmode -output-directory=doc '\relax Hello\bye' >/dev/null 2>&1 || true
if [ -f doc/texput.dvi ]; then mv doc/texput.dvi doc/ok.dvi; fi
cp doc/ok.dvi doc/private.dvi
cp txt/notes.txt txt/private.txt
cp doc/ok.tex doc/private.tex
cp man/lint.1 man/private.1
cp doc/ok.ps doc/private.ps
chmod -R a+rX .
chmod 600 doc/private.dvi txt/private.txt doc/private.tex man/private.1 doc/private.ps
"""

NB = "nobody"
NS = "-interaction=nonstopmode"

CASES = [
    # --- lualatex / xelatex / tex ----------------------------------------------------------
    dict(id="lualatex-missing-input", tool="lualatex",
         script=f"lualatex {NS} /nonexistent/thesis.tex 1>&2", code="ERR_1003",
         why="the job named a TeX source that does not exist", path="/nonexistent/thesis.tex"),
    dict(id="lualatex-missing-include", miss="TeX cuts its own lines at 79 columns, and a cut memory statistic ends the tail as plain output", tool="lualatex",
         script=f"cp {B}/doc/include.tex .; lualatex {NS} include.tex 1>&2", code="ERR_1003",
         why="the document inputs a chapter file of its own project that is not there",
         path="chapters/introduction"),
    dict(id="xelatex-missing-class", tool="xelatex",
         script=f"cp {B}/doc/class.tex .; xelatex {NS} class.tex 1>&2", code="ERR_1007",
         why="the document class package is not installed, a missing dependency of the document"),
    dict(id="lualatex-missing-style", tool="lualatex",
         script=f"cp {B}/doc/style.tex .; lualatex {NS} style.tex 1>&2", code="ERR_1007",
         why="a LaTeX package the document uses is not installed, a missing dependency"),
    dict(id="neg-xelatex-undefined-macro", tool="xelatex",
         script=f"cp {B}/doc/undef.tex .; xelatex {NS} undef.tex 1>&2", code="ERR_1007",
         why="an undefined control sequence is an error in the document's own source"),
    dict(id="neg-lualatex-missing-dollar", tool="lualatex",
         script=f"cp {B}/doc/dollar.tex .; lualatex -halt-on-error {NS} dollar.tex 1>&2",
         code="ERR_1007",
         why="'Missing $ inserted' is a TeX syntax error in the document, nothing is missing on disk"),
    dict(id="neg-latex-runaway", tool="latex",
         script=f"cp {B}/doc/runaway.tex .; latex {NS} runaway.tex 1>&2", code="ERR_1007",
         why="an unclosed group makes a runaway argument, a syntax error of the document"),
    dict(id="neg-xelatex-font-not-found", tool="xelatex",
         script=f"cp {B}/doc/font.tex .; xelatex {NS} font.tex 1>&2", code="ERR_1007",
         why="the font named in the document is not known to fontconfig, an unknown name in the "
             "tool's world rather than a missing file the job named"),
    dict(id="neg-lualatex-env-mismatch", tool="lualatex",
         script=f"cp {B}/doc/env.tex .; lualatex {NS} env.tex 1>&2", code="ERR_1007",
         why="the document's itemize is never closed; the typeout only quotes error words"),
    dict(id="lualatex-unreadable-input", tool="lualatex",
         script=f"lualatex {NS} {B}/doc/private.tex 1>&2", code="ERR_1002", user=NB,
         why="the source file is mode 600 root and the job's user cannot read it",
         path=f"{B}/doc/private.tex"),
    # --- latexmk ---------------------------------------------------------------------------
    dict(id="latexmk-missing-source", tool="latexmk",
         script="latexmk -pdf thesis.tex", code="ERR_1003",
         why="latexmk was asked to build a source file that does not exist", path="thesis.tex"),
    dict(id="latexmk-engine-not-found", tool="latexmk",
         script=f"cp {B}/rc/latexmkrc {B}/rc/report.tex .; latexmk -pdf report.tex",
         code="ERR_1001", why="the engine the project's latexmkrc names is not installed",
         command="hodei-pdflatex"),
    dict(id="neg-latexmk-tex-error", tool="latexmk",
         script=f"cp {B}/doc/undef.tex .; latexmk -pdf -interaction=nonstopmode undef.tex 1>&2",
         code="ERR_1007", why="the engine failed on an error in the document's source"),
    dict(id="latexmk-missing-include", miss="latexmk's error summary after the engine's output names only the engine's return code", tool="latexmk",
         script=f"cp {B}/doc/include.tex .; latexmk -lualatex -interaction=nonstopmode include.tex 1>&2",
         code="ERR_1003", why="a chapter file the document inputs does not exist",
         path="chapters/introduction"),
    # --- biber -----------------------------------------------------------------------------
    dict(id="biber-missing-bcf", tool="biber",
         script="biber thesis 1>&2", code="ERR_1003",
         why="the control file biber needs was never produced, it does not exist",
         path="thesis.bcf"),
    dict(id="biber-missing-bib", tool="biber",
         script=f"cp {B}/bib/paper.tex .; lualatex {NS} paper.tex >/dev/null 2>&1; biber paper 1>&2",
         code="ERR_1003", why="the bibliography database the document names does not exist",
         path="references.bib"),
    dict(id="neg-biber-bad-bib", tool="biber",
         script=f"cp {B}/bib/badbib.tex {B}/bib/references.bib .; lualatex {NS} badbib.tex "
                ">/dev/null 2>&1; biber badbib 1>&2",
         code="ERR_1007", why="the bibliography database has a syntax error"),
    # --- xindy -----------------------------------------------------------------------------
    dict(id="texindy-missing-idx", tool="texindy",
         script="texindy /nonexistent/book.idx", code="ERR_1003",
         why="the index file to process does not exist", path="/nonexistent/book.idx"),
    dict(id="neg-xindy-unknown-language", tool="texindy",
         script=f"texindy -L klingon {B}/idx/book.idx", code="ERR_1007",
         why="the language named is not one xindy knows"),
    # --- chktex / lacheck ------------------------------------------------------------------
    dict(id="neg-chktex-warnings", tool="chktex",
         script=f"chktex -q {B}/doc/dollar.tex {B}/doc/env.tex 1>&2", code="ERR_1007",
         why="chktex found problems in the sources, a failed check"),
    # --- dvips / dvipdfmx / dvisvgm --------------------------------------------------------
    dict(id="dvips-missing-dvi", tool="dvips",
         script="dvips -o paper.ps /nonexistent/paper.dvi", code="ERR_1003",
         why="the DVI file to convert does not exist", path="/nonexistent/paper.dvi"),
    dict(id="neg-dvips-bad-dvi", tool="dvips",
         script=f"dvips -o out.ps {B}/doc/broken.dvi", code="ERR_1007",
         why="the input is not a DVI file, bad input data"),
    dict(id="dvipdfmx-missing-dvi", tool="dvipdfmx",
         script="dvipdfmx -o paper.pdf build/paper.dvi", code="ERR_1003",
         why="the DVI file to convert does not exist", path="build/paper.dvi"),
    dict(id="neg-dvipdfmx-bad-dvi", tool="dvipdfmx",
         script=f"dvipdfmx -o out.pdf {B}/doc/broken.dvi", code="ERR_1007",
         why="the input is not a DVI file; corrupt input"),
    dict(id="dvisvgm-missing-dvi", tool="dvisvgm",
         script="dvisvgm -o fig.svg figures/fig1.dvi", code="ERR_1003",
         why="the DVI file to convert does not exist", path="figures/fig1.dvi"),
    dict(id="neg-dvisvgm-bad-dvi", tool="dvisvgm",
         script=f"dvisvgm -o out.svg {B}/doc/broken.dvi", code="ERR_1007",
         why="the input is not a DVI file"),
    # --- ps2pdf / ps2ps --------------------------------------------------------------------
    dict(id="ps2pdf-missing-input", miss="Ghostscript says the OS error on its own line after its stack dump; the file is named only in the dump", tool="ps2pdf",
         script="ps2pdf build/report.ps report.pdf", code="ERR_1003",
         why="the PostScript file to convert does not exist", path="build/report.ps"),
    dict(id="neg-ps2pdf-ps-error", tool="ps2pdf",
         script=f"ps2pdf {B}/doc/broken.ps out.pdf", code="ERR_1007",
         why="the PostScript program calls an undefined operator, bad input"),
    dict(id="ps2pdf-full-disk", miss="Ghostscript's 'ioerror (-12) on closing pdfwrite device' says a write failed, in its own words", tool="ps2pdf",
         script=f"ps2pdf {B}/doc/ok.ps $M/report.pdf", code="ERR_1012", mount="full",
         why="the output file system is full"),
    dict(id="ps2ps-unreadable", miss="Ghostscript says the OS error on its own line after its stack dump; the file is named only in the dump", tool="ps2ps",
         script=f"ps2ps {B}/doc/private.ps out.ps", code="ERR_1002", user=NB,
         why="the input is mode 600 root", path=f"{B}/doc/private.ps"),
    dict(id="ps2pdf-fork-eagain", tool="ps2pdf",
         script=f"ulimit -u 1; ps2pdf {B}/doc/ok.ps out.pdf", code="ERR_1004", user=NB,
         why="under a process limit the wrapper script could not start ghostscript"),
    # --- make4ht / htlatex -----------------------------------------------------------------
    dict(id="make4ht-missing-input", tool="make4ht",
         script="make4ht site/index.tex 1>&2", code="ERR_1003",
         why="the TeX source to convert does not exist", path="site/index.tex"),
    dict(id="neg-htlatex-tex-error", tool="htlatex",
         script=f"cp {B}/doc/undef.tex .; htlatex undef.tex '' '' '' -interaction=nonstopmode 1>&2",
         code="ERR_1007", why="the TeX run inside htlatex failed on the document's own error"),
    # --- texi2pdf --------------------------------------------------------------------------
    dict(id="texi2pdf-missing-input", miss="the path kept is as texi2dvi prints it, with its './'", tool="texi2pdf",
         script="texi2pdf doc/manual.texi", code="ERR_1003",
         why="the Texinfo source does not exist", path="doc/manual.texi"),
    dict(id="neg-texi2pdf-unknown-command", tool="texi2pdf",
         script=f"cp {B}/doc/manual.texi .; texi2pdf --batch manual.texi 1>&2", code="ERR_1007",
         why="the Texinfo source uses an unknown @-command, an error in the document"),
    dict(id="de-texi2pdf-missing-input", miss="the path kept is as texi2dvi prints it, with its './'", tool="texi2pdf",
         script="texi2pdf doku/handbuch.texi", code="ERR_1003", lang="de_DE.UTF-8",
         why="the Texinfo source does not exist", path="doku/handbuch.texi"),
    # --- xmlto / dblatex -------------------------------------------------------------------
    dict(id="xmlto-missing-input", miss="the path kept is the absolute one xmlto prints, not the relative one given", tool="xmlto",
         script="xmlto html-nochunks docs/guide.xml", code="ERR_1003",
         why="the DocBook source does not exist", path="docs/guide.xml"),
    dict(id="neg-xmlto-bad-xml", tool="xmlto",
         script=f"xmlto --skip-validation html-nochunks {B}/dbk/bad.xml", code="ERR_1007",
         why="the DocBook source is not well-formed XML"),
    dict(id="xmlto-outdir-denied", tool="xmlto",
         script=f"xmlto --skip-validation -o {RD} html-nochunks {B}/dbk/ok.xml", code="ERR_1002",
         user=NB, why="the job's user may not write into the output directory",
         path=f"{RD}/ok.html"),
    dict(id="xmlto-fork-eagain", tool="xmlto",
         script=f"ulimit -u 1; xmlto --skip-validation html-nochunks {B}/dbk/ok.xml",
         code="ERR_1004", user=NB, why="under a process limit xmlto could not start its helpers"),
    dict(id="dblatex-missing-input", miss="libxml2's 'failed to load external entity' is a warning; dblatex's last words are its own", tool="dblatex",
         script="dblatex -o guide.pdf docs/guide.xml", code="ERR_1003",
         why="the DocBook source does not exist", path="docs/guide.xml"),
    dict(id="dblatex-fork-eagain", tool="dblatex",
         script=f"ulimit -u 1; dblatex -o out.pdf {B}/dbk/ok.xml", code="ERR_1004", user=NB,
         why="under a process limit dblatex could not start its XSLT and TeX helpers"),
    dict(id="neg-dblatex-bad-xml", tool="dblatex",
         script=f"dblatex -o out.pdf {B}/dbk/bad.xml", code="ERR_1007",
         why="the DocBook source is not well-formed XML"),
    # --- htmldoc ---------------------------------------------------------------------------
    dict(id="htmldoc-missing-input", tool="htmldoc",
         script="htmldoc --webpage -f manual.pdf site/index.html", code="ERR_1003",
         why="the HTML file to convert does not exist", path="site/index.html"),
    dict(id="htmldoc-output-denied", tool="htmldoc",
         script=f"htmldoc --webpage -f {RD}/manual.pdf {B}/html/index.html", code="ERR_1002",
         user=NB, why="the job's user may not write the output file", path=f"{RD}/manual.pdf"),
    # --- mandoc ----------------------------------------------------------------------------
    dict(id="mandoc-missing-page", miss="'bad command line argument' sits between the path and the errno", tool="mandoc",
         script="mandoc -Tutf8 man/hodei.1 >/dev/null", code="ERR_1003",
         why="the manual page source does not exist", path="man/hodei.1"),
    dict(id="mandoc-unreadable", tool="mandoc",
         script=f"mandoc -Tutf8 {B}/man/private.1 >/dev/null", code="ERR_1002", user=NB,
         why="the page source is mode 600 root", path=f"{B}/man/private.1"),
    dict(id="neg-mandoc-lint", tool="mandoc",
         script=f"mandoc -Tlint -W warning {B}/man/lint.1 1>&2", code="ERR_1007",
         why="the lint check reports problems in the page; a referenced page not found is a "
             "finding, not a missing file"),
    # --- aspell / enchant-2 ----------------------------------------------------------------
    dict(id="aspell-missing-file", tool="aspell",
         script="aspell -c docs/README.txt", code="ERR_1003",
         why="the file to spell-check does not exist", path="docs/README.txt"),
    dict(id="neg-aspell-no-dictionary", tool="aspell",
         script=f"aspell -l tlh list < {B}/txt/notes.txt", code="ERR_1007",
         why="no dictionary exists for the language named, a missing language dependency"),
    dict(id="neg-aspell-misspellings", tool="aspell",
         script=f"words=$(aspell -l en list < {B}/txt/notes.txt); "
                "if [ -n \"$words\" ]; then echo \"spelling errors: $words\" >&2; exit 1; fi",
         code="ERR_1007",
         why="the spelling check found misspelled words in a text about missing files"),
    dict(id="enchant-missing-file", tool="enchant-2",
         script="enchant-2 -l -d en_US CHANGES.txt", code="ERR_1003",
         why="the file to check does not exist", path="CHANGES.txt"),
    dict(id="neg-enchant-no-dictionary", tool="enchant-2",
         script=f"enchant-2 -l -d xx_HODEI {B}/txt/notes.txt", code="ERR_1007",
         why="no dictionary exists for the language named"),
    # --- diction / style -------------------------------------------------------------------
    # --- txt2tags --------------------------------------------------------------------------
    dict(id="txt2tags-missing-file", tool="txt2tags",
         script="txt2tags -t html notes/index.t2t", code="ERR_1003",
         why="the source to convert does not exist", path="notes/index.t2t"),
    dict(id="neg-txt2tags-bad-target", tool="txt2tags",
         script=f"txt2tags -t hodeiformat -o out.x {B}/txt/notes.t2t", code="ERR_1007",
         why="the target format named is unknown, a usage error"),
    # --- TeX maintenance -------------------------------------------------------------------
    # --- more output and spawn situations --------------------------------------------------
    dict(id="xmlto-rofs", tool="xmlto",
         script=f"xmlto --skip-validation -o $M html-nochunks {B}/dbk/ok.xml", code="ERR_1012",
         mount="ro", why="the output directory is on a read-only file system"),
    dict(id="xmlto-full-disk", tool="xmlto",
         script=f"xmlto --skip-validation -o $M html-nochunks {B}/dbk/ok.xml", code="ERR_1012",
         mount="full", why="the output directory's file system is full"),
    dict(id="htmldoc-rofs", tool="htmldoc",
         script=f"htmldoc --webpage -f $M/manual.pdf {B}/html/index.html", code="ERR_1012",
         mount="ro", why="the output goes to a read-only file system"),
    dict(id="htmldoc-inodes", tool="htmldoc",
         script=f"for ch in 1 2 3 4 5; do htmldoc --webpage -f $M/ch$ch.pdf {B}/html/index.html || exit 1; done",
         code="ERR_1012", mount="inodes", why="the output file system ran out of inodes"),
    dict(id="biber-full-disk", tool="biber",
         script=f"cp {B}/bib/paper.tex .; printf '@book{{knuth84, author={{D. Knuth}}, title={{The TeXbook}}, year=1984}}\\n' > references.bib; "
                f"lualatex {NS} paper.tex >/dev/null 2>&1; biber --output-directory=$M paper 1>&2",
         code="ERR_1012", mount="full", why="biber could not write its output on a full file system"),
    dict(id="fr-aspell-missing-file", tool="aspell",
         script="aspell -c docs/LISEZMOI.txt", code="ERR_1003", lang="fr_FR.UTF-8",
         why="the file to spell-check does not exist", path="docs/LISEZMOI.txt"),
    dict(id="de-aspell-missing-file", tool="aspell",
         script="aspell -c doku/LIESMICH.txt", code="ERR_1003", lang="de_DE.UTF-8",
         why="the file to spell-check does not exist", path="doku/LIESMICH.txt"),
    dict(id="neg-es-aspell-no-dictionary", tool="aspell",
         script=f"aspell -l tlh list < {B}/txt/notes.txt", code="ERR_1007", lang="es_ES.UTF-8",
         why="no dictionary exists for the language named"),
    dict(id="pt-latexmk-missing-source", tool="latexmk",
         script="latexmk -pdf tese.tex", code="ERR_1003", lang="pt_BR.UTF-8",
         why="the source file to build does not exist", path="tese.tex"),
    dict(id="xmlto-missing-stylesheet", miss="the path kept is the absolute one xmlto prints, not the relative one given", tool="xmlto",
         script=f"xmlto --skip-validation -m docs/custom-html.xsl html-nochunks {B}/dbk/ok.xml",
         code="ERR_1003", why="the customisation stylesheet the job names does not exist",
         path="docs/custom-html.xsl"),
    dict(id="dblatex-missing-params", tool="dblatex",
         script=f"dblatex -p docs/params.xsl -o out.pdf {B}/dbk/ok.xml", code="ERR_1003",
         why="the parameter stylesheet the job names does not exist", path="docs/params.xsl"),
    dict(id="neg-xmlto-unknown-format", tool="xmlto",
         script=f"xmlto --skip-validation hodeibook {B}/dbk/ok.xml", code="ERR_1007",
         why="the output format named is not one xmlto knows, a usage error"),
    dict(id="neg-htmldoc-bad-option", tool="htmldoc",
         script=f"htmldoc --webpage --hodei-toc -f out.pdf {B}/html/index.html 1>&2", code="ERR_1007",
         why="an unknown option, a usage error"),
    dict(id="neg-mandoc-bad-output", tool="mandoc",
         script=f"mandoc -Thodei {B}/man/lint.1", code="ERR_1007",
         why="an unknown output type, a usage error"),
    dict(id="latexmk-exec-format", tool="latexmk",
         script=f"cp -r {B}/arch/. .; latexmk -pdf report.tex", code="ERR_1004",
         why="the engine binary the project's latexmkrc runs is built for another architecture"),
    dict(id="it-aspell-missing-file", tool="aspell",
         script="aspell -c documenti/LEGGIMI.txt", code="ERR_1003", lang="it_IT.UTF-8",
         why="the file to spell-check does not exist", path="documenti/LEGGIMI.txt"),
    dict(id="biber-rofs", tool="biber",
         script=f"cp {B}/bib/paper.tex .; printf '@book{{knuth84, author={{D. Knuth}}, title={{The TeXbook}}, year=1984}}\\n' > references.bib; "
                f"lualatex {NS} paper.tex >/dev/null 2>&1; biber --output-directory=$M paper 1>&2",
         code="ERR_1012", mount="ro", why="biber's output directory is on a read-only file system"),
    dict(id="latexmk-biber-not-found", tool="latexmk",
         script=f"cp -r {B}/bibrc/. .; latexmk -lualatex -interaction=nonstopmode paper.tex",
         code="ERR_1001", why="the bibliography processor the project's latexmkrc names is not installed",
         command="hodei-biber"),
]
