#!/usr/bin/env bash
# shell/lib/bench_sentiment.sh — the scoring section of the benchmark: comments/s scored natively and as
# WASM under node on the generated 1,000,000-comment file, and vader-sentiment (node) on the same texts in
# the same run, with the ratio. Entry point for shell/bench:  shell/lib/bench_sentiment.sh [ROWS]
#
# Both wall-clock and CPU-time rates are printed: on a shared machine the wall rate depends on the load.
# vader-sentiment runs over the first VADER_ROWS texts (default 50,000: at ~3,500/s the full million would
# take minutes); its rate is per text, so the ratio compares like with like.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/shell/lib/common.sh"
ROWS="${1:-1000000}"
VADER_ROWS="${VADER_ROWS:-50000}"
OUT="$ROOT/build/bench"
mkdir -p "$OUT"
export NODE_PATH="$ROOT/.node/node_modules"

[ -x "$ROOT/build/native/stormvakt" ] || fail "build/native/stormvakt is missing" "run shell/build native"
cmake --build "$ROOT/build/native" --target sv_score >/dev/null
CSV="$OUT/comments-$ROWS.csv"
TEXTS="$OUT/texts-$ROWS.txt"
[ -f "$CSV" ] || "$ROOT/build/native/stormvakt" generate --rows "$ROWS" --out "$CSV"
[ -f "$TEXTS" ] && [ "$TEXTS" -nt "$CSV" ] || node "$ROOT/tests/eval/bench_texts.cjs" "$CSV" "$TEXTS"

native=$("$ROOT/build/native/sv_score" "$TEXTS" --bench)
say "native: $native"
wasm=""
if build_wasm_target sv_score; then
  # Under node, std::clock is wall time: the CPU figure is taken from the process's user time instead.
  wasm=$( { /usr/bin/time -f "%U" node "$ROOT/build/web/sv_score.js" "$TEXTS" --bench; } 2>"$OUT/wasm-time.txt")
  say "wasm (node): $wasm, process user time $(tail -1 "$OUT/wasm-time.txt") s (includes reading the file)"
else
  say "wasm: skipped (build/web/sv_score.js missing: run shell/build web)"
fi
head -n "$VADER_ROWS" "$TEXTS" > "$OUT/texts-vader.txt"
vader=$(node -e '
const fs = require("fs");
const v = require("vader-sentiment");
const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.length);
const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint();
let s = 0;
for (const l of lines) s += v.SentimentIntensityAnalyzer.polarity_scores(l).compound;
const ms = Number(process.hrtime.bigint() - t0) / 1e6; const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({texts: lines.length, wall_ms: +ms.toFixed(1), cpu_ms: +cpuMs.toFixed(1),
  per_s_wall: Math.round(lines.length / ms * 1000), per_s_cpu: Math.round(lines.length / cpuMs * 1000)}));
' "$OUT/texts-vader.txt")
say "vader-sentiment (node): $vader"
node -e '
const n = JSON.parse(process.argv[1]), v = JSON.parse(process.argv[3]);
const w = process.argv[2] ? JSON.parse(process.argv[2]) : null;
const r = (a, b) => (a / b).toFixed(1);
console.log("scoring  native " + n.per_s_cpu + "/s CPU (" + n.per_s_wall + "/s wall), " + r(n.per_s_cpu, v.per_s_cpu) + "x vader-sentiment");
if (w) console.log("scoring  wasm   " + w.per_s_wall + "/s wall, " + r(w.per_s_wall, v.per_s_wall) + "x vader-sentiment (wall)");
console.log("scoring  vader-sentiment " + v.per_s_cpu + "/s CPU (" + v.per_s_wall + "/s wall)");
' "$native" "$wasm" "$vader" | tee "$OUT/sentiment-summary.txt"
