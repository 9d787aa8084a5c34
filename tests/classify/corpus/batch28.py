"""Sealed batch 28: bioinformatics and scientific data pipelines (aligners, indexers, variant
and interval tools, sequence utilities, alignment and search suites)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (80.3% of codes, 61/76), then worked on."""
D = f"{R}/batch28"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RO = f"{D}/shared"     # root-owned reference directory, readable but not writable by others
PV = f"{D}/private"    # root-only directory

FIXTURES = r"""
unit=ACGTTGCAAGGCTTACCGATCGGATCCATGCAAATTTGGGCCCTATAGCGCGATATCGTACGTAGCTAGCTTAGGCATCGA
s1=""; s2=""
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do s1="$s1$unit"; s2="$s2$(echo $unit | rev)"; done
printf '>chr1\n%s\n>chr2\n%s\n' "$s1" "$s2" > ref.fa
q=$(printf 'I%.0s' $(seq 60))
: > reads.fq
for off in 0 40 120 300 500; do
  printf '@read%s\n%s\n+\n%s\n' "$off" "${s1:$off:60}" "$q" >> reads.fq
done
printf '@r1\nACGTACGTAC\n+\nIIII\n@r2\nACGT\n' > bad.fq
printf 'chr1 sequence, exported from the LIMS\nACGTNNACGT\nmissing header line above\n' > bad.fa
printf '>p1\nACGTACGTAC\n' > single.fa
printf '>s1\nACGTACGTACGTAAGT\n>s2\nACGTACGAACGTAAGT\n>s3\nACGTACGTACGTTAGTAAG\n' > unaligned.fa
printf '>s1\nACGTACGTACGTAAGTCC\n>s2\nACGTACGAACGTAAGTCC\n>s3\nACGTTCGTACGTTAGTCC\n>s4\nACGAACGTACGTAAGTCA\n' > aln.fa
printf '>s1\nACGTACGTACGT\n>s2\nACGTACG\n' > ragged.fa
printf '>contig_7\nATGAAACGCATTAGCACCACCATTACCACCACCATCACCATTACCACAGGTAACGGTGCGGGCTGA\n' > short.fa
printf '>q1\n%s\n' "${s1:100:80}" > query.fa
printf '>prot1\nMKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQ\n' > prot.fa
{
  printf '@HD\tVN:1.6\tSO:unsorted\n@SQ\tSN:chr1\tLN:%s\n@SQ\tSN:chr2\tLN:%s\n' ${#s1} ${#s2}
  printf 'r2\t0\tchr1\t300\t60\t20M\t*\t0\t0\t%s\t*\n' "${s1:299:20}"
  printf 'r1\t0\tchr1\t10\t60\t20M\t*\t0\t0\t%s\t*\n' "${s1:9:20}"
} > unsorted.sam
samtools view -b -o unsorted.bam unsorted.sam
samtools sort -o sorted.bam unsorted.sam
{
  printf '@HD\tVN:1.6\n@SQ\tSN:chr1\tLN:%s\n' ${#s1}
  printf 'r1\t0\tchr1\tten\t60\t20M\t*\t0\t0\tACGT\t*\n'
} > bad.sam
{
  printf '##fileformat=VCFv4.2\n##contig=<ID=chr1,length=%s>\n' ${#s1}
  printf '##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">\n'
  printf '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
  printf '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n'
  printf 'chr1\t12\t.\t%s\tT\t50\tPASS\tDP=10\tGT\t0/1\t1/1\n' "${s1:11:1}"
  printf 'chr1\t150\t.\t%s\tA\t60\tPASS\tDP=12\tGT\t0/0\t0/1\n' "${s1:149:1}"
} > calls.vcf
bgzip -c calls.vcf > calls.vcf.gz
gzip -c calls.vcf > calls.plain.vcf.gz
{
  printf '##fileformat=VCFv4.2\n'
  printf '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n'
  printf 'chr1\tpos12\t.\tA\tT\t50\tPASS\t.\n'
} > bad.vcf
printf 'chr1\t10\t50\tpeak1\nchr1\t100\t200\tpeak2\nchr2\t5\t60\tpeak3\n' > peaks.bed
printf 'chr1\t200\t100\tpeak1\n' > bad.bed
printf 'chr2\t5\t60\nchr1\t100\t200\nchr1\t10\t50\n' > unsorted.bed
printf 'chr1\t%s\nchr2\t%s\n' ${#s1} ${#s2} > genome.txt
mkdir -p shared private emptybin
cp ref.fa reads.fq calls.vcf calls.vcf.gz sorted.bam shared/
cp ref.fa private/ref.fa
cp reads.fq private/reads.fq
chmod -R a+rX .
chmod 700 private
"""

