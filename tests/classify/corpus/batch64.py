"""Sealed batch 64: music synthesis, MIDI and audio production tools as render jobs run them."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (84.0% of codes, 68/81), then worked on."""
B = f"{R}/batch64"
RD = f"{R}/rootdir"
NOBODY = "nobody"

FIXTURES = r"""
sox -n -b 16 -r 44100 -c 1 tone.wav synth 0.5 sine 440
sox -n -r 44100 -c 2 -b 24 -e signed-integer wide.wav synth 0.3 sine 220
mkdir -p private && cp tone.wav private/take1.wav && chmod 700 private && chmod 600 private/take1.wav
printf 'X:1\nT:Tune\nM:4/4\nL:1/8\nK:C\nCDEF GABc|\n' > tune.abc
abc2midi tune.abc -o tune.mid >/dev/null
printf 'This is the liner notes text, not a MIDI file.\n' > notes.mid
printf 'This is not a wave file either.\n' > notes.wav
cat > ok.csd <<'EOF'
<CsoundSynthesizer>
<CsOptions>
</CsOptions>
<CsInstruments>
sr = 44100
ksmps = 32
nchnls = 1
0dbfs = 1
instr 1
a1 oscili 0.3, 440
out a1
endin
</CsInstruments>
<CsScore>
i1 0 1
</CsScore>
</CsoundSynthesizer>
EOF
sed 's/a1 oscili 0.3, 440/a1 oscilx 0.3, 440/' ok.csd > badop.csd
sed 's|a1 oscili 0.3, 440|prints "loading impulse: hall.wav not found, using dry mix\\n"\na1 oscili 0.3, 440, 99|' ok.csd > drymix.csd
sed 's|a1 oscili 0.3, 440|a1 diskin2 "drums/loop.wav", 1|' ok.csd > diskin.csd
printf 'import("stdfaust.lib");\nprocess = os.osc(440) * 0.2;\n' > synth.dsp
printf 'process = os.osc(440) * 0.2;\n' > noimport.dsp
printf 'import("stdfaust.lib");\ngain = 0.2\nprocess = os.osc(440) * gain;\n' > nosemi.dsp
# a slim image's PATH: everything of /usr/bin but the C++ compiler, timidity and lame
mkdir -p slim/bin
for f in /usr/bin/*; do case "${f##*/}" in g++*|c++*|x86_64-linux-gnu-g++*|x86_64-linux-gnu-c++*|timidity|lame) ;; *) ln -sf "$f" slim/bin/;; esac; done
midicsv tune.mid tune.csv
printf '0, 0, Header, 1, 1, 480\n1, 0, Start_track\n1, x, Note_on_c, 0, 60\n' > broken.csv
printf 'Tempo 120\nGroove NoSuchGroove\n1 C\n' > groove.mma
printf 'Tempo 120\nGroove Swing\n1 C\n2 G\n' > song.mma
printf 'process = +\n' > truncated.dsp
sed 's|<CsInstruments>|<CsInstruments>\n#include "instruments/pads.inc"|' ok.csd > include.csd
cp ok.csd private/session.csd && chmod 600 private/session.csd
printf 'TRACK 1 { $patch 1 c4 d e f g }\n' > nohead.mg
printf 'SetMidiPlayer timidity -Ow -o song.wav\nTempo 120\nGroove Swing\n1 C\n2 G\n' > render.mma
printf 'Tempo 120\nGroove Swing\nInclude parts/verse.mma\n1 C\n' > withverse.mma
# an arm64 build of a render tool, copied in by mistake (ELF header for aarch64)
mkdir -p vendor/arm64
python3 - <<'EOF'
import struct
ehdr = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
ehdr += struct.pack("<HHIQQQIHHHHHH", 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
phdr = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 0x80, 0x80, 0x1000)
code = bytes(8)
open("vendor/arm64/csound", "wb").write(ehdr + phdr + code)
EOF
chmod 755 vendor/arm64/csound
chmod -R a+rX . && chmod 700 private && chmod 600 private/*
"""

