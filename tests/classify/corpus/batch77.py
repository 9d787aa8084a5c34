"""Corpus batch 77: e-books and localisation files: calibre's command lines (ebook-convert,
ebook-meta, ebook-polish, calibredb, lrf2lrs, calibre-customize, calibre-smtp), EPUBCheck,
GNU gettext's catalogue tools (msguniq, msgen, msgcmp, msgcomm, msggrep, msgfilter, msgexec),
the Translate Toolkit, Babel, Qt's lconvert, intltool, docutils writers and rst2pdf."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (93.3% of codes, 84/90), then worked on."""
B = f"{R}/batch77"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"
EPUBCHECK = "java -jar /usr/share/java/epubcheck.jar"

FIXTURES = r"""
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
cat > de.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: de\n"

#: src/main.c:10
msgid "Open file"
msgstr "Datei öffnen"

#: src/main.c:12
#, c-format
msgid "Saved %d items"
msgstr "%d Einträge gespeichert"

msgid "Quit"
msgstr ""
EOF
cat > broken.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Open file"
msgstr "Datei öffnen

msgid "Quit"
EOF
cat > dup.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Open file"
msgstr "Datei öffnen"

msgid "Open file"
msgstr "Datei aufmachen"
EOF
cat > app.pot <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Open file"
msgstr ""

msgid "Export"
msgstr ""
EOF
cp de.po secret.po
printf 'Internal notes\n==============\n\nDraft.\n' > secret.rst
python3 -c "
import sys
out = open('big.po', 'w')
out.write('msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\\\n\"\n')
for i in range(3000):
    out.write('\n#: src/screens/s%d.c:%d\nmsgid \"Label number %d on the settings screen\"\n'
              'msgstr \"Beschriftung Nummer %d auf dem Einstellungsbildschirm\"\n' % (i % 40, i, i, i))
"
mkdir -p proj/locale rolocale/de/LC_MESSAGES
printf 'from gettext import gettext as _\nprint(_("Hello"))\n' > proj/app.py
printf '[python: **.py]\n' > proj/babel.cfg
cp de.po rolocale/de/LC_MESSAGES/messages.po
printf 'Chapter 1\n\nIt was a dark night.\n' > book.txt
printf 'Guide\n=====\n\nSome *text*.\n' > ok.rst
printf 'Guide\n=====\n\nSee :nosuchrole:`x` here.\n' > bad.rst
printf 'Guide\n=====\n\n.. include:: /nonexistent/common.rst\n' > inc.rst
python3 - <<'EOF'
import zipfile
CONTAINER = ('<?xml version="1.0"?><container version="1.0" '
             'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
             '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>')
def book(name, opf, chapter, nav=True):
    z = zipfile.ZipFile(name, 'w')
    z.writestr(zipfile.ZipInfo('mimetype', (2020, 1, 1, 0, 0, 0)), 'application/epub+zip')
    z.writestr(zipfile.ZipInfo('META-INF/container.xml', (2020, 1, 1, 0, 0, 0)), CONTAINER)
    z.writestr(zipfile.ZipInfo('OEBPS/content.opf', (2020, 1, 1, 0, 0, 0)), opf)
    if nav:
        z.writestr(zipfile.ZipInfo('OEBPS/nav.xhtml', (2020, 1, 1, 0, 0, 0)),
                   '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
                   'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Nav</title></head><body>'
                   '<nav epub:type="toc"><ol><li><a href="c1.xhtml">Chapter 1</a></li></ol></nav>'
                   '</body></html>')
    z.writestr(zipfile.ZipInfo('OEBPS/c1.xhtml', (2020, 1, 1, 0, 0, 0)), chapter)
    z.close()
book('book.epub', '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
     'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
     '<dc:identifier id="id">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>'
     '<dc:title>Night</dc:title><dc:language>en</dc:language>'
     '<meta property="dcterms:modified">2024-01-01T00:00:00Z</meta></metadata><manifest>'
     '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
     '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
     '<spine><itemref idref="c1"/></spine></package>',
     '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
     '<title>C1</title></head><body><h1>Chapter 1</h1><p>It was a dark night.</p></body></html>')
book('bad.epub', '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
     'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
     '<dc:identifier id="id">x</dc:identifier><dc:title>Night</dc:title><dc:language>en</dc:language>'
     '</metadata><manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>'
     '<item id="img" href="images/cover.jpg" media-type="image/jpeg"/></manifest>'
     '<spine><itemref idref="c1"/></spine></package>',
     '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
     '<title>C1</title></head><body><h1>Chapter 1<p>It was a dark night.</p></body></html>', nav=False)
import shutil
shutil.copyfile('book.epub', 'secret.epub')
open('corrupt.epub', 'wb').write(bytes((i * 37 + 11) % 256 for i in range(3000)))
EOF
mkdir -p home lib
HOME=$PWD/home calibredb add book.epub --library-path lib >/dev/null 2>&1
rm -rf home
chmod -R a+rX .
chmod 600 secret.po secret.rst secret.epub
"""



