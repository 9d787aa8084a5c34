"""Sealed batch 48: security scanners and auditing tools run as jobs."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (90.3% of codes, 65/72), then worked on."""
B = f"{R}/batch48"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
printf 'admin\nlogin\nbackup\nindex.html\n' > words.txt
printf 'hunter2\nletmein\nsecret\n' > pw.txt
printf '5f4dcc3b5aa765d61d8327deb882cf99\n' > hashes.txt
printf 'not-a-hash-at-all\n' > badhash.txt
printf 'GET /item.php?id=1 HTTP/1.1\nHost: 127.0.0.1:48101\n\n' > req.txt
printf 'this is not xml <<<\n' > notxml.xml
printf '<?xml version="1.0"?>\n<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_dev.hodei_benchmark_x"><status>draft</status><version>1</version></Benchmark>\n' > weird.xml
printf '/etc -> $(ReadOnly) \n/usr/bin -> $(UnknownVar\n' > bad.pol.txt
printf 'plain text, not a program\n' > notes.txt
cp /usr/bin/hydra hydra-arm64
python3 -c "
import sys
for f in sys.argv[1:]:
    d = bytearray(open(f, 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little'); open(f, 'wb').write(d)" hydra-arm64
chmod 755 hydra-arm64
cp /usr/bin/sslscan sslscan-arm64
python3 -c "
import sys
d = bytearray(open('sslscan-arm64', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little'); open('sslscan-arm64', 'wb').write(d)"
chmod 755 sslscan-arm64
mkdir -p nobinutils
for f in /usr/bin/*; do case "$f" in */readelf|*/objdump|*/eu-readelf) ;; *) ln -sf "$f" nobinutils/ ;; esac; done
mkdir -p noopenssl
for f in /usr/bin/*; do case "$f" in */openssl) ;; *) ln -sf "$f" noopenssl/ ;; esac; done
cat > authsrv.py <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(401); self.send_header('WWW-Authenticate', 'Basic realm="ci"')
        self.send_header('Content-Length', '0'); self.end_headers()
    def log_message(self, *a): pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
cat > allok.py <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        b = b'<html>Error: resource not found or access denied</html>'
        self.send_response(200); self.send_header('Content-Length', str(len(b))); self.end_headers(); self.wfile.write(b)
    do_HEAD = do_GET
    def log_message(self, *a): pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
chmod -R a+rX .
"""


def srv(kind: str, port: int, body: str) -> str:
    """A script that starts a loopback server, runs body, stops the server, keeps body's status."""
    start = {"auth": f"python3 {B}/authsrv.py {port}", "ok": f"python3 {B}/allok.py {port}",
             "http": f"python3 -m http.server --bind 127.0.0.1 {port} --directory {B}"}[kind]
    return (f"{start} >/dev/null 2>&1 & P=$!; sleep 0.7; set +e; {body}; s=$?; "
            f"kill $P; wait $P 2>/dev/null; exit $s")


