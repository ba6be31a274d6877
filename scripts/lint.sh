#!/usr/bin/env bash
# Include-layer rules: each src/<stage> may include only itself and earlier
# stages, so values flow forward (see ARCHITECTURE.md). Third-party libraries
# stay in the one stage that owns them.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import pathlib, re, sys
order = ["diag", "fs", "load", "model", "validate", "scaffold", "compute", "view", "render", "write",
         "cache", "app", "serve", "cli"]
rank = {s: i for i, s in enumerate(order)}
# The output set and the output sink interface are what rendering fills.
allowed = {("render", "write/output_set.hpp"), ("view", "write/output_set.hpp"),
           ("render", "write/output_sink.hpp")}
owners = {"yaml-cpp/": {"load"}, "cmark": {"view", "render"}, "kainjow/": {"view", "render"},
          "hpdf": {"render"}, "CLI/": {"cli"}, "zip.h": {"render"},
          "httplib.h": {"serve"}, "xlsxwriter": {"render"}}
bad = []
for path in sorted(pathlib.Path("src").rglob("*.[ch]pp")):
    parts = path.relative_to("src").parts
    stage = parts[0] if len(parts) > 1 else "main"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r'\s*#\s*include\s*[<"]([^>"]+)[>"]', line)
        if not m:
            continue
        inc = m.group(1)
        top = inc.split("/")[0]
        if top in rank and stage in rank and rank[top] > rank[stage] and (stage, inc) not in allowed:
            bad.append(f"{path}:{n}: {stage}/ must not include {inc} (a later stage)")
        for lib, stages in owners.items():
            if inc.startswith(lib) and stage not in stages:
                bad.append(f"{path}:{n}: {inc} belongs to {'/'.join(sorted(stages))}/ only")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
echo "lint: include layers ok"
