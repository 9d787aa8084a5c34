"""Sealed batch 62: disk forensics, data recovery and binary analysis, as evidence-processing
and recovery jobs run them (The Sleuth Kit, testdisk/photorec in batch mode, file carvers,
imaging and rescue copiers, EWF and AFF containers, ext and NTFS undelete tools, partition
guessing and firmware scanning)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (83.3% of codes, 85/102), then worked on."""
F = f"{R}/batch62"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
export E2FSPROGS_FAKE_TIME=1700000000
mkdir -p tree/docs tree/photos tools carve-out-used
seq 1 2000 > tree/docs/report.txt
printf 'case notes\n' > tree/notes.txt
convert -size 48x48 xc:red -quality 80 tree/photos/red.jpg
touch -d @1700000000 tree tree/docs tree/photos tree/docs/report.txt tree/notes.txt tree/photos/red.jpg
truncate -s 8M evidence.dd
mkfs.ext4 -q -F -O ^has_journal -U 6c3b2f0e-62aa-4b1d-9d10-000000000062 -E hash_seed=6c3b2f0e-62aa-4b1d-9d10-000000000063 -L evidence -d tree evidence.dd
truncate -s 16M disk.raw
printf 'label: dos\nlabel-id: 0x62626262\nstart=2048, size=16384, type=83\n' | sfdisk -q disk.raw
dd if=evidence.dd of=disk.raw bs=512 seek=2048 conv=notrunc status=none
truncate -s 8M ntfs.img
mkntfs -q -F -f -U -L evidence ntfs.img >/dev/null 2>&1
/usr/bin/python3 - <<'X'
import random
random.seed(62)
open("junk.bin", "wb").write(random.randbytes(1 << 20))
card = bytearray(2 << 20)
jpg = open("tree/photos/red.jpg", "rb").read()
card[65536:65536 + len(jpg)] = jpg
card[1 << 20:(1 << 20) + len(jpg)] = jpg
open("card.img", "wb").write(card)
for name, src in (("tools/ddrescue", "/usr/bin/ddrescue"), ("tools/photorec_static", "/usr/bin/photorec")):
    d = bytearray(open(src, "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
    open(name, "wb").write(d)
X
chmod 755 tools/ddrescue tools/photorec_static
printf 'not a disk image, just the intake form\n' > intake.img
printf 'garbage\n' > broken.map
cp evidence.dd sealed.dd
truncate -s 8M journal.dd
mkfs.ext4 -q -F -U 6c3b2f0e-62aa-4b1d-9d10-000000000064 -E hash_seed=6c3b2f0e-62aa-4b1d-9d10-000000000065 -L casework -d tree journal.dd
debugfs -w -R "rm notes.txt" journal.dd >/dev/null 2>&1
printf '6 string JFIF\n0 int32 ffd80000 ffff0000\nextension jpg\ncommand hodei-jpegfix --strip "$1"\n' > jpeg-fixed
ewfacquire -q -u -t case -C 62 -D evidence -E 62-1 -e examiner -N none -m fixed -M logical -c none evidence.dd >/dev/null
cp case.E01 tampered.E01
printf 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' | dd of=tampered.E01 bs=1 seek=40000 conv=notrunc status=none
printf 'jpg y 200000 \\xff\\xd8\\xff \\xff\\xd9\n' > jpg.conf
printf 'kept\n' > carve-out-used/audit.txt
chmod -R a+rX .
chmod 600 sealed.dd
cp evidence.dd "$(dirname "$PWD")/locked/evidence.dd"
cp ntfs.img "$(dirname "$PWD")/locked/c-drive.img"
"""

CASES = [
    # --- The Sleuth Kit -----------------------------------------------------------------------
    dict(id="fls-image-missing", tool="fls", script="fls -r -p /nonexistent/case17/sdb.dd",
         code="ERR_1003", path="/nonexistent/case17/sdb.dd",
         why="The evidence image the listing job names does not exist."),
    dict(id="mmls-image-missing", tool="mmls", script="mmls /nonexistent/case17/disk.raw",
         code="ERR_1003", path="/nonexistent/case17/disk.raw",
         why="The disk image whose partition table is to be read does not exist."),
    dict(id="fls-image-denied", tool="fls", script=f"fls -r {F}/sealed.dd", code="ERR_1002",
         user="nobody", path=f"{F}/sealed.dd",
         why="The image is readable by root only and the job runs as an unprivileged user."),
    dict(id="fsstat-image-denied", tool="fsstat", script=f"fsstat {F}/sealed.dd", code="ERR_1002",
         user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the evidence image."),
    dict(id="icat-image-locked", tool="icat", script=f"icat {L}/evidence.dd 14 > notes.txt",
         code="ERR_1002", user="nobody", path=f"{L}/evidence.dd",
         why="The image lies in a directory the job's user may not enter."),
    dict(id="neg-fls-unknown-fs", tool="fls", script=f"fls -r {F}/intake.img", code="ERR_1007",
         why="The file is not a file system image at all; the tool cannot recognise its contents."),
    dict(id="neg-fsstat-encrypted", tool="fsstat", script=f"fsstat {F}/junk.bin", code="ERR_1007",
         why="The input is random-looking data with no file system; the tool's own verdict on bad input."),
    dict(id="neg-istat-inode-range", tool="istat", script=f"istat {F}/evidence.dd 99999",
         code="ERR_1007", why="The job asks for an inode number beyond the file system's range."),
    dict(id="neg-icat-inode-range", tool="icat", script=f"icat {F}/evidence.dd 50000 > out.bin",
         code="ERR_1007", why="The inode number given does not exist in the image's file system."),
    dict(id="neg-mmls-not-dos", tool="mmls", script=f"mmls -t dos {F}/evidence.dd", code="ERR_1007",
         why="The image holds a bare file system, not a partitioned disk; bad input for the tool."),
    dict(id="neg-fls-wrong-fstype", tool="fls", script=f"fls -f ntfs {F}/evidence.dd",
         code="ERR_1007", why="The job forces the NTFS driver on an ext4 image; the magic does not match."),
    dict(id="neg-fls-unsupported-fstype", tool="fls", script=f"fls -f hfsx {F}/evidence.dd",
         code="ERR_1007", why="An unknown file system type name was passed; a usage error."),
    dict(id="neg-img-stat-not-ewf", tool="img_stat", script=f"img_stat -i ewf {F}/junk.bin",
         code="ERR_1007", why="The job forces the EWF format on a file that is not an E01 segment."),
    dict(id="img-stat-missing", tool="img_stat", script="img_stat /nonexistent/acquired/laptop.dd",
         code="ERR_1003", path="/nonexistent/acquired/laptop.dd",
         why="The acquired image the job inspects does not exist."),
    dict(id="hfind-db-missing", tool="hfind", script="hfind /nonexistent/nsrl/NSRLFile.txt d41d8cd98f00b204e9800998ecf8427e",
         code="ERR_1003", path="/nonexistent/nsrl/NSRLFile.txt",
         why="The hash database file the lookup names does not exist."),
    dict(id="neg-hfind-not-hashdb", tool="hfind", script=f"hfind {F}/junk.bin d41d8cd98f00b204e9800998ecf8427e",
         code="ERR_1007", why="The file given as hash database is not in any hash database format."),
    dict(id="neg-jls-no-journal", tool="jls", script=f"jls {F}/evidence.dd", code="ERR_1007",
         why="The file system has no journal to list; the tool's own failure on this input."),
    dict(id="neg-blkcat-block-range", tool="blkcat", script=f"blkcat {F}/evidence.dd 999999 > blk.bin",
         code="ERR_1007", why="The block address is past the end of the file system."),
    dict(id="sorter-outdir-missing", miss="the error line is cut at the tail's start ('irectory sorted does not exist') and a usage text follows", tool="sorter", script=f"sorter -f ext4 -d sorted {F}/evidence.dd 1>&2",
         code="ERR_1003", path="sorted",
         why="The output directory the job names was never created and the tool requires it to exist."),
    dict(id="sorter-fork-limit", tool="sorter", script=f"mkdir sorted; timeout 12 bash -c 'ulimit -u 1; exec sorter -f ext4 -d sorted {F}/evidence.dd'",
         code="ERR_1004", user="nobody", why="Under the process limit the tool cannot fork the helpers it runs on the image."),
    dict(id="mactime-body-missing", tool="mactime", script="mactime -b /nonexistent/case17/body.txt -d > timeline.csv",
         code="ERR_1003", path="/nonexistent/case17/body.txt",
         why="The body file the timeline is built from does not exist."),
    # --- testdisk / photorec ----------------------------------------------------------------
    dict(id="testdisk-image-missing", tool="testdisk", script="testdisk /log /list /nonexistent/case17/disk.raw 1>&2",
         code="ERR_1003", path="/nonexistent/case17/disk.raw",
         why="The disk image to analyse does not exist."),
    dict(id="photorec-image-denied", tool="photorec", script=f"photorec /d recup /cmd {F}/sealed.dd search 1>&2",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the image to carve."),
    dict(id="photorec-foreign-binary", tool="photorec", script=f"{F}/tools/photorec_static /d recup /cmd {F}/card.img search",
         code="ERR_1004", why="The vendored static photorec build is for another CPU architecture."),
    # --- carvers -------------------------------------------------------------------------------
    dict(id="neg-foremost-outdir-not-empty", tool="foremost", script=f"foremost -q -t jpg -i {F}/card.img -o {F}/carve-out-used 1>&2",
         code="ERR_1007", why="The output directory already holds files and the tool refuses to mix results."),
    dict(id="foremost-outdir-rofs", tool="foremost", script=f"foremost -q -t jpg -i {F}/card.img -o $M/carved",
         code="ERR_1012", path="$M/carved", mount="ro", why="The output directory would be created on a read-only mount."),
    dict(id="foremost-outdir-denied", tool="foremost", script=f"foremost -q -t jpg -i {F}/card.img -o {RD}/carved",
         code="ERR_1002", path=f"{RD}/carved", user="nobody", why="The job's user may not create the output directory there."),
    dict(id="foremost-enospc", tool="foremost", script=f"foremost -q -t jpg -i {F}/card.img -o $M/carved",
         code="ERR_1012", mount="full", why="The output file system is full."),
    dict(id="scalpel-conf-missing", tool="scalpel", script=f"scalpel -c /nonexistent/scalpel/jpg.conf -o carved {F}/card.img",
         code="ERR_1003", path="/nonexistent/scalpel/jpg.conf",
         why="The carving configuration file the job names does not exist."),
    dict(id="neg-scalpel-no-types", tool="scalpel", script=f"scalpel -o carved {F}/card.img",
         code="ERR_1007", why="The default configuration enables no file types; a configuration mistake in the job."),
    dict(id="scalpel-outdir-rofs", tool="scalpel", script=f"scalpel -c {F}/jpg.conf -o $M/carved {F}/card.img",
         code="ERR_1012", path="$M/carved", mount="ro", why="The output directory would be created on a read-only mount."),
    dict(id="magicrescue-outdir-missing", miss="'Invalid directory recovered' names a bare word that was not checked as a path", tool="magicrescue", script=f"magicrescue -r jpeg-jfif -d recovered {F}/card.img",
         code="ERR_1003", path="recovered",
         why="The output directory does not exist and the tool does not create it."),
    dict(id="recoverjpeg-image-missing", tool="recoverjpeg", script="recoverjpeg /nonexistent/card/DCIM.img",
         code="ERR_1003", path="/nonexistent/card/DCIM.img", why="The memory-card image does not exist."),
    dict(id="recoverjpeg-image-denied", tool="recoverjpeg", script=f"recoverjpeg {F}/sealed.dd",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the card image."),
    dict(id="recoverjpeg-rofs", miss="'Unable to open x for writing' without a reason and no check of x: the text's guess (a refusal) stands", tool="recoverjpeg", script=f"cd $M && recoverjpeg {F}/card.img",
         code="ERR_1012", path="image00000.jpg", mount="ro", why="The recovered pictures are written into a read-only directory."),
    dict(id="recoverjpeg-enospc", miss="details: the file is named inside the sentence ('Unable to write 301 bytes to x'), not as a path shape", tool="recoverjpeg", script=f"cd $M && recoverjpeg {F}/card.img",
         code="ERR_1012", path="image00000.jpg", mount="full", why="The recovered pictures do not fit on the full file system."),
    # --- imaging and rescue ---------------------------------------------------------------------
    dict(id="ddrescue-input-missing", tool="ddrescue", script="ddrescue -n /nonexistent/dev-sdb.img sdb.img sdb.map",
         code="ERR_1003", path="/nonexistent/dev-sdb.img", why="The source image to rescue does not exist."),
    dict(id="ddrescue-input-denied", tool="ddrescue", script=f"ddrescue -n {F}/sealed.dd copy.img copy.map",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the source image."),
    dict(id="ddrescue-output-rofs", tool="ddrescue", script=f"ddrescue -n {F}/evidence.dd $M/copy.img $M/copy.map",
         code="ERR_1012", path="$M/copy.img", mount="ro", why="The rescue copy goes to a read-only mount."),
    dict(id="ddrescue-output-enospc", tool="ddrescue", script=f"ddrescue -n {F}/evidence.dd $M/copy.img copy.map",
         code="ERR_1012", path="$M/copy.img", mount="full", why="The destination file system fills up during the copy."),
    dict(id="ddrescue-foreign-binary", tool="ddrescue", script=f"{F}/tools/ddrescue -n {F}/evidence.dd copy.img copy.map",
         code="ERR_1004", why="The vendored ddrescue binary is built for another CPU architecture."),
    dict(id="neg-ddrescue-device-output", tool="ddrescue", script=f"ddrescue -n {F}/evidence.dd /dev/null",
         code="ERR_1007", why="The output is not a regular file and the job omitted --force; the tool's safety refusal."),
    dict(id="ddrescuelog-map-missing", tool="ddrescuelog", script="ddrescuelog -t /nonexistent/rescue/sdb.map",
         code="ERR_1003", path="/nonexistent/rescue/sdb.map", why="The mapfile to summarise does not exist."),
    dict(id="neg-ddrescuelog-bad-map", tool="ddrescuelog", script=f"ddrescuelog -t {F}/broken.map",
         code="ERR_1007", why="The mapfile is corrupt; bad input data."),
    dict(id="dc3dd-input-missing", tool="dc3dd", script="dc3dd if=/nonexistent/dev-sdb.img of=sdb.img",
         code="ERR_1003", path="/nonexistent/dev-sdb.img", why="The source to image does not exist."),
    dict(id="de-dc3dd-input-missing", tool="dc3dd", script="dc3dd if=/nonexistent/dev-sdb.img of=sdb.img",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/dev-sdb.img",
         why="The source to image does not exist."),
    dict(id="fr-dc3dd-input-denied", tool="dc3dd", script=f"dc3dd if={F}/sealed.dd of=copy.img",
         code="ERR_1002", lang="fr_FR.UTF-8", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the source image."),
    dict(id="es-dc3dd-output-rofs", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=$M/copy.img",
         code="ERR_1012", path="$M/copy.img", lang="es_ES.UTF-8", mount="ro", why="The image is written to a read-only mount."),
    dict(id="dc3dd-output-enospc", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=$M/copy.img hash=sha256",
         code="ERR_1012", path="$M/copy.img", mount="full", why="The destination fills up during imaging."),
    dict(id="neg-dc3dd-bad-hash", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=copy.img hash=sha3",
         code="ERR_1007", why="An unsupported hash algorithm name was given; a usage error."),
    dict(id="it-neg-dc3dd-bad-option", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=copy.img blocksize=4k",
         code="ERR_1007", lang="it_IT.UTF-8", why="An unknown operand was given; a usage error."),
    dict(id="dcfldd-input-missing", tool="dcfldd", script="dcfldd if=/nonexistent/dev-sdb.img of=sdb.img hash=sha256",
         code="ERR_1003", path="/nonexistent/dev-sdb.img", why="The source to image does not exist."),
    dict(id="dcfldd-input-denied", tool="dcfldd", script=f"dcfldd if={F}/sealed.dd of=copy.img",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd", why="The job's user may not read the source."),
    dict(id="dcfldd-hashlog-rofs", tool="dcfldd", script=f"dcfldd if={F}/evidence.dd of=copy.img hash=md5 hashlog=$M/hash.log",
         code="ERR_1012", path="$M/hash.log", mount="ro", why="The hash log is written to a read-only mount."),
    dict(id="safecopy-input-missing", tool="safecopy", script="safecopy /nonexistent/dev-sdc.img sdc.img 1>&2",
         code="ERR_1003", path="/nonexistent/dev-sdc.img", why="The source to copy does not exist."),
    dict(id="safecopy-output-enospc", tool="safecopy", script=f"safecopy {F}/evidence.dd $M/copy.img 1>&2",
         code="ERR_1012", path="$M/copy.img", mount="full", why="The destination fills up during the copy."),
    dict(id="safecopy-output-denied", tool="safecopy", script=f"safecopy {F}/evidence.dd {RD}/copy.img 1>&2",
         code="ERR_1002", path=f"{RD}/copy.img", user="nobody", why="The job's user may not create the destination file."),
    # --- EWF / AFF ------------------------------------------------------------------------------
    dict(id="ewfacquire-target-rofs", miss="details: the path is on a library line far above the decisive 'unable to write new chunk'", tool="ewfacquire", script=f"ewfacquire -q -u -t $M/case -c none {F}/evidence.dd",
         code="ERR_1012", path="$M/case.E01", mount="ro", why="The E01 segments are written to a read-only mount."),
    dict(id="ewfacquire-target-enospc", miss="details: the path is on a library line far above the decisive 'unable to write new chunk'", tool="ewfacquire", script=f"ewfacquire -q -u -t $M/case -c none {F}/evidence.dd",
         code="ERR_1012", path="$M/case.E01", mount="full", why="The E01 segment does not fit on the full file system."),
    dict(id="ewfacquire-target-denied", miss="libewf's chain ends in write and close failures; 'access denied to file' is at its top, past the lines read", tool="ewfacquire", script=f"ewfacquire -q -u -t {RD}/case -c none {F}/evidence.dd",
         code="ERR_1002", path=f"{RD}/case.E01", user="nobody", why="The job's user may not create the segment file there."),
    dict(id="neg-ewfverify-tampered", tool="ewfverify", script=f"ewfverify {F}/tampered.E01 1>&2",
         code="ERR_1007", why="The stored hash does not match the data; the verification check failed."),
    dict(id="neg-ewfinfo-not-ewf", tool="ewfinfo", script=f"ewfinfo {F}/junk.bin",
         code="ERR_1007", why="The file given is not an EWF segment; bad input."),
    dict(id="ewfexport-enospc", miss="libewf's chain ends in close failures 13 lines below 'No space left on device', past the lines searched for a cause", tool="ewfexport", script=f"ewfexport -q -u -f raw -t $M/export {F}/case.E01",
         code="ERR_1012", path="$M/export.raw", mount="full", why="The raw export does not fit on the full file system."),
    dict(id="affinfo-missing", tool="affinfo", script="affinfo /nonexistent/case17/laptop.aff",
         code="ERR_1003", path="/nonexistent/case17/laptop.aff", why="The AFF image does not exist."),
    dict(id="affinfo-denied", tool="affinfo", script=f"affinfo {F}/sealed.dd",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd", why="The job's user may not read the image."),
    # --- ext / NTFS undelete ----------------------------------------------------------------------
    dict(id="extundelete-image-missing", tool="extundelete", script="extundelete --restore-all /nonexistent/sdb1.img",
         code="ERR_1003", path="/nonexistent/sdb1.img", why="The partition image to scan does not exist."),
    dict(id="extundelete-image-denied", tool="extundelete", script=f"extundelete --restore-all {F}/sealed.dd",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd", why="The job's user may not read the image."),
    dict(id="neg-extundelete-bad-magic", tool="extundelete", script=f"extundelete --restore-all {F}/junk.bin",
         code="ERR_1007", why="The input holds no ext file system; bad input data."),
    dict(id="neg-extundelete-no-journal", miss="the tool's own 'Operation not permitted' after a missing journal reads as a refusal", tool="extundelete", script=f"extundelete --restore-all {F}/evidence.dd",
         code="ERR_1007", why="The file system was made without a journal, which the tool needs; a limit of the tool on this input."),
    dict(id="ntfsinfo-image-missing", tool="ntfsinfo", script="ntfsinfo -m /nonexistent/c-drive.img",
         code="ERR_1003", path="/nonexistent/c-drive.img", why="The NTFS image does not exist."),
    dict(id="ntfsls-image-denied", tool="ntfsls", script=f"ntfsls {F}/sealed.dd",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd", why="The job's user may not read the image."),
    dict(id="neg-ntfsls-not-ntfs", tool="ntfsls", script=f"ntfsls {F}/evidence.dd",
         code="ERR_1007", why="The image is ext4, not NTFS; bad input for the tool."),
    dict(id="neg-ntfscat-no-such-member", miss="ENOENT for a file inside an NTFS image reads as a missing file of the job's", tool="ntfscat", script=f"ntfscat {F}/ntfs.img /Windows/System32/config/SAM > SAM",
         code="ERR_1007", why="The file asked for does not exist inside the NTFS image; a name in the tool's own world."),
    dict(id="neg-ntfsundelete-record-in-use", tool="ntfsundelete", script=f"ntfsundelete {F}/ntfs.img -u -i 0 -d .",
         code="ERR_1007", why="The record asked for is not deleted but in use; the job named the wrong record."),
    # --- partition guessing, firmware, missing tools ----------------------------------------------
    dict(id="gpart-image-missing", tool="gpart", script="gpart /nonexistent/broken-disk.img",
         code="ERR_1003", path="/nonexistent/broken-disk.img", why="The disk image to scan does not exist."),
    dict(id="gpart-image-denied", tool="gpart", script=f"gpart {F}/sealed.dd",
         code="ERR_1002", user="nobody", path=f"{F}/sealed.dd", why="The job's user may not read the image."),
    dict(id="binwalk-firmware-missing", tool="binwalk", script="binwalk /nonexistent/router-fw.bin",
         code="ERR_1003", path="/nonexistent/router-fw.bin", why="The firmware file to scan does not exist."),
    dict(id="neg-binwalk-extract-as-root", miss="a refusal to run helpers as root, in the tool's words, reads as a permission failure", tool="binwalk", script=f"binwalk -e -C extracted {F}/card.img",
         code="ERR_1007", why="The tool refuses to run extraction helpers as root without an explicit option; a usage error of the job."),
    dict(id="bulk-extractor-not-installed", tool="bulk_extractor", script=f"bulk_extractor -o be-out {F}/evidence.dd",
         code="ERR_1001", command="bulk_extractor", why="The scanner is not installed on the runner."),
    dict(id="rabin2-not-installed", tool="rabin2", script=f"rabin2 -I {F}/tools/ddrescue",
         code="ERR_1001", command="rabin2", why="radare2's binary inspector is not installed on the runner."),
    dict(id="fr-fls-image-missing", tool="fls", script="fls -r /nonexistent/scelles/disque.dd",
         code="ERR_1003", lang="fr_FR.UTF-8", path="/nonexistent/scelles/disque.dd",
         why="The evidence image the listing job names does not exist."),
    dict(id="es-mmls-image-denied", tool="mmls", script=f"mmls {F}/sealed.dd", code="ERR_1002",
         lang="es_ES.UTF-8", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the disk image."),
    dict(id="neg-ffind-inode-range", tool="ffind", script=f"ffind {F}/evidence.dd 99999",
         code="ERR_1007", why="The inode whose name is asked for is beyond the file system's range."),
    dict(id="pt-dc3dd-output-dir-missing", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=/nonexistent/imagens/copia.img",
         code="ERR_1003", lang="pt_BR.UTF-8", path="/nonexistent/imagens/copia.img",
         why="The directory the image is to be written into does not exist."),
    dict(id="dc3dd-log-dir-missing", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=copy.img log=/nonexistent/logs/imaging.log",
         code="ERR_1003", path="/nonexistent/logs/imaging.log",
         why="The directory of the log file the job names does not exist."),
    dict(id="neg-ntfsfix-not-ntfs", tool="ntfsfix", script=f"ntfsfix -n {F}/evidence.dd 1>&2",
         code="ERR_1007", why="The image holds ext4, not NTFS; the tool's own verdict on bad input."),
    dict(id="ntfscat-image-locked", tool="ntfscat", script=f"ntfscat {L}/c-drive.img /pagefile.sys > pagefile.sys",
         code="ERR_1002", user="nobody", path=f"{L}/c-drive.img",
         why="The image lies in a directory the job's user may not enter."),
    dict(id="de-ntfsinfo-image-denied", tool="ntfsinfo", script=f"ntfsinfo -m {F}/sealed.dd",
         code="ERR_1002", lang="de_DE.UTF-8", user="nobody", path=f"{F}/sealed.dd",
         why="The job's user may not read the image."),
    dict(id="extundelete-output-rofs", tool="extundelete", script=f"cd $M && extundelete --restore-all {F}/journal.dd",
         code="ERR_1012", mount="ro", why="The restore directory would be created in a read-only working directory."),
    dict(id="magicrescue-recipe-command-missing", tool="magicrescue",
         script=f"mkdir out; magicrescue -r {F}/jpeg-fixed -d out {F}/card.img; test -n \"$(ls out)\"",
         code="ERR_1001", command="hodei-jpegfix",
         why="The recipe's extraction command is not installed, so nothing was recovered and the job's check fails."),
    dict(id="foremost-inodes", tool="foremost", script=f"foremost -q -t jpg -i {F}/card.img -o $M/carved",
         code="ERR_1012", mount="inodes", why="The output file system has no inodes left."),
    dict(id="scalpel-enospc", tool="scalpel", script=f"scalpel -c {F}/jpg.conf -o $M/carved {F}/card.img",
         code="ERR_1012", mount="full", why="The output file system is full."),
    dict(id="dc3dd-log-rofs", tool="dc3dd", script=f"dc3dd if={F}/evidence.dd of=copy.img log=$M/imaging.log",
         code="ERR_1012", mount="ro", path="$M/imaging.log", why="The imaging log is to be written to a read-only mount."),
    dict(id="gpart-image-locked", tool="gpart", script=f"gpart {L}/evidence.dd", code="ERR_1002", user="nobody",
         path=f"{L}/evidence.dd", why="The image lies in a directory the job's user may not enter."),
    dict(id="testdisk-image-denied", tool="testdisk", script=f"testdisk /list {L}/evidence.dd 1>&2", code="ERR_1002",
         user="nobody", path=f"{L}/evidence.dd", why="The image lies in a directory the job's user may not enter."),
    dict(id="photorec-image-missing", tool="photorec", script="photorec /d recup /cmd /nonexistent/sdcard.img search 1>&2",
         code="ERR_1003", path="/nonexistent/sdcard.img", why="The card image to carve does not exist."),
    dict(id="neg-mmcat-partition-range", tool="mmcat", script=f"mmcat {F}/disk.raw 5 > part5.dd",
         code="ERR_1007", why="The disk has fewer partition slots than the number the job asked for."),
    dict(id="log2timeline-not-installed", tool="log2timeline.py",
         script=f"log2timeline.py --storage-file timeline.plaso {F}/evidence.dd",
         code="ERR_1001", command="log2timeline.py", why="plaso's timeline extractor is not installed on the runner."),
    dict(id="vol-not-installed", tool="vol", script="vol -f memdump.raw windows.pslist",
         code="ERR_1001", command="vol", why="The memory-forensics tool is not installed on the runner."),
    dict(id="ntfsclone-enospc", miss="'Destination doesn't have enough free space: 0 MB < 3 MB' is not in a storage shape known", tool="ntfsclone", script=f"ntfsclone -o $M/c-drive.img {F}/ntfs.img 1>&2",
         code="ERR_1012", mount="full", why="The destination has no free space left for the clone."),
    dict(id="ntfsclone-output-dir-missing", tool="ntfsclone",
         script=f"ntfsclone --save-image -o /nonexistent/backup/c-drive.ntfsclone {F}/ntfs.img 1>&2",
         code="ERR_1003", path="/nonexistent/backup/c-drive.ntfsclone",
         why="The directory the saved image goes into does not exist."),
    dict(id="neg-ntfsresize-not-ntfs", tool="ntfsresize", script=f"ntfsresize -i -f {F}/evidence.dd 1>&2",
         code="ERR_1007", why="The image is not NTFS; the tool's own verdict on bad input."),
]
