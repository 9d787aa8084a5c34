#!/usr/bin/env bash
# The system tools tests/deploy needs beyond the Python test extra: systemd-analyze (package
# systemd) for the unit's verify and security checks. Installs it with apt-get where it is
# missing and this runs as root; otherwise says why not (the tests then skip, naming it).
set -euo pipefail
if command -v systemd-analyze >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "deploy/ci-tools.sh: skipped: systemd-analyze is missing and cannot be installed here (needs root and apt-get)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends systemd >/dev/null
command -v systemd-analyze >/dev/null
