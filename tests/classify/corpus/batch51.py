"""Sealed batch 51: statistics, econometrics and symbolic mathematics shells run as batch jobs."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (87.5% of codes, 70/80), then worked on."""
F = f"{R}/batch51"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
cat > model.bug <<'E'
model {
  for (i in 1:N) { y[i] ~ dnorm(mu, 1) }
  mu ~ dnorm(0, 0.001)
}
E
cat > data.R <<'E'
N <- 3
y <- c(1.2, 0.8, 1.1)
E
cat > pois.bug <<'E'
model {
  for (i in 1:N) { y[i] ~ dpois(lambda) }
  lambda ~ dgamma(1, 1)
}
E
cat > negdata.R <<'E'
N <- 3
y <- c(2, -1, 4)
E
printf 'y,x\n1,2\n2,3\n3,5\n4,4\n' > sales.csv
printf 'amb_space 2\ncone 2\n1 0\n1 2\n' > cone.in
printf '2 3\n1 1 1\n1 2 3\n' > toric.mat
printf 'Diff(x) Sin(x);\n' > deriv.ys
printf 'diff(sin(x), x);\n' > deriv.gi
mkdir -p private && cp model.bug private/model.bug && cp data.R private/data.R && cp cone.in private/cone.in
cp deriv.gi private/deriv.gi && printf 'pi\n' > private/const.qalc && printf 'open sales.csv\n' > private/load.inp
chmod 700 private
mkdir -p shared && cp cone.in shared/cone.in && cp sales.csv shared/sales.csv
cp model.bug data.R shared/
mkdir -p arm && python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('arm/julia', 'wb').write(d)"
chmod 755 arm/julia
printf '1\n2\n3\n4\n' > private/timings.txt
nauty-geng -q 4 > graphs4.g6 && cp graphs4.g6 private/graphs4.g6
printf '2 3\n1 1 1\n1 2 3\n' > private/toric.mat
chmod -R a+rX . && chmod 700 private
"""

CASES = [
    # --- jags ------------------------------------------------------------------------------
    dict(id="jags-command-file-missing", tool="jags", script="jags run.cmd", code="ERR_1003",
         why="the JAGS command file named on the command line does not exist", path="run.cmd"),
    dict(id="jags-model-file-missing", tool="jags",
         script="printf 'model in \"hier.bug\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1003", why="the model file the script loads does not exist", path="hier.bug"),
    dict(id="jags-data-file-missing", tool="jags",
         script=f"printf 'model in \"{F}/model.bug\"\\ndata in \"survey.R\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1003", why="the data file the script reads does not exist", path="survey.R"),
    dict(id="jags-model-unreadable", tool="jags", user="nobody",
         script=f"printf 'model in \"{F}/private/model.bug\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1002", why="the model file lies in a directory the job's user may not enter",
         path=f"{F}/private/model.bug"),
    dict(id="jags-data-unreadable", tool="jags", user="nobody",
         script=f"printf 'model in \"{F}/model.bug\"\\ndata in \"{F}/private/data.R\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1002", why="the data file lies in a directory the job's user may not enter",
         path=f"{F}/private/data.R"),
    dict(id="neg-jags-model-syntax", tool="jags",
         script="printf 'model {\\n  mu ~ dnorm(0, 0.001\\n}\\n' > m.bug; printf 'model in \"m.bug\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1007", why="the model file has a syntax error (an unclosed parenthesis)"),
    dict(id="neg-jags-unknown-distribution", tool="jags",
         script="printf 'model {\\n  mu ~ dnrm(0, 1)\\n}\\n' > m.bug; printf 'model in \"m.bug\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1007", why="the model names a distribution JAGS does not know (a typo in the model)"),
    dict(id="neg-jags-undefined-node", tool="jags",
         script=f"printf 'model in \"{F}/model.bug\"\\ncompile\\n' > run.cmd; jags run.cmd",
         code="ERR_1007", why="the model is compiled without the data that defines its size N"),
    # --- yorick ----------------------------------------------------------------------------
    dict(id="yorick-script-missing", tool="yorick", script="yorick -batch fit.i",
         code="ERR_1003", why="the batch script given to yorick does not exist", path="fit.i"),
    dict(id="yorick-include-missing", tool="yorick",
         script="printf '#include \"calib.i\"\\nx = 1;\\n' > run.i; yorick -batch run.i",
         code="ERR_1003", why="the script includes a library file that does not exist", path="calib.i"),
    dict(id="yorick-open-missing", tool="yorick",
         script="printf 'f = open(\"spectrum.dat\");\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1003", why="the data file the script opens does not exist", path="spectrum.dat"),
    dict(id="yorick-open-unreadable", tool="yorick", user="nobody",
         script=f"printf 'f = open(\"{F}/private/data.R\");\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1002", why="the input lies in a directory the job's user may not enter",
         path=f"{F}/private/data.R"),
    dict(id="yorick-create-rootdir", tool="yorick", user="nobody",
         script=f"printf 'f = create(\"{RD}/fit.txt\");\\nwrite, f, 1.5;\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1002", why="the job's user may not create a file in a root-owned directory",
         path=f"{RD}/fit.txt"),
    dict(id="yorick-create-readonly", tool="yorick", mount="ro",
         script="printf 'f = create(\"'$M'/fit.txt\");\\nwrite, f, 1.5;\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1012", why="the output file is on a read-only file system", path="$M/fit.txt"),
    dict(id="yorick-create-missing-dir", tool="yorick",
         script="printf 'f = create(\"results/fit.txt\");\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1003", why="the output file's directory does not exist", path="results/fit.txt"),
    dict(id="neg-yorick-syntax", tool="yorick",
         script="printf 'x = 1 +;\\n' > run.i; yorick -batch run.i",
         code="ERR_1007", why="the script has a syntax error"),
    dict(id="neg-yorick-undefined-function", tool="yorick",
         script="printf 'x = smoothe(3);\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1007", why="the script calls a function that is not defined (a typo in the script)"),
    dict(id="neg-yorick-own-error", tool="yorick",
         script="printf 'error, \"calibration table missing, cannot open run\";\\n' > run.i; yorick -batch run.i",
         code="ERR_1007", why="the script stops itself with its own message, which only quotes error words"),
    dict(id="neg-yorick-conformability", tool="yorick",
         script="printf 'a = [1,2,3] + [1,2];\\nquit;\\n' > run.i; yorick -batch run.i",
         code="ERR_1007", why="the script adds arrays of different lengths"),
    # --- ginsh -----------------------------------------------------------------------------
    dict(id="ginsh-script-missing", tool="ginsh", script="ginsh series.gi", code="ERR_1003",
         why="the script file given to ginsh does not exist", path="series.gi"),
    dict(id="ginsh-script-unreadable", tool="ginsh", user="nobody",
         script=f"ginsh {F}/private/deriv.gi", code="ERR_1002",
         why="the script lies in a directory the job's user may not enter", path=f"{F}/private/deriv.gi"),
    # --- normaliz --------------------------------------------------------------------------
    dict(id="normaliz-input-missing", tool="normaliz", script="normaliz -c polytope",
         code="ERR_1003", why="the input file of the project does not exist", path="polytope.in"),
    dict(id="normaliz-input-unreadable", tool="normaliz", user="nobody",
         script=f"normaliz -c {F}/private/cone", code="ERR_1002",
         why="the input lies in a directory the job's user may not enter", path=f"{F}/private/cone.in"),
    dict(id="normaliz-output-dir-missing", miss="'Cannot write to output file. Typo in directory name?' names no file, under an exception named for bad input", tool="normaliz",
         script=f"cp {F}/cone.in .; normaliz -c --OutputDir=results cone", code="ERR_1003",
         why="the output directory named by --OutputDir does not exist"),
    dict(id="neg-normaliz-bad-input", tool="normaliz",
         script="printf 'amb_space 2\\ncone 2\\n1 x\\n' > cone.in; normaliz -c cone", code="ERR_1007",
         why="the input file holds a non-number in the matrix"),
    dict(id="neg-normaliz-unknown-option", tool="normaliz",
         script=f"cp {F}/cone.in .; normaliz --hilbert-series cone", code="ERR_1007",
         why="an option normaliz does not know"),
    # --- 4ti2 ------------------------------------------------------------------------------
    dict(id="4ti2-zsolve-project-missing", miss="'No `mat' or `lat' specified!' names no file", tool="4ti2-zsolve", script="4ti2-zsolve system",
         code="ERR_1003", why="neither input file of the project exists", path="system.mat"),
    dict(id="4ti2-markov-project-missing", tool="4ti2-markov", script="4ti2-markov toric",
         code="ERR_1003", why="the project's matrix file does not exist"),
    # --- gfan / gsl ------------------------------------------------------------------------
    dict(id="neg-gfan-parse-abort", tool="gfan", script="echo '{a*b-c' | gfan _bases",
         code="ERR_1007", why="the polynomial list is not closed; gfan's parser aborts on the bad input"),
    dict(id="neg-gfan-unknown-option", tool="gfan", script="gfan _bassis < /dev/null",
         code="ERR_1007", why="a subcommand name with a typo"),
    dict(id="neg-gsl-histogram-bad-bins", tool="gsl-histogram",
         script="printf '0.1\\n0.5\\n' | gsl-histogram 0 1 x", code="ERR_1007",
         why="the bin count argument is not a number; the library aborts on it"),
    # --- qalc ------------------------------------------------------------------------------
    dict(id="qalc-file-missing", tool="qalc", script="XDG_CONFIG_HOME=$PWD qalc -f units.qalc 1>&2", code="ERR_1003",
         why="the command file given with -f does not exist", path="units.qalc"),
    dict(id="qalc-file-unreadable", tool="qalc", user="nobody",
         script=f"XDG_CONFIG_HOME=$PWD qalc -f {F}/private/const.qalc 1>&2", code="ERR_1002",
         why="the command file lies in a directory the job's user may not enter",
         path=f"{F}/private/const.qalc"),
    # --- gretlcli --------------------------------------------------------------------------
    dict(id="gretlcli-script-missing", tool="gretlcli", script="gretlcli -b -q forecast.inp 1>&2",
         code="ERR_1003", why="the batch script given to gretlcli does not exist", path="forecast.inp"),
    dict(id="gretlcli-data-missing", tool="gretlcli",
         script="printf 'open quarterly.csv\\nols y const x\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1003", why="the data file the script opens does not exist"),
    dict(id="gretlcli-data-unreadable", tool="gretlcli", user="nobody",
         script=f"printf 'open {F}/private/data.R\\n' > run.inp; HOME=$PWD gretlcli -b -q run.inp 1>&2",
         code="ERR_1002", why="the data file lies in a directory the job's user may not enter"),
    dict(id="gretlcli-store-missing-dir", tool="gretlcli",
         script=f"printf 'open {F}/sales.csv\\nstore out/sales.gdt\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1003", why="the directory the dataset is stored into does not exist", path="out/sales.gdt"),
    dict(id="gretlcli-store-rootdir", tool="gretlcli", user="nobody",
         script=f"printf 'open {F}/sales.csv\\nstore {RD}/sales.gdt\\n' > run.inp; HOME=$PWD gretlcli -b -q run.inp 1>&2",
         code="ERR_1002", why="the job's user may not write into a root-owned directory", path=f"{RD}/sales.gdt"),
    dict(id="gretlcli-store-readonly", tool="gretlcli", mount="ro",
         script=f"printf 'open {F}/sales.csv\\nstore '$M'/sales.csv\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1012", why="the output is on a read-only file system", path="$M/sales.csv"),
    dict(id="neg-gretlcli-undefined-symbol", tool="gretlcli",
         script=f"printf 'open {F}/sales.csv\\nols y const z\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the regression names a series the dataset does not have"),
    dict(id="neg-gretlcli-parse-error", tool="gretlcli",
         script=f"printf 'open {F}/sales.csv\\nregress y x\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the script uses a command gretl does not have"),
    dict(id="neg-gretlcli-singular-matrix", tool="gretlcli",
         script="printf 'matrix m = {1,2;2,4}\\nmatrix k = inv(m)\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the script inverts a singular matrix"),
    dict(id="neg-gretlcli-too-few-obs", tool="gretlcli",
         script=f"printf 'open {F}/sales.csv\\nadf 1 y\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the test needs more observations than the data has"),
    dict(id="gretlcli-script-missing-de", tool="gretlcli", lang="de_DE.UTF-8",
         script="gretlcli -b -q prognose.inp 1>&2", code="ERR_1003",
         why="the batch script given to gretlcli does not exist", path="prognose.inp"),
    dict(id="neg-gretlcli-parse-error-fr", tool="gretlcli", lang="fr_FR.UTF-8",
         script=f"printf 'open {F}/sales.csv\\nregress y x\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the script uses a command gretl does not have"),
    dict(id="neg-gretlcli-undefined-symbol-es", tool="gretlcli", lang="es_ES.UTF-8",
         script=f"printf 'open {F}/sales.csv\\nols y const z\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1007", why="the regression names a series the dataset does not have"),
    dict(id="gretlcli-data-missing-it", tool="gretlcli", lang="it_IT.UTF-8",
         script="printf 'open trimestrale.csv\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1003", why="the data file the script opens does not exist"),
    dict(id="gretlcli-foreign-julia-missing", tool="gretlcli",
         script="printf 'foreign language=julia\\n  println(sum(1:10))\\nend foreign\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1001", why="the script hands a block to Julia, which is not installed", command="julia"),
    dict(id="gretlcli-foreign-stata-missing", tool="gretlcli",
         script="printf 'foreign language=stata\\n  display 1\\nend foreign\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1001", why="the script hands a block to Stata, which is not installed", command="stata"),
    dict(id="gretlcli-nproc-threads", tool="gretlcli", user="nobody",
         script="printf 'foreign language=octave\\n  disp(1)\\nend foreign\\n' > run.inp; export HOME=$PWD; ulimit -u 1; exec gretlcli -b -q run.inp 1>&2",
         code="ERR_1004", why="under a limit of one process gretl cannot create its worker threads"),
    # --- ministat --------------------------------------------------------------------------
    dict(id="ministat-input-missing", tool="ministat", script="ministat before.txt after.txt",
         code="ERR_1003", why="the first data file does not exist", path="before.txt"),
    dict(id="ministat-input-unreadable", tool="ministat", user="nobody",
         script=f"ministat {F}/private/timings.txt", code="ERR_1002",
         why="the data file lies in a directory the job's user may not enter", path=f"{F}/private/timings.txt"),
    dict(id="neg-ministat-invalid-data", tool="ministat",
         script="printf '1.2\\n1.4\\nn/a\\n1.3\\n' > t.txt; ministat t.txt", code="ERR_1007",
         why="a line of the data file is not a number"),
    dict(id="neg-ministat-too-few-points", tool="ministat",
         script="printf '1.2\\n' > a.txt; printf '1.3\\n1.1\\n1.5\\n' > b.txt; ministat a.txt b.txt 1>&2", code="ERR_1007",
         why="a dataset has fewer points than the comparison needs"),
    # --- ecm -------------------------------------------------------------------------------
    dict(id="ecm-input-missing", tool="ecm", script="ecm -inp composites.txt 1000000 < /dev/null",
         code="ERR_1003", why="the file of numbers given with -inp does not exist", path="composites.txt"),
    dict(id="ecm-save-missing-dir", tool="ecm", script="echo 1000000016000000063 | ecm -save state/ecm.save 1000",
         code="ERR_1003", why="the directory of the save file does not exist", path="state/ecm.save"),
    dict(id="ecm-save-rootdir", tool="ecm", user="nobody",
         script=f"echo 1000000016000000063 | ecm -save {RD}/ecm.save 1000", code="ERR_1002",
         why="the job's user may not create the save file in a root-owned directory", path=f"{RD}/ecm.save"),
    dict(id="ecm-save-readonly", tool="ecm", mount="ro",
         script="echo 1000000016000000063 | ecm -save $M/ecm.save 1000", code="ERR_1012",
         why="the save file is on a read-only file system", path="$M/ecm.save"),
    dict(id="neg-ecm-invalid-number", tool="ecm", script="echo '2^67-1x' | ecm 1000",
         code="ERR_1007", why="the input expression is malformed"),
    # --- frobby / primesieve ---------------------------------------------------------------
    dict(id="neg-frobby-unknown-action", tool="frobby", script="frobby hilbertseries < /dev/null",
         code="ERR_1007", why="an action name frobby does not have"),
    dict(id="neg-frobby-syntax", tool="frobby", script="printf 'ring x y;\\n' | frobby analyze -iformat m2",
         code="ERR_1007", why="the ideal on standard input is not valid Macaulay2 syntax"),
    dict(id="neg-primesieve-bad-argument", tool="primesieve", script="primesieve 1e9 --count=primes",
         code="ERR_1007", why="an option value primesieve does not accept"),
    # --- nauty -----------------------------------------------------------------------------
    dict(id="nauty-geng-output-missing-dir", tool="nauty-geng", script="nauty-geng -q 5 graphs/g5.g6",
         code="ERR_1003", why="the directory of the output file does not exist", path="graphs/g5.g6"),
    dict(id="nauty-geng-output-rootdir", tool="nauty-geng", user="nobody",
         script=f"nauty-geng -q 5 {RD}/g5.g6", code="ERR_1002",
         why="the job's user may not write into a root-owned directory", path=f"{RD}/g5.g6"),
    dict(id="nauty-geng-output-readonly", tool="nauty-geng", mount="ro",
         script="nauty-geng -q 5 $M/g5.g6", code="ERR_1012",
         why="the output file is on a read-only file system", path="$M/g5.g6"),
    dict(id="nauty-geng-output-full", tool="nauty-geng", mount="full",
         script="nauty-geng -q 8 $M/g8.g6", code="ERR_1012",
         why="the output file system is full"),
    dict(id="neg-nauty-geng-usage", tool="nauty-geng", script="nauty-geng -Q 5",
         code="ERR_1007", why="an option geng does not know"),
    dict(id="nauty-shortg-nproc", tool="nauty-shortg", user="nobody",
         script=f"ulimit -u 1; exec nauty-shortg -q {F}/graphs4.g6", code="ERR_1004",
         why="shortg cannot fork its sort process under a limit of one process"),
    dict(id="nauty-shortg-input-missing", tool="nauty-shortg", script="nauty-shortg -q trees.g6",
         code="ERR_1003", why="the input graph file does not exist", path="trees.g6"),
    dict(id="neg-nauty-shortg-bad-graph", tool="nauty-shortg", script="echo 'junk!!' | nauty-shortg -q",
         code="ERR_1007", why="the input is not in graph6 format"),
    dict(id="nauty-labelg-input-missing", tool="nauty-labelg", script="nauty-labelg -q cubic.g6",
         code="ERR_1003", why="the input graph file does not exist", path="cubic.g6"),
    dict(id="nauty-countg-unreadable", tool="nauty-countg", user="nobody",
         script=f"nauty-countg {F}/private/graphs4.g6", code="ERR_1002",
         why="the graph file lies in a directory the job's user may not enter", path=f"{F}/private/graphs4.g6"),
    # --- more 4ti2 -------------------------------------------------------------------------
    dict(id="4ti2-groebner-project-missing", tool="4ti2-groebner", script="4ti2-groebner lattice",
         code="ERR_1003", why="neither input file of the project exists", path="lattice.mat"),
    dict(id="neg-4ti2-groebner-bad-matrix", tool="4ti2-groebner",
         script="printf '2 3\\n1 1 x\\n1 2 3\\n' > p.mat; 4ti2-groebner p", code="ERR_1007",
         why="the matrix file holds a non-integer entry"),
    dict(id="neg-4ti2-hilbert-short-matrix", tool="4ti2-hilbert",
         script="printf '2 3\\n1 1 1\\n' > p.mat; 4ti2-hilbert p", code="ERR_1007",
         why="the matrix file has fewer rows than its header says"),
    dict(id="4ti2-circuits-project-missing", miss="'Expected matrix in 'cone.mat'' does not say the file is missing", tool="4ti2-circuits", script="4ti2-circuits cone",
         code="ERR_1003", why="the project's matrix file does not exist", path="cone.mat"),
    dict(id="qalc-file-missing-de", tool="qalc", lang="de_DE.UTF-8",
         script="XDG_CONFIG_HOME=$PWD qalc -f einheiten.qalc 1>&2", code="ERR_1003",
         why="the command file given with -f does not exist", path="einheiten.qalc"),
    dict(id="gretlcli-store-missing-dir-pt", tool="gretlcli", lang="pt_BR.UTF-8",
         script=f"printf 'open {F}/sales.csv\\nstore saida/vendas.gdt\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1003", why="the directory the dataset is stored into does not exist", path="saida/vendas.gdt"),
    dict(id="gretlcli-x12arima-missing", tool="gretlcli",
         script="printf 'nulldata 48\\nsetobs 12 2020:01 --time-series\\nseries y = 10 + normal()\\narima 1 0 1 ; y --x-12-arima\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1001", why="the ARIMA estimate is handed to the X-12-ARIMA program, which is not installed",
         command="x12a"),
    dict(id="gretlcli-foreign-ox-missing", tool="gretlcli",
         script="printf 'foreign language=ox\\n  main() { print(1); }\\nend foreign\\n' > run.inp; gretlcli -b -q run.inp 1>&2",
         code="ERR_1001", why="the script hands a block to Ox, whose oxl program is not installed", command="oxl"),
]
