"""Sealed corpus batch 24: container runtimes, image tools, orchestration and infrastructure tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (83.3% of codes, 75/90), then worked on."""
B = f"{R}/batch24"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
# an executable built for aarch64 (ELF header for EM_AARCH64), which this x86-64 host cannot run
python3 - <<'PY'
import struct
hdr = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
hdr += struct.pack("<HHIQQQIHHHHHH", 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
ph = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 0x200, 0x200, 0x1000)
open("agent-arm64", "wb").write(hdr + ph + b"\x00" * 0x188)
PY
chmod 755 agent-arm64

mkbundle() {  # mkbundle DIR ARG...
  d=$1; shift
  mkdir -p "$d/rootfs"
  (cd "$d" && runc spec)
  python3 - "$d/config.json" "$@" <<'PY'
import json, sys
p = sys.argv[1]
c = json.load(open(p))
c["process"]["terminal"] = False
c["process"]["args"] = sys.argv[2:]
json.dump(c, open(p, "w"), indent=2)
PY
}
mkbundle bundle-noexe /opt/agent/bin/agentd --serve
mkbundle bundle-arm /agent --serve
cp agent-arm64 bundle-arm/rootfs/agent
mkdir -p bundle-badjson/rootfs
printf '{"ociVersion": "1.0.2", "process": {"args": ["/bin/sh",]}\n' > bundle-badjson/config.json

# ansible material
printf 'hodei-vault-pass\n' > vault-pass.txt
printf 'wrong-pass\n' > wrong-pass.txt
printf 'db_password: s3cr3t\napi_token: abc123\n' > vars.yml
cp vars.yml secret.yml
ansible-vault encrypt --vault-password-file vault-pass.txt secret.yml >/dev/null 2>&1
printf 'all:\n  hosts:\n    web1:\n      ansible_host: 127.0.0.1\n   children: [\n' > bad-inventory.yml
printf '[web]\nweb1 ansible_connection=local\n' > hosts.ini
printf -- '- name: deploy\n  hosts: all\n  tasks:\n    - shell: echo hi\n    - command: echo {{ x }}\n      ignore_errors: yes\n' > site.yml
mkdir -p roles-src && printf 'collections:\n  - name: hodei.platform\n    version: ">=1.0.0"\n' > requirements.yml
printf 'collections:\n  - name: [\n' > bad-requirements.yml

# docker-compose material
mkdir -p compose-ok compose-bad compose-private
printf 'services:\n  web:\n    image: nginx:1.25\n    ports:\n      - "8080:80"\n' > compose-ok/docker-compose.yml
printf 'services:\n  web:\n    image: nginx:1.25\n   ports:\n    - "8080:80"\n' > compose-bad/docker-compose.yml
printf 'version: "3.8"\nservices:\n  web:\n    image: nginx\n    ports: 8080\n    healthcheck: yes\n' > compose-ok/invalid-restart.yml
cp compose-ok/docker-compose.yml compose-private/docker-compose.yml

# an OCI image layout for umoci
umoci init --layout oci-img
umoci new --image oci-img:base
printf 'not an oci layout\n' > not-oci.txt

# fuse-overlayfs dirs
mkdir -p ovl/lower ovl/upper ovl/work ovl/merged

# an entry script without execute permission, and a bad compose file for podman-compose
printf '#!/bin/sh\nexec sleep 1\n' > entrypoint.sh
chmod 644 entrypoint.sh
mkdir -p pc-bad && printf 'services:\n  db:\n    image: postgres:15\n   environment:\n  - X=1\n' > pc-bad/compose.yaml

