"""Sealed batch 22: database servers' own tools, backup and data-migration tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (84.7% of codes, 72/85), then worked on."""
D = f"{R}/batch22"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
P = "/usr/lib/postgresql/15/bin"
NOBODY = "nobody"

FIXTURES = r"""
P=/usr/lib/postgresql/15/bin
mkdir -p pg lone wal archive
chown nobody pg
(cd pg && runuser -u nobody -- $P/initdb -D "$PWD/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null)
cp $P/initdb lone/initdb
mkdir -p arm64
cp $P/postgres arm64/postgres
cp /bin/gzip arm64/zcat
# the same programs marked as built for aarch64 (ELF e_machine 183)
printf '\267\000' | dd of=arm64/postgres bs=1 seek=18 conv=notrunc 2>/dev/null
printf '\267\000' | dd of=arm64/zcat bs=1 seek=18 conv=notrunc 2>/dev/null
head -c 65536 /dev/zero | tr '\0' 'w' > wal/000000010000000000000001
mkdir -p badbackup
printf '{ "PostgreSQL-Backup-Manifest-Version": 1, "Files": [ { "Path": ' > badbackup/backup_manifest
head -c 300 /dev/zero | tr '\0' 'r' > bad.rdb
printf 'REDIS0009' > short.rdb
printf '*2\r\n$3\r\nSET\r\n' > bad.aof
printf 'port 0\nappendonly yes\nmaxmemory-policy sometimes\n' > bad.conf
printf 'port 0\ndaemonize no\n' > redis.conf
cp redis.conf private.conf
printf 'not a database, just notes\n' > notes.db
printf 'Standard Jet DB but not really\n' > orders.mdb
cp orders.mdb private.mdb
sqlite3 a.db 'CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, "a");'
sqlite3 b.db 'CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, "b");'
cp a.db private.db
printf '2026-12-01 10:00:00 UTC [123]: LOG:  duration: 12.345 ms  statement: SELECT 1\n' > postgresql.log
printf '# Time: 2026-12-01T10:00:00\n# Query_time: 1.5  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\nSELECT 1;\n' > slow.log
zbackup --non-encrypted --silent init zrepo 2>/dev/null
printf 'data\n' > dump.sql
chmod -R a+rX .
chmod 600 private.conf private.mdb private.db
chmod 700 pg/data
"""

# a throwaway copy of the fixture cluster, served on a Unix socket in the case's directory only
PGCOPY = f"cp -a {D}/pg/data ./data && chmod 700 data"
PGSTART = f"{PGCOPY} && {P}/pg_ctl -D data -w -l pg.log -o \"-k $PWD -c listen_addresses=''\" start >/dev/null"
PGSTOP = f"{P}/pg_ctl -D data -m fast -w stop >/dev/null"

