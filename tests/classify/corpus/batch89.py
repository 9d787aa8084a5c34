"""Batch 89: proof assistants and automated theorem provers (Coq and its tools, E prover,
SPASS, Gappa, Why3, Ott)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
B = f"{R}/batch89"
NOBODY = "nobody"

FIXTURES = r"""
mkdir -p theories proj
printf 'Theorem one_eq_one : 1 = 1.\nProof. reflexivity. Qed.\n' > Good.v
printf 'Theorem wrong : 1 = 2.\nProof. reflexivity. Qed.\n' > Wrong.v
printf 'Theorem broken : 1 = 1.\nProof reflexivity Qed\n' > Syntax.v
printf 'Require Import MathComp.ssreflect.\nTheorem t : True.\nProof. exact I. Qed.\n' > NeedsLib.v
printf 'Lemma open_goal : forall n : nat, n + 0 = n.\nProof. intros n.\n' > Unfinished.v
printf 'Definition x := undefined_constant + 1.\n' > Unbound.v
cp Good.v theories/Good.v
printf -- '-R theories MyLib\ntheories/Good.v\ntheories/Missing.v\n' > proj/_CoqProject
printf -- '-R theories MyLib\n-bogus-flag\ntheories/Good.v\n' > badopt_CoqProject
printf -- '-R theories MyLib\ntheories/Good.v\n' > _CoqProject
cp Good.v ../locked/Secret.v
printf 'not a compiled library at all\n' > Corrupt.vo
printf '\\documentclass{article}\n\\begin{document}\n\\begin{coq_example}\nCheck nat.\n\\end{coq_example}\n\\end{document}\n' > doc.tex
printf 'fof(ax1, axiom, p(a)).\nfof(goal, conjecture, p(a)).\n' > good.p
printf 'fof(ax1, axiom, p(a).\nfof(goal conjecture, p(a)).\n' > syntax.p
printf "include('/nonexistent/Axioms/SET001-0.ax').\nfof(goal, conjecture, p(a)).\n" > include.p
printf 'fof(ax1, axiom, p(a)).\nfof(goal, conjecture, p(b)).\n' > unprovable.p
printf 'cnf(c1, axiom, p(X) | q(X)).\ncnf(c2, axiom, ~p(a)).\n' > sat.p
printf 'begin_problem(Broken).\nlist_of_descriptions.\nname({*x*}).\nend_of_list.\nlist_of_symbols.\npredicates[(P,1)].\nend_of_list\nlist_of_formulae(axioms).\nformula(P(a).\n' > broken.dfg
printf 'begin_problem(Ok).\nlist_of_descriptions.\nname({*ok*}).\nauthor({*me*}).\nstatus(unsatisfiable).\ndescription({*ok*}).\nend_of_list.\nlist_of_symbols.\nfunctions[(a,0)].\npredicates[(P,1)].\nend_of_list.\nlist_of_formulae(axioms).\nformula(P(a)).\nend_of_list.\nlist_of_formulae(conjectures).\nformula(P(a)).\nend_of_list.\nend_problem.\n' > good.dfg
printf '{ x in [1,2] -> x + 1 in [2,3] }\n' > good.g
printf '{ x in [1,2] -> x * x in [0,1] }\n' > false.g
printf '{ x in [1,2 -> x + }\n' > syntax.g
printf 'module M\n  use int.Int\n  let f (x: int) : int\n    ensures { result > x }\n  = x + 1\nend\n' > good.mlw
printf 'module M\n  let f (x: int) : int =\n    ensures { result > x\n  x + \nend\n' > syntax.mlw
printf 'module M\n  use nosuchlib.Nothing\nend\n' > missinglib.mlw
printf 'metavar termvar, x ::= {{ com term variable }}\ngrammar\nt :: t_ ::=\n  | x :: :: Var\n  | t t'"'"' :: :: App\n' > good.ott
printf 'metavar termvar, x ::=\ngrammar\nt :: t_ ::=\n  | x :: :: Var\n  | ( t :: :: Paren {{ nosuch\n' > syntax.ott
printf 'print_this_is_not_ocaml (\n' > broken.mlg
cp good.mlw ../locked/Secret.mlw
mkdir -p bin
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000\267\000\001\000\000\000' > bin/alt-ergo
head -c 40 /dev/zero >> bin/alt-ergo
chmod 755 bin/alt-ergo
printf '[main]\nmagic = 14\nmemlimit = 1000\nrunning_provers_max = 2\ntimelimit = 5\n\n[prover]\ncommand = "alt-ergo -timelimit %%t %%f"\ndriver = "alt_ergo"\neditor = ""\nin_place = false\ninteractive = false\nname = "Alt-Ergo"\nshortcut = "altergo"\nversion = "2.4.2"\n' > why3.conf
printf '[main]\nmagic = 14\nmemlimit = 1000\nrunning_provers_max = 2\ntimelimit = 5\n\n[prover]\ncommand = "%s/bin/alt-ergo -timelimit %%t %%f"\ndriver = "alt_ergo"\neditor = ""\nin_place = false\ninteractive = false\nname = "Alt-Ergo"\nshortcut = "altergo"\nversion = "2.4.2"\n' "$PWD" > why3-arm.conf
chmod -R a+rX .
"""

CASES = [
    # --- coqc -------------------------------------------------------------------------------
    dict(id="coqc-source-missing", tool="coqc", script="coqc /nonexistent/src/Foo.v",
         code="ERR_1003", why="the source file given to the compiler does not exist",
         path="/nonexistent/src/Foo.v"),
    dict(id="neg-coqc-proof-fails", tool="coqc", script=f"cp {B}/Wrong.v .; coqc Wrong.v",
         code="ERR_1007", why="the proof script is wrong: reflexivity cannot prove 1 = 2"),
    dict(id="neg-coqc-syntax", tool="coqc", script=f"cp {B}/Syntax.v .; coqc Syntax.v",
         code="ERR_1007", why="the source has a syntax error"),
    dict(id="neg-coqc-library-not-found", tool="coqc", script=f"cp {B}/NeedsLib.v .; coqc NeedsLib.v",
         code="ERR_1007",
         why="a required library is not installed in the load path: a missing dependency of the project"),
    dict(id="neg-coqc-unfinished-proof", tool="coqc", script=f"cp {B}/Unfinished.v .; coqc Unfinished.v",
         code="ERR_1007", why="the file ends with an open proof, the development's own fault"),
    dict(id="neg-coqc-unbound-reference", tool="coqc", script=f"cp {B}/Unbound.v .; coqc Unbound.v",
         code="ERR_1007", why="the definition refers to a name that is not defined"),
    dict(id="neg-coqc-bad-option", tool="coqc", script=f"coqc -no-such-flag {B}/Good.v",
         code="ERR_1007", why="an unknown command-line option"),
    dict(id="coqc-vo-unwritable", tool="coqc", script=f"cp {B}/Good.v .; coqc -o {RD}/Good.vo Good.v",
         code="ERR_1002", user=NOBODY, why="the compiled .vo goes into a directory the job's user may not write",
         path=f"{RD}/Good.glob"),
    dict(id="coqc-vo-readonly", tool="coqc", script=f"cp {B}/Good.v .; coqc -o $M/Good.vo Good.v",
         code="ERR_1012", mount="ro", why="the output directory is a read-only file system",
         path="$M/Good.glob"),
    dict(id="coqc-vo-disk-full", tool="coqc", script=f"cp {B}/Good.v .; coqc -o $M/Good.vo Good.v",
         code="ERR_1012", mount="full", why="the disk holding the .vo output is full"),
    dict(id="coqc-vo-no-inodes", tool="coqc", script=f"cp {B}/Good.v .; coqc -o $M/Good.vo Good.v",
         code="ERR_1012", mount="inodes", why="the output file system has no inodes left"),
    # --- coqtop -----------------------------------------------------------------------------
    dict(id="coqtop-load-missing", tool="coqtop", script="coqtop -l /nonexistent/init.v </dev/null",
         code="ERR_1003", why="the vernacular file to load does not exist", path="/nonexistent/init.v"),
    dict(id="neg-coqtop-batch-proof-fails", tool="coqtop",
         script=f"coqtop -batch -l {B}/Wrong.v </dev/null", code="ERR_1007",
         why="the loaded proof fails"),
    dict(id="neg-coqtop-require-missing", tool="coqtop",
         script="echo 'Require Import Flocq.Core.Raux.' > Use.v; coqtop -batch -l Use.v </dev/null",
         code="ERR_1007", why="the required library is not installed: a missing dependency"),
    dict(id="neg-coqtop-bad-option", tool="coqtop", script="coqtop -batchh </dev/null",
         code="ERR_1007", why="an unknown command-line option"),
    dict(id="coqc-async-thread-limit", tool="coqc",
         script=f"cp {B}/Good.v .; ulimit -u 1; exec coqc -async-proofs on -async-proofs-j 2 Good.v",
         code="ERR_1004", user=NOBODY, why="the compiler cannot create a thread under a one-process limit"),
    # --- coq_makefile -----------------------------------------------------------------------
    dict(id="coq-makefile-project-missing", tool="coq_makefile",
         script="coq_makefile -f /nonexistent/_CoqProject -o Makefile", code="ERR_1003",
         why="the project file does not exist", path="/nonexistent/_CoqProject"),
    dict(id="coq-makefile-out-unwritable", tool="coq_makefile",
         script=f"cd {RD} && coq_makefile -o Makefile.coq theories/Good.v",
         code="ERR_1002", user=NOBODY, why="the generated makefile goes into a directory the user may not write",
         path="Makefile.coq"),
    dict(id="coq-makefile-out-readonly", tool="coq_makefile",
         script="cd $M && coq_makefile -o Makefile.coq theories/Good.v",
         code="ERR_1012", mount="ro", why="the output directory is on a read-only file system",
         path="Makefile.coq"),
    dict(id="coq-makefile-out-full", tool="coq_makefile",
         script="cd $M && coq_makefile -o Makefile.coq theories/Good.v",
         code="ERR_1012", mount="full", why="the disk is full while writing the generated makefile"),
    dict(id="neg-coq-makefile-bad-option", tool="coq_makefile",
         script=f"cp -r {B}/theories .; cp {B}/badopt_CoqProject _CoqProject; coq_makefile -f _CoqProject -o Makefile.coq",
         code="ERR_1007", why="the project file holds an unknown option"),
    # --- coqdep -----------------------------------------------------------------------------
    dict(id="coqdep-source-missing", tool="coqdep", script="coqdep /nonexistent/X.v",
         code="ERR_1003", why="the source to scan does not exist", path="/nonexistent/X.v"),
    dict(id="coqdep-source-unreadable", tool="coqdep", script=f"coqdep {L}/Secret.v",
         code="ERR_1002", user=NOBODY, why="the source is in a directory the user may not enter",
         path=f"{L}/Secret.v"),
    dict(id="coqdep-project-missing", tool="coqdep", script="coqdep -f /nonexistent/_CoqProject",
         code="ERR_1003", why="the project file does not exist", path="/nonexistent/_CoqProject"),
    # --- coqchk -----------------------------------------------------------------------------
    dict(id="neg-coqchk-library-unknown", tool="coqchk", script="coqchk -norec Nope",
         code="ERR_1007", why="the library name is not in the checker's load path, a name unknown to it"),
    dict(id="neg-coqchk-corrupt-vo", tool="coqchk",
         script=f"cp {B}/Corrupt.vo .; coqchk -silent -norec Corrupt", code="ERR_1007",
         why="the compiled library is not a valid .vo file"),
    dict(id="neg-coqchk-bad-option", tool="coqchk", script="coqchk -nosuch Good",
         code="ERR_1007", why="an unknown option"),
    # --- coqdoc -----------------------------------------------------------------------------
    dict(id="coqdoc-source-missing", tool="coqdoc", script="coqdoc /nonexistent/a.v",
         code="ERR_1003", why="the source to document does not exist", path="/nonexistent/a.v"),
    dict(id="coqdoc-outdir-unwritable", tool="coqdoc",
         script=f"cp {B}/Good.v .; coqdoc --html -o {RD}/index.html Good.v", code="ERR_1002",
         user=NOBODY, why="the documentation output cannot be created in a root-owned directory",
         path=f"{RD}/coqdoc.css"),
    dict(id="coqdoc-out-readonly", tool="coqdoc",
         script=f"cp {B}/Good.v .; coqdoc --html -o $M/index.html Good.v", code="ERR_1012",
         mount="ro", why="the output is on a read-only file system", path="$M/coqdoc.css"),
    dict(id="coqdoc-out-full", tool="coqdoc",
         script=f"for i in 1 2 3 4 5 6 7 8; do cat {B}/Good.v; done > Big.v; for i in $(seq 200); do echo \"Definition d$i := $i.\"; done >> Big.v; coqdoc --html -o $M/index.html Big.v",
         code="ERR_1012", mount="full", why="the disk fills while the documentation is written"),
    # --- coq-tex, votour, coqpp, ocamllibdep --------------------------------------------------
    dict(id="coq-tex-input-missing", tool="coq-tex", script="coq-tex /nonexistent/paper.tex",
         code="ERR_1003", why="the LaTeX source does not exist", path="/nonexistent/paper.tex"),
    dict(id="coq-tex-output-readonly", tool="coq-tex",
         script=f"coq-tex -o $M/doc.v.tex {B}/doc.tex", code="ERR_1012", mount="ro",
         why="the output is on a read-only file system", path="$M/doc.v.tex"),
    dict(id="neg-votour-not-a-vo", tool="votour", script=f"votour {B}/Good.v </dev/null",
         code="ERR_1007", why="the file given is not a compiled library"),
    dict(id="votour-missing", tool="votour", script="votour /nonexistent/Lib.vo </dev/null",
         code="ERR_1003", why="the compiled library does not exist", path="/nonexistent/Lib.vo"),
    dict(id="coqpp-input-missing", tool="coqpp", script="coqpp /nonexistent/g_plugin.mlg",
         code="ERR_1003", why="the grammar file does not exist", path="/nonexistent/g_plugin.mlg"),
    dict(id="neg-coqpp-syntax", tool="coqpp", script=f"cp {B}/broken.mlg .; coqpp broken.mlg",
         code="ERR_1007", why="the grammar file does not parse"),
    dict(id="coqnative-vo-missing", tool="coqnative", script="coqnative /nonexistent/theories/Lib.vo",
         code="ERR_1003", why="the compiled library to translate does not exist",
         path="/nonexistent/theories/Lib.vo"),
    dict(id="neg-coqnative-not-a-vo", tool="coqnative", script=f"cp {B}/Corrupt.vo .; coqnative Corrupt.vo",
         code="ERR_1007", why="the file is not a valid compiled library"),
    # --- eprover ----------------------------------------------------------------------------
    dict(id="eprover-problem-missing", tool="eprover", script="eprover /nonexistent/problems/a.p",
         code="ERR_1003", why="the problem file does not exist",
         path="/nonexistent/problems/a.p"),
    dict(id="neg-eprover-syntax", tool="eprover", script=f"eprover {B}/syntax.p",
         code="ERR_1007", why="the TPTP problem has a syntax error"),
    dict(id="eprover-include-missing", tool="eprover", script=f"eprover {B}/include.p",
         code="ERR_1003", why="the axiom file the problem includes does not exist",
         path="/nonexistent/Axioms/SET001-0.ax"),
    dict(id="neg-eprover-bad-option", tool="eprover", script=f"eprover --no-such-option {B}/good.p",
         code="ERR_1007", why="an unknown option"),
    dict(id="eprover-problem-unreadable", tool="eprover", script=f"eprover {RF}",
         code="ERR_1002", user=NOBODY, why="the problem file is readable by root only", path=RF),
    dict(id="eprover-output-readonly", tool="eprover",
         script=f"eprover --proof-object --output-file=$M/proof.txt {B}/good.p", code="ERR_1012",
         mount="ro", why="the proof output goes to a read-only file system", path="$M/proof.txt"),
    dict(id="eprover-output-unwritable", tool="eprover",
         script=f"eprover --output-file={RD}/proof.txt {B}/good.p", code="ERR_1002", user=NOBODY,
         why="the proof output goes to a directory the user may not write", path=f"{RD}/proof.txt"),
    dict(id="neg-eprover-not-proved", tool="eprover",
         script=f"eprover --auto -s {B}/unprovable.p 1>&2; s=$?; test $s -eq 0 || exit $s; exit 1",
         code="ERR_1007", why="the conjecture does not follow: the prover finds no proof, the problem's own outcome"),
    dict(id="eground-missing", tool="eground", script="eground /nonexistent/problems/g.p",
         code="ERR_1003", why="the problem file does not exist",
         path="/nonexistent/problems/g.p"),
    dict(id="epclextract-missing", tool="epclextract", script="epclextract /nonexistent/proof.pcl",
         code="ERR_1003", why="the proof protocol file does not exist",
         path="/nonexistent/proof.pcl"),
    dict(id="neg-checkproof-bad-input", tool="checkproof", script=f"checkproof {B}/Good.v",
         code="ERR_1007", why="the input is not a proof protocol"),
    dict(id="ekb-create-unwritable", tool="ekb_create", script=f"ekb_create {RD}/kb",
         code="ERR_1002", user=NOBODY, why="the knowledge base cannot be created in a root-owned directory",
         path=f"{RD}/kb"),
    dict(id="e-ltb-runner-batch-missing", tool="e_ltb_runner",
         script="e_ltb_runner /nonexistent/casc/batch.txt", code="ERR_1003",
         why="the LTB batch specification file does not exist",
         path="/nonexistent/casc/batch.txt"),
    # --- SPASS, FLOTTER ---------------------------------------------------------------------
    dict(id="spass-problem-missing", tool="SPASS", script="SPASS /nonexistent/a.dfg 1>&2",
         code="ERR_1003", why="the problem file does not exist", path="/nonexistent/a.dfg"),
    dict(id="neg-spass-syntax", tool="SPASS", script=f"SPASS {B}/broken.dfg 1>&2",
         code="ERR_1007", why="the DFG problem has a syntax error"),
    dict(id="spass-problem-unreadable", tool="SPASS", script=f"SPASS {L}/Secret.v 1>&2",
         code="ERR_1002", user=NOBODY, why="the input is in a directory the user may not enter",
         path=f"{L}/Secret.v"),
    dict(id="neg-spass-bad-option", tool="SPASS", script=f"SPASS -NoSuchFlag {B}/good.dfg 1>&2",
         code="ERR_1007", why="an unknown option"),
    dict(id="flotter-input-missing", tool="FLOTTER", script="FLOTTER /nonexistent/a.dfg 1>&2",
         code="ERR_1003", why="the input file does not exist", path="/nonexistent/a.dfg"),
    # --- gappa ------------------------------------------------------------------------------
    dict(id="gappa-input-missing", tool="gappa", script="gappa /nonexistent/bound.g",
         code="ERR_1003", why="the input script does not exist"),
    dict(id="neg-gappa-not-proved", tool="gappa", script=f"gappa {B}/false.g", code="ERR_1007",
         why="the property is false, so gappa cannot prove it"),
    dict(id="neg-gappa-syntax", tool="gappa", script=f"gappa {B}/syntax.g", code="ERR_1007",
         why="the script has a syntax error"),
    dict(id="gappa-input-unreadable", tool="gappa", script=f"gappa {RF}", code="ERR_1002",
         user=NOBODY, why="the input is readable by root only"),
    # --- why3 -------------------------------------------------------------------------------
    dict(id="why3-input-missing", tool="why3", script="why3 prove /nonexistent/a.mlw",
         code="ERR_1003", why="the WhyML file does not exist", path="/nonexistent/a.mlw"),
    dict(id="why3-config-missing", tool="why3",
         script=f"why3 --config /nonexistent/why3.conf prove {B}/good.mlw", code="ERR_1003",
         why="the configuration file the job names does not exist", path="/nonexistent/why3.conf"),
    dict(id="neg-why3-syntax", tool="why3", script=f"why3 prove {B}/syntax.mlw", code="ERR_1007",
         why="the WhyML file has a syntax error"),
    dict(id="neg-why3-library-not-found", tool="why3", script=f"why3 prove {B}/missinglib.mlw",
         code="ERR_1007", why="the imported theory is unknown: a missing library of the project"),
    dict(id="neg-why3-unknown-prover", tool="why3",
         script=f"why3 prove -P nosuchprover {B}/good.mlw", code="ERR_1007",
         why="the prover named is not configured: a name unknown to why3"),
    dict(id="neg-why3-unknown-command", tool="why3", script="why3 frobnicate", code="ERR_1007",
         why="an unknown subcommand"),
    dict(id="why3-input-unreadable", tool="why3", script=f"why3 prove {L}/Secret.mlw",
         code="ERR_1002", user=NOBODY, why="the input is in a directory the user may not enter",
         path=f"{L}/Secret.mlw"),
    dict(id="why3-prover-not-installed", tool="why3",
         script=f"why3 --config {B}/why3.conf prove -P altergo {B}/good.mlw 1>&2",
         code="ERR_1001", why="the configured prover alt-ergo is not installed, so why3 cannot run it",
         command="alt-ergo"),
    dict(id="why3-server-fork-limit", tool="why3",
         script=f"ulimit -u 1; exec why3 --config {B}/why3.conf prove -P altergo {B}/good.mlw",
         code="ERR_1004", user=NOBODY, why="why3 cannot start its prover server under a one-process limit"),
    # --- ott --------------------------------------------------------------------------------
    dict(id="ott-input-missing", tool="ott", script="ott -i /nonexistent/lang.ott -o lang.tex",
         code="ERR_1003", why="the Ott source does not exist", path="/nonexistent/lang.ott"),
    dict(id="neg-ott-syntax", tool="ott", script=f"ott -i {B}/syntax.ott -o lang.tex 1>&2",
         code="ERR_1007", why="the Ott source does not parse"),
    dict(id="ott-output-unwritable", tool="ott", script=f"ott -i {B}/good.ott -o {RD}/lang_defs.v",
         code="ERR_1002", user=NOBODY, why="the generated Coq file goes into a root-owned directory",
         path=f"{RD}/lang_defs.v"),
    dict(id="ott-output-readonly", tool="ott", script=f"ott -i {B}/good.ott -o $M/lang_defs.v",
         code="ERR_1012", mount="ro", why="the generated file goes to a read-only file system",
         path="$M/lang_defs.v"),
]
