"""Corpus batch 73: templating and configuration languages and local configuration management:
Jinja (j2cli, jinja2-cli, envtpl), Mustache (ruby and chevron), Template Toolkit, Mako, envsubst,
TOML tools (toml-sort, taplo, go-toml, tomlq), HCL, HOCON, JSON5, Hjson, remarshal, crudini,
reclass and CFEngine run against local policy files."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (91.4% of codes, 85/93), then worked on."""
B = f"{R}/batch73"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign', 'wb').write(d)"
chmod 755 foreign
printf 'server {{ host }}:{{ port }}\n' > app.conf.j2
printf 'host: db1\nport: 5432\n' > vars.yaml
printf '{"host": "db1", "port": 5432}\n' > vars.json
printf '{"host": "db1", "port": 5432\n' > vars-bad.json
printf 'host: db1\n  port: 5432\n' > vars-bad.yaml
printf '{%% for s in servers %%}\nserver {{ s }}\n' > unclosed.j2
printf 'server {{ host | hostport }}\n' > badfilter.j2
printf '{%% include "partials/header.j2" %%}\nbody\n' > include.j2
printf 'upstream {{ backend.address }}\n' > nested.j2
printf 'Hello {{name}}\n' > greet.mustache
printf '{{#servers}}\n- {{name}}\n' > unclosed.mustache
printf '{"name": "ops"}\n' > greet.json
printf '[server]\nhost = "db1"\nport = 5432\n' > good.toml
printf '[server]\nhost = "db1"\nport = 5432\nhost = "db2"\n' > dup.toml
printf '[server\nhost = "db1"\n' > broken.toml
printf '[b]\nx = 1\n\n[a]\ny = 2\n' > unsorted.toml
printf 'variable "region" {\n  default = "eu-west-1"\n}\n' > good.tf
printf 'variable "region" {\n  default = "eu-west-1"\n' > bad.tf
printf 'db {\n  host = db1\n  port = 5432\n}\n' > app.hocon
printf 'db {\n  host = db1\n  url = "jdbc:pg://"${db.hostname}\n}\n' > unresolved.hocon
printf 'db {\n  host = db1\n' > broken.hocon
printf '{name: "x", // comment\n port: 80,,}\n' > bad.json5
printf '{\n  name: x\n  port: [1, 2\n' > bad.hjson
printf 'Host: [%% host %%]\n' > good.tt
printf '[%% IF debug %%]\ndebug on\n' > unclosed.tt
printf '[%% INCLUDE header.tt %%]\nbody\n' > include.tt
printf 'host = ${host}\n' > good.mako
printf '%% if debug:\ndebug on\n' > unclosed.mako
printf 'listen ${port}\nroot ${docroot}\n' > undefined.mako
printf '[database]\nhost = db1\nport = 5432\n' > app.ini
printf '[database\nhost = db1\n' > broken.ini
cat > good.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  reports:
    "policy ok";
}
CF
cat > bad.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  reports:
    "policy ok"
}
CF
cat > nobundle.cf <<'CF'
body common control
{
  bundlesequence => { "main", "hardening" };
}
bundle agent main
{
  reports:
    "policy ok";
}
CF
cat > cmd.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  commands:
    "/usr/local/bin/hodei-deploy --now";
}
CF
cat > foreign.cf <<CF
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  commands:
    "$PWD/foreign";
}
CF
cat > fail.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  commands:
    "/bin/false";
}
CF
cat > copy.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  files:
    "$(sys.workdir)/app.conf"
      copy_from => local_cp("/nonexistent/templates/app.conf");
}
body copy_from local_cp(from)
{
  source => "$(from)";
}
CF
cat > inc.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
  inputs => { "lib/stdlib.cf" };
}
bundle agent main
{
  reports:
    "policy ok";
}
CF
cat > fn.cf <<'CF'
body common control
{
  bundlesequence => { "main" };
}
bundle agent main
{
  vars:
    "v" string => nosuchfunction("x");
  reports:
    "$(v)";
}
CF
mkdir -p inv/nodes inv/classes inv-ok/nodes inv-ok/classes inv-bad/nodes inv-bad/classes
printf 'classes:\n  - base\n  - nginx\nparameters:\n  role: web\n' > inv/nodes/web1.yml
printf 'parameters:\n  ntp: pool.ntp.org\n' > inv/classes/base.yml
printf 'classes:\n  - base\nparameters:\n  role: db\n' > inv-ok/nodes/db1.yml
printf 'parameters:\n  ntp: pool.ntp.org\n' > inv-ok/classes/base.yml
printf 'classes:\n  - base\nparameters:\n  role: db\n  ports: [5432\n' > inv-bad/nodes/db1.yml
printf 'parameters:\n  ntp: pool.ntp.org\n' > inv-bad/classes/base.yml
chmod -R a+rX .
"""

CFW = ("export CFENGINE_TEST_OVERRIDE_WORKDIR=$PWD/wd; mkdir -p wd/bin; "
       "ln -s /usr/bin/cf-promises wd/bin/; cf-key >/dev/null; ")
"""A private CFEngine work directory in the job's own directory, with its key pair."""
CASES = [
    # --- j2cli -----------------------------------------------------------------------------
    dict(id="j2-missing-template", tool="j2",
         script=f"j2 templates/nginx.conf.j2 {B}/vars.yaml", code="ERR_1003",
         path="templates/nginx.conf.j2",
         why="the template the job renders does not exist"),
    dict(id="j2-missing-data", tool="j2",
         script=f"j2 {B}/app.conf.j2 /nonexistent/env/prod.yaml", code="ERR_1003",
         path="/nonexistent/env/prod.yaml",
         why="the variables file given to the renderer does not exist"),
    dict(id="neg-j2-template-syntax", tool="j2",
         script=f"j2 {B}/unclosed.j2 {B}/vars.json", code="ERR_1007",
         why="the template has an unclosed for block: a syntax error in the job's own template"),
    dict(id="neg-j2-unknown-filter", tool="j2",
         script=f"j2 {B}/badfilter.j2 {B}/vars.json", code="ERR_1007",
         why="the template uses a filter that Jinja does not have: the template's own error"),
    dict(id="neg-j2-bad-json", tool="j2",
         script=f"j2 {B}/app.conf.j2 {B}/vars-bad.json", code="ERR_1007",
         why="the JSON data file is truncated: bad input data"),
    dict(id="j2-include-missing", tool="j2",
         script=f"j2 {B}/include.j2 {B}/vars.json", code="ERR_1003", path="partials/header.j2",
         why="the template includes a partial file that does not exist"),
    dict(id="j2-output-denied", tool="j2",
         script=f"j2 -o {RD}/app.conf {B}/app.conf.j2 {B}/vars.json", code="ERR_1002",
         user=NOBODY, path=f"{RD}/app.conf",
         why="the job's user may not create the output file in a root-owned directory"),
    dict(id="j2-output-rofs", tool="j2",
         script=f"j2 -o $M/app.conf {B}/app.conf.j2 {B}/vars.json", code="ERR_1012", mount="ro",
         path="$M/app.conf", why="the output goes to a read-only file system"),
    dict(id="neg-j2-undefined-strict", tool="j2",
         script=f"j2 --undefined {B}/nested.j2 {B}/vars.json", code="ERR_1007",
         why="strict undefined mode stops on a variable the data does not define: the job's data "
             "and template disagree"),
    # --- jinja2-cli ------------------------------------------------------------------------
    dict(id="jinja2-missing-template", tool="jinja2",
         script=f"jinja2 deploy/k8s.yaml.j2 {B}/vars.json", code="ERR_1003",
         path="k8s.yaml.j2", why="the template to render does not exist"),
    dict(id="jinja2-data-unreadable", tool="jinja2",
         script=f"jinja2 --format=json {B}/app.conf.j2 {L}/secret.txt", code="ERR_1002", user=NOBODY,
         path=f"{L}/secret.txt", why="the data file sits in a directory the job's user cannot enter"),
    dict(id="neg-jinja2-bad-yaml", tool="jinja2",
         script=f"jinja2 --format=yaml {B}/app.conf.j2 {B}/vars-bad.yaml", code="ERR_1007",
         why="the YAML data file is malformed: bad input data"),
    dict(id="neg-jinja2-syntax", tool="jinja2",
         script=f"jinja2 {B}/unclosed.j2 {B}/vars.json", code="ERR_1007",
         why="the template has an unclosed block: a syntax error in the job's template"),
    dict(id="neg-jinja2-strict", tool="jinja2",
         script=f"jinja2 --strict {B}/nested.j2 {B}/vars.json", code="ERR_1007",
         why="strict mode fails on a variable the data file does not define"),
    dict(id="jinja2-output-full", tool="jinja2",
         script=f"yes 'server {{{{ host }}}}:{{{{ port }}}}' | head -n 20000 > big.j2; "
                f"jinja2 -o $M/big.conf big.j2 {B}/vars.json", code="ERR_1012", mount="full",
         why="the rendered output does not fit on the full disk"),
    # --- envtpl ----------------------------------------------------------------------------
    dict(id="neg-envtpl-undefined", tool="envtpl",
         script="printf 'url={{ DATABASE_URL }}\\n' > app.conf.tpl; envtpl --keep-template app.conf.tpl",
         code="ERR_1007",
         why="the environment lacks a variable the template needs: the job's configuration error"),
    dict(id="neg-envtpl-syntax", tool="envtpl",
         script="printf '{%% if DEBUG %%}\\ndebug=1\\n' > app.conf.tpl; DEBUG=1 envtpl --keep-template app.conf.tpl",
         code="ERR_1007", why="the template has an if block that is never closed: a syntax error"),
    dict(id="envtpl-output-rofs", tool="envtpl",
         script="printf 'x={{ HOME }}\\n' > app.conf.tpl; envtpl --keep-template -o $M/app.conf app.conf.tpl",
         code="ERR_1012", mount="ro", path="$M/app.conf",
         why="the output file is on a read-only file system"),
    # --- mustache (ruby) -------------------------------------------------------------------
    dict(id="mustache-missing-data", tool="mustache",
         script="mustache data.yml templates/index.mustache", code="ERR_1003",
         path="data.yml", why="the data file named first does not exist"),
    dict(id="neg-mustache-unclosed", tool="mustache",
         script=f"mustache {B}/vars.yaml {B}/unclosed.mustache", code="ERR_1007",
         why="the template opens a section it never closes: a syntax error in the template"),
    dict(id="neg-mustache-bad-yaml", tool="mustache",
         script=f"mustache {B}/vars-bad.yaml {B}/greet.mustache", code="ERR_1007",
         why="the YAML data is malformed: bad input data"),
    dict(id="mustache-template-unreadable", tool="mustache",
         script=f"mustache {B}/vars.yaml {RF}", code="ERR_1002", user=NOBODY, path=RF,
         why="the template file is root-only and the job runs as another user"),
    # --- chevron ---------------------------------------------------------------------------
    dict(id="chevron-missing-template", tool="chevron",
         script=f"chevron -d {B}/greet.json page.mustache", code="ERR_1003", path="page.mustache",
         why="the template file does not exist"),
    dict(id="chevron-missing-data", tool="chevron",
         script=f"chevron -d /nonexistent/site.json {B}/greet.mustache", code="ERR_1003",
         path="/nonexistent/site.json", why="the data file does not exist"),
    dict(id="neg-chevron-bad-json", tool="chevron",
         script=f"chevron -d {B}/vars-bad.json {B}/greet.mustache", code="ERR_1007",
         why="the JSON data is truncated: bad input"),
    dict(id="neg-chevron-unclosed", tool="chevron",
         script=f"chevron -d {B}/greet.json {B}/unclosed.mustache", code="ERR_1007",
         why="the template's section is never closed: the template's syntax error"),
    # --- Template Toolkit ------------------------------------------------------------------
    dict(id="tpage-missing-template", tool="tpage",
         script="tpage --define host=db1 site/index.tt", code="ERR_1003", path="site/index.tt",
         why="the template to process does not exist"),
    dict(id="neg-tpage-unclosed", tool="tpage",
         script=f"tpage {B}/unclosed.tt", code="ERR_1007",
         why="an IF directive has no END: the template's syntax error"),
    dict(id="tpage-include-missing", tool="tpage",
         script=f"tpage {B}/include.tt", code="ERR_1003", path="header.tt",
         why="the template includes a file that does not exist"),
    dict(id="tpage-unreadable", tool="tpage",
         script=f"tpage {RF}", code="ERR_1002", user=NOBODY, path=RF,
         why="the template is a root-only file"),
    # --- Mako ------------------------------------------------------------------------------
    dict(id="mako-render-missing", tool="mako-render",
         script="mako-render --var host=db1 conf/app.mako", code="ERR_1003", path="conf/app.mako",
         why="the template file does not exist"),
    dict(id="neg-mako-render-syntax", tool="mako-render",
         script=f"mako-render {B}/unclosed.mako", code="ERR_1007",
         why="a control line opens an if that is never closed: the template's syntax error"),
    dict(id="neg-mako-render-undefined", tool="mako-render",
         script=f"mako-render --var port=80 {B}/undefined.mako", code="ERR_1007",
         why="the template uses a variable nobody passed: the job's own template/data mismatch"),
    dict(id="mako-render-exec-format", tool="mako-render",
         script=f"printf '<%%\\nimport subprocess\\nsubprocess.run([\"{B}/foreign\"], check=True)\\n%%>\\ndone\\n' > hook.mako; mako-render hook.mako",
         code="ERR_1004",
         why="the template runs a helper built for another architecture: exec format error"),
    dict(id="mako-render-fork-eagain", tool="mako-render",
         script="printf '<%%\\nimport subprocess\\nrev = subprocess.check_output([\"true\"])\\n%%>\\nrev\\n' > rev.mako; ulimit -u 1; mako-render rev.mako",
         code="ERR_1004", user=NOBODY,
         why="under the process limit the template's helper process cannot be forked"),
    dict(id="mako-render-helper-missing", tool="mako-render",
         script="printf '<%%\\nimport subprocess\\nrev = subprocess.check_output([\"git-describe-version\"])\\n%%>\\n${rev}\\n' > rev.mako; mako-render rev.mako",
         code="ERR_1001", command="git-describe-version",
         why="the template spawns a helper program that is not installed"),
    # --- envsubst --------------------------------------------------------------------------
    dict(id="envsubst-write-full", tool="envsubst",
         script=f"envsubst < {B}/app.ini > /dev/full", code="ERR_1012",
         why="writing the substituted output fails because the device is full"),
    dict(id="neg-envsubst-too-many", tool="envsubst",
         script=f"envsubst '$HOST' '$PORT' < {B}/app.ini", code="ERR_1007",
         why="two shell-format arguments were given where one is allowed: a usage error"),
    dict(id="neg-envsubst-bad-option", tool="envsubst",
         script=f"envsubst --no-unset < {B}/app.ini", code="ERR_1007",
         why="an option this envsubst does not know: a usage error"),
    dict(id="neg-envsubst-bad-option-de", tool="envsubst",
         script=f"envsubst --no-unset < {B}/app.ini", code="ERR_1007", lang="de_DE.UTF-8",
         why="an unknown option, in German: a usage error"),
    dict(id="envsubst-write-full-fr", tool="envsubst",
         script=f"envsubst < {B}/app.ini > /dev/full", code="ERR_1012", lang="fr_FR.UTF-8",
         why="the output device is full (French messages)"),
    # --- toml-sort -------------------------------------------------------------------------
    dict(id="toml-sort-missing", tool="toml-sort",
         script="toml-sort --check pyproject.toml", code="ERR_1003", path="pyproject.toml",
         why="the TOML file to check is not in the job's directory"),
    dict(id="neg-toml-sort-check", tool="toml-sort",
         script=f"toml-sort --check {B}/unsorted.toml", code="ERR_1007",
         why="the file is not sorted: a failed check of the job's own file"),
    dict(id="neg-toml-sort-broken", tool="toml-sort",
         script=f"toml-sort {B}/broken.toml", code="ERR_1007",
         why="the TOML has an unclosed table header: bad input"),
    dict(id="toml-sort-inplace-denied", tool="toml-sort",
         script=f"toml-sort -i {RF}", code="ERR_1002", user=NOBODY, path=RF,
         why="the job's user may not read or rewrite the root-only file"),
    dict(id="toml-sort-output-rofs", tool="toml-sort",
         script=f"toml-sort -o $M/sorted.toml {B}/unsorted.toml", code="ERR_1012", mount="ro",
         path="$M/sorted.toml", why="the output goes to a read-only file system"),
    # --- taplo -----------------------------------------------------------------------------
    dict(id="neg-taplo-check-broken", tool="taplo",
         script=f"taplo check {B}/broken.toml", code="ERR_1007",
         why="the TOML does not parse: the job's own file is invalid"),
    dict(id="neg-taplo-fmt-check", tool="taplo",
         script="printf 'a=1\\nb   =  2\\n' > Cargo.toml; taplo fmt --check Cargo.toml",
         code="ERR_1007", why="the file is not formatted: a failed check"),
    dict(id="neg-taplo-dup-key", tool="taplo",
         script=f"taplo check {B}/dup.toml", code="ERR_1007",
         why="a key is defined twice: invalid TOML"),
    # --- go-toml ---------------------------------------------------------------------------
    dict(id="tomll-missing", tool="tomll",
         script="tomll config/app.toml", code="ERR_1003", path="config/app.toml",
         why="the TOML file to lint does not exist"),
    dict(id="neg-tomll-dup", tool="tomll",
         script=f"tomll {B}/dup.toml", code="ERR_1007", why="duplicate key: invalid TOML"),
    dict(id="tomljson-missing", tool="tomljson",
         script="tomljson /nonexistent/app.toml", code="ERR_1003", path="/nonexistent/app.toml",
         why="the input file does not exist"),
    dict(id="neg-tomljson-broken", tool="tomljson",
         script=f"tomljson {B}/broken.toml", code="ERR_1007", why="the TOML does not parse"),
    dict(id="neg-jsontoml-bad", tool="jsontoml",
         script=f"jsontoml {B}/vars-bad.json", code="ERR_1007", why="the JSON input is invalid"),
    # --- tomlq -----------------------------------------------------------------------------
    dict(id="tomlq-missing", tool="tomlq",
         script="tomlq .tool.poetry.version pyproject.toml", code="ERR_1003", path="pyproject.toml",
         why="the file to query does not exist"),
    dict(id="neg-tomlq-broken", tool="tomlq",
         script=f"tomlq .server {B}/broken.toml", code="ERR_1007", why="the TOML input is invalid"),
    dict(id="tomlq-unreadable", tool="tomlq",
         script=f"tomlq . {L}/secret.txt", code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the file sits in a directory the job's user may not enter"),
    # --- HCL -------------------------------------------------------------------------------
    dict(id="neg-hcl2tojson-bad", tool="hcl2tojson",
         script=f"hcl2tojson {B}/bad.tf", code="ERR_1007",
         why="the HCL block is never closed: a syntax error in the job's file"),
    dict(id="hcl2tojson-missing", tool="hcl2tojson",
         script="hcl2tojson infra/main.tf", code="ERR_1003", path="infra/main.tf",
         why="the HCL file does not exist"),
    # --- HOCON / JSON5 / Hjson -------------------------------------------------------------
    dict(id="pyhocon-missing", tool="pyhocon",
         script="pyhocon -i conf/application.conf -f json", code="ERR_1003",
         path="conf/application.conf", why="the HOCON file to convert does not exist"),
    dict(id="neg-pyhocon-unresolved", tool="pyhocon",
         script=f"pyhocon -i {B}/unresolved.hocon -f json", code="ERR_1007",
         why="a substitution refers to a key the configuration never defines"),
    dict(id="neg-pyhocon-broken", tool="pyhocon",
         script=f"pyhocon -i {B}/broken.hocon -f json", code="ERR_1007",
         why="an object is never closed: a syntax error"),
    dict(id="neg-pyjson5-bad", tool="pyjson5",
         script=f"pyjson5 {B}/bad.json5", code="ERR_1007", why="the JSON5 input is invalid"),
    dict(id="neg-hjson-bad", tool="hjson",
         script=f"hjson -j {B}/bad.hjson", code="ERR_1007", why="the Hjson input is invalid"),
    dict(id="hjson-missing", tool="hjson",
         script="hjson -j settings.hjson", code="ERR_1003", path="settings.hjson",
         why="the input file does not exist"),
    # --- remarshal -------------------------------------------------------------------------
    dict(id="remarshal-missing", tool="remarshal",
         script="remarshal -if yaml -of toml -i values.yaml -o values.toml", code="ERR_1003",
         path="values.yaml", why="the input file does not exist"),
    dict(id="neg-remarshal-bad-yaml", tool="remarshal",
         script=f"remarshal -if yaml -of json -i {B}/vars-bad.yaml", code="ERR_1007",
         why="the YAML input is malformed"),
    dict(id="remarshal-out-full", tool="remarshal",
         script="python3 -c \"import json; json.dump({'k%d' % i: 'v' * 40 for i in range(5000)}, open('big.json', 'w'))\"; "
                "remarshal -if json -of yaml -i big.json -o $M/big.yaml", code="ERR_1012", mount="full",
         why="the converted output does not fit on the full disk"),
    dict(id="neg-yaml2toml-null", tool="yaml2toml",
         script="printf 'name: web\\nreplicas: null\\n' > v.yaml; yaml2toml v.yaml", code="ERR_1007",
         why="TOML has no null, so the document cannot be converted: the tool's own data error"),
    # --- crudini ---------------------------------------------------------------------------
    dict(id="crudini-missing", tool="crudini",
         script="crudini --get /nonexistent/etc/app.ini database host", code="ERR_1003",
         path="/nonexistent/etc/app.ini", why="the ini file to read does not exist"),
    dict(id="neg-crudini-no-section", tool="crudini",
         script=f"crudini --get {B}/app.ini cache ttl", code="ERR_1007",
         why="the section asked for is not in the file: an unknown name in the job's own config"),
    dict(id="neg-crudini-broken", tool="crudini",
         script=f"crudini --get {B}/broken.ini database host", code="ERR_1007",
         why="the ini file has a broken section header: bad input"),
    dict(id="crudini-set-denied", tool="crudini",
         script=f"crudini --set {RF} database host db2", code="ERR_1002", user=NOBODY, path=RF,
         why="the job's user may not modify the root-only file"),
    dict(id="crudini-set-rofs", tool="crudini",
         script="crudini --set $M/existing.txt database host db2", code="ERR_1012", mount="ro",
         why="the file to edit is on a read-only file system"),
    # --- reclass ---------------------------------------------------------------------------
    dict(id="neg-reclass-missing-class", tool="reclass",
         script=f"reclass -b {B}/inv --nodeinfo web1", code="ERR_1007",
         why="the node names a class the inventory does not define: an unknown name inside "
             "reclass's own world"),
    dict(id="neg-reclass-missing-node", tool="reclass",
         script=f"reclass -b {B}/inv-ok --nodeinfo web9", code="ERR_1007",
         why="the node asked for is not in the inventory: an unknown name"),
    dict(id="neg-reclass-bad-yaml", tool="reclass",
         script=f"reclass -b {B}/inv-bad --nodeinfo db1", code="ERR_1007",
         why="the node's YAML has an unclosed list: bad input data"),
    dict(id="reclass-missing-inventory", tool="reclass",
         script="reclass -b /nonexistent/salt/reclass --inventory", code="ERR_1003",
         path="/nonexistent/salt/reclass/nodes",
         why="the inventory base directory does not exist"),
    # --- CFEngine --------------------------------------------------------------------------
    dict(id="cf-promises-missing", tool="cf-promises",
         script=CFW + "cf-promises -f ./promises.cf 1>&2", code="ERR_1003", user=NOBODY,
         path="./promises.cf", why="the policy file to check does not exist"),
    dict(id="cf-promises-missing-input", tool="cf-promises",
         script=CFW + f"cp {B}/inc.cf .; cf-promises -f ./inc.cf 1>&2", code="ERR_1003",
         user=NOBODY, path="./lib/stdlib.cf",
         why="the policy's inputs name a library file that is not there"),
    dict(id="neg-cf-promises-syntax", tool="cf-promises",
         script=CFW + f"cp {B}/bad.cf .; cf-promises -f ./bad.cf 1>&2", code="ERR_1007",
         user=NOBODY, why="a promise lacks its semicolon: a syntax error in the policy"),
    dict(id="neg-cf-promises-unknown-function", tool="cf-promises",
         script=CFW + f"cp {B}/fn.cf .; cf-promises -f ./fn.cf 1>&2", code="ERR_1007",
         user=NOBODY, why="the policy calls a function CFEngine does not have: the policy's error"),
    # --- more situations ------------------------------------------------------------------
    dict(id="j2-customize-missing", tool="j2",
         script=f"j2 --customize ./j2_custom.py {B}/app.conf.j2 {B}/vars.json", code="ERR_1003",
         path="./j2_custom.py", why="the customization module the job passes does not exist"),
    dict(id="j2-output-inodes", tool="j2",
         script=f"for svc in api web worker cron mail; do j2 -o $M/$svc.conf {B}/app.conf.j2 {B}/vars.json || exit; done",
         code="ERR_1012", mount="inodes", path="$M/worker.conf",
         why="the output file cannot be created: the file system has no inodes left"),
    dict(id="toml-sort-output-inodes", tool="toml-sort",
         script=f"for p in api web worker cron mail; do toml-sort -o $M/$p.toml {B}/unsorted.toml || exit; done",
         code="ERR_1012", mount="inodes", path="$M/worker.toml",
         why="no inodes are left for the output file"),
    dict(id="taplo-thread-eagain", tool="taplo",
         script=f"ulimit -u 1; exec taplo check {B}/good.toml", code="ERR_1004", user=NOBODY,
         why="under the process limit taplo cannot start its worker threads"),
    dict(id="tomll-thread-eagain", tool="tomll",
         script=f"ulimit -u 1; exec tomll {B}/good.toml", code="ERR_1004", user=NOBODY,
         why="under the process limit the Go runtime cannot create an OS thread"),
    dict(id="tpage-stdout-full", tool="tpage",
         script=f"tpage --define host=db1 {B}/good.tt > /dev/full", code="ERR_1012",
         why="the rendered output cannot be written: no space left on the device"),
    dict(id="mako-render-shell-helper-missing", tool="mako-render",
         script="printf '<%%\\nimport subprocess\\nout = subprocess.check_output(\"helm template ./chart\", shell=True)\\n%%>\\n${out}\\n' > values.mako; mako-render values.mako",
         code="ERR_1001", command="helm",
         why="the template shells out to a program that is not installed"),
    dict(id="pyhocon-unreadable", tool="pyhocon",
         script=f"pyhocon -i {RF} -f json", code="ERR_1002", user=NOBODY, path=RF,
         why="the configuration file is root-only and the job runs as another user"),
    dict(id="remarshal-unreadable", tool="remarshal",
         script=f"remarshal -if toml -of json -i {RF}", code="ERR_1002", user=NOBODY, path=RF,
         why="the input file is root-only and the job runs as another user"),
    dict(id="dhall-to-json-not-installed", tool="bash",
         script="set -e; dhall-to-json --file ./config.dhall > config.json", code="ERR_1001",
         command="dhall-to-json", why="the job's converter is not installed on the runner"),
    dict(id="salt-call-not-installed", tool="bash",
         script="salt-call --local --file-root=./salt state.apply webserver", code="ERR_1001",
         command="salt-call", why="the configuration management client is not installed"),
    dict(id="neg-envsubst-too-many-es", tool="envsubst",
         script=f"envsubst '$HOST' '$PORT' < {B}/app.ini", code="ERR_1007", lang="es_ES.UTF-8",
         why="a usage error (Spanish messages)"),
    dict(id="envsubst-write-full-it", tool="envsubst",
         script=f"envsubst < {B}/app.ini > /dev/full", code="ERR_1012", lang="it_IT.UTF-8",
         why="the output device is full (Italian messages)"),
]


WORKED_ON = {"bash"}
"""A tool of the first batch, worked on before this batch was scored: its cases would not be held out."""
CASES = [case for case in CASES if case["tool"] not in WORKED_ON]
