"""Sealed batch 88: OCR engines and scan clean-up tools (recognising, binarising, DjVu/JBIG packing of scans)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch88"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
mkdir -p nobin armbin home outdir
pbmtext "HELLO WORLD 123" > text.pbm
pbmtopgm text.pbm > text.pgm 2>/dev/null || pamdepth 255 text.pbm > text.pgm
pbmmake -white 2480 3508 > big.pbm
pnmpaste text.pbm 200 200 big.pbm > scan.pbm
pbmtog3 scan.pbm > scan.g3
pbmtojbg scan.pbm scan.jbg
cjb2 text.pbm page.djvu
cjb2 scan.pbm bigpage.djvu
bzz -e scan.pbm scan.bzz
ppmmake rgb:c0/80/40 640 640 > color.ppm
pnmtotiff -truecolor color.ppm > color.tif 2>/dev/null
pnmtotiff text.pbm > bw.tif 2>/dev/null
pnmtojpeg text.pgm > photo.jpg 2>/dev/null
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n' > broken.pdf
printf 'P4\n640 480\n\001\002\003' > truncated.pbm
printf 'This is not a scan. Error: file not found, permission denied, no space left on device.\n' > notes.pbm
printf 'AT&T' > fake.djvu; printf 'FORM\000\000\000\010DJVUjunk' >> fake.djvu
printf 'II*\000garbage that is not a tiff directory' > broken.tif
printf '\227\112\102\062\015\012\032\012\001garbage-jbig2-stream' > broken.jb2
printf 'not a jbig file at all' > broken.jbg
printf 'not bzz data, really not' > broken.bzz
printf 'P5\n64 64\n255\n' > short.pgm
printf 'R 10 10\nnonsense row data\n' > broken.sep
python3 - <<'EOF'
# a small valid PDF page with one line of text, for the PDF-to-DjVu and sandwich cases
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
stream = b"BT /F1 18 Tf 20 40 Td (Scanned page) Tj ET"
objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
out = b"%PDF-1.4\n"
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open("page.pdf", "wb").write(out)
EOF
for f in text.pbm scan.pbm page.djvu scan.jbg scan.g3 color.tif page.pdf scan.bzz photo.jpg; do cp "$f" "private.${f}"; chmod 600 "private.${f}"; done
cp /bin/true armbin/tesseract
printf '\267\000' | dd of=armbin/tesseract bs=1 seek=18 conv=notrunc 2>/dev/null
cp armbin/tesseract armbin/textfilter
chmod 755 armbin/*
chmod -R a+rX .
for f in private.*; do chmod 600 "$f"; done
"""

H = {"HOME": f"{B}/home"}


