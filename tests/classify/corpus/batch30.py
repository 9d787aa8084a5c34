"""Sealed batch 30: image processing, raw photos, vector graphics, 3D and CAD tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (83.3% of codes, 65/78), then worked on."""
B = f"{R}/batch30"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
rm -rf nogs
mkdir -p nogs
ppmmake rgb:ff/80/00 64 48 | pnmtopng > good.png
ppmmake rgb:00/80/ff 64 48 | pnmtojpeg > good.jpg
cp good.jpg good2.jpg
python3 -c "
import hashlib, sys
w = h = 200
out = bytearray()
s = b'batch30'
while len(out) < w * h * 3:
    s = hashlib.sha256(s).digest()
    out += s
sys.stdout.buffer.write(b'P6 %d %d 255\n' % (w, h) + bytes(out[:w * h * 3]))
" > noise.ppm
pnmtopng noise.ppm > noise.png
pnmtotiff noise.ppm > noise.tif 2>/dev/null
head -c 2000 noise.png > truncated.png
head -c 300 good.jpg > truncated.jpg
head -c 5000 noise.tif > truncated.tif
opj_compress -i noise.png -o noise.jp2 >/dev/null 2>&1
head -c 3000 noise.jp2 > truncated.jp2
cwebp -quiet noise.png -o noise.webp
head -c 4000 noise.webp > truncated.webp
printf 'this is a plain text note, not an image\n' > notes.png
cp notes.png missing-texture.png
printf '#FIG 3.2\nLandscape\nCenter\nInches\nLetter\n100.00\nSingle\n-2\n1200 2\n2 1 0 1 0 7 50 -1 -1 0.000 0 0 -1 0 0 2\n\t 0 0 1200 1200\n' > ok.fig
printf 'digraph { a -> b }\n' > denied.fig
printf '%%!PS\n0 0 moveto 100 100 lineto stroke showpage\n' > ok.ps
printf '%%!PS\n0 0 moveto 100 100 linetoo stroke showpage\n' > broken.ps
printf 'camera { location <0,2,-3> look_at <0,1,2> }\nlight_source { <2,4,-3> color rgb 1 }\nsphere { <0,1,2>, 2 texture { pigment { color rgb <1,0,0> } } }\n' > ok.pov
printf '#include "hodei_textures.inc"\nsphere { <0,0,0>, 1 }\n' > uses_inc.pov
printf 'sphere { <0,0,0>, 1 texture { pigment { color rgb <1,0,0> } }\n' > broken.pov
printf '#declare Tex = "wood_missing.png";\n#error concat("texture file not found: ", Tex, " (permission denied)")\n' > guard.pov
printf 'cube(5);\n' > ok.scad
printf 'cube([10,10,10]\nsphere(5);\n' > broken.scad
printf 'include <hodei/fasteners.scad>\ncube(5);\n' > uses_lib.scad
printf 'hole = 0;\nassert(hole > 0, "bolt hole missing: cannot open clearance, no space left for M3 nut");\ncube(5);\n' > checked.scad
openscad -o ok.stl ok.scad >/dev/null 2>&1
printf 'solid x\nfacet normal 0 0 1\n outer loop\n vertex 0 0 0\n vertex 1 0\n' > broken.stl
printf '1 2\n2 3\n' > series.dat
printf '.PS\nbox "start\narrow\n.PE\n' > broken.pic
printf 'garbage line\n' > broken.pto
printf 'IHDR {\n width 4\n height 4\n bitdepth 8\n using color\n}\nIMAGE {\n pixels hex\nzz\n}\n' > broken.sng
printf 'not a raw file\n' > IMG_0042.NEF
ln -sf /usr/bin/fig2dev nogs/fig2dev
ln -sf /usr/bin/pstoedit nogs/pstoedit
cp /bin/true gs-arm64
printf '\267\000' | dd of=gs-arm64 bs=1 seek=18 conv=notrunc status=none
chmod 755 gs-arm64
cp good.png ../locked/scan.png
cp noise.ppm ../locked/IMG_0007.ppm
cp good.jpg ../locked/IMG_0008.jpg
printf 'cube(5);\n' > ../locked/housing.scad
chmod -R a+rX .
"""

CASES = [
    # --- libvips -----------------------------------------------------------------------------
    dict(id="vips-copy-missing-input", tool="vips",
         script="vips copy /nonexistent/uploads/photo.png out.png", code="ERR_1003",
         why="the input photo does not exist", path="/nonexistent/uploads/photo.png"),
    dict(id="vips-icc-profile-missing", tool="vips",
         script=f"vips icc_transform {B}/good.jpg out.jpg /nonexistent/profiles/sRGB.icc",
         code="ERR_1003", why="the colour profile the transform needs does not exist",
         path="/nonexistent/profiles/sRGB.icc"),
    dict(id="vips-write-dir-missing-es", tool="vips",
         script=f"vips copy {B}/good.png /nonexistent/thumbs/photo.png", code="ERR_1003",
         lang="es_ES.UTF-8", why="the output directory does not exist",
         path="/nonexistent/thumbs/photo.png"),
    dict(id="vips-write-denied-de", tool="vips", script=f"vips copy {B}/good.png {RD}/thumb.png",
         code="ERR_1002", user="nobody", lang="de_DE.UTF-8",
         why="the job's user may not write into the output directory", path=f"{RD}/thumb.png"),
    dict(id="vips-disk-full", tool="vips", script=f"vips copy {B}/noise.png $M/noise.v",
         code="ERR_1012", mount="full", why="the output does not fit on the full disk"),
    dict(id="vips-thread-limit", tool="vips",
         script=f"ulimit -u 1; vips resize {B}/noise.png out.png 0.5", code="ERR_1004",
         user="nobody", why="under the process limit the worker threads could not be created"),
    dict(id="neg-vips-not-an-image", tool="vips", script=f"vips copy {B}/notes.png out.png",
         code="ERR_1007", why="the input is a text file, not an image: bad input data"),
    dict(id="neg-vips-not-an-image-de", tool="vips",
         script=f"vips copy {B}/missing-texture.png out.png", code="ERR_1007", lang="de_DE.UTF-8",
         why="the input (named missing-texture) exists but is not an image: bad input data"),
    dict(id="vipsthumbnail-rofs", tool="vipsthumbnail",
         script=f"vipsthumbnail {B}/good.png -s 32 -o $M/%s_thumb.jpg", code="ERR_1012",
         mount="ro", why="the thumbnail is written to a read-only file system"),
    # --- OpenImageIO -------------------------------------------------------------------------
    dict(id="oiiotool-missing-input", tool="oiiotool",
         script="oiiotool /nonexistent/plates/shot010.exr --resize 50% -o out.png", code="ERR_1003",
         why="the input plate does not exist", path="/nonexistent/plates/shot010.exr"),
    dict(id="oiiotool-thread-limit", tool="oiiotool",
         script=f"ulimit -u 1; oiiotool {B}/noise.png --resize 50% -o out.png", code="ERR_1004",
         user="nobody", why="under the process limit the library's threads could not be created"),
    dict(id="neg-oiiotool-truncated", tool="oiiotool", script=f"oiiotool {B}/truncated.png -o out.png",
         code="ERR_1007", why="the PNG is truncated: corrupt input data"),
    dict(id="neg-oiiotool-bad-option", tool="oiiotool",
         script=f"oiiotool {B}/good.png --sharpen 2 -o out.png", code="ERR_1007",
         why="an option oiiotool does not have is a usage error"),
    dict(id="neg-iconvert-not-png", tool="iconvert", script=f"iconvert {B}/notes.png out.tif",
         code="ERR_1007", why="the .png input is not a PNG: bad input data"),
    # --- dcraw ---------------------------------------------------------------------------------
    dict(id="dcraw-missing-input", tool="dcraw", script="dcraw -T /nonexistent/raw/IMG_0001.CR2",
         code="ERR_1003", why="the raw photo does not exist", path="/nonexistent/raw/IMG_0001.CR2"),
    dict(id="dcraw-read-denied", tool="dcraw", script=f"dcraw -c {L}/IMG_0007.ppm > out.ppm",
         code="ERR_1002", user="nobody", why="the job's user may not read the raw photo's directory",
         path=f"{L}/IMG_0007.ppm"),
    dict(id="neg-dcraw-cannot-decode", tool="dcraw", script=f"dcraw -T {B}/IMG_0042.NEF",
         code="ERR_1007", why="the file is not a raw photo dcraw can decode: bad input data"),
    # --- netpbm --------------------------------------------------------------------------------
    dict(id="pngtopnm-missing-input", tool="pngtopnm",
         script="pngtopnm /nonexistent/art/logo.png > logo.pnm", code="ERR_1003",
         why="the input PNG does not exist", path="/nonexistent/art/logo.png"),
    dict(id="pngtopnm-read-denied", tool="pngtopnm", script=f"pngtopnm {L}/scan.png > scan.pnm",
         code="ERR_1002", user="nobody", why="the job's user may not read the input",
         path=f"{L}/scan.png"),
    dict(id="neg-pngtopnm-truncated", tool="pngtopnm", script=f"pngtopnm {B}/truncated.png > out.pnm",
         code="ERR_1007", why="the PNG is truncated: corrupt input data"),
    dict(id="neg-pngtopnm-not-png", tool="pngtopnm", script=f"pngtopnm {B}/notes.png > out.pnm",
         code="ERR_1007", why="the input is not a PNG: bad input data"),
    dict(id="neg-jpegtopnm-truncated", tool="jpegtopnm",
         script=f"jpegtopnm {B}/truncated.jpg > out.pnm", code="ERR_1007",
         why="the JPEG is cut short: corrupt input data (the missing marker is inside the file)"),
    dict(id="pnmtopng-disk-full", tool="pnmtopng", script=f"pnmtopng -compression 0 {B}/noise.ppm > $M/noise.png",
         code="ERR_1012", mount="full", why="the converted image does not fit on the full disk"),
    # --- G'MIC -----------------------------------------------------------------------------------
    dict(id="gmic-missing-input", tool="gmic",
         script="gmic /nonexistent/frames/f001.png -blur 2 -o out.png", code="ERR_1003",
         why="the input frame does not exist (gmic then tries it as a command)",
         path="/nonexistent/frames/f001.png"),
    dict(id="neg-gmic-unknown-command", tool="gmic",
         script=f"gmic {B}/good.png -sharpn 3 -o out.png", code="ERR_1007",
         why="a mistyped command in the pipeline is a usage error"),
    # --- enblend/enfuse, hugin ---------------------------------------------------------------------
    dict(id="enfuse-missing-input", tool="enfuse",
         script=f"enfuse -o out.tif /nonexistent/brackets/ev0.tif {B}/good.jpg", code="ERR_1003",
         why="an exposure to fuse does not exist", path="/nonexistent/brackets/ev0.tif"),
    dict(id="enfuse-thread-limit", tool="enfuse",
         script=f"ulimit -u 1; enfuse -o out.tif {B}/good.jpg {B}/good2.jpg", code="ERR_1004",
         user="nobody", why="under the process limit the OpenMP threads could not be created"),
    dict(id="neg-nona-bad-project", tool="nona", script=f"nona -o pano {B}/broken.pto",
         code="ERR_1007", why="the project file has no images and does not parse: bad input"),
    dict(id="align-image-stack-missing-input", tool="align_image_stack",
         script=f"align_image_stack -a al_ /nonexistent/brackets/a.jpg {B}/good.jpg", code="ERR_1003",
         why="an input image does not exist", path="/nonexistent/brackets/a.jpg"),
    dict(id="neg-align-image-stack-one-file", tool="align_image_stack",
         script=f"align_image_stack -a al_ {B}/good.jpg", code="ERR_1007",
         why="one image is too few: a usage error"),
    # --- exiftran --------------------------------------------------------------------------------
    dict(id="exiftran-missing-input", tool="exiftran", script="exiftran -ai /nonexistent/dcim/IMG_0200.jpg",
         code="ERR_1003", why="the photo to rotate does not exist", path="/nonexistent/dcim/IMG_0200.jpg"),
    dict(id="exiftran-read-denied", tool="exiftran", script=f"exiftran -a -o out.jpg {L}/IMG_0008.jpg",
         code="ERR_1002", user="nobody", why="the job's user may not read the photo",
         path=f"{L}/IMG_0008.jpg"),
    # --- fig2dev / pstoedit ------------------------------------------------------------------------
    dict(id="fig2dev-missing-input", tool="fig2dev", script="fig2dev -L png /nonexistent/fig/diagram.fig out.png",
         code="ERR_1003", why="the figure does not exist", path="/nonexistent/fig/diagram.fig"),
    dict(id="fig2dev-gs-missing", tool="fig2dev", script=f"PATH={B}/nogs fig2dev -L pdf {B}/ok.fig out.pdf",
         code="ERR_1001",
         why="fig2dev runs Ghostscript for PDF output and gs is not on PATH", command="gs"),
    dict(id="fig2dev-fork-limit", tool="fig2dev",
         script=f"ulimit -u 1; fig2dev -L pdf {B}/ok.fig out.pdf", code="ERR_1004", user="nobody",
         why="under the process limit fig2dev could not start its Ghostscript pipe"),
    dict(id="neg-fig2dev-not-fig", tool="fig2dev", script=f"fig2dev -L eps {B}/denied.fig out.eps",
         code="ERR_1007", why="the input (named denied.fig) is not a FIG file: bad input data"),
    dict(id="pstoedit-missing-input", tool="pstoedit", script="pstoedit -f ps /nonexistent/ps/figure.ps out.ps",
         code="ERR_1003", why="the PostScript input does not exist", path="/nonexistent/ps/figure.ps"),
    dict(id="pstoedit-gs-missing", tool="pstoedit", script=f"PATH={B}/nogs pstoedit -f ps {B}/ok.ps out.ps",
         code="ERR_1001",
         why="pstoedit runs Ghostscript and gs is not installed on PATH", command="gs"),
    dict(id="pstoedit-gs-path-missing", tool="pstoedit",
         script=f"pstoedit -gs /usr/local/bin/gs-hodei -f ps {B}/ok.ps out.ps", code="ERR_1001",
         why="the Ghostscript the job names does not exist", command="/usr/local/bin/gs-hodei"),
    dict(id="pstoedit-gs-wrong-arch", tool="pstoedit",
         script=f"pstoedit -gs {B}/gs-arm64 -f ps {B}/ok.ps out.ps", code="ERR_1004",
         why="the Ghostscript binary given is built for another architecture (exec format error)"),
    dict(id="neg-pstoedit-ps-error", tool="pstoedit", script=f"pstoedit -f ps {B}/broken.ps out.ps",
         code="ERR_1007", why="the PostScript program has an undefined operator: bad input"),
    # --- plotutils -------------------------------------------------------------------------------
    dict(id="graph-missing-data", tool="graph", script="graph -T svg /nonexistent/data/series.dat > plot.svg",
         code="ERR_1003", why="the data file does not exist", path="/nonexistent/data/series.dat"),
    dict(id="neg-graph-unknown-device", tool="graph", script=f"graph -T pgn {B}/series.dat > plot.png",
         code="ERR_1007", why="a mistyped output type is a usage error"),
    dict(id="neg-pic2plot-syntax", tool="pic2plot", script=f"pic2plot -T svg {B}/broken.pic > flow.svg",
         code="ERR_1007", why="the pic source has an unterminated string: syntax error"),
    # --- OpenSCAD --------------------------------------------------------------------------------
    dict(id="openscad-missing-input", tool="openscad", script="openscad -o part.stl /nonexistent/cad/bracket.scad",
         code="ERR_1003", why="the model source does not exist", path="/nonexistent/cad/bracket.scad"),
    dict(id="openscad-include-missing", tool="openscad",
         script=f"openscad --hardwarnings -o part.stl {B}/uses_lib.scad", code="ERR_1003",
         why="the library file the model includes does not exist", path="hodei/fasteners.scad"),
    dict(id="openscad-output-dir-missing", miss="the missing directory is named before 'is not a directory for output file', and the output file's path is taken", tool="openscad",
         script=f"openscad -o /nonexistent/out/part.stl {B}/ok.scad", code="ERR_1003",
         why="the output directory does not exist", path="/nonexistent/out"),
    dict(id="neg-openscad-syntax", tool="openscad", script=f"openscad -o part.stl {B}/broken.scad",
         code="ERR_1007", why="the model has a syntax error"),
    dict(id="neg-openscad-assert", tool="openscad", script=f"openscad -o part.stl {B}/checked.scad",
         code="ERR_1007", why="the model's own assertion failed; its message only quotes error words"),
    # --- POV-Ray ---------------------------------------------------------------------------------
    dict(id="povray-missing-scene", tool="povray",
         script="povray +I/nonexistent/scenes/room.pov +Oroom.png +W64 +H48 -D", code="ERR_1003",
         why="the scene file does not exist", path="/nonexistent/scenes/room.pov"),
    dict(id="povray-include-missing", miss="POV-Ray cuts its messages in two and indents the rest, so neither half of the include's name says the whole", tool="povray",
         script=f"povray +I{B}/uses_inc.pov +Oout.png +W64 +H48 -D", code="ERR_1003",
         why="the include file the scene needs does not exist", path="hodei_textures.inc"),
    dict(id="povray-thread-limit", tool="povray",
         script=f"ulimit -u 1; povray +I{B}/ok.pov +Oout.png +W64 +H48 -D", code="ERR_1004",
         user="nobody", why="under the process limit the render threads could not be created"),
    dict(id="neg-povray-syntax", tool="povray", script=f"povray +I{B}/broken.pov +Oout.png +W64 +H48 -D",
         code="ERR_1007",
         why="the scene has a syntax error; the line about the absent optional user config is harmless"),
    dict(id="neg-povray-error-directive", tool="povray",
         script=f"povray +I{B}/guard.pov +Oout.png +W64 +H48 -D", code="ERR_1007",
         why="the scene stops itself with #error; its message only quotes error words"),
    # --- ADMesh / assimp ---------------------------------------------------------------------------
    dict(id="admesh-missing-input", tool="admesh", script="admesh /nonexistent/parts/gear.stl",
         code="ERR_1003", why="the mesh does not exist", path="/nonexistent/parts/gear.stl"),
    dict(id="admesh-output-dir-missing", tool="admesh",
         script=f"admesh --write-binary-stl=/nonexistent/out/gear.stl {B}/ok.stl", code="ERR_1003",
         why="the output directory does not exist", path="/nonexistent/out/gear.stl"),
    dict(id="admesh-rofs", tool="admesh", script=f"admesh --write-binary-stl=$M/gear.stl {B}/ok.stl",
         code="ERR_1012", mount="ro", why="the repaired mesh is written to a read-only file system"),
    dict(id="neg-admesh-bad-stl", tool="admesh", script=f"admesh {B}/broken.stl", code="ERR_1007",
         why="the STL is malformed: bad input data"),
    dict(id="neg-assimp-parse-error", tool="assimp", script=f"assimp export {B}/broken.stl out.obj 1>&2",
         code="ERR_1007", why="the STL does not parse: bad input data"),
    dict(id="neg-assimp-no-reader", tool="assimp", script=f"assimp info {B}/notes.png 1>&2",
         code="ERR_1007", why="no importer reads this file: bad input, not a missing file"),
    # --- PNG/JPEG/icon/TIFF/JPEG 2000 tools ----------------------------------------------------------
    dict(id="neg-sng-syntax", tool="sng", script=f"cp {B}/broken.sng . && sng broken.sng",
         code="ERR_1007", why="the sng source is malformed"),
    dict(id="neg-jpeginfo-corrupt", tool="jpeginfo", script=f"jpeginfo -c {B}/truncated.jpg {B}/good.jpg 1>&2",
         code="ERR_1007", why="the check found a corrupt JPEG (a missing marker inside the file)"),
    dict(id="icotool-missing-input", tool="icotool", script="icotool -c -o app.ico /nonexistent/res/icon-32.png",
         code="ERR_1003", why="the PNG to pack does not exist", path="/nonexistent/res/icon-32.png"),
    dict(id="neg-icotool-not-icon-de", tool="icotool", script=f"icotool -x {B}/notes.png",
         code="ERR_1007", lang="de_DE.UTF-8", why="the input is not an icon file: bad input data"),
    dict(id="icotool-rofs", tool="icotool", script=f"icotool -c -o $M/app.ico {B}/good.png",
         code="ERR_1012", mount="ro", why="the icon is written to a read-only file system"),
    dict(id="wrestool-missing-input-de", tool="wrestool", script="wrestool -x -t14 /nonexistent/bin/setup.exe",
         code="ERR_1003", lang="de_DE.UTF-8", why="the executable does not exist", path="/nonexistent/bin/setup.exe"),
    dict(id="neg-tiffinfo-not-tiff", tool="tiffinfo", script=f"tiffinfo {B}/notes.png",
         code="ERR_1007", why="the input is not a TIFF: bad input data"),
    dict(id="neg-tiffcp-truncated", tool="tiffcp", script=f"tiffcp {B}/truncated.tif out.tif",
         code="ERR_1007", why="the TIFF is cut short: corrupt input data"),
    dict(id="tiffcp-disk-full", tool="tiffcp", script=f"tiffcp {B}/noise.tif $M/noise.tif",
         code="ERR_1012", mount="full", why="the copy does not fit on the full disk"),
    dict(id="tiffcp-write-denied", tool="tiffcp", script=f"tiffcp {B}/noise.tif {RD}/scan.tif",
         code="ERR_1002", user="nobody", why="the job's user may not write into the output directory",
         path=f"{RD}/scan.tif"),
    dict(id="neg-opj-decompress-truncated", tool="opj_decompress",
         script=f"opj_decompress -i {B}/truncated.jp2 -o out.png 1>&2", code="ERR_1007",
         why="the codestream is cut short: corrupt input data"),
    dict(id="icotool-no-inodes", tool="icotool", script=f"for s in 16 32 48 64; do icotool -c -o $M/app-$s.ico {B}/good.png || exit 1; done",
         code="ERR_1012", mount="inodes", why="no inode is left to create the icon file"),
    dict(id="vips-no-inodes", tool="vips", script=f"for i in 1 2 3 4; do vips copy {B}/good.png $M/frame$i.png || exit 1; done",
         code="ERR_1012", mount="inodes", why="no inode is left to create the output file"),
    dict(id="icotool-write-denied-de", tool="icotool", script=f"icotool -c -o {RD}/favicon.ico {B}/good.png",
         code="ERR_1002", user="nobody", lang="de_DE.UTF-8",
         why="the job's user may not create the icon in the output directory", path=f"{RD}/favicon.ico"),
    dict(id="neg-dwebp-truncated", tool="dwebp", script=f"dwebp {B}/truncated.webp -o out.png",
         code="ERR_1007", why="the WebP file is cut short: corrupt input data"),
    dict(id="dwebp-disk-full", tool="dwebp", script=f"dwebp {B}/noise.webp -ppm -o $M/noise.ppm",
         code="ERR_1012", mount="full", why="the decoded image does not fit on the full disk"),
    dict(id="neg-djxl-bad-signature", tool="djxl", script=f"djxl {B}/notes.png out.png",
         code="ERR_1007", why="the input is not a JPEG XL file: bad input data"),
    dict(id="neg-giftext-not-gif", tool="giftext", script=f"giftext {B}/notes.png",
         code="ERR_1007", why="the input is not a GIF: bad input data"),
]
