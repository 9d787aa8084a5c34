"""Batch 15: image, audio-tag and diagram tools (libjpeg-turbo's jpegtran, cjpeg, djpeg, rdjpgcom
and wrjpgcom, pngcheck, advancecomp, webpmux, libheif, libavif, vorbiscomment, eyeD3,
PlantUML, ditaa, mscgen, blockdiag, jhead)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (74.4% of codes, 61/82), then worked on."""
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
B = f"{R}/batch15"
P = f"{B}/private"      # root-only directory holding media files
S = f"{B}/shared"       # root-owned directory others can read, not write
NOBODY = "nobody"

FIXTURES = r"""
python3 -c "
import random, struct
random.seed(15)
w, h = 64, 48
open('small.ppm','wb').write(b'P6 %d %d 255\n' % (w, h) + bytes((x*4 % 256) for x in range(w*h*3)))
w, h = 400, 300
open('noise.ppm','wb').write(b'P6 %d %d 255\n' % (w, h) + bytes(random.getrandbits(8) for _ in range(w*h*3)))
n = 44100
data = b''.join(struct.pack('<h', int(8000*((i*440*2//44100) % 2*2-1)) ) for i in range(n))
open('tone.wav','wb').write(b'RIFF' + struct.pack('<I', 36+len(data)) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, 44100, 88200, 2, 16) + b'data' + struct.pack('<I', len(data)) + data)
"
cjpeg -quality 90 -outfile photo.jpg small.ppm
cjpeg -quality 100 -outfile big.jpg noise.ppm
head -c 300 photo.jpg > truncated.jpg
printf 'just some text, not an image\n' > notes.txt
python3 -c "
import zlib, struct
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
raw = b''.join(b'\x00' + bytes((x*7+y) % 256 for x in range(32*3)) for y in range(32))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 32, 32, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open('logo.png','wb').write(png)
bad = bytearray(png); bad[29] ^= 0xff
open('badcrc.png','wb').write(bytes(bad))
"
cwebp -quiet logo.png -o logo.webp
heif-enc -o photo.heic photo.jpg >/dev/null
oggenc -Q -o tone.ogg tone.wav
printf 'ID3\003\000\000\000\000\000\000' > song.mp3
head -c 4000 /dev/urandom >> song.mp3
printf '@startuml\nAlice -> Bob: hello\n@enduml\n' > seq.puml
printf '@startuml\nAlice -> Bob: hello\nthis is not plantuml ((\n@enduml\n' > broken.puml
printf '@startuml\nclass Order\nclass Customer\nCustomer --> Order\n@enduml\n' > classes.puml
printf '+--------+   +-------+\n| build  |-->| test  |\n+--------+   +-------+\n' > flow.txt
printf 'msc {\n  a, b;\n  a -> b [label="hello"];\n}\n' > chat.msc
printf 'msc {\n  a, b;\n  a -> b [label="hello";\n  b => c\n}\n' > broken.msc
printf 'blockdiag {\n  A -> B -> C;\n}\n' > flow.diag
printf 'blockdiag {\n  A -> B -> ;\n  {{\n}\n' > broken.diag
printf 'TITLE=Release build\nARTIST=CI\n' > tags.txt
mkdir -p vendor/bin
python3 -c "
d = bytearray(open('/usr/bin/jpegtran', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('vendor/bin/jpegtran', 'wb').write(d)"
chmod 755 vendor/bin/jpegtran
mkdir -p private shared
cp photo.jpg logo.png tone.ogg song.mp3 photo.heic seq.puml flow.txt chat.msc flow.diag private/
cp photo.jpg logo.png logo.webp tone.ogg song.mp3 shared/
chmod -R a+rX .
chmod 700 private
chmod 600 private/*
"""


