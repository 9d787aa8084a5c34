"""Sealed batch 19: command-line tools from PyPI that CI jobs run (linters, task runners,
packaging front-ends, notebook runners, project generators, migrations), installed into a
virtualenv of their own and called by its full path."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (74.1% of codes, 60/81), then worked on."""
V = "/tmp/hodei-corpus19-venv"
B = f"{V}/bin"
F = f"{R}/batch19"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
L = f"{R}/locked"
NOBODY = "nobody"

FIXTURES = r"""
V=/tmp/hodei-corpus19-venv
if [ ! -x "$V/bin/ruff" ]; then
  /usr/bin/python3 -m venv "$V"
  "$V/bin/pip" install -q pre-commit ruff sqlfluff alembic cookiecutter copier nbconvert \
    papermill ipykernel invoke nox hatch pdm uv build pyinstaller cython coverage bandit \
    pydocstyle vulture radon interrogate detect-secrets snakemake pip-tools
fi
chmod -R a+rX "$V"

# python sources
mkdir -p py fmt cfg
printf 'import os\nimport subprocess\n\n\ndef load(path):\n    data = open(path).read()\n    return undefined_loader(data)\n' > py/app.py
printf 'def f( a,b ):\n  return {"a":a,\n "b":b}\n' > fmt/messy.py
printf '[lint]\nselect = ["E", "F"]\nline-lenght = 100\n' > cfg/ruff.toml
printf 'import subprocess\nimport pickle\n\n\ndef run(cmd, blob):\n    subprocess.call(cmd, shell=True)\n    return pickle.loads(blob)\n\n\nPASSWORD = "hunter2-not-found"\n' > py/risky.py
printf 'def helper(a):\n    return a\n\n\nclass Loader:\n    def parse(self, text):\n        return text.split()\n' > py/nodoc.py
printf 'import os\n\n\ndef used():\n    return 1\n\n\ndef unused_cleanup(path):\n    \"\"\"Remove a missing file.\"\"\"\n    os.remove(path)\n\n\nprint(used())\n' > py/dead.py
printf 'def total(rows):\n    return sum(rows)\n\n\nif __name__ == "__main__":\n    print(total([1, 2]))\n' > py/calc.py
printf 'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\ntoken = "ghp_0123456789abcdefghijABCDEFGHIJ012345"\n' > py/creds.py

# sql
mkdir -p sql
printf 'SELECT a,b from orders o join customers c on o.cid=c.id where o.total>100\n' > sql/report.sql
printf 'SELECT * FROM orders WHERE (status = 1\n' > sql/broken.sql

# alembic project whose migration hits a table that is not there
mkdir -p alembic && (cd alembic && "$V/bin/alembic" init migrations >/dev/null)
sed -i 's#^sqlalchemy.url = .*#sqlalchemy.url = sqlite:///app.db#' alembic/alembic.ini
cat > alembic/migrations/versions/a1b2c3d4e5f6_add_index.py <<'EOF'
# add index
from alembic import op

revision = "a1b2c3d4e5f6"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_users_email", "users", ["email"])


def downgrade():
    op.drop_index("ix_users_email", "users")
EOF
mkdir -p alembic-lost && sed 's#^script_location = .*#script_location = /nonexistent/migrations#' alembic/alembic.ini > alembic-lost/alembic.ini

# cookiecutter templates
mkdir -p cc/tmpl/'{{cookiecutter.project_slug}}' cc/bad/'{{cookiecutter.project_slug}}' cc/hook/'{{cookiecutter.project_slug}}' cc/hook/hooks
printf '{"project_slug": "demo", "author": "ci"}\n' > cc/tmpl/cookiecutter.json
printf '# {{cookiecutter.project_slug}} by {{cookiecutter.author}}\n' > cc/tmpl/'{{cookiecutter.project_slug}}'/README.md
mkdir -p cc/tmpl/'{{cookiecutter.project_slug}}'/src/'{{cookiecutter.project_slug}}' cc/tmpl/'{{cookiecutter.project_slug}}'/tests
for f in src/'{{cookiecutter.project_slug}}'/__init__.py tests/test_basic.py setup.cfg Makefile; do echo '# {{cookiecutter.author}}' > cc/tmpl/'{{cookiecutter.project_slug}}'/$f; done
cp cc/tmpl/cookiecutter.json cc/bad/ && cp cc/tmpl/cookiecutter.json cc/hook/
printf '# {{ cookiecutter.project_slug }}\n{%% if cookiecutter.author %%}\nby {{ cookiecutter.author }}\n' > cc/bad/'{{cookiecutter.project_slug}}'/README.md
printf 'x\n' > cc/hook/'{{cookiecutter.project_slug}}'/README.md
printf '#!/usr/bin/env hodei-gen-helper\necho setting up\n' > cc/hook/hooks/post_gen_project.sh
chmod 755 cc/hook/hooks/post_gen_project.sh

# copier templates
mkdir -p cp/tmpl cp/task
printf 'project_name:\n  type: str\n  default: demo\n' > cp/tmpl/copier.yml
printf '# {{ project_name }}\n' > cp/tmpl/README.md.jinja
printf 'project_name:\n  type: str\n  default: demo\n_tasks:\n  - hodei-bootstrap --init\n' > cp/task/copier.yml
cp cp/tmpl/README.md.jinja cp/task/

# notebooks
mkdir -p nb
python3 - <<'EOF'
import json
def nb(*cells, tags=None):
    out = []
    for i, src in enumerate(cells):
        meta = {"tags": ["parameters"]} if tags == i else {}
        out.append({"cell_type": "code", "execution_count": None, "id": f"c{i}",
                    "metadata": meta, "outputs": [], "source": src})
    return {"cells": out, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
            "language": "python"}, "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}
json.dump(nb("print('hello')"), open("nb/ok.ipynb", "w"))
json.dump(nb("rows = 3", "stats = {'count': rows}\nstats['missing_rows']", tags=0), open("nb/report.ipynb", "w"))
k = nb("print(1)"); k["metadata"]["kernelspec"]["name"] = "hodei-spark"
json.dump(k, open("nb/spark.ipynb", "w"))
EOF
printf '{"cells": [{"cell_type": "code", "source": "print(1)"\n' > nb/truncated.ipynb

# snakemake workflows
mkdir -p smk
printf 'rule all:\n    input: "results/summary.txt"\n\nrule summarize:\n    input: "data/raw.csv"\n    output: "results/summary.txt"\n    shell: "wc -l {input} > {output}"\n' > smk/missing.smk
printf 'rule align:\n    output: "aligned.bam"\n    shell: "hodei-aligner --ref genome.fa > {output}"\n' > smk/cmd.smk
printf 'rule check:\n    output: "checked.txt"\n    shell: "grep -q PASS /etc/hostname && touch {output}"\n' > smk/fail.smk
printf 'rule fetch:\n    output: "copy.txt"\n    shell: "cp config/samples.tsv {output}"\n' > smk/cp.smk
printf 'rule a:\n    output: "a.txt"\n    shell: "echo a > {output}"\n' > smk/ok.smk

# invoke tasks
mkdir -p inv
cat > inv/tasks.py <<'EOF'
from invoke import task


@task
def codegen(c):
    c.run("hodei-codegen --out gen/")


@task
def lint(c):
    c.run("grep -rn 'TODO' --include=*.py . && exit 1 || test -f setup.cfg")


@task
def package(c):
    c.run("tar -czf dist.tgz build/")


@task
def probe(c):
    c.run("./arm-probe --version")


@task
def publish(c):
    c.run("mkdir -p dist && cp build/app.whl dist/")
EOF

# nox sessions
mkdir -p nox
cat > nox/noxfile.py <<'EOF'
import nox


@nox.session(python=False)
def lint(session):
    session.run("hodei-lint", "src/")


@nox.session(python=False)
def tests(session):
    session.run("python3", "-c", "import sys; print('2 tests failed', file=sys.stderr); sys.exit(1)")


@nox.session(python="3.7")
def legacy(session):
    session.run("python", "--version")


@nox.session(python=False)
def probe(session):
    session.run("./arm-probe", "--version")


@nox.session(python=False)
def docs(session):
    session.run("ls", "docs/build/html")
EOF

# packaging projects
mkdir -p pkg/hatch pkg/flit pkg/ok/demo
printf '[project]\nname = "hodei-thing"\nversion = "1.0"\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n' > pkg/hatch/pyproject.toml
printf '[project]\nname = "hodei-flit"\nversion = "1.0"\ndescription = "x"\n\n[build-system]\nrequires = ["flit_core>=3.2"]\nbuild-backend = "flit_core.buildapi"\n' > pkg/flit/pyproject.toml
printf '[project]\nname = "demo"\nversion = "1.0"\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n' > pkg/ok/pyproject.toml
echo 'VERSION = "1.0"' > pkg/ok/demo/__init__.py
printf 'hodei-internal-sdk==4.2\n' > pkg/reqs.in

# pyinstaller
mkdir -p pyi
printf 'a = Analysis(["app.py"],\n     pathex=[],\nexe = EXE(a)\n' > pyi/app.spec
echo 'print("hi")' > pyi/app.py

# cython
mkdir -p cy
printf 'def add(int a, int b):\n    return a + b\n' > cy/fast.pyx
printf 'cdef int f(int x)\n    return x * 2\n' > cy/broken.pyx

# pre-commit configs
mkdir -p pc
printf 'repos:\n  - repo: local\n    hooks:\n      - id: lint\n        name: lint\n        entry: hodei-lint\n        language: system\n        files: \\.py$\n' > pc/missing-entry.yaml
printf 'repos:\n  - repo: local\n    hooks:\n      - id: no-todo\n        name: no TODO markers\n        entry: "TODO"\n        language: pygrep\n        files: \\.py$\n' > pc/pygrep.yaml
printf 'repos:\n  - repo: local\n    hooks:\n      - id: check\n        name: check\n        entry: "true"\n        language: system\n' > pc/ok.yaml

# coverage data
printf '[run]\ndata_file = %s/rootdir/.coverage\n' "$(dirname "$PWD")" > coveragerc-rootdir

# a binary for another machine
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('arm-probe', 'wb').write(d)"
chmod 755 arm-probe && cp arm-probe nox/

# unreadable inputs
mkdir -p private && printf 'import os\n' > private/mod.py && printf 'SELECT 1\n' > private/q.sql
chmod -R a+rX .
chmod 600 private/mod.py private/q.sql
"""


