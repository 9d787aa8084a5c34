"""Sealed batch 70: HTTP load testing and API test runners against loopback servers."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (96.2% of codes, 75/78), then worked on."""
B = f"{R}/batch70"
L = f"{R}/locked"
RD = f"{R}/rootdir"
NOBODY = "nobody"


def srv(port):
    """Start a small loopback web server for the job and stop it when the job ends."""
    return (f"python3 -m http.server {port} --bind 127.0.0.1 -d {B}/www >/dev/null 2>&1 & S=$!; "
            f"trap 'kill $S' EXIT; sleep 0.8; ")


def h2srv(port):
    return (f"nghttpd --no-tls -d {B}/www {port} >/dev/null 2>&1 & S=$!; "
            f"trap 'kill $S' EXIT; sleep 0.5; ")


FIXTURES = r"""
mkdir -p www cache
printf '<html><body>ok</body></html>\n' > www/index.html
printf '{"name": "load"}\n' > www/api.json
printf 'http://127.0.0.1:27101/index.html\nhttp://127.0.0.1:27101/api.json\n' > urls.txt
printf 'wrk.method = "POST"\nwrk.body = {"a" = 1\n' > bad-syntax.lua
printf 'request = function()\n  return wrk.format_request(nil)\nend\n' > bad-call.lua
printf 'request = function()\n  return helpers.sign(wrk.path)\nend\n' > nil-global.lua
printf '/index.html\n/api.json\n' > uris.txt
printf 'alice:secret\n' > users.txt
printf 'old-path /new-path\nbroken line with three fields extra\n' > rewrite.txt
printf '+abc|GET / HTTP/1.1|Host:x\n-abc\n+def|GET /x HTTP/1.1|Host:x\n' > forensic.log
printf '192.0.2.1 - - [07/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 12\n' > access.log
printf 'example.com 192.0.2.1 - - [07/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 12\n' > vhost.log
printf 'verbose = false\nconcurrent = 1\nreps = 1\nlimit = nope\n' > siegerc
# a load generator binary downloaded for the wrong architecture (aarch64 ELF header)
python3 -c "
import struct
h = b'\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8)
h += struct.pack('<HHIQQQIHHHHHH', 2, 0xB7, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
h += struct.pack('<IIQQQQQQ', 1, 5, 0, 0x400000, 0x400000, 0x100, 0x100, 0x1000)
open('bombardier-linux-arm64', 'wb').write(h + bytes(0x100 - len(h)))
"
chmod 755 bombardier-linux-arm64
printf 'openapi: 3.0.0\ninfo: {title: t, version: "1"}\npaths:\n  /api.json:\n    get:\n      responses:\n        "200": {description: ok}\n' > openapi.yaml
printf 'openapi: 3.0.0\ninfo: {title: t\npaths: [\n' > broken-openapi.yaml
printf 'openapi: 3.0.0\ninfo: {title: t, version: "1"}\npaths:\n  /api.json:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, required: [id], properties: {id: {type: integer}}}\n' > openapi-strict.yaml
printf 'test_name: get index\nstages:\n  - name: index\n    request:\n      url: http://127.0.0.1:27160/index.html\n      method: GET\n    response:\n      status_code: 201\n' > test_index.tavern.yaml
chmod -R a+rX .
"""