NB = "nobody"
CASES = [
    # --- samtools ---------------------------------------------------------------------------
    dict(id="samtools-view-missing-bam", tool="samtools",
         script="samtools view -b -o out.bam data/sample42.sorted.bam", code="ERR_1003",
         why="the input BAM the job names does not exist", path="data/sample42.sorted.bam"),
    dict(id="samtools-faidx-unwritable-dir", tool="samtools",
         script=f"samtools faidx {RO}/ref.fa chr1:1-50", code="ERR_1002", user=NB,
         why="faidx must write the .fai index beside a reference in a directory the job's user cannot write",
         path=f"{RO}/ref.fa.fai"),
    dict(id="samtools-sort-full", tool="samtools",
         script=f"samtools sort -o $M/sample.sorted.bam {D}/unsorted.sam", code="ERR_1012",
         mount="full", why="the sorted BAM cannot be written because the scratch disk is full",
         path="$M/sample.sorted.bam"),
    dict(id="samtools-sort-threads-nproc", tool="samtools",
         script=f"ulimit -u 1; samtools sort -@ 4 -o out.bam {D}/unsorted.sam", code="ERR_1004",
         user=NB, why="samtools cannot start its worker threads under the process limit"),
    dict(id="neg-samtools-view-bad-sam", tool="samtools",
         script=f"samtools view -b -o out.bam {D}/bad.sam", code="ERR_1007",
         why="the SAM record has a non-numeric position: bad input data"),
    dict(id="neg-samtools-index-unsorted", tool="samtools",
         script=f"cp {D}/unsorted.bam in.bam; samtools index in.bam", code="ERR_1007",
         why="the BAM is not coordinate-sorted, so it cannot be indexed: the data's own problem"),
    dict(id="neg-samtools-faidx-bad-fasta", tool="samtools",
         script=f"cp {D}/bad.fa ref.fa; samtools faidx ref.fa", code="ERR_1007",
         why="the reference is not FASTA (no header line): malformed input"),
    # --- bcftools ---------------------------------------------------------------------------
    dict(id="bcftools-norm-missing-ref", tool="bcftools",
         script=f"bcftools norm -f /nonexistent/genome/GRCh38.fa {D}/calls.vcf", code="ERR_1003",
         why="the reference FASTA the normalisation needs does not exist",
         path="/nonexistent/genome/GRCh38.fa"),
    dict(id="bcftools-view-out-denied", tool="bcftools",
         script=f"bcftools view -Oz -o {RD}/filtered.vcf.gz {D}/calls.vcf", code="ERR_1002",
         user=NB, why="the job's user may not create the output in that directory",
         path=f"{RD}/filtered.vcf.gz"),
    dict(id="bcftools-view-rofs", tool="bcftools",
         script=f"bcftools view -Oz -o $M/filtered.vcf.gz {D}/calls.vcf", code="ERR_1012",
         mount="ro", why="the output goes to a read-only file system", path="$M/filtered.vcf.gz"),
    dict(id="neg-bcftools-unknown-sample", tool="bcftools",
         script=f"bcftools view -s NA12878 {D}/calls.vcf", code="ERR_1007",
         why="the sample asked for is not in the VCF: an unknown name in the tool's own data"),
    # --- bedtools ---------------------------------------------------------------------------
    dict(id="bedtools-intersect-missing-b", tool="bedtools",
         script=f"bedtools intersect -a {D}/peaks.bed -b annotations/genes.bed", code="ERR_1003",
         why="the -b interval file does not exist", path="annotations/genes.bed"),
    dict(id="bedtools-getfasta-missing-ref", tool="bedtools",
         script=f"bedtools getfasta -fi /nonexistent/hg38.fa -bed {D}/peaks.bed", code="ERR_1003",
         why="the reference FASTA does not exist", path="/nonexistent/hg38.fa"),
    dict(id="neg-bedtools-bad-interval", tool="bedtools",
         script=f"bedtools intersect -a {D}/bad.bed -b {D}/peaks.bed", code="ERR_1007",
         why="an interval ends before it starts: malformed input"),
    dict(id="neg-bedtools-genomecov-unsorted", tool="bedtools",
         script=f"bedtools merge -i {D}/unsorted.bed", code="ERR_1007",
         why="the input is not sorted as merge requires: the data's own problem"),
    # --- tabix / bgzip ----------------------------------------------------------------------
    dict(id="neg-tabix-not-bgzf", tool="tabix",
         script=f"cp {D}/calls.plain.vcf.gz .; tabix -p vcf calls.plain.vcf.gz", code="ERR_1007",
         why="the file was compressed with plain gzip, not BGZF: the input's own problem"),
    dict(id="bgzip-full", tool="bgzip",
         script=f"for i in $(seq 200); do cat {D}/ref.fa; done > big.fa; bgzip -l 0 -c big.fa > $M/big.fa.gz",
         code="ERR_1012", mount="full", why="the compressed output cannot be written on a full disk"),
    dict(id="bgzip-inodes", tool="bgzip",
         script=f"cp {D}/calls.vcf $M/a.vcf 2>/dev/null; touch $M/b 2>/dev/null; cp {D}/calls.vcf .; bgzip -c calls.vcf > /dev/null; bgzip -i -I $M/calls.gzi -c calls.vcf >/dev/null",
         code="ERR_1012", mount="inodes", why="the index file cannot be created: the file system has no inodes left",
         path="$M/calls.gzi"),
    # --- bwa --------------------------------------------------------------------------------
    dict(id="bwa-mem-missing-index", tool="bwa",
         script=f"bwa mem refs/GRCh38.fa {D}/reads.fq > out.sam", code="ERR_1003",
         why="the reference index files the aligner needs do not exist", path="refs/GRCh38.fa"),
    dict(id="bwa-index-unwritable", tool="bwa",
         script=f"bwa index {RO}/ref.fa", code="ERR_1002", user=NB,
         why="the index files cannot be written beside the reference in a directory the job's user cannot write",
         path=f"{RO}/ref.fa.pac"),
    dict(id="bwa-index-full", tool="bwa",
         script=f"bwa index -p $M/ref {D}/ref.fa", code="ERR_1012", mount="full",
         why="the index cannot be written: the disk is full"),
    # --- minimap2 ---------------------------------------------------------------------------
    dict(id="minimap2-missing-ref", tool="minimap2",
         script=f"minimap2 -a refs/chm13.fa {D}/reads.fq > out.sam", code="ERR_1003",
         why="the reference does not exist", path="refs/chm13.fa"),
    dict(id="minimap2-reads-private", tool="minimap2",
         script=f"minimap2 -a {D}/ref.fa {PV}/reads.fq > out.sam", code="ERR_1002", user=NB,
         why="the reads lie in a directory the job's user may not enter", path=f"{PV}/reads.fq"),
    dict(id="neg-minimap2-bad-preset", tool="minimap2",
         script=f"minimap2 -x map-illumina {D}/ref.fa {D}/reads.fq > out.sam", code="ERR_1007",
         why="an unknown preset name: a usage error"),
    # --- bowtie2 ----------------------------------------------------------------------------
    dict(id="bowtie2-missing-index", tool="bowtie2",
         script=f"bowtie2 -x idx/GRCh38 -U {D}/reads.fq -S out.sam", code="ERR_1003",
         why="the index the job names does not exist", path="idx/GRCh38"),
    dict(id="bowtie2-build-unwritable", miss="the wrapper echoes its command and deletes its partial files; it never says that writing failed", tool="bowtie2-build",
         script=f"bowtie2-build -q {D}/ref.fa {RD}/ref", code="ERR_1002", user=NB,
         why="the index files cannot be created in a directory the job's user cannot write",
         path=f"{RD}/ref.3.bt2.tmp"),
    dict(id="bowtie2-vendored-missing-aligner", miss="'Expected bowtie2 to be in same directory with bowtie2-align:' names the missing program in words no pattern reads as missing", tool="bowtie2",
         script=f"mkdir -p tools; cp /usr/bin/bowtie2 tools/; cp {D}/ref.fa .; bowtie2-build -q ref.fa ref >/dev/null 2>&1; tools/bowtie2 -x ref -U {D}/reads.fq -S out.sam",
         code="ERR_1001", why="the wrapper copied into the project cannot find the aligner binary it runs",
         command="bowtie2-align"),
    # --- seqkit ---------------------------------------------------------------------
    dict(id="seqkit-grep-missing-patterns", tool="seqkit",
         script=f"seqkit grep -f ids/keep.txt {D}/ref.fa", code="ERR_1003",
         why="the pattern file does not exist", path="ids/keep.txt"),
    dict(id="seqkit-seq-full", tool="seqkit",
         script=f"for i in $(seq 100); do cat {D}/ref.fa; done > big.fa; seqkit seq -o $M/clean.fa big.fa",
         code="ERR_1012", mount="full", why="the output cannot be written on a full disk",
         path="$M/clean.fa"),
    dict(id="seqkit-threads-nproc", tool="seqkit",
         script=f"ulimit -u 1; seqkit stats -j 4 {D}/ref.fa {D}/reads.fq", code="ERR_1004", user=NB,
         why="the Go runtime cannot create OS threads under the process limit"),
    dict(id="neg-seqkit-bad-fastq", tool="seqkit",
         script=f"seqkit seq {D}/bad.fq", code="ERR_1007",
         why="the FASTQ record is truncated and its quality does not match: malformed input"),
    # --- EMBOSS -----------------------------------------------------------------------------
    dict(id="seqret-missing", tool="seqret",
         script="seqret -sequence seqs/contigs.fasta -outseq out.gb -osformat genbank", code="ERR_1003",
         why="the input sequence file does not exist", path="seqs/contigs.fasta"),
    dict(id="needle-out-denied", tool="needle",
         script=f"needle -asequence {D}/query.fa -bsequence {D}/ref.fa -gapopen 10 -gapextend 0.5 -outfile {RD}/aln.needle",
         code="ERR_1002", user=NB, why="the job's user may not create the output file",
         path=f"{RD}/aln.needle"),
    dict(id="transeq-rofs", tool="transeq",
         script=f"transeq -sequence {D}/query.fa -outseq $M/query.pep", code="ERR_1012", mount="ro",
         why="the output goes to a read-only file system", path="$M/query.pep"),
    dict(id="neg-seqret-bad-format", tool="seqret",
         script=f"seqret -sequence embl::{D}/query.fa -outseq out.fa", code="ERR_1007",
         why="the input is not in the format named: a bad input"),
    dict(id="neg-needle-bad-option", tool="needle",
         script=f"needle -asequence {D}/query.fa -bsequence {D}/ref.fa -gapopen ten -gapextend 0.5 -outfile out.needle",
         code="ERR_1007", why="a non-numeric gap penalty: a usage error"),
    # --- HMMER ------------------------------------------------------------------------------
    dict(id="hmmsearch-missing-db", tool="hmmsearch",
         script=f"hmmbuild --dna q.hmm {D}/aln.fa >/dev/null; hmmsearch q.hmm db/uniref90.fasta", code="ERR_1003",
         why="the sequence database does not exist", path="db/uniref90.fasta"),
    dict(id="hmmbuild-out-denied", tool="hmmbuild",
         script=f"hmmbuild --dna {RD}/model.hmm {D}/aln.fa", code="ERR_1002", user=NB,
         why="the job's user may not create the model file", path=f"{RD}/model.hmm"),
    dict(id="neg-hmmbuild-ragged", tool="hmmbuild",
         script=f"hmmbuild --dna m.hmm {D}/ragged.fa", code="ERR_1007",
         why="the sequences are not aligned (unequal lengths): malformed input"),
    dict(id="neg-hmmsearch-not-hmm", tool="hmmsearch",
         script=f"hmmsearch {D}/ref.fa {D}/prot.fa", code="ERR_1007",
         why="the first argument is a FASTA file, not a profile HMM: a usage error with the wrong input"),
    # --- clustalo / mafft / muscle ----------------------------------------------------------
    dict(id="clustalo-out-denied", tool="clustalo",
         script=f"clustalo -i {D}/unaligned.fa -o {RD}/aln.fa --force", code="ERR_1002", user=NB,
         why="the job's user may not create the alignment file", path=f"{RD}/aln.fa"),
    dict(id="neg-clustalo-single-seq", tool="clustalo",
         script=f"clustalo -i {D}/single.fa", code="ERR_1007",
         why="only one sequence was given, nothing to align: the input's own problem"),
    dict(id="muscle-missing", tool="muscle",
         script="muscle -align seqs/orthologs.fa -output aln.afa", code="ERR_1003",
         why="the input file does not exist", path="seqs/orthologs.fa"),
    dict(id="neg-muscle-bad-option", tool="muscle",
         script=f"muscle -in {D}/unaligned.fa -out aln.afa", code="ERR_1007",
         why="options of an older muscle version: a usage error"),
    # --- BLAST+ -----------------------------------------------------------------------------
    dict(id="blastn-missing-db", tool="blastn",
         script=f"blastn -query {D}/query.fa -db blastdb/nt_subset -outfmt 6", code="ERR_1003",
         why="the BLAST database the job names does not exist"),
    dict(id="makeblastdb-out-denied", tool="makeblastdb",
         script=f"makeblastdb -in {D}/ref.fa -dbtype nucl -out {RD}/refdb", code="ERR_1002", user=NB,
         why="the job's user may not create the database files in that directory"),
    # --- fastp / cutadapt -------------------------------------------------------------------
    dict(id="fastp-missing", tool="fastp",
         script="fastp -i fastq/S1_R1.fastq.gz -o S1.trim.fq.gz", code="ERR_1003",
         why="the input FASTQ does not exist", path="fastq/S1_R1.fastq.gz"),
    dict(id="cutadapt-rofs", tool="cutadapt",
         script=f"cutadapt -a AGATCGGAAGAGC -o $M/trimmed.fq {D}/reads.fq 1>&2", code="ERR_1012", mount="ro",
         why="the output goes to a read-only file system", path="$M/trimmed.fq"),
    dict(id="cutadapt-cores-nproc", tool="cutadapt",
         script=f"ulimit -u 1; exec cutadapt -j 4 -a AGATCGGAAGAGC -o trimmed.fq {D}/reads.fq 1>&2", code="ERR_1004",
         user=NB, why="cutadapt cannot start its worker processes under the process limit"),
    dict(id="neg-cutadapt-bad-fastq", tool="cutadapt",
         script=f"cutadapt -a AGATCGGAAGAGC -o trimmed.fq {D}/bad.fq 1>&2", code="ERR_1007",
         why="the FASTQ is malformed: the input's own problem"),
    # --- vcftools / plink -------------------------------------------------------------------
    dict(id="neg-vcftools-bad-vcf", tool="vcftools",
         script=f"vcftools --vcf {D}/bad.vcf --freq --out freq", code="ERR_1007",
         why="the VCF is malformed: the input's own problem"),
    dict(id="plink-missing-bfile", tool="plink1.9",
         script="plink1.9 --bfile geno/cohort --freq --out cohort", code="ERR_1003",
         why="the binary genotype fileset does not exist", path="geno/cohort.bed"),
    dict(id="neg-plink-bad-vcf", tool="plink1.9",
         script=f"plink1.9 --vcf {D}/bad.vcf --make-bed --out cohort", code="ERR_1007",
         why="the VCF is malformed: the input's own problem"),
    # --- bedops / prodigal ------------------------------------------------------------------
    dict(id="sort-bed-missing", tool="sort-bed",
         script="sort-bed peaks/merged.bed > sorted.bed", code="ERR_1003",
         why="the input BED does not exist", path="peaks/merged.bed"),
    dict(id="neg-bedops-unsorted", tool="bedops",
         script=f"bedops --ec --merge {D}/unsorted.bed {D}/peaks.bed", code="ERR_1007",
         why="the inputs are not sorted as bedops requires: the data's own problem"),
    dict(id="neg-bedmap-bad-bed", tool="bedmap",
         script=f"bedmap --ec --echo --count {D}/peaks.bed {D}/bad.bed", code="ERR_1007",
         why="an interval ends before it starts: malformed input"),
    dict(id="prodigal-missing", tool="prodigal",
         script="prodigal -i assembly/contigs.fna -o genes.gbk", code="ERR_1003",
         why="the input assembly does not exist", path="assembly/contigs.fna"),
    dict(id="neg-prodigal-short", tool="prodigal",
         script=f"prodigal -i {D}/short.fa -o genes.gbk", code="ERR_1007",
         why="the sequence is too short for single-genome training: the input's own problem"),
    # --- added situations -------------------------------------------------------------------
    dict(id="neg-bcftools-index-plain-vcf", tool="bcftools",
         script=f"cp {D}/calls.vcf .; bcftools index calls.vcf", code="ERR_1007",
         why="an uncompressed VCF cannot be indexed; it must be bgzipped first: a usage error"),
    dict(id="neg-bcftools-bad-expression", tool="bcftools",
         script=f"bcftools view -i 'QUAL>' {D}/calls.vcf", code="ERR_1007",
         why="the filter expression is incomplete: a syntax error in the job"),
    dict(id="tabix-query-missing", tool="tabix",
         script="tabix results/joint.vcf.gz chr1:1-5000", code="ERR_1003",
         why="the file to query does not exist", path="results/joint.vcf.gz"),
    dict(id="minimap2-out-full", tool="minimap2",
         script=f"for i in $(seq 100); do cat {D}/reads.fq; done > big.fq; minimap2 -a -o $M/aln.sam {D}/ref.fa big.fq",
         code="ERR_1012", mount="full", why="the alignments cannot be written on a full disk"),
    dict(id="emma-missing-clustalw", tool="emma",
         script=f"emma -sequence {D}/unaligned.fa -outseq aln.fa -dendoutfile tree.dnd", code="ERR_1001",
         why="emma runs clustalw, which is not installed", command="clustalw"),
    dict(id="de-mafft-tmpdir-full", miss="mafft's script goes on after its temporary directory fails, and what it prints last is its own complaint about the input", tool="mafft", lang="de_DE.UTF-8",
         script=f"TMPDIR=$M mafft --auto {D}/unaligned.fa > aln.fa", code="ERR_1012", mount="full",
         why="mafft's temporary directory is on a full disk"),
    dict(id="fr-mafft-missing", miss="mafft prints its usage text for a missing input, and says nothing of the file", tool="mafft", lang="fr_FR.UTF-8",
         script="mafft --auto sequences/homologues.fa > aln.fa", code="ERR_1003",
         why="the input file does not exist", path="sequences/homologues.fa"),
    dict(id="it-mafft-tmpdir-rofs", miss="the path kept is the directory mkdir could not make, not mktemp's template below it", tool="mafft", lang="it_IT.UTF-8",
         script=f"TMPDIR=$M mafft --auto {D}/unaligned.fa > aln.fa", code="ERR_1012", mount="ro",
         why="mafft cannot create its temporary directory on a read-only file system",
         path="$M/mafft.XXXXXXXXXX"),
    dict(id="mafft-tmpdir-denied", miss="the script's last line is the missing work file its refused directory left, read as missing", tool="mafft",
         script=f"TMPDIR={RD} mafft --auto {D}/unaligned.fa > aln.fa", code="ERR_1002", user=NB,
         why="mafft cannot create its temporary directory where the job's user may not write",
         path=f"{RD}/mafft.XXXXXXXXXX"),
    dict(id="neg-makeblastdb-bad-fasta", tool="makeblastdb",
         script=f"makeblastdb -in {D}/bad.fa -dbtype nucl -out refdb 1>&2", code="ERR_1007",
         why="the input is not FASTA: malformed input"),
    dict(id="neg-seqkit-bad-regex", tool="seqkit",
         script=f"seqkit grep -r -p '(chr[0-9' {D}/ref.fa", code="ERR_1007",
         why="the pattern is not a valid regular expression: a syntax error in the job"),
    dict(id="neg-bowtie2-build-no-sequence", tool="bowtie2-build",
         script=f"bowtie2-build -q {D}/bad.fa ref", code="ERR_1007",
         why="the reference holds no usable sequence: malformed input"),
    dict(id="neg-transeq-bad-table", tool="transeq",
         script=f"transeq -sequence {D}/query.fa -outseq q.pep -table 99", code="ERR_1007",
         why="an unknown genetic code table: a usage error"),
    dict(id="neg-cutadapt-bad-adapter", tool="cutadapt",
         script=f"cutadapt -a 'AGATCGG;AAGAGC' -o trimmed.fq {D}/reads.fq 1>&2", code="ERR_1007",
         why="the adapter sequence holds characters that are not nucleotides: a usage error"),
    dict(id="plink-out-full", tool="plink1.9",
         script=f"plink1.9 --vcf {D}/calls.vcf --allow-extra-chr --make-bed --out $M/cohort", code="ERR_1012",
         mount="full", why="the outputs cannot be written on a full disk"),
    dict(id="bowtie2-build-threads-nproc", tool="bowtie2-build",
         script=f"ulimit -u 1; exec bowtie2-build --threads 4 {D}/ref.fa ref", code="ERR_1004", user=NB,
         why="the bowtie2-build wrapper cannot start the index builder under the process limit"),
    dict(id="mafft-nproc", tool="mafft",
         script=f"ulimit -u 1; exec mafft --auto {D}/unaligned.fa > aln.fa", code="ERR_1004", user=NB,
         why="the mafft driver script cannot fork its alignment programs under the process limit"),
    dict(id="bcftools-threads-nproc", tool="bcftools",
         script=f"ulimit -u 1; exec bcftools view --threads 4 -Oz -o out.vcf.gz {D}/calls.vcf", code="ERR_1004",
         user=NB, why="bcftools cannot start its compression threads under the process limit"),
]
