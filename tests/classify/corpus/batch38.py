"""Sealed batch 38: modern command-line tools written in Rust or Go (ripgrep, fd, bat, hexyl,
hyperfine, b3sum, sd, gojq, fq, exa, lsd, duf, gdu, pup, go-md2man, vivid, mkcert, gh, hub,
direnv, zoxide, tealdeer, sccache, packer, fzf), as Debian bookworm packages them."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.3% of codes, 83/88), then worked on."""
D = f"{R}/batch38"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
mkdir -p tree/src/lib tree/docs pk-cmd pk-bad pk-fail envrc repo
printf 'hello\nworld\n' > a.txt
seq 1 30000 > nums.txt
head -c 300000 /dev/zero | tr '\0' 'a' > big.bin
for f in src/main.rs src/lib/util.rs docs/index.md; do printf 'fn x() {}\n' > tree/$f; done
printf '# Tool\n\nA *small* tool.\n' > README.md
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
printf '#!/bin/sh\necho hi\n' > noexec.sh; chmod 644 noexec.sh
printf 'int main(void) { return 0; }\n' > main.c
printf '{"service": "api", "replicas": 3}\n' > svc.json
printf '<html><body><a href="/x">x</a></body></html>\n' > index.html
printf '2026-12-01T10:00:01 step fetch ok\n2026-12-01T10:00:02 step deploy: open /etc/app/tls.pem: No such file or directory\n2026-12-01T10:00:03 step deploy failed\n' > deploy.log
printf '%s  a.txt\n' 0000000000000000000000000000000000000000000000000000000000000000 > bad.b3
printf '%s  release-1.4.tgz\n' "$(b3sum --no-names a.txt)" > missing.b3
cat > pk-cmd/app.pkr.hcl <<'EOF'
source "null" "ci" {
  communicator = "none"
}
build {
  sources = ["source.null.ci"]
  provisioner "shell-local" {
    inline = ["hodei-deploy --env staging"]
  }
}
EOF
cat > pk-bad/app.pkr.hcl <<'EOF'
source "null" "ci" {
  communicator = "none"
build {
  sources = ["source.null.ci"]
}
EOF
cat > pk-fail/app.pkr.hcl <<'EOF'
source "null" "ci" {
  communicator = "none"
}
build {
  sources = ["source.null.ci"]
  provisioner "shell-local" {
    inline = ["echo 'smoke test: GET /health returned 503, config file not found on target' >&2", "exit 1"]
  }
}
EOF
printf 'export APP_ENV=ci\n' > envrc/.envrc
(cd repo && git init -q && git config user.email ci@example.test && git config user.name ci && echo a > f.txt && git add f.txt && git commit -qm init)
chmod -R a+rX .
"""

NOBODY = "nobody"
SCC = "SCCACHE_DIR=$PWD/scc SCCACHE_SERVER_PORT=42638"

CASES = [
    # --- ripgrep -------------------------------------------------------------------------
    dict(id="rg-enoent", tool="rg", script="rg -n TODO /nonexistent/src", code="ERR_1003",
         why="the directory to search does not exist", path="/nonexistent/src"),
    dict(id="rg-patterns-file-enoent", tool="rg", script=f"rg -f patterns.txt {D}/a.txt",
         code="ERR_1003", why="the file of patterns given with -f does not exist",
         path="patterns.txt"),
    dict(id="rg-eacces", tool="rg", script=f"rg -n secret {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the file to search",
         path=f"{L}/secret.txt"),
    dict(id="rg-pre-missing", tool="rg", script=f"rg --pre hodei-unpack hello {D}/a.txt",
         code="ERR_1001", why="the preprocessor program rg starts for each file is not installed",
         command="hodei-unpack"),
    dict(id="rg-pre-exec-format", tool="rg", script=f"rg --pre {D}/foreign hello {D}/a.txt",
         code="ERR_1004", why="the preprocessor is a binary for another architecture"),
    dict(id="rg-threads-eagain", tool="rg", script=f"ulimit -u 1; rg -j4 fn {D}/tree",
         code="ERR_1004", user=NOBODY,
         why="rg could not start its search threads under the process limit"),
    dict(id="rg-enospc", tool="rg", script=f"rg -n . {D}/nums.txt > $M/matches.txt",
         code="ERR_1012", mount="full", why="the matches are written to a full disk"),
    dict(id="neg-rg-regex", tool="rg", script=f"rg '(TODO|FIXME' {D}/tree", code="ERR_1007",
         why="the search pattern is not a valid regular expression"),
    dict(id="neg-rg-log-check", miss="a log line the job searched for quotes the OS's ENOENT, and the job's own check after it says only that the log has errors", tool="rg",
         script=f"if rg -n 'No such file or directory|failed' {D}/deploy.log 1>&2; then "
                "echo 'deploy log has errors' >&2; exit 1; fi",
         code="ERR_1007",
         why="the job's own log check found error lines in a log it greps; nothing was missing "
             "for the job"),
    # --- fd ------------------------------------------------------------------------------
    dict(id="fd-enoent", tool="fdfind", script="fdfind -e rs . /nonexistent/src",
         code="ERR_1003", why="the directory to search does not exist",
         path="/nonexistent/src"),
    dict(id="fd-exec-missing", tool="fdfind", script=f"fdfind -e rs . {D}/tree -x hodei-fmt",
         code="ERR_1001", why="the program fd runs for each file is not installed",
         command="hodei-fmt"),
    dict(id="fd-exec-format", tool="fdfind", script=f"fdfind main.rs {D}/tree -x {D}/foreign",
         code="ERR_1004", why="the program fd runs is a binary for another architecture"),
    dict(id="fd-threads-eagain", tool="fdfind", script=f"ulimit -u 1; fdfind -j4 . {D}/tree",
         code="ERR_1004", user=NOBODY,
         why="fd could not start its walker threads under the process limit"),
    dict(id="neg-fd-owner", tool="fdfind", script=f"fdfind --owner hodei-deploy . {D}/tree",
         code="ERR_1007", why="the owner filter names a user that does not exist: a usage error"),
    # --- bat -----------------------------------------------------------------------------
    dict(id="bat-enoent", tool="batcat", script="batcat --paging never /nonexistent/README.md",
         code="ERR_1003", why="the file to show does not exist",
         path="/nonexistent/README.md"),
    dict(id="bat-eacces", tool="batcat", script=f"batcat --paging never {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the file",
         path=f"{L}/secret.txt"),
    dict(id="bat-enospc", tool="batcat", script=f"batcat --paging never -pp {D}/nums.txt > $M/out.txt",
         code="ERR_1012", mount="full", why="the output is written to a full disk"),
    dict(id="neg-bat-line-range", tool="batcat",
         script=f"batcat --paging never --line-range start:end {D}/a.txt", code="ERR_1007",
         why="the line range argument is malformed: a usage error"),
    # --- hexyl ---------------------------------------------------------------------------
    dict(id="hexyl-enoent", tool="hexyl", script="hexyl /nonexistent/firmware.bin",
         code="ERR_1003", why="the file to dump does not exist"),
    dict(id="neg-hexyl-option", tool="hexyl", script=f"hexyl --offset-from 16 {D}/a.txt",
         code="ERR_1007", why="an unknown option: a usage error"),
    # --- hyperfine -----------------------------------------------------------------------
    dict(id="hyperfine-cmd-missing", tool="hyperfine",
         script="hyperfine -N --runs 3 'hodei-server --selftest'", code="ERR_1001",
         why="the program to benchmark is not installed", command="hodei-server"),
    dict(id="hyperfine-shell-missing", tool="hyperfine",
         script="hyperfine --show-output --runs 1 'hodei-migrate --dry-run'", code="ERR_1001",
         why="the benchmarked command is not installed (the shell says so)",
         command="hodei-migrate"),
    dict(id="de-hyperfine-bash-missing", tool="hyperfine",
         script="hyperfine -S bash --show-output --runs 1 'hodei-migrate --dry-run'",
         code="ERR_1001", lang="de_DE.UTF-8",
         why="the benchmarked command is not installed (German bash)", command="hodei-migrate"),
    dict(id="it-hyperfine-cat-enoent", tool="hyperfine",
         script="hyperfine -S bash --show-output --runs 1 'cat /nonexistent/fixture.json'",
         code="ERR_1003", lang="it_IT.UTF-8",
         why="the benchmarked command reads a fixture that does not exist (Italian)",
         path="/nonexistent/fixture.json"),
    dict(id="hyperfine-exec-format", tool="hyperfine", script=f"hyperfine -N --runs 3 {D}/foreign",
         code="ERR_1004", why="the program to benchmark is a binary for another architecture"),
    dict(id="hyperfine-noexec", tool="hyperfine", script=f"hyperfine -N --runs 3 {D}/noexec.sh",
         code="ERR_1002", why="the script to benchmark has no execute permission"),
    dict(id="hyperfine-threads-eagain", tool="hyperfine",
         script="ulimit -u 1; hyperfine --runs 2 true", code="ERR_1004", user=NOBODY,
         why="hyperfine could not start a thread under the process limit"),
    dict(id="hyperfine-export-eacces", tool="hyperfine",
         script=f"hyperfine -N --runs 2 --export-json {RD}/bench.json true 1>&2",
         code="ERR_1002", user=NOBODY,
         why="the results file is in a directory the job's user may not write",
         path=f"{RD}/bench.json"),
    dict(id="hyperfine-export-rofs", tool="hyperfine",
         script="hyperfine -N --runs 2 --export-json $M/bench.json true 1>&2", code="ERR_1012",
         mount="ro", why="the results file is on a read-only mount", path="$M/bench.json"),
    dict(id="hyperfine-export-inodes", tool="hyperfine",
         script="hyperfine -N --runs 2 --export-json $M/b.json --export-csv $M/b.csv "
                "--export-markdown $M/b.md --export-asciidoc $M/b.adoc true 1>&2",
         code="ERR_1012", mount="inodes", why="the results files need inodes the mount has not",
         path="$M/b.csv"),
    dict(id="neg-hyperfine-nonzero", tool="hyperfine",
         script="hyperfine --runs 2 'python3 -c \"raise SystemExit(3)\"'", code="ERR_1007",
         why="the benchmarked command itself fails with status 3"),
    # --- b3sum ---------------------------------------------------------------------------
    dict(id="b3sum-enoent", tool="b3sum", script="b3sum /nonexistent/release-1.4.tgz",
         code="ERR_1003", why="the file to hash does not exist",
         path="/nonexistent/release-1.4.tgz"),
    dict(id="b3sum-check-missing", tool="b3sum", script=f"cd {D} && b3sum --check missing.b3 1>&2",
         code="ERR_1003", why="a file the checksum list names does not exist",
         path="release-1.4.tgz"),
    dict(id="b3sum-threads-eagain", tool="b3sum", script=f"ulimit -u 1; b3sum {D}/big.bin",
         code="ERR_1004", user=NOBODY,
         why="b3sum could not start its hashing threads under the process limit"),
    dict(id="neg-b3sum-mismatch", tool="b3sum", script=f"cd {D} && b3sum --check bad.b3 1>&2",
         code="ERR_1007", why="the checksum does not match: the job's data is wrong"),
    # --- sd ------------------------------------------------------------------------------
    dict(id="neg-sd-regex", tool="sd", script=f"cp {D}/a.txt . && sd '(hello' bye a.txt",
         code="ERR_1007", why="the search expression is not a valid regular expression"),
    # --- gojq / fq / pup -----------------------------------------------------------------
    dict(id="gojq-enoent", tool="gojq", script="gojq .replicas /nonexistent/deploy/svc.json",
         code="ERR_1003", why="the JSON input does not exist",
         path="/nonexistent/deploy/svc.json"),
    dict(id="gojq-from-file-enoent", tool="gojq",
         script=f"gojq --from-file /nonexistent/filters/report.jq {D}/svc.json", code="ERR_1003",
         why="the filter file does not exist", path="/nonexistent/filters/report.jq"),
    dict(id="gojq-eacces", tool="gojq", script=f"gojq . {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the input", path=f"{L}/secret.txt"),
    dict(id="gojq-thread-eagain", tool="gojq", script=f"ulimit -u 1; gojq .service {D}/svc.json",
         code="ERR_1004", user=NOBODY,
         why="the Go runtime could not create an OS thread under the process limit"),
    dict(id="neg-gojq-error-message", tool="gojq",
         script=f"gojq 'if .tls then . else error(\"config not found: tls section missing\") end' {D}/svc.json",
         code="ERR_1007", why="the job's own validation rejects the data with its message"),
    dict(id="neg-gojq-invalid-json", tool="gojq", script="printf '{\"replicas\": 3,,}' | gojq .replicas",
         code="ERR_1007", why="the input is not valid JSON"),
    dict(id="neg-gojq-undefined-fn", tool="gojq", script=f"gojq 'to_yaml' {D}/svc.json",
         code="ERR_1007", why="the filter calls a function gojq does not define"),
    dict(id="fq-enoent", tool="fq", script="fq -d mp4 . /nonexistent/media/intro.mp4",
         code="ERR_1003", why="the file to decode does not exist",
         path="/nonexistent/media/intro.mp4"),
    dict(id="neg-fq-format", tool="fq", script=f"fq -d hodei . {D}/a.txt", code="ERR_1007",
         why="the decoder format named does not exist in fq: an unknown name in its own world"),
    dict(id="pup-enoent", tool="pup", script="pup 'a attr{href}' -f /nonexistent/site/index.html",
         code="ERR_1003", why="the HTML input does not exist",
         path="/nonexistent/site/index.html"),
    dict(id="neg-pup-selector", tool="pup", script=f"pup 'a[href' -f {D}/index.html",
         code="ERR_1007", why="the CSS selector is malformed"),
    # --- listing and disk usage ----------------------------------------------------------
    dict(id="exa-enoent", tool="exa", script="exa -l /nonexistent/dist", code="ERR_1003",
         why="the directory to list does not exist", path="/nonexistent/dist"),
    dict(id="neg-exa-sort", tool="exa", script=f"exa --sort version {D}/tree", code="ERR_1007",
         why="an invalid value for an option: a usage error"),
    dict(id="lsd-enoent", tool="lsd", script="lsd -l /nonexistent/dist", code="ERR_1003",
         why="the directory to list does not exist", path="/nonexistent/dist"),
    dict(id="lsd-eacces", tool="lsd", script=f"lsd {L}", code="ERR_1002", user=NOBODY,
         why="the job's user may not read the directory", path=L),
    dict(id="gdu-enoent", tool="gdu", script="gdu -n /nonexistent/data", code="ERR_1003",
         why="the directory to measure does not exist", path="/nonexistent/data"),
    dict(id="gdu-output-eacces", tool="gdu", script=f"gdu -n -o {RD}/usage.json {D}/tree",
         code="ERR_1002", user=NOBODY,
         why="the report file is in a directory the job's user may not write",
         path=f"{RD}/usage.json"),
    dict(id="gdu-output-enospc", tool="gdu", script=f"gdu -n -o $M/usage.json {D}/tree",
         code="ERR_1012", mount="full", why="the report is written to a full disk",
         path="$M/usage.json"),
    dict(id="gdu-thread-eagain", tool="gdu", script=f"ulimit -u 1; gdu -n {D}/tree",
         code="ERR_1004", user=NOBODY,
         why="the Go runtime could not create a thread under the process limit"),
    dict(id="duf-enoent", tool="duf", script="duf data/volumes 1>&2", code="ERR_1003",
         why="the path whose file system is asked for does not exist",
         path=f"{R}/w/duf-enoent/data"),
    dict(id="neg-duf-group", tool="duf", script="duf --only hodei 1>&2", code="ERR_1007",
         why="an unknown device group: a usage error"),
    # --- go-md2man -----------------------------------------------------------------------
    dict(id="md2man-enoent", tool="go-md2man", script="go-md2man -in /nonexistent/docs/tool.md 1>&2",
         code="ERR_1003", why="the Markdown input does not exist",
         path="/nonexistent/docs/tool.md"),
    dict(id="md2man-out-eacces", tool="go-md2man",
         script=f"go-md2man -in {D}/README.md -out {RD}/tool.1 1>&2", code="ERR_1002", user=NOBODY,
         why="the man page is written where the job's user may not", path=f"{RD}/tool.1"),
    dict(id="md2man-out-rofs", tool="go-md2man",
         script=f"go-md2man -in {D}/README.md -out $M/tool.1 1>&2", code="ERR_1012", mount="ro",
         why="the man page is written to a read-only mount", path="$M/tool.1"),
    # --- vivid ---------------------------------------------------------------------------
    dict(id="neg-vivid-theme", tool="vivid", script="vivid generate hodei-dark", code="ERR_1007",
         why="the theme named is not one vivid knows: an unknown name in its own world"),
    # --- mkcert --------------------------------------------------------------------------
    dict(id="mkcert-cert-eacces", tool="mkcert",
         script=f"CAROOT=$PWD/ca mkcert -cert-file {RD}/api.pem -key-file {RD}/api-key.pem api.test",
         code="ERR_1002", user=NOBODY,
         why="the certificate is written where the job's user may not", path=f"{RD}/api.pem"),
    dict(id="mkcert-rofs", tool="mkcert",
         script="CAROOT=$PWD/ca mkcert -cert-file $M/api.pem -key-file $M/api-key.pem api.test",
         code="ERR_1012", mount="ro", why="the certificate is written to a read-only mount",
         path="$M/api.pem"),
    dict(id="mkcert-caroot-enospc", tool="mkcert", script="CAROOT=$M/ca mkcert api.test",
         code="ERR_1012", mount="full", why="the new CA's key is written to a full disk",
         path="$M/ca/rootCA-key.pem"),
    dict(id="mkcert-caroot-inodes", tool="mkcert", script="CAROOT=$M/ca mkcert api.test",
         code="ERR_1012", mount="inodes", why="the CA's files need inodes the mount has not",
         path="$M/ca/rootCA.pem"),
    dict(id="neg-mkcert-hostname", tool="mkcert", script="CAROOT=$PWD/ca mkcert 'api server.test'",
         code="ERR_1007", why="the name given is not a valid host name: a usage error"),
    # --- gh / hub ------------------------------------------------------------------------
    dict(id="neg-gh-auth", tool="gh", script=f"cd {D}/repo && gh pr list", code="ERR_1007",
         why="gh has no credentials: an authentication failure"),
    dict(id="neg-gh-network", tool="gh", script="GH_TOKEN=ghp_hodei gh api user",
         code="ERR_1007", why="the API host cannot be reached: a network failure"),
    dict(id="gh-config-eacces", tool="gh",
         script=f"GH_CONFIG_DIR={RD}/gh gh config set git_protocol ssh", code="ERR_1002",
         user=NOBODY, why="the config directory is where the job's user may not write",
         path=f"{RD}/gh"),
    dict(id="hub-git-missing", tool="hub", script="PATH=/usr/local/hodei-bin /usr/bin/hub status",
         code="ERR_1001", why="hub runs git, which is not on PATH", command="git"),
    dict(id="neg-de-hub-not-repo", tool="hub", script="hub status", code="ERR_1007",
         lang="de_DE.UTF-8", why="the job runs outside a git repository (German git)"),
    dict(id="neg-fr-hub-checkout", tool="hub",
         script=f"cp -r {D}/repo r && cd r && hub checkout release-2.0", code="ERR_1007",
         lang="fr_FR.UTF-8", why="the branch to check out does not exist (French git)"),
    # --- direnv --------------------------------------------------------------------------
    dict(id="direnv-dir-enoent", tool="direnv", script="direnv exec /nonexistent/app make",
         code="ERR_1003", why="the directory to load does not exist", path="/nonexistent/app"),
    dict(id="direnv-cmd-missing", tool="direnv", script="direnv exec . hodei-deploy --env ci",
         code="ERR_1001", why="the program direnv runs is not installed", command="hodei-deploy"),
    dict(id="direnv-exec-format", tool="direnv", script=f"direnv exec . {D}/foreign",
         code="ERR_1004", why="the program direnv runs is a binary for another architecture"),
    dict(id="neg-direnv-blocked", tool="direnv",
         script=f"cp {D}/envrc/.envrc . && direnv exec . make", code="ERR_1007",
         why="the .envrc was never approved: direnv's own refusal"),
    dict(id="direnv-allow-rofs", tool="direnv",
         script=f"cp {D}/envrc/.envrc . && XDG_DATA_HOME=$M/data direnv allow .", code="ERR_1012",
         mount="ro", why="direnv records the approval on a read-only mount",
         path="$M/data"),
    # --- zoxide / tealdeer / sccache / fzf -----------------------------------------------
    dict(id="zoxide-data-eacces", tool="zoxide", script=f"_ZO_DATA_DIR={RD}/zoxide zoxide add {D}",
         code="ERR_1002", user=NOBODY,
         why="the data directory is where the job's user may not create it",
         path=f"{RD}/zoxide"),
    dict(id="zoxide-data-rofs", tool="zoxide", script=f"_ZO_DATA_DIR=$M/zoxide zoxide add {D}",
         code="ERR_1012", mount="ro", why="the data directory is on a read-only mount",
         path="$M/zoxide"),
    dict(id="neg-zoxide-no-match", tool="zoxide",
         script=f"_ZO_DATA_DIR=$PWD/z zoxide add {D}/tree && _ZO_DATA_DIR=$PWD/z zoxide query hodei-app",
         code="ERR_1007", why="no remembered directory matches the query"),
    dict(id="neg-tldr-update-network", tool="tldr",
         script="TEALDEER_CACHE_DIR=$PWD/cache tldr --update", code="ERR_1007",
         why="the pages cannot be downloaded: a network failure"),
    dict(id="sccache-compiler-missing", miss="'cannot find binary path' names no program", tool="sccache",
         script=f"cd {D} && {SCC.replace('$PWD', '$HOME')} sccache hodei-cc -c main.c -o $HOME/main.o; "
                f"rc=$?; {SCC.replace('$PWD', '$HOME')} sccache --stop-server >/dev/null 2>&1; exit $rc",
         code="ERR_1001", why="the compiler sccache is asked to wrap is not installed"),
    dict(id="neg-fzf-option", tool="fzf", script=f"fzf --filter hello --tiebreak=date < {D}/a.txt",
         code="ERR_1007", why="an invalid value for an option: a usage error"),
    # --- packer --------------------------------------------------------------------------
    dict(id="packer-enoent", tool="packer", script="packer build -color=false /nonexistent/images/base 1>&2",
         code="ERR_1003", why="the template directory does not exist",
         path="/nonexistent/images/base"),
    dict(id="packer-provisioner-cmd-missing", miss="Packer prefixes every line with '==> name: ', the shape of a notice, so the shell's 'not found' inside it is passed over", tool="packer",
         script=f"cp -r {D}/pk-cmd p && CHECKPOINT_DISABLE=1 packer build -color=false p 1>&2",
         code="ERR_1001", why="the provisioning script runs a program that is not installed",
         command="hodei-deploy"),
    dict(id="neg-packer-syntax", tool="packer",
         script=f"CHECKPOINT_DISABLE=1 packer validate {D}/pk-bad 1>&2", code="ERR_1007",
         why="the template has a syntax error"),
    dict(id="neg-packer-provisioner-fails", tool="packer",
         script=f"cp -r {D}/pk-fail p && CHECKPOINT_DISABLE=1 packer build -color=false p 1>&2",
         code="ERR_1007", why="the provisioning smoke test fails with its own message"),
    dict(id="neg-packer-undefined-var", tool="packer",
         script=f"CHECKPOINT_DISABLE=1 packer build -color=false -var region=eu-west-1 {D}/pk-fail 1>&2",
         code="ERR_1007", why="a variable is passed that the template does not declare"),
]
