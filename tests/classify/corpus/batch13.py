"""Batch 13: file, transfer, directory and scheduling tools (unison, duplicate finders, pv,
mbuffer, axel, ncftp, smbclient, showmount, LDAP and Kerberos clients, PKCS #11 tools,
ssh-keyscan, sshpass, screen, dtach, numactl, cpulimit, taskset, chrt, ionice)."""

import os

SPLIT = "tuned"

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
L = f"{R}/locked"
RD = f"{R}/rootdir"
B = f"{R}/batch13"
NOBODY = "nobody"
PORT = "18613"
# a small web server on loopback for the download cases, stopped when the case ends
SERVE = (f"python3 -m http.server {PORT} --bind 127.0.0.1 -d {B}/www >/dev/null 2>&1 & "
         "srv=$!; sleep 1; ")
STOP = "; rc=$?; kill $srv; exit $rc"
URL = f"http://127.0.0.1:{PORT}"

FIXTURES = r"""
head -c 300000 /dev/urandom > big.bin
mkdir -p dups www mirror-root dups-root
printf 'same content\n' > dups/a.txt
printf 'same content\n' > dups/b.txt
printf 'other\n' > dups/c.txt
cp dups/a.txt dups-root/one.txt
cp dups/a.txt dups-root/two.txt
cp big.bin www/release.tar.gz
cp /bin/true arm-tool
printf '\267\000' | dd of=arm-tool bs=1 seek=18 conv=notrunc status=none
printf 'this is not a shared object\n' > token-module.so
printf 'not a keytab at all\n' > app.keytab
: > empty-krb5.conf
printf '[libdefaults]\n default_realm = EXAMPLE.COM\n[realms]\n EXAMPLE.COM = {\n  kdc = 127.0.0.1:1\n }\n' > krb5.conf
printf 'dn: cn=deploy,dc=example,dc=com\nobjectClass: person\ncn deploy\n' > broken.ldif
chmod -R a+rX .
chmod 755 mirror-root dups-root
"""


