"""Sealed batch 4: version control, container images, configuration checkers, runtimes, Python
linters, documentation builders and system administration tools.

``FIXTURES`` runs in ``$HODEI_CORPUS_ROOT/batch4``; ``CASES`` are the keyword arguments of
``generate.c``. Labels say what happened and what a person reading the output would call it.
"""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (81.6% of codes, 62/76), then worked on."""
B = f"{R}/batch4"          # this batch's fixtures
L = f"{R}/locked"          # root-only directory
RD = f"{R}/rootdir"        # root-owned directory others cannot write into
NOBODY = "nobody"
AP = "ansible-playbook -c local -i localhost,"
ENV = {"ANSIBLE_NOCOLOR": "1"}

FIXTURES = r"""
B=$PWD
RD=$(dirname "$PWD")/rootdir
export HOME=$B
# --- subversion and mercurial
rm -rf svnrepo hgrepo
svnadmin create svnrepo
svn mkdir -q -m init "file://$B/svnrepo/trunk"
hg init hgrepo
echo 'v1' > hgrepo/VERSION
hg -R hgrepo add -q hgrepo/VERSION
hg -R hgrepo commit -q -u ci -m 'first release'
# --- an OCI image layout by hand (one uncompressed layer of 200k incompressible bytes)
rm -rf oci lay && mkdir -p oci/blobs/sha256 lay
head -c 200000 /dev/zero | openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f \
  -iv 00000000000000000000000000000000 -nosalt > lay/data.bin
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf layer.tar -C lay .
L1=$(sha256sum layer.tar | cut -d' ' -f1); LS=$(stat -c %s layer.tar); mv layer.tar oci/blobs/sha256/$L1
printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' $L1 > cfg
C1=$(sha256sum cfg | cut -d' ' -f1); CS=$(stat -c %s cfg); mv cfg oci/blobs/sha256/$C1
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:%s","size":%s}]}' $C1 $CS $L1 $LS > man
M1=$(sha256sum man | cut -d' ' -f1); MS=$(stat -c %s man); mv man oci/blobs/sha256/$M1
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"1.0"}}]}' $M1 $MS > oci/index.json
echo '{"imageLayoutVersion":"1.0.0"}' > oci/oci-layout
rm -rf lay
# --- a binary for another architecture (aarch64's machine number in an x86-64 ELF)
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
mkdir -p emptyroot
# --- ansible playbooks
mkdir -p pb
cat > pb/reload.yml <<'EOF'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: reload the service
      command: hodei-reload --now
EOF
cat > pb/notes.yml <<'EOF'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: check the release notes
      fail:
        msg: "release notes not found for 2.4.0"
EOF
cat > pb/agent.yml <<EOF
- hosts: localhost
  gather_facts: false
  tasks:
    - name: run the agent
      command: $B/foreign --check
EOF
cat > pb/ping.yml <<'EOF'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: say hello
      command: echo hello