def case(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- ruff -----------------------------------------------------------------------------
    case("ruff-check-missing-dir", "ruff", f"{B}/ruff check --no-cache /nonexistent/src 1>&2",
         "ERR_1003", "The directory given to the linter does not exist.",
         path="/nonexistent/src"),
    case("ruff-check-unreadable", "ruff", "export HOME=$PWD; "
         f"{B}/ruff check --no-cache {F}/private/mod.py 1>&2",
         "ERR_1002", "The source file is mode 600 root and the job runs as nobody, so the "
         "linter may not read it.", user=NOBODY, path=f"{F}/private/mod.py"),
    case("neg-ruff-lint-findings", "ruff", f"{B}/ruff check --no-cache {F}/py/app.py 1>&2",
         "ERR_1007", "The linter ran and reported unused imports and an undefined name: the "
         "code's own failing check."),
    case("neg-ruff-bad-config", "ruff",
         f"{B}/ruff check --no-cache --config {F}/cfg/ruff.toml {F}/py/calc.py", "ERR_1007",
         "The configuration file exists but has an unknown (misspelt) option."),
    case("ruff-report-rofs", "ruff", f"{B}/ruff check --no-cache --output-format json "
         f"--output-file $M/ruff.json {F}/py/app.py", "ERR_1012",
         "The lint report is written into a read-only mount.", mount="ro"),
    case("ruff-fork-limit", "ruff", "export HOME=$PWD; "
         f"ulimit -u 1; {B}/ruff check --no-cache {F}/py", "ERR_1004",
         "With a process limit of one the linter cannot start its worker threads.",
         user=NOBODY),
    # --- sqlfluff -------------------------------------------------------------------------
    case("neg-sqlfluff-lint", "sqlfluff",
         f"{B}/sqlfluff lint --dialect ansi {F}/sql/report.sql 1>&2", "ERR_1007",
         "The SQL linter found style violations in the query."),
    case("neg-sqlfluff-dialect", "sqlfluff",
         f"{B}/sqlfluff lint --dialect hodeisql {F}/sql/report.sql 1>&2", "ERR_1007",
         "The dialect named on the command line is not one the linter knows."),
    case("sqlfluff-missing-file", "sqlfluff",
         f"{B}/sqlfluff lint --dialect ansi /nonexistent/queries/daily.sql 1>&2", "ERR_1003",
         "The SQL file to lint does not exist.", path="/nonexistent/queries/daily.sql"),
    case("sqlfluff-unreadable", "sqlfluff",
         "export HOME=$PWD; "
         f"{B}/sqlfluff lint --dialect ansi {F}/private/q.sql 1>&2", "ERR_1002",
         "The SQL file is mode 600 root and the job runs as nobody.", user=NOBODY,
         path=f"{F}/private/q.sql"),
    # --- alembic --------------------------------------------------------------------------
    case("alembic-script-location-missing", "alembic",
         f"{B}/alembic -c {F}/alembic-lost/alembic.ini upgrade head 1>&2", "ERR_1003",
         "The migrations directory the configuration points to does not exist.",
         path="/nonexistent/migrations"),
    case("neg-alembic-no-such-table", "alembic",
         f"cp -r {F}/alembic/. . && {B}/alembic upgrade head", "ERR_1007",
         "The migration creates an index on a table the database does not have: the "
         "migration's own failure inside the database."),
    case("alembic-init-full", "alembic", f"{B}/alembic init $M/migrations", "ERR_1012",
         "The scaffolding is written onto a full file system.", mount="full",
         path="$M/migrations/script.py.mako", miss='the code is right; the path taken is the template alembic copied from, named on the same line as its destination'),
    case("alembic-init-inodes", "alembic", f"{B}/alembic init $M/migrations", "ERR_1012",
         "The scaffolding is written onto a file system with no inodes left.", mount="inodes",
         path="$M/migrations/script.py.mako"),
    # --- cookiecutter ---------------------------------------------------------------------
    case("cookiecutter-out-denied", "cookiecutter",
         "export HOME=$PWD; "
         f"{B}/cookiecutter --no-input -o {RD} {F}/cc/tmpl", "ERR_1002",
         "The output directory is root's and the job runs as nobody.", user=NOBODY,
         path=f"{RD}/demo"),
    case("neg-cookiecutter-template-syntax", "cookiecutter",
         f"{B}/cookiecutter --no-input {F}/cc/bad", "ERR_1007",
         "A template file has an unclosed if block: the template's own error."),
    case("cookiecutter-hook-interpreter", "cookiecutter",
         f"{B}/cookiecutter --no-input {F}/cc/hook 1>&2", "ERR_1001",
         "The post-generation hook's interpreter is not installed.", command="hodei-gen-helper", miss="the code is right; the missing program is named only by the hook's own output, which cookiecutter does not show"),
    case("cookiecutter-out-inodes", "cookiecutter",
         f"{B}/cookiecutter --no-input -o $M {F}/cc/tmpl", "ERR_1012",
         "The output file system has no inodes left for the generated files.", mount="inodes",
         path="$M/demo/tests"),
    # --- copier ---------------------------------------------------------------------------
    case("copier-out-denied", "copier",
         "export HOME=$PWD; "
         f"{B}/copier copy --defaults {F}/cp/tmpl {RD}/app", "ERR_1002",
         "The destination is under a root-owned directory and the job runs as nobody.",
         user=NOBODY, path=f"{RD}/app"),
    case("copier-out-full", "copier", f"{B}/copier copy --defaults {F}/cp/tmpl $M/out",
         "ERR_1012", "The project is rendered onto a full file system.", mount="full"),
    case("copier-task-missing", "copier",
         f"{B}/copier copy --trust --defaults {F}/cp/task out", "ERR_1001",
         "The template's post-copy task runs a program that is not installed.",
         command="hodei-bootstrap"),
    # --- jupyter nbconvert ----------------------------------------------------------------
    case("nbconvert-missing-notebook", "jupyter",
         f"{B}/jupyter nbconvert --to html notebooks/analysis.ipynb", "ERR_1003",
         "The notebook to convert does not exist.", path="notebooks/analysis.ipynb"),
    case("nbconvert-pdf-no-xelatex", "jupyter",
         f"{B}/jupyter nbconvert --to pdf {F}/nb/ok.ipynb --output-dir .", "ERR_1001",
         "PDF export spawns xelatex, which is not installed.", command="xelatex"),
    case("neg-nbconvert-cell-error", "jupyter",
         f"{B}/jupyter nbconvert --execute --to notebook {F}/nb/report.ipynb --output-dir .",
         "ERR_1007", "A cell of the executed notebook raised a KeyError: the notebook's own "
         "failure."),
    case("neg-nbconvert-bad-json", "jupyter",
         f"{B}/jupyter nbconvert --to html {F}/nb/truncated.ipynb --output-dir .", "ERR_1007",
         "The notebook file is truncated JSON."),
    case("nbconvert-out-rofs", "jupyter",
         f"{B}/jupyter nbconvert --to html {F}/nb/ok.ipynb --output-dir $M/site", "ERR_1012",
         "The HTML is written into a read-only mount.", mount="ro", path="$M/site"),
    # --- papermill ------------------------------------------------------------------------
    case("neg-papermill-cell-error", "papermill",
         f"{B}/papermill {F}/nb/report.ipynb out.ipynb -p rows 5", "ERR_1007",
         "A cell raised a KeyError during execution: the notebook's own failure."),
    case("papermill-out-denied", "papermill",
         "export HOME=$PWD; "
         f"{B}/papermill {F}/nb/ok.ipynb {RD}/out.ipynb", "ERR_1002",
         "The output notebook goes into a root-owned directory and the job runs as nobody.",
         user=NOBODY, path=f"{RD}/out.ipynb"),
    case("papermill-fork-limit", "papermill",
         "export HOME=$PWD; "
         f"ulimit -u 1; {B}/papermill {F}/nb/ok.ipynb out.ipynb", "ERR_1004",
         "With a process limit of one the kernel process cannot be started.", user=NOBODY),
    # --- snakemake ------------------------------------------------------------------------
    case("snakemake-no-snakefile", "snakemake", f"{B}/snakemake -c1", "ERR_1003",
         "The workflow runs in a directory without a Snakefile, the project file."),
    case("snakemake-missing-input", "snakemake", f"{B}/snakemake -c1 -s {F}/smk/missing.smk -d .",
         "ERR_1003", "A rule's input file does not exist and nothing produces it.",
         path="data/raw.csv", miss="the code is right; the missing file is listed on an indented line below 'affected files:', not read for details"),
    case("snakemake-rule-cmd-missing", "snakemake",
         f"{B}/snakemake -c1 -s {F}/smk/cmd.smk -d .", "ERR_1001",
         "The rule's shell command runs an aligner that is not installed.",
         command="hodei-aligner"),
    case("neg-snakemake-rule-fails", "snakemake", f"{B}/snakemake -c1 -s {F}/smk/fail.smk -d .",
         "ERR_1007", "The rule's check command exits non-zero: the workflow's own failure."),
    case("de-snakemake-cp-missing", "snakemake", f"{B}/snakemake -c1 -s {F}/smk/cp.smk -d .",
         "ERR_1003", "The rule copies a sample sheet that does not exist.", lang="de_DE.UTF-8",
         path="config/samples.tsv"),
    case("snakemake-workdir-rofs", "snakemake", f"{B}/snakemake -c1 -s {F}/smk/ok.smk -d $M",
         "ERR_1012", "The working directory is a read-only mount, so the workflow cannot write "
         "its state or outputs.", mount="ro",
         path="$M/.snakemake"),
    case("snakemake-fork-limit", "snakemake",
         "export HOME=$PWD; "
         f"ulimit -u 1; {B}/snakemake -c1 -s {F}/smk/ok.smk -d .", "ERR_1004",
         "With a process limit of one the job's shell cannot be spawned.", user=NOBODY),
    # --- invoke ---------------------------------------------------------------------------
    case("invoke-no-tasks", "invoke", f"{B}/invoke build", "ERR_1003",
         "There is no tasks.py, the project's task file, in the job's directory.", miss="'Can't find any collection named tasks' names a module of invoke's own world, not a file"),
    case("invoke-cmd-missing", "invoke", f"{B}/invoke -r {F}/inv codegen", "ERR_1001",
         "The task runs a code generator that is not installed.", command="hodei-codegen"),
    case("neg-invoke-unknown-task", "invoke", f"{B}/invoke -r {F}/inv deploy", "ERR_1007",
         "The task name is not one the task file defines."),
    case("invoke-exec-format", "invoke", f"cp {F}/arm-probe . && {B}/invoke -r {F}/inv probe",
         "ERR_1004", "The task runs a binary built for another architecture."),
    case("fr-invoke-tar-missing", "invoke", f"{B}/invoke -r {F}/inv package", "ERR_1003",
         "The task archives a build directory that does not exist.", lang="fr_FR.UTF-8",
         path="build"),
    case("es-invoke-cp-missing", "invoke", f"{B}/invoke -r {F}/inv publish", "ERR_1003",
         "The task copies a wheel that was never built.", lang="es_ES.UTF-8",
         path="build/app.whl"),
    # --- nox ------------------------------------------------------------------------------
    case("nox-no-noxfile", "nox", f"{B}/nox -s tests 1>&2", "ERR_1003",
         "There is no noxfile.py in the job's directory.", path=f"{R}/w/nox-no-noxfile/noxfile.py", miss="the code is right; the path taken is the word 'Noxfile' from nox's sentence, not the path it printed"),
    case("nox-program-missing", "nox", f"{B}/nox --envdir .nox -f {F}/nox/noxfile.py -s lint 1>&2",
         "ERR_1001", "The session runs a linter that is not installed.", command="hodei-lint"),
    case("neg-nox-session-fails", "nox", f"{B}/nox --envdir .nox -f {F}/nox/noxfile.py -s tests 1>&2",
         "ERR_1007", "The session's test command fails: the project's own failure."),
    case("nox-interpreter-missing", "nox",
         f"{B}/nox --envdir .nox --error-on-missing-interpreters --download-python never -f {F}/nox/noxfile.py -s legacy 1>&2",
         "ERR_1001", "The session needs a Python 3.7 interpreter, which is not installed."),
    case("it-nox-ls-missing", "nox", f"{B}/nox --envdir .nox -f {F}/nox/noxfile.py -s docs 1>&2",
         "ERR_1003", "The session lists a docs build directory that does not exist.",
         lang="it_IT.UTF-8", path="docs/build/html"),
    # --- hatch ----------------------------------------------------------------------------
    case("neg-hatchling-nothing-to-ship", "hatchling", f"cp -r {F}/pkg/hatch/. . && {B}/hatchling build",
         "ERR_1007", "The project has no package directory matching its name, so the wheel "
         "builder cannot tell what to ship: a project configuration error."),
    case("neg-hatch-unknown-env", "hatch", f"cp -r {F}/pkg/ok/. . && {B}/hatch -e docs run true",
         "ERR_1007", "The environment name is not one the project defines."),
    # --- pdm ------------------------------------------------------------------------------
    case("pdm-run-missing", "pdm", f"cp -r {F}/pkg/ok/. . && {B}/pdm run hodei-migrate",
         "ERR_1001", "The command to run is not installed.", command="hodei-migrate"),
    # --- uv -------------------------------------------------------------------------------
    case("uv-requirements-missing", "uv",
         f"{B}/uv pip install --python {B}/python -r /nonexistent/requirements.txt", "ERR_1003",
         "The requirements file does not exist.", path="/nonexistent/requirements.txt"),
    case("uv-run-missing", "uv", f"{B}/uv run --no-project hodei-serve", "ERR_1001",
         "The program to run is not installed.", command="hodei-serve"),
    case("uv-venv-full", "uv", f"{B}/uv venv --python /usr/bin/python3 $M/.venv", "ERR_1012",
         "The virtualenv is created on a full file system.", mount="full",
         path="$M/.venv/CACHEDIR.TAG"),
    case("neg-uv-offline-unknown", "uv",
         f"{B}/uv venv -q --python /usr/bin/python3 .venv && {B}/uv pip install --offline "
         f"--python .venv/bin/python hodei-internal-sdk==4.2", "ERR_1007",
         "The package is not in any index the offline resolver can see: a dependency that "
         "cannot be resolved."),
    case("uv-exec-format", "uv", f"cp {F}/arm-probe . && {B}/uv run --no-project ./arm-probe",
         "ERR_1004", "The program to run is a binary built for another architecture."),
    case("uv-fork-limit", "uv", "export HOME=$PWD; "
         f"ulimit -u 1; {B}/uv venv --python /usr/bin/python3 .venv",
         "ERR_1004", "With a process limit of one the tool cannot start its threads or the "
         "interpreter it queries.", user=NOBODY),
    # --- build ----------------------------------------------------------------------------
    case("build-not-a-project", "pyproject-build", f"{B}/pyproject-build", "ERR_1003",
         "The directory has neither pyproject.toml nor setup.py."),
    case("neg-build-backend-missing", "pyproject-build",
         f"cp -r {F}/pkg/flit/. . && {B}/pyproject-build --no-isolation", "ERR_1007",
         "The build backend package is not installed in the build environment: a missing "
         "Python dependency."),
    case("build-outdir-rofs", "pyproject-build",
         f"cp -r {F}/pkg/ok/. . && {B}/pyproject-build --no-isolation --wheel -o $M/dist",
         "ERR_1012", "The wheel is written into a read-only mount.", mount="ro", path="$M/dist"),
    # --- pyinstaller ----------------------------------------------------------------------
    case("neg-pyinstaller-spec-syntax", "pyinstaller", f"{B}/pyinstaller {F}/pyi/app.spec",
         "ERR_1007", "The spec file is not valid Python."),
    case("pyinstaller-distpath-denied", "pyinstaller",
         "export HOME=$PWD; "
         f"{B}/pyinstaller --distpath {RD}/dist --workpath build --specpath . {F}/pyi/app.py",
         "ERR_1002", "The dist directory is under a root-owned directory and the job runs as "
         "nobody.", user=NOBODY, path=f"{RD}/dist"),
    # --- cython ---------------------------------------------------------------------------
    case("cython-missing-source", "cython", f"{B}/cython -3 src/hodei_ext.pyx", "ERR_1003",
         "The source file does not exist.", path="src/hodei_ext.pyx"),
    case("neg-cython-syntax", "cython", f"{B}/cython -3 {F}/cy/broken.pyx -o broken.c",
         "ERR_1007", "The source has a syntax error."),
    case("cythonize-no-compiler", "cythonize",
         f"cp {F}/cy/fast.pyx . && CC=hodei-cc {B}/cythonize -i fast.pyx", "ERR_1001",
         "The extension is compiled with a C compiler that is not installed.",
         command="hodei-cc"),
    # --- coverage -------------------------------------------------------------------------
    case("coverage-run-missing", "coverage", f"{B}/coverage run tests/run_all.py 1>&2", "ERR_1003",
         "The script to measure does not exist.", path=f"{R}/w/coverage-run-missing/tests/run_all.py"),
    case("neg-coverage-no-data", "coverage", f"{B}/coverage report 1>&2", "ERR_1007",
         "No test run recorded data before the report: the job's own ordering failure."),
    case("neg-coverage-fail-under", "coverage",
         f"{B}/coverage run {F}/py/dead.py >/dev/null && {B}/coverage report --fail-under=100 1>&2",
         "ERR_1007", "Coverage is below the required threshold."),
    case("coverage-html-full", "coverage",
         f"{B}/coverage run {F}/py/calc.py >/dev/null && {B}/coverage html -d $M/htmlcov 1>&2",
         "ERR_1012", "The HTML report is written onto a full file system.", mount="full"),
    # --- bandit ---------------------------------------------------------------------------
    case("neg-bandit-findings", "bandit", f"{B}/bandit -q {F}/py/risky.py 1>&2", "ERR_1007",
         "The security linter reported findings in the code."),
    case("bandit-report-denied", "bandit",
         "export HOME=$PWD; "
         f"{B}/bandit -q -f json -o {RD}/bandit.json {F}/py/risky.py", "ERR_1002",
         "The report goes into a root-owned directory and the job runs as nobody.",
         user=NOBODY, path=f"{RD}/bandit.json"),
    # --- pydocstyle, vulture, interrogate, radon ---------------------------------------------
    case("neg-pydocstyle-findings", "pydocstyle", f"{B}/pydocstyle {F}/py/nodoc.py 1>&2",
         "ERR_1007", "The docstring checker found missing docstrings."),
    case("neg-vulture-dead-code", "vulture", f"{B}/vulture {F}/py/dead.py 1>&2", "ERR_1007",
         "The dead-code finder reported an unused function."),
    case("vulture-missing-path", "vulture", f"{B}/vulture /nonexistent/pkg 1>&2", "ERR_1003",
         "The package directory to scan does not exist.", path="/nonexistent/pkg"),
    case("neg-interrogate-coverage", "interrogate", f"{B}/interrogate -f 80 {F}/py 1>&2",
         "ERR_1007", "Docstring coverage is below the required threshold."),
    # --- detect-secrets -------------------------------------------------------------------
    case("neg-detect-secrets-found", "detect-secrets-hook",
         f"{B}/detect-secrets-hook {F}/py/creds.py 1>&2", "ERR_1007",
         "The hook found secrets in the file."),
    case("detect-secrets-baseline-missing", "detect-secrets-hook",
         f"{B}/detect-secrets-hook --baseline .secrets.baseline {F}/py/calc.py", "ERR_1003",
         "The baseline file named on the command line does not exist.",
         path=".secrets.baseline"),
    # --- pip-compile ----------------------------------------------------------------------
    case("neg-pip-compile-unresolvable", "pip-compile",
         f"{B}/pip-compile --no-index -o reqs.txt {F}/pkg/reqs.in", "ERR_1007",
         "The pinned internal package is in no index the resolver may use: a dependency "
         "that cannot be resolved."),
    # --- pre-commit -----------------------------------------------------------------------
    case("pre-commit-no-config", "pre-commit",
         f"git init -q . && {B}/pre-commit run --all-files 1>&2", "ERR_1003",
         "The repository has no .pre-commit-config.yaml.", path=".pre-commit-config.yaml"),
    case("pre-commit-entry-missing", "pre-commit",
         f"git init -q . && cp {F}/py/calc.py . && git add calc.py && "
         f"{B}/pre-commit run -c {F}/pc/missing-entry.yaml --all-files 1>&2", "ERR_1001",
         "A local hook's entry program is not installed.", command="hodei-lint"),
    case("neg-pre-commit-hook-fails", "pre-commit",
         f"git init -q . && printf '# TODO: not found yet\\n' > todo.py && git add todo.py && "
         f"{B}/pre-commit run -c {F}/pc/pygrep.yaml --all-files 1>&2", "ERR_1007",
         "A hook matched a forbidden marker in a file: the project's own failing check."),
    case("pre-commit-no-git", "pre-commit",
         f"git init -q . && env PATH={B} {B}/pre-commit run -c {F}/pc/ok.yaml --all-files 1>&2",
         "ERR_1001", "pre-commit drives git, which is not on the job's PATH.", command="git", miss="'git failed. Is it installed, and are you in a Git repository directory?' asks rather than says"),
]