CASES = [
    # --- hydra --------------------------------------------------------------------------------
    dict(id="hydra-passlist-missing", tool="hydra",
         script="hydra -l admin -P /nonexistent/wordlists/rockyou.txt -s 48001 127.0.0.1 ftp",
         code="ERR_1003", path="/nonexistent/wordlists/rockyou.txt",
         why="The password list the job names does not exist."),
    dict(id="neg-hydra-conn-refused", tool="hydra",
         script="hydra -l admin -p x -s 48003 -t 1 -W 1 127.0.0.1 ftp",
         code="ERR_1007",
         why="Nothing listens on the target port: the service does not answer, a failure of the job's target."),
    dict(id="hydra-output-rofs", tool="hydra", mount="ro",
         script=srv("auth", 48004, f"hydra -l admin -P {B}/pw.txt -s 48004 -o $M/found.txt 127.0.0.1 http-get /"),
         code="ERR_1012", path="$M/found.txt",
         why="The results file is on a read-only file system."),
    dict(id="hydra-wrong-arch", tool="hydra",
         script=f"{B}/hydra-arm64 -h",
         code="ERR_1004",
         why="The hydra binary is built for another architecture and cannot be executed."),
    dict(id="neg-hydra-unknown-module", tool="hydra",
         script="hydra -l admin -p x -s 48007 127.0.0.1 hodei-proto",
         code="ERR_1007",
         why="The service name is unknown to hydra: a usage error in the job's command."),
    # --- medusa -------------------------------------------------------------------------------
    dict(id="medusa-passlist-missing", tool="medusa",
         script="medusa -h 127.0.0.1 -n 48010 -u admin -P /nonexistent/passwords.lst -M ftp",
         code="ERR_1003", path="/nonexistent/passwords.lst",
         why="The password list the job names does not exist."),
    dict(id="medusa-hostfile-denied", tool="medusa", user="nobody",
         script=f"medusa -H {L}/secret.txt -u admin -p x -M ftp",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The host list lies in a directory the job's user may not enter."),
    dict(id="neg-medusa-conn-refused", tool="medusa",
         script="medusa -h 127.0.0.1 -n 48011 -u admin -p x -M ftp -e n 1>&2; exit 1",
         code="ERR_1007",
         why="No FTP service listens on the target port; the audit cannot reach its target."),
    dict(id="medusa-log-rofs", tool="medusa", mount="ro",
         script="medusa -h 127.0.0.1 -n 48012 -u admin -p x -M ftp -O $M/medusa.log",
         code="ERR_1012", path="$M/medusa.log",
         why="The log file is to be written on a read-only file system."),
    # --- sqlmap -------------------------------------------------------------------------------
    dict(id="sqlmap-request-missing", tool="sqlmap",
         script="sqlmap -r /nonexistent/requests/login.req --batch 1>&2",
         code="ERR_1003", path="/nonexistent/requests/login.req",
         why="The saved HTTP request file does not exist."),
    dict(id="neg-sqlmap-conn-refused", tool="sqlmap",
         script="sqlmap -u 'http://127.0.0.1:48013/item.php?id=1' --batch --flush-session 1>&2; exit 1",
         code="ERR_1007",
         why="Nothing listens at the target URL: connection refused, the job's target is down."),
    dict(id="neg-sqlmap-not-injectable", tool="sqlmap",
         script=srv("ok", 48014, "sqlmap -u 'http://127.0.0.1:48014/item.php?id=1' --batch --level 1 "
                    "--technique B --flush-session 1>&2; exit 1"),
         code="ERR_1007",
         why="The scan ran and found no injectable parameter; the page quotes error words, the job's own result."),
    dict(id="neg-sqlmap-bad-option", tool="sqlmap",
         script="sqlmap -u 'http://127.0.0.1:48015/?id=1' --hodei-mode --batch 1>&2",
         code="ERR_1007",
         why="An unknown option: a usage error."),
    dict(id="neg-sslscan-conn-refused", tool="sslscan",
         script="sslscan --no-colour 127.0.0.1:48020 1>&2; exit 1",
         code="ERR_1007",
         why="Nothing listens on the port to be scanned: the service does not answer."),
    dict(id="sslscan-wrong-arch", tool="sslscan",
         script=f"{B}/sslscan-arm64 --version",
         code="ERR_1004",
         why="The sslscan binary is built for another architecture."),
    dict(id="neg-testssl-conn-refused", tool="testssl",
         script="testssl --quiet --color 0 -p 127.0.0.1:48022 1>&2",
         code="ERR_1007",
         why="The target does not accept connections; testssl quits with a fatal connect error."),
    dict(id="neg-testssl-not-tls", tool="testssl",
         script=srv("http", 48023, "testssl --quiet --color 0 --warnings batch -p 127.0.0.1:48023 1>&2"),
         code="ERR_1007",
         why="The target speaks plain HTTP, not TLS: the scan's own failure."),
    dict(id="testssl-file-missing", tool="testssl",
         script="testssl --quiet --color 0 --file /nonexistent/targets.txt 1>&2",
         code="ERR_1003", path="/nonexistent/targets.txt",
         why="The mass-testing targets file does not exist."),
    dict(id="testssl-fork-limit", tool="testssl", user="nobody",
         script="timeout 30 bash -c 'ulimit -u 1; testssl --quiet --color 0 -p 127.0.0.1:48024'",
         code="ERR_1004",
         why="testssl is a bash script; under a process limit of one it cannot fork its child processes."),
    dict(id="de-testssl-fork-limit", tool="testssl", user="nobody", lang="de_DE.UTF-8",
         script="timeout 30 bash -c 'ulimit -u 1; testssl --quiet --color 0 -p 127.0.0.1:48025'",
         code="ERR_1004",
         why="Under a process limit of one the script's shell cannot fork (German messages)."),
    dict(id="hashcat-wordlist-missing", tool="hashcat",
         script=f"hashcat -m 0 -a 0 {B}/hashes.txt /nonexistent/wordlists/top1000.txt 1>&2",
         code="ERR_1003", path="/nonexistent/wordlists/top1000.txt",
         why="The wordlist the job names does not exist."),
    dict(id="neg-hashcat-identify-none", tool="hashcat",
         script=f"hashcat --identify {B}/badhash.txt 1>&2",
         code="ERR_1007",
         why="The input holds no hash of a known structure: bad input data."),
    dict(id="neg-hashcat-token-length", tool="hashcat",
         script=f"hashcat -m 1400 --show {B}/hashes.txt 1>&2",
         code="ERR_1007",
         why="The hashes do not fit the chosen hash mode: bad input for the job."),
    dict(id="neg-hashcat-exhausted", tool="hashcat",
         script=f"hashcat -m 0 -a 0 --potfile-disable {B}/hashes.txt {B}/pw.txt 1>&2",
         code="ERR_1007",
         why="The wordlist was exhausted without cracking the hash: the audit's own result."),
    dict(id="hashcat-potfile-rofs", tool="hashcat", mount="ro",
         script=f"hashcat -m 0 --potfile-path $M/hashcat.pot --show {B}/hashes.txt 1>&2",
         code="ERR_1012", path="$M/hashcat.pot",
         why="The potfile is to be made on a read-only file system."),
    # --- ncrack -------------------------------------------------------------------------------
    dict(id="ncrack-input-missing", tool="ncrack",
         script="ncrack -iL /nonexistent/targets.lst -p ssh 1>&2",
         code="ERR_1003", path="/nonexistent/targets.lst",
         why="The target list does not exist."),
    dict(id="neg-ncrack-no-services", tool="ncrack",
         script="ncrack -p 48030 127.0.0.1 1>&2",
         code="ERR_1007",
         why="No service to crack was named for the port: a usage error."),
    dict(id="ncrack-passlist-missing", tool="ncrack",
         script="ncrack -P /nonexistent/pass.txt ftp://127.0.0.1:48031 1>&2",
         code="ERR_1003", path="/nonexistent/pass.txt",
         why="The password list does not exist."),
    # --- checksec -----------------------------------------------------------------------------
    dict(id="checksec-file-missing", tool="checksec",
         script="checksec --file=/nonexistent/build/app 1>&2",
         code="ERR_1003", path="/nonexistent/build/app",
         why="The binary to check does not exist."),
    dict(id="neg-checksec-not-elf", tool="checksec",
         script=f"checksec --file={B}/notes.txt 1>&2",
         code="ERR_1007",
         why="The file is not an ELF binary: wrong input for the check."),
    dict(id="checksec-file-denied", tool="checksec", user="nobody",
         script=f"checksec --file={RF} 1>&2",
         code="ERR_1002", path=RF,
         why="The binary is mode 600 root; the job's user may not read it."),
    # --- chkrootkit / rkhunter ----------------------------------------------------------------
    dict(id="chkrootkit-not-root", tool="chkrootkit", user="nobody",
         script="chkrootkit -q 1>&2",
         code="ERR_1002",
         why="chkrootkit needs root privileges and the job runs as nobody."),
    dict(id="rkhunter-not-root", tool="rkhunter", user="nobody",
         script="rkhunter --check --sk --nocolors 1>&2",
         code="ERR_1002",
         why="rkhunter must be run as root; the job's user is not."),
    dict(id="rkhunter-config-missing", tool="rkhunter",
         script="rkhunter --check --sk --nocolors --configfile /nonexistent/rkhunter.conf 1>&2",
         code="ERR_1003", path="/nonexistent/rkhunter.conf",
         why="The configuration file the job names does not exist."),
    dict(id="neg-rkhunter-bad-test", tool="rkhunter",
         script="rkhunter --check --sk --nocolors --nolog --enable hodei_nosuch_test 1>&2",
         code="ERR_1007",
         why="An unknown test name in the job's options: a usage error."),
    # --- oscap --------------------------------------------------------------------------------
    dict(id="oscap-content-missing", tool="oscap",
         script="oscap xccdf eval --profile standard /nonexistent/ssg-debian12-ds.xml",
         code="ERR_1003", path="/nonexistent/ssg-debian12-ds.xml",
         why="The SCAP content file does not exist."),
    dict(id="oscap-content-denied", tool="oscap", user="nobody",
         script=f"oscap info {L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The content lies in a directory the job's user may not enter."),
    dict(id="neg-oscap-not-xml", tool="oscap",
         script=f"oscap info {B}/notxml.xml",
         code="ERR_1007",
         why="The content is not XML: corrupt input."),
    dict(id="neg-oscap-unknown-profile", tool="oscap",
         script=f"oscap xccdf eval --profile hodei_nosuch {B}/weird.xml",
         code="ERR_1007",
         why="The benchmark is not valid or lacks the profile: the job's input is wrong."),
    dict(id="gobuster-wordlist-missing", tool="gobuster",
         script="gobuster dir -q -u http://127.0.0.1:48040/ -w /nonexistent/wordlists/common.txt",
         code="ERR_1003", path="/nonexistent/wordlists/common.txt",
         why="The wordlist does not exist."),
    dict(id="gobuster-wordlist-denied", tool="gobuster", user="nobody",
         script=srv("http", 48041, f"gobuster dir -q -u http://127.0.0.1:48041/ -w {L}/secret.txt"),
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The wordlist lies in a directory the job's user may not enter."),
    dict(id="neg-gobuster-conn-refused", tool="gobuster",
         script=f"gobuster dir -q -u http://127.0.0.1:48042/ -w {B}/words.txt",
         code="ERR_1007",
         why="Nothing listens at the target URL: the service does not answer."),
    dict(id="neg-gobuster-wildcard", tool="gobuster",
         script=srv("ok", 48043, f"gobuster dir -q -u http://127.0.0.1:48043/ -w {B}/words.txt"),
         code="ERR_1007",
         why="The server answers every path, so gobuster refuses to run: the scan's own failure, whatever the page says."),
    dict(id="gobuster-output-rofs", tool="gobuster", mount="ro",
         script=srv("http", 48044, f"gobuster dir -q -u http://127.0.0.1:48044/ -w {B}/words.txt -o $M/found.txt"),
         code="ERR_1012", path="$M/found.txt",
         why="The output file is on a read-only file system."),
    dict(id="dirb-wordlist-missing", tool="dirb",
         script="dirb http://127.0.0.1:48045/ /nonexistent/dirb/common.txt -S 1>&2",
         code="ERR_1003", path="/nonexistent/dirb/common.txt",
         why="The wordlist does not exist."),
    dict(id="neg-dirb-conn-refused", tool="dirb",
         script=f"dirb http://127.0.0.1:48046/ {B}/words.txt -S 1>&2",
         code="ERR_1007",
         why="Nothing listens at the target URL: the service does not answer."),
    dict(id="dirb-output-denied", tool="dirb", user="nobody",
         script=srv("http", 48047, f"dirb http://127.0.0.1:48047/ {B}/words.txt -S -o {RD}/dirb.txt 1>&2"),
         code="ERR_1002", path=f"{RD}/dirb.txt",
         why="The output file is to be made in a root-owned directory the job's user cannot write."),
    dict(id="ffuf-wordlist-missing", tool="ffuf",
         script="ffuf -s -u http://127.0.0.1:48048/FUZZ -w /nonexistent/fuzz/words.txt",
         code="ERR_1003", path="/nonexistent/fuzz/words.txt",
         why="The wordlist does not exist."),
    dict(id="neg-debsecan-conn-refused", tool="debsecan",
         script="debsecan --suite bookworm --source http://127.0.0.1:48060/",
         code="ERR_1007",
         why="The vulnerability feed's server does not answer: a network failure."),
    dict(id="needrestart-config-missing", tool="needrestart",
         script="needrestart -b -c /nonexistent/needrestart.conf",
         code="ERR_1003", path="/nonexistent/needrestart.conf",
         why="The configuration file the job names does not exist."),
    # --- tripwire -----------------------------------------------------------------------------
    dict(id="tripwire-config-missing", tool="tripwire",
         script="tripwire --check -c /nonexistent/tw.cfg",
         code="ERR_1003", path="/nonexistent/tw.cfg",
         why="The configuration file does not exist."),
    dict(id="twadmin-polfile-missing", tool="twadmin",
         script="twadmin --print-polfile --polfile /nonexistent/tw.pol",
         code="ERR_1003", path="/nonexistent/tw.pol",
         why="The policy file does not exist."),
    dict(id="twadmin-key-rofs", tool="twadmin", mount="ro",
         script="twadmin --generate-keys -S $M/site.key -Q hodei-pass 1>&2",
         code="ERR_1012", path="$M/site.key",
         why="The key file is to be written on a read-only file system."),
    dict(id="neg-twadmin-policy-syntax", tool="twadmin",
         script=f"twadmin --generate-keys -S site.key -Q hodei-pass >/dev/null; "
                f"twadmin --create-polfile -S site.key -Q hodei-pass -p tw.pol {B}/bad.pol.txt 1>&2",
         code="ERR_1007",
         why="The policy text has a syntax error: the job's own input."),
    dict(id="siggen-file-missing", tool="siggen",
         script="siggen /nonexistent/release/app.tar 1>&2",
         code="ERR_1003", path="/nonexistent/release/app.tar",
         why="The file to hash does not exist."),
    dict(id="siggen-file-denied", tool="siggen", user="nobody",
         script=f"siggen {RF} 1>&2",
         code="ERR_1002", path=RF,
         why="The file is mode 600 root; the job's user may not read it."),
    dict(id="sqlmap-bulkfile-missing", miss="sqlmap's '[CRITICAL] the specified bulk file does not exist' is followed by a '[WARNING]' about its version, read as output the job went on after", tool="sqlmap",
         script="sqlmap -m /nonexistent/scope/urls.txt --batch 1>&2",
         code="ERR_1003", path="/nonexistent/scope/urls.txt",
         why="The bulk file of target URLs does not exist."),
    dict(id="ncrack-output-rofs", tool="ncrack", mount="ro",
         script="ncrack -oN $M/ncrack.txt ftp://127.0.0.1:48032 1>&2",
         code="ERR_1012", path="$M/ncrack.txt",
         why="The normal-format output file is on a read-only file system."),
    dict(id="neg-debsecan-bad-format", tool="debsecan",
         script="debsecan --suite bookworm --format hodei-json",
         code="ERR_1007",
         why="An unknown output format: a usage error."),
    dict(id="ffuf-wordlist-denied", tool="ffuf", user="nobody",
         script=f"ffuf -s -u http://127.0.0.1:48051/FUZZ -w {L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The wordlist lies in a directory the job's user may not enter."),
    dict(id="gobuster-output-denied", tool="gobuster", user="nobody",
         script=srv("http", 48052, f"gobuster dir -q -u http://127.0.0.1:48052/ -w {B}/words.txt -o {RD}/found.txt"),
         code="ERR_1002", path=f"{RD}/found.txt",
         why="The output file is to be made in a root-owned directory the job's user cannot write."),
    dict(id="twadmin-key-denied", tool="twadmin", user="nobody",
         script=f"twadmin --generate-keys -S {RD}/site.key -Q hodei-pass 1>&2",
         code="ERR_1002", path=f"{RD}/site.key",
         why="The key file is to be made in a root-owned directory the job's user cannot write."),
    dict(id="twprint-report-missing", tool="twprint",
         script="twprint --print-report --twrfile /nonexistent/reports/host-20261207.twr 1>&2",
         code="ERR_1003", path="/nonexistent/reports/host-20261207.twr",
         why="The tripwire report file to print does not exist."),
    dict(id="unhide-not-root", tool="unhide-linux", user="nobody",
         script="unhide-linux quick 1>&2",
         code="ERR_1002",
         why="unhide-linux must run as root and the job's user is nobody."),
    dict(id="unhide-tcp-not-root", tool="unhide-tcp", user="nobody",
         script="unhide-tcp 1>&2",
         code="ERR_1002",
         why="unhide-tcp must run as root and the job's user is nobody."),
    dict(id="testssl-openssl-missing", tool="testssl",
         script=f"PATH={B}/noopenssl testssl --quiet --color 0 -p 127.0.0.1:48027 1>&2",
         code="ERR_1001", command="openssl",
         why="testssl runs the openssl program for its handshakes, and none is on PATH."),
    dict(id="hashcat-potfile-inodes", tool="hashcat", mount="inodes",
         script=f"touch $M/.q1 $M/.q2 $M/.q3 $M/.q4 2>/dev/null; hashcat -m 0 --potfile-path $M/hashcat.pot --show {B}/hashes.txt 1>&2",
         code="ERR_1012", path="$M/hashcat.pot",
         why="The file system has no inodes left for the potfile."),
    dict(id="hydra-output-inodes", tool="hydra", mount="inodes",
         script="touch $M/.q1 $M/.q2 $M/.q3 $M/.q4 2>/dev/null; " + srv("auth", 48008, f"hydra -l admin -P {B}/pw.txt -s 48008 -o $M/found.txt 127.0.0.1 http-get /"),
         code="ERR_1012", path="$M/found.txt",
         why="The file system has no inodes left for the results file."),
    dict(id="medusa-log-inodes", tool="medusa", mount="inodes",
         script="touch $M/.q1 $M/.q2 $M/.q3 $M/.q4 2>/dev/null; medusa -h 127.0.0.1 -n 48009 -u admin -p x -M ftp -O $M/medusa.log",
         code="ERR_1012", path="$M/medusa.log",
         why="The file system has no inodes left for the log file."),
    dict(id="es-testssl-fork-limit", tool="testssl", user="nobody", lang="es_ES.UTF-8",
         script="timeout 30 bash -c 'ulimit -u 1; testssl --quiet --color 0 -p 127.0.0.1:48034'",
         code="ERR_1004",
         why="Under a process limit of one the script's shell cannot fork (Spanish messages)."),
    dict(id="nikto-not-installed", tool="nikto",
         script="nikto -h http://127.0.0.1:48070/ -maxtime 5s -o report.html",
         code="ERR_1001", command="nikto",
         why="The job runs nikto, which is not installed on the machine."),
    dict(id="sslyze-not-installed", tool="sslyze",
         script="sslyze --json_out=tls.json 127.0.0.1:48071",
         code="ERR_1001", command="sslyze",
         why="The job runs sslyze, which is not installed on the machine."),
]