EOF
# --- nginx and haproxy configurations
mkdir -p ng hp
printf 'events {}\nhttp { include /nonexistent/sites/app.conf; }\n' > ng/include.conf
printf 'events {}\nhttp { upstream app { server app.invalid:8080; } server { listen 8080; location / { proxy_pass http://app; } } }\n' > ng/upstream.conf
printf 'pid %s/nginx.pid;\nevents {}\nhttp { access_log off; server { listen 127.0.0.1:18080; } }\n' "$RD" > ng/pid.conf
HPD='defaults\n  mode http\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\n'
printf "$HPD"'frontend web\n  bind 127.0.0.1:18081\n  default_backend app\n' > hp/nobackend.cfg
printf "$HPD"'frontend web\n  bind 127.0.0.1:18443 ssl crt /nonexistent/tls/site.pem\n  default_backend app\nbackend app\n  server a1 127.0.0.1:9\n' > hp/tls.cfg
# --- keys, tables, scripts
rm -f deploy_key deploy_key.pub
ssh-keygen -q -t ed25519 -N good -C ci -f deploy_key
printf 'region,amount\nnorth,10\nsouth,20\n' > sales.csv
mkdir -p erl
printf '#!/usr/bin/env escript\nmain(_) ->\n    P = open_port({spawn_executable, "/usr/local/bin/hodei-agent"}, [exit_status]),\n    receive {P, {exit_status, S}} -> halt(S) end.\n' > erl/agent.escript
mkdir -p ml
printf 'let () = exit (Sys.command "hodei-gen --all")\n' > ml/gen.ml
printf 'let () = Unix.execv "%s/foreign" [|"foreign"|]\n' "$B" > ml/foreign.ml
printf 'open Hodei_lib\nlet () = ()\n' > ml/unbound.ml
# --- python linters and formatters
mkdir -p py
printf 'import os\ndef total( items ):\n  return sum(items) + missing_offset\n' > py/app.py
printf 'def broken(:\n    pass\n' > py/syntax.py
printf 'x = {  "a":1 }\n' > "$RD/settings.py"; chmod 644 "$RD/settings.py"
mkdir -p tox-missing
printf '[tox]\nskipsdist = true\n[testenv]\nskip_install = true\nallowlist_externals = hodei-test\ncommands = hodei-test --all\n' > tox-missing/tox.ini
# --- documentation
mkdir -p docs-noconf docs-warn
printf 'Demo\n====\n' > docs-noconf/index.rst
printf 'project = "demo"\n' > docs-warn/conf.py
printf 'Demo\n====\n\n.. toctree::\n\n   install\n' > docs-warn/index.rst
mkdir -p dox/include
printf '/** @file */\n/** Adds two numbers.\n * @param count how many\n */\nint add(int a, int b);\n' > dox/include/add.h
printf 'QUIET = YES\nHAVE_DOT = NO\nWARN_AS_ERROR = YES\nINPUT = %s/dox/include\nOUTPUT_DIRECTORY = apidocs\nGENERATE_LATEX = NO\n' "$B" > dox/Doxyfile.params
# --- system administration
printf '61 * * * * /usr/local/bin/backup\n' > bad.cron
head -c 1048576 /dev/zero > zero.img
mkdir -p iso && head -c 200000 /dev/zero | openssl enc -aes-128-ctr -K 0f0e0d0c0b0a09080706050403020100 \
  -iv 00000000000000000000000000000000 -nosalt > iso/payload.bin
