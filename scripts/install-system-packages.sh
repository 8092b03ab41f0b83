#!/usr/bin/env bash
# Installs the system libraries tabconv links (libzip, libxml2) and pkg-config when missing.
# Uses sudo when not root. Safe to run again: it does nothing when all are present.
set -euo pipefail
missing=()
pkg-config --exists libzip 2>/dev/null || missing+=(libzip-dev)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
