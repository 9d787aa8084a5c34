"""Sealed batch 65: data pipeline, workflow and data-validation tooling as scheduled data jobs
run them (dbt with duckdb, luigi, CWL runners, dvc, kedro, doit, pypyr, pgloader, frictionless
and schema validators, CSV/Parquet/Avro loaders and converters)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (81.4% of codes, 79/97), then worked on."""
F = f"{R}/batch65"
L = f"{R}/locked"
RD = f"{R}/rootdir"
V = "/tmp/b65venv/bin"

NOBODY = "nobody"
PATH = f"{V}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
ENV = {"PATH": PATH, "DO_NOT_TRACK": "1", "KEDRO_DISABLE_TELEMETRY": "1",
       "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DVC_NO_ANALYTICS": "1", "COLUMNS": "160",
       "PYTHONPATH": f"{R}/batch65/luigi", "LUIGI_CONFIG_PATH": f"{R}/batch65/luigi/luigi.cfg"}

MLF = {**ENV, "MLFLOW_TRACKING_URI": "file:./mlruns", "MLFLOW_ALLOW_FILE_STORE": "true"}

FIXTURES = r"""
export PATH=/tmp/b65venv/bin:$PATH HOME="$PWD" DO_NOT_TRACK=1 KEDRO_DISABLE_TELEMETRY=1 DVC_NO_ANALYTICS=1
F="$PWD"
mkdir -p data bin
printf 'id,qty,email\n1,3,a@example.com\n2,5,b@example.com\n3,1,c@example.com\n' > data/orders.csv
printf 'id,qty,email\n1,3,a@example.com\n2,ten,b@example.com\n3,,\n4,2\n' > data/orders-bad.csv
printf 'id,qty,email\n1,4,a@example.com\n2,5,b@example.com\n4,9,d@example.com\n' > data/orders-new.csv
printf 'PAR1 this is not a parquet file\n' > data/notparquet.parquet
printf 'Obj\x01 truncated avro header\n' > data/broken.avro
/usr/bin/python3 - <<'X'
d = bytearray(open("/bin/true", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
open("bin/score-model", "wb").write(d)
X
chmod 755 bin/score-model
/tmp/b65venv/bin/python - <<'X'
import pyarrow as pa, pyarrow.parquet as pq, fastavro
pq.write_table(pa.table({"id": [1, 2, 3], "qty": [3, 5, 1]}), "data/orders.parquet")
schema = fastavro.parse_schema({"type": "record", "name": "Order", "fields": [{"name": "id", "type": "int"}]})
with open("data/orders.avro", "wb") as f:
    fastavro.writer(f, schema, [{"id": 1}, {"id": 2}])
X
cat > data/schema.json <<'X'
{"fields": [{"name": "id", "type": "integer", "constraints": {"required": true}},
            {"name": "qty", "type": "integer", "constraints": {"required": true}},
            {"name": "email", "type": "string", "constraints": {"required": true}}],
 "primaryKey": ["id"]}
X
# --- config validation inputs
cat > data/app.schema.json <<'X'
{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
 "required": ["name", "replicas"],
 "properties": {"name": {"type": "string"}, "replicas": {"type": "integer", "minimum": 1}}}
X
printf '{"name": "ingest", "replicas": 2}\n' > data/app.json
printf '{"name": "ingest", "replicas": "two"}\n' > data/app-bad.json
printf 'name: str()\nreplicas: int(min=1)\nschedule: str()\n' > data/job.yamale
printf 'name: ingest\nreplicas: 0\n' > data/job-bad.yaml
printf 'name: ingest\nreplicas: 2\nschedule: "0 3 * * *"\n' > data/job.yaml
printf 'type: map\nmapping:\n  name: {type: str, required: true}\n  replicas: {type: int, required: true, range: {min: 1}}\n' > data/job.kwalify.yaml
# --- luigi
mkdir -p luigi
cat > luigi/luigi.cfg <<'X'
[core]
rpc-retry-attempts = 1
rpc-retry-wait = 1
no_lock = true
[retcode]
already_running = 10
missing_data = 20
not_run = 25
task_failed = 30
scheduling_error = 35
unhandled_exception = 40
X
cat > luigi/nightly.py <<'X'
import csv
import subprocess

import luigi


class RawExport(luigi.ExternalTask):
    path = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget(self.path)


class CleanOrders(luigi.Task):
    src = luigi.Parameter()
    out = luigi.Parameter(default="clean.csv")

    def requires(self):
        return RawExport(self.src)

    def output(self):
        return luigi.LocalTarget(self.out)

    def run(self):
        with self.input().open() as f, self.output().open("w") as o:
            for row in csv.DictReader(f):
                o.write(f"{row['id']},{int(row['qty'])}\n")


class LoadLedger(luigi.Task):
    src = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget("ledger.csv")

    def run(self):
        with open(self.src) as f:
            lines = f.readlines()
        with self.output().open("w") as o:
            o.writelines(lines)


class ExportReport(luigi.Task):
    out = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget(self.out)

    def run(self):
        with self.output().open("w") as o:
            for i in range(50000):
                o.write(f"{i},daily report line with some padding text\n")


class RunScorer(luigi.Task):
    scorer = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget("scores.done")

    def run(self):
        subprocess.run([self.scorer, "--input", "orders.csv"], check=True)
        with self.output().open("w") as o:
            o.write("ok\n")


class AllReports(luigi.WrapperTask):
    def requires(self):
        return [ExportReport(out=f"report-{i}.csv") for i in range(4)]
X
# --- CWL
mkdir -p cwl
cat > cwl/count.cwl <<'X'
cwlVersion: v1.2
class: CommandLineTool
baseCommand: [wc, -l]
inputs:
  src:
    type: File
    inputBinding: {position: 1}
stdout: count.txt
outputs:
  count: {type: stdout}
X
cat > cwl/profile.cwl <<'X'
cwlVersion: v1.2
class: CommandLineTool
baseCommand: hodei-profile-reads
inputs:
  src:
    type: File
    inputBinding: {position: 1}
stdout: profile.txt
outputs:
  profile: {type: stdout}
X
cat > cwl/score.cwl <<X
cwlVersion: v1.2
class: CommandLineTool
baseCommand: $F/bin/score-model
inputs:
  src:
    type: File
    inputBinding: {position: 1}
outputs: []
X
cat > cwl/errors.cwl <<'X'
cwlVersion: v1.2
class: CommandLineTool
baseCommand: [grep, -c, FATAL]
inputs:
  src:
    type: File
    inputBinding: {position: 1}
stdout: fatal-count.txt
outputs:
  count: {type: stdout}
X
cat > cwl/invalid.cwl <<'X'
cwlVersion: v1.2
class: CommandLineTool
baseCommand: [wc, -l]
inputs:
  src:
    type: Fiel
    inputBinding: {position: 1}
outputs:
  count: {type: stdout}
X
printf 'src:\n  class: File\n  path: %s/data/orders.csv\n' "$F" > cwl/orders.yml
printf 'src:\n  class: File\n  path: /nonexistent/reads/sample1.fastq\n' > cwl/missing.yml
# --- dbt
mkdir -p dbt/shop/models dbt/shopref/models dbt/shopprof/models
for p in shop shopref shopprof; do
  prof=warehouse; [ $p = shopprof ] && prof=finance
  printf "name: %s\nversion: '1.0'\nprofile: %s\nmodel-paths: ['models']\n" "$p" "$prof" > dbt/$p/dbt_project.yml
  cat > dbt/$p/profiles.yml <<'X'
warehouse:
  target: dev
  outputs:
    dev:
      type: duckdb
      path: "{{ env_var('WAREHOUSE_DB', 'warehouse.duckdb') }}"
      threads: 4
X
done
printf "select 1 as id, 'shipped' as status\nunion all select 2, 'open'\n" > dbt/shop/models/orders.sql
printf "select 1 as id, 'a@example.com' as email\nunion all select 2, null\n" > dbt/shop/models/customers.sql
printf "select id, status\nfrom {{ ref('orders') }}\nwher status = 'open'\n" > dbt/shop/models/open_orders.sql
printf "select * from read_csv_auto('/nonexistent/exports/payments.csv')\n" > dbt/shop/models/payments.sql
printf 'version: 2\nmodels:\n  - name: customers\n    columns:\n      - name: email\n        tests: [not_null]\n' > dbt/shop/models/schema.yml
printf "select 1 as id\n" > dbt/shopref/models/orders.sql
printf "select * from {{ ref('stg_refunds') }}\n" > dbt/shopref/models/refunds.sql
printf "select 1 as id\n" > dbt/shopprof/models/orders.sql
# --- dvc
mkdir -p dvc
for r in depmissing cmdmissing foreign badyaml data; do
  mkdir -p dvc/$r && (cd dvc/$r && dvc init -q --no-scm && mkdir -p data out)
done
printf 'stages:\n  prepare:\n    cmd: cut -d, -f1,2 data/raw.csv > out/clean.csv\n    deps:\n      - data/raw.csv\n    outs:\n      - out/clean.csv\n' > dvc/depmissing/dvc.yaml
cp data/orders.csv dvc/cmdmissing/data/raw.csv
printf 'stages:\n  featurize:\n    cmd: hodei-featurize data/raw.csv out/features.csv\n    deps:\n      - data/raw.csv\n    outs:\n      - out/features.csv\n' > dvc/cmdmissing/dvc.yaml
cp data/orders.csv dvc/foreign/data/raw.csv; cp bin/score-model dvc/foreign/score-model
printf 'stages:\n  score:\n    cmd: ./score-model data/raw.csv out/scores.csv\n    deps:\n      - data/raw.csv\n    outs:\n      - out/scores.csv\n' > dvc/foreign/dvc.yaml
cp data/orders.csv dvc/badyaml/data/raw.csv
printf 'stages:\n  prepare:\n    cmd: cut -d, -f1 data/raw.csv > out/ids.csv\n    deps:\n      - data/raw.csv\n   outs:\n      - out/ids.csv\n' > dvc/badyaml/dvc.yaml
head -c 200000 /dev/urandom > dvc/data/data/raw.bin
(cd dvc/data && dvc add -q data/raw.bin)
# --- kedro
mkdir -p kedro && (cd kedro && kedro new --name orders_etl --tools none --example n >/dev/null 2>&1)
cat > kedro/orders-etl/src/orders_etl/nodes.py <<'X'
import csv


def load(source):
    with open(source, newline="") as f:
        return list(csv.DictReader(f))


def summarise(rows):
    return {"orders": len(rows), "qty": sum(int(r["qty"]) for r in rows)}


def save(summary, target):
    with open(target, "w") as f:
        f.write(f"{summary['orders']},{summary['qty']}\n")
X
cat > kedro/orders-etl/src/orders_etl/pipeline_registry.py <<'X'
from kedro.pipeline import Pipeline, node

from orders_etl import nodes


def register_pipelines():
    etl = Pipeline([
        node(nodes.load, "params:source", "rows", name="load"),
        node(nodes.summarise, "rows", "summary", name="summarise"),
        node(nodes.save, ["summary", "params:target"], None, name="save"),
    ])
    return {"__default__": etl, "etl": etl}
X
printf 'source: data/orders.csv\ntarget: summary.csv\n' > kedro/orders-etl/conf/base/parameters.yml
# --- doit
mkdir -p doit
cat > doit/dodo_minify.py <<'X'
def task_minify():
    return {"actions": ["hodei-minify --out build/app.min.js src/app.js"], "verbosity": 2}
X
cat > doit/dodo_dep.py <<'X'
def task_report():
    return {"file_dep": ["exports/orders.csv"], "targets": ["report.txt"],
            "actions": ["wc -l exports/orders.csv > report.txt"]}
X
cat > doit/dodo_write.py <<'X'
import os


def write_summary():
    with open(os.environ["SUMMARY_OUT"], "w") as f:
        f.write("orders,3\n" * 20000)


def task_summary():
    return {"actions": [write_summary], "targets": [os.environ["SUMMARY_OUT"]]}
X
cat > doit/dodo_copy.py <<'X'
def task_stage():
    return {"actions": ["cp /nonexistent/exports/orders.csv staged.csv"], "verbosity": 2}
X
cat > doit/dodo_check.py <<'X'
def task_check():
    return {"actions": ["test $(wc -l < %s) -gt 10" % "ORDERS"], "verbosity": 2}
X
sed -i "s#ORDERS#$F/data/orders.csv#" doit/dodo_check.py
# --- pypyr
mkdir -p pypyr
cat > pypyr/export.yaml <<'X'
steps:
  - name: pypyr.steps.cmd
    in:
      cmd: hodei-export --since yesterday
X
cat > pypyr/gate.yaml <<'X'
steps:
  - name: pypyr.steps.assert
    in:
      assert:
        this: 3
        equals: 10
X
# --- pgloader
mkdir -p pgl
cat > pgl/orders.load <<'X'
LOAD CSV
     FROM 'ORDERS' (id, qty, email)
     INTO postgresql://etl@127.0.0.1:5499/shop?orders
     WITH skip header = 1, fields terminated by ','
;
X
sed -i "s#ORDERS#$F/data/orders.csv#" pgl/orders.load
cat > pgl/bad.load <<'X'
LOAD CSV
     FROM 'orders.csv' (id, qty, email)
     INTO postgresql://etl@127.0.0.1:5499/shop?orders
     WITH skip header = 1, fields terminted by ','
;
X
# --- mlflow projects
mkdir -p mlflow/churn mlflow/report
printf 'name: churn\nentry_points:\n  main:\n    parameters:\n      data: {type: path, default: data/train.csv}\n    command: "hodei-train --data {data}"\n' > mlflow/churn/MLproject
mkdir -p mlflow/churn/data && cp data/orders.csv mlflow/churn/data/train.csv
printf 'name: report\nentry_points:\n  main:\n    command: "cut -d, -f1 /nonexistent/exports/churn.csv"\n' > mlflow/report/MLproject
# --- more CWL and dvc
cat > cwl/ref.cwl <<'X'
cwlVersion: v1.2
class: CommandLineTool
baseCommand: cat
arguments: [/nonexistent/ref/genome.fa]
inputs: []
stdout: ref.txt
outputs:
  ref: {type: stdout}
X
mkdir -p dvc/sortmissing && (cd dvc/sortmissing && dvc init -q --no-scm && mkdir -p out)
printf 'stages:\n  sort:\n    cmd: sort /nonexistent/exports/orders.csv -o out/sorted.csv\n    outs:\n      - out/sorted.csv\n' > dvc/sortmissing/dvc.yaml
cat > doit/dodo_cache.py <<'X'
def task_cache():
    return {"actions": ["mkdir CACHEDIR"], "verbosity": 2}
X
sed -i "s#CACHEDIR#$(dirname "$F")/rootdir/cache#" doit/dodo_cache.py
cp data/orders.csv data/orders.parquet ../locked/
rm -rf .cache .config .local .kedro* kedro/.telemetry
chmod -R a+rX .
"""

