"""Sealed batch 86: plotting and chart renderers run in batch mode."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch86"
L = f"{R}/locked"
RD = f"{R}/rootdir"
V = "/opt/b86venv/bin"

FIXTURES = r"""
mkdir -p armbin home nodot
printf '1 2\n2 4\n3 9\n4 16\n' > data.dat
printf '1 2\n2 four\nthree 9\n' > bad.dat
cp data.dat private.dat; chmod 600 private.dat
printf '@version 50125\n@with g0\n@target G0.S0\n@type xy\n1 2\n2 4\n&\n' > chart.agr
printf '@version 50125\n@with g0\n@    s0 line colr 2 (\n@@@ ]]] garbage\n@ world xmin\n' > broken.agr
cp chart.agr private.agr; chmod 600 private.agr
printf '#proc getdata\ndata: 1 2\n  2 4\n  3 9\n\n#proc areadef\nrectangle: 1 1 4 3\nxrange: 0 5\nyrange: 0 10\n\n#proc lineplot\nxfield: 1\nyfield: 2\n' > chart.pl
printf '#proc getdata\nfile: sales-2026.csv\n\n#proc areadef\nrectangle: 1 1 4 3\nxrange: 0 5\nyrange: 0 10\n\n#proc lineplot\nxfield: 1\nyfield: 2\n' > missingdata.pl
printf '#proc getdata\ndata: 1 2\n\n#proc areadef\nrectangle: 1 1 4 3\nxrange: 0 5\nyrange: 0 10\n\n#proc lineplot\nxfield: 1\nyfield: 7\n' > badfield.pl
printf '#proc bogusproc\nfoo: bar\n' > badproc.pl
cp chart.pl private.pl; chmod 600 private.pl
printf 'size 10 8\nbegin graph\n  data "data.dat"\n  d1 line\nend graph\n' > chart.gle
printf 'size 10 8\nbegin graph\n  data "measurements.dat"\n  d1 line\nend graph\n' > missingdata.gle
printf 'size 10 8\nbegin graph\n  data "data.dat"\n  d1 lne colour (\nend grph\n' > broken.gle
printf 'size 10 8\nset font nosuchfont_xyz\namove 1 1\ntext Hello\n' > badfont.gle
cp chart.gle private.gle; chmod 600 private.gle
printf 'set terminal png\nset output "chart.png"\nplot "data.dat" with lines\n' > chart.ppl
printf 'set terminal png\nset output "chart.png"\nplot "readings.dat" with lines\n' > missingdata.ppl
printf 'set terminal png\nset output "chart.png"\nplot [0:(] sin(x) wth lines\n' > broken.ppl
printf 'set terminal png\nset output "/tmp/hodei-corpus86-none/out/chart.png"\nplot sin(x)\n' > baddir.ppl
printf 'open data.dat\nread columns x y\ndraw curve\n' > chart.gri
printf 'open measurements.dat\nread columns x y\ndraw curve\n' > missingdata.gri
printf 'open data.dat\nread columns x y\ndraw curvee overlay\nfrobnicate the axes\n' > broken.gri
cp chart.gri private.gri; chmod 600 private.gri
printf 'newgraph\nxaxis size 3\nyaxis size 2\nnewcurve pts 1 2 2 4 3 9\n' > chart.jgr
printf 'newgraph\nxaxis size 3\nyaxis size 2\nnewcurve pts 1 2 2 four\n' > broken.jgr
printf 'newgraph\nxaxis size 3\nyaxis size 2\nnewcurve pts shell : cat points.dat\n' > shell.jgr
printf 'newgraph\ninclude parts/axes.jgr\nnewcurve pts 1 2 2 4\n' > include.jgr
cp chart.jgr private.jgr; chmod 600 private.jgr
printf '[ Bonn ] -> [ Berlin ]\n[ Berlin ] -> [ Hamburg ]\n' > route.txt
printf '[ Bonn ] -> [ Berlin\n{ color: ; }}} -> ->\n' > broken.txt
cp route.txt private.txt; chmod 600 private.txt
printf 'plot x^2\n' > chart.mgl
printf "plot 'x^2\nfplot (\nnosuchcommand 1 2 3\n" > broken.mgl
printf '0 0\n1 1\n2 4\n3 9\n' | graph -T meta > chart.meta
printf '0 0\n1 1\n2 4\n3 9\n' | graph -T tek > chart.tek
head -c 3000 /dev/urandom > corrupt.meta
cp chart.meta private.meta; chmod 600 private.meta
printf 'dy/dt = -y\ny = 1\nprint t, y\nstep 0, 5\n' > decay.ode
printf 'dy/dt = -y +* (\ny = 1\nprint t, y\nstep 0, 5\n' > broken.ode
printf 'x,y\n1,2\n2,4\n3,9\n' > data.csv
cp /bin/true armbin/dot
printf '\267\000' | dd of=armbin/dot bs=1 seek=18 conv=notrunc 2>/dev/null
mkdir -p nogs nolatex
for f in /usr/bin/*; do n=${f##*/}; for d in nodot:dot nogs:gs nolatex:latex; do [ "$n" = "${d#*:}" ] || ln -s "$f" "${d%%:*}/$n"; done; done
cp armbin/dot armbin/latex
printf 'A B C triangle\ndraw(A, B, C)\n' > tri.euk
printf 'A B C triangle\ndrow(A, B C\n' > broken.euk
printf 'from bokeh.plotting import figure, curdoc\np = figure()\np.line([1, 2, 3], [3, 4, 9])\ncurdoc().add_root(p)\n' > app.py
cp decay.ode private.ode
cp chart.tek private.tek
printf '[ disk full ] -> [ permission denied\n  -> ( not found\n' > misleading.txt
chmod 777 home
chmod -R a+rX .
chmod 600 private.*
"""


CASES = [
    # --- Grace ----------------------------------------------------------------------------
    dict(id="neg-gracebat-bad-device", tool="gracebat",
         script=f"gracebat -hardcopy -hdevice NOSUCHDEV -printfile out.png {B}/chart.agr",
         code="ERR_1007", why="An unknown hardcopy device name is a usage error of the job."),
    # --- ploticus -------------------------------------------------------------------------
    dict(id="ploticus-missing-script", tool="ploticus",
         script="ploticus -png weekly.pl -o out.png", code="ERR_1003", path="weekly.pl",
         why="The ploticus script file named does not exist."),
    dict(id="ploticus-private-script", tool="ploticus", user="nobody", env={"HOME": f"{B}/home"},
         script=f"ploticus -png {B}/private.pl -o /tmp/b86-o.png",
         code="ERR_1002", path=f"{B}/private.pl",
         why="The script is mode 600 root and the job runs as nobody."),
    # --- GLE ------------------------------------------------------------------------------
    dict(id="gle-missing-script", tool="gle", script="gle -d png quarterly.gle",
         code="ERR_1003", path="quarterly.gle", why="The GLE script named does not exist."),
    dict(id="gle-missing-data", tool="gle",
         script=f"cp {B}/missingdata.gle . && gle -d png missingdata.gle",
         code="ERR_1003", path="measurements.dat",
         why="The graph block reads a data file that does not exist."),
    dict(id="gle-output-rootdir", tool="gle", user="nobody", env={"HOME": f"{B}/home"},
         script=f"cp {B}/chart.gle {B}/data.dat . && gle -d eps -o {RD}/chart.eps chart.gle",
         code="ERR_1002", path=f"{RD}/chart.eps",
         why="The EPS is written into a root-owned directory nobody may not write into."),
    dict(id="neg-gle-syntax", tool="gle",
         script=f"cp {B}/broken.gle {B}/data.dat . && gle -d png broken.gle",
         code="ERR_1007", why="The GLE script has syntax errors: the job's own input."),
    dict(id="neg-gle-bad-device", tool="gle",
         script=f"cp {B}/chart.gle {B}/data.dat . && gle -d nosuchdev chart.gle",
         code="ERR_1007", why="An unknown output device is a usage error."),
    dict(id="neg-gle-bad-font", tool="gle",
         script=f"cp {B}/badfont.gle . && gle -d eps badfont.gle",
         code="ERR_1007", why="The script asks for a font name GLE does not know: an error in the script."),
    # --- pyxplot --------------------------------------------------------------------------
    dict(id="pyxplot-nproc", tool="pyxplot", user="nobody", env={"HOME": f"{B}/home"},
         script=f"cp {B}/chart.ppl {B}/data.dat . && ulimit -u 1 && pyxplot chart.ppl",
         code="ERR_1004",
         why="Under a limit of one process pyxplot cannot start its helper processes."),
    # --- gri ------------------------------------------------------------------------------
    dict(id="gri-missing-script", tool="gri", script="gri monthly.gri 1>&2",
         code="ERR_1003", path="monthly.gri", why="The gri command file named does not exist."),
    dict(id="gri-missing-data", tool="gri",
         script=f"cp {B}/missingdata.gri . && gri missingdata.gri 1>&2",
         code="ERR_1003", path="measurements.dat",
         why="The script opens a data file that does not exist."),
    dict(id="gri-private-script", tool="gri", user="nobody", env={"HOME": f"{B}/home"},
         script=f"gri {B}/private.gri 1>&2", code="ERR_1002", path=f"{B}/private.gri",
         why="The command file is mode 600 root and the job runs as nobody."),
    dict(id="neg-gri-syntax", tool="gri",
         script=f"cp {B}/broken.gri {B}/data.dat . && gri broken.gri 1>&2", code="ERR_1007",
         why="The gri script uses commands gri does not know."),
    # --- jgraph ---------------------------------------------------------------------------
    dict(id="jgraph-missing", tool="jgraph", script="jgraph -P figure3.jgr > out.ps",
         code="ERR_1003", path="figure3.jgr", why="The jgraph input file does not exist."),
    dict(id="jgraph-private", tool="jgraph", user="nobody", env={"HOME": f"{B}/home"},
         script=f"jgraph -P {B}/private.jgr > out.ps", code="ERR_1002", path=f"{B}/private.jgr",
         why="The input is mode 600 root and the job runs as nobody."),
    dict(id="neg-jgraph-syntax", tool="jgraph", script=f"jgraph -P {B}/broken.jgr > out.ps",
         code="ERR_1007", why="A point list holds a word where a number belongs: bad input."),
    dict(id="jgraph-missing-include", tool="jgraph", script=f"cd {B} && jgraph -P include.jgr > /tmp/b86-j.ps",
         code="ERR_1003", path="parts/axes.jgr", why="The graph includes a file that does not exist."),
    # --- graph-easy -----------------------------------------------------------------------
    dict(id="graph-easy-missing", tool="graph-easy", script="graph-easy --as=ascii network.txt",
         code="ERR_1003", path="network.txt", why="The graph description file does not exist."),
    dict(id="graph-easy-private", tool="graph-easy", user="nobody", env={"HOME": f"{B}/home"},
         script=f"graph-easy --as=ascii {B}/private.txt", code="ERR_1002", path=f"{B}/private.txt",
         why="The input is mode 600 root and the job runs as nobody."),
    dict(id="neg-graph-easy-syntax", tool="graph-easy", script=f"graph-easy --as=ascii {B}/broken.txt",
         code="ERR_1007", why="The graph description has syntax errors."),
    dict(id="graph-easy-no-dot", tool="graph-easy",
         script=f"PATH={B}/nodot /usr/bin/graph-easy --png {B}/route.txt --output=route.png",
         code="ERR_1001", command="dot",
         why="PNG output is drawn by Graphviz dot, which is not on the job's PATH."),
    dict(id="graph-easy-output-rootdir", tool="graph-easy", user="nobody", env={"HOME": f"{B}/home"},
         script=f"graph-easy --as=svg {B}/route.txt --output={RD}/route.svg",
         code="ERR_1002", path=f"{RD}/route.svg",
         why="The SVG is written into a root-owned directory nobody may not write into."),
    dict(id="neg-graph-easy-no-svg-module", tool="graph-easy",
         script=f"graph-easy --as=svg {B}/route.txt --output=route.svg",
         code="ERR_1007", why="SVG output needs a Perl module of Graph::Easy that is not installed: a missing dependency."),
    dict(id="neg-graph-easy-bad-format", tool="graph-easy",
         script=f"graph-easy --as=nosuchformat {B}/route.txt", code="ERR_1007",
         why="An unknown output format is a usage error."),
    # --- MathGL ---------------------------------------------------------------------------
    # --- plotutils ------------------------------------------------------------------------
    dict(id="plot-missing", tool="plot", script="plot -T svg chart-final.meta > out.svg",
         code="ERR_1003", path="chart-final.meta", why="The metafile named does not exist."),
    dict(id="plot-private", tool="plot", user="nobody", env={"HOME": f"{B}/home"},
         script=f"plot -T svg {B}/private.meta > out.svg", code="ERR_1002", path=f"{B}/private.meta",
         why="The metafile is mode 600 root and the job runs as nobody."),
    dict(id="neg-plot-corrupt", tool="plot", script=f"plot -T svg {B}/corrupt.meta > out.svg",
         code="ERR_1007", why="The input is random bytes, not a plot metafile."),
    dict(id="neg-plot-bad-display", tool="plot", script=f"plot -T nosuchtype {B}/chart.meta > out",
         code="ERR_1007", why="An unknown output type is a usage error."),
    dict(id="tek2plot-missing", tool="tek2plot", script="tek2plot -T svg scope.tek > out.svg",
         code="ERR_1003", path="scope.tek", why="The Tektronix input file does not exist."),
    dict(id="neg-tek2plot-bad-type", tool="tek2plot", script=f"tek2plot -T nosuchtype {B}/chart.tek > out",
         code="ERR_1007", why="An unknown output type is a usage error."),
    dict(id="neg-plotfont-no-display", tool="plotfont", env={"DISPLAY": ":93"}, script="plotfont -T X HersheySerif",
         code="ERR_1007", why="The X display the job names has no server answering."),
    dict(id="spline-missing", tool="spline", script="spline samples.txt > out.txt",
         code="ERR_1003", path="samples.txt", why="The input data file does not exist."),
    dict(id="neg-spline-bad-option", tool="spline", script=f"spline --frobnicate {B}/data.dat",
         code="ERR_1007", why="An unknown option is a usage error."),
    dict(id="ode-missing", tool="ode", script="ode -f model.ode", code="ERR_1003", path="model.ode",
         why="The ODE script file does not exist."),
    # --- pip CLIs -------------------------------------------------------------------------
    dict(id="neg-sparklines-bad-number", tool="sparklines", script=f"{V}/sparklines 1 2 x 4", code="ERR_1007",
         why="A value is not a number: bad input."),
    dict(id="gle-missing-include", tool="gle",
         script="printf 'include \"house-style.gle\"\\nsize 10 8\\n' > inc.gle && gle -d eps inc.gle",
         code="ERR_1003", path="house-style.gle", why="The script includes a GLE file that does not exist."),
    # --- grace utilities, gri and plotutils helpers ---------------------------------------
    dict(id="grconvert-missing", tool="grconvert", script="grconvert legacy-fig2.agr fig2-new.agr 1>&2",
         code="ERR_1003", path="legacy-fig2.agr", why="The old Grace project to convert does not exist."),
    dict(id="neg-gri-merge-usage", tool="gri_merge", script="gri_merge panel-a.ps > all.ps",
         code="ERR_1007", why="gri_merge is given the wrong number of arguments: a usage error."),
    dict(id="double-missing", tool="double", script="double -t 3 readings.txt > out.txt",
         code="ERR_1003", path="readings.txt", why="The data file named does not exist."),
    dict(id="neg-double-bad-option", tool="double", script=f"double --frobnicate {B}/data.dat",
         code="ERR_1007", why="An unknown option is a usage error."),
    dict(id="neg-hersheydemo-bad-type", tool="hersheydemo", script="hersheydemo -T nosuchtype > out",
         code="ERR_1007", why="An unknown output type is a usage error."),
    dict(id="ode-private", tool="ode", user="nobody", env={"HOME": f"{B}/home"},
         script=f"ode -f {B}/private.ode",
         code="ERR_1002", path=f"{B}/private.ode",
         why="The ODE script is mode 600 root and the job runs as nobody."),
    # --- eukleides ------------------------------------------------------------------------
    dict(id="eukleides-missing", tool="eukleides", script="eukleides figure7.euk > figure7.eps",
         code="ERR_1003", why="The geometry script named does not exist."),
    dict(id="neg-eukleides-syntax", tool="eukleides", script=f"eukleides {B}/broken.euk > out.eps",
         code="ERR_1007", why="The geometry script has a syntax error."),
    dict(id="euktoeps-nproc", tool="euktoeps", user="nobody", env={"HOME": f"{B}/home"},
         script=f"cp {B}/tri.euk . && ulimit -u 1 && euktoeps tri.euk",
         code="ERR_1004", why="Under a limit of one process the euktoeps script cannot start its helpers."),
    dict(id="euktoeps-missing", tool="euktoeps", script="euktoeps figure9.euk",
         code="ERR_1003", why="The geometry script named does not exist."),
    # --- bokeh ----------------------------------------------------------------------------
    dict(id="bokeh-missing-app", tool="bokeh", script=f"{V}/bokeh json dashboard.py",
         code="ERR_1003", why="The application script named does not exist."),
    dict(id="bokeh-venv-interpreter-denied", tool="bokeh", user="nobody", env={"HOME": f"{B}/home"},
         script=f"{V}/bokeh json {B}/app.py --output app.json", code="ERR_1002", path=f"{V}/python3",
         why="The environment's Python interpreter lies below a root-only directory, so nobody may not execute it."),
    dict(id="bokeh-output-full", tool="bokeh", mount="full", env={"HOME": "/tmp"},
         script=f"{V}/bokeh json {B}/app.py --output $M/app.json",
         code="ERR_1012", why="The output filesystem has no free space left."),
    dict(id="neg-bokeh-bad-subcommand", tool="bokeh", script=f"{V}/bokeh render {B}/app.py",
         code="ERR_1007", why="An unknown subcommand is a usage error."),
    dict(id="neg-sparklines-bad-option", tool="sparklines", script=f"{V}/sparklines --frobnicate 1 2 3",
         code="ERR_1007", why="An unknown option is a usage error."),
    dict(id="gle-output-ro", tool="gle", mount="ro",
         script=f"cp {B}/chart.gle {B}/data.dat . && gle -d eps -o $M/chart.eps chart.gle",
         code="ERR_1012", path="$M/chart.eps", why="The EPS would be created on a read-only mount."),
    dict(id="gle-private-data", tool="gle", user="nobody", env={"HOME": f"{B}/home"},
         script=f"printf 'size 10 8\\nbegin graph\\n  data \"{B}/private.dat\"\\n  d1 line\\nend graph\\n' > p.gle && gle -d eps p.gle",
         code="ERR_1002", path=f"{B}/private.dat",
         why="The data file is mode 600 root and the job runs as nobody."),
    dict(id="graph-easy-output-ro", tool="graph-easy", mount="ro",
         script=f"graph-easy --as=ascii {B}/route.txt --output=$M/route.txt",
         code="ERR_1012", path="$M/route.txt", why="The output would be created on a read-only mount."),
    dict(id="tek2plot-private", tool="tek2plot", user="nobody", env={"HOME": f"{B}/home"},
         script=f"tek2plot -T svg {B}/private.tek > out.svg", code="ERR_1002", path=f"{B}/private.tek",
         why="The Tektronix file is mode 600 root and the job runs as nobody."),
    dict(id="neg-graph-easy-misleading", tool="graph-easy", script=f"graph-easy --as=ascii {B}/misleading.txt",
         code="ERR_1007", why="The graph description is malformed; its node labels merely quote error words."),
    dict(id="neg-gri-misleading", tool="gri",
         script="printf 'draw permission denied\\nshow \"no space left\"\\n' > m.gri && gri m.gri 1>&2",
         code="ERR_1007", why="The gri script holds a command gri does not know; it merely quotes error words."),
    dict(id="neg-jgraph-unknown-keyword", tool="jgraph",
         script="printf 'newgraph\\nxaxis size 3\\nfrobnicate 1\\n' > k.jgr && jgraph -P k.jgr > out.ps",
         code="ERR_1007", why="The graph file uses a keyword jgraph does not know."),
    dict(id="double-private", tool="double", user="nobody", env={"HOME": f"{B}/home"},
         script=f"double -t 2 {B}/private.dat > out.txt", code="ERR_1002", path=f"{B}/private.dat",
         why="The data file is mode 600 root and the job runs as nobody."),
    dict(id="neg-ode-bad-option", tool="ode", script=f"ode --frobnicate -f {B}/decay.ode",
         code="ERR_1007", why="An unknown option is a usage error."),
]