chmod -R a+rX .
chmod 644 entrypoint.sh
chmod 700 compose-private
chmod 600 compose-private/docker-compose.yml
chmod 600 vault-pass.txt
"""

ARM = f"{B}/agent-arm64"

CASES = [
    # --- runc ---------------------------------------------------------------------------
    dict(id="runc-bundle-missing", tool="runc",
         script="runc --root $PWD/state run -b /nonexistent/bundles/web web1",
         code="ERR_1003", path="/nonexistent/bundles/web",
         why="the bundle directory given to the runtime does not exist"),
    dict(id="runc-process-missing", tool="runc",
         script=f"cp -r {B}/bundle-noexe b && runc --root $PWD/state run -b b agent1; rc=$?; "
                "runc --root $PWD/state delete -f agent1 2>/dev/null; exit $rc",
         code="ERR_1001", command="/opt/agent/bin/agentd",
         why="the container's entry program is not present in the root file system"),
    dict(id="runc-exec-format", tool="runc",
         script=f"cp -r {B}/bundle-arm b && runc --root $PWD/state run -b b arm1; rc=$?; "
                "runc --root $PWD/state delete -f arm1 2>/dev/null; exit $rc",
         code="ERR_1004",
         why="the container's entry program is an aarch64 binary the x86-64 host cannot execute"),
    dict(id="neg-runc-bad-config", tool="runc",
         script=f"cp -r {B}/bundle-badjson b && runc --root $PWD/state run -b b bad1",
         code="ERR_1007", why="the bundle's config.json is not valid JSON"),
    dict(id="neg-runc-unknown-container", tool="runc",
         script="runc --root $PWD/state kill web-7f3a SIGTERM",
         code="ERR_1007", why="the named container does not exist in the runtime's state"),
    dict(id="runc-spec-rofs", tool="runc", script="cd $M && runc spec", mount="ro",
         code="ERR_1012", why="the runtime spec is written into a read-only mount"),
    dict(id="runc-spec-eacces", tool="runc", script=f"cd {RD} && runc spec", user="nobody",
         code="ERR_1002", why="the job's user may not create config.json in a root-owned directory"),
    dict(id="runc-spec-enospc", tool="runc", script="cd $M && runc spec --rootless", mount="full",
         code="ERR_1012", why="the disk is full when the runtime spec is written"),
    dict(id="runc-nproc", tool="runc", script="ulimit -u 1; runc --root /tmp/x-$$ list",
         user="nobody", code="ERR_1004",
         why="under a process limit of one the Go runtime cannot start its threads"),
    dict(id="neg-runc-unknown-flag", tool="runc", script="runc run --detached-mode web1",
         code="ERR_1007", why="an option the runtime does not know"),
    # --- crun ---------------------------------------------------------------------------
    dict(id="crun-bundle-missing", tool="crun",
         script="crun --root $PWD/state run -b /nonexistent/bundles/api api1",
         code="ERR_1003", path="/nonexistent/bundles/api",
         why="the bundle directory given to the runtime does not exist"),
    dict(id="crun-spec-rofs", tool="crun", script="cd $M && crun spec", mount="ro",
         code="ERR_1012", why="the runtime spec is written into a read-only mount"),
    dict(id="crun-spec-eacces", tool="crun", script=f"cd {RD} && crun spec", user="nobody",
         code="ERR_1002", why="the job's user may not create config.json in a root-owned directory"),
    dict(id="neg-crun-unknown-container", tool="crun",
         script="crun --root $PWD/state state api-9c1e",
         code="ERR_1007", why="the named container does not exist in the runtime's state", miss='crun reports an unknown container as the missing state file it looked for, which reads as a missing file'),
    dict(id="neg-crun-bad-config", tool="crun",
         script=f"cp -r {B}/bundle-badjson b && crun --root $PWD/state run -b b bad2",
         code="ERR_1007", why="the bundle's config.json is not valid JSON"),
    # --- umoci --------------------------------------------------------------------------
    dict(id="neg-umoci-unknown-tag", tool="umoci",
         script=f"cp -r {B}/oci-img img && umoci unpack --image img:v2.1 bundle",
         code="ERR_1007", why="the image layout holds no such tag"),
    dict(id="neg-umoci-not-layout", tool="umoci",
         script=f"umoci unpack --image {B}/not-oci.txt:latest bundle",
         code="ERR_1007", why="the path given as image is not an OCI image layout", miss='an input that is a file, not an OCI layout directory, is reported as ENOTDIR on a path inside it'),
    dict(id="umoci-init-rofs", tool="umoci", script="umoci init --layout $M/oci", mount="ro",
         code="ERR_1012", why="the image layout is created on a read-only mount"),
    dict(id="umoci-init-eacces", tool="umoci", script=f"umoci init --layout {RD}/oci",
         user="nobody", code="ERR_1002",
         why="the job's user may not create the layout in a root-owned directory"),
    dict(id="umoci-init-enospc", tool="umoci",
         script="umoci init --layout $M/oci && umoci new --image $M/oci:base", mount="full",
         code="ERR_1012", why="the disk is full while the image layout is written"),
    dict(id="umoci-init-inodes", tool="umoci", script="umoci init --layout $M/oci",
         mount="inodes", code="ERR_1012", why="the file system has no inodes left for the layout"),
    dict(id="umoci-unpack-rofs", tool="umoci",
         script=f"umoci unpack --rootless --image {B}/oci-img:base $M/bundle", mount="ro",
         code="ERR_1012", why="the bundle is unpacked onto a read-only mount"),
    dict(id="umoci-nproc", tool="umoci",
         script=f"ulimit -u 1; umoci stat --image {B}/oci-img:base", user="nobody",
         code="ERR_1004", why="under a process limit of one the Go runtime cannot start its threads"),
    # --- ansible-vault ------------------------------------------------------------------
    dict(id="ansible-vault-passfile-missing", tool="ansible-vault",
         script=f"cp {B}/vars.yml . && ansible-vault encrypt --vault-password-file /nonexistent/ci/vault-pass vars.yml",
         code="ERR_1003", path="/nonexistent/ci/vault-pass",
         why="the vault password file does not exist"),
    dict(id="ansible-vault-input-missing", tool="ansible-vault",
         script=f"ansible-vault view --vault-password-file {B}/wrong-pass.txt group_vars/prod/vault.yml",
         code="ERR_1003", path="group_vars/prod/vault.yml",
         why="the vault file to view does not exist"),
    dict(id="neg-ansible-vault-wrong-pass", tool="ansible-vault",
         script=f"ansible-vault decrypt --vault-password-file {B}/wrong-pass.txt --output - {B}/secret.yml",
         code="ERR_1007", why="the vault password is wrong, so decryption fails"),
    dict(id="neg-ansible-vault-not-encrypted", tool="ansible-vault",
         script=f"ansible-vault decrypt --vault-password-file {B}/wrong-pass.txt --output - {B}/vars.yml",
         code="ERR_1007", why="the input file is not vault-encrypted"),
    dict(id="ansible-vault-passfile-eacces", tool="ansible-vault",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ansible-vault view --vault-password-file {B}/vault-pass.txt {B}/secret.yml",
         user="nobody", code="ERR_1002", path=f"{B}/vault-pass.txt",
         why="the job's user may not read the vault password file"),
    dict(id="ansible-vault-output-rofs", tool="ansible-vault",
         script=f"ansible-vault encrypt --vault-password-file {B}/wrong-pass.txt --output $M/vars.yml {B}/vars.yml",
         mount="ro", code="ERR_1012", why="the encrypted file is written to a read-only mount"),
    dict(id="ansible-vault-output-enospc", tool="ansible-vault",
         script=f"ansible-vault encrypt --vault-password-file {B}/wrong-pass.txt --output $M/vars.yml {B}/vars.yml",
         mount="full", code="ERR_1012", why="the disk is full when the encrypted file is written"),
    dict(id="ansible-vault-output-eacces", tool="ansible-vault",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ansible-vault encrypt --vault-password-file {B}/wrong-pass.txt --output {RD}/vars.yml {B}/vars.yml",
         user="nobody", code="ERR_1002",
         why="the job's user may not write into a root-owned directory"),
    # --- ansible-galaxy -----------------------------------------------------------------
    dict(id="ansible-galaxy-requirements-missing", tool="ansible-galaxy",
         script="ansible-galaxy collection install -r /nonexistent/deploy/requirements.yml",
         code="ERR_1003", path="/nonexistent/deploy/requirements.yml",
         why="the requirements file does not exist"),
    dict(id="neg-ansible-galaxy-server-down", tool="ansible-galaxy",
         script=f"ansible-galaxy collection install -r {B}/requirements.yml -p colls -s http://127.0.0.1:9/api/",
         code="ERR_1007", why="the Galaxy server on loopback does not answer"),
    dict(id="neg-ansible-galaxy-bad-requirements", tool="ansible-galaxy",
         script=f"ansible-galaxy collection install -r {B}/bad-requirements.yml -p colls",
         code="ERR_1007", why="the requirements file is not valid YAML"),
    dict(id="ansible-galaxy-init-eacces", tool="ansible-galaxy",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ansible-galaxy role init --init-path {RD} webserver", user="nobody",
         code="ERR_1002", why="the job's user may not create the role in a root-owned directory"),
    dict(id="ansible-galaxy-init-rofs", tool="ansible-galaxy",
         script="ansible-galaxy role init --init-path $M webserver", mount="ro",
         code="ERR_1012", why="the role skeleton is written to a read-only mount"),
    dict(id="ansible-galaxy-init-enospc", tool="ansible-galaxy",
         script="ansible-galaxy collection init --init-path $M hodei.platform", mount="full",
         code="ERR_1012", why="the disk is full while the collection skeleton is written"),
    dict(id="ansible-galaxy-build-no-galaxy-yml", tool="ansible-galaxy",
         script="mkdir -p plugins/modules && ansible-galaxy collection build .",
         code="ERR_1003", why="the collection has no galaxy.yml to build from"),
    dict(id="neg-ansible-galaxy-role-exists", tool="ansible-galaxy",
         script="ansible-galaxy role init webserver >/dev/null && ansible-galaxy role init webserver",
         code="ERR_1007", why="the role directory already exists and --force was not given"),
    # --- ansible-inventory --------------------------------------------------------------
    dict(id="neg-ansible-inventory-bad-yaml", tool="ansible-inventory",
         script=f"ansible-inventory -i {B}/bad-inventory.yml --list",
         code="ERR_1007", env={"ANSIBLE_INVENTORY_UNPARSED_FAILED": "true"},
         why="the inventory file is not valid YAML"),
    dict(id="neg-ansible-inventory-unknown-host", tool="ansible-inventory",
         script=f"ansible-inventory -i {B}/hosts.ini --host db9",
         code="ERR_1007", why="the inventory has no such host"),
    dict(id="ansible-inventory-missing", tool="ansible-inventory",
         script="ansible-inventory -i /nonexistent/inventories/prod.ini --graph",
         env={"ANSIBLE_INVENTORY_UNPARSED_FAILED": "true"},
         code="ERR_1003", path="/nonexistent/inventories/prod.ini",
         why="the inventory file does not exist", miss="Ansible only warns that it is 'unable to parse' the inventory, on a line wrapped in two, and ends with its own 'No inventory was parsed'"),
    dict(id="ansible-inventory-output-rofs", tool="ansible-inventory",
         script=f"ansible-inventory -i {B}/hosts.ini --list --output $M/inventory.json", mount="ro",
         code="ERR_1012", why="the inventory dump is written to a read-only mount"),
    # --- ansible (ad hoc) ---------------------------------------------------------------
    dict(id="ansible-command-missing", tool="ansible",
         script=f"ansible web1 -i {B}/hosts.ini -m command -a 'hodei-migrate --apply' 1>&2",
         code="ERR_1001", command="hodei-migrate",
         why="the command the task runs is not installed on the host"),
    dict(id="ansible-command-exec-format", tool="ansible",
         script=f"ansible web1 -i {B}/hosts.ini -m command -a '{ARM} --version' 1>&2",
         code="ERR_1004", why="the task runs an aarch64 binary the x86-64 host cannot execute"),
    dict(id="de-ansible-shell-cat-enoent", tool="ansible",
         script=f"ansible web1 -i {B}/hosts.ini -m shell -a 'cat /nonexistent/release/VERSION' 1>&2",
         lang="de_DE.UTF-8", code="ERR_1003", path="/nonexistent/release/VERSION",
         why="the file the task reads does not exist (cat reports in German)"),
    dict(id="fr-ansible-shell-mkdir-eacces", tool="ansible",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ansible web1 -i {B}/hosts.ini -m shell -a 'mkdir {RD}/releases' 1>&2",
         lang="fr_FR.UTF-8", user="nobody", code="ERR_1002", path=f"{RD}/releases",
         why="the task's mkdir may not write into a root-owned directory (reported in French)"),
    dict(id="neg-ansible-unknown-module", tool="ansible",
         script=f"ansible web1 -i {B}/hosts.ini -m hodei.platform.deploy 1>&2",
         code="ERR_1007", why="the module named is not installed in the tool's own collections"),
    dict(id="neg-ansible-unknown-connection", tool="ansible",
         script="ansible all -i web9.internal, -c hodeissh -m ping 1>&2",
         code="ERR_1007", why="the connection plugin named does not exist"),
    dict(id="neg-ansible-unreachable", tool="ansible",
         script="ansible all -i 127.0.0.1, -m ping -e ansible_port=9 -e ansible_user=deploy -T 5 1>&2",
         code="ERR_1007", why="the host does not accept SSH connections on the port given"),
    dict(id="ansible-nproc", tool="ansible",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ulimit -u 1; exec ansible web1 -i {B}/hosts.ini -m ping 1>&2", user="nobody",
         code="ERR_1004", why="under a process limit of one the worker process cannot be forked"),
    # --- ansible-lint -------------------------------------------------------------------
    dict(id="neg-ansible-lint-violations", tool="ansible-lint",
         script=f"cp {B}/site.yml . && ansible-lint --offline -p site.yml",
         code="ERR_1007", why="the playbook breaks lint rules"),
    # --- docker-compose -----------------------------------------------------------------
    dict(id="docker-compose-no-file", tool="docker-compose", script="docker-compose up -d",
         code="ERR_1003", why="there is no compose file in the project directory"),
    dict(id="docker-compose-file-missing", tool="docker-compose",
         script="docker-compose -f /nonexistent/stack/docker-compose.prod.yml config",
         code="ERR_1003", path="/nonexistent/stack/docker-compose.prod.yml",
         why="the compose file named with -f does not exist"),
    dict(id="neg-docker-compose-bad-yaml", tool="docker-compose",
         script=f"docker-compose -f {B}/compose-bad/docker-compose.yml config",
         code="ERR_1007", why="the compose file is not valid YAML"),
    dict(id="neg-docker-compose-invalid-value", tool="docker-compose",
         script=f"docker-compose -f {B}/compose-ok/invalid-restart.yml config",
         code="ERR_1007", why="the compose file gives invalid values for ports and healthcheck"),
    dict(id="neg-docker-compose-daemon-down", tool="docker-compose",
         script=f"docker-compose -f {B}/compose-ok/docker-compose.yml ps",
         env={"DOCKER_HOST": "unix:///run/hodei-nodocker.sock"},
         code="ERR_1007", why="the Docker daemon is not running, so its socket is missing"),
    dict(id="docker-compose-file-eacces", tool="docker-compose",
         script=f"docker-compose -f {B}/compose-private/docker-compose.yml config", user="nobody",
         code="ERR_1002", path=f"{B}/compose-private/docker-compose.yml",
         why="the job's user may not read the compose file"),
    # --- systemd-nspawn -----------------------------------------------------------------
    dict(id="systemd-nspawn-root-missing", tool="systemd-nspawn",
         script="systemd-nspawn -D /nonexistent/machines/build01 /bin/true",
         code="ERR_1003", path="/nonexistent/machines/build01",
         why="the container's root directory does not exist"),
    dict(id="systemd-nspawn-not-root", tool="systemd-nspawn",
         script="mkdir -p tree && systemd-nspawn -D tree /bin/true", user="nobody",
         code="ERR_1002", why="the tool needs root and the job's user is not"),
    dict(id="neg-systemd-nspawn-not-os-tree", tool="systemd-nspawn",
         script="mkdir -p tree/etc && systemd-nspawn -D tree -b",
         code="ERR_1007", why="the directory is not an OS tree that can be booted"),
    # --- firejail -----------------------------------------------------------------------
    dict(id="firejail-program-missing", tool="firejail",
         script="firejail --noprofile --quiet hodei-renderer --input a.svg",
         code="ERR_1001", command="hodei-renderer",
         why="the program to run inside the sandbox is not installed"),
    dict(id="firejail-profile-missing", tool="firejail",
         script="firejail --profile=/nonexistent/profiles/worker.profile --quiet true",
         code="ERR_1003", path="/nonexistent/profiles/worker.profile",
         why="the sandbox profile file does not exist"),
    dict(id="neg-firejail-bad-option", tool="firejail",
         script="firejail --noprofile --net=hodei-nosuchbr0 true",
         code="ERR_1007", why="the network bridge named does not exist"),
    # --- fuse-overlayfs -----------------------------------------------------------------
    dict(id="fuse-overlayfs-lower-missing", tool="fuse-overlayfs",
         script=f"cp -r {B}/ovl o && fuse-overlayfs -o lowerdir=/nonexistent/layers/base,upperdir=o/upper,workdir=o/work o/merged",
         code="ERR_1003", path="/nonexistent/layers/base",
         why="the lower layer directory does not exist"),
    dict(id="fuse-overlayfs-upper-missing", tool="fuse-overlayfs",
         script=f"cp -r {B}/ovl o && fuse-overlayfs -o lowerdir=o/lower,upperdir=o/upper-rw,workdir=o/work o/merged",
         code="ERR_1003", path="o/upper-rw", why="the upper layer directory does not exist"),
    dict(id="slirp4netns-ns-eacces", tool="slirp4netns", script="slirp4netns --configure 1 tap0",
         user="nobody", code="ERR_1002", path="/proc/1/ns/net",
         why="the job's user may not open another user's network namespace"),
    dict(id="neg-slirp4netns-usage", tool="slirp4netns", script="slirp4netns --mtu=70000 1 tap0",
         code="ERR_1007", why="the MTU given is out of range"),
    dict(id="newuidmap-not-allowed", tool="newuidmap",
         script="sleep 5 & newuidmap $! 0 100000 65536; rc=$?; kill $!; exit $rc", user="nobody",
         code="ERR_1002", why="the job's user has no subordinate uid range it may map", miss="'uid range ... not allowed' is a refusal in the tool's own words, which no pattern reads as one"),
    dict(id="de-newgidmap-not-allowed", tool="newgidmap",
         script="sleep 5 & newgidmap $! 0 100000 65536; rc=$?; kill $!; exit $rc", user="nobody",
         lang="de_DE.UTF-8", code="ERR_1002",
         why="the job's user has no subordinate gid range it may map", miss="'gid range ... not allowed' is a refusal in the tool's own words, which no pattern reads as one"),
    dict(id="neg-newuidmap-usage", tool="newuidmap", script="newuidmap $$ 0 100000",
         code="ERR_1007", why="the mapping is given with too few numbers"),
    dict(id="neg-conmon-missing-args", tool="conmon",
         script="conmon --cid web1 --runtime /usr/sbin/runc",
         code="ERR_1007", why="a required option is missing"),
    dict(id="conmon-runtime-missing", tool="conmon",
         script="conmon --cid web1 --cuuid 6a1f --runtime /nonexistent/bin/runc -b . -p pid --exit-dir .",
         code="ERR_1001", command="/nonexistent/bin/runc",
         why="the OCI runtime program the monitor spawns is not installed at that path", miss="'Runtime path /x is not valid No such file or directory' names the program as a path, read as a missing file"),
    # --- tini / dumb-init / catatonit ---------------------------------------------------
    dict(id="tini-program-missing", tool="tini", script="tini -s -- hodei-worker --serve",
         code="ERR_1001", command="hodei-worker",
         why="the program the init wrapper should start is not installed", miss="the code is right (status 127); tini's message does not name the program in a shape that is read"),
    dict(id="tini-entry-noexec", tool="tini", script=f"tini -s -- {B}/entrypoint.sh",
         code="ERR_1002", path=f"{B}/entrypoint.sh",
         why="the entry script lacks execute permission"),
    dict(id="neg-tini-bad-option", tool="tini", script="tini -s --grace 10 -- true",
         code="ERR_1007", why="an option the init wrapper does not know"),
    dict(id="es-tini-ls-enoent", tool="tini", script="tini -s -- ls /nonexistent/releases/current",
         lang="es_ES.UTF-8", code="ERR_1003", path="/nonexistent/releases/current",
         why="the directory the wrapped command lists does not exist (ls reports in Spanish)"),
    dict(id="dumb-init-program-missing", tool="dumb-init", script="dumb-init hodei-scheduler --once",
         code="ERR_1001", command="hodei-scheduler",
         why="the program the init wrapper should start is not installed", miss="'[dumb-init] x: No such file or directory' names the program without a path shape, read as a missing file"),
    dict(id="dumb-init-nproc", tool="dumb-init", script="ulimit -u 1; dumb-init true",
         user="nobody", code="ERR_1004",
         why="under a process limit of one the wrapper cannot fork its child"),
    dict(id="neg-dumb-init-bad-rewrite", tool="dumb-init", script="dumb-init --rewrite 15:99 true",
         code="ERR_1007", why="the signal rewrite option is given an invalid signal number"),
    dict(id="catatonit-program-missing", tool="catatonit", script="catatonit -- hodei-agent",
         code="ERR_1001", why="the program the init wrapper should start is not installed"),
    # --- rootlesskit --------------------------------------------------------------------
    dict(id="neg-rootlesskit-unknown-net", tool="rootlesskit", script="rootlesskit --net=hodeinet true",
         code="ERR_1007", why="the network mode named does not exist"),
    # --- podman-compose -----------------------------------------------------------------
    dict(id="podman-compose-file-missing", tool="podman-compose",
         script="podman-compose -f /nonexistent/stack/compose.yaml up -d 1>&2",
         code="ERR_1003", path="/nonexistent/stack/compose.yaml",
         why="the compose file named with -f does not exist"),
    dict(id="podman-compose-no-file", tool="podman-compose", script="podman-compose up -d 1>&2",
         code="ERR_1003", why="there is no compose file in the project directory"),
    dict(id="neg-podman-compose-bad-yaml", tool="podman-compose",
         script=f"cd {B}/pc-bad && podman-compose up -d 1>&2",
         code="ERR_1007", why="the compose file is not valid YAML"),
    # --- criu ---------------------------------------------------------------------------
    dict(id="criu-images-missing", tool="criu", script="criu restore -D /nonexistent/checkpoints/web1",
         code="ERR_1003", path="/nonexistent/checkpoints/web1",
         why="the checkpoint image directory does not exist"),
    dict(id="neg-criu-bad-option", tool="criu", script="criu dump --tree 1 --leave-stopped --shell-jobz",
         code="ERR_1007", why="an option the tool does not know"),
    # --- ansible-pull / more ansible ----------------------------------------------------
    dict(id="neg-ansible-pull-repo-down", tool="ansible-pull",
         script="ansible-pull -U http://127.0.0.1:9/ops.git -d $PWD/checkout local.yml 1>&2",
         code="ERR_1007", why="the git server on loopback does not answer"),
    dict(id="it-ansible-shell-touch-rofs", tool="ansible",
         script=f"ansible web1 -i {B}/hosts.ini -m shell -a 'touch $M/deployed.stamp' 1>&2",
         lang="it_IT.UTF-8", mount="ro", code="ERR_1012",
         why="the task writes to a read-only mount (touch reports in Italian)"),
    dict(id="pt-ansible-shell-cp-eacces", tool="ansible",
         script=f"export HOME=$PWD ANSIBLE_REMOTE_TMP=$PWD/.ansible-tmp; ansible web1 -i {B}/hosts.ini -m shell -a 'cp {L}/secret.txt .' 1>&2",
         lang="pt_BR.UTF-8", user="nobody", code="ERR_1002", path=f"{L}/secret.txt",
         why="the task may not read a file in a root-only directory (cp reports in Portuguese)"),
]
