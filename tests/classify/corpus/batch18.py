"""Sealed batch 18: Debian packaging, system images, virtualization and operations tools.

Written and labelled by reading what each tool printed in a situation made on purpose, without
looking at the classifier. Held out whole.
"""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (84.0% of codes, 84/100), then worked on."""
B = f"{R}/batch18"          # this batch's fixtures
L = f"{R}/locked"           # root-only directory (base fixtures)
RD = f"{R}/rootdir"         # root-owned directory others cannot write into (base fixtures)
NOBODY = "nobody"

FIXTURES = r"""
export SOURCE_DATE_EPOCH=1796630400 HOME="$PWD"
mkdir -p pkg/DEBIAN pkg/usr/share/doc/hodei-base repo/conf badpool lockpool plug locked augroot/etc mk baddsc
printf 'Package: hodei-base\nVersion: 1.0\nArchitecture: all\nSection: misc\nPriority: optional\nMaintainer: Hodei Ops <ops@hodei.dev>\nDescription: base files\n Base files of the Hodei images.\n' > pkg/DEBIAN/control
seq 1 20000 > pkg/usr/share/doc/hodei-base/inventory.txt
dpkg-deb --root-owner-group -b pkg hodei-base_1.0_all.deb >/dev/null
printf 'Codename: bookworm\nComponents: main\nArchitectures: amd64\n' > distributions
cp distributions repo/conf/
reprepro -s -b repo includedeb bookworm hodei-base_1.0_all.deb >/dev/null 2>&1
printf '{"rootDir": "%s/aptly"}\n' "$PWD" > aptly.conf
aptly -config=aptly.conf repo create main >/dev/null
echo 'not a debian archive' > badpool/broken_1.0_all.deb
cp hodei-base_1.0_all.deb lockpool/
# a native source package
mkdir -p src/hodei-demo-1.0/debian/source
printf 'hodei-demo (1.0) unstable; urgency=medium\n\n  * Initial release.\n\n -- Hodei Ops <ops@hodei.dev>  Mon, 07 Dec 2026 10:00:00 +0000\n' > src/hodei-demo-1.0/debian/changelog
printf 'Source: hodei-demo\nSection: misc\nPriority: optional\nMaintainer: Hodei Ops <ops@hodei.dev>\nBuild-Depends: debhelper-compat (= 13)\nStandards-Version: 4.6.2\n\nPackage: hodei-demo\nArchitecture: all\nDepends: ${misc:Depends}\nDescription: demo\n Demo package.\n' > src/hodei-demo-1.0/debian/control
printf '#!/usr/bin/make -f\n%%:\n\tdh $@\n' > src/hodei-demo-1.0/debian/rules
chmod 755 src/hodei-demo-1.0/debian/rules
echo '3.0 (native)' > src/hodei-demo-1.0/debian/source/format
echo 'Hodei demo' > src/hodei-demo-1.0/README
(cd src && dpkg-source -b hodei-demo-1.0 >/dev/null 2>&1)
cp src/hodei-demo_1.0.tar.xz baddsc/
sed '0,/^ [0-9a-f]\{40\} /s/^ [0-9a-f]\{5\}/ 00000/' src/hodei-demo_1.0.dsc > baddsc/hodei-demo_1.0.dsc
cp src/hodei-demo_1.0.dsc locked/
rm -rf gbprepo; cp -r src/hodei-demo-1.0 gbprepo
(cd gbprepo && git init -q -b master && git add . && git -c user.email=ops@hodei.dev -c user.name=ops commit -qm 'Initial packaging')
printf 'Section: misc\nPriority: optional\nStandards-Version: 4.6.2\n\nPackage: hodei-build-deps\nVersion: 1.0\nDepends: bash\nDescription: build dependencies of the images\n Metapackage.\n' > deps.ctl
printf 'Section misc\nPackage: hodei-build-deps\nVersion 1.0\n' > bad.ctl
# kubeconfigs: a cluster nobody listens on, and credential plugins
cat > kc-refused.yaml <<'EOF'
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:9"}
  name: staging
contexts:
- context: {cluster: staging, user: ci}
  name: staging
current-context: staging
users:
- name: ci
  user: {token: ci-token}
