#!/usr/bin/env bash
# shell/lib/bench_profile.sh — where the time goes: `perf record` of the native `stormvakt analyze` on a
# generated file, and the functions with the most self time (run by `shell/bench --profile`; needs perf).
#
#   shell/lib/bench_profile.sh FILE OUT.txt
#
# Writes OUT.txt (and prints it): the analyze report's timings_ms, then the functions with >= 0.5% of the
# samples by self time. Kernel entries (page clearing, page faults) are memory being touched the first time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/shell/lib/common.sh"
file="${1:?usage: bench_profile.sh FILE OUT.txt}"
out="${2:?usage: bench_profile.sh FILE OUT.txt}"
command -v perf >/dev/null || fail "perf is not installed" "apt-get install linux-perf (or skip --profile)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

perf record -q -F 1999 -o "$data/perf.data" "$ROOT/build/native/stormvakt" analyze "$file" --json "$data/report.json" 2>/dev/null ||
  fail "perf record failed" "check /proc/sys/kernel/perf_event_paranoid (perf needs it <= 2 for user space)"
{
  echo "# perf profile of: stormvakt analyze $(basename "$file")  ($(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "timings_ms: $(node -e 'console.log(JSON.stringify(require(process.argv[1]).timings_ms))' "$data/report.json")"
  echo
  echo "## functions by self time (% of samples, >= 0.5%)"
  perf report -i "$data/perf.data" --no-children --sort symbol --stdio --percent-limit 0.5 -g none 2>/dev/null |
    grep -E '^ +[0-9.]+%' | sed -E 's/ +$//; s/\[\.\] //; s/\[k\] /(kernel) /' | cut -c1-150 | sed -E 's/ +$//'
} > "$out"
cat "$out"
