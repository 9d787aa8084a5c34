"""Sealed batch 45: numerical, finite-element, meshing and optimization solvers run as batch jobs."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (65.3% of codes, 47/72), then worked on."""
B = f"{R}/batch45"
RD = f"{R}/rootdir"
L = f"{R}/locked"
SH = f"{B}/shared"   # root-owned, readable by all, writable by root only
SEC = f"{B}/secret"  # root-only directory

FIXTURES = r"""
mkdir -p models shared secret
cd models
printf 'NAME demo\nROWS\n N obj\n L c1\nCOLUMNS\n x obj -1 c1 1\n y obj -1 c1 1\nRHS\n rhs c1 4\nBOUNDS\n UP bnd x 3\n UP bnd y 3\nENDATA\n' > plan.mps
printf 'NAME demo\nROWS\n N obj\n L c1\nCOLUMNS\n x obj 1 c1 one\nRHS\n rhs c1 4\nENDATA\n' > typo.mps
printf 'NAME demo\nROWS\n N obj\n L c1\nCOLUMNS\n x obj 1 c1 1\nRHS\n rhs c1 4\nBONDS\n UP bnd x 3\nENDATA\n' > section.mps
printf 'Point(1)={0,0,0,0.5};\nPoint(2)={1,0,0,0.5};\nPoint(3)={1,1,0,0.5};\nPoint(4)={0,1,0,0.5};\nLine(1)={1,2};\nLine(2)={2,3};\nLine(3)={3,4};\nLine(4)={4,1};\nCurve Loop(1)={1,2,3,4};\nPlane Surface(1)={1};\n' > plate.geo
sed 's/0\.5}/0.01}/' plate.geo > fine.geo
printf 'Point(1)={0,0,0,0.5};\nPoint(2)={1,0,0,0.5};\nLine(1)={1,2;\n' > broken.geo
printf 'Point(1)={0,0,0,0.1};\nError("Boundary layer file not found: run the CAD export first");\n' > guard.geo
printf 'Merge "/nonexistent/cad/bracket.step";\n' > merge.geo
printf 'Point(1)={0,0,0,0.5};\nLine(1)={1,7};\n' > unknownpt.geo
printf 'mesh Th = square(4, 4);\nfespace Vh(Th, P1);\nVh u;\ncout << uu << endl;\n' > undeclared.edp
printf 'include "/nonexistent/lib/common.idp"\nreal x = 1;\n' > include.edp
printf 'int r = exec("hodei-remesh --in plate.mesh");\nif (r != 0) exit(3);\n' > helper.edp
printf 'load "hodei_plugin"\nreal x = 1;\n' > plugin.edp
printf 'real residual = 1e-2;\nassert(residual < 1e-6);\n' > assert.edp
printf 'real[int] a(3);\na[5] = 1;\n' > bounds.edp
printf '*NODE\n1,0,0,0\n*ELEMENT, TYPE=C3D8\n1,1,2,3\n*STEP\n*STATIC\n*END STEP\n' > beam.inp
printf 'Group {\n  Omega = Region[1]\n' > syntax.pro
printf 'Group {\n  Omega = Region[1];\n}\nResolution {\n  { Name s; System { { Name A; NameOfFormulation heat; } } Operation { Generate[A]; Solve[A]; } }\n}\n' > noform.pro
printf '4 5\n2 3\n1 3 4\n1 2 4\n2 3\n' > ring.graph
printf '4 5\n2 3\n1 3 4\n1 2 9\n2 3\n' > badedge.graph
printf '4 7\n2 3\n1 3 4\n1 2 4\n2 3\n' > badcount.graph
printf '0\n4\t10\n0\t000\n1\t2\t1\t2\n1\t2\t0\t3\n1\t2\t0\t3\n1\t2\t1\t2\n' > ring.grf
printf 'not a scotch graph\n' > junk.grf
printf '3\n5\n0 0 0\n1 0 0\n0 1 0\n0 0 1\n0.2 0.2 0.2\n' > pts.txt
printf '3\n4\n0 0 0\n1 0 0\n0 1 0\n1 1 0\n' > flat.txt
printf '3 1\n0 0 0\n1 x\n' > garbled.txt
printf '1 0.1 0.1 0.1\n2 0.5 0.5 0.5\n3 0.9 0.2 0.4\n' > cells.txt
printf '1 0.1 0.1\n2 0.5 zz\n' > cellsbad.txt
printf 'int: n;\nvar 1..n: x;\nconstraint x > 1;\nsolve satisfy;\n' > model.mzn
printf 'var 1..3: x;\nsolve satisfy;\n' > small.mzn
printf 'var 1..3: x;\nconstrant x > 1;\nsolve satisfy;\n' > typo.mzn
printf 'var 1..3: x;\nconstraint x = true;\nsolve satisfy;\n' > types.mzn
printf 'var 1..3: x;\nsolve satisfy;\n' > nodata.mzn
printf 'int: n;\nvar 1..n: x;\nsolve satisfy;\n' > needsn.mzn
printf '{"id":"dev.hodei.fzn","name":"hodei","version":"1.0","executable":"hodei-fzn-solver","mznlib":"","stdFlags":[],"supportsMzn":false,"supportsFzn":true}\n' > hodei.msc
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('fzn-arm64', 'wb').write(d)"
chmod 755 fzn-arm64
printf '{"id":"dev.hodei.arm","name":"armsolver","version":"1.0","executable":"%s/fzn-arm64","mznlib":"","stdFlags":[],"supportsMzn":false,"supportsFzn":true}\n' "$PWD" > arm.msc
printf 'this is not an sdpa file\n' > junk.dat-s
printf '1\n1\n1\n1 1 1 1 1\n' > short.dat-s
printf 'square\nH-representation\nbegin\n4 3 rational\n1 1 0\n1 -1 0\n1 0 1\n1 0 -1\nend\n' > square.ine
printf 'square\nH-representation\nbegin\n4 3 rational\n1 1 0\nend\n' > short.ine
cd ..
cp models/plate.geo models/plan.mps models/beam.inp models/ring.graph models/pts.txt models/cells.txt models/small.mzn models/square.ine shared/
cp models/plate.geo models/plan.mps models/ring.graph models/pts.txt models/small.mzn models/noform.pro models/cells.txt models/beam.inp secret/
chmod -R a+rX .
chmod 755 shared
chmod 700 secret
"""

