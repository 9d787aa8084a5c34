"""Sealed batch 21: system administration, storage, filesystem, networking and monitoring tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (89.7% of codes, 78/87), then worked on."""
D = f"{R}/batch21"
L = f"{R}/locked"
RD = f"{R}/rootdir"
P = "/usr/lib/nagios/plugins"

FIXTURES = r"""
mkdir -p tree/etc
printf 'listen 8080\n' > tree/etc/app.conf
truncate -s 8M e.img
mkfs.ext4 -q -F -U 6a1d0c3e-2b7f-4c51-9e1a-21b021b02121 -E hash_seed=6a1d0c3e-2b7f-4c51-9e1a-21b021b02121 -d tree e.img
head -c 4194304 /dev/zero > zero.img
cp e.img private.img
chmod 600 private.img
head -c 2048 /dev/zero > notsa
cp e.img notrpm.rpm
printf '#!/bin/sh\necho rebuilding\n' > rebuild.sh
chmod 644 rebuild.sh
printf 'backup done\n' > backup.tar
touch -d '2020-01-01 00:00:00' backup.tar
mkdir -p watched
printf 'x\n' > watched/a.txt
mkdir -p private
chmod 700 private
truncate -s 10k tiny.swap
dd if=/dev/zero of=real.swap bs=1k count=1024 2>/dev/null
chmod 600 real.swap
mkswap -U 6a1d0c3e-2b7f-4c51-9e1a-21b021b02122 real.swap >/dev/null
chmod -R a+rX .
chmod 600 private.img real.swap
chmod 700 private
"""

