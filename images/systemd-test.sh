#!/usr/bin/env bash
# systemd/hodei-worker.service for real: systemd as PID 1 in a podman container (a Debian root
# made with debootstrap, hodei-worker's dependencies installed in /opt/hodei from PyPI once, the
# project itself installed from this tree at each run), the reference control plane beside the
# worker. Prints one line per check and a final "N passed, N failed"; exits 1 if any failed.
#
#   images/systemd-test.sh        (root, podman, runc, debootstrap, git)
#
# Checks: start reaches active through READY=1; STATUS tells the running jobs; a daemon killed
# is restarted and its running job goes on to complete, once; stop drains (the running job
# completes); the watchdog restarts a SIGSTOPped daemon; a bad configuration exits 78 and is
# not restarted.
set -uo pipefail
cd "$(dirname "$0")/.."
base=localhost/hodei-systemd-base:bookworm
# The dependencies are those of this pyproject.toml: a change of it makes a new image.
image=localhost/hodei-systemd-test:$(sha256sum pyproject.toml | cut -c1-12)
name=hodei-systemd-test-$$
venv=/opt/hodei
passed=0
failed=0
limits=(--ulimit nofile=1024:1024 --ulimit nproc=1000:1000)
ca=/etc/ssl/certs/ca-certificates.crt

skip() {
  echo "systemd-test: skipped: $1"
  exit 0
}
[ "$(id -u)" = 0 ] || skip "needs root"
for tool in podman runc debootstrap git; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done

host_mirror() {
  grep -hsE '^(URIs:|deb) +https?://[^ ]*/debian/?( |$)' \
    /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list \
    | head -1 | sed -E 's/^(URIs:|deb) +//; s/ .*//'
}
# This tree's files (tracked, and new ones not ignored), as a tar stream.
sources() { git ls-files -z --cached --others --exclude-standard | tar --null -T - -c; }

