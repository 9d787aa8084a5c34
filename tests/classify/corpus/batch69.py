"""Sealed batch 69: phylogenetics, genome assembly and sequencing QC tools.

Every case is a real run on this machine; codes are chosen by a person reading the output and
knowing the situation that was made (see ``why``).
"""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (93.8% of codes, 90/96), then worked on."""
D = f"{R}/batch69"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
P = f"{D}/private"

FIXTURES = r"""
python3 - <<'EOF'
import random
random.seed(69)
def rs(n):
    return ''.join(random.choice('ACGT') for _ in range(n))
base = rs(60)
seqs = {}
for i, name in enumerate(['human', 'chimp', 'gorilla', 'orang', 'gibbon', 'macaque']):
    s = list(base)
    for j in range(i * 2):
        s[random.randrange(60)] = random.choice('ACGT')
    seqs[name] = ''.join(s)
open('aln.fa', 'w').write(''.join(f'>{k}\n{v}\n' for k, v in seqs.items()))
open('aln.phy', 'w').write(f' {len(seqs)} 60\n' + ''.join(f'{k:<10}{v}\n' for k, v in seqs.items()))
open('ragged.fa', 'w').write(''.join(f'>{k}\n{v[:40 + 3 * i]}\n' for i, (k, v) in enumerate(seqs.items())))
open('two.phy', 'w').write(' 2 60\n' + ''.join(f'{k:<10}{v}\n' for k, v in list(seqs.items())[:2]))
ref = rs(3000)
open('ref.fa', 'w').write('>chr1\n' + '\n'.join(ref[i:i + 60] for i in range(0, 3000, 60)) + '\n')
with open('r1.fq', 'w') as f1, open('r2.fq', 'w') as f2:
    for i in range(200):
        p = random.randrange(0, 2700)
        a = ref[p:p + 100]
        f1.write(f'@r{i}/1\n{a}\n+\n{"I" * 100}\n')
        f2.write(f'@r{i}/2\n{a[::-1]}\n+\n{"I" * 100}\n')
with open('trunc.fq', 'w') as f:
    for i in range(20):
        a = ref[i * 50:i * 50 + 100]
        f.write(f'@t{i}\n{a}\n+\n{"I" * 100}\n')
    f.write('@t20\nACGTACGTACGT\n+\nIII\n')
with open('prot.fa', 'w') as f:
    aa = 'ACDEFGHIKLMNPQRSTVWY'
    for i in range(5):
        f.write(f'>p{i}\n' + ''.join(random.choice(aa) for _ in range(120)) + '\n')
EOF
printf '(human,(chimp,gorilla),(orang,(gibbon,macaque));\n' > unbalanced.nwk
cat > run.nex <<'EOF'
#NEXUS
begin data;
  dimensions ntax=4 nchar=8;
  format datatype=dna missing=? gap=-;
  matrix
    human   ACGTACGT
    chimp   ACGTACGA
    gorilla ACGAACGT
    orang   ACGTTCGT
  ;
end;
EOF
cat > bad.nex <<'EOF'
#NEXUS
begin data;
  dimensions ntax=4 nchar=8;
  format datatype=dna missing=? gap=-;
  matrix
    human   ACGTACGT
    chimp   ACGTACGA
    gorilla ACGAACG
    orang   ACGTTCGT
  ;
