"""Sealed batch 58: directory services and account administration (OpenLDAP's server tools
and clients, Samba's admin tools, MIT Kerberos administration, htpasswd/htdigest, the shadow
suite and getent). Every service a case starts listens on 127.0.0.1 only and is stopped by
the case itself; account tools work on copies (``-R``/``-P``/``-Q`` roots, or a private mount
namespace with a copy bind-mounted over /etc), never on this host's accounts."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (91.3% of codes, 84/92), then worked on."""
F = f"{R}/batch58"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"
LDAP_PORT = 41358
KDC_PORT = 41388
KRB = {"KRB5_CONFIG": f"{F}/krb/krb5.conf", "KRB5_KDC_PROFILE": f"{F}/krb/kdc.conf"}


def mnt(case_id):
    """The scratch mount of a case, for config files that must name it."""
    return f"{R}/mnt/{case_id}"


FIXTURES = rf"""
F="$PWD"
# --- OpenLDAP ------------------------------------------------------------------------------
mkdir -p db dbpriv dbbad ndb ldif
slapconf() {{  # slapconf FILE DBDIR
cat > "$1" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $2/slapd.pid
database mdb
suffix "dc=example,dc=org"
rootdn "cn=admin,dc=example,dc=org"
rootpw secret
directory $2
maxsize 10485760
index objectClass eq
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
EOF
}}
slapconf slapd.conf "$F/db"
slapconf slapd-secret.conf "$F/db"
slapconf slapd-priv.conf "$F/dbpriv"
slapconf slapd-bad-entries.conf "$F/dbbad"
slapconf slapd-nobody.conf "$F/ndb"
slapconf slapd-ro.conf "{mnt('slapadd-db-rofs')}"
slapconf slapd-idx.conf "$F/db"
cp slapd.conf slapd-typo.conf
sed -i 's/^index objectClass eq/indexx objectClass eq/' slapd-typo.conf
cat > ldif/base.ldif <<'EOF'
dn: dc=example,dc=org
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: ou=people,dc=example,dc=org
objectClass: organizationalUnit
ou: people

dn: uid=alice,ou=people,dc=example,dc=org
objectClass: inetOrgPerson
uid: alice
cn: Alice
sn: Smith
mail: alice@example.org
userPassword: alicepw
EOF
cat > ldif/no-sn.ldif <<'EOF'
dn: uid=bob,ou=people,dc=example,dc=org
objectClass: inetOrgPerson
uid: bob
cn: Bob
EOF
cat > ldif/orphan.ldif <<'EOF'
dn: uid=carol,ou=staff,dc=example,dc=org
objectClass: inetOrgPerson
uid: carol
cn: Carol
sn: Jones
EOF
printf 'dn: uid=dave,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid dave\ncn: Dave\nsn: Hill\n' > ldif/broken.ldif
cat > ldif/modify-missing.ldif <<'EOF'
dn: uid=erin,ou=people,dc=example,dc=org
changetype: modify
replace: mail
mail: erin@example.org
EOF
slapadd -f slapd.conf -l ldif/base.ldif
slapadd -f slapd-priv.conf -l ldif/base.ldif
slapadd -f slapd-bad-entries.conf -l ldif/base.ldif
slapadd -s -f slapd-bad-entries.conf -l ldif/no-sn.ldif
# --- MIT Kerberos --------------------------------------------------------------------------
mkdir -p krb
cat > krb/krb5.conf <<EOF
[libdefaults]
  default_realm = HODEI.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  rdns = false
[realms]
  HODEI.TEST = {{
    kdc = 127.0.0.1:{KDC_PORT}
    admin_server = 127.0.0.1:{KDC_PORT + 1}
    kpasswd_server = 127.0.0.1:{KDC_PORT + 2}
  }}
EOF
cat > krb/kdc.conf <<EOF
[kdcdefaults]
  kdc_listen = 127.0.0.1:{KDC_PORT}
  kdc_tcp_listen = 127.0.0.1:{KDC_PORT}
[realms]
  HODEI.TEST = {{
    database_name = $F/krb/principal
    key_stash_file = $F/krb/stash
    acl_file = $F/krb/kadm5.acl
  }}
[logging]
  kdc = FILE:$F/krb/kdc.log
EOF
sed "s#$F/krb/principal#/nonexistent/krb5kdc/principal#" krb/kdc.conf > krb/kdc-nodb.conf
export KRB5_CONFIG="$F/krb/krb5.conf" KRB5_KDC_PROFILE="$F/krb/kdc.conf"
kdb5_util -P masterpw create -s >/dev/null
kadmin.local -q 'addprinc -pw alicepw alice' >/dev/null 2>&1
kadmin.local -q 'addprinc -randkey host/build.hodei.test' >/dev/null 2>&1
echo 'this is not a kdb5_util dump' > krb/garbage.dump
# --- Samba ---------------------------------------------------------------------------------
mkdir -p smb/private smb/state smb/cache smb/lock
smbconf() {{  # smbconf FILE PRIVATEDIR
cat > "$1" <<EOF
[global]
  workgroup = HODEI
  netbios name = CIHOST
  security = user
  passdb backend = tdbsam:$2/passdb.tdb
  private dir = $2
  state directory = $F/smb/state
  cache directory = $F/smb/cache
  lock directory = $F/smb/lock
  pid directory = $F/smb
  log file = $F/smb/log.%m
  interfaces = lo
  bind interfaces only = yes
[builds]
  path = $F
  read only = yes
EOF
}}
smbconf smb/smb.conf "$F/smb/private"
printf '[global]\n  workgroup = HODEI\n  securty = user\n  server role = standalone\n[builds]\n  path = /srv/builds\n  guest ok = maybe\n' > smb/typo.conf
printf 'pw1234\npw1234\n' | smbpasswd -c smb/smb.conf -s -a nobody >/dev/null
printf 'dn: cn=alice\nobjectClass: user\ncn: alice\n\ndn: cn=bob\nobjectClass: user\ncn: bob\n' > users.ldif
ldbadd -H "$F/users.ldb" users.ldif >/dev/null
ldbadd -H "$F/priv.ldb" users.ldif >/dev/null
printf 'dn: cn=zoe\nchangetype: modify\nreplace: description\ndescription: temp\n' > modify-zoe.ldif
# --- htpasswd / htdigest -------------------------------------------------------------------
mkdir -p web
htpasswd -cb web/.htpasswd alice alicepw 2>/dev/null
htpasswd -cb web/priv.htpasswd alice alicepw 2>/dev/null
printf 'alice:ci:%s\n' "$(printf 'alice:ci:alicepw' | md5sum | cut -d' ' -f1)" > web/.htdigest
cp web/.htdigest web/priv.htdigest
# --- shadow suite: a copy of an account database -------------------------------------------
mkdir -p acct/etc
cat > acct/etc/passwd <<'EOF'
root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
builder:x:1500:1500:CI builder:/home/builder:/bin/bash
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
cat > acct/etc/shadow <<'EOF'
root:*:20000:0:99999:7:::
daemon:*:20000:0:99999:7:::
builder:!:20000:0:99999:7:::
nobody:*:20000:0:99999:7:::
EOF
printf 'root:x:0:\ndaemon:x:1:\nbuilder:x:1500:\nnogroup:x:65534:\n' > acct/etc/group
printf 'root:*::\ndaemon:*::\nbuilder:!::\nnogroup:*::\n' > acct/etc/gshadow
cp /etc/login.defs acct/etc/login.defs
printf 'passwd: files\ngroup: files\nshadow: files\n' > acct/etc/nsswitch.conf
chmod 640 acct/etc/shadow acct/etc/gshadow
cat > bad-passwd <<'EOF'
root:x:0:0:root:/root:/bin/bash
deploy:x:1001:1001:deploy user
web:x:1002:1002::/nonexistent/web:/bin/sh
EOF
printf 'root:*:20000:0:99999:7:::\n' > bad-shadow
printf 'root:x:0:\nstaff:x:fifty:\nweb:x:1002:deploy\n' > bad-group
printf 'root:*::\n' > bad-gshadow
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign-editor', 'wb').write(d)"
chmod 755 foreign-editor
chmod -R a+rX .
chown -R nobody ndb
chmod 600 slapd-secret.conf krb/principal* web/priv.htpasswd web/priv.htdigest priv.ldb
chmod 700 dbpriv
"""

