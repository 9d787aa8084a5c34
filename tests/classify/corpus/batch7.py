"""A sealed batch (held out whole): network clients, encryption and signing, version control
systems, Debian packaging, firewalls, servers' config checks, accounts and privileges, disks and
filesystems, sandboxes and load generators; labelled by a person from what happened."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (89.2% of codes, 83/93), then worked on."""
B = f"{R}/batch7"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
echo 'hello data' > data.txt
head -c 300000 /dev/urandom > big.bin
python3 - <<'EOF'
import struct
h = b'\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8)
h += struct.pack('<HHIQQQIHHHHHH', 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 64, 0, 0)
ph = struct.pack('<IIQQQQQQ', 1, 5, 0, 0x400000, 0x400000, 0x80, 0x80, 0x1000)
open('arm.bin', 'wb').write(h + ph + bytes(8))
EOF
chmod 755 arm.bin
mkdir -p armgit && cp arm.bin armgit/git
# age: two identities, a file encrypted to the first only
age-keygen -o key1.txt 2>/dev/null
age-keygen -o key2.txt 2>/dev/null
age -r "$(age-keygen -y key1.txt)" -o data.age data.txt
# minisign: a key pair without a password, a signed file, a changed copy
minisign -G -W -f -p mk.pub -s mk.key >/dev/null
minisign -S -s mk.key -m data.txt >/dev/null
cp data.txt changed.txt && echo extra >> changed.txt && cp data.txt.minisig changed.txt.minisig
# cvs repository with one module
cvs -Q -d "$PWD/cvsroot" init
mkdir -p cvsimp && echo 'int main(void){return 0;}' > cvsimp/main.c
(cd cvsimp && cvs -Q -d "$(dirname "$PWD")/cvsroot" import -m init app vendor start)
# rcs file with one revision
mkdir -p rcsdir && echo 'v1' > rcsdir/notes.txt && (cd rcsdir && ci -q -t-notes -u notes.txt </dev/null)
# fossil repository
fossil init -A admin repo.fossil >/dev/null
# Debian packaging
mkdir -p pkg/DEBIAN pkg/usr/share/doc/hodei-demo
printf 'Package: hodei-demo\nVersion: 1.0\nArchitecture: all\nMaintainer: Dev <dev@example.com>\nDescription: demo\n' > pkg/DEBIAN/control
echo doc > pkg/usr/share/doc/hodei-demo/README
dpkg-deb -Zgzip --root-owner-group -b pkg hodei-demo_1.0_all.deb >/dev/null
mkdir -p nocontrol/usr/bin && echo x > nocontrol/usr/bin/tool
echo 'this is not a deb' > corrupt.deb
mk_src() {
  mkdir -p "$1/debian"
  printf 'hodei-src (1.0-1) unstable; urgency=low\n\n  * init\n\n -- Dev <dev@example.com>  Mon, 07 Dec 2026 10:00:00 +0000\n' > "$1/debian/changelog"
  printf 'Source: hodei-src\nSection: misc\nPriority: optional\nMaintainer: Dev <dev@example.com>\nBuild-Depends: %s\nStandards-Version: 4.6.2\n\nPackage: hodei-src\nArchitecture: all\nDescription: demo\n demo\n' "$2" > "$1/debian/control"
  echo 10 > "$1/debian/compat"
  printf '#!/usr/bin/make -f\nbuild build-arch build-indep:\n\t%s\nclean:\n\ttrue\nbinary binary-arch binary-indep:\n\ttrue\n' "$3" > "$1/debian/rules"
  chmod 755 "$1/debian/rules"
}
mk_src src-nocc 'debhelper' 'hodei-nocc -o out main.c'
mk_src src-deps 'libhodei-nosuch-dev (>= 2.0)' 'true'
mkdir -p src-none && echo 'x' > src-none/main.c
# filesystem and disk images
truncate -s 8M blank.img
truncate -s 8M ext.img && mkfs.ext4 -q -F ext.img
cp blank.img owned.img && chmod 600 owned.img
# server configs
printf 'LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\nServerName localhost\nListen 8080\nPidFile /tmp/hodei-apache.pid\nErrorLog /dev/stderr\nHodeiDirective on\n' > apache-bad.conf
printf 'foreground = yes\n[svc]\naccept = 127.0.0.1:9443\nconnect = 127.0.0.1:9080\ncert = /nonexistent/certs/stunnel.pem\n' > stunnel-cert.conf
printf 'foreground = yes\n[svc]\nacept = 127.0.0.1:9443\n' > stunnel-typo.conf
printf 'server.document-root = "/var/www"\nserver.port = 8080\nserver.bogus {\n' > lighttpd-syntax.conf
printf 'set daemon 30\ncheck process web with pidfile /run/web.pid\n  start program = "/usr/sbin/web"\n' > monitrc-open
chmod 644 monitrc-open
printf 'table inet filter {\n  chain input {\n    type filter hook input priority 0;\n    tcp dport 22 acept\n  }\n}\n' > bad.nft
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j HODEI_NOSUCH\nCOMMIT\n' > bad.rules
printf '[job]\nrw=read\nsize=1M\nioengine=hodei_nosuch\n' > bad.fio
chmod 600 key2.txt
chmod -R a+rX .
chmod 600 key2.txt owned.img
"""

CASES = [
    # --- httpie -------------------------------------------------------------------------------
    dict(id="neg-http-refused", tool="http", script="http --check-status GET http://127.0.0.1:1/health",
         code="ERR_1007", why="nothing listens on the port: a service that does not answer"),
    dict(id="http-body-enoent", tool="http",
         script="http --ignore-stdin POST http://127.0.0.1:1/upload @/nonexistent/payload.json",
         code="ERR_1003", why="the request body file does not exist", path="/nonexistent/payload.json"),
    dict(id="http-body-eacces", tool="http",
         script=f"http --ignore-stdin POST http://127.0.0.1:1/upload @{L}/secret.txt", code="ERR_1002",
         user="nobody", why="the request body file cannot be read by the job's user",
         path=f"{L}/secret.txt"),
    # --- text browsers ------------------------------------------------------------------------
    dict(id="lynx-enoent", tool="lynx", script="lynx -dump /nonexistent/report.html 1>&2",
         code="ERR_1003", why="the page to render does not exist", path="/nonexistent/report.html"),
    # --- gnutls-cli ---------------------------------------------------------------------------
    dict(id="neg-gnutls-refused", tool="gnutls-cli",
         script="gnutls-cli -p 1 127.0.0.1 </dev/null 1>&2", code="ERR_1007",
         why="nothing listens on the port: a service that does not answer"),
    # --- age ----------------------------------------------------------------------------------
    dict(id="age-identity-enoent", tool="age", script=f"age -d -i /nonexistent/keys/age.txt {B}/data.age",
         code="ERR_1003", why="the identity file does not exist", path="/nonexistent/keys/age.txt"),
    dict(id="age-identity-eacces", tool="age", script=f"age -d -i {B}/key2.txt {B}/data.age",
         code="ERR_1002", user="nobody", why="the identity file is readable by root only",
         path=f"{B}/key2.txt"),
    dict(id="neg-age-wrong-key", tool="age", script=f"age -d -i {B}/key2.txt {B}/data.age",
         code="ERR_1007", why="the file was encrypted to another key: the job's own failure"),
    dict(id="age-out-rofs", tool="age", script=f"age -r \"$(age-keygen -y {B}/key1.txt)\" -o $M/data.age {B}/data.txt",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount", path="$M/data.age"),
    # --- minisign -----------------------------------------------------------------------------
    dict(id="minisign-pubkey-enoent", tool="minisign",
         script=f"minisign -V -p /nonexistent/keys/minisign.pub -m {B}/data.txt", code="ERR_1003",
         why="the public key file does not exist", path="/nonexistent/keys/minisign.pub"),
    dict(id="neg-minisign-bad-sig", tool="minisign",
         script=f"minisign -V -p {B}/mk.pub -m {B}/changed.txt", code="ERR_1007",
         why="the file does not match its signature: a failed check"),
    dict(id="minisign-sign-rofs", tool="minisign",
         script=f"minisign -S -s {B}/mk.key -m $M/existing.txt", code="ERR_1012", mount="ro",
         why="the signature is written beside the input on a read-only mount",
         path="$M/existing.txt.minisig"),
    # --- pass ---------------------------------------------------------------------------------
    dict(id="neg-pass-not-in-store", tool="pass",
         script="mkdir -p store && echo ABCDEF0123456789 > store/.gpg-id && "
                "PASSWORD_STORE_DIR=$PWD/store pass show ci/deploy-token",
         code="ERR_1007", why="the entry is not in the password store: an unknown name in the tool's world"),
    # --- git-lfs ------------------------------------------------------------------------------
    dict(id="neg-git-lfs-no-repo", tool="git-lfs", script="git lfs track '*.bin' 1>&2", code="ERR_1007",
         why="not inside a git repository: the job runs in the wrong place"),
    dict(id="git-lfs-fork-eagain", tool="git-lfs",
         script="git init -q r && cd r && ulimit -u 1 && git-lfs track '*.bin'", code="ERR_1004",
         user="nobody", why="git-lfs cannot start git under a process limit"),
    # --- cvs ----------------------------------------------------------------------------------
    dict(id="cvs-root-enoent", tool="cvs", script="cvs -d /nonexistent/cvsroot checkout app",
         code="ERR_1003", why="the repository directory does not exist", path="/nonexistent/cvsroot",
         miss="the code is right; CVS names the CVSROOT directory inside the repository the job named"),
    dict(id="neg-cvs-no-module", tool="cvs", script=f"cvs -d {B}/cvsroot checkout hodei-nosuch",
         code="ERR_1007", why="the module does not exist in the repository: an unknown name"),
    dict(id="cvs-rsh-not-found", tool="cvs",
         script="CVS_RSH=hodei-nossh cvs -d :ext:dev@127.0.0.1:/srv/cvs checkout app", code="ERR_1001",
         why="the remote shell program cvs runs is not installed", command="hodei-nossh"),
    dict(id="cvs-checkout-rofs", tool="cvs", script=f"cd $M && cvs -d {B}/cvsroot checkout app",
         code="ERR_1012", mount="ro", why="the working copy is written to a read-only mount"),
    # --- brz ----------------------------------------------------------------------------------
    dict(id="brz-init-rofs", tool="brz", script="brz init $M/project", code="ERR_1012", mount="ro",
         why="the branch is created on a read-only mount", path="$M/project"),
    dict(id="neg-brz-not-branch", tool="brz", script="brz status", code="ERR_1007",
         why="the job runs outside a branch"),
    dict(id="brz-add-enoent", tool="brz", script="brz init -q . && brz add src/missing.py",
         code="ERR_1003", why="the file to add does not exist", path="src/missing.py",
         miss="the code is right; Breezy prints the absolute path of the relative one the job named"),
    # --- fossil -------------------------------------------------------------------------------
    dict(id="fossil-open-enoent", tool="fossil", script="fossil open /nonexistent/repos/app.fossil",
         code="ERR_1003", why="the repository file does not exist", path="/nonexistent/repos/app.fossil"),
    dict(id="neg-fossil-no-checkout", tool="fossil", script="fossil status", code="ERR_1007",
         why="the job runs outside a checkout"),
    # --- rcs ----------------------------------------------------------------------------------
    dict(id="ci-enoent", tool="ci", script="ci -u -m'release' src/version.h </dev/null",
         code="ERR_1003", why="the file to check in does not exist", path="src/version.h"),
    dict(id="neg-co-no-revision", tool="co", script=f"cp -r {B}/rcsdir . && cd rcsdir && co -r9.9 notes.txt",
         code="ERR_1007", why="the revision does not exist in the file's history: an unknown name"),
    # --- dpkg-deb / dpkg-buildpackage / lintian / alien --------------------------------------
    dict(id="dpkg-deb-no-control", tool="dpkg-deb", script=f"cp -r {B}/nocontrol . && dpkg-deb -b nocontrol out.deb",
         code="ERR_1003", why="the package's control file does not exist", path="nocontrol/DEBIAN/control"),
    dict(id="neg-dpkg-deb-corrupt", tool="dpkg-deb", script=f"dpkg-deb -I {B}/corrupt.deb",
         code="ERR_1007", why="the input is not a Debian package"),
    dict(id="dpkg-deb-out-rofs", tool="dpkg-deb", script=f"dpkg-deb --root-owner-group -b {B}/pkg $M/demo.deb",
         code="ERR_1012", mount="ro", why="the package is written to a read-only mount", path="$M/demo.deb"),
    dict(id="dpkg-deb-extract-enospc", tool="dpkg-deb",
         script=f"mkdir -p big/DEBIAN && cp {B}/pkg/DEBIAN/control big/DEBIAN/ && cp {B}/big.bin big/ && "
                "dpkg-deb -Znone --root-owner-group -b big big.deb >/dev/null && dpkg-deb -x big.deb $M/root",
         code="ERR_1012", mount="full", why="the extracted files do not fit on the full filesystem"),
    dict(id="dpkg-buildpackage-no-debian", tool="dpkg-buildpackage",
         script=f"cp -r {B}/src-none . && cd src-none && dpkg-buildpackage -us -uc -b", code="ERR_1003",
         why="the source has no debian/ directory, the build's project files", path="debian/changelog"),
    dict(id="neg-dpkg-buildpackage-deps", tool="dpkg-buildpackage",
         script=f"cp -r {B}/src-deps . && cd src-deps && dpkg-buildpackage -us -uc -b", code="ERR_1007",
         why="a build dependency is not installed: a missing package dependency"),
    dict(id="dpkg-buildpackage-cmd", tool="dpkg-buildpackage",
         script=f"cp -r {B}/src-nocc . && cd src-nocc && dpkg-buildpackage -us -uc -b -d", code="ERR_1001",
         why="the rules file runs a compiler that is not installed", command="hodei-nocc"),
    dict(id="neg-lintian-errors", tool="lintian", script=f"lintian --fail-on error,warning {B}/hodei-demo_1.0_all.deb 1>&2",
         code="ERR_1007", why="the package fails lintian's checks"),
    dict(id="alien-enoent", tool="alien", script="alien --to-tgz /nonexistent/dist/app_1.0_all.deb",
         code="ERR_1003", why="the package to convert does not exist", path="/nonexistent/dist/app_1.0_all.deb"),
    # --- firewalls ----------------------------------------------------------------------------
    dict(id="iptables-eperm", tool="iptables", script="iptables -L -n", code="ERR_1002", user="nobody",
         why="changing or listing the firewall needs root"),
    dict(id="neg-iptables-restore-target", tool="iptables",
         script=f"iptables-restore {B}/bad.rules", code="ERR_1007",
         why="the rules name a chain that does not exist: an unknown name in the tool's world"),
    dict(id="nft-enoent", tool="nft", script="nft -c -f /nonexistent/fw/ruleset.nft", code="ERR_1003",
         why="the ruleset file does not exist", path="/nonexistent/fw/ruleset.nft"),
    dict(id="neg-nft-syntax", tool="nft", script=f"nft -c -f {B}/bad.nft", code="ERR_1007",
         why="a syntax error in the ruleset"),
    dict(id="nft-eperm", tool="nft", script="nft list ruleset", code="ERR_1002", user="nobody",
         why="reading the firewall needs privileges"),
    # --- nmap / iperf3 ------------------------------------------------------------------------
    dict(id="nmap-list-enoent", tool="nmap", script="nmap -sT -p 1 -iL /nonexistent/targets.txt",
         code="ERR_1003", why="the target list does not exist", path="/nonexistent/targets.txt"),
    dict(id="nmap-syn-root", tool="nmap", script="nmap -sS -p 1 127.0.0.1", code="ERR_1002",
         user="nobody", why="a SYN scan needs privileges the job's user lacks"),
    dict(id="neg-iperf3-refused", tool="iperf3", script="iperf3 -c 127.0.0.1 -p 1 -t 1",
         code="ERR_1007", why="no iperf3 server listens: a service that does not answer"),
    dict(id="iperf3-logfile-rofs", tool="iperf3", script="iperf3 -c 127.0.0.1 -p 1 --logfile $M/iperf.log",
         code="ERR_1012", mount="ro", why="the log file is on a read-only mount"),
    # --- stunnel / lighttpd / apache2 / uwsgi / gunicorn / monit -----------------------------
    dict(id="stunnel-conf-enoent", tool="stunnel", script="stunnel /nonexistent/stunnel/svc.conf",
         code="ERR_1003", why="the configuration file does not exist", path="/nonexistent/stunnel/svc.conf"),
    dict(id="stunnel-cert-enoent", tool="stunnel", script=f"stunnel {B}/stunnel-cert.conf",
         code="ERR_1003", why="the certificate the configuration names does not exist",
         path="/nonexistent/certs/stunnel.pem",
         miss="the code is right (the ENOENT above the final error is its cause); the certificate is named only on an info line far above, so the path is not in the details"),
    dict(id="neg-stunnel-typo", tool="stunnel", script=f"stunnel {B}/stunnel-typo.conf",
         code="ERR_1007", why="a misspelt option in the configuration"),
    dict(id="lighttpd-conf-enoent", tool="lighttpd", script="lighttpd -t -f /nonexistent/lighttpd/site.conf",
         code="ERR_1003", why="the configuration file does not exist", path="/nonexistent/lighttpd/site.conf"),
    dict(id="neg-lighttpd-syntax", tool="lighttpd", script=f"lighttpd -t -f {B}/lighttpd-syntax.conf",
         code="ERR_1007", why="a syntax error in the configuration"),
    dict(id="neg-apache2-directive", tool="apache2", script=f"apache2 -t -f {B}/apache-bad.conf",
         code="ERR_1007", why="an unknown directive in the configuration"),
    dict(id="uwsgi-ini-enoent", tool="uwsgi", script="uwsgi --ini /nonexistent/uwsgi/app.ini",
         code="ERR_1003", why="the ini file does not exist", path="/nonexistent/uwsgi/app.ini"),
    dict(id="neg-gunicorn-no-module", tool="gunicorn", script="timeout 20 gunicorn -b 127.0.0.1:9091 hodei_nosuch_app:app",
         code="ERR_1007", why="the application module is not installed: a missing Python module"),
    dict(id="gunicorn-conf-enoent", tool="gunicorn", script="timeout 20 gunicorn -c /nonexistent/gunicorn.conf.py app:app",
         code="ERR_1003", why="the configuration file does not exist", path="/nonexistent/gunicorn.conf.py"),
    dict(id="neg-monit-perms", tool="monit", script=f"cp {B}/monitrc-open . && chmod 644 monitrc-open && monit -t -c monitrc-open",
         code="ERR_1007", why="monit refuses a control file others may read: its own check, not a refusal by the OS"),
    # --- at / sudo / su / accounts ------------------------------------------------------------
    dict(id="at-file-enoent", tool="at", script="at -f /nonexistent/jobs/nightly.sh now + 1 hour",
         code="ERR_1003", why="the job file does not exist", path="/nonexistent/jobs/nightly.sh"),
    dict(id="neg-at-garbled", tool="at", script="echo true | at tomorrowish", code="ERR_1007",
         why="the time spec cannot be parsed: a usage error"),
    dict(id="at-denied", tool="at", script="echo true | at now + 1 hour", code="ERR_1002", user="nobody",
         why="the job's user is not allowed to use at"),
    dict(id="sudo-cmd-not-found", tool="sudo", script="sudo -n hodei-migrate --up", code="ERR_1001",
         why="the program to run is not installed", command="hodei-migrate"),
    dict(id="neg-sudo-password", tool="sudo", script="sudo -n true", code="ERR_1007", user="nobody",
         why="sudo needs a password the job cannot give: an authentication failure"),
    dict(id="neg-su-auth", tool="su", script="su -c true root </dev/null", code="ERR_1007", user="nobody",
         why="su cannot authenticate the job's user: an authentication failure"),
    dict(id="groupadd-eacces", tool="groupadd", script="groupadd hodei-builders", code="ERR_1002",
         user="nobody", why="adding a group needs root"),
    dict(id="neg-groupadd-exists", tool="groupadd", script="groupadd root", code="ERR_1007",
         why="the group already exists: the job's own failure"),
    dict(id="neg-usermod-no-user", tool="usermod", script="usermod -aG adm hodei-nosuch-user",
         code="ERR_1007", why="the user does not exist: an unknown name in the tool's world"),
    dict(id="fr-groupadd-eacces", tool="groupadd", script="groupadd hodei-builders", code="ERR_1002",
         user="nobody", lang="fr_FR.UTF-8", why="adding a group needs root (French)"),
    # --- acl / e2fsprogs ----------------------------------------------------------------------
    dict(id="setfacl-eperm", tool="setfacl", script=f"setfacl -m u:nobody:rw {RF}", code="ERR_1002",
         user="nobody", why="only the owner may change a file's ACL", path=RF),
    dict(id="neg-setfacl-unknown-user", tool="setfacl", script="touch f && setfacl -m u:hodei-nosuch-user:r f",
         code="ERR_1007", why="the ACL names a user that does not exist: a bad argument"),
    dict(id="setfacl-rofs", tool="setfacl", script="setfacl -m u:nobody:r $M/existing.txt", code="ERR_1012",
         mount="ro", why="the file is on a read-only mount", path="$M/existing.txt"),
    dict(id="de-setfacl-enoent", tool="setfacl", script="setfacl -m u:nobody:r /nonexistent/shared/data",
         code="ERR_1003", lang="de_DE.UTF-8", why="the file does not exist (German)",
         path="/nonexistent/shared/data"),
    dict(id="chattr-eperm", tool="chattr", script="chattr +i /etc/hostname",
         code="ERR_1002", user="nobody", why="setting the immutable flag needs privileges", path="/etc/hostname"),
    dict(id="neg-tune2fs-bad-magic", tool="tune2fs", script=f"tune2fs -l {B}/blank.img", code="ERR_1007",
         why="the image holds no ext filesystem: bad input"),
    dict(id="resize2fs-eacces", tool="resize2fs", script=f"resize2fs {B}/owned.img 16M", code="ERR_1002",
         user="nobody", why="the image is readable by root only", path=f"{B}/owned.img"),
    dict(id="neg-resize2fs-bad-size", tool="resize2fs", script=f"cp {B}/ext.img . && resize2fs ext.img 1K",
         code="ERR_1007", why="the new size is smaller than the data: the tool's own failure"),
    # --- parted / sfdisk / cryptsetup ---------------------------------------------------------
    dict(id="neg-parted-no-label", tool="parted", script=f"parted -s {B}/blank.img print", code="ERR_1007",
         why="the disk has no partition table: the input is not what the job expected"),
    dict(id="parted-eacces", tool="parted", script=f"parted -s {B}/owned.img mklabel gpt", code="ERR_1002",
         user="nobody", why="the image is readable by root only", path=f"{B}/owned.img"),
    dict(id="es-sfdisk-enoent", tool="sfdisk", script="sfdisk -d /nonexistent/images/disco.img",
         code="ERR_1003", lang="es_ES.UTF-8", why="the disk image does not exist (Spanish)",
         path="/nonexistent/images/disco.img"),
    dict(id="neg-cryptsetup-not-luks", tool="cryptsetup", script=f"cryptsetup luksDump {B}/blank.img",
         code="ERR_1007", why="the image is not a LUKS device: bad input"),
    # --- prlimit / bwrap / fakeroot / su ------------------------------------------------------
    dict(id="prlimit-cmd-not-found", tool="prlimit", script="prlimit --nofile=4096 hodei-server --port 8080",
         code="ERR_1001", why="the program to run is not installed", command="hodei-server"),
    dict(id="prlimit-eperm", tool="prlimit", script="prlimit --pid 1 --nofile=1048576:1048576",
         code="ERR_1002", user="nobody", why="changing another user's process limits needs privileges"),
    dict(id="bwrap-cmd-not-found", tool="bwrap", script="bwrap --ro-bind / / --dev /dev hodei-tests --all",
         code="ERR_1001", why="the program to run in the sandbox is not installed", command="hodei-tests"),
    dict(id="bwrap-bind-enoent", tool="bwrap", script="bwrap --ro-bind / / --bind /nonexistent/cache /cache true",
         code="ERR_1003", why="the directory to bind does not exist", path="/nonexistent/cache"),
    dict(id="fakeroot-wrong-arch", tool="fakeroot", script=f"fakeroot {B}/arm.bin", code="ERR_1004",
         why="the program is a binary for another architecture"),
    dict(id="fakeroot-cmd-not-found", tool="fakeroot", script="fakeroot hodei-pack --deb", code="ERR_1001",
         why="the program to run is not installed", command="hodei-pack"),
    dict(id="fakeroot-fork-eagain", tool="fakeroot", script="ulimit -u 1; fakeroot true", code="ERR_1004",
         user="nobody", why="fakeroot cannot start its daemon under a process limit"),
    # --- fio / stress-ng ----------------------------------------------------------------------
    dict(id="neg-fio-bad-engine", tool="fio", script=f"fio {B}/bad.fio", code="ERR_1007",
         why="the job names an I/O engine fio does not know"),
    dict(id="fio-enospc", tool="fio", script="fio --name=w --rw=write --size=4M --bs=64k --filename=$M/testfile",
         code="ERR_1012", mount="full", why="the test file does not fit on the full filesystem", path="$M/testfile"),
    dict(id="neg-stress-ng-unknown", tool="stress-ng", script="stress-ng --hodei-nosuch 1 -t 1",
         code="ERR_1007", why="an unknown option: a usage error"),
    dict(id="su-wrong-arch", tool="su", script=f"su -s {B}/arm.bin nobody -c true", code="ERR_1004",
         why="the login shell su starts is a binary for another architecture"),
    dict(id="uwsgi-bind-eacces", tool="uwsgi", script="timeout 20 uwsgi --http-socket 127.0.0.1:80",
         code="ERR_1002", user="nobody", why="binding a privileged port needs root"),
    dict(id="it-parted-enoent", tool="parted", script="parted -s /nonexistent/immagini/disco.img print",
         code="ERR_1003", lang="it_IT.UTF-8", why="the disk image does not exist (Italian)",
         path="/nonexistent/immagini/disco.img"),
    dict(id="pt-tune2fs-enoent", tool="tune2fs", script="tune2fs -l /nonexistent/imagens/disco.img",
         code="ERR_1003", lang="pt_BR.UTF-8", why="the image does not exist (Portuguese)",
         path="/nonexistent/imagens/disco.img"),
    dict(id="fr-sudo-cmd-not-found", tool="sudo", script="sudo -n hodei-migrate --up", code="ERR_1001",
         lang="fr_FR.UTF-8", why="the program to run is not installed (French)", command="hodei-migrate"),
    dict(id="cvs-checkout-inodes", tool="cvs", script=f"cd $M && cvs -Q -d {B}/cvsroot checkout app",
         code="ERR_1012", mount="inodes", why="the filesystem of the working copy has no inodes left"),
    dict(id="dpkg-deb-extract-inodes", tool="dpkg-deb", script=f"dpkg-deb -x {B}/hodei-demo_1.0_all.deb $M/root",
         code="ERR_1012", mount="inodes", why="the filesystem the package is extracted to has no inodes left"),
]
