"""Sealed batch 63: packet capture files, replay and network probing as network-test jobs
run them (Wireshark's command-line capture tools, tcpreplay and its helpers, ngrep, hping3,
arp-scan, masscan, p0f, tcpflow, tcptrace, pcapfix, argus clients, netsniff-ng, iftop,
sockperf, httping, tcptraceroute, ssldump, tcpick), on the loopback interface only."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (88.8% of codes, 103/116), then worked on."""
F = f"{R}/batch63"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
/usr/bin/python3 - <<'X'
import struct
def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b)); s = (s >> 16) + (s & 0xffff); s += s >> 16
    return (~s) & 0xffff
LO = b'\x7f\0\0\x01'
def ip(proto, payload, ident):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), ident, 0x4000, 64, proto, 0, LO, LO)
    return h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload
def tcp(sp, dp, seq, ack, flags, data=b''):
    h = struct.pack('!HHIIBBHHH', sp, dp, seq, ack, 5 << 4, flags, 65495, 0, 0)
    c = csum(LO + LO + struct.pack('!BBH', 0, 6, len(h) + len(data)) + h + data)
    return h[:16] + struct.pack('!H', c) + h[18:] + data
def udp(sp, dp, data):
    return struct.pack('!HHHH', sp, dp, 8 + len(data), 0) + data
eth = lambda p: b'\0' * 12 + b'\x08\x00' + p
req = b'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
resp = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'
pk = [tcp(40000, 8080, 1000, 0, 0x02), tcp(8080, 40000, 5000, 1001, 0x12),
      tcp(40000, 8080, 1001, 5001, 0x10), tcp(40000, 8080, 1001, 5001, 0x18, req),
      tcp(8080, 40000, 5001, 1001 + len(req), 0x18, resp),
      tcp(40000, 8080, 1001 + len(req), 5001 + len(resp), 0x11),
      tcp(8080, 40000, 5001 + len(resp), 1002 + len(req), 0x11),
      tcp(40000, 8080, 1002 + len(req), 5002 + len(resp), 0x10)]
frames = [eth(ip(6, p, i + 1)) for i, p in enumerate(pk)]
frames.append(eth(ip(17, udp(5353, 53, b'\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00'
                                      b'\x07example\x03com\x00\x00\x01\x00\x01'), 99)))
hdr = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
body = b''.join(struct.pack('<IIII', 1700000000, i * 1000, len(f), len(f)) + f
                for i, f in enumerate(frames))
open('web.pcap', 'wb').write(hdr + body)
open('cut.pcap', 'wb').write((hdr + body)[:-30])
big = b''.join(struct.pack('<IIII', 1700000000 + n, i * 1000, len(f), len(f)) + f
               for n in range(300) for i, f in enumerate(frames))
open('big.pcap', 'wb').write(hdr + big)
# a capture whose packet timestamps go backwards (merged from two probes)
rev = b''.join(struct.pack('<IIII', 1700000100 - i, 0, len(f), len(f)) + f
               for i, f in enumerate(frames))
