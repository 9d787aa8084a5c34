"""Corpus batch 78: speech synthesis and speech recognition: Festival and its client, the Edinburgh
Speech Tools, Flite's helpers, PocketSphinx and the SphinxBase utilities, Praat run from scripts,
and the Python speech command lines gTTS and Vosk."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (87.1% of codes, 81/93), then worked on."""
B = f"{R}/batch78"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"
V = "/opt/b78venv/bin"
HMM = "/usr/share/pocketsphinx/model/en-us/en-us"

FIXTURES = r"""
python3 - <<'EOF'
import math, struct, wave
def tone(name, rate, seconds, channels=1):
    w = wave.open(name, 'wb')
    w.setnchannels(channels); w.setsampwidth(2); w.setframerate(rate)
    frames = b''.join(struct.pack('<h', int(3000 * math.sin(i * 0.07))) * channels
                      for i in range(int(rate * seconds)))
    w.writeframes(frames); w.close()
tone('prompt.wav', 16000, 1.0)
tone('long.wav', 16000, 6.0)
tone('phone.wav', 8000, 1.0)
tone('stereo.wav', 16000, 1.0, channels=2)
open('garbage.wav', 'wb').write(b'this is a transcript, not audio\n' * 20)
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('aligner-arm64', 'wb').write(d)
EOF
chmod 755 aligner-arm64
printf 'Your build has finished.\n' > notice.txt
printf '#JSGF V1.0;\ngrammar door;\npublic <cmd> = (open | close) the door;\n' > door.gram
printf '#JSGF V1.0;\ngrammar door;\npublic <cmd> = (open | close) <thing;\n' > door-bad.gram
printf '#JSGF V1.0;\ngrammar house;\nimport <rooms.room>;\npublic <cmd> = go to <room>;\n' > house.gram
printf '\\data\\\nngram 1=3\n\n\\1-grams:\n-1.0 <s>\n' > truncated.arpa
printf '\\data\\\nngram 1=3\n\n\\1-grams:\n-0.4771 </s>\n-99 <s>\n-0.4771 hello\n\n\\end\\\n' > tiny.arpa
printf 'hello HH AH L OW\nworld W ER L D\n' > words.dic
printf 'hello HH AH L OW\nworld\tW ER L D X9\n' > words-bad.dic
printf 'open the door /1e-20/\n' > keyphrases.txt
printf 'utt001\nutt002\n' > test.fileids
printf 'utt001\n' > one.fileids
printf 'this is not an mdef file\n' > mdef-garbage
printf '(\n(name ignore)\n(duration float)\n)\n' > dur.desc
printf '(\n(name ignore\n' > dur-bad.desc
printf 'a 0.10\nb 0.20\na 0.12\nb 0.22\n' > dur.data
printf '(RegexRules\n  digits\n  (a b c)\n  (\n   ( [ a ] => b\n  )\n' > bad.rules
printf 'hello world\nhello there\n' > corpus.txt
printf 'hello\nworld\nthere\n' > vocab.txt
printf 'EST_File Track\nDataType ascii\nNumFrames 2\nNumChannels one\nEST_Header_End\n0.0 1 x\n' > broken.track
printf 'not an utterance\n' > broken.utt
cp prompt.wav prompt-copy.wav
printf 'sound = Read from file: "%s/prompt.wav"\nSave as WAV file: "out/prompt.wav"\n' "$PWD" > save-out.praat
printf 'sound = Read from file: "/nonexistent/takes/take1.wav"\n' > read-missing.praat
printf 'sound = Read from file: "%s/garbage.wav"\n' "$PWD" > read-garbage.praat
printf 'runSystem: "hodei-align prompt.wav prompt.txt"\n' > run-missing.praat
printf 'runSystem: "%s/aligner-arm64 prompt.wav"\n' "$PWD" > run-foreign.praat
printf 'runSystem: "test -s alignment.TextGrid"\n' > run-fails.praat
printf 'pitch = To Pitch: 0.0, 75, 600\n' > no-selection.praat
printf 'duration = 1 +\n' > syntax.praat
printf 'runSystem: "date"\n' > run-date.praat
sphinx_fe -i prompt.wav -o prompt.mfc >/dev/null 2>&1
head -c 300 /dev/urandom > noise.mfc
chmod -R a+rX .
"""

