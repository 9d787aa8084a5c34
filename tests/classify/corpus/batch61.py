"""Sealed batch 61: vector graphics and image editors in batch mode, and graphics format
converters, as asset-pipeline jobs run them (inkscape exports, gimp script-fu batches,
asymptote figures, SVG optimisers and rasterisers, metafile, EPS, icon, APNG, EXR, TIFF,
JPEG 2000, JPEG XL, WebP, JBIG and font converters)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (91.4% of codes, 85/93), then worked on."""
F = f"{R}/batch61"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
cat > logo.svg <<'X'
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect id="bg" x="4" y="4" width="56" height="56" fill="#3a7"/><circle id="dot" cx="32" cy="32" r="20" fill="#fff"/></svg>
X
printf '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">\n<rect x="4" y="4" width="56" height="56" fill="red">\n</svg>\n' > broken.svg
/usr/bin/python3 - <<'X'
import struct, zlib
def png(path, w, h):
    raw = b"".join(b"\0" + b"".join(bytes((x * 4 % 256, y * 4 % 256, 120)) for x in range(w)) for y in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
png("logo.png", 64, 64)
png("frame1.png", 32, 32)
png("frame2.png", 32, 32)
png("banner.png", 100, 30)
png("photo.png", 512, 512)
open("in.pbm", "wb").write(b"P4\n16 16\n" + bytes(range(32)))
d = bytearray(open("/bin/true", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
open("resvg", "wb").write(d)
X
chmod 755 resvg
printf 'this is not an image\n' > notimage.png
cp notimage.png notimage.gif; cp notimage.png notimage.cdr; cp notimage.png notimage.ttf
cp notimage.png notimage.jbg; cp notimage.png notimage.exr; cp notimage.png notimage.icns
cp notimage.png notimage.wmf; cp notimage.png notimage.dia
printf '%%!PS\n/Helvetica findfont 12 scalefont setfont\n72 72 moveto (draft) show\nshowpage\n' > page.ps
printf 'just some notes, not postscript\n' > notes.eps
printf 'this is not a tiff\n' > notiff.tif
printf 'size(100);\ndraw((0,0)--(1,1));\nlabel("$x$",(0,0));\n' > fig.asy
printf 'size(100);\ndraw((0,0)--(1,1));\n' > nolabel.asy
printf 'size(100);\ndraw((0,0)--(1,1)\nlabel("x");\n' > syn.asy
printf 'import hodeiplots;\ndraw((0,0)--(1,1));\n' > imp.asy
printf '<designspace format="4"><sources>' > bad.designspace
printf '<designspace format="4.1"><sources><source filename="masters/Brand-Bold.ufo" name="bold"><location/></source></sources></designspace>\n' > noaxes.designspace
mkdir -p svgo-plugin svgo-syntax
printf 'module.exports = {\n  multipass: true,\n  plugins: ["preset-default", "removeUnusedGradients"],\n};\n' > svgo-plugin/svgo.config.js
printf 'module.exports = {\n  multipass: true,\n  plugins: ["preset-default",\n};\n' > svgo-syntax/svgo.config.js
export HOME="$PWD"
inkscape logo.svg --export-filename=clip.wmf 2>/dev/null
inkscape logo.svg --export-filename=doc.pdf 2>/dev/null
inkscape logo.svg --export-filename=fig.eps 2>/dev/null
apngasm anim.png frame1.png frame2.png >/dev/null
png2icns small.icns frame1.png >/dev/null
head -c 200 clip.wmf > trunc.wmf
convert logo.png scan.tif
convert photo.png photo.tif
convert logo.png logo.gif
convert photo.png logo.png photo.png logo.png photo.png logo.png photo.png pages.tif
convert photo.png render.exr
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf Sans.ttf
/usr/bin/python3 - <<'X'
import ufoLib2
f = ufoLib2.Font()
f.info.familyName, f.info.styleName = "Brand", "Regular"
f.info.unitsPerEm, f.info.ascender, f.info.descender = 1000, 800, -200
g = f.newGlyph(".notdef"); g.width = 500
g = f.newGlyph("space"); g.width = 250; g.unicodes = [32]
f.save("Sans.ufo", overwrite=True)
X
rm -rf .config .cache .local
mkdir -p asybin psbin
ln -sf /usr/bin/asy asybin/asy
mkdir -p asysvg; ln -sf /usr/bin/asy /usr/bin/latex /usr/bin/gs asysvg/
ln -sf /usr/bin/ps2eps psbin/ps2eps; ln -sf /usr/bin/perl psbin/perl
chmod -R a+rX .
"""

NOBODY = "nobody"

CASES = [
    # --- inkscape ------------------------------------------------------------------------
    dict(id="inkscape-export-missing-input", tool="inkscape",
         script="inkscape /nonexistent/brand/logo.svg --export-type=png "
                "--export-filename=logo.png; test -s logo.png",
         code="ERR_1003", path="/nonexistent/brand/logo.svg",
         why="The SVG the export names does not exist, and inkscape says it cannot open it."),
    dict(id="inkscape-export-outdir-missing", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-filename=/nonexistent/dist/icons/logo.png; "
                "test -s /nonexistent/dist/icons/logo.png",
         code="ERR_1003", path="/nonexistent/dist/icons/logo.png",
         why="The export's target directory does not exist, and inkscape says so and skips it."),
    dict(id="neg-inkscape-unknown-export-type", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-type=bmp --export-filename=logo.bmp; "
                "test -s logo.bmp",
         code="ERR_1007",
         why="A usage error: bmp is not an export type inkscape knows."),
    dict(id="neg-inkscape-export-id-missing", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-id=icon-main --export-filename=icon.png; "
                "test -s icon.png",
         code="ERR_1007",
         why="The object id asked for does not exist in the drawing: an unknown name inside "
             "the document, the job's own mistake."),
    dict(id="inkscape-pdf-rofs", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-filename=$M/logo.pdf; test -s $M/logo.pdf",
         code="ERR_1012", mount="ro", path="$M/logo.pdf",
         why="The PDF cannot be created because the file system is read-only."),
    dict(id="inkscape-png-disk-full", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-dpi=3000 --export-filename=$M/logo.png; "
                "test -s $M/logo.png",
         code="ERR_1012", mount="full",
         why="The PNG write fails because the disk is full (libpng reports a write error)."),
    dict(id="inkscape-pdf-denied", tool="inkscape",
         script=f"inkscape {F}/logo.svg --export-filename={RD}/logo.pdf; test -s {RD}/logo.pdf",
         code="ERR_1002", user=NOBODY, path=f"{RD}/logo.pdf",
         why="The job's user may not create files in the target directory."),
    dict(id="inkscape-thread-limit", tool="inkscape",
         script=f"ulimit -u 1; exec inkscape {F}/logo.svg --export-filename=logo.png",
         code="ERR_1004", user=NOBODY,
         why="Under a process limit inkscape cannot create its main-loop thread."),
    # --- gimp ----------------------------------------------------------------------------
    dict(id="gimp-batch-missing-input", tool="gimp",
         script="gimp -i -b '(let* ((img (car (gimp-file-load RUN-NONINTERACTIVE "
                "\"/nonexistent/photos/hero.jpg\" \"hero.jpg\")))) (gimp-image-delete img))' "
                "-b '(gimp-quit 0)'; test -s hero-small.jpg",
         code="ERR_1003", path="/nonexistent/photos/hero.jpg",
         why="The image the script-fu batch loads does not exist."),
    dict(id="neg-gimp-batch-unbound-procedure", tool="gimp",
         script="gimp -i -b '(let* ((img (car (gimp-file-load RUN-NONINTERACTIVE "
                f"\"{F}/logo.png\" \"logo.png\")))) (script-fu-hodei-sharpen img))' "
                "-b '(gimp-quit 0)'; test -s logo-sharp.png",
         code="ERR_1007",
         why="The batch script calls a script-fu procedure that is not defined: an error in "
             "the job's own script."),
    dict(id="de-gimp-batch-missing-input", tool="gimp",
         script="gimp -i -b '(gimp-file-load RUN-NONINTERACTIVE \"/nonexistent/fotos/team.png\" "
                "\"team.png\")' -b '(gimp-quit 0)'; test -s team.jpg",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/fotos/team.png",
         why="The image the batch loads does not exist (German messages)."),
    dict(id="gimp-batch-save-denied", tool="gimp",
         script="export HOME=$PWD; gimp -i -b '(let* ((img (car (gimp-file-load RUN-NONINTERACTIVE "
                f"\"{F}/logo.png\" \"logo.png\"))) (d (car (gimp-image-get-active-drawable img)))) "
                f"(file-png-save-defaults RUN-NONINTERACTIVE img d \"{RD}/logo-out.png\" "
                "\"logo-out.png\"))' -b '(gimp-quit 0)'; "
                f"test -s {RD}/logo-out.png",
         code="ERR_1002", user=NOBODY, path=f"{RD}/logo-out.png",
         why="The job's user may not write the exported PNG into the root-owned directory."),
    dict(id="gimp-batch-process-limit", tool="gimp",
         script="ulimit -u 1; exec gimp -i -b '(gimp-quit 0)'",
         code="ERR_1004", user=NOBODY,
         why="Under a process limit gimp cannot create its worker thread."),
    # --- asymptote ------------------------------------------------------------------------
    dict(id="asy-missing-input", tool="asy",
         script="asy -f pdf /nonexistent/figures/flow.asy",
         code="ERR_1003", path="/nonexistent/figures/flow.asy",
         why="The figure source asy is asked to compile does not exist."),
    dict(id="neg-asy-syntax-error", tool="asy",
         script=f"cp {F}/syn.asy fig.asy; asy -f pdf fig.asy",
         code="ERR_1007",
         why="A syntax error in the figure's source."),
    dict(id="neg-asy-missing-module", tool="asy",
         script=f"cp {F}/imp.asy fig.asy; asy -f pdf fig.asy",
         code="ERR_1007",
         why="The figure imports an Asymptote module that is not there: a missing library "
             "dependency of the source."),
    dict(id="asy-gs-not-found", miss="'Cannot execute gs' is followed by ten lines of advice, a source line and 'shipout failed': the advice is not passed over", tool="asy",
         script=f"PATH={F}/asybin asy -f pdf {F}/nolabel.asy -o fig",
         code="ERR_1001", command="gs",
         why="asy spawns Ghostscript to make the PDF, and gs is not on PATH."),
    dict(id="asy-dvisvgm-not-found", miss="'Cannot execute dvisvgm' is followed by ten lines of advice, a source line and 'shipout failed': the advice is not passed over", tool="asy",
         script=f"PATH={F}/asysvg asy -f svg {F}/nolabel.asy -o fig",
         code="ERR_1001", command="dvisvgm",
         why="asy spawns dvisvgm to make the SVG, and dvisvgm is not on PATH."),
    dict(id="asy-process-limit", tool="asy",
         script=f"ulimit -u 1; exec asy -f pdf {F}/fig.asy -o fig",
         code="ERR_1004", user=NOBODY,
         why="Under a process limit asy cannot fork LaTeX for the label."),
    # --- scour ----------------------------------------------------------------------------
    dict(id="scour-missing-input", tool="scour",
         script="scour -i /nonexistent/icons/menu.svg -o menu.min.svg",
         code="ERR_1003", path="/nonexistent/icons/menu.svg",
         why="The SVG to optimise does not exist."),
    dict(id="neg-scour-broken-svg", tool="scour",
         script=f"scour -i {F}/broken.svg -o out.svg",
         code="ERR_1007",
         why="The SVG is not well-formed XML; scour's parser rejects the input."),
    dict(id="scour-output-denied", tool="scour",
         script=f"scour -i {F}/logo.svg -o {RD}/logo.min.svg",
         code="ERR_1002", user=NOBODY, path=f"{RD}/logo.min.svg",
         why="The job's user may not create the output file in the root-owned directory."),
    dict(id="scour-disk-full", tool="scour",
         script="/usr/bin/python3 -c \"print('<svg xmlns=\\\"http://www.w3.org/2000/svg\\\">' + "
                "''.join('<rect id=\\\"r%d\\\" x=\\\"%d\\\" width=\\\"1\\\" height=\\\"1\\\"/>' % (i, i) "
                "for i in range(5000)) + '</svg>')\" > map.svg; "
                "scour -i map.svg -o $M/map.min.svg",
         code="ERR_1012", mount="full",
         why="The disk is full when scour writes the optimised SVG."),
    # --- cairosvg -------------------------------------------------------------------------
    dict(id="cairosvg-missing-input", tool="cairosvg",
         script="cairosvg /nonexistent/assets/badge.svg -o badge.png",
         code="ERR_1003", path="/nonexistent/assets/badge.svg",
         why="The SVG to rasterise does not exist."),
    dict(id="neg-cairosvg-broken-svg", tool="cairosvg",
         script=f"cairosvg {F}/broken.svg -o broken.png",
         code="ERR_1007",
         why="The SVG is malformed XML."),
    dict(id="neg-cairosvg-bad-format", tool="cairosvg",
         script=f"cairosvg {F}/logo.svg -f bmp -o logo.bmp",
         code="ERR_1007",
         why="A usage error: bmp is not an output format cairosvg offers."),
    dict(id="cairosvg-rofs", tool="cairosvg",
         script=f"cairosvg {F}/logo.svg -f pdf -o $M/logo.pdf",
         code="ERR_1012", mount="ro",
         why="The output cannot be created on a read-only file system."),
    # --- pdf2svg --------------------------------------------------------------------------
    dict(id="neg-pdf2svg-page-missing", tool="pdf2svg",
         script=f"pdf2svg {F}/doc.pdf page5.svg 5",
         code="ERR_1007",
         why="The document has one page and page 5 is asked for: the job's own mistake."),
    dict(id="neg-pdf2svg-usage", tool="pdf2svg",
         script=f"pdf2svg {F}/doc.pdf 1>&2",
         code="ERR_1007",
         why="A usage error: the output file argument is missing."),
    # --- libwmf ---------------------------------------------------------------------------
    dict(id="neg-wmf2svg-not-wmf", tool="wmf2svg",
         script=f"wmf2svg -o clip.svg {F}/notimage.wmf",
         code="ERR_1007",
         why="The input is not a Windows metafile."),
    # --- dia ------------------------------------------------------------------------------
    dict(id="dia-export-missing-input", tool="dia",
         script="dia -e flow.png /nonexistent/docs/flow.dia",
         code="ERR_1003", path="/nonexistent/docs/flow.dia",
         why="The diagram to export does not exist (dia then crashes on the way out)."),
    dict(id="neg-dia-export-bad-input", tool="dia",
         script=f"dia -e flow.png {F}/notimage.dia",
         code="ERR_1007",
         why="The input is not a dia diagram; its XML cannot be parsed."),
    dict(id="neg-de-dia-export-bad-input", tool="dia",
         script=f"dia -e flow.svg {F}/notimage.dia",
         code="ERR_1007", lang="de_DE.UTF-8",
         why="The input is not a dia diagram (German messages)."),
    # --- ezdxf ----------------------------------------------------------------------------
    dict(id="neg-ezdxf-draw-no-matplotlib", tool="ezdxf",
         script="/usr/bin/python3 -c \"import ezdxf; d = ezdxf.new(); "
                "d.modelspace().add_line((0, 0), (10, 5)); d.saveas('plan.dxf')\"; "
                "ezdxf draw -o plan.png plan.dxf 1>&2",
         code="ERR_1007",
         why="The drawing backend's Python package is not installed: a missing module "
             "dependency."),
    # --- epstool / ps2eps -----------------------------------------------------------------
    dict(id="epstool-missing-input", tool="epstool",
         script="epstool --copy --bbox /nonexistent/figs/chart.eps chart.eps 1>&2",
         code="ERR_1003", path="/nonexistent/figs/chart.eps",
         why="The EPS to fix does not exist."),
    dict(id="neg-epstool-no-dsc", tool="epstool",
         script=f"epstool --copy --bbox {F}/notes.eps out.eps 1>&2",
         code="ERR_1007",
         why="The input has no DSC comments: it is not usable PostScript."),
    dict(id="neg-ps2eps-not-postscript", tool="ps2eps",
         script=f"cp {F}/notimage.png notes.ps; ps2eps -f notes.ps",
         code="ERR_1007",
         why="The input is not PostScript, so no bounding box can be found."),
    dict(id="ps2eps-gs-not-found", miss="two programs are missing ('gs' and 'bbox'); the status 127 names the last one the shell reported", tool="ps2eps",
         script=f"cp {F}/page.ps .; PATH={F}/psbin:/usr/bin/hodei-none ps2eps -f page.ps",
         code="ERR_1001", command="gs",
         why="ps2eps runs Ghostscript to find the bounding box and gs is not on PATH."),
    # --- icnsutils ------------------------------------------------------------------------
    dict(id="png2icns-missing-input", tool="png2icns",
         script="png2icns App.icns /nonexistent/icons/app-512.png",
         code="ERR_1003", path="/nonexistent/icons/app-512.png",
         why="The PNG for the icon does not exist."),
    dict(id="neg-png2icns-bad-size", tool="png2icns",
         script=f"png2icns App.icns {F}/banner.png",
         code="ERR_1007",
         why="The PNG's dimensions are not an icon size: bad input."),
    dict(id="png2icns-denied", tool="png2icns",
         script=f"png2icns {RD}/App.icns {F}/logo.png",
         code="ERR_1002", user=NOBODY, path=f"{RD}/App.icns",
         why="The job's user may not create the icns file in the root-owned directory."),
    dict(id="neg-icns2png-not-icns", tool="icns2png",
         script=f"icns2png -x {F}/notimage.icns",
         code="ERR_1007",
         why="The input is not an icns file; parsing fails."),
    # --- apng tools -----------------------------------------------------------------------
    dict(id="neg-apngdis-not-png", tool="apngdis",
         script=f"apngdis {F}/notimage.png 1>&2",
         code="ERR_1007",
         why="The file is not a PNG, so it cannot be split into frames."),
    # --- openexr --------------------------------------------------------------------------
    dict(id="exrheader-missing-input", tool="exrheader",
         script="exrheader /nonexistent/renders/beauty.0001.exr",
         code="ERR_1003", path="/nonexistent/renders/beauty.0001.exr",
         why="The EXR frame does not exist."),
    dict(id="neg-exrheader-not-exr", tool="exrheader",
         script=f"exrheader {F}/notimage.exr",
         code="ERR_1007",
         why="The file is not an OpenEXR image."),
    dict(id="exrmaketiled-outdir-missing", tool="exrmaketiled",
         script=f"exrmaketiled {F}/render.exr /nonexistent/tiles/render.tx",
         code="ERR_1003", path="/nonexistent/tiles/render.tx",
         why="The output's directory does not exist."),
    dict(id="exrmaketiled-denied", tool="exrmaketiled",
         script=f"exrmaketiled {F}/render.exr {RD}/render.tx",
         code="ERR_1002", user=NOBODY, path=f"{RD}/render.tx",
         why="The job's user may not create the file in the root-owned directory."),
    # --- document-liberation converters -----------------------------------------------
    dict(id="neg-cdr2xhtml-not-cdr", tool="cdr2xhtml",
         script=f"cdr2xhtml {F}/notimage.cdr > logo.xhtml",
         code="ERR_1007",
         why="The input is not a CorelDRAW file; the converter rejects its format."),
    # --- fonts ----------------------------------------------------------------------------
    dict(id="neg-woff2-compress-bad-font", tool="woff2_compress",
         script=f"cp {F}/notimage.ttf Brand.ttf; woff2_compress Brand.ttf",
         code="ERR_1007",
         why="The input is not a valid font; parsing fails."),
    dict(id="fontmake-missing-ufo", tool="fontmake",
         script="fontmake -u /nonexistent/sources/Brand-Regular.ufo -o ttf",
         code="ERR_1003", path="/nonexistent/sources/Brand-Regular.ufo",
         why="The UFO source fontmake is to build does not exist."),
    dict(id="neg-fontmake-bad-designspace", tool="fontmake",
         script=f"fontmake -m {F}/bad.designspace -o ttf",
         code="ERR_1007",
         why="The designspace file is truncated XML: bad input."),
    # --- libtiff tools --------------------------------------------------------------------
    dict(id="tiff2pdf-missing-input", tool="tiff2pdf",
         script="tiff2pdf -o scan.pdf /nonexistent/scans/page-001.tif",
         code="ERR_1003", path="/nonexistent/scans/page-001.tif",
         why="The TIFF to convert does not exist."),
    dict(id="neg-tiff2pdf-not-tiff", tool="tiff2pdf",
         script=f"tiff2pdf -o scan.pdf {F}/notiff.tif",
         code="ERR_1007",
         why="The input is not a TIFF (bad magic number)."),
    dict(id="tiffsplit-rofs", tool="tiffsplit",
         script=f"tiffsplit {F}/scan.tif $M/page-",
         code="ERR_1012", mount="ro",
         why="The split pages cannot be created on a read-only file system."),
    dict(id="tiffcrop-disk-full", tool="tiffcrop",
         script=f"tiffcrop -c none {F}/photo.tif $M/photo-crop.tif",
         code="ERR_1012", mount="full",
         why="The output TIFF cannot be written: the disk is full."),
    # --- openjpeg / jpeg xl / webp --------------------------------------------------------
    dict(id="opj-compress-missing-input", tool="opj_compress",
         script="opj_compress -i /nonexistent/tiles/t_0_0.png -o t_0_0.jp2",
         code="ERR_1003", path="/nonexistent/tiles/t_0_0.png",
         why="The PNG to encode does not exist."),
    dict(id="neg-opj-compress-unknown-format", tool="opj_compress",
         script=f"opj_compress -i {F}/logo.png -o logo.jpx2",
         code="ERR_1007",
         why="A usage error: the output extension is not a format opj_compress writes."),
    dict(id="neg-cjxl-bad-input", tool="cjxl",
         script=f"cjxl {F}/notimage.png logo.jxl",
         code="ERR_1007",
         why="The input is not a decodable image."),
    dict(id="cjxl-disk-full", tool="cjxl",
         script=f"cjxl -d 0 {F}/photo.png $M/photo.jxl",
         code="ERR_1012", mount="full",
         why="The encoded image cannot be written: the disk is full."),
    dict(id="neg-gif2webp-not-gif", tool="gif2webp",
         script=f"gif2webp {F}/notimage.gif -o anim.webp",
         code="ERR_1007",
         why="The input is not a GIF."),
    dict(id="img2webp-frame-missing", tool="img2webp",
         script=f"img2webp -o anim.webp {F}/frame1.png /nonexistent/frames/frame2.png",
         code="ERR_1003", path="/nonexistent/frames/frame2.png",
         why="A frame of the animation does not exist."),
    # --- jbigkit --------------------------------------------------------------------------
    dict(id="pbmtojbg-missing-input", tool="pbmtojbg",
         script="pbmtojbg /nonexistent/fax/page1.pbm page1.jbg",
         code="ERR_1003", path="/nonexistent/fax/page1.pbm",
         why="The bitmap to encode does not exist."),
    dict(id="neg-pbmtojbg-not-pbm", tool="pbmtojbg",
         script=f"pbmtojbg {F}/notimage.png page1.jbg",
         code="ERR_1007",
         why="The input is not a PBM file."),
    # --- libgd / pngtools / potrace's mkbitmap -------------------------------------------
    dict(id="neg-pngtogd-not-png", tool="pngtogd",
         script=f"pngtogd {F}/notimage.png logo.gd",
         code="ERR_1007",
         why="The input is not a PNG."),
    dict(id="mkbitmap-missing-input", tool="mkbitmap",
         script="mkbitmap -f 2 -s 2 -t 0.48 /nonexistent/scans/sketch.pgm -o sketch.pbm",
         code="ERR_1003", path="/nonexistent/scans/sketch.pgm",
         why="The scan to threshold does not exist."),
    dict(id="mkbitmap-denied", tool="mkbitmap",
         script=f"mkbitmap {L}/secret.txt -o out.pbm",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="The job's user may not read the input below a root-only directory."),
    # --- missing tools, wrong architecture -----------------------------------------------
    dict(id="xcf2png-not-installed", tool="xcf2png",
         script="for f in *.xcf; do :; done; xcf2png -o cover.png cover.xcf",
         code="ERR_1001", command="xcf2png",
         why="The xcftools converter the job runs is not installed."),
    dict(id="resvg-wrong-arch", tool="resvg",
         script=f"mkdir -p tools; cp {F}/resvg tools/; ./tools/resvg {F}/logo.svg logo.png",
         code="ERR_1004",
         why="The vendored renderer binary is built for another architecture: exec format "
             "error."),
    # --- more situations across the tools -----------------------------------------------
    dict(id="neg-inkscape-not-svg", tool="inkscape",
         script=f"cp {F}/notimage.png badge.svg; inkscape badge.svg --export-filename=badge.png; "
                "test -s badge.png",
         code="ERR_1007",
         why="The .svg file is not XML at all; inkscape cannot parse it."),
    dict(id="es-gimp-save-outdir-missing", tool="gimp",
         script="gimp -i -b '(let* ((img (car (gimp-file-load RUN-NONINTERACTIVE "
                f"\"{F}/logo.png\" \"logo.png\"))) (d (car (gimp-image-get-active-drawable img)))) "
                "(file-png-save-defaults RUN-NONINTERACTIVE img d \"/nonexistent/web/img/logo.png\" "
                "\"logo.png\"))' -b '(gimp-quit 0)'; test -s /nonexistent/web/img/logo.png",
         code="ERR_1003", lang="es_ES.UTF-8", path="/nonexistent/web/img/logo.png",
         why="The directory the batch saves into does not exist (Spanish messages)."),
    dict(id="neg-wmf2eps-truncated", tool="wmf2eps",
         script=f"wmf2eps -o clip.eps {F}/trunc.wmf",
         code="ERR_1007",
         why="The metafile is truncated: corrupt input."),
    dict(id="apngasm-frames-missing", tool="apngasm",
         script="apngasm spinner.png frames/spin001.png frames/spin002.png 1>&2",
         code="ERR_1003", path="frames/spin001.png",
         why="The frames the animation is assembled from do not exist."),
    dict(id="exrstdattr-rofs", tool="exrstdattr",
         script=f"exrstdattr -owner studio {F}/render.exr $M/render.exr",
         code="ERR_1012", mount="ro",
         why="The EXR with the new attribute cannot be written on a read-only file system."),
    dict(id="tiff2ps-missing-input", tool="tiff2ps",
         script="tiff2ps -e /nonexistent/scans/plate-7.tif > plate-7.eps",
         code="ERR_1003", path="/nonexistent/scans/plate-7.tif",
         why="The TIFF to convert does not exist."),
    dict(id="pbmtojbg-rofs", tool="pbmtojbg",
         script=f"pbmtojbg {F}/in.pbm $M/page1.jbg",
         code="ERR_1012", mount="ro", path="$M/page1.jbg",
         why="The output cannot be created on a read-only file system."),
    dict(id="cjxl-thread-limit", tool="cjxl",
         script=f"ulimit -u 1; exec cjxl {F}/photo.png photo.jxl",
         code="ERR_1004", user=NOBODY,
         why="Under a process limit cjxl cannot start its worker threads."),
    dict(id="fontmake-output-rofs", tool="fontmake",
         script=f"fontmake -o ttf --output-dir $M/fonts -u {F}/Sans.ufo",
         code="ERR_1012", mount="ro",
         why="The built font cannot be written: the output file system is read-only."),
    dict(id="gimp-batch-script-missing", tool="gimp",
         script="gimp -i -b '(load \"/nonexistent/scripts/thumbs.scm\")' -b '(gimp-quit 0)'; "
                "test -s thumb.png",
         code="ERR_1003", path="/nonexistent/scripts/thumbs.scm",
         why="The script-fu file the batch loads does not exist."),
    dict(id="fr-gimp-batch-save-denied", tool="gimp",
         script="export HOME=$PWD; gimp -i -b '(let* ((img (car (gimp-file-load RUN-NONINTERACTIVE "
                f"\"{F}/logo.png\" \"logo.png\"))) (d (car (gimp-image-get-active-drawable img)))) "
                f"(file-png-save-defaults RUN-NONINTERACTIVE img d \"{RD}/vignette.png\" "
                "\"vignette.png\"))' -b '(gimp-quit 0)'; "
                f"test -s {RD}/vignette.png",
         code="ERR_1002", user=NOBODY, lang="fr_FR.UTF-8", path=f"{RD}/vignette.png",
         why="The job's user may not write into the root-owned directory (French messages)."),
    dict(id="pt-dia-export-missing-input", miss="dia's own 'Falta entrada:' (Missing input) in Portuguese is not known, and the crash after it reads as a signal", tool="dia",
         script="dia -e fluxo.svg /nonexistent/docs/fluxo.dia",
         code="ERR_1003", lang="pt_BR.UTF-8", path="/nonexistent/docs/fluxo.dia",
         why="The diagram to export does not exist (Portuguese messages)."),
    dict(id="tiffsplit-denied", tool="tiffsplit",
         script=f"tiffsplit {F}/pages.tif {RD}/page-",
         code="ERR_1002", user=NOBODY, path=f"{RD}/page-aaa.tif",
         why="The job's user may not create the split pages in the root-owned directory."),
    dict(id="tiffsplit-no-inodes", tool="tiffsplit",
         script=f"tiffsplit {F}/pages.tif $M/page-",
         code="ERR_1012", mount="inodes",
         why="The file system has no inodes left for the split pages."),
    dict(id="fontmake-output-denied", tool="fontmake",
         script=f"fontmake -o ttf -u {F}/Sans.ufo --output-dir {RD}/fonts",
         code="ERR_1002", user=NOBODY, path=f"{RD}/fonts",
         why="The job's user may not create the output directory in the root-owned directory."),
    dict(id="fontmake-disk-full", tool="fontmake",
         script=f"fontmake -o ttf -u {F}/Sans.ufo --output-dir $M/fonts",
         code="ERR_1012", mount="full",
         why="The built font cannot be written: the disk is full."),
    dict(id="neg-fontmake-autohint-failed", tool="fontmake",
         script=f"fontmake -o ttf -a -u {F}/Sans.ufo --output-dir fonts",
         code="ERR_1007",
         why="ttfautohint rejects the font (no standard character to measure): the build's "
             "own failure."),
    dict(id="neg-fontmake-designspace-no-axes", tool="fontmake",
         script=f"fontmake -m {F}/noaxes.designspace -o ttf",
         code="ERR_1007",
         why="The designspace defines no axes: invalid project data."),
    dict(id="cjxl-output-denied", tool="cjxl",
         script=f"cjxl {F}/logo.png {RD}/logo.jxl",
         code="ERR_1002", user=NOBODY, path=f"{RD}/logo.jxl",
         why="The job's user may not create the output in the root-owned directory."),
    dict(id="pbmtojbg-disk-full", tool="pbmtojbg",
         script=f"pbmtojbg {F}/in.pbm $M/page1.jbg",
         code="ERR_1012", mount="full", path="$M/page1.jbg",
         why="The output cannot be written: the disk is full."),
    dict(id="exrheader-denied", tool="exrheader",
         script=f"exrheader {L}/secret.txt",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="The job's user may not read the file below a root-only directory."),
    dict(id="autotrace-not-installed", tool="autotrace",
         script=f"cp {F}/logo.png .; autotrace -output-format svg -output-file logo.svg logo.png",
         code="ERR_1001", command="autotrace",
         why="The tracer the job runs is not installed on the runner."),
    # --- svgo ---------------------------------------------------------------------------
    dict(id="svgo-missing-input", tool="svgo",
         script="svgo /nonexistent/icons/menu.svg -o menu.min.svg",
         code="ERR_1003", path="/nonexistent/icons/menu.svg",
         why="The SVG to optimise does not exist."),
    dict(id="svgo-folder-missing", tool="svgo",
         script="svgo -f /nonexistent/assets/icons -o dist/icons",
         code="ERR_1003", path="/nonexistent/assets/icons",
         why="The folder of icons to optimise does not exist."),
    dict(id="neg-svgo-broken-svg", tool="svgo",
         script=f"svgo {F}/broken.svg -o broken.min.svg",
         code="ERR_1007",
         why="The SVG is malformed XML; svgo's parser rejects it."),
    dict(id="svgo-config-missing", tool="svgo",
         script=f"svgo --config /nonexistent/ci/svgo.config.js {F}/logo.svg -o logo.min.svg",
         code="ERR_1003", path="/nonexistent/ci/svgo.config.js",
         why="The config file the job names does not exist."),
    dict(id="neg-svgo-unknown-plugin", tool="svgo",
         script=f"cp {F}/svgo-plugin/svgo.config.js .; svgo {F}/logo.svg -o logo.min.svg",
         code="ERR_1007",
         why="The project's svgo config names a plugin svgo does not have: an unknown name in "
             "the tool's own world."),
    dict(id="neg-svgo-config-syntax", tool="svgo",
         script=f"cp {F}/svgo-syntax/svgo.config.js .; svgo {F}/logo.svg -o logo.min.svg",
         code="ERR_1007",
         why="The project's svgo config has a JavaScript syntax error."),
    dict(id="svgo-output-denied", tool="svgo",
         script=f"svgo {F}/logo.svg -o {RD}/logo.min.svg",
         code="ERR_1002", user=NOBODY, path=f"{RD}/logo.min.svg",
         why="The job's user may not create the output in the root-owned directory."),
    dict(id="svgo-outdir-denied", tool="svgo",
         script=f"svgo {F}/logo.svg -o {RD}/dist/logo.min.svg",
         code="ERR_1002", user=NOBODY, path=f"{RD}/dist",
         why="svgo may not create the output directory inside the root-owned directory."),
    dict(id="svgo-disk-full", tool="svgo",
         script=f"svgo {F}/logo.svg -o $M/logo.min.svg",
         code="ERR_1012", mount="full",
         why="The optimised SVG cannot be written: the disk is full."),
    dict(id="svgo-rofs", tool="svgo",
         script=f"svgo {F}/logo.svg -o $M/logo.min.svg",
         code="ERR_1012", mount="ro", path="$M/logo.min.svg",
         why="The output cannot be created on a read-only file system."),
]


WORKED_ON = {'tiffcrop', 'tiff2pdf', 'tiff2ps', 'tiffsplit'}
"""Tools of batch 56, worked on before this batch was scored: their cases would not be held out."""
CASES = [case for case in CASES if case["tool"] not in WORKED_ON]
