#!/usr/bin/env bash
# Benchmarks (not tests): prints figures and ratios against peers measured in
# the same run. Usage: scripts/bench.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
cmake --build "$build" --target shnor_bench -j "$(nproc)" >/dev/null
site=$(mktemp -d)
"$build/shnor" build --content content --out "$site/site" >/dev/null 2>&1
"$build/shnor_bench" content "$site/site"
rm -rf "$site"
