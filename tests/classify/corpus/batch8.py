"""Sealed batch 8: media, filesystem, backup and archive tools, held out whole."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (79.8% of codes, 67/84), then worked on."""
B = f"{R}/batch8"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
echo 'hello data' > data.txt
printf 'quarterly numbers\n' > notes.txt
mkdir -p tree/sub && echo a > tree/a.txt && echo b > tree/sub/b.txt
printf 'P1\n4 4\n0 1 1 0\n1 0 0 1\n1 0 0 1\n0 1 1 0\n' > logo.pbm
echo 'this is not an image' > broken.png
echo 'this is not a bitmap' > broken.pbm
echo 'this is not audio' > broken.wav
head -c 4096 /dev/urandom > noise.mp3
python3 - <<'EOF'
import struct, wave, math
with wave.open("tone.wav", "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
    w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(8000)))
EOF
head -c 38016 /dev/zero > frame.yuv
echo 'not a real archive at all' > broken.arj
echo 'not a real archive at all' > broken.lzh
echo 'not a real archive at all' > broken.rar
echo 'not a real archive at all' > broken.lrz
echo 'not a real archive at all' > broken.tar
echo 'not a real archive at all' > broken.cpio
echo 'not a real archive at all' > broken.sqfs
echo 'not a real archive at all' > broken.1.dar
uuencode data.txt data.txt > data.uu
printf 'this file was meant to be uuencoded\n' > plain.uu
head -c 16384 /dev/zero > tiny.img
head -c 1048576 /dev/zero > small.img
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
printf '[default]\naccess_key = AKIAHODEI\nsecret_key = hodei\nhost_base = 127.0.0.1:9\nhost_bucket = 127.0.0.1:9\nuse_https = False\n' > s3cfg
printf 'config_version\t1.2\nsnapshot_root\t%s/snapshots/\nretain\tdaily\t7\nbackup\t%s/tree/\tlocalhost/\n' "$PWD" "$PWD" > rsnapshot.bad
mkdir -p notrepo && echo x > notrepo/readme.txt
mkdir -p emptybackups
bsdtar -a -cf tree.zip tree
chmod -R a+rX .
"""

def k(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- graphicsmagick -------------------------------------------------------------------
    k("gm-convert-input-missing", "gm", "gm convert /nonexistent/scans/cover.png cover.jpg",
      "ERR_1003", "the image to convert does not exist", path="/nonexistent/scans/cover.png"),
    k("gm-convert-enospc", "gm", "gm convert -size 400x400 plasma:fractal $M/poster.png",
      "ERR_1012", "the output filesystem is full", mount="full", path="$M/poster.png"),
    k("neg-gm-improper-header", "gm", f"gm convert {B}/broken.png thumb.jpg", "ERR_1007",
      "the input is not an image: the job's own bad data"),
    k("neg-gm-no-encode-delegate", "gm", f"gm convert {B}/logo.pbm hodeifmt:logo.bin",
      "ERR_1007", "the job asks for an output format the tool does not know; the quoted "
      "'No such file or directory' is incidental"),
    # --- potrace ----------------------------------------------------------------------------
    k("potrace-input-missing", "potrace", "potrace /nonexistent/art/logo.pbm -s -o logo.svg",
      "ERR_1003", "the bitmap to trace does not exist", path="/nonexistent/art/logo.pbm"),
    k("potrace-output-rofs", "potrace", f"potrace {B}/logo.pbm -s -o $M/logo.svg", "ERR_1012",
      "the output is on a read-only mount", mount="ro", path="$M/logo.svg"),
    k("neg-potrace-format", "potrace", f"potrace {B}/broken.pbm -s -o logo.svg", "ERR_1007",
      "the input is not a bitmap the tool reads: bad input data"),
    # --- mpg123 -----------------------------------------------------------------------------
    k("mpg123-input-missing", "mpg123", "mpg123 -q -w intro.wav /nonexistent/audio/intro.mp3",
      "ERR_1003", "the audio file to decode does not exist", path="/nonexistent/audio/intro.mp3"),
    k("mpg123-input-eacces", "mpg123", f"mpg123 -q -w out.wav {L}/secret.txt", "ERR_1002",
      "the input cannot be read by the job's user", user=NOBODY, path=f"{L}/secret.txt"),
    # --- oggenc -----------------------------------------------------------------------------
    k("oggenc-input-missing", "oggenc", "oggenc -o voice.ogg /nonexistent/rec/voice.wav",
      "ERR_1003", "the WAV file to encode does not exist", path="/nonexistent/rec/voice.wav"),
    k("oggenc-enospc", "oggenc", f"oggenc -q 10 -o $M/tone.ogg {B}/tone.wav", "ERR_1012",
      "writing the output failed because its filesystem is full", mount="full"),
    k("neg-oggenc-format", "oggenc", f"oggenc -o out.ogg {B}/broken.wav", "ERR_1007",
      "the input is not audio in a format the encoder reads: bad input data"),
    k("fr-oggenc-input-missing", "oggenc", "oggenc -o voix.ogg /nonexistent/rec/voix.wav",
      "ERR_1003", "the WAV file to encode does not exist", lang="fr_FR.UTF-8",
      path="/nonexistent/rec/voix.wav"),
    k("neg-es-oggenc-format", "oggenc", f"oggenc -o out.ogg {B}/broken.wav", "ERR_1007",
      "the input is not audio in a format the encoder reads: bad input data",
      lang="es_ES.UTF-8"),
    # --- opusenc ----------------------------------------------------------------------------
    k("opusenc-enospc", "opusenc", f"opusenc --bitrate 256 {B}/tone.wav $M/tone.opus",
      "ERR_1012", "writing the output failed because its filesystem is full", mount="full"),
    k("neg-opusenc-format", "opusenc", f"opusenc {B}/broken.wav out.opus", "ERR_1007",
      "the input is not audio in a format the encoder reads: bad input data"),
    # --- x264 -------------------------------------------------------------------------------
    k("x264-input-missing", "x264", "x264 -o clip.mkv /nonexistent/footage/clip.y4m",
      "ERR_1003", "the video to encode does not exist", path="/nonexistent/footage/clip.y4m"),
    k("neg-x264-raw-resolution", "x264", f"x264 -o out.264 {B}/frame.yuv", "ERR_1007",
      "raw video needs a resolution the job did not give: a usage error, though the input "
      "is called unopenable"),
    # --- xorriso ----------------------------------------------------------------------------
    k("xorriso-map-missing", "xorriso", "xorriso -outdev site.iso -map /nonexistent/site /site -commit",
      "ERR_1003", "the directory to put into the image does not exist", path="/nonexistent/site"),
    k("xorriso-enospc", "xorriso", f"xorriso -outdev $M/site.iso -map {B}/tree /tree -commit",
      "ERR_1012", "writing the image failed because its filesystem is full", mount="full"),
    k("xorriso-outdev-eacces", "xorriso",
      f"xorriso -outdev {RD}/site.iso -map {B}/tree /tree -commit", "ERR_1002",
      "the image file cannot be created by the job's user in that directory", user=NOBODY),
    k("neg-xorriso-unknown-command", "xorriso", "xorriso -outdev out.iso -hodei_add /srv",
      "ERR_1007", "an unknown command in the job's own arguments: a usage error"),
    # --- squashfs-tools ---------------------------------------------------------------------
    k("mksquashfs-source-missing", "mksquashfs", "mksquashfs /nonexistent/rootfs root.sqfs -quiet",
      "ERR_1003", "the directory to pack does not exist", path="/nonexistent/rootfs"),
    k("mksquashfs-enospc", "mksquashfs",
      "head -c 300000 /dev/urandom > blob.bin; mksquashfs blob.bin $M/blob.sqfs -quiet -noappend",
      "ERR_1012", "the output filesystem is full", mount="full"),
    k("mksquashfs-thread-eagain", "mksquashfs", f"ulimit -u 1; mksquashfs {B}/tree tree.sqfs -quiet",
      "ERR_1004", "the process limit forbids the threads the tool starts", user=NOBODY),
    k("neg-unsquashfs-superblock", "unsquashfs", f"unsquashfs -d out {B}/broken.sqfs",
      "ERR_1007", "the input is not a squashfs image: bad input data"),
    k("unsquashfs-dest-eacces", "unsquashfs",
      f"mksquashfs {B}/tree tree.sqfs -quiet >/dev/null; unsquashfs -d {RD}/tree tree.sqfs",
      "ERR_1002", "the destination cannot be created by the job's user", user=NOBODY,
      path=f"{RD}/tree"),
    # --- dosfstools, btrfs-progs, xfsprogs --------------------------------------------------
    k("mkfs-vfat-enospc", "mkfs.vfat", "mkfs.vfat -C $M/efi.img 1024", "ERR_1012",
      "writing the new image failed because its filesystem is full", mount="full"),
    k("mkfs-vfat-eacces", "mkfs.vfat", f"mkfs.vfat {RF}", "ERR_1002",
      "the image file cannot be opened by the job's user", user=NOBODY, path=RF),
    k("neg-mkfs-vfat-too-small", "mkfs.vfat", f"cp {B}/tiny.img boot.img; mkfs.vfat -F 32 boot.img",
      "ERR_1007", "the image is too small for the requested filesystem: the job's own parameters"),
    k("mkfs-btrfs-rootdir-missing", "mkfs.btrfs",
      "truncate -s 200M data.img; mkfs.btrfs -r /nonexistent/rootfs data.img", "ERR_1003",
      "the directory to populate the filesystem from does not exist", path="/nonexistent/rootfs"),
    k("neg-mkfs-btrfs-too-small", "mkfs.btrfs", f"cp {B}/small.img data.img; mkfs.btrfs data.img",
      "ERR_1007", "the image is too small for btrfs: the job's own parameters"),
    k("de-mkfs-xfs-device-missing", "mkfs.xfs", "mkfs.xfs /nonexistent/daten.img", "ERR_1003",
      "the image file to format does not exist", lang="de_DE.UTF-8", path="/nonexistent/daten.img"),
    k("de-mkfs-xfs-eacces", "mkfs.xfs", f"mkfs.xfs -f {RF}", "ERR_1002",
      "the image file cannot be opened by the job's user", lang="de_DE.UTF-8", user=NOBODY,
      path=RF),
    k("neg-mkfs-xfs-too-small", "mkfs.xfs", f"cp {B}/small.img data.img; mkfs.xfs data.img",
      "ERR_1007", "the image is too small for xfs: the job's own parameters"),
    # --- lvm2, mdadm ------------------------------------------------------------------------
    k("pvcreate-nonroot", "pvcreate", "pvcreate /dev/loop7", "ERR_1002",
      "LVM needs root; the job's user may not open its lock file", user=NOBODY),
    k("neg-pvcreate-not-a-device", "pvcreate", f"pvcreate {B}/small.img", "ERR_1007",
      "the job names a plain file where a block device is needed: its own mistake"),
    k("mdadm-examine-missing", "mdadm", "mdadm --examine /nonexistent/disks/sdb.img", "ERR_1003",
      "the device image to examine does not exist", path="/nonexistent/disks/sdb.img"),
    k("neg-mdadm-no-superblock", "mdadm", f"mdadm --examine {B}/small.img", "ERR_1007",
      "the image holds no RAID member: the job's own data"),
    # --- sshfs ------------------------------------------------------------------------------
    k("sshfs-mountpoint-missing", "sshfs", "sshfs -p 1 deploy@127.0.0.1:/srv /nonexistent/mnt",
      "ERR_1003", "the mount point does not exist", path="/nonexistent/mnt"),
    k("neg-sshfs-refused", "sshfs", "mkdir mnt; sshfs -p 1 deploy@127.0.0.1:/srv mnt",
      "ERR_1007", "no server listens: the connection fails, a service problem"),
    k("sshfs-fork-eagain", "sshfs", "mkdir mnt; ulimit -u 1; sshfs -p 1 deploy@127.0.0.1:/srv mnt",
      "ERR_1004", "the process limit forbids the child the tool forks", user=NOBODY),
    # --- s3cmd ------------------------------------------------------------------------------
    k("s3cmd-config-missing", "s3cmd", "s3cmd -c /nonexistent/ci/.s3cfg ls s3://releases",
      "ERR_1003", "the configuration file the job names does not exist",
      path="/nonexistent/ci/.s3cfg"),
    k("neg-s3cmd-refused", "s3cmd", f"s3cmd -c {B}/s3cfg ls s3://releases", "ERR_1007",
      "no server listens at the configured endpoint: a service problem"),
    # --- duplicity --------------------------------------------------------------------------
    k("duplicity-source-missing", "duplicity",
      "duplicity --no-encryption /nonexistent/www file://$PWD/backup", "ERR_1003",
      "the directory to back up does not exist", path="/nonexistent/www"),
    k("duplicity-enospc", "duplicity",
      "mkdir src; head -c 300000 /dev/urandom > src/blob; "
      "duplicity --num-retries 1 --no-encryption src file://$M/backup", "ERR_1012",
      "the backup target's filesystem is full", mount="full"),
    k("neg-duplicity-no-chains", "duplicity",
      f"duplicity restore --no-encryption file://{B}/emptybackups restored", "ERR_1007",
      "the target holds no backup to restore: the job's own data, shown as a traceback"),
    # --- rdiff-backup -----------------------------------------------------------------------
    k("rdiff-backup-source-missing", "rdiff-backup", "rdiff-backup backup /nonexistent/www backup",
      "ERR_1003", "the directory to back up does not exist", path="/nonexistent/www"),
    k("neg-rdiff-backup-not-repo", "rdiff-backup", f"rdiff-backup backup {B}/tree {B}/notrepo",
      "ERR_1007", "the target is not a backup repository: the job's own mistake"),
    k("rdiff-backup-remote-cmd-missing", "rdiff-backup",
      f"rdiff-backup --remote-schema 'hodei-ssh %s rdiff-backup server' backup {B}/tree "
      "backuphost::/srv/backup", "ERR_1001",
      "the remote shell command it spawns is not installed", command="hodei-ssh"),
    # --- rsnapshot --------------------------------------------------------------------------
    k("rsnapshot-config-missing", "rsnapshot", "rsnapshot -c /nonexistent/etc/rsnapshot.conf daily",
      "ERR_1003", "the configuration file the job names does not exist",
      path="/nonexistent/etc/rsnapshot.conf"),
    k("neg-rsnapshot-config-error", "rsnapshot", f"rsnapshot -c {B}/rsnapshot.bad configtest",
      "ERR_1007", "the configuration lacks a required setting: the job's own config error"),
    k("rsnapshot-root-eacces", "rsnapshot",
      f"printf 'config_version\\t1.2\\nsnapshot_root\\t{RD}/snapshots/\\ncmd_rsync\\t/usr/bin/rsync\\n"
      f"retain\\tdaily\\t7\\nbackup\\t{B}/tree/\\tlocalhost/\\n' > rsnapshot.conf; "
      "rsnapshot -c rsnapshot.conf daily", "ERR_1002",
      "the snapshot root cannot be created by the job's user", user=NOBODY,
      path=f"{RD}/snapshots/"),
    # --- bup --------------------------------------------------------------------------------
    k("bup-index-eacces", "bup",
      f"export BUP_DIR=$PWD/repo; bup init >/dev/null 2>&1; bup index {L}", "ERR_1002",
      "the directory to index cannot be read by the job's user", user=NOBODY, path=f"{L}/"),
    k("bup-init-rofs", "bup", "bup -d $M/repo init", "ERR_1012",
      "the repository is on a read-only mount", mount="ro", path="$M/repo"),
    k("neg-bup-unknown-branch", "bup",
      f"export BUP_DIR=$PWD/repo; bup init >/dev/null 2>&1; bup index {B}/tree && "
      f"bup save -n web {B}/tree >/dev/null && bup restore -C out db/latest/", "ERR_1007",
      "the job restores a backup set that was never saved: an unknown name in the tool's world"),
    # --- dar --------------------------------------------------------------------------------
    k("neg-dar-corrupt", "dar", f"dar -x {B}/broken -R . -Q", "ERR_1007",
      "the archive's header is corrupt: bad input data"),
    k("dar-create-enospc", "dar",
      "mkdir src; head -c 300000 /dev/urandom > src/blob; dar -c $M/home -R src -Q", "ERR_1012",
      "the archive's filesystem is full", mount="full"),
    k("dar-create-eacces", "dar", f"dar -c {RD}/home -R {B}/tree -Q", "ERR_1002",
      "the archive slice cannot be created by the job's user", user=NOBODY),
    k("fr-dar-source-missing", "dar", "dar -c home -R /nonexistent/home -Q", "ERR_1003",
      "the directory to archive does not exist", lang="fr_FR.UTF-8", path="/nonexistent/home"),
    k("dar-hook-missing", "dar", f"dar -c home -R {B}/tree -E 'hodei-upload %p/%b.%n.dar' -Q",
      "ERR_1001", "the command run after each slice is not installed", command="hodei-upload"),
    k("dar-hook-exec-format", "dar", f"dar -c home -R {B}/tree -E '{B}/foreign %p/%b.%n.dar' -Q",
      "ERR_1004", "the command run after each slice is a binary for another architecture"),
    # --- pax --------------------------------------------------------------------------------
    k("neg-pax-unknown-format", "pax", f"pax -r -f {B}/broken.tar", "ERR_1007",
      "the input is not an archive pax recognises: bad input data"),
    k("pax-write-rofs", "pax", f"pax -w -f $M/site.pax {B}/tree", "ERR_1012",
      "the archive is on a read-only mount", mount="ro", path="$M/site.pax"),
    k("pax-dir-eacces", "pax", f"pax -w -f site.pax {L}", "ERR_1002",
      "the directory to archive cannot be read by the job's user", user=NOBODY, path=L),
    # --- sharutils --------------------------------------------------------------------------
    k("neg-uudecode-no-begin", "uudecode", f"uudecode {B}/plain.uu", "ERR_1007",
      "the input is not uuencoded: bad input data"),
    k("neg-de-uudecode-no-begin", "uudecode", f"uudecode {B}/plain.uu", "ERR_1007",
      "the input is not uuencoded: bad input data", lang="de_DE.UTF-8"),
    k("it-uudecode-input-missing", "uudecode", "uudecode /nonexistent/posta/allegato.uu",
      "ERR_1003", "the file to decode does not exist", lang="it_IT.UTF-8",
      path="/nonexistent/posta/allegato.uu"),
    k("pt-uudecode-output-eacces", "uudecode", f"uudecode -o {RD}/data.txt {B}/data.uu",
      "ERR_1002", "the output cannot be written by the job's user", lang="pt_BR.UTF-8",
      user=NOBODY, path=f"{RD}/data.txt"),
    k("uuencode-input-missing", "uuencode",
      "uuencode /nonexistent/reports/q3.pdf q3.pdf > q3.uu", "ERR_1003",
      "the file to encode does not exist", path="/nonexistent/reports/q3.pdf"),
    # --- arj, lha, unar ---------------------------------------------------------------------
    k("neg-arj-not-archive", "arj", f"arj x {B}/broken.arj 1>&2", "ERR_1007",
      "the input is not an ARJ archive: bad input data"),
    k("arj-create-enospc", "arj", "head -c 300000 /dev/urandom > blob.bin; arj a $M/blob.arj blob.bin 1>&2",
      "ERR_1012", "the archive's filesystem is full", mount="full"),
    k("lha-archive-missing", "lha", "lha x /nonexistent/old/game.lzh", "ERR_1003",
      "the archive to extract does not exist", path="/nonexistent/old/game.lzh"),
    k("unar-archive-missing", "unar", "unar -o out /nonexistent/downloads/assets.rar 1>&2",
      "ERR_1003", "the archive to extract does not exist",
      path="/nonexistent/downloads/assets.rar"),
    k("neg-unar-unknown-format", "unar", f"unar -o out {B}/broken.rar 1>&2", "ERR_1007",
      "the input is not an archive: bad input data"),
    # --- lrzip ------------------------------------------------------------------------------
    k("neg-lrzip-not-lrzip", "lrzip", f"lrzip -d -o out {B}/broken.lrz", "ERR_1007",
      "the input is not lrzip data"),
    k("lrzip-enospc", "lrzip", "head -c 300000 /dev/urandom > blob.bin; lrzip -o $M/blob.lrz blob.bin",
      "ERR_1012", "the output filesystem is full", mount="full"),
    k("lrzip-thread-eagain", "lrzip", f"ulimit -u 1; lrzip -o data.lrz {B}/data.txt", "ERR_1004",
      "the process limit forbids the threads the tool starts", user=NOBODY),
    # --- libarchive-tools -------------------------------------------------------------------
    k("neg-bsdtar-unknown-format", "bsdtar", f"bsdtar -xf {B}/broken.tar", "ERR_1007",
      "the input is not an archive: bad input data"),
    k("bsdtar-extract-inodes", "bsdtar", f"bsdtar -xf {B}/tree.zip -C $M", "ERR_1012",
      "the target filesystem has no inodes left", mount="inodes"),
    k("bsdtar-compress-program-missing", "bsdtar",
      f"bsdtar --use-compress-program hodei-zstd -cf out.tar.zst -C {B} tree", "ERR_1001",
      "the compression program it spawns is not installed", command="hodei-zstd"),
    k("bsdcpio-archive-missing", "bsdcpio", "bsdcpio -i -F /nonexistent/boot/initrd.cpio",
      "ERR_1003", "the archive to extract does not exist", path="/nonexistent/boot/initrd.cpio"),
    k("neg-bsdcpio-garbage", "bsdcpio", f"bsdcpio -i < {B}/broken.cpio", "ERR_1007",
      "the input is not an archive: bad input data"),
    k("bsdcpio-member-missing", "bsdcpio",
      f"printf 'tree/a.txt\\ntree/missing.txt\\n' | (cd {B} && bsdcpio -o) > out.cpio",
      "ERR_1003", "a file the job lists for the archive does not exist", path="tree/missing.txt"),
]
