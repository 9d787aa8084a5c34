"""Sealed batch 36: chemistry, astronomy and computer algebra tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (74.0% of codes, 54/73), then worked on."""
B = f"{R}/batch36"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
python3 - <<'PY'
import os
def card(k, v):
    return (f"{k:<8}= {v:>20}").ljust(80).encode()
def fits(name, cards, data=b"\0" * 200, wcs=True):
    h = [card("SIMPLE", "T"), card("BITPIX", "16"), card("NAXIS", "2"),
         card("NAXIS1", "10"), card("NAXIS2", "10")]
    if wcs:
        h += [card("CTYPE1", "'RA---TAN'"), card("CTYPE2", "'DEC--TAN'"),
              card("CRPIX1", "5.0"), card("CRPIX2", "5.0"),
              card("CRVAL1", "150.0"), card("CRVAL2", "2.0"),
              card("CDELT1", "-0.001"), card("CDELT2", "0.001"),
              card("EQUINOX", "2000.0")]
    h += cards + [b"END".ljust(80)]
    hb = b"".join(h)
    hb += b" " * (-len(hb) % 2880)
    d = data + b"\0" * (-len(data) % 2880)
    open(name, "wb").write(hb + d)
fits("image.fits", [card("OBJECT", "'M31'"), card("EXPTIME", "30.0")])
fits("other.fits", [card("OBJECT", "'M33'"), card("EXPTIME", "60.0")])
fits("nowcs.fits", [card("OBJECT", "'FLAT'")], wcs=False)
# a header whose END card is missing and whose data is cut short
open("broken.fits", "wb").write(b"".join([card("SIMPLE", "T"), card("BITPIX", "16"),
    card("NAXIS", "2"), card("NAXIS1", "100"), card("NAXIS2", "100")]).ljust(2880))