CASES = [
    # --- ab (ApacheBench) ---------------------------------------------------------------
    dict(id="neg-ab-connection-refused", tool="ab", script="ab -n 10 -c 2 http://127.0.0.1:27001/", code="ERR_1007",
         why="nothing listens on the benchmarked port: a service that does not answer"),
    dict(id="ab-postfile-missing", tool="ab", script=srv(27002) + "ab -n 5 -p /nonexistent/payload.json -T application/json http://127.0.0.1:27002/",
         code="ERR_1003", path="/nonexistent/payload.json",
         why="the file with the POST body the job names does not exist"),
    dict(id="ab-putfile-eacces", tool="ab", script=f"ab -n 5 -u {L}/secret.txt -T text/plain http://127.0.0.1:27003/",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the job's user may not read the PUT body file in a locked directory"),
    dict(id="ab-gnuplot-rofs", tool="ab", script=srv(27004) + "ab -n 20 -g $M/plot.tsv http://127.0.0.1:27004/",
         code="ERR_1012", mount="ro", path="$M/plot.tsv",
         why="the gnuplot data file cannot be created on a read-only file system"),
    dict(id="ab-csv-eacces", tool="ab", script=srv(27005) + f"ab -n 20 -e {RD}/percentiles.csv http://127.0.0.1:27005/",
         code="ERR_1002", user=NOBODY, path=f"{RD}/percentiles.csv",
         why="the job's user may not create the CSV report in a root-owned directory"),
    dict(id="neg-ab-invalid-url", tool="ab", script="ab -n 10 127.0.0.1:27007", code="ERR_1007",
         why="the URL has no path: a usage error of the job"),
    dict(id="neg-ab-concurrency-over-requests", tool="ab", script="ab -n 2 -c 10 http://127.0.0.1:27008/",
         code="ERR_1007", why="concurrency above the number of requests is refused: a usage error"),
    dict(id="neg-ab-unknown-host", tool="ab", script="ab -n 2 http://hodei-loadtarget.invalid/", code="ERR_1007",
         why="the target host name does not resolve: a DNS failure"),
    # --- siege ----------------------------------------------------------------------------
    dict(id="siege-rc-missing", tool="siege", script="siege -R /nonexistent/siegerc -c 1 -r 1 http://127.0.0.1:27011/",
         code="ERR_1003", path="/nonexistent/siegerc", why="the siege configuration file the job names does not exist"),
    dict(id="siege-thread-limit", tool="siege", script="ulimit -u 1; siege -c 5 -r 1 http://127.0.0.1:27014/",
         code="ERR_1004", user=NOBODY, why="the process limit stops siege from creating its client threads"),
    # --- wrk ------------------------------------------------------------------------------
    dict(id="neg-wrk-connection-refused", tool="wrk", script="wrk -t1 -c1 -d1s http://127.0.0.1:27021/",
         code="ERR_1007", why="nothing listens on the benchmarked port: connection refused"),
    dict(id="neg-wrk-script-syntax", tool="wrk", script=f"wrk -t1 -c1 -d1s -s {B}/bad-syntax.lua http://127.0.0.1:27023/",
         code="ERR_1007", why="the job's Lua script has a syntax error"),
    dict(id="neg-wrk-script-nil-global", tool="wrk", script=srv(27024) + f"wrk -t1 -c1 -d1s -s {B}/nil-global.lua http://127.0.0.1:27024/",
         code="ERR_1007", why="the job's Lua script indexes an undefined global: the script's own bug"),
    dict(id="neg-wrk-bad-duration", tool="wrk", script="wrk -t1 -c1 -d 1fortnight http://127.0.0.1:27027/ 1>&2",
         code="ERR_1007", why="the duration is not valid: a usage error"),
    dict(id="neg-wrk-unknown-host", tool="wrk", script="wrk -t1 -c1 -d1s http://hodei-loadtarget.invalid/",
         code="ERR_1007", why="the target host name does not resolve: a DNS failure"),
    # --- httperf --------------------------------------------------------------------------
    dict(id="httperf-wsesslog-missing", tool="httperf",
         script="httperf --server 127.0.0.1 --port 27031 --wsesslog=1,0,/nonexistent/sessions.txt",
         code="ERR_1003", path="/nonexistent/sessions.txt", why="the session log file the job names does not exist"),
    dict(id="httperf-wlog-missing", tool="httperf",
         script="httperf --server 127.0.0.1 --port 27032 --wlog=n,/nonexistent/uris.log",
         code="ERR_1003", path="/nonexistent/uris.log", why="the URI log file the job names does not exist"),
    dict(id="neg-httperf-bad-option", tool="httperf", script="httperf --server 127.0.0.1 --rate=fast",
         code="ERR_1007", why="a non-numeric rate: a usage error"),
    dict(id="neg-httperf-unknown-host", tool="httperf", script="httperf --server hodei-loadtarget.invalid --num-conns 1",
         code="ERR_1007", why="the server name does not resolve: a DNS failure"),
    # --- h2load --------------------------------------------------------------------------
    dict(id="h2load-input-missing", tool="h2load", script="h2load -n 4 -c 1 -i /nonexistent/uris.txt",
         code="ERR_1003", path="/nonexistent/uris.txt", why="the URI list file the job names does not exist"),
    dict(id="h2load-data-missing", tool="h2load", script="h2load -n 4 -c 1 -d /nonexistent/body.json http://127.0.0.1:27042/",
         code="ERR_1003", path="/nonexistent/body.json", why="the request body file the job names does not exist"),
    dict(id="h2load-thread-limit", tool="h2load", script="ulimit -u 1; h2load -n 8 -c 4 -t 4 http://127.0.0.1:27043/",
         code="ERR_1004", user=NOBODY, why="the process limit stops h2load from creating its worker threads"),
    dict(id="neg-h2load-clients-over-requests", tool="h2load", script="h2load -n 2 -c 8 http://127.0.0.1:27044/",
         code="ERR_1007", why="more clients than requests is refused: a usage error"),
    # --- nghttp ---------------------------------------------------------------------------
    dict(id="nghttp-data-missing", tool="nghttp", script="nghttp -d /nonexistent/payload.json http://127.0.0.1:27051/",
         code="ERR_1003", path="/nonexistent/payload.json", why="the upload file the job names does not exist"),
    dict(id="neg-nghttp-404", tool="nghttp", script=h2srv(27055) + "nghttp -s http://127.0.0.1:27055/missing.json 1>&2; exit 1",
         code="ERR_1007", why="the server answers 404 for a path the job expected and the job fails itself"),
    # --- nghttpd / nghttpx ------------------------------------------------------------------
    dict(id="nghttpd-privileged-port", tool="nghttpd", script=f"timeout 3 nghttpd --no-tls -d {B}/www 81",
         code="ERR_1002", user=NOBODY, why="an unprivileged user may not bind a port below 1024"),
    # --- hey ------------------------------------------------------------------------------
    dict(id="neg-hey-n-below-c", tool="hey", script="hey -n 1 -c 10 http://127.0.0.1:27081/", code="ERR_1007",
         why="fewer requests than workers is refused: a usage error"),
    dict(id="hey-body-missing", tool="hey", script="hey -n 2 -c 1 -m POST -D /nonexistent/body.json http://127.0.0.1:27082/",
         code="ERR_1003", path="/nonexistent/body.json", why="the request body file the job names does not exist"),
    dict(id="hey-body-eacces", tool="hey", script=f"hey -n 2 -c 1 -m POST -D {L}/secret.txt http://127.0.0.1:27083/",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt", why="the job's user may not read the body file in a locked directory"),
    dict(id="hey-thread-limit", tool="hey", script="ulimit -u 1; hey -n 4 -c 2 http://127.0.0.1:27084/",
         code="ERR_1004", user=NOBODY, why="the process limit stops the Go runtime from creating OS threads"),
    dict(id="neg-hey-bad-method", tool="hey", script="hey -n 2 -c 1 -m 'BAD METHOD' http://127.0.0.1:27085/",
         code="ERR_1007", why="an invalid HTTP method: a usage error"),
    # --- slowhttptest ---------------------------------------------------------------------
    dict(id="slowhttptest-report-rofs", tool="slowhttptest", script=srv(27092) + "slowhttptest -c 2 -l 1 -i 1 -p 1 -g -o $M/report -u http://127.0.0.1:27092/ 1>&2",
         code="ERR_1012", mount="ro", why="the report files cannot be written on a read-only file system"),
    dict(id="neg-slowhttptest-bad-url", tool="slowhttptest", script="slowhttptest -c 2 -l 1 -u ftp://127.0.0.1:27093/ 1>&2",
         code="ERR_1007", why="an unsupported URL scheme: a usage error"),
    # --- apache2-utils around load tests ---------------------------------------------------
    dict(id="rotatelogs-rofs", tool="rotatelogs", script="printf 'GET / 200\\n' | rotatelogs $M/access.%Y%m%d.log 86400",
         code="ERR_1012", mount="ro", why="the rotated access log cannot be created on a read-only file system"),
    dict(id="rotatelogs-eacces", tool="rotatelogs", script=f"printf 'GET / 200\\n' | rotatelogs {RD}/access.log 86400",
         code="ERR_1002", user=NOBODY, why="the job's user may not create the log in a root-owned directory"),
    dict(id="rotatelogs-dir-missing", tool="rotatelogs", script="printf 'GET / 200\\n' | rotatelogs /nonexistent/logs/access.log 86400",
         code="ERR_1003", why="the directory for the rotated log does not exist"),
    dict(id="rotatelogs-enospc", tool="rotatelogs", script="head -c 300000 /dev/zero | tr '\\0' x | rotatelogs $M/access.log 86400",
         code="ERR_1012", mount="full", why="the log cannot be written to a full disk"),
    dict(id="htcacheclean-dir-missing", tool="htcacheclean", script="htcacheclean -n -t -p /nonexistent/cache -l 10M",
         code="ERR_1003", path="/nonexistent/cache", why="the cache directory the job names does not exist"),
    dict(id="htcacheclean-eacces", tool="htcacheclean", script=f"htcacheclean -n -t -p {L}/cache -l 10M",
         code="ERR_1002", user=NOBODY, path=f"{L}/cache", why="the job's user may not enter the locked cache directory"),
    dict(id="neg-htdbm-user-missing", tool="htdbm", script=f"cp {B}/users.txt x; htdbm -cb users.db bob pw; htdbm -x users.db alice",
         code="ERR_1007", why="the user to delete is not in the database: an unknown name in the tool's own world"),
    dict(id="httxt2dbm-input-missing", tool="httxt2dbm", script="httxt2dbm -i /nonexistent/rewrite.txt -o rewrite.db",
         code="ERR_1003", path="/nonexistent/rewrite.txt", why="the rewrite map text file the job names does not exist"),
    dict(id="neg-fcgistarter-no-port", tool="fcgistarter", script="fcgistarter -c /bin/true",
         code="ERR_1007", why="the required port option is missing: a usage error"),
    dict(id="neg-check-forensic-incomplete", tool="check_forensic", script=f"out=$(check_forensic {B}/forensic.log); [ -z \"$out\" ] || {{ echo \"incomplete requests:\" >&2; echo \"$out\" >&2; exit 1; }}",
         code="ERR_1007", why="the log shows a request that never completed and the job fails its check"),
    dict(id="neg-checkgid-unknown-group", tool="checkgid", script="checkgid hodei-loadtest-group",
         code="ERR_1007", why="the group name does not exist: an unknown name in the system's user database"),
    # --- load generators missing or built for another machine --------------------------------
    dict(id="vegeta-not-installed", tool="vegeta",
         script="echo 'GET http://127.0.0.1:27121/' | vegeta attack -duration=1s | vegeta report",
         code="ERR_1001", command="vegeta", why="the load generator the job runs is not installed"),
    dict(id="bombardier-not-installed", tool="bombardier", script="bombardier -c 2 -n 10 http://127.0.0.1:27122/",
         code="ERR_1001", command="bombardier", why="the load generator the job runs is not installed"),
    dict(id="bombardier-wrong-arch", tool="bombardier", script=f"cp {B}/bombardier-linux-arm64 ./bombardier; ./bombardier -c 2 -n 10 http://127.0.0.1:27123/",
         code="ERR_1004", why="the downloaded binary is built for another architecture: exec format error"),
    dict(id="newman-not-installed", tool="newman", script="newman run collection.json --env-var base=http://127.0.0.1:27124",
         code="ERR_1001", command="newman", why="the API test runner the job runs is not installed"),
    dict(id="dredd-ci-script-not-installed", tool="dredd",
         script="printf 'set -e\\necho starting contract tests\\ndredd api.apib http://127.0.0.1:27125\\n' > ci.sh; bash ci.sh",
         code="ERR_1001", command="dredd", why="the contract test runner the CI script calls is not installed"),
    # --- more situations ------------------------------------------------------------------
    dict(id="slowhttptest-report-dir-missing", tool="slowhttptest", script=srv(27094) + "slowhttptest -c 2 -l 1 -i 1 -p 1 -g -o /nonexistent/reports/run -u http://127.0.0.1:27094/ 1>&2",
         code="ERR_1003", why="the directory for the report files does not exist"),
    dict(id="slowhttptest-report-eacces", tool="slowhttptest", script=srv(27095) + f"slowhttptest -c 2 -l 1 -i 1 -p 1 -g -o {RD}/report -u http://127.0.0.1:27095/ 1>&2",
         code="ERR_1002", user=NOBODY, why="the job's user may not create report files in a root-owned directory"),
    dict(id="ab-gnuplot-dir-missing", tool="ab", script=srv(27132) + "ab -n 20 -g /nonexistent/results/plot.tsv http://127.0.0.1:27132/",
         code="ERR_1003", why="the directory for the gnuplot data file does not exist"),
    dict(id="neg-h2load-unknown-host", tool="h2load", script="h2load -n 2 -c 1 http://hodei-loadtarget.invalid/ 1>&2; exit 1",
         code="ERR_1007", why="the target host name does not resolve and the job fails its run: a DNS failure"),
    dict(id="neg-h2load-bad-uri", tool="h2load", script="h2load -n 2 -c 1 'not a uri'",
         code="ERR_1007", why="the URI is malformed: a usage error"),
    dict(id="neg-hey-bad-url", tool="hey", script="hey -n 2 -c 1 '127.0.0.1:27137'",
         code="ERR_1007", why="the URL has no scheme: a usage error"),
    dict(id="vegeta-wrong-arch", tool="vegeta", script=f"install -m 755 {B}/bombardier-linux-arm64 ./vegeta; echo 'GET http://127.0.0.1:27140/' | ./vegeta attack -duration=1s > results.bin",
         code="ERR_1004", why="the downloaded binary is built for another architecture: exec format error"),
    dict(id="de-artillery-not-installed", tool="artillery", script="artillery run --output report.json load.yml",
         code="ERR_1001", lang="de_DE.UTF-8", command="artillery", why="the load test runner the job runs is not installed"),
    dict(id="fr-newman-not-installed", tool="newman", script="newman run api.postman_collection.json",
         code="ERR_1001", lang="fr_FR.UTF-8", command="newman", why="the API test runner the job runs is not installed"),
    dict(id="es-vegeta-not-installed", tool="vegeta", script="vegeta attack -targets=targets.txt -duration=1s > results.bin",
         code="ERR_1001", lang="es_ES.UTF-8", command="vegeta", why="the load generator the job runs is not installed"),
    dict(id="de-ab-postfile-missing", tool="ab", script="ab -n 5 -p /nonexistent/daten.json -T application/json http://127.0.0.1:27141/",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/daten.json", why="the POST body file the job names does not exist"),
    dict(id="fr-hey-thread-limit", tool="hey", script="ulimit -u 1; hey -n 4 -c 2 http://127.0.0.1:27142/",
         code="ERR_1004", user=NOBODY, lang="fr_FR.UTF-8", why="the process limit stops the Go runtime from creating OS threads"),
    dict(id="it-siege-rc-missing", tool="siege", script="siege -R /nonexistent/siegerc -c 1 -r 1 http://127.0.0.1:27143/",
         code="ERR_1003", lang="it_IT.UTF-8", path="/nonexistent/siegerc", why="the siege configuration file the job names does not exist"),
    dict(id="schemathesis-schema-missing", tool="schemathesis", script="export PATH=/opt/b70venv/bin:$PATH; st run /nonexistent/openapi.yaml --url http://127.0.0.1:27151",
         code="ERR_1003", why="the API schema file the job names does not exist"),
    dict(id="neg-schemathesis-broken-schema", tool="schemathesis", script="export PATH=/opt/b70venv/bin:$PATH; " + f"st run {B}/broken-openapi.yaml --url http://127.0.0.1:27152 1>&2",
         code="ERR_1007", why="the API schema is not valid YAML: bad input data"),
    dict(id="neg-schemathesis-refused", tool="schemathesis", script="export PATH=/opt/b70venv/bin:$PATH; " + f"st run {B}/openapi.yaml --url http://127.0.0.1:27153 --max-examples 2 1>&2",
         code="ERR_1007", why="nothing listens on the API's port: connection refused"),
    dict(id="neg-schemathesis-checks-fail", tool="schemathesis", script=srv(27154) + "export PATH=/opt/b70venv/bin:$PATH; " + f"st run {B}/openapi-strict.yaml --url http://127.0.0.1:27154 --max-examples 2 1>&2",
         code="ERR_1007", why="the API's responses do not match its schema: failed checks"),
    dict(id="neg-schemathesis-url-schema-404", tool="schemathesis", script=srv(27156) + "export PATH=/opt/b70venv/bin:$PATH; st run http://127.0.0.1:27156/openapi.json 1>&2",
         code="ERR_1007", why="the server answers 404 for the schema URL: the service's own failure"),
    dict(id="neg-tavern-module-missing", tool="tavern-ci", script="export PATH=/opt/b70venv/bin:$PATH; " + f"tavern-ci {B}/test_index.tavern.yaml",
         code="ERR_1007", why="the test runner cannot import a module of its pytest dependency: a missing module"),
    dict(id="ab-client-cert-missing", tool="ab", script="ab -n 1 -E /nonexistent/client.pem https://127.0.0.1:27161/",
         code="ERR_1003", path="/nonexistent/client.pem", why="the client certificate file the job names does not exist"),
    dict(id="neg-nghttp-bad-header", tool="nghttp", script="nghttp -H 'x-request-id' http://127.0.0.1:27162/",
         code="ERR_1007", why="a header without a value: a usage error"),
    dict(id="neg-httxt2dbm-unknown-dbm-type", tool="httxt2dbm", script=f"httxt2dbm -i {B}/rewrite.txt -o rewrite.db -f nosuchdbm",
         code="ERR_1007", why="the job asks for a DBM type the tool does not support: a usage error"),
    dict(id="neg-htdbm-password-mismatch", tool="htdbm", script="htdbm -cb users.db alice secret; htdbm -vb users.db alice wrong",
         code="ERR_1007", why="the password check the job runs fails: an authentication failure"),
    dict(id="schemathesis-report-rofs", tool="schemathesis", script=srv(27163) + "export PATH=/opt/b70venv/bin:$PATH; " + f"st run {B}/openapi.yaml --url http://127.0.0.1:27163 --max-examples 1 --report junit --report-dir $M/reports 1>&2",
         code="ERR_1012", mount="ro", why="the report directory cannot be created on a read-only file system"),
    dict(id="schemathesis-report-enospc", tool="schemathesis", script=srv(27164) + "export PATH=/opt/b70venv/bin:$PATH; " + f"st run {B}/openapi.yaml --url http://127.0.0.1:27164 --max-examples 5 --report junit,har --report-dir $M/reports 1>&2",
         code="ERR_1012", mount="full", why="the reports cannot be written to a full disk"),
    dict(id="nghttpd-thread-limit", tool="nghttpd", script="(ulimit -u 1; exec nghttpd --no-tls -n 4 27165) & P=$!; sleep 1.5; kill $P 2>/dev/null; wait $P",
         code="ERR_1004", user=NOBODY, why="the process limit stops the server from creating its worker threads"),
    dict(id="pt-dredd-not-installed", tool="dredd", script="dredd api-description.apib http://127.0.0.1:27166",
         code="ERR_1001", lang="pt_BR.UTF-8", command="dredd", why="the contract test runner the job runs is not installed"),
    dict(id="neg-nghttpx-unknown-option", tool="nghttpx", script="nghttpx --backend-nosuch=1 -f'127.0.0.1,27171;no-tls' -b127.0.0.1,27172",
         code="ERR_1007", why="an option the proxy does not know: a usage error"),
    dict(id="neg-logresolve-bad-option", tool="logresolve", script=f"logresolve -x < {B}/access.log > resolved.log",
         code="ERR_1007", why="an option the tool does not know: a usage error"),
]