chmod -R a+rX .
"""

CASES = [
    # --- subversion -----------------------------------------------------------------------
    dict(id="svn-add-missing", tool="svn",
         script=f"svn co -q file://{B}/svnrepo/trunk wc && cd wc && svn add main.c",
         code="ERR_1003", why="the file to put under version control does not exist",
         path=f"{R}/w/svn-add-missing/wc/main.c"),
    dict(id="svn-checkout-enospc", tool="svn",
         script=f"svn co -q file://{B}/svnrepo/trunk $M/wc", code="ERR_1012", mount="full",
         why="the working copy is checked out onto a full filesystem",
         miss="Subversion ends its report of the full disk with the SQL statement it was running when the write failed, which reads as output"),
    dict(id="svnadmin-create-inodes", tool="svnadmin", script="svnadmin create $M/repo",
         code="ERR_1012", mount="inodes",
         why="the filesystem has no inodes left for the repository's files"),
    dict(id="neg-svn-cat-path-not-found", tool="svn",
         script=f"svn cat file://{B}/svnrepo/trunk/CHANGES.txt", code="ERR_1007",
         why="the path is not in the repository: a name inside svn's own world, not a file "
             "of the job"),
    dict(id="de-svn-add-missing", tool="svn",
         script=f"svn co -q file://{B}/svnrepo/trunk wc && cd wc && svn add main.c",
         code="ERR_1003", lang="de_DE.UTF-8",
         why="the file to put under version control does not exist (German messages)",
         path=f"{R}/w/de-svn-add-missing/wc/main.c"),
    # --- mercurial ------------------------------------------------------------------------
    dict(id="hg-hook-not-found", tool="hg",
         script=f"hg clone -q {B}/hgrepo r && cd r && echo v2 > VERSION && "
                "hg commit -u ci -m v2 --config hooks.precommit=hodei-check",
         code="ERR_1001", why="the commit hook runs a program that is not installed",
         command="hodei-check"),
    dict(id="hg-clone-rofs", tool="hg", script=f"hg clone -q {B}/hgrepo $M/repo",
         code="ERR_1012", mount="ro", why="the clone goes to a read-only mount"),
    dict(id="neg-hg-no-repo", tool="hg", script="hg status", code="ERR_1007",
         why="the job runs hg outside a repository ('.hg not found'): its own mistake"),
    dict(id="de-neg-hg-unknown-revision", tool="hg",
         script=f"hg -R {B}/hgrepo update release_9", code="ERR_1007", lang="de_DE.UTF-8",
         why="the revision does not exist (German messages)"),
    # --- container images -----------------------------------------------------------------
    dict(id="skopeo-archive-missing", tool="skopeo",
         script="skopeo inspect docker-archive:/nonexistent/app-image.tar", code="ERR_1003",
         why="the image archive to inspect does not exist", path="/nonexistent/app-image.tar"),
    dict(id="skopeo-copy-enospc", tool="skopeo",
         script=f"skopeo copy -q oci:{B}/oci:1.0 dir:$M/img", code="ERR_1012", mount="full",
         why="the image is copied onto a full filesystem"),
    dict(id="neg-skopeo-registry-refused", tool="skopeo",
         script="skopeo inspect --retry-times 0 docker://127.0.0.1:9/app:1", code="ERR_1007",
         why="no registry listens: a service problem"),
    dict(id="buildah-no-containerfile", tool="buildah", script="buildah build -q .",
         code="ERR_1003", why="there is no Containerfile or Dockerfile in the build context"),
    # --- ansible --------------------------------------------------------------------------
    dict(id="ansible-command-not-found", tool="ansible-playbook",
         script=f"{AP} {B}/pb/reload.yml 1>&2", env=ENV, code="ERR_1001",
         why="the task runs a program that is not installed", command="hodei-reload"),
    dict(id="ansible-exec-format", tool="ansible-playbook",
         script=f"{AP} {B}/pb/agent.yml 1>&2", env=ENV, code="ERR_1004",
         why="the task runs a binary built for another architecture: the OS cannot start it"),
    dict(id="ansible-fork-eagain", tool="ansible-playbook",
         script=f"ulimit -u 1; export HOME=$PWD; exec {AP} {B}/pb/ping.yml 1>&2", code="ERR_1004", env=ENV,
         user=NOBODY, why="the process limit forbids the processes ansible starts"),
    dict(id="neg-ansible-fail-task", tool="ansible-playbook",
         script=f"{AP} {B}/pb/notes.yml 1>&2", env=ENV, code="ERR_1007",
         why="the playbook's own fail task, whatever words its message uses"),
    # --- nginx and haproxy ----------------------------------------------------------------
    dict(id="nginx-include-missing", tool="nginx", script=f"nginx -t -q -c {B}/ng/include.conf",
         code="ERR_1003", why="a file the configuration includes does not exist",
         path="/nonexistent/sites/app.conf"),
    dict(id="nginx-pid-eacces", tool="nginx", script=f"nginx -t -q -e stderr -c {B}/ng/pid.conf",
         code="ERR_1002", user=NOBODY,
         why="the pid file is in a directory the job's user may not write",
         path=f"{RD}/nginx.pid"),
    dict(id="neg-nginx-upstream-host", tool="nginx",
         script=f"nginx -t -q -c {B}/ng/upstream.conf", code="ERR_1007",
         why="the upstream's host name does not resolve ('host not found'): a DNS problem"),
    dict(id="haproxy-cert-missing", tool="haproxy", script=f"haproxy -c -f {B}/hp/tls.cfg",
         code="ERR_1003", why="the certificate the bind line names does not exist",
         path="/nonexistent/tls/site.pem"),
    dict(id="neg-haproxy-no-backend", tool="haproxy", script=f"haproxy -c -f {B}/hp/nobackend.cfg",
         code="ERR_1007", why="the configuration names a backend it never defines"),
    # --- ssh-keygen -----------------------------------------------------------------------
    dict(id="ssh-keygen-save-eacces", tool="ssh-keygen",
         script=f"ssh-keygen -q -t ed25519 -N '' -f {RD}/id_ed25519", code="ERR_1002",
         user=NOBODY, why="the key is saved into a directory the job's user may not write",
         path=f"{RD}/id_ed25519"),
    dict(id="ssh-keygen-save-rofs", tool="ssh-keygen",
         script="ssh-keygen -q -t ed25519 -N '' -f $M/id_ed25519", code="ERR_1012", mount="ro",
         why="the key is saved onto a read-only mount", path="$M/id_ed25519"),
    dict(id="neg-ssh-keygen-passphrase", tool="ssh-keygen",
         script=f"cp {B}/deploy_key k && chmod 600 k && ssh-keygen -y -P wrong -f k",
         code="ERR_1007", why="a wrong passphrase: the job's own input is wrong"),
    # --- messaging clients, against nothing ------------------------------------------------
    dict(id="neg-mosquitto-refused", tool="mosquitto_pub",
         script="mosquitto_pub -h 127.0.0.1 -p 9 -t ci/status -m ok", code="ERR_1007",
         why="no broker listens"),
    dict(id="kcat-config-missing", tool="kcat", script="kcat -F /nonexistent/kcat.conf -L",
         code="ERR_1003", why="the configuration file named with -F does not exist",
         path="/nonexistent/kcat.conf"),
    # --- miller ---------------------------------------------------------------------------
    dict(id="mlr-input-missing", tool="mlr", script="mlr --icsv --ojson cat /nonexistent/sales.csv",
         code="ERR_1003", why="the input file does not exist", path="/nonexistent/sales.csv"),
    dict(id="mlr-inplace-rofs", tool="mlr", script="mlr -I --inidx --ifs ' ' cat $M/existing.txt",
         code="ERR_1012", mount="ro", why="the file edited in place is on a read-only mount"),
    dict(id="neg-mlr-verb-not-found", tool="mlr",
         script=f"mlr --icsv --ojson summarise {B}/sales.csv", code="ERR_1007",
         why="an unknown verb: a usage error, not a missing program"),
    # --- postgresql and mysql clients ------------------------------------------------------
    dict(id="es-pg-restore-input-missing", tool="pg_restore",
         script="pg_restore -l /nonexistent/appdb.dump", code="ERR_1003", lang="es_ES.UTF-8",
         why="the archive to restore does not exist (Spanish messages)",
         path="/nonexistent/appdb.dump"),
    dict(id="pt-pg-restore-input-missing", tool="pg_restore",
         script="pg_restore -l /nonexistent/appdb.dump", code="ERR_1003", lang="pt_BR.UTF-8",
         why="the archive to restore does not exist (Portuguese messages)",
         path="/nonexistent/appdb.dump"),
    dict(id="pg-dump-dir-eacces", tool="pg_dump",
         script=f"pg_dump -Fd -f {RD}/appdb -h 127.0.0.1 -p 9 appdb", code="ERR_1002",
         user=NOBODY, why="the dump directory cannot be created by the job's user",
         path=f"{RD}/appdb"),
    dict(id="neg-pg-dump-socket-missing", tool="pg_dump",
         script="pg_dump -h /nonexistent/run -U app appdb", code="ERR_1007",
         why="no server runs, so its socket is missing"),
    dict(id="mysqldump-result-dir-missing", tool="mysqldump",
         script="mysqldump --no-defaults -r /nonexistent/backups/app.sql -h 127.0.0.1 -P 9 app",
         code="ERR_1003", why="the result file's directory does not exist",
         path="/nonexistent/backups/app.sql"),
    # --- erlang and elixir ----------------------------------------------------------------
    dict(id="escript-port-enoent", tool="escript", script=f"escript {B}/erl/agent.escript",
         code="ERR_1001", why="the program the script starts as a port is not installed",
         command="/usr/local/bin/hodei-agent",
         miss="the code is right (exit 127); the program is named only inside Erlang's error term above its call stack"),
    dict(id="erl-fork-eagain", tool="erl", script="ulimit -u 1; exec erl -noshell -eval 'halt(0)'",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the processes erl starts"),
    dict(id="elixir-read-eacces", tool="elixir",
         script=f"elixir -e 'File.read!(\"{L}/secret.txt\")'", code="ERR_1002", user=NOBODY,
         why="the file cannot be read by the job's user", path=f"{L}/secret.txt"),
    dict(id="elixir-write-rofs", tool="elixir",
         script="elixir -e 'File.write!(\"'$M'/cache.bin\", \"x\")'", code="ERR_1012",
         mount="ro", why="the output file is on a read-only mount", path="$M/cache.bin"),
    dict(id="neg-elixir-raise", tool="elixir",
         script="elixir -e 'raise \"user not found: deploy\"'", code="ERR_1007",
         why="the script's own exception, whatever words it uses"),
    # --- ocaml ----------------------------------------------------------------------------
    dict(id="ocaml-sys-command-not-found", tool="ocaml", script=f"ocaml {B}/ml/gen.ml",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-gen"),
    dict(id="ocaml-exec-format", tool="ocaml", script=f"ocaml unix.cma {B}/ml/foreign.ml",
         code="ERR_1004", why="the program the script executes is built for another "
                             "architecture (ENOEXEC)"),
    dict(id="neg-ocamlc-unbound-module", tool="ocamlc",
         script=f"cp {B}/ml/unbound.ml . && ocamlc -c unbound.ml", code="ERR_1007",
         why="a library module the source needs is missing: a dependency problem"),
    # --- R --------------------------------------------------------------------------------
    dict(id="rscript-read-csv-enoent", tool="Rscript",
         script="Rscript -e 'd <- read.csv(\"/nonexistent/sales.csv\")'", code="ERR_1003",
         why="the data file the script reads does not exist", path="/nonexistent/sales.csv"),
    dict(id="it-rscript-read-csv-enoent", tool="Rscript",
         script="Rscript -e 'd <- read.csv(\"/nonexistent/vendite.csv\")'", code="ERR_1003",
         lang="it_IT.UTF-8", why="the data file does not exist (Italian messages)",
         path="/nonexistent/vendite.csv"),
    dict(id="rscript-system2-not-found", tool="Rscript",
         script="Rscript -e 'quit(status = system2(\"hodei-render\", \"report.Rmd\"))'",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-render"),
    dict(id="rscript-fork-eagain", tool="Rscript", script="ulimit -u 1; exec Rscript -e 'x <- 1'",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the processes R starts"),
    dict(id="neg-rscript-no-package", tool="Rscript", script="Rscript -e 'library(hodeiplots)'",
         code="ERR_1007", why="a missing R package: a dependency of the script"),
    # --- python linters, formatters, tox ---------------------------------------------------
    dict(id="flake8-config-missing", tool="flake8",
         script=f"flake8 --config /nonexistent/setup.cfg {B}/py/syntax.py 1>&2", code="ERR_1003",
         why="the configuration file named with --config does not exist",
         path="/nonexistent/setup.cfg"),
    dict(id="neg-flake8-findings", tool="flake8", script=f"flake8 {B}/py/app.py 1>&2",
         code="ERR_1007", why="the linter found problems in the code: a failed check"),
    dict(id="black-eacces", tool="black", script=f"black -q {RD}/settings.py", code="ERR_1002",
         user=NOBODY, why="the file to reformat is not writable by the job's user",
         path=f"{RD}/settings.py"),
    dict(id="neg-black-check", tool="black", script=f"black --check {B}/py/app.py",
         code="ERR_1007", why="the file would be reformatted: a failed check"),
    dict(id="tox-cmd-not-found", tool="tox", script=f"cp {B}/tox-missing/tox.ini . && tox -q 1>&2",
         code="ERR_1001", why="the test command in tox.ini is not installed",
         command="hodei-test"),
    dict(id="neg-tox-unknown-env", tool="tox",
         script=f"cp {B}/tox-missing/tox.ini . && tox -q -e lint 1>&2", code="ERR_1007",
         why="an environment tox.ini does not define: an unknown name"),
    # --- documentation --------------------------------------------------------------------
    dict(id="sphinx-no-conf", tool="sphinx-build", script=f"sphinx-build -q {B}/docs-noconf out",
         code="ERR_1003", why="the source directory has no conf.py: the project file is missing"),
    dict(id="neg-sphinx-warning-error", tool="sphinx-build",
         script=f"sphinx-build -q -W {B}/docs-warn out", code="ERR_1007",
         why="a warning about a missing document in the toctree, made an error by -W: the "
             "project's own docs are wrong"),
    dict(id="neg-doxygen-param-warning", tool="doxygen", script=f"doxygen {B}/dox/Doxyfile.params",
         code="ERR_1007", why="a documented parameter does not exist, a warning made an error: "
                             "the project's own docs are wrong"),
    # --- cron, flock, setpriv, chroot ------------------------------------------------------
    dict(id="crontab-file-missing", tool="crontab", script="crontab /nonexistent/jobs.cron",
         code="ERR_1003", why="the crontab file to install does not exist",
         path="/nonexistent/jobs.cron"),
    dict(id="neg-crontab-bad-minute", tool="crontab", script=f"crontab {B}/bad.cron",
         code="ERR_1007", user=NOBODY, why="an invalid minute field in the crontab: bad input"),
    dict(id="flock-lock-eacces", tool="flock", script=f"flock {RD}/app.lock true",
         code="ERR_1002", user=NOBODY,
         why="the lock file cannot be created by the job's user", path=f"{RD}/app.lock"),
    dict(id="flock-fork-eagain", tool="flock", script="ulimit -u 1; exec flock app.lock true",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the child flock starts"),
    dict(id="neg-flock-busy", tool="flock",
         script="flock app.lock sleep 5 & sleep 1; flock --verbose -n app.lock true; "
                "s=$?; kill %1; exit $s",
         code="ERR_1007", why="another job holds the lock: a busy resource, the job's own "
                             "failure"),
    dict(id="setpriv-eperm", tool="setpriv", script="setpriv --reuid=0 --regid=0 --clear-groups true",
         code="ERR_1002", user=NOBODY, why="the job's user may not change its user id"),
    dict(id="setpriv-cmd-not-found", tool="setpriv", script="setpriv --no-new-privs hodei-job",
         code="ERR_1001", why="the program to run is not installed", command="hodei-job"),
    dict(id="fr-chroot-dir-missing", tool="chroot", script="chroot /nonexistent/rootfs /bin/sh",
         code="ERR_1003", lang="fr_FR.UTF-8",
         why="the new root directory does not exist (French messages)",
         path="/nonexistent/rootfs"),
    dict(id="chroot-cmd-missing", tool="chroot", script=f"chroot {B}/emptyroot /bin/sh",
         code="ERR_1001", why="the new root has no shell: the program to run does not exist",
         command="/bin/sh"),
    # --- filesystems and users --------------------------------------------------------------
    dict(id="mkfs-enospc", tool="mkfs.ext4", script="mkfs.ext4 -q -F $M/disk.img 8M >/dev/null",
         code="ERR_1012", mount="full", why="the image is created on a full filesystem"),
    dict(id="neg-e2fsck-bad-magic", tool="e2fsck", script=f"e2fsck -n {B}/zero.img",
         code="ERR_1007", why="the image holds no ext filesystem: bad input data"),
    dict(id="fr-useradd-eperm", tool="useradd", script="useradd -m deploy", code="ERR_1002",
         user=NOBODY, lang="fr_FR.UTF-8", why="only root may add users (French messages)"),
    dict(id="neg-useradd-no-group", tool="useradd", script="useradd -g deployers deploy",
         code="ERR_1007", why="the group does not exist: an unknown name, not a file"),
    # --- logrotate ------------------------------------------------------------------------
    dict(id="logrotate-postrotate-not-found", tool="logrotate",
         script="mkdir -m 755 logs && echo line > logs/app.log && printf '%s {\\n  rotate 2\\n"
                "  postrotate\\n    hodei-reload app\\n  endscript\\n}\\n' \"$PWD/logs/app.log\" "
                "> lr.conf && "
                "logrotate -f -s state lr.conf",
         code="ERR_1001", why="the postrotate script runs a program that is not installed",
         command="hodei-reload"),
    dict(id="logrotate-state-eacces", tool="logrotate",
         script=f"echo line > app.log && printf '%s {{\\n  rotate 2\\n}}\\n' \"$PWD/app.log\" "
                f"> lr.conf && logrotate -f -s {RD}/logrotate.state lr.conf",
         code="ERR_1002", user=NOBODY,
         why="the state file cannot be created by the job's user",
         path=f"{RD}/logrotate.state"),
    # --- lftp -----------------------------------------------------------------------------
    dict(id="neg-lftp-refused", tool="lftp",
         script="lftp -c 'set net:max-retries 1; open ftp://127.0.0.1:9; ls'", code="ERR_1007",
         why="no FTP server listens"),
    dict(id="lftp-put-missing", tool="lftp",
         script="lftp -c 'set net:max-retries 1; open ftp://127.0.0.1:9; "
                "put /nonexistent/dist/app.tar.gz'",
         code="ERR_1003", why="the local file to upload does not exist",
         path="/nonexistent/dist/app.tar.gz"),
    # --- genisoimage, cabextract -------------------------------------------------------------
    dict(id="genisoimage-enospc", tool="genisoimage",
         script=f"genisoimage -quiet -o $M/out.iso {B}/iso", code="ERR_1012", mount="full",
         why="the image is written onto a full filesystem"),
    dict(id="neg-cabextract-not-cab", tool="cabextract", script="cabextract -q /etc/hostname",
         code="ERR_1007", why="the file is not a cabinet: bad input"),
]