def c(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


FOREIGN = f"{B}/vendor/bin/jpegtran"

CASES = [
    # --- libjpeg-turbo --------------------------------------------------------------------------
    c("jpegtran-input-missing", "jpegtran",
      "jpegtran -copy none -optimize -outfile cover.jpg /nonexistent/photos/cover.jpg", "ERR_1003",
      "the photo to optimise does not exist", path="/nonexistent/photos/cover.jpg"),
    c("jpegtran-input-denied", "jpegtran", f"jpegtran -rotate 90 -outfile out.jpg {P}/photo.jpg",
      "ERR_1002", "the job's user may not read the photo", user=NOBODY, path=f"{P}/photo.jpg"),
    c("jpegtran-output-denied", "jpegtran", f"jpegtran -optimize -outfile {RD}/photo.jpg {B}/photo.jpg",
      "ERR_1002", "the output's directory is not writable by the job's user", user=NOBODY,
      path=f"{RD}/photo.jpg"),
    c("jpegtran-output-rofs", "jpegtran", f"jpegtran -optimize -outfile $M/photo.jpg {B}/photo.jpg",
      "ERR_1012", "the output goes to a read-only mount", mount="ro", path="$M/photo.jpg"),
    c("jpegtran-output-full", "jpegtran", f"jpegtran -copy all -outfile $M/big.jpg {B}/big.jpg",
      "ERR_1012", "the disk fills up while the image is written", mount="full"),
    c("jpegtran-foreign-arch", "jpegtran", f"{FOREIGN} -optimize -outfile out.jpg {B}/photo.jpg",
      "ERR_1004", "the vendored binary is built for another architecture: the OS cannot start it"),
    c("neg-jpegtran-not-jpeg", "jpegtran", f"jpegtran -optimize -outfile out.jpg {B}/notes.txt",
      "ERR_1007", "the input is not a JPEG file: bad input data"),
    c("neg-jpegtran-bad-crop", "jpegtran", f"jpegtran -crop 10qx20 -outfile out.jpg {B}/photo.jpg",
      "ERR_1007", "a malformed option value: a usage error"),
    c("cjpeg-input-missing", "cjpeg", "cjpeg -quality 85 -outfile hero.jpg assets/hero.ppm",
      "ERR_1003", "the image to compress does not exist", path="assets/hero.ppm"),
    c("cjpeg-outdir-missing", "cjpeg", f"cjpeg -outfile /nonexistent/dist/img/hero.jpg {B}/small.ppm",
      "ERR_1003", "the output's directory does not exist", path="/nonexistent/dist/img/hero.jpg"),
    c("cjpeg-inodes", "cjpeg", f"touch $M/a $M/b; cjpeg -outfile $M/hero.jpg {B}/small.ppm",
      "ERR_1012", "the file system has no inodes left for the output", mount="inodes",
      path="$M/hero.jpg"),
    c("neg-cjpeg-unknown-format", "cjpeg", f"cjpeg -outfile out.jpg {B}/notes.txt", "ERR_1007",
      "the input is in no format cjpeg reads: bad input data"),
    c("neg-cjpeg-bad-quality", "cjpeg", f"cjpeg -quality high -outfile out.jpg {B}/small.ppm",
      "ERR_1007", "a malformed option value: a usage error"),
    c("djpeg-input-missing", "djpeg", "djpeg -bmp -outfile thumb.bmp uploads/thumb.jpg", "ERR_1003",
      "the JPEG to decode does not exist", path="uploads/thumb.jpg"),
    c("djpeg-output-rofs", "djpeg", f"djpeg -pnm -outfile $M/photo.ppm {B}/photo.jpg", "ERR_1012",
      "the decoded image goes to a read-only mount", mount="ro", path="$M/photo.ppm"),
    c("djpeg-output-full", "djpeg", f"djpeg -bmp -outfile $M/big.bmp {B}/big.jpg", "ERR_1012",
      "the disk fills up while the decoded image is written", mount="full"),
    c("neg-djpeg-truncated", "djpeg", f"djpeg -pnm -outfile out.ppm {B}/truncated.jpg", "ERR_1007",
      "the JPEG is cut short: corrupt input data"),
    c("rdjpgcom-missing", "rdjpgcom", "rdjpgcom -verbose scans/page-001.jpg", "ERR_1003",
      "the JPEG to read does not exist", path="scans/page-001.jpg"),
    c("wrjpgcom-comment-file-missing", "wrjpgcom",
      f"wrjpgcom -cfile /nonexistent/copyright.txt {B}/photo.jpg > out.jpg", "ERR_1003",
      "the comment file does not exist", path="/nonexistent/copyright.txt"),
    c("neg-wrjpgcom-not-jpeg", "wrjpgcom", f"wrjpgcom -comment 'built by CI' {B}/notes.txt > out.jpg",
      "ERR_1007", "the input is not a JPEG file: bad input data"),
    # --- PNG and advancecomp --------------------------------------------------------------------
    c("pngcheck-missing", "pngcheck", "pngcheck -v icons/app-512.png 1>&2", "ERR_1003",
      "the PNG to check does not exist", path="icons/app-512.png"),
    c("pngcheck-denied", "pngcheck", f"pngcheck {P}/logo.png 1>&2", "ERR_1002",
      "the job's user may not read the PNG", user=NOBODY, path=f"{P}/logo.png"),
    c("neg-pngcheck-crc", "pngcheck", f"pngcheck {B}/badcrc.png 1>&2", "ERR_1007",
      "a chunk's checksum is wrong: corrupt input data, the check fails"),
    c("neg-pngcheck-not-png", "pngcheck", f"pngcheck {B}/photo.jpg 1>&2", "ERR_1007",
      "the file is not a PNG: the check fails"),
    c("advpng-missing", "advpng", "advpng -z -3 static/img/banner.png", "ERR_1003",
      "the PNG to recompress does not exist", path="static/img/banner.png"),
    c("advpng-dir-denied", "advpng", f"advpng -z -2 {S}/logo.png", "ERR_1002",
      "the PNG is recompressed in place in a directory the job's user may not write", user=NOBODY),
    c("neg-advpng-not-png", "advpng", f"cp {B}/notes.txt x.png; advpng -z x.png", "ERR_1007",
      "the file is not a PNG: bad input data"),
    c("advdef-missing", "advdef", "advdef -z -4 dist/app.gz", "ERR_1003",
      "the file to recompress does not exist", path="dist/app.gz"),
    c("neg-advzip-corrupt", "advzip", f"cp {B}/notes.txt bundle.zip; advzip -z bundle.zip", "ERR_1007",
      "the archive is not a zip file: corrupt input data"),
    # --- WebP, HEIF, AVIF ----------------------------------------------------------------------
    c("webpmux-missing", "webpmux", "webpmux -info public/hero.webp", "ERR_1003",
      "the WebP file does not exist", path="public/hero.webp"),
    c("neg-webpmux-not-webp", "webpmux", f"webpmux -info {B}/photo.jpg", "ERR_1007",
      "the input is not a WebP file: bad input data"),
    c("webpmux-output-denied", "webpmux",
      f"webpmux -set icc {B}/notes.txt {B}/logo.webp -o {RD}/logo.webp", "ERR_1002",
      "the output's directory is not writable by the job's user", user=NOBODY),
    c("webpmux-output-rofs", "webpmux", f"webpmux -set icc {B}/notes.txt {B}/logo.webp -o $M/logo.webp",
      "ERR_1012", "the output goes to a read-only mount", mount="ro"),
    c("neg-webpmux-no-icc", "webpmux", f"webpmux -get icc {B}/logo.webp -o icc.bin", "ERR_1007",
      "the image holds no ICC profile to extract: the tool's own failure"),
    c("neg-heif-convert-not-heif", "heif-convert", f"heif-convert {B}/notes.txt out.jpg", "ERR_1007",
      "the input is not a HEIF file: bad input data"),
    c("avifenc-missing", "avifenc", "avifenc --speed 6 assets/banner.png banner.avif", "ERR_1003",
      "the image to encode does not exist", path="assets/banner.png"),
    c("avifenc-output-rofs", "avifenc", f"avifenc {B}/logo.png $M/logo.avif", "ERR_1012",
      "the encoded image goes to a read-only mount", mount="ro"),
    c("avifenc-output-denied", "avifenc", f"avifenc {B}/logo.png {RD}/logo.avif", "ERR_1002",
      "the output's directory is not writable by the job's user", user=NOBODY),
    c("neg-avifenc-unknown-input", "avifenc", f"avifenc {B}/notes.txt out.avif", "ERR_1007",
      "the input is in no format avifenc reads: bad input data"),
    c("neg-avifenc-bad-option", "avifenc", f"avifenc --qualityy 80 {B}/logo.png out.avif", "ERR_1007",
      "an unknown option: a usage error"),
    c("neg-avifdec-not-avif", "avifdec", f"avifdec {B}/photo.jpg out.png", "ERR_1007",
      "the input is not an AVIF file: bad input data"),
    # --- audio tags ----------------------------------------------------------------------------
    c("vorbiscomment-missing", "vorbiscomment", "vorbiscomment -l audio/intro.ogg", "ERR_1003",
      "the Ogg file does not exist", path="audio/intro.ogg"),
    c("fr-vorbiscomment-missing", "vorbiscomment", "vorbiscomment -l audio/intro.ogg", "ERR_1003",
      "the Ogg file does not exist", lang="fr_FR.UTF-8", path="audio/intro.ogg"),
    c("fr-neg-vorbiscomment-not-ogg", "vorbiscomment", f"vorbiscomment -l {B}/notes.txt", "ERR_1007",
      "the input is not an Ogg Vorbis stream: bad input data", lang="fr_FR.UTF-8"),
    c("neg-vorbiscomment-not-ogg", "vorbiscomment", f"vorbiscomment -l {B}/song.mp3", "ERR_1007",
      "the input is not an Ogg Vorbis stream: bad input data"),
    c("vorbiscomment-tags-missing", "vorbiscomment",
      f"vorbiscomment -w -c /nonexistent/release-tags.txt {B}/tone.ogg out.ogg", "ERR_1003",
      "the tag file does not exist", path="/nonexistent/release-tags.txt"),
    c("es-vorbiscomment-output-rofs", "vorbiscomment",
      f"vorbiscomment -w -t TITLE=Intro {B}/tone.ogg $M/tone.ogg", "ERR_1012",
      "the tagged file goes to a read-only mount", mount="ro", lang="es_ES.UTF-8"),
    c("vorbiscomment-denied", "vorbiscomment", f"vorbiscomment -l {P}/tone.ogg", "ERR_1002",
      "the job's user may not read the Ogg file", user=NOBODY),
    c("eyed3-missing", "eyeD3", "eyeD3 --artist 'The Band' tracks/02-outro.mp3", "ERR_1003",
      "the MP3 to tag does not exist", path="tracks/02-outro.mp3"),
    c("eyed3-image-missing", "eyeD3",
      f"cp {B}/song.mp3 s.mp3; eyeD3 --add-image /nonexistent/art/cover.jpg:FRONT_COVER s.mp3",
      "ERR_1003", "the cover image to embed does not exist", path="/nonexistent/art/cover.jpg"),
    c("eyed3-denied", "eyeD3", f"eyeD3 --title Intro {S}/song.mp3", "ERR_1002",
      "the job's user may not write the MP3", user=NOBODY),
    c("neg-eyed3-unknown-plugin", "eyeD3", f"eyeD3 -P lameinf0 {B}/song.mp3", "ERR_1007",
      "an unknown plugin name inside eyeD3's own world: a usage error"),
    # --- diagrams ------------------------------------------------------------------------------
    c("neg-plantuml-syntax", "plantuml", f"cp {B}/broken.puml .; plantuml -failfast2 broken.puml",
      "ERR_1007", "a syntax error in the diagram source"),
    c("plantuml-nproc", "plantuml", f"cp {B}/seq.puml .; ulimit -u 1; plantuml seq.puml", "ERR_1004",
      "the process limit forbids the process the plantuml launcher script starts", user=NOBODY),
    c("ditaa-missing", "ditaa", "java -jar /usr/share/ditaa/ditaa.jar docs/pipeline.txt pipeline.png", "ERR_1003",
      "the diagram source does not exist", path="docs/pipeline.txt"),
    c("ditaa-output-denied", "ditaa", f"java -jar /usr/share/ditaa/ditaa.jar {B}/flow.txt {RD}/flow.png", "ERR_1002",
      "the output's directory is not writable by the job's user", user=NOBODY),
    c("ditaa-output-rofs", "ditaa", f"java -jar /usr/share/ditaa/ditaa.jar {B}/flow.txt $M/flow.png", "ERR_1012",
      "the rendered diagram goes to a read-only mount", mount="ro"),
    c("ditaa-nproc", "ditaa", f"ulimit -u 1; exec java -jar /usr/share/ditaa/ditaa.jar {B}/flow.txt flow.png 1>&2", "ERR_1004",
      "the process limit forbids the threads the JVM starts", user=NOBODY),
    c("mscgen-missing", "mscgen", "mscgen -T png -o chat.png docs/chat.msc", "ERR_1003",
      "the chart source does not exist", path="docs/chat.msc"),
    c("neg-mscgen-syntax", "mscgen", f"mscgen -T png -o out.png {B}/broken.msc", "ERR_1007",
      "a syntax error in the chart source"),
    c("mscgen-output-denied", "mscgen", f"mscgen -T svg -o {RD}/chat.svg {B}/chat.msc", "ERR_1002",
      "the output's directory is not writable by the job's user", user=NOBODY),
    c("mscgen-output-rofs", "mscgen", f"mscgen -T png -o $M/chat.png {B}/chat.msc", "ERR_1012",
      "the rendered chart goes to a read-only mount", mount="ro"),
    c("neg-mscgen-bad-type", "mscgen", f"mscgen -T gif -o out.gif {B}/chat.msc", "ERR_1007",
      "an output type mscgen does not know: a usage error"),
    c("blockdiag-missing", "blockdiag", "blockdiag3 -T png docs/deploy.diag", "ERR_1003",
      "the diagram source does not exist", path="docs/deploy.diag"),
    c("neg-blockdiag-syntax", "blockdiag", f"blockdiag3 -o out.png {B}/broken.diag", "ERR_1007",
      "a syntax error in the diagram source"),
    c("blockdiag-output-denied", "blockdiag", f"blockdiag3 -o {RD}/flow.png {B}/flow.diag", "ERR_1002",
      "the output's directory is not writable by the job's user", user=NOBODY),
    c("blockdiag-output-rofs", "blockdiag", f"blockdiag3 -o $M/flow.png {B}/flow.diag",
      "ERR_1012", "the rendered diagram goes to a read-only mount", mount="ro"),
    c("neg-blockdiag-bad-type", "blockdiag", f"blockdiag3 -T gif -o out.gif {B}/flow.diag", "ERR_1007",
      "an output type blockdiag does not know: a usage error"),
    c("jhead-missing", "jhead", "jhead -autorot camera/DSC0042.JPG", "ERR_1003",
      "the photo does not exist", path="camera/DSC0042.JPG"),
    c("neg-jhead-not-jpeg", "jhead", f"cp {B}/notes.txt x.jpg; jhead -autorot x.jpg", "ERR_1007",
      "the file is not a JPEG: bad input data"),
    c("jhead-denied", "jhead", f"jhead -cl 'Built by CI' {S}/photo.jpg 1>&2", "ERR_1002",
      "the job's user may not write the photo", user=NOBODY),
    c("jhead-cmd-missing", "jhead", f"cp {B}/photo.jpg p.jpg; jhead -cmd 'hodei-resize &i &o' p.jpg",
      "ERR_1001", "the program jhead is told to run on the photo is not installed",
      command="hodei-resize"),
    # --- further cases ----------------------------------------------------------------------
    c("neg-heif-info-not-heif", "heif-info", f"heif-info {B}/photo.jpg", "ERR_1007",
      "the input is not a HEIF file: bad input data"),
    c("es-vorbiscomment-tags-missing", "vorbiscomment",
      f"vorbiscomment -w -c /nonexistent/etiquetas.txt {B}/tone.ogg out.ogg", "ERR_1003",
      "the tag file does not exist", lang="es_ES.UTF-8", path="/nonexistent/etiquetas.txt"),
    c("blockdiag-font-missing", "blockdiag",
      f"blockdiag3 -f /nonexistent/fonts/ipagp.ttf -o flow.png {B}/flow.diag", "ERR_1003",
      "the font file the job names does not exist", path="/nonexistent/fonts/ipagp.ttf"),
    c("avifenc-nproc", "avifenc", f"ulimit -u 1; exec avifenc --jobs 8 {B}/logo.png logo.avif 1>&2", "ERR_1004",
      "the process limit forbids the encoder's worker threads", user=NOBODY),
    c("neg-pngcheck-truncated", "pngcheck", f"head -c 200 {B}/logo.png > cut.png; pngcheck cut.png 1>&2",
      "ERR_1007", "the PNG is cut short: corrupt input data, the check fails"),
    c("neg-advdef-not-gzip", "advdef", f"cp {B}/notes.txt notes.gz; advdef -z notes.gz", "ERR_1007",
      "the file is of no type advdef handles: bad input data"),
    c("neg-rdjpgcom-not-jpeg", "rdjpgcom", f"rdjpgcom {B}/notes.txt", "ERR_1007",
      "the input is not a JPEG file: bad input data"),
    c("plantuml-config-missing", "plantuml",
      f"cp {B}/seq.puml .; plantuml -failfast2 -config /nonexistent/plantuml.cfg seq.puml", "ERR_1003",
      "the configuration file the job names does not exist", path="/nonexistent/plantuml.cfg"),
    c("neg-eyed3-bad-date", "eyeD3", f"cp {B}/song.mp3 s.mp3; eyeD3 --release-date 2024-13-45 s.mp3",
      "ERR_1007", "a malformed option value: a usage error"),
    c("jhead-editor-missing", "jhead", f"cp {B}/photo.jpg p.jpg; jhead -ce p.jpg", "ERR_1001",
      "the editor jhead runs for the comment is not installed", env={"EDITOR": "hodei-editor"},
      command="hodei-editor"),
]
