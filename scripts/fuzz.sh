#!/usr/bin/env bash
# Runs every libFuzzer harness of a fuzz build for a set time, starting from
# the committed seeds (tests/fuzz/corpus/<target>/). New inputs collect in
# <build>/corpus/<target>/, never in the repository. Usage:
#   scripts/fuzz.sh BUILD_DIR SECONDS
# A crash stops with the input's path: copy it to tests/fuzz/regressions/<target>/
# (the test suite replays it), fix the bug, and add a check case if it is one.
set -euo pipefail
build="$1"
seconds="${2:-60}"
src="$(cd "$(dirname "$0")/.." && pwd)"
status=0
for target in yaml markdown mustache pdf; do
  work="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$work" "$crashes"
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
      "$work" "$src/tests/fuzz/corpus/$target" >"$build/fuzz-$target.log" 2>&1; then
    tail -n 60 "$build/fuzz-$target.log"
    echo "fuzz: $target found a failure; input in $crashes/" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz-$target.log" || true
  fi
done
exit $status