CASES = [
    # --- dbt -----------------------------------------------------------------------------
    dict(id="dbt-run-no-project-file", miss="details: the file is named by its name, the expected detail is its full path", tool="dbt", env=ENV,
         script=f"mkdir -p .dbt && cp {F}/dbt/shop/profiles.yml .dbt/ && dbt run 1>&2",
         code="ERR_1003", path=f"{R}/w/dbt-run-no-project-file/dbt_project.yml",
         why="dbt was started in a directory without the dbt_project.yml it needs."),
    dict(id="dbt-run-project-dir-missing", tool="dbt", env=ENV,
         script="dbt run --project-dir /nonexistent/analytics --profiles-dir /nonexistent/analytics 1>&2",
         code="ERR_1003", path="/nonexistent/analytics",
         why="The project directory the job names does not exist."),
    dict(id="neg-dbt-profile-not-found", tool="dbt", env=ENV,
         script=f"cp -r {F}/dbt/shopprof . && cd shopprof && dbt run --profiles-dir . 1>&2",
         code="ERR_1007",
         why="The project asks for a profile that profiles.yml does not define: an unknown "
             "name in dbt's own configuration."),
    dict(id="neg-dbt-model-syntax-error", tool="dbt", env=ENV,
         script=f"cp -r {F}/dbt/shop . && cd shop && dbt run --profiles-dir . --select orders open_orders 1>&2",
         code="ERR_1007",
         why="A model's SQL has a typo and duckdb rejects it: the job's own code is wrong."),
    dict(id="neg-dbt-test-not-null-fails", tool="dbt", env=ENV,
         script=f"cp -r {F}/dbt/shop . && cd shop && dbt build --profiles-dir . --select customers 1>&2",
         code="ERR_1007",
         why="A data test finds null e-mails: the data check failed."),
    dict(id="neg-dbt-ref-not-found", tool="dbt", env=ENV,
         script=f"cp -r {F}/dbt/shopref . && cd shopref && dbt run --profiles-dir . 1>&2",
         code="ERR_1007",
         why="A model refers to a model that does not exist in the project: an unknown name "
             "in dbt's own world, whatever the message's wording."),
    dict(id="dbt-source-csv-missing", miss="dbt's run summary and 'compiled code at' follow the database error", tool="dbt", env=ENV,
         script=f"cp -r {F}/dbt/shop . && cd shop && dbt run --profiles-dir . --select payments 1>&2",
         code="ERR_1003", path="/nonexistent/exports/payments.csv",
         why="The CSV export the model reads does not exist."),
    dict(id="dbt-warehouse-rofs", tool="dbt", env=ENV,
         mount="ro",
         script=f"export WAREHOUSE_DB=$M/warehouse.duckdb; cp -r {F}/dbt/shop . && cd shop && dbt run --profiles-dir . --select orders 1>&2",
         code="ERR_1012", path="$M/warehouse.duckdb",
         why="The duckdb warehouse file cannot be created because the file system is read-only."),
    dict(id="dbt-warehouse-denied", tool="dbt", user=NOBODY,
         env={**ENV, "WAREHOUSE_DB": f"{RD}/warehouse.duckdb"},
         script=f"cp -r {F}/dbt/shop . && cd shop && dbt run --profiles-dir . --select orders 1>&2",
         code="ERR_1002", path=f"{RD}/warehouse.duckdb",
         why="The job's user may not create the warehouse file in the root-owned directory."),
    dict(id="dbt-target-disk-full", tool="dbt", env=ENV,
         mount="full",
         script=f"cp -r {F}/dbt/shop . && cd shop && dbt run --profiles-dir . --target-path $M/target --select orders 1>&2",
         code="ERR_1012",
         why="dbt cannot write its compiled artifacts because the disk is full."),
    dict(id="dbt-run-thread-limit", tool="dbt", user=NOBODY, env=ENV,
         script=f"cp -r {F}/dbt/shop . && cd shop && ulimit -u 1 && exec dbt run --profiles-dir . --select orders 1>&2",
         code="ERR_1004",
         why="Under a process limit dbt cannot start its worker threads."),
    # --- luigi ---------------------------------------------------------------------------
    dict(id="luigi-missing-external-input", miss="luigi's execution summary says 'missing external dependencies'; the file is named in a WARNING above it", tool="luigi", env=ENV,
         script="luigi --module nightly CleanOrders --src /nonexistent/exports/orders.csv --local-scheduler",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The export the pipeline starts from does not exist, so luigi reports a missing "
             "external dependency."),
    dict(id="luigi-read-denied", tool="luigi", env=ENV, user=NOBODY,
         script=f"luigi --module nightly LoadLedger --src {L}/secret.txt --local-scheduler",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The task cannot read its input: the job's user may not enter the directory."),
    dict(id="luigi-output-rofs", tool="luigi", env=ENV, mount="ro",
         script="luigi --module nightly ExportReport --out $M/report.csv --local-scheduler",
         code="ERR_1012",
         why="The report cannot be written because the file system is read-only."),
    dict(id="luigi-output-disk-full", tool="luigi", env=ENV, mount="full",
         script="luigi --module nightly ExportReport --out $M/report.csv --local-scheduler",
         code="ERR_1012",
         why="The report cannot be written because the disk is full."),
    dict(id="luigi-scorer-not-installed", tool="luigi", env=ENV,
         script="luigi --module nightly RunScorer --scorer hodei-scorer --local-scheduler",
         code="ERR_1001", command="hodei-scorer",
         why="The program the task runs is not installed."),
    dict(id="luigi-scorer-wrong-arch", tool="luigi", env=ENV,
         script=f"luigi --module nightly RunScorer --scorer {F}/bin/score-model --local-scheduler",
         code="ERR_1004",
         why="The program the task runs is built for another architecture (exec format error)."),
    dict(id="neg-luigi-bad-row", tool="luigi", env=ENV,
         script=f"luigi --module nightly CleanOrders --src {F}/data/orders-bad.csv --local-scheduler",
         code="ERR_1007",
         why="A row of the input has a quantity that is not a number: bad input data."),
    dict(id="neg-luigi-module-missing", tool="luigi", env=ENV,
         script="luigi --module nightly_jobs CleanOrders --src x.csv --local-scheduler",
         code="ERR_1007",
         why="The pipeline module named on the command line cannot be imported: a missing "
             "Python module."),
    dict(id="neg-luigi-scheduler-refused", tool="luigi", env=ENV,
         script="luigi --module nightly ExportReport --out report.csv --scheduler-host 127.0.0.1 --scheduler-port 8599",
         code="ERR_1007",
         why="The central scheduler does not answer (connection refused)."),
    dict(id="luigi-workers-process-limit", tool="luigi", env=ENV, user=NOBODY,
         script="ulimit -u 1; exec luigi --module nightly AllReports --workers 3 --local-scheduler",
         code="ERR_1004",
         why="Under a process limit luigi cannot fork its worker processes."),
    # --- cwltool -------------------------------------------------------------------------
    dict(id="cwltool-workflow-missing", tool="cwltool", env=ENV,
         script=f"cwltool /nonexistent/workflows/align.cwl {F}/cwl/orders.yml",
         code="ERR_1003", path="/nonexistent/workflows/align.cwl",
         why="The workflow file the job names does not exist."),
    dict(id="cwltool-input-file-missing", tool="cwltool", env=ENV,
         script=f"cwltool {F}/cwl/count.cwl {F}/cwl/missing.yml",
         code="ERR_1003", path="/nonexistent/reads/sample1.fastq",
         why="The input file named in the job order does not exist."),
    dict(id="cwltool-base-command-missing", tool="cwltool", env=ENV,
         script=f"cwltool {F}/cwl/profile.cwl {F}/cwl/orders.yml",
         code="ERR_1001", command="hodei-profile-reads",
         why="The tool's baseCommand is not installed."),
    dict(id="cwltool-base-command-wrong-arch", tool="cwltool", env=ENV,
         script=f"cwltool {F}/cwl/score.cwl {F}/cwl/orders.yml",
         code="ERR_1004",
         why="The tool's program is built for another architecture (exec format error)."),
    dict(id="neg-cwltool-invalid-type", tool="cwltool", env=ENV,
         script=f"cwltool {F}/cwl/invalid.cwl {F}/cwl/orders.yml",
         code="ERR_1007",
         why="The tool description has an unknown type and fails validation."),
    dict(id="neg-cwltool-permanent-fail", tool="cwltool", env=ENV,
         script=f"cwltool {F}/cwl/errors.cwl {F}/cwl/orders.yml",
         code="ERR_1007",
         why="The step's command exits non-zero (grep found nothing), so the step fails: the "
             "job's own failure."),
    dict(id="cwltool-outdir-rofs", tool="cwltool", env=ENV, mount="ro",
         script=f"cwltool --outdir $M/results {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1012", path="$M/results",
         why="The output directory cannot be created because the file system is read-only."),
    dict(id="cwltool-outdir-no-inodes", tool="cwltool", env=ENV, mount="inodes",
         script=f"cwltool --outdir $M/results/run1 {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1012",
         why="The outputs cannot be stored because the file system has no inodes left."),
    dict(id="cwltool-outdir-denied", tool="cwltool", env=ENV, user=NOBODY,
         script=f"cwltool --outdir {RD}/results {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1002", path=f"{RD}/results",
         why="The job's user may not create the output directory."),
    dict(id="cwltool-process-limit", tool="cwltool", env=ENV, user=NOBODY,
         script=f"ulimit -u 1; exec cwltool {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1004",
         why="Under a process limit cwltool cannot start the step's process."),
    # --- toil ----------------------------------------------------------------------------
    dict(id="toil-cwl-input-missing", tool="toil-cwl-runner", env=ENV,
         script=f"toil-cwl-runner --jobStore file:js {F}/cwl/count.cwl {F}/cwl/missing.yml",
         code="ERR_1003", path="/nonexistent/reads/sample1.fastq",
         why="The input file named in the job order does not exist."),
    dict(id="toil-cwl-base-command-missing", miss="toil's worker log, tab-indented, follows the error", tool="toil-cwl-runner", env=ENV,
         script=f"toil-cwl-runner --jobStore file:js {F}/cwl/profile.cwl {F}/cwl/orders.yml",
         code="ERR_1001", command="hodei-profile-reads",
         why="The tool's baseCommand is not installed."),
    dict(id="neg-toil-jobstore-exists", tool="toil-cwl-runner", env=ENV,
         script=f"mkdir -p js && toil-cwl-runner --jobStore file:js {F}/cwl/count.cwl {F}/cwl/orders.yml >/dev/null 2>&1; "
                f"toil-cwl-runner --jobStore file:js {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1007",
         why="A job store of that name is left from an earlier run: a conflict in toil's own state."),
    dict(id="toil-jobstore-rofs", tool="toil-cwl-runner", env=ENV, mount="ro",
         script=f"toil-cwl-runner --jobStore file:$M/js {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1012", path="$M/js",
         why="The job store cannot be created because the file system is read-only."),
    dict(id="toil-jobstore-no-inodes", tool="toil-cwl-runner", env=ENV, mount="inodes",
         script=f"toil-cwl-runner --jobStore file:$M/js {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1012",
         why="The job store cannot be filled because the file system has no inodes left."),
    dict(id="toil-cwl-restart-jobstore-missing", tool="toil-cwl-runner", env=ENV,
         script=f"toil-cwl-runner --restart --jobStore file:/nonexistent/jobstores/nightly {F}/cwl/count.cwl {F}/cwl/orders.yml",
         code="ERR_1003", path="/nonexistent/jobstores/nightly",
         why="The job store the restart names does not exist, so there is nothing to resume."),
    # --- dvc -----------------------------------------------------------------------------
    dict(id="neg-dvc-not-a-repo", tool="dvc", env=ENV,
         script="dvc repro",
         code="ERR_1007",
         why="dvc was run outside any DVC repository, like git outside a repository."),
    dict(id="dvc-repro-dep-missing", tool="dvc", env=ENV,
         script=f"cp -r {F}/dvc/depmissing repo && cd repo && dvc repro",
         code="ERR_1003", path=f"{R}/w/dvc-repro-dep-missing/repo/data/raw.csv",
         why="The stage's input data file does not exist."),
    dict(id="dvc-repro-cmd-missing", tool="dvc", env=ENV,
         script=f"cp -r {F}/dvc/cmdmissing repo && cd repo && dvc repro",
         code="ERR_1001", command="hodei-featurize",
         why="The program the stage runs is not installed."),
    dict(id="dvc-repro-wrong-arch", tool="dvc", env=ENV,
         script=f"cp -r {F}/dvc/foreign repo && cd repo && dvc repro",
         code="ERR_1004",
         why="The stage's program is built for another architecture (exec format error)."),
    dict(id="neg-dvc-yaml-syntax", tool="dvc", env=ENV,
         script=f"cp -r {F}/dvc/badyaml repo && cd repo && dvc repro",
         code="ERR_1007",
         why="dvc.yaml is badly indented and cannot be parsed."),
    dict(id="neg-dvc-push-no-remote", tool="dvc", env=ENV,
         script=f"cp -r {F}/dvc/data repo && cd repo && dvc push",
         code="ERR_1007",
         why="No remote is configured for the push: a configuration mistake of the job."),
    dict(id="dvc-push-remote-denied", tool="dvc", env=ENV, user=NOBODY,
         script=f"cp -r {F}/dvc/data repo && cd repo && dvc remote add -d store {RD}/dvcstore && dvc push",
         code="ERR_1002", path=f"{RD}/dvcstore",
         why="The job's user may not create the remote storage directory."),
    dict(id="dvc-push-remote-rofs", tool="dvc", env=ENV, mount="ro",
         script=f"cp -r {F}/dvc/data repo && cd repo && dvc remote add -d store $M/dvcstore && dvc push",
         code="ERR_1012", path="$M/dvcstore",
         why="The remote storage is on a read-only file system."),
    dict(id="dvc-add-cache-full", tool="dvc", env=ENV, mount="full",
         script=f"cp -r {F}/dvc/data repo && cd repo && dvc cache dir $M/cache && "
                "head -c 300000 /dev/urandom > data/extra.bin && dvc add data/extra.bin",
         code="ERR_1012",
         why="The file cannot be copied into the cache because the disk is full."),
    # --- kedro ---------------------------------------------------------------------------
    dict(id="kedro-source-missing", tool="kedro", env=ENV,
         script=f"cp -r {F}/kedro/orders-etl . && cd orders-etl && "
                "kedro run --params source=/nonexistent/exports/orders.csv",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The CSV the first node reads does not exist."),
    dict(id="kedro-source-denied", tool="kedro", env=ENV, user=NOBODY,
         script=f"cp -r {F}/kedro/orders-etl . && cd orders-etl && kedro run --params source={L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The job's user may not read the node's input."),
    dict(id="kedro-target-rofs", tool="kedro", env=ENV, mount="ro",
         script=f"cp -r {F}/kedro/orders-etl . && cd orders-etl && "
                f"kedro run --params source={F}/data/orders.csv,target=$M/summary.csv",
         code="ERR_1012", path="$M/summary.csv",
         why="The summary cannot be written because the file system is read-only."),
    dict(id="neg-kedro-pipeline-unknown", tool="kedro", env=ENV,
         script=f"cp -r {F}/kedro/orders-etl . && cd orders-etl && kedro run --pipeline reporting",
         code="ERR_1007",
         why="The pipeline asked for is not registered: an unknown name in kedro's own world."),
    dict(id="neg-kedro-node-bad-data", tool="kedro", env=ENV,
         script=f"cp -r {F}/kedro/orders-etl . && cd orders-etl && kedro run --params source={F}/data/orders-bad.csv",
         code="ERR_1007",
         why="A node fails on a quantity that is not a number: bad input data."),
    # --- doit ----------------------------------------------------------------------------
    dict(id="doit-dodo-missing", tool="doit", env=ENV,
         script="doit 1>&2",
         code="ERR_1003", path=f"{R}/w/doit-dodo-missing/dodo.py",
         why="doit was started where there is no dodo.py task file."),
    dict(id="doit-action-cmd-missing", tool="doit", env=ENV,
         script=f"cp {F}/doit/dodo_minify.py dodo.py && doit 1>&2",
         code="ERR_1001", command="hodei-minify",
         why="The program the task's action runs is not installed."),
    dict(id="doit-file-dep-missing", tool="doit", env=ENV,
         script=f"cp {F}/doit/dodo_dep.py dodo.py && doit 1>&2",
         code="ERR_1003", path="exports/orders.csv",
         why="The task's declared input file does not exist."),
    dict(id="doit-target-rofs", tool="doit", env=ENV, mount="ro",
         script=f"export SUMMARY_OUT=$M/summary.csv; cp {F}/doit/dodo_write.py dodo.py && doit 1>&2",
         code="ERR_1012", path="$M/summary.csv",
         why="The task's output cannot be written because the file system is read-only."),
    dict(id="doit-target-disk-full", tool="doit", env=ENV,
         mount="full",
         script=f"export SUMMARY_OUT=$M/summary.csv; cp {F}/doit/dodo_write.py dodo.py && doit 1>&2",
         code="ERR_1012",
         why="The task's output cannot be written because the disk is full."),
    dict(id="neg-doit-check-fails", tool="doit", env=ENV,
         script=f"cp {F}/doit/dodo_check.py dodo.py && doit 1>&2",
         code="ERR_1007",
         why="The task's check command exits non-zero: the data check failed."),
    dict(id="de-doit-cp-missing", tool="doit", env=ENV, lang="de_DE.UTF-8",
         script=f"cp {F}/doit/dodo_copy.py dodo.py && doit 1>&2",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The file the task's action copies does not exist (German messages from cp)."),
    # --- pypyr ---------------------------------------------------------------------------
    dict(id="pypyr-pipeline-missing", tool="pypyr", env=ENV,
         script="pypyr nightly-export",
         code="ERR_1003", path="nightly-export.yaml",
         why="The pipeline file the job names does not exist."),
    dict(id="pypyr-cmd-step-missing", tool="pypyr", env=ENV,
         script=f"pypyr {F}/pypyr/export",
         code="ERR_1001", command="hodei-export",
         why="The program the cmd step runs is not installed."),
    dict(id="neg-pypyr-assert-fails", tool="pypyr", env=ENV,
         script=f"pypyr {F}/pypyr/gate",
         code="ERR_1007",
         why="The pipeline's assert step fails: the job's own check."),
    # --- frictionless --------------------------------------------------------------------
    dict(id="frictionless-validate-missing", tool="frictionless", env=ENV,
         script="frictionless validate --trusted exports/orders.csv 1>&2",
         code="ERR_1003", path="exports/orders.csv",
         why="The file to validate does not exist."),
    dict(id="neg-frictionless-invalid-rows", tool="frictionless", env=ENV,
         script=f"frictionless validate --trusted {F}/data/orders-bad.csv --schema {F}/data/schema.json 1>&2",
         code="ERR_1007",
         why="The data has type errors and missing cells: the validation failed."),
    dict(id="frictionless-validate-denied", tool="frictionless", env=ENV, user=NOBODY,
         script=f"frictionless validate --trusted {L}/secret.txt --format csv 1>&2",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The job's user may not read the file to validate."),
    dict(id="frictionless-schema-missing", tool="frictionless", env=ENV,
         script=f"frictionless validate --trusted {F}/data/orders.csv --schema /nonexistent/schemas/orders.json 1>&2",
         code="ERR_1003", path="/nonexistent/schemas/orders.json",
         why="The schema file the validation names does not exist."),
    # --- csvs-to-sqlite ------------------------------------------------------------------
    dict(id="csvs-to-sqlite-csv-missing", tool="csvs-to-sqlite", env=ENV,
         script="csvs-to-sqlite /nonexistent/exports/orders.csv shop.db",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The CSV to load does not exist."),
    dict(id="csvs-to-sqlite-disk-full", tool="csvs-to-sqlite", env=ENV, mount="full",
         script=f"csvs-to-sqlite {F}/data/orders.csv $M/shop.db",
         code="ERR_1012",
         why="The database cannot be written because the disk is full."),
    # --- parquet-tools, fastavro, petl ---------------------------------------------------
    dict(id="neg-parquet-tools-not-parquet", tool="parquet-tools", env=ENV,
         script=f"parquet-tools inspect {F}/data/notparquet.parquet",
         code="ERR_1007",
         why="The file is not a parquet file: bad input data."),
    dict(id="parquet-tools-csv-denied", tool="parquet-tools", env=ENV, user=NOBODY,
         script=f"parquet-tools csv {L}/orders.parquet",
         path=f"{L}/orders.parquet",
         code="ERR_1002",
         why="The job's user may not enter the directory holding the parquet file."),
    dict(id="fastavro-file-missing", tool="fastavro", env=ENV,
         script="fastavro /nonexistent/events/2024-01-01.avro",
         code="ERR_1003", path="/nonexistent/events/2024-01-01.avro",
         why="The Avro file to dump does not exist."),
    dict(id="neg-fastavro-corrupt", tool="fastavro", env=ENV,
         script=f"fastavro {F}/data/broken.avro",
         code="ERR_1007",
         why="The file is not a valid Avro container: bad input data."),
    dict(id="petl-fromcsv-missing", tool="petl", env=ENV,
         script="petl \"fromcsv('/nonexistent/exports/orders.csv').convert('qty', int).tocsv('out.csv')\"",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The CSV the expression reads does not exist."),
    dict(id="petl-tocsv-rofs", tool="petl", env=ENV, mount="ro",
         script=f"petl \"fromcsv('{F}/data/orders.csv').tocsv('$M/orders.csv')\"",
         code="ERR_1012", path="$M/orders.csv",
         why="The output cannot be written because the file system is read-only."),
    # --- schema validators ---------------------------------------------------------------
    dict(id="neg-check-jsonschema-invalid", tool="check-jsonschema", env=ENV,
         script=f"check-jsonschema --schemafile {F}/data/app.schema.json {F}/data/app-bad.json 1>&2",
         code="ERR_1007",
         why="The document does not match its schema: a failed check."),
    dict(id="check-jsonschema-instance-missing", tool="check-jsonschema", env=ENV,
         script=f"check-jsonschema --schemafile {F}/data/app.schema.json /nonexistent/deploy/app.json 1>&2",
         code="ERR_1003", path="/nonexistent/deploy/app.json",
         why="The document to check does not exist."),
    dict(id="neg-check-jsonschema-remote-unreachable", tool="check-jsonschema", env=ENV,
         script=f"check-jsonschema --schemafile https://schemas.hodei.invalid/app.json {F}/data/app.json 1>&2",
         code="ERR_1007",
         why="The remote schema cannot be fetched: the host name does not resolve (a network "
             "failure)."),
    dict(id="neg-yamale-invalid", tool="yamale", env=ENV,
         script=f"yamale -s {F}/data/job.yamale {F}/data/job-bad.yaml 1>&2",
         code="ERR_1007",
         why="The YAML file fails its schema (a missing key, a value too small): a failed check."),
    dict(id="yamale-schema-missing", tool="yamale", env=ENV,
         script=f"yamale -s /nonexistent/schemas/job.yamale {F}/data/job.yaml 1>&2",
         code="ERR_1003", path="/nonexistent/schemas/job.yamale",
         why="The schema file named does not exist."),
    dict(id="neg-pykwalify-invalid", tool="pykwalify", env=ENV,
         script=f"pykwalify -d {F}/data/job-bad.yaml -s {F}/data/job.kwalify.yaml",
         code="ERR_1007",
         why="The YAML file fails its schema: a failed check."),
    dict(id="pykwalify-data-missing", tool="pykwalify", env=ENV,
         script=f"pykwalify -d /nonexistent/deploy/job.yaml -s {F}/data/job.kwalify.yaml",
         code="ERR_1003", path="/nonexistent/deploy/job.yaml",
         why="The data file to validate does not exist."),
    dict(id="neg-schema-salad-invalid-cwl", tool="schema-salad-tool", env=ENV,
         script=f"schema-salad-tool {V}/../lib/python3.11/site-packages/cwltool/schemas/v1.2/CommonWorkflowLanguage.yml {F}/cwl/invalid.cwl 1>&2",
         code="ERR_1007",
         why="The tool description fails validation against the CWL schema (an unknown type)."),
    # --- csv-diff, sqlitebiter -----------------------------------------------------------
    dict(id="csv-diff-file-missing", tool="csv-diff", env=ENV,
         script=f"csv-diff {F}/data/orders.csv /nonexistent/exports/orders-today.csv --key=id",
         code="ERR_1003", path="/nonexistent/exports/orders-today.csv",
         why="The second export to compare does not exist."),
    dict(id="neg-csv-diff-key-missing", tool="csv-diff", env=ENV,
         script=f"csv-diff {F}/data/orders.csv {F}/data/orders-new.csv --key=order_id",
         code="ERR_1007",
         why="The key column named is not in the CSV files: a usage mistake of the job."),
    dict(id="sqlitebiter-file-missing", tool="sqlitebiter", env=ENV,
         script="sqlitebiter -o shop.sqlite file /nonexistent/exports/orders.csv",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The file to convert does not exist."),
    # --- pgloader ------------------------------------------------------------------------
    dict(id="neg-pgloader-connection-refused", tool="pgloader", env=ENV,
         script=f"pgloader {F}/pgl/orders.load",
         code="ERR_1007",
         why="The target PostgreSQL server does not answer (connection refused)."),
    dict(id="pgloader-command-file-missing", tool="pgloader", env=ENV,
         script="pgloader /nonexistent/loads/orders.load",
         code="ERR_1003", path="/nonexistent/loads/orders.load",
         why="The load command file the job names does not exist."),
    dict(id="neg-pgloader-syntax-error", tool="pgloader", env=ENV,
         script=f"pgloader {F}/pgl/bad.load",
         code="ERR_1007",
         why="The load command file has a syntax error."),
    # --- goodtables --------------------------------------------------------------------
    dict(id="goodtables-file-missing", tool="goodtables", env=ENV,
         script="goodtables /nonexistent/exports/orders.csv 1>&2",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The table to inspect does not exist."),
    dict(id="neg-goodtables-type-errors", tool="goodtables", env=ENV,
         script=f"goodtables {F}/data/orders-bad.csv --schema {F}/data/schema.json 1>&2",
         code="ERR_1007",
         why="The data has type errors and missing values: the validation failed."),
    dict(id="goodtables-file-denied", tool="goodtables", env=ENV, user=NOBODY,
         script=f"goodtables {L}/orders.csv 1>&2",
         code="ERR_1002", path=f"{L}/orders.csv",
         why="The job's user may not read the table to inspect."),
    # --- mlflow --------------------------------------------------------------------------
    dict(id="mlflow-run-entry-command-missing", tool="mlflow", env=MLF,
         script=f"cp -r {F}/mlflow/churn . && cd churn && mlflow run . --env-manager local",
         code="ERR_1001", command="hodei-train",
         why="The program the project's entry point runs is not installed."),
    dict(id="mlflow-run-path-param-missing", miss="details: a temporary directory is named instead of the missing parameter file", tool="mlflow", env=MLF,
         script=f"cp -r {F}/mlflow/churn . && cd churn && mlflow run . --env-manager local -P data=data/holdout.csv",
         code="ERR_1003", path="data/holdout.csv",
         why="The data file given for a path parameter does not exist."),
    dict(id="neg-mlflow-entry-point-unknown", tool="mlflow", env=MLF,
         script=f"cp -r {F}/mlflow/churn . && cd churn && mlflow run . --env-manager local -e evaluate",
         code="ERR_1007",
         why="The entry point asked for is not defined in the MLproject: an unknown name in "
             "the tool's own world."),
    dict(id="es-mlflow-run-cut-missing", tool="mlflow", env=MLF, lang="es_ES.UTF-8",
         script=f"cp -r {F}/mlflow/report . && cd report && mlflow run . --env-manager local",
         code="ERR_1003", path="/nonexistent/exports/churn.csv",
         why="The CSV the entry point's command reads does not exist (Spanish messages from cut)."),
    # --- other locales -------------------------------------------------------------------
    dict(id="fr-dvc-repro-sort-missing", tool="dvc", env=ENV, lang="fr_FR.UTF-8",
         script=f"cp -r {F}/dvc/sortmissing repo && cd repo && dvc repro",
         code="ERR_1003", path="/nonexistent/exports/orders.csv",
         why="The file the stage's command sorts does not exist (French messages from sort)."),
    dict(id="pt-cwltool-cat-missing", tool="cwltool", env=ENV, lang="pt_BR.UTF-8",
         script=f"cwltool --preserve-environment LC_ALL {F}/cwl/ref.cwl",
         code="ERR_1003", path="/nonexistent/ref/genome.fa",
         why="The reference file the step's command reads does not exist (Portuguese messages "
             "from cat)."),
    dict(id="it-doit-mkdir-denied", tool="doit", env=ENV, lang="it_IT.UTF-8", user=NOBODY,
         script=f"cp {F}/doit/dodo_cache.py dodo.py && doit 1>&2",
         code="ERR_1002", path=f"{RD}/cache",
         why="The job's user may not create the cache directory (Italian messages from mkdir)."),
]
