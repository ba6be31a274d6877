#!/usr/bin/env bash
# `make bench-serve`: how long after saving a file the edit is served by
# `shnor serve` (issue 14's target: < 1 s), for the example region and for
# synthetic regions of N schools (tests/bench/gen). Not a test: nothing is
# asserted; docs/performance.md records the figures. Each size: the first
# build (with PDFs, into memory), then three edits of one school's address,
# each polled for until served (tests/serve/serve_live.py --bench).
# Usage: [WORK=DIR] scripts/bench-serve.sh BUILD_DIR [SIZES]   (SIZES default: 1000)
set -euo pipefail
build=${1:-build}
sizes=${2:-1000}
cd "$(dirname "$0")/.."
root=$(pwd)
work=${WORK:-$build/bench-serve}
mkdir -p "$work"
work=$(cd "$work" && pwd)
cmake --build "$build" --target shnor shnor_gen -j "$(nproc)" >/dev/null
shnor="$(cd "$build" && pwd)/shnor"
gen="$(cd "$build" && pwd)/shnor_gen"

echo "bench-serve: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== example region (content/)"
python3 tests/serve/serve_live.py "$shnor" "$root/content" "$work/example" --bench
IFS=, read -r -a ns <<<"$sizes"
for n in "${ns[@]}"; do
    echo "== $n synthetic schools"
    rm -rf "$work/gen-$n"
    "$gen" --seed "$root/content" --schools "$n" --content "$work/gen-$n" >/dev/null
    python3 tests/serve/serve_live.py "$shnor" "$work/gen-$n" "$work/serve-$n" --bench
    rm -rf "$work/gen-$n" "$work/serve-$n"
done
rm -rf "$work/example"