open("notfits.fits", "wb").write(b"This is a plain text observing log, not an image.\n" * 20)
d = bytearray(open("/bin/true", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
os.makedirs("armbin", exist_ok=True)
for n in ("xtb", "obabel", "gmx"):
    open(f"armbin/{n}", "wb").write(d)
    os.chmod(f"armbin/{n}", 0o755)
PY
cat > water.xyz <<'EOF'
3
water
O   0.000000   0.000000   0.117300
H   0.000000   0.757200  -0.469200
H   0.000000  -0.757200  -0.469200
EOF
cat > bad.xyz <<'EOF'
5
methane, atom lines missing
C   0.0 0.0 0.0
H   0.6 0.6 0.6
EOF
printf 'CCO ethanol\nc1ccccc1 benzene\nCC(=O)O acetic\n' > mols.smi
printf 'CCO ethanol\nC1CC(CC ring\nc1ccccc1 benzene\n' > badmols.smi
obabel water.xyz -O water.pdb 2>/dev/null
gemmi convert water.pdb water.cif 2>/dev/null || true
printf 'data_broken\nloop_\n_atom_site.id\n_atom_site.type_symbol\n"1 O\n' > broken.cif
cat > em.mdp <<'EOF'
integrator = steep
nsteps     = 10
EOF
cat > bad.mdp <<'EOF'
integrator = steep
nsteps     = ten
EOF
cat > conf.gro <<'EOF'
water
    3
    1SOL     OW    1   0.000   0.000   0.012
    1SOL    HW1    2   0.000   0.076  -0.047
    1SOL    HW2    3   0.000  -0.076  -0.047
   3.00000   3.00000   3.00000
EOF
printf '#include "oplsaa.ff/forcefield.itp"\n#include "oplsaa.ff/tip3p.itp"\n[ system ]\nwater\n[ molecules ]\nSOL 1\n' > topol.top
printf 'f(x) := x^2 + ;\nprint(f(3));\n' > bad.mac
printf 'a : 1/0;\n' > divzero.mac
printf 'for k from 1 thru 3 do print(k);\nsystem("true");\n' > spawn.mac
printf 'f(x) = x^2 +\n' > bad.gp
printf 'system("true")\n' > spawn.gp
printf 'f := function(x) return x^2 end;\nPrint(f(3)\n' > bad.g
printf 'Print(UndefinedGroupName);\n' > unbound.g
printf 'Simplify((x+1)^2 - ;\n' > bad.ys
mkdir -p ro && cp image.fits ro/ && cp water.pdb ro/
chmod -R a+rX .
"""

M = "$M"

CASES = [
    # --- openbabel ----------------------------------------------------------------------------
    dict(id="obabel-input-missing", tool="obabel",
         script="obabel /nonexistent/ligands/ligand.sdf -O out.mol2 && test -s out.mol2", code="ERR_1003",
         why="the molecule file to convert does not exist",
         path="/nonexistent/ligands/ligand.sdf"),
    dict(id="obabel-output-ro", tool="obabel",
         script=f"obabel {B}/mols.smi -O $M/mols.sdf && test -s $M/mols.sdf", code="ERR_1012", mount="ro",
         why="the converted molecules are written onto a read-only mount"),
    dict(id="obabel-output-denied", tool="obabel",
         script=f"obabel {B}/mols.smi -O {RD}/mols.sdf && test -s {RD}/mols.sdf", code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user"),
    dict(id="obabel-input-unreadable", tool="obabel",
         script=f"obabel -isdf {L}/secret.txt -O out.smi && test -s out.smi", code="ERR_1002", user=NOBODY,
         why="the input lies in a directory the job's user may not enter"),
    dict(id="neg-obabel-unknown-format", tool="obabel",
         script=f"obabel {B}/water.xyz -O water.hodeimol", code="ERR_1007",
         why="the output format asked for is not one openbabel knows: a usage error"),
    dict(id="neg-obabel-bad-smiles", tool="obabel",
         script=f"obabel {B}/badmols.smi -osdf -O out.sdf; test -s out.sdf && "
                "grep -c '\\$\\$\\$\\$' out.sdf | grep -qx 3",
         code="ERR_1007",
         why="one SMILES string is malformed and the molecule is dropped: bad input data"),
    dict(id="obabel-exec-format", tool="obabel",
         script=f"{B}/armbin/obabel -:CCO -osmi", code="ERR_1004",
         why="the obabel binary is built for another architecture: the OS cannot start it"),
    # --- gromacs --------------------------------------------------------------------------------
    dict(id="gmx-grompp-mdp-missing", tool="gmx",
         script=f"printf '[ defaults ]\\n1 1 no 1.0 1.0\\n' > topol.top; gmx -quiet grompp "
                f"-f /nonexistent/params/md.mdp -c {B}/conf.gro -p topol.top -o run.tpr",
         code="ERR_1003", why="the run parameter file does not exist",
         path="/nonexistent/params/md.mdp"),
    dict(id="gmx-grompp-top-missing", tool="gmx",
         script=f"gmx -quiet grompp -f {B}/em.mdp -c {B}/conf.gro -p topol.top -o run.tpr",
         code="ERR_1003", why="the topology file the run needs does not exist",
         path="topol.top"),
    dict(id="gmx-editconf-input-missing", tool="gmx",
         script="gmx -quiet editconf -f protein.gro -o boxed.gro -c -d 1.0", code="ERR_1003",
         why="the structure file to put in a box does not exist", path="protein.gro"),
    dict(id="gmx-editconf-output-ro", tool="gmx",
         script=f"gmx -quiet editconf -f {B}/conf.gro -o $M/boxed.gro -c -d 1.0",
         code="ERR_1012", mount="ro", why="the boxed structure is written onto a read-only mount"),
    dict(id="neg-gmx-unknown-module", tool="gmx", script="gmx -quiet hodeimin -f x.tpr",
         code="ERR_1007", why="the job names a gmx module that does not exist: a usage error"),
    dict(id="neg-gmx-grompp-bad-mdp", tool="gmx",
         script=f"printf '[ defaults ]\\n1 1 no 1.0 1.0\\n' > topol.top; "
                f"gmx -quiet grompp -f {B}/bad.mdp -c {B}/conf.gro -p topol.top -o run.tpr",
         code="ERR_1007", why="the parameter file gives a word where a number is required"),
    dict(id="neg-gmx-editconf-bad-gro", tool="gmx",
         script=f"cp {B}/water.xyz broken.gro; gmx -quiet editconf -f broken.gro -o out.gro",
         code="ERR_1007", why="the structure file is not valid .gro data: bad input"),
    dict(id="gmx-exec-format", tool="gmx", script=f"{B}/armbin/gmx --version",
         code="ERR_1004", why="a gmx binary for another architecture: the OS cannot start it"),
    # --- cfitsio tools --------------------------------------------------------------------------
    dict(id="fpack-input-missing", tool="fpack", script="fpack -v /nonexistent/night1/frame.fits 1>&2",
         code="ERR_1003", why="the image to compress does not exist",
         path="/nonexistent/night1/frame.fits"),
    dict(id="neg-fpack-not-fits", tool="fpack", script=f"cp {B}/notfits.fits .; fpack notfits.fits 1>&2",
         code="ERR_1007", why="the input is a text file, not a FITS image: bad input data"),
    dict(id="funpack-input-missing", tool="funpack", script="funpack frame.fits.fz 1>&2",
         code="ERR_1003", why="the compressed image does not exist", path="frame.fits.fz"),
    dict(id="neg-funpack-corrupt", tool="funpack",
         script=f"head -c 2000 {B}/image.fits > cut.fits.fz; funpack -O out.fits cut.fits.fz 1>&2",
         code="ERR_1007", why="the compressed image is truncated: corrupt input"),
    dict(id="fitscopy-input-missing", tool="fitscopy",
         script="fitscopy /nonexistent/raw/m31.fits out.fits", code="ERR_1003",
         why="the image to copy does not exist",
         path="/nonexistent/raw/m31.fits"),
    dict(id="neg-fitscopy-bad-filter", tool="fitscopy",
         script=f"fitscopy '{B}/image.fits[SCIENCE]' out.fits", code="ERR_1007",
         why="the extension the filter names is not in the file: an unknown name in the "
             "tool's own world"),
    dict(id="imcopy-output-ro", tool="imcopy", script=f"imcopy {B}/image.fits $M/copy.fits",
         code="ERR_1012", mount="ro", why="the copy is written onto a read-only mount"),
    dict(id="imcopy-output-full", tool="imcopy",
         script=f"imcopy {B}/image.fits $M/copy.fits", code="ERR_1012", mount="full",
         why="the scratch disk is full"),
    dict(id="imcopy-output-denied", tool="imcopy",
         script=f"imcopy {B}/image.fits {RD}/copy.fits", code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user"),
    dict(id="neg-imcopy-broken-header", tool="imcopy",
         script=f"imcopy {B}/broken.fits out.fits", code="ERR_1007",
         why="the FITS header has no END card and the data is missing: corrupt input"),
    # --- astropy command line tools -------------------------------------------------------------
    dict(id="fitsheader-input-missing", tool="fitsheader",
         script="fitsheader /nonexistent/raw/m31.fits > hdr.txt && test -s hdr.txt", code="ERR_1003",
         why="the file whose header is listed does not exist"),
    dict(id="fitsheader-unreadable", tool="fitsheader", script=f"fitsheader {RF} > hdr.txt && test -s hdr.txt",
         code="ERR_1002", user=NOBODY, why="the file is not readable by the job's user", path=RF),
    dict(id="neg-fitsheader-keyword-missing", tool="fitsheader",
         script=f"fitsheader -k AIRMASS {B}/image.fits > am.txt && grep -q AIRMASS am.txt",
         code="ERR_1007",
         why="the keyword the job looks for is not in the header, so its check fails"),
    dict(id="neg-fitscheck-no-checksum", tool="fitscheck",
         script=f"fitscheck {B}/image.fits", code="ERR_1007",
         why="the file carries no checksum keywords, so the check fails: a failed check"),
    dict(id="fitscheck-write-denied", tool="fitscheck",
         script=f"cd {B}/ro && fitscheck --write --force image.fits", code="ERR_1002",
         user=NOBODY, why="adding checksums needs to write a file the job's user may not write",
         path="image.fits"),
    dict(id="neg-fitsdiff-differ", tool="fitsdiff",
         script=f"fitsdiff {B}/image.fits {B}/other.fits 1>&2", code="ERR_1007",
         why="the two files differ: a failed comparison"),
    dict(id="fitsdiff-input-missing", tool="fitsdiff",
         script=f"fitsdiff {B}/image.fits /nonexistent/ref/image.fits", code="ERR_1003",
         why="the reference file does not exist", path="/nonexistent/ref/image.fits"),
    dict(id="fitsinfo-input-missing", tool="fitsinfo", script="fitsinfo frame_0001.fits > info.txt && test -s info.txt",
         code="ERR_1003", why="the file to describe does not exist", path="frame_0001.fits"),
    # --- wcstools -------------------------------------------------------------------------------
    dict(id="imhead-input-missing", tool="imhead", script="imhead /nonexistent/raw/m31.fits > hdr.txt && test -s hdr.txt",
         code="ERR_1003", why="the image whose header is printed does not exist",
         path="/nonexistent/raw/m31.fits"),
    dict(id="neg-sky2xy-no-wcs", tool="sky2xy",
         script=f"sky2xy {B}/nowcs.fits 10:00:00 +02:00:00 J2000", code="ERR_1007",
         why="the image has no world coordinate system: bad input for the conversion"),
    # --- maxima ---------------------------------------------------------------------------------
    dict(id="maxima-fork-eagain", tool="maxima",
         script=f"ulimit -u 1; maxima --very-quiet --batch={B}/spawn.mac", code="ERR_1004",
         user=NOBODY, why="the process limit forbids the processes maxima starts"),
    # --- pari/gp --------------------------------------------------------------------------------
    dict(id="gp-script-missing", tool="gp",
         script="echo 'read(\"/nonexistent/nt/primes.gp\")' | gp -q -D recover=0 -f", code="ERR_1003",
         why="the script to run does not exist",
         path="/nonexistent/nt/primes.gp"),
    dict(id="neg-gp-syntax", tool="gp", script=f"gp -q -D recover=0 -f < {B}/bad.gp", code="ERR_1007",
         why="the script has a syntax error"),
    dict(id="gp-fork-eagain", tool="gp", script=f"ulimit -u 1; gp -q -f < {B}/spawn.gp",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the shell gp starts for system()"),
    dict(id="neg-gp-stack", tool="gp",
         script="echo 'default(parisizemax, 0); v = vector(10^8, i, i); quit(0)' | gp -q -D recover=0 -s 8M -f",
         code="ERR_1007", why="the computation needs more PARI stack than allowed: "
                              "the job's own limit, not the OS"),
    dict(id="gp-write-ro", tool="gp",
         script="echo 'write(\"'$M'/primes.txt\", primes(10)); quit(0)' | gp -q -D recover=0 -f",
         code="ERR_1012", mount="ro", why="the results file is written onto a read-only mount"),
    # --- gap ------------------------------------------------------------------------------------
    dict(id="gap-file-missing", tool="gap", script="echo 'Read(\"/nonexistent/groups/sym.g\");' | gap -q --quitonbreak",
         code="ERR_1003", why="the GAP file to read does not exist",
         path="/nonexistent/groups/sym.g"),
    dict(id="neg-gap-unbound", tool="gap", script=f"gap -q --quitonbreak {B}/unbound.g < /dev/null",
         code="ERR_1007", why="the file uses a variable that has no value: an error in the "
                              "job's own code"),
    # --- mathomatic ----------------------------------------------------------------------------------
    dict(id="mathomatic-file-missing", tool="mathomatic",
         script="mathomatic -q /nonexistent/alg/solve.in < /dev/null 1>&2", code="ERR_1003",
         why="the input file does not exist", path="/nonexistent/alg/solve.in"),
    dict(id="neg-mathomatic-syntax", tool="mathomatic",
         script="printf 'x = (3 +\\n' > bad.in; mathomatic -q -e bad.in < /dev/null 1>&2",
         code="ERR_1007", why="the equation has a syntax error"),
    # --- gemmi ----------------------------------------------------------------------------------
    dict(id="gemmi-input-missing", tool="gemmi",
         script="gemmi convert /nonexistent/pdb/1abc.cif out.pdb", code="ERR_1003",
         why="the structure file to convert does not exist",
         path="/nonexistent/pdb/1abc.cif"),
    dict(id="gemmi-output-ro", tool="gemmi",
         script=f"gemmi convert {B}/water.pdb $M/water.cif", code="ERR_1012", mount="ro",
         why="the converted structure is written onto a read-only mount",
         path="$M/water.cif"),
    dict(id="gemmi-output-denied", tool="gemmi",
         script=f"gemmi convert {B}/water.pdb {RD}/water.cif", code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user",
         path=f"{RD}/water.cif"),
    dict(id="neg-gemmi-bad-cif", tool="gemmi", script=f"gemmi cif2json {B}/broken.cif out.json",
         code="ERR_1007", why="the mmCIF file is malformed: bad input data"),
    dict(id="neg-gemmi-unknown-command", tool="gemmi", script="gemmi hodeirefine x.pdb 1>&2",
         code="ERR_1007", why="no such gemmi subcommand: a usage error"),
    # --- xtb ------------------------------------------------------------------------------------
    dict(id="neg-xtb-bad-xyz", tool="xtb", script=f"xtb {B}/bad.xyz --sp 1>&2", code="ERR_1007",
         why="the xyz file announces more atoms than it lists: bad input data"),
    dict(id="xtb-threads-eagain", tool="xtb",
         script=f"cd /tmp && ulimit -u 1; xtb {B}/water.xyz --sp", code="ERR_1004",
         user=NOBODY, env={"OMP_NUM_THREADS": "4"},
         why="the process limit forbids the threads xtb starts"),
    dict(id="xtb-exec-format", tool="xtb", script=f"{B}/armbin/xtb {B}/water.xyz",
         code="ERR_1004", why="an xtb binary for another architecture: the OS cannot start it"),
    # --- more openbabel programs, locales -----------------------------------------------------
    dict(id="obminimize-input-missing", tool="obminimize",
         script="obminimize -ff MMFF94 /nonexistent/conf/ligand.sdf", code="ERR_1003",
         why="the structure to minimize does not exist"),
    dict(id="neg-obminimize-unknown-ff", tool="obminimize",
         script=f"obminimize -ff HODEIFF {B}/water.pdb", code="ERR_1007",
         why="the force field named is not one openbabel knows: an unknown name in its own world"),
    dict(id="obenergy-input-missing", tool="obenergy",
         script="obenergy -ff GAFF /nonexistent/conf/ligand.mol2", code="ERR_1003",
         why="the structure whose energy is computed does not exist"),
    dict(id="neg-obenergy-not-molecule", tool="obenergy",
         script=f"obenergy -ff MMFF94 {B}/notfits.fits", code="ERR_1007",
         why="the input is not a molecule file openbabel can read: bad input"),
    dict(id="gp-fork-eagain-de", tool="gp", script=f"ulimit -u 1; gp -q -f < {B}/spawn.gp",
         code="ERR_1004", user=NOBODY, lang="de_DE.UTF-8",
         why="the process limit forbids the shell gp starts for system()"),
    dict(id="xtb-exec-format-fr", tool="xtb", script=f"{B}/armbin/xtb {B}/water.xyz",
         code="ERR_1004", lang="fr_FR.UTF-8",
         why="an xtb binary for another architecture: the OS cannot start it"),
    dict(id="obabel-exec-format-es", tool="obabel", script=f"{B}/armbin/obabel -:CCO -osmi",
         code="ERR_1004", lang="es_ES.UTF-8",
         why="the obabel binary is built for another architecture: the OS cannot start it"),
    dict(id="gmx-cmd-missing-it", tool="gmx",
         script="gmx_gpu -quiet mdrun -s run.tpr", code="ERR_1001",
         lang="it_IT.UTF-8", why="the GPU build of gromacs the job runs is not installed",
         command="gmx_gpu"),
    dict(id="gmx-mdrun-tpr-missing", tool="gmx", script="gmx -quiet mdrun -s /nonexistent/run/md.tpr",
         code="ERR_1003", why="the run input file does not exist", path="/nonexistent/run/md.tpr"),
    dict(id="gmx-threads-eagain", tool="gmx",
         script=f"gmx -quiet grompp -f {B}/em.mdp -c {B}/conf.gro -p {B}/topol.top -o /tmp/em36.tpr "
                "-maxwarn 5 >/dev/null 2>&1; chmod 644 /tmp/em36.tpr; cd /tmp; "
                "su nobody -s /bin/bash -c 'ulimit -u 1; gmx -quiet mdrun -s /tmp/em36.tpr "
                "-deffnm /tmp/em36 -nt 4'; rc=$?; rm -f /tmp/em36*; exit $rc",
         code="ERR_1004", why="the process limit forbids the threads mdrun starts"),
    dict(id="neg-gmx-grompp-top-error", tool="gmx",
         script=f"printf '[ moleculetype ]\\nSOL 2\\n[ atoms ]\\n1 OW 1 SOL OW 1 0\\n' > topol.top; "
                f"gmx -quiet grompp -f {B}/em.mdp -c {B}/conf.gro -p topol.top -o run.tpr",
         code="ERR_1007", why="the topology is incomplete (no defaults, unknown atom type): "
                              "the job's own input is wrong"),
    dict(id="gemmi-input-missing-relative", tool="gemmi", script="gemmi contents model.pdb",
         code="ERR_1003", why="the structure file does not exist", path="model.pdb"),
    dict(id="neg-gemmi-not-structure", tool="gemmi", script=f"gemmi contents {B}/notfits.fits",
         code="ERR_1007", why="the input is not a coordinate file: bad input data"),
    dict(id="fitscopy-output-ro", tool="fitscopy", script=f"fitscopy {B}/image.fits $M/copy.fits",
         code="ERR_1012", mount="ro", why="the copy is written onto a read-only mount"),
    dict(id="fitscopy-input-unreadable", tool="fitscopy",
         script=f"fitscopy {L}/secret.txt out.fits", code="ERR_1002", user=NOBODY,
         why="the input lies in a directory the job's user may not enter"),
    dict(id="neg-fitsdiff-missing-keyword", tool="fitsdiff",
         script=f"fitsdiff -k EXPTIME {B}/image.fits {B}/nowcs.fits 1>&2", code="ERR_1007",
         why="the files differ (keywords missing in one): a failed comparison"),
    dict(id="neg-xy2sky-no-wcs", tool="xy2sky", script=f"xy2sky {B}/nowcs.fits 5 5 1>&2",
         code="ERR_1007", why="the image has no world coordinate system: bad input"),
    # --- programs the tools spawn ---------------------------------------------------------------
    dict(id="gp-system-cmd-missing", tool="gp",
         script="echo 'r = system(\"hodei-sieve 100\"); quit(r)' | gp -q -D recover=0 -f",
         code="ERR_1001", why="the helper program the gp script runs is not installed",
         command="hodei-sieve"),
    dict(id="gap-exec-cmd-missing", miss="the last error is GAP's own 'file \"graph.g\" must exist', which the shell's "
                                         "'not found' above it only explains to one who reads the script", tool="gap",
         script="echo 'Exec(\"hodei-nauty -o graph.g\"); Read(\"graph.g\");' | gap -q --quitonbreak",
         code="ERR_1001", why="the external graph program the GAP code runs is not installed, "
                              "so its output never appears", command="hodei-nauty"),
    dict(id="fitsverify-not-installed", tool="fitsverify",
         script=f"fitsverify -q {B}/image.fits", code="ERR_1001",
         why="the FITS verifier the job runs is not installed", command="fitsverify"),
]
