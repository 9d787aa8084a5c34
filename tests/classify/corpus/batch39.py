"""Batch 39: embedded databases and key-value store utilities (Berkeley DB, LMDB, GDBM, tinycdb,
TDB, Kyoto and Tokyo Cabinet, unixODBC, Firebird, RocksDB, DuckDB)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.7% of codes, 89/94), then worked on."""
B = f"{R}/batch39"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
printf 'alpha\n1\nbeta\n2\ngamma\n3\n' > kv.txt
seq 1 40000 | awk '{print "key" $1; print "value-" $1 "-padding-padding"}' > big-kv.txt
db5.3_load -T -t hash -f kv.txt app.db
db5.3_load -T -t btree -c database=orders -f kv.txt multi.db
printf 'this is not a database, just some text\n' > notdb.bin
printf 'alpha\n' > odd-kv.txt
printf 'VERSION=3\nformat=print\ntype=btree\nHEADER=END\n alpha\n 1\n beta\n 2\nDATA=END\n' > lmdb-dump.txt
awk 'BEGIN{print "VERSION=3"; print "format=print"; print "type=btree"; print "HEADER=END";
  for(i=1;i<=40000;i++){print " key" i; print " value-" i "-padding-padding"}; print "DATA=END"}' > lmdb-big.txt
