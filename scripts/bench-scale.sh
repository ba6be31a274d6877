#!/usr/bin/env bash
# `make bench-scale`: shnor beside Hugo on N synthetic schools (tests/bench/gen),
# for each N in one run. Not a test: nothing asserts; docs/performance.md says
# what each figure means.
# Usage: [REBUILDS=0] [WORK=DIR] scripts/bench-scale.sh BUILD_DIR [SIZES]
#   SIZES: comma-separated school counts (default 1000,10000,40000);
#   REBUILDS=0 skips the no-change and one-edit rebuilds; WORK=DIR moves the work folder.
# Generated data and outputs live in BUILD_DIR/bench-scale/ by default (never in the repo).
set -euo pipefail
build=${1:-build}
sizes=${2:-1000,10000,40000}
cd "$(dirname "$0")/.."
root=$(pwd)
work=${WORK:-$build/bench-scale}
mkdir -p "$work"
work=$(cd "$work" && pwd)

[ ! -f "$build/CMakeCache.txt" ] || cmake --build "$build" --target shnor shnor_gen -j "$(nproc)" >/dev/null
shnor="$(cd "$build" && pwd)/shnor"
gen="$(cd "$build" && pwd)/shnor_gen"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "bench-scale: /usr/bin/time missing (scripts/deps.sh bench)" >&2; exit 1; }
hugo=$(command -v hugo || true)
peer="no hugo (scripts/deps.sh bench)"
[ -z "$hugo" ] || peer="hugo $("$hugo" version 2>/dev/null | grep -o 'v[0-9.]*' | sed -n 1p)"
rebuilds=${REBUILDS:-1}  # REBUILDS=0 skips the two rebuilds (full builds before the cache)

# What this shnor supports; figures needing a missing option print n/a.
help=$("$shnor" build --help 2>&1 || true)
has() { grep -q -- "$1" <<<"$help"; }
has_jobs=0; has_cache=0; has_nopdf=0
has --jobs && has_jobs=1
has --cache && has_cache=1
has --no-pdf && has_nopdf=1

mem_total_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
echo "bench-scale: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $((mem_total_kb / 1048576)) GiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $("$shnor" --version 2>&1 | sed -n 1p), $peer"
echo "options: --jobs $([ $has_jobs = 1 ] && echo yes || echo no)," \
    "--cache $([ $has_cache = 1 ] && echo yes || echo no), --no-pdf $([ $has_nopdf = 1 ] && echo yes || echo no)"
echo "(shared machine: wall times are noisy; compare CPU and RSS across runs)"

# run NAME LOG CMD...: times CMD; sets WALL (s), CPU (user+sys, s), RSS (KiB), OK.
run() {
    local log=$1; shift
    local t="$work/time.txt"
    OK=1
    if ! "$timer" -f "%e %U %S %M" -o "$t" "$@" >"$log" 2>&1; then
        OK=0
        echo "  failed: $* (last lines of $log:)"
        tail -5 "$log" | sed 's/^/    /'
    fi
    read -r WALL u s RSS < <(tail -1 "$t")
    CPU=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')
}

# Projected peak RSS (KiB) of a run at N from the same run at the last size.
declare -A last_rss last_n
fits() {  # fits KEY N: 0 when the projection fits in available memory
    local key=$1 n=$2 avail proj
    [ -n "${last_rss[$key]:-}" ] || return 0
    avail=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)
    proj=$(( ${last_rss[$key]} * n / ${last_n[$key]} ))
    PROJ_GB=$(awk -v k="$proj" 'BEGIN {printf "%.1f", k / 1048576}')
    AVAIL_GB=$(awk -v k="$avail" 'BEGIN {printf "%.1f", k / 1048576}')
    [ "$proj" -lt $(( avail * 9 / 10 )) ]
}
remember() { last_rss[$1]=$RSS; last_n[$1]=$2; }

mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }
gb_kib() { awk -v k="$1" 'BEGIN {printf "%.2f", k / 1048576}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "n/a"}'; }

