"""Sealed batch 26: mail, messaging, DNS and network servers' own command-line tools."""
import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (85.0% of codes, 51/60), then worked on."""
B = f"{R}/batch26"
RF = f"{R}/rootdir/owned.txt"
RD = f"{R}/rootdir"

FIXTURES = r"""
printf '$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns1 host 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.10\n' > ok.zone
printf '$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns1 host 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.300\n' > bad.zone
printf '$ORIGIN example.com.\n$TTL 300\nwww IN A 192.0.2.10\n' > nosoa.zone
printf 'server:\n  bogus-option: yes\n' > nsd-bad.conf
printf 'server:\n  ip-address: 127.0.0.1\nzone:\n  name: example.com\n  zonefile: /tmp/hodei-missing-26/example.com.zone\n' > nsd-ok.conf
printf 'listener 18830 127.0.0.1\nbogus_option true\n' > mosq-bad.conf
printf 'listener 18830 127.0.0.1\npassword_file %s/mosq-nopass\n' "$PWD" > mosq-pw.conf
printf 'listener 18830 127.0.0.1\ninclude_dir %s/mosq-noinc.d\n' "$PWD" > mosq-inc.conf
printf 'server:\n  listen: 127.0.0.1@15353\n  bogus: 1\n' > knot-bad.conf
printf 'server:\n  listen: 127.0.0.1@15353\nzone:\n  - domain: example.com\n    file: %s/ok.zone\n    storage: %s\n' "$PWD" "$PWD" > knot-ok.conf
printf 'server:\n  listen: 127.0.0.1@15353\ninclude: %s/knot-extra.conf\n' "$PWD" > knot-inc.conf
printf '{ "Dhcp4": { "interfaces-config": { "interfaces": [ ] }, }\n' > kea-bad.json
printf '{ "Dhcp4": { "interfaces-config": { "interfaces": [ ] }, "subnet4": [ { "id": 1, "subnet": "10.0.0.0/24", "pools": [ { "pool": "10.1.0.10 - 10.1.0.20" } ] } ] } }\n' > kea-pool.json
printf '{ "Dhcp4": { "interfaces-config": { "interfaces": [ ] }, "lease-database": { "type": "memfile", "name": "/tmp/hodei-missing-26/leases.csv" } }, "Dhcp5": {} }\n' > kea-unknown.json
printf 'subnet 10.0.0.0 netmask 255.255.255.0 {\n range 10.0.0.10 10.0.0.300;\n}\n' > dhcpd-bad.conf
printf 'include "%s/dhcpd-hosts.conf";\n' "$PWD" > dhcpd-inc.conf
printf 'interface eth0 {\n AdvSendAdvert on;\n prefix 2001:db8::/64 { AdvBogus on; };\n};\n' > radvd-bad.conf
mkdir -p pf
printf 'myhostname = mail.example.com\n' > pf/main.cf
printf 'header_checks = regexp:/tmp/hodei-missing-26/header_checks\nsmtpd_banner = $myhostname ESMTP\n' > pf/extra.cf
mkdir -p sa
printf 'header LOCAL_X Subject =~ /(unclosed/\nscore LOCAL_X 1.0\n' > sa/bad.cf
printf 'From: a@example.com\nTo: b@example.com\nSubject: hello\n\nbody\n' > msg.eml
printf 'not a tarball\n' > sa-rules-1.tar.gz
chmod -R a+rX .
"""


CASES = [
    # --- postfix tools ---------------------------------------------------------------------
    dict(id="postconf-missing-config-dir", tool="postconf",
         script="postconf -c /etc/postfix-staging -n", code="ERR_1003",
         why="the configuration directory given with -c does not exist, so main.cf cannot be opened",
         path="/etc/postfix-staging/main.cf"),
    dict(id="postconf-main-cf-denied", tool="postconf",
         script=f"postconf -c {R}/locked -n", code="ERR_1002", user="nobody",
         why="the job's user may not enter the directory that holds main.cf",
         path=f"{R}/locked/main.cf"),
    dict(id="neg-postconf-unknown-param", miss="two warnings, a missing master.cf and an unknown parameter, and neither says which ended the run: the missing file is read as the cause", tool="postconf",
         script=f"postconf -c {B}/pf -h hodei_missing_setting 1>&2; exit 1", code="ERR_1007",
         why="the parameter asked for is not a Postfix parameter: an unknown name in the tool's own world"),
    dict(id="postconf-edit-rofs", tool="postconf",
         script=f"cp {B}/pf/main.cf $M/ 2>/dev/null; postconf -c $M -e 'relayhost = [smtp.example.com]'",
         code="ERR_1012", mount="ro",
         why="postconf -e must rewrite main.cf in a directory on a read-only mount"),
    dict(id="postconf-edit-denied", tool="postconf",
         script=f"postconf -c {RD} -e 'relayhost = [smtp.example.com]'", code="ERR_1002",
         user="nobody",
         why="postconf -e must write main.cf into a root-owned directory the job's user cannot write"),
    dict(id="postconf-edit-enospc", tool="postconf",
         script=f"cp {B}/pf/main.cf $M/ 2>/dev/null; postconf -c $M -e 'relayhost = [smtp.example.com]'",
         code="ERR_1012", mount="full",
         why="postconf -e writes the new main.cf onto a full file system"),
    dict(id="postsuper-missing-config", tool="postsuper",
         script="postsuper -c /etc/postfix-staging -s", code="ERR_1003",
         why="the configuration directory given with -c does not exist",
         path="/etc/postfix-staging/main.cf"),
    # --- opendkim ----------------------------------------------------------------------------
    dict(id="opendkim-genkey-missing-dir", tool="opendkim-genkey",
         script="opendkim-genkey -D /etc/opendkim-staging/keys -d example.com -s mail2026",
         code="ERR_1003", why="the output directory given with -D does not exist",
         path="/etc/opendkim-staging/keys"),
    dict(id="opendkim-genkey-no-inodes", tool="opendkim-genkey",
         script="opendkim-genkey -D $M -d example.com -s mail2026", code="ERR_1012", mount="inodes",
         why="the file system for the key files has no inodes left"),
    dict(id="opendkim-genkey-no-openssl", miss="the tool prints its own format string ('exited with status %d') and the status 127 on a line of its own, without naming openssl as missing", tool="opendkim-genkey",
         script="PATH=/usr/sbin opendkim-genkey -d example.com -s mail2026", code="ERR_1001",
         why="opendkim-genkey runs openssl, which is not on the job's PATH (status 127)",
         command="openssl"),
    dict(id="opendkim-testkey-missing-key", tool="opendkim-testkey",
         script="opendkim-testkey -d example.com -s mail2026 -k /etc/opendkim-staging/mail2026.private",
         code="ERR_1003", why="the private key file to test does not exist",
         path="/etc/opendkim-staging/mail2026.private"),
    dict(id="opendkim-testkey-key-denied", tool="opendkim-testkey",
         script=f"opendkim-testkey -d example.com -s mail2026 -k {RF}", code="ERR_1002",
         user="nobody", why="the private key file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-opendkim-testkey-dns", tool="opendkim-testkey",
         script="opendkim-genkey -d example.com -s mail2026 && opendkim-testkey -d example.com -s mail2026 -k mail2026.private",
         code="ERR_1007",
         why="the key's DNS record cannot be looked up: a network/DNS failure, not a missing file"),
    # --- opendmarc ---------------------------------------------------------------------------
    dict(id="neg-opendmarc-config-bad", tool="opendmarc",
         script="printf 'Socket inet:8893@127.0.0.1\\nHodeiBogusOption yes\\n' > o.conf; opendmarc -n -c o.conf",
         code="ERR_1007", why="the configuration names an option opendmarc does not know"),
    # --- spamassassin ------------------------------------------------------------------------
    dict(id="neg-spamassassin-no-rules", tool="spamassassin",
         script="mkdir empty; spamassassin --lint -C empty", code="ERR_1007",
         why="the rules directory given is empty, so the lint fails; the advice mentions sa-update, no file is missing"),
    dict(id="neg-sa-update-bad-archive", tool="sa-update",
         script=f"sa-update --nogpg --updatedir upd --install {B}/sa-rules-1.tar.gz", code="ERR_1007",
         why="the rule archive to install is not a valid archive: bad input data"),
    dict(id="sa-update-missing-archive", tool="sa-update",
         script="sa-update --nogpg --updatedir upd --install /var/cache/hodei/sa/4001.tar.gz",
         code="ERR_1003", why="the rule archive to install does not exist",
         path="/var/cache/hodei/sa/4001.tar.gz"),
    # --- mosquitto ---------------------------------------------------------------------------
    dict(id="mosquitto-missing-config", tool="mosquitto",
         script="mosquitto -c /etc/mosquitto/conf.d/hodei-broker.conf", code="ERR_1003",
         why="the broker configuration file does not exist",
         path="/etc/mosquitto/conf.d/hodei-broker.conf"),
    dict(id="mosquitto-config-denied", tool="mosquitto",
         script=f"mosquitto -c {RF}", code="ERR_1002", user="nobody",
         why="the configuration file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-mosquitto-unknown-option", tool="mosquitto",
         script=f"mosquitto -c {B}/mosq-bad.conf", code="ERR_1007",
         why="the configuration holds an option the broker does not know"),
    dict(id="mosquitto-password-file-missing", tool="mosquitto",
         script=f"timeout 5 mosquitto -c {B}/mosq-pw.conf", code="ERR_1003",
         why="the password file the configuration names does not exist", path=f"{B}/mosq-nopass"),
    dict(id="mosquitto-include-dir-missing", tool="mosquitto",
         script=f"timeout 5 mosquitto -c {B}/mosq-inc.conf", code="ERR_1003",
         why="the include directory the configuration names does not exist", path=f"{B}/mosq-noinc.d"),
    dict(id="neg-mosquitto-port-in-use", tool="mosquitto",
         script="printf 'listener 18831 127.0.0.1\\n' > a.conf; mosquitto -c a.conf & P=$!; sleep 1; "
                "timeout 5 mosquitto -c a.conf; rc=$?; kill $P; wait $P; exit $rc",
         code="ERR_1007",
         why="a second broker cannot bind the port the first one holds: the job's own conflict, not a file problem"),
    # --- prosody -----------------------------------------------------------------------------
    dict(id="prosodyctl-no-lua", tool="prosodyctl",
         script="PATH=/usr/sbin:/sbin prosodyctl check config", code="ERR_1001",
         why="prosodyctl is not on the job's PATH", command="prosodyctl"),
    # --- knot --------------------------------------------------------------------------------
    dict(id="knotc-missing-config", tool="knotc",
         script="knotc -c /etc/knot/hodei-knot.conf conf-check", code="ERR_1003",
         why="the configuration file does not exist", path="/etc/knot/hodei-knot.conf"),
    dict(id="neg-knotc-invalid-item", tool="knotc",
         script=f"knotc -c {B}/knot-bad.conf conf-check", code="ERR_1007",
         why="the configuration holds an item knot does not know"),
    dict(id="knotc-include-missing", tool="knotc",
         script=f"knotc -c {B}/knot-inc.conf conf-check", code="ERR_1003",
         why="the file the configuration includes does not exist", path=f"{B}/knot-extra.conf"),
    dict(id="knotc-config-denied", tool="knotc",
         script=f"knotc -c {RF} conf-check", code="ERR_1002", user="nobody",
         why="the configuration file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-knotc-server-down", tool="knotc",
         script="knotc -s $PWD/knot.sock status", code="ERR_1007",
         why="knotd is not running, so its control socket is missing: a service that does not answer"),
    dict(id="neg-knotc-zone-check-bad", tool="knotc",
         script=f"cp {B}/knot-ok.conf k.conf; cp {B}/bad.zone {B}/ok.zone . ; sed -i \"s#{B}/ok.zone#$PWD/bad.zone#\" k.conf; knotc -c k.conf zone-check",
         code="ERR_1007", why="the zone file has an invalid address record and the zone check fails"),
    dict(id="kjournalprint-missing", miss="'the journal DB does not exist' names no path; a database that does not exist may be a file or a name in the tool's world", tool="kjournalprint",
         script="kjournalprint /var/lib/knot/hodei-journal example.com", code="ERR_1003",
         why="the journal database directory does not exist", path="/var/lib/knot/hodei-journal"),
    # --- nsd ---------------------------------------------------------------------------------
    dict(id="nsd-checkconf-missing", tool="nsd-checkconf",
         script="nsd-checkconf /etc/nsd/hodei-nsd.conf", code="ERR_1003",
         why="the configuration file does not exist", path="/etc/nsd/hodei-nsd.conf"),
    dict(id="de-nsd-checkconf-missing", tool="nsd-checkconf",
         script="nsd-checkconf /etc/nsd/hodei-nsd.conf", code="ERR_1003", lang="de_DE.UTF-8",
         why="the configuration file does not exist (German system messages)",
         path="/etc/nsd/hodei-nsd.conf"),
    dict(id="nsd-checkconf-denied", tool="nsd-checkconf",
         script=f"nsd-checkconf {RF}", code="ERR_1002", user="nobody",
         why="the configuration file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-nsd-checkconf-syntax", tool="nsd-checkconf",
         script=f"nsd-checkconf {B}/nsd-bad.conf", code="ERR_1007",
         why="the configuration has a syntax error"),
    dict(id="nsd-checkzone-missing", tool="nsd-checkzone",
         script="nsd-checkzone example.com /etc/nsd/zones/example.com.zone", code="ERR_1003",
         why="the zone file does not exist", path="/etc/nsd/zones/example.com.zone"),
    dict(id="fr-nsd-checkzone-missing", tool="nsd-checkzone",
         script="nsd-checkzone example.com /etc/nsd/zones/example.com.zone", code="ERR_1003",
         lang="fr_FR.UTF-8", why="the zone file does not exist (French system messages)",
         path="/etc/nsd/zones/example.com.zone"),
    dict(id="nsd-checkzone-denied", tool="nsd-checkzone",
         script=f"nsd-checkzone example.com {RF}", code="ERR_1002", user="nobody",
         why="the zone file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-nsd-checkzone-bad-address", tool="nsd-checkzone",
         script=f"nsd-checkzone example.com {B}/bad.zone", code="ERR_1007",
         why="the zone holds an invalid IPv4 address: bad input data"),
    dict(id="neg-nsd-checkzone-no-soa", tool="nsd-checkzone",
         script=f"nsd-checkzone example.com {B}/nosoa.zone", code="ERR_1007",
         why="the zone has no SOA record: the data is invalid, nothing is missing on disk"),
    # --- kea / isc-dhcp / radvd ----------------------------------------------------------------
    dict(id="kea-dhcp4-missing-config", tool="kea-dhcp4",
         script="kea-dhcp4 -t /etc/kea/hodei-dhcp4.json", code="ERR_1003",
         why="the configuration file to test does not exist", path="/etc/kea/hodei-dhcp4.json"),
    dict(id="kea-dhcp4-config-denied", tool="kea-dhcp4",
         script=f"kea-dhcp4 -t {RF}", code="ERR_1002", user="nobody",
         why="the configuration file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-kea-dhcp4-json-syntax", tool="kea-dhcp4",
         script=f"kea-dhcp4 -t {B}/kea-bad.json", code="ERR_1007",
         why="the configuration is not valid JSON"),
    dict(id="neg-kea-dhcp4-pool-outside", tool="kea-dhcp4",
         script=f"kea-dhcp4 -t {B}/kea-pool.json", code="ERR_1007",
         why="the pool lies outside its subnet: a semantic configuration error"),
    dict(id="dhcpd-missing-config", tool="dhcpd",
         script="dhcpd -t -cf /etc/dhcp/hodei-dhcpd.conf", code="ERR_1003",
         why="the configuration file to test does not exist", path="/etc/dhcp/hodei-dhcpd.conf"),
    dict(id="dhcpd-include-missing", tool="dhcpd",
         script=f"dhcpd -t -cf {B}/dhcpd-inc.conf", code="ERR_1003",
         why="the file the configuration includes does not exist", path=f"{B}/dhcpd-hosts.conf"),
    dict(id="dhcpd-config-denied", tool="dhcpd",
         script=f"dhcpd -t -cf {RF}", code="ERR_1002", user="nobody",
         why="the configuration file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-dhcpd-range-syntax", tool="dhcpd",
         script=f"dhcpd -t -cf {B}/dhcpd-bad.conf", code="ERR_1007",
         why="an address in the range is out of bounds: a syntax error in the configuration"),
    dict(id="radvd-missing-config", tool="radvd",
         script="radvd -c -C /etc/radvd-hodei.conf", code="ERR_1003",
         why="the configuration file to check does not exist", path="/etc/radvd-hodei.conf"),
    dict(id="neg-radvd-syntax", tool="radvd",
         script=f"radvd -c -C {B}/radvd-bad.conf", code="ERR_1007",
         why="the configuration has a syntax error"),
    # --- ldns ----------------------------------------------------------------------------------
    dict(id="ldns-read-zone-missing", tool="ldns-read-zone",
         script="ldns-read-zone /srv/dns/zones/example.org.zone", code="ERR_1003",
         why="the zone file does not exist", path="/srv/dns/zones/example.org.zone"),
    dict(id="ldns-read-zone-denied", tool="ldns-read-zone",
         script=f"ldns-read-zone {RF}", code="ERR_1002", user="nobody",
         why="the zone file is root-only and the job runs as nobody", path=RF),
    dict(id="neg-ldns-read-zone-syntax", tool="ldns-read-zone",
         script=f"ldns-read-zone {B}/bad.zone", code="ERR_1007",
         why="a record's data cannot be parsed: bad input"),
    dict(id="ldns-keygen-denied", tool="ldns-keygen",
         script=f"cd {RD} && ldns-keygen -a ECDSAP256SHA256 example.com", code="ERR_1002",
         user="nobody", why="the key files are written into a root-owned directory the job's user cannot write"),
    dict(id="ldns-keygen-rofs", tool="ldns-keygen",
         script="cd $M && ldns-keygen -a ECDSAP256SHA256 example.com", code="ERR_1012", mount="ro",
         why="the key files are written to a read-only mount"),
    dict(id="neg-ldns-keygen-bad-algorithm", tool="ldns-keygen",
         script="ldns-keygen -a HODEI512 example.com", code="ERR_1007",
         why="the algorithm named is not one ldns knows: a usage error"),
    dict(id="neg-drill-no-server", tool="drill",
         script="drill -p 17832 example.com @127.0.0.1", code="ERR_1007",
         why="nothing answers DNS on the port: a network failure"),
    # --- powerdns ------------------------------------------------------------------------------
    dict(id="neg-pdnsutil-no-backend", tool="pdnsutil",
         script="mkdir conf && pdnsutil --config-dir=conf check-all-zones", code="ERR_1007",
         why="no database backend is configured, the tool's own configuration failure"),
    dict(id="neg-pdnsutil-backend-module", tool="pdnsutil",
         script="printf 'launch=gsqlite3\\ngsqlite3-database=/var/lib/powerdns/hodei.sqlite3\\n' > pdns.conf && pdnsutil --config-dir=. list-all-zones",
         code="ERR_1007", why="the backend module the configuration launches is not installed: a missing library dependency"),
    # --- freeradius / ntp / coturn -------------------------------------------------------------
    dict(id="neg-ntpq-no-daemon", tool="ntpq",
         script="out=$(ntpq -c rv 127.0.0.1 2>&1); echo \"$out\" 1>&2; case $out in *rror*) exit 1;; esac",
         code="ERR_1007", why="ntpd is not running, so the query fails: a service that does not answer"),
]
