"""Sealed batch 60: Python and Ruby web frameworks, app servers and task queues in deploy and CI jobs.

Debian packages: python3-django python3-flask celery uvicorn python3-hypercorn daphne
python3-waitress python3-pyramid python3-scrapy python3-rq ruby-rack puma thin unicorn ruby-sidekiq
python3-twisted. From PyPI, in a virtual environment at /tmp/b60venv:
``python3 -m venv /tmp/b60venv && /tmp/b60venv/bin/pip install locust sanic huey dramatiq arq``.
"""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.3% of codes, 100/106), then worked on."""
B = f"{R}/batch60"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
VENV = "/tmp/b60venv/bin"

FIXTURES = r"""
mkdir -p py rb rbsk emptybin armbin assets locale/de/LC_MESSAGES badpo/locale/de/LC_MESSAGES scr
cat > py/settings_hodei.py <<'EOF'
import os
SECRET_KEY = "ci-only-key"
DEBUG = False
ALLOWED_HOSTS = ["localhost"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.staticfiles"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3",
                         "NAME": os.environ.get("DB_PATH", "db.sqlite3")}}
STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT", "staticfiles")
STATICFILES_DIRS = [os.environ.get("ASSETS_DIR", os.path.join(os.path.dirname(os.path.dirname(__file__)), "assets"))]
USE_I18N = True
LOCALE_PATHS = [os.environ.get("LOCALE_DIR", "locale")]
ROOT_URLCONF = "hodei_urls"
EOF
cat > py/settings_broken.py <<'EOF'
from settings_hodei import *
INSTALLED_APPS = INSTALLED_APPS + ["django.contrib.admin"]
TEMPLATES = []
EOF
printf 'urlpatterns = []\n' > py/hodei_urls.py
head -c 20000 /dev/urandom | base64 > assets/app.css
head -c 20000 /dev/urandom | base64 > assets/app.js
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hello"\nmsgstr "Hallo"\n' > locale/de/LC_MESSAGES/django.po
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hello"\nmsgxx "Hallo"\n' > badpo/locale/de/LC_MESSAGES/django.po
cat > py/hodei_asgi.py <<'EOF'
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})
application = app
EOF
cat > py/hodei_wsgi.py <<'EOF'
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
def main(global_config, **settings):
    return app
EOF
cat > py/hodei_flask.py <<'EOF'
import json
import click
from flask import Flask
app = Flask(__name__)
@app.route("/")
def index():
    return "ok"
@app.cli.command("seed")
@click.argument("fixture", type=click.Path(exists=True, dir_okay=False))
def seed(fixture):
    with open(fixture) as f:
        rows = json.load(f)
    click.echo(f"seeded {len(rows)} rows")
@app.cli.command("export-report")
@click.argument("out")
def export_report(out):
    with open(out, "w") as f:
        f.write("report\n" * 20000)
@app.cli.command("build-css")
def build_css():
    import subprocess
    subprocess.run(["tailwindcss", "-i", "assets/app.css", "-o", "static/app.css", "--minify"], check=True)
EOF
cat > py/hodei_tasks.py <<'EOF'
import os
from celery import Celery
app = Celery("hodei_tasks", broker=os.environ.get("BROKER_URL", "memory://"), backend=None)
@app.task
def add(x, y):
    return x + y
EOF
cat > py/hodei_huey.py <<'EOF'
from huey import RedisHuey
huey = RedisHuey("hodei", host="127.0.0.1", port=6399)
@huey.task()
def add(a, b):
    return a + b
EOF
cat > py/hodei_dramatiq.py <<'EOF'
import dramatiq
from dramatiq.brokers.redis import RedisBroker
dramatiq.set_broker(RedisBroker(url="redis://127.0.0.1:6399/0"))
@dramatiq.actor
def add(a, b):
    return a + b
EOF
cat > py/hodei_stub.py <<'EOF'
import dramatiq
from dramatiq.brokers.stub import StubBroker
dramatiq.set_broker(StubBroker())
@dramatiq.actor
def add(a, b):
    return a + b
EOF
cat > py/hodei_arq.py <<'EOF'
from arq.connections import RedisSettings
async def add(ctx, a, b):
    return a + b
class WorkerSettings:
    functions = [add]
    redis_settings = RedisSettings(host="127.0.0.1", port=6399, conn_timeout=1, conn_retries=1, conn_retry_delay=0)
EOF
cat > py/hodei_sanic.py <<'EOF'
from sanic import Sanic
from sanic.response import text
app = Sanic("hodei")
@app.get("/")
async def index(request):
    return text("ok")