LDAP_UP = (f"slapd -f {F}/slapd.conf -h ldap://127.0.0.1:{LDAP_PORT}/ && "
           f"for i in 1 2 3 4 5 6 7 8 9 10; do ldapwhoami -x -H ldap://127.0.0.1:{LDAP_PORT} "
           f">/dev/null 2>&1 && break; sleep 0.3; done; ")
LDAP_DOWN = (f"; rc=$?; kill $(cat {F}/db/slapd.pid); "
             f"while [ -e {F}/db/slapd.pid ]; do sleep 0.2; done; exit $rc")
KDC_UP = ("krb5kdc -P $PWD/kdc.pid && sleep 1; export KRB5CCNAME=FILE:$PWD/cc; ")
KDC_DOWN = "; rc=$?; kill $(cat kdc.pid); sleep 0.5; exit $rc"
ETC_COPY = (f"unshare --mount --propagation private bash -c "
            f"'mount --bind {F}/acct/etc /etc && ")

CASES = [
    # --- OpenLDAP server tools ----------------------------------------------------------------
    dict(id="slapadd-ldif-missing", tool="slapadd",
         script=f"slapadd -f {F}/slapd.conf -l /nonexistent/export/people.ldif", code="ERR_1003",
         why="the LDIF file to load does not exist", path="/nonexistent/export/people.ldif"),
    dict(id="slaptest-config-missing", tool="slaptest",
         script="slaptest -f /nonexistent/ldap/slapd.conf -u", code="ERR_1003",
         why="the configuration file named with -f does not exist",
         path="/nonexistent/ldap/slapd.conf"),
    dict(id="slapcat-output-dir-missing", tool="slapcat",
         script=f"slapcat -f {F}/slapd.conf -l /nonexistent/backups/ldap-nightly.ldif",
         code="ERR_1003", why="the directory of the dump file does not exist",
         path="/nonexistent/backups/ldap-nightly.ldif"),
    dict(id="slapcat-config-dir-missing", tool="slapcat",
         script="slapcat -F /nonexistent/ldap/slapd.d -l dump.ldif", code="ERR_1003",
         why="the configuration directory named with -F does not exist (error 2 is ENOENT)",
         path="/nonexistent/ldap/slapd.d"),
    dict(id="slappasswd-secret-file-missing", tool="slappasswd",
         script="slappasswd -h '{SSHA}' -T /nonexistent/secrets/ldap-admin.pw", code="ERR_1003",
         why="the file holding the secret to hash does not exist",
         path="/nonexistent/secrets/ldap-admin.pw"),
    dict(id="slaptest-config-denied", tool="slaptest", user=NOBODY,
         script=f"slaptest -f {F}/slapd-secret.conf -u", code="ERR_1002",
         why="the job's user may not read the root-only configuration file",
         path=f"{F}/slapd-secret.conf"),
    dict(id="slapcat-db-dir-denied", tool="slapcat", user=NOBODY,
         script=f"slapcat -f {F}/slapd-priv.conf -l dump.ldif", code="ERR_1002",
         why="the database directory is root-only and the job's user may not enter it"),
    dict(id="slapadd-db-rofs", tool="slapadd", mount="ro",
         script=f"slapadd -f {F}/slapd-ro.conf -l {F}/ldif/base.ldif", code="ERR_1012",
         why="the database directory is on a read-only file system"),
    dict(id="slapcat-output-rofs", tool="slapcat", mount="ro",
         script=f"slapcat -f {F}/slapd.conf -l $M/ldap-nightly.ldif", code="ERR_1012",
         why="the dump file is to be written on a read-only file system",
         path="$M/ldap-nightly.ldif"),
    dict(id="slapd-thread-limit", tool="slapd", user=NOBODY,
         script=f"ulimit -u 1; exec slapd -f {F}/slapd-nobody.conf "
                f"-h ldap://127.0.0.1:{LDAP_PORT + 1}/ -d stats",
         code="ERR_1004",
         why="under a process limit of one slapd cannot create its listener thread (EAGAIN)"),
    dict(id="neg-slapadd-duplicate-entry", tool="slapadd",
         script=f"slapadd -f {F}/slapd.conf -l {F}/ldif/base.ldif", code="ERR_1007",
         why="the entries are already in the database; a data conflict, nothing is missing"),
    dict(id="neg-slapadd-schema-violation", tool="slapadd",
         script=f"slapadd -f {F}/slapd.conf -l {F}/ldif/no-sn.ldif", code="ERR_1007",
         why="the entry lacks an attribute its object class requires: bad input data"),
    dict(id="neg-slapadd-parent-missing", tool="slapadd",
         script=f"mkdir db2; "
                f"sed 's#directory {F}/db#directory '$PWD'/db2#' {F}/slapd.conf > s.conf; "
                f"slapadd -f s.conf -l {F}/ldif/orphan.ldif",
         code="ERR_1007",
         why="the LDIF names an entry whose parent entry is not in the data; the input "
             "is incomplete, no file is missing"),
    dict(id="neg-slapadd-ldif-syntax", tool="slapadd",
         script=f"slapadd -f {F}/slapd.conf -l {F}/ldif/broken.ldif", code="ERR_1007",
         why="a line of the LDIF has no colon: a syntax error in the input"),
    dict(id="neg-slaptest-unknown-directive", tool="slaptest",
         script=f"slaptest -f {F}/slapd-typo.conf -u", code="ERR_1007",
         why="the configuration has a misspelled directive"),
    dict(id="neg-slappasswd-unknown-scheme", tool="slappasswd",
         script="slappasswd -h '{SHA512}' -s build-secret", code="ERR_1007",
         why="the hash scheme is not one slappasswd knows (its module is not loaded): a usage "
             "error"),
    dict(id="neg-slapdn-invalid-dn", tool="slapdn",
         script=f"slapdn -f {F}/slapd.conf 'uid=alice,,ou=people,dc=example,dc=org'",
         code="ERR_1007", why="the DN given has invalid syntax"),
    dict(id="neg-slapacl-entry-not-found", tool="slapacl",
         script=f"slapacl -f {F}/slapd.conf -D uid=alice,ou=people,dc=example,dc=org "
                f"-b uid=zed,ou=people,dc=example,dc=org mail/read",
         code="ERR_1007", why="the entry to check does not exist in the directory: an unknown "
                              "name in the tool's own world"),
    dict(id="neg-slapschema-violation", tool="slapschema",
         script=f"slapschema -f {F}/slapd-bad-entries.conf", code="ERR_1007",
         why="an entry in the database breaks the schema: the check fails on bad data"),
    dict(id="slapmodify-ldif-missing", tool="slapmodify",
         script=f"slapmodify -f {F}/slapd.conf -l /nonexistent/changes/2026-12.ldif",
         code="ERR_1003", why="the change file to apply does not exist",
         path="/nonexistent/changes/2026-12.ldif"),
    dict(id="neg-slapmodify-no-such-entry", tool="slapmodify",
         script=f"slapmodify -f {F}/slapd.conf -l {F}/ldif/modify-missing.ldif", code="ERR_1007",
         why="the entry to modify is not in the database: an unknown name in the tool's data"),
    # --- OpenLDAP clients against a loopback slapd --------------------------------------------
    dict(id="neg-ldapwhoami-server-down", tool="ldapwhoami",
         script=f"ldapwhoami -x -H ldap://127.0.0.1:{LDAP_PORT + 2} "
                f"-D cn=admin,dc=example,dc=org -w secret",
         code="ERR_1007", why="no LDAP server listens on that port: a service that does not "
                              "answer"),
    dict(id="neg-ldapwhoami-invalid-credentials", tool="ldapwhoami",
         script=LDAP_UP + f"ldapwhoami -x -H ldap://127.0.0.1:{LDAP_PORT} "
                          f"-D uid=alice,ou=people,dc=example,dc=org -w wrongpw" + LDAP_DOWN,
         code="ERR_1007", why="the bind password is wrong: an authentication failure"),
    dict(id="ldapmodify-ldif-missing", tool="ldapmodify",
         script=f"ldapmodify -x -H ldap://127.0.0.1:{LDAP_PORT + 2} -D cn=admin,dc=example,dc=org "
                f"-w secret -f /nonexistent/changes/2026-12.ldif",
         code="ERR_1003", why="the change file given with -f does not exist",
         path="/nonexistent/changes/2026-12.ldif"),
    dict(id="neg-ldapmodify-no-such-object", tool="ldapmodify",
         script=LDAP_UP + f"ldapmodify -x -H ldap://127.0.0.1:{LDAP_PORT} "
                          f"-D cn=admin,dc=example,dc=org -w secret "
                          f"-f {F}/ldif/modify-missing.ldif" + LDAP_DOWN,
         code="ERR_1007", why="the entry to modify is not in the directory: an unknown name "
                              "in the server's data"),
    dict(id="neg-ldapdelete-no-such-object", tool="ldapdelete",
         script=LDAP_UP + f"ldapdelete -x -H ldap://127.0.0.1:{LDAP_PORT} "
                          f"-D cn=admin,dc=example,dc=org -w secret "
                          f"uid=mallory,ou=people,dc=example,dc=org" + LDAP_DOWN,
         code="ERR_1007", why="the entry to delete does not exist in the directory"),
    dict(id="neg-ldapcompare-false", tool="ldapcompare",
         script=LDAP_UP + f"ldapcompare -x -H ldap://127.0.0.1:{LDAP_PORT} "
                          f"uid=alice,ou=people,dc=example,dc=org "
                          f"mail:alice@hodei.test 1>&2" + LDAP_DOWN,
         code="ERR_1007", why="the compared value does not match, so the check fails"),
    # --- MIT Kerberos administration ----------------------------------------------------------
    dict(id="kadmin-local-db-missing", tool="kadmin.local",
         env={**KRB, "KRB5_KDC_PROFILE": f"{F}/krb/kdc-nodb.conf"},
         script="kadmin.local -q listprincs", code="ERR_1003",
         why="the KDC database the profile names does not exist",
         path="/nonexistent/krb5kdc/principal"),
    dict(id="kadmin-local-db-denied", tool="kadmin.local", user=NOBODY, env=KRB,
         script="kadmin.local -q 'getprinc alice'", code="ERR_1002",
         why="the job's user may not read the root-only KDC database",
         path=f"{F}/krb/principal"),
    dict(id="kdb5_util-dump-dir-missing", tool="kdb5_util", env=KRB,
         script="kdb5_util dump /nonexistent/kdc-backup/realm.dump", code="ERR_1003",
         why="the directory to write the dump in does not exist",
         path="/nonexistent/kdc-backup/realm.dump.dump_ok"),
    dict(id="kdb5_util-load-missing", tool="kdb5_util", env=KRB,
         script="kdb5_util load /nonexistent/kdc-backup/realm.dump", code="ERR_1003",
         why="the dump file to load does not exist", path="/nonexistent/kdc-backup/realm.dump"),
    dict(id="kdb5_util-create-rofs", tool="kdb5_util", env=KRB, mount="ro",
         script="kdb5_util -d $M/principal -sf $M/stash -P masterpw create -s",
         code="ERR_1012", why="the new database is to be created on a read-only file system"),
    dict(id="kdb5_util-create-full", tool="kdb5_util", env=KRB, mount="full",
         script="kdb5_util -d $M/principal -sf $M/stash -P masterpw create -s",
         code="ERR_1012", why="the file system for the new database is full"),
    dict(id="kdb5_util-create-no-inodes", tool="kdb5_util", env=KRB, mount="inodes",
         script="kdb5_util -d $M/principal -sf $M/stash -P masterpw create -s",
         code="ERR_1012", why="the file system has no inodes left for the database's files"),
    dict(id="neg-kdb5_util-create-exists", tool="kdb5_util", env=KRB,
         script="kdb5_util -P masterpw create -s", code="ERR_1007",
         why="a database already exists where it is to be created: the job's own mistake"),
    dict(id="neg-kvno-no-ccache", tool="kvno", env=KRB,
         script="export KRB5CCNAME=FILE:$PWD/krb5cc_ci; kvno host/build.hodei.test",
         code="ERR_1007", why="the job holds no Kerberos ticket: an authentication failure, "
                              "not a missing file"),
    dict(id="neg-kvno-unknown-service", tool="kvno", env=KRB,
         script=KDC_UP + "echo alicepw | kinit alice >/dev/null && "
                         "kvno HTTP/web.hodei.test" + KDC_DOWN,
         code="ERR_1007", why="the service principal is not in the KDC's database: an unknown "
                              "name"),
    dict(id="neg-kpasswd-kdc-down", tool="kpasswd", env=KRB,
         script="export KRB5CCNAME=FILE:$PWD/cc; printf 'alicepw\\n' | kpasswd alice",
         code="ERR_1007", why="no KDC answers on the configured address"),
    dict(id="neg-kpasswd-wrong-password", tool="kpasswd", env=KRB,
         script=KDC_UP + "printf 'notalicepw\\n' | kpasswd alice" + KDC_DOWN,
         code="ERR_1007", why="the current password given is wrong: an authentication failure"),
    dict(id="neg-kdestroy-unknown-cache-type", tool="kdestroy", env=KRB,
         script="kdestroy -c KCMX:ci-cache", code="ERR_1007",
         why="the credential cache name has a type Kerberos does not know: a usage error"),
    dict(id="k5srvutil-keytab-missing", tool="k5srvutil", env=KRB,
         script="k5srvutil list -f /nonexistent/keytabs/host.keytab", code="ERR_1003",
         why="the keytab to list does not exist", path="/nonexistent/keytabs/host.keytab"),
    dict(id="k5srvutil-fork-limit", tool="k5srvutil", user=NOBODY, env=KRB,
         script="ulimit -u 1; exec k5srvutil list -f /etc/krb5.keytab", code="ERR_1004",
         why="under a process limit of one the script cannot fork the programs it runs"),
    dict(id="neg-kdb5_util-load-garbage-de", tool="kdb5_util", env=KRB, lang="de_DE.UTF-8",
         script=f"kdb5_util load {F}/krb/garbage.dump", code="ERR_1007",
         why="the file to load is not a dump: bad input data"),
    dict(id="neg-kswitch-no-matching-cache", tool="kswitch", env=KRB,
         script="export KRB5CCNAME=DIR:$PWD/ccdir; mkdir ccdir; kswitch -p deploy@HODEI.TEST",
         code="ERR_1007", why="no credential cache holds tickets for that principal: the job "
                              "is not logged in"),
    dict(id="kdb5_util-dump-rofs", tool="kdb5_util", env=KRB, mount="ro",
         script="kdb5_util dump $M/realm.dump", code="ERR_1012",
         why="the dump is to be written on a read-only file system",
         path="$M/realm.dump.dump_ok"),
    # --- Samba administration -----------------------------------------------------------------
    dict(id="samba-tool-sam-missing", tool="samba-tool",
         script="samba-tool user list -H /nonexistent/private/sam.ldb", code="ERR_1003",
         why="the SAM database named with -H does not exist", path="/nonexistent/private/sam.ldb"),
    dict(id="samba-tool-ldb-denied", tool="samba-tool", user=NOBODY,
         script=f"samba-tool user list -H {F}/priv.ldb", code="ERR_1002",
         why="the job's user may not read the root-only database", path=f"{F}/priv.ldb"),
    dict(id="ldbsearch-missing", tool="ldbsearch",
         script="ldbsearch -H /nonexistent/private/idmap.ldb '(cn=*)'", code="ERR_1003",
         why="the database to search does not exist", path="/nonexistent/private/idmap.ldb"),
    dict(id="ldbsearch-denied", tool="ldbsearch", user=NOBODY,
         script=f"ldbsearch -H {F}/priv.ldb '(cn=alice)'", code="ERR_1002",
         why="the job's user may not read the root-only database", path=f"{F}/priv.ldb"),
    dict(id="ldbadd-rofs", tool="ldbadd", mount="ro",
         script=f"ldbadd -H $M/users.ldb {F}/users.ldif", code="ERR_1012",
         why="the database is to be created on a read-only file system", path="$M/users.ldb"),
    dict(id="ldbadd-full", tool="ldbadd", mount="full",
         script=f"ldbadd -H $M/users.ldb {F}/users.ldif", code="ERR_1012",
         why="the file system for the new database is full", path="$M/users.ldb"),
    dict(id="neg-ldbmodify-no-such-entry", tool="ldbmodify",
         script=f"cp {F}/users.ldb .; ldbmodify -H users.ldb {F}/modify-zoe.ldif",
         code="ERR_1007", why="the entry to modify does not exist in the database"),
    dict(id="neg-testparm-typo", tool="testparm",
         script=f"testparm -s {F}/smb/typo.conf", code="ERR_1007",
         why="the configuration has an unknown parameter and a bad boolean value"),
    dict(id="neg-pdbedit-user-not-found", tool="pdbedit",
         script=f"pdbedit -s {F}/smb/smb.conf -v -u deploy", code="ERR_1007",
         why="the user is not in the password database: an unknown name"),
    dict(id="neg-smbpasswd-no-entry", tool="smbpasswd",
         script=f"smbpasswd -c {F}/smb/smb.conf -x deploy", code="ERR_1007",
         why="there is no entry for that user to delete: an unknown name"),
    dict(id="neg-net-rpc-refused", tool="net",
         script=f"net -s {F}/smb/smb.conf rpc info -S 127.0.0.1 -U ci%pw", code="ERR_1007",
         why="no SMB server listens on loopback: a service that does not answer"),
    dict(id="neg-net-ads-no-dc", tool="net",
         script=f"net -s {F}/smb/smb.conf ads info", code="ERR_1007",
         why="no domain controller can be found: a network failure"),
    dict(id="neg-nmblookup-name-not-found", tool="nmblookup",
         script=f"nmblookup -s {F}/smb/smb.conf -U 127.0.0.1 FILESRV01 1>&2", code="ERR_1007",
         why="no NetBIOS host answers for the name: a lookup failure"),
    dict(id="neg-wbinfo-winbind-down", tool="wbinfo", script="wbinfo -u", code="ERR_1007",
         why="the winbind service is not running: a service that does not answer"),
    dict(id="neg-ldbadd-entry-exists", tool="ldbadd",
         script=f"cp {F}/users.ldb .; ldbadd -H users.ldb {F}/users.ldif", code="ERR_1007",
         why="the entries are already in the database: a data conflict"),
    dict(id="neg-smbcontrol-smbd-not-running", tool="smbcontrol",
         script=f"smbcontrol -s {F}/smb/smb.conf smbd reload-config", code="ERR_1007",
         why="smbd is not running, so there is no process to send the message to"),
    # --- htpasswd / htdigest ------------------------------------------------------------------
    dict(id="htpasswd-file-missing", tool="htpasswd",
         script="htpasswd -b /nonexistent/site/.htpasswd deploy s3cret", code="ERR_1003",
         why="the password file to update does not exist", path="/nonexistent/site/.htpasswd"),
    dict(id="htpasswd-file-denied", tool="htpasswd", user=NOBODY,
         script=f"htpasswd -b {F}/web/priv.htpasswd deploy s3cret", code="ERR_1002",
         why="the job's user may not read or write the root-only password file",
         path=f"{F}/web/priv.htpasswd"),
    dict(id="htpasswd-create-full", tool="htpasswd", mount="full",
         script="htpasswd -cbB $M/.htpasswd deploy s3cret", code="ERR_1012",
         why="the file system for the new password file is full", path="$M/.htpasswd"),
    dict(id="neg-htpasswd-verify-failed", tool="htpasswd",
         script=f"htpasswd -vb {F}/web/.htpasswd alice wrongpw", code="ERR_1007",
         why="the password does not match: a failed check"),
    dict(id="neg-htpasswd-user-not-found", tool="htpasswd",
         script=f"htpasswd -vb {F}/web/.htpasswd deploy s3cret", code="ERR_1007",
         why="the user is not in the password file: an unknown name, not a missing file"),
    dict(id="neg-htpasswd-bcrypt-cost", tool="htpasswd",
         script="htpasswd -nbB -C 40 deploy s3cret", code="ERR_1007",
         why="the bcrypt cost is out of range: a usage error"),
    dict(id="htdigest-file-missing", tool="htdigest",
         script="htdigest /nonexistent/site/.htdigest ci alice </dev/null", code="ERR_1003",
         why="the digest file to update does not exist", path="/nonexistent/site/.htdigest"),
    dict(id="htdigest-create-rofs", tool="htdigest", mount="ro",
         script="htdigest -c $M/.htdigest ci alice </dev/null", code="ERR_1012",
         why="the new digest file is on a read-only file system", path="$M/.htdigest"),
    # --- shadow suite and getent --------------------------------------------------------------
    dict(id="pwck-passwd-missing", tool="pwck",
         script="pwck -r /nonexistent/etc/passwd /nonexistent/etc/shadow", code="ERR_1003",
         why="the password file to check does not exist", path="/nonexistent/etc/passwd"),
    dict(id="grpck-group-missing", tool="grpck",
         script="grpck -r /nonexistent/etc/group /nonexistent/etc/gshadow", code="ERR_1003",
         why="the group file to check does not exist", path="/nonexistent/etc/group"),
    dict(id="neg-pwck-bad-entries", tool="pwck",
         script=f"pwck -r {F}/bad-passwd {F}/bad-shadow 1>&2", code="ERR_1007",
         why="the password file has malformed entries and a home directory that does not "
             "exist: the check fails on the data"),
    dict(id="neg-grpck-bad-entries", tool="grpck",
         script=f"grpck -r {F}/bad-group {F}/bad-gshadow 1>&2", code="ERR_1007",
         why="the group file has an entry with a non-numeric GID and unknown members: the "
             "check fails on the data"),
    dict(id="chpasswd-root-missing", tool="chpasswd",
         script="echo 'builder:n3wpass' | chpasswd -R /nonexistent/image-root", code="ERR_1003",
         why="the root directory to work in does not exist", path="/nonexistent/image-root"),
    dict(id="pwconv-root-missing", tool="pwconv", script="pwconv -R /nonexistent/image-root",
         code="ERR_1003", why="the root directory to work in does not exist",
         path="/nonexistent/image-root"),
    dict(id="chage-denied", tool="chage", user=NOBODY, script="chage -l root", code="ERR_1002",
         why="an unprivileged user may not read another account's aging information"),
    dict(id="passwd-other-user-denied", tool="passwd", user=NOBODY, script="passwd -S root",
         code="ERR_1002", why="an unprivileged user may not view another account's password "
                              "status"),
    dict(id="gpasswd-denied", tool="gpasswd", user=NOBODY, script="gpasswd -a nobody staff",
         code="ERR_1002", why="an unprivileged user may not change a group's members"),
    dict(id="vipw-denied", tool="vipw", user=NOBODY, script="EDITOR=true vipw",
         code="ERR_1002", why="an unprivileged user may not lock the password file"),
    dict(id="chfn-denied-de", tool="chfn", user=NOBODY, lang="de_DE.UTF-8",
         script="chfn -f 'CI Builder' root", code="ERR_1002",
         why="an unprivileged user may not change another account's details"),
    dict(id="newusers-denied", tool="newusers", user=NOBODY,
         script="printf 'deploy:pw:1600:1600::/home/deploy:/bin/sh\\n' | newusers",
         code="ERR_1002", why="an unprivileged user may not create accounts"),
    dict(id="vipw-editor-missing", tool="vipw",
         script=ETC_COPY + "EDITOR=hodei-vi vipw'", code="ERR_1001",
         why="the editor vipw runs is not installed", command="hodei-vi"),
    dict(id="vipw-editor-wrong-arch", tool="vipw",
         script=ETC_COPY + f"EDITOR={F}/foreign-editor vipw -s'", code="ERR_1004",
         why="the editor vipw runs is a binary for another architecture (exec format error)"),
    dict(id="vigr-editor-missing", tool="vigr",
         script=ETC_COPY + "VISUAL=hodei-nano vigr'", code="ERR_1001",
         why="the editor vigr runs is not installed", command="hodei-nano"),
    dict(id="chsh-denied", tool="chsh", user=NOBODY, script="chsh -s /bin/sh root",
         code="ERR_1002", why="an unprivileged user may not change another account's shell"),
    dict(id="neg-userdel-unknown-user-fr", tool="userdel", lang="fr_FR.UTF-8",
         script=f"userdel -P {F}/acct deploy", code="ERR_1007",
         why="the account to delete does not exist: an unknown name"),
    dict(id="neg-groupdel-unknown-group-es", tool="groupdel", lang="es_ES.UTF-8",
         script=f"groupdel -P {F}/acct deployers", code="ERR_1007",
         why="the group to delete does not exist: an unknown name"),
    dict(id="neg-chage-unknown-user", tool="chage",
         script=f"chage -R {F}/acct -l deploy", code="ERR_1007",
         why="the account does not exist in the password file: an unknown name"),
    dict(id="neg-passwd-unknown-user-pt", tool="passwd", lang="pt_BR.UTF-8",
         script=f"passwd -R {F}/acct -S deploy", code="ERR_1007",
         why="the account does not exist: an unknown name"),
    dict(id="neg-gpasswd-unknown-user-it", tool="gpasswd", lang="it_IT.UTF-8",
         script=f"gpasswd -Q {F}/acct -a deploy builder", code="ERR_1007",
         why="the user to add to the group does not exist: an unknown name"),
    dict(id="neg-lastlog-unknown-user", tool="lastlog", script="lastlog -u deploy",
         code="ERR_1007", why="the user asked for does not exist: an unknown name"),
    dict(id="neg-getent-unknown-database-de", tool="getent", lang="de_DE.UTF-8",
         script="getent netgroupz ci", code="ERR_1007",
         why="the database named is not one getent knows: a usage error"),
]
