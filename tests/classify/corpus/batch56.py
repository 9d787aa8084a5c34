"""Sealed batch 56: netpbm, libtiff and other small image converters."""
import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (97.0% of codes, 65/67), then worked on."""
B = f"{R}/batch56"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NB = "nobody"

FIXTURES = r"""
ppmmake red 40 30 > a.ppm
ppmmake rgb:20/40/60 400 300 > big.ppm
pnmtopng a.ppm > a.png 2>/dev/null
pnmtopng big.ppm > big.png 2>/dev/null
pnmtotiff a.ppm > a.tif 2>/dev/null
pnmtotiff -none big.ppm > big.tif 2>/dev/null
ppmmake blue 40 30 | pnmtotiff > b.tif 2>/dev/null
pamtogif a.ppm > a.gif 2>/dev/null
ppmtobmp a.ppm > a.bmp 2>/dev/null
pnmtojpeg a.ppm > a.jpg
printf '%%!PS\nnewpath 10 10 moveto 100 100 lineto stroke showpage\n' > a.ps
head -c 20 a.tif > trunc.tif
head -c 100 a.ppm > trunc.ppm
head -c 60 a.png > trunc.png
printf 'this file was not found on the server\n' > missing-page.png
printf 'access denied\n' > denied.tif
printf 'GIF89a\x01\x00' > short.gif
printf 'BM\x10\x00' > short.bmp
mkdir -p fgs pq noutil
cp /bin/true fgs/gs
printf '\xb7\x00' | dd of=fgs/gs bs=1 seek=18 conv=notrunc 2>/dev/null
chmod 755 fgs/gs
for t in perl pnmquant sh bash; do ln -sf "$(command -v $t)" pq/; done
for t in anytopnm sh bash; do ln -sf "$(command -v $t)" noutil/; done
chmod -R a+rX .
"""


def k(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- missing input ------------------------------------------------------------------------
    k("pamscale-input-missing", "pamscale", "pamscale 0.5 /nonexistent/scans/page1.ppm > out.ppm",
      "ERR_1003", "the image to scale does not exist", path="/nonexistent/scans/page1.ppm"),
    k("pamfile-input-missing", "pamfile", "pamfile /nonexistent/frames/f001.pam", "ERR_1003",
      "the image to describe does not exist", path="/nonexistent/frames/f001.pam"),
    k("pamtopng-input-missing", "pamtopng", "pamtopng /nonexistent/tiles/t0.pam > t0.png",
      "ERR_1003", "the input image does not exist", path="/nonexistent/tiles/t0.pam"),
    k("anytopnm-input-missing", "anytopnm", "anytopnm /nonexistent/upload/photo.img > p.pnm",
      "ERR_1003", "the uploaded image to convert does not exist", path="/nonexistent/upload/photo.img"),
    k("tiffsplit-input-missing", "tiffsplit", "tiffsplit /nonexistent/fax/in.tif page-", "ERR_1003",
      "the multi-page TIFF to split does not exist", path="/nonexistent/fax/in.tif"),
    k("tiffdump-input-missing", "tiffdump", "tiffdump /nonexistent/scan.tif", "ERR_1003",
      "the TIFF to dump does not exist", path="/nonexistent/scan.tif"),
    k("tiff2pdf-input-missing", "tiff2pdf", "tiff2pdf -o out.pdf /nonexistent/scans/doc.tif",
      "ERR_1003", "the TIFF to turn into a PDF does not exist", path="/nonexistent/scans/doc.tif"),
    k("tiffcrop-input-missing", "tiffcrop", "tiffcrop /nonexistent/maps/sheet.tif out.tif",
      "ERR_1003", "the TIFF to crop does not exist", path="/nonexistent/maps/sheet.tif"),
    k("zopflipng-input-missing", "zopflipng", "zopflipng /nonexistent/assets/logo.png logo.png 1>&2",
      "ERR_1003", "the PNG to optimize does not exist", path="/nonexistent/assets/logo.png"),
    k("giftopnm-input-missing", "giftopnm", "giftopnm /nonexistent/anim/spin.gif > s.pnm",
      "ERR_1003", "the GIF to convert does not exist", path="/nonexistent/anim/spin.gif"),
    k("bmptopnm-input-missing", "bmptopnm", "bmptopnm /nonexistent/icons/app.bmp > a.pnm",
      "ERR_1003", "the BMP to convert does not exist", path="/nonexistent/icons/app.bmp"),
    k("pnmtojpeg-input-missing", "pnmtojpeg", "pnmtojpeg /nonexistent/render/frame.ppm > f.jpg",
      "ERR_1003", "the rendered frame to encode does not exist", path="/nonexistent/render/frame.ppm"),
    k("tiff2ps-input-missing", "tiff2ps", "tiff2ps /nonexistent/print/job.tif > job.ps",
      "ERR_1003", "the TIFF to print does not exist", path="/nonexistent/print/job.tif"),
    k("pamcomp-overlay-missing", "pamcomp", f"pamcomp /nonexistent/watermark.pam {B}/a.ppm > o.ppm",
      "ERR_1003", "the overlay image named for compositing does not exist", path="/nonexistent/watermark.pam"),
    k("pnmtops-input-missing", "pnmtops", "pnmtops /nonexistent/plots/fig2.pnm > fig2.ps",
      "ERR_1003", "the image to print does not exist", path="/nonexistent/plots/fig2.pnm"),
    k("tiff2bw-input-missing", "tiff2bw", "tiff2bw /nonexistent/color.tif gray.tif", "ERR_1003",
      "the colour TIFF to convert does not exist", path="/nonexistent/color.tif"),
    # --- permission ---------------------------------------------------------------------------
    k("pamscale-input-eacces", "pamscale", f"pamscale 2 {L}/secret.txt > o.ppm", "ERR_1002",
      "the job's user may not read the input image", user=NB, path=f"{L}/secret.txt"),
    k("tifftopnm-input-eacces", "tifftopnm", f"tifftopnm {L}/secret.txt > o.pnm", "ERR_1002",
      "the job's user may not read the TIFF", user=NB, path=f"{L}/secret.txt"),
    k("tiffdump-input-eacces", "tiffdump", f"tiffdump {RF}", "ERR_1002",
      "the job's user may not read the root-only file", user=NB, path=RF),
    k("pnmfile-input-eacces", "pnmfile", f"pnmfile {RF}", "ERR_1002",
      "the job's user may not read the root-only file", user=NB, path=RF),
    k("tiffsplit-output-eacces", "tiffsplit", f"tiffsplit {B}/a.tif {RD}/page-", "ERR_1002",
      "the job's user may not create the page files in a root-owned directory", user=NB),
    k("tiffcrop-output-eacces", "tiffcrop", f"tiffcrop {B}/a.tif {RD}/crop.tif", "ERR_1002",
      "the job's user may not create the cropped TIFF in a root-owned directory", user=NB,
      path=f"{RD}/crop.tif"),
    k("tiffset-eacces", "tiffset", f"tiffset -s 270 scan {RF}",
      "ERR_1002", "the job's user may not open the root-owned file for update", user=NB, path=RF),
    k("giftopnm-input-eacces", "giftopnm", f"giftopnm {L}/secret.txt > o.pnm", "ERR_1002",
      "the job's user may not read the input", user=NB, path=f"{L}/secret.txt"),
    # --- storage ------------------------------------------------------------------------------
    k("tiffsplit-rofs", "tiffsplit", f"tiffsplit {B}/a.tif $M/page-", "ERR_1012",
      "the page files cannot be created on a read-only file system", mount="ro"),
    k("tiffcrop-rofs", "tiffcrop", f"tiffcrop {B}/a.tif $M/crop.tif", "ERR_1012",
      "the cropped TIFF cannot be created on a read-only file system", mount="ro", path="$M/crop.tif"),
    k("ppm2tiff-rofs", "ppm2tiff", f"ppm2tiff {B}/a.ppm $M/a.tif", "ERR_1012",
      "the TIFF cannot be created on a read-only file system", mount="ro", path="$M/a.tif"),
    k("tiffset-rofs", "tiffset", "tiffset -s 270 scan $M/existing.txt", "ERR_1012",
      "the file cannot be opened for update on a read-only file system", mount="ro",
      path="$M/existing.txt"),
    k("tiffcrop-enospc", "tiffcrop", f"tiffcrop {B}/big.tif $M/crop.tif", "ERR_1012",
      "the disk filled up while the cropped TIFF was written", mount="full"),
    k("pamscale-enospc", "pamscale", f"pamscale 2 {B}/big.ppm > $M/big2.ppm", "ERR_1012",
      "the disk filled up while the scaled image was written", mount="full"),
    k("pnmtojpeg-enospc", "pnmtojpeg", f"pnmscale 3 {B}/big.ppm | pnmtojpeg -quality 100 > $M/big.jpg",
      "ERR_1012", "the disk filled up while the JPEG was written", mount="full"),
    # --- spawned programs, process limit, architecture ----------------------------------------
    k("pnmquant-helper-missing", "pnmquant", f"PATH={B}/pq pnmquant 16 {B}/a.ppm > q.ppm",
      "ERR_1001", "the helper program pnmquant runs is not on PATH", command="pnmcolormap"),
    k("anytopnm-mktemp-missing", "anytopnm", f"PATH={B}/noutil anytopnm {B}/a.png > a.pnm",
      "ERR_1001", "the mktemp program the script runs is not on PATH", command="mktemp"),
    k("pngout-not-installed", "pngout", f"pngout {B}/a.png out.png", "ERR_1001",
      "the PNG optimizer is not installed", command="pngout"),
    k("oxipng-not-installed", "oxipng", f"oxipng -o 4 {B}/a.png", "ERR_1001",
      "the PNG optimizer is not installed", command="oxipng"),
    k("pstopnm-fork-eagain", "pstopnm", f"ulimit -u 1; exec pstopnm -stdout {B}/a.ps > o.ppm",
      "ERR_1004", "the process limit prevents starting Ghostscript", user=NB),
    k("anytopnm-fork-eagain", "anytopnm", f"ulimit -u 1; exec anytopnm {B}/a.png > o.pnm",
      "ERR_1004", "the process limit prevents the script from forking", user=NB),
    k("pnmmargin-fork-eagain", "pnmmargin", f"ulimit -u 1; exec pnmmargin 5 {B}/a.ppm > o.ppm",
      "ERR_1004", "the process limit prevents the script from forking", user=NB),
    k("de-anytopnm-fork-eagain", "anytopnm", f"ulimit -u 1; exec anytopnm {B}/a.png > o.pnm",
      "ERR_1004", "the process limit prevents the script from forking", user=NB, lang="de_DE.UTF-8"),
    k("pstopnm-gs-exec-format", "pstopnm", f"PATH={B}/fgs:$PATH pstopnm -stdout {B}/a.ps > o.ppm",
      "ERR_1004", "the Ghostscript on PATH is a binary for another architecture"),
    # --- negatives ----------------------------------------------------------------------------
    k("neg-pamcut-beyond-edge", "pamcut", f"pamcut 0 0 100 100 {B}/a.ppm > c.ppm", "ERR_1007",
      "the crop rectangle lies outside the image"),
    k("neg-pnmcut-left-edge", "pnmcut", f"pnmcut -left 50 {B}/a.ppm > c.ppm", "ERR_1007",
      "the crop's left edge is outside the image"),
    k("neg-pnmscale-zero", "pnmscale", f"pnmscale -xsize 0 {B}/a.ppm > s.ppm", "ERR_1007",
      "a zero width is a usage error"),
    k("neg-giftopnm-png", "giftopnm", f"giftopnm {B}/missing-page.png > g.pnm", "ERR_1007",
      "the input is not a GIF"),
    k("neg-tifftopnm-png", "tifftopnm", f"tifftopnm {B}/a.png > t.pnm", "ERR_1007",
      "the input is a PNG, not a TIFF, though the tool says it cannot access it"),
    k("neg-bmptopnm-png", "bmptopnm", f"bmptopnm {B}/a.png > b.pnm", "ERR_1007",
      "the input is not a BMP"),
    k("neg-pnmfile-png", "pnmfile", f"pnmfile {B}/a.png", "ERR_1007", "the input is not a netpbm image"),
    k("neg-ppmtobmp-png", "ppmtobmp", f"ppmtobmp {B}/a.png > b.bmp", "ERR_1007",
      "the input is not a netpbm image"),
    k("neg-tiff2pdf-not-tiff", "tiff2pdf", f"tiff2pdf -o out.pdf {B}/denied.tif", "ERR_1007",
      "the file is a text file, not a TIFF; the tool only says it cannot open it"),
    k("neg-tiffdump-not-tiff", "tiffdump", f"tiffdump {B}/a.png", "ERR_1007", "the input is not a TIFF"),
    k("neg-tiffset-not-tiff", "tiffset", f"cp {B}/a.png x.tif; tiffset -s 270 scan x.tif",
      "ERR_1007", "the file to tag is not a TIFF"),
    k("neg-tiffsplit-truncated", "tiffsplit", f"tiffsplit {B}/trunc.tif page-", "ERR_1007",
      "the TIFF is truncated and its directory cannot be read"),
    k("neg-tiffcrop-not-tiff", "tiffcrop", f"tiffcrop {B}/a.png out.tif", "ERR_1007",
      "the input is not a TIFF"),
    k("neg-zopflipng-not-png", "zopflipng", f"zopflipng {B}/a.ppm out.png 1>&2", "ERR_1007",
      "the input is not a PNG"),
    k("neg-zopflipng-truncated", "zopflipng", f"zopflipng {B}/trunc.png out.png 1>&2", "ERR_1007",
      "the PNG is truncated"),
    k("neg-pamscale-truncated", "pamscale", f"pamscale 2 {B}/trunc.ppm > s.ppm", "ERR_1007",
      "the image data ends early"),
    k("neg-pamscale-bad-option", "pamscale", f"pamscale --widht=20 {B}/a.ppm > s.ppm", "ERR_1007",
      "a misspelled option is a usage error"),
    k("neg-pnmtojpeg-bad-option", "pnmtojpeg", f"pnmtojpeg -qualty 80 {B}/a.ppm > a.jpg", "ERR_1007",
      "an unknown option is a usage error"),
    k("neg-giftopnm-short", "giftopnm", f"giftopnm {B}/short.gif > g.pnm", "ERR_1007",
      "the GIF ends right after its header"),
    k("neg-bmptopnm-short", "bmptopnm", f"bmptopnm {B}/short.bmp > b.pnm", "ERR_1007",
      "the BMP ends right after its header"),
    k("neg-pamcomp-bad-align", "pamcomp", f"pamcomp -align=middle {B}/a.ppm {B}/big.ppm > o.ppm",
      "ERR_1007", "an invalid alignment value is a usage error"),
    k("neg-tiff2ps-not-tiff", "tiff2ps", f"tiff2ps {B}/missing-page.png > p.ps", "ERR_1007",
      "the input is not a TIFF"),
    k("neg-pamtopng-not-pam", "pamtopng", f"pamtopng {B}/a.png > o.png", "ERR_1007",
      "the input is a PNG, not a netpbm image"),
    k("tifftopnm-input-missing", "tifftopnm", "tifftopnm /nonexistent/scans/p7.tif > p7.pnm",
      "ERR_1003", "the TIFF to convert does not exist", path="/nonexistent/scans/p7.tif"),
    k("pamcut-input-missing", "pamcut", "pamcut -width 10 /nonexistent/sprites/sheet.ppm > s.ppm",
      "ERR_1003", "the image to cut does not exist", path="/nonexistent/sprites/sheet.ppm"),
    k("pamflip-input-missing", "pamflip", "pamflip -r90 /nonexistent/camera/img.ppm > r.ppm",
      "ERR_1003", "the photo to rotate does not exist", path="/nonexistent/camera/img.ppm"),
    k("pnmcut-input-eacces", "pnmcut", f"pnmcut -width 10 {L}/secret.txt > c.ppm", "ERR_1002",
      "the job's user may not read the input", user=NB, path=f"{L}/secret.txt"),
]