end;
EOF
printf 'begin mrbayes;\n  set autoclose=yes nowarn=yes;\n  lset nst=7;\n  mcmc ngen=100;\nend;\n' > badcmd.nex
printf '# STOCKHOLM 1.0\n\nseq1 GGGAAACCC\nseq2 GGGAAUCCC\n#=GC SS_cons <<<...>>>\n//\n' > trna.sto
printf '# STOCKHOLM 1.0\n\nseq1 GGGAAACCC\nseq2 GGGAAUCC\n//\n' > bad.sto
printf '# STOCKHOLM 1.0\n\nseq1 GGGAAACCC\nseq2 GGGAAUCCC\n//\n' > noss.sto
printf '4\nhuman 0.0 0.1 0.2\nchimp 0.1 0.0 0.2 0.3\n' > bad.dist
printf 'this is not a jellyfish database\n' > counts.jf
printf 'this is not a mash sketch\n' > ref.msh
printf 'this is not a BAM file\n' > sample.bam
printf 'this is not a diamond database\n' > nr.dmnd
printf 'this is not a covariance model\n' > rfam.cm
printf 'ACGTACGTACGT\nACGT\n' > noheader.fa
mkdir -p private arm64
python3 - <<'EOF'
import shutil
# a copy of seqtk marked as built for aarch64 (ELF e_machine 183), as a cross-built binary would be
shutil.copy('/usr/bin/seqtk', 'arm64/seqtk')
with open('arm64/seqtk', 'r+b') as f:
    f.seek(18)
    f.write((183).to_bytes(2, 'little'))