CASES = [
    # --- losetup / mount / umount ----------------------------------------------------------
    dict(id="losetup-image-enoent", tool="losetup", script="losetup -f --show /nonexistent/images/disk.img",
         code="ERR_1003", why="the disk image to attach does not exist", path="/nonexistent/images/disk.img"),
    dict(id="losetup-nobody-eacces", tool="losetup", script=f"losetup -f --show {D}/e.img",
         code="ERR_1002", user="nobody", why="an unprivileged user may not set up a loop device"),
    dict(id="mount-nobody-not-root", tool="mount", script="mkdir mnt; mount -t tmpfs -o size=1m tmpfs mnt",
         code="ERR_1002", user="nobody", why="mounting needs root and the job runs as an unprivileged user"),
    dict(id="mount-mountpoint-enoent", tool="mount",
         script="unshare -m mount -t tmpfs -o size=1m tmpfs /nonexistent/mnt/cache",
         code="ERR_1003", why="the mount point the job names does not exist", path="/nonexistent/mnt/cache"),
    dict(id="neg-mount-unknown-fstype", tool="mount",
         script="mkdir mnt; unshare -m mount -t hodeifs none mnt",
         code="ERR_1007", why="the job asked for a filesystem type the kernel does not know: its own wrong option"),
    dict(id="umount-nobody-not-root", tool="umount", script="umount $M", code="ERR_1002", user="nobody",
         mount="ro", why="unmounting needs root and the job runs as an unprivileged user"),
    dict(id="neg-umount-not-mounted", tool="umount", script="mkdir data; umount data",
         code="ERR_1007", why="the directory is not a mount point: the job's own mistake"),
    # --- e2fsprogs ---------------------------------------------------------------------------
    dict(id="dumpe2fs-enoent", tool="dumpe2fs", script="dumpe2fs -h /nonexistent/vm/rootfs.img",
         code="ERR_1003", why="the filesystem image does not exist", path="/nonexistent/vm/rootfs.img"),
    dict(id="dumpe2fs-eacces", tool="dumpe2fs", script=f"dumpe2fs -h {D}/private.img", code="ERR_1002",
         user="nobody", why="the image is readable only by root", path=f"{D}/private.img"),
    dict(id="neg-dumpe2fs-bad-magic", tool="dumpe2fs", script=f"dumpe2fs -h {D}/zero.img",
         code="ERR_1007", why="the image holds no ext filesystem: bad input data"),
    dict(id="e2image-rofs", tool="e2image", script=f"e2image {D}/e.img $M/rootfs.e2i", code="ERR_1012",
         mount="ro", why="the metadata image is written to a read-only mount", path="$M/rootfs.e2i"),
    dict(id="e2image-full", tool="e2image", script=f"e2image -r {D}/e.img $M/rootfs.raw", code="ERR_1012",
         mount="full", why="the output filesystem is full"),
    dict(id="e2image-outdir-enoent", tool="e2image", script=f"e2image {D}/e.img /nonexistent/out/rootfs.e2i",
         code="ERR_1003", why="the output directory does not exist", path="/nonexistent/out/rootfs.e2i"),
    dict(id="debugfs-cmdfile-enoent", tool="debugfs", script=f"debugfs -f /nonexistent/debugfs.cmds {D}/e.img",
         code="ERR_1003", why="the command file does not exist", path="/nonexistent/debugfs.cmds"),
    # --- xfsprogs / btrfs ----------------------------------------------------------------------
    dict(id="xfs_repair-enoent", tool="xfs_repair", script="xfs_repair -n /nonexistent/xfs/data.img",
         code="ERR_1003", why="the device image to check does not exist", path="/nonexistent/xfs/data.img"),
    dict(id="neg-xfs_repair-no-superblock", tool="xfs_repair", script=f"xfs_repair -n {D}/zero.img",
         code="ERR_1007", why="the image holds no XFS filesystem: the check fails on bad input"),
    dict(id="neg-xfs_db-not-xfs", tool="xfs_db", script=f"xfs_db -r -c 'sb 0' -c print {D}/e.img",
         code="ERR_1007", why="the image is ext4, not XFS: bad input data"),
    dict(id="de-neg-xfs_db-not-xfs", tool="xfs_db", script=f"xfs_db -r -c 'sb 0' -c print {D}/e.img",
         code="ERR_1007", lang="de_DE.UTF-8", why="the image is ext4, not XFS: bad input data (German)"),
    dict(id="xfs_db-eacces", tool="xfs_db", script=f"xfs_db -r -c 'sb 0' -c print {D}/private.img",
         code="ERR_1002", user="nobody", why="the image is readable only by root", path=f"{D}/private.img"),
    dict(id="neg-btrfs-dump-super-bad-magic", tool="btrfs",
         script=f"btrfs inspect-internal dump-super {D}/e.img", code="ERR_1007",
         why="the image holds no btrfs filesystem: bad input data"),
    dict(id="btrfs-check-enoent", tool="btrfs", script="btrfs check --readonly /nonexistent/btrfs/pool.img",
         code="ERR_1003", why="the image to check does not exist", path="/nonexistent/btrfs/pool.img"),
    dict(id="btrfs-dump-super-eacces", tool="btrfs",
         script=f"btrfs inspect-internal dump-super {D}/private.img", code="ERR_1002", user="nobody",
         why="the image is readable only by root", path=f"{D}/private.img"),
    # --- fsck family -------------------------------------------------------------------------------
    dict(id="fsck.vfat-enoent", tool="fsck.vfat", script="fsck.vfat -n /nonexistent/efi/esp.img",
         code="ERR_1003", why="the image does not exist", path="/nonexistent/efi/esp.img"),
    dict(id="neg-fsck.vfat-not-fat", tool="fsck.vfat", script=f"fsck.vfat -n {D}/e.img", code="ERR_1007",
         why="the image holds no FAT filesystem: bad input data"),
    # --- swap and space ------------------------------------------------------------------------------
    dict(id="mkswap-enoent", tool="mkswap", script="mkswap /nonexistent/swap/swapfile", code="ERR_1003",
         why="the swap file's directory does not exist", path="/nonexistent/swap/swapfile"),
    dict(id="neg-mkswap-too-small", tool="mkswap", script=f"cp {D}/tiny.swap s.img; mkswap s.img",
         code="ERR_1007", why="the file is too small for swap: the job's own bad input"),
    dict(id="swapon-eacces", tool="swapon", script=f"swapon {D}/real.swap",
         code="ERR_1002", user="nobody", why="the swap file is readable only by root", path=f"{D}/real.swap"),
    dict(id="fallocate-full", tool="fallocate", script="fallocate -l 4M $M/prealloc.bin", code="ERR_1012",
         mount="full", why="the filesystem has no space for the preallocation"),
    dict(id="fallocate-inodes", tool="fallocate", script="for i in 1 2 3 4; do fallocate -l 4k $M/f$i; done",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for the new file"),
    dict(id="fallocate-eacces", tool="fallocate", script=f"fallocate -l 1M {RD}/prealloc.bin", code="ERR_1002",
         user="nobody", why="the job may not create files in the root-owned directory",
         path=f"{RD}/prealloc.bin"),
    dict(id="fallocate-rofs", tool="fallocate", script="fallocate -l 1M $M/prealloc.bin", code="ERR_1012",
         mount="ro", why="the file is created on a read-only mount", path="$M/prealloc.bin"),
    dict(id="wipefs-rofs", tool="wipefs", script="wipefs -a $M/existing.txt", code="ERR_1012", mount="ro",
         why="the file to wipe is on a read-only mount", path="$M/existing.txt"),
    dict(id="wipefs-enoent", tool="wipefs", script="wipefs -n /nonexistent/disks/sdb.img", code="ERR_1003",
         why="the device image does not exist", path="/nonexistent/disks/sdb.img"),
    dict(id="wipefs-eacces", tool="wipefs", script=f"wipefs {D}/private.img", code="ERR_1002", user="nobody",
         why="the image is readable only by root", path=f"{D}/private.img"),
    # --- traffic control, bridge, ethtool, iw, arping, traceroute, mtr ----------------------------
    dict(id="neg-tc-no-device", tool="tc", script="tc qdisc show dev hodei0", code="ERR_1007",
         why="the interface the job names does not exist in the tool's world: its own wrong name"),
    dict(id="tc-nobody-eperm", tool="tc", script="tc qdisc add dev lo root pfifo", code="ERR_1002",
         user="nobody", why="changing a qdisc needs CAP_NET_ADMIN and the job runs unprivileged"),
    dict(id="neg-tc-unknown-qdisc", tool="tc", script="unshare -n tc qdisc add dev lo root hodeiq",
         code="ERR_1007", why="the job names a qdisc kind tc does not know: a usage error"),
    dict(id="tc-batch-enoent", tool="tc", script="tc -batch /nonexistent/net/shaping.tc", code="ERR_1003",
         why="the batch file does not exist", path="/nonexistent/net/shaping.tc"),
    dict(id="neg-bridge-no-device", tool="bridge", script="bridge link show dev br-hodei", code="ERR_1007",
         why="the bridge port the job names does not exist: an unknown name"),
    dict(id="bridge-nobody-eperm", tool="bridge", script="bridge fdb add 02:00:00:00:00:21 dev lo",
         code="ERR_1002", user="nobody", why="changing the forwarding database needs privileges"),
    dict(id="neg-ethtool-no-device", tool="ethtool", script="ethtool -i hodei0", code="ERR_1007",
         why="the interface the job names does not exist: an unknown name in the tool's world"),
    dict(id="ethtool-nobody-eperm", tool="ethtool", script="ethtool -K lo tso off", code="ERR_1002",
         user="nobody", why="changing offload settings needs privileges the job does not have"),
    dict(id="neg-iw-no-nl80211", tool="iw", script="iw dev wlan0 info", code="ERR_1007",
         why="there is no wireless support on this host; the job's check fails, nothing is missing from disk"),
    dict(id="neg-arping-no-iface", tool="arping", script="arping -c 1 -I hodei0 127.0.0.1", code="ERR_1007",
         why="the interface named does not exist: an unknown name"),
    dict(id="neg-traceroute-dns", tool="traceroute", script="traceroute -m 2 build-cache.invalid",
         code="ERR_1007", why="the host name does not resolve: a DNS failure"),
    dict(id="traceroute-icmp-nobody", tool="traceroute", script="traceroute -I -m 1 127.0.0.1",
         code="ERR_1002", user="nobody", why="ICMP tracing needs a raw socket, which an unprivileged user may not open"),
    # --- inotify-tools and entr --------------------------------------------------------------------
    dict(id="inotifywait-enoent", tool="inotifywait", script="inotifywait -t 1 -e modify /nonexistent/srv/uploads",
         code="ERR_1003", why="the directory to watch does not exist", path="/nonexistent/srv/uploads"),
    dict(id="inotifywait-eacces", tool="inotifywait", script=f"inotifywait -t 1 -e create {D}/private",
         code="ERR_1002", user="nobody", why="the job may not read the directory it wants to watch",
         path=f"{D}/private"),
    dict(id="inotifywait-fromfile-enoent", tool="inotifywait",
         script="inotifywait -t 1 --fromfile /nonexistent/watchlist.txt", code="ERR_1003",
         why="the file listing what to watch does not exist", path="/nonexistent/watchlist.txt"),
    dict(id="neg-inotifywait-bad-event", tool="inotifywait", script=f"inotifywait -t 1 -e chnaged {D}/watched",
         code="ERR_1007", why="the event name is misspelt: a usage error"),
    dict(id="entr-cmd-not-found", tool="entr", script=f"ls {D}/watched/a.txt | entr -nz hodei-rebuild",
         code="ERR_1001", why="the command entr runs on change is not installed", command="hodei-rebuild"),
    dict(id="entr-watch-enoent", tool="entr", script="echo /nonexistent/src/main.c | entr -nz make",
         code="ERR_1003", why="the only file to watch does not exist", path="/nonexistent/src/main.c"),
    dict(id="entr-script-noexec", tool="entr", script=f"ls {D}/watched/a.txt | entr -nz {D}/rebuild.sh",
         code="ERR_1002", why="the script entr runs is not executable", path=f"{D}/rebuild.sh"),
    dict(id="entr-fork-eagain", tool="entr", script=f"ls {D}/watched/a.txt > list; ulimit -u 1; exec entr -nz true < list",
         code="ERR_1004", user="nobody", why="the process limit stops entr from starting its command"),
    dict(id="entr-shell-missing", tool="entr", script=f"ls {D}/watched/a.txt | SHELL=/opt/hodei/bin/zsh entr -nzs 'make test'",
         code="ERR_1001", why="the shell entr runs the command with is not installed", command="/opt/hodei/bin/zsh"),
    dict(id="e2image-inodes", tool="e2image",
         script=f"for i in 1 2 3; do e2image {D}/e.img $M/rootfs$i.e2i; done", code="ERR_1012", mount="inodes",
         why="the filesystem has no inodes left for the output file"),
    # --- rpm -----------------------------------------------------------------------------------------
    dict(id="rpm-qp-enoent", tool="rpm", script="rpm -qpi /nonexistent/rpms/hodei-agent-1.0-1.x86_64.rpm",
         code="ERR_1003", why="the package file does not exist",
         path="/nonexistent/rpms/hodei-agent-1.0-1.x86_64.rpm"),
    dict(id="neg-rpm-not-installed", tool="rpm", script="rpm -q hodei-agent 1>&2", code="ERR_1007",
         why="the query found no such package: an unknown name in rpm's database"),
    dict(id="neg-rpm-qp-not-rpm", tool="rpm", script=f"rpm -qpi {D}/notrpm.rpm", code="ERR_1007",
         why="the file is not an RPM package: bad input data"),
    dict(id="rpm2cpio-enoent", tool="rpm2cpio", script="rpm2cpio /nonexistent/rpms/payload.rpm | cpio -t",
         code="ERR_1003", why="the package file does not exist", path="/nonexistent/rpms/payload.rpm"),
    dict(id="neg-rpm2cpio-not-rpm", tool="rpm2cpio", script=f"rpm2cpio {D}/notrpm.rpm > out.cpio",
         code="ERR_1007", why="the input is not an RPM package: bad input data"),
    # --- flatpak -------------------------------------------------------------------------------------
    dict(id="flatpak-remote-file-enoent", tool="flatpak",
         script="flatpak --user remote-add hodei /nonexistent/repo/hodei.flatpakrepo", code="ERR_1003",
         why="the remote description file does not exist", path="/nonexistent/repo/hodei.flatpakrepo"),
    dict(id="neg-flatpak-not-installed", tool="flatpak", script="flatpak --user info org.hodei.Agent",
         code="ERR_1007", why="the application is not installed: an unknown name in flatpak's world"),
    dict(id="de-neg-flatpak-not-installed", tool="flatpak", script="flatpak --user info org.hodei.Agent",
         code="ERR_1007", lang="de_DE.UTF-8", why="the application is not installed (German)"),
    dict(id="fr-flatpak-remote-file-enoent", tool="flatpak",
         script="flatpak --user remote-add hodei /nonexistent/repo/hodei.flatpakrepo", code="ERR_1003",
         lang="fr_FR.UTF-8", why="the remote description file does not exist (French)",
         path="/nonexistent/repo/hodei.flatpakrepo"),
    dict(id="flatpak-thread-eagain", tool="flatpak", script="ulimit -u 1; exec flatpak --user list",
         code="ERR_1004", user="nobody", why="the process limit stops flatpak from creating its main-loop thread"),
    # --- sysstat -------------------------------------------------------------------------------------
    dict(id="sar-file-enoent", tool="sar", script="sar -u -f /nonexistent/sa/sa21", code="ERR_1003",
         why="the activity file does not exist", path="/nonexistent/sa/sa21"),
    dict(id="de-sar-file-enoent", tool="sar", script="sar -u -f /nonexistent/sa/sa21", code="ERR_1003",
         lang="de_DE.UTF-8", why="the activity file does not exist (German)", path="/nonexistent/sa/sa21"),
    dict(id="neg-sar-invalid-file", tool="sar", script=f"sar -u -f {D}/notsa", code="ERR_1007",
         why="the file is not a system activity file: bad input data"),
    dict(id="de-neg-sar-invalid-file", tool="sar", script=f"sar -u -f {D}/notsa", code="ERR_1007",
         lang="de_DE.UTF-8", why="the file is not a system activity file: bad input data (German)"),
    dict(id="sadf-eacces", tool="sadf", script=f"sadf -d {D}/private.img", code="ERR_1002", user="nobody",
         why="the input file is readable only by root", path=f"{D}/private.img"),
    dict(id="sadc-rofs", tool="sadc", script="/usr/lib/sysstat/sadc 1 1 $M/sa21", code="ERR_1012",
         mount="ro", why="the activity file is written to a read-only mount", path="$M/sa21"),
    dict(id="sadc-full", tool="sadc", script="/usr/lib/sysstat/sadc 1 2 $M/sa21", code="ERR_1012",
         mount="full", why="the activity file's filesystem is full"),
    dict(id="fr-sadc-rofs", tool="sadc", script="/usr/lib/sysstat/sadc 1 1 $M/sa21", code="ERR_1012",
         lang="fr_FR.UTF-8", mount="ro", why="the activity file is written to a read-only mount (French)",
         path="$M/sa21"),
    dict(id="neg-iostat-bad-interval", tool="iostat", script="iostat -x -1",
         code="ERR_1007", why="the interval is invalid: a usage error"),
    # --- monitoring plugins -----------------------------------------------------------------------------
    dict(id="neg-check_http-refused", tool="check_http", script=f"{P}/check_http -H 127.0.0.1 -p 1 1>&2",
         code="ERR_1007", why="nothing listens on the port: a service that does not answer"),
    dict(id="neg-check_tcp-refused", tool="check_tcp", script=f"{P}/check_tcp -H 127.0.0.1 -p 9 1>&2",
         code="ERR_1007", why="nothing listens on the port: a service that does not answer"),
    dict(id="neg-check_file_age-too-old", tool="check_file_age",
         script=f"{P}/check_file_age -w 3600 -c 86400 -f {D}/backup.tar 1>&2", code="ERR_1007",
         why="the backup file is older than the threshold: the check fails"),
    dict(id="check_log-enoent", tool="check_log",
         script=f"{P}/check_log -F /nonexistent/log/app.log -O $HOME/app.log.old -q ERROR 1>&2",
         code="ERR_1003", why="the log file to scan does not exist", path="/nonexistent/log/app.log"),
    dict(id="check_sensors-cmd-missing", tool="check_sensors", script=f"{P}/check_sensors 1>&2",
         code="ERR_1001", why="the plugin runs the sensors program, which is not installed"),
    dict(id="check_procs-fork-eagain", tool="check_procs", script=f"ulimit -u 1; exec {P}/check_procs -w 100 1>&2",
         code="ERR_1004", user="nobody", why="the process limit stops the plugin from running ps"),
    dict(id="check_by_ssh-fork-eagain", tool="check_by_ssh",
         script=f"ulimit -u 1; exec {P}/check_by_ssh -H 127.0.0.1 -C uptime 1>&2", code="ERR_1004", user="nobody",
         why="the process limit stops the plugin from starting ssh"),
    dict(id="de-neg-check_disk-threshold", tool="check_disk",
         script=f"{P}/check_disk -w 100% -c 100% -p / 1>&2", code="ERR_1007", lang="de_DE.UTF-8",
         why="the free space is below the threshold the job set: a failed check (German)"),
    dict(id="fr-neg-check_http-refused", tool="check_http", script=f"{P}/check_http -H 127.0.0.1 -p 1 1>&2",
         code="ERR_1007", lang="fr_FR.UTF-8", why="nothing listens on the port (French)"),
    # --- logger and wall -------------------------------------------------------------------------------
    dict(id="logger-file-enoent", tool="logger", script="logger -t deploy -f /nonexistent/deploy/summary.txt",
         code="ERR_1003", why="the file to log does not exist", path="/nonexistent/deploy/summary.txt"),
    dict(id="logger-file-eacces", tool="logger", script=f"logger -t deploy -f {L}/secret.txt", code="ERR_1002",
         user="nobody", why="the file to log is in a directory only root may enter", path=f"{L}/secret.txt"),
    dict(id="neg-logger-refused", tool="logger", script="logger -n 127.0.0.1 -P 9 -T 'deploy finished'",
         code="ERR_1007", why="no syslog server listens on the port: a service that does not answer"),
]