CASES = [
    # --- initdb -----------------------------------------------------------------------------
    dict(id="initdb-datadir-eacces", tool="initdb", script=f"{P}/initdb -D {RD}/pgdata",
         code="ERR_1002", user=NOBODY, path=f"{RD}/pgdata",
         why="the job's user may not create the data directory in a root-owned directory"),
    dict(id="initdb-datadir-rofs", tool="initdb", script=f"{P}/initdb -D $M/pgdata", code="ERR_1012",
         user=NOBODY, mount="ro", path="$M/pgdata",
         why="the data directory is to be made on a read-only mount"),
    dict(id="initdb-enospc", tool="initdb", script=f"{P}/initdb --no-sync -D $M/pgdata", code="ERR_1012",
         user=NOBODY, mount="full", path="$M/pgdata/PG_VERSION", why="the disk fills up while the cluster's files are written"),
    dict(id="initdb-no-inodes", tool="initdb", script=f"{P}/initdb --no-sync -D $M/pgdata",
         code="ERR_1012", user=NOBODY, mount="inodes", path="$M/pgdata/global",
         why="the filesystem has no inodes left for the cluster's files"),
    dict(id="initdb-fork-eagain", tool="initdb",
         script=f"ulimit -u 1; exec {P}/initdb -D $PWD/pgdata", code="ERR_1004", user=NOBODY,
         why="under a process limit initdb cannot start the postgres program it runs (popen fails)"),
    dict(id="initdb-postgres-missing", tool="initdb", script=f"{D}/lone/initdb -D $PWD/pgdata",
         code="ERR_1001", user=NOBODY, command="postgres",
         why="the postgres server program initdb runs is not installed beside it"),
    dict(id="neg-initdb-not-empty", tool="initdb",
         script=f"mkdir pgdata && echo old > pgdata/PG_VERSION.bak && {P}/initdb -D $PWD/pgdata",
         code="ERR_1007", user=NOBODY,
         why="the target directory already holds files: the job's own mistake about where to initialise"),
    dict(id="neg-initdb-bad-encoding", tool="initdb", script=f"{P}/initdb -E LATIN99 -D $PWD/pgdata",
         code="ERR_1007", user=NOBODY, why="an encoding name that does not exist: a usage error"),
    dict(id="de-initdb-datadir-eacces", tool="initdb", script=f"{P}/initdb -D {RD}/pgdata",
         code="ERR_1002", user=NOBODY, lang="de_DE.UTF-8", path=f"{RD}/pgdata",
         why="the job's user may not create the data directory (German messages)"),
    dict(id="pt-initdb-datadir-rofs", tool="initdb", script=f"{P}/initdb -D $M/pgdata",
         code="ERR_1012", user=NOBODY, mount="ro", lang="pt_BR.UTF-8", path="$M/pgdata",
         why="the data directory is on a read-only mount (Portuguese messages)"),
    # --- pg_ctl -----------------------------------------------------------------------------
    dict(id="pg_ctl-datadir-missing", tool="pg_ctl", script=f"{P}/pg_ctl -D /nonexistent/pgdata start",
         code="ERR_1003", user=NOBODY, path="/nonexistent/pgdata",
         why="the data directory to start does not exist"),
    dict(id="fr-pg_ctl-datadir-missing", tool="pg_ctl",
         script=f"{P}/pg_ctl -D /nonexistent/pgdata -w start", code="ERR_1003", user=NOBODY,
         lang="fr_FR.UTF-8", path="/nonexistent/pgdata",
         why="the data directory to start does not exist (French messages)"),
    dict(id="neg-pg_ctl-status-not-running", tool="pg_ctl",
         script=f"{PGCOPY} && {P}/pg_ctl -D data status 1>&2", code="ERR_1007", user=NOBODY,
         why="the status check reports the server is not running: the job's check failed"),
    dict(id="neg-pg_ctl-bad-config", tool="pg_ctl",
         script=f"{PGCOPY} && echo 'shared_buffers = lots' >> data/postgresql.conf && "
                f"{P}/pg_ctl -D data -w -l pg.log -o \"-k $PWD -c listen_addresses=''\" start "
                f"|| {{ s=$?; cat pg.log >&2; exit $s; }}",
         code="ERR_1007", user=NOBODY,
         why="the server refuses an invalid setting in its configuration file"),
    dict(id="pg_ctl-logfile-rofs", tool="pg_ctl",
         script=f"{PGCOPY} && {P}/pg_ctl -D data -w -l $M/pg.log -o \"-k $PWD -c listen_addresses=''\" start",
         code="ERR_1012", user=NOBODY, mount="ro", path="$M/pg.log",
         why="the server's log file is on a read-only mount, so the server cannot be started"),
    dict(id="pg_ctl-postgres-path-missing", tool="pg_ctl",
         script=f"{PGCOPY} && {P}/pg_ctl -D data -w -p /nonexistent/pgsql/bin/postgres "
                f"-o \"-k $PWD -c listen_addresses=''\" start 1>&2",
         code="ERR_1001", user=NOBODY, command="/nonexistent/pgsql/bin/postgres",
         why="the server program pg_ctl is told to run is not installed at that path"),
    dict(id="pg_ctl-postgres-wrong-arch", tool="pg_ctl",
         script=f"{PGCOPY} && {P}/pg_ctl -D data -w -p {D}/arm64/postgres "
                f"-o \"-k $PWD -c listen_addresses=''\" start 1>&2",
         code="ERR_1004", user=NOBODY,
         why="the server program pg_ctl runs is built for another architecture (exec format error)"),
    dict(id="pg_ctl-fork-eagain", tool="pg_ctl",
         script=f"{PGCOPY} && ulimit -u 1 && exec {P}/pg_ctl -D data -w -l pg.log -o \"-k $PWD -c listen_addresses=''\" start",
         code="ERR_1004", user=NOBODY,
         why="under a process limit pg_ctl cannot fork the server process"),
    dict(id="pg_ctl-logfile-eacces", tool="pg_ctl",
         script=f"{PGCOPY} && {P}/pg_ctl -D data -w -l {RD}/pg.log -o \"-k $PWD -c listen_addresses=''\" start",
         code="ERR_1002", user=NOBODY, path=f"{RD}/pg.log",
         why="the job's user may not create the server's log file in a root-owned directory"),
    # --- pg_basebackup / pg_isready / pgbench -----------------------------------------------
    dict(id="neg-pg_basebackup-refused", tool="pg_basebackup",
         script=f"{P}/pg_basebackup -h 127.0.0.1 -p 1 -U postgres -D $PWD/base", code="ERR_1007",
         user=NOBODY, why="no server answers on the address: a service that is not there"),
    dict(id="pg_basebackup-target-rofs", tool="pg_basebackup",
         script=f"{PGSTART} && {{ {P}/pg_basebackup -h $PWD -U postgres -D $M/base; s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1012", user=NOBODY, mount="ro", path="$M/base",
         why="the backup is written to a read-only mount"),
    dict(id="pg_basebackup-enospc", tool="pg_basebackup",
         script=f"{PGSTART} && {{ {P}/pg_basebackup -h $PWD -U postgres -D $M/base; s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1012", user=NOBODY, mount="full", path="$M/base/backup_label",
         why="the disk fills up while the backup is written"),
    dict(id="pg_basebackup-fork-eagain", tool="pg_basebackup",
         script=f"{PGSTART} && {{ bash -c 'ulimit -u 1; exec {P}/pg_basebackup -h $PWD -U postgres -D $PWD/base'; "
                f"s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1004", user=NOBODY,
         why="under a process limit pg_basebackup cannot fork its background WAL streaming process"),
    dict(id="neg-pg_basebackup-not-empty", tool="pg_basebackup",
         script=f"mkdir base && echo x > base/old && {PGSTART} && {{ {P}/pg_basebackup -h $PWD -U postgres -D base; s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1007", user=NOBODY,
         why="the target directory already holds an older backup: the job's own mistake"),
    dict(id="neg-pg_basebackup-unknown-role", tool="pg_basebackup",
         script=f"{PGSTART} && {{ {P}/pg_basebackup -h $PWD -U replicator -D base; s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1007", user=NOBODY,
         why="the role named does not exist in the server: an unknown name in the tool's world"),
    dict(id="neg-pg_isready-no-response", tool="pg_isready",
         script=f"{P}/pg_isready -h 127.0.0.1 -p 1 -t 3 1>&2", code="ERR_1007", user=NOBODY,
         why="the server does not answer: the readiness check failed"),
    dict(id="pgbench-script-missing", tool="pgbench",
         script=f"{P}/pgbench -n -h 127.0.0.1 -p 1 -f /nonexistent/bench/select.sql",
         code="ERR_1003", user=NOBODY, path="/nonexistent/bench/select.sql",
         why="the benchmark script file does not exist"),
    dict(id="neg-pgbench-bad-script", tool="pgbench",
         script=f"printf '\\\\set id random(1\\nSELECT :id;\\n' > bench.sql && {P}/pgbench -n -h 127.0.0.1 -p 1 -f bench.sql",
         code="ERR_1007", user=NOBODY, why="the benchmark script has a syntax error"),
    dict(id="neg-pgbench-no-tables", tool="pgbench",
         script=f"{PGSTART} && {{ {P}/pgbench -h $PWD -U postgres -t 1 postgres; s=$?; {PGSTOP}; exit $s; }}",
         code="ERR_1007", user=NOBODY,
         why="the benchmark tables were never created (relation does not exist): the job's own setup"),
    # --- cluster inspection tools -----------------------------------------------------------
    dict(id="pg_controldata-missing", tool="pg_controldata",
         script=f"{P}/pg_controldata /nonexistent/pgdata", code="ERR_1003",
         path="/nonexistent/pgdata/global/pg_control",
         why="the data directory (and its control file) does not exist"),
    dict(id="pg_controldata-eacces", tool="pg_controldata", script=f"{P}/pg_controldata {L}",
         code="ERR_1002", user=NOBODY, path=f"{L}/global/pg_control",
         why="the job's user may not enter the root-only directory to read the control file"),
    dict(id="es-pg_controldata-missing", tool="pg_controldata",
         script=f"{P}/pg_controldata -D /nonexistent/pgdata", code="ERR_1003", lang="es_ES.UTF-8",
         path="/nonexistent/pgdata/global/pg_control",
         why="the data directory does not exist (Spanish messages)"),
    dict(id="pg_waldump-missing", tool="pg_waldump",
         script=f"{P}/pg_waldump /nonexistent/pg_wal/000000010000000000000001", code="ERR_1003",
         path="/nonexistent/pg_wal",
         why="the WAL segment's directory does not exist"),
    dict(id="neg-pg_waldump-garbage", tool="pg_waldump",
         script=f"{P}/pg_waldump {D}/wal/000000010000000000000001", code="ERR_1007",
         why="the file is not a WAL segment: bad input data"),
    dict(id="pg_verifybackup-missing", tool="pg_verifybackup",
         script=f"{P}/pg_verifybackup /nonexistent/backups/base", code="ERR_1003",
         path="/nonexistent/backups/base/backup_manifest",
         why="the backup directory to verify does not exist"),
    dict(id="neg-pg_verifybackup-bad-manifest", tool="pg_verifybackup",
         script=f"{P}/pg_verifybackup {D}/badbackup", code="ERR_1007",
         why="the backup manifest is truncated: corrupt input"),
    dict(id="it-pg_verifybackup-missing", tool="pg_verifybackup",
         script=f"{P}/pg_verifybackup /nonexistent/backups/base", code="ERR_1003", lang="it_IT.UTF-8",
         path="/nonexistent/backups/base/backup_manifest",
         why="the backup directory does not exist (Italian messages)"),
    dict(id="pg_resetwal-missing", tool="pg_resetwal", script=f"{P}/pg_resetwal -D /nonexistent/pgdata",
         code="ERR_1003", user=NOBODY, path="/nonexistent/pgdata",
         why="the data directory does not exist"),
    dict(id="pg_archivecleanup-missing", tool="pg_archivecleanup",
         script=f"{P}/pg_archivecleanup /nonexistent/wal_archive 000000010000000000000010",
         code="ERR_1003", path="/nonexistent/wal_archive",
         why="the archive directory to clean does not exist"),
    dict(id="neg-pg_archivecleanup-bad-name", tool="pg_archivecleanup",
         script=f"{P}/pg_archivecleanup {D}/archive latest.backup", code="ERR_1007",
         why="the oldest segment to keep is not a WAL file name: a usage error"),
    dict(id="neg-pg_checksums-disabled", tool="pg_checksums",
         script=f"{PGCOPY} && {P}/pg_checksums --check -D data", code="ERR_1007", user=NOBODY,
         why="checksums are not enabled in the cluster: the check fails on its own terms"),
    dict(id="pg_upgrade-old-bindir-missing", tool="pg_upgrade",
         script=f"{PGCOPY} && {P}/pg_upgrade -b /nonexistent/pg11/bin -B {P} -d data -D data 1>&2",
         code="ERR_1003", user=NOBODY, path="/nonexistent/pg11/bin",
         why="the old cluster's program directory does not exist"),
    # --- redis ------------------------------------------------------------------------------
    dict(id="redis-server-conf-missing", tool="redis-server",
         script="redis-server /nonexistent/redis/redis.conf 1>&2", code="ERR_1003",
         path="/nonexistent/redis/redis.conf", why="the configuration file does not exist"),
    dict(id="redis-server-conf-eacces", tool="redis-server", script=f"redis-server {D}/private.conf 1>&2",
         code="ERR_1002", user=NOBODY, path=f"{D}/private.conf",
         why="the job's user may not read the configuration file"),
    dict(id="redis-server-dir-missing", tool="redis-server",
         script="redis-server --port 0 --dir /nonexistent/redis-data", code="ERR_1003",
         path="/nonexistent/redis-data",
         why="the working directory named in the configuration does not exist"),
    dict(id="neg-redis-server-bad-directive", tool="redis-server", script=f"redis-server {D}/bad.conf",
         code="ERR_1007", why="the configuration file holds an invalid value: a config syntax error"),
    dict(id="redis-server-logfile-rofs", tool="redis-server",
         script="redis-server --port 0 --logfile $M/redis.log", code="ERR_1012", mount="ro",
         why="the log file is on a read-only mount"),
    dict(id="redis-server-logfile-eacces", tool="redis-server",
         script=f"redis-server --port 0 --logfile {RD}/redis.log", code="ERR_1002", user=NOBODY,
         why="the job's user may not create the log file in a root-owned directory"),
    dict(id="redis-server-aof-no-inodes", tool="redis-server",
         script="timeout 10 redis-server --bind 127.0.0.1 --port 46381 --dir $M --appendonly yes 1>&2", code="ERR_1012",
         mount="inodes", why="the append-only files cannot be created: no inodes left"),
    dict(id="neg-redis-server-port-in-use", tool="redis-server",
         script="redis-server --bind 127.0.0.1 --port 46379 --dir $PWD --daemonize yes --pidfile $PWD/r.pid "
                "--logfile $PWD/r.log && sleep 1 && { redis-server --bind 127.0.0.1 --port 46379 --dir $PWD 1>&2; "
                "s=$?; kill $(cat r.pid); sleep 1; exit $s; }",
         code="ERR_1007", user=NOBODY,
         why="another server already listens on the port: the job's own configuration clash"),
    dict(id="redis-check-aof-missing", tool="redis-check-aof",
         script="redis-check-aof /nonexistent/redis/appendonly.aof 1>&2", code="ERR_1003",
         path="/nonexistent/redis/appendonly.aof", why="the AOF file to check does not exist"),
    dict(id="neg-redis-check-aof-corrupt", tool="redis-check-aof",
         script=f"redis-check-aof {D}/bad.aof 1>&2", code="ERR_1007",
         why="the AOF file is truncated: the check fails on bad data"),
    dict(id="neg-redis-check-rdb-corrupt", tool="redis-check-rdb",
         script=f"redis-check-rdb {D}/bad.rdb 1>&2", code="ERR_1007",
         why="the file is not an RDB dump: corrupt input"),
    dict(id="neg-redis-check-rdb-truncated", tool="redis-check-rdb",
         script=f"redis-check-rdb {D}/short.rdb 1>&2", code="ERR_1007",
         why="the RDB dump ends early: corrupt input"),
    # --- memcached --------------------------------------------------------------------------
    dict(id="neg-memcached-unknown-user", tool="memcached",
         script="memcached -u memcache-svc -l 127.0.0.1 -p 41211", code="ERR_1007",
         why="the user to switch to does not exist: an unknown name in the job's setup"),
    dict(id="neg-memcached-port-in-use", tool="memcached",
         script="memcached -d -P $PWD/m.pid -l 127.0.0.1 -p 41212 -U 0 && sleep 1 && "
                "{ memcached -l 127.0.0.1 -p 41212 -U 0; s=$?; kill $(cat m.pid); exit $s; }",
         code="ERR_1007", user=NOBODY,
         why="another memcached already listens on the port: the job's configuration clash"),
    dict(id="memcached-thread-eagain", tool="memcached",
         script="timeout 10 bash -c 'ulimit -u 1; exec memcached -l 127.0.0.1 -p 41213 -U 0'",
         code="ERR_1004", user=NOBODY,
         why="under a process limit memcached cannot create its worker threads"),
    dict(id="memcached-socket-eacces", tool="memcached",
         script=f"timeout 10 memcached -s {RD}/memcached.sock", code="ERR_1002", user=NOBODY, path=f"{RD}/memcached.sock",
         why="the job's user may not create the socket in a root-owned directory", miss="the refusal ('bind(): Permission denied') is followed by memcached's own 'Invalid argument' for the socket, which decides"),
    # --- mariadb ----------------------------------------------------------------------------
    dict(id="neg-mariadb-admin-refused", tool="mariadb-admin",
         script="mariadb-admin -h 127.0.0.1 -P 1 --connect-timeout=3 ping", code="ERR_1007",
         why="no server answers on the address"),
    dict(id="neg-mariadb-check-no-socket", tool="mariadb-check",
         script="mariadb-check -S /nonexistent/mysqld/mysqld.sock --all-databases", code="ERR_1007",
         why="the server's socket is missing because no server runs: a service that does not answer"),
    dict(id="mariabackup-prepare-missing", tool="mariabackup",
         script="mariabackup --prepare --target-dir=/nonexistent/backups/full", code="ERR_1003",
         path="/nonexistent/backups/full/",
         why="the backup directory to prepare does not exist"),
    dict(id="neg-mariabackup-backup-no-server", tool="mariabackup",
         script="mariabackup --backup --host=127.0.0.1 --port=1 --target-dir=$PWD/full",
         code="ERR_1007", why="no server answers to be backed up"),
    dict(id="mariadb-install-db-eacces", tool="mariadb-install-db",
         script=f"mariadb-install-db --no-defaults --datadir={RD}/mysql", code="ERR_1002",
         user=NOBODY, path=f"{RD}/mysql", why="the job's user may not create the data directory in a root-owned directory"),
    dict(id="mariadb-install-db-rofs", tool="mariadb-install-db",
         script="mariadb-install-db --no-defaults --datadir=$M/mysql", code="ERR_1012", user=NOBODY,
         mount="ro", path="$M/mysql", why="the data directory is to be made on a read-only mount"),
    # --- percona toolkit --------------------------------------------------------------------
    dict(id="neg-pt-query-digest-bad-option", tool="pt-query-digest",
         script=f"pt-query-digest --type slowlogs {D}/slow.log", code="ERR_1007",
         why="an unknown log type: a usage error"),
    dict(id="neg-pt-mysql-summary-refused", tool="pt-mysql-summary",
         script="pt-mysql-summary -- --host=127.0.0.1 --port=1", code="ERR_1007",
         why="no server answers to be summarised"),
    dict(id="neg-pt-archiver-refused", tool="pt-archiver",
         script="pt-archiver --source h=127.0.0.1,P=1,D=shop,t=orders --purge --where 'id < 10'",
         code="ERR_1007", why="no server answers on the address"),
    # --- mdbtools ---------------------------------------------------------------------------
    dict(id="mdb-tables-missing", tool="mdb-tables", script="mdb-tables /nonexistent/access/orders.mdb",
         code="ERR_1003", why="the Access database file does not exist"),
    dict(id="neg-mdb-tables-garbage", tool="mdb-tables", script=f"mdb-tables {D}/orders.mdb",
         code="ERR_1007", why="the file is not an Access database: bad input"),
    dict(id="mdb-export-missing", tool="mdb-export", script="mdb-export /nonexistent/access/shop.mdb Orders",
         code="ERR_1003", why="the Access database file to export from does not exist"),
    # --- sqlite3 tools ----------------------------------------------------------------------
    dict(id="sqldiff-missing", tool="sqldiff", script=f"sqldiff /nonexistent/db/old.db {D}/b.db",
         code="ERR_1003", path="/nonexistent/db/old.db",
         why="the first database to compare does not exist"),
    dict(id="neg-sqldiff-not-a-database", tool="sqldiff", script=f"sqldiff {D}/notes.db {D}/b.db",
         code="ERR_1007", why="the file is not a SQLite database: bad input"),
    dict(id="sqldiff-eacces", tool="sqldiff", script=f"sqldiff {D}/private.db {D}/b.db",
         code="ERR_1002", user=NOBODY, path=f"{D}/private.db",
         why="the job's user may not read the database file"),
    dict(id="sqlite3_analyzer-missing", tool="sqlite3_analyzer",
         script="sqlite3_analyzer /nonexistent/db/app.db", code="ERR_1003",
         path="/nonexistent/db/app.db", why="the database to analyse does not exist"),
    dict(id="neg-sqlite3_analyzer-not-a-database", tool="sqlite3_analyzer",
         script=f"sqlite3_analyzer {D}/notes.db", code="ERR_1007",
         why="the file is not a SQLite database: bad input"),
    # --- pgbadger ---------------------------------------------------------------------------
    dict(id="pgbadger-log-missing", tool="pgbadger", script="pgbadger -q /nonexistent/pglog/postgresql.log",
         code="ERR_1003", path="/nonexistent/pglog/postgresql.log", why="the log file to analyse does not exist"),
    dict(id="pgbadger-zcat-missing", tool="pgbadger",
         script="printf '2026-12-01 10:00:00 UTC [123]: LOG:  duration: 12.345 ms  statement: SELECT 1\\n' "
                "| gzip > postgresql.log.gz && pgbadger -q --zcat hodei-zcat -o report.html postgresql.log.gz",
         code="ERR_1001", command="hodei-zcat",
         why="the decompression program pgbadger is told to run for the compressed log is not installed"),
    dict(id="pgbadger-zcat-wrong-arch", tool="pgbadger",
         script="printf '2026-12-01 10:00:00 UTC [123]: LOG:  duration: 12.345 ms  statement: SELECT 1\\n' "
                f"| gzip > postgresql.log.gz && pgbadger -q --zcat {D}/arm64/zcat -o report.html postgresql.log.gz",
         code="ERR_1004",
         why="the decompression program pgbadger runs is built for another architecture (exec format error)"),
    dict(id="pgbadger-output-rofs", tool="pgbadger",
         script=f"pgbadger -q -o $M/report.html {D}/postgresql.log", code="ERR_1012", mount="ro", path="$M//report.html",
         why="the report is written to a read-only mount"),
    dict(id="pgbadger-output-eacces", tool="pgbadger",
         script=f"pgbadger -q -o {RD}/report.html {D}/postgresql.log", code="ERR_1002", user=NOBODY,
         path=f"{RD}//report.html",
         why="the job's user may not write the report into a root-owned directory"),
    # --- zbackup / pgbackrest ---------------------------------------------------------------
    dict(id="zbackup-restore-repo-missing", tool="zbackup",
         script="zbackup --non-encrypted restore /nonexistent/zbackup/backups/db-1 > db.sql", code="ERR_1003",
         path="/nonexistent/zbackup/backups", why="the repository to restore from does not exist"),
    dict(id="neg-zbackup-no-key-option", tool="zbackup",
         script=f"zbackup restore {D}/zrepo/backups/dump-0 > /dev/null", code="ERR_1007",
         why="neither a password file nor the non-encrypted flag is given: a usage error"),
    dict(id="pgbackrest-config-missing", tool="pgbackrest",
         script="pgbackrest --config=/nonexistent/pgbackrest/pgbackrest.conf --stanza=main info",
         code="ERR_1003", path="/nonexistent/pgbackrest/pgbackrest.conf",
         why="the configuration file named does not exist"),
    dict(id="pgbackrest-ssh-missing", tool="pgbackrest",
         script=f"cp -a {D}/pg/data ./data && cd data && pgbackrest --no-config --stanza=main "
                "--repo1-host=backup.internal --cmd-ssh=hodei-ssh --pg1-path=$PWD --log-path=$HOME "
                "--log-level-console=error archive-get 000000010000000000000001 pg_wal/RECOVERYXLOG",
         code="ERR_1001", command="hodei-ssh",
         why="the ssh program pgbackrest runs to reach the repository host is not installed"),
    dict(id="neg-pgbackrest-check-no-server", tool="pgbackrest",
         script="pgbackrest --no-config --repo1-path=$PWD/repo --log-path=$PWD "
                "--stanza=main --pg1-path=$PWD/data --log-level-console=error check",
         code="ERR_1007", user=NOBODY,
         why="no PostgreSQL server runs for the stanza to check: a service that does not answer", miss="the server's socket that is missing because the server is not running is named inside pgbackrest's own report, read as a missing file"),
]
