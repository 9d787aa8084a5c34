"""Corpus batch 10: servers' and administrators' configuration checkers and clients: Prometheus
and Alertmanager, BIND, Unbound, dnsmasq, Postfix, Dovecot, Varnish, Squid, OpenVPN, WireGuard,
packet capture readers, systemd, rsyslog, AppArmor, ClamAV, fail2ban, etcd, AMQP, memcached, the
AWS command line and SQLCipher."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (87.5% of codes, 77/88), then worked on."""
B = f"{R}/batch10"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
python3 -c "
import struct
eth = b'\xff'*6 + b'\x02\x00\x00\x00\x00\x01' + b'\x08\x00'
ip = bytes([0x45,0,0,28,0,1,0,0,64,17,0,0,10,0,0,1,10,0,0,2])
udp = struct.pack('>HHHH', 5353, 53, 8, 0)
pkt = eth + ip + udp
hdr = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
rec = struct.pack('<IIII', 1700000000, 0, len(pkt), len(pkt))
open('good.pcap', 'wb').write(hdr + rec + pkt)
open('garbage.pcap', 'wb').write(b'this is a text export, not a capture\n' * 4)
"
printf 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: [\"localhost:9100\"]\n' > prometheus.yml
printf 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: node\n    scrape_timout: 10s\n    static_configs:\n      - targets: [\"localhost:9100\"]\n' > prometheus-typo.yml
printf 'groups:\n  - name: node\n    rules:\n      - alert: DiskFull\n        expr: node_filesystem_avail_bytes{mountpoint=\"/\"} / node_filesystem_size_bytes < 0.1)\n        for: 5m\n' > rules-bad.yml
printf 'groups:\n  - name: node\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n' > rules.yml
printf 'rule_files:\n  - rules.yml\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n      - series: up{job=\"node\"}\n        values: 1 1 1\n    promql_expr_test:\n      - expr: job:up:sum\n        eval_time: 2m\n        exp_samples:\n          - labels: job:up:sum{job=\"node\"}\n            value: 3\n' > rules-test.yml
printf 'route:\n  receiver: ops-pager\nreceivers:\n  - name: default\n' > alertmanager-bad.yml
printf 'route:\n  receiver: default\nreceivers:\n  - name: default\n' > alertmanager.yml
printf 'options {\n  recursion no\n  allow-query { any; };\n};\n' > named-bad.conf
printf 'zone \"example.com\" {\n  type master;\n  file \"/nonexistent/zones/db.example.com\";\n};\n' > named-zone.conf
printf '$TTL 3600\n@ IN SOA ns1.example.com. admin.example.com. 1 3600 600 86400 300\n@ IN NS ns1.example.com.\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.10\n' > db.example.com
printf '$TTL 3600\n@ IN SOA ns1.example.com. admin.example.com. 1 3600 600 86400 300\nwww IN A 192.0.2.10\n' > db.nons
printf '$TTL 3600\n@ IN SOA ns1.example.com. admin.example.com. 1 3600 600 86400 300\n@ IN NS ns1.example.com.\nns1 IN A 192.0.2.1\n$INCLUDE /nonexistent/zones/hosts.db\n' > db.include
printf '$TTL 3600\n@ IN SOA ns1.example.com. admin.example.com. 1 3600 600 86400 300\n@ IN NS ns1.example.com.\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.300\n' > db.badaddr
printf 'server:\n  interface: 127.0.0.1\n  do-ip6 no\n  verbosity: 1\n' > unbound-bad.conf
printf 'server:\n  interface: 127.0.0.1\n  chroot: \"\"\n  username: \"\"\n  directory: \"/tmp\"\n  pidfile: \"\"\n  include: \"/nonexistent/unbound.conf.d/zones.conf\"\n' > unbound-include.conf
printf 'server:\n  chroot: \"\"\n  username: \"\"\n  pidfile: \"\"\n  directory: \"/tmp\"\n  local-zone: \"example.com.\" statik\n' > unbound-zone.conf
printf 'domain-needed\nbogus-priv\ndhcp-range=192.168.1.50,192.168.1.150,12hh\n' > dnsmasq-bad.conf
printf 'domain-needed\nconf-file=/nonexistent/dnsmasq.d/local.conf\n' > dnsmasq-include.conf
printf 'domain-needed\nlisten-adress=127.0.0.1\n' > dnsmasq-typo.conf
printf 'example.com smtp:[relay.example.com]\n' > transport
mkdir -p postfix && cp transport postfix/transport
printf 'protocols = imap\nmail_locaton = maildir:~/Maildir\n' > dovecot-bad.conf
printf 'protocols = imap\n!include /nonexistent/conf.d/10-auth.conf\n' > dovecot-include.conf
printf 'protocols = imap\nservice imap-login {\n  inet_listener imap {\n    port = 143\n  }\n' > dovecot-brace.conf
printf 'vcl 4.1;\nbackend default {\n  .host = \"127.0.0.1\";\n  .port = \"8080\";\n}\nsub vcl_recv {\n  if (req.url ~ \"^/admin\") {\n    return (synth(403));\n  }\n  set req.http.X-Id = req.xid\n}\n' > bad.vcl
printf 'vcl 4.1;\ninclude \"/nonexistent/vcl/backends.vcl\";\nsub vcl_recv {\n  set req.backend_hint = app;\n}\n' > include.vcl
printf 'vcl 4.1;\nbackend default {\n  .host = \"127.0.0.1\";\n  .port = \"8080\";\n}\nsub vcl_recv {\n  set req.backend_hint = api;\n}\n' > undef.vcl
printf 'http_port 3128\nacl localnet src 10.0.0.0/8\nhttp_access allow localnet\nhttp_access deny al\n' > squid-bad.conf
printf 'http_port 3128\nacl blocked dstdomain \"/nonexistent/squid/blocked.txt\"\nhttp_access deny blocked\nhttp_access deny all\n' > squid-acl.conf
printf 'client\ndev tun\nproto udp\nremote vpn.example.com 1194\nresolv-retry infinite\nnobind\ncompress lz5\n' > client-bad.ovpn
printf 'client\ndev tun\nproto udp\nremote vpn.example.com 1194\nca /nonexistent/pki/ca.crt\ncert client.crt\nkey client.key\n' > client-ca.ovpn
printf '[Interface]\nPrivateKey = notakey\nListenPort = 51820\n' > wg-bad.conf
mkdir -p units
printf '[Unit]\nDescription=Report daemon\n\n[Service]\nExecStart=/usr/local/bin/hodei-reportd --foreground\n\n[Install]\nWantedBy=multi-user.target\n' > units/reportd.service
printf 'this is not a journal file\n' > garbage.journal
printf '*.info /var/log/app.log\nif $programname == \"app\" then {\n  action(type=\"omfile\" file=\"/var/log/app-only.log\"\n}\n' > rsyslog-bad.conf
printf 'module(load=\"imhodei\")\n*.info /tmp/app.log\n' > rsyslog-module.conf
printf 'abi <abi/3.0>,\n#include <tunables/global>\nprofile reportd /usr/local/bin/reportd {\n  #include <abstractions/base>\n  /etc/reportd/** r,\n  /var/lib/reportd/** rwk\n}\n' > profile-bad
printf 'abi <abi/3.0>,\n#include <tunables/global>\nprofile reportd /usr/local/bin/reportd {\n  #include <abstractions/hodei-reporting>\n  /etc/reportd/** r,\n}\n' > profile-include
printf 'abi <abi/3.0>,\n#include <tunables/global>\nprofile reportd /usr/local/bin/reportd {\n  #include <abstractions/base>\n  /etc/reportd/** r,\n}\n' > profile-good
printf 'HodeiTest.Marker:0:*:484f4445492d544553542d4d41524b4552\n' > sigs.ndb
printf 'HodeiBroken:0:*:zz-not-hex\n' > bad.ndb
printf 'header\nHODEI-TEST-MARKER\nfooter\n' > upload.txt
mkdir -p f2b/jail.d f2b/filter.d f2b/action.d
printf '[DEFAULT]\nbantime = 1h\n[sshd]\nenabled = true\nfilter = hodei-sshd\nlogpath = /var/log/auth.log\nbackend = polling\n' > f2b/jail.conf
printf '[Definition]\nloglevel = INFO\nlogtarget = STDERR\nsocket = /run/hodei-f2b.sock\npidfile = /run/hodei-f2b.pid\n' > f2b/fail2ban.conf
printf 'not an etcd snapshot\n' > snapshot.db
printf 'y\n' > oneline.txt
mkdir -p aws
printf '[default]\nregion = eu-west-1\ncredential_process = hodei-credentials --role deploy\n' > aws/config-missing
printf '[default]\nregion = eu-west-1\ncredential_process = %s/foreign --role deploy\n' "$PWD" > aws/config-foreign
printf '[default]\nregion = eu-west-1\n' > aws/config
rm -f vault.db
sqlcipher vault.db "PRAGMA key='correct horse'; CREATE TABLE secrets(name, value); INSERT INTO secrets VALUES ('api', 'x');" >/dev/null
printf 'CREATE TABLE t(x);\nINSERT INTO t VALUES (1);\n' > schema.sql
chmod -R a+rX .
printf 'From: a@example.com\nSubject: quarantined\n\nbody\n' > quarantined.eml
chmod 600 quarantined.eml
"""

AWSENV = {"AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": f"{B}/aws/config",
          "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_PAGER": ""}

CASES = [
    # --- promtool ----------------------------------------------------------------------------
    dict(id="promtool-config-missing", tool="promtool", code="ERR_1003",
         script="promtool check config /nonexistent/prometheus/prometheus.yml",
         why="the Prometheus configuration to check does not exist",
         path="/nonexistent/prometheus/prometheus.yml"),
    dict(id="promtool-rules-eacces", tool="promtool", code="ERR_1002", user=NOBODY,
         script=f"promtool check rules {L}/secret.txt",
         why="the job's user may not read the rule file it checks", path=f"{L}/secret.txt"),
    dict(id="neg-promtool-rules-syntax", tool="promtool", code="ERR_1007",
         script=f"promtool check rules {B}/rules-bad.yml",
         why="the alerting rule's expression has a syntax error: the job's own input"),
    dict(id="neg-promtool-test-rules-fail", tool="promtool", code="ERR_1007",
         script=f"cp {B}/rules.yml {B}/rules-test.yml .; promtool test rules rules-test.yml",
         why="a rule unit test expects a value the rule does not produce: a failed test"),
    dict(id="neg-promtool-query-refused", tool="promtool", code="ERR_1007",
         script="promtool query instant http://127.0.0.1:9 up",
         why="no Prometheus server answers at the address queried"),
    dict(id="promtool-thread-eagain", tool="promtool", code="ERR_1004", user=NOBODY,
         script=f"ulimit -u 1; promtool check config {B}/prometheus.yml",
         why="under a process limit of one the Go runtime cannot create its threads"),
    # --- amtool ------------------------------------------------------------------------------
    dict(id="amtool-config-missing", tool="amtool", code="ERR_1003",
         script="amtool check-config /nonexistent/alertmanager/alertmanager.yml",
         why="the Alertmanager configuration to check does not exist",
         path="/nonexistent/alertmanager/alertmanager.yml"),
    dict(id="neg-amtool-undefined-receiver", tool="amtool", code="ERR_1007",
         script=f"amtool check-config {B}/alertmanager-bad.yml 1>&2",
         why="the route names a receiver the configuration never defines: the job's own config"),
    dict(id="neg-amtool-query-refused", tool="amtool", code="ERR_1007",
         script="amtool alert query --alertmanager.url=http://127.0.0.1:9",
         why="no Alertmanager answers at the address given"),
    # --- BIND --------------------------------------------------------------------------------
    dict(id="named-checkconf-missing", tool="named-checkconf", code="ERR_1003",
         script="named-checkconf /nonexistent/bind/named.conf 1>&2",
         why="the BIND configuration to check does not exist", path="/nonexistent/bind/named.conf"),
    dict(id="neg-named-checkconf-syntax", tool="named-checkconf", code="ERR_1007",
         script=f"named-checkconf {B}/named-bad.conf 1>&2",
         why="a missing semicolon in the configuration: a syntax error"),
    dict(id="named-checkconf-eacces", tool="named-checkconf", code="ERR_1002", user=NOBODY,
         script=f"named-checkconf {L}/secret.txt 1>&2",
         why="the job's user may not read the configuration file", path=f"{L}/secret.txt"),
    dict(id="named-checkconf-zone-file-missing", tool="named-checkconf", code="ERR_1003",
         script=f"named-checkconf -z {B}/named-zone.conf 1>&2",
         why="the zone file the configuration names does not exist",
         path="/nonexistent/zones/db.example.com",
         miss="the code is right; BIND's final line names the zone, not the file, and the file is on the line above"),
    dict(id="neg-named-checkzone-no-ns", tool="named-checkzone", code="ERR_1007",
         script=f"named-checkzone example.com {B}/db.nons 1>&2",
         why="the zone has no NS records: the zone data is wrong"),
    dict(id="named-checkzone-include-missing", tool="named-checkzone", code="ERR_1003",
         script=f"named-checkzone example.com {B}/db.include 1>&2",
         why="the file the zone $INCLUDEs does not exist", path="/nonexistent/zones/hosts.db",
         miss="the code is right; the path taken is the zone file that includes the missing one"),
    dict(id="named-compilezone-full", tool="named-compilezone", code="ERR_1012", mount="full",
         script=f"for i in $(seq 3000); do echo \"h$i IN A 192.0.2.1\"; done | cat {B}/db.example.com - > big.db; "
                "named-compilezone -o $M/db.text example.com big.db 1>&2",
         why="the disk fills while the compiled zone is written"),
    # --- Unbound -----------------------------------------------------------------------------
    dict(id="unbound-checkconf-missing", tool="unbound-checkconf", code="ERR_1003",
         script="unbound-checkconf /nonexistent/unbound/unbound.conf",
         why="the Unbound configuration to check does not exist",
         path="/nonexistent/unbound/unbound.conf"),
    dict(id="neg-unbound-checkconf-syntax", tool="unbound-checkconf", code="ERR_1007",
         script=f"unbound-checkconf {B}/unbound-bad.conf",
         why="an option lacks its colon: a syntax error in the configuration"),
    dict(id="unbound-checkconf-include-missing", tool="unbound-checkconf", code="ERR_1003",
         script=f"unbound-checkconf {B}/unbound-include.conf",
         why="the file the configuration includes does not exist",
         path="/nonexistent/unbound.conf.d/zones.conf"),
    # --- dnsmasq -----------------------------------------------------------------------------
    dict(id="dnsmasq-conf-missing", tool="dnsmasq", code="ERR_1003",
         script="dnsmasq --test -C /nonexistent/dnsmasq/dnsmasq.conf",
         why="the dnsmasq configuration to check does not exist",
         path="/nonexistent/dnsmasq/dnsmasq.conf"),
    dict(id="dnsmasq-conf-file-missing", tool="dnsmasq", code="ERR_1003",
         script=f"dnsmasq --test -C {B}/dnsmasq-include.conf",
         why="the extra configuration file it includes does not exist",
         path="/nonexistent/dnsmasq.d/local.conf"),
    dict(id="neg-dnsmasq-bad-option", tool="dnsmasq", code="ERR_1007",
         script=f"dnsmasq --test -C {B}/dnsmasq-typo.conf",
         why="the configuration has a misspelt option"),
    dict(id="de-dnsmasq-conf-missing", tool="dnsmasq", code="ERR_1003", lang="de_DE.UTF-8",
         script="dnsmasq --test -C /nonexistent/dnsmasq/dnsmasq.conf",
         why="the dnsmasq configuration to check does not exist",
         path="/nonexistent/dnsmasq/dnsmasq.conf"),
    dict(id="neg-fr-dnsmasq-bad-option", tool="dnsmasq", code="ERR_1007", lang="fr_FR.UTF-8",
         script=f"dnsmasq --test -C {B}/dnsmasq-typo.conf",
         why="the configuration has a misspelt option"),
    dict(id="es-dnsmasq-conf-eacces", tool="dnsmasq", code="ERR_1002", lang="es_ES.UTF-8",
         user=NOBODY, script=f"dnsmasq --test -C {L}/secret.txt",
         why="the job's user may not read the configuration file", path=f"{L}/secret.txt"),
    # --- Postfix -----------------------------------------------------------------------------
    dict(id="postmap-source-missing", tool="postmap", code="ERR_1003",
         script="postmap /nonexistent/postfix/transport",
         why="the lookup table's source file does not exist",
         path="/nonexistent/postfix/transport"),
    dict(id="postmap-rofs", tool="postmap", code="ERR_1012", mount="ro",
         script="postmap $M/existing.txt",
         why="the indexed table is written beside its source on a read-only file system"),
    dict(id="postmap-eacces", tool="postmap", code="ERR_1002", user=NOBODY,
         script=f"postmap hash:{B}/postfix/transport",
         why="the job's user may not create the table in the root-owned configuration directory",
         path=f"{B}/postfix/transport.db"),
    # --- Dovecot -----------------------------------------------------------------------------
    dict(id="doveconf-missing", tool="doveconf", code="ERR_1003",
         script="doveconf -c /nonexistent/dovecot/dovecot.conf",
         why="the Dovecot configuration does not exist", path="/nonexistent/dovecot/dovecot.conf"),
    dict(id="neg-doveconf-unknown-setting", tool="doveconf", code="ERR_1007",
         script=f"doveconf -c {B}/dovecot-bad.conf",
         why="the configuration has a misspelt setting"),
    dict(id="doveconf-include-missing", tool="doveconf", code="ERR_1003",
         script=f"doveconf -c {B}/dovecot-include.conf",
         why="the file the configuration includes does not exist",
         path="/nonexistent/conf.d/10-auth.conf",
         miss="Dovecot says only 'No matches' for an include that names no existing file"),
    # --- Varnish -----------------------------------------------------------------------------
    dict(id="neg-varnishd-vcl-syntax", tool="varnishd", code="ERR_1007",
         script=f"varnishd -C -f {B}/bad.vcl -n $PWD/v",
         why="the VCL has a missing semicolon: a compile error in the job's own code"),
    dict(id="varnishd-vcl-missing", tool="varnishd", code="ERR_1003",
         script="varnishd -C -f /nonexistent/varnish/default.vcl -n $PWD/v",
         why="the VCL file to compile does not exist", path="/nonexistent/varnish/default.vcl"),
    dict(id="varnishd-vcl-include-missing", tool="varnishd", code="ERR_1003",
         script=f"varnishd -C -f {B}/include.vcl -n $PWD/v",
         why="the file the VCL includes does not exist", path="/nonexistent/vcl/backends.vcl"),
    dict(id="neg-varnishd-undefined-backend", tool="varnishd", code="ERR_1007",
         script=f"varnishd -C -f {B}/undef.vcl -n $PWD/v",
         why="the VCL uses a backend it never declared: an unknown name in its own code"),
    # --- Squid -------------------------------------------------------------------------------
    dict(id="squid-conf-missing", tool="squid", code="ERR_1003",
         script="squid -k parse -f /nonexistent/squid/squid.conf",
         why="the Squid configuration does not exist", path="/nonexistent/squid/squid.conf"),
    dict(id="neg-squid-undefined-acl", tool="squid", code="ERR_1007",
         script=f"squid -k parse -f {B}/squid-bad.conf",
         why="an access rule names an ACL that is never defined: the job's own configuration"),
    # --- OpenVPN -----------------------------------------------------------------------------
    dict(id="openvpn-config-missing", tool="openvpn", code="ERR_1003",
         script="openvpn --config /nonexistent/vpn/client.ovpn 1>&2",
         why="the OpenVPN configuration does not exist", path="/nonexistent/vpn/client.ovpn"),
    dict(id="neg-openvpn-bad-option", tool="openvpn", code="ERR_1007",
         script=f"openvpn --config {B}/client-bad.ovpn 1>&2",
         why="the configuration names a compression algorithm that does not exist: a bad option"),
    dict(id="openvpn-genkey-rofs", tool="openvpn", code="ERR_1012", mount="ro",
         script="openvpn --genkey secret $M/ta.key 1>&2",
         why="the new key is written to a read-only file system", path="$M/ta.key"),
    dict(id="openvpn-genkey-eacces", tool="openvpn", code="ERR_1002", user=NOBODY,
         script=f"openvpn --genkey secret {RD}/ta.key 1>&2",
         why="the job's user may not create the key in a root-owned directory",
         path=f"{RD}/ta.key"),
    dict(id="openvpn-genkey-inodes", tool="openvpn", code="ERR_1012", mount="inodes",
         script="touch $M/a $M/b $M/c 2>/dev/null; openvpn --genkey secret $M/ta.key 1>&2",
         why="the file system has no inodes left for the new key file", path="$M/ta.key"),
    # --- WireGuard ---------------------------------------------------------------------------
    dict(id="neg-wg-pubkey-bad-key", tool="wg", code="ERR_1007",
         script="echo not-a-base64-key | wg pubkey",
         why="the private key fed to it is malformed: bad input data"),
    dict(id="wg-setconf-missing", tool="wg", code="ERR_1003",
         script="wg setconf wg0 /nonexistent/wireguard/wg0.conf",
         why="the configuration file to load does not exist",
         path="/nonexistent/wireguard/wg0.conf"),
    # --- tcpdump -----------------------------------------------------------------------------
    dict(id="tcpdump-read-missing", tool="tcpdump", code="ERR_1003",
         script="tcpdump -nr /nonexistent/captures/incident.pcap",
         why="the capture to read does not exist", path="/nonexistent/captures/incident.pcap"),
    dict(id="neg-tcpdump-bad-format", tool="tcpdump", code="ERR_1007",
         script=f"tcpdump -nr {B}/garbage.pcap",
         why="the file given is not a capture: bad input data"),
    dict(id="tcpdump-write-rofs", tool="tcpdump", code="ERR_1012", mount="ro",
         script=f"tcpdump -nr {B}/good.pcap -w $M/filtered.pcap udp",
         why="the filtered capture is written to a read-only file system"),
    dict(id="tcpdump-capture-eperm", tool="tcpdump", code="ERR_1002", user=NOBODY,
         script="tcpdump -ni lo -c 1",
         why="capturing packets needs privileges the job's user does not have"),
    dict(id="neg-tcpdump-filter-syntax", tool="tcpdump", code="ERR_1007",
         script=f"tcpdump -nr {B}/good.pcap 'port 53 and and udp'",
         why="the capture filter has a syntax error"),
    # --- tshark ------------------------------------------------------------------------------
    dict(id="tshark-read-missing", tool="tshark", code="ERR_1003",
         script="tshark -r /nonexistent/captures/trace.pcapng",
         why="the capture to read does not exist", path="/nonexistent/captures/trace.pcapng"),
    dict(id="neg-tshark-unknown-field", tool="tshark", code="ERR_1007",
         script=f"tshark -r {B}/good.pcap -Y 'dns.qry.nmae == \"example.com\"'",
         why="the display filter names a field that does not exist: an error in the job's filter"),
    dict(id="tshark-write-full", tool="tshark", code="ERR_1012", mount="full",
         script=f"for i in $(seq 400); do cat {B}/good.pcap; done > /dev/null; "
                f"tshark -r {B}/good.pcap -w $M/copy.pcapng",
         why="the disk is full while the capture is written"),
    dict(id="tshark-thread-eagain", tool="tshark", code="ERR_1004", user=NOBODY,
         script=f"ulimit -u 1; tshark -r {B}/good.pcap",
         why="under a process limit of one tshark cannot create its worker thread"),
    # --- systemd -----------------------------------------------------------------------------
    dict(id="systemd-analyze-exec-missing", tool="systemd-analyze", code="ERR_1001",
         script=f"systemd-analyze verify {B}/units/reportd.service",
         why="the unit's ExecStart program is not installed", command="/usr/local/bin/hodei-reportd"),
    dict(id="systemd-analyze-unit-missing", tool="systemd-analyze", code="ERR_1003",
         script="systemd-analyze verify /nonexistent/units/app.service",
         why="the unit file to verify does not exist", path="/nonexistent/units/app.service",
         miss="'Unit app.service not found' names a unit in systemd's own world; the classifier does not read a unit as a file"),
    dict(id="neg-systemd-analyze-calendar", tool="systemd-analyze", code="ERR_1007",
         script="systemd-analyze calendar 'Mon..Fri 25:00'",
         why="the calendar expression is invalid: the job's own input"),
    dict(id="neg-de-systemd-analyze-calendar", tool="systemd-analyze", code="ERR_1007",
         lang="de_DE.UTF-8", script="systemd-analyze calendar 'Mon..Fri 25:00'",
         why="the calendar expression is invalid: the job's own input"),
    dict(id="neg-journalctl-bad-file", tool="journalctl", code="ERR_1007",
         script=f"journalctl --file {B}/garbage.journal",
         why="the file given is not a journal: bad input data"),
    dict(id="journalctl-dir-missing", tool="journalctl", code="ERR_1003",
         script="journalctl -D /nonexistent/journal/remote --no-pager",
         why="the journal directory to read does not exist", path="/nonexistent/journal/remote"),
    # --- rsyslog -----------------------------------------------------------------------------
    dict(id="rsyslogd-conf-missing", tool="rsyslogd", code="ERR_1003",
         script="rsyslogd -N1 -f /nonexistent/rsyslog/rsyslog.conf",
         why="the rsyslog configuration to check does not exist",
         path="/nonexistent/rsyslog/rsyslog.conf"),
    dict(id="neg-rsyslogd-syntax", tool="rsyslogd", code="ERR_1007",
         script=f"rsyslogd -N1 -f {B}/rsyslog-bad.conf",
         why="the configuration has an unbalanced parenthesis: a syntax error"),
    # --- AppArmor ----------------------------------------------------------------------------
    dict(id="apparmor-parser-missing", tool="apparmor_parser", code="ERR_1003",
         script="apparmor_parser -Q -K /nonexistent/apparmor.d/usr.bin.reportd",
         why="the profile to compile does not exist", path="/nonexistent/apparmor.d/usr.bin.reportd"),
    dict(id="neg-apparmor-parser-syntax", tool="apparmor_parser", code="ERR_1007",
         script=f"apparmor_parser -Q -K {B}/profile-bad",
         why="a rule lacks its trailing comma: a syntax error in the profile"),
    dict(id="apparmor-parser-include-missing", tool="apparmor_parser", code="ERR_1003",
         script=f"apparmor_parser -Q -K {B}/profile-include",
         why="the abstraction the profile includes does not exist"),
    dict(id="apparmor-parser-load-eperm", tool="apparmor_parser", code="ERR_1002", user=NOBODY,
         script=f"apparmor_parser -r -K {B}/profile-good",
         why="loading a profile into the kernel needs privileges the job's user does not have"),
    dict(id="neg-de-apparmor-parser-syntax", tool="apparmor_parser", code="ERR_1007",
         lang="de_DE.UTF-8", script=f"apparmor_parser -Q -K {B}/profile-bad",
         why="a rule lacks its trailing comma: a syntax error in the profile"),
    dict(id="it-apparmor-parser-include-missing", tool="apparmor_parser", code="ERR_1003",
         lang="it_IT.UTF-8", script=f"apparmor_parser -Q -K {B}/profile-include",
         why="the abstraction the profile includes does not exist"),
    # --- ClamAV ------------------------------------------------------------------------------
    dict(id="clamscan-target-missing", tool="clamscan", code="ERR_1003",
         script=f"clamscan --no-summary -d {B}/sigs.ndb /nonexistent/uploads/invoice.pdf",
         why="the file to scan does not exist", path="/nonexistent/uploads/invoice.pdf"),
    dict(id="neg-clamscan-found", tool="clamscan", code="ERR_1007",
         script=f"clamscan --no-summary -d {B}/sigs.ndb {B}/upload.txt 1>&2",
         why="the scan found a signature in the file: the check the job runs failed"),
    dict(id="neg-clamscan-bad-database", tool="clamscan", code="ERR_1007",
         script=f"clamscan --no-summary -d {B}/bad.ndb {B}/upload.txt",
         why="the signature database given is malformed: bad input data"),
    dict(id="clamscan-file-eacces", tool="clamscan", code="ERR_1002", user=NOBODY,
         script=f"clamscan --no-summary -d {B}/sigs.ndb {B}/quarantined.eml 1>&2",
         why="the job's user may not read the file to scan", path=f"{B}/quarantined.eml"),
    # --- fail2ban ----------------------------------------------------------------------------
    dict(id="neg-fail2ban-client-not-running", tool="fail2ban-client", code="ERR_1007",
         script="fail2ban-client -s /run/hodei-f2b.sock status",
         why="the fail2ban server is not running, so its socket is missing"),
    # --- etcdctl -----------------------------------------------------------------------------
    dict(id="neg-etcdctl-refused", tool="etcdctl", code="ERR_1007",
         script="ETCDCTL_API=3 etcdctl --endpoints=127.0.0.1:9 --dial-timeout=2s --command-timeout=3s get /config/app",
         why="no etcd server answers at the endpoint"),
    dict(id="etcdctl-cacert-missing", tool="etcdctl", code="ERR_1003",
         script="ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:9 --cacert=/nonexistent/etcd/ca.pem get /config/app",
         why="the CA certificate named does not exist", path="/nonexistent/etcd/ca.pem"),
    dict(id="etcdctl-thread-eagain", tool="etcdctl", code="ERR_1004", user=NOBODY,
         script="ulimit -u 1; ETCDCTL_API=3 etcdctl --endpoints=127.0.0.1:9 get /config/app",
         why="under a process limit of one the Go runtime cannot create its threads"),
    # --- AMQP, memcached ---------------------------------------------------------------------
    dict(id="neg-amqp-publish-refused", tool="amqp-publish", code="ERR_1007",
         script="amqp-publish --url amqp://127.0.0.1:9 -r jobs -b 'hello'",
         why="no AMQP broker answers at the address"),
    dict(id="neg-memcstat-refused", tool="memcstat", code="ERR_1007",
         script="memcstat --servers=127.0.0.1:9",
         why="no memcached server answers at the address"),
    # --- AWS CLI -----------------------------------------------------------------------------
    dict(id="aws-s3-cp-source-missing", tool="aws", code="ERR_1003", env=AWSENV,
         script="aws s3 cp /nonexistent/backups/db.tar.gz s3://hodei-backups/",
         why="the local file to upload does not exist", path="/nonexistent/backups/db.tar.gz"),
    dict(id="neg-aws-no-credentials", tool="aws", code="ERR_1007", env=AWSENV,
         script="aws s3 ls s3://hodei-backups/",
         why="no credentials are configured: an authentication failure"),
    dict(id="neg-aws-profile-not-found", tool="aws", code="ERR_1007", env=AWSENV,
         script="aws --profile staging s3 ls",
         why="the named profile does not exist in the configuration: an unknown name"),
    dict(id="aws-paramfile-missing", tool="aws", code="ERR_1003", env=AWSENV,
         script="aws cloudformation validate-template --template-body file:///nonexistent/stacks/app.yml",
         why="the template file named on the command line does not exist",
         path="/nonexistent/stacks/app.yml"),
    dict(id="aws-credential-process-missing", tool="aws", code="ERR_1001",
         env={**AWSENV, "AWS_CONFIG_FILE": f"{B}/aws/config-missing"},
         script="aws sts get-caller-identity",
         why="the credential helper the configuration runs is not installed",
         command="hodei-credentials"),
    dict(id="aws-credential-process-foreign", tool="aws", code="ERR_1004",
         env={**AWSENV, "AWS_CONFIG_FILE": f"{B}/aws/config-foreign"},
         script="aws sts get-caller-identity",
         why="the credential helper is a binary for another architecture (exec format error)"),
    # --- SQLCipher ---------------------------------------------------------------------------
    dict(id="neg-sqlcipher-wrong-key", tool="sqlcipher", code="ERR_1007",
         script=f"sqlcipher {B}/vault.db \"PRAGMA key='wrong'; SELECT count(*) FROM secrets;\"",
         why="the key given does not decrypt the database: an authentication failure"),
    dict(id="sqlcipher-open-missing-dir", tool="sqlcipher", code="ERR_1003",
         script="sqlcipher /nonexistent/data/vault.db 'CREATE TABLE t(x);'",
         why="the directory the database should be in does not exist",
         path="/nonexistent/data/vault.db"),
    dict(id="sqlcipher-full", tool="sqlcipher", code="ERR_1012", mount="full",
         script="sqlcipher $M/app.db \"PRAGMA key='k'; CREATE TABLE t(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<200) INSERT INTO t SELECT randomblob(1000) FROM n;\"",
         why="the disk fills while rows are written"),
    dict(id="sqlcipher-shell-missing", tool="sqlcipher", code="ERR_1001",
         script="sqlcipher :memory: '.shell hodei-export --all' '.exit 1'",
         why="the program the shell command runs is not installed", command="hodei-export"),
    dict(id="sqlcipher-shell-foreign", tool="sqlcipher", code="ERR_1004",
         script=f"sqlcipher :memory: '.shell {B}/foreign --dump' '.exit 1'",
         why="the program the shell command runs is a binary for another architecture"),
]
