"""Sealed batch 41: printing, scanning and office document conversion (CUPS clients, BSD lpr,
SANE's scanimage, psutils, paps, docx2txt, wv, unrtf, catdoc's converters, libwpd/libmwaw and
related import libraries' tools)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.6% of codes, 70/74), then worked on."""
B = f"{R}/batch41"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
SANE = {"SANE_CONFIG_DIR": f"{B}/sane"}

FIXTURES = r"""
printf '%%!PS-Adobe-3.0\n%%%%Pages: 2\n%%%%EndComments\n%%%%Page: 1 1\nshowpage\n%%%%Page: 2 2\nshowpage\n%%%%EOF\n' > doc.ps
printf 'Quarterly report\nLine two\n' > notes.txt
printf 'not a document, just text\n' > bad.docx
cp bad.docx bad.doc; cp bad.docx bad.wpd; cp bad.docx bad.cwk; cp bad.docx bad.wks
cp bad.docx bad.vsd; cp bad.docx bad.sdw
printf '{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Hello {\\b report}.\\par}\n' > letter.rtf
python3 - <<'EOF'
import zipfile
with zipfile.ZipFile("report.docx", "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Quarterly report</w:t></w:r></w:p></w:body></w:document>')
d = bytearray(open("/bin/true", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
open("foreign", "wb").write(d)
EOF
chmod 755 foreign
mkdir -p sane tools
echo test > sane/dll.conf
cp /etc/sane.d/test.conf sane/
cp foreign tools/paps
cat > office.ppd <<'EOF'
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "HODEI.PPD"
*Manufacturer: "Hodei"
*Product: "(Office)"
*ModelName: "Hodei Office"
*ShortNickName: "Hodei Office"
*NickName: "Hodei Office"
*PSVersion: "(3010.000) 0"
EOF
printf 'this is not a PPD file\n' > broken.ppd
cp /usr/share/cups/drv/sample.drv sample.drv
printf '#include <font.defs>\n{\n  Manufacturer "Hodei"\n  ModelName "Office"\n  Attribute "Foo" "" "bar\n' > broken.drv
chmod -R a+rX .
mkdir -p private
cp notes.txt report.docx doc.ps letter.rtf office.ppd sample.drv private/
chmod 600 private/*
"""

