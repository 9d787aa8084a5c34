#!/usr/bin/env bash
# Builds the images (Dockerfile's run, worker and agent targets) on a Debian base made here, then checks
# in real containers what hodei-run and hodei-worker promise there. One line per check, then
# "N passed, N failed"; the exit status is non-zero when a check failed.
#   sudo images/test.sh
# Needs root on a Debian-like host; installs podman, runc and debootstrap with apt-get when they
# are missing, and says "skipped: ..." (exit 0) when that cannot be done. The base image is
# built once (images/base.sh) and reused.
# Environment: BASE_IMAGE (localhost/hodei-base:bookworm), TAG (hodei-worker), RUNTIME (runc
# when installed: crun refuses hybrid cgroup hosts), MIRROR (see images/base.sh).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
base_image=${BASE_IMAGE:-localhost/hodei-base:bookworm}
tag=${TAG:-hodei-worker}
suffix="hodei-test-$$"
passed=0
failed=0

skip() { echo "skipped: $*"; exit 0; }
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# --- the host ---------------------------------------------------------------------------------
[[ $(id -u) == 0 ]] || skip "needs root (podman with cgroup limits, debootstrap)"
[[ -f /etc/debian_version ]] && command -v apt-get >/dev/null || skip "needs a Debian-like host (apt-get)"
missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get install -y -q "${missing[@]}" || { apt-get update -q && apt-get install -y -q "${missing[@]}"; }; } \
       >/tmp/"$suffix"-apt.log 2>&1; then
    skip "cannot install ${missing[*]} with apt-get ($(tail -1 /tmp/"$suffix"-apt.log))"
  fi
  rm -f /tmp/"$suffix"-apt.log
fi
runtime=${RUNTIME:-$(command -v runc >/dev/null && echo runc || echo crun)}
run_flags=(--runtime "$runtime" --ulimit nofile=1024:1024 --ulimit nproc=1000:1000)
build_flags=(--runtime "$runtime" --network host --build-arg "BASE=$base_image")
# The host's CA bundle, where it trusts more than the base does (a proxy of its own).
ca=/etc/ssl/certs/ca-certificates.crt
[[ -f $ca ]] && build_flags+=(-v "$ca:$ca:ro")

work=$(mktemp -d /tmp/"$suffix".XXXXXX)
chmod 0777 "$work"  # the images run as an unprivileged user: their event files go here
cd "$work"  # podman (conmon) leaves a file named "oom" in the directory of an OOM-killed run
cleanup() {  # one at a time: podman removes none of a list that names a missing one
  for container in "$suffix-stop" "$suffix-cp" "$suffix-worker"; do
    podman rm -f -t 0 "$container" >/dev/null 2>&1
  done
  rm -rf "$work"
}
trap cleanup EXIT

# --- the images -------------------------------------------------------------------------------
"$here/base.sh" "$base_image" || { fail "base image" "images/base.sh failed"; echo "$passed passed, $failed failed"; exit 1; }
build() {  # build TARGET [extra podman build flags]
  local target=$1; shift
  if podman build "${build_flags[@]}" "$@" --target "$target" -t "$tag:$target" "$repo" \
       >"$work/build-$target.log" 2>&1; then
    ok "build $tag:$target"
  else
    fail "build $tag:$target" "$(tail -3 "$work/build-$target.log" | tr '\n' ' ')"
  fi
}
build run
build worker --format docker  # docker format: the OCI one has no HEALTHCHECK
build agent

# field FILE EXPR: a value of the JSON event FILE, read with the image's own python
field() {
  podman run --rm "${run_flags[@]}" -v "$work:/out" --entrypoint python3 "$tag:run" -c \
    "import json, sys; e = json.load(open(sys.argv[1])); print($2)" "/out/$1" 2>&1
}
# job NAME [podman run flags] -- JOB...: runs JOB in the run image; its event goes to NAME.json,
# its stderr's last line to $last and its exit status to $status.
job() {
  local name=$1; shift
  local flags=()
  while [[ $1 != -- ]]; do flags+=("$1"); shift; done; shift
  podman run --rm "${run_flags[@]}" -v "$work:/out" -e "HODEI_EVENT_FILE=/out/$name.json" \
    "${flags[@]}" "$tag:run" "$@" >"$work/$name.out" 2>"$work/$name.err"
  status=$?
  last=$(tail -1 "$work/$name.err")
}