EOF
cat > py/locustfile.py <<'EOF'
from locust import HttpUser, task, constant
class Visitor(HttpUser):
    wait_time = constant(0.2)
    @task
    def index(self):
        self.client.get("/health")
EOF
cat > py/spider.py <<'EOF'
import scrapy
class HealthSpider(scrapy.Spider):
    name = "health"
    start_urls = ["http://127.0.0.1:6398/"]
    def parse(self, response):
        yield {"status": response.status}
EOF
cat > py/broken_spider.py <<'EOF'
import scrapy
class BrokenSpider(scrapy.Spider):
    name = "broken"
    def parse(self, response)
        yield {}
EOF
cat > py/production.ini <<'EOF'
[app:main]
use = call:hodei_wsgi:main

[server:main]
use = egg:waitress#main
listen = 127.0.0.1:6397
EOF
cat > py/egg.ini <<'EOF'
[app:main]
use = egg:hodei_storefront

[server:main]
use = egg:waitress#main
listen = 127.0.0.1:6397
EOF
cat > py/bad.toml <<'EOF'
bind = ["127.0.0.1:8000"
workers = 2
EOF
(cd scr && scrapy startproject shop >/dev/null)
printf 'run lambda { |env| [200, {"Content-Type" => "text/plain"}, ["ok"]] }\n' > rb/config.ru
printf 'require "sinatra"\nrun Sinatra::Application\n' > rb/sinatra.ru
printf 'run lambda { |env| [200, {}, ["ok"]\n' > rb/bad.ru
printf 'worker_processes 2\nlisten "127.0.0.1:6396"\ntimeout 30 do\n' > rb/bad_unicorn.rb
printf 'workers 2\nbind "tcp://127.0.0.1:6395"\n' > rb/puma.rb
printf 'require "sidekiq"\nclass HardWorker\n  include Sidekiq::Worker\n  def perform(*args); end\nend\n' > rbsk/app.rb
printf ':concurrency: 5\n:queues:\n  - default\n  - [mailers, 2\n' > rbsk/bad.yml
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('armbin/msgfmt', 'wb').write(d); open('armbin/sqlite3', 'wb').write(d)
open('armbin/tailwindcss', 'wb').write(d); open('armbin/git', 'wb').write(d)"
chmod 755 armbin/*
cat > py/settings_pg.py <<'EOF'
from settings_hodei import *
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop",
                         "HOST": "127.0.0.1", "PORT": "6394", "USER": "ci"}}
EOF
printf '[{"model": "auth.user", "pk": 1, "fields": {"username": "ci"\n' > py/seed_broken.json
mkdir -p py/hodei_checks && touch py/hodei_checks/__init__.py
cat > py/hodei_checks/tests.py <<'EOF'
from django.test import SimpleTestCase


def describe_upload_error(path):
    return f"Permission denied: {path}"


class UploadMessages(SimpleTestCase):
    def test_missing_upload_message(self):
        self.assertEqual(describe_upload_error("media/avatar.png"),
                         "No such file or directory: media/avatar.png")
EOF
printf 'REVISION = `git rev-parse --short HEAD`.strip\nrun lambda { |env| [200, {}, [REVISION]] }\n' > rb/revision.ru
printf 'db = ENV.fetch("DATABASE_URL")\nrun lambda { |env| [200, {}, [db]] }\n' > rb/env.ru
chmod -R a+rX .
printf '[{"sku": "A-1"}]\n' > py/private.json
cp py/production.ini py/private.ini
cp rb/config.ru rb/private.ru
chmod 600 py/private.json py/private.ini rb/private.ru
"""


def case(id, tool, script, code, why, **kw):
    d = {"id": id, "tool": tool, "script": script, "code": code, "why": why}
    d.update(kw)
    return d


N = "nobody"
PY = {"PYTHONPATH": f"{B}/py"}
DJ = {"PYTHONPATH": f"{B}/py", "DJANGO_SETTINGS_MODULE": "settings_hodei"}
VPY = {"PYTHONPATH": f"{B}/py", "PATH": f"{VENV}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}

CASES = [
    # --- django-admin -----------------------------------------------------------------------
    case("django-compilemessages-no-msgfmt", "django-admin",
         f"cp -r {B}/locale . && PATH={B}/emptybin /usr/bin/django-admin compilemessages",
         "ERR_1001", "the gettext program msgfmt that compilemessages runs is not on PATH",
         env=DJ, command="msgfmt"),
    case("django-makemessages-no-gettext", "django-admin",
         f"mkdir -p locale && PATH={B}/emptybin /usr/bin/django-admin makemessages -l de",
         "ERR_1001", "the gettext tools that makemessages runs are not installed on PATH",
         env=DJ, command="msguniq"),
    case("django-dbshell-no-client", "django-admin",
         f"PATH={B}/emptybin /usr/bin/django-admin dbshell", "ERR_1001",
         "the database's command-line client that dbshell starts is not on PATH",
         env=DJ, command="sqlite3"),
    case("django-dbshell-foreign-client", "django-admin",
         f"PATH={B}/armbin /usr/bin/django-admin dbshell", "ERR_1004",
         "the sqlite3 client on PATH is built for another architecture: the OS cannot run it",
         env=DJ),
    case("django-dumpdata-outdir-missing", "django-admin",
         "django-admin migrate -v0 && django-admin dumpdata auth -o /nonexistent/fixtures/auth.json",
         "ERR_1003", "the directory of the dump's output file does not exist", env=DJ,
         path="/nonexistent/fixtures/auth.json"),
    case("django-collectstatic-denied", "django-admin",
         "django-admin collectstatic --noinput", "ERR_1002",
         "the job's user may not create the static root in a root-owned directory", user=N,
         env={**DJ, "STATIC_ROOT": f"{RD}/static"}, path=f"{RD}/static"),
    case("django-collectstatic-rofs", "django-admin",
         "STATIC_ROOT=$M/static django-admin collectstatic --noinput", "ERR_1012",
         "the static root is on a read-only file system", mount="ro", env=DJ, path="$M/static"),
    case("django-collectstatic-full", "django-admin",
         "STATIC_ROOT=$M/static django-admin collectstatic --noinput", "ERR_1012",
         "copying the static files fills the disk", mount="full", env=DJ),
    case("neg-django-settings-module-missing", "django-admin",
         "django-admin check --settings=hodei_site.settings_prod", "ERR_1007",
         "the settings module named is not an importable Python module: a missing module", env=PY),
    case("neg-django-unknown-command", "django-admin", "django-admin migrat --noinput", "ERR_1007",
         "a misspelt management command: a usage error", env=DJ),
    case("neg-django-system-check", "django-admin", "django-admin check --deploy --fail-level WARNING",
         "ERR_1007", "the system checks fail on the project's settings: the project's own failure",
         env={**DJ, "DJANGO_SETTINGS_MODULE": "settings_broken"}),
    case("neg-django-compilemessages-bad-po", "django-admin",
         f"cp -r {B}/badpo/locale . && django-admin compilemessages", "ERR_1007",
         "a translation catalogue has syntax errors: bad input data", env=DJ),
    case("de-neg-django-compilemessages-bad-po", "django-admin",
         f"cp -r {B}/badpo/locale . && django-admin compilemessages", "ERR_1007",
         "a translation catalogue has syntax errors: bad input data", env=DJ, lang="de_DE.UTF-8"),
    case("fr-neg-django-compilemessages-bad-po", "django-admin",
         f"cp -r {B}/badpo/locale . && django-admin compilemessages", "ERR_1007",
         "a translation catalogue has syntax errors: bad input data", env=DJ, lang="fr_FR.UTF-8"),
    case("neg-django-migrate-unknown-app", "django-admin", "django-admin migrate payments", "ERR_1007",
         "the app label named has no migrations in this project: an unknown name", env=DJ),
    case("django-collectstatic-assets-missing", "django-admin",
         "django-admin collectstatic --noinput", "ERR_1003",
         "the front-end build output listed in STATICFILES_DIRS does not exist (the build step did not run)",
         env={**DJ, "ASSETS_DIR": "frontend/dist"},
         path=f"{R}/w/django-collectstatic-assets-missing/frontend/dist"),
    case("django-collectstatic-inodes", "django-admin",
         "STATIC_ROOT=$M/static django-admin collectstatic --noinput", "ERR_1012",
         "no inodes are left on the file system for the copied static files", mount="inodes", env=DJ,
         path="$M/static/app.js"),
    case("django-startproject-target-missing", "django-admin",
         "django-admin startproject hodeisite /nonexistent/srv/hodeisite", "ERR_1003",
         "the destination directory given to startproject does not exist",
         path="/nonexistent/srv/hodeisite"),
    case("django-dbshell-no-psql", "django-admin",
         f"PATH={B}/emptybin /usr/bin/django-admin dbshell", "ERR_1001",
         "the PostgreSQL client psql that dbshell starts is not installed on PATH",
         env={**DJ, "DJANGO_SETTINGS_MODULE": "settings_pg"}, command="psql"),
    case("neg-django-dbshell-pg-refused", "django-admin", "django-admin dbshell", "ERR_1007",
         "psql runs but no database server listens: a service that does not answer",
         env={**DJ, "DJANGO_SETTINGS_MODULE": "settings_pg"}),
    case("neg-django-loaddata-bad-json", "django-admin",
         f"django-admin migrate -v0 && django-admin loaddata {B}/py/seed_broken.json", "ERR_1007",
         "the fixture file is truncated JSON: bad input data", env=DJ),
    case("neg-django-test-fails", "django-admin", "django-admin test hodei_checks", "ERR_1007",
         "a unit test fails; its assertion merely quotes error words", env=DJ),
    case("it-neg-django-compilemessages-bad-po", "django-admin",
         f"cp -r {B}/badpo/locale . && django-admin compilemessages", "ERR_1007",
         "a translation catalogue has syntax errors: bad input data", env=DJ, lang="it_IT.UTF-8"),
    # --- flask ------------------------------------------------------------------------------
    case("flask-seed-fixture-missing", "flask",
         "flask --app hodei_flask seed /nonexistent/seed/products.json", "ERR_1003",
         "the fixture file the seed command is given does not exist", env=PY,
         path="/nonexistent/seed/products.json"),
    case("flask-seed-fixture-denied", "flask",
         f"flask --app hodei_flask seed {B}/py/private.json", "ERR_1002",
         "the job's user may not read the fixture file (root's, mode 600)", env=PY, user=N,
         path=f"{B}/py/private.json"),
    case("flask-report-rofs", "flask", "flask --app hodei_flask export-report $M/report.txt",
         "ERR_1012", "the report is written to a read-only file system", env=PY, mount="ro",
         path="$M/report.txt"),
    case("flask-report-full", "flask", "flask --app hodei_flask export-report $M/report.txt",
         "ERR_1012", "writing the report fills the disk", env=PY, mount="full"),
    case("neg-flask-no-such-command", "flask", "flask --app hodei_flask db upgrade", "ERR_1007",
         "the app has no 'db' command (its migration extension is not set up): a usage error",
         env=PY),
    case("neg-flask-app-import", "flask", "flask --app hodei_shop routes", "ERR_1007",
         "the application module named cannot be imported: a missing module", env=PY),
    case("flask-build-css-no-tailwind", "flask", "flask --app hodei_flask build-css", "ERR_1001",
         "the tailwindcss binary the build command runs is not installed on PATH", env=PY,
         command="tailwindcss"),
    case("flask-build-css-foreign-tailwind", "flask",
         f"PATH={B}/armbin:/usr/bin flask --app hodei_flask build-css", "ERR_1004",
         "the tailwindcss binary on PATH is built for another architecture: the OS cannot run it",
         env=PY),
    # --- celery -----------------------------------------------------------------------------
    case("neg-celery-app-module-missing", "celery", "celery -A hodei_orders worker -l info",
         "ERR_1007", "the celery application module cannot be imported: a missing module", env=PY),
    case("neg-celery-broker-refused", "celery", "celery -A hodei_tasks status", "ERR_1007",
         "the broker is not running, the connection is refused: a service that does not answer",
         env={**PY, "BROKER_URL": "redis://127.0.0.1:6399/0"}),
    case("celery-logfile-dir-missing", "celery",
         "celery -A hodei_tasks worker -P solo --logfile /nonexistent/log/celery/worker.log",
         "ERR_1003", "the directory of the worker's log file does not exist", env=PY,
         path="/nonexistent/log/celery/worker.log"),
    case("celery-logfile-denied", "celery",
         f"timeout 20 celery -A hodei_tasks worker -P solo --logfile {RD}/celery.log", "ERR_1002",
         "the job's user may not create the log file in a root-owned directory", env=PY, user=N,
         path=f"{RD}/celery.log"),
    case("celery-beat-schedule-rofs", "celery",
         "timeout 20 celery -A hodei_tasks beat -s $M/celerybeat-schedule", "ERR_1012",
         "the beat schedule database is on a read-only file system", env=PY, mount="ro",
         path="$M/celerybeat-schedule"),
    # --- uvicorn ----------------------------------------------------------------------------
    case("neg-uvicorn-attr-missing", "uvicorn", "uvicorn hodei_asgi:api --port 6302", "ERR_1007",
         "the module has no attribute of that name: an unknown name in the app", env=PY),
    case("uvicorn-ssl-cert-missing", "uvicorn",
         "uvicorn hodei_asgi:app --port 6303 --ssl-certfile /nonexistent/tls/server.crt "
         "--ssl-keyfile /nonexistent/tls/server.key", "ERR_1003",
         "the TLS certificate and key files do not exist", env=PY),
    case("uvicorn-log-config-missing", "uvicorn",
         "uvicorn hodei_asgi:app --port 6304 --log-config /nonexistent/logging.ini", "ERR_1003",
         "the logging configuration file does not exist", env=PY, path="/nonexistent/logging.ini"),
    case("uvicorn-uds-denied", "uvicorn", f"uvicorn hodei_asgi:app --uds {RD}/uvicorn.sock",
         "ERR_1002", "the job's user may not create the unix socket in a root-owned directory",
         env=PY, user=N),
    case("uvicorn-uds-rofs", "uvicorn", "uvicorn hodei_asgi:app --uds $M/uvicorn.sock",
         "ERR_1012", "the unix socket is to be created on a read-only file system", env=PY,
         mount="ro"),
    case("neg-uvicorn-port-in-use", "uvicorn",
         "python3 -c 'import socket,time; s=socket.socket(); s.bind((\"127.0.0.1\", 6305)); "
         "s.listen(); time.sleep(30)' & sleep 1; uvicorn hodei_asgi:app --port 6305; "
         "st=$?; kill $!; exit $st", "ERR_1007",
         "another process already listens on the port: a conflict in the job's own setup", env=PY),
    case("uvicorn-workers-fork-limit", "uvicorn",
         "timeout 20 bash -c 'ulimit -u 1; exec uvicorn hodei_asgi:app --port 6306 --workers 2'", "ERR_1004",
         "the worker processes cannot be started under the process limit", env=PY, user=N),
    # --- hypercorn --------------------------------------------------------------------------
    case("neg-hypercorn-no-app", "hypercorn", "hypercorn hodei_service:app --bind 127.0.0.1:6311",
         "ERR_1007", "the application's module cannot be found: a missing module", env=PY),
    case("hypercorn-config-missing", "hypercorn",
         "hypercorn --config /nonexistent/deploy/hypercorn.toml hodei_asgi:app", "ERR_1003",
         "the configuration file does not exist", env=PY, path="/nonexistent/deploy/hypercorn.toml"),
    case("neg-hypercorn-bad-config", "hypercorn", f"hypercorn --config {B}/py/bad.toml hodei_asgi:app",
         "ERR_1007", "the TOML configuration file is malformed: bad input", env=PY),
    case("hypercorn-config-denied", "hypercorn", f"hypercorn --config {L}/secret.txt hodei_asgi:app",
         "ERR_1002", "the job's user may not read the configuration file", env=PY, user=N,
         path=f"{L}/secret.txt"),
    case("hypercorn-bind-unix-denied", "hypercorn",
         f"hypercorn --bind unix:{RD}/hypercorn.sock hodei_asgi:app", "ERR_1002",
         "the job's user may not create the unix socket in a root-owned directory", env=PY, user=N),
    case("hypercorn-workers-fork-limit", "hypercorn",
         "timeout 20 bash -c 'ulimit -u 1; exec hypercorn --workers 2 --bind 127.0.0.1:6312 hodei_asgi:app'",
         "ERR_1004", "the worker processes cannot be started under the process limit", env=PY, user=N),
    # --- daphne -----------------------------------------------------------------------------
    case("daphne-access-log-missing-dir", "daphne",
         "daphne -b 127.0.0.1 -p 6322 --access-log /nonexistent/log/daphne/access.log hodei_asgi:application",
         "ERR_1003", "the directory of the access log does not exist", env=PY,
         path="/nonexistent/log/daphne/access.log"),
    case("daphne-access-log-denied", "daphne",
         f"daphne -b 127.0.0.1 -p 6323 --access-log {RD}/access.log hodei_asgi:application",
         "ERR_1002", "the job's user may not create the access log in a root-owned directory",
         env=PY, user=N, path=f"{RD}/access.log"),
    # --- waitress-serve ---------------------------------------------------------------------
    case("neg-waitress-bad-module", "waitress-serve",
         "waitress-serve --listen=127.0.0.1:6331 hodei_portal.wsgi:application", "ERR_1007",
         "the WSGI module cannot be imported: a missing module", env=PY),
    case("waitress-unix-socket-denied", "waitress-serve",
         f"waitress-serve --unix-socket={RD}/waitress.sock hodei_wsgi:app", "ERR_1002",
         "the job's user may not create the unix socket in a root-owned directory", env=PY, user=N),
    case("waitress-unix-socket-rofs", "waitress-serve",
         "waitress-serve --unix-socket=$M/waitress.sock hodei_wsgi:app", "ERR_1012",
         "the unix socket is to be created on a read-only file system", env=PY, mount="ro"),
    case("neg-waitress-unknown-option", "waitress-serve",
         "waitress-serve --workers=4 --listen=127.0.0.1:6332 hodei_wsgi:app", "ERR_1007",
         "an option waitress does not have: a usage error", env=PY),
    # --- pserve3 / proutes3 -----------------------------------------------------------------
    case("pserve-ini-missing", "pserve3", "pserve3 /nonexistent/deploy/production.ini", "ERR_1003",
         "the PasteDeploy configuration file does not exist", env=PY,
         path="/nonexistent/deploy/production.ini"),
    case("pserve-ini-denied", "pserve3", f"pserve3 {B}/py/private.ini", "ERR_1002",
         "the job's user may not read the configuration file (root's, mode 600)", env=PY, user=N,
         path=f"{B}/py/private.ini"),
    case("neg-pserve-egg-missing", "pserve3", f"pserve3 {B}/py/egg.ini", "ERR_1007",
         "the application distribution the configuration names is not installed: a missing package",
         env=PY),
    case("proutes-ini-missing", "proutes3", "proutes3 development.ini", "ERR_1003",
         "the configuration file does not exist in the job's directory", env=PY,
         path="development.ini"),
    # --- twistd3 ----------------------------------------------------------------------------
    case("twistd-tac-missing", "twistd3", "twistd3 -n -y /nonexistent/service/app.tac", "ERR_1003",
         "the application file does not exist", path="/nonexistent/service/app.tac"),
    case("twistd-pidfile-denied", "twistd3",
         f"timeout 20 twistd3 --pidfile {RD}/twistd.pid -n web --listen tcp:6342:interface=127.0.0.1 --path . 1>&2",
         "ERR_1002", "the job's user may not create the pid file in a root-owned directory", user=N,
         path=f"{RD}/twistd.pid"),
    # --- scrapy -----------------------------------------------------------------------------
    case("scrapy-runspider-missing", "scrapy", "scrapy runspider spiders/catalog.py", "ERR_1003",
         "the spider file does not exist", path="spiders/catalog.py"),
    case("neg-scrapy-crawl-outside-project", "scrapy", "scrapy crawl catalog 1>&2", "ERR_1007",
         "crawl is only a command inside a scrapy project: a usage error"),
    case("neg-scrapy-unknown-spider", "scrapy", f"cd {B}/scr/shop && scrapy crawl catalog",
         "ERR_1007", "the project has no spider of that name: an unknown name"),
    case("scrapy-startproject-denied", "scrapy", f"scrapy startproject shop {RD}/shop", "ERR_1002",
         "the job's user may not create the project directory in a root-owned directory", user=N,
         path=f"{RD}/shop"),
    case("scrapy-startproject-rofs", "scrapy", "scrapy startproject shop $M/shop", "ERR_1012",
         "the project directory is to be created on a read-only file system", mount="ro",
         path="$M/shop"),
    case("scrapy-startproject-inodes", "scrapy", "scrapy startproject shop $M/shop", "ERR_1012",
         "no inodes are left on the file system for the project's files", mount="inodes",
         path="$M/shop/module/spiders"),
    # --- rq ---------------------------------------------------------------------------------
    case("neg-rq-worker-redis-refused", "rq", "rq worker --url redis://127.0.0.1:6399 default 1>&2",
         "ERR_1007", "redis is not running, the connection is refused: a service that does not answer"),
    # --- rackup -----------------------------------------------------------------------------
    case("rackup-no-config-ru", "rackup", "rackup -p 6351", "ERR_1003",
         "there is no config.ru in the job's directory",
         path=f"{R}/w/rackup-no-config-ru/config.ru"),
    case("rackup-config-missing", "rackup", "rackup -p 6352 /nonexistent/app/config.ru", "ERR_1003",
         "the rackup file named does not exist", path="/nonexistent/app/config.ru"),
    case("neg-rackup-gem-missing", "rackup", f"rackup -p 6353 {B}/rb/sinatra.ru", "ERR_1007",
         "the application requires a gem that is not installed: a missing library"),
    case("neg-rackup-syntax", "rackup", f"rackup -p 6354 {B}/rb/bad.ru", "ERR_1007",
         "the rackup file has a syntax error"),
    case("rackup-config-denied", "rackup", f"rackup -p 6355 {B}/rb/private.ru", "ERR_1002",
         "the job's user may not read the rackup file (root's, mode 600)", user=N,
         path=f"{B}/rb/private.ru"),
    case("neg-rackup-env-missing", "rackup", f"rackup -p 6356 {B}/rb/env.ru", "ERR_1007",
         "the app requires an environment variable the job did not set: the job's own configuration"),
    case("rackup-git-missing", "rackup", f"PATH={B}/emptybin /usr/bin/timeout 20 /usr/bin/rackup -p 6358 {B}/rb/revision.ru",
         "ERR_1001", "git, which the app runs at boot to read its revision, is not on PATH",
         command="git"),
    # --- puma -------------------------------------------------------------------------------
    case("puma-config-missing", "puma", "puma -C /nonexistent/config/puma.rb", "ERR_1003",
         "the puma configuration file does not exist", path="/nonexistent/config/puma.rb"),
    case("puma-unix-socket-denied", "puma",
         f"puma -b unix://{RD}/puma.sock {B}/rb/config.ru", "ERR_1002",
         "the job's user may not create the unix socket in a root-owned directory", user=N,
         path=f"{RD}/puma.sock"),
    case("puma-unix-socket-rofs", "puma", f"puma -b unix://$M/puma.sock {B}/rb/config.ru",
         "ERR_1012", "the unix socket is to be created on a read-only file system", mount="ro",
         path="$M/puma.sock"),
    case("puma-workers-fork-limit", "puma",
         f"cd {B}/rb && timeout 10 bash -c 'ulimit -u 1; exec puma -C puma.rb config.ru'", "ERR_1004",
         "the cluster's worker processes cannot be forked under the process limit", user=N),
    case("neg-puma-no-app", "puma", "timeout 20 puma -b tcp://127.0.0.1:6356", "ERR_1007",
         "puma finds no application to run in the job's directory"),
    case("neg-puma-port-in-use", "puma",
         "python3 -c 'import socket,time; s=socket.socket(); s.bind((\"127.0.0.1\", 6357)); "
         f"s.listen(); time.sleep(30)' & sleep 1; puma -b tcp://127.0.0.1:6357 {B}/rb/config.ru; "
         "st=$?; kill $!; exit $st", "ERR_1007",
         "another process already listens on the port: a conflict in the job's own setup"),
    # --- thin -------------------------------------------------------------------------------
    case("thin-rackup-missing", "thin", "thin start -a 127.0.0.1 -p 6361 -R /nonexistent/app/config.ru",
         "ERR_1003", "the rackup file named does not exist", path="/nonexistent/app/config.ru"),
    case("thin-config-missing", "thin", "thin -C /nonexistent/config/thin.yml start", "ERR_1003",
         "the thin configuration file does not exist", path="/nonexistent/config/thin.yml"),
    case("neg-thin-unknown-option", "thin", f"thin start --workers 4 -R {B}/rb/config.ru", "ERR_1007",
         "an option thin does not have: a usage error"),
    # --- unicorn ----------------------------------------------------------------------------
    case("unicorn-config-missing", "unicorn", "unicorn -c /nonexistent/config/unicorn.rb", "ERR_1003",
         "the unicorn configuration file does not exist", path="/nonexistent/config/unicorn.rb"),
    case("unicorn-rackup-missing", "unicorn", "unicorn -l 127.0.0.1:6371 /nonexistent/app/config.ru",
         "ERR_1003", "the rackup file named does not exist", path="/nonexistent/app/config.ru"),
    case("neg-unicorn-config-syntax", "unicorn", f"unicorn -c {B}/rb/bad_unicorn.rb {B}/rb/config.ru",
         "ERR_1007", "the unicorn configuration file has a syntax error"),
    case("unicorn-listen-unix-denied", "unicorn",
         f"timeout 20 unicorn -l {RD}/unicorn.sock {B}/rb/config.ru", "ERR_1002",
         "the job's user may not create the unix socket in a root-owned directory", user=N,
         path=f"{RD}/unicorn.sock"),
    # --- sidekiq ----------------------------------------------------------------------------
    case("sidekiq-config-missing", "sidekiq", "sidekiq -C /nonexistent/config/sidekiq.yml 1>&2", "ERR_1003",
         "the sidekiq configuration file does not exist", path="/nonexistent/config/sidekiq.yml"),
    case("neg-sidekiq-redis-refused", "sidekiq", f"timeout 20 sidekiq -r {B}/rbsk/app.rb 1>&2", "ERR_1007",
         "redis is not running, the connection is refused: a service that does not answer",
         env={"REDIS_URL": "redis://127.0.0.1:6399/0"}),
    case("neg-sidekiq-bad-config", "sidekiq", f"sidekiq -C {B}/rbsk/bad.yml -r {B}/rbsk/app.rb 1>&2",
         "ERR_1007", "the YAML configuration is malformed: bad input"),
    # --- rails ------------------------------------------------------------------------------
    case("rails-not-installed", "rails", "rails db:migrate RAILS_ENV=production", "ERR_1001",
         "the rails command is not installed on the runner", command="rails"),
    case("es-rails-not-installed", "rails", "rails assets:precompile", "ERR_1001",
         "the rails command is not installed on the runner", lang="es_ES.UTF-8", command="rails"),
    # --- locust -----------------------------------------------------------------------------
    case("locust-locustfile-missing", "locust",
         "locust -f /nonexistent/load/locustfile.py --headless -u 1 -t 2s -H http://127.0.0.1:6398",
         "ERR_1003", "the locustfile named does not exist", env=VPY,
         path="/nonexistent/load/locustfile.py"),
    case("neg-locust-target-refused", "locust",
         f"locust -f {B}/py/locustfile.py --headless -u 2 -r 2 -t 3s -H http://127.0.0.1:6398 --only-summary",
         "ERR_1007", "the target service is not running, requests are refused and the run counts failures",
         env=VPY),
    case("locust-csv-denied", "locust",
         f"locust -f {B}/py/locustfile.py --headless -u 1 -t 2s -H http://127.0.0.1:6398 --csv {RD}/stats",
         "ERR_1002", "the job's user may not write the CSV statistics into a root-owned directory",
         env=VPY, user=N, path=f"{RD}/stats_stats.csv"),
    # --- sanic ------------------------------------------------------------------------------
    case("neg-sanic-module-missing", "sanic", "sanic hodei_gateway.server:app --port 6381", "ERR_1007",
         "the application's module cannot be imported: a missing module", env=VPY),
    case("sanic-tls-missing", "sanic",
         "sanic hodei_sanic:app --port 6382 --tls /nonexistent/certs", "ERR_1003",
         "the TLS certificate directory does not exist", env=VPY,
         path="/nonexistent/certs/privkey.pem",
         miss="'not found or permission denied' says two causes and the path is on the boxed line below; the denial's words decide"),
    case("sanic-unix-denied", "sanic", f"timeout 20 sanic hodei_sanic:app --unix {RD}/sanic.sock",
         "ERR_1002", "the job's user may not create the unix socket in a root-owned directory",
         env=VPY, user=N),
    # --- huey / dramatiq / arq --------------------------------------------------------------
    case("neg-huey-module-missing", "huey_consumer", "huey_consumer hodei_jobs.huey", "ERR_1007",
         "the huey instance's module cannot be imported: a missing module", env=VPY),
    case("huey-logfile-missing-dir", "huey_consumer",
         "timeout 20 huey_consumer hodei_huey.huey -l /nonexistent/log/huey/consumer.log", "ERR_1003",
         "the directory of the consumer's log file does not exist", env=VPY,
         path="/nonexistent/log/huey/consumer.log"),
    case("neg-dramatiq-module-missing", "dramatiq", "dramatiq hodei_jobs.actors", "ERR_1007",
         "the actors module cannot be imported: a missing module", env=VPY),
    case("dramatiq-pidfile-denied", "dramatiq",
         f"timeout 20 dramatiq hodei_stub --processes 1 --threads 1 --pid-file {RD}/dramatiq.pid",
         "ERR_1002", "the job's user may not create the pid file in a root-owned directory",
         env=VPY, user=N, path=f"{RD}/dramatiq.pid"),
    case("dramatiq-pidfile-missing-dir", "dramatiq",
         "timeout 20 dramatiq hodei_stub --processes 1 --threads 1 --pid-file /nonexistent/run/dramatiq.pid",
         "ERR_1003", "the directory of the pid file does not exist", env=VPY,
         path="/nonexistent/run/dramatiq.pid"),
    case("dramatiq-fork-limit", "dramatiq",
         "timeout 20 bash -c 'ulimit -u 1; exec dramatiq hodei_stub --processes 2 --threads 1'", "ERR_1004",
         "the worker processes cannot be started under the process limit", env=VPY, user=N),
    case("neg-arq-redis-refused", "arq", "timeout 30 arq hodei_arq.WorkerSettings", "ERR_1007",
         "redis is not running, the connection is refused: a service that does not answer", env=VPY),
]