# output DIR: sets SIZE (bytes), FILES, PAGE (largest HTML: size path), BIGGEST (any file).
output() {
    SIZE=$(du -sb "$1" | cut -f1)
    FILES=$(find "$1" -type f | wc -l)
    PAGE=$(find "$1" -type f -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
    BIGGEST=$(find "$1" -type f -printf '%s %P\n' | sort -n | tail -1)
}
page() { [ -n "$1" ] || { echo "-"; return; }; set -- $1; echo "$2 ($(mb "$1") MiB)"; }

row() {  # row LABEL [with output figures]
    if [ "$OK" = 1 ]; then
        printf '| %-28s | %8s | %8s | %7s |' "$1" "$WALL" "$CPU" "$(gb_kib "$RSS")"
        if [ "${2:-}" = out ]; then
            printf ' %9s | %7s | %s |\n' "$(mb "$SIZE")" "$FILES" "$(page "$PAGE")"
        else
            printf ' %9s | %7s | %s |\n' "" "" ""
        fi
    else
        printf '| %-28s | %s |\n' "$1" "failed"
    fi
}
na_row() { printf '| %-28s | %s |\n' "$1" "$2"; }

# target TEXT FIGURE MET AT: one of issue #11's targets, plainly met or not.
# MET is an awk condition on x (the figure); the issue sets the target at AT
# schools, so a smaller run shows the figure without a verdict.
target() {
    local text=$1 x=$2 cond=$3 at=$4 verdict
    if [ -z "$x" ] || [ "$x" = n/a ]; then
        verdict="not measured in this run"
    elif [ "$n" -lt "$at" ]; then
        verdict="$x (the target is set at $at schools)"
    else
        verdict=$(awk -v x="$x" "BEGIN {print ($cond) ? \"$x: met\" : \"$x: NOT met\"}")
    fi
    printf '  %-58s %s\n' "$text" "$verdict"
}
header() {
    echo "| run                          |   wall s |    CPU s | RSS GiB | output MiB |   files | largest page |"
    echo "| ---------------------------- | -------- | -------- | ------- | ---------- | ------- | ------------ |"
}

# shnor_build OUT CACHE [extra options]: the build command for this shnor.
shnor_cmd() {
    local out=$1 cache=$2; shift 2
    CMD=("$shnor" build --content "$work/content" --out "$out")
    [ $has_cache = 1 ] && CMD+=(--cache "$cache")
    CMD+=("$@")
}

IFS=',' read -r -a ns <<<"$sizes"
for n in "${ns[@]}"; do
    echo
    rm -rf "$work/content" "$work/hugo" "$work/out-html" "$work/out-pdf" "$work/out-hugo" \
        "$work/cache-html" "$work/cache-pdf" "$work/.shnor-cache"
    hugo_ok=0; H_RSS=""; NC_WALL=""; ED_WALL=""; HUGO_WALL=""; HUGO_RSS=""
    run "$work/gen.log" "$gen" --seed "$root/content" --schools "$n" --content "$work/content" \
        --hugo "$work/hugo"
    [ "$OK" = 1 ] || continue
    cp -r "$root/tests/bench/hugo/hugo.toml" "$root/tests/bench/hugo/layouts" "$work/hugo/"
    yaml=$(du -sb "$work/content" | cut -f1)
    yaml_files=$(find "$work/content" -type f | wc -l)
    echo "== $n schools: $(mb "$yaml") MiB of YAML in $yaml_files files ($((yaml / n / 1024)) KiB" \
        "per school), generated in ${WALL} s; load $(cut -d' ' -f1 /proc/loadavg) =="
    header
    html_ok=0; pdf_ok=0

    if [ $has_nopdf = 0 ]; then
        na_row "shnor clean, HTML+open data" "n/a (no --no-pdf yet)"
    elif ! fits shnor-html "$n"; then
        na_row "shnor clean, HTML+open data" "skipped: ~$PROJ_GB GB projected, $AVAIL_GB GB free"
    else
        shnor_cmd "$work/out-html" "$work/cache-html" --no-pdf
        run "$work/shnor-html.log" "${CMD[@]}"
        output "$work/out-html"
        row "shnor clean, HTML+open data" out
        [ "$OK" = 1 ] && { remember shnor-html "$n"; html_ok=1; H_WALL=$WALL; H_CPU=$CPU; H_RSS=$RSS
            H_SIZE=$SIZE; H_FILES=$FILES; }
        rm -rf "$work/out-html" "$work/cache-html"
    fi

    if ! fits shnor-pdf "$n"; then
        na_row "shnor clean, with PDFs" "skipped: ~$PROJ_GB GB projected, $AVAIL_GB GB free"
    else
        shnor_cmd "$work/out-pdf" "$work/cache-pdf"
        run "$work/shnor-pdf.log" "${CMD[@]}"
        output "$work/out-pdf"
        row "shnor clean, with PDFs" out
        if [ "$OK" = 1 ]; then
            remember shnor-pdf "$n"; pdf_ok=1
            P_WALL=$WALL; P_CPU=$CPU; P_RSS=$RSS; P_SIZE=$SIZE; P_FILES=$FILES; P_PAGE=$PAGE
            P_BIG=$BIGGEST
            pdfs=$(find "$work/out-pdf" -type f -name '*.pdf' | wc -l)
            pdf_kib=$(find "$work/out-pdf" -type f -name '*.pdf' -printf '%s\n' |
                awk '{s += $1} END {if (NR) printf "%.1f", s / NR / 1024; else print "n/a"}')
        fi
        if [ "$OK" = 1 ] && [ "$rebuilds" = 0 ]; then
            na_row "shnor rebuilds" "skipped (REBUILDS=0)"
        elif [ "$OK" = 1 ]; then
            run "$work/shnor-nochange.log" "${CMD[@]}"
            row "shnor no-change rebuild"
            [ "$OK" = 1 ] && NC_WALL=$WALL
            # One school edited: its number of students changes (its page and the roll-ups).
            edit=$(find "$work/content/schools" -mindepth 1 -maxdepth 1 | sort | sed -n 1p)
            sed -i 's/students: \([0-9]*\),/students: 1\1,/' "$edit/school.yaml"
            run "$work/shnor-edit.log" "${CMD[@]}"
            row "shnor one school edited"
            [ "$OK" = 1 ] && ED_WALL=$WALL
        fi
        rm -rf "$work/out-pdf" "$work/cache-pdf"
    fi

    if [ -z "$hugo" ]; then
        na_row "Hugo clean" "n/a (hugo not installed: scripts/deps.sh bench)"
    elif ! fits hugo "$n"; then
        na_row "Hugo clean" "skipped: ~$PROJ_GB GB projected, $AVAIL_GB GB free"
    else
        run "$work/hugo.log" "$hugo" -s "$work/hugo" -d "$work/out-hugo" --quiet
        output "$work/out-hugo"
        row "Hugo clean (= its rebuild)" out
        [ "$OK" = 1 ] && { remember hugo "$n"; HUGO_WALL=$WALL; HUGO_RSS=$RSS; }
        hugo_ok=$OK
        rm -rf "$work/out-hugo"
    fi

    # Ratios against Hugo: HTML + open data when shnor can leave PDFs out.
    if [ -n "$hugo" ] && [ "${hugo_ok:-0}" = 1 ]; then
        if [ $html_ok = 1 ]; then
            echo "shnor/Hugo (HTML+open data vs Hugo): wall $(ratio "$H_WALL" "$WALL")," \
                "CPU $(ratio "$H_CPU" "$CPU"), peak RSS $(ratio "$H_RSS" "$RSS")," \
                "output $(ratio "$H_SIZE" "$SIZE") (below 1: shnor better)"
        elif [ $pdf_ok = 1 ]; then
            echo "shnor/Hugo (shnor WITH PDFs, no --no-pdf yet): wall $(ratio "$P_WALL" "$WALL")," \
                "CPU $(ratio "$P_CPU" "$CPU"), peak RSS $(ratio "$P_RSS" "$RSS")," \
                "output $(ratio "$P_SIZE" "$SIZE") (below 1: shnor better)"
        fi
    fi
    if [ $pdf_ok = 1 ]; then
        echo "shnor largest file: $(page "$P_BIG"); PDFs: $pdfs, $pdf_kib KiB on average"
        if [ $html_ok = 1 ]; then
            awk -v n="$pdfs" -v c="$P_CPU" -v h="$H_CPU" -v w="$P_WALL" -v hw="$H_WALL" 'BEGIN {
                if (c > h && w > hw)
                    printf "PDFs per second: %.0f per CPU second (%.2f ms CPU each), %.0f per wall second\n",
                        n / (c - h), 1000 * (c - h) / n, n / (w - hw)
                else print "PDFs per second: n/a (the PDF build was not slower than the HTML one)" }'
        else
            echo "PDFs per second: n/a (no --no-pdf yet)"
        fi
    fi
    # Issue #11's targets against this run's figures; a verdict only at the
    # size the issue sets each one (smaller runs show the trend).
    echo "targets (issue #11) at $n schools:"
    faster=""; quarter=""; pdf_gb=""
    [ -n "$HUGO_WALL" ] && [ $html_ok = 1 ] && faster=$(ratio "$HUGO_WALL" "$H_WALL")
    [ -n "$HUGO_RSS" ] && [ $html_ok = 1 ] && quarter=$(ratio "$H_RSS" "$HUGO_RSS")
    [ $pdf_ok = 1 ] && pdf_gb=$(gb_kib "$P_RSS")
    target "clean HTML+open data, times faster than Hugo (wall, >= 3)" "$faster" "x >= 3" 10000
    target "its peak memory over Hugo's (<= 0.25)" "$quarter" "x <= 0.25" 10000
    target "with PDFs, peak memory GiB (< 2)" "$pdf_gb" "x < 2" 40000
    target "no-change rebuild, wall s (< 2)" "$NC_WALL" "x < 2" 40000
    target "one school edited, wall s (< 2)" "$ED_WALL" "x < 2" 40000
    echo "  roadmap PDFs (<= 10 ms CPU, <= 60 KB each): measured by make bench"
done
rm -rf "$work/content" "$work/hugo"