# --- hodei-run as PID 1 -----------------------------------------------------------------------
job missing -- ls /nope
if [[ $status == 2 && $last == "hodei-run: ERR_1003 FILE_NOT_FOUND "* ]]; then
  ok "failing job: ls /nope is ERR_1003, exit 2"
else
  fail "failing job" "exit $status, last line: $last"
fi

job oom --memory 64m -- python3 -c 'b = bytearray(256 * 1024 * 1024)'
facts=$(field oom.json 'e["error_code"], e["failure_reason"].get("oom_killed"), e["classification"]["rule"], e["oom_detection"]')
if [[ $status == 137 && $last == "hodei-run: ERR_1006 SIGNAL_RECEIVED "*"out of memory"* \
      && $facts == "ERR_1006 True oom.container cgroup-v"* ]]; then
  ok "OOM under --memory 64m: ERR_1006, oom_killed, read from the container's cgroup ($facts)"
else
  fail "OOM under --memory" "exit $status, event: $facts, last line: $last"
fi

# The stop: the job's main process gets the SIGTERM hodei-run received; a grandchild that
# ignores it is killed by hodei-run once the grace is over, before hodei-run exits 143 on its
# own (podman's own SIGKILL, 60 s later, would have made it 137).
podman run -d --name "$suffix-stop" "${run_flags[@]}" -v "$work:/out" -e HODEI_EVENT_FILE=/out/stop.json \
  -e HODEI_KILL_GRACE=1s "$tag:run" \
  sh -c 'sh -c "trap \"\" TERM; exec sleep 1000" & echo $! > /tmp/child; exec sleep 1001' >/dev/null
for _ in $(seq 100); do
  podman exec "$suffix-stop" test -s /tmp/child 2>/dev/null && break
  sleep 0.1
done
podman stop -t 60 "$suffix-stop" >/dev/null
status=$(podman inspect --format '{{.State.ExitCode}}' "$suffix-stop")
facts=$(field stop.json 'e["error_code"], e["failure_reason"]["signal"], e["failure_reason"].get("forwarded"), e["leftovers_stopped"]')
if [[ $status == 143 && $facts == "ERR_1006 SIGTERM True "[1-9]* ]]; then
  ok "podman stop: SIGTERM forwarded, the job's tree stopped by hodei-run, exit 143 ($facts)"
else
  fail "podman stop" "exit $status, event: $facts"
fi
podman rm -f -t 0 "$suffix-stop" >/dev/null 2>&1

# Orphans re-parented to PID 1 are reaped: none is left a zombie (state Z) in /proc.
job zombies -- sh -c '
  for i in 1 2 3 4 5; do (sleep 0.1 & echo $! >> /tmp/orphans); done
  for _ in $(seq 100); do
    left=$(for p in $(cat /tmp/orphans); do [ -e /proc/$p ] && echo $p; done)
    [ -z "$left" ] && { echo reaped; exit 0; }
    sleep 0.1
  done
  for p in $left; do grep State: /proc/$p/status; done; exit 1'
if [[ $status == 0 && $(cat "$work/zombies.out") == reaped ]]; then
  ok "orphans of the job reaped by hodei-run as PID 1"
else
  fail "zombies reaped" "exit $status, $(tr '\n' ' ' <"$work/zombies.out")"
fi

# --- the worker daemon ------------------------------------------------------------------------
# The reference control plane on the host's loopback (from the worker image), a worker beside
# it, its HEALTHCHECK run by podman; then a job through both.
health_port=$((20000 + RANDOM % 20000))
podman run -d --name "$suffix-cp" "${run_flags[@]}" --network host --no-healthcheck --entrypoint hodei-control-plane \
  "$tag:worker" serve --listen 127.0.0.1:0 --db /tmp/cp.sqlite3 >/dev/null 2>>"$work/podman.log"
