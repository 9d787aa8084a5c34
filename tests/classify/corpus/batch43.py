"""Sealed batch 43: process supervisors and service managers (supervisord, runit, daemontools,
s6, start-stop-daemon, daemonize, daemon, foreman). Every supervisor a case starts is stopped
in the same script."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (87.4% of codes, 83/95), then worked on."""
B = f"{R}/batch43"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
mkdir -p sv/web sv/idle sv/noexec sv/crashy env lk conf rootsv/web
printf '#!/bin/sh\nexec hodei-webd --port 8080\n' > sv/web/run
mkdir -p sv/bashweb
printf '#!/bin/bash\nexec hodei-webd --port 8080\n' > sv/bashweb/run
chmod 755 sv/bashweb/run
for d in web bashweb; do printf '#!/bin/sh\ntest -e ready\n' > sv/$d/check; chmod 755 sv/$d/check; done
printf '#!/bin/sh\nexec sleep 30\n' > sv/idle/run
printf '#!/bin/sh\nexec sleep 30\n' > sv/noexec/run
printf '#!/bin/sh\nexec sleep 30\n' > rootsv/web/run
chmod 755 sv/web/run sv/idle/run rootsv/web/run
chmod 644 sv/noexec/run
echo 'postgres://db/app' > env/DATABASE_URL
echo production > env/APP_ENV
mkdir -p "$(dirname "$PWD")/locked/svc/web"
printf '#!/bin/sh\nexec sleep 30\n' > "$(dirname "$PWD")/locked/svc/web/run"
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign-app', 'wb').write(d)"
chmod 755 foreign-app
printf '[supervisord\nlogfile=/tmp/supervisord.log\n' > conf/bad.conf
printf '[supervisord]\nuser=hodeinosuch\nlogfile=%%(here)s/sd.log\n' > conf/baduser.conf
printf 'web bundle exec puma -p $PORT\nworker bundle exec sidekiq\n' > Procfile.bad
chmod 700 rootsv/web
chmod 755 rootsv
chmod -R a+rX .
chmod 700 rootsv/web
"""

# A supervisord configuration written into the case's own directory.
SUPCONF = r"""sup() { printf '[unix_http_server]\nfile=%s/s.sock\nchmod=%s\n[supervisord]\nlogfile=%s\npidfile=%s/sd.pid\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n[supervisorctl]\nserverurl=unix://%s/s.sock\n' "$PWD" "${2:-0700}" "$1" "$PWD" "$PWD" > sd.conf; }
"""


def sup(body: str) -> str:
    return SUPCONF + body


CASES = [
    # --- supervisord ------------------------------------------------------------------------
    dict(id="supervisord-config-missing", tool="supervisord",
         script="supervisord -c /nonexistent/etc/supervisord.conf", code="ERR_1003",
         why="the configuration file named on the command line does not exist",
         path="/nonexistent/etc/supervisord.conf"),
    dict(id="neg-supervisord-config-syntax", tool="supervisord",
         script=f"supervisord -c {B}/conf/bad.conf", code="ERR_1007",
         why="the configuration file has a broken section header: the job's own bad input"),
    dict(id="neg-supervisord-unknown-user", tool="supervisord",
         script=f"supervisord -n -c {B}/conf/baduser.conf", code="ERR_1007",
         why="the configuration names a user that does not exist on the machine: a configuration error"),
    dict(id="neg-supervisord-bad-option", tool="supervisord",
         script="supervisord --foreground -c /etc/supervisor/supervisord.conf", code="ERR_1007",
         why="an option supervisord does not have: a usage error"),
    dict(id="supervisord-log-denied", tool="supervisord",
         script=sup(f"sup {RD}/supervisord.log; supervisord -c sd.conf"), code="ERR_1002",
         user="nobody", why="the log file goes to a directory the job's user may not write",
         path=f"{RD}/supervisord.log"),
    dict(id="supervisord-log-rofs", tool="supervisord",
         script=sup("sup $M/supervisord.log; supervisord -c sd.conf"), code="ERR_1012",
         mount="ro", why="the log file goes to a read-only mount", path="$M/supervisord.log"),
    dict(id="supervisord-log-dir-missing", tool="supervisord",
         script=sup("sup /nonexistent/log/supervisor/supervisord.log; supervisord -c sd.conf"),
         code="ERR_1003", why="the directory for the log file does not exist",
         path="/nonexistent/log/supervisor/supervisord.log"),
    dict(id="supervisord-fork-eagain", tool="supervisord",
         script=sup("sup $PWD/sd.log; sed -i 's/^\\[supervisord\\]$/&\\nminprocs=1/' sd.conf; "
                    "ulimit -u 1; exec supervisord -c sd.conf"),
         code="ERR_1004", user="nobody",
         why="under a one-process limit supervisord cannot fork to go into the background"),
    dict(id="neg-supervisord-already-running", tool="supervisord",
         script=sup("sup $PWD/sd.log; supervisord -c sd.conf; sleep 1; supervisord -c sd.conf; "
                    "r=$?; kill $(cat sd.pid); sleep 1; exit $r"),
         code="ERR_1007",
         why="a second supervisord finds the first one already listening on its socket: the job's own mistake"),
    # --- supervisorctl ----------------------------------------------------------------------
    dict(id="supervisorctl-config-missing", tool="supervisorctl",
         script="supervisorctl -c /nonexistent/etc/supervisord.conf status", code="ERR_1003",
         why="the configuration file named on the command line does not exist",
         path="/nonexistent/etc/supervisord.conf"),
    dict(id="neg-supervisorctl-not-running", tool="supervisorctl",
         script=sup("sup $PWD/sd.log; supervisorctl -c sd.conf status web 1>&2"),
         code="ERR_1007",
         why="supervisord is not running, so its socket is missing: a service that does not answer"),
    dict(id="supervisorctl-start-cmd-missing", miss="'web: ERROR (no such file)' names neither the program nor a file", tool="supervisorctl",
         script=sup("sup $PWD/sd.log; printf '[program:web]\\ncommand=hodei-webd --port 8080\\n"
                    "autostart=false\\n' >> sd.conf; supervisord -c sd.conf; sleep 1; "
                    "supervisorctl -c sd.conf start web 1>&2; r=$?; "
                    "supervisorctl -c sd.conf shutdown >/dev/null; sleep 1; exit $r"),
         code="ERR_1001",
         why="the program supervisord is told to start is not installed (supervisorctl reports no such file)"),
    dict(id="neg-supervisorctl-no-such-process", tool="supervisorctl",
         script=sup("sup $PWD/sd.log; supervisord -c sd.conf; sleep 1; "
                    "supervisorctl -c sd.conf restart webapp 1>&2; r=$?; "
                    "supervisorctl -c sd.conf shutdown >/dev/null; sleep 1; exit $r"),
         code="ERR_1007",
         why="the program name is not defined in supervisord's configuration: an unknown name in the tool's world"),
    dict(id="neg-supervisorctl-spawn-error", tool="supervisorctl",
         script=sup("sup $PWD/sd.log; printf '[program:migrate]\\ncommand=/bin/sh -c \"echo "
                    "migration failed; exit 3\"\\nautostart=false\\nstartsecs=1\\nstartretries=0\\n'"
                    " >> sd.conf; supervisord -c sd.conf; sleep 1; "
                    "supervisorctl -c sd.conf start migrate 1>&2; r=$?; "
                    "supervisorctl -c sd.conf shutdown >/dev/null; sleep 1; exit $r"),
         code="ERR_1007",
         why="the supervised program starts and exits with an error at once: the job's own program failing"),
    dict(id="supervisorctl-socket-denied", tool="supervisorctl",
         script=sup("sup $PWD/sd.log 0700; supervisord -c sd.conf; sleep 1; "
                    "runuser -u nobody -- supervisorctl -c sd.conf status 1>&2; r=$?; "
                    "supervisorctl -c sd.conf shutdown >/dev/null; sleep 1; exit $r"),
         code="ERR_1002",
         why="the control socket is root's with mode 0700 and the job's user may not connect to it"),
    # --- runit ------------------------------------------------------------------------------
    dict(id="sv-status-dir-missing", tool="sv", script="sv status /nonexistent/service/web 1>&2",
         code="ERR_1003", why="the service directory does not exist",
         path="/nonexistent/service/web"),
    dict(id="neg-sv-runsv-not-running", miss="sv reports the service's control file missing ('unable to open supervise/ok: file does not exist'), which is what a supervisor that is not running leaves", tool="sv", script=f"sv status {B}/sv/idle 1>&2",
         code="ERR_1007",
         why="no runsv supervises the service: the supervisor is not running, not a missing file"),
    dict(id="sv-dir-denied", tool="sv", script=f"sv status {L}/svc/web 1>&2", code="ERR_1002",
         user="nobody", why="the service directory is inside a directory the job's user may not enter",
         path=f"{L}/svc/web"),
    dict(id="sv-up-cmd-missing", tool="sv",
         script=f"cp -r {B}/sv/web web; runsv web & p=$!; sleep 0.5; sv -w 3 start ./web 1>&2; r=$?; "
                "sv exit ./web >/dev/null; sleep 0.5; kill $p 2>/dev/null; wait; exit $r",
         code="ERR_1001",
         why="the service's run script execs a program that is not installed, so it never comes up",
         command="hodei-webd"),
    dict(id="runsv-dir-missing", tool="runsv", script="runsv /nonexistent/service/web",
         code="ERR_1003", why="the service directory does not exist", path="/nonexistent/service/web"),
    dict(id="runsv-supervise-denied", tool="runsv", script=f"runsv {B}/rootsv/web",
         code="ERR_1002", user="nobody",
         why="the service directory is root's and the job's user may not enter it",
         path=f"{B}/rootsv/web"),
    dict(id="runsv-run-not-executable", miss="'unable to start ./run: access denied' names the script as a relative path, which is not taken as the detail", tool="runsv",
         script=f"cp -r {B}/sv/noexec web; timeout 3 runsv web", code="ERR_1002",
         why="the service's run script has no execute permission, so runsv cannot start it",
         path="./run"),
    dict(id="runsvdir-dir-missing", tool="runsvdir", script="timeout 2 runsvdir /nonexistent/service",
         code="ERR_1003", why="the directory of services does not exist",
         path="/nonexistent/service"),
    dict(id="chpst-envdir-missing", tool="chpst",
         script="chpst -e /nonexistent/etc/app/env ./bin/server", code="ERR_1003",
         why="the environment directory does not exist", path="/nonexistent/etc/app/env"),
    dict(id="neg-chpst-unknown-user", tool="chpst", script="chpst -u appuser true",
         code="ERR_1007", why="the user to run as does not exist on the machine: a configuration error"),
    dict(id="chpst-cmd-missing", tool="chpst", script=f"chpst -e {B}/env hodei-webd --port 8080",
         code="ERR_1001", why="the program to run is not installed", command="hodei-webd"),
    dict(id="chpst-setuser-eperm", tool="chpst", script="chpst -u root id", code="ERR_1002",
         user="nobody", why="changing user needs privileges the job's user does not have"),
    dict(id="chpst-lock-dir-missing", tool="chpst",
         script="chpst -l /nonexistent/run/app.lock true", code="ERR_1003",
         why="the lock file's directory does not exist", path="/nonexistent/run/app.lock"),
    dict(id="chpst-chroot-missing", tool="chpst", script="chpst -/ /nonexistent/jail true",
         code="ERR_1003", why="the new root directory does not exist", path="/nonexistent/jail"),
    dict(id="svlogd-dir-missing", tool="svlogd", script="echo started | svlogd /nonexistent/log/web",
         code="ERR_1003", why="the log directory does not exist", path="/nonexistent/log/web"),
    dict(id="svlogd-dir-denied", tool="svlogd", script=f"echo started | svlogd {RD}",
         code="ERR_1002", user="nobody",
         why="the log directory is not writable by the job's user", path=RD),
    dict(id="svlogd-rofs", tool="svlogd", script="echo started | svlogd $M", code="ERR_1012",
         mount="ro", why="the log directory is on a read-only mount", path="$M"),
    # --- daemontools ------------------------------------------------------------------------
    dict(id="envdir-missing", tool="envdir", script="envdir /nonexistent/env ./run", code="ERR_1003",
         why="the environment directory does not exist", path="/nonexistent/env"),
    dict(id="envdir-cmd-missing", tool="envdir", script=f"envdir {B}/env hodei-migrate up",
         code="ERR_1001", why="the program to run is not installed", command="hodei-migrate"),
    dict(id="envdir-denied", tool="envdir", script=f"envdir {L} true", code="ERR_1002",
         user="nobody", why="the environment directory cannot be entered by the job's user", path=L),
    dict(id="neg-setuidgid-unknown", tool="setuidgid", script="setuidgid appuser ./run",
         code="ERR_1007", why="the account to run as does not exist: a configuration error"),
    dict(id="setuidgid-eperm", tool="setuidgid", script="setuidgid nobody true", code="ERR_1002",
         user="nobody", why="changing user and group needs privileges the job's user does not have"),
    dict(id="softlimit-cmd-missing", tool="softlimit", script="softlimit -m 500000000 hodei-worker",
         code="ERR_1001", why="the program to run is not installed", command="hodei-worker"),
    dict(id="supervise-dir-missing", tool="supervise", script="supervise /nonexistent/service/web",
         code="ERR_1003", why="the service directory does not exist",
         path="/nonexistent/service/web"),
    dict(id="supervise-denied", tool="supervise", script=f"supervise {B}/rootsv/web",
         code="ERR_1002", user="nobody",
         why="the service directory is root's and the job's user may not enter it",
         path=f"{B}/rootsv/web"),
    dict(id="svscan-dir-missing", tool="svscan", script="svscan /nonexistent/service",
         code="ERR_1003", why="the directory of services does not exist", path="/nonexistent/service"),
    dict(id="multilog-dir-missing", tool="multilog", script="echo started | multilog t /nonexistent/log/web",
         code="ERR_1003", why="the log directory's parent does not exist",
         path="/nonexistent/log/web"),
    dict(id="multilog-denied", tool="multilog", script=f"echo started | multilog t {RD}",
         code="ERR_1002", user="nobody",
         why="the log directory is root's and not writable by the job's user", path=RD),
    dict(id="multilog-rofs", tool="multilog", script="echo started | multilog t $M",
         code="ERR_1012", mount="ro", why="the log directory is on a read-only mount", path="$M"),
    dict(id="setlock-dir-missing", tool="setlock", script="setlock /nonexistent/run/deploy.lock true",
         code="ERR_1003", why="the lock file's directory does not exist",
         path="/nonexistent/run/deploy.lock"),
    dict(id="neg-setlock-held", tool="setlock",
         script="setlock deploy.lock sleep 5 & sleep 0.5; setlock -n deploy.lock true; r=$?; "
                "kill $!; wait; exit $r",
         code="ERR_1007", why="another job holds the lock: the job's own contention, nothing missing"),
    dict(id="neg-envuidgid-unknown", tool="envuidgid", script="envuidgid appuser ./run",
         code="ERR_1007", why="the account does not exist: a configuration error"),
    dict(id="fghack-cmd-missing", tool="fghack", script="fghack hodei-legacyd", code="ERR_1001",
         why="the program to run is not installed", command="hodei-legacyd"),
    # --- s6 ---------------------------------------------------------------------------------
    dict(id="s6-svc-dir-missing", tool="s6-svc", script="s6-svc -u /nonexistent/service/web",
         code="ERR_1003", why="the service directory does not exist",
         path="/nonexistent/service/web"),
    dict(id="neg-s6-svc-not-supervised", tool="s6-svc", script=f"s6-svc -r {B}/sv/idle",
         code="ERR_1007", why="no s6-supervise runs for the service: the supervisor does not answer"),
    dict(id="neg-s6-svstat-not-supervised", tool="s6-svstat", script=f"s6-svstat {B}/sv/idle",
         code="ERR_1007", why="no s6-supervise runs for the service: the supervisor does not answer"),
    dict(id="s6-envdir-missing", tool="s6-envdir", script="s6-envdir /nonexistent/env ./run",
         code="ERR_1003", why="the environment directory does not exist", path="/nonexistent/env"),
    dict(id="s6-envdir-cmd-missing", tool="s6-envdir", script=f"s6-envdir {B}/env hodei-webd",
         code="ERR_1001", why="the program to run is not installed", command="hodei-webd"),
    dict(id="neg-s6-setuidgid-unknown", tool="s6-setuidgid", script="s6-setuidgid appuser ./run",
         code="ERR_1007", why="the user to run as does not exist: a configuration error"),
    dict(id="s6-setuidgid-eperm", tool="s6-setuidgid", script="s6-setuidgid nobody true",
         code="ERR_1002", user="nobody",
         why="changing groups and user needs privileges the job's user does not have"),
    dict(id="s6-svscan-dir-missing", tool="s6-svscan", script="s6-svscan /nonexistent/service",
         code="ERR_1003", why="the directory of services does not exist"),
    dict(id="s6-supervise-dir-missing", tool="s6-supervise", script="s6-supervise /nonexistent/service/web",
         code="ERR_1003", why="the service directory does not exist",
         path="/nonexistent/service/web"),
    dict(id="s6-supervise-rofs", tool="s6-supervise", script="s6-supervise $M", code="ERR_1012",
         mount="ro", why="the service directory is on a read-only mount"),
    dict(id="s6-log-dir-missing", tool="s6-log", script="echo started | s6-log t /nonexistent/log/web",
         code="ERR_1003", why="the log directory's parent does not exist",
         path="/nonexistent/log/web"),
    dict(id="s6-log-denied", tool="s6-log", script=f"echo started | s6-log t {RD}/log",
         code="ERR_1002", user="nobody",
         why="the log directory would be made in a directory the job's user may not write",
         path=f"{RD}/log"),
    dict(id="s6-log-rofs", tool="s6-log", script="echo started | s6-log t $M/log", code="ERR_1012",
         mount="ro", why="the log directory would be made on a read-only mount", path="$M/log"),
    dict(id="s6-setlock-dir-missing", tool="s6-setlock",
         script="s6-setlock /nonexistent/run/deploy.lock true", code="ERR_1003",
         why="the lock file's directory does not exist", path="/nonexistent/run/deploy.lock"),
    dict(id="neg-s6-setlock-busy", tool="s6-setlock",
         script="s6-setlock deploy.lock sleep 5 & sleep 0.5; s6-setlock -n deploy.lock true; "
                "r=$?; kill $!; wait; exit $r",
         code="ERR_1007", why="another job holds the lock (the tool says the resource is busy)"),
    dict(id="s6-softlimit-cmd-missing", tool="s6-softlimit",
         script="s6-softlimit -m 500000000 hodei-worker", code="ERR_1001",
         why="the program to run is not installed", command="hodei-worker"),
    # --- start-stop-daemon ------------------------------------------------------------------
    dict(id="ssd-exec-missing", tool="start-stop-daemon",
         script="start-stop-daemon --start --exec /nonexistent/bin/appd", code="ERR_1003",
         why="the daemon binary named by path does not exist", path="/nonexistent/bin/appd"),
    dict(id="ssd-pidfile-dir-missing", tool="start-stop-daemon",
         script="start-stop-daemon --start --make-pidfile --pidfile /nonexistent/run/app.pid "
                "--exec /bin/true",
         code="ERR_1003", why="the pid file's directory does not exist",
         path="/nonexistent/run/app.pid"),
    dict(id="ssd-pidfile-denied", tool="start-stop-daemon",
         script=f"start-stop-daemon --start --make-pidfile --pidfile {RD}/app.pid --exec /bin/true",
         code="ERR_1002", user="nobody",
         why="the pid file goes to a directory the job's user may not write", path=f"{RD}/app.pid"),
    dict(id="ssd-chdir-missing", tool="start-stop-daemon",
         script="start-stop-daemon --start --chdir /nonexistent/srv/app --exec /bin/true",
         code="ERR_1003", why="the working directory for the daemon does not exist",
         path="/nonexistent/srv/app"),
    dict(id="ssd-chuid-eperm", tool="start-stop-daemon",
         script="start-stop-daemon --start --chuid root --exec /bin/true", code="ERR_1002",
         user="nobody", why="changing to another user needs privileges the job's user does not have"),
    dict(id="neg-ssd-chuid-unknown", tool="start-stop-daemon",
         script="start-stop-daemon --start --chuid appuser --exec /bin/true", code="ERR_1007",
         why="the user to run as does not exist: a configuration error"),
    dict(id="ssd-fork-eagain", tool="start-stop-daemon",
         script="ulimit -u 1; start-stop-daemon --start --background --exec /bin/sleep -- 1",
         code="ERR_1004", user="nobody",
         why="under a one-process limit start-stop-daemon cannot fork to put the daemon in the background"),
    dict(id="ssd-exec-format", tool="start-stop-daemon",
         script=f"start-stop-daemon --start --exec {B}/foreign-app", code="ERR_1004",
         why="the daemon binary is for another architecture (exec format error)"),
    dict(id="neg-ssd-stop-none-running", tool="start-stop-daemon",
         script="echo 999999 > app.pid; start-stop-daemon --stop --pidfile app.pid 1>&2",
         code="ERR_1007",
         why="no process from the pid file is running, so nothing was stopped: the job's own failure"),
    dict(id="neg-ssd-usage", tool="start-stop-daemon", script="start-stop-daemon --start",
         code="ERR_1007", why="no process to match was given: a usage error"),
    # --- daemonize, daemon, foreman ---------------------------------------------------------
    dict(id="daemonize-cmd-missing", tool="daemonize",
         script="daemonize /usr/local/bin/hodei-webd", code="ERR_1001",
         why="the program to daemonize is not installed", command="/usr/local/bin/hodei-webd"),
    dict(id="neg-daemonize-relative", tool="daemonize", script="daemonize bin/server",
         code="ERR_1007", why="daemonize wants an absolute path: a usage error"),
    dict(id="daemonize-pidfile-dir-missing", tool="daemonize",
         script="daemonize -p /nonexistent/run/web.pid /bin/true", code="ERR_1003",
         why="the pid file's directory does not exist", path="/nonexistent/run/web.pid"),
    dict(id="daemonize-chdir-missing", tool="daemonize",
         script="daemonize -c /nonexistent/srv/app /bin/true", code="ERR_1003",
         why="the working directory does not exist", path="/nonexistent/srv/app"),
    dict(id="daemonize-stdout-denied", tool="daemonize",
         script=f"daemonize -o {RD}/web.out /bin/true", code="ERR_1002", user="nobody",
         why="the output file goes to a directory the job's user may not write",
         path=f"{RD}/web.out"),
    dict(id="daemonize-user-eperm", tool="daemonize", script="daemonize -u www-data /bin/true",
         code="ERR_1002", user="nobody",
         why="running as another user needs root, which the job's user is not"),
    dict(id="daemonize-fork-eagain", tool="daemonize", script="ulimit -u 1; daemonize /bin/true",
         code="ERR_1004", user="nobody", why="under a one-process limit daemonize cannot fork"),
    dict(id="daemonize-stdout-rofs", tool="daemonize", script="daemonize -o $M/web.out /bin/true",
         code="ERR_1012", mount="ro", why="the output file goes to a read-only mount",
         path="$M/web.out"),
    dict(id="daemon-cmd-missing", miss="'failed to tell if x is safe: No such file or directory' names the program in words no pattern reads as a program to run", tool="daemon", script="daemon -- hodei-webd --port 8080",
         code="ERR_1001", why="the program to run as a daemon is not installed",
         command="hodei-webd"),
    dict(id="neg-daemon-bad-option", tool="daemon", script="daemon --background -- /bin/true",
         code="ERR_1007", why="an option daemon does not have: a usage error"),
    dict(id="foreman-procfile-missing", tool="foreman",
         script="foreman start -f /nonexistent/app/Procfile 1>&2", code="ERR_1003",
         why="the Procfile does not exist", path="/nonexistent/app/Procfile"),
    dict(id="foreman-run-cmd-missing", tool="foreman", script="foreman run hodei-migrate 1>&2",
         code="ERR_1001", why="the command to run is not installed", command="hodei-migrate"),
    dict(id="neg-foreman-check-bad", tool="foreman",
         script=f"foreman check -f {B}/Procfile.bad 1>&2", code="ERR_1007",
         why="the Procfile's lines lack the name-colon form, so no process is defined: the job's own bad input"),
    dict(id="de-sv-up-cmd-missing", tool="sv",
         script=f"cp -r {B}/sv/bashweb web; runsv web & p=$!; sleep 0.5; sv -w 3 start ./web 1>&2; r=$?; "
                "sv exit ./web >/dev/null; sleep 0.5; kill $p 2>/dev/null; wait; exit $r",
         code="ERR_1001", lang="de_DE.UTF-8",
         why="the service's bash run script execs a program that is not installed (German messages)",
         command="hodei-webd"),
    dict(id="fr-sv-up-cmd-missing", tool="sv",
         script=f"cp -r {B}/sv/bashweb web; runsv web & p=$!; sleep 0.5; sv -w 3 start ./web 1>&2; r=$?; "
                "sv exit ./web >/dev/null; sleep 0.5; kill $p 2>/dev/null; wait; exit $r",
         code="ERR_1001", lang="fr_FR.UTF-8",
         why="the service's bash run script execs a program that is not installed (French messages)",
         command="hodei-webd"),
    dict(id="neg-sv-bad-action", tool="sv", script=f"sv reboot {B}/sv/idle 1>&2", code="ERR_1007",
         why="an action sv does not know: a usage error"),
    dict(id="neg-chpst-bad-option", tool="chpst", script="chpst -Z 64 ./run", code="ERR_1007",
         why="an option chpst does not have: a usage error"),
    dict(id="neg-softlimit-bad-number", tool="softlimit", script="softlimit -m 512M ./run",
         code="ERR_1007", why="the memory limit is not a plain number of bytes: a usage error"),
    dict(id="neg-daemonize-bad-option", tool="daemonize", script="daemonize -Z /bin/true",
         code="ERR_1007", why="an option daemonize does not have (it then crashes): the job's own usage error"),
    dict(id="neg-supervisord-bad-boolean", tool="supervisord",
         script="printf '[supervisord]\\nlogfile=%s/sd.log\\n[program:web]\\ncommand=/bin/true\\nautostart=maybe\\n' \"$PWD\" > sd.conf; supervisord -c sd.conf",
         code="ERR_1007", why="a configuration value is not a valid boolean: the job's own bad input"),
    dict(id="neg-s6-svscan-bad-option", tool="s6-svscan", script="s6-svscan -Z /srv/service",
         code="ERR_1007", why="an option s6-svscan does not have: a usage error"),
]