CASES = [
    # --- CUPS clients -----------------------------------------------------------------------
    dict(id="lp-input-missing", tool="lp", script="lp /nonexistent/invoices/march.pdf",
         code="ERR_1003", path="/nonexistent/invoices/march.pdf",
         why="The file given to print does not exist."),
    dict(id="lp-input-unreadable", tool="lp", script=f"lp {B}/private/notes.txt",
         code="ERR_1002", user="nobody", path=f"{B}/private/notes.txt",
         why="The job's user may not read the root-only file it asked to print."),
    dict(id="de-lp-input-missing", tool="lp", script="lp /nonexistent/rechnungen/maerz.pdf",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/rechnungen/maerz.pdf",
         why="The file given to print does not exist (German messages)."),
    dict(id="neg-lp-no-default", tool="lp", script=f"lp {B}/notes.txt", code="ERR_1007",
         why="No printer was named and none is configured as default: a setup problem of the job."),
    dict(id="neg-lp-unknown-printer", tool="lp", script=f"lp -d office {B}/notes.txt",
         code="ERR_1007", why="The printer queue named does not exist in CUPS: an unknown name."),
    dict(id="pt-lp-input-missing", tool="lp", script="lp /nonexistent/faturas/marco.pdf",
         code="ERR_1003", lang="pt_BR.UTF-8", path="/nonexistent/faturas/marco.pdf",
         why="The file given to print does not exist (Portuguese messages)."),
    dict(id="neg-it-cancel-no-server", tool="cancel", script="cancel -a", code="ERR_1007",
         lang="it_IT.UTF-8", why="cancel cannot contact the CUPS server, which is not running (Italian messages)."),
    dict(id="neg-lpstat-no-scheduler", tool="lpstat", script="lpstat -p -d", code="ERR_1007",
         why="The CUPS scheduler is not running, so there is nothing to ask: a service that does not answer."),
    dict(id="neg-lpadmin-no-server", tool="lpadmin",
         script="lpadmin -p office -E -v ipp://printer.example/ipp/print -m everywhere",
         code="ERR_1007",
         why="lpadmin cannot reach a CUPS scheduler (none runs); the bad file descriptor is a side effect."),
    dict(id="neg-cancel-no-server", tool="cancel", script="cancel -a", code="ERR_1007",
         why="cancel cannot contact the CUPS server, which is not running."),
    dict(id="neg-fr-cancel-no-server", tool="cancel", script="cancel -a office", code="ERR_1007",
         lang="fr_FR.UTF-8",
         why="The destination named is unknown (no such queue, the scheduler is not running; French messages)."),
    dict(id="cupstestppd-missing", tool="cupstestppd", script="cupstestppd /nonexistent/ppd/office.ppd 1>&2",
         code="ERR_1003", path="/nonexistent/ppd/office.ppd",
         why="The PPD file to check does not exist."),
    dict(id="es-cupstestppd-missing", tool="cupstestppd",
         script="cupstestppd /nonexistent/ppd/oficina.ppd 1>&2", code="ERR_1003", lang="es_ES.UTF-8",
         path="/nonexistent/ppd/oficina.ppd",
         why="The PPD file to check does not exist (Spanish messages)."),
    dict(id="neg-cupstestppd-not-ppd", tool="cupstestppd", script=f"cupstestppd {B}/broken.ppd 1>&2",
         code="ERR_1007", why="The file is not a PPD: bad input the check rejects."),
    dict(id="neg-cupstestppd-required", tool="cupstestppd", script=f"cupstestppd {B}/office.ppd 1>&2",
         code="ERR_1007",
         why="The PPD lacks required attributes (page sizes and the like): the check fails."),
    dict(id="ppdc-drv-missing", tool="ppdc", script="ppdc -d . /nonexistent/drivers/office.drv",
         code="ERR_1003", path="/nonexistent/drivers/office.drv",
         why="The driver information file to compile does not exist."),
    dict(id="neg-ppdc-syntax", tool="ppdc", script=f"ppdc -d out {B}/broken.drv", code="ERR_1007",
         why="The driver information file has a syntax error (an unterminated string)."),
    dict(id="ppdc-drv-unreadable", tool="ppdc", script=f"ppdc -d . {B}/private/sample.drv",
         code="ERR_1002", user="nobody", path=f"{B}/private/sample.drv",
         why="The job's user may not read the root-only driver information file."),
    dict(id="ppdc-outdir-denied", tool="ppdc", script=f"ppdc -d {RD}/ppd {B}/sample.drv",
         code="ERR_1002", user="nobody", path=f"{RD}/ppd",
         why="The job's user may not create the output directory in a root-owned directory."),
    dict(id="ppdc-outdir-rofs", tool="ppdc", script=f"ppdc -d $M/ppd {B}/sample.drv",
         code="ERR_1012", mount="ro", path="$M/ppd",
         why="The output directory is on a read-only file system."),
    dict(id="ppdc-inodes", tool="ppdc", script=f"ppdc -d $M {B}/sample.drv", code="ERR_1012",
         mount="inodes", why="The file system has no inodes left for the PPD files."),
    dict(id="ipptool-test-missing", tool="ipptool",
         script="ipptool -t ipp://127.0.0.1:8631/ipp/print ./tests/hodei-print.test",
         code="ERR_1003", path="./tests/hodei-print.test",
         why="The IPP test file named does not exist."),
    dict(id="neg-ipptool-no-printer", tool="ipptool",
         script="ipptool -t ipp://127.0.0.1:8631/ipp/print get-printer-attributes.test",
         code="ERR_1007",
         why="Nothing listens on the printer's port: a service that does not answer."),
    # --- BSD lpr --------------------------------------------------------------------------
    dict(id="lpr-input-missing", tool="lpr", script="lpr /nonexistent/labels/batch7.ps",
         code="ERR_1003", path="/nonexistent/labels/batch7.ps",
         why="The file given to print does not exist."),
    dict(id="lpr-input-unreadable", tool="lpr", script=f"lpr {B}/private/doc.ps", code="ERR_1002",
         user="nobody", path=f"{B}/private/doc.ps",
         why="The job's user may not read the root-only file it asked to print."),
    dict(id="neg-lpr-unknown-printer", tool="lpr", script=f"lpr -P office {B}/notes.txt",
         code="ERR_1007", why="The printer named is not in the printcap: an unknown name."),
    dict(id="neg-lpq-unknown-printer", tool="lpq", script="lpq -P office 1>&2", code="ERR_1007",
         why="The printer named is not in the printcap: an unknown name."),
    # --- SANE -----------------------------------------------------------------------------
    dict(id="neg-scanimage-no-device", tool="scanimage",
         script="scanimage -d epson2:libusb:001:004 --format=png -o scan.png", code="ERR_1007",
         why="The scanner named is not attached or known: the device cannot be opened."),
    dict(id="scanimage-outdir-missing", tool="scanimage",
         script="scanimage -d test --format=png -o /nonexistent/scans/page1.png", code="ERR_1003",
         env=SANE, path="/nonexistent/scans/page1.png",
         why="The output file's directory does not exist, so it cannot be opened."),
    dict(id="scanimage-out-denied", tool="scanimage",
         script=f"scanimage -d test --format=pnm -o {RD}/scan.pnm", code="ERR_1002",
         user="nobody", env=SANE, path=f"{RD}/scan.pnm",
         why="The job's user may not create the scan in a root-owned directory."),
    dict(id="scanimage-out-rofs", tool="scanimage",
         script="scanimage -d test --format=pnm -o $M/scan.pnm", code="ERR_1012", mount="ro",
         env=SANE, path="$M/scan.pnm", why="The scan is written to a read-only file system."),
    dict(id="scanimage-batch-dir-missing", tool="scanimage",
         script="scanimage -d test --format=jpeg --batch=/nonexistent/inbox/p%d.jpg --batch-count=2",
         code="ERR_1003", env=SANE, path="/nonexistent/inbox/p1.jpg.part",
         why="The batch output directory does not exist."),
    dict(id="neg-scanimage-jammed", tool="scanimage",
         script="scanimage -d test --read-return-value SANE_STATUS_JAMMED -o scan.pnm",
         code="ERR_1007", env=SANE, why="The scanner reports its document feeder jammed."),
    dict(id="neg-scanimage-no-docs", tool="scanimage",
         script="scanimage -d test --read-return-value SANE_STATUS_NO_DOCS -o scan.pnm",
         code="ERR_1007", env=SANE, why="The scanner reports its feeder has no documents."),
    dict(id="neg-scanimage-cover-open", tool="scanimage",
         script="scanimage -d test --read-return-value SANE_STATUS_COVER_OPEN -o scan.pnm",
         code="ERR_1007", env=SANE, why="The scanner reports its cover open."),
    dict(id="neg-scanimage-bad-mode", tool="scanimage",
         script="scanimage -d test --mode Purple -o scan.pnm", code="ERR_1007", env=SANE,
         why="An option value the device does not offer: a usage error."),
    # --- psutils --------------------------------------------------------------------------
    dict(id="psnup-input-missing", tool="psnup", script="psnup -2 /nonexistent/slides.ps out.ps",
         code="ERR_1003", path="/nonexistent/slides.ps", why="The input PostScript file does not exist."),
    dict(id="psnup-input-unreadable", tool="psnup", script=f"psnup -2 {B}/private/doc.ps out.ps",
         code="ERR_1002", user="nobody", path=f"{B}/private/doc.ps",
         why="The job's user may not read the root-only input file."),
    dict(id="psbook-outdir-missing", tool="psbook",
         script=f"psbook {B}/doc.ps /nonexistent/print/booklet.ps", code="ERR_1003",
         path="/nonexistent/print/booklet.ps",
         why="The output file's directory does not exist."),
    dict(id="psbook-out-rofs", tool="psbook", script=f"psbook {B}/doc.ps $M/booklet.ps",
         code="ERR_1012", mount="ro", path="$M/booklet.ps",
         why="The output is to be created on a read-only file system."),
    dict(id="psselect-out-denied", tool="psselect", script=f"psselect -p1 {B}/doc.ps {RD}/first.ps",
         code="ERR_1002", user="nobody", path=f"{RD}/first.ps",
         why="The job's user may not create the output in a root-owned directory."),
    dict(id="psresize-input-missing", tool="psresize",
         script="psresize -pa4 /nonexistent/letter/flyer.ps flyer-a4.ps", code="ERR_1003",
         path="/nonexistent/letter/flyer.ps", why="The input PostScript file does not exist."),
    dict(id="neg-psselect-range", tool="psselect", script=f"psselect -p 5-x {B}/doc.ps out.ps",
         code="ERR_1007", why="The page range given is malformed: a usage error."),
    dict(id="neg-pstops-spec", tool="pstops", script=f"pstops '2:0L@0.7(21cm,0)+1L@0.7(21cm,14.85cm' {B}/doc.ps out.ps",
         code="ERR_1007", why="The page specification is malformed (an unclosed offset)."),
    dict(id="neg-psnup-paper", tool="psnup", script=f"psnup -2 -pfolio-xl {B}/doc.ps out.ps",
         code="ERR_1007", why="The paper size named is unknown: a usage error."),
    dict(id="neg-epsffit-no-bbox", tool="epsffit", script=f"epsffit 0 0 300 300 {B}/notes.txt out.eps",
         code="ERR_1007", why="The input is not EPS and has no bounding box: bad input."),
    dict(id="psjoin-input-missing", tool="psjoin",
         script=f"psjoin /nonexistent/chapters/ch1.ps {B}/doc.ps > book.ps", code="ERR_1003",
         path="/nonexistent/chapters/ch1.ps", why="One of the PostScript files to join does not exist."),
    dict(id="psjoin-input-unreadable", tool="psjoin",
         script=f"psjoin {B}/doc.ps {B}/private/doc.ps > book.ps", code="ERR_1002", user="nobody",
         path=f"{B}/private/doc.ps", why="The job's user may not read one of the root-only input files."),
    # --- paps -----------------------------------------------------------------------------
    dict(id="paps-input-missing", tool="paps", script="paps /nonexistent/reports/summary.txt > out.ps",
         code="ERR_1003", path="/nonexistent/reports/summary.txt",
         why="The text file to typeset does not exist."),
    dict(id="paps-input-unreadable", tool="paps", script=f"paps {B}/private/notes.txt > out.ps",
         code="ERR_1002", user="nobody", path=f"{B}/private/notes.txt",
         why="The job's user may not read the root-only input file."),
    dict(id="neg-paps-paper", tool="paps", script=f"paps --paper=folio-xl {B}/notes.txt > out.ps",
         code="ERR_1007", why="The paper size named is unknown: a usage error."),
    dict(id="paps-wrong-arch", tool="paps", script=f"{B}/tools/paps {B}/notes.txt > out.ps",
         code="ERR_1004", why="The paps binary in the job's tools is built for another architecture."),
    # --- docx2txt -------------------------------------------------------------------------
    dict(id="docx2txt-input-missing", tool="docx2txt",
         script="docx2txt /nonexistent/contracts/lease.docx lease.txt", code="ERR_1003",
         path="/nonexistent/contracts/lease.docx", why="The document to convert does not exist."),
    dict(id="docx2txt-input-unreadable", tool="docx2txt",
         script=f"docx2txt {B}/private/report.docx report.txt", code="ERR_1002", user="nobody",
         path=f"{B}/private/report.docx",
         why="The job's user may not read the root-only document (it exists)."),
    dict(id="neg-docx2txt-not-docx", tool="docx2txt", script=f"docx2txt {B}/bad.docx out.txt",
         code="ERR_1007", why="The input is not a docx archive: bad input."),
    dict(id="docx2txt-unzip-missing", tool="docx2txt",
         script="mkdir -p home; printf \"config_unzip => '/opt/hodei/bin/unzip',\\n\" > home/docx2txt.config; "
                f"HOME=$PWD/home docx2txt {B}/report.docx out.txt",
         code="ERR_1001", command="/opt/hodei/bin/unzip",
         why="The unzip program docx2txt is configured to run is not installed there."),
    dict(id="docx2txt-out-rofs", tool="docx2txt", script=f"docx2txt {B}/report.docx $M/report.txt",
         code="ERR_1012", mount="ro", path="$M/report.txt",
         why="The text output is to be created on a read-only file system."),
    # --- wv -------------------------------------------------------------------------------
    dict(id="wvhtml-input-missing", tool="wvHtml", script="wvHtml /nonexistent/memo.doc memo.html 1>&2",
         code="ERR_1003", path="/nonexistent/memo.doc", why="The Word document to convert does not exist."),
    dict(id="wvtext-fork-limit", tool="wvText", script=f"ulimit -u 1; wvText {B}/bad.doc out.txt 1>&2",
         code="ERR_1004", user="nobody",
         why="Under a process limit the job's shell cannot create the process for wvText."),
    # --- unrtf ----------------------------------------------------------------------------
    dict(id="unrtf-input-missing", tool="unrtf", script="unrtf --html /nonexistent/letters/offer.rtf",
         code="ERR_1003", why="The RTF file to convert does not exist."),
    dict(id="unrtf-config-missing", miss="'No config directories. Searched: /x' says none was found without the words of a missing file", tool="unrtf",
         script=f"unrtf -P /nonexistent/unrtf-conf --html {B}/letter.rtf", code="ERR_1003",
         path="/nonexistent/unrtf-conf",
         why="The configuration directory given for the output formats does not exist."),
    dict(id="neg-unrtf-unknown-format", miss='an unknown output format is reported as its configuration file not found in the search path', tool="unrtf", script=f"unrtf --markdown {B}/letter.rtf",
         code="ERR_1007",
         why="The output format asked for does not exist: a usage error, though the message says a file was not found."),
    # --- catdoc's converters --------------------------------------------------------------
    dict(id="xls2csv-input-missing", tool="xls2csv", script="xls2csv /nonexistent/budget/2026.xls",
         code="ERR_1003", path="/nonexistent/budget/2026.xls",
         why="The spreadsheet to convert does not exist."),
    dict(id="xls2csv-input-unreadable", tool="xls2csv", script=f"xls2csv {B}/private/notes.txt",
         code="ERR_1002", user="nobody", path=f"{B}/private/notes.txt",
         why="The job's user may not read the root-only input file."),
    dict(id="catppt-input-missing", tool="catppt", script="catppt /nonexistent/talks/kickoff.ppt",
         code="ERR_1003", path="/nonexistent/talks/kickoff.ppt",
         why="The presentation to convert does not exist."),
    # --- document import libraries' tools -------------------------------------------------
    dict(id="neg-wpd2text-unsupported", tool="wpd2text", script=f"wpd2text {B}/bad.wpd",
         code="ERR_1007", why="The input is not a WordPerfect document: bad input."),
    dict(id="neg-wpd2html-unsupported", tool="wpd2html", script=f"wpd2html {B}/bad.wpd",
         code="ERR_1007", why="The input is not a WordPerfect document: bad input."),
    dict(id="neg-mwaw2text-unsupported", tool="mwaw2text", script=f"mwaw2text {B}/bad.cwk 1>&2",
         code="ERR_1007", why="The input is not a document libmwaw knows: bad input."),
    dict(id="neg-wks2csv-unsupported", tool="wks2csv", script=f"wks2csv {B}/bad.wks 1>&2",
         code="ERR_1007", why="The input is not a Works or Lotus spreadsheet: bad input."),
    dict(id="neg-vsd2text-unsupported", tool="vsd2text", script=f"vsd2text {B}/bad.vsd",
         code="ERR_1007", why="The input is not a Visio drawing: bad input."),
    dict(id="neg-sd2text-unsupported", tool="sd2text", script=f"sd2text {B}/bad.sdw 1>&2",
         code="ERR_1007", why="The input is not a StarOffice document: bad input."),
    # --- office suites not installed ------------------------------------------------------
    dict(id="soffice-not-installed", tool="soffice",
         script=f"soffice --headless --convert-to pdf --outdir out {B}/report.docx",
         code="ERR_1001", command="soffice", why="LibreOffice is not installed on the machine."),
    dict(id="unoconv-not-installed", tool="unoconv", script=f"unoconv -f pdf {B}/report.docx",
         code="ERR_1001", command="unoconv", why="unoconv is not installed on the machine."),
    dict(id="mpage-not-installed", tool="mpage", script=f"mpage -2 {B}/notes.txt > out.ps",
         code="ERR_1001", command="mpage", why="mpage is not installed on the machine."),
]