mkdir -p lmdb-env lmdb-empty lmdb-bad
mdb_load -f lmdb-dump.txt lmdb-env
cp notdb.bin lmdb-bad/data.mdb
printf 'alpha\n' > junk.txt
gdbmtool -n cache.gdbm store alpha 1
gdbmtool cache.gdbm store beta 2
gdbm_dump cache.gdbm cache.dump
seq 1 3000 | awk '{print "store key" $1 " value-" $1 "-padding-padding-padding"}' | gdbmtool -n big.gdbm >/dev/null
gdbm_dump big.gdbm big.dump
printf '+5,1:alpha->1\n+4,1:beta->2\n\n' > records.cdbmake
cdb -c lookup.cdb < records.cdbmake
printf '+5,1:alpha->1\n+4,9:beta->2\n' > truncated.cdbmake
awk 'BEGIN{for(i=1;i<=20000;i++){k="key" i; v="value-" i "-padding-padding"; printf "+%d,%d:%s->%s\n", length(k), length(v), k, v}; print ""}' > big.cdbmake
printf '{\nkey(5) = "alpha"\ndata(1) = "1"\n}\n' | tdbrestore sessions.tdb
printf 'not a tdb dump\n' > junk.tdbdump
printf '{\nkey(5) = "alpha"\ndata(1) = "1"\n}\n' > sessions.tdbdump
kchashmgr create casket.kch
kchashmgr set casket.kch alpha 1
printf 'alpha\t1\nbeta\t2\n' > rows.tsv
awk 'BEGIN{for(i=1;i<=20000;i++) printf "key%d\tvalue-%d-padding-padding\n", i, i}' > big.tsv
tchmgr create casket.tch
tchmgr put casket.tch alpha 1
ldb --db="$PWD/rocks" --create_if_missing put alpha 1 >/dev/null
mkdir -p odbc
printf '[SQLite3]\nDescription=SQLite3 ODBC Driver\nDriver=libsqlite3odbc.so\n' > odbc/odbcinst.ini
printf '[appdb]\nDriver=SQLite3\nDatabase=%s/app.sqlite\n\n[gonedb]\nDriver=SQLite3\nDatabase=/nonexistent/data/app.sqlite\n' "$PWD" > odbc/odbc.ini
printf 'alpha,1\nbeta,2\n' > data.csv
printf 'id,amount\n1,10\n2,twenty\n' > broken.csv
printf "create table orders(id int, amount int); insert into orders values (1, 10);" > orders.sql
cp /usr/bin/cdb arm-cdb && printf '\xb7\x00' | dd of=arm-cdb bs=1 seek=18 conv=notrunc 2>/dev/null
cp /usr/bin/mdb_stat arm-mdb_stat && printf '\xb7\x00' | dd of=arm-mdb_stat bs=1 seek=18 conv=notrunc 2>/dev/null
chmod 755 arm-cdb arm-mdb_stat
chmod -R a+rX .
"""

CASES = [
    # --- Berkeley DB ---------------------------------------------------------------------------
    dict(id="db5-dump-enoent", tool="db5.3_dump", script="db5.3_dump -p /nonexistent/data/app.db",
         code="ERR_1003", why="the database file to dump does not exist",
         path="/nonexistent/data/app.db"),
    dict(id="db5-dump-eacces", tool="db5.3_dump", script=f"db5.3_dump -p {RF}", code="ERR_1002",
         user="nobody", why="the job's user may not read the root-only database file", path=RF),
    dict(id="neg-db5-dump-notdb", tool="db5.3_dump", script=f"db5.3_dump -p {B}/notdb.bin",
         code="ERR_1007", why="the file exists but is not a Berkeley DB database: bad input data"),
    dict(id="db5-load-input-missing", tool="db5.3_load",
         script="db5.3_load -T -t hash -f /nonexistent/export/kv.txt app.db", code="ERR_1003",
         why="the input file to load does not exist", path="/nonexistent/export/kv.txt"),
    dict(id="db5-load-rofs", tool="db5.3_load", script=f"db5.3_load -T -t hash -f {B}/kv.txt $M/app.db",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount",
         path="$M/app.db"),
    dict(id="db5-load-enospc", tool="db5.3_load",
         script=f"db5.3_load -T -t btree -f {B}/big-kv.txt $M/big.db", code="ERR_1012",
         mount="full", why="the filesystem holding the new database is full",
         path="$M/big.db"),
    dict(id="db5-load-eacces", tool="db5.3_load",
         script=f"db5.3_load -T -t hash -f {B}/kv.txt {RD}/app.db", code="ERR_1002", user="nobody",
         why="the job's user may not create files in the root-owned directory",
         path=f"{RD}/app.db"),
    dict(id="neg-db5-load-odd-input", tool="db5.3_load",
         script=f"db5.3_load -t hash -f {B}/kv.txt app.db", code="ERR_1007",
         why="without -T the loader expects db_dump format and the plain text input is rejected"),
    dict(id="neg-db5-verify-corrupt", tool="db5.3_verify", script=f"db5.3_verify {B}/notdb.bin",
         code="ERR_1007", why="verification of a file that is not a valid database fails: the "
         "tool's own check failed on bad data"),
    dict(id="db5-stat-enoent", tool="db5.3_stat", script="db5.3_stat -d /nonexistent/data/app.db",
         code="ERR_1003", why="the database to report on does not exist",
         path="/nonexistent/data/app.db"),
    dict(id="db5-recover-home-missing", tool="db5.3_recover",
         script="db5.3_recover -h /nonexistent/dbenv", code="ERR_1003",
         why="the environment home directory given with -h does not exist",
         path="/nonexistent/dbenv"),
    dict(id="db5-archive-home-eacces", tool="db5.3_archive", script=f"db5.3_archive -h {L}",
         code="ERR_1002", user="nobody",
         why="the job's user may not enter the root-only environment directory", path=L),
    dict(id="mdb-dump-enoent", tool="mdb_dump", script="mdb_dump /nonexistent/lmdb/env",
         code="ERR_1003", why="the LMDB environment directory does not exist"),
    dict(id="mdb-stat-no-datafile", tool="mdb_stat", script=f"mdb_stat {B}/lmdb-empty",
         code="ERR_1003", why="the directory holds no data.mdb, so there is no database to open"),
    dict(id="neg-mdb-stat-notlmdb", tool="mdb_stat", script=f"mdb_stat {B}/lmdb-bad",
         code="ERR_1007", why="data.mdb is not an LMDB file: corrupt input"),
    dict(id="neg-mdb-dump-subdb", tool="mdb_dump", script=f"mdb_dump -s invoices {B}/lmdb-env",
         code="ERR_1007", why="the named sub-database does not exist in the environment: an "
         "unknown name inside the tool's world"),
    dict(id="mdb-load-input-missing", tool="mdb_load",
         script="mkdir env && mdb_load -f /nonexistent/export/dump.txt env", code="ERR_1003",
         why="the dump file to load does not exist", path="/nonexistent/export/dump.txt"),
    dict(id="neg-mdb-load-bad-format", tool="mdb_load",
         script=f"mkdir env && mdb_load -f {B}/junk.txt env", code="ERR_1007",
         why="the input is not in mdb_dump format: bad input data"),
    dict(id="mdb-load-rofs", tool="mdb_load", script=f"mdb_load -f {B}/lmdb-dump.txt $M",
         code="ERR_1012", mount="ro", why="the environment directory is on a read-only mount"),
    dict(id="mdb-load-eacces", tool="mdb_load", script=f"mdb_load -f {B}/lmdb-dump.txt {RD}",
         code="ERR_1002", user="nobody",
         why="the job's user may not create the data file in the root-owned directory"),
    dict(id="neg-mdb-copy-exists", tool="mdb_copy",
         script=f"mkdir backup && mdb_copy {B}/lmdb-env backup && mdb_copy {B}/lmdb-env backup",
         code="ERR_1007", why="the second copy refuses to overwrite the backup made by the first: "
         "the tool's own refusal, nothing is missing or denied"),
    dict(id="mdb-copy-rofs", tool="mdb_copy", script=f"mdb_copy {B}/lmdb-env $M",
         code="ERR_1012", mount="ro", why="the copy is written to a read-only mount"),
    dict(id="mdb-stat-wrong-arch", tool="mdb_stat", script=f"{B}/arm-mdb_stat {B}/lmdb-env",
         code="ERR_1004", why="the binary was built for another architecture and cannot be "
         "executed"),
    # --- GDBM ----------------------------------------------------------------------------------
    dict(id="gdbmtool-script-missing", tool="gdbmtool",
         script=f"gdbmtool -f /nonexistent/scripts/fill.gdbm {B}/cache.gdbm", code="ERR_1003",
         why="the command script given with -f does not exist",
         path="/nonexistent/scripts/fill.gdbm"),
    dict(id="neg-gdbmtool-unknown-cmd", tool="gdbmtool",
         script=f"echo 'purge alpha' | gdbmtool {B}/cache.gdbm", code="ERR_1007",
         why="the script uses a command gdbmtool does not know: a usage error"),
    dict(id="gdbm-dump-output-missing-dir", tool="gdbm_dump",
         script=f"gdbm_dump {B}/cache.gdbm /nonexistent/backup/cache.dump", code="ERR_1003",
         why="the directory for the dump file does not exist",
         path="/nonexistent/backup/cache.dump"),
    dict(id="gdbm-dump-db-missing", tool="gdbm_dump", script="gdbm_dump /nonexistent/cache.gdbm",
         code="ERR_1003", why="the database to dump does not exist"),
    dict(id="gdbm-dump-rofs", tool="gdbm_dump", script=f"gdbm_dump {B}/cache.gdbm $M/cache.dump",
         code="ERR_1012", mount="ro", why="the dump is written to a read-only mount",
         path="$M/cache.dump"),
    dict(id="de-gdbm-dump-eacces", tool="gdbm_dump", script=f"gdbm_dump {RF}", code="ERR_1002",
         user="nobody", lang="de_DE.UTF-8",
         why="the job's user may not read the root-only database file"),
    dict(id="gdbm-load-input-missing", tool="gdbm_load",
         script="gdbm_load /nonexistent/backup/cache.dump cache.gdbm", code="ERR_1003",
         why="the dump file to load does not exist", path="/nonexistent/backup/cache.dump"),
    dict(id="fr-gdbm-load-input-missing", tool="gdbm_load", lang="fr_FR.UTF-8",
         script="gdbm_load /nonexistent/backup/cache.dump cache.gdbm", code="ERR_1003",
         why="the dump file to load does not exist", path="/nonexistent/backup/cache.dump"),
    dict(id="neg-gdbm-load-malformed", tool="gdbm_load", script=f"gdbm_load {B}/junk.txt out.gdbm",
         code="ERR_1007", why="the input is not a GDBM dump: malformed data"),
    dict(id="es-gdbm-dump-rofs", tool="gdbm_dump", lang="es_ES.UTF-8",
         script=f"gdbm_dump {B}/cache.gdbm $M/cache.dump", code="ERR_1012", mount="ro",
         why="the dump is written to a read-only mount", path="$M/cache.dump"),
    dict(id="gdbm-load-rofs", tool="gdbm_load", script=f"gdbm_load {B}/cache.dump $M/cache.gdbm",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount"),
    dict(id="gdbm-load-enospc", tool="gdbm_load", script=f"gdbm_load {B}/big.dump $M/big.gdbm",
         code="ERR_1012", mount="full", why="the filesystem holding the new database is full"),
    dict(id="gdbm-load-eacces", tool="gdbm_load", script=f"gdbm_load {B}/cache.dump {RD}/cache.gdbm",
         code="ERR_1002", user="nobody",
         why="the job's user may not create the database in the root-owned directory"),
    dict(id="pt-gdbm-load-eacces", tool="gdbm_load", lang="pt_BR.UTF-8",
         script=f"gdbm_load {B}/cache.dump {RD}/cache.gdbm", code="ERR_1002", user="nobody",
         why="the job's user may not create the database in the root-owned directory"),
    # --- tinycdb ---------------------------------------------------------------------------------
    dict(id="cdb-query-enoent", tool="cdb", script="cdb -q /nonexistent/maps/lookup.cdb alpha",
         code="ERR_1003", why="the constant database to query does not exist",
         path="/nonexistent/maps/lookup.cdb"),
    dict(id="cdb-create-missing-dir", tool="cdb",
         script=f"cdb -c /nonexistent/maps/lookup.cdb < {B}/records.cdbmake", code="ERR_1003",
         why="the directory for the new database does not exist",
         path="/nonexistent/maps/lookup.cdb.tmp"),
    dict(id="cdb-create-rofs", tool="cdb", script=f"cdb -c $M/lookup.cdb < {B}/records.cdbmake",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount",
         path="$M/lookup.cdb.tmp"),
    dict(id="cdb-create-enospc", tool="cdb", script=f"cdb -c $M/big.cdb < {B}/big.cdbmake",
         code="ERR_1012", mount="full", why="the filesystem holding the new database is full"),
    dict(id="cdb-create-eacces", tool="cdb", script=f"cdb -c {RD}/lookup.cdb < {B}/records.cdbmake",
         code="ERR_1002", user="nobody",
         why="the job's user may not create files in the root-owned directory",
         path=f"{RD}/lookup.cdb.tmp"),
    dict(id="neg-cdb-create-truncated", tool="cdb", script=f"cdb -c out.cdb < {B}/truncated.cdbmake",
         code="ERR_1007", why="the input records are truncated: bad input data"),
    dict(id="neg-cdb-dump-notcdb", tool="cdb", script=f"cdb -d {B}/junk.txt",
         code="ERR_1007", why="the file is too short to be a constant database: bad input"),
    dict(id="cdb-wrong-arch", tool="cdb", script=f"{B}/arm-cdb -q {B}/lookup.cdb alpha",
         code="ERR_1004", why="the binary was built for another architecture and cannot be "
         "executed"),
    # --- TDB -----------------------------------------------------------------------------------
    dict(id="tdbdump-enoent", tool="tdbdump", script="tdbdump /nonexistent/state/sessions.tdb 1>&2",
         code="ERR_1003", why="the TDB file to dump does not exist",
         path="/nonexistent/state/sessions.tdb"),
    dict(id="tdbdump-eacces", tool="tdbdump", script=f"tdbdump {RF} 1>&2", code="ERR_1002",
         user="nobody", why="the job's user may not open the root-only database file",
         path=RF),
    dict(id="neg-tdbdump-notdb", tool="tdbdump", script=f"tdbdump {B}/notdb.bin 1>&2",
         code="ERR_1007", why="the file is not a TDB database: bad input"),
    dict(id="tdbrestore-missing-dir", tool="tdbrestore",
         script=f"tdbrestore /nonexistent/state/sessions.tdb < {B}/sessions.tdbdump", code="ERR_1003",
         why="the directory for the restored database does not exist",
         path="/nonexistent/state/sessions.tdb"),
    dict(id="tdbrestore-rofs", tool="tdbrestore",
         script=f"tdbrestore $M/sessions.tdb < {B}/sessions.tdbdump", code="ERR_1012", mount="ro",
         why="the database is restored onto a read-only mount",
         path="$M/sessions.tdb"),
    dict(id="kchashmgr-enoent", tool="kchashmgr", script="kchashmgr list /nonexistent/cache/casket.kch",
         code="ERR_1003", why="the database file to list does not exist"),
    dict(id="neg-kchashmgr-notdb", tool="kchashmgr", script=f"kchashmgr check {B}/notdb.bin",
         code="ERR_1007", why="the file is not a Kyoto Cabinet database: bad input"),
    dict(id="neg-kchashmgr-no-record", tool="kchashmgr", script=f"kchashmgr get {B}/casket.kch beta",
         code="ERR_1007", why="the key is not in the database: an unknown name inside the tool's "
         "world"),
    dict(id="kchashmgr-import-missing", tool="kchashmgr",
         script="kchashmgr create casket.kch && kchashmgr import casket.kch /nonexistent/export/rows.tsv",
         code="ERR_1003", why="the TSV file to import does not exist",
         path="/nonexistent/export/rows.tsv"),
    dict(id="kchashmgr-create-rofs", miss="'system error: open failed' names only a place in the tool's source, and no reason", tool="kchashmgr", script="kchashmgr create $M/casket.kch",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount"),
    dict(id="kchashmgr-create-eacces", tool="kchashmgr", script=f"kchashmgr create {RD}/casket.kch",
         code="ERR_1002", user="nobody",
         why="the job's user may not create files in the root-owned directory"),
    dict(id="kctreemgr-create-missing-dir", tool="kctreemgr",
         script="kctreemgr create /nonexistent/cache/index.kct", code="ERR_1003",
         why="the directory for the new database does not exist"),
    dict(id="tchmgr-enoent", tool="tchmgr", script="tchmgr list /nonexistent/cache/casket.tch",
         code="ERR_1003", why="the database file to list does not exist"),
    dict(id="neg-tchmgr-no-record", tool="tchmgr", script=f"tchmgr get {B}/casket.tch beta",
         code="ERR_1007", why="the key is not in the database: an unknown name inside the tool's "
         "world"),
    dict(id="tchmgr-create-rofs", miss="'open error' names no file and gives no reason", tool="tchmgr", script="tchmgr create $M/casket.tch",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount"),
    dict(id="tcbmgr-import-missing", tool="tcbmgr",
         script="tcbmgr create index.tcb && tcbmgr importtsv index.tcb /nonexistent/export/rows.tsv",
         code="ERR_1003", why="the TSV file to import does not exist",
         path="/nonexistent/export/rows.tsv"),
    dict(id="tcbmgr-import-enospc", tool="tcbmgr",
         script=f"tcbmgr create $M/index.tcb && tcbmgr importtsv $M/index.tcb {B}/big.tsv",
         code="ERR_1012", mount="full", why="the filesystem holding the database is full"),
    # --- unixODBC isql -------------------------------------------------------------------------
    dict(id="neg-isql-dsn-unknown", tool="isql", script="isql -v reportsdb 1>&2", code="ERR_1007",
         env={"ODBCSYSINI": f"{B}/odbc", "ODBCINI": f"{B}/odbc/odbc.ini"},
         why="the data source name is not configured: an unknown name in the tool's own world"),
    dict(id="isql-fb-input-missing", tool="isql-fb", script="isql-fb -q -i /nonexistent/sql/schema.sql",
         code="ERR_1003", why="the SQL script given with -i does not exist",
         path="/nonexistent/sql/schema.sql"),
    dict(id="isql-fb-db-missing", tool="isql-fb",
         script="echo 'select 1 from rdb$database;' | isql-fb -q /nonexistent/data/app.fdb",
         code="ERR_1003", why="the database file to connect to does not exist",
         path="/nonexistent/data/app.fdb"),
    dict(id="neg-isql-fb-table-unknown", tool="isql-fb",
         script="printf \"create database '$PWD/app.fdb';\\nselect * from invoices;\\n\" > s.sql; "
                "isql-fb -q -b -i s.sql",
         code="ERR_1007", why="the query names a table that does not exist in the database"),
    dict(id="isql-fb-shell-missing-cmd", tool="isql-fb",
         script="printf 'shell hodei-migrate check;\\n' > s.sql; isql-fb -q -b -i s.sql",
         code="ERR_1001", why="the script's shell command runs a program that is not installed",
         command="hodei-migrate"),
    dict(id="isql-fb-create-rofs", tool="isql-fb",
         script="echo \"create database '$M/app.fdb';\" | isql-fb -q -b", code="ERR_1012",
         mount="ro", why="the database is created on a read-only mount",
         path="$M/app.fdb"),
    dict(id="gbak-backup-db-missing", tool="gbak", script="gbak -b /nonexistent/data/app.fdb app.fbk",
         code="ERR_1003", why="the database to back up does not exist",
         path="/nonexistent/data/app.fdb"),
    dict(id="gbak-restore-backup-missing", tool="gbak",
         script="gbak -c /nonexistent/backup/app.fbk app.fdb", code="ERR_1003",
         why="the backup file to restore does not exist", path="/nonexistent/backup/app.fbk"),
    dict(id="gfix-validate-missing", tool="gfix", script="gfix -v -full /nonexistent/data/app.fdb",
         code="ERR_1003", why="the database to validate does not exist",
         path="/nonexistent/data/app.fdb"),
    # --- RocksDB -------------------------------------------------------------------------------
    dict(id="ldb-db-missing", tool="ldb", script="ldb --db=/nonexistent/rocks get alpha",
         code="ERR_1003", why="the database directory does not exist",
         path="/nonexistent/rocks/CURRENT"),
    dict(id="neg-ldb-key-notfound", tool="ldb", script=f"cp -r {B}/rocks . && ldb --db=$PWD/rocks get beta",
         code="ERR_1007", why="the key is not in the database: an unknown name inside the tool's "
         "world"),
    dict(id="neg-ldb-unknown-command", tool="ldb",
         script=f"cp -r {B}/rocks . && ldb --db=$PWD/rocks vacuum", code="ERR_1007",
         why="ldb does not know the command: a usage error"),
    dict(id="ldb-create-rofs", tool="ldb", script="ldb --db=$M/rocks --create_if_missing put alpha 1",
         code="ERR_1012", mount="ro", why="the database is created on a read-only mount",
         path="$M/rocks"),
    dict(id="ldb-thread-eagain", tool="ldb",
         script="ulimit -u 1; ldb --db=$PWD/rocks --create_if_missing put alpha 1",
         code="ERR_1004", user="nobody",
         why="under the process limit the database cannot start its background threads"),
    dict(id="sst-dump-missing", tool="sst_dump", script="sst_dump --file=/nonexistent/rocks/000008.sst",
         code="ERR_1003", why="the SST file to inspect does not exist",
         path="/nonexistent/rocks/000008.sst"),
    dict(id="neg-sst-dump-notsst", tool="sst_dump", script=f"sst_dump --file={B}/notdb.bin --command=scan",
         code="ERR_1007", why="the file is not an SST table: bad input"),
    # --- DuckDB --------------------------------------------------------------------------------
    dict(id="duckdb-csv-missing", tool="duckdb",
         script="duckdb -c \"select * from read_csv('/nonexistent/export/orders.csv')\"",
         code="ERR_1003", why="the CSV file the query reads does not exist",
         path="/nonexistent/export/orders.csv"),
    dict(id="neg-duckdb-table-missing", tool="duckdb", script="duckdb -c 'select * from invoices'",
         code="ERR_1007", why="the query names a table that does not exist: an unknown name in the "
         "database"),
    dict(id="neg-duckdb-syntax", tool="duckdb", script="duckdb -c 'selec count(*) from range(10)'",
         code="ERR_1007", why="the SQL has a syntax error"),
    dict(id="neg-duckdb-notdb", tool="duckdb", script=f"duckdb {B}/notdb.bin -c 'select 1'",
         code="ERR_1007", why="the file is not a DuckDB database: bad input"),
    dict(id="neg-duckdb-csv-malformed", tool="duckdb",
         script=f"duckdb -c \"select * from read_csv('{B}/broken.csv', types={{'amount': 'INTEGER'}})\"",
         code="ERR_1007", why="a value in the CSV file is not a number: bad input data"),
    dict(id="duckdb-db-missing-dir", tool="duckdb",
         script="duckdb /nonexistent/warehouse/app.duckdb -c 'select 1'", code="ERR_1003",
         why="the directory for the database file does not exist",
         path="/nonexistent/warehouse/app.duckdb"),
    dict(id="duckdb-create-rofs", tool="duckdb", script=f"duckdb $M/app.duckdb < {B}/orders.sql",
         code="ERR_1012", mount="ro", why="the database file is created on a read-only mount",
         path="$M/app.duckdb"),
    dict(id="duckdb-copy-enospc", tool="duckdb",
         script="duckdb -c \"copy (select range, 'padding-' || range from range(200000)) to '$M/out.csv'\"",
         code="ERR_1012", mount="full", why="the exported file fills the filesystem",
         path="$M/out.csv"),
    dict(id="duckdb-copy-missing-dir", tool="duckdb",
         script="duckdb -c \"copy (select 1) to '/nonexistent/export/out.parquet'\"",
         code="ERR_1003", why="the directory for the exported file does not exist",
         path="/nonexistent/export/out.parquet"),
    dict(id="db-dump-not-installed", tool="db_dump", script=f"db_dump -p {B}/app.db",
         code="ERR_1001", why="the unversioned Berkeley DB tool name is not installed on this "
         "system", command="db_dump"),
    dict(id="neg-db5-load-wrong-type", tool="db5.3_load",
         script=f"cp {B}/app.db . && db5.3_load -T -t btree -f {B}/kv.txt app.db", code="ERR_1007",
         why="the existing file is a hash database and cannot be opened as a btree: the job's "
         "own mistake"),
    dict(id="neg-kchashmgr-duplicate", tool="kchashmgr",
         script=f"cp {B}/casket.kch . && kchashmgr set -add casket.kch alpha 2", code="ERR_1007",
         why="adding a key that already exists is refused: the tool's own failure"),
    dict(id="neg-gbak-restore-exists", tool="gbak",
         script="echo \"create database '$PWD/app.fdb';\" | isql-fb -q && gbak -b app.fdb app.fbk "
                "&& gbak -c app.fbk app.fdb", code="ERR_1007",
         why="the restore refuses to overwrite an existing database without -rep"),
    dict(id="neg-isql-fb-create-exists", tool="isql-fb",
         script="echo \"create database '$PWD/app.fdb';\" | isql-fb -q && "
                "echo \"create database '$PWD/app.fdb';\" | isql-fb -q -b", code="ERR_1007",
         why="the database already exists, so creating it again fails: the job's own mistake"),
    dict(id="neg-duckdb-readonly", tool="duckdb",
         script="duckdb app.duckdb -c 'create table t(a int)' && "
                "duckdb -readonly app.duckdb -c 'create table u(a int)'", code="ERR_1007",
         why="the job opened the database read-only and then tried to change it: its own mistake"),
    dict(id="neg-duckdb-extension-missing", tool="duckdb", script="duckdb -c 'load spatial'",
         code="ERR_1007", why="the extension the query needs is not installed: a missing "
         "dependency of the job"),
]
