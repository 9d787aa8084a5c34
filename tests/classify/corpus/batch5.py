"""A batch made to work on (not held out): tools no other batch covers, labelled before the
classifier was run on them."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch5"
L = f"{R}/locked"
RD = f"{R}/rootdir"
SPLIT = "tuned"

FIXTURES = r"""
echo 'hello data' > data.txt
head -c 200000 /dev/urandom > big.bin
echo 'not compressed' > corrupt.lz
printf 'P3\n1 1\n255\n0 0 0\n' > img.ppm
echo 'not a png' > fake.png
python3 -c "
import struct, zlib
raw = b'\x00\xff\x00\x00'
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
open('ok.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))"
sox -n -r 8000 -c 1 tone.wav synth 0.1 sine 440 2>/dev/null
mkdir -p sc-cmd && printf "Command('out.txt', [], 'hodei-nocc -o $TARGET')\n" > sc-cmd/SConstruct
mkdir -p sc-bad && printf "Command('out.txt', [\n" > sc-bad/SConstruct
mkdir -p ac && printf 'AC_INIT([h], [1])\nAC_OUTPUT\n' > ac/configure.ac
chmod -R a+rX .
"""

CASES = [
    dict(id="lzip-enoent", tool="lzip", script="lzip /nonexistent/dump.sql", code="ERR_1003",
         why="the file to compress does not exist", path="/nonexistent/dump.sql"),
    dict(id="lzip-eacces", tool="lzip", script=f"lzip -k -c {L}/secret.txt >/dev/null",
         code="ERR_1002", user="nobody", why="the input cannot be read by the job's user",
         path=f"{L}/secret.txt"),
    dict(id="lzip-enospc", tool="lzip", script=f"lzip -0 -c {B}/big.bin > $M/big.lz",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="neg-lzip-corrupt", tool="lzip", script=f"lzip -d -c {B}/corrupt.lz >/dev/null",
         code="ERR_1007", why="the input is not lzip data"),
    dict(id="sox-enoent", tool="sox", script="sox /nonexistent/in.wav out.wav", code="ERR_1003",
         why="the audio file to convert does not exist", path="/nonexistent/in.wav"),
    dict(id="sox-rofs", tool="sox", script=f"sox {B}/tone.wav $M/out.wav", code="ERR_1012",
         mount="ro", why="the output goes to a read-only mount"),
    dict(id="neg-sox-unknown-type", tool="sox", script=f"sox {B}/tone.wav -t hodeifmt out.x",
         code="ERR_1007", why="a file type sox does not know: a usage error of the job"),
    dict(id="optipng-enoent", tool="optipng", script="optipng /nonexistent/logo.png",
         code="ERR_1003", why="the image does not exist", path="/nonexistent/logo.png"),
    dict(id="neg-optipng-not-png", tool="optipng", script=f"cp {B}/fake.png . && optipng fake.png",
         code="ERR_1007", why="the input is not an image optipng can read"),
    dict(id="optipng-out-eacces", tool="optipng",
         script=f"optipng -out {RD}/logo.png {B}/ok.png", code="ERR_1002", user="nobody",
         why="the output directory is not writable by the job's user"),
    dict(id="cwebp-enoent", tool="cwebp", script="cwebp -quiet /nonexistent/photo.png -o out.webp",
         code="ERR_1003", why="the image does not exist", path="/nonexistent/photo.png"),
    dict(id="cwebp-rofs", tool="cwebp", script=f"cwebp -quiet {B}/ok.png -o $M/out.webp",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount"),
    dict(id="aria2c-input-missing", tool="aria2c", script="aria2c -q -i /nonexistent/urls.txt",
         code="ERR_1003", why="the list of downloads does not exist", path="/nonexistent/urls.txt"),
    dict(id="neg-aria2c-refused", tool="aria2c",
         script="aria2c --console-log-level=error --summary-interval=0 --max-tries=1 --connect-timeout=2 http://127.0.0.1:9/x.tgz 1>&2",
         code="ERR_1007", why="no server listens: a network failure, not a file"),
    dict(id="parallel-cmd-missing", tool="parallel", script="parallel hodei-nocmd ::: a b",
         code="ERR_1001", why="the program parallel runs is not installed", command="hodei-nocmd"),
    dict(id="scons-no-sconstruct", tool="scons", script="scons -Q", code="ERR_1003",
         why="there is no SConstruct where scons runs: the build file is missing"),
    dict(id="scons-cmd-missing", tool="scons", script=f"cp {B}/sc-cmd/SConstruct . && scons -Q",
         code="ERR_1001", why="the build's command runs a program that is not installed",
         command="hodei-nocc"),
    dict(id="neg-scons-syntax", tool="scons", script=f"cp {B}/sc-bad/SConstruct . && scons -Q",
         code="ERR_1007", why="a syntax error in the project's own build file"),
    dict(id="qemu-img-enoent", tool="qemu-img", script="qemu-img info /nonexistent/disk.qcow2",
         code="ERR_1003", why="the disk image does not exist", path="/nonexistent/disk.qcow2"),
    dict(id="qemu-img-rofs", tool="qemu-img", script="qemu-img create -q -f qcow2 $M/disk.qcow2 1G",
         code="ERR_1012", mount="ro", why="the image is created on a read-only mount"),
    dict(id="qemu-img-eacces", tool="qemu-img", script=f"qemu-img create -q -f raw {RD}/disk.raw 1M",
         code="ERR_1002", user="nobody", why="the image's directory is not writable by the job's user"),
    dict(id="mdir-image-missing", tool="mdir", script="mdir -i /nonexistent/floppy.img ::",
         code="ERR_1003", why="the disk image does not exist", path="/nonexistent/floppy.img"),
    dict(id="neg-units-unknown", tool="units", script="units -1 '3 hodeiparsecs' meters 1>&2",
         code="ERR_1007", why="a unit units does not know: the job's input is wrong"),
    dict(id="certtool-infile-missing", tool="certtool",
         script="certtool -i --infile /nonexistent/cert.pem", code="ERR_1003",
         why="the certificate to read does not exist", path="/nonexistent/cert.pem"),
    dict(id="exiftool-enoent", tool="exiftool", script="exiftool /nonexistent/photo.jpg",
         code="ERR_1003", why="the file to read does not exist", path="/nonexistent/photo.jpg"),
    dict(id="jar-enoent", tool="jar", script="jar tf /nonexistent/app.jar", code="ERR_1003",
         why="the archive does not exist", path="/nonexistent/app.jar"),
    dict(id="jar-rofs", tool="jar", script=f"cd $M && jar cf app.jar -C {B} data.txt",
         code="ERR_1012", mount="ro", why="the archive is written to a read-only mount"),
    dict(id="keytool-keystore-missing", tool="keytool",
         script="keytool -list -keystore /nonexistent/keys.jks -storepass changeit 1>&2",
         code="ERR_1003", why="the keystore does not exist", path="/nonexistent/keys.jks"),
    dict(id="neg-keytool-wrong-password", tool="keytool",
         script="keytool -genkeypair -keystore ks.jks -storepass secret1 -keypass secret1 -alias a "
                "-dname CN=h -keyalg RSA -keysize 1024 >/dev/null 2>&1 && "
                "keytool -list -keystore ks.jks -storepass wrongpass 1>&2",
         code="ERR_1007", why="a wrong keystore password: the job's own input is wrong"),
    dict(id="autoreconf-no-configure-ac", tool="autoreconf", script="autoreconf -i",
         code="ERR_1003", why="there is no configure.ac where autoreconf runs"),
    dict(id="neg-pkg-config-missing-package", tool="pkg-config",
         script="pkg-config --cflags hodei-nosuch", code="ERR_1007",
         why="a library package the build needs is not installed: a dependency, as a missing module"),
    dict(id="bc-file-missing", tool="bc", script="bc -q /nonexistent/calc.bc </dev/null",
         code="ERR_1003", why="the program file does not exist", path="/nonexistent/calc.bc"),
    dict(id="xxd-enoent", tool="xxd", script="xxd /nonexistent/blob.bin", code="ERR_1003",
         why="the input does not exist", path="/nonexistent/blob.bin"),
    dict(id="xxd-inodes", tool="xxd", script=f"xxd {B}/data.txt $M/a.hex; xxd {B}/data.txt $M/b.hex; xxd {B}/data.txt $M/c.hex",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for the output"),
    dict(id="neg-tmux-no-server", tool="tmux", script="tmux -S /tmp/hodei-nosuch.sock ls",
         code="ERR_1007", why="no tmux server runs: a service that does not answer"),
    dict(id="ed-enoent", tool="ed", script="ed -s /nonexistent/notes.txt <<< ',p'", code="ERR_1003",
         why="the file to edit does not exist", path="/nonexistent/notes.txt"),
]
