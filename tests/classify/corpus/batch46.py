"""Sealed batch 46: version-control add-ons and less common version-control systems
(git-annex, darcs, stgit, topgit, guilt, myrepos, vcsh, git-crypt, git-remote-gcrypt, git-secret,
git-ftp, git-filter-repo, git-review, git-flow, git-imerge, git-revise, git-repair,
git-restore-mtime, git-cvsimport and the git-extras commands)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.8% of codes, 73/77), then worked on."""
F = f"{R}/batch46"
RD = f"{R}/rootdir"
G = {"GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.org",
     "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.org"}
REPO = "git init -q -b main r && cd r && echo a > a.txt && git add a.txt && git commit -qm one && "

FIXTURES = r"""
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.org GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.org
export HOME=$PWD
rm -rf repo bare.git dr annex gone-origin
git init -q -b main repo
(cd repo && echo a > a.txt && git add a.txt && git commit -qm one && echo b > b.txt && git add b.txt && git commit -qm two)
git clone -q --bare repo bare.git
darcs init --repodir=dr >/dev/null
(cd dr && echo x > x.txt && darcs add -q x.txt && darcs record -q -a -m one -A ci >/dev/null)
printf 'this is not a darcs patch bundle\n' > bad.dpatch
printf 'not a git-crypt key\n' > notakey
head -c 200000 /dev/zero | tr '\0' 'x' > big.bin
python3 - <<'PY'
import struct
hdr = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
hdr += struct.pack("<HHIQQQIHHHHHH", 2, 0xB7, 1, 0x400078, 64, 0, 0, 64, 56, 1, 64, 0, 0)
open("armtool", "wb").write(hdr + bytes(256))
PY
chmod 755 armtool
printf 'diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-zzz\n+yyy\n' > conflict.patch
chmod -R a+rX .
"""


