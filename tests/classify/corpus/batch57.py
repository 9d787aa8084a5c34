"""Sealed batch 57: date, time and scheduling utilities."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (93.1% of codes, 67/72), then worked on."""
B = f"{R}/batch57"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
printf 'Rule EU 1981 max - Mar lastSun 1:00u 1:00 S\nRule EU 1996 max - Oct lastSun 1:00u 0 -\nZone Hodei/Office 1:00 EU CE%sT\n' > office.zi
printf 'Zone Hodei/Broken 1:00 NoSuchRule CE%%sT\nRule EU 1981 max - Mar lastSun 1:00u 1:00 S\nLink Hodei/Missing\n' > broken.zi
printf '2024-03-01\n2023-11-15\n2024-01-07\n' > dates.txt
printf 'REM 1 Jan 2030 MSG New year freeze\n' > ok.rem
printf 'REM 1 Jan 2030 MSG release\nIF\nREM Mon AT 25:99 MSG standup\n' > broken.rem
printf 'SHELL=/bin/sh\n1 5 hodei.daily echo ok\n' > anacrontab
printf '1 x y\n' > bad.anacrontab
mkdir -p jobs-fail jobs-arm jobs-missing jobs-words jobs-ok spool
printf '#!/bin/sh\necho "rotating logs" \necho "error: archive volume full, 3 files skipped" >&2\nexit 2\n' > jobs-fail/10rotate
printf '#!/bin/sh\nhodei-dbvacuum --all\n' > jobs-missing/20vacuum
printf '#!/bin/sh\necho "check: no such user deploy, permission denied for role" >&2\nexit 1\n' > jobs-words/30audit
printf '#!/bin/sh\necho ok\n' > jobs-ok/10ok
cp /bin/true jobs-arm/40sync
printf '\xb7\x00' | dd of=jobs-arm/40sync bs=1 seek=18 conv=notrunc 2>/dev/null
cp jobs-arm/40sync armsync
chmod 755 jobs-*/* armsync
printf 'hodei\n' > notdates.txt
chmod -R a+rX .
"""

def case(id, tool, script, code, why, **kw):
    d = {"id": id, "tool": tool, "script": script, "code": code, "why": why}
    d.update(kw)
    return d

N = "nobody"
CASES = [
    # --- zic -------------------------------------------------------------------------------
    case("zic-source-missing", "zic", "zic -d zoneinfo /nonexistent/tzdata/europe.zi", "ERR_1003",
         "the zone source file the job compiles does not exist", path="/nonexistent/tzdata/europe.zi"),
    case("zic-source-unreadable", "zic", f"zic -d zoneinfo {L}/secret.txt", "ERR_1002",
         "the job's user may not read the zone source file", user=N, path=f"{L}/secret.txt"),
    case("zic-outdir-denied", "zic", f"zic -d {RD}/zoneinfo {B}/office.zi", "ERR_1002",
         "the job's user may not create the output directory in a root-owned directory", user=N,
         path=f"{RD}/zoneinfo"),
    case("zic-outdir-rofs", "zic", f"zic -d $M/zoneinfo {B}/office.zi", "ERR_1012",
         "the output directory is on a read-only file system", mount="ro", path="$M/zoneinfo"),
    case("zic-outdir-full", "zic", "zic -d $M/zoneinfo /usr/share/zoneinfo/tzdata.zi", "ERR_1012",
         "compiling the zone files fills the disk", mount="full",
         path="$M/zoneinfo/Africa/Abidjan"),
    case("zic-outdir-inodes", "zic", f"zic -d $M/zoneinfo {B}/office.zi", "ERR_1012",
         "no inodes are left for the compiled zone files", mount="inodes",
         path="$M/zoneinfo/Hodei/Office"),
    case("neg-zic-bad-source", "zic", f"zic -d zoneinfo {B}/broken.zi", "ERR_1007",
         "the zone source has syntax errors: bad input data"),
    case("neg-zic-unknown-option", "zic", f"zic --output zoneinfo {B}/office.zi", "ERR_1007",
         "zic is called with an option it does not know: a usage error"),
    # --- zdump ------------------------------------------------------------------------------
    case("neg-zdump-bad-cutoff", "zdump", "zdump -v -c 2020-2030 Europe/Berlin", "ERR_1007",
         "the year range argument is malformed: a usage error"),
    case("neg-zdump-unknown-option", "zdump", "zdump -Z UTC", "ERR_1007",
         "zdump is given an option it does not know"),
    # --- dateutils --------------------------------------------------------------------------
    case("neg-ddiff-unparseable", "dateutils.ddiff", "dateutils.ddiff 2024-01-01 2024-13-45", "ERR_1007",
         "the second date is not a valid date: bad input"),
    case("neg-ddiff-no-reference", "dateutils.ddiff", "dateutils.ddiff -f '%d'", "ERR_1007",
         "the job calls ddiff without the reference date: a usage error"),
    case("neg-dadd-bad-duration", "dateutils.dadd", "dateutils.dadd 2024-01-31 +1month", "ERR_1007",
         "the duration string is not in dadd's syntax"),
    case("neg-dround-bad-unit", "dateutils.dround", "dateutils.dround 2024-03-01T10:11:12 /15min", "ERR_1007",
         "the rounding specification is not understood: a usage error"),
    case("neg-dround-bad-date", "dateutils.dround", "dateutils.dround -i '%d/%m/%Y' 2024-03-01 1h", "ERR_1007",
         "the date does not match the given input format"),
    case("neg-dseq-bad-step", "dateutils.dseq", "dateutils.dseq 2024-01-01 fortnight 2024-03-01", "ERR_1007",
         "the step of the sequence is not a duration dseq understands"),
    case("neg-dtest-bad-date", "dateutils.dtest", "dateutils.dtest someday --gt 2024-01-01", "ERR_1007",
         "dtest cannot parse the date it is asked to compare"),
    case("dsort-input-missing", "dateutils.dsort", "dateutils.dsort /nonexistent/releases.txt", "ERR_1003",
         "the file to sort does not exist", path="/nonexistent/releases.txt"),
    case("dsort-input-unreadable", "dateutils.dsort", f"dateutils.dsort {L}/secret.txt", "ERR_1002",
         "the job's user may not read the file to sort", user=N, path=f"{L}/secret.txt"),
    case("neg-dgrep-no-expression", "dateutils.dgrep", f"dateutils.dgrep < {B}/dates.txt", "ERR_1007",
         "dgrep is called without the expression it needs: a usage error"),
    case("neg-strptime-mismatch", "dateutils.strptime", "dateutils.strptime -i '%d.%m.%Y' 2024-03-01", "ERR_1007",
         "the string does not match the input format: bad input"),
    case("neg-dzone-unknown-zone", "dateutils.dzone", "dateutils.dzone Mars/Olympus 2024-03-01T12:00", "ERR_1007",
         "the zone name does not exist in the time zone database: an unknown name in the tool's world"),
    # --- run-parts --------------------------------------------------------------------------
    case("run-parts-dir-missing", "run-parts", "run-parts /nonexistent/cron.daily", "ERR_1003",
         "the directory of jobs to run does not exist", path="/nonexistent/cron.daily"),
    case("run-parts-dir-denied", "run-parts", f"run-parts {L}", "ERR_1002",
         "the job's user may not open the directory of jobs", user=N, path=L),
    case("run-parts-exec-format", "run-parts", f"run-parts {B}/jobs-arm", "ERR_1004",
         "a job in the directory is a binary for another architecture: exec format error"),
    case("run-parts-job-cmd-missing", "run-parts", f"run-parts {B}/jobs-missing", "ERR_1001",
         "a job script calls a program that is not installed", command="hodei-dbvacuum"),
    case("run-parts-fork-limit", "run-parts", f"ulimit -u 1; run-parts {B}/jobs-ok", "ERR_1004",
         "under the process limit run-parts cannot fork the job", user=N),
    case("neg-run-parts-job-fails", "run-parts", f"run-parts {B}/jobs-fail", "ERR_1007",
         "a job script exits with an error of its own"),
    case("neg-run-parts-report-words", "run-parts", f"run-parts --report {B}/jobs-words", "ERR_1007",
         "the audit job fails on its own check; its message only quotes error words"),
    case("neg-run-parts-bad-regex", "run-parts", f"run-parts --regex '[a-' {B}/jobs-ok", "ERR_1007",
         "the filter expression is not a valid regular expression: a usage error"),
    # --- at family --------------------------------------------------------------------------
    case("neg-atrm-unknown-job", "atrm", "atrm 987654", "ERR_1007",
         "the job number is not in the queue: an unknown name in the tool's world"),
    case("neg-atq-bad-queue", "atq", "atq -q 5", "ERR_1007",
         "the queue name is not a letter: a usage error"),
    case("neg-batch-args", "batch", "batch -f /nonexistent/jobs/reindex.sh 1>&2", "ERR_1007",
         "batch takes no arguments: a usage error, nothing was queued"),
    # --- ntp clients ------------------------------------------------------------------------
    case("neg-ntpdate-refused", "ntpdate", "ntpdate -q -t 1 127.0.0.1", "ERR_1007",
         "no time server answers on the address: a service that does not answer"),
    case("neg-ntpdate-dns", "ntpdate", "ntpdate -q -t 1 time.hodei.invalid", "ERR_1007",
         "the server name does not resolve: a network failure"),
    case("neg-sntp-refused", "sntp", "sntp -t 1 127.0.0.1", "ERR_1007",
         "no time server answers on loopback"),
    case("neg-sntp-dns", "sntp", "sntp -t 1 pool.hodei.invalid", "ERR_1007",
         "the time server's name does not resolve"),
    case("neg-rdate-refused", "rdate", "rdate -p 127.0.0.1", "ERR_1007",
         "nothing listens on the time port: connection refused"),
    case("neg-rdate-dns", "rdate", "rdate -p clock.hodei.invalid", "ERR_1007",
         "the host name of the time server does not resolve"),
    # --- date -------------------------------------------------------------------------------
    case("neg-date-invalid", "date", "date -d 'next blurday' +%F", "ERR_1007",
         "the date expression is invalid: bad input"),
    case("neg-date-invalid-de", "date", "date -d '2024-02-30' +%F", "ERR_1007",
         "the date does not exist: bad input", lang="de_DE.UTF-8"),
    case("date-file-missing", "date", "date -f /nonexistent/deadlines.txt +%s", "ERR_1003",
         "the file of dates does not exist", path="/nonexistent/deadlines.txt"),
    case("date-file-missing-fr", "date", "date -f /nonexistent/echeances.txt", "ERR_1003",
         "the file of dates does not exist", lang="fr_FR.UTF-8", path="/nonexistent/echeances.txt"),
    case("date-reference-missing", "date", "date -r /nonexistent/build.stamp +%s", "ERR_1003",
         "the reference file whose time is asked does not exist", path="/nonexistent/build.stamp"),
    case("date-file-unreadable", "date", f"date -f {L}/secret.txt", "ERR_1002",
         "the job's user may not read the file of dates", user=N, path=f"{L}/secret.txt"),
    # --- cal / ncal -------------------------------------------------------------------------
    case("neg-ncal-bad-month", "ncal", "ncal 13 2024", "ERR_1007",
         "the month number is out of range: a usage error"),
    case("neg-cal-usage", "cal", "cal 2024 2025 2026", "ERR_1007",
         "too many arguments: cal prints its usage"),
    case("neg-ncal-country", "ncal", "ncal -s XX", "ERR_1007",
         "the country code is unknown to ncal"),
    # --- cronic -----------------------------------------------------------------------------
    # --- remind -----------------------------------------------------------------------------
    case("remind-file-missing", "remind", "remind /nonexistent/team.rem", "ERR_1003",
         "the reminder file does not exist", path="/nonexistent/team.rem"),
    case("remind-file-unreadable", "remind", f"remind {L}/secret.txt", "ERR_1002",
         "the job's user may not read the reminder file", user=N, path=f"{L}/secret.txt"),
    # --- gcal -------------------------------------------------------------------------------
    case("neg-gcal-unknown-option", "gcal", "gcal --holidays-for=xx", "ERR_1007",
         "gcal is given an option it does not know"),
    case("neg-gcal-unknown-option-de", "gcal", "gcal --foo", "ERR_1007",
         "gcal is given an option it does not know", lang="de_DE.UTF-8"),
    # --- timelimit / snooze -----------------------------------------------------------------
    case("timelimit-cmd-missing", "timelimit", "timelimit -t 5 hodei-export --all", "ERR_1001",
         "the program timelimit should run is not installed", command="hodei-export"),
    case("neg-timelimit-expired", "timelimit", "timelimit -q -t 1 -T 1 sleep 10; timelimit -t 1 -T 1 sleep 10",
         "ERR_1007", "the job overran its own time limit and was killed"),
    case("snooze-cmd-missing", "snooze", "snooze -H'*' -M'*' -S'*' hodei-report", "ERR_1001",
         "the program snooze should run is not installed"),
    case("timelimit-fork-limit", "timelimit", "ulimit -u 1; timelimit -t 5 true", "ERR_1004",
         "under the process limit timelimit cannot fork the child", user=N),
    # --- calcurse ---------------------------------------------------------------------------
    case("calcurse-apts-missing", "calcurse", "calcurse -D cal -c /nonexistent/apts -a 1>&2", "ERR_1003",
         "the appointments file does not exist", path="/nonexistent/apts"),
    case("calcurse-dir-denied", "calcurse", f"calcurse -D {L}/calcurse -a 1>&2", "ERR_1002",
         "the job's user may not use the data directory", user=N,
         path=f"{L}/calcurse"),
    case("calcurse-dir-rofs", "calcurse", "calcurse -D $M/calcurse -a 1>&2", "ERR_1012",
         "the data directory is on a read-only file system", mount="ro",
         path="$M/calcurse"),
    # --- anacron ----------------------------------------------------------------------------
    case("anacron-tab-missing", "anacron", "anacron -T -t /nonexistent/anacrontab", "ERR_1003",
         "the anacrontab does not exist", path="/nonexistent/anacrontab"),
    case("neg-anacron-tab-syntax", "anacron", f"anacron -T -t {B}/bad.anacrontab", "ERR_1007",
         "the anacrontab has a syntax error"),
    case("anacron-spool-missing", "anacron", f"anacron -d -n -u -t {B}/anacrontab -S spool", "ERR_1003",
         "the spool directory does not exist", path="spool"),
    case("anacron-tab-unreadable", "anacron", f"anacron -T -t {L}/secret.txt", "ERR_1002",
         "the job's user may not read the anacrontab", user=N, path=f"{L}/secret.txt"),
    case("anacron-spool-denied", "anacron", f"anacron -d -u -t {B}/anacrontab -S {RD}", "ERR_1002",
         "the job's user may not write the timestamp files in the root-owned spool directory", user=N),
    case("anacron-spool-rofs", "anacron", f"anacron -d -u -t {B}/anacrontab -S $M", "ERR_1012",
         "the spool directory is on a read-only file system", mount="ro"),
    case("calcurse-dir-inodes", "calcurse", "calcurse -D $M/calcurse -a 1>&2", "ERR_1012",
         "no inodes are left for calcurse's data files", mount="inodes",
         path="$M/calcurse/hooks"),
    case("date-reference-denied", "date", f"date -r {L}/secret.txt +%s", "ERR_1002",
         "the job's user may not look into the directory of the reference file", user=N,
         path=f"{L}/secret.txt"),
    case("neg-gcal-unknown-option-fr", "gcal", "gcal --vacances", "ERR_1007",
         "gcal is given an option it does not know", lang="fr_FR.UTF-8"),
    case("neg-dadd-bad-date", "dateutils.dadd", "dateutils.dadd -i '%Y-%m-%d' 31/01/2024 +1d", "ERR_1007",
         "the date does not match the input format: bad input"),
    case("neg-dsort-bad-format", "dateutils.dsort", f"dateutils.dsort -i '%d.%m.%Y' -S {B}/notdates.txt", "ERR_1007",
         "dsort is called with an option it does not know: a usage error"),
    case("zic-leapseconds-missing", "zic", f"zic -d zoneinfo -L /nonexistent/tzdata/leapseconds {B}/office.zi",
         "ERR_1003", "the leap second file the job names does not exist",
         path="/nonexistent/tzdata/leapseconds"),
    case("anacron-fork-limit", "anacron", f"mkdir spool; ulimit -u 1; anacron -d -f -n -t {B}/anacrontab -S spool",
         "ERR_1004", "under the process limit anacron cannot fork the job", user=N),
]