def k(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- gocr ------------------------------------------------------------------------------
    k("gocr-input-missing", "gocr", f"gocr -i {B}/scans/page-001.pbm", "ERR_1003",
      "the scan page the job asks gocr to read does not exist", path=f"{B}/scans/page-001.pbm"),
    k("gocr-djpeg-missing", "gocr", f"PATH={B}/nobin /usr/bin/gocr -i {B}/photo.jpg", "ERR_1001",
      "gocr reads JPEG through the djpeg helper, which is not on PATH", command="djpeg"),
    k("neg-gocr-truncated", "gocr", f"gocr -i {B}/truncated.pbm", "ERR_1007",
      "the PBM scan is truncated: bad input data"),
    k("neg-gocr-bad-option", "gocr", f"gocr -Q 7 -i {B}/text.pbm", "ERR_1007",
      "an unknown option: a usage error"),
    k("neg-gocr-not-image", "gocr", f"gocr -i {B}/notes.pbm", "ERR_1007",
      "the input is text that merely quotes error words, not an image"),
    # --- ocrad -----------------------------------------------------------------------------
    k("ocrad-input-missing", "ocrad", f"ocrad {B}/scans/page-002.pbm", "ERR_1003",
      "the scan page does not exist", path=f"{B}/scans/page-002.pbm"),
    k("neg-ocrad-truncated", "ocrad", f"ocrad {B}/truncated.pbm", "ERR_1007",
      "the PBM scan is truncated: bad input data"),
    k("neg-ocrad-not-pnm", "ocrad", f"ocrad {B}/notes.pbm", "ERR_1007",
      "the input is not a PNM image, only text quoting error words"),
    k("neg-ocrad-bad-charset", "ocrad", f"ocrad --charset=klingon {B}/text.pbm", "ERR_1007",
      "an unknown character set name: a usage error"),
    k("neg-ocrad-bad-option", "ocrad", f"ocrad --deskew-harder {B}/text.pbm", "ERR_1007",
      "an unknown option: a usage error"),
    # --- unpaper ---------------------------------------------------------------------------
    k("unpaper-input-unreadable", "unpaper", f"unpaper {B}/private.scan.pbm out.pbm", "ERR_1002",
      "the job's user may not read the root-only scan", user="nobody", env=H, path=f"{B}/private.scan.pbm"),
    k("unpaper-output-ro", "unpaper", f"unpaper {B}/scan.pbm $M/clean.pbm", "ERR_1012",
      "the cleaned page goes to a read-only file system", mount="ro"),
    k("unpaper-output-rootdir", "unpaper", f"unpaper {B}/scan.pbm {RD}/clean.pbm", "ERR_1002",
      "the job's user may not write the cleaned page into a root-owned directory", user="nobody", env=H),
    k("neg-unpaper-output-exists", "unpaper", f"cp {B}/text.pbm clean.pbm; unpaper {B}/scan.pbm clean.pbm",
      "ERR_1007", "unpaper refuses to overwrite an existing output without --overwrite: the tool's own check"),
    k("neg-unpaper-truncated", "unpaper", f"unpaper {B}/truncated.pbm out.pbm", "ERR_1007",
      "the raw scan is truncated: bad input data"),
    k("neg-unpaper-bad-option", "unpaper", f"unpaper --deskew-everything {B}/scan.pbm out.pbm", "ERR_1007",
      "an unknown option: a usage error"),
    k("neg-unpaper-bad-layout", "unpaper", f"unpaper --layout triple {B}/scan.pbm out.pbm", "ERR_1007",
      "an invalid layout value: a usage error"),
    # --- jbig2dec --------------------------------------------------------------------------
    k("jbig2dec-input-missing", "jbig2dec", f"jbig2dec -o out.pbm {B}/scans/page.jb2", "ERR_1003",
      "the JBIG2 stream to decode does not exist", path=f"{B}/scans/page.jb2"),
    k("neg-jbig2dec-corrupt", "jbig2dec", f"jbig2dec -o out.pbm {B}/broken.jb2", "ERR_1007",
      "the JBIG2 stream is corrupt: bad input data"),
    k("neg-jbig2dec-not-jbig2", "jbig2dec", f"jbig2dec -o out.pbm {B}/notes.pbm", "ERR_1007",
      "the input is text quoting error words, not a JBIG2 stream"),
    # --- jbgtopbm --------------------------------------------------------------------------
    k("jbgtopbm-input-missing", "jbgtopbm", f"jbgtopbm {B}/scans/fax.jbg out.pbm", "ERR_1003",
      "the JBIG file does not exist", path=f"{B}/scans/fax.jbg"),
    k("jbgtopbm-output-full", "jbgtopbm", f"jbgtopbm {B}/scan.jbg $M/page.pbm", "ERR_1012",
      "the decoded page does not fit on the full disk", mount="full"),
    k("jbgtopbm-input-unreadable", "jbgtopbm", f"jbgtopbm {B}/private.scan.jbg out.pbm", "ERR_1002",
      "the job's user may not read the root-only JBIG file", user="nobody", env=H, path=f"{B}/private.scan.jbg"),
    k("neg-jbgtopbm-corrupt", "jbgtopbm", f"jbgtopbm {B}/broken.jbg out.pbm", "ERR_1007",
      "the file is not valid JBIG data"),
    # --- minidjvu --------------------------------------------------------------------------
    k("minidjvu-input-missing", "minidjvu", f"minidjvu {B}/scans/p1.pbm out.djvu", "ERR_1003",
      "the page to encode does not exist", path=f"{B}/scans/p1.pbm"),
    k("neg-minidjvu-truncated", "minidjvu", f"minidjvu {B}/truncated.pbm out.djvu", "ERR_1007",
      "the PBM page is truncated: bad input data"),
    # --- djvulibre helpers -----------------------------------------------------------------
    k("djvuextract-input-missing", "djvuextract", f"djvuextract {B}/scans/book.djvu Sjbz=mask.jb2", "ERR_1003",
      "the DjVu file does not exist", path=f"{B}/scans/book.djvu"),
    k("djvuextract-input-missing-fr", "djvuextract", f"djvuextract {B}/scans/livre.djvu Sjbz=mask.jb2",
      "ERR_1003", "the DjVu file does not exist (French messages)", lang="fr_FR.UTF-8",
      path=f"{B}/scans/livre.djvu"),
    k("djvuextract-output-ro", "djvuextract", f"djvuextract {B}/bigpage.djvu Sjbz=$M/mask.jb2", "ERR_1012",
      "the chunk goes to a read-only file system", mount="ro"),
    k("neg-djvuextract-corrupt", "djvuextract", f"djvuextract {B}/fake.djvu Sjbz=mask.jb2", "ERR_1007",
      "the DjVu file is corrupt"),
    k("djvumake-chunk-missing", "djvumake", f"djvumake out.djvu INFO=2480,3508,300 Sjbz={B}/scans/mask.jb2",
      "ERR_1003", "the mask chunk file to pack does not exist", path=f"{B}/scans/mask.jb2"),
    k("djvups-input-missing", "djvups", f"djvups {B}/scans/book.djvu book.ps", "ERR_1003",
      "the DjVu file to print does not exist", path=f"{B}/scans/book.djvu"),
    k("neg-djvups-corrupt-de", "djvups", f"djvups {B}/fake.djvu out.ps", "ERR_1007",
      "the DjVu file is corrupt (German messages)", lang="de_DE.UTF-8"),
    k("djvudump-input-missing", "djvudump", f"djvudump {B}/scans/book.djvu", "ERR_1003",
      "the DjVu file does not exist", path=f"{B}/scans/book.djvu"),
    k("cpaldjvu-input-missing", "cpaldjvu", f"cpaldjvu {B}/scans/cover.ppm cover.djvu", "ERR_1003",
      "the colour page does not exist", path=f"{B}/scans/cover.ppm"),
    k("neg-cpaldjvu-not-image", "cpaldjvu", f"cpaldjvu {B}/notes.pbm cover.djvu", "ERR_1007",
      "the input is not an image"),
    k("csepdjvu-input-missing", "csepdjvu", f"csepdjvu {B}/scans/page.sep page.djvu", "ERR_1003",
      "the separated page file does not exist", path=f"{B}/scans/page.sep"),
    k("neg-csepdjvu-garbage", "csepdjvu", f"csepdjvu {B}/broken.sep page.djvu", "ERR_1007",
      "the separated page file is malformed"),
    k("djvmcvt-input-missing", "djvmcvt", f"djvmcvt -b {B}/scans/book.djvu bundled.djvu", "ERR_1003",
      "the document to convert does not exist", path=f"{B}/scans/book.djvu"),
    k("bzz-input-missing", "bzz", f"bzz -d {B}/scans/text.bzz out.txt", "ERR_1003",
      "the compressed file does not exist", path=f"{B}/scans/text.bzz"),
    k("bzz-output-full", "bzz", f"bzz -d {B}/scan.bzz $M/scan.pbm", "ERR_1012",
      "the decompressed page does not fit on the full disk", mount="full"),
    k("neg-bzz-corrupt", "bzz", f"bzz -d {B}/broken.bzz out.txt", "ERR_1007",
      "the input is not BZZ-compressed data"),
    # --- pdf2djvu --------------------------------------------------------------------------
    k("pdf2djvu-input-missing", "pdf2djvu", f"pdf2djvu -o out.djvu {B}/scans/book.pdf", "ERR_1003",
      "the PDF to convert does not exist", path=f"{B}/scans/book.pdf"),
    k("pdf2djvu-input-missing-de", "pdf2djvu", f"pdf2djvu -o out.djvu {B}/scans/buch.pdf", "ERR_1003",
      "the PDF to convert does not exist (German messages)", lang="de_DE.UTF-8", path=f"{B}/scans/buch.pdf"),
    k("pdf2djvu-output-ro", "pdf2djvu", f"pdf2djvu -o $M/book.djvu {B}/page.pdf", "ERR_1012",
      "the DjVu output goes to a read-only file system", mount="ro"),
    k("neg-pdf2djvu-corrupt", "pdf2djvu", f"pdf2djvu -o out.djvu {B}/broken.pdf", "ERR_1007",
      "the PDF is broken"),
    k("neg-pdf2djvu-not-pdf", "pdf2djvu", f"pdf2djvu -o out.djvu {B}/notes.pbm", "ERR_1007",
      "the input is text quoting error words, not a PDF"),
    k("neg-pdf2djvu-bad-option", "pdf2djvu", f"pdf2djvu --ocr-magic -o out.djvu {B}/page.pdf", "ERR_1007",
      "an unknown option: a usage error"),
    # --- fax / tiff tools ------------------------------------------------------------------
    k("fax2tiff-output-ro", "fax2tiff", f"fax2tiff -o $M/fax.tif {B}/scan.g3", "ERR_1012",
      "the TIFF output goes to a read-only file system", mount="ro"),
    k("tiffmedian-input-missing", "tiffmedian", f"tiffmedian {B}/scans/cover.tif out.tif", "ERR_1003",
      "the colour scan does not exist", path=f"{B}/scans/cover.tif"),
    k("tiffmedian-output-full", "tiffmedian", f"tiffmedian {B}/color.tif $M/cover.tif", "ERR_1012",
      "the reduced page does not fit on the full disk", mount="full"),
    k("neg-tiffmedian-bilevel", "tiffmedian", f"tiffmedian {B}/bw.tif out.tif", "ERR_1007",
      "tiffmedian only takes RGB scans: the input is the wrong kind"),
    # --- netpbm binarisation ---------------------------------------------------------------
    k("pamthreshold-input-missing", "pamthreshold", f"pamthreshold {B}/scans/gray.pgm > out.pbm", "ERR_1003",
      "the grey scan does not exist", path=f"{B}/scans/gray.pgm"),
    k("neg-pamthreshold-short", "pamthreshold", f"pamthreshold {B}/short.pgm > out.pbm", "ERR_1007",
      "the grey scan is truncated"),
    k("pamditherbw-input-unreadable", "pamditherbw", f"pamditherbw {B}/private.text.pbm > out.pbm", "ERR_1002",
      "the job's user may not read the root-only scan", user="nobody", env=H, path=f"{B}/private.text.pbm"),
    k("neg-pamditherbw-bad-option", "pamditherbw", f"pamditherbw -diffusionrate {B}/text.pgm > out.pbm",
      "ERR_1007", "an unknown option: a usage error"),
    k("neg-pnmnorm-not-image", "pnmnorm", f"pnmnorm {B}/notes.pbm > out.pnm", "ERR_1007",
      "the input is text quoting error words, not an image"),
    # --- pdfsandwich -----------------------------------------------------------------------
    k("pdfsandwich-input-missing", "pdfsandwich", f"pdfsandwich -o out.pdf {B}/scans/book.pdf", "ERR_1003",
      "the scanned PDF does not exist", path=f"{B}/scans/book.pdf"),
    k("pdfsandwich-tesseract-missing", "pdfsandwich",
      f"pdfsandwich -tesseract /usr/bin/tesseract-ocr-5 -o out.pdf {B}/page.pdf", "ERR_1001",
      "the OCR engine pdfsandwich is told to run is not installed", command="/usr/bin/tesseract-ocr-5"),
    k("neg-pdfsandwich-lang-missing", "pdfsandwich", f"pdfsandwich -lang tlh -o out.pdf {B}/page.pdf",
      "ERR_1007", "the OCR language pack asked for is not installed: a missing package dependency"),
    # --- added situations ------------------------------------------------------------------
    k("pdf2djvu-thread-limit", "pdf2djvu", f"ulimit -u 1; pdf2djvu -j 4 -o out.djvu {B}/page.pdf", "ERR_1004",
      "under a one-process limit pdf2djvu cannot create its worker threads", user="nobody", env=H),
    k("pdf2djvu-filter-missing", "pdf2djvu", f"pdf2djvu --filter-text=hodei-textfix -o out.djvu {B}/page.pdf",
      "ERR_1001", "the text filter program pdf2djvu runs for each page is not installed", command="hodei-textfix"),
    k("pdf2djvu-filter-wrong-arch", "pdf2djvu",
      f"pdf2djvu --filter-text={B}/armbin/textfilter -o out.djvu {B}/page.pdf", "ERR_1004",
      "the text filter program is a binary for another architecture"),
    k("pdf2djvu-input-unreadable", "pdf2djvu", f"pdf2djvu -o out.djvu {B}/private.page.pdf", "ERR_1002",
      "the job's user may not read the root-only PDF", user="nobody", env=H, path=f"{B}/private.page.pdf"),
    k("unpaper-output-dir-missing", "unpaper", f"unpaper {B}/scan.pbm {B}/cleaned/p1.pbm", "ERR_1003",
      "the output directory for the cleaned pages does not exist", path=f"{B}/cleaned/p1.pbm"),
    k("jbgtopbm-output-ro", "jbgtopbm", f"jbgtopbm {B}/scan.jbg $M/page.pbm", "ERR_1012",
      "the decoded page goes to a read-only file system", mount="ro", path="$M/page.pbm"),
    k("jbgtopbm-output-noinodes", "jbgtopbm", f"jbgtopbm {B}/scan.jbg $M/page.pbm", "ERR_1012",
      "no inodes left for the decoded page", mount="inodes", path="$M/page.pbm"),
    k("bzz-output-ro", "bzz", f"bzz -d {B}/scan.bzz $M/scan.pbm", "ERR_1012",
      "the decompressed page goes to a read-only file system", mount="ro"),
    k("tiffmedian-output-ro", "tiffmedian", f"tiffmedian {B}/color.tif $M/cover.tif", "ERR_1012",
      "the reduced page goes to a read-only file system", mount="ro"),
    k("neg-djvudump-not-djvu", "djvudump", f"djvudump {B}/fake.djvu", "ERR_1007",
      "the DjVu file is corrupt"),
    k("fax2tiff-output-rootdir", "fax2tiff", f"fax2tiff -o {RD}/fax.tif {B}/scan.g3", "ERR_1002",
      "the job's user may not create the TIFF in a root-owned directory", user="nobody", env=H),
    k("neg-pamthreshold-bad-option", "pamthreshold", f"pamthreshold -localmean {B}/text.pgm > out.pbm",
      "ERR_1007", "an unknown option: a usage error"),
    k("neg-pdf2djvu-bad-dpi-pt", "pdf2djvu", f"pdf2djvu -d muitos -o out.djvu {B}/page.pdf", "ERR_1007",
      "the resolution value is not a number: a usage error (Portuguese messages)", lang="pt_BR.UTF-8"),
]