CASES = [
    # --- git-annex ---------------------------------------------------------------------------
    dict(id="neg-git-annex-init-not-repo", tool="git-annex", script="git annex init", code="ERR_1007", env=G,
         why="git-annex is run outside any git repository, the job's own setup mistake"),
    dict(id="git-annex-add-missing", tool="git-annex",
         script=REPO + "git annex init -q && git annex add data/raw.csv", code="ERR_1003", env=G,
         why="the file to annex does not exist", path="data/raw.csv"),
    dict(id="neg-git-annex-get-unavailable", tool="git-annex",
         script=REPO + "git annex init -q o && cp " + F + "/big.bin . && git annex add -q big.bin && "
                "git commit -qm big && cd .. && git clone -q r c && mv r gone && cd c && "
                "git annex init -q c && git annex get big.bin",
         code="ERR_1007", env=G,
         why="the only copy of the content is in a remote that is no longer reachable; no local path is missing"),
    dict(id="neg-git-annex-drop-numcopies", tool="git-annex",
         script=REPO + "git annex init -q && cp " + F + "/big.bin . && git annex add -q big.bin && "
                "git commit -qm big && git annex drop big.bin 1>&2",
         code="ERR_1007", env=G,
         why="git-annex refuses to drop the only copy because of its numcopies policy"),
    dict(id="git-annex-copy-full", tool="git-annex", mount="full",
         script=REPO + "git annex init -q && cp " + F + "/big.bin . && git annex add -q big.bin && "
                "git commit -qm big && git annex initremote -q usb type=directory directory=$M "
                "encryption=none && git -c annex.diskreserve=0 annex copy big.bin --to usb",
         code="ERR_1012", env=G, why="the directory special remote lives on a full filesystem"),
    dict(id="git-annex-initremote-missing-dir", tool="git-annex",
         script=REPO + "git annex init -q && git annex initremote usb type=directory "
                "directory=/nonexistent/usbdisk encryption=none",
         code="ERR_1003", env=G, why="the directory given for the special remote does not exist",
         path="/nonexistent/usbdisk"),
    dict(id="git-annex-fork-eagain", tool="git-annex", user="nobody",
         script=REPO + "ulimit -u 1; git-annex init", code="ERR_1004", env=G,
         why="under a process limit of one git-annex cannot start the git processes it needs"),
    dict(id="neg-git-annex-unknown-remote", tool="git-annex",
         script=REPO + "git annex init -q && cp " + F + "/big.bin . && git annex add -q big.bin && "
                "git annex copy big.bin --to backup",
         code="ERR_1007", env=G, why="the remote named is not configured in this repository"),
    # --- darcs -------------------------------------------------------------------------------
    dict(id="neg-darcs-not-repo", tool="darcs", script="darcs record -a -m fix -A ci", code="ERR_1007",
         why="darcs is run outside any darcs repository, the job's own setup mistake"),
    dict(id="darcs-add-missing", tool="darcs", script="darcs init -q && darcs add src/main.hs",
         code="ERR_1003", why="the file to add does not exist"),
    dict(id="darcs-clone-missing", miss='darcs names the inventory file inside the repository it looked for, not the repository', tool="darcs", script="darcs clone /nonexistent/proj proj",
         code="ERR_1003", why="the repository to clone does not exist", path="/nonexistent/proj"),
    dict(id="darcs-clone-rofs", tool="darcs", mount="ro", script="darcs clone " + F + "/dr $M/dr",
         code="ERR_1012", why="the clone is written to a read-only mount", path="$M/dr"),
    dict(id="darcs-clone-full", tool="darcs", mount="full",
         script="darcs clone " + F + "/dr dr && cd dr && cp " + F + "/big.bin . && darcs add -q big.bin && "
                "darcs record -q -a -m big -A ci && cd .. && darcs clone dr $M/dr",
         code="ERR_1012", why="the clone is written to a full filesystem"),
    dict(id="neg-darcs-apply-bad-bundle", tool="darcs",
         script="darcs clone -q " + F + "/dr dr && cd dr && darcs apply " + F + "/bad.dpatch",
         code="ERR_1007", why="the patch bundle given is not a valid darcs bundle"),
    dict(id="darcs-push-denied", miss="darcs names the lock file and, after 'in', the repository; the repository is taken", tool="darcs", user="nobody",
         script="darcs clone -q " + F + "/dr dr && cd dr && echo y > y.txt && darcs add -q y.txt && "
                "darcs record -q -a -m two -A ci && darcs push -a " + F + "/dr",
         code="ERR_1002", why="the job's user may not write into the target repository",
         path=F + "/dr/_darcs/lock"),
    dict(id="darcs-test-cmd-missing", tool="darcs",
         script="darcs clone -q " + F + "/dr dr && cd dr && darcs setpref test hodei-check >/dev/null && darcs test",
         code="ERR_1001", why="the test command configured for the repository is not installed",
         command="hodei-check"),
    dict(id="neg-darcs-test-fails", tool="darcs",
         script="darcs clone -q " + F + "/dr dr && cd dr && darcs setpref test 'grep -q done x.txt' >/dev/null && darcs test 1>&2",
         code="ERR_1007", why="the repository's test command runs and fails"),
    dict(id="darcs-test-exec-format", tool="darcs",
         script="darcs clone -q " + F + "/dr dr && cd dr && darcs setpref test " + F + "/armtool >/dev/null && darcs test",
         code="ERR_1004", why="the test program is a binary for another architecture"),
    dict(id="darcs-test-fork-eagain", tool="darcs", user="nobody",
         script="darcs clone -q " + F + "/dr dr && cd dr && darcs setpref test true >/dev/null && ulimit -u 1; darcs test",
         code="ERR_1004", why="under a process limit of one darcs cannot start the test command"),
    dict(id="neg-darcs-unknown-command", tool="darcs", script="darcs init -q && darcs frobnicate", code="ERR_1007",
         why="darcs has no such subcommand, a usage error"),
    dict(id="neg-darcs-pull-refused", tool="darcs", script="darcs init -q && darcs pull -a http://127.0.0.1:9/repo",
         code="ERR_1007", why="no server answers at the repository's address"),
    # --- stgit -------------------------------------------------------------------------------
    dict(id="neg-stg-push-none", tool="stg", script=REPO + "stg init && stg push", code="ERR_1007", env=G,
         why="there are no unapplied patches, the tool's own failure"),
    dict(id="stg-import-missing", tool="stg", script=REPO + "stg init && stg import /nonexistent/fix.patch",
         code="ERR_1003", env=G, why="the patch file to import does not exist", path="/nonexistent/fix.patch"),
    dict(id="neg-stg-import-conflict", tool="stg", script=REPO + "stg init && stg import " + F + "/conflict.patch",
         code="ERR_1007", env=G, why="the patch does not apply to the tree"),
    dict(id="stg-editor-missing", tool="stg", script=REPO + "stg init && stg new feature",
         code="ERR_1001", env=dict(G, EDITOR="hodei-editor", GIT_EDITOR="hodei-editor"),
         why="the editor stg starts for the patch message is not installed", command="hodei-editor"),
    dict(id="neg-stg-not-repo", tool="stg", script="stg init", code="ERR_1007",
         why="stg is run outside any git repository"),
    dict(id="neg-stg-goto-unknown", tool="stg", script=REPO + "stg init && stg goto feature-x",
         code="ERR_1007", env=G, why="no patch of that name exists in the stack"),
    # --- topgit ------------------------------------------------------------------------------
    dict(id="neg-tg-not-repo", tool="tg", script="tg summary", code="ERR_1007",
         why="tg is run outside any git repository"),
    dict(id="neg-tg-create-unknown-dep", tool="tg", script=REPO + "tg create t/feature nosuchbranch 1>&2",
         code="ERR_1007", env=G, why="the dependency branch named does not exist"),
    dict(id="neg-tg-info-not-topic", tool="tg", script=REPO + "tg info main 1>&2", code="ERR_1007", env=G,
         why="the branch is not a TopGit topic branch"),
    # --- guilt -------------------------------------------------------------------------------
    dict(id="guilt-push-patch-missing", tool="guilt",
         script=REPO + "guilt init && echo fix-build.patch >> .git/patches/main/series && guilt push",
         code="ERR_1003", env=G, why="the series names a patch file that does not exist"),
    dict(id="guilt-import-missing", tool="guilt", script=REPO + "guilt init && guilt import /nonexistent/fix.patch",
         code="ERR_1003", env=G, why="the patch file to import does not exist"),
    dict(id="neg-guilt-push-conflict", tool="guilt",
         script=REPO + "guilt init && guilt import " + F + "/conflict.patch && guilt push",
         code="ERR_1007", env=G, why="the patch does not apply to the tree"),
    # --- myrepos -----------------------------------------------------------------------------
    dict(id="mr-run-cmd-missing", tool="mr",
         script="git init -q app && printf '[app]\\ncheckout = true\\n' > .mrconfig && mr -t run hodei-deploy",
         code="ERR_1001", why="the command mr runs in each repository is not installed", command="hodei-deploy"),
    dict(id="mr-checkout-missing-source", tool="mr",
         script="printf '[app]\\ncheckout = git clone /nonexistent/app.git app\\n' > .mrconfig && mr -t checkout",
         code="ERR_1003", why="the repository the checkout clones does not exist"),
    dict(id="neg-mr-checkout-refused", tool="mr",
         script="printf '[app]\\ncheckout = git clone http://127.0.0.1:9/app.git app\\n' > .mrconfig && mr -t checkout",
         code="ERR_1007", why="no server answers at the repository's address"),
    dict(id="mr-run-exec-format", tool="mr",
         script="git init -q app && printf '[app]\\ncheckout = true\\n' > .mrconfig && mr -t run " + F + "/armtool",
         code="ERR_1004", why="the program mr runs is a binary for another architecture"),
    dict(id="de-mr-checkout-missing", tool="mr", lang="de_DE.UTF-8",
         script="printf '[app]\\ncheckout = git clone /nonexistent/app.git app\\n' > .mrconfig && mr -t checkout",
         code="ERR_1003", why="the repository the checkout clones does not exist"),
    # --- vcsh --------------------------------------------------------------------------------
    dict(id="neg-vcsh-unknown-repo", tool="vcsh", script="vcsh run dotfiles git status", code="ERR_1007",
         why="no vcsh repository of that name exists, a name in the tool's own world"),
    dict(id="vcsh-init-rofs", tool="vcsh", mount="ro", script="XDG_CONFIG_HOME=$M vcsh init dotfiles", code="ERR_1012",
         why="vcsh's repository directory is on a read-only mount"),
    dict(id="vcsh-run-cmd-missing", tool="vcsh", script="vcsh init dotfiles >/dev/null 2>&1; vcsh run dotfiles hodei-sync",
         code="ERR_1001", why="the command run inside the repository is not installed", command="hodei-sync"),
    # --- git-crypt ---------------------------------------------------------------------------
    dict(id="git-crypt-key-missing", tool="git-crypt", script=REPO + "git-crypt unlock /nonexistent/repo.key",
         code="ERR_1003", env=G, why="the key file does not exist", path="/nonexistent/repo.key"),
    dict(id="neg-git-crypt-bad-key", tool="git-crypt", script=REPO + "git-crypt unlock " + F + "/notakey",
         code="ERR_1007", env=G, why="the file given is not a git-crypt key"),
    dict(id="neg-git-crypt-not-repo", tool="git-crypt", script="git-crypt init", code="ERR_1007",
         why="git-crypt is run outside any git repository"),
    dict(id="git-crypt-export-rofs", tool="git-crypt", mount="ro",
         script=REPO + "git-crypt init && git-crypt export-key $M/repo.key", code="ERR_1012", env=G,
         why="the key is exported onto a read-only mount", path="$M/repo.key"),
    dict(id="git-crypt-export-denied", tool="git-crypt", user="nobody",
         script=REPO + "git-crypt init && git-crypt export-key " + RD + "/repo.key", code="ERR_1002", env=G,
         why="the job's user may not write into the target directory",
         path=RD + "/repo.key"),
    dict(id="neg-git-crypt-gpg-unknown-user", tool="git-crypt",
         script=REPO + "git-crypt init && git-crypt add-gpg-user ops@example.org", code="ERR_1007", env=G,
         why="no GPG key for that user is in the keyring"),
    # --- git-remote-gcrypt -------------------------------------------------------------------
    dict(id="neg-gcrypt-push-no-key", tool="git-remote-gcrypt",
         script=REPO + "git init -q --bare ../vault.git && git remote add vault gcrypt::$PWD/../vault.git && "
                "git push -q vault main",
         code="ERR_1007", env=G, why="there is no GPG key to encrypt the remote for"),
    # --- git-secret --------------------------------------------------------------------------
    dict(id="neg-git-secret-not-repo", tool="git-secret", script="git secret init", code="ERR_1007",
         why="git-secret is run outside any git repository"),
    dict(id="neg-git-secret-no-keys", tool="git-secret",
         script=REPO + "git secret init && echo pw > db.env && git secret add db.env && git secret hide",
         code="ERR_1007", env=G, why="no public keys have been added, the tool's own refusal"),
    dict(id="neg-git-secret-tell-unknown", tool="git-secret",
         script=REPO + "git secret init && git secret tell ops@example.org", code="ERR_1007", env=G,
         why="the keyring has no key for that address"),
    # --- git-ftp -----------------------------------------------------------------------------
    dict(id="neg-git-ftp-no-url", tool="git-ftp", script=REPO + "git ftp push", code="ERR_1007", env=G,
         why="no remote host is configured, a usage error"),
    dict(id="neg-git-ftp-refused", tool="git-ftp",
         script=REPO + "git ftp init -u ci -p pw ftp://127.0.0.1:9/site/", code="ERR_1007", env=G,
         why="no FTP server answers at the address"),
    dict(id="git-ftp-fork-eagain", tool="git-ftp", user="nobody",
         script=REPO + "ulimit -u 1; git-ftp push -u ci -p pw ftp://127.0.0.1:9/site/", code="ERR_1004", env=G,
         why="under a process limit of one the script cannot start the commands it runs"),
    # --- git-filter-repo ---------------------------------------------------------------------
    dict(id="neg-git-filter-repo-not-fresh", tool="git-filter-repo",
         script=REPO + "echo b > b.txt && git add b.txt && git commit -qm two && git filter-repo --path a.txt",
         code="ERR_1007", env=G, why="filter-repo refuses to rewrite a repository that is not a fresh clone"),
    dict(id="git-filter-repo-paths-file-missing", tool="git-filter-repo",
         script="git clone -q " + F + "/repo r && cd r && git filter-repo --paths-from-file /nonexistent/paths.txt",
         code="ERR_1003", why="the file listing the paths does not exist", path="/nonexistent/paths.txt"),
    dict(id="neg-git-filter-repo-not-repo", tool="git-filter-repo", script="git filter-repo --path a.txt",
         code="ERR_1007", why="filter-repo is run outside any git repository"),
    # --- git-review --------------------------------------------------------------------------
    dict(id="neg-git-review-no-remote", tool="git-review", script=REPO + "git review -s 1>&2", code="ERR_1007",
         env=G, why="there is no .gitreview and no gerrit remote to use"),
    # --- git-flow, git-imerge, git-revise, git-repair, git-restore-mtime, git-cvsimport ------
    dict(id="neg-git-flow-not-init", tool="git-flow", script=REPO + "git flow feature start login",
         code="ERR_1007", env=G, why="the repository is not set up for git-flow yet"),
    dict(id="neg-git-imerge-unknown-branch", tool="git-imerge", script=REPO + "git imerge merge feature-x",
         code="ERR_1007", env=G, why="the branch to merge does not exist"),
    dict(id="git-revise-editor-missing", tool="git-revise", script=REPO + "git revise -e HEAD",
         code="ERR_1001", env=dict(G, GIT_EDITOR="hodei-editor"),
         why="the editor git-revise starts is not installed", command="hodei-editor"),
    dict(id="neg-git-revise-bad-rev", tool="git-revise", script=REPO + "git revise -i HEAD~5",
         code="ERR_1007", env=G, why="the revision named does not exist in the history"),
    dict(id="neg-git-repair-not-repo", tool="git-repair", script="git-repair", code="ERR_1007",
         why="git-repair is run outside any git repository"),
    dict(id="neg-git-restore-mtime-not-repo", tool="git-restore-mtime", script="git restore-mtime",
         code="ERR_1007", why="the command is run outside any git repository"),
    dict(id="git-cvsimport-missing-root", miss="the CVS server's 'Cannot access /x' is quoted inside git-cvsimport's 'Expected ..., but got:'", tool="git-cvsimport",
         script="git cvsimport -d /nonexistent/cvsroot -C proj proj", code="ERR_1003",
         why="the CVS repository to import does not exist",
         path="/nonexistent/cvsroot/CVSROOT"),
    # --- git-extras --------------------------------------------------------------------------
    dict(id="neg-git-summary-not-repo", tool="git-summary", script="git summary", code="ERR_1007",
         why="the command is run outside any git repository"),
    dict(id="git-setup-rofs", tool="git-setup", mount="ro", script="cd $M && git setup", code="ERR_1012",
         env=G, why="the repository is created on a read-only mount"),
    dict(id="neg-git-release-hook-fails", tool="git-release",
         script=REPO + "mkdir -p .git/hooks && printf '#!/bin/sh\\necho tests failed >&2; exit 1\\n' > "
                ".git/hooks/pre-release.sh && chmod +x .git/hooks/pre-release.sh && git release v1.0.0",
         code="ERR_1007", env=G, why="the project's pre-release hook fails"),
    # --- translated git messages underneath --------------------------------------------------
    dict(id="fr-neg-git-crypt-not-repo", tool="git-crypt", script="git-crypt init", code="ERR_1007",
         lang="fr_FR.UTF-8", why="git-crypt is run outside any git repository"),
    dict(id="es-neg-stg-not-repo", tool="stg", script="stg init", code="ERR_1007", lang="es_ES.UTF-8",
         why="stg is run outside any git repository"),
    dict(id="de-neg-guilt-push-conflict", tool="guilt", lang="de_DE.UTF-8",
         script=REPO + "guilt init && guilt import " + F + "/conflict.patch && guilt push",
         code="ERR_1007", env=G, why="the patch does not apply to the tree"),
    dict(id="pt-neg-mr-checkout-refused", tool="mr", lang="pt_BR.UTF-8",
         script="printf '[app]\\ncheckout = git clone http://127.0.0.1:9/app.git app\\n' > .mrconfig && mr -t checkout",
         code="ERR_1007", why="no server answers at the repository's address"),
    dict(id="it-neg-tg-not-repo", tool="tg", script="tg summary", code="ERR_1007", lang="it_IT.UTF-8",
         why="tg is run outside any git repository"),
    # --- storage and permissions ---------------------------------------------------------------
    dict(id="stg-import-unreadable", tool="stg", user="nobody",
         script=REPO + "stg init && stg import " + R + "/locked/secret.txt", code="ERR_1002", env=G,
         why="the job's user may not read the patch file", path=R + "/locked/secret.txt"),
    dict(id="darcs-init-inodes", tool="darcs", mount="inodes", script="darcs init --repodir=$M/proj",
         code="ERR_1012", why="the filesystem holding the new repository has no inodes left"),
    dict(id="darcs-clone-unreadable", tool="darcs", user="nobody", script="darcs clone " + R + "/locked/proj proj",
         code="ERR_1002", why="the job's user may not enter the directory holding the repository"),
    dict(id="git-setup-inodes", tool="git-setup", mount="inodes", script="cd $M && git setup", code="ERR_1012",
         env=G, why="the filesystem holding the new repository has no inodes left"),
]
