#!/usr/bin/env bash
# Installs the Debian packages shnor needs, and only those that are missing.
# A no-op when everything is present. Usage: scripts/deps.sh [build|test]
set -euo pipefail

build_pkgs=(
  cmake g++ make pkg-config
  libyaml-cpp-dev libcmark-dev libhpdf-dev libkainjow-mustache-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev
  fonts-liberation2 fonts-paratype python3-fonttools
)
test_pkgs=(catch2 poppler-utils qpdf)

want=("${build_pkgs[@]}")
if [ "${1:-build}" = test ]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
