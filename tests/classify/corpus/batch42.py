"""Sealed batch 42: log analysis and text search tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (80.0% of codes, 68/85), then worked on."""
F = f"{R}/batch42"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
printf '2026-12-07T10:00:00 api[201]: INFO started worker pool\n2026-12-07T10:00:01 api[201]: INFO listening on :8080\n' > app.log
printf '2026-12-07T10:00:01 deploy[311]: ERROR open /srv/app/config.yml: No such file or directory\n2026-12-07T10:00:02 sshd[42]: error: Permission denied (publickey) for 10.4.0.17\n2026-12-07T10:00:03 backup[77]: ERROR write failed: No space left on device\n' > build.log
for i in 1 2 3 4 5 6 7 8; do
  printf '10.4.0.%d - - [07/Dec/2026:10:0%d:00 +0000] "GET /api/items/%d HTTP/1.1" 200 512 "-" "curl/7.88"\n' $i $i $i
done > access.log
printf '10.4.0.17 - - [07/Dec/2026:10:09:00 +0000] "GET /admin HTTP/1.1" 403 12 "-" "curl/7.88"\n' >> access.log
printf 'error: could not open session\nwarning: retrying\nerror: access denied\n' > plain.log
seq -f '2026-12-07 line %g ok' 5000 | gzip -n > rotated.log.gz
head -c 40 rotated.log.gz > trunc.log.gz
seq -f '2026-12-07 line %g ok' 5000 | xz > rotated.log.xz
head -c 40 rotated.log.xz > trunc.log.xz
seq -f '2026-12-07 line %g ok' 5000 | zstd -q > rotated.log.zst
head -c 40 rotated.log.zst > trunc.log.zst
printf '2026-12-07 cron: job failed: file not found\n2026-12-07 app: cannot open /data/in.csv\n' | gzip -n > errors.log.gz
printf '2026-12-07 nfs: read-only file system\n2026-12-07 app: fork failed\n' | xz > errors.log.xz
echo 'this is a plain text export, not a PDF' > report.pdf
mkdir -p foreign
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign/hodei-logfilter', 'wb').write(d)"
chmod 755 foreign/hodei-logfilter
printf 'log-format %%h %%^[%%d:%%t %%^] "%%r" %%s %%b\n' > goaccess-notime.conf
printf -- '--ignore-dir=vendor\n--hodei-colour=always\n' > bad.ackrc
mkdir -p aw awdata
printf 'LogFile="/nonexistent/logs/access.log"\nSiteDomain="example.org"\nDirData="%s/awdata"\nLogFormat=1\n' "$PWD" > aw/awstats.missinglog.conf
printf 'LogFile="hodei-logcat /var/log/nginx/access.log |"\nSiteDomain="example.org"\nDirData="%s/awdata"\nLogFormat=1\n' "$PWD" > aw/awstats.pipe.conf
printf 'LogFile="%s/access.log"\nDirData="%s/awdata"\nLogFormat=1\n' "$PWD" "$PWD" > aw/awstats.nodomain.conf
printf 'LogFile="%s/access.log"\nSiteDomain="example.org"\nDirData="%s"\nLogFormat=1\n' "$PWD" "$(dirname "$PWD")/rootdir" > aw/awstats.rootdata.conf
printf 'LogFile="%s/access.log"\nSiteDomain="example.org"\nDirData="__M__"\nLogFormat=1\n' "$PWD" > aw/awstats.scratch.conf
printf '10.4.0.0/16\n' > nets.txt
chmod -R a+rX .
"""

B = "build.log"


def neg_check(tool: str, cmd: str) -> str:
    return f"{cmd} 1>&2 && exit 1; exit 0"


CASES = [
    # --- ugrep ---------------------------------------------------------------------------------
    dict(id="ugrep-missing-input", tool="ugrep", script="ugrep -n ERROR /nonexistent/logs/app.log",
         code="ERR_1003", path="/nonexistent/logs/app.log",
         why="the log file to search does not exist"),
    dict(id="ugrep-pattern-file-missing", tool="ugrep",
         script=f"ugrep -f /nonexistent/rules/patterns.txt {F}/app.log", code="ERR_1003",
         path="/nonexistent/rules/patterns.txt", why="the pattern file named with -f does not exist"),
    dict(id="neg-ugrep-bad-regex", tool="ugrep", script=f"ugrep -n 'timeout(ms' {F}/app.log",
         code="ERR_1007", why="the job's own regular expression is malformed"),
    dict(id="neg-ugrep-unknown-option", tool="ugrep", script=f"ugrep --nosuch-flag ERROR {F}/app.log",
         code="ERR_1007", why="a usage error: the option does not exist"),
    dict(id="ugrep-eacces", tool="ugrep", script=f"ugrep -n root {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="ugrep-filter-missing", tool="ugrep",
         script=f"cp {F}/app.log .; ugrep --filter='log:hodei-logfilter %' INFO app.log",
         code="ERR_1001", command="hodei-logfilter",
         why="the filter program ugrep spawns is not installed"),
    dict(id="neg-ugrep-log-check", tool="ugrep",
         script=neg_check("ugrep", f"ugrep -n -e ERROR -e denied {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because the log holds error lines; the quoted lines are data"),
    # --- ag --------------------------------------------------------------------------------------
    dict(id="ag-missing-dir", tool="ag", script="ag TODO /nonexistent/src", code="ERR_1003",
         path="/nonexistent/src", why="the directory to search does not exist"),
    dict(id="neg-ag-bad-regex", tool="ag", script=f"ag 'timeout(ms' {F}/app.log", code="ERR_1007",
         why="the job's own regular expression is malformed"),
    dict(id="neg-ag-unknown-option", tool="ag", script=f"ag --hodei-mode ERROR {F}", code="ERR_1007",
         why="a usage error: the option does not exist"),
    dict(id="ag-eacces-dir", tool="ag", script=f"ag secret {L}", code="ERR_1002", user="nobody",
         path=L, why="the job's user may not enter the directory"),
    dict(id="neg-ag-log-check", tool="ag",
         script=neg_check("ag", f"ag --nocolor 'ERROR|denied' {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because the log holds error lines; the quoted lines are data"),
    # --- ack -------------------------------------------------------------------------------------
    dict(id="ack-missing-input", tool="ack", script="ack ERROR /nonexistent/logs", code="ERR_1003",
         path="/nonexistent/logs", why="the directory to search does not exist"),
    dict(id="neg-ack-bad-regex", tool="ack", script=f"ack 'worker[0-' {F}/app.log", code="ERR_1007",
         why="the job's own regular expression is malformed"),
    dict(id="neg-ack-unknown-option", tool="ack", script=f"ack --hodei-only ERROR {F}/app.log",
         code="ERR_1007", why="a usage error: the option does not exist"),
    dict(id="ack-eacces", tool="ack", script=f"ack root {RF}", code="ERR_1002", user="nobody",
         path=RF, why="the job's user may not read the file"),
    dict(id="ack-ackrc-missing", tool="ack",
         script=f"ack --ackrc=/nonexistent/conf/ackrc INFO {F}/app.log", code="ERR_1003",
         path="/nonexistent/conf/ackrc", why="the ackrc file named on the command line does not exist"),
    dict(id="neg-ack-bad-ackrc", tool="ack", script=f"ack --ackrc={F}/bad.ackrc INFO {F}/app.log",
         code="ERR_1007", why="the job's ackrc holds an option ack does not know"),
    dict(id="neg-ack-log-check", tool="ack",
         script=neg_check("ack", f"ack --nocolor 'No such file|denied' {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because the log holds error lines; the quoted lines are data"),
    # --- tre-agrep ---------------------------------------------------------------------------------
    dict(id="tre-agrep-missing-input", tool="tre-agrep", script="tre-agrep -2 timeout /nonexistent/app.log",
         code="ERR_1003", path="/nonexistent/app.log", why="the file to search does not exist"),
    dict(id="neg-tre-agrep-bad-pattern", tool="tre-agrep", script=f"tre-agrep -1 'conn(ect' {F}/app.log",
         code="ERR_1007", why="the job's own pattern is malformed"),
    dict(id="tre-agrep-eacces", tool="tre-agrep", script=f"tre-agrep -1 root {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="neg-tre-agrep-log-check", tool="tre-agrep",
         script=neg_check("tre-agrep", f"tre-agrep -1 -i 'permision denied' {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because a fuzzy match found error lines; they are data"),
    # --- grepcidr --------------------------------------------------------------------------------
    dict(id="grepcidr-missing-input", tool="grepcidr", script="grepcidr 10.4.0.0/16 /nonexistent/access.log",
         code="ERR_1003", path="/nonexistent/access.log", why="the log to filter does not exist"),
    dict(id="grepcidr-missing-pattern-file", tool="grepcidr",
         script=f"grepcidr -f /nonexistent/blocklist.txt {F}/access.log", code="ERR_1003",
         path="/nonexistent/blocklist.txt", why="the network list named with -f does not exist"),
    dict(id="neg-grepcidr-bad-cidr", tool="grepcidr", script=f"grepcidr 10.4.0.0/33 {F}/access.log",
         code="ERR_1007", why="the job passes an invalid CIDR pattern"),
    dict(id="grepcidr-eacces", tool="grepcidr", script=f"grepcidr 10.0.0.0/8 {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="neg-grepcidr-log-check", tool="grepcidr",
         script=neg_check("grepcidr", f"grepcidr -f {F}/nets.txt {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because blocked addresses appear in the log; the lines are data"),
    # --- pcregrep / pcre2grep ------------------------------------------------------------------------
    dict(id="pcregrep-missing-input", tool="pcregrep", script="pcregrep -n 'ERROR' /nonexistent/var/app.log",
         code="ERR_1003", path="/nonexistent/var/app.log", why="the file to search does not exist"),
    dict(id="neg-pcregrep-bad-regex", tool="pcregrep", script=f"pcregrep '(?<id>\\d+' {F}/app.log",
         code="ERR_1007", why="the job's own regular expression is malformed"),
    dict(id="pcregrep-eacces", tool="pcregrep", script=f"pcregrep root {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="neg-pcregrep-log-check", tool="pcregrep",
         script=neg_check("pcregrep", f"pcregrep -n 'ERROR.*(No such|No space)' {F}/{B}"), code="ERR_1007",
         why="the job fails its own check because the log holds error lines; the quoted lines are data"),
    dict(id="pcre2grep-missing-input", tool="pcre2grep", script="pcre2grep -c WARN /nonexistent/logs/api.log",
         code="ERR_1003", path="/nonexistent/logs/api.log", why="the file to search does not exist"),
    dict(id="neg-pcre2grep-bad-regex", tool="pcre2grep", script=f"pcre2grep 'level=(warn|error' {F}/app.log",
         code="ERR_1007", why="the job's own regular expression is malformed"),
    dict(id="pcre2grep-eacces", tool="pcre2grep", script=f"pcre2grep root {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="pcre2grep-eacces-dir", tool="pcre2grep", script=f"pcre2grep -r secret {L}", code="ERR_1002",
         user="nobody", path=L, why="the job's user may not enter the directory"),
    dict(id="neg-pcre2grep-log-check", miss="the log lines the job searched for carry no writer's name, so 'error: access denied' reads as the tool's own", tool="pcre2grep",
         script=neg_check("pcre2grep", f"pcre2grep -i 'error:' {F}/plain.log"), code="ERR_1007",
         why="the job fails its own check because the log holds error lines; the quoted lines are data"),
    # --- sgrep -----------------------------------------------------------------------------------
    dict(id="sgrep-missing-input", tool="sgrep", script="sgrep '\"ERROR\"' /nonexistent/app.log",
         code="ERR_1003", path="/nonexistent/app.log", why="the file to search does not exist"),
    dict(id="neg-sgrep-parse-error", tool="sgrep", script=f"sgrep 'ERROR in' {F}/app.log",
         code="ERR_1007", why="the job's own region expression does not parse"),
    # --- zgrep family ------------------------------------------------------------------------------
    dict(id="zgrep-missing-input", tool="zgrep", script="zgrep ERROR /nonexistent/logs/app.log.1.gz",
         code="ERR_1003", path="/nonexistent/logs/app.log.1.gz", why="the rotated log does not exist"),
    dict(id="neg-zgrep-truncated", tool="zgrep", script=f"zgrep 'line 4999' {F}/trunc.log.gz",
         code="ERR_1007", why="the compressed log is truncated: bad input data"),
    dict(id="zgrep-eacces", tool="zgrep", script=f"zgrep root {RF}", code="ERR_1002", user="nobody",
         path=RF, why="the job's user may not read the file"),
    dict(id="zgrep-fork-limit", tool="zgrep", script=f"ulimit -u 1; zgrep 'line 5' {F}/rotated.log.gz",
         code="ERR_1004", user="nobody", why="zgrep cannot fork its decompressor under the process limit"),
    dict(id="neg-zgrep-log-check", tool="zgrep",
         script=neg_check("zgrep", f"zgrep -e 'not found' -e 'cannot open' {F}/errors.log.gz"),
         code="ERR_1007", why="the job fails its own check because the old logs hold error lines; they are data"),
    dict(id="xzgrep-missing-input-fr", tool="xzgrep", script="xzgrep ERROR /nonexistent/logs/app.log.2.xz",
         code="ERR_1003", lang="fr_FR.UTF-8", path="/nonexistent/logs/app.log.2.xz",
         why="the rotated log does not exist"),
    dict(id="neg-xzgrep-truncated-it", tool="xzgrep", script=f"xzgrep 'line 4999' {F}/trunc.log.xz",
         code="ERR_1007", lang="it_IT.UTF-8", why="the compressed log is truncated: bad input data"),
    dict(id="neg-xzgrep-log-check", tool="xzgrep",
         script=neg_check("xzgrep", f"xzgrep -e 'read-only' -e 'fork failed' {F}/errors.log.xz"),
         code="ERR_1007", why="the job fails its own check because the old logs hold error lines; they are data"),
    dict(id="zstdgrep-missing-input", tool="zstdgrep", script="zstdgrep ERROR /nonexistent/logs/app.log.zst",
         code="ERR_1003", path="/nonexistent/logs/app.log.zst", why="the rotated log does not exist"),
    dict(id="neg-zstdgrep-truncated", tool="zstdgrep", script=f"zstdgrep 'line 4999' {F}/trunc.log.zst",
         code="ERR_1007", why="the compressed log is truncated: bad input data"),
    dict(id="bzgrep-missing-input", tool="bzgrep", script="bzgrep ERROR /nonexistent/logs/app.log.bz2",
         code="ERR_1003", path="/nonexistent/logs/app.log.bz2", why="the rotated log does not exist"),
    dict(id="xzgrep-eacces-pt", tool="xzgrep", script=f"xzgrep root {RF}", code="ERR_1002",
         user="nobody", lang="pt_BR.UTF-8", path=RF, why="the job's user may not read the file"),
    dict(id="xzgrep-fork-limit", tool="xzgrep", script=f"ulimit -u 1; xzgrep 'line 5' {F}/rotated.log.xz",
         code="ERR_1004", user="nobody", why="xzgrep cannot fork its decompressor under the process limit"),
    dict(id="sgrep-eacces", tool="sgrep", script=f"sgrep '\"root\"' {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the file"),
    dict(id="neg-zgrep-bad-regex-de", tool="zgrep", script=f"zgrep -E 'line [0-9' {F}/rotated.log.gz",
         code="ERR_1007", lang="de_DE.UTF-8", why="the job's own regular expression is malformed"),
    # --- goaccess --------------------------------------------------------------------------------
    dict(id="goaccess-missing-log", tool="goaccess",
         script="goaccess /nonexistent/nginx/access.log --log-format=COMBINED -o report.html",
         code="ERR_1003", path="/nonexistent/nginx/access.log", why="the access log to analyse does not exist"),
    dict(id="goaccess-missing-log-de", tool="goaccess",
         script="goaccess /nonexistent/nginx/access.log --log-format=COMBINED -o report.html",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/nginx/access.log",
         why="the access log to analyse does not exist"),
    dict(id="goaccess-missing-config", tool="goaccess",
         script=f"goaccess -p /nonexistent/etc/goaccess.conf {F}/access.log -o report.html",
         code="ERR_1003", why="the configuration file named with -p does not exist"),
    dict(id="neg-goaccess-no-time-format", tool="goaccess",
         script=f"goaccess -p {F}/goaccess-notime.conf {F}/access.log -o report.html", code="ERR_1007",
         why="the job's configuration lacks the time format: a configuration error"),
    dict(id="neg-goaccess-format-errors", tool="goaccess",
         script=f"goaccess {F}/plain.log --log-format=COMBINED -o report.html", code="ERR_1007",
         why="the log does not match the declared format: bad input data"),
    dict(id="goaccess-output-dir-missing", tool="goaccess",
         script=f"goaccess {F}/access.log --log-format=COMBINED -o /nonexistent/www/report.html",
         code="ERR_1003", why="the directory for the report does not exist"),
    dict(id="goaccess-eacces-fr", tool="goaccess",
         script=f"goaccess {RF} --log-format=COMBINED -o report.html", code="ERR_1002", user="nobody",
         lang="fr_FR.UTF-8", path=RF, why="the job's user may not read the log"),
    dict(id="goaccess-output-rofs", tool="goaccess",
         script=f"goaccess {F}/access.log --log-format=COMBINED -o $M/report.html", code="ERR_1012",
         mount="ro", why="the report is written to a read-only mount"),
    dict(id="goaccess-output-inodes", tool="goaccess",
         script=f"goaccess {F}/access.log --log-format=COMBINED -o $M/a.html -o $M/b.json -o $M/c.csv",
         code="ERR_1012", mount="inodes", why="the filesystem receiving the reports has no inodes left"),
    # --- lnav ------------------------------------------------------------------------------------
    dict(id="lnav-missing-input", tool="lnav", script="HOME=$PWD lnav -n /nonexistent/logs/app.log",
         code="ERR_1003", path="/nonexistent/logs/app.log", why="the log file to open does not exist"),
    dict(id="lnav-eacces", tool="lnav", script=f"HOME=$PWD lnav -n {RF}", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the log"),
    # --- webalizer --------------------------------------------------------------------------------
    dict(id="webalizer-missing-log", tool="webalizer",
         script="mkdir out; webalizer -Q -n example.org -o out /nonexistent/logs/access.log",
         code="ERR_1003", path="/nonexistent/logs/access.log", why="the access log to analyse does not exist"),
    dict(id="webalizer-output-dir-missing", tool="webalizer",
         script=f"webalizer -Q -n example.org -o /nonexistent/stats {F}/access.log",
         code="ERR_1003", path="/nonexistent/stats", why="the output directory does not exist"),
    dict(id="awstats-missing-log", tool="awstats",
         script=f"/usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=missinglog -update 1>&2",
         code="ERR_1003", path="/nonexistent/logs/access.log", why="the server log the configuration names does not exist"),
    dict(id="awstats-pipe-cmd-missing", tool="awstats",
         script=f"/usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=pipe -update 1>&2",
         code="ERR_1001", command="hodei-logcat",
         why="the program the configured log pipe runs is not installed"),
    dict(id="neg-awstats-no-sitedomain", tool="awstats",
         script=f"/usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=nodomain -update 1>&2",
         code="ERR_1007", why="the job's configuration lacks a required parameter; the hint about permissions is generic"),
    dict(id="awstats-datadir-eacces", tool="awstats",
         script=f"/usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=rootdata -update 1>&2",
         code="ERR_1002", user="nobody", why="the job's user may not write the database into the data directory"),
    dict(id="awstats-datadir-full", tool="awstats",
         script=f"export M; /usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=scratch -update 1>&2",
         code="ERR_1012", mount="full", why="the filesystem holding the statistics database is full"),
    dict(id="awstats-datadir-rofs", tool="awstats",
         script=f"export M; /usr/lib/cgi-bin/awstats.pl -configdir={F}/aw -config=scratch -update 1>&2",
         code="ERR_1012", mount="ro", why="the statistics database is written to a read-only mount"),
    dict(id="zgrep-eio", tool="zgrep", script="zgrep ERROR /proc/self/mem", code="ERR_1012",
         path="/proc/self/mem", why="reading the input fails with an I/O error"),
    dict(id="ugrep-eio", tool="ugrep", script="ugrep ERROR /proc/self/mem", code="ERR_1012",
         path="/proc/self/mem", why="reading the input fails with an I/O error"),
    dict(id="tre-agrep-eio", tool="tre-agrep", script="tre-agrep -1 ERROR /proc/self/mem", code="ERR_1012",
         path="/proc/self/mem", why="reading the input fails with an I/O error"),
    dict(id="ack-eio", tool="ack", script="ack ERROR /proc/self/mem", code="ERR_1012",
         path="/proc/self/mem", why="reading the input fails with an I/O error"),
    dict(id="sgrep-eio", tool="sgrep", script="sgrep '\"ERROR\"' /proc/self/mem", code="ERR_1012",
         path="/proc/self/mem", why="reading the input fails with an I/O error"),
    # --- logwatch / logtail --------------------------------------------------------------------------
    dict(id="neg-logwatch-unknown-service", tool="logwatch",
         script="logwatch --service hodei-api --output stdout --range today", code="ERR_1007",
         why="the service is unknown in logwatch's own configuration"),
    dict(id="logtail-missing-input", tool="logtail", script="logtail -f /nonexistent/log/syslog -o offset",
         code="ERR_1003", path="/nonexistent/log/syslog", why="the log to read does not exist"),
    dict(id="logtail-eacces", tool="logtail", script=f"logtail -f {RF} -o offset", code="ERR_1002",
         user="nobody", path=RF, why="the job's user may not read the log"),
    dict(id="logtail-offset-eacces", tool="logtail",
         script=f"logtail -f {F}/app.log -o {RD}/app.offset 1>/dev/null", code="ERR_1002", user="nobody",
         path=f"{RD}/app.offset", why="the job's user may not create the offset file in that directory"),
    dict(id="neg-dconv-bad-date", tool="dateutils.dconv",
         script="echo '2026-13-45' | dateutils.dconv -i '%Y-%m-%d' -f '%F'", code="ERR_1007",
         why="the input holds an invalid date: bad input data"),
    dict(id="pdfgrep-missing-input", tool="pdfgrep", script="pdfgrep -n invoice /nonexistent/docs/q4.pdf",
         code="ERR_1003", path="/nonexistent/docs/q4.pdf", why="the PDF to search does not exist"),
    dict(id="neg-pdfgrep-not-pdf", tool="pdfgrep", script=f"pdfgrep -n total {F}/report.pdf",
         code="ERR_1007", why="the file exists but is not a PDF: bad input data"),
]