CASES = [
    # --- gmsh ---
    dict(id="gmsh-geo-missing", miss='gmsh tries the input and then a mesh of the same name, and the last line names the second', tool="gmsh", script="gmsh -2 /nonexistent/cad/part.geo",
         code="ERR_1003", path="/nonexistent/cad/part.geo",
         why="The geometry file the mesh job names does not exist."),
    dict(id="neg-gmsh-geo-syntax", tool="gmsh", script=f"gmsh -2 {B}/models/broken.geo",
         code="ERR_1007", why="The .geo script has a syntax error; the job's own input is wrong."),
    dict(id="gmsh-out-dir-missing", tool="gmsh",
         script=f"gmsh -2 {B}/models/plate.geo -o /nonexistent/out/plate.msh", code="ERR_1003",
         path="/nonexistent/out/plate.msh",
         why="The mesh is written into a directory that does not exist."),
    dict(id="gmsh-out-denied", miss="'Unable to open file x' for an output missing where the job may not write reads as missing: it does not say which way", tool="gmsh", user="nobody",
         script=f"gmsh -2 {B}/models/plate.geo -o {RD}/plate.msh", code="ERR_1002",
         path=f"{RD}/plate.msh",
         why="The job's user may not create the mesh file in a root-owned directory."),
    dict(id="gmsh-out-rofs", tool="gmsh", mount="ro",
         script=f"gmsh -2 {B}/models/plate.geo -o $M/plate.msh", code="ERR_1012",
         path="$M/plate.msh", why="The mesh output goes to a read-only file system."),
    dict(id="gmsh-geo-unreadable", tool="gmsh", user="nobody",
         script=f"gmsh -2 {SEC}/plate.geo -o plate.msh", code="ERR_1002",
         path=f"{SEC}/plate.geo",
         why="The geometry lives in a directory the job's user may not enter."),
    dict(id="neg-gmsh-geo-error-call", tool="gmsh", script=f"gmsh -2 {B}/models/guard.geo",
         code="ERR_1007",
         why="The .geo script stops itself with its own Error() message that merely quotes 'not found'."),
    dict(id="gmsh-merge-missing", tool="gmsh", script=f"gmsh -2 {B}/models/merge.geo -o m.msh",
         code="ERR_1003", path="/nonexistent/cad/bracket.step",
         why="The CAD file the geometry script merges does not exist."),
    dict(id="neg-gmsh-unknown-point", tool="gmsh", script=f"gmsh -2 {B}/models/unknownpt.geo -o u.msh",
         code="ERR_1007", why="The geometry refers to a point it never defined; a modelling error."),
    dict(id="gmsh-threads-nproc", tool="gmsh", user="nobody",
         script=f"ulimit -u 1; gmsh -nt 4 -2 {B}/models/plate.geo -o plate.msh", code="ERR_1004",
         why="Under a process limit of one the OpenMP runtime cannot create its threads."),
    dict(id="neg-gmsh-unknown-option", tool="gmsh", script=f"gmsh -2 --mesh-algo=fast {B}/models/plate.geo",
         code="ERR_1007", why="An unknown command-line option: a usage error."),
    # --- FreeFem++ ---
    dict(id="freefem-script-missing", miss="FreeFem++ says 'Error input opening file' without the path, which only the shell's report of the abort names", tool="FreeFem++", script="FreeFem++ -nw /nonexistent/solve/poisson.edp 1>&2",
         code="ERR_1003", path="/nonexistent/solve/poisson.edp",
         why="The .edp script the job runs does not exist, so FreeFem++ cannot open its input."),
    dict(id="neg-freefem-undeclared", tool="FreeFem++", script=f"FreeFem++ -nw {B}/models/undeclared.edp 1>&2",
         code="ERR_1007", why="The script uses an undeclared variable: a compile error in the job's code."),
    dict(id="freefem-include-missing", miss="the path is on a line of FreeFem++'s own report after 'line number :1,', and it ends with its own status line", tool="FreeFem++", script=f"FreeFem++ -nw {B}/models/include.edp 1>&2",
         code="ERR_1003", path="/nonexistent/lib/common.idp",
         why="The file the script includes does not exist."),
    dict(id="freefem-exec-helper-missing", tool="FreeFem++",
         script=f"cd {B}/models && FreeFem++ -nw helper.edp >/dev/null", code="ERR_1001",
         command="hodei-remesh", why="The external remeshing program the script runs is not installed."),
    dict(id="neg-freefem-plugin-missing", tool="FreeFem++", script=f"FreeFem++ -nw {B}/models/plugin.edp 1>&2",
         code="ERR_1007", why="A plugin module the script loads is not available: a missing dependency library."),
    dict(id="neg-freefem-assert", tool="FreeFem++", script=f"FreeFem++ -nw {B}/models/assert.edp 1>&2",
         code="ERR_1007", why="The script's own convergence assertion failed."),
    dict(id="neg-freefem-bounds", tool="FreeFem++", script=f"FreeFem++ -nw {B}/models/bounds.edp 1>&2",
         code="ERR_1007", why="The script indexes an array out of range: a bug in the job's code."),
    # --- CalculiX ---
    dict(id="ccx-jobdir-missing", tool="ccx", script="ccx -i /nonexistent/jobs/beam 1>&2",
         code="ERR_1003", path="/nonexistent/jobs/beam.dat",
         why="The job directory does not exist, so CalculiX cannot open its job files there."),
    dict(id="neg-ccx-bad-deck", tool="ccx", script=f"cp {B}/models/beam.inp . && ccx -i beam 1>&2",
         code="ERR_1007", why="The input deck is inconsistent (element definition, no material): the model is wrong."),
    dict(id="ccx-jobdir-denied", miss="'could not open file beam.dat' for an output missing where the job may not write reads as missing: it does not say which way", tool="ccx", user="nobody", script=f"cd {SH} && ccx -i beam 1>&2",
         code="ERR_1002", path="beam.dat",
         why="The job's user may not create the result files in the root-owned job directory."),
    # --- GetDP ---
    dict(id="getdp-pro-missing", tool="getdp", script="getdp /nonexistent/em/magnet.pro -solve s",
         code="ERR_1003", path="/nonexistent/em/magnet.pro",
         why="The problem definition file does not exist."),
    dict(id="neg-getdp-syntax", tool="getdp", script=f"getdp {B}/models/syntax.pro -solve s",
         code="ERR_1007", why="The .pro file has a syntax error."),
    dict(id="neg-getdp-unknown-formulation", tool="getdp", script=f"getdp {B}/models/noform.pro -solve s",
         code="ERR_1007", why="The problem names a formulation it never defines: the job's own model error."),
    dict(id="getdp-pro-unreadable", tool="getdp", user="nobody", script=f"getdp {SEC}/noform.pro -solve s",
         code="ERR_1002", path=f"{SEC}/noform.pro",
         why="The problem file is in a directory the job's user may not enter."),
    # --- METIS ---
    dict(id="gpmetis-graph-missing", tool="gpmetis", script="gpmetis /nonexistent/mesh/dual.graph 4",
         code="ERR_1003", path="/nonexistent/mesh/dual.graph", why="The graph file to partition does not exist."),
    dict(id="neg-gpmetis-bad-edge", tool="gpmetis", script=f"gpmetis {B}/models/badedge.graph 2",
         code="ERR_1007", why="The graph file refers to a vertex that does not exist: corrupt input."),
    dict(id="neg-gpmetis-one-part", tool="gpmetis", script=f"gpmetis {B}/models/ring.graph 1",
         code="ERR_1007", why="The number of partitions given is invalid: a usage error."),
    dict(id="gpmetis-out-denied", tool="gpmetis", user="nobody", script=f"gpmetis {SH}/ring.graph 2",
         code="ERR_1002", path=f"{SH}/ring.graph.part.2",
         why="The partition file is written beside the graph, in a directory the user may not write."),
    dict(id="ndmetis-graph-missing", tool="ndmetis", script="ndmetis /nonexistent/mesh/stiff.graph",
         code="ERR_1003", path="/nonexistent/mesh/stiff.graph", why="The graph to order does not exist."),
    dict(id="mpmetis-mesh-missing", tool="mpmetis", script="mpmetis /nonexistent/mesh/hex.mesh 8",
         code="ERR_1003", path="/nonexistent/mesh/hex.mesh", why="The mesh file to partition does not exist."),
    # --- Scotch ---
    dict(id="gord-graph-missing", tool="gord", script="gord /nonexistent/mesh/ring.grf ring.ord",
         code="ERR_1003", why="The graph file to order does not exist, so Scotch cannot open it."),
    # --- Qhull ---
    dict(id="qhull-input-missing", tool="qhull", script="qhull TI /nonexistent/scan/points.txt",
         code="ERR_1003", path="/nonexistent/scan/points.txt", why="The point file does not exist."),
    dict(id="neg-qconvex-garbled", tool="qconvex", script=f"qconvex TI {B}/models/garbled.txt",
         code="ERR_1007", why="The point file's header is malformed."),
    dict(id="neg-qconvex-flat", tool="qconvex", script=f"qconvex < {B}/models/flat.txt",
         code="ERR_1007", why="The points are coplanar, so no 3-d hull exists: a property of the data."),
    dict(id="qvoronoi-out-dir-missing", tool="qvoronoi",
         script=f"qvoronoi TI {B}/models/pts.txt o TO /nonexistent/out/cells.off", code="ERR_1003",
         path="/nonexistent/out/cells.off",
         why="The output directory does not exist (qhull's message guesses 'in use or read-only')."),
    dict(id="qdelaunay-out-rofs", tool="qdelaunay", mount="ro",
         script=f"qdelaunay TI {B}/models/pts.txt i TO $M/tri.txt", code="ERR_1012",
         path="$M/tri.txt", why="The triangulation is written to a read-only file system."),
    dict(id="qhull-input-unreadable", tool="qhull", user="nobody",
         script=f"qhull TI {SEC}/pts.txt", code="ERR_1002", path=f"{SEC}/pts.txt",
         why="The point file is in a directory the job's user may not enter."),
    dict(id="qconvex-out-denied", tool="qconvex", user="nobody",
         script=f"qconvex TI {B}/models/pts.txt o TO {RD}/hull.off", code="ERR_1002",
         path=f"{RD}/hull.off", why="The job's user may not create the output in a root-owned directory."),
    dict(id="neg-qhull-bad-option", tool="qhull", script=f"qhull TI {B}/models/pts.txt Qz9q",
         code="ERR_1007", why="An unknown qhull option: a usage error."),
    # --- MiniZinc ---
    dict(id="minizinc-model-missing", tool="minizinc", script="minizinc /nonexistent/sched/model.mzn",
         code="ERR_1003", path="/nonexistent/sched/model.mzn", why="The model file does not exist."),
    dict(id="minizinc-data-missing", tool="minizinc",
         script=f"minizinc {B}/models/model.mzn /nonexistent/data/week1.dzn", code="ERR_1003",
         path="/nonexistent/data/week1.dzn", why="The instance data file does not exist."),
    dict(id="neg-minizinc-syntax", tool="minizinc", script=f"minizinc {B}/models/typo.mzn",
         code="ERR_1007", why="A misspelt keyword: a syntax error in the model."),
    dict(id="neg-minizinc-unknown-solver", tool="minizinc", script=f"minizinc --solver hodei {B}/models/small.mzn",
         code="ERR_1007", why="The solver tag is unknown in MiniZinc's own configuration: an unknown name."),
    dict(id="neg-minizinc-cplex-dll", tool="minizinc", script=f"minizinc --solver cplex {B}/models/small.mzn",
         code="ERR_1007", why="The CPLEX backend's shared library is not available: a missing library dependency."),
    dict(id="neg-minizinc-param-missing", tool="minizinc", script=f"minizinc {B}/models/needsn.mzn",
         code="ERR_1007", why="A model parameter has no value because no data was given: the job's own input error."),
    dict(id="minizinc-solver-exe-missing", miss='\'Error occurred when executing FZN solver with command "x ..."\' gives no reason', tool="minizinc",
         script=f"minizinc --solver {B}/models/hodei.msc {B}/models/small.mzn", code="ERR_1001",
         command="hodei-fzn-solver", why="The FlatZinc solver executable the solver configuration names is not installed."),
    dict(id="minizinc-spawn-nproc", tool="minizinc", user="nobody",
         script=f"ulimit -u 1; minizinc {B}/models/small.mzn", code="ERR_1004",
         why="Under a process limit of one MiniZinc cannot start the solver process."),
    dict(id="minizinc-out-rofs", tool="minizinc", mount="ro",
         script=f"minizinc {B}/models/small.mzn -o $M/solution.txt", code="ERR_1012",
         path="$M/solution.txt", why="The solution file is written to a read-only file system."),
    # --- CSDP ---
    dict(id="csdp-problem-missing", tool="csdp", script="csdp /nonexistent/sdp/control.dat-s sol.txt 1>&2",
         code="ERR_1003", why="The SDPA problem file does not exist, so csdp cannot open it."),
    dict(id="neg-csdp-junk", tool="csdp", script=f"csdp {B}/models/junk.dat-s sol.txt 1>&2",
         code="ERR_1007", why="The problem file is not in SDPA format."),
    # --- lrslib ---
    dict(id="lrs-input-missing", miss="'*bad input file name' names no file", tool="lrs", script="lrs /nonexistent/poly/square.ine",
         code="ERR_1003", why="The polyhedron file does not exist; lrs rejects the file name."),
    dict(id="neg-lrs-short", tool="lrs", script=f"lrs {B}/models/short.ine 1>&2",
         code="ERR_1007", why="The H-representation has fewer rows than its header says."),
    dict(id="neg-redund-short", tool="redund", script=f"redund {B}/models/short.ine 1>&2",
         code="ERR_1007", why="The input file is truncated: bad input data."),
    # --- voro++ ---
    dict(id="voro-input-missing", tool="voro++", script="voro++ 0 1 0 1 0 1 /nonexistent/particles/pack.txt",
         code="ERR_1003", path="/nonexistent/particles/pack.txt", why="The particle file does not exist."),
    dict(id="neg-voro-bad-input", tool="voro++", script=f"voro++ 0 1 0 1 0 1 {B}/models/cellsbad.txt",
         code="ERR_1007", why="The particle file has a non-numeric coordinate."),
    dict(id="voro-out-denied", miss="'Unable to open file x' for an output missing where the job may not write reads as missing: it does not say which way", tool="voro++", user="nobody", script=f"voro++ 0 1 0 1 0 1 {SH}/cells.txt",
         code="ERR_1002", path=f"{SH}/cells.txt.vol",
         why="voro++ writes its .vol file beside the input, in a directory the user may not write."),
    dict(id="voro-input-unreadable", tool="voro++", user="nobody", script=f"voro++ 0 1 0 1 0 1 {SEC}/cells.txt",
         code="ERR_1002", path=f"{SEC}/cells.txt", why="The particle file is in a root-only directory."),
    # --- SYMPHONY / CBC / CLP ---
    dict(id="neg-symphony-bad-mps", tool="symphony", script=f"symphony -F {B}/models/typo.mps 1>&2",
         code="ERR_1007", why="The MPS file has a non-numeric coefficient; SYMPHONY cannot read the model."),
    dict(id="cbc-threads-nproc", tool="cbc", user="nobody",
         script=f"ulimit -u 1; cbc {B}/models/plan.mps -threads 4 -solve", code="ERR_1004",
         why="Under a process limit of one the solver's threads cannot be created."),
    dict(id="clp-threads-nproc", tool="clp", user="nobody",
         script=f"ulimit -u 1; clp {B}/models/plan.mps -dualsimplex", code="ERR_1004",
         why="Under a process limit of one the BLAS threads the solver starts cannot be created."),
    # --- more ---
    dict(id="gmsh-out-inodes", tool="gmsh", mount="inodes",
         script=f"touch $M/a $M/b $M/c 2>/dev/null; gmsh -2 {B}/models/plate.geo -o $M/plate.msh",
         code="ERR_1012", path="$M/plate.msh", why="The scratch file system has no inodes left for the mesh file."),
    dict(id="neg-gmsh-unknown-format", tool="gmsh", script=f"gmsh -2 {B}/models/plate.geo -format xyz",
         code="ERR_1007", why="The requested mesh format does not exist: a usage error."),
    dict(id="minizinc-out-inodes", tool="minizinc", mount="inodes",
         script=f"touch $M/a $M/b $M/c 2>/dev/null; minizinc {B}/models/small.mzn -o $M/solution.txt",
         code="ERR_1012", path="$M/solution.txt", why="No inodes are left on the file system the solution is written to."),
    dict(id="minizinc-fzn-dir-missing", tool="minizinc",
         script=f"minizinc -c {B}/models/small.mzn --fzn /nonexistent/build/small.fzn", code="ERR_1003",
         path="/nonexistent/build/small.fzn", why="The FlatZinc output goes into a directory that does not exist."),
    dict(id="neg-minizinc-gist-no-display", tool="minizinc", script=f"minizinc --solver gist {B}/models/small.mzn",
         code="ERR_1007", why="The interactive Gist solver needs a display the batch job does not have: the wrong solver for a batch run."),
    dict(id="lrs-out-dir-missing", tool="lrs", script=f"lrs {B}/models/square.ine /nonexistent/out/square.ext 1>&2",
         code="ERR_1003", path="/nonexistent/out/square.ext", why="The output file's directory does not exist."),
    dict(id="gmk-m2-out-dir-missing", tool="gmk_m2", script="gmk_m2 5 5 /nonexistent/out/grid.grf",
         code="ERR_1003", why="The grid graph is written into a directory that does not exist."),
    dict(id="neg-mpmetis-truncated", tool="mpmetis",
         script="printf '3 2\\n1 2 3 4\\n2 3 9 4\\n' > hex.mesh; mpmetis hex.mesh 2",
         code="ERR_1007", why="The mesh file has fewer elements than its header says: truncated input."),
    dict(id="neg-csdp-usage", tool="csdp", script="csdp 1>&2", code="ERR_1007",
         why="No problem file argument was given: a usage error."),
    dict(id="ccx-jobdir-unreadable", tool="ccx", user="nobody", script=f"ccx -i {SEC}/beam 1>&2",
         code="ERR_1002", path=f"{SEC}/beam.dat",
         why="The job files are in a root-only directory the job's user may not enter."),
    dict(id="qconvex-out-inodes", tool="qconvex", mount="inodes",
         script=f"touch $M/a $M/b $M/c 2>/dev/null; qconvex TI {B}/models/pts.txt o TO $M/hull.off",
         code="ERR_1012", path="$M/hull.off",
         why="No inodes are left for the output file (qhull's message only guesses at the cause)."),
]
