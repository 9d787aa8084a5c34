"""Sealed batch 27: mathematics, statistics and data-analysis tools (solvers, SAT and SMT
provers, HDL simulators, circuit simulation, statistics, data tables)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (81.4% of codes, 57/70), then worked on."""
D = f"{R}/batch27"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
V = "/tmp/hodei-corpus27-venv/bin"
NOBODY = "nobody"

FIXTURES = r"""
printf 'var x >= 0;\nvar y >= 0;\nmaximize z: 3*x + 2*y;\ns.t. a: x + y <= 4;\ns.t. b: x + 3*y <= 6;\nsolve;\nend;\n' > plan.mod
printf 'var x >= 0;\nvar y\nmaximize z: x + y;\ns.t. a: x <= 4;\nend;\n' > broken.mod
printf 'var x >= 0;\nmaximize z: x;\ns.t. a: x >= 5;\ns.t. b: x <= 3;\nsolve;\nend;\n' > infeasible.mod
printf 'max: 3x + 2y;\nc1: x + y <= 4;\nc2: x + 3y <= 6;\n' > plan.lp
printf 'max: 3x + 2y\nc1: x + y <= 4;\nc2: x + + 3y <= ;\n' > broken.lp
printf 'max: x;\nc1: x >= 5;\nc2: x <= 3;\n' > infeasible.lp
printf 'p cnf 3 2\n1 -3 0\n2 3 -1 0\n' > sat.cnf
printf 'p cnf 1 2\n1 0\n-1 0\n' > unsat.cnf
printf 'p cnf 2 1\n1 x2 0\n' > broken.cnf
printf '(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x 1))\n(check-sat)\n' > sat.smt2
printf '(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x y))\n(check-sat)\n' > undeclared.smt2
printf '(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x 1)\n(check-sat)\n' > unbalanced.smt2
printf 'module counter(input clk, output reg [3:0] q);\n  always @(posedge clk) q <= q + 1;\nendmodule\n' > counter.v
printf 'module tb;\n  initial begin\n    $display("ok");\n    $finish;\n  end\nendmodule\n' > tb.v
printf 'module bad(input a, output b);\n  assign b = a &;\nendmodule\n' > broken.v
printf '`include "defs.vh"\nmodule top; endmodule\n' > include.v
printf 'module top(input a, output b);\n  assign b = nosuch_wire;\nendmodule\n' > undeclared.v
printf '* divider\nV1 in 0 DC 5\nR1 in out 1k\nR2 out 0 1k\n.op\n.end\n' > divider.cir
printf '* broken\nV1 in 0 DC 5\nR1 in out\nQ9 a b\n.op\n.end\n' > broken.cir
printf '* includes a model file\n.include models/nosuch.lib\nV1 in 0 DC 5\nR1 in 0 1k\n.op\n.end\n' > include.cir
printf 'DATA LIST LIST /score group.\nBEGIN DATA\n1 1\n2 1\n3 2\n4 2\nEND DATA.\nDESCRIPTIVES score.\n' > ok.sps
printf 'DATA LIST LIST /score group.\nBEGIN DATA\n1 1\n2 1\nEND DATA.\nFREQUENCIES nosuchvar.\n' > badvar.sps
printf 'GET FILE="nosuch/survey.sav".\nDESCRIPTIVES ALL.\n' > getfile.sps
printf 'p(1). p(2).\nq(X) :- p(X), not r(X.\n' > broken.lp4
printf 'a.\n:- a.\n' > unsat.lp4
printf '[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]\n' > rows.json
printf '[{"id": 1, "name": "a"}, {"id": 2, "name" "b"}]\n' > broken.json
printf 'id,name\n1,a\n2,b\n' > rows.csv
printf 'x = [1 2 3];\ny = x * [4 5 6];\n' > dims.m
printf 'pkg load statistics\nm = nanmax([1 2 NaN])\n' > pkg.m
mkdir -p aarch64
python3 - <<'EOF'
import struct
# an ELF64 executable header for aarch64 (e_machine 183): a solver built for another machine
hdr = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
hdr += struct.pack("<HHIQQQIHHHHHH", 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
ph = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 0x80, 0x80, 0x1000)
open("aarch64/cadical", "wb").write(hdr + ph + b"\x00" * 8)
EOF
chmod 755 aarch64/cadical
chmod -R a+rX .
"""