def case(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- unison ---------------------------------------------------------------------------
    case("unison-root-missing", "unison", "mkdir mirror; unison /nonexistent/site ./mirror -batch",
         "ERR_1003", "the first replica's directory does not exist", path="/nonexistent/site",
         miss="the code is right; the path taken is not the root the job named"),
    case("unison-profile-missing", "unison", "unison nightly -batch", "ERR_1003",
         "the named profile file does not exist in the job's unison directory",
         path=f"{R}/w/unison-profile-missing/.unison/nightly.prf"),
    case("unison-dest-eacces", "unison",
         f"export HOME=$PWD; mkdir src; echo a > src/report.txt; unison src {B}/mirror-root -batch", "ERR_1002",
         "the second replica is a root-owned directory the job's user cannot write into",
         user=NOBODY),
    case("unison-rofs", "unison", "mkdir src; echo hi > src/new.txt; unison src $M -batch",
         "ERR_1012", "the replica being written is a read-only mount", mount="ro"),
    case("unison-enospc", "unison", f"mkdir src; cp {B}/big.bin src/; unison src $M -batch",
         "ERR_1012", "the replica being written is on a full filesystem", mount="full"),
    case("neg-unison-bad-ignore", "unison",
         "mkdir a b; unison a b -ignore 'Bogus x' -batch 2>&1 | tail -4 >&2; exit ${PIPESTATUS[0]}",
         "ERR_1007", "an ignore pattern with no valid keyword: the job's own usage error"),
    case("neg-unison-bad-option", "unison", "mkdir a b; unison a b -batch -nosuchpref 2>&1 | tail -3 >&2; exit ${PIPESTATUS[0]}",
         "ERR_1007", "an unknown preference on the command line"),
    # --- rmlint, fdupes, jdupes, rdfind --------------------------------------------------
    case("rmlint-enoent", "rmlint", "rmlint -o summary /nonexistent/photos", "ERR_1003",
         "the directory to scan does not exist", path="/nonexistent/photos"),
    case("rmlint-eacces", "rmlint", f"rmlint -o summary {L}", "ERR_1002",
         "the directory to scan cannot be read by the job's user", user=NOBODY, path=L),
    case("rmlint-out-rofs", "rmlint", f"rmlint -o sh:$M/rmlint.sh {B}/dups", "ERR_1012",
         "the generated script goes to a read-only mount", mount="ro", path="$M/rmlint.sh"),
    case("neg-rmlint-bad-formatter", "rmlint", f"rmlint -o nosuchformat {B}/dups", "ERR_1007",
         "an unknown output formatter: a usage error"),
    case("de-rmlint-enoent", "rmlint", "rmlint -o summary /nonexistent/fotos", "ERR_1003",
         "the directory to scan does not exist (German messages)", lang="de_DE.UTF-8",
         path="/nonexistent/fotos"),
    case("neg-fdupes-bad-option", "fdupes", f"fdupes --bogus {B}/dups", "ERR_1007",
         "an unknown option"),
    case("neg-jdupes-bad-filter", "jdupes", "jdupes -X bogus:x . 2>&1 | head -2 >&2; exit ${PIPESTATUS[0]}",
         "ERR_1007", "an unknown extension filter name: a usage error"),
    case("neg-rdfind-bad-option", "rdfind", f"rdfind -bogus yes {B}/dups", "ERR_1007",
         "an unknown option"),
    # --- pv, mbuffer ----------------------------------------------------------------------
    case("pv-enoent", "pv", "pv /nonexistent/dump.sql > /dev/null", "ERR_1003",
         "the input file does not exist", path="/nonexistent/dump.sql"),
    case("pv-eacces", "pv", f"pv {L}/secret.txt > /dev/null", "ERR_1002",
         "the input cannot be read by the job's user", user=NOBODY, path=f"{L}/secret.txt"),
    case("pv-enospc", "pv", f"pv -q {B}/big.bin > $M/copy.bin", "ERR_1012",
         "the output filesystem is full", mount="full"),
    case("de-pv-enoent", "pv", "pv /nonexistent/sicherung.sql > /dev/null", "ERR_1003",
         "the input file does not exist (German messages)", lang="de_DE.UTF-8",
         path="/nonexistent/sicherung.sql"),
    case("fr-pv-eacces", "pv", f"pv {L}/secret.txt > /dev/null", "ERR_1002",
         "the input cannot be read by the job's user (French messages)", lang="fr_FR.UTF-8",
         user=NOBODY, path=f"{L}/secret.txt"),
    case("neg-pv-bad-rate", "pv", f"pv -L 10x {B}/big.bin > /dev/null", "ERR_1007",
         "a malformed rate limit argument"),
    case("mbuffer-enoent", "mbuffer", "mbuffer -q -i /nonexistent/stream.bin -o out.bin", "ERR_1003",
         "the input file does not exist", path="/nonexistent/stream.bin"),
    case("mbuffer-out-dir-missing", "mbuffer", f"mbuffer -q -i {B}/big.bin -o /nonexistent/spool/stream.bin",
         "ERR_1003", "the output directory does not exist", path="/nonexistent/spool/stream.bin"),
    case("mbuffer-in-eacces", "mbuffer", f"mbuffer -q -i {L}/secret.txt -o out.bin", "ERR_1002",
         "the input cannot be read by the job's user", user=NOBODY, path=f"{L}/secret.txt"),
    case("mbuffer-out-eacces", "mbuffer", f"mbuffer -q -i {B}/big.bin -o {RD}/stream.bin",
         "ERR_1002", "the output directory is not writable by the job's user", user=NOBODY,
         path=f"{RD}/stream.bin"),
    case("mbuffer-enospc", "mbuffer", f"mbuffer -q -i {B}/big.bin -o $M/stream.bin", "ERR_1012",
         "the output filesystem is full", mount="full"),
    case("mbuffer-rofs", "mbuffer", f"mbuffer -q -i {B}/big.bin -o $M/stream.bin", "ERR_1012",
         "the output goes to a read-only mount", mount="ro", path="$M/stream.bin"),
    case("neg-mbuffer-bad-size", "mbuffer", f"mbuffer -m 10zz -i {B}/big.bin -o /dev/null",
         "ERR_1007", "a malformed buffer size"),
    # --- axel -----------------------------------------------------------------------------
    case("neg-axel-404", "axel", SERVE + f"axel -o out.tgz {URL}/missing.tar.gz 1>&2" + STOP,
         "ERR_1007", "the server has no such file: a remote resource, not a local path"),
    case("neg-axel-dns", "axel", "axel http://mirror.hodei.invalid/release.tar.gz 1>&2",
         "ERR_1007", "the host name does not resolve: a network failure"),
    # --- ncftp, smbclient, showmount ------------------------------------------------------
    case("neg-ncftpget-refused", "ncftpget", "ncftpget -V ftp://127.0.0.1:1/pub/data.csv", "ERR_1007",
         "no FTP server answers on that port"),
    case("neg-ncftpget-dns", "ncftpget", "ncftpget -V ftp://ftp.hodei.invalid/pub/data.csv", "ERR_1007",
         "the FTP host name does not resolve"),
    case("neg-ncftpput-refused", "ncftpput", "ncftpput -V -u u -p p 127.0.0.1 /up /nonexistent/data.csv",
         "ERR_1007", "no FTP server answers before the local file is looked at"),
    case("neg-smbclient-refused", "smbclient", "smbclient -N -L 127.0.0.1", "ERR_1007",
         "no SMB server runs on the host"),
    case("neg-smbclient-dns", "smbclient", "smbclient -N //files.hodei.invalid/backup -c ls", "ERR_1007",
         "the server name does not resolve"),
    case("neg-showmount-refused", "showmount", "showmount -e 127.0.0.1", "ERR_1007",
         "no NFS or RPC service answers on the host"),
    case("neg-showmount-dns", "showmount", "showmount -e nfs.hodei.invalid", "ERR_1007",
         "the NFS server's name does not resolve"),
    # --- ldap-utils -----------------------------------------------------------------------
    case("neg-ldapsearch-refused", "ldapsearch",
         "ldapsearch -x -H ldap://127.0.0.1:3899 -b dc=example,dc=com '(uid=deploy)'", "ERR_1007",
         "no LDAP server answers"),
    case("ldapsearch-pwfile-missing", "ldapsearch",
         "ldapsearch -x -H ldap://127.0.0.1:3899 -D cn=admin,dc=example,dc=com -y /nonexistent/ldap.pw",
         "ERR_1003", "the bind password file does not exist", path="/nonexistent/ldap.pw"),
    case("ldapsearch-pwfile-eacces", "ldapsearch",
         f"ldapsearch -x -H ldap://127.0.0.1:3899 -D cn=admin,dc=example,dc=com -y {L}/secret.txt",
         "ERR_1002", "the bind password file cannot be read by the job's user", user=NOBODY,
         path=f"{L}/secret.txt"),
    case("ldapadd-ldif-missing", "ldapadd",
         "ldapadd -x -H ldap://127.0.0.1:3899 -f /nonexistent/users.ldif", "ERR_1003",
         "the LDIF file to load does not exist", path="/nonexistent/users.ldif"),
    case("neg-ldapsearch-bad-uri", "ldapsearch", "ldapsearch -x -H ldpa://127.0.0.1 -b dc=example,dc=com",
         "ERR_1007", "a misspelt LDAP URI scheme: the job's own mistake"),
    case("neg-ldapadd-broken-ldif", "ldapadd",
         f"ldapadd -x -n -f {B}/broken.ldif", "ERR_1007",
         "the LDIF input has a line without an attribute separator: bad input data"),
    # --- krb5 -----------------------------------------------------------------------------
    case("klist-keytab-missing", "klist", "klist -k /nonexistent/app.keytab", "ERR_1003",
         "the keytab to list does not exist", path="/nonexistent/app.keytab"),
    case("klist-keytab-eacces", "klist", f"klist -k {L}/secret.txt", "ERR_1002",
         "the keytab cannot be read by the job's user", user=NOBODY, path=f"{L}/secret.txt"),
    case("neg-klist-bad-keytab", "klist", f"klist -k {B}/app.keytab", "ERR_1007",
         "the keytab exists but is not a keytab: bad input data"),
    case("neg-kinit-no-kdc", "kinit", "echo secret | kinit deploy@EXAMPLE.COM", "ERR_1007",
         "no KDC answers for the realm: a service that does not answer",
         env={"KRB5_CONFIG": f"{B}/krb5.conf"}),
    case("neg-kinit-no-realm", "kinit", "echo secret | kinit deploy", "ERR_1007",
         "the Kerberos configuration names no default realm: the job's own setup mistake",
         env={"KRB5_CONFIG": f"{B}/empty-krb5.conf"}),
    # --- PKCS #11 -------------------------------------------------------------------------
    case("neg-p11tool-bad-module", "p11tool", f"p11tool --provider {B}/token-module.so --list-tokens",
         "ERR_1007", "the provider module is not a shared library: initialisation fails"),
    case("neg-pkcs11-tool-bad-module", "pkcs11-tool", f"pkcs11-tool --module {B}/token-module.so -L",
         "ERR_1007", "the module file is not a shared object: bad input"),
    case("neg-pkcs11-tool-bad-option", "pkcs11-tool", "pkcs11-tool --list-everything", "ERR_1007",
         "an unknown option"),
    case("pkcs11-tool-module-missing", "pkcs11-tool",
         "pkcs11-tool --module /nonexistent/lib/softhsm/libsofthsm2.so -L", "ERR_1003",
         "the PKCS #11 module file the job names does not exist",
         path="/nonexistent/lib/softhsm/libsofthsm2.so",
         miss="the final 'Failed to load pkcs11 module' speaks of a module, which the classifier reads as the job's dependency, not as the file above it"),
    # --- ssh-keyscan, sshpass -------------------------------------------------------------
    case("ssh-keyscan-file-missing", "ssh-keyscan", "ssh-keyscan -f /nonexistent/known-hosts.list",
         "ERR_1003", "the host list file does not exist", path="/nonexistent/known-hosts.list"),
    case("ssh-keyscan-file-eacces", "ssh-keyscan", f"ssh-keyscan -f {L}/secret.txt", "ERR_1002",
         "the host list file cannot be read by the job's user", user=NOBODY, path=f"{L}/secret.txt"),
    case("neg-ssh-keyscan-dns", "ssh-keyscan", "ssh-keyscan -T 3 git.hodei.invalid", "ERR_1007",
         "the host name does not resolve: a network failure"),
    case("sshpass-cmd-missing", "sshpass", "sshpass -p secret hodei-deploy --all", "ERR_1001",
         "the program sshpass should run is not installed", command="hodei-deploy"),
    case("neg-sshpass-refused", "sshpass",
         "sshpass -p secret ssh -o StrictHostKeyChecking=no -p 1 deploy@127.0.0.1 true", "ERR_1007",
         "no SSH server answers on the port"),
    case("sshpass-fork-eagain", "sshpass", "ulimit -u 1; exec sshpass -p secret ssh -p 1 127.0.0.1 true",
         "ERR_1004", "the process limit stops sshpass from starting ssh", user=NOBODY),
    # --- screen, dtach --------------------------------------------------------------------
    case("neg-screen-no-session", "screen", "screen -S deploy -X stuff 'make\\n' 1>&2", "ERR_1007",
         "no screen session of that name runs: an unknown name in screen's own world"),
    case("neg-screen-ls-empty", "screen", "screen -ls 1>&2", "ERR_1007",
         "screen lists no sessions and exits non-zero"),
    case("dtach-cmd-missing", "dtach", "dtach -n job.sock hodei-worker --queue builds 1>&2", "ERR_1001",
         "the program to run under dtach is not installed", command="hodei-worker"),
    case("dtach-sock-dir-missing", "dtach", "dtach -n /nonexistent/run/job.sock sleep 1 1>&2", "ERR_1003",
         "the directory for the session socket does not exist", path="/nonexistent/run/job.sock",
         miss="a missing socket reads as a service that is not running (ERR_1007); here its directory was missing"),
    case("dtach-sock-eacces", "dtach", f"dtach -n {RD}/job.sock sleep 1 1>&2", "ERR_1002",
         "the socket directory is not writable by the job's user", user=NOBODY,
         path=f"{RD}/job.sock"),
    case("dtach-rofs", "dtach", "dtach -n $M/job.sock sleep 1 1>&2", "ERR_1012",
         "the socket is to be created on a read-only mount", mount="ro", path="$M/job.sock"),
    case("neg-dtach-push-no-session", "dtach", "echo make | dtach -p job.sock 1>&2", "ERR_1007",
         "no dtach session runs, so its socket is absent: a service that is not running"),
    case("dtach-fork-eagain", "dtach", "ulimit -u 1; exec dtach -n job.sock sleep 1 1>&2", "ERR_1004",
         "the process limit stops dtach from forking its session", user=NOBODY),
    # --- numactl, cpulimit ----------------------------------------------------------------
    case("numactl-cmd-missing", "numactl", "numactl --localalloc hodei-bench --iterations 5",
         "ERR_1001", "the program to run is not installed", command="hodei-bench"),
    case("neg-numactl-bad-cpu", "numactl",
         "numactl --physcpubind=99 true 2>&1 | grep -v '^ ' | head -3 >&2; exit ${PIPESTATUS[0]}",
         "ERR_1007", "a CPU number the machine does not have: a usage error"),
    case("neg-numactl-bad-node", "numactl",
         "numactl --membind=7 true 2>&1 | grep -v '^ ' | head -3 >&2; exit ${PIPESTATUS[0]}",
         "ERR_1007", "a NUMA node the machine does not have"),
    case("neg-cpulimit-no-process", "cpulimit", "cpulimit -p 999999 -l 20 1>&2", "ERR_1007",
         "no process with that id exists: an unknown name in the tool's world"),
    # --- taskset, chrt, ionice ------------------------------------------------------------
    case("taskset-cmd-missing", "taskset", "taskset -c 0 hodei-bench --quick", "ERR_1001",
         "the program to pin is not installed", command="hodei-bench"),
    case("taskset-eperm", "taskset", "taskset -p 0x1 1", "ERR_1002",
         "changing another user's process affinity needs privileges", user=NOBODY),
    case("neg-taskset-bad-cpus", "taskset", "taskset -c 4096 true", "ERR_1007",
         "a CPU list the machine cannot use: a usage error"),
    case("de-taskset-cmd-missing", "taskset", "taskset -c 0 hodei-bench", "ERR_1001",
         "the program to pin is not installed (German messages)", lang="de_DE.UTF-8",
         command="hodei-bench"),
    case("chrt-eperm", "chrt", "chrt -f 10 true", "ERR_1002",
         "a real-time policy needs privileges the job's user lacks", user=NOBODY),
    case("chrt-cmd-missing", "chrt", "chrt -o 0 hodei-encoder --fast", "ERR_1001",
         "the program to run is not installed", command="hodei-encoder"),
    case("neg-chrt-bad-priority", "chrt", "chrt -f 200 true", "ERR_1007",
         "a priority outside the policy's range: a usage error"),
    case("fr-chrt-eperm", "chrt", "chrt -r 5 true", "ERR_1002",
         "a real-time policy needs privileges (French messages)", lang="fr_FR.UTF-8", user=NOBODY),
    case("pt-chrt-cmd-missing", "chrt", "chrt -b 0 hodei-encoder", "ERR_1001",
         "the program to run is not installed (Brazilian Portuguese messages)", lang="pt_BR.UTF-8",
         command="hodei-encoder"),
    case("it-ionice-eperm", "ionice", "ionice -c 1 true", "ERR_1002",
         "the real-time I/O class needs privileges (Italian messages)", lang="it_IT.UTF-8",
         user=NOBODY),
    case("ionice-eperm", "ionice", "ionice -c 1 -n 0 true", "ERR_1002",
         "the real-time I/O class needs privileges", user=NOBODY),
    case("ionice-cmd-missing", "ionice", "ionice -c 3 hodei-reindex", "ERR_1001",
         "the program to run is not installed", command="hodei-reindex"),
    case("neg-ionice-no-process", "ionice", "ionice -p 999999", "ERR_1007",
         "no process with that id exists"),
    case("es-ionice-cmd-missing", "ionice", "ionice -c 2 -n 7 hodei-reindex", "ERR_1001",
         "the program to run is not installed (Spanish messages)", lang="es_ES.UTF-8",
         command="hodei-reindex"),
]