cp_address=
for _ in $(seq 100); do
  cp_address=$(podman logs "$suffix-cp" 2>&1 | sed -n 's/.*listening on \(127\.0\.0\.1:[0-9]*\).*/\1/p')
  [[ -n $cp_address ]] && break
  sleep 0.1
done
health=unstarted
if [[ -n $cp_address ]]; then
  podman run -d --name "$suffix-worker" "${run_flags[@]}" --network host --health-interval disable \
    -e HODEI_HEALTH_LISTEN="127.0.0.1:$health_port" "$tag:worker" --control-plane "$cp_address" \
    >/dev/null 2>>"$work/podman.log"  # without systemd, podman says it cannot time the checks
  for _ in $(seq 60); do
    podman healthcheck run "$suffix-worker" >/dev/null 2>&1 && break
    sleep 0.5
  done
  health=$(podman inspect --format '{{.State.Health.Status}}' "$suffix-worker")
fi
unserved=$(podman exec -e HODEI_HEALTH_LISTEN="127.0.0.1:$((health_port + 1))" "$suffix-worker" \
             hodei-healthcheck 2>&1; echo "exit $?")
if [[ $health == healthy && $unserved == *UNAVAILABLE*"exit 1" ]]; then
  ok "worker HEALTHCHECK healthy against the control plane at $cp_address (and unhealthy where nothing serves)"
else
  fail "worker HEALTHCHECK" "control plane '${cp_address:-not listening}', health $health, unserved: $unserved"
fi
ran=
if [[ -n $cp_address ]]; then
  id=$(podman exec "$suffix-cp" hodei-control-plane submit --control-plane "$cp_address" -- \
         sh -c 'echo ran as $(id -un)' 2>&1)
  for _ in $(seq 100); do
    ran=$(podman exec "$suffix-cp" hodei-control-plane jobs --control-plane "$cp_address" 2>&1 | grep -F "$id")
    [[ $ran == *succeeded* || $ran == *failed* ]] && break
    sleep 0.2
  done
  out=$(podman exec "$suffix-cp" hodei-control-plane logs --control-plane "$cp_address" "$id" 2>&1)
fi
if [[ $ran == *succeeded*"exit=0"* && $out == "ran as hodei" ]]; then
  ok "worker ran a job from the control plane, as the unprivileged user"
else
  fail "worker runs a job" "jobs: ${ran:-none}; logs: ${out:-none}"
fi

# --- the agent: the platform's worker image -----------------------------------------------------
# The stand-in of the platform's server (tests/agent/standin.py) on the host's loopback starts
# the agent image as the platform would, with its HODEI_* variables, and sends it one job.
python=${PYTHON:-$repo/.venv/bin/python}
if [[ -x $python ]]; then
  agent="podman run --rm ${run_flags[*]} --network host -e HODEI_SERVER_ADDRESS -e HODEI_OTP_TOKEN"
  agent+=" -e HODEI_WORKER_ID -e HODEI_WORKER_NAME -e HODEI_WORKER_MODE $tag:agent"
  said=$(cd "$repo" && timeout 300 "$python" -m tests.agent.standin --agent "$agent" -- ls /nope 2>&1)
  result=$(grep -F ": FAILED exit_code=" <<<"$said")
  if [[ $result == *"exit_code=2 error_message='FILE_NOT_FOUND: /nope does not exist [ERR_1003]"* \
        && $said == *"agent exited with status 0"* ]]; then
    ok "agent image: a job from the platform's stand-in ran, its result FILE_NOT_FOUND [ERR_1003]"
  else
    fail "agent image" "$(tail -3 <<<"$said" | tr '\n' ' ')"
  fi
else
  fail "agent image" "no python with this project at $python (set PYTHON)"
fi

echo "$passed passed, $failed failed"
((failed == 0))