if ! podman image exists "$base"; then
  mirror=${MIRROR:-$(host_mirror)}
  [ -n "$mirror" ] || skip "no Debian mirror in the apt sources; set MIRROR"
  tree=$(mktemp -d /var/tmp/hodei-systemd.XXXXXX)
  echo "systemd-test: debootstrap bookworm with systemd from $mirror"
  if ! debootstrap --variant=minbase \
      --include=systemd,systemd-sysv,dbus,procps,python3,python3-venv,ca-certificates \
      bookworm "$tree" "$mirror" >"$tree.log" 2>&1; then
    tail -20 "$tree.log" >&2
    rm -rf --one-file-system "$tree" "$tree.log"
    exit 1
  fi
  rm -rf "$tree.log" "$tree"/var/lib/apt/lists/* "$tree"/var/cache/apt/archives/*.deb
  tar -C "$tree" -c . | podman import --quiet --change 'CMD ["/sbin/init"]' - "$base" >/dev/null
  rm -rf --one-file-system "$tree"
fi
if ! podman image exists "$image"; then
  echo "systemd-test: the project's dependencies into $venv (from PyPI)"
  mounts=()
  [ -f "$ca" ] && mounts=(-v "$ca:$ca:ro")
  deps_tar=$(mktemp /tmp/hodei-systemd-deps.XXXXXX.tar)
  sources >"$deps_tar"
  podman --runtime runc run --name "$name-deps" --network host "${limits[@]}" "${mounts[@]}" \
    -v "$deps_tar:/tmp/src.tar:ro" "$base" sh -c "mkdir /tmp/src && tar -x -C /tmp/src -f /tmp/src.tar \
      && python3 -m venv $venv \
      && $venv/bin/pip install -q --disable-pip-version-check 'setuptools>=77' /tmp/src \
      && rm -rf /tmp/src /root/.cache" || { rm -f "$deps_tar"; podman rm -f "$name-deps" >/dev/null; exit 1; }
  rm -f "$deps_tar"
  podman commit --quiet --change 'CMD ["/sbin/init"]' "$name-deps" "$image" >/dev/null
  podman rm -f "$name-deps" >/dev/null
fi

check() {
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
    passed=$((passed + 1))
  else
    echo "FAILED: $what"
    failed=$((failed + 1))
  fi
}

in_box() { podman exec "$name" "$@"; }
show() { in_box systemctl show -P "$1" hodei-worker; }
cp_cli() { in_box "$venv/bin/hodei-control-plane" "$@"; }
# Polls "$@" once a second, at most $1 times.
until_true() {
  local tries=$1
  shift
  for _ in $(seq "$tries"); do
    if "$@" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}
job_state() { cp_cli jobs | awk -v id="$1" '$1 == id {print $2}'; }
job_is() { [ "$(job_state "$1")" = "$2" ]; }
status_says() { show StatusText | grep -q "$1"; }
pid_alive() { in_box kill -0 "$1"; }

podman --runtime runc run -d --name "$name" --systemd=always --cap-add SYS_ADMIN "${limits[@]}" \
  "$image" /sbin/init >/dev/null || { echo "systemd-test: the container did not start" >&2; exit 1; }
trap 'podman rm -f "$name" >/dev/null 2>&1' EXIT
in_box systemctl is-system-running --wait >/dev/null 2>&1 || true  # "degraded" will do
# This tree's hodei-worker, over the dependencies of the image (no network needed).
# (Copied in as a file: a stream piped to "podman exec -i" can lose its first bytes when the
# exec session attaches late, and with them the package's first files.)
src_tar=$(mktemp /tmp/hodei-systemd-src.XXXXXX.tar)
sources >"$src_tar"
podman cp "$src_tar" "$name:/tmp/src.tar" && rm -f "$src_tar" \
  && in_box sh -c "rm -rf /tmp/src && mkdir /tmp/src && tar -x -C /tmp/src -f /tmp/src.tar \
       && $venv/bin/pip install -q --disable-pip-version-check --no-deps --no-build-isolation /tmp/src" \
  || { rm -f "$src_tar"; echo "systemd-test: the project did not install in the container" >&2; exit 1; }
in_box "$venv/bin/python" -c "import hodei_worker.run, hodei_worker.agent" \
  || { echo "systemd-test: the project installed in the container is incomplete" >&2; exit 1; }

# The unit as shipped, ExecStart at the mounted environment; the container's own limit on open
# files (podman's --ulimit, above) is all it may have.
in_box sh -c "sed 's#^ExecStart=/usr/local/bin/hodei-worker#ExecStart=$venv/bin/hodei-worker#' \
  /tmp/src/systemd/hodei-worker.service > /etc/systemd/system/hodei-worker.service"
in_box mkdir -p /etc/systemd/system/hodei-worker.service.d /etc/hodei
in_box sh -c 'printf "[Service]\nLimitNOFILE=1024\n" > /etc/systemd/system/hodei-worker.service.d/container.conf'
in_box sh -c "printf '[Unit]\nDescription=reference control plane\n[Service]\nExecStart=$venv/bin/hodei-control-plane serve --listen 127.0.0.1:50051 --db /var/lib/hodei-cp/cp.sqlite3\nStateDirectory=hodei-cp\n' > /etc/systemd/system/hodei-cp.service"
in_box sh -c 'printf "[worker]\ncontrol_plane = \"127.0.0.1:50051\"\nmax_jobs = 4\ndrain_timeout = \"1m\"\n" > /etc/hodei/worker.toml'
in_box systemctl daemon-reload
in_box systemctl start hodei-cp
until_true 30 cp_cli jobs >/dev/null

# 1. Type=notify: start returns once READY=1 came.
check "start reaches active through READY=1" in_box systemctl start hodei-worker
check "the unit is active" [ "$(show ActiveState)" = active ]

# 2. STATUS= while a job runs.
job=$(cp_cli submit -- sleep 15)
check "STATUS tells the running job" until_true 30 status_says "1 job(s) running"

# 3. A crash of the daemon (SIGKILL): systemd restarts it, the running job's process lives on in
# the supervisor host (KillMode=process), and the new daemon follows it to its end, run once.
# The job keeps a file in /tmp across the crash: with PrivateTmp=yes, systemd would remove the
# unit's private /tmp as it restarts the daemon, and the job would fail (ERR_1003).
job=$(cp_cli submit -- sh -c 'echo kept > /tmp/hodei-check && sleep 15 && cat /tmp/hodei-check')
sleeper() { in_box pgrep -x -f "sleep 15"; }
until_true 30 sleeper >/dev/null
sleeper_pid=$(sleeper | head -1)
before=$(show MainPID)
in_box kill -KILL "$before"
restarted() { [ "$(show MainPID)" != "$before" ] && [ "$(show ActiveState)" = active ]; }
check "a killed daemon is restarted" until_true 60 restarted
check "the running job's process lives on" pid_alive "$sleeper_pid"
check "the new daemon follows the job to its success, its /tmp kept" until_true 60 job_is "$job" succeeded
check "the job ran once" sh -c "podman exec $name $venv/bin/hodei-control-plane jobs | grep -q '^$job .*attempts=1'"

# 4. Stop drains: a running job completes before the daemon leaves.
job=$(cp_cli submit -- sleep 4)
until_true 30 status_says "1 job(s) running"
in_box systemctl stop hodei-worker
check "stop drains: the running job succeeded" until_true 30 job_is "$job" succeeded
check "stop leaves the unit inactive" [ "$(show ActiveState)" = inactive ]

# 5. The watchdog restarts a daemon that stops answering.
in_box sh -c 'printf "[Service]\nWatchdogSec=4\n" > /etc/systemd/system/hodei-worker.service.d/watchdog.conf'
in_box systemctl daemon-reload
in_box systemctl start hodei-worker
stopped=$(show MainPID)
restarts=$(show NRestarts)
in_box kill -STOP "$stopped"
new_daemon() { [ "$(show MainPID)" != "$stopped" ] && [ "$(show ActiveState)" = active ]; }
check "the watchdog restarts a SIGSTOPped daemon" until_true 60 new_daemon
check "the restart is counted" [ "$(show NRestarts)" -gt "$restarts" ]
in_box systemctl stop hodei-worker
in_box rm /etc/systemd/system/hodei-worker.service.d/watchdog.conf

# 6. A bad configuration: exit 78, not restarted.
in_box sh -c 'printf "[worker]\ncontrol_plane = \"127.0.0.1:50051\"\nmax_jobs = \"many\"\n" > /etc/hodei/worker.toml'
in_box systemctl daemon-reload
in_box systemctl reset-failed hodei-worker >/dev/null 2>&1 || true
in_box systemctl start hodei-worker >/dev/null 2>&1 || true # fails: that is the check
exited_78() { [ "$(show ExecMainStatus)" = 78 ] && [ "$(show ActiveState)" = failed ]; }
# RestartPreventExitStatus= is decided as the daemon exits: failed, not auto-restart.
check "a bad configuration exits 78 and the unit is left failed" until_true 30 exited_78
check "exit 78 is not restarted" [ "$(show NRestarts)" = 0 ]
check "the journal names the key" sh -c "podman exec $name journalctl -u hodei-worker --no-pager | grep -q 'CONFIGURATION_ERROR worker.max_jobs'"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
