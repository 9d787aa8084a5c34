"""Sealed batch 23: publishing and media tools (PDF utilities, SVG, Matroska, HEVC, OCR,
fonts, engraving, static sites)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (86.4% of codes, 70/81), then worked on."""
B = f"{R}/batch23"
RD = f"{R}/rootdir"
L = f"{R}/locked"

FIXTURES = r"""
/usr/bin/python3 - <<'EOF'
def pdf(pages, text=True):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (3 + 2 * i) for i in range(pages)), pages)]
    for i in range(pages):
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents %d 0 R "
                    "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>" % (4 + 2 * i))
        s = "BT /F1 12 Tf 20 100 Td (Invoice page %d) Tj ET" % (i + 1)
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(s), s))
    out = b"%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (n, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out
open("doc.pdf", "wb").write(pdf(3))
open("broken.pdf", "wb").write(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n" + b"\x00garbage" * 40)
d = bytearray(open("/usr/bin/pdftoppm", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
open("pdftoppm-arm64", "wb").write(d)
EOF
chmod 755 pdftoppm-arm64
printf 'not a pdf, just release notes\n' > notes.pdf
printf '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#3a7"/><circle cx="200" cy="150" r="90" fill="#fd0"/></svg>\n' > logo.svg
printf '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"\n' > broken.svg
rsvg-convert -o logo.png logo.svg
img2pdf --nodate -o scan.pdf logo.png
printf 'this is not an image\n' > photo.jpg
printf '<html><body><h1>Quarterly report</h1><p>Revenue went up.</p></body></html>\n' > report.html
qpdf --encrypt s3cret owner 256 -- doc.pdf locked.pdf
printf '1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n' > subs.srt
mkvmerge -q -o movie.mkv subs.srt
printf 'not matroska\n' > clip.mkv
head -c 76800 /dev/zero > frame.yuv
printf 'YUV4MPEG2 W64 H64 F25:1 Ip A1:1 C420jpeg\n' > clip.y4m
for i in 1 2 3; do printf 'FRAME\n' >> clip.y4m; head -c 6144 /dev/urandom >> clip.y4m; done
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf font.ttf
head -c 4096 font.ttf > truncated.ttf
printf '\\version "2.24.0"\n\\header { title = "Etude" }\n{ c4 d e f | g1 }\n' > etude.ly
printf '\\version "2.24.0"\n{ c4 d e f | g1 \n' > unclosed.ly
printf '\\version "2.24.0"\n\\include "hodei-macros.ily"\n{ c4 d e f }\n' > include.ly
printf '\\version "2.24.0"\n{ c4 \\hodeiNoSuchCommand d e f }\n' > unknowncmd.ly
mkdir -p site site-liquid/_layouts site-plugin
printf 'title: Docs\n' > site/_config.yml
printf -- '---\ntitle: Home\n---\n# Welcome\n' > site/index.md
printf 'title: Docs\n' > site-liquid/_config.yml
printf -- '---\nlayout: default\n---\n{%% if page.title %%}\n<h1>{{ page.title }}</h1>\n' > site-liquid/index.html
printf '<html>{{ content }}</html>\n' > site-liquid/_layouts/default.html
printf 'title: Docs\nplugins:\n  - jekyll-hodei-nosuch\n' > site-plugin/_config.yml
printf -- '---\n---\nhi\n' > site-plugin/index.md
printf 'title: [unclosed\n' > badconfig.yml
cp /usr/share/sounds/alsa/Front_Center.wav song.wav 2>/dev/null || head -c 2048 /dev/zero > song.wav
printf 'ID3fake' > song.mp3
mkdir -p ocr-bin
ln -sf /usr/bin/ocrmypdf ocr-bin/ocrmypdf
ln -sf /usr/bin/python3 ocr-bin/python3
mkdir -p private
cp doc.pdf private/statement.pdf
cp logo.svg private/logo.svg
cp report.html private/report.html
cp movie.mkv private/movie.mkv
cp etude.ly private/etude.ly
cp movie.mkv owned.mkv
chmod -R a+rX .
chmod 700 private
"""

