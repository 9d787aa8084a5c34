"""Sealed batch 79: radio and signal processing tools (rtl-sdr, multimon-ng, direwolf and its
utilities, dump1090, rtl_433, RTKLIB, gpsd clients, codec2, hamlib, AX.25 tools, GNU Radio)
failing the way real jobs on a host without radio hardware fail."""

from __future__ import annotations

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.9% of codes, 74/78), then worked on."""
B = f"{R}/batch79"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
rm -rf ./*
mkdir -p rec conf mmbin arm out
gen_packets -o rec/beacon.wav -n 3 >/dev/null 2>&1
head -c 4096 /dev/zero | tr '\0' 'Z' > rec/noise.wav
printf 'RIFF\x24\x00\x00\x00WAVEfmt ' > rec/truncated.wav
python3 -c "
import random
r = random.Random(79)
open('rec/samples.cu8', 'wb').write(bytes(r.randrange(256) for _ in range(200000)))
open('rec/speech.raw', 'wb').write(bytes(r.randrange(256) for _ in range(32000)))
"
cp rec/beacon.wav rec/private.wav; cp rec/samples.cu8 rec/private.cu8
head -c 400000 /dev/urandom > rec/big.raw
c2enc 3200 rec/big.raw rec/voice.bit
printf 'ADEVICE stdin null\nCHANNEL 0\nMYCALL N0CALL\nMODEM 1200\nKISSPORT 0\nAGWPORT 0\n' > conf/direwolf.conf
printf '<interface>\n  ax25-device N0CALL\n  bogus-keyword on\n</interface\n' > conf/aprx.conf
printf 'frequency 433.92M\nno_such_option 42\n' > conf/rtl_433.conf
printf 'options:\n  parameters:\n    id: top\n' > conf/broken.grc
cat > conf/null_flow.grc <<'EOF'
options:
  parameters:
    id: top_block
    generate_options: no_gui
    output_language: python
    run: 'True'
  states:
    coordinate: [8, 8]
    rotation: 0
    state: enabled
blocks:
- name: src
  id: blocks_null_source
  parameters:
    type: complex
  states:
    coordinate: [100, 100]
    rotation: 0
    state: enabled
- name: snk
  id: blocks_null_sink
  parameters:
    type: complex
  states:
    coordinate: [300, 100]
    rotation: 0
    state: enabled
connections:
- [src, '0', snk, '0']
metadata:
  file_format: 1
EOF
printf 'WB2OSZ>APRS:!4237.14NS07120.83W#PHG7140\n' > conf/frames.txt
printf '$GPRMC,garbage,,,\n' > rec/nmea.log
ln -sf /usr/bin/multimon-ng mmbin/multimon-ng
python3 - <<'EOF'
data = bytearray(open('/usr/bin/rtl_test', 'rb').read())
data[18:20] = (183).to_bytes(2, 'little')
open('arm/rtl_test', 'wb').write(data)
EOF
chmod 755 arm/rtl_test
chmod -R a+rX .
chmod 600 rec/private.wav rec/private.cu8
"""

