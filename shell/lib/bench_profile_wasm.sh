#!/usr/bin/env bash
# shell/lib/bench_profile_wasm.sh — where the time goes in the WASM CLI under node: relinks build/web's
# `stormvakt-cli` with function names kept (--profiling-funcs, same objects and flags, into a temporary
# folder), runs `analyze` on FILE under `node --cpu-prof`, and lists the functions with the most self time.
# The counterpart of bench_profile.sh (native, perf): compare the two to find what is slow only in WASM.
#
#   shell/lib/bench_profile_wasm.sh FILE OUT.txt [BUILD_DIR]      (BUILD_DIR: build/web by default)
#
# Note: the sampling is by wall time; on a loaded machine read the percentages, not the milliseconds.
# Small functions are inlined (by clang and by wasm-opt), so their time shows in their callers. With
# SV_PROFILE_LINK_OPT=-O1 the link's wasm-opt inlines nothing (clang's -O3 code of each object stays): the
# scorer's scan, resolve and VADER passes, the author cache and the reply links then show on their own.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/shell/lib/common.sh"
file="${1:?usage: bench_profile_wasm.sh FILE OUT.txt [BUILD_DIR]}"
out="${2:?usage: bench_profile_wasm.sh FILE OUT.txt [BUILD_DIR]}"
build="${3:-$ROOT/build/web}"
file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
build_wasm_target stormvakt-cli "$build" || fail "no WASM CLI to profile in $build" "run shell/build web first"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$build"
# The CLI's own link command, with the names kept and the output in $tmp.
link="$(ninja -t commands stormvakt-cli | tail -1)"
link="${link#: && }"
link="${link% && :}"
link="${link/ -o stormvakt-cli.js / --profiling-funcs -o $tmp/stormvakt-cli.js }"
[ -n "${SV_PROFILE_LINK_OPT:-}" ] && link="${link/ -O3 / $SV_PROFILE_LINK_OPT }"
bash -c "$link" || fail "relinking with --profiling-funcs failed" "check that build/web links (shell/build web)"

# --threads 1: node --cpu-prof samples the main thread only (the CLI's other threads are node workers).
(cd "$tmp" && node --cpu-prof --cpu-prof-dir="$tmp/prof" --cpu-prof-interval 500 stormvakt-cli.js analyze "$file" \
  --json "$tmp/report.json" --threads 1) || fail "the profiled analyze failed" "run the same analyze without profiling"
{
  echo "# node --cpu-prof of the WASM CLI: stormvakt-cli.js analyze $(basename "$file")  ($(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "timings_ms: $(node -e 'console.log(JSON.stringify(require(process.argv[1]).timings_ms))' "$tmp/report.json")"
  echo
  echo "## functions by self time (% of samples, >= 0.5%)"
  node -e '
    const fs = require("fs");
    const dir = process.argv[1];
    const p = JSON.parse(fs.readFileSync(dir + "/" + fs.readdirSync(dir)[0], "utf8"));
    const ms = new Map(); // node id -> sampled microseconds
    p.samples.forEach((id, i) => ms.set(id, (ms.get(id) || 0) + (p.timeDeltas[i] || 0)));
    const self = new Map();
    let total = 0;
    for (const n of p.nodes) {
      const t = ms.get(n.id) || 0;
      total += t;
      const name = (n.callFrame.functionName || "(anonymous)").replace(/std::__2::basic_string_view<char, std::__2::char_traits<char> >/g, "string_view");
      self.set(name, (self.get(name) || 0) + t);
    }
    for (const [name, t] of [...self].sort((a, b) => b[1] - a[1])) {
      if (t / total < 0.005) break;
      console.log(`${(100 * t / total).toFixed(2).padStart(7)}%  ${name.slice(0, 140)}`);
    }' "$tmp/prof"
} > "$out"
cat "$out"