CASES = [
    # --- poppler-utils ---------------------------------------------------------------------
    dict(id="pdfseparate-outdir-missing", tool="pdfseparate",
         script=f"pdfseparate {B}/doc.pdf /nonexistent/pages/page-%d.pdf", code="ERR_1003",
         path="/nonexistent/pages/page-1.pdf",
         why="the directory the pages are written into does not exist"),
    dict(id="pdfseparate-rofs", tool="pdfseparate",
         script=f"pdfseparate {B}/doc.pdf $M/page-%d.pdf", code="ERR_1012", mount="ro",
         path="$M/page-1.pdf", why="the pages are written to a read-only mount"),
    dict(id="neg-pdfseparate-page-range", tool="pdfseparate",
         script=f"pdfseparate -f 5 -l 7 {B}/doc.pdf page-%d.pdf", code="ERR_1007",
         why="the requested pages are beyond the end of the document: a usage error"),
    dict(id="neg-pdfseparate-no-pattern", tool="pdfseparate",
         script=f"pdfseparate {B}/doc.pdf single.pdf", code="ERR_1007",
         why="the output name lacks the page-number pattern the tool requires"),
    dict(id="pdfunite-input-missing", tool="pdfunite",
         script=f"pdfunite {B}/doc.pdf /nonexistent/appendix.pdf merged.pdf", code="ERR_1003",
         path="/nonexistent/appendix.pdf", why="one of the documents to merge does not exist"),
    dict(id="pdfunite-output-denied", tool="pdfunite",
         script=f"pdfunite {B}/doc.pdf {B}/doc.pdf {RD}/merged.pdf", code="ERR_1002",
         user="nobody", path=f"{RD}/merged.pdf",
         why="the merged file goes into a directory the job's user may not write", miss="'Could not open file /x' on a path that does not exist in a directory the job may not write: the check cannot tell an input from an output, and reads a missing file"),
    dict(id="neg-pdfunite-damaged", tool="pdfunite",
         script=f"pdfunite {B}/doc.pdf {B}/notes.pdf merged.pdf", code="ERR_1007",
         why="one input is not a PDF: bad input data"),
    dict(id="pdftoppm-input-missing", tool="pdftoppm",
         script="pdftoppm -png -r 72 /nonexistent/scans/contract.pdf page", code="ERR_1003",
         path="/nonexistent/scans/contract.pdf", why="the PDF to render does not exist"),
    dict(id="pdftoppm-input-denied", tool="pdftoppm",
         script=f"pdftoppm -png {B}/private/statement.pdf page", code="ERR_1002", user="nobody",
         path=f"{B}/private/statement.pdf",
         why="the PDF lies in a directory the job's user may not enter"),
    dict(id="pdftoppm-full", tool="pdftoppm",
         script=f"pdftoppm -png -r 300 {B}/doc.pdf $M/page", code="ERR_1012", mount="full",
         why="the rendered pages are written to a full file system"),
    dict(id="pdftoppm-rofs", tool="pdftoppm",
         script=f"pdftoppm -png -r 72 -f 1 -l 1 {B}/doc.pdf $M/thumb", code="ERR_1012",
         mount="ro", why="the rendered page is written to a read-only mount"),
    dict(id="neg-pdftoppm-wrong-password", tool="pdftoppm",
         script=f"pdftoppm -png -upw wrong {B}/locked.pdf page", code="ERR_1007",
         why="the encrypted PDF's password is wrong: an authentication failure of the job"),
    dict(id="pdftoppm-exec-format", tool="pdftoppm",
         script=f"{B}/pdftoppm-arm64 -png {B}/doc.pdf page", code="ERR_1004",
         why="the renderer binary is built for another architecture and cannot be started"),
    dict(id="neg-pdfimages-not-pdf", tool="pdfimages",
         script=f"pdfimages -list {B}/notes.pdf", code="ERR_1007",
         why="the input is a text file, not a PDF"),
    dict(id="pdftocairo-outdir-missing", tool="pdftocairo",
         script=f"pdftocairo -svg {B}/doc.pdf /nonexistent/export/doc.svg", code="ERR_1003",
         path="/nonexistent/export/doc.svg", why="the output's directory does not exist"),
    dict(id="neg-pdftocairo-page-range", tool="pdftocairo",
         script=f"pdftocairo -png -f 9 {B}/doc.pdf page", code="ERR_1007",
         why="the first page asked for is past the end of the document"),
    dict(id="pdffonts-missing", tool="pdffonts",
         script="pdffonts /nonexistent/build/manual.pdf", code="ERR_1003",
         path="/nonexistent/build/manual.pdf", why="the PDF to inspect does not exist"),
    dict(id="neg-pdffonts-damaged", tool="pdffonts",
         script=f"pdffonts {B}/broken.pdf", code="ERR_1007",
         why="the PDF is damaged: bad input data"),
    dict(id="pdfunite-rofs", tool="pdfunite",
         script=f"pdfunite {B}/doc.pdf {B}/doc.pdf $M/merged.pdf", code="ERR_1012", mount="ro",
         why="the merged file is written to a read-only mount"),
    dict(id="pdfimages-denied", tool="pdfimages",
         script=f"pdfimages -list {B}/private/statement.pdf", code="ERR_1002", user="nobody",
         path=f"{B}/private/statement.pdf",
         why="the PDF lies in a directory the job's user may not enter"),
    dict(id="pdfimages-missing", tool="pdfimages",
         script="pdfimages -png /nonexistent/scans/batch-07.pdf img", code="ERR_1003",
         path="/nonexistent/scans/batch-07.pdf", why="the PDF to extract images from does not exist"),
    dict(id="pdftohtml-missing", tool="pdftohtml",
         script="pdftohtml -s /nonexistent/manual/guide.pdf guide", code="ERR_1003",
         path="/nonexistent/manual/guide.pdf", why="the PDF to convert does not exist"),
    dict(id="ocrmypdf-process-limit", tool="ocrmypdf",
         script=f"ulimit -u 1; exec ocrmypdf --skip-text {B}/scan.pdf out.pdf", code="ERR_1004",
         user="nobody", why="under a process limit the tool cannot start its helper processes"),
    dict(id="lilypond-thread-limit", tool="lilypond",
         script=f"ulimit -u 1; exec lilypond {B}/etude.ly", code="ERR_1004", user="nobody",
         why="under a process limit the engraver cannot create its threads"),
    dict(id="pdfattach-file-missing", tool="pdfattach",
         script=f"pdfattach {B}/doc.pdf /nonexistent/legal/terms.txt with-terms.pdf",
         code="ERR_1003", path="/nonexistent/legal/terms.txt",
         why="the file to attach does not exist"),
    dict(id="pdfattach-rofs", tool="pdfattach",
         script=f"pdfattach {B}/doc.pdf {B}/subs.srt $M/with-subs.pdf", code="ERR_1012",
         mount="ro", why="the new PDF is written to a read-only mount"),
    dict(id="neg-pdfattach-exists", tool="pdfattach",
         script=f"pdfattach {B}/doc.pdf {B}/subs.srt first.pdf && pdfattach first.pdf {B}/subs.srt second.pdf",
         code="ERR_1007", why="the document already has an attachment of that name: the tool refuses"),
    # --- rsvg-convert ----------------------------------------------------------------------
    dict(id="rsvg-convert-missing", tool="rsvg-convert",
         script="rsvg-convert -w 64 -o icon.png /nonexistent/assets/icon.svg", code="ERR_1003",
         path="/nonexistent/assets/icon.svg", why="the SVG to convert does not exist"),
    dict(id="rsvg-convert-denied", tool="rsvg-convert",
         script=f"rsvg-convert -o logo.png {B}/private/logo.svg", code="ERR_1002", user="nobody",
         path=f"{B}/private/logo.svg",
         why="the SVG lies in a directory the job's user may not enter"),
    dict(id="rsvg-convert-rofs", tool="rsvg-convert",
         script=f"rsvg-convert -o $M/logo.png {B}/logo.svg", code="ERR_1012", mount="ro",
         path="$M/logo.png", why="the PNG is written to a read-only mount"),
    dict(id="rsvg-convert-full", tool="rsvg-convert",
         script=f"rsvg-convert -w 2000 -h 1500 -o $M/logo.png {B}/logo.svg", code="ERR_1012",
         mount="full", why="the PNG is written to a full file system"),
    dict(id="neg-rsvg-convert-malformed", tool="rsvg-convert",
         script=f"rsvg-convert -o out.png {B}/broken.svg", code="ERR_1007",
         why="the SVG is malformed XML"),
    # --- mkvtoolnix ------------------------------------------------------------------------
    dict(id="mkvinfo-missing", tool="mkvinfo",
         script="mkvinfo /nonexistent/media/episode01.mkv 1>&2", code="ERR_1003",
         path="/nonexistent/media/episode01.mkv", why="the Matroska file does not exist"),
    dict(id="de-mkvinfo-missing", tool="mkvinfo",
         script="mkvinfo /nonexistent/media/folge01.mkv 1>&2", code="ERR_1003",
         lang="de_DE.UTF-8", path="/nonexistent/media/folge01.mkv",
         why="the Matroska file does not exist"),
    dict(id="neg-mkvinfo-not-matroska", tool="mkvinfo",
         script=f"mkvinfo {B}/clip.mkv 1>&2", code="ERR_1007",
         why="the file is not a Matroska file: bad input"),
    dict(id="fr-mkvextract-rofs", tool="mkvextract",
         script=f"mkvextract {B}/movie.mkv tracks 0:$M/subs.srt 1>&2", code="ERR_1012",
         mount="ro", lang="fr_FR.UTF-8", path="$M/subs.srt", why="the track is extracted to a read-only mount", miss="the path check recorded the path with the spaces inside the French quotes, so it found nothing; the text's own guess (refused) stands"),
    dict(id="neg-pt-mkvinfo-not-matroska", tool="mkvinfo",
         script=f"mkvinfo {B}/clip.mkv 1>&2", code="ERR_1007", lang="pt_BR.UTF-8",
         why="the file is not a Matroska file: bad input"),
    dict(id="mkvextract-output-denied", tool="mkvextract",
         script=f"mkvextract {B}/movie.mkv tracks 0:{RD}/subs.srt 1>&2", code="ERR_1002",
         user="nobody", why="the track is written into a directory the job's user may not write"),
    dict(id="neg-mkvextract-no-such-track", tool="mkvextract",
         script=f"mkvextract {B}/movie.mkv tracks 7:audio.opus 1>&2", code="ERR_1007",
         why="the file has no track with that id: an unknown name in the tool's own world"),
    dict(id="mkvpropedit-denied", tool="mkvpropedit",
         script=f"mkvpropedit {B}/owned.mkv --edit info --set title=Final 1>&2",
         code="ERR_1002", user="nobody",
         why="the job's user may not write the root-owned file it edits"),
    dict(id="neg-mkvpropedit-bad-property", tool="mkvpropedit",
         script=f"cp {B}/movie.mkv m.mkv; mkvpropedit m.mkv --edit info --set hodei-nosuch=1 1>&2",
         code="ERR_1007", why="the property name is not one the tool knows: a usage error"),
    dict(id="es-mkvpropedit-missing", tool="mkvpropedit",
         script="mkvpropedit /nonexistent/video/pelicula.mkv --edit info --set title=X 1>&2",
         code="ERR_1003", lang="es_ES.UTF-8", path="/nonexistent/video/pelicula.mkv",
         why="the file to edit does not exist"),
    # --- x265 ------------------------------------------------------------------------------
    dict(id="x265-input-missing", tool="x265",
         script="x265 --input /nonexistent/raw/clip.y4m -o out.hevc", code="ERR_1003",
         path="/nonexistent/raw/clip.y4m",
         why="the raw video to encode does not exist"),
    dict(id="neg-x265-raw-no-resolution", tool="x265",
         script=f"x265 --input {B}/frame.yuv -o out.hevc", code="ERR_1007",
         why="raw YUV input was given without its resolution: a usage error"),
    dict(id="x265-rofs", tool="x265",
         script=f"x265 --input {B}/clip.y4m --preset ultrafast -o $M/out.hevc", code="ERR_1012",
         mount="ro", why="the bitstream is written to a read-only mount"),
    dict(id="neg-x265-unknown-preset", tool="x265",
         script=f"x265 --input {B}/clip.y4m --preset hodeifast -o out.hevc", code="ERR_1007",
         why="the preset name is unknown: a usage error"),
    # --- img2pdf ---------------------------------------------------------------------------
    dict(id="img2pdf-input-missing", tool="img2pdf",
         script="img2pdf -o out.pdf /nonexistent/scans/page1.png", code="ERR_1003",
         path="/nonexistent/scans/page1.png", why="the image to convert does not exist"),
    dict(id="neg-img2pdf-not-image", tool="img2pdf",
         script=f"img2pdf -o out.pdf {B}/photo.jpg", code="ERR_1007",
         why="the input is text, not an image: bad input data"),
    dict(id="img2pdf-output-denied", tool="img2pdf",
         script=f"img2pdf -o {RD}/scan.pdf {B}/logo.png", code="ERR_1002", user="nobody",
         path=f"{RD}/scan.pdf",
         why="the PDF goes into a directory the job's user may not write"),
    dict(id="img2pdf-full", tool="img2pdf",
         script=f"img2pdf -o $M/scan.pdf {B}/logo.png {B}/logo.png {B}/logo.png {B}/logo.png {B}/logo.png {B}/logo.png {B}/logo.png {B}/logo.png",
         code="ERR_1012", mount="full", why="the PDF is written to a full file system"),
    # --- weasyprint ------------------------------------------------------------------------
    dict(id="weasyprint-input-missing", tool="weasyprint",
         script="weasyprint /nonexistent/site/invoice.html invoice.pdf", code="ERR_1003",
         path="/nonexistent/site/invoice.html", why="the HTML to print does not exist"),
    dict(id="weasyprint-rofs", tool="weasyprint",
         script=f"weasyprint {B}/report.html $M/report.pdf", code="ERR_1012", mount="ro",
         path="$M/report.pdf", why="the PDF is written to a read-only mount"),
    dict(id="weasyprint-input-denied", tool="weasyprint",
         script=f"weasyprint {B}/private/report.html report.pdf", code="ERR_1002",
         user="nobody", path=f"{B}/private/report.html",
         why="the HTML lies in a directory the job's user may not enter"),
    dict(id="weasyprint-stylesheet-missing", tool="weasyprint",
         script=f"weasyprint -s /nonexistent/theme/print.css {B}/report.html report.pdf",
         code="ERR_1003", path="/nonexistent/theme/print.css",
         why="the stylesheet given on the command line does not exist"),
    dict(id="neg-weasyprint-unreachable", tool="weasyprint",
         script="weasyprint http://127.0.0.1:9/report report.pdf", code="ERR_1007",
         why="nothing answers at the URL to print: connection refused"),
    # --- wkhtmltopdf -----------------------------------------------------------------------
    dict(id="neg-wkhtmltopdf-refused", tool="wkhtmltopdf",
         script="wkhtmltopdf http://127.0.0.1:9/invoice out.pdf", code="ERR_1007",
         env={"QT_QPA_PLATFORM": "offscreen"},
         why="nothing answers at the page's address: connection refused"),
    dict(id="neg-wkhtmltopdf-bad-option", tool="wkhtmltopdf",
         script=f"wkhtmltopdf --page-size Hodei5 {B}/report.html out.pdf", code="ERR_1007",
         env={"QT_QPA_PLATFORM": "offscreen"}, why="the page size is not a known one: a usage error"),
    # --- ocrmypdf --------------------------------------------------------------------------
    dict(id="ocrmypdf-input-missing", tool="ocrmypdf",
         script="ocrmypdf /nonexistent/inbox/scan.pdf out.pdf", code="ERR_1003",
         path="/nonexistent/inbox/scan.pdf", why="the scanned PDF does not exist"),
    dict(id="ocrmypdf-tesseract-missing", tool="ocrmypdf",
         script=f"PATH={B}/ocr-bin ocrmypdf {B}/scan.pdf out.pdf", code="ERR_1001",
         command="tesseract",
         why="the OCR engine the tool runs is not on the job's PATH"),
    dict(id="ocrmypdf-jbig2-missing", tool="ocrmypdf",
         script=f"ocrmypdf --jbig2-lossy -O 3 {B}/scan.pdf out.pdf", code="ERR_1001",
         command="jbig2",
         why="the JBIG2 encoder the tool runs for the chosen optimization is not installed"),
    dict(id="neg-ocrmypdf-language-missing", tool="ocrmypdf",
         script=f"ocrmypdf -l fra+deu {B}/scan.pdf out.pdf", code="ERR_1007",
         why="the OCR engine lacks the language data asked for: a missing data package, not a program"),
    dict(id="neg-ocrmypdf-prior-text", tool="ocrmypdf",
         script=f"ocrmypdf {B}/doc.pdf out.pdf", code="ERR_1007",
         why="the PDF already has text and the tool refuses by design: the job's own failure"),
    dict(id="neg-ocrmypdf-not-pdf", tool="ocrmypdf",
         script=f"ocrmypdf {B}/notes.pdf out.pdf", code="ERR_1007",
         why="the input is not a PDF or image: bad input data"),
    dict(id="ocrmypdf-rofs", tool="ocrmypdf",
         script=f"ocrmypdf --skip-text {B}/scan.pdf $M/ocr.pdf", code="ERR_1012", mount="ro",
         why="the result is written to a read-only mount"),
    # --- fonttools -------------------------------------------------------------------------
    dict(id="ttx-missing", tool="ttx",
         script="ttx -o font.ttx /nonexistent/fonts/Brand-Regular.ttf", code="ERR_1003",
         path="/nonexistent/fonts/Brand-Regular.ttf",
         why="the font to dump does not exist"),
    dict(id="neg-ttx-truncated", tool="ttx",
         script=f"ttx -o font.ttx {B}/truncated.ttf", code="ERR_1007",
         why="the font file is truncated: bad input data"),
    dict(id="pyftsubset-missing", tool="pyftsubset",
         script="pyftsubset /nonexistent/fonts/Brand.ttf --text=Hello", code="ERR_1003",
         path="/nonexistent/fonts/Brand.ttf", why="the font to subset does not exist"),
    dict(id="pyftsubset-rofs", tool="pyftsubset",
         script=f"pyftsubset {B}/font.ttf --text=Hello --output-file=$M/brand.woff --flavor=woff",
         code="ERR_1012", mount="ro", why="the subset font is written to a read-only mount"),
    dict(id="neg-pyftsubset-bad-option", tool="pyftsubset",
         script=f"pyftsubset {B}/font.ttf --hodei-nosuch-option=1", code="ERR_1007",
         why="an unknown option: a usage error"),
    # --- lilypond --------------------------------------------------------------------------
    dict(id="lilypond-input-missing", tool="lilypond",
         script="lilypond /nonexistent/scores/sonata.ly", code="ERR_1003",
         path="/nonexistent/scores/sonata.ly",
         why="the score file does not exist"),
    dict(id="de-lilypond-input-missing", tool="lilypond",
         script="lilypond /nonexistent/noten/sonate.ly", code="ERR_1003", lang="de_DE.UTF-8",
         path="/nonexistent/noten/sonate.ly",
         why="the score file does not exist"),
    dict(id="lilypond-include-missing", tool="lilypond",
         script=f"lilypond {B}/include.ly", code="ERR_1003", path="hodei-macros.ily",
         why="a file the score includes does not exist", miss="LilyPond reports the missing include inside its progress output, and ends with 'failed files' naming the score"),
    dict(id="neg-it-lilypond-syntax", tool="lilypond",
         script=f"lilypond {B}/unclosed.ly", code="ERR_1007", lang="it_IT.UTF-8",
         why="the score has a syntax error"),
    dict(id="neg-fr-lilypond-unknown-command", tool="lilypond",
         script=f"lilypond {B}/unknowncmd.ly", code="ERR_1007", lang="fr_FR.UTF-8",
         why="the score uses a music command that does not exist: the job's own input error"),
    dict(id="lilypond-outdir-missing", tool="lilypond",
         script=f"lilypond -o /nonexistent/engraved/etude {B}/etude.ly", code="ERR_1003",
         path="/nonexistent/engraved", why="the output directory given with -o does not exist"),
    # --- jekyll ----------------------------------------------------------------------------
    dict(id="jekyll-config-missing", tool="jekyll",
         script=f"cp -r {B}/site src && jekyll build -s src -d out --config /nonexistent/website/_config.yml",
         code="ERR_1003", path="/nonexistent/website/_config.yml",
         why="the configuration file named on the command line does not exist"),
    dict(id="neg-jekyll-liquid-syntax", tool="jekyll",
         script=f"cp -r {B}/site-liquid src && jekyll build -s src -d out", code="ERR_1007",
         why="a page's Liquid template has an unclosed tag: a syntax error"),
    dict(id="neg-jekyll-plugin-missing", tool="jekyll",
         script=f"cp -r {B}/site-plugin src && jekyll build -s src -d out", code="ERR_1007",
         why="a plugin gem the site needs is not installed: a missing package dependency"),
    dict(id="jekyll-rofs", tool="jekyll",
         script=f"cp -r {B}/site src && jekyll build -s src -d $M/_site", code="ERR_1012", mount="ro",
         path="$M/_site",
         why="the site is written to a read-only mount"),
    dict(id="jekyll-dest-denied", tool="jekyll",
         script=f"cp -r {B}/site src && jekyll build -s src -d {RD}/_site", code="ERR_1002", user="nobody",
         path=f"{RD}/_site",
         why="the site's destination is in a directory the job's user may not write"),
    dict(id="neg-jekyll-bad-config", tool="jekyll",
         script=f"cp -r {B}/site src && jekyll build -s src -d out --config {B}/badconfig.yml", code="ERR_1007",
         why="the configuration file is not valid YAML"),
]