EOF
chmod 755 arm64/seqtk
mkdir -p nojava
for b in sh ls sort tail basename; do ln -sf "$(command -v $b)" nojava/$b; done
cp r1.fq private/reads.fq
cp aln.fa private/aln.fa
chmod -R a+rX .
chmod 700 private
"""

CASES = [
    # --- FastTree -------------------------------------------------------------------------
    dict(id="fasttree-aln-missing", tool="fasttree",
         script="fasttree -nt /nonexistent/aln/cox1.fa > tree.nwk", code="ERR_1003",
         why="the alignment file does not exist", path="/nonexistent/aln/cox1.fa"),
    dict(id="fasttree-aln-denied", tool="fasttree",
         script=f"fasttree -nt {P}/aln.fa > tree.nwk", code="ERR_1002", user="nobody",
         why="the job's user may not enter the directory holding the alignment",
         path=f"{P}/aln.fa"),
    dict(id="neg-fasttree-ragged", tool="fasttree",
         script=f"fasttree -nt {D}/ragged.fa > tree.nwk", code="ERR_1007",
         why="the sequences are not aligned (different lengths): bad input data"),
    dict(id="fasttree-out-rofs", tool="fasttree",
         script=f"fasttree -nt -out $M/tree.nwk {D}/aln.fa", code="ERR_1012", mount="ro",
         why="the tree is written to a read-only mount", path="$M/tree.nwk"),
    dict(id="neg-fasttree-noheader", tool="fasttree",
         script=f"fasttree -nt {D}/noheader.fa > tree.nwk", code="ERR_1007",
         why="the input is not FASTA (no header line): bad input data"),
    # --- IQ-TREE --------------------------------------------------------------------------
    dict(id="iqtree-aln-missing", tool="iqtree2",
         script="iqtree2 -s /nonexistent/genes/aln.phy -pre run -redo", code="ERR_1003",
         why="the alignment file does not exist", path="/nonexistent/genes/aln.phy"),
    dict(id="iqtree-prefix-denied", tool="iqtree2",
         script=f"iqtree2 -s {D}/aln.phy -pre {RD}/run -redo", code="ERR_1002", user="nobody",
         why="the job's user may not write into the output directory", path=f"{RD}/run.log"),
    dict(id="neg-iqtree-few-bootstraps", tool="iqtree2",
         script=f"iqtree2 -s {D}/aln.phy -m GTR+G -B 10 -pre run -redo", code="ERR_1007",
         why="too few ultrafast bootstrap replicates were asked for: a usage error"),
    dict(id="neg-iqtree-two-taxa", tool="iqtree2",
         script=f"iqtree2 -s {D}/two.phy -pre run -redo", code="ERR_1007",
         why="the alignment has too few sequences to build a tree: bad input data"),
    dict(id="iqtree-prefix-full", tool="iqtree2",
         script=f"iqtree2 -s {D}/aln.phy -pre $M/run -redo", code="ERR_1012", mount="full",
         why="the run's output prefix is on a full filesystem", path="$M/run.model.gz"),
    # --- MrBayes --------------------------------------------------------------------------
    dict(id="mb-nexus-missing", tool="mb", script="mb /nonexistent/primates.nex 1>&2",
         code="ERR_1003", why="the NEXUS file to execute does not exist",
         path="/nonexistent/primates.nex"),
    dict(id="neg-mb-matrix-short", tool="mb", script=f"mb {D}/bad.nex 1>&2", code="ERR_1007",
         why="a row of the data matrix is too short: bad input data"),
    dict(id="neg-mb-no-data", tool="mb", script=f"mb {D}/badcmd.nex 1>&2", code="ERR_1007",
         why="the block runs an analysis before any data matrix was read: the job's own error"),
    dict(id="mb-nexus-denied", tool="mb", script=f"mb {L}/secret.txt 1>&2", code="ERR_1002",
         user="nobody", why="the job's user may not enter the directory holding the file", path=f"{L}/secret.txt"),
    # --- Velvet ---------------------------------------------------------------------------
    dict(id="velveth-outdir-missing", tool="velveth",
         script=f"velveth /nonexistent/asm 31 -fastq -short {D}/r1.fq", code="ERR_1003",
         why="the parent of the output directory does not exist",
         path="/nonexistent/asm/Log"),
    dict(id="neg-velveth-kmer-too-long", tool="velveth",
         script=f"velveth asm 301 -fastq -short {D}/r1.fq", code="ERR_1007",
         why="the k-mer length is beyond what the build supports: a usage error"),
    dict(id="velvetg-dir-missing", tool="velvetg", script="velvetg /nonexistent/asm_31",
         code="ERR_1003", why="the velveth output directory does not exist",
         path="/nonexistent/asm_31/Log"),
    dict(id="neg-velvetg-no-roadmaps", tool="velvetg", script="mkdir asm && velvetg asm 1>&2",
         code="ERR_1007",
         why="the directory was never filled by velveth: a pipeline step was skipped"),
    # --- MEGAHIT --------------------------------------------------------------------------
    dict(id="megahit-reads-missing", tool="megahit",
         script=f"megahit -1 /nonexistent/lib1_R1.fq -2 {D}/r2.fq -o out", code="ERR_1003",
         why="the first reads file does not exist", path="/nonexistent/lib1_R1.fq"),
    dict(id="neg-megahit-outdir-exists", tool="megahit",
         script=f"mkdir out && megahit -r {D}/r1.fq -o out", code="ERR_1007",
         why="megahit refuses to reuse an existing output directory: a usage error"),
    dict(id="megahit-outdir-rofs", tool="megahit",
         script=f"megahit -r {D}/r1.fq -o $M/asm", code="ERR_1012", mount="ro",
         why="the output directory is on a read-only mount", path="$M/asm"),
    dict(id="megahit-fork", tool="megahit",
         script=f"ulimit -u 1; megahit -r {D}/r1.fq -o out -t 1", code="ERR_1004",
         user="nobody", why="under a process limit megahit cannot start its worker program"),
    dict(id="neg-megahit-even-k", tool="megahit",
         script=f"megahit -r {D}/r1.fq --k-list 20,30 -o out", code="ERR_1007",
         why="k-mer sizes must be odd: a usage error"),
    # --- Minia ----------------------------------------------------------------------------
    dict(id="minia-reads-missing", tool="minia",
         script="minia -in /nonexistent/sample.fq -out asm -nb-cores 1", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/sample.fq"),
    # --- seqtk ----------------------------------------------------------------------------
    dict(id="seqtk-missing", tool="seqtk", script="seqtk seq -a /nonexistent/reads.fq > r.fa",
         code="ERR_1003", why="the reads file does not exist"),
    dict(id="neg-seqtk-usage", tool="seqtk", script=f"seqtk sample {D}/r1.fq", code="ERR_1007",
         why="the fraction/number argument is missing: a usage error"),
    # --- sickle ---------------------------------------------------------------------------
    dict(id="sickle-missing", tool="sickle",
         script="sickle se -f /nonexistent/lane1.fq -t sanger -o trimmed.fq", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/lane1.fq"),
    dict(id="sickle-out-rofs", tool="sickle",
         script=f"sickle se -f {D}/r1.fq -t sanger -o $M/trimmed.fq", code="ERR_1012",
         mount="ro", why="the output file is on a read-only mount", path="$M/trimmed.fq"),
    dict(id="sickle-out-denied", tool="sickle",
         script=f"sickle se -f {D}/r1.fq -t sanger -o {RD}/trimmed.fq", code="ERR_1002",
         user="nobody", why="the job's user may not write into the output directory", path=f"{RD}/trimmed.fq"),
    dict(id="neg-sickle-bad-qual", tool="sickle",
         script=f"sickle se -f {D}/r1.fq -t phred99 -o trimmed.fq", code="ERR_1007",
         why="the quality type is not one sickle knows: a usage error"),
    # --- Infernal -------------------------------------------------------------------------
    dict(id="cmbuild-sto-missing", tool="cmbuild",
         script="cmbuild trna.cm /nonexistent/RF00005.sto", code="ERR_1003",
         why="the seed alignment does not exist", path="/nonexistent/RF00005.sto"),
    dict(id="neg-cmbuild-parse", tool="cmbuild", script=f"cmbuild x.cm {D}/bad.sto 1>&2",
         code="ERR_1007", why="the Stockholm alignment is malformed: bad input data"),
    dict(id="neg-cmbuild-no-ss", tool="cmbuild", script=f"cmbuild x.cm {D}/noss.sto 1>&2",
         code="ERR_1007", why="the alignment has no consensus structure line: bad input data"),
    dict(id="cmbuild-out-rofs", tool="cmbuild", script=f"cmbuild $M/trna.cm {D}/trna.sto",
         code="ERR_1012", mount="ro", why="the model file is written to a read-only mount", path="$M/trna.cm"),
    dict(id="cmsearch-cm-missing", tool="cmsearch",
         script=f"cmsearch /nonexistent/Rfam.cm {D}/ref.fa", code="ERR_1003",
         why="the covariance model file does not exist", path="/nonexistent/Rfam.cm"),
    dict(id="neg-cmsearch-bad-cm", tool="cmsearch",
         script=f"cmsearch {D}/rfam.cm {D}/ref.fa", code="ERR_1007",
         why="the model file is not a covariance model: bad input data"),
    # --- DIAMOND --------------------------------------------------------------------------
    dict(id="diamond-db-missing", tool="diamond",
         script=f"diamond blastp -d /nonexistent/nr -q {D}/prot.fa -o hits.tsv", code="ERR_1003",
         why="the database does not exist", path="/nonexistent/nr"),
    dict(id="diamond-makedb-in-missing", tool="diamond",
         script="diamond makedb --in /nonexistent/uniref50.fa -d uniref50", code="ERR_1003",
         why="the protein FASTA does not exist", path="/nonexistent/uniref50.fa"),
    dict(id="diamond-makedb-rofs", tool="diamond",
         script=f"diamond makedb --in {D}/prot.fa -d $M/prot", code="ERR_1012", mount="ro",
         why="the database is written to a read-only mount", path="$M/prot.dmnd"),
    dict(id="neg-diamond-bad-db", tool="diamond",
         script=f"diamond blastp -d {D}/nr.dmnd -q {D}/prot.fa -o hits.tsv", code="ERR_1007",
         why="the database file is not a DIAMOND database: bad input data"),
    dict(id="neg-diamond-unknown-opt", tool="diamond",
         script=f"diamond blastp --evalue-max 1e-5 -d {D}/nr.dmnd -q {D}/prot.fa",
         code="ERR_1007", why="the option does not exist: a usage error"),
    # --- Kraken 2 -------------------------------------------------------------------------
    dict(id="kraken2-db-missing", tool="kraken2",
         script=f"kraken2 --db /nonexistent/k2_standard {D}/r1.fq > out.txt", code="ERR_1003",
         why="the database directory does not exist", path="/nonexistent/k2_standard", miss="details: the file inside the database directory is named, not the directory the job gave"),
    dict(id="neg-kraken2-corrupt-db", tool="kraken2",
         script=f"mkdir db && touch db/hash.k2d db/opts.k2d db/taxo.k2d && "
                f"kraken2 --db db {D}/r1.fq > out.txt",
         code="ERR_1007", why="the database files are empty (a broken download): bad input data"),
    # --- Jellyfish ------------------------------------------------------------------------
    dict(id="jellyfish-reads-missing", tool="jellyfish",
         script="jellyfish count -m 21 -s 1M -o k21.jf /nonexistent/reads.fq", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/reads.fq"),
    dict(id="neg-jellyfish-bad-db", tool="jellyfish",
         script=f"jellyfish dump {D}/counts.jf", code="ERR_1007",
         why="the file is not a jellyfish database: bad input data"),
    dict(id="jellyfish-out-rofs", tool="jellyfish",
         script=f"jellyfish count -m 21 -s 1M -o $M/k21.jf {D}/r1.fq", code="ERR_1012",
         mount="ro", why="the k-mer database is written to a read-only mount", path="$M/k21.jf"),
    # --- Mash -----------------------------------------------------------------------------
    dict(id="mash-in-missing", tool="mash",
         script="mash sketch -o ref /nonexistent/assembly.fa", code="ERR_1003",
         why="the sequence file does not exist", path="/nonexistent/assembly.fa"),
    dict(id="mash-out-rofs", tool="mash", script=f"mash sketch -o $M/ref {D}/ref.fa",
         code="ERR_1012", mount="ro", why="the sketch is written to a read-only mount", path="$M/ref.msh"),
    dict(id="neg-mash-bad-sketch", tool="mash", script=f"mash info {D}/ref.msh",
         code="ERR_1007", why="the file is not a mash sketch: bad input data"),
    # --- freebayes ------------------------------------------------------------------------
    dict(id="freebayes-ref-missing", tool="freebayes",
         script=f"freebayes -f /nonexistent/GRCh38.fa {D}/sample.bam > calls.vcf",
         code="ERR_1003", why="the reference FASTA does not exist", path="/nonexistent/GRCh38.fa"),
    dict(id="freebayes-bam-missing", tool="freebayes",
         script=f"cp {D}/ref.fa . && freebayes -f ref.fa /nonexistent/sample1.bam > calls.vcf",
         code="ERR_1003", why="the alignment file does not exist", path="/nonexistent/sample1.bam"),
    dict(id="neg-freebayes-bad-bam", tool="freebayes",
         script=f"cp {D}/ref.fa . && freebayes -f ref.fa {D}/sample.bam > calls.vcf",
         code="ERR_1007", why="the BAM file is not BAM: bad input data"),
    # --- Flye -----------------------------------------------------------------------------
    dict(id="flye-reads-missing", tool="flye",
         script="flye --nano-raw /nonexistent/ont/reads.fq --out-dir asm", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/ont/reads.fq"),
    dict(id="flye-outdir-rofs", tool="flye",
         script=f"flye --nano-raw {D}/r1.fq --out-dir $M/asm", code="ERR_1012", mount="ro",
         why="the output directory is to be made on a read-only mount", path="$M/asm"),
    dict(id="flye-outdir-denied", tool="flye",
         script=f"flye --nano-raw {D}/r1.fq --out-dir {RD}/asm", code="ERR_1002",
         user="nobody", why="the job's user may not create the output directory there", path=f"{RD}/asm"),
    dict(id="neg-flye-genome-size", tool="flye",
         script=f"flye --nano-raw {D}/r1.fq --genome-size 5q --out-dir asm", code="ERR_1007",
         why="the genome size is not a valid value: a usage error"),
    # --- KMC ------------------------------------------------------------------------------
    dict(id="kmc-reads-missing", tool="kmc",
         script="mkdir tmp && kmc -k21 /nonexistent/lane2.fq k21 tmp", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/lane2.fq"),
    dict(id="trimmomatic-in-missing", tool="TrimmomaticSE",
         script="TrimmomaticSE -phred33 /nonexistent/lane3.fq out.fq SLIDINGWINDOW:4:20",
         code="ERR_1003", why="the reads file does not exist", path="/nonexistent/lane3.fq"),
    dict(id="trimmomatic-adapters-missing", tool="TrimmomaticPE",
         script=f"TrimmomaticPE -phred33 {D}/r1.fq {D}/r2.fq p1.fq u1.fq p2.fq u2.fq "
                "ILLUMINACLIP:/nonexistent/adapters/TruSeq3-PE.fa:2:30:10",
         code="ERR_1003", why="the adapter file does not exist",
         path="/nonexistent/adapters/TruSeq3-PE.fa"),
    dict(id="trimmomatic-out-rofs", tool="TrimmomaticSE",
         script=f"TrimmomaticSE -phred33 {D}/r1.fq $M/out.fq SLIDINGWINDOW:4:20", code="ERR_1012",
         mount="ro", why="the output file is on a read-only mount", path="$M/out.fq"),
    dict(id="neg-trimmomatic-unknown-step", tool="TrimmomaticSE",
         script=f"TrimmomaticSE -phred33 {D}/r1.fq out.fq SLIDEWINDOW:4:20", code="ERR_1007",
         why="the trimming step name is misspelt: a usage error"),
    dict(id="neg-trimmomatic-truncated", tool="TrimmomaticSE",
         script=f"TrimmomaticSE {D}/trunc.fq out.fq SLIDINGWINDOW:4:20", code="ERR_1007",
         why="the last record's quality string is shorter than its sequence: bad input data"),
    dict(id="de-trimmomatic-in-missing", tool="TrimmomaticSE",
         script="TrimmomaticSE -phred33 /nonexistent/lauf3.fq out.fq SLIDINGWINDOW:4:20",
         code="ERR_1003", lang="de_DE.UTF-8", why="the reads file does not exist",
         path="/nonexistent/lauf3.fq"),
    dict(id="fr-trimmomatic-out-denied", tool="TrimmomaticSE",
         script=f"TrimmomaticSE -phred33 {D}/r1.fq {RD}/out.fq SLIDINGWINDOW:4:20", code="ERR_1002",
         lang="fr_FR.UTF-8", user="nobody",
         why="the job's user may not write into the output directory", path=f"{RD}/out.fq"),
    # --- FastQC ---------------------------------------------------------------------------
    dict(id="fastqc-outdir-missing", tool="fastqc",
         script=f"fastqc -o /nonexistent/qc {D}/r1.fq", code="ERR_1003",
         why="the output directory does not exist (fastqc does not make it)",
         path="/nonexistent/qc"),
    # --- SPAdes ---------------------------------------------------------------------------
    dict(id="spades-reads-missing", tool="spades.py",
         script="spades.py -s /nonexistent/iontorrent.fq -o asm 1>&2", code="ERR_1003",
         why="the reads file does not exist", path="/nonexistent/iontorrent.fq"),
    dict(id="spades-outdir-rofs", tool="spades.py",
         script=f"spades.py -s {D}/r1.fq -o $M/asm", code="ERR_1012", mount="ro",
         why="the output directory is to be made on a read-only mount", path="$M/asm"),
    dict(id="spades-outdir-denied", tool="spades.py",
         script=f"spades.py -s {D}/r1.fq -o {RD}/asm", code="ERR_1002", user="nobody",
         why="the job's user may not create the output directory there", path=f"{RD}/asm"),
    dict(id="neg-spades-even-k", tool="spades.py",
         script=f"spades.py -s {D}/r1.fq -k 20,32 -o asm", code="ERR_1007",
         why="k-mer sizes must be odd: a usage error"),
    dict(id="spades-fork", tool="spades.py",
         script=f"ulimit -u 1; spades.py -s {D}/r1.fq -k 21 -t 1 -o asm", code="ERR_1004",
         user="nobody", why="under a process limit SPAdes cannot start its assembler program"),
    # --- clearcut -------------------------------------------------------------------------
    dict(id="clearcut-in-missing", tool="clearcut",
         script="clearcut --in=/nonexistent/dist.txt --out=tree.nwk", code="ERR_1003",
         why="the distance matrix does not exist", path="/nonexistent/dist.txt"),
    dict(id="neg-clearcut-bad-matrix", tool="clearcut",
         script=f"clearcut --in={D}/bad.dist --out=tree.nwk", code="ERR_1007",
         why="the distance matrix is malformed: bad input data"),
    dict(id="clearcut-out-rofs", tool="clearcut",
         script=f"clearcut --alignment --DNA --in={D}/aln.fa --out=$M/tree.nwk", code="ERR_1012",
         mount="ro", why="the tree is written to a read-only mount", path="$M/tree.nwk"),
    # --- PHYLIP ---------------------------------------------------------------------------
    dict(id="dnadist-no-infile", tool="dnadist", script="phylip dnadist < /dev/null 1>&2",
         code="ERR_1003", why="PHYLIP's input file \"infile\" is not in the working directory",
         path="infile", miss="details: 'can't find input file' then the default name on a dialogue line"),
    # --- more storage, process-limit and architecture situations ---------------------------
    dict(id="diamond-makedb-full", tool="diamond",
         script=f"diamond makedb --in {D}/prot.fa -d $M/prot", code="ERR_1012", mount="full",
         why="the database is written to a full filesystem"),
    dict(id="mash-out-full", tool="mash", script=f"mash sketch -o $M/ref {D}/ref.fa",
         code="ERR_1012", mount="full", why="the sketch is written to a full filesystem"),
    dict(id="trimmomatic-out-full", tool="TrimmomaticSE",
         script=f"TrimmomaticSE -phred33 {D}/r1.fq $M/out.fq SLIDINGWINDOW:4:20",
         code="ERR_1012", mount="full", why="the trimmed reads are written to a full filesystem"),
    dict(id="megahit-inodes", tool="megahit", script=f"megahit -r {D}/r1.fq -o $M/asm",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for the output", path="$M/asm/intermediate_contigs"),
    dict(id="flye-inodes", tool="flye", script=f"flye --nano-raw {D}/r1.fq --out-dir $M/asm",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for the output", path="$M/asm/params.json"),
    dict(id="spades-full", tool="spades.py", script=f"spades.py -s {D}/r1.fq -o $M/asm",
         code="ERR_1012", mount="full", why="the assembly directory is on a full filesystem"),
    dict(id="velveth-full", tool="velveth",
         script=f"velveth $M/asm 31 -fastq -short {D}/r1.fq 1>&2", code="ERR_1012",
         mount="full", why="the hash tables are written to a full filesystem", miss="velveth's progress line is printed after its write error"),
    dict(id="jellyfish-threads", tool="jellyfish",
         script=f"ulimit -u 1; jellyfish count -m 21 -s 1M -t 4 -o k21.jf {D}/r1.fq",
         code="ERR_1004", user="nobody", why="under a process limit no worker thread can be made"),
    dict(id="flye-fork", tool="flye",
         script=f"ulimit -u 1; flye --nano-raw {D}/r1.fq --out-dir asm -t 1", code="ERR_1004",
         user="nobody", why="under a process limit flye cannot start its assembly modules"),
    dict(id="iqtree-threads", tool="iqtree2",
         script=f"ulimit -u 1; iqtree2 -s {D}/aln.phy -T 2 -pre run -redo", code="ERR_1004",
         user="nobody", why="under a process limit IQ-TREE cannot make its threads"),
    dict(id="seqtk-wrong-arch", tool="seqtk", script=f"{D}/arm64/seqtk seq -a {D}/r1.fq",
         code="ERR_1004", why="the binary was built for another architecture (aarch64)"),
    # --- ABySS ----------------------------------------------------------------------------
    dict(id="de-abyss-reads-missing", tool="abyss-pe",
         script="abyss-pe k=25 B=100M name=asm in=/nonexistent/lib1.fq", code="ERR_1003",
         lang="de_DE.UTF-8", why="the reads file does not exist", path="/nonexistent/lib1.fq"),
    dict(id="abyss-rofs", tool="abyss-pe",
         script=f"cd $M && abyss-pe k=25 B=100M name=asm in={D}/r1.fq", code="ERR_1012",
         mount="ro", why="the assembly is written into a read-only working directory", path="asm-1.fa", miss="details: the path is on the recipe line below the reason"),
    dict(id="es-abyss-denied", tool="abyss-pe",
         script=f"cd {RD} && abyss-pe k=25 B=100M name=asm in={D}/r1.fq", code="ERR_1002",
         lang="es_ES.UTF-8", user="nobody",
         why="the job's user may not write into the working directory", path="asm-1.fa", miss="details: the path is on the recipe line below the reason"),
    dict(id="pt-trimmomatic-pe-missing", tool="TrimmomaticPE",
         script=f"TrimmomaticPE -phred33 /nonexistent/amostra_R1.fq {D}/r2.fq p1.fq u1.fq p2.fq u2.fq "
                "SLIDINGWINDOW:4:20",
         code="ERR_1003", lang="pt_BR.UTF-8", why="the first reads file does not exist",
         path="/nonexistent/amostra_R1.fq"),
    # --- a program the wrapper runs is missing, unreadable inputs, an assembler's own failure -----------
    dict(id="trimmomatic-no-java", tool="TrimmomaticSE",
         script=f"PATH={D}/nojava /usr/bin/TrimmomaticSE -phred33 {D}/r1.fq out.fq "
                "SLIDINGWINDOW:4:20",
         code="ERR_1001", why="the wrapper runs java, which is not on the job's PATH",
         command="java"),
    dict(id="jellyfish-reads-denied", tool="jellyfish",
         script=f"jellyfish count -m 21 -s 1M -o k21.jf {P}/reads.fq", code="ERR_1002",
         user="nobody", why="the job's user may not enter the directory holding the reads",
         path=f"{P}/reads.fq", miss="an abort after 'Can't open file' takes the sentence's own guess (missing) rather than the check (not reachable)"),
    dict(id="mash-in-denied", tool="mash", script=f"mash sketch -o ref {P}/aln.fa",
         code="ERR_1002", user="nobody",
         why="the job's user may not enter the directory holding the sequences",
         path=f"{P}/aln.fa"),
    dict(id="neg-spades-phred-offset", tool="spades.py",
         script=f"spades.py -s {D}/r1.fq -t 1 -m 2 -o asm 1>&2", code="ERR_1007",
         why="the read corrector cannot tell the quality encoding of the reads: bad input data"),
    # --- programs a pipeline expects but the image lacks ------------------------------------
    dict(id="raxml-ng-not-installed", tool="raxml-ng",
         script=f"raxml-ng --search --msa {D}/aln.phy --model GTR+G", code="ERR_1001",
         why="the program is not installed", command="raxml-ng"),
    dict(id="quast-not-installed", tool="quast.py",
         script=f"quast.py -r {D}/ref.fa -o quast_out contigs.fa", code="ERR_1001",
         why="the program is not installed", command="quast.py"),
    dict(id="nw-display-not-installed", tool="nw_display",
         script=f"nw_display {D}/unbalanced.nwk", code="ERR_1001",
         why="the program is not installed", command="nw_display"),
]