open('unordered.pcap', 'wb').write(hdr + rev)
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('tcpreplay-edit', 'wb').write(d)
X
chmod 755 tcpreplay-edit
printf 'this file is not a packet capture\n' > notcap.pcap
cp notcap.pcap notcap.argus
cp web.pcap secret.pcap; chmod 600 secret.pcap
cat > http.hex <<'X'
0000  47 45 54 20 2f 68 65 61 6c 74 68 20 48 54 54 50
0010  2f 31 2e 31 0d 0a 0d 0a
X
cat > bad.trafgen <<'X'
/* SYN towards the test service */
{ fill(0xff, 6), 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  const16(0x0800), 0x45, 0x00
X
cat > p0f-bad.fp <<'X'
[tcp:request]
label = s:unix:Linux:3.11 and newer
sig   = *:64:0:*:mss*20,10:mss,sok,ts,nop,ws:df,id+:0,bogus
X
printf 'rate = 100\nports = 80,443\nrange = 127.0.0.1\nadapter = hodei0\n' > scan.conf
printf 'ldh [12]\njneq #0x800, drop\nret #-1\ndrop: ret #0\n' > ipv4.bpf
printf 'ldh [12]\njneq #0x800 drop\nret #-1\n' > broken.bpf
printf '# targets for the latency run\n127.0.0.1:11111\nreplica-2 port 11111\n' > targets.txt
mkdir -p cache
chmod -R a+rX .
chmod 600 secret.pcap
"""

NOBODY = "nobody"

CASES = [
    # --- capinfos ------------------------------------------------------------------------
    dict(id="capinfos-missing-capture", tool="capinfos",
         script="capinfos -c /nonexistent/captures/smoke-run.pcap",
         code="ERR_1003", path="/nonexistent/captures/smoke-run.pcap",
         why="The capture file the job summarises does not exist."),
    dict(id="neg-capinfos-not-a-capture", tool="capinfos",
         script=f"capinfos -c {F}/notcap.pcap",
         code="ERR_1007",
         why="The file exists but holds text, not a capture: bad input data."),
    dict(id="neg-capinfos-cut-short", tool="capinfos",
         script=f"capinfos -c {F}/cut.pcap",
         code="ERR_1007",
         why="The capture was cut short in the middle of a packet: damaged input data."),
    dict(id="capinfos-unreadable", tool="capinfos", user=NOBODY,
         script=f"capinfos -c {F}/secret.pcap",
         code="ERR_1002", path=f"{F}/secret.pcap",
         why="The capture is root's, mode 600, and the job's user may not read it."),
    # --- editcap -------------------------------------------------------------------------
    dict(id="editcap-missing-input", tool="editcap",
         script="editcap -c 1000 /nonexistent/captures/soak.pcap soak-part.pcap",
         code="ERR_1003", path="/nonexistent/captures/soak.pcap",
         why="The capture to split does not exist."),
    dict(id="editcap-outdir-missing", tool="editcap",
         script=f"editcap -F pcap {F}/web.pcap /nonexistent/artifacts/web-trim.pcap",
         code="ERR_1003", path="/nonexistent/artifacts/web-trim.pcap",
         why="The directory of the output capture does not exist."),
    dict(id="editcap-disk-full", tool="editcap", mount="full",
         script=f"editcap -F pcap {F}/big.pcap $M/big-copy.pcap",
         code="ERR_1012", path="$M/big-copy.pcap",
         why="Writing the output capture fails because the file system is full."),
    dict(id="editcap-rofs", tool="editcap", mount="ro",
         script=f"editcap -d {F}/web.pcap $M/web-dedup.pcap",
         code="ERR_1012", path="$M/web-dedup.pcap",
         why="The output capture cannot be created on a read-only file system."),
    dict(id="editcap-denied", tool="editcap", user=NOBODY,
         script=f"editcap -F pcap {F}/web.pcap {RD}/web-trim.pcap",
         code="ERR_1002", path=f"{RD}/web-trim.pcap",
         why="The job's user may not create files in the root-owned directory."),
    dict(id="neg-editcap-bad-filetype", tool="editcap",
         script=f"editcap -F pcapx {F}/web.pcap web-out.pcap",
         code="ERR_1007",
         why="A usage error: pcapx is not a capture file type editcap knows."),
    dict(id="neg-editcap-bad-range", tool="editcap",
         script=f"editcap -r {F}/web.pcap first.pcap 1-ten",
         code="ERR_1007",
         why="A usage error: the packet range is not a number."),
    # --- mergecap ------------------------------------------------------------------------
    dict(id="mergecap-missing-input", tool="mergecap",
         script=f"mergecap -w merged.pcap {F}/web.pcap /nonexistent/captures/probe-b.pcap",
         code="ERR_1003", path="/nonexistent/captures/probe-b.pcap",
         why="One of the captures to merge does not exist."),
    dict(id="neg-mergecap-not-a-capture", tool="mergecap",
         script=f"mergecap -w merged.pcap {F}/web.pcap {F}/notcap.pcap",
         code="ERR_1007",
         why="One input is text, not a capture: bad input data."),
    dict(id="mergecap-disk-full", tool="mergecap", mount="full",
         script=f"mergecap -F pcap -w $M/merged.pcap {F}/big.pcap {F}/web.pcap",
         code="ERR_1012", path="$M/merged.pcap",
         why="The merged capture cannot be written completely: no space left on the file system."),
    dict(id="mergecap-unreadable-input", tool="mergecap", user=NOBODY,
         script=f"mergecap -w /tmp/merged-$$.pcap {F}/web.pcap {F}/secret.pcap; rc=$?; rm -f /tmp/merged-$$.pcap; exit $rc",
         code="ERR_1002", path=f"{F}/secret.pcap",
         why="The job's user may not read one of the captures to merge."),
    # --- reordercap ----------------------------------------------------------------------
    dict(id="reordercap-missing-input", tool="reordercap",
         script="reordercap /nonexistent/captures/multi-queue.pcap sorted.pcap",
         code="ERR_1003", path="/nonexistent/captures/multi-queue.pcap",
         why="The capture to reorder does not exist."),
    dict(id="reordercap-disk-full", tool="reordercap", mount="full",
         script=f"reordercap {F}/big.pcap $M/sorted.pcap",
         code="ERR_1012", path="$M/sorted.pcap",
         why="The reordered capture cannot be written: no space left on the file system."),
    dict(id="neg-reordercap-not-a-capture", tool="reordercap",
         script=f"reordercap {F}/notcap.pcap sorted.pcap",
         code="ERR_1007",
         why="The input is not a capture file: bad input data."),
    # --- text2pcap -----------------------------------------------------------------------
    dict(id="text2pcap-missing-dump", tool="text2pcap",
         script="text2pcap -T 40000,80 /nonexistent/dumps/request.hex request.pcap",
         code="ERR_1003", path="/nonexistent/dumps/request.hex",
         why="The hex dump to convert does not exist."),
    dict(id="text2pcap-rofs", tool="text2pcap", mount="ro",
         script=f"text2pcap -T 40000,80 {F}/http.hex $M/request.pcap",
         code="ERR_1012", path="$M/request.pcap",
         why="The output capture cannot be created on a read-only file system."),
    dict(id="neg-text2pcap-bad-port", tool="text2pcap",
         script=f"text2pcap -T 40000,http {F}/http.hex request.pcap",
         code="ERR_1007",
         why="A usage error: the TCP port given is not a number."),
    # --- dumpcap -------------------------------------------------------------------------
    dict(id="neg-dumpcap-unknown-interface", tool="dumpcap",
         script="dumpcap -i veth-hodei0 -c 10 -a duration:2 -w cap.pcapng",
         code="ERR_1007",
         why="The interface named does not exist on this host: an unknown name, the job's own "
             "mistake, though the tool says no such device."),
    dict(id="dumpcap-outdir-missing", tool="dumpcap",
         script="dumpcap -i lo -c 1 -a duration:1 -w /nonexistent/captures/lo.pcapng",
         code="ERR_1003", path="/nonexistent/captures/lo.pcapng",
         why="The directory of the capture file does not exist."),
    dict(id="dumpcap-rofs", tool="dumpcap", mount="ro",
         script="dumpcap -i lo -c 1 -a duration:1 -w $M/lo.pcapng",
         code="ERR_1012", path="$M/lo.pcapng",
         why="The capture file cannot be opened for writing on a read-only file system."),
    dict(id="dumpcap-no-capture-permission", miss="the refusal is followed by advice over several lines ending 'and then restarting Wireshark.'", tool="dumpcap", user=NOBODY,
         script="dumpcap -i lo -c 1 -a duration:1 -w /tmp/lo-$$.pcapng",
         code="ERR_1002",
         why="The job's user lacks the privilege to open a packet socket (EPERM)."),
    # --- rawshark / randpkt --------------------------------------------------------------
    dict(id="rawshark-missing-pipe", tool="rawshark",
         script="rawshark -r /nonexistent/run/capture.fifo -d encap:1 -F ip.src 1>&2",
         code="ERR_1003", path="/nonexistent/run/capture.fifo",
         why="The pipe rawshark reads packets from does not exist."),
    dict(id="neg-randpkt-unknown-type", tool="randpkt",
         script="randpkt -c 50 -t http2 fuzz.pcap",
         code="ERR_1007",
         why="A usage error: http2 is not a packet type randpkt can generate."),
    # --- tcpreplay -----------------------------------------------------------------------
    dict(id="tcpreplay-missing-capture", tool="tcpreplay",
         script="tcpreplay -i lo --mbps=10 /nonexistent/replay/checkout-flow.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/replay/checkout-flow.pcap",
         why="The capture to replay does not exist."),
    dict(id="neg-tcpreplay-unknown-interface", tool="tcpreplay",
         script=f"tcpreplay -i veth-hodei0 {F}/web.pcap 1>&2",
         code="ERR_1007",
         why="The interface named is not one of this host's: the job's own mistake."),
    dict(id="neg-tcpreplay-not-a-capture", tool="tcpreplay",
         script=f"tcpreplay -i lo {F}/notcap.pcap 1>&2",
         code="ERR_1007",
         why="The file to replay is not a capture: bad input data."),
    dict(id="tcpreplay-not-root", tool="tcpreplay", user=NOBODY,
         script=f"tcpreplay -i lo {F}/web.pcap 1>&2",
         code="ERR_1002",
         why="The job's user may not open a packet socket to inject on lo (EPERM)."),
    dict(id="tcpreplay-edit-wrong-arch", tool="tcpreplay-edit",
         script=f"{F}/tcpreplay-edit -i lo {F}/web.pcap",
         code="ERR_1004",
         why="The vendored replay binary was built for another architecture: exec format error."),
    dict(id="neg-tcpreplay-bad-loop-count", tool="tcpreplay",
         script=f"tcpreplay -i lo --loop=forever {F}/web.pcap",
         code="ERR_1007",
         why="A usage error: the loop count is not a number."),
    dict(id="tcpreplay-cachefile-missing", tool="tcpreplay",
         script=f"tcpreplay -i lo -I lo --cachefile=/nonexistent/replay/web.cache {F}/web.pcap",
         code="ERR_1003", path="/nonexistent/replay/web.cache",
         why="The tcpprep cache file that splits client and server traffic does not exist."),
    # --- tcprewrite ----------------------------------------------------------------------
    dict(id="tcprewrite-missing-input", tool="tcprewrite",
         script="tcprewrite --infile=/nonexistent/replay/prod.pcap --outfile=staging.pcap "
                "--dstipmap=10.0.0.0/8:127.0.0.0/8",
         code="ERR_1003", path="/nonexistent/replay/prod.pcap",
         why="The capture to rewrite does not exist."),
    dict(id="tcprewrite-outdir-missing", tool="tcprewrite",
         script=f"tcprewrite --infile={F}/web.pcap --outfile=/nonexistent/replay/out/web.pcap "
                "--fixcsum",
         code="ERR_1003", path="/nonexistent/replay/out/web.pcap",
         why="The directory of the rewritten capture does not exist."),
    dict(id="tcprewrite-rofs", tool="tcprewrite", mount="ro",
         script=f"tcprewrite --infile={F}/web.pcap --outfile=$M/web-fixed.pcap --fixcsum",
         code="ERR_1012", path="$M/web-fixed.pcap",
         why="The output capture cannot be opened on a read-only file system."),
    dict(id="neg-tcprewrite-bad-cidr", tool="tcprewrite",
         script=f"tcprewrite --infile={F}/web.pcap --outfile=out.pcap "
                "--dstipmap=10.0.0.0/33:127.0.0.0/8",
         code="ERR_1007",
         why="The address map holds an invalid CIDR: a mistake in the job's arguments."),
    dict(id="tcprewrite-denied", tool="tcprewrite", user=NOBODY,
         script=f"tcprewrite --infile={F}/web.pcap --outfile={RD}/web-fixed.pcap --fixcsum",
         code="ERR_1002", path=f"{RD}/web-fixed.pcap",
         why="The job's user may not create the output in the root-owned directory."),
    # --- tcpprep -------------------------------------------------------------------------
    dict(id="tcpprep-missing-input", tool="tcpprep",
         script="tcpprep --auto=bridge --pcap=/nonexistent/replay/prod.pcap --cachefile=prod.cache",
         code="ERR_1003", path="/nonexistent/replay/prod.pcap",
         why="The capture to classify does not exist."),
    dict(id="tcpprep-cachedir-missing", tool="tcpprep",
         script=f"tcpprep --auto=bridge --pcap={F}/web.pcap --cachefile=/nonexistent/cache/web.cache",
         code="ERR_1003", path="/nonexistent/cache/web.cache",
         why="The directory of the cache file does not exist."),
    dict(id="tcpprep-rofs", tool="tcpprep", mount="ro",
         script=f"tcpprep --auto=client --pcap={F}/web.pcap --cachefile=$M/web.cache",
         code="ERR_1012", path="$M/web.cache",
         why="The cache file cannot be opened on a read-only file system."),
    dict(id="neg-tcpprep-bad-cidr", tool="tcpprep",
         script=f"tcpprep --cidr=127.0.0.0/40 --pcap={F}/web.pcap --cachefile=web.cache",
         code="ERR_1007",
         why="The client network given is not a valid CIDR: a mistake in the job's arguments."),
    # --- tcpbridge -----------------------------------------------------------------------
    dict(id="neg-tcpbridge-unknown-interface", tool="tcpbridge",
         script="tcpbridge -i veth-hodei0 -I lo",
         code="ERR_1007",
         why="The first interface is not one of this host's: an unknown name."),
    # --- ngrep ---------------------------------------------------------------------------
    dict(id="ngrep-missing-capture", tool="ngrep",
         script="ngrep -q -I /nonexistent/captures/api.pcap 'POST /v1' 1>&2",
         code="ERR_1003", path="/nonexistent/captures/api.pcap",
         why="The capture to search does not exist."),
    dict(id="neg-ngrep-not-a-capture", miss="'unknown file format: No such file or directory' carries ENOENT, which decides", tool="ngrep",
         script=f"ngrep -q -I {F}/notcap.pcap 'POST /v1' 1>&2",
         code="ERR_1007",
         why="The file is not a capture; ngrep's message even appends an unrelated "
             "'No such file or directory'."),
    dict(id="neg-ngrep-bad-regex", tool="ngrep",
         script=f"ngrep -q -I {F}/web.pcap 'GET (/health' 1>&2",
         code="ERR_1007",
         why="The match expression is not a valid regular expression: the job's own mistake."),
    dict(id="neg-ngrep-bad-bpf", tool="ngrep",
         script=f"ngrep -q -I {F}/web.pcap GET 'tcp port' 1>&2",
         code="ERR_1007",
         why="The BPF filter has a syntax error."),
    dict(id="ngrep-dump-dir-missing", miss="the error is followed by the filter and match lines ngrep prints as it goes on", tool="ngrep",
         script=f"ngrep -q -I {F}/web.pcap -O /nonexistent/matches/health.pcap GET 1>&2",
         code="ERR_1003", path="/nonexistent/matches/health.pcap",
         why="The directory of the dump file for matching packets does not exist."),
    dict(id="ngrep-live-not-root", tool="ngrep", user=NOBODY,
         script="ngrep -d lo -q -W byline 'GET /health' 1>&2",
         code="ERR_1002",
         why="The job's user may not capture on lo (EPERM on the packet socket)."),
    dict(id="ngrep-filter-file-missing", tool="ngrep",
         script=f"ngrep -q -I {F}/web.pcap -F /nonexistent/filters/api.bpf 'POST /v1' 1>&2",
         code="ERR_1003", path="/nonexistent/filters/api.bpf",
         why="The file the BPF filter is read from does not exist."),
    # --- hping3 --------------------------------------------------------------------------
    dict(id="neg-hping3-unresolvable", tool="hping3",
         script="hping3 -c 3 -S -p 443 api.hodei-staging.invalid",
         code="ERR_1007",
         why="The target name does not resolve: a DNS failure."),
    dict(id="hping3-not-root", tool="hping3", user=NOBODY,
         script="hping3 -c 1 -S -p 9 127.0.0.1",
         code="ERR_1002",
         why="The job's user may not open a raw socket (EPERM)."),
    # --- arp-scan ------------------------------------------------------------------------
    dict(id="neg-arp-scan-loopback-no-mac", tool="arp-scan",
         script="arp-scan -I lo 127.0.0.1",
         code="ERR_1007",
         why="ARP scanning makes no sense on the loopback interface, which has no MAC address: "
             "the job's own mistake."),
    dict(id="arp-scan-not-root", tool="arp-scan", user=NOBODY,
         script="arp-scan -I lo 127.0.0.1",
         code="ERR_1002",
         why="The job's user may not capture on the interface (EPERM)."),
    dict(id="neg-arp-scan-unknown-interface", tool="arp-scan",
         script="arp-scan -I veth-hodei0 --localnet",
         code="ERR_1007",
         why="The interface named does not exist on this host: an unknown name."),
    # --- masscan -------------------------------------------------------------------------
    dict(id="masscan-config-missing", tool="masscan",
         script="masscan -c /nonexistent/scans/loopback.conf 1>&2",
         code="ERR_1003", path="/nonexistent/scans/loopback.conf",
         why="The scan configuration file does not exist, so no targets are set."),
    dict(id="masscan-not-root", tool="masscan", user=NOBODY,
         script="masscan -p80 127.0.0.1 --wait 0 1>&2",
         code="ERR_1002",
         why="The job's user lacks the privilege to open the raw capture (permission denied)."),
    dict(id="neg-masscan-bad-ports", tool="masscan",
         script="masscan -p 8080,99999 127.0.0.1 --wait 0 1>&2",
         code="ERR_1007",
         why="The port list holds a number beyond 65535: a usage error."),
    dict(id="masscan-excludefile-missing", tool="masscan",
         script="masscan -p80 127.0.0.1 --excludefile /nonexistent/scans/exclude.txt --wait 0 1>&2",
         code="ERR_1003", path="/nonexistent/scans/exclude.txt",
         why="The exclude list the scan is told to load does not exist."),
    dict(id="zmap-not-installed", tool="zmap",
         script="zmap -p 8080 -r 100 -o open-ports.csv 127.0.0.1/32",
         code="ERR_1001", command="zmap",
         why="The scanner the job runs is not installed on the runner."),
    # --- p0f -----------------------------------------------------------------------------
    dict(id="p0f-missing-capture", tool="p0f",
         script="p0f -r /nonexistent/captures/handshakes.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/captures/handshakes.pcap",
         why="The capture to fingerprint does not exist."),
    dict(id="p0f-missing-fingerprints", tool="p0f",
         script=f"p0f -f /nonexistent/etc/p0f.fp -r {F}/web.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/etc/p0f.fp",
         why="The fingerprint database p0f is told to load does not exist."),
    dict(id="neg-p0f-not-a-capture", tool="p0f",
         script=f"p0f -r {F}/notcap.pcap 1>&2",
         code="ERR_1007",
         why="The file is not a capture: bad input data."),
    dict(id="neg-p0f-bad-fingerprint", tool="p0f",
         script=f"p0f -f {F}/p0f-bad.fp -r {F}/web.pcap 1>&2",
         code="ERR_1007",
         why="The custom fingerprint file has a malformed signature: a syntax error in the "
             "job's own data."),
    dict(id="p0f-live-not-root", tool="p0f", user=NOBODY,
         script="p0f -i lo 'tcp port 8080' 1>&2",
         code="ERR_1002",
         why="The job's user may not capture on lo (EPERM)."),
    # --- tcpflow -------------------------------------------------------------------------
    dict(id="tcpflow-missing-capture", tool="tcpflow",
         script="tcpflow -r /nonexistent/captures/session.pcap -o flows",
         code="ERR_1003", path="/nonexistent/captures/session.pcap",
         why="The capture to reassemble does not exist."),
    dict(id="tcpflow-outdir-parent-missing", tool="tcpflow",
         script=f"tcpflow -r {F}/web.pcap -o /nonexistent/flows/web",
         code="ERR_1003", path="/nonexistent/flows/web",
         why="The output directory cannot be created because its parent does not exist."),
    dict(id="tcpflow-rofs", tool="tcpflow", mount="ro",
         script=f"tcpflow -r {F}/web.pcap -o $M/flows",
         code="ERR_1012", path="$M/flows",
         why="The output directory cannot be created on a read-only file system."),
    dict(id="neg-tcpflow-not-a-capture", tool="tcpflow",
         script=f"tcpflow -r {F}/notcap.pcap -o flows",
         code="ERR_1007",
         why="The file is not a capture: bad input data."),
    dict(id="neg-es-httping-unresolvable", tool="httping", lang="es_ES.UTF-8",
         script="httping -c 1 -g http://metrics.hodei-staging.invalid/ready 1>&2",
         code="ERR_1007",
         why="The host name does not resolve: a DNS failure (Spanish system message)."),
    dict(id="neg-it-httping-unresolvable", tool="httping", lang="it_IT.UTF-8",
         script="httping -c 1 -g http://metrics.hodei-staging.invalid/ready 1>&2",
         code="ERR_1007",
         why="The host name does not resolve: a DNS failure (Italian system message)."),
    dict(id="neg-pt-httping-connection-refused", tool="httping", lang="pt_BR.UTF-8",
         script="httping -c 2 -g http://127.0.0.1:9/ready 1>&2",
         code="ERR_1007",
         why="Nothing listens on the port (Brazilian Portuguese system message)."),
    dict(id="editcap-no-inodes", tool="editcap", mount="inodes",
         script=f"editcap -F pcap -c 2 {F}/web.pcap $M/web-part.pcap",
         code="ERR_1012",
         why="Splitting the capture into parts fails when the file system has no inodes left "
             "for the next part."),
    dict(id="tcpprep-denied", tool="tcpprep", user=NOBODY,
         script=f"tcpprep --auto=bridge --pcap={F}/web.pcap --cachefile={RD}/web.cache",
         code="ERR_1002", path=f"{RD}/web.cache",
         why="The job's user may not create the cache file in the root-owned directory."),
    dict(id="tcpprep-unreadable-input", tool="tcpprep", user=NOBODY,
         script=f"tcpprep --auto=bridge --pcap={F}/secret.pcap --cachefile=/tmp/web-$$.cache; "
                "rc=$?; rm -f /tmp/web-$$.cache; exit $rc",
         code="ERR_1002", path=f"{F}/secret.pcap",
         why="The job's user may not read the root-only capture."),
    dict(id="p0f-unreadable-capture", tool="p0f", user=NOBODY,
         script=f"p0f -r {F}/secret.pcap 1>&2",
         code="ERR_1002", path=f"{F}/secret.pcap",
         why="The job's user may not read the root-only capture."),
    dict(id="ngrep-unreadable-capture", tool="ngrep", user=NOBODY,
         script=f"ngrep -q -I {F}/secret.pcap GET 1>&2",
         code="ERR_1002", path=f"{F}/secret.pcap",
         why="The job's user may not read the root-only capture."),
    dict(id="dumpcap-disk-full", miss="the full disk is said over three wrapped lines and followed by capture statistics", tool="dumpcap", mount="full",
         script="(sleep 1; for i in $(seq 300); do printf 'GET / HTTP/1.0\\r\\n\\r\\n' >/dev/udp/127.0.0.1/9 2>/dev/null; done) & "
                "dumpcap -i lo -f 'udp port 9' -c 300 -a duration:6 -w $M/lo.pcapng; rc=$?; wait; exit $rc",
         code="ERR_1012", path="$M/lo.pcapng",
         why="The capture file cannot be written: no space left on the file system."),
    dict(id="neg-tcpliveplay-bad-mac", tool="tcpliveplay",
         script=f"tcpliveplay lo {F}/web.pcap 127.0.0.1 00:00:zz:00:00:00 random",
         code="ERR_1007",
         why="The destination MAC address given is malformed: a usage error."),
    dict(id="neg-capinfos-unordered-strict", tool="capinfos",
         script=f"capinfos -o {F}/unordered.pcap 1>&2; capinfos -o -M -T -r {F}/unordered.pcap | grep -q True",
         code="ERR_1007",
         why="The job's check that the capture is in strict time order fails: its own check "
             "on the data."),
    # --- tcptrace ------------------------------------------------------------------------
    dict(id="tcptrace-missing-capture", miss="a banner with a date follows the error ('Ostermann's tcptrace -- version ...')", tool="tcptrace",
         script="tcptrace -l /nonexistent/captures/upload.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/captures/upload.pcap",
         why="The capture to analyse does not exist."),
    dict(id="neg-tcptrace-unknown-format", tool="tcptrace",
         script=f"tcptrace -l {F}/notcap.pcap 1>&2",
         code="ERR_1007",
         why="The file is in no format tcptrace knows: bad input data."),
    # --- pcapfix -------------------------------------------------------------------------
    dict(id="pcapfix-missing-input", miss="details: the path is only on the '[*] Reading from file:' line below the error", tool="pcapfix",
         script="pcapfix -o fixed.pcap /nonexistent/captures/crashed-probe.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/captures/crashed-probe.pcap",
         why="The capture to repair does not exist."),
    dict(id="pcapfix-outdir-missing", tool="pcapfix",
         script=f"pcapfix -o /nonexistent/repaired/cut.pcap {F}/cut.pcap 1>&2",
         code="ERR_1003",
         why="The directory of the repaired output does not exist."),
    dict(id="neg-pcapfix-unrepairable", tool="pcapfix",
         script=f"cp {F}/notcap.pcap probe.pcap; pcapfix -o fixed.pcap probe.pcap 1>&2",
         code="ERR_1007",
         why="The file holds no packets pcapfix can recover: bad input data."),
    # --- argus clients -------------------------------------------------------------------
    dict(id="ra-missing-flows", tool="ra",
         script="ra -r /nonexistent/argus/daily.argus -s saddr daddr bytes",
         code="ERR_1003", path="/nonexistent/argus/daily.argus",
         why="The argus flow file to read does not exist."),
    dict(id="neg-ra-filter-syntax", tool="ra",
         script=f"ra -r {F}/notcap.argus - 'dst prot 8080'",
         code="ERR_1007",
         why="The flow filter has a syntax error."),
    dict(id="racluster-missing-flows", tool="racluster",
         script="racluster -r /nonexistent/argus/hourly.argus -m saddr daddr",
         code="ERR_1003", path="/nonexistent/argus/hourly.argus",
         why="The argus flow file to aggregate does not exist."),
    dict(id="rasort-missing-flows", tool="rasort",
         script="rasort -r /nonexistent/argus/hourly.argus -m bytes",
         code="ERR_1003", path="/nonexistent/argus/hourly.argus",
         why="The argus flow file to sort does not exist."),
    dict(id="neg-ragraph-missing-perl-module", tool="ragraph",
         script=f"ragraph bytes -M 1m -r {F}/notcap.argus -w bytes.png",
         code="ERR_1007",
         why="ragraph's Perl module for RRD graphs (RRDs) is not installed: a missing "
             "library dependency."),
    # --- netsniff-ng / trafgen -----------------------------------------------------------
    dict(id="netsniff-ng-missing-capture", tool="netsniff-ng",
         script="netsniff-ng --in /nonexistent/captures/replay.pcap --out /dev/null",
         code="ERR_1003", path="/nonexistent/captures/replay.pcap",
         why="The capture to read does not exist."),
    dict(id="netsniff-ng-outdir-missing", tool="netsniff-ng",
         script=f"netsniff-ng --in {F}/web.pcap --out /nonexistent/captures/copy.pcap",
         code="ERR_1003", path="/nonexistent/captures/copy.pcap",
         why="The directory of the output capture does not exist."),
    dict(id="netsniff-ng-disk-full", tool="netsniff-ng", mount="full",
         script=f"netsniff-ng --in {F}/big.pcap --out $M/copy.pcap",
         code="ERR_1012",
         why="Writing the output capture fails: no space left on the device."),
    dict(id="netsniff-ng-not-root", tool="netsniff-ng", user=NOBODY,
         script="netsniff-ng --in lo --out /tmp/lo-$$.pcap -n 1",
         code="ERR_1002",
         why="The job's user may not create a packet socket (EPERM)."),
    dict(id="trafgen-config-missing", tool="trafgen",
         script="trafgen --dev lo --conf /nonexistent/trafgen/syn-flood.cfg -n 1",
         code="ERR_1003", path="/nonexistent/trafgen/syn-flood.cfg",
         why="The packet configuration file does not exist."),
    dict(id="neg-trafgen-config-syntax", tool="trafgen",
         script=f"trafgen --dev lo --conf {F}/bad.trafgen -n 1",
         code="ERR_1007",
         why="The packet configuration has a syntax error."),
    dict(id="bpfc-cpp-missing", miss="'Failed to exec: cpp' is followed by a syntax error that the missing preprocessor caused", tool="bpfc",
         script=f"env PATH=/usr/sbin:/sbin bpfc -p -i {F}/ipv4.bpf -f C > ipv4.c",
         code="ERR_1001", command="cpp",
         why="bpfc is asked to run the C preprocessor, which is not on the job's PATH."),
    dict(id="bpfc-missing-filter", tool="bpfc",
         script="bpfc -i filters/ipv4-only.bpf -f C > ipv4.c",
         code="ERR_1003",
         why="The BPF filter source to compile does not exist."),
    dict(id="neg-bpfc-syntax-error", tool="bpfc",
         script=f"bpfc -i {F}/broken.bpf -f C > filter.c",
         code="ERR_1007",
         why="The BPF filter source has a syntax error."),
    # --- iftop ---------------------------------------------------------------------------
    dict(id="iftop-not-root", tool="iftop", user=NOBODY,
         script="iftop -t -s 1 -i lo 1>&2",
         code="ERR_1002",
         why="The job's user may not capture on lo (EPERM)."),
    dict(id="neg-iftop-unknown-interface", tool="iftop",
         script="iftop -t -s 1 -i veth-hodei0 1>&2",
         code="ERR_1007",
         why="The interface named does not exist on this host: an unknown name."),
    # --- sockperf / httping / netperf ----------------------------------------------------
    dict(id="sockperf-feed-missing", tool="sockperf",
         script="sockperf under-load -f /nonexistent/sockperf/targets.txt -t 5 1>&2",
         code="ERR_1003", path="/nonexistent/sockperf/targets.txt",
         why="The feed file listing the targets to load does not exist."),
    dict(id="neg-sockperf-bad-feed", tool="sockperf",
         script=f"sockperf ping-pong -f {F}/targets.txt -t 1 1>&2",
         code="ERR_1007",
         why="A line of the feed file is not in ip:port form: bad input data."),
    dict(id="neg-httping-connection-refused", tool="httping",
         script="httping -c 2 -g http://127.0.0.1:9/health 1>&2",
         code="ERR_1007",
         why="Nothing listens on the port: a service that does not answer, though httping "
             "exits 127."),
    dict(id="neg-httping-status-404", miss="httping exits 127 after 404 answers; its report has fewer own lines than the rule that reads the status as its own needs", tool="httping",
         script="python3 -m http.server 18763 --bind 127.0.0.1 >/dev/null 2>&1 & srv=$!; sleep 1; "
                "httping -c 2 -s -g http://127.0.0.1:18763/healthz 1>&2; rc=$?; kill $srv; exit $rc",
         code="ERR_1007",
         why="The service answers, but with 404 for the health URL, so every ping counts as "
             "failed: the checked service's own failure, though httping exits 127."),
    dict(id="neg-httping-unresolvable", tool="httping",
         script="httping -c 1 -g http://api.hodei-staging.invalid/health 1>&2",
         code="ERR_1007",
         why="The host name does not resolve: a DNS failure."),
    dict(id="neg-de-httping-connection-refused", tool="httping", lang="de_DE.UTF-8",
         script="httping -c 2 -g http://127.0.0.1:9/health 1>&2",
         code="ERR_1007",
         why="Nothing listens on the port (German system message)."),
    dict(id="neg-fr-httping-connection-refused", tool="httping", lang="fr_FR.UTF-8",
         script="httping -c 2 -g http://127.0.0.1:9/ready 1>&2",
         code="ERR_1007",
         why="Nothing listens on the port (French system message)."),
    dict(id="netperf-not-installed", tool="netperf",
         script="netperf -H 127.0.0.1 -l 5 -t TCP_STREAM",
         code="ERR_1001", command="netperf",
         why="The benchmark program is not installed on the runner."),
    # --- tcptraceroute -------------------------------------------------------------------
    dict(id="tcptraceroute-not-root", tool="tcptraceroute", user=NOBODY,
         script="tcptraceroute 127.0.0.1 9",
         code="ERR_1002",
         why="The job's user lacks the privilege for TCP traceroute's raw socket (EPERM)."),
    dict(id="neg-tcptraceroute-unresolvable", tool="tcptraceroute",
         script="tcptraceroute api.hodei-staging.invalid 443",
         code="ERR_1007",
         why="The target name does not resolve: a DNS failure."),
    dict(id="tcptraceroute-process-limit", tool="tcptraceroute", user=NOBODY,
         script="ulimit -u 1; exec tcptraceroute 127.0.0.1 9",
         code="ERR_1004",
         why="Under a process limit the wrapper script cannot fork to parse its options."),
    # --- ssldump / tcpick ----------------------------------------------------------------
    dict(id="ssldump-missing-capture", tool="ssldump",
         script="ssldump -r /nonexistent/captures/tls.pcap 1>&2",
         code="ERR_1003", path="/nonexistent/captures/tls.pcap",
         why="The capture to decode does not exist."),
    dict(id="neg-ssldump-not-a-capture", tool="ssldump",
         script=f"ssldump -r {F}/notcap.pcap 1>&2",
         code="ERR_1007",
         why="The file is not a capture: bad input data."),
    dict(id="tcpick-missing-capture", miss="the error is followed by tcpick's coloured session counts", tool="tcpick",
         script="tcpick -r /nonexistent/captures/session.pcap -C 1>&2",
         code="ERR_1003", path="/nonexistent/captures/session.pcap",
         why="The capture to read does not exist."),
]
