#!/usr/bin/env bash
# Builds a Debian base image from Debian packages alone (debootstrap, then podman import), for
# hosts that reach no image registry. Skips the build when an image of that name exists.
#   images/base.sh [IMAGE]          (default: localhost/hodei-base:bookworm)
# Environment: SUITE (bookworm), MIRROR (the host's Debian mirror, from its apt sources).
set -euo pipefail

image=${1:-localhost/hodei-base:bookworm}
suite=${SUITE:-bookworm}

host_mirror() {
  # The first http(s) "URIs:" (deb822) or "deb URL" (one-line) source that serves Debian proper.
  local line
  line=$(grep -hsE '^(URIs:|deb) +https?://[^ ]*/debian/?( |$)' \
           /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list \
         | head -1) || true
  [[ -n $line ]] || return 1
  sed -E 's/^(URIs:|deb) +//; s/ .*//' <<<"$line"
}

if podman image exists "$image"; then
  echo "base: $image exists, not rebuilt"
  exit 0
fi
mirror=${MIRROR:-$(host_mirror)} || { echo "base: no Debian mirror in the apt sources; set MIRROR" >&2; exit 1; }
root=$(mktemp -d /var/tmp/hodei-base.XXXXXX)
trap 'rm -rf --one-file-system "$root"' EXIT
echo "base: debootstrap $suite from $mirror"
debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
  "$suite" "$root" "$mirror" >"$root.log" 2>&1 || { tail -20 "$root.log" >&2; rm -f "$root.log"; exit 1; }
rm -f "$root.log"
# Nothing of the build host's apt state is kept: lists and the package cache are rebuilt on use.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | podman import --quiet --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
echo "base: $image imported"
