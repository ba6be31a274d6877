#!/usr/bin/env bash
# Installs the Debian packages shnor needs, and only those that are missing.
# A no-op when everything is present. Usage: scripts/deps.sh [build|test|dev|fuzz|bench]
# (test: what `make test` also needs; dev: what `make format`, format-check and lint also need;
# fuzz: the clang toolchain of `make fuzz`; bench: the peer and the timer `make bench-scale` needs).
set -euo pipefail

build_pkgs=(
  cmake g++ make pkg-config
  libyaml-cpp-dev libcmark-dev libhpdf-dev libkainjow-mustache-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libzip-dev libxxhash-dev zlib1g-dev
  fonts-liberation2 fonts-paratype python3-fonttools
  libcpp-httplib-dev
  libxlsxwriter-dev
)
test_pkgs=(catch2 poppler-utils qpdf chromium python3-docx python3-openpyxl)
dev_pkgs=(clang-format python3)
fuzz_pkgs=(clang-14 libclang-rt-14-dev)
bench_pkgs=(hugo time)

mode="${1:-build}"
want=("${build_pkgs[@]}")
if [ "$mode" = dev ]; then want+=("${dev_pkgs[@]}"); fi
if [ "$mode" = fuzz ]; then want+=("${fuzz_pkgs[@]}"); fi
if [ "$mode" = bench ]; then want+=("${bench_pkgs[@]}"); fi
if [ "$mode" = test ]; then
  want+=("${test_pkgs[@]}")
  # Node may come from NodeSource, whose nodejs conflicts with Debian's npm:
  # ask for Debian's packages only when the commands are missing.
  command -v node >/dev/null 2>&1 || want+=(nodejs)
  command -v npm >/dev/null 2>&1 || want+=(npm)
fi

# The npm packages of the browser test and of the editor test (each pinned by
# its package-lock.json), installed again whenever a lockfile differs from the
# one last installed.
npm_tests() {
  [ "$mode" = test ] || return 0
  local root dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests"
  for dir in "$root/e2e" "$root/editor"; do
    cmp -s "$dir/package-lock.json" "$dir/node_modules/.shnor-installed-lock.json" && continue
    echo "deps: npm ci in tests/$(basename "$dir")"
    (cd "$dir" && npm ci --no-audit --no-fund)
    cp "$dir/package-lock.json" "$dir/node_modules/.shnor-installed-lock.json"
  done
}

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then npm_tests; exit 0; fi

echo "deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
npm_tests