CASES = [
    # --- csound ---------------------------------------------------------------------------
    dict(id="csound-csd-missing", miss="details: the path is on the 'UnifiedCSD:' line above the reason", tool="csound",
         script="mkdir -p renders; csound -o renders/intro.wav scores/intro.csd",
         code="ERR_1003", path="scores/intro.csd",
         why="The .csd the render job names does not exist, so csound could not read it."),
    dict(id="neg-csound-unknown-opcode", tool="csound",
         script=f"csound -o intro.wav {B}/badop.csd",
         code="ERR_1007",
         why="The orchestra uses an opcode csound does not know: a syntax error in the job's own score."),
    dict(id="csound-output-denied", miss="'cannot open x' for an output missing in a directory the job may not write reads as missing (the EITHER ambiguity)", tool="csound",
         script=f"csound -o {RD}/intro.wav {B}/ok.csd",
         code="ERR_1002", user=NOBODY, path=f"{RD}/intro.wav",
         why="The job's user may not create the output file in a root-owned directory."),
    dict(id="csound-output-full", tool="csound",
         script=f"csound -o $M/intro.wav {B}/ok.csd",
         code="ERR_1012", mount="full", path="$M/intro.wav",
         why="The disk holding the rendered file is full."),
    dict(id="csound-diskin-missing", miss="the error is followed by csound's ordinary performance report", tool="csound",
         script=f"csound -o intro.wav {B}/diskin.csd",
         code="ERR_1003", path="drums/loop.wav",
         why="The instrument plays a sample file drums/loop.wav that does not exist in the job's directory."),
    dict(id="neg-csound-unknown-flag", tool="csound",
         script=f"csound --render-quality=high -o intro.wav {B}/ok.csd",
         code="ERR_1007",
         why="An option csound does not have: a usage error of the job's command line."),
    dict(id="csound-wrong-arch", tool="csound",
         script=f"{B}/vendor/arm64/csound -o intro.wav {B}/ok.csd",
         code="ERR_1004",
         why="The csound binary shipped with the job is built for arm64 and cannot be executed here (exec format error)."),
    dict(id="csound-wrong-arch-fr", tool="csound",
         script=f"{B}/vendor/arm64/csound -o intro.wav {B}/ok.csd",
         code="ERR_1004", lang="fr_FR.UTF-8",
         why="The same arm64 csound binary, in a French locale: the kernel refuses the foreign executable format."),
    dict(id="csound-pvanal-missing", tool="csound",
         script="csound -U pvanal samples/voice.wav voice.pvx",
         code="ERR_1003", path="samples/voice.wav",
         why="The analysis utility is given an input sample that does not exist."),
    dict(id="csound-include-missing", tool="csound",
         script=f"csound -o intro.wav {B}/include.csd",
         code="ERR_1003", path="instruments/pads.inc",
         why="The orchestra #includes an instrument file that does not exist."),
    dict(id="csound-csd-unreadable", tool="csound",
         script=f"csound -o $HOME/intro.wav {B}/private/session.csd",
         code="ERR_1002", user=NOBODY, path=f"{B}/private/session.csd",
         why="The .csd lies in a directory only root may enter, so the job's user cannot read it."),
    dict(id="hetro-input-missing", tool="hetro",
         script="hetro samples/bell.wav bell.het",
         code="ERR_1003", path="samples/bell.wav",
         why="The sample to analyse does not exist."),
    dict(id="neg-csound-ftable-invalid", tool="csound",
         script=f"csound -o intro.wav {B}/drymix.csd",
         code="ERR_1007",
         why="The oscillator refers to a function table the score never defines; the instrument's own message about a missing impulse file is just printed text."),
    # --- fluidsynth -----------------------------------------------------------------------
    dict(id="fluidsynth-midi-missing", tool="fluidsynth",
         script="fluidsynth -ni -F theme.wav /usr/share/sounds/sf2/TimGM6mb.sf2 songs/theme.mid",
         code="ERR_1003", path="songs/theme.mid",
         why="The MIDI file to render does not exist, so fluidsynth has nothing to play and stops."),
    dict(id="fluidsynth-thread-limit", tool="fluidsynth",
         script=f"ulimit -u 1; fluidsynth -ni -F $HOME/theme.wav /usr/share/sounds/sf2/TimGM6mb.sf2 {B}/tune.mid",
         code="ERR_1004", user=NOBODY,
         why="Under a one-process limit the synthesizer cannot create its worker threads."),
    dict(id="neg-fluidsynth-bad-option", tool="fluidsynth",
         script=f"fluidsynth -ni --render-format=flac -F theme.wav /usr/share/sounds/sf2/TimGM6mb.sf2 {B}/tune.mid",
         code="ERR_1007",
         why="An option fluidsynth does not have: a usage error."),
    # --- faust ----------------------------------------------------------------------------
    dict(id="faust-dsp-missing", tool="faust",
         script="faust -o synth.cpp dsp/synth.dsp",
         code="ERR_1003", path="dsp/synth.dsp",
         why="The Faust source file named by the job does not exist."),
    dict(id="neg-faust-undefined-symbol", tool="faust",
         script=f"faust -o synth.cpp {B}/noimport.dsp",
         code="ERR_1007",
         why="The DSP code uses the os library without importing stdfaust.lib: an error in the job's source."),
    dict(id="neg-faust-syntax", tool="faust",
         script=f"faust -o synth.cpp {B}/nosemi.dsp",
         code="ERR_1007",
         why="A missing semicolon in the Faust source is a syntax error of the job's code."),
    dict(id="faust-output-rofs", tool="faust",
         script=f"faust -o $M/synth.cpp {B}/synth.dsp",
         code="ERR_1012", mount="ro", path="$M/synth.cpp",
         why="The generated C++ is written to a read-only file system."),
    dict(id="faust2sndfile-no-cxx", tool="faust2sndfile",
         script=f"cp {B}/synth.dsp .; PATH={B}/slim/bin faust2sndfile synth.dsp",
         code="ERR_1001", command="g++",
         why="faust2sndfile compiles the generated C++ with g++, which is not installed on the job's PATH."),
    dict(id="faust2sndfile-no-cxx-de", tool="faust2sndfile",
         script=f"cp {B}/synth.dsp .; PATH={B}/slim/bin faust2sndfile synth.dsp",
         code="ERR_1001", command="g++", lang="de_DE.UTF-8",
         why="The same missing C++ compiler, reported in German by the script's shell."),
    dict(id="faust2sndfile-fork", tool="faust2sndfile",
         script=f"cp {B}/synth.dsp .; ulimit -u 1; faust2sndfile synth.dsp",
         code="ERR_1004", user=NOBODY,
         why="Under a one-process limit the wrapper script cannot fork faust or the compiler."),
    dict(id="neg-faust2sndfile-syntax", tool="faust2sndfile",
         script=f"cp {B}/truncated.dsp .; faust2sndfile truncated.dsp",
         code="ERR_1007",
         why="The DSP source ends in the middle of an expression: a syntax error the wrapper passes on."),
    dict(id="neg-faust-unknown-backend", tool="faust",
         script=f"faust -lang rustacean -o synth.rs {B}/synth.dsp",
         code="ERR_1007",
         why="The job asks for a code backend faust does not have: a usage error."),
    dict(id="faust2sndfile-fork-es", tool="faust2sndfile",
         script=f"cp {B}/synth.dsp .; ulimit -u 1; faust2sndfile synth.dsp",
         code="ERR_1004", user=NOBODY, lang="es_ES.UTF-8",
         why="The same one-process limit in a Spanish locale: the wrapper's shell cannot fork."),
    # --- rubberband -----------------------------------------------------------------------
    dict(id="rubberband-input-missing", tool="rubberband",
         script="rubberband -t 1.25 stems/vocals.wav vocals-slow.wav",
         code="ERR_1003", path="stems/vocals.wav",
         why="The stem to time-stretch does not exist."),
    dict(id="rubberband-output-denied", tool="rubberband",
         script=f"rubberband -t 1.25 {B}/tone.wav {RD}/slow.wav",
         code="ERR_1002", user=NOBODY, path=f"{RD}/slow.wav",
         why="The job's user may not create the output in a root-owned directory."),
    dict(id="rubberband-output-dir-missing", tool="rubberband",
         script=f"rubberband -p 2 {B}/tone.wav out/pitched.wav",
         code="ERR_1003", path="out/pitched.wav",
         why="The output directory out/ was never created."),
    dict(id="rubberband-input-unreadable", tool="rubberband",
         script=f"rubberband -t 1.25 {B}/private/take1.wav slow.wav",
         code="ERR_1002", user=NOBODY, path=f"{B}/private/take1.wav",
         why="The input take lies in a directory only root may enter."),
    dict(id="neg-rubberband-not-audio", tool="rubberband",
         script=f"rubberband -t 1.25 {B}/notes.wav slow.wav",
         code="ERR_1007",
         why="The input named .wav holds plain text, which is bad input data, not a missing file."),
    dict(id="rubberband-output-full", tool="rubberband",
         script=f"rubberband -t 4 {B}/tone.wav $M/slow.wav",
         code="ERR_1012", mount="full", path="$M/slow.wav",
         why="The stretched audio is written to a full disk."),
    dict(id="rubberband-output-inodes", tool="rubberband",
         script=f"for i in 1 2 3; do rubberband -t 1.5 {B}/tone.wav $M/slow$i.wav || exit; done",
         code="ERR_1012", mount="inodes", path="$M/slow3.wav",
         why="The file system has no inodes left for the next stretched file."),
    dict(id="neg-rubberband-bad-ratio", tool="rubberband",
         script=f"rubberband -t 0 {B}/tone.wav slow.wav",
         code="ERR_1007",
         why="A time ratio of zero is an invalid argument of the job's command."),
    dict(id="rubberband-output-rofs", tool="rubberband",
         script=f"rubberband -p -2 {B}/tone.wav $M/lower.wav",
         code="ERR_1012", mount="ro", path="$M/lower.wav",
         why="The output is on a read-only file system."),
    # --- soundstretch ---------------------------------------------------------------------
    dict(id="soundstretch-input-missing", tool="soundstretch",
         script="soundstretch takes/guitar.wav guitar-fast.wav -tempo=+10",
         code="ERR_1003", path="takes/guitar.wav",
         why="The input take does not exist."),
    dict(id="neg-soundstretch-not-wav", tool="soundstretch",
         script=f"soundstretch {B}/notes.wav fast.wav -tempo=+10",
         code="ERR_1007",
         why="The input is not a WAV file: bad input data."),
    dict(id="neg-soundstretch-bad-param", tool="soundstretch",
         script=f"soundstretch {B}/tone.wav fast.wav -tempo10",
         code="ERR_1007",
         why="A mistyped parameter soundstretch does not know: a usage error."),
    # --- ecasound -------------------------------------------------------------------------
    dict(id="ecasound-input-missing", tool="ecasound",
         script="ecasound -i mix/master.wav -o master-out.wav 1>&2",
         code="ERR_1003", path="mix/master.wav",
         why="The input file of the chain does not exist."),
    dict(id="ecasound-output-dir-missing", tool="ecasound",
         script=f"ecasound -i {B}/tone.wav -o bounce/tone.wav 1>&2",
         code="ERR_1003", path="bounce/tone.wav",
         why="The output goes into a bounce directory that does not exist."),
    dict(id="neg-ecasound-unsupported-wav", tool="ecasound",
         script=f"ecasound -i {B}/wide.wav -o out.wav 1>&2",
         code="ERR_1007",
         why="ecasound cannot read this WAV variant (extensible format): the input data is not supported."),
    dict(id="neg-ecasound-bad-option", tool="ecasound",
         script=f"ecasound -i {B}/tone.wav -o out.wav -el:hodei_reverb 1>&2",
         code="ERR_1007",
         why="The chain names an effect ecasound cannot parse: an error in the job's own arguments."),
    dict(id="ecasound-setup-missing", tool="ecasound",
         script="ecasound -s sessions/mix.ecs 1>&2",
         code="ERR_1003", path="sessions/mix.ecs",
         why="The chainsetup file the job loads does not exist."),
    dict(id="ecasound-encoder-missing", miss="ecasound lists possible causes of a failed write to lame instead of saying lame is missing", tool="ecasound",
         script=f"PATH={B}/slim/bin ecasound -i {B}/tone.wav -o master.mp3 1>&2",
         code="ERR_1001", command="lame",
         why="ecasound encodes MP3 by launching lame, which is not installed in the job's image."),
    # --- abcmidi --------------------------------------------------------------------------
    dict(id="abc2midi-input-missing", tool="abc2midi",
         script="abc2midi tunes/reel.abc -o reel.mid 1>&2",
         code="ERR_1003", path="tunes/reel.abc",
         why="The ABC file to convert does not exist."),
    dict(id="midi2abc-input-missing", tool="midi2abc",
         script="midi2abc -f exports/theme.mid -o theme.abc 1>&2",
         code="ERR_1003", path="exports/theme.mid",
         why="The MIDI file to transcribe does not exist."),
    dict(id="neg-midi2abc-not-midi", tool="midi2abc",
         script=f"midi2abc -f {B}/notes.mid -o theme.abc 1>&2",
         code="ERR_1007",
         why="The .mid file holds text, not MIDI: bad input data."),
    dict(id="abc2abc-input-missing", tool="abc2abc",
         script="abc2abc tunes/jig.abc -t 2 1>&2",
         code="ERR_1003", path="tunes/jig.abc",
         why="The ABC file to transpose does not exist."),
    dict(id="midicopy-input-missing", tool="midicopy",
         script="midicopy -from 2 -to 8 exports/theme.mid excerpt.mid 1>&2",
         code="ERR_1003", path="exports/theme.mid",
         why="The MIDI file to cut an excerpt from does not exist."),
    # --- midicsv / csvmidi ----------------------------------------------------------------
    dict(id="midicsv-input-missing", tool="midicsv",
         script="midicsv exports/theme.mid theme.csv",
         code="ERR_1003", path="exports/theme.mid",
         why="The MIDI file to dump does not exist."),
    dict(id="neg-midicsv-not-smf", tool="midicsv",
         script=f"midicsv {B}/notes.mid notes.csv",
         code="ERR_1007",
         why="The input is not a Standard MIDI File: bad input data."),
    dict(id="csvmidi-output-denied", tool="csvmidi",
         script=f"csvmidi {B}/tune.csv {RD}/tune.mid",
         code="ERR_1002", user=NOBODY, path=f"{RD}/tune.mid",
         why="The job's user may not create the MIDI file in a root-owned directory."),
    dict(id="neg-csvmidi-malformed", tool="csvmidi",
         script=f"csvmidi {B}/broken.csv out.mid",
         code="ERR_1007",
         why="The CSV has a malformed record and no End_of_file: bad input data."),
    # --- aubio ----------------------------------------------------------------------------
    dict(id="aubioonset-input-missing", tool="aubioonset",
         script="aubioonset -i stems/drums.wav > onsets.txt",
         code="ERR_1003", path="stems/drums.wav",
         why="The audio file to analyse does not exist."),
    dict(id="neg-aubioonset-not-audio", tool="aubioonset",
         script=f"aubioonset -i {B}/notes.wav > onsets.txt",
         code="ERR_1007",
         why="The input is text, not audio: bad input data."),
    dict(id="aubiopitch-input-unreadable", tool="aubiopitch",
         script=f"aubiopitch -i {B}/private/take1.wav > pitch.txt",
         code="ERR_1002", user=NOBODY, path=f"{B}/private/take1.wav",
         why="The take lies in a directory only root may enter."),
    dict(id="aubiotrack-input-missing", tool="aubiotrack",
         script="aubiotrack -i mix/master.wav > beats.txt",
         code="ERR_1003", path="mix/master.wav",
         why="The mix to beat-track does not exist."),
    dict(id="aubiocut-output-rofs", tool="aubiocut",
         script=f"aubiocut -i {B}/tone.wav -c -o $M",
         code="ERR_1012", mount="ro", path="$M/tone_0000.000000.wav",
         why="The slices are written to a read-only file system."),
    dict(id="aubionotes-input-missing", tool="aubionotes",
         script="aubionotes -i takes/lead.wav > notes.txt",
         code="ERR_1003", path="takes/lead.wav",
         why="The take to transcribe does not exist."),
    dict(id="neg-aubiopitch-unknown-method", tool="aubiopitch",
         script=f"aubiopitch -p hodei -i {B}/tone.wav > pitch.txt",
         code="ERR_1007",
         why="The pitch method named by the job does not exist in aubio: an unknown name."),
    # --- LV2 / LADSPA ---------------------------------------------------------------------
    dict(id="neg-lv2info-plugin-unknown", tool="lv2info",
         script="lv2info http://example.org/plugins/hodei-reverb",
         code="ERR_1007",
         why="No LV2 plugin with that URI is installed: an unknown name inside the plugin world."),
    dict(id="neg-lv2apply-plugin-unknown", tool="lv2apply",
         script=f"lv2apply -i {B}/tone.wav -o wet.wav http://example.org/plugins/hodei-reverb",
         code="ERR_1007",
         why="The plugin URI to apply is not known to lilv: an unknown name, not a missing file."),
    dict(id="analyseplugin-library-missing", miss="details: the plugin's path is quoted inside the sentence before the dlopen reason", tool="analyseplugin",
         script="analyseplugin ./plugins/hodei_reverb.so",
         code="ERR_1003", path="./plugins/hodei_reverb.so",
         why="The LADSPA plugin library the job names does not exist."),
    dict(id="neg-applyplugin-unknown-label", tool="applyplugin",
         script=f"applyplugin {B}/tone.wav louder.wav /usr/lib/ladspa/amp_1181.so amp_mono 2",
         code="ERR_1007",
         why="The plugin library has no plugin with that label: an unknown name in the tool's world."),
    dict(id="applyplugin-input-missing", tool="applyplugin",
         script="applyplugin stems/bass.wav bass-loud.wav /usr/lib/ladspa/amp_1181.so amp 2",
         code="ERR_1003", path="stems/bass.wav",
         why="The audio file to process does not exist."),
    dict(id="lv2apply-input-missing", tool="lv2apply",
         script="lv2apply -i stems/vox.wav -o vox-loud.wav http://plugin.org.uk/swh-plugins/amp",
         code="ERR_1003", path="stems/vox.wav",
         why="The input file to process through the plugin does not exist."),
    # --- mma ------------------------------------------------------------------------------
    dict(id="mma-input-missing", tool="mma",
         script="mma songs/blues.mma 1>&2",
         code="ERR_1003", path="songs/blues.mma",
         why="The MMA song file does not exist."),
    dict(id="neg-mma-unknown-groove", tool="mma",
         script=f"mma {B}/groove.mma 1>&2",
         code="ERR_1007",
         why="The song asks for a groove that is in no library: an unknown name in the job's song file."),
    dict(id="mma-output-dir-missing", tool="mma",
         script=f"mma -f midi/song.mid {B}/song.mma 1>&2",
         code="ERR_1003", path="midi/song.mid",
         why="The output directory midi/ does not exist."),
    dict(id="mma-include-missing", miss="the message is wrapped over two lines ('Could' / 'include file ...')", tool="mma",
         script=f"mma {B}/withverse.mma 1>&2",
         code="ERR_1003", path="parts/verse.mma",
         why="The song includes a part file that does not exist."),
    dict(id="mma-player-missing", tool="mma",
         script=f"cp {B}/render.mma .; PATH={B}/slim/bin TMPDIR=$PWD mma -P render.mma 1>&2",
         code="ERR_1001", command="timidity",
         why="The song hands its MIDI to timidity for rendering, and timidity is not installed in the job's image."),
    dict(id="mma-player-fork-limit", tool="mma",
         script=f"cp {B}/render.mma .; exec 1>&2; ulimit -u 1; TMPDIR=$PWD mma -P render.mma",
         code="ERR_1004", user=NOBODY,
         why="Under a one-process limit mma cannot fork the timidity process that renders its MIDI."),
    # --- JACK -----------------------------------------------------------------------------
    dict(id="neg-jack-lsp-no-server", tool="jack_lsp",
         script="jack_lsp",
         code="ERR_1007",
         why="No JACK server is running to answer: a service that is not there."),
    dict(id="jackd-thread-limit", tool="jackd",
         script="ulimit -u 1; jackd -d dummy -r 44100",
         code="ERR_1004", user=NOBODY,
         why="Under a one-process limit the JACK server cannot create its threads."),
    dict(id="neg-jack-connect-unknown-port", tool="jack_connect",
         script="jackd -d dummy -r 44100 & sleep 2; jack_connect system:capture_1 reverb:in; rc=$?; kill $!; wait; exit $rc",
         code="ERR_1007",
         why="The server runs but has no port of that name: an unknown name inside JACK's world."),
    # --- sndfile-resample -----------------------------------------------------------------
    dict(id="sndfile-resample-input-missing", tool="sndfile-resample",
         script="sndfile-resample -to 48000 stems/keys.wav keys-48k.wav 1>&2",
         code="ERR_1003", path="stems/keys.wav",
         why="The file to resample does not exist."),
    dict(id="sndfile-resample-output-denied", tool="sndfile-resample",
         script=f"sndfile-resample -to 48000 {B}/tone.wav {RD}/tone-48k.wav 1>&2",
         code="ERR_1002", user=NOBODY, path=f"{RD}/tone-48k.wav",
         why="The job's user may not create the output in a root-owned directory."),
    # --- midge ----------------------------------------------------------------------------
    dict(id="midge-input-missing", tool="midge",
         script="midge -o song.mid src/song.mg",
         code="ERR_1003", path="src/song.mg",
         why="The midge source file does not exist."),
    dict(id="neg-midge-no-head", tool="midge",
         script=f"midge -o song.mid {B}/nohead.mg",
         code="ERR_1007",
         why="The midge source lacks its @head section: a syntax error in the job's file."),
    # --- render tools not installed -------------------------------------------------------
    dict(id="sclang-not-installed", tool="sclang",
         script="printf 's.waitForBoot { 0.exit };\\n' > render.scd; sclang -D render.scd",
         code="ERR_1001", command="sclang",
         why="The job runs SuperCollider's sclang, which is not installed on the machine."),
    dict(id="lmms-not-installed", tool="lmms",
         script="lmms --render project.mmpz --output mix.wav",
         code="ERR_1001", command="lmms",
         why="The job renders an LMMS project, but lmms is not installed."),
]