CASES = [
    # --- glpsol (GLPK) -----------------------------------------------------------------------
    dict(id="glpsol-model-missing", tool="glpsol", script="glpsol -m models/plan.mod 1>&2",
         code="ERR_1003", why="the model file the job names does not exist",
         path="models/plan.mod"),
    dict(id="glpsol-model-unreadable", tool="glpsol", script=f"glpsol -m {L}/secret.txt 1>&2",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the model file",
         path=f"{L}/secret.txt"),
    dict(id="neg-glpsol-syntax", tool="glpsol", script=f"glpsol -m {D}/broken.mod 1>&2",
         code="ERR_1007", why="the model has a syntax error: the job's own input is wrong"),
    dict(id="glpsol-output-denied", tool="glpsol",
         script=f"glpsol -m {D}/plan.mod -o {RD}/solution.txt 1>&2; test -s {RD}/solution.txt",
         code="ERR_1002", user=NOBODY,
         why="the solution file goes to a directory the job's user may not write",
         path=f"{RD}/solution.txt"),
    dict(id="glpsol-output-rofs", tool="glpsol",
         script=f"glpsol -m {D}/plan.mod -o $M/solution.txt 1>&2; test -s $M/solution.txt",
         code="ERR_1012", mount="ro", why="the solution file goes to a read-only mount",
         path="$M/solution.txt"),
    dict(id="neg-glpsol-infeasible", tool="glpsol",
         script=f"glpsol -m {D}/infeasible.mod -o sol.txt 1>&2; "
                "grep -q 'INTEGER OPTIMAL\\|OPTIMAL' sol.txt || "
                "{ echo 'error: no feasible plan found' >&2; exit 3; }",
         code="ERR_1007", why="the model is infeasible: the job's data has no solution"),
    dict(id="de-glpsol-model-missing", tool="glpsol", script="glpsol --math plan.mod 1>&2",
         code="ERR_1003", lang="de_DE.UTF-8",
         why="the model file does not exist (the tool is not translated)", path="plan.mod"),
    # --- lp_solve ----------------------------------------------------------------------------
    dict(id="neg-lp-solve-syntax", tool="lp_solve", script=f"lp_solve -S3 {D}/broken.lp 1>&2",
         code="ERR_1007", why="the LP file has a syntax error: the job's own input"),
    dict(id="neg-lp-solve-infeasible", tool="lp_solve",
         script=f"lp_solve -S3 {D}/infeasible.lp 1>&2",
         code="ERR_1007", why="the problem is infeasible, the solver's own verdict on the data"),
    dict(id="neg-lp-solve-unknown-option", tool="lp_solve",
         script=f"lp_solve -S3 --time-limit 10 {D}/plan.lp 1>&2",
         code="ERR_1007", why="an option lp_solve does not know: a usage error"),
    # --- z3 ----------------------------------------------------------------------------------
    dict(id="z3-input-missing", tool="z3", script="z3 smt/query.smt2 1>&2",
         code="ERR_1003", why="the SMT file the job names does not exist", path="smt/query.smt2"),
    dict(id="neg-z3-undeclared", tool="z3", script=f"z3 {D}/undeclared.smt2 1>&2",
         code="ERR_1007", why="the formula uses an undeclared constant: the job's own input"),
    dict(id="neg-z3-unbalanced", tool="z3", script=f"z3 {D}/unbalanced.smt2 1>&2",
         code="ERR_1007", why="the input's parentheses do not balance: a syntax error"),
    dict(id="z3-fork-limit", tool="z3",
         script=f"ulimit -u 1; z3 -T:5 {D}/sat.smt2 & wait $!",
         code="ERR_1004", user=NOBODY, why="the shell could not fork to run z3 under a process limit"),
    # --- cvc5 --------------------------------------------------------------------------------
    dict(id="cvc5-input-missing", tool="cvc5", script="cvc5 proofs/lemma.smt2 1>&2",
         code="ERR_1003", why="the input file does not exist", path="proofs/lemma.smt2"),
    dict(id="neg-cvc5-undeclared", tool="cvc5", script=f"cvc5 {D}/undeclared.smt2 1>&2",
         code="ERR_1007", why="a symbol is not declared: the job's own input is wrong"),
    dict(id="neg-cvc5-unknown-option", tool="cvc5",
         script=f"cvc5 --produce-prooofs {D}/sat.smt2 1>&2",
         code="ERR_1007", why="a misspelt option: a usage error"),
    # --- minisat -----------------------------------------------------------------------------
    dict(id="minisat-input-missing", tool="minisat", script="minisat bench/problem.cnf 1>&2",
         code="ERR_1003", why="the CNF file does not exist", path="bench/problem.cnf"),
    dict(id="neg-minisat-unsat", tool="minisat", script=f"minisat {D}/unsat.cnf 1>&2",
         code="ERR_1007", why="the formula is unsatisfiable: the solver's answer, not a fault"),
    dict(id="neg-minisat-parse", tool="minisat", script=f"minisat {D}/broken.cnf 1>&2",
         code="ERR_1007", why="the CNF file is malformed: bad input data"),
    # --- picosat -----------------------------------------------------------------------------
    dict(id="picosat-output-denied", tool="picosat",
         script=f"picosat -o {RD}/model.txt {D}/sat.cnf 1>&2; test -s {RD}/model.txt",
         code="ERR_1002", user=NOBODY,
         why="the output file goes to a directory the job's user may not write",
         path=f"{RD}/model.txt"),
    dict(id="neg-picosat-unsat", tool="picosat", script=f"picosat {D}/unsat.cnf 1>&2",
         code="ERR_1007", why="the formula is unsatisfiable: the solver's verdict"),
    # --- cadical -----------------------------------------------------------------------------
    dict(id="cadical-input-missing", tool="cadical", script="cadical cnf/big.cnf 1>&2",
         code="ERR_1003", why="the CNF file does not exist", path="cnf/big.cnf"),
    dict(id="neg-cadical-parse", tool="cadical", script=f"cadical {D}/broken.cnf 1>&2",
         code="ERR_1007", why="the DIMACS input is malformed"),
    dict(id="cadical-wrong-arch", tool="cadical", script=f"{D}/aarch64/cadical {D}/sat.cnf",
         code="ERR_1004", why="the solver binary is built for aarch64: exec format error"),
    # --- clingo ------------------------------------------------------------------------------
    dict(id="clingo-input-missing", tool="clingo", script="clingo encodings/schedule.lp 1>&2",
         code="ERR_1003", why="the logic program file does not exist", path="encodings/schedule.lp"),
    dict(id="neg-clingo-syntax", tool="clingo", script=f"clingo {D}/broken.lp4 1>&2",
         code="ERR_1007", why="the logic program has a syntax error"),
    dict(id="neg-clingo-unsat", tool="clingo", script=f"clingo {D}/unsat.lp4 1>&2",
         code="ERR_1007", why="the program has no answer set: the tool's verdict on the data"),
    dict(id="neg-gringo-syntax", tool="gringo", script=f"gringo {D}/broken.lp4 1>&2",
         code="ERR_1007", why="the logic program has a syntax error"),
    # --- iverilog / vvp ----------------------------------------------------------------------
    dict(id="iverilog-source-missing", tool="iverilog", script="iverilog -o sim rtl/top.v",
         code="ERR_1003", why="the Verilog source does not exist", path="rtl/top.v"),
    dict(id="iverilog-source-unreadable", tool="iverilog",
         script=f"iverilog -o sim {L}/secret.txt", code="ERR_1002", user=NOBODY,
         why="the job's user may not read the source", path=f"{L}/secret.txt"),
    dict(id="neg-iverilog-syntax", tool="iverilog", script=f"iverilog -o sim {D}/broken.v",
         code="ERR_1007", why="the Verilog source has a syntax error"),
    dict(id="iverilog-include-missing", tool="iverilog", script=f"iverilog -o sim {D}/include.v",
         code="ERR_1003", why="the included header file does not exist", path="defs.vh"),
    dict(id="iverilog-output-rofs", tool="iverilog", script=f"iverilog -o $M/sim {D}/tb.v",
         code="ERR_1012", mount="ro", why="the compiled simulation goes to a read-only mount",
         path="$M/sim"),
    dict(id="iverilog-output-denied", tool="iverilog", script=f"iverilog -o {RD}/sim {D}/tb.v",
         code="ERR_1002", user=NOBODY, why="the output goes to a directory the user may not write",
         path=f"{RD}/sim"),
    dict(id="neg-iverilog-undeclared", tool="iverilog", script=f"iverilog -o sim {D}/undeclared.v",
         code="ERR_1007", why="the design uses a name that is not declared: the job's own source"),
    dict(id="vvp-input-missing", tool="vvp", script="vvp build/sim.vvp",
         code="ERR_1003", why="the compiled simulation file does not exist", path="build/sim.vvp"),
    # --- verilator ---------------------------------------------------------------------------
    dict(id="verilator-source-missing", tool="verilator", script="verilator --lint-only rtl/core.v",
         code="ERR_1003", why="the source file does not exist", path="rtl/core.v"),
    dict(id="neg-verilator-lint", tool="verilator",
         script=f"verilator --lint-only {D}/undeclared.v",
         code="ERR_1007", why="lint finds an undeclared signal: the design's own fault"),
    dict(id="neg-verilator-syntax", tool="verilator", script=f"verilator --lint-only {D}/broken.v",
         code="ERR_1007", why="the source has a syntax error"),
    dict(id="verilator-make-missing", tool="verilator",
         script=f"verilator --cc --build -Mdir obj {D}/counter.v", env={"MAKE": "hodei-gmake"},
         code="ERR_1001", why="the make program verilator runs to build is not installed",
         command="hodei-gmake"),
    dict(id="verilator-mdir-rofs", tool="verilator",
         script=f"verilator --cc -Mdir $M/obj {D}/counter.v",
         code="ERR_1012", mount="ro", why="the output directory is on a read-only mount",
         path="$M/obj/Vcounter__Syms.cpp"),
    # --- ngspice -----------------------------------------------------------------------------
    dict(id="ngspice-netlist-missing", tool="ngspice", script="ngspice -b circuits/amp.cir",
         code="ERR_1003", why="the netlist does not exist", path="circuits/amp.cir"),
    dict(id="ngspice-netlist-unreadable", tool="ngspice", script=f"ngspice -b {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the netlist",
         path=f"{L}/secret.txt"),
    dict(id="neg-ngspice-broken", tool="ngspice", script=f"ngspice -b {D}/broken.cir",
         code="ERR_1007", why="the netlist's elements are malformed"),
    dict(id="ngspice-include-missing", tool="ngspice",
         script=f"cd {D} && ngspice -b include.cir", code="ERR_1003",
         why="the model library the netlist includes does not exist",
         path="models/nosuch.lib"),
    dict(id="ngspice-raw-rofs", tool="ngspice",
         script=f"ngspice -b -r $M/out.raw {D}/divider.cir; test -s $M/out.raw",
         code="ERR_1012", mount="ro", why="the raw output file goes to a read-only mount",
         path="$M/out.raw"),
    # --- pspp --------------------------------------------------------------------------------
    dict(id="pspp-syntax-missing", tool="pspp", script="pspp analysis/report.sps 1>&2",
         code="ERR_1003", why="the syntax file does not exist", path="analysis/report.sps"),
    dict(id="de-pspp-syntax-missing", tool="pspp", script="pspp auswertung.sps 1>&2",
         code="ERR_1003", lang="de_DE.UTF-8", why="the syntax file does not exist (German)",
         path="auswertung.sps"),
    dict(id="fr-pspp-syntax-unreadable", tool="pspp", script=f"pspp {L}/secret.txt 1>&2",
         code="ERR_1002", lang="fr_FR.UTF-8", user=NOBODY,
         why="the job's user may not read the syntax file (French)", path=f"{L}/secret.txt"),
    dict(id="neg-pspp-unknown-var", tool="pspp", script=f"pspp {D}/badvar.sps 1>&2",
         code="ERR_1007", why="the syntax names a variable that does not exist in the data"),
    dict(id="neg-es-pspp-unknown-var", tool="pspp", script=f"pspp {D}/badvar.sps 1>&2",
         code="ERR_1007", lang="es_ES.UTF-8",
         why="the syntax names a variable that does not exist (Spanish)"),
    dict(id="pspp-getfile-missing", tool="pspp", script=f"cd {D} && pspp getfile.sps 1>&2",
         code="ERR_1003", why="the data file the syntax reads does not exist",
         path="nosuch/survey.sav"),
    dict(id="pspp-output-rofs", tool="pspp", script=f"pspp -o $M/report.txt {D}/ok.sps",
         code="ERR_1012", mount="ro", why="the report goes to a read-only mount",
         path="$M/report.txt"),
    dict(id="pspp-save-full", tool="pspp",
         script="printf 'DATA LIST LIST /x.\\nBEGIN DATA\\n1\\n2\\nEND DATA.\\n"
                "SAVE OUTFILE=\"%s/data.sav\".\\n' \"$M\" > s.sps; pspp s.sps 1>&2",
         code="ERR_1012", mount="full", why="the saved data file goes to a full filesystem"),
    dict(id="pspp-convert-missing", tool="pspp-convert",
         script="pspp-convert survey.sav survey.csv",
         code="ERR_1003", why="the data file to convert does not exist", path="survey.sav"),
    # --- yosys -------------------------------------------------------------------------------
    dict(id="yosys-source-missing", tool="yosys", script="yosys -q -p 'read_verilog rtl/alu.v'",
         code="ERR_1003", why="the source file does not exist", path="rtl/alu.v"),
    dict(id="neg-yosys-syntax", tool="yosys", script=f"yosys -q -p 'read_verilog {D}/broken.v'",
         code="ERR_1007", why="the source has a syntax error"),
    dict(id="yosys-write-rofs", tool="yosys",
         script=f"yosys -q -p \"read_verilog {D}/counter.v; synth; write_json $M/counter.json\"",
         code="ERR_1012", mount="ro", why="the netlist goes to a read-only mount",
         path="$M/counter.json"),
    dict(id="neg-yosys-unknown-top", tool="yosys",
         script=f"yosys -q -p 'read_verilog {D}/counter.v; synth -top cpu_core'",
         code="ERR_1007", why="the top module named does not exist in the design"),
    # --- octave ------------------------------------------------------------------------------
    dict(id="octave-script-missing", miss="Octave says 'file SCRIPT must exist' with the placeholder, not the path, then its own frames", tool="octave", script="octave --no-gui -q --eval 'run(\"scripts/fit.m\")'",
         code="ERR_1003", why="the script file does not exist", path="scripts/fit.m"),
    dict(id="neg-octave-dims", tool="octave", script=f"octave --no-gui -q {D}/dims.m",
         code="ERR_1007", why="a matrix product of wrong dimensions: the script's own fault"),
    dict(id="neg-octave-pkg", tool="octave", script=f"octave --no-gui -q {D}/pkg.m",
         code="ERR_1007", why="the Octave package the script loads is not installed: a dependency"),
    dict(id="octave-system-missing", tool="octave",
         script="octave --no-gui -q --eval 'status = system(\"hodei-plotter --png out.png\"); exit(status)'",
         code="ERR_1001", why="the program the script runs is not installed",
         command="hodei-plotter"),
    # --- sqlite-utils / visidata / datasette (venv) ------------------------------------------
    dict(id="sqlite-utils-json-missing", tool="sqlite-utils",
         script=f"{V}/sqlite-utils insert data.db rows exports/rows.json",
         code="ERR_1003", why="the JSON file to insert does not exist", path="exports/rows.json"),
    dict(id="neg-sqlite-utils-no-table", tool="sqlite-utils",
         script=f"{V}/sqlite-utils insert data.db rows {D}/rows.json && "
                f"{V}/sqlite-utils query data.db 'select * from customers'",
         code="ERR_1007", why="the query names a table that does not exist in the database"),
    dict(id="neg-sqlite-utils-bad-json", tool="sqlite-utils",
         script=f"{V}/sqlite-utils insert data.db rows {D}/broken.json",
         code="ERR_1007", why="the JSON input is malformed"),
    dict(id="sqlite-utils-db-full", tool="sqlite-utils",
         script=f"{V}/sqlite-utils insert --csv $M/data.db rows {D}/rows.csv",
         code="ERR_1012", mount="full", why="the database file goes to a full filesystem"),
    dict(id="vd-output-rofs", tool="vd",
         script=f"{V}/vd -b {D}/rows.csv -o $M/rows.tsv; test -s $M/rows.tsv",
         code="ERR_1012", mount="ro", why="the converted table goes to a read-only mount",
         path="$M/rows.tsv"),
    dict(id="datasette-db-missing", tool="datasette",
         script=f"{V}/datasette inspect data/catalog.db",
         code="ERR_1003", why="the database file to inspect does not exist",
         path="data/catalog.db"),
]