def _case(id, tool, script, code, why, **kw):
    return {"id": id, "tool": tool, "script": script, "code": code, "why": why, **kw}


CASES = [
    # --- GNU gettext catalogue tools ----------------------------------------------------------
    _case("msguniq-input-missing", "msguniq", "msguniq /nonexistent/po/de.po -o de.po",
          "ERR_1003", "the catalogue to deduplicate does not exist",
          path="/nonexistent/po/de.po"),
    _case("neg-msguniq-syntax", "msguniq", f"msguniq {B}/broken.po -o de.po", "ERR_1007",
          "the catalogue has an unterminated string and a message without msgstr: bad input data"),
    _case("msguniq-output-dir-missing", "msguniq",
          f"msguniq -d {B}/dup.po -o /nonexistent/out/dups.po", "ERR_1003",
          "the output file's directory does not exist", path="/nonexistent/out/dups.po"),
    _case("msguniq-read-only", "msguniq", f"msguniq {B}/de.po -o $M/de.po", "ERR_1012",
          "the output is on a read-only file system", mount="ro", path="$M/de.po"),
    _case("de-msguniq-input-missing", "msguniq", "msguniq /nonexistent/po/de.po -o de.po",
          "ERR_1003", "the catalogue to deduplicate does not exist (German messages)",
          lang="de_DE.UTF-8", path="/nonexistent/po/de.po"),
    _case("neg-de-msguniq-syntax", "msguniq", f"msguniq {B}/broken.po", "ERR_1007",
          "the catalogue is malformed (German messages): bad input data", lang="de_DE.UTF-8"),
    _case("msgen-input-missing", "msgen", "msgen /nonexistent/po/app.pot -o en.po", "ERR_1003",
          "the template to copy into an English catalogue does not exist",
          path="/nonexistent/po/app.pot"),
    _case("neg-msgen-syntax", "msgen", f"msgen {B}/broken.po -o en.po", "ERR_1007",
          "the input catalogue is malformed: bad input data"),
    _case("msgen-output-denied", "msgen", f"msgen {B}/app.pot -o {RD}/en.po", "ERR_1002",
          "the job's user may not create files in the output directory", user=NOBODY,
          path=f"{RD}/en.po"),
    _case("msgen-no-inodes", "msgen", f"set -e; for l in en_GB en_US en_AU en_CA; do msgen {B}/app.pot -o $M/$l.po; done",
          "ERR_1012",
          "the file system has no inodes left for the new catalogue", mount="inodes"),
    _case("neg-msgcmp-undefined", "msgcmp", f"msgcmp {B}/de.po {B}/app.pot", "ERR_1007",
          "the translation lacks a message the template uses: a failed check of the job's data"),
    _case("msgcmp-ref-missing", "msgcmp", f"msgcmp {B}/de.po /nonexistent/po/app.pot",
          "ERR_1003", "the reference template does not exist", path="/nonexistent/po/app.pot"),
    _case("fr-msgcmp-ref-missing", "msgcmp", f"msgcmp {B}/de.po /nonexistent/po/app.pot",
          "ERR_1003", "the reference template does not exist (French messages)",
          lang="fr_FR.UTF-8", path="/nonexistent/po/app.pot"),
    _case("msgcomm-input-missing", "msgcomm", f"msgcomm {B}/de.po /nonexistent/po/fr.po",
          "ERR_1003", "one of the catalogues to compare does not exist",
          path="/nonexistent/po/fr.po"),
    _case("msgcomm-input-denied", "msgcomm", f"msgcomm {B}/de.po {B}/secret.po", "ERR_1002",
          "the job's user may not read one of the catalogues (mode 600, owned by root)",
          user=NOBODY, path=f"{B}/secret.po"),
    _case("msggrep-input-missing", "msggrep", "msggrep -K -e Open /nonexistent/po/de.po",
          "ERR_1003", "the catalogue to search does not exist", path="/nonexistent/po/de.po"),
    _case("neg-msggrep-bad-regex", "msggrep", f"msggrep -K -e 'Open[' {B}/de.po", "ERR_1007",
          "the job's search pattern is not a valid regular expression"),
    _case("it-msggrep-input-denied", "msggrep", f"msggrep -K -e Open {B}/secret.po",
          "ERR_1002", "the job's user may not read the catalogue (Italian messages)",
          user=NOBODY, lang="it_IT.UTF-8", path=f"{B}/secret.po"),
    _case("msgfilter-filter-missing", "msgfilter",
          f"msgfilter -i {B}/de.po -o out.po hodei-transliterate", "ERR_1001",
          "the filter program msgfilter runs on every message is not installed",
          command="hodei-transliterate"),
    _case("es-msgfilter-filter-missing", "msgfilter",
          f"msgfilter -i {B}/de.po -o out.po hodei-transliterate", "ERR_1001",
          "the filter program is not installed (Spanish messages)", lang="es_ES.UTF-8",
          command="hodei-transliterate"),
    _case("msgfilter-exec-format", "msgfilter", f"msgfilter -i {B}/de.po -o out.po {B}/foreign",
          "ERR_1004", "the filter is a binary for another architecture: exec format error"),
    _case("neg-msgfilter-sed-script", "msgfilter",
          f"msgfilter -i {B}/de.po -o out.po sed -e 'q;s'", "ERR_1007",
          "the job's sed script is invalid, so the filter exits at once (the broken pipe follows)"),
    _case("msgfilter-process-limit", "msgfilter",
          f"ulimit -u 1; msgfilter -i {B}/de.po -o out.po sed -e s/a/b/", "ERR_1004",
          "the process limit stops msgfilter from starting its filter", user=NOBODY),
    _case("msgexec-command-missing", "msgexec", f"msgexec -i {B}/de.po hodei-tts-render",
          "ERR_1001", "the program msgexec runs for each message is not installed",
          command="hodei-tts-render"),
    _case("msgexec-exec-format", "msgexec", f"msgexec -i {B}/de.po {B}/foreign", "ERR_1004",
          "the program to run is a binary for another architecture: exec format error"),
    _case("msgexec-process-limit", "msgexec", f"ulimit -u 1; msgexec -i {B}/de.po wc -c",
          "ERR_1004", "the process limit stops msgexec from starting its command", user=NOBODY),
    # --- Translate Toolkit -----------------------------------------------------------------------
    _case("neg-pocount-conflicting-options", "pocount", f"pocount --csv --short {B}/de.po",
          "ERR_1007", "two output styles that exclude each other: a usage error"),
    _case("neg-pofilter-unknown-test", "pofilter",
          f"pofilter -t nosuchcheck {B}/de.po report.po", "ERR_1007",
          "the job names a check pofilter does not have: a usage error"),
    _case("neg-pogrep-bad-search-field", "pogrep",
          f"pogrep --search=title Open {B}/de.po hits.po", "ERR_1007",
          "the job names a search field pogrep does not know: a usage error"),
    _case("neg-podebug-bad-rewrite", "podebug", f"podebug --rewrite=pirate {B}/de.po debug.po",
          "ERR_1007", "the job asks for a rewrite style podebug does not have: a usage error"),
    # --- Babel ------------------------------------------------------------------------------------
    _case("pybabel-compile-input-missing", "pybabel",
          "pybabel compile -i /nonexistent/po/de.po -o messages.mo", "ERR_1003",
          "the catalogue to compile does not exist", path="/nonexistent/po/de.po"),
    _case("neg-pybabel-compile-syntax", "pybabel",
          f"pybabel compile -i {B}/broken.po -o messages.mo", "ERR_1007",
          "Babel's parser crashes on the malformed catalogue: bad input data"),
    _case("pybabel-extract-mapping-missing", "pybabel",
          f"pybabel extract -F /nonexistent/babel.cfg -o messages.pot {B}/proj", "ERR_1003",
          "the extraction mapping file does not exist", path="/nonexistent/babel.cfg"),
    _case("pybabel-extract-output-dir-missing", "pybabel",
          f"pybabel extract -o /nonexistent/i18n/messages.pot {B}/proj", "ERR_1003",
          "the template's output directory does not exist", path="/nonexistent/i18n/messages.pot"),
    _case("pybabel-extract-disk-full", "pybabel",
          f"pybabel extract -o $M/messages.pot {B}/proj", "ERR_1012",
          "writing the template fails because the disk is full", mount="full"),
    _case("pybabel-init-template-missing", "pybabel",
          "mkdir locale; pybabel init -i /nonexistent/po/app.pot -d locale -l de", "ERR_1003",
          "the template to start a German catalogue from does not exist",
          path="/nonexistent/po/app.pot"),
    _case("neg-pybabel-init-unknown-locale", "pybabel",
          f"mkdir locale; pybabel init -i {B}/app.pot -d locale -l xx_NOPE", "ERR_1007",
          "the job names a locale Babel does not know"),
    _case("pybabel-update-dir-missing", "pybabel",
          f"pybabel update -i {B}/app.pot -d /nonexistent/locale", "ERR_1003",
          "the catalogue directory to update does not exist", path="/nonexistent/locale"),
    _case("pybabel-compile-output-denied", "pybabel", f"pybabel compile -d {B}/rolocale",
          "ERR_1002", "the job's user may not write the compiled catalogue beside its source",
          user=NOBODY, path=f"{B}/rolocale/de/LC_MESSAGES/messages.mo"),
    # --- Qt lconvert ------------------------------------------------------------------------------
    _case("lconvert-input-missing", "lconvert",
          "lconvert -i /nonexistent/i18n/app_de.ts -o app_de.qm", "ERR_1003",
          "the Qt translation source does not exist", path="/nonexistent/i18n/app_de.ts"),
    _case("neg-lconvert-po-syntax", "lconvert", f"lconvert -i {B}/broken.po -o app_de.ts",
          "ERR_1007", "the catalogue to convert is malformed: bad input data"),
    _case("lconvert-output-dir-missing", "lconvert",
          f"lconvert -i {B}/de.po -o /nonexistent/out/app_de.qm", "ERR_1003",
          "the output file's directory does not exist", path="/nonexistent/out/app_de.qm"),
    _case("neg-lconvert-unknown-format", "lconvert",
          f"lconvert -i {B}/de.po -o app_de.qm -of qph2", "ERR_1007",
          "the job names an output format lconvert does not have: a usage error"),
    _case("lconvert-read-only", "lconvert", f"lconvert -i {B}/de.po -o $M/app_de.qm",
          "ERR_1012", "the output is on a read-only file system", mount="ro", path="$M/app_de.qm"),
    _case("lconvert-output-denied", "lconvert", f"lconvert -i {B}/de.po -o {RD}/app_de.qm",
          "ERR_1002", "the job's user may not create files in the output directory",
          user=NOBODY, path=f"{RD}/app_de.qm"),
    # --- intltool ---------------------------------------------------------------------------------
    _case("intltool-extract-input-missing", "intltool-extract",
          "intltool-extract --type=gettext/xml data/app.xml.in", "ERR_1003",
          "the XML file to extract strings from does not exist", path="./data/app.xml.in"),
    # --- docutils writers and rst2pdf --------------------------------------------------------------
    _case("rst2man-input-missing", "rst2man", "rst2man /nonexistent/doc/tool.rst tool.1",
          "ERR_1003", "the manual page source does not exist", path="/nonexistent/doc/tool.rst"),
    _case("rst2man-include-missing", "rst2man", f"rst2man {B}/inc.rst tool.1", "ERR_1003",
          "a file the document includes does not exist", path="/nonexistent/common.rst"),
    _case("neg-rst2man-strict", "rst2man", f"rst2man --strict {B}/bad.rst tool.1", "ERR_1007",
          "strict mode stops on a message about the document's unknown role: the document's own fault"),
    _case("rst2man-disk-full", "rst2man", f"rst2man {B}/ok.rst $M/tool.1", "ERR_1012",
          "writing the manual page fails because the disk is full", mount="full"),
    _case("rst2latex-input-missing", "rst2latex", "rst2latex /nonexistent/doc/guide.rst guide.tex",
          "ERR_1003", "the document to convert does not exist", path="/nonexistent/doc/guide.rst"),
    _case("neg-rst2latex-halt", "rst2latex", f"rst2latex --halt=error {B}/bad.rst guide.tex",
          "ERR_1007", "the document uses an unknown role and the job halts on errors"),
    _case("rst2latex-output-denied", "rst2latex", f"rst2latex {B}/ok.rst {RD}/guide.tex",
          "ERR_1002", "the job's user may not create files in the output directory",
          user=NOBODY, path=f"{RD}/guide.tex"),
    _case("rst2odt-output-dir-missing", "rst2odt", f"rst2odt {B}/ok.rst /nonexistent/out/guide.odt",
          "ERR_1003", "the output file's directory does not exist",
          path="/nonexistent/out/guide.odt"),
    _case("rst2xml-read-only", "rst2xml", f"rst2xml {B}/ok.rst $M/guide.xml", "ERR_1012",
          "the output is on a read-only file system", mount="ro", path="$M/guide.xml"),
    _case("rst2pdf-input-missing", "rst2pdf", "rst2pdf /nonexistent/doc/guide.rst -o guide.pdf",
          "ERR_1003", "the document to render does not exist", path="/nonexistent/doc/guide.rst"),
    _case("rst2pdf-output-dir-missing", "rst2pdf",
          f"rst2pdf {B}/ok.rst -o /nonexistent/out/guide.pdf", "ERR_1003",
          "the PDF's output directory does not exist", path="/nonexistent/out/guide.pdf"),
    _case("neg-rst2pdf-unknown-option", "rst2pdf", f"rst2pdf {B}/ok.rst --strict -o guide.pdf",
          "ERR_1007", "the job passes an option rst2pdf does not have: a usage error"),
    _case("rst2pdf-read-only", "rst2pdf", f"rst2pdf {B}/ok.rst -o $M/guide.pdf", "ERR_1012",
          "the PDF goes to a read-only file system", mount="ro", path="$M/guide.pdf"),
    # --- EPUBCheck --------------------------------------------------------------------------------
    _case("epubcheck-input-missing", "epubcheck", f"{EPUBCHECK} /nonexistent/dist/book.epub",
          "ERR_1003", "the book to check does not exist", path="/nonexistent/dist/book.epub"),
    _case("neg-epubcheck-invalid-book", "epubcheck", f"{EPUBCHECK} {B}/bad.epub", "ERR_1007",
          "the book breaks the EPUB rules (a manifest item it lists is absent from the book): "
          "a failed check", miss="a file the book lists but lacks ('File \"OEBPS/x.jpg\" could not be found.') reads as a file of the job's; it is inside the EPUB"),
    _case("neg-epubcheck-corrupt-zip", "epubcheck", f"{EPUBCHECK} {B}/corrupt.epub", "ERR_1007",
          "the book is not a valid ZIP container: bad input data"),
    _case("epubcheck-process-limit", "epubcheck", f"ulimit -u 1; exec {EPUBCHECK} {B}/book.epub 1>&2",
          "ERR_1004", "the process limit stops the Java runtime from creating its threads",
          user=NOBODY),
    # --- calibre -----------------------------------------------------------------------------------
    _case("ebook-convert-input-missing", "ebook-convert",
          "ebook-convert /nonexistent/manuscript/book.txt book.epub 1>&2", "ERR_1003",
          "the manuscript to convert does not exist", path="/nonexistent/manuscript/book.txt"),
    _case("neg-ebook-convert-unknown-format", "ebook-convert",
          f"ebook-convert {B}/book.txt book.kfx2 1>&2", "ERR_1007",
          "the job asks for an output format calibre has no plugin for"),
    _case("neg-ebook-convert-corrupt", "ebook-convert",
          f"ebook-convert {B}/corrupt.epub book.mobi 1>&2", "ERR_1007",
          "the input book is not a ZIP container: bad input data"),
    _case("ebook-convert-output-dir-missing", "ebook-convert",
          f"ebook-convert {B}/book.epub /nonexistent/out/book.mobi 1>&2", "ERR_1003",
          "the output file's directory does not exist", path="/nonexistent/out/book.mobi"),
    _case("ebook-convert-disk-full", "ebook-convert",
          f"ebook-convert {B}/book.txt $M/book.epub 1>&2", "ERR_1012",
          "writing the converted book fails because the disk is full", mount="full"),
    _case("ebook-convert-output-denied", "ebook-convert",
          f"ebook-convert {B}/book.txt {RD}/book.epub 1>&2", "ERR_1002",
          "the job's user may not create files in the output directory", user=NOBODY,
          path=f"{RD}/book.epub"),
    _case("ebook-meta-input-missing", "ebook-meta", "ebook-meta /nonexistent/dist/book.epub",
          "ERR_1003", "the book to read metadata from does not exist",
          path="/nonexistent/dist/book.epub"),
    _case("ebook-meta-cover-missing", "ebook-meta",
          f"cp {B}/book.epub .; ebook-meta book.epub --cover /nonexistent/art/cover.jpg",
          "ERR_1003", "the cover image to set does not exist", path="/nonexistent/art/cover.jpg"),
    _case("ebook-meta-opf-disk-full", "ebook-meta",
          f"ebook-meta {B}/book.epub --to-opf $M/book.opf 1>&2", "ERR_1012",
          "writing the exported OPF fails because the disk is full", mount="full"),
    _case("ebook-meta-read-only", "ebook-meta",
          "ebook-meta $M/existing.txt --title Night", "ERR_1012",
          "the book to update is on a read-only file system", mount="ro",
          path="$M/existing.txt"),
    _case("ebook-polish-input-missing", "ebook-polish",
          "ebook-polish --subset-fonts /nonexistent/dist/book.epub book.epub", "ERR_1003",
          "the book to polish does not exist", path="/nonexistent/dist/book.epub"),
    _case("neg-ebook-polish-corrupt", "ebook-polish",
          f"ebook-polish --subset-fonts {B}/corrupt.epub book.epub", "ERR_1007",
          "the book is not a ZIP container: bad input data"),
    _case("ebook-polish-cover-missing", "ebook-polish",
          f"ebook-polish --cover /nonexistent/art/cover.jpg {B}/book.epub book.epub", "ERR_1003",
          "the cover image to insert does not exist", path="/nonexistent/art/cover.jpg"),
    _case("neg-calibredb-no-such-book", "calibredb",
          f"cp -r {B}/lib .; calibredb set_metadata 42 -f title:Night --library-path lib 1>&2",
          "ERR_1007", "the book id does not exist in the job's library: an unknown name in the "
          "tool's own world"),
    _case("neg-calibredb-unknown-command", "calibredb",
          f"cp -r {B}/lib .; calibredb catalog-add --library-path lib 1>&2", "ERR_1007",
          "the job names a calibredb command that does not exist: a usage error"),
    _case("calibredb-library-denied", "calibredb",
          f"calibredb add {B}/book.txt --library-path {B}/lib 1>&2", "ERR_1002",
          "the job's user may not write the library owned by root", user=NOBODY,
          path=f"{B}/lib/calibre_test_case_sensitivity.txt"),
    _case("lrf2lrs-input-missing", "lrf2lrs", "lrf2lrs /nonexistent/old/book.lrf", "ERR_1003",
          "the LRF book to decompile does not exist", path="/nonexistent/old/book.lrf"),
    _case("neg-lrf2lrs-not-lrf", "lrf2lrs", f"lrf2lrs {B}/corrupt.epub", "ERR_1007",
          "the input is not an LRF book: bad input data"),
    _case("neg-calibre-smtp-refused", "calibre-smtp",
          "calibre-smtp -r 127.0.0.1 --port 9 books@example.org reader@example.org 'New issue'",
          "ERR_1007", "the mail relay does not answer: connection refused"),
    _case("calibre-customize-plugin-missing", "calibre-customize",
          "calibre-customize -a /nonexistent/plugins/kobo-touch.zip", "ERR_1003",
          "the plugin archive to install does not exist",
          path="/nonexistent/plugins/kobo-touch.zip"),
    _case("neg-calibre-customize-bad-zip", "calibre-customize",
          f"calibre-customize -a {B}/corrupt.epub", "ERR_1007",
          "the plugin archive is not a ZIP file: bad input data"),
    # --- more of the same tools: locales, unreadable inputs ----------------------------------------
    _case("pt-msgfilter-filter-missing", "msgfilter",
          f"msgfilter -i {B}/de.po -o zh_TW.po opencc -c s2twp.json", "ERR_1001",
          "the converter msgfilter runs on every message is not installed (Brazilian Portuguese "
          "messages)", lang="pt_BR.UTF-8", command="opencc"),
    _case("de-msgexec-command-missing", "msgexec", f"msgexec -i {B}/de.po hodei-tts-render",
          "ERR_1001", "the program msgexec runs for each message is not installed (German "
          "messages)", lang="de_DE.UTF-8", command="hodei-tts-render"),
    _case("fr-msgen-output-denied", "msgen", f"msgen {B}/app.pot -o {RD}/en.po", "ERR_1002",
          "the job's user may not create files in the output directory (French messages)",
          user=NOBODY, lang="fr_FR.UTF-8", path=f"{RD}/en.po"),
    _case("ebook-meta-input-denied", "ebook-meta", f"ebook-meta {B}/secret.epub", "ERR_1002",
          "the job's user may not read the book (mode 600, owned by root)", user=NOBODY,
          path=f"{B}/secret.epub"),
    _case("rst2man-input-denied", "rst2man", f"rst2man {B}/secret.rst notes.1", "ERR_1002",
          "the job's user may not read the document (mode 600, owned by root)", user=NOBODY,
          path=f"{B}/secret.rst"),
    _case("lrs2lrf-input-missing", "lrs2lrf", "lrs2lrf /nonexistent/src/book.lrs -o book.lrf",
          "ERR_1003", "the LRS source to compile does not exist", path="/nonexistent/src/book.lrs"),
]
