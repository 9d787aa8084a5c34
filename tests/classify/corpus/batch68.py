"""Sealed batch 68: profilers, tracers and performance analysis tools as CI and perf jobs run them."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (80.6% of codes, 79/98), then worked on."""
B = f"{R}/batch68"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
cat > bench.c <<'C'
#include <stdio.h>
#include <stdlib.h>
static long work(long n){long s=0;for(long i=0;i<n;i++)s+=i%7;return s;}
int main(int argc,char**argv){long n=argc>1?atol(argv[1]):2000000;void*p=malloc(1000);printf("%ld\n",work(n));free(p);return 0;}
C
gcc -O0 -pg -o bench-pg bench.c
gcc -O0 -g -o bench bench.c
gcc -O0 -pg -o bench-uftrace bench.c
( ./bench-pg 100000 >/dev/null )
mv gmon.out gmon-good.out
head -c 40 gmon-good.out > gmon-truncated.out
printf 'this is not a gmon file\n' > gmon-text.out
valgrind --tool=callgrind --callgrind-out-file=callgrind.out.good ./bench 1000 >/dev/null 2>&1
valgrind --tool=massif --massif-out-file=massif.out.good ./bench 1000 >/dev/null 2>&1
valgrind --tool=cachegrind --cachegrind-out-file=cachegrind.out.good ./bench 1000 >/dev/null 2>&1
printf 'garbage line one\nevents: nope\n\x00\x01binary\n' > callgrind.out.bad
printf 'desc: x\ncmd: y\nnot a massif file\n' > massif.out.bad
printf 'random text\n' > cachegrind.out.bad
perf record -q -o perf.data.good ./bench 100000 >/dev/null 2>&1 || true
printf 'PERFILE2 but not really a perf file, just text\n' > perf.data.bad
head -c 300 perf.data.good > perf.data.truncated 2>/dev/null || true
printf 'not a heaptrack file\n' | gzip > heaptrack.bad.gz
printf 'garbage' > heaptrack.bad.zst
printf 'not a profile at all\n' > cpu.prof.bad
mkdir -p ctf-empty ctf-bad && printf '/* CTF 1.8 */\ntrace { major = 1; minor = 8; byte_order = le; ;;; broken\n' > ctf-bad/metadata && printf 'x' > ctf-bad/stream_0
printf 'import time\nimport hodei_metrics_client\n' > needs_module.py
printf 'def f():\n    return sum(range(100000))\nf()\nraise SystemExit("benchmark failed: baseline file not found in cache")\n' > fails.py
printf 'print("ok")\n' > ok.py
printf 'def broken(:\n' > syntax.py
python3 - <<'PY'
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
import os
os.makedirs('armbin', exist_ok=True)
open('armbin/bench', 'wb').write(d)
PY
chmod 755 armbin/bench
cp callgrind.out.good callgrind.out.secret && chmod 600 callgrind.out.secret
cp massif.out.good massif.out.secret && chmod 600 massif.out.secret
cp gmon-good.out gmon-secret.out && chmod 600 gmon-secret.out
printf 'kprobe:do_nanosleep { @[comm] = count() \n' > bad.bt
printf 'tracepoint:syscalls:sys_enter_openat { printf("%%s\\n", str(args->filename)); }\n' > opens.bt
chmod -R a+rX .
printf 'not really a trace-cmd file\n' > trace.dat.secret
chmod 600 callgrind.out.secret massif.out.secret gmon-secret.out trace.dat.secret
"""


def case(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- perf ---------------------------------------------------------------------------------
    case("perf-stat-workload-missing", "perf", "perf stat -- hodei-bench --iterations 10",
         "ERR_1001", "the benchmark program perf was asked to run is not installed",
         command="hodei-bench"),
    case("perf-record-script-missing", "perf", "perf record -o perf.data -- ./bench.sh",
         "ERR_1001", "the workload script perf should start does not exist", command="./bench.sh"),
    case("perf-report-input-missing", "perf", "perf report -i perf.data --stdio", "ERR_1003",
         "no perf.data was recorded in this directory, so the report has no input",
         path="perf.data"),
    case("perf-script-input-missing", "perf", "perf script -i /nonexistent/perf.data",
         "ERR_1003", "the recording to dump does not exist", path="/nonexistent/perf.data"),
    case("perf-record-outdir-missing", "perf", f"perf record -o results/perf.data -- {B}/bench 1000",
         "ERR_1003", "the output file's directory does not exist", path="results/perf.data"),
    case("perf-record-eacces", "perf", f"perf record -o {RD}/perf.data -- {B}/bench 1000",
         "ERR_1002", "the job's user may not create the recording in a root-owned directory",
         user=NOBODY, path=f"{RD}/perf.data"),
    case("perf-stat-systemwide-unprivileged", "perf", "perf stat -a -- sleep 0.1", "ERR_1002",
         "system-wide counting needs privileges the unprivileged job does not have", user=NOBODY),
    case("perf-record-systemwide-unprivileged", "perf", "perf record -a -g -o perf.data -- sleep 0.1",
         "ERR_1002", "system-wide sampling needs privileges the unprivileged job does not have",
         user=NOBODY),
    case("perf-stat-fork-eagain", "perf", f"ulimit -u 1; perf stat -- {B}/bench 1000", "ERR_1004",
         "perf could not fork the workload under the process limit", user=NOBODY),
    case("perf-record-rofs", "perf", f"perf record -o $M/perf.data -- {B}/bench 1000", "ERR_1012",
         "the recording is written to a read-only file system", mount="ro", path="$M/perf.data"),
    case("perf-script-python-missing", "perf", f"perf script -i {B}/perf.data.good -s export_flame.py",
         "ERR_1003", "the python script perf script should run does not exist",
         path="export_flame.py"),
    case("perf-diff-baseline-missing", "perf", f"perf diff /nonexistent/baseline.data {B}/perf.data.good",
         "ERR_1003", "the baseline recording to compare against does not exist",
         path="/nonexistent/baseline.data"),
    case("neg-perf-report-bad-format", "perf", f"perf report -i {B}/perf.data.bad --stdio", "ERR_1007",
         "the input is not a perf recording: bad data"),
    case("neg-perf-stat-event-syntax", "perf", f"perf stat -e hodei_cycles -- {B}/bench 1000",
         "ERR_1007", "the event name is invalid: a usage error"),
    case("neg-perf-workload-fails", "perf", f"perf stat -- python3 {B}/fails.py", "ERR_1007",
         "the measured benchmark itself failed with its own message"),
    case("neg-perf-unknown-subcommand", "perf", "perf flame --stdio", "ERR_1007",
         "perf has no such subcommand: a usage error"),
    # --- gprof --------------------------------------------------------------------------------
    case("gprof-gmon-missing", "gprof", f"gprof -b {B}/bench-pg", "ERR_1003",
         "the program never ran here, so the gmon.out profile gprof reads does not exist",
         path="gmon.out"),
    case("gprof-binary-missing", "gprof", f"gprof -b build/app {B}/gmon-good.out", "ERR_1003",
         "the profiled executable does not exist", path="build/app"),
    case("gprof-gmon-eacces", "gprof", f"gprof -b {B}/bench-pg {B}/gmon-secret.out", "ERR_1002",
         "the profile data file is readable only by root", user=NOBODY, path=f"{B}/gmon-secret.out"),
    case("neg-gprof-truncated", "gprof", f"gprof -b {B}/bench-pg {B}/gmon-truncated.out",
         "ERR_1007", "the profile data is truncated: bad input"),
    case("neg-gprof-not-gmon", "gprof", f"gprof -b {B}/bench-pg {B}/gmon-text.out", "ERR_1007",
         "the profile data file is not gmon data: bad input"),
    case("neg-gprof-no-symbols", "gprof", f"gprof -b /bin/true {B}/gmon-good.out", "ERR_1007",
         "the executable given has no symbols to attribute the profile to: the job's own mistake"),
    # --- valgrind's report tools ----------------------------------------------------------------
    case("callgrind_annotate-missing", "callgrind_annotate",
         "callgrind_annotate /nonexistent/callgrind.out.4242", "ERR_1003",
         "the callgrind output file does not exist", path="/nonexistent/callgrind.out.4242"),
    case("callgrind_annotate-eacces", "callgrind_annotate",
         f"callgrind_annotate {B}/callgrind.out.secret", "ERR_1002",
         "the profile is readable only by root and the job runs unprivileged", user=NOBODY,
         path=f"{B}/callgrind.out.secret"),
    case("neg-callgrind_annotate-bad-option", "callgrind_annotate",
         f"callgrind_annotate --threshold=200 {B}/callgrind.out.good", "ERR_1007",
         "the threshold is out of range: a usage error"),
    case("ms_print-missing", "ms_print", "ms_print massif.out.12345", "ERR_1003",
         "the massif output file does not exist", path="massif.out.12345"),
    case("ms_print-eacces", "ms_print", f"ms_print {B}/massif.out.secret", "ERR_1002",
         "the massif output is readable only by root", user=NOBODY, path=f"{B}/massif.out.secret"),
    case("neg-ms_print-bad", "ms_print", f"ms_print {B}/massif.out.bad", "ERR_1007",
         "the file is not massif output: a header line is missing"),
    case("cg_annotate-missing", "cg_annotate", "cg_annotate /nonexistent/cachegrind.out.777",
         "ERR_1003", "the cachegrind output file does not exist",
         path="/nonexistent/cachegrind.out.777"),
    case("neg-cg_annotate-bad", "cg_annotate", f"cg_annotate {B}/cachegrind.out.bad", "ERR_1007",
         "the file is not cachegrind output: bad input"),
    case("cg_annotate-source-missing", "cg_annotate",
         f"cg_annotate {B}/cachegrind.out.good /nonexistent/src/bench.c", "ERR_1003",
         "the source file to annotate does not exist", path="/nonexistent/src/bench.c"),
    case("cg_merge-input-missing", "cg_merge",
         f"cg_merge -o merged.out {B}/cachegrind.out.good /nonexistent/cachegrind.out.2",
         "ERR_1003", "one of the runs to merge has no output file",
         path="/nonexistent/cachegrind.out.2"),
    case("neg-cg_merge-bad", "cg_merge", f"cg_merge -o merged.out {B}/cachegrind.out.good {B}/cachegrind.out.bad",
         "ERR_1007", "one input is not cachegrind output: bad data"),
    case("neg-cg_diff-bad", "cg_diff", f"cg_diff {B}/cachegrind.out.good {B}/cachegrind.out.bad",
         "ERR_1007", "the second profile is not cachegrind output: bad data"),
    case("cg_diff-missing", "cg_diff", f"cg_diff {B}/cachegrind.out.good cachegrind.out.baseline",
         "ERR_1003", "the baseline profile does not exist", path="cachegrind.out.baseline"),
    # --- heaptrack ------------------------------------------------------------------------------
    case("heaptrack-debuggee-missing", "heaptrack", "heaptrack hodei-bench --size 10 1>&2", "ERR_1001",
         "the program to profile is not installed", command="hodei-bench"),
    case("heaptrack_print-missing", "heaptrack_print", "heaptrack_print heaptrack.bench.4242.zst",
         "ERR_1003", "the heaptrack recording does not exist", path="heaptrack.bench.4242.zst"),
    # --- GNU time -------------------------------------------------------------------------------
    case("time-cmd-missing", "time", "/usr/bin/time -v hodei-bench", "ERR_1001",
         "the program to time is not installed", command="hodei-bench"),
    case("time-output-dir-missing", "time", f"/usr/bin/time -o results/time.txt {B}/bench 1000",
         "ERR_1003", "the directory for the timing output does not exist",
         path="results/time.txt"),
    case("time-output-eacces", "time", f"/usr/bin/time -o {RD}/time.txt {B}/bench 1000",
         "ERR_1002", "the job's user may not write the timing file into a root-owned directory",
         user=NOBODY, path=f"{RD}/time.txt"),
    case("time-fork-eagain", "time", f"ulimit -u 1; /usr/bin/time {B}/bench 1000", "ERR_1004",
         "time could not fork the command under the process limit", user=NOBODY),
    case("time-output-rofs", "time", f"/usr/bin/time -o $M/time.txt {B}/bench 1000", "ERR_1012",
         "the timing output goes to a read-only file system", mount="ro", path="$M/time.txt"),
    case("neg-time-workload-fails", "time", f"/usr/bin/time -v python3 {B}/fails.py", "ERR_1007",
         "the timed benchmark failed with its own message"),
    # --- sysstat --------------------------------------------------------------------------------
    case("pidstat-fork-eagain", "pidstat", f"ulimit -u 1; pidstat -e {B}/bench 1000", "ERR_1004",
         "pidstat could not fork the program to monitor under the process limit", user=NOBODY),
    case("fr-pidstat-fork-eagain", "pidstat", f"ulimit -u 1; pidstat -r -e {B}/bench 1000",
         "ERR_1004", "pidstat could not fork the program to monitor under the process limit",
         user=NOBODY, lang="fr_FR.UTF-8"),
    case("neg-pidstat-bad-pid", "pidstat", "pidstat -d -p webserver 1 1", "ERR_1007",
         "a process name is given where a pid is expected: a usage error"),
    case("neg-pt-pidstat-bad-task", "pidstat", "pidstat -T THREADS 1 1", "ERR_1007",
         "the -T value is not one pidstat knows: a usage error", lang="pt_BR.UTF-8"),
    case("neg-de-mpstat-bad-cpu", "mpstat", "mpstat -P 99 1 1", "ERR_1007",
         "the machine has no such CPU: a usage error", lang="de_DE.UTF-8"),
    case("neg-mpstat-bad-format", "mpstat", "mpstat -o XML 1 1", "ERR_1007",
         "mpstat has no XML output: a usage error"),
    # --- ltrace ---------------------------------------------------------------------------------
    case("ltrace-cmd-missing", "ltrace", "ltrace -c hodei-bench", "ERR_1001",
         "the program to trace is not installed", command="hodei-bench"),
    case("ltrace-wrong-arch", "ltrace", f"ltrace {B}/armbin/bench", "ERR_1004",
         "the program is built for another architecture and cannot run here"),
    case("ltrace-fork-eagain", "ltrace", f"ulimit -u 1; ltrace -c {B}/bench 1000", "ERR_1004",
         "ltrace could not fork the traced program under the process limit", user=NOBODY),
    case("ltrace-output-dir-missing", "ltrace", f"ltrace -o out/ltrace.log {B}/bench 1000",
         "ERR_1003", "the log's directory does not exist", path="out/ltrace.log"),
    case("ltrace-output-rofs", "ltrace", f"ltrace -o $M/ltrace.log {B}/bench 1000", "ERR_1012",
         "the trace log goes to a read-only file system", mount="ro", path="$M/ltrace.log"),
    # --- uftrace --------------------------------------------------------------------------------
    case("uftrace-cmd-missing", "uftrace", "uftrace record hodei-bench", "ERR_1001",
         "the program to trace is not installed", command="hodei-bench"),
    case("neg-uftrace-no-mcount", "uftrace", f"uftrace record {B}/bench 1000", "ERR_1007",
         "the program was not built with -pg, so uftrace cannot trace it: the job's own build"),
    case("uftrace-replay-missing", "uftrace", "uftrace replay -d /nonexistent/uftrace.data",
         "ERR_1003", "the recorded trace directory does not exist", path="/nonexistent/uftrace.data"),
    case("uftrace-record-eacces", "uftrace", f"uftrace record -d {RD}/uftrace.data {B}/bench-uftrace 1000",
         "ERR_1002", "the job's user may not create the trace directory in a root-owned directory",
         user=NOBODY, path=f"{RD}/uftrace.data"),
    case("uftrace-fork-eagain", "uftrace", f"ulimit -u 1; uftrace record {B}/bench-uftrace 1000",
         "ERR_1004", "uftrace could not start the child under the process limit", user=NOBODY),
    case("uftrace-record-rofs", "uftrace", f"uftrace record -d $M/uftrace.data {B}/bench-uftrace 1000",
         "ERR_1012", "the trace directory is on a read-only file system", mount="ro"),
    # --- bpftrace -------------------------------------------------------------------------------
    case("bpftrace-unprivileged", "bpftrace", f"bpftrace {B}/opens.bt", "ERR_1002",
         "bpftrace needs root and the job runs unprivileged", user=NOBODY),
    case("bpftrace-script-missing", "bpftrace", "bpftrace /nonexistent/probes.bt", "ERR_1003",
         "the probe script does not exist", path="/nonexistent/probes.bt"),
    case("neg-bpftrace-syntax", "bpftrace", f"bpftrace {B}/bad.bt", "ERR_1007",
         "the probe script has a syntax error"),
    # --- babeltrace -----------------------------------------------------------------------------
    case("babeltrace-trace-missing", "babeltrace", "babeltrace /nonexistent/lttng-traces/ci",
         "ERR_1003", "the trace directory to read does not exist"),
    case("neg-babeltrace-metadata-syntax", "babeltrace", f"babeltrace {B}/ctf-bad", "ERR_1007",
         "the trace's metadata has a syntax error: bad input"),
    case("babeltrace2-trace-missing", "babeltrace2", "babeltrace2 /nonexistent/lttng-traces/ci",
         "ERR_1003", "the trace directory to read does not exist", miss="babeltrace2's log lines end in 'No source component.', which names nothing"),
    case("neg-babeltrace2-metadata-syntax", "babeltrace2", f"babeltrace2 {B}/ctf-bad", "ERR_1007",
         "the trace's metadata has a syntax error: bad input"),
    # --- lttng ----------------------------------------------------------------------------------
    case("neg-lttng-no-sessiond", "lttng", "lttng --no-sessiond list", "ERR_1007",
         "no session daemon is running to answer: a service that does not answer", user=NOBODY),
    case("neg-lttng-create-no-sessiond", "lttng", "lttng --no-sessiond create ci-trace --output=traces",
         "ERR_1007", "no session daemon is running to create the session in"),
    # --- python profilers -----------------------------------------------------------------------
    case("py-spy-cmd-missing", "py-spy", "py-spy record -o profile.svg -- hodei-bench", "ERR_1001",
         "the program py-spy should start is not installed", command="hodei-bench"),
    case("neg-py-spy-no-such-pid", "py-spy", "py-spy dump --pid 999999", "ERR_1007",
         "no process has that pid: an unknown name in the tool's world", miss="a process that is gone is reported with ENOENT from /proc, which reads as a missing file"),
    case("memray-script-missing", "memray", "memray run -o out.bin /nonexistent/bench.py",
         "ERR_1003", "the script to profile does not exist", path="/nonexistent/bench.py"),
    case("memray-output-dir-missing", "memray", f"memray run -o results/out.bin {B}/ok.py",
         "ERR_1003", "the capture file's directory does not exist", path="results/out.bin"),
    case("memray-flamegraph-missing", "memray", "memray flamegraph memray-bench.bin", "ERR_1003",
         "the capture file to render does not exist", path="memray-bench.bin"),
    case("neg-memray-flamegraph-bad", "memray", f"memray flamegraph {B}/cpu.prof.bad", "ERR_1007",
         "the file is not a memray capture: bad input"),
    case("neg-memray-module-missing", "memray", f"memray run -o out.bin {B}/needs_module.py",
         "ERR_1007", "the profiled script imports a module that is not installed"),
    case("memray-output-rofs", "memray", f"memray run -o $M/out.bin {B}/ok.py", "ERR_1012",
         "the capture file goes to a read-only file system", mount="ro", path="$M/out.bin"),
    case("pyinstrument-script-missing", "pyinstrument", "pyinstrument /nonexistent/bench.py",
         "ERR_1003", "the script to profile does not exist", path="/nonexistent/bench.py", miss="'program /x/bench.py not found!' reads as a missing program, though it is a script file"),
    case("pyinstrument-output-dir-missing", "pyinstrument",
         f"pyinstrument -r html -o results/profile.html {B}/ok.py", "ERR_1003",
         "the report's directory does not exist", path="results/profile.html"),
    case("neg-pyinstrument-syntax", "pyinstrument", f"pyinstrument {B}/syntax.py", "ERR_1007",
         "the profiled script has a syntax error"),
    case("austin-attach-unprivileged", "austin", "austin -p 1", "ERR_1002",
         "attaching to another user's process needs privileges the job does not have",
         user=NOBODY),
    case("austin-cmd-missing", "austin", "austin -o austin.txt hodei-bench", "ERR_1001",
         "the program austin should start is not installed", miss="'No such process.' for a program that could not be started names nothing"),
    case("austin-script-missing", "austin", "austin -o austin.txt python3 /nonexistent/bench.py",
         "ERR_1003", "the script the profiled interpreter should run does not exist",
         path="/nonexistent/bench.py"),
    # --- rt-tests -------------------------------------------------------------------------------
    case("cyclictest-unprivileged", "cyclictest", "cyclictest -l 100 -m -p 80", "ERR_1002",
         "real-time scheduling needs privileges the unprivileged job does not have", user=NOBODY),
    case("hackbench-fork-eagain", "hackbench", "ulimit -u 1; hackbench -g 2 -l 10", "ERR_1004",
         "hackbench could not fork its workers under the process limit", user=NOBODY),
    case("neg-hackbench-bad-option", "hackbench", "hackbench -g 2 -l 10 --pipes", "ERR_1007",
         "hackbench has no such option: a usage error"),
    case("memray-output-full", "memray", f"memray run -o $M/out.bin {B}/ok.py", "ERR_1012",
         "the disk holding the capture file is full", mount="full", path="$M/out.bin", miss="details: the path is on a traceback line above the decisive one"),
    case("uftrace-record-full", "uftrace", f"uftrace record -d $M/uftrace.data {B}/bench-uftrace 100000",
         "ERR_1012", "the disk holding the trace directory is full", mount="full"),
    case("uftrace-record-inodes", "uftrace", f"uftrace record -d $M/uftrace.data {B}/bench-uftrace 1000",
         "ERR_1012", "the file system has no inodes left for the trace directory", mount="inodes"),
    case("it-pidstat-fork-eagain", "pidstat", f"ulimit -u 1; pidstat -u -e {B}/bench 1000",
         "ERR_1004", "pidstat could not fork the program to monitor under the process limit",
         user=NOBODY, lang="it_IT.UTF-8"),
    case("pyinstrument-output-rofs", "pyinstrument", f"pyinstrument -r html -o $M/profile.html {B}/ok.py",
         "ERR_1012", "the report goes to a read-only file system", mount="ro", path="$M/profile.html"),
    case("neg-es-mpstat-bad-interrupts", "mpstat", "mpstat -I SOFTIRQ 1 1", "ERR_1007",
         "SOFTIRQ is not an -I keyword mpstat knows: a usage error", lang="es_ES.UTF-8"),
    # --- trace-cmd (reading recorded traces only) -----------------------------------------------
    case("trace-cmd-report-missing", "trace-cmd", "trace-cmd report -i trace-ci.dat", "ERR_1003",
         "the recorded trace file does not exist", user=NOBODY, path="trace-ci.dat", miss="details: the file is named on the line below as part of a usage hint"),
    case("trace-cmd-report-eacces", "trace-cmd", f"trace-cmd report -i {B}/trace.dat.secret",
         "ERR_1002", "the trace file is readable only by root", user=NOBODY,
         path=f"{B}/trace.dat.secret", miss="details: the file is named on the line below as part of a usage hint"),
    case("neg-trace-cmd-report-bad", "trace-cmd", f"trace-cmd report -i {B}/perf.data.bad",
         "ERR_1007", "the file is not a trace-cmd recording: bad header", user=NOBODY),
    case("neg-memray-output-exists", "memray", f"touch memray-bench.bin; memray run -o memray-bench.bin {B}/ok.py",
         "ERR_1007", "memray refuses to overwrite an earlier capture without --force: the job's own usage"),
    case("neg-memray-run-module-missing", "memray", "memray run -m hodei_bench", "ERR_1007",
         "the python module to profile is not installed: a missing package dependency"),
    case("py-spy-output-dir-missing", "py-spy", f"py-spy record -o results/profile.svg -- python3 {B}/ok.py",
         "ERR_1003", "the directory for the flame graph does not exist"),
]