CASES: list[dict[str, object]] = [
    # --- rtl-sdr -----------------------------------------------------------------------------
    dict(id="neg-rtl-test-no-dongle", tool="rtl_test", script="rtl_test -t", code="ERR_1007",
         why="no SDR dongle is attached: the tool's own device scan found nothing, no path or "
             "program is missing"),
    dict(id="neg-rtl-sdr-no-dongle", tool="rtl_sdr",
         script="rtl_sdr -f 144.8e6 -s 1.2e6 -n 2400000 capture.cu8", code="ERR_1007",
         why="the capture needs a dongle and none is attached; a hardware precondition of the "
             "tool, not a file, permission or program"),
    dict(id="neg-rtl-fm-no-dongle", tool="rtl_fm",
         script="rtl_fm -f 144.39M -s 22050 - | multimon-ng -t raw -a AFSK1200 -; exit ${PIPESTATUS[0]}",
         code="ERR_1007", why="rtl_fm finds no supported device; the pipeline fails on hardware, "
                              "not on a path or a missing program"),
    dict(id="neg-rtl-power-no-dongle", tool="rtl_power",
         script="rtl_power -f 88M:108M:125k -i 10 -e 1m scan.csv", code="ERR_1007",
         why="the sweep is planned and then no device is found: the tool's own failure"),
    dict(id="neg-rtl-tcp-no-dongle", tool="rtl_tcp", script="rtl_tcp -a 127.0.0.1 -p 12345",
         code="ERR_1007", why="the server has no dongle to serve; a hardware precondition"),
    dict(id="neg-rtl-eeprom-no-dongle", tool="rtl_eeprom", script="rtl_eeprom -r eeprom.bin",
         code="ERR_1007", why="no dongle whose EEPROM could be dumped; the tool's own failure"),
    dict(id="neg-rtl-sdr-bad-option", tool="rtl_sdr", script="rtl_sdr --frequency 100M out.bin",
         code="ERR_1007", why="an option rtl_sdr does not know: a usage error"),
    dict(id="rtl-test-wrong-arch", tool="rtl_test", script=f"{B}/arm/rtl_test -t",
         code="ERR_1004", why="the binary was built for another architecture; exec fails with "
                              "exec format error"),
    dict(id="acarsdec-not-installed-de", tool="acarsdec", script="acarsdec -o 4 -r 0 131.550",
         code="ERR_1001", lang="de_DE.UTF-8", why="acarsdec is not installed on this host",
         command="acarsdec"),
    # --- multimon-ng ------------------------------------------------------------------------
    dict(id="multimon-wav-missing", tool="multimon-ng",
         script="multimon-ng -a POCSAG1200 -t wav /nonexistent/pager/2026-12-07.wav",
         code="ERR_1003", why="the recording to decode does not exist (stat fails)"),
    dict(id="multimon-raw-missing", tool="multimon-ng",
         script="multimon-ng -a AFSK1200 -t raw recordings/aprs.raw", code="ERR_1003",
         why="the raw recording named on the command line does not exist"),
    dict(id="multimon-fork-limit", tool="multimon-ng",
         script=f"ulimit -u 1; multimon-ng -a AFSK1200 -t wav {B}/rec/beacon.wav",
         code="ERR_1004", user="nobody",
         why="under a process limit of 1 multimon-ng cannot fork its sox converter"),
    dict(id="multimon-raw-unreadable", tool="multimon-ng",
         script=f"multimon-ng -a POCSAG1200 -t raw {B}/rec/private.cu8", code="ERR_1002",
         user="nobody", why="the raw recording is mode 600 root and the job runs as nobody"),
    dict(id="neg-multimon-unknown-demod", tool="multimon-ng",
         script=f"multimon-ng -a AFSK9600 -t wav {B}/rec/beacon.wav", code="ERR_1007",
         why="a demodulator name multimon-ng does not have: a usage error"),
    # --- direwolf and its utilities --------------------------------------------------------------
    dict(id="neg-direwolf-no-audio", tool="direwolf",
         script="direwolf -t 0 -c /dev/null -q hd 1>&2", code="ERR_1007",
         why="no sound card on the host; direwolf's audio device cannot be opened, a hardware "
             "precondition though ALSA prints file-not-found words", miss="ALSA's 'No such file or directory' for an audio device by its name reads as a missing file"),
    dict(id="direwolf-thread-limit", tool="direwolf",
         script=f"ulimit -u 1; exec direwolf -t 0 -c {B}/conf/direwolf.conf -r 48000 - "
                f"< {B}/rec/beacon.wav 1>&2", code="ERR_1004", user="nobody",
         why="under a process limit of 1 direwolf cannot create its audio threads"),
    dict(id="neg-direwolf-bad-option", tool="direwolf", script="direwolf -t 0 --kiss-port 8001",
         code="ERR_1007", why="an option direwolf does not know: a usage error"),
    dict(id="atest-wav-missing", tool="atest", script="atest -B 1200 /nonexistent/aprs/tx.wav 1>&2",
         code="ERR_1003", why="the recording to decode does not exist",
         path="/nonexistent/aprs/tx.wav"),
    dict(id="atest-wav-unreadable", tool="atest", script=f"atest {B}/rec/private.wav 1>&2",
         code="ERR_1002", user="nobody",
         why="the recording is mode 600 root and the job runs as nobody",
         path=f"{B}/rec/private.wav"),
    dict(id="neg-atest-not-wav", tool="atest", script=f"atest {B}/rec/noise.wav 1>&2",
         code="ERR_1007", why="the file is not a RIFF/WAVE recording: corrupt input"),
    dict(id="neg-atest-truncated", tool="atest", script=f"atest {B}/rec/truncated.wav 1>&2",
         code="ERR_1007", why="the wav header is cut short: corrupt input"),
    dict(id="decode-aprs-missing", tool="decode_aprs",
         script="decode_aprs /nonexistent/logs/aprs-frames.txt", code="ERR_1003",
         why="the file of frames to decode does not exist",
         path="/nonexistent/logs/aprs-frames.txt"),
    dict(id="decode-aprs-unreadable", tool="decode_aprs", script=f"decode_aprs {L}/secret.txt",
         code="ERR_1002", user="nobody",
         why="the file lies in a root-only directory and the job runs as nobody",
         path=f"{L}/secret.txt"),
    dict(id="gen-packets-out-missing-dir", tool="gen_packets",
         script="gen_packets -n 3 -o /nonexistent/test-audio/aprs.wav 1>&2", code="ERR_1003",
         why="the directory for the generated wav file does not exist",
         path="/nonexistent/test-audio/aprs.wav"),
    dict(id="gen-packets-out-denied", tool="gen_packets",
         script=f"gen_packets -n 3 -o {RD}/aprs.wav 1>&2", code="ERR_1002", user="nobody",
         why="nobody may not create files in the root-owned directory", path=f"{RD}/aprs.wav"),
    dict(id="gen-packets-rofs", tool="gen_packets", script="gen_packets -n 3 -o $M/aprs.wav 1>&2",
         code="ERR_1012", mount="ro", why="the output goes to a read-only file system",
         path="$M/aprs.wav"),
    dict(id="gen-packets-inodes", tool="gen_packets",
         script="touch $M/.keep1 $M/.keep2 2>/dev/null; gen_packets -n 3 -o $M/aprs.wav 1>&2",
         code="ERR_1012", mount="inodes", why="no inodes are left to create the wav file",
         path="$M/aprs.wav"),
    dict(id="neg-gen-packets-bad-speed", tool="gen_packets",
         script="gen_packets -B 123456 -o out.wav 1>&2", code="ERR_1007",
         why="a data rate gen_packets does not support: a usage error"),
    dict(id="neg-tt2text-no-args", tool="tt2text", script="tt2text 1>&2", code="ERR_1007",
         why="no button sequence given: a usage error"),
    dict(id="neg-text2tt-no-args", tool="text2tt", script="text2tt 1>&2", code="ERR_1007",
         why="no text given: a usage error"),
    dict(id="log2gpx-missing", tool="log2gpx", script="log2gpx /nonexistent/direwolf/2026-12-07.log",
         code="ERR_1003", why="the direwolf log to convert does not exist",
         path="/nonexistent/direwolf/2026-12-07.log"),
    dict(id="log2gpx-unreadable", tool="log2gpx", script=f"log2gpx {L}/secret.txt",
         code="ERR_1002", user="nobody",
         why="the log lies in a root-only directory and the job runs as nobody",
         path=f"{L}/secret.txt"),
    # --- dump1090 ----------------------------------------------------------------------------------
    dict(id="dump1090-ifile-missing", tool="dump1090-mutability",
         script="dump1090-mutability --ifile /nonexistent/adsb/capture.bin --quiet",
         code="ERR_1003", why="the sample file to replay does not exist"),
    dict(id="neg-dump1090-no-dongle", tool="dump1090-mutability",
         script="dump1090-mutability --device-index 0 --quiet", code="ERR_1007",
         why="no dongle to receive from: a hardware precondition of the tool"),
    dict(id="neg-dump1090-bad-option", tool="dump1090-mutability",
         script="dump1090-mutability --lat 52.1 --lon 4.3 --no-such-flag", code="ERR_1007",
         why="an option dump1090 does not know: a usage error"),
    dict(id="dump1090-not-installed", tool="dump1090",
         script="dump1090 --net --interactive", code="ERR_1001",
         why="the job runs dump1090, which is not installed here (only the mutability build is)",
         command="dump1090"),
    dict(id="neg-view1090-refused", tool="view1090-mutability",
         script="view1090-mutability --net-bo-port 30979", code="ERR_1007",
         why="no dump1090 server listens on the port: connection refused"),
    # --- rtl_433 -------------------------------------------------------------------------------------
    dict(id="rtl433-write-missing-dir", tool="rtl_433",
         script=f"rtl_433 -r {B}/rec/samples.cu8 -w /nonexistent/captures/out.cu8",
         code="ERR_1003", why="the directory for the sample dump does not exist",
         path="/nonexistent/captures/out.cu8"),
    dict(id="rtl433-write-denied", tool="rtl_433",
         script=f"rtl_433 -r {B}/rec/samples.cu8 -w {RD}/out.cu8", code="ERR_1002",
         user="nobody", why="nobody may not create the dump in the root-owned directory",
         path=f"{RD}/out.cu8", miss="'Failed to open /x' says neither way; the file is missing and its directory not writable, and a missing file is the check's first reading"),
    dict(id="rtl433-write-rofs", tool="rtl_433",
         script=f"rtl_433 -r {B}/rec/samples.cu8 -w $M/out.cu8", code="ERR_1012", mount="ro",
         why="the dump goes to a read-only file system", path="$M/out.cu8"),
    dict(id="neg-rtl433-unknown-protocol", tool="rtl_433", script="rtl_433 -R 9999",
         code="ERR_1007", why="a protocol number rtl_433 does not have: a usage error"),
    dict(id="neg-rtl433-bad-conf", tool="rtl_433",
         script=f"rtl_433 -c {B}/conf/rtl_433.conf -r {B}/rec/samples.cu8", code="ERR_1007",
         why="the config file has an unknown keyword: the job's own bad configuration"),
    dict(id="neg-rtl433-no-dongle", tool="rtl_433", script="rtl_433 -f 433.92M -T 10",
         code="ERR_1007", why="no dongle to receive from: the tool's own device failure"),
    # --- RTKLIB ---------------------------------------------------------------------------------------
    dict(id="convbin-input-missing", tool="convbin",
         script="convbin -r ubx -d out /nonexistent/gnss/rover.ubx", code="ERR_1003",
         why="the raw receiver log to convert does not exist",
         path="/nonexistent/gnss/rover.ubx"),
    dict(id="neg-convbin-unknown-format", tool="convbin", script=f"convbin {B}/rec/samples.cu8",
         code="ERR_1007", why="convbin cannot recognise the format of the input: bad input"),
    # --- gpsd clients ----------------------------------------------------------------------------------
    dict(id="neg-gpspipe-no-gpsd", tool="gpspipe", script="gpspipe -w -n 10", code="ERR_1007",
         why="gpsd is not running; the client cannot connect"),
    dict(id="neg-cgps-no-gpsd", tool="cgps", script="cgps -s", code="ERR_1007",
         why="gpsd is not running; a service that does not answer"),
    dict(id="neg-gpxlogger-no-gpsd", tool="gpxlogger", script="gpxlogger -f track.gpx",
         code="ERR_1007", why="gpsd is not running; a service that does not answer"),
    # --- hackrf, airspy, SoapySDR ------------------------------------------------------------------------
    dict(id="neg-hackrf-info-no-board", tool="hackrf_info", script="hackrf_info 1>&2",
         code="ERR_1007", why="no HackRF board attached: the tool's own hardware failure"),
    dict(id="neg-hackrf-transfer-no-board", tool="hackrf_transfer",
         script="hackrf_transfer -r capture.iq -f 433920000 -n 2000000", code="ERR_1007",
         why="no HackRF board attached: the tool's own hardware failure"),
    dict(id="neg-airspy-rx-no-device", tool="airspy_rx", script="airspy_rx -r out.bin -n 1000",
         code="ERR_1007", why="no Airspy attached: the tool's own hardware failure"),
    dict(id="neg-soapy-probe-no-match", tool="SoapySDRUtil",
         script="SoapySDRUtil --probe=driver=rtlsdr", code="ERR_1007",
         why="no device matches the SoapySDR arguments: the tool's own failure"),
    # --- minimodem, codec2 --------------------------------------------------------------------------------
    dict(id="minimodem-rx-missing", tool="minimodem",
         script="minimodem --rx -f /nonexistent/rtty/capture.wav rtty", code="ERR_1003",
         why="the recording to decode does not exist", path="/nonexistent/rtty/capture.wav"),
    dict(id="neg-minimodem-bad-mode", tool="minimodem",
         script=f"minimodem --rx -f {B}/rec/beacon.wav warp9", code="ERR_1007",
         why="an unknown baud mode: a usage error"),
    dict(id="c2enc-input-missing", tool="c2enc",
         script="c2enc 3200 /nonexistent/voice/in.raw out.bit", code="ERR_1003",
         why="the speech file to encode does not exist", path="/nonexistent/voice/in.raw"),
    dict(id="c2enc-input-missing-fr", tool="c2enc",
         script="c2enc 1600 voice/in.raw out.bit", code="ERR_1003", lang="fr_FR.UTF-8",
         why="the speech file to encode does not exist", path="voice/in.raw"),
    dict(id="c2enc-out-denied", tool="c2enc",
         script=f"c2enc 3200 {B}/rec/speech.raw {RD}/out.bit", code="ERR_1002", user="nobody",
         why="nobody may not create the output in the root-owned directory",
         path=f"{RD}/out.bit"),
    dict(id="c2enc-out-rofs", tool="c2enc", script=f"c2enc 3200 {B}/rec/speech.raw $M/out.bit",
         code="ERR_1012", mount="ro", why="the output goes to a read-only file system",
         path="$M/out.bit"),
    dict(id="neg-c2enc-bad-mode", tool="c2enc",
         script=f"c2enc 9600 {B}/rec/speech.raw out.bit", code="ERR_1007",
         why="a codec2 mode that does not exist: a usage error"),
    dict(id="c2dec-out-denied", tool="c2dec",
         script=f"c2dec 3200 {B}/rec/voice.bit {RD}/out.raw", code="ERR_1002", user="nobody",
         why="nobody may not create the decoded file in the root-owned directory",
         path=f"{RD}/out.raw"),
    dict(id="c2dec-input-missing", tool="c2dec",
         script="c2dec 3200 /nonexistent/voice/in.bit out.raw", code="ERR_1003",
         why="the bit file to decode does not exist", path="/nonexistent/voice/in.bit"),
    # --- aprx, hamlib, AX.25 ----------------------------------------------------------------------------
    dict(id="aprx-conf-missing", tool="aprx", script="aprx -d -f /nonexistent/aprx/aprx.conf 1>&2",
         code="ERR_1003", why="the named config file does not exist",
         path="/nonexistent/aprx/aprx.conf"),
    dict(id="neg-aprx-bad-conf", tool="aprx", script=f"aprx -d -f {B}/conf/aprx.conf 1>&2",
         code="ERR_1007", why="the config file has unknown keywords: the job's own bad config"),
    dict(id="neg-rigctl-unknown-model", tool="rigctl", script="rigctl -m 99999 f",
         code="ERR_1007", why="a rig model number hamlib does not know: a usage error"),
    dict(id="rigctl-port-missing", tool="rigctl", script="rigctl -m 1035 -r /dev/ttyHODEI79 f",
         code="ERR_1003", why="the serial port of the rig does not exist",
         path="/dev/ttyHODEI79"),
    dict(id="neg-rotctl-unknown-model", tool="rotctl", script="rotctl -m 99999 p",
         code="ERR_1007", why="a rotator model number hamlib does not know: a usage error"),
    dict(id="neg-kissattach-no-port", tool="kissattach", script="kissattach /dev/ttyUSB0 radio",
         code="ERR_1007", why="the port name is not defined in axports: an unknown name in the "
                              "tool's own world"),
    dict(id="neg-ax25d-no-ports", tool="ax25d", script="ax25d -l", code="ERR_1007",
         why="no AX.25 port is configured on this host: the tool's own failure"),
    # --- GNU Radio -------------------------------------------------------------------------------------
    dict(id="grcc-flowgraph-missing", tool="grcc", script="grcc -o out /nonexistent/fm_rx.grc 1>&2",
         code="ERR_1003", why="the flowgraph to compile does not exist",
         path="/nonexistent/fm_rx.grc"),
    dict(id="neg-grcc-broken-flowgraph", tool="grcc", script=f"grcc -o out {B}/conf/broken.grc 1>&2",
         code="ERR_1007", why="the flowgraph file is incomplete: the job's own bad input"),
    dict(id="grcc-out-inodes", tool="grcc", script=f"touch $M/.keep1 $M/.keep2 2>/dev/null; grcc -o $M/gen {B}/conf/broken.grc 1>&2",
         code="ERR_1012", mount="inodes", why="no inodes are left to create the output directory",
         path="$M/gen"),
    dict(id="grcc-out-full", tool="grcc",
         script=f"grcc -o $M/gen {B}/conf/null_flow.grc 1>&2", code="ERR_1012", mount="full",
         why="the disk is full while the generated flowgraph is written"),
    dict(id="grcc-out-rofs", tool="grcc", script=f"grcc -o $M/gen {B}/conf/broken.grc 1>&2",
         code="ERR_1012", mount="ro", why="the output directory would go on a read-only file "
                                          "system", path="$M/gen"),
    dict(id="gr-read-metadata-missing", tool="gr_read_file_metadata",
         script="gr_read_file_metadata /nonexistent/capture.hdr", code="ERR_1003",
         why="the metadata header file does not exist", path="/nonexistent/capture.hdr"),
    dict(id="neg-gr-modtool-no-module", tool="gr_modtool", script="gr_modtool info",
         code="ERR_1007", why="the directory holds no out-of-tree module: the tool's own "
                              "failure on the job's project"),
    dict(id="kal-not-installed-es", tool="kal", script="kal -s GSM900 -g 40",
         code="ERR_1001", lang="es_ES.UTF-8",
         why="kal (kalibrate-rtl) is not installed on this host", command="kal"),
    dict(id="uhd-find-devices-missing", tool="uhd_find_devices", script="uhd_find_devices",
         code="ERR_1001", why="uhd_find_devices (UHD host tools) is not installed",
         command="uhd_find_devices"),
    dict(id="csdr-not-installed", tool="csdr",
         script=f"csdr convert_u8_f < {B}/rec/samples.cu8 > samples.f32", code="ERR_1001",
         why="csdr is not installed on this host", command="csdr"),
]
