"""Corpus batch 75: machine learning and statistics command lines: LIBSVM (svm-train,
svm-predict, svm-scale, svm-checkdata, svm-subset, svm-grid, svm-easy), LIBLINEAR, fastText,
the XGBoost command line, SentencePiece, MCL graph clustering, HeriSVM evaluation scripts, the
IRST language model tools, Weka, and Python entry points for training and evaluation
(sacreBLEU, subword-nmt, jiwer, Optuna, spaCy), run on missing, corrupt or unreadable data and
model files, unwritable, full or read-only model outputs, process limits and missing helpers."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (86.3% of codes, 82/95), then worked on."""
B = f"{R}/batch75"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"
VENV = {"PATH": "/opt/b75venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}

FIXTURES = r"""
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
for i in $(seq 10 49); do
  echo "+1 1:0.$i 2:1 3:0.5"
  echo "-1 1:-0.$i 2:-1 3:0.25"
done > train.svm
head -n 20 train.svm > test.svm
sed 's/^+1/1/; s/^-1/0/' train.svm > train01.svm
printf '+1 1:0.5 2:x\n-1 1:-0.3 2:0.2\n' > bad.svm
printf '1 1:0.5 2:abc 3:\n0 1:-0.3 2:0.2\n' > bad01.svm
svm-train -q train.svm svm.model
liblinear-train -q train.svm lin.model
cp svm.model private.model
chmod 600 private.model
printf 'svm_type c_svc\nkernel_type rbf\ngamma 0.5\nnr_class 2\ntotal_sv 4\nrho 0.1\nlabel 1 -1\nnr_sv 2 2\nSV\n0.5 1:0.2 2:\n' > truncated.model
printf 'x\n-1 1\n' > range.bad
for i in $(seq 60); do
  echo "__label__ok build passed all tests green $i"
  echo "__label__fail build failed error broken red $i"
done > ft-train.txt
head -n 10 ft-train.txt > ft-valid.txt
fasttext supervised -input ft-train.txt -output ft -epoch 1 -dim 10 -thread 1 -verbose 0
rm -f ft.vec
printf 'not a fasttext model\n' > junk.bin
cat > xgb.conf <<EOF
booster = gbtree
objective = binary:logistic
eta = 0.3
max_depth = 2
num_round = 2
nthread = 4
data = "$PWD/train01.svm?format=libsvm"
model_out = "xgb.model"
EOF
sed 's/^objective = .*/objective = binary:logistics/' xgb.conf > xgb-badobj.conf
sed "s|^data = .*|data = \"$PWD/bad01.svm?format=libsvm\"|" xgb.conf > xgb-baddata.conf
sed 's|^model_out = .*|model_out = "models/xgb.model"|' xgb.conf > xgb-outdir.conf
sed 's|^data = .*|data = "data/train.svm?format=libsvm"|' xgb.conf > xgb-nodata.conf
cat > xgb-pred.conf <<EOF
objective = binary:logistic
task = pred
model_in = "models/xgb-best.model"
test:data = "$PWD/train01.svm?format=libsvm"
name_pred = "pred.txt"
EOF
for i in $(seq 300); do
  echo "the training job reads the corpus and writes the model number $i again"
done > corpus.txt
spm_train --input=corpus.txt --model_prefix=sp --vocab_size=60 --num_threads=1 >/dev/null 2>&1
printf 'a b 1\nb c 1\nc a 1\nd e 1\ne f 1\n' > graph.abc
printf '(mclheader\nmcltype matrix\ndimensions 3x\n)\n' > broken.mci
printf 'digraph {\n a -> b\n}\n' > graph.dot
cat > weather.arff <<'EOF'
@relation weather
@attribute outlook {sunny, overcast, rainy}
@attribute temperature numeric
@attribute play {yes, no}
@data
sunny,85,no
overcast,83,yes
rainy,70,yes
sunny,72,no
overcast,64,yes
rainy,65,no
EOF
cat > broken.arff <<'EOF'
@relation weather
@attribute outlook {sunny, overcast, rainy}
@attribute temperature numeric
@attribute play {yes, no}
@data
sunny,85,no
cloudy,hot,maybe
EOF
printf 'the cat sat on the mat\na dog ran in the park\n' > ref.txt
printf 'the cat sat on a mat\n' > hyp-short.txt
printf 'the cat sat on a mat\nthe dog ran in a park\n' > hyp.txt
printf 'iteration 1 loss 0.5\n' > lm-text.txt
printf '' > corpus.spacy
chmod -R a+rX .
chmod 600 private.model
"""

CASES = [
    # --- LIBSVM --------------------------------------------------------------------------
    dict(id="svm-train-input-missing", tool="svm-train",
         script="svm-train -c 4 -g 0.5 data/train.scaled train.model", code="ERR_1003",
         why="the training file the job names does not exist", path="data/train.scaled"),
    dict(id="svm-train-model-dir-missing", tool="svm-train",
         script=f"svm-train -q {B}/train.svm models/svm.model", code="ERR_1003",
         why="the model is saved into a directory that does not exist",
         path="models/svm.model"),
    dict(id="svm-train-input-eacces", tool="svm-train",
         script=f"svm-train -q {L}/secret.txt svm.model", code="ERR_1002", user=NOBODY,
         why="the training file lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="svm-train-model-rofs", tool="svm-train",
         script=f"svm-train -q {B}/train.svm $M/svm.model", code="ERR_1012", mount="ro",
         why="the model file cannot be created on a read-only file system",
         path="$M/svm.model"),
    dict(id="svm-train-model-inodes", tool="svm-train",
         script=f"svm-scale -s $M/range.txt {B}/train.svm > $M/train.scaled; "
                "svm-train -q $M/train.scaled $M/svm.model",
         code="ERR_1012", mount="inodes",
         why="the file system has no inodes left for the model file", path="$M/svm.model"),
    dict(id="svm-train-model-full", tool="svm-train",
         script=f"svm-train -q {B}/train.svm $M/svm.model", code="ERR_1012", mount="full",
         why="the model is written to a full file system", path="$M/svm.model"),
    dict(id="svm-train-model-rootdir", tool="svm-train",
         script=f"svm-train -q {B}/train.svm {RD}/svm.model", code="ERR_1002", user=NOBODY,
         why="the job's user may not create the model in a root-owned directory",
         path=f"{RD}/svm.model"),
    dict(id="neg-svm-train-bad-format", tool="svm-train",
         script=f"svm-train -q {B}/bad.svm bad.model", code="ERR_1007",
         why="the training data has a malformed feature: bad input data"),
    dict(id="neg-svm-train-unknown-kernel", tool="svm-train",
         script=f"svm-train -t 9 {B}/train.svm k.model", code="ERR_1007",
         why="an unknown kernel type was asked for: a usage error"),
    dict(id="svm-predict-model-missing", tool="svm-predict",
         script=f"svm-predict {B}/test.svm models/svm.model predictions.txt", code="ERR_1003",
         why="the model file to predict with does not exist", path="models/svm.model"),
    dict(id="svm-predict-test-missing", tool="svm-predict",
         script=f"svm-predict data/test.svm {B}/svm.model predictions.txt", code="ERR_1003",
         why="the test data file does not exist", path="data/test.svm"),
    dict(id="svm-predict-model-eacces", tool="svm-predict",
         script=f"svm-predict {B}/test.svm {B}/private.model predictions.txt", code="ERR_1002",
         user=NOBODY, why="the model file is root's, mode 600, and the job runs as nobody",
         path=f"{B}/private.model"),
    dict(id="svm-predict-output-rootdir", tool="svm-predict",
         script=f"svm-predict {B}/test.svm {B}/svm.model {RD}/predictions.txt",
         code="ERR_1002", user=NOBODY,
         why="the predictions file cannot be created in a root-owned directory",
         path=f"{RD}/predictions.txt"),
    dict(id="svm-predict-output-rofs", tool="svm-predict",
         script=f"svm-predict {B}/test.svm {B}/svm.model $M/predictions.txt",
         code="ERR_1012", mount="ro",
         why="the predictions file cannot be created on a read-only mount",
         path="$M/predictions.txt"),
    dict(id="neg-svm-predict-liblinear-model", tool="svm-predict",
         script=f"svm-predict {B}/test.svm {B}/lin.model predictions.txt", code="ERR_1007",
         why="the model file exists but is a LIBLINEAR model the program cannot parse: bad "
             "input, though it says it cannot open it"),
    dict(id="svm-scale-input-missing", tool="svm-scale",
         script="svm-scale -l -1 -u 1 -s range.txt data/train.svm > train.scaled",
         code="ERR_1003", why="the data file to scale does not exist", path="data/train.svm"),
    dict(id="svm-scale-restore-missing", tool="svm-scale",
         script=f"svm-scale -r models/range.txt {B}/test.svm > test.scaled", code="ERR_1003",
         why="the saved scaling parameters file does not exist", path="models/range.txt"),
    dict(id="svm-scale-save-rofs", tool="svm-scale",
         script=f"svm-scale -s $M/range.txt {B}/train.svm > train.scaled", code="ERR_1012",
         mount="ro", why="the scaling parameters cannot be saved on a read-only mount",
         path="$M/range.txt"),
    dict(id="neg-svm-checkdata-bad", tool="svm-checkdata",
         script=f"svm-checkdata {B}/bad.svm 1>&2", code="ERR_1007",
         why="the checker found a malformed line in the data: a failed check"),
    dict(id="svm-checkdata-missing", tool="svm-checkdata",
         script="svm-checkdata data/train.svm 1>&2", code="ERR_1003",
         why="the data file to check does not exist", path="data/train.svm"),
    dict(id="svm-subset-missing", tool="svm-subset",
         script="svm-subset data/full.svm 100 subset.svm rest.svm", code="ERR_1003",
         why="the data set to sample a subset from does not exist", path="data/full.svm"),
    dict(id="svm-grid-svmtrain-missing", tool="svm-grid",
         script=f"svm-grid -log2c -1,3,2 -log2g -3,1,2 -v 3 {B}/train.svm", code="ERR_1001",
         why="the grid search cannot find the svm-train program it runs", command="svm-train"),
    dict(id="svm-grid-dataset-missing", tool="svm-grid",
         script="svm-grid -svmtrain /usr/bin/svm-train -gnuplot null -log2c 1,3,2 -log2g 1,1,1 "
                "data/train.svm",
         code="ERR_1003", why="the data set to search parameters on does not exist", miss="'dataset not found' names no file and no path is checked"),
    dict(id="svm-easy-helpers-missing", tool="svm-easy",
         script=f"svm-easy {B}/train.svm {B}/test.svm", code="ERR_1001",
         why="the wrapper cannot find the svm-scale program it runs", command="svm-scale", miss="the program is named in a failed assertion, and an assertion's message is never decisive"),
    # --- LIBLINEAR -----------------------------------------------------------------------
    dict(id="liblinear-train-input-missing", tool="liblinear-train",
         script="liblinear-train -s 2 -c 1 data/train.svm lin.model", code="ERR_1003",
         why="the training file does not exist", path="data/train.svm"),
    dict(id="liblinear-train-model-rootdir", tool="liblinear-train",
         script=f"liblinear-train -q {B}/train.svm {RD}/lin.model", code="ERR_1002",
         user=NOBODY, why="the model cannot be created in a root-owned directory",
         path=f"{RD}/lin.model"),
    dict(id="liblinear-train-model-full", tool="liblinear-train",
         script="for i in $(seq 300); do echo \"+1 $i:0.5\"; echo \"-1 $i:-0.5\"; done > wide.svm; "
                "liblinear-train -q -s 2 wide.svm $M/lin.model",
         code="ERR_1012", mount="full", why="the model is written to a full file system",
         path="$M/lin.model"),
    dict(id="liblinear-train-model-rofs", tool="liblinear-train",
         script=f"liblinear-train -q {B}/train.svm $M/lin.model", code="ERR_1012", mount="ro",
         why="the model cannot be created on a read-only mount", path="$M/lin.model"),
    dict(id="neg-liblinear-train-solver", tool="liblinear-train",
         script=f"liblinear-train -s 99 {B}/train.svm lin.model", code="ERR_1007",
         why="an unknown solver type was asked for: a usage error"),
    dict(id="neg-liblinear-train-bad-format", tool="liblinear-train",
         script=f"liblinear-train -q {B}/bad.svm lin.model", code="ERR_1007",
         why="the training data is malformed: bad input data"),
    dict(id="liblinear-predict-model-missing", tool="liblinear-predict",
         script=f"liblinear-predict {B}/test.svm models/lin.model predictions.txt",
         code="ERR_1003", why="the model file does not exist", path="models/lin.model"),
    dict(id="neg-liblinear-predict-libsvm-model", tool="liblinear-predict",
         script=f"liblinear-predict {B}/test.svm {B}/svm.model predictions.txt",
         code="ERR_1007", why="the model file exists but is a LIBSVM model: wrong input, "
                              "though it says it cannot open the model"),
    dict(id="liblinear-predict-output-rofs", tool="liblinear-predict",
         script=f"liblinear-predict {B}/test.svm {B}/lin.model $M/predictions.txt",
         code="ERR_1012", mount="ro",
         why="the predictions file cannot be created on a read-only mount",
         path="$M/predictions.txt"),
    # --- fastText ------------------------------------------------------------------------
    dict(id="fasttext-train-missing", tool="fasttext",
         script="fasttext supervised -input data/train.txt -output model -thread 1",
         code="ERR_1003", why="the training file does not exist", path="data/train.txt"),
    dict(id="fasttext-output-dir-missing", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output models/clf -epoch 1 "
                "-dim 10 -thread 1 -verbose 0",
         code="ERR_1003", why="the model is saved into a directory that does not exist",
         path="models/clf.bin"),
    dict(id="fasttext-output-rofs", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output $M/clf -epoch 1 -dim 10 "
                "-thread 1 -verbose 0",
         code="ERR_1012", mount="ro",
         why="the model cannot be created on a read-only mount", path="$M/clf.bin"),
    dict(id="fasttext-output-rootdir", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output {RD}/clf -epoch 1 -dim 10 "
                "-thread 1 -verbose 0",
         code="ERR_1002", user=NOBODY,
         why="the job's user may not create the model in a root-owned directory",
         path=f"{RD}/clf.bin"),
    dict(id="fasttext-threads-eagain", tool="fasttext",
         script=f"ulimit -u 1; fasttext supervised -input {B}/ft-train.txt -output clf -epoch 1 "
                "-dim 10 -thread 4 -verbose 0",
         code="ERR_1004", user=NOBODY,
         why="the training threads cannot be created under the process limit"),
    dict(id="fasttext-model-missing", tool="fasttext",
         script=f"fasttext predict models/clf.bin {B}/ft-valid.txt", code="ERR_1003",
         why="the model file to predict with does not exist", path="models/clf.bin"),
    dict(id="fasttext-model-eacces", tool="fasttext",
         script=f"fasttext predict {L}/secret.txt {B}/ft-valid.txt", code="ERR_1002",
         user=NOBODY, why="the model lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="neg-fasttext-wrong-format", tool="fasttext",
         script=f"fasttext predict {B}/junk.bin {B}/ft-valid.txt", code="ERR_1007",
         why="the model file is not a fastText model: corrupt input"),
    dict(id="fasttext-test-missing", tool="fasttext",
         script=f"fasttext test {B}/ft.bin data/valid.txt", code="ERR_1003",
         why="the validation file does not exist"),
    dict(id="neg-fasttext-unknown-arg", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output clf -lossfn hs",
         code="ERR_1007", why="an unknown option was given: a usage error"),
    dict(id="fasttext-pretrained-missing", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output clf -dim 300 -thread 1 "
                "-pretrainedVectors vectors/wiki.en.vec",
         code="ERR_1003", why="the pretrained vectors file does not exist",
         path="vectors/wiki.en.vec"),
    # --- XGBoost -------------------------------------------------------------------------
    dict(id="xgboost-conf-missing", tool="xgboost", script="xgboost conf/train.conf",
         code="ERR_1003", why="the configuration file does not exist", path="conf/train.conf"),
    dict(id="xgboost-model-dir-missing", tool="xgboost", script=f"xgboost {B}/xgb-outdir.conf",
         code="ERR_1003", why="the model is saved into a directory that does not exist",
         path="models/xgb.model"),
    dict(id="xgboost-data-missing", tool="xgboost", script=f"xgboost {B}/xgb-nodata.conf",
         code="ERR_1003", why="the training data's directory does not exist"),
    dict(id="xgboost-model-in-missing", tool="xgboost", script=f"xgboost {B}/xgb-pred.conf",
         code="ERR_1003", why="the model to predict with does not exist",
         path="models/xgb-best.model"),
    dict(id="neg-xgboost-unknown-objective", tool="xgboost",
         script=f"xgboost {B}/xgb-badobj.conf", code="ERR_1007",
         why="the configuration names an objective that does not exist: a config error"),
    dict(id="xgboost-model-rofs", tool="xgboost",
         script=f"xgboost {B}/xgb.conf model_out=$M/xgb.model", code="ERR_1012", mount="ro",
         why="the model cannot be written on a read-only mount", path="$M/xgb.model"),
    dict(id="xgboost-model-rootdir", tool="xgboost",
         script=f"xgboost {B}/xgb.conf model_out={RD}/xgb.model", code="ERR_1002",
         user=NOBODY, why="the model cannot be created in a root-owned directory",
         path=f"{RD}/xgb.model"),
    dict(id="xgboost-threads-eagain", tool="xgboost",
         script=f"ulimit -u 1; xgboost {B}/xgb.conf nthread=4", code="ERR_1004", user=NOBODY,
         why="the OpenMP worker threads cannot be created under the process limit"),
    # --- SentencePiece -------------------------------------------------------------------
    dict(id="spm-train-input-missing", tool="spm_train",
         script="spm_train --input=data/corpus.txt --model_prefix=sp --vocab_size=60",
         code="ERR_1003", why="the training corpus does not exist", path="data/corpus.txt"),
    dict(id="spm-train-prefix-dir-missing", tool="spm_train",
         script=f"spm_train --input={B}/corpus.txt --model_prefix=models/sp --vocab_size=60 "
                "--num_threads=1",
         code="ERR_1003",
         why="the model is saved into a directory that does not exist (the tool's status word "
             "is wrong, its errno says so)", path="models/sp.model"),
    dict(id="spm-train-prefix-rootdir", tool="spm_train",
         script=f"spm_train --input={B}/corpus.txt --model_prefix={RD}/sp --vocab_size=60 "
                "--num_threads=1",
         code="ERR_1002", user=NOBODY,
         why="the job's user may not create the model in a root-owned directory",
         path=f"{RD}/sp.model"),
    dict(id="spm-train-prefix-rofs", tool="spm_train",
         script=f"spm_train --input={B}/corpus.txt --model_prefix=$M/sp --vocab_size=60 "
                "--num_threads=1",
         code="ERR_1012", mount="ro", why="the model cannot be created on a read-only mount",
         path="$M/sp.model"),
    dict(id="spm-train-threads-eagain", tool="spm_train",
         script=f"ulimit -u 1; spm_train --input={B}/corpus.txt --model_prefix=sp "
                "--vocab_size=60 --num_threads=8",
         code="ERR_1004", user=NOBODY,
         why="the trainer's threads cannot be created under the process limit"),
    dict(id="neg-spm-train-vocab-too-high", tool="spm_train",
         script=f"spm_train --input={B}/corpus.txt --model_prefix=sp --vocab_size=8000 "
                "--num_threads=1",
         code="ERR_1007", why="the corpus is too small for the vocabulary asked: bad input"),
    dict(id="neg-spm-train-model-type", tool="spm_train",
         script=f"spm_train --input={B}/corpus.txt --model_prefix=sp --model_type=wordpiece",
         code="ERR_1007",
         why="an unknown model type was asked for (the tool says it is not found): a usage "
             "error"),
    dict(id="spm-encode-model-missing", tool="spm_encode",
         script=f"spm_encode --model=models/sp.model {B}/corpus.txt > ids.txt", code="ERR_1003",
         why="the model file does not exist", path="models/sp.model"),
    dict(id="neg-spm-encode-corrupt-model", tool="spm_encode",
         script=f"spm_encode --model={B}/junk.bin {B}/corpus.txt > ids.txt", code="ERR_1007",
         why="the model file is not a SentencePiece model: corrupt input"),
    dict(id="spm-encode-input-missing", tool="spm_encode",
         script=f"spm_encode --model={B}/sp.model data/valid.txt > ids.txt", code="ERR_1003",
         why="the text to encode does not exist", path="data/valid.txt"),
    dict(id="spm-decode-output-rofs", tool="spm_decode",
         script=f"echo '5 6 7' | spm_decode --model={B}/sp.model --input_format=id "
                "--output=$M/decoded.txt",
         code="ERR_1012", mount="ro",
         why="the output file cannot be created on a read-only mount", path="$M/decoded.txt"),
    dict(id="spm-export-vocab-missing", tool="spm_export_vocab",
         script="spm_export_vocab --model=models/sp.model --output=vocab.txt", code="ERR_1003",
         why="the model file does not exist", path="models/sp.model"),
    # --- MCL -----------------------------------------------------------------------------
    dict(id="mcl-input-missing", tool="mcl", script="mcl data/graph.abc --abc -I 2.0 -o out.cls",
         code="ERR_1003", why="the graph file to cluster does not exist",
         path="data/graph.abc"),
    dict(id="neg-mcl-bad-header", tool="mcl", script=f"mcl {B}/broken.mci -o out.cls",
         code="ERR_1007", why="the matrix file's header is malformed: bad input data"),
    dict(id="neg-mcl-wrong-format", tool="mcl", script=f"mcl {B}/graph.dot -o out.cls",
         code="ERR_1007", why="the input is not in MCL's matrix format: bad input data"),
    dict(id="mcxload-input-missing", tool="mcxload",
         script="mcxload -abc data/edges.abc --stream-mirror -o graph.mci -write-tab graph.tab",
         code="ERR_1003", why="the edge list to load does not exist", path="data/edges.abc"),
    dict(id="clm-info-missing", tool="clm", script="clm info data/graph.mci out.cls",
         code="ERR_1003", why="the graph matrix to report on does not exist",
         path="data/graph.mci"),
    # --- HeriSVM -------------------------------------------------------------------------
    dict(id="heri-eval-train-cmd-missing", tool="heri-eval",
         script=f"heri-eval -n 3 {B}/train.svm", code="ERR_1001",
         env={"SVM_TRAIN_CMD": "svm-train-gpu"},
         why="the training program the evaluation runs is not installed",
         command="svm-train-gpu"),
    dict(id="heri-eval-predict-cmd-missing", tool="heri-eval",
         script=f"heri-eval -n 3 {B}/train.svm", code="ERR_1001",
         env={"SVM_PREDICT_CMD": "liblinear-predict-omp"},
         why="the prediction program the evaluation runs is not installed",
         command="liblinear-predict-omp"),
    dict(id="heri-eval-train-cmd-foreign", tool="heri-eval",
         script=f"heri-eval -n 3 {B}/train.svm", code="ERR_1004",
         env={"SVM_TRAIN_CMD": f"{B}/foreign"},
         why="the training program is built for another architecture: exec format error"),
    dict(id="heri-eval-input-missing", tool="heri-eval",
         script="heri-eval -n 5 data/train.svm", code="ERR_1003",
         why="the data set to cross-validate does not exist", path="data/train.svm"),
    dict(id="heri-eval-fork-eagain", tool="heri-eval",
         script=f"ulimit -u 1; heri-eval -n 3 {B}/train.svm", code="ERR_1004", user=NOBODY,
         why="the script cannot fork its helpers under the process limit"),
    dict(id="heri-stat-missing", tool="heri-stat", script="heri-stat predictions/outcome.txt",
         code="ERR_1003", why="the file of outcomes and predictions does not exist",
         path="predictions/outcome.txt"),
    dict(id="neg-heri-split-usage", tool="heri-split",
         script=f"heri-split -c 5 {B}/train.svm", code="ERR_1007",
         why="mandatory options are missing: a usage error"),
    # --- IRSTLM --------------------------------------------------------------------------
    dict(id="irstlm-compile-lm-missing", tool="irstlm",
         script="irstlm compile-lm lm/train.ilm.gz train.blm", code="ERR_1003",
         why="the language model to compile does not exist", path="lm/train.ilm.gz"),
    # --- Weka ----------------------------------------------------------------------------
    dict(id="neg-weka-unknown-classifier", tool="weka",
         script=f"weka -c weka.classifiers.trees.J49 -- -t {B}/weather.arff", code="ERR_1007",
         why="the classifier class named does not exist in Weka: an unknown name", miss="the launcher's warning about an optional jar it could not locate is taken for the cause; Java's unknown class below it names nothing the patterns know"),
    dict(id="weka-threads-eagain", tool="weka",
         script=f"ulimit -u 1; weka -c weka.classifiers.trees.J48 -- -t {B}/weather.arff",
         code="ERR_1004", user=NOBODY,
         why="the Java virtual machine cannot create its threads under the process limit"),
    dict(id="fasttext-model-inodes", tool="fasttext",
         script=f"fasttext supervised -input {B}/ft-train.txt -output $M/clf -epoch 1 -dim 10 "
                "-thread 1 -verbose 0 -saveOutput",
         code="ERR_1012", mount="inodes",
         why="the file system has no inodes left for the third of the model's files",
         path="$M/clf.output"),
    dict(id="de-neg-weka-bad-option", tool="weka",
         script=f"weka -t {B}/weather.arff -x 10", code="ERR_1007", lang="de_DE.UTF-8",
         why="the wrapper was given an option it does not know: a usage error"),
    dict(id="fr-neg-weka-bad-option", tool="weka",
         script=f"weka -t {B}/weather.arff -x 10", code="ERR_1007", lang="fr_FR.UTF-8",
         why="the wrapper was given an option it does not know: a usage error"),
    dict(id="it-neg-weka-verbose-flag", tool="weka",
         script=f"weka -v -c weka.classifiers.functions.Logistic -- -t {B}/weather.arff",
         code="ERR_1007", lang="it_IT.UTF-8",
         why="the wrapper was given an option it does not know: a usage error"),
    dict(id="es-neg-weka-option-before-separator", tool="weka",
         script=f"weka -c weka.classifiers.bayes.NaiveBayes -t {B}/weather.arff",
         code="ERR_1007", lang="es_ES.UTF-8",
         why="the classifier's option was given to the wrapper, which does not know it: a "
             "usage error"),
    # --- Python entry points -------------------------------------------------------------
    dict(id="sacrebleu-ref-missing", tool="sacrebleu",
         script=f"sacrebleu refs/newstest.en -i {B}/hyp.txt -m bleu", code="ERR_1003",
         env=VENV, why="the reference file does not exist", path="refs/newstest.en"),
    dict(id="neg-sacrebleu-length-mismatch", tool="sacrebleu",
         script=f"sacrebleu {B}/ref.txt -i {B}/hyp-short.txt", code="ERR_1007", env=VENV,
         why="the system output and the references differ in length: bad input data"),
    dict(id="neg-sacrebleu-bad-metric", tool="sacrebleu",
         script=f"sacrebleu {B}/ref.txt -i {B}/hyp.txt -m meteor", code="ERR_1007", env=VENV,
         why="an unknown metric was asked for: a usage error"),
    dict(id="subword-nmt-input-missing", tool="subword-nmt",
         script="subword-nmt learn-bpe -s 1000 -i data/train.tok -o codes.bpe", code="ERR_1003",
         env=VENV, why="the corpus to learn merges from does not exist", path="data/train.tok"),
    dict(id="subword-nmt-output-rofs", tool="subword-nmt",
         script=f"subword-nmt learn-bpe -s 100 -i {B}/corpus.txt -o $M/codes.bpe",
         code="ERR_1012", mount="ro", env=VENV,
         why="the codes file cannot be created on a read-only mount", path="$M/codes.bpe"),
    dict(id="subword-nmt-codes-missing", tool="subword-nmt",
         script=f"subword-nmt apply-bpe -c bpe/codes.bpe -i {B}/corpus.txt -o corpus.bpe",
         code="ERR_1003", env=VENV, why="the merges file does not exist", path="bpe/codes.bpe"),
    dict(id="jiwer-ref-missing", tool="jiwer",
         script=f"jiwer -r transcripts/ref.txt -h {B}/hyp.txt", code="ERR_1003", env=VENV,
         why="the reference transcript does not exist", path="transcripts/ref.txt"),
    dict(id="neg-optuna-duplicate-study", tool="optuna",
         script="optuna create-study --storage sqlite:///study.db --study-name tune-svm && "
                "optuna create-study --storage sqlite:///study.db --study-name tune-svm",
         code="ERR_1007", env=VENV,
         why="a study of that name already exists in the storage: the tool's own failure"),
    dict(id="neg-optuna-unknown-study", tool="optuna",
         script="optuna create-study --storage sqlite:///study.db --study-name tune-svm && "
                "optuna best-trial --storage sqlite:///study.db --study-name tune-xgb",
         code="ERR_1007", env=VENV,
         why="the study named does not exist in the storage: an unknown name in the tool's "
             "own world"),
    dict(id="spacy-train-config-missing", tool="spacy",
         script="spacy train configs/textcat.cfg --output training", code="ERR_1003",
         env=VENV, why="the training configuration file does not exist",
         path="configs/textcat.cfg"),
    dict(id="neg-spacy-evaluate-model-package", tool="spacy",
         script=f"spacy evaluate en_core_web_sm {B}/corpus.spacy", code="ERR_1007", env=VENV,
         why="the model package named is not installed: a missing package dependency"),
]