EOF
sed 's|user: {token: ci-token}|user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: hodei-cluster-auth, interactiveMode: Never}|' kc-refused.yaml > kc-exec.yaml
sed "s|command: hodei-cluster-auth|command: $PWD/bin-arm64/hodei-cluster-auth|" kc-exec.yaml > kc-arch.yaml
mkdir -p bin-arm64
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('bin-arm64/hodei-cluster-auth', 'wb').write(d)"
chmod 755 bin-arm64/hodei-cluster-auth
cp bin-arm64/hodei-cluster-auth plug/kubectl-hodei_report
printf '<domain type="test">\n  <name>hodei-web\n  <memory unit="MiB">512</memory>\n' > bad.xml
printf '<domain type="test">\n  <name>hodei-web</name>\n  <memory unit="MiB">512</memory>\n  <os><type>hvm</type></os>\n</domain>\n' > locked/vm.xml
printf '#!/bin/sh\nset -e\nhodei-rootfs-fetch --dest "$2"\n' > lxc-hodei
chmod 755 lxc-hodei
printf '127.0.0.1 localhost\n' > augroot/etc/hosts
printf '#!/bin/sh\ncp "$1" "$3"\n' > sign.sh
chmod 755 sign.sh
printf 'file { "/etc/motd"\n  ensure  => file\n  content => "managed by puppet",\n}\n' > bad.pp
printf 'exec { "warm-cache":\n  command => "hodei-cache-warm --all",\n  path    => ["/usr/bin", "/bin"],\n}\n' > exec.pp
printf '#cloud-config\nusers:\n  - name: deploy\n    groups: [sudo\npackages: [nginx]\n' > ud-bad.yaml
printf '#cloud-config\nruncmd: "systemctl restart nginx"\npackage_update: maybe\n' > ud-invalid.yaml
printf '#cloud-config\nhostname: web1\npackages: [nginx]\n' > user-data
qemu-img create -q -f qcow2 disk.qcow2 16M
cp disk.qcow2 locked/
echo 'raw bytes, not a qcow2 image' > notqcow.img
printf '[Distribution]\nDistribution=hodeios\n' > mk/mkosi.conf
chmod -R a+rX .
chmod 700 locked
chmod 600 lockpool/hodei-base_1.0_all.deb
"""

Q = "qemu-system-x86_64 -nodefaults -display none -m 64 -no-reboot"
REPO = f"mkdir -p repo/conf && cp {B}/distributions repo/conf/ && "
MM = ("mmdebstrap --variant=extract --include=hodei-base --mode=root --skip=check/empty -q")
SRC = f"'deb [trusted=yes] copy://{B}/repo bookworm main'"
KC = f"kubectl --kubeconfig {B}"

CASES = [
    # --- reprepro -------------------------------------------------------------------------
    dict(id="reprepro-conf-missing", tool="reprepro",
         script="reprepro -b /nonexistent/repo list bookworm", code="ERR_1003",
         why="the repository's configuration file (conf/distributions) does not exist",
         path="/nonexistent/repo/conf/distributions"),
    dict(id="reprepro-deb-missing", tool="reprepro",
         script=REPO + "reprepro -b repo includedeb bookworm /nonexistent/pool/hodei-tools_2.1_amd64.deb",
         code="ERR_1003", why="the package to add to the repository does not exist",
         path="/nonexistent/pool/hodei-tools_2.1_amd64.deb"),
    dict(id="neg-reprepro-unknown-dist", tool="reprepro",
         script=f"reprepro -b {B}/repo list trixie", code="ERR_1007",
         why="the distribution is not defined in the repository's configuration: an unknown name "
             "in the tool's own world"),
    dict(id="reprepro-outdir-rofs", tool="reprepro", mount="ro",
         script=REPO + "reprepro -b repo --outdir $M/public export", code="ERR_1012",
         why="the published tree is written to a read-only mount", path="$M/public"),
    dict(id="reprepro-pool-full", tool="reprepro", mount="full",
         script=REPO + f"reprepro -b repo --outdir $M/public includedeb bookworm {B}/hodei-base_1.0_all.deb",
         code="ERR_1012", why="copying the package into the pool hits a full filesystem",
         path="$M/public/pool/main/h/hodei-base/hodei-base_1.0_all.deb"),
    dict(id="reprepro-db-inodes", tool="reprepro", mount="inodes",
         script=f"mkdir $M/conf && cp {B}/distributions $M/conf/ && reprepro -b $M export",
         code="ERR_1012", why="the repository's filesystem has no inodes left for its database "
                              "directory", path="$M/db"),
    dict(id="reprepro-lock-eacces", tool="reprepro", user=NOBODY,
         script=f"reprepro -b {B}/repo includedeb bookworm {B}/hodei-base_1.0_all.deb",
         code="ERR_1002", why="the job's user may not create the lock file in a repository "
                              "owned by root", path=f"{B}/repo/db/lockfile"),
    dict(id="reprepro-sign-hook-missing", tool="reprepro",
         script="mkdir -p repo/conf && printf 'Codename: bookworm\\nComponents: main\\n"
                "Architectures: amd64\\nSignWith: ! hodei-sign-release\\n' > repo/conf/distributions"
                " && reprepro -b repo export",
         code="ERR_1001", why="the signing hook the repository's configuration runs is not there",
         command="repo/conf/hodei-sign-release", miss="the hook that is missing is named in reprepro's own report of it ('Signing-hook x ... returned with exit code 255'), after an ENOENT that names another file"),
    dict(id="reprepro-fork-limit", tool="reprepro", user=NOBODY,
         script="mkdir -p repo/conf && printf 'Codename: bookworm\\nComponents: main\\n"
                "Architectures: amd64\\nSignWith: ! sign.sh\\n' > repo/conf/distributions && "
                f"cp {B}/sign.sh repo/conf/ && ulimit -u 1 && reprepro -b repo export",
         code="ERR_1004", why="under a process limit reprepro cannot fork its signing hook"),
    # --- aptly ----------------------------------------------------------------------------
    dict(id="aptly-config-missing", tool="aptly",
         script="aptly -config=/nonexistent/aptly.conf repo list", code="ERR_1003",
         why="the configuration file named on the command line does not exist",
         path="/nonexistent/aptly.conf"),
    dict(id="aptly-add-missing", tool="aptly",
         script="printf '{\"rootDir\": \"%s/aptly\"}\\n' \"$PWD\" > aptly.conf; "
                "aptly -config=aptly.conf repo create main >/dev/null; "
                "aptly -config=aptly.conf repo add main /nonexistent/pool/ 1>&2",
         code="ERR_1003", why="the directory of packages to add does not exist",
         path="/nonexistent/pool/"),
    dict(id="neg-aptly-repo-unknown", tool="aptly",
         script=f"aptly -config={B}/aptly.conf repo show hodei-testing", code="ERR_1007",
         why="no local repository of that name: an unknown name in the tool's own world"),
    dict(id="aptly-lock-eacces", tool="aptly", user=NOBODY,
         script=f"aptly -config={B}/aptly.conf repo add main {B}/hodei-base_1.0_all.deb",
         code="ERR_1002", why="the job's user may not open the database lock in aptly's "
                              "root-owned directory", path=f"{B}/aptly/db/LOCK"),
    dict(id="aptly-rootdir-rofs", tool="aptly", mount="ro",
         script="printf '{\"rootDir\": \"%s/aptly\"}\\n' \"$M\" > aptly.conf; "
                "aptly -config=aptly.conf repo create main",
         code="ERR_1012", why="aptly's root directory is on a read-only mount", path="$M/aptly"),
    dict(id="aptly-thread-limit", tool="aptly", user=NOBODY,
         script=f"ulimit -u 1; aptly -config={B}/aptly.conf repo list", code="ERR_1004",
         why="under a process limit the Go runtime cannot create a thread"),
    # --- dput, gbp, schroot, pbuilder, dch, debsums ---------------------------------------
    dict(id="dput-changes-missing", tool="dput",
         script="dput /nonexistent/hodei-demo_1.0_amd64.changes 1>&2", code="ERR_1003",
         why="the .changes file to upload does not exist",
         path="/nonexistent/hodei-demo_1.0_amd64.changes"),
    dict(id="neg-dput-unknown-host", tool="dput",
         script=f"dput hodei-ppa {B}/src/hodei-demo_1.0.dsc 1>&2", code="ERR_1007",
         why="the upload target is not defined in dput's configuration: an unknown name"),
    dict(id="neg-gbp-not-a-repo", tool="gbp", script="gbp buildpackage -us -uc", code="ERR_1007",
         why="the job runs gbp outside a git checkout: its own setup mistake"),
    dict(id="gbp-import-dsc-missing", tool="gbp",
         script="gbp import-dsc /nonexistent/hodei-demo_1.0-1.dsc", code="ERR_1003",
         why="the source package to import does not exist",
         path="/nonexistent/hodei-demo_1.0-1.dsc"),
    dict(id="gbp-builder-missing", tool="gbp",
         script=f"cp -r {B}/gbprepo . && cd gbprepo && "
                "gbp buildpackage --git-ignore-branch --git-builder='hodei-pkg-build -us -uc'",
         code="ERR_1001", why="the builder command gbp runs is not installed",
         command="hodei-pkg-build"),
    dict(id="neg-schroot-unknown-chroot", tool="schroot",
         script="schroot -c bookworm-amd64-sbuild -- true", code="ERR_1007",
         why="no chroot of that name is configured: an unknown name in the tool's own world"),
    dict(id="pbuilder-dsc-missing", tool="pbuilder",
         script="pbuilder build /nonexistent/hodei-demo_1.0-1.dsc", code="ERR_1003",
         why="the source package to build does not exist", path="/nonexistent/hodei-demo_1.0-1.dsc"),
    dict(id="pbuilder-basetgz-missing", tool="pbuilder",
         script=f"pbuilder build --basetgz /nonexistent/bookworm-base.tgz {B}/src/hodei-demo_1.0.dsc",
         code="ERR_1003", why="the base chroot tarball does not exist",
         path="/nonexistent/bookworm-base.tgz"),
    dict(id="pbuilder-nonroot", tool="pbuilder", user=NOBODY,
         script=f"pbuilder build {B}/src/hodei-demo_1.0.dsc", code="ERR_1002",
         why="pbuilder needs root: the job's user may neither unshare nor create its build "
             "directory below /var/cache/pbuilder"),
    dict(id="dch-no-changelog", tool="dch", script="dch -i 'Rebuild against new libc'",
         code="ERR_1003", why="the job runs dch where there is no debian/changelog",
         path="debian/changelog"),
    dict(id="neg-debsums-not-installed", tool="debsums", script="debsums -s hodei-agent",
         code="ERR_1007", why="the package to verify is not installed: an unknown name"),
    dict(id="debsums-conffile-eacces", tool="debsums", user=NOBODY, script="debsums -s -a sudo",
         code="ERR_1002", why="the job's user cannot read root-only configuration files it "
                              "asked to verify", path="/etc/sudoers"),
    # --- dpkg-source ----------------------------------------------------------------------
    dict(id="dpkg-source-dsc-missing", tool="dpkg-source",
         script="dpkg-source -x /nonexistent/hodei-demo_1.0-1.dsc", code="ERR_1003",
         why="the source package description does not exist",
         path="/nonexistent/hodei-demo_1.0-1.dsc"),
    dict(id="fr-dpkg-source-dsc-missing", tool="dpkg-source", lang="fr_FR.UTF-8",
         script="dpkg-source -x /nonexistent/hodei-demo_1.0-1.dsc", code="ERR_1003",
         why="the source package description does not exist (French messages)",
         path="/nonexistent/hodei-demo_1.0-1.dsc"),
    dict(id="es-dpkg-source-dsc-missing", tool="dpkg-source", lang="es_ES.UTF-8",
         script="dpkg-source -x /nonexistent/hodei-agent_2.3-1.dsc", code="ERR_1003",
         why="the source package description does not exist (Spanish messages)",
         path="/nonexistent/hodei-agent_2.3-1.dsc"),
    dict(id="dpkg-source-no-changelog", tool="dpkg-source",
         script="mkdir -p hodei-tools-2.0/src && echo x > hodei-tools-2.0/src/main.c && "
                "dpkg-source -b hodei-tools-2.0",
         code="ERR_1003", why="the tree to package has no debian/changelog",
         path="hodei-tools-2.0/debian/changelog"),
    dict(id="dpkg-source-extract-rofs", tool="dpkg-source", mount="ro",
         script=f"cd $M && dpkg-source -x {B}/src/hodei-demo_1.0.dsc", code="ERR_1012",
         why="the source is unpacked onto a read-only mount"),
    dict(id="dpkg-source-dsc-eacces", tool="dpkg-source", user=NOBODY,
         script=f"dpkg-source -x {B}/locked/hodei-demo_1.0.dsc", code="ERR_1002",
         why="the .dsc is in a directory the job's user cannot enter",
         path=f"{B}/locked/hodei-demo_1.0.dsc"),
    dict(id="neg-dpkg-source-checksum", tool="dpkg-source",
         script=f"dpkg-source -x {B}/baddsc/hodei-demo_1.0.dsc out", code="ERR_1007",
         why="the tarball does not match the checksum in the .dsc: bad input data"),
    # --- dpkg-scanpackages, apt-ftparchive ------------------------------------------------
    dict(id="dpkg-scanpackages-dir-missing", tool="dpkg-scanpackages",
         script="dpkg-scanpackages /nonexistent/pool > Packages", code="ERR_1003",
         why="the directory of packages to index does not exist", path="/nonexistent/pool"),
    dict(id="de-dpkg-scanpackages-dir-missing", tool="dpkg-scanpackages", lang="de_DE.UTF-8",
         script="dpkg-scanpackages /nonexistent/pool > Packages", code="ERR_1003",
         why="the directory of packages to index does not exist (German messages)",
         path="/nonexistent/pool"),
    dict(id="dpkg-scanpackages-override-missing", tool="dpkg-scanpackages",
         script=f"dpkg-scanpackages {B}/lockpool /nonexistent/override.bookworm > Packages",
         code="ERR_1003", why="the override file named on the command line does not exist",
         path="/nonexistent/override.bookworm"),
    dict(id="neg-dpkg-scanpackages-corrupt", tool="dpkg-scanpackages",
         script=f"dpkg-scanpackages {B}/badpool > Packages", code="ERR_1007",
         why="a file in the pool is not a Debian archive: bad input data"),
    dict(id="dpkg-scanpackages-deb-eacces", tool="dpkg-scanpackages", user=NOBODY,
         script=f"dpkg-scanpackages {B}/lockpool > Packages", code="ERR_1002",
         why="a package in the pool is not readable by the job's user",
         path=f"{B}/lockpool/hodei-base_1.0_all.deb"),
    dict(id="apt-ftparchive-pool-missing", tool="apt-ftparchive",
         script="apt-ftparchive packages /nonexistent/pool > Packages", code="ERR_1003",
         why="the directory of packages to index does not exist", path="/nonexistent/pool"),
    dict(id="pt-apt-ftparchive-pool-missing", tool="apt-ftparchive", lang="pt_BR.UTF-8",
         script="apt-ftparchive packages /nonexistent/pool > Packages", code="ERR_1003",
         why="the directory of packages to index does not exist (Portuguese messages)",
         path="/nonexistent/pool"),
    dict(id="apt-ftparchive-conf-missing", tool="apt-ftparchive",
         script="apt-ftparchive generate /nonexistent/apt-ftparchive.conf", code="ERR_1003",
         why="the configuration file to generate from does not exist",
         path="/nonexistent/apt-ftparchive.conf"),
    dict(id="es-apt-ftparchive-conf-missing", tool="apt-ftparchive", lang="es_ES.UTF-8",
         script="apt-ftparchive generate /nonexistent/apt-ftparchive.conf", code="ERR_1003",
         why="the configuration file to generate from does not exist (Spanish messages)",
         path="/nonexistent/apt-ftparchive.conf"),
    # --- equivs-build ---------------------------------------------------------------------
    dict(id="equivs-build-ctl-missing", tool="equivs-build",
         script="equivs-build /nonexistent/hodei-build-deps.ctl", code="ERR_1003",
         why="the control file to build from does not exist",
         path="/nonexistent/hodei-build-deps.ctl"),
    dict(id="neg-equivs-build-syntax", tool="equivs-build", script=f"equivs-build {B}/bad.ctl",
         code="ERR_1007", why="the control file has a syntax error: bad input"),
    dict(id="equivs-build-rofs", tool="equivs-build", mount="ro",
         script=f"cd $M && equivs-build {B}/deps.ctl", code="ERR_1012",
         why="its working directory is created in the current directory, a read-only mount"),
    dict(id="equivs-build-full", tool="equivs-build", mount="full",
         script=f"cd $M && equivs-build {B}/deps.ctl", code="ERR_1012",
         why="copying the packaging template fails on a full filesystem"),
    # --- virsh, virt-install, lxc ---------------------------------------------------------
    dict(id="neg-virsh-no-daemon", tool="virsh", script="virsh -c qemu:///system list --all",
         code="ERR_1007", why="libvirtd is not running, so its socket is missing: a service "
                              "that does not answer"),
    dict(id="it-neg-virsh-no-daemon", tool="virsh", lang="it_IT.UTF-8",
         script="virsh -c qemu:///system list --all", code="ERR_1007",
         why="libvirtd is not running, so its socket is missing (Italian messages)"),
    dict(id="virsh-define-missing", tool="virsh",
         script="virsh -c test:///default define /nonexistent/vm/hodei-web.xml", code="ERR_1003",
         why="the domain XML to define does not exist", path="/nonexistent/vm/hodei-web.xml"),
    dict(id="fr-virsh-define-missing", tool="virsh", lang="fr_FR.UTF-8",
         script="virsh -c test:///default define /nonexistent/vm/hodei-web.xml", code="ERR_1003",
         why="the domain XML to define does not exist (French messages)",
         path="/nonexistent/vm/hodei-web.xml"),
    dict(id="neg-virsh-domain-unknown", tool="virsh",
         script="virsh -c test:///default start hodei-web", code="ERR_1007",
         why="no domain of that name exists: an unknown name in the tool's own world"),
    dict(id="de-neg-virsh-domain-unknown", tool="virsh", lang="de_DE.UTF-8",
         script="virsh -c test:///default start hodei-web", code="ERR_1007",
         why="no domain of that name exists (German messages)"),
    dict(id="neg-virsh-define-bad-xml", tool="virsh",
         script=f"virsh -c test:///default define {B}/bad.xml", code="ERR_1007",
         why="the domain XML is malformed: bad input data"),
    dict(id="virsh-define-eacces", tool="virsh", user=NOBODY,
         script=f"virsh -c test:///default define {B}/locked/vm.xml", code="ERR_1002",
         why="the domain XML is in a directory the job's user cannot enter",
         path=f"{B}/locked/vm.xml"),
    dict(id="virsh-save-rofs", tool="virsh", mount="ro",
         script="virsh -c test:///default save test $M/test.save", code="ERR_1012",
         why="the domain's saved state is written to a read-only mount", path="$M/test.save"),
    dict(id="virsh-save-full", tool="virsh", mount="full",
         script="virsh -c test:///default save test $M/test.save", code="ERR_1012",
         why="writing the domain's saved state hits a full filesystem", path="$M/test.save"),
    dict(id="virt-install-cdrom-missing", tool="virt-install",
         script="virt-install --connect test:///default --name hodei-web --memory 512 "
                "--cdrom /nonexistent/debian-12-netinst.iso --osinfo generic --disk none "
                "--noautoconsole",
         code="ERR_1003", why="the installation ISO does not exist",
         path="/nonexistent/debian-12-netinst.iso"),
    dict(id="neg-virt-install-no-daemon", tool="virt-install",
         script="virt-install --connect qemu:///system --name hodei-web --memory 512 "
                "--disk none --import --osinfo generic --noautoconsole",
         code="ERR_1007", why="libvirtd is not running: a service that does not answer"),
    dict(id="neg-virt-install-unknown-os", tool="virt-install",
         script="virt-install --connect test:///default --name hodei-web --memory 512 "
                "--cdrom /etc/hostname --osinfo debian12 --disk none --noautoconsole",
         code="ERR_1007", why="the OS name is unknown to the installer's database: the job's "
                              "own mistake"),
    dict(id="lxc-template-cmd-missing", tool="lxc-create",
         script=f"lxc-create -n web -t {B}/lxc-hodei -P $PWD/lxc", code="ERR_1001",
         why="the container template runs a program that is not installed",
         command="hodei-rootfs-fetch"),
    dict(id="neg-lxc-start-no-config", tool="lxc-start",
         script="lxc-start -n hodei-web -P $PWD", code="ERR_1007",
         why="no container of that name exists: an unknown name in the tool's own world"),
    # --- kubectl --------------------------------------------------------------------------
    dict(id="kubectl-manifest-missing", tool="kubectl",
         script="kubectl apply -f /nonexistent/k8s/deployment.yaml", code="ERR_1003",
         why="the manifest to apply does not exist", path="/nonexistent/k8s/deployment.yaml"),
    dict(id="kubectl-kubeconfig-missing", tool="kubectl",
         script="kubectl --kubeconfig /nonexistent/kubeconfig get pods", code="ERR_1003",
         why="the kubeconfig named on the command line does not exist",
         path="/nonexistent/kubeconfig"),
    dict(id="neg-kubectl-refused", tool="kubectl", script=f"{KC}/kc-refused.yaml get pods",
         code="ERR_1007", why="the API server does not answer (connection refused)"),
    dict(id="kubectl-auth-plugin-missing", tool="kubectl", script=f"{KC}/kc-exec.yaml get pods",
         code="ERR_1001", why="the credential plugin the kubeconfig runs is not installed",
         command="hodei-cluster-auth"),
    dict(id="kubectl-auth-plugin-foreign-arch", tool="kubectl",
         script=f"{KC}/kc-arch.yaml get pods", code="ERR_1004",
         why="the credential plugin is a binary for another architecture (exec format error)"),
    dict(id="kubectl-plugin-foreign-arch", tool="kubectl", script="kubectl hodei-report --all",
         env={"PATH": f"{B}/plug:/usr/local/bin:/usr/bin:/bin"}, code="ERR_1004",
         why="the kubectl plugin found on PATH is a binary for another architecture"),
    dict(id="neg-kubectl-unknown-command", tool="kubectl", script="kubectl rollout-status web",
         code="ERR_1007", why="no such kubectl command or plugin: a usage error"),
    dict(id="kubectl-thread-limit", tool="kubectl", user=NOBODY,
         script="ulimit -u 1; kubectl version --client", code="ERR_1004",
         why="under a process limit the Go runtime cannot create a thread"),
    # --- augtool, puppet, cloud-init, cloud-localds ---------------------------------------
    dict(id="augtool-script-missing", tool="augtool",
         script="augtool -f /nonexistent/hosts.augtool", code="ERR_1003",
         why="the command file to run does not exist", path="/nonexistent/hosts.augtool"),
    dict(id="augtool-save-rofs", tool="augtool", mount="ro",
         script="printf 'set /files/existing.txt/1 changed\\nsave\\nerrors\\n' | "
                "augtool -r $M -t 'Simplelines incl /existing.txt' 1>&2",
         code="ERR_1012", why="saving the changed file fails on a read-only mount"),
    dict(id="neg-augtool-put-failed", tool="augtool",
         script=f"cp -r {B}/augroot root && printf 'set /files/etc/hosts/01/ipaddr 10.0.0.5\\n"
                "save\\nerrors\\n' | augtool -r root 1>&2",
         code="ERR_1007", why="the edited tree does not fit the hosts lens (an entry without "
                              "a name): the job's own bad change"),
    dict(id="puppet-manifest-missing", tool="puppet",
         script="puppet apply /nonexistent/manifests/site.pp", code="ERR_1003",
         why="the manifest to apply does not exist", path="/nonexistent/manifests/site.pp"),
    dict(id="neg-puppet-parser-syntax", tool="puppet",
         script=f"puppet parser validate {B}/bad.pp", code="ERR_1007",
         why="the manifest has a syntax error"),
    dict(id="puppet-exec-cmd-missing", tool="puppet", user=NOBODY,
         script=f"export HOME=$PWD; puppet apply --detailed-exitcodes {B}/exec.pp", code="ERR_1001",
         why="an exec resource runs a program that is not installed",
         command="hodei-cache-warm"),
    dict(id="puppet-file-rofs", tool="puppet", user=NOBODY, mount="ro",
         script="printf 'file { \"%s/app.conf\":\\n  ensure  => file,\\n  content => \"listen 8080\\\\n\",\\n}\\n' "
                "\"$M\" > site.pp; export HOME=$PWD; puppet apply --detailed-exitcodes site.pp",
         code="ERR_1012", why="the managed file is on a read-only mount"),
    dict(id="puppet-file-source-missing", tool="puppet", user=NOBODY,
         script="printf 'file { \"%s/app.conf\":\\n  ensure => file,\\n  source => \"/nonexistent/files/app.conf\",\\n}\\n' "
                "\"$PWD\" > site.pp; export HOME=$PWD; puppet apply --detailed-exitcodes site.pp",
         code="ERR_1003", why="the file resource's source file does not exist",
         path="/nonexistent/files/app.conf", miss="Puppet's 'Could not retrieve information from environment production source(s) file:///x' gives no OS words for a missing source"),
    dict(id="cloud-init-schema-missing", tool="cloud-init",
         script="cloud-init schema --config-file /nonexistent/seed/user-data", code="ERR_1003",
         why="the user-data file to validate does not exist", path="/nonexistent/seed/user-data"),
    dict(id="neg-cloud-init-schema-yaml", tool="cloud-init",
         script=f"cloud-init schema --config-file {B}/ud-bad.yaml", code="ERR_1007",
         why="the user-data is not valid YAML"),
    dict(id="neg-cloud-init-schema-types", tool="cloud-init",
         script=f"cloud-init schema --config-file {B}/ud-invalid.yaml", code="ERR_1007",
         why="the user-data does not match the schema: bad input"),
    dict(id="cloud-localds-user-data-missing", tool="cloud-localds",
         script="cloud-localds seed.img /nonexistent/seed/user-data", code="ERR_1003",
         why="the user-data to put on the seed image does not exist",
         path="/nonexistent/seed/user-data"),
    dict(id="cloud-localds-rofs", tool="cloud-localds", mount="ro",
         script=f"cloud-localds $M/seed.img {B}/user-data", code="ERR_1012",
         why="the seed image is written to a read-only mount", path="$M/seed.img"),
    dict(id="cloud-localds-eacces", tool="cloud-localds", user=NOBODY,
         script=f"cloud-localds {RD}/seed.img {B}/user-data", code="ERR_1002",
         why="the seed image's directory is not writable by the job's user",
         path=f"{RD}/seed.img"),
    # --- qemu-system ----------------------------------------------------------------------
    dict(id="qemu-disk-missing", tool="qemu-system-x86_64",
         script=f"{Q} -drive file=/nonexistent/images/web.qcow2,format=qcow2", code="ERR_1003",
         why="the disk image does not exist", path="/nonexistent/images/web.qcow2"),
    dict(id="qemu-kernel-missing", tool="qemu-system-x86_64",
         script=f"{Q} -kernel /nonexistent/boot/vmlinuz -append console=ttyS0", code="ERR_1003",
         why="the kernel to boot does not exist", path="/nonexistent/boot/vmlinuz"),
    dict(id="qemu-disk-eacces", tool="qemu-system-x86_64", user=NOBODY,
         script=f"{Q} -drive file={B}/locked/disk.qcow2,format=qcow2", code="ERR_1002",
         why="the disk image is in a directory the job's user cannot enter",
         path=f"{B}/locked/disk.qcow2"),
    dict(id="neg-qemu-not-qcow2", tool="qemu-system-x86_64",
         script=f"{Q} -drive file={B}/notqcow.img,format=qcow2", code="ERR_1007",
         why="the image is not in the format the job declared: bad input"),
    dict(id="neg-qemu-machine-unknown", tool="qemu-system-x86_64",
         script=f"{Q} -machine hodei-board", code="ERR_1007",
         why="unknown machine type: a usage error"),
    dict(id="qemu-snapshot-inodes", tool="qemu-system-x86_64", mount="inodes",
         script=f"touch $M/a $M/b; TMPDIR=$M {Q} -drive file={B}/disk.qcow2,format=qcow2 -snapshot",
         code="ERR_1012", why="the snapshot overlay cannot be created: the temporary "
                              "filesystem has no inodes left"),
    # --- mkosi, sos, debootstrap, mmdebstrap ----------------------------------------------
    dict(id="mkosi-nonroot", tool="mkosi", user=NOBODY, script="mkosi build",
         code="ERR_1002", why="building an image needs root privileges"),
    dict(id="mkosi-dir-missing", tool="mkosi", script="mkosi -C /nonexistent/image build",
         code="ERR_1003", why="the image's project directory does not exist",
         path="/nonexistent/image"),
    dict(id="neg-mkosi-bad-distribution", tool="mkosi", script=f"cp -r {B}/mk/. . && mkosi build",
         code="ERR_1007", why="the configuration names a distribution mkosi does not know"),
    dict(id="sos-report-nonroot", tool="sos", user=NOBODY, script="sos report --batch 1>&2",
         code="ERR_1002", why="collecting a report needs root privileges"),
    dict(id="debootstrap-nonroot", tool="debootstrap", user=NOBODY,
         script=f"debootstrap --no-check-gpg bookworm rootfs file://{B}/repo 1>&2", code="ERR_1002",
         why="debootstrap needs root privileges"),
    dict(id="neg-debootstrap-unknown-suite", tool="debootstrap",
         script=f"debootstrap --no-check-gpg hodei-stable rootfs file://{B}/repo 1>&2",
         code="ERR_1007", why="debootstrap has no script for that suite name: an unknown name "
                              "in the tool's own world"),
    dict(id="neg-debootstrap-missing-debs", tool="debootstrap",
         script=f"debootstrap --no-check-gpg bookworm rootfs file://{B}/repo 1>&2", code="ERR_1007",
         why="the mirror lacks required packages: the job's repository is incomplete"),
    dict(id="debootstrap-target-rofs", tool="debootstrap", mount="ro",
         script=f"debootstrap --no-check-gpg bookworm $M/rootfs file://{B}/repo 1>&2", code="ERR_1012",
         why="the target directory is on a read-only mount", path="$M/rootfs"),
    dict(id="mmdebstrap-hook-cmd-missing", tool="mmdebstrap",
         script=f"{MM} --setup-hook='hodei-prep \"$1\"' bookworm rootfs.tar {SRC}",
         code="ERR_1001", why="the setup hook runs a program that is not installed",
         command="hodei-prep"),
    dict(id="mmdebstrap-output-rofs", tool="mmdebstrap", mount="ro",
         script=f"{MM} bookworm $M/rootfs.tar {SRC}", code="ERR_1012",
         why="the image tarball is written to a read-only mount", path="$M/rootfs.tar"),
]