CASES = [
    # --- Festival ------------------------------------------------------------------------
    dict(id="festival-batch-script-missing", tool="festival",
         script="festival -b /nonexistent/jobs/announce.scm", code="ERR_1003",
         why="the Scheme script given to festival does not exist",
         path="/nonexistent/jobs/announce.scm"),
    dict(id="festival-load-lexicon-missing", tool="festival",
         script="festival --batch '(load \"/nonexistent/festvox/site-lexicon.scm\")'",
         code="ERR_1003", why="the lexicon file the job loads does not exist",
         path="/nonexistent/festvox/site-lexicon.scm"),
    dict(id="festival-tts-input-missing", tool="festival",
         script="festival --tts /nonexistent/notices/today.txt", code="ERR_1003",
         why="the text file to speak does not exist", path="/nonexistent/notices/today.txt"),
    dict(id="festival-save-wave-missing-dir", tool="festival",
         script="festival --batch '(utt.save.wave (utt.synth (Utterance Text \"done\")) "
                "\"/nonexistent/prompts/done.wav\")'",
         code="ERR_1003", why="the output wave's directory does not exist",
         path="/nonexistent/prompts/done.wav"),
    dict(id="neg-festival-voice-not-installed", tool="festival",
         script="festival --batch '(voice_cmu_us_slt_arctic_hts)' '(SayText \"hello\")'",
         code="ERR_1007",
         why="the voice the script selects is not an installed Festival voice, a missing "
             "package inside the tool's own world"),
    dict(id="neg-festival-unbalanced-scheme", tool="festival",
         script="festival --batch '(SayText (string-append \"build \" \"done\")'",
         code="ERR_1007", why="the Scheme expression is cut short: a syntax error in the job's input"),
    dict(id="neg-festival-unknown-option", tool="festival",
         script="festival --voice kal_diphone --tts notice.txt", code="ERR_1007",
         why="festival has no such option: a usage error"),
    dict(id="neg-festival-client-no-server", tool="festival_client",
         script=f"festival_client --ttw --output out.wav {B}/notice.txt", code="ERR_1007",
         why="no festival server listens on the port: a service that does not answer"),
    dict(id="neg-festival-client-bad-option", tool="festival_client",
         script=f"festival_client --text {B}/notice.txt", code="ERR_1007",
         why="festival_client has no --text option: a usage error"),
    # --- Edinburgh Speech Tools -----------------------------------------------------------
    dict(id="ch-wave-input-missing", tool="ch_wave",
         script="ch_wave -F 8000 /nonexistent/recordings/take1.wav -o take1-8k.wav",
         code="ERR_1003", why="the wave file to convert does not exist",
         path="/nonexistent/recordings/take1.wav"),
    dict(id="ch-wave-output-dir-missing", tool="ch_wave",
         script=f"ch_wave -F 8000 {B}/prompt.wav -o /nonexistent/out/prompt-8k.wav",
         code="ERR_1003", why="the output file's directory does not exist",
         path="/nonexistent/out/prompt-8k.wav"),
    dict(id="neg-ch-wave-garbage", tool="ch_wave",
         script=f"ch_wave -F 8000 {B}/garbage.wav -o out.wav", code="ERR_1007",
         why="the input is text, not a wave file: bad input data"),
    dict(id="neg-ch-wave-unknown-option", tool="ch_wave",
         script=f"ch_wave --resample 8000 {B}/prompt.wav -o out.wav", code="ERR_1007",
         why="ch_wave has no such option: a usage error"),
    dict(id="ch-track-missing", tool="ch_track",
         script="ch_track /nonexistent/f0/take1.f0 -otype ascii -o take1.txt", code="ERR_1003",
         why="the pitch track to convert does not exist", path="/nonexistent/f0/take1.f0"),
    dict(id="neg-ch-track-corrupt", tool="ch_track",
         script=f"ch_track {B}/broken.track -otype ascii -o out.txt", code="ERR_1007",
         why="the track file's header is malformed: bad input data"),
    dict(id="ch-utt-missing", tool="ch_utt",
         script="ch_utt /nonexistent/utts/arctic_a0001.utt -o out.utt", code="ERR_1003",
         why="the utterance file does not exist", path="/nonexistent/utts/arctic_a0001.utt"),
    dict(id="ch-utt-denied", tool="ch_utt", user=NOBODY,
         script=f"ch_utt {L}/secret.txt -o out.utt", code="ERR_1002",
         why="the utterance file lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="ch-lab-missing", tool="ch_lab",
         script="ch_lab /nonexistent/lab/arctic_a0001.lab -otype htk -o out.lab", code="ERR_1003",
         why="the label file does not exist", path="/nonexistent/lab/arctic_a0001.lab"),
    dict(id="pitchmark-input-missing", tool="pitchmark",
         script="pitchmark /nonexistent/egg/arctic_a0001.wav -o pm.pm -otype est",
         code="ERR_1003", why="the laryngograph wave does not exist",
         path="/nonexistent/egg/arctic_a0001.wav"),
    dict(id="neg-pitchmark-garbage", tool="pitchmark",
         script=f"pitchmark {B}/garbage.wav -o pm.pm -otype est", code="ERR_1007",
         why="the input is not a wave file: bad input data"),
    dict(id="sig2fv-input-missing", tool="sig2fv",
         script="sig2fv /nonexistent/wav/arctic_a0001.wav -o a0001.mcep -coefs melcep "
                "-otype est_binary",
         code="ERR_1003", why="the wave to analyse does not exist",
         path="/nonexistent/wav/arctic_a0001.wav"),
    dict(id="pda-input-missing", tool="pda",
         script="pda /nonexistent/wav/arctic_a0002.wav -o a0002.f0 -otype esps", code="ERR_1003",
         why="the wave to track pitch on does not exist",
         path="/nonexistent/wav/arctic_a0002.wav"),
    dict(id="wagon-data-missing", tool="wagon",
         script=f"wagon -desc {B}/dur.desc -data /nonexistent/festival/dur.train -o dur.tree",
         code="ERR_1003", why="the training data file does not exist",
         path="/nonexistent/festival/dur.train"),
    dict(id="neg-wagon-bad-desc", tool="wagon",
         script=f"wagon -desc {B}/dur-bad.desc -data {B}/dur.data -o dur.tree", code="ERR_1007",
         why="the description file's parentheses are unbalanced: a syntax error in the job's input"),
    dict(id="wfst-build-rules-missing", tool="wfst_build",
         script="wfst_build -type regex -o digits.wfst /nonexistent/rules/digits.rules",
         code="ERR_1003", why="the rule file does not exist",
         path="/nonexistent/rules/digits.rules"),
    dict(id="neg-wfst-build-bad-rules", tool="wfst_build",
         script=f"wfst_build -type regex -o digits.wfst {B}/bad.rules", code="ERR_1007",
         why="the rule file is cut short: a syntax error in the job's input"),
    dict(id="ngram-build-wordlist-missing", tool="ngram_build",
         script=f"ngram_build -w /nonexistent/lm/vocab.txt -order 2 -o lm.ngram {B}/corpus.txt",
         code="ERR_1003", why="the word list does not exist", path="/nonexistent/lm/vocab.txt"),
    dict(id="neg-ngram-build-unknown-option", tool="ngram_build",
         script=f"ngram_build -vocab {B}/vocab.txt -order 2 -o lm.ngram {B}/corpus.txt",
         code="ERR_1007", why="ngram_build has no -vocab option: a usage error"),
    # --- Flite helpers --------------------------------------------------------------------
    dict(id="neg-flite-time-bad-time", tool="flite_time",
         script="flite_time 25:99", code="ERR_1007",
         why="the time given is not a valid clock time: bad input"),
    dict(id="neg-t2p-no-text", tool="t2p", script="t2p", code="ERR_1007",
         why="t2p was run without the text to transcribe: a usage error"),
    # --- PocketSphinx ---------------------------------------------------------------------
    dict(id="pocketsphinx-infile-missing", tool="pocketsphinx_continuous",
         script="pocketsphinx_continuous -infile /nonexistent/calls/call-0142.wav",
         code="ERR_1003", why="the recording to transcribe does not exist",
         path="/nonexistent/calls/call-0142.wav"),
    dict(id="pocketsphinx-infile-denied", tool="pocketsphinx_continuous", user=NOBODY,
         script=f"pocketsphinx_continuous -infile {L}/secret.txt", code="ERR_1002",
         why="the recording lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="pocketsphinx-acoustic-model-missing", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -hmm /nonexistent/models/de-de -infile {B}/prompt.wav",
         code="ERR_1003", why="the acoustic model directory does not exist",
         path="/nonexistent/models/de-de"),
    dict(id="pocketsphinx-dict-missing", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -dict /nonexistent/models/custom.dic "
                f"-infile {B}/prompt.wav",
         code="ERR_1003", why="the pronunciation dictionary does not exist",
         path="/nonexistent/models/custom.dic"),
    dict(id="pocketsphinx-lm-missing", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -lm /nonexistent/models/domain.lm.bin "
                f"-infile {B}/prompt.wav",
         code="ERR_1003", why="the language model file does not exist",
         path="/nonexistent/models/domain.lm.bin"),
    dict(id="pocketsphinx-kws-missing", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -kws /nonexistent/keyphrases.list "
                f"-infile {B}/prompt.wav",
         code="ERR_1003", why="the keyphrase list does not exist",
         path="/nonexistent/keyphrases.list"),
    dict(id="neg-pocketsphinx-garbage-wav", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -infile {B}/garbage.wav", code="ERR_1007",
         why="the input is text, not a 16-bit wave: bad input data"),
    dict(id="neg-pocketsphinx-sample-rate", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -infile {B}/phone.wav", code="ERR_1007",
         why="the recording's sample rate does not match the model: bad input data"),
    dict(id="neg-pocketsphinx-unknown-arg", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -input {B}/prompt.wav", code="ERR_1007",
         why="pocketsphinx has no -input argument: a usage error"),
    dict(id="neg-pocketsphinx-bad-grammar", tool="pocketsphinx_continuous",
         script=f"pocketsphinx_continuous -jsgf {B}/door-bad.gram -infile {B}/prompt.wav",
         code="ERR_1007", why="the grammar has a syntax error"),
    dict(id="pocketsphinx-batch-ctl-missing", tool="pocketsphinx_batch",
         script="pocketsphinx_batch -ctl /nonexistent/etc/test.fileids -cepdir feat "
                "-hyp test.hyp",
         code="ERR_1003", why="the control file listing the utterances does not exist",
         path="/nonexistent/etc/test.fileids"),
    dict(id="mdef-convert-missing", tool="pocketsphinx_mdef_convert",
         script="pocketsphinx_mdef_convert -text /nonexistent/model/mdef.txt mdef",
         code="ERR_1003", why="the model definition to convert does not exist",
         path="/nonexistent/model/mdef.txt"),
    dict(id="neg-mdef-convert-garbage", tool="pocketsphinx_mdef_convert",
         script=f"pocketsphinx_mdef_convert -text {B}/mdef-garbage mdef", code="ERR_1007",
         why="the file is not a model definition: bad input data"),
    # --- SphinxBase utilities ------------------------------------------------------------
    dict(id="sphinx-fe-input-missing", tool="sphinx_fe",
         script="sphinx_fe -i /nonexistent/wav/utt001.wav -o utt001.mfc -mswav yes -build_outdirs no",
         code="ERR_1003", why="the wave to parametrise does not exist",
         path="/nonexistent/wav/utt001.wav"),
    dict(id="sphinx-fe-output-dir-missing", tool="sphinx_fe",
         script=f"sphinx_fe -i {B}/prompt.wav -o /nonexistent/feat/utt001.mfc -mswav yes -build_outdirs no",
         code="ERR_1003", why="the feature output directory does not exist",
         path="/nonexistent/feat/utt001.mfc"),
    dict(id="sphinx-fe-input-denied", tool="sphinx_fe", user=NOBODY,
         script=f"sphinx_fe -i {L}/secret.txt -o utt001.mfc -mswav yes -build_outdirs no", code="ERR_1002",
         why="the input lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="sphinx-fe-output-denied", tool="sphinx_fe", user=NOBODY,
         script=f"sphinx_fe -i {B}/prompt.wav -o {RD}/utt001.mfc -mswav yes -build_outdirs no", code="ERR_1002",
         why="the job's user may not create the feature file in a root-owned directory",
         path=f"{RD}/utt001.mfc"),
    dict(id="sphinx-fe-output-readonly", tool="sphinx_fe", mount="ro",
         script=f"sphinx_fe -i {B}/prompt.wav -o $M/utt001.mfc -mswav yes -build_outdirs no", code="ERR_1012",
         why="the feature file would go on a read-only file system", path="$M/utt001.mfc"),
    dict(id="sphinx-fe-output-full", tool="sphinx_fe", mount="full",
         script=f"sphinx_fe -i {B}/long.wav -o $M/long.mfc -mswav yes -build_outdirs no", code="ERR_1012",
         why="the scratch disk is full, so the features cannot be written", path="$M/long.mfc", miss="the OS's reason is on its own line below 'Failed to seek to beginning of /mnt/scratch/long.mfc'; the code is right, the path is not taken from the line above"),
    dict(id="sphinx-fe-ctl-missing", tool="sphinx_fe",
         script="sphinx_fe -c /nonexistent/etc/train.fileids -di wav -ei wav -do feat -eo mfc "
                "-mswav yes -build_outdirs no",
         code="ERR_1003", why="the control file does not exist",
         path="/nonexistent/etc/train.fileids"),
    dict(id="neg-sphinx-fe-unknown-arg", tool="sphinx_fe",
         script=f"sphinx_fe -in {B}/prompt.wav -o utt001.mfc", code="ERR_1007",
         why="sphinx_fe has no -in argument: a usage error"),
    dict(id="sphinx-lm-convert-missing", tool="sphinx_lm_convert",
         script="sphinx_lm_convert -i /nonexistent/lm/domain.arpa -o domain.lm.bin",
         code="ERR_1003", why="the language model to convert does not exist",
         path="/nonexistent/lm/domain.arpa"),
    dict(id="neg-sphinx-lm-convert-truncated", tool="sphinx_lm_convert",
         script=f"sphinx_lm_convert -i {B}/truncated.arpa -o domain.lm.bin", code="ERR_1007",
         why="the ARPA file ends before its declared unigrams: corrupt input", miss="the file is there and read ('Unexpected end of ARPA file'), but the last line's 'Failed to read the model from the file' is checked against the program's own source file named on it"),
    dict(id="sphinx-lm-convert-output-dir-missing", tool="sphinx_lm_convert",
         script=f"sphinx_lm_convert -i {B}/tiny.arpa -o /nonexistent/lm/tiny.lm.bin",
         code="ERR_1003", why="the output directory does not exist",
         path="/nonexistent/lm/tiny.lm.bin"),
    dict(id="sphinx-jsgf2fsg-missing", tool="sphinx_jsgf2fsg",
         script="sphinx_jsgf2fsg -jsgf /nonexistent/grammars/commands.gram -fsg commands.fsg",
         code="ERR_1003", why="the grammar file does not exist",
         path="/nonexistent/grammars/commands.gram"),
    dict(id="neg-sphinx-jsgf2fsg-syntax", tool="sphinx_jsgf2fsg",
         script=f"sphinx_jsgf2fsg -jsgf {B}/door-bad.gram -fsg door.fsg", code="ERR_1007",
         why="the grammar has a syntax error"),
    dict(id="neg-sphinx-jsgf2fsg-unknown-rule", tool="sphinx_jsgf2fsg",
         script=f"sphinx_jsgf2fsg -jsgf {B}/door.gram -toprule door.open -fsg door.fsg",
         code="ERR_1007", why="the grammar has no rule of that name: an unknown name"),
    dict(id="sphinx-cepview-missing", tool="sphinx_cepview",
         script="sphinx_cepview -f /nonexistent/feat/utt001.mfc -d 13", code="ERR_1003",
         why="the feature file to show does not exist", path="/nonexistent/feat/utt001.mfc"),
    dict(id="sphinx-pitch-missing", tool="sphinx_pitch",
         script="sphinx_pitch -i /nonexistent/wav/utt001.wav -o utt001.pitch", code="ERR_1003",
         why="the wave to analyse does not exist", path="/nonexistent/wav/utt001.wav"),
    dict(id="sphinx-lm-eval-missing", tool="sphinx_lm_eval",
         script="sphinx_lm_eval -lm /nonexistent/lm/domain.lm.bin -text 'hello world'",
         code="ERR_1003", why="the language model to evaluate does not exist",
         path="/nonexistent/lm/domain.lm.bin"),
    # --- Praat ----------------------------------------------------------------------------
    dict(id="praat-script-missing", tool="praat_nogui",
         script="praat_nogui --run /nonexistent/scripts/measure-f0.praat", code="ERR_1003",
         why="the Praat script does not exist", path="/nonexistent/scripts/measure-f0.praat"),
    dict(id="praat-read-sound-missing", tool="praat_nogui",
         script=f"praat_nogui --run {B}/read-missing.praat", code="ERR_1003",
         why="the recording the script reads does not exist",
         path="/nonexistent/takes/take1.wav"),
    dict(id="praat-run-system-missing", tool="praat_nogui",
         script=f"praat_nogui --run {B}/run-missing.praat", code="ERR_1001",
         why="the aligner the script runs is not installed", command="hodei-align"),
    dict(id="praat-run-system-foreign-arch", tool="praat_nogui",
         script=f"praat_nogui --run {B}/run-foreign.praat", code="ERR_1004",
         why="the helper the script runs is built for another architecture: exec format error"),
    dict(id="praat-run-system-fork-limit", tool="praat_nogui", user=NOBODY,
         script=f"ulimit -u 1; exec praat_nogui --run {B}/run-date.praat", code="ERR_1004",
         why="under a one-process limit praat cannot start the shell for its system command"),
    dict(id="neg-praat-run-system-fails", tool="praat_nogui",
         script=f"praat_nogui --run {B}/run-fails.praat", code="ERR_1007",
         why="the command the script runs ran and returned failure: the job's own check failed"),
    dict(id="neg-praat-garbage-sound", tool="praat_nogui",
         script=f"praat_nogui --run {B}/read-garbage.praat", code="ERR_1007",
         why="the file is not a sound Praat recognises: bad input data"),
    dict(id="neg-praat-syntax", tool="praat_nogui",
         script=f"praat_nogui --run {B}/syntax.praat", code="ERR_1007",
         why="the script has a syntax error"),
    dict(id="neg-praat-no-selection", tool="praat_nogui",
         script=f"praat_nogui --run {B}/no-selection.praat", code="ERR_1007",
         why="the script runs a command with no object selected: the job's own script error"),
    # --- Python speech command lines -------------------------------------------------------
    dict(id="neg-gtts-no-network", tool="gtts-cli",
         script=f"{V}/gtts-cli -f {B}/notice.txt -o notice.mp3", code="ERR_1007",
         why="the text-to-speech service cannot be reached from here: a network failure"),
    dict(id="gtts-input-missing", tool="gtts-cli",
         script=f"{V}/gtts-cli -f /nonexistent/notices/today.txt -o today.mp3", code="ERR_1003",
         why="the text file to speak does not exist", path="/nonexistent/notices/today.txt"),
    dict(id="neg-gtts-unknown-language", tool="gtts-cli",
         script=f"{V}/gtts-cli -l klingon -f {B}/notice.txt -o notice.mp3", code="ERR_1007",
         why="the language code is not one gTTS knows: bad option value"),
    dict(id="neg-vosk-model-download", tool="vosk-transcriber",
         script=f"{V}/vosk-transcriber -l en-us -i {B}/prompt.wav -o prompt.txt",
         code="ERR_1007",
         why="the model is fetched over the network, which cannot be reached: a network failure"),
    dict(id="vosk-model-missing", tool="vosk-transcriber",
         script=f"{V}/vosk-transcriber -m /nonexistent/models/vosk-model-small-en-us "
                f"-i {B}/prompt.wav -o prompt.txt",
         code="ERR_1003", why="the model directory given does not exist",
         path="/nonexistent/models/vosk-model-small-en-us", miss="the model folder's error is above a Python traceback whose last line ('Failed to create a model') names nothing"),
    dict(id="vosk-input-missing", tool="vosk-transcriber",
         script=f"{V}/vosk-transcriber -i /nonexistent/calls/call-7.wav -o call-7.txt",
         code="ERR_1003", why="the recording to transcribe does not exist", miss="'File/folder {args.input} does not exist' names no file (the tool did not fill in its placeholder)"),
    dict(id="neg-pocketsphinx-lm-bad-args", tool="pocketsphinx_lm",
         script=f"{V}/pocketsphinx_lm -o domain.lm {B}/corpus.txt", code="ERR_1007",
         why="pocketsphinx_lm takes no positional input file: a usage error"),
    dict(id="sphinx-lm-convert-disk-full", tool="sphinx_lm_convert", mount="full",
         script="sphinx_lm_convert -i /usr/share/pocketsphinx/model/en-us/en-us-phone.lm.bin "
                "-ofmt arpa -o $M/phone.arpa",
         code="ERR_1012", why="the scratch disk is full, so the ARPA model cannot be written",
         path="$M/phone.arpa"),
    dict(id="neg-sphinx-lm-convert-bad-format", tool="sphinx_lm_convert",
         script=f"sphinx_lm_convert -i {B}/tiny.arpa -ofmt kenlm -o tiny.kenlm",
         code="ERR_1007", why="the output format named is not one the tool supports: a usage error"),
    dict(id="neg-sphinx-cepview-garbage", tool="sphinx_cepview",
         script=f"sphinx_cepview -f {B}/noise.mfc -d 13", code="ERR_1007",
         why="the feature file is random bytes, not cepstra: corrupt input"),
    dict(id="sphinx-pitch-output-denied", tool="sphinx_pitch", user=NOBODY,
         script=f"sphinx_pitch -i {B}/prompt.wav -o {RD}/prompt.pitch", code="ERR_1002",
         why="the job's user may not create the pitch file in a root-owned directory",
         path=f"{RD}/prompt.pitch"),
    dict(id="sphinx-pitch-output-readonly", tool="sphinx_pitch", mount="ro",
         script=f"sphinx_pitch -i {B}/prompt.wav -o $M/prompt.pitch", code="ERR_1012",
         why="the pitch file would go on a read-only file system", path="$M/prompt.pitch"),
    dict(id="sphinx-jsgf2fsg-denied", tool="sphinx_jsgf2fsg", user=NOBODY,
         script=f"sphinx_jsgf2fsg -jsgf {L}/secret.txt -fsg commands.fsg", code="ERR_1002",
         why="the grammar lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="mdef-convert-denied", tool="pocketsphinx_mdef_convert", user=NOBODY,
         script=f"pocketsphinx_mdef_convert -text {L}/secret.txt mdef.txt", code="ERR_1002",
         why="the model definition lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="sphinx-cepview-denied", tool="sphinx_cepview", user=NOBODY,
         script=f"sphinx_cepview -f {L}/secret.txt -d 13", code="ERR_1002",
         why="the feature file lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    dict(id="sphinx-lm-eval-transcript-denied", tool="sphinx_lm_eval", user=NOBODY,
         script="sphinx_lm_eval -lm /usr/share/pocketsphinx/model/en-us/en-us-phone.lm.bin "
                f"-lsn {L}/secret.txt",
         code="ERR_1002", why="the transcript lies in a directory the job's user may not enter",
         path=f"{L}/secret.txt"),
    # --- Speech Dispatcher -------------------------------------------------------------------
    dict(id="neg-de-spd-say-no-daemon", tool="spd-say", lang="de_DE.UTF-8",
         script="spd-say -w 'Der Build ist fertig'", code="ERR_1007",
         why="the speech daemon is not running and would not start, so its socket is missing: "
             "a service that does not answer"),
    dict(id="neg-es-spd-say-no-daemon", tool="spd-say", lang="es_ES.UTF-8",
         script="spd-say -l es -w 'La compilación ha terminado'", code="ERR_1007",
         why="the speech daemon is not running and would not start, so its socket is missing: "
             "a service that does not answer"),
    dict(id="neg-de-spd-say-unknown-option", tool="spd-say", lang="de_DE.UTF-8",
         script="spd-say --engine espeak-ng 'Hallo'", code="ERR_1007",
         why="spd-say has no --engine option: a usage error"),
    dict(id="neg-fr-speech-dispatcher-unknown-option", tool="speech-dispatcher",
         lang="fr_FR.UTF-8", script="speech-dispatcher --foreground", code="ERR_1007",
         why="speech-dispatcher has no such option: a usage error"),
    dict(id="speech-dispatcher-config-missing", tool="speech-dispatcher",
         script="speech-dispatcher -s -C /nonexistent/speechd", code="ERR_1003",
         why="the configuration directory given does not hold the configuration file",
         path="/nonexistent/speechd/speechd.conf"),
    dict(id="de-spd-say-fork-limit", tool="spd-say", user=NOBODY, lang="de_DE.UTF-8",
         script="export HOME=$PWD; ulimit -u 1; exec spd-say -w 'Der Build ist fertig'", code="ERR_1004",
         why="under a one-process limit spd-say cannot fork to start the speech daemon"),
    dict(id="spd-say-daemon-program-missing", tool="spd-say",
         env={"SPEECHD_CMD": "/opt/speechd/bin/speech-dispatcher"},
         script="spd-say -w 'Deployment finished'", code="ERR_1001",
         why="the speech daemon program spd-say is told to start is not installed there",
         command="/opt/speechd/bin/speech-dispatcher"),
    dict(id="neg-fr-spd-say-inet-refused", tool="spd-say", lang="fr_FR.UTF-8",
         env={"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6561"},
         script="spd-say -w 'Compilation terminée'", code="ERR_1007",
         why="nothing listens on the speech daemon's TCP port: a service that does not answer"),
]
