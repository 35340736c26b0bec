#!/usr/bin/env bash
# shell/lib/eval_analytics.sh — the analytics step of the evaluation: runs the crisis analytics on the real
# threads in ../shared/data/threads (RumourEval 2019 Twitter threads: timelines, onsets, cascades, the gauge;
# Twitter16 propagation trees: structural virality, depth, size, n*) and prints the figures.
# The code is the hidden Catch2 test "[.analytics_eval]" in tests/unit/test_analytics_eval.cpp (so it runs
# the same core as the tests); a missing data set is skipped with a message.
#   shell/lib/eval_analytics.sh            (builds the native tests if needed)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/shell/lib/common.sh"
DATA="$ROOT/../shared/data/threads"
if [ ! -d "$DATA" ]; then
  echo "eval analytics: $DATA is absent: skipped (put the shared data beside the repository to run it)"
  exit 0
fi
BIN="$ROOT/build/native/tests/stormvakt_tests"
if [ ! -x "$BIN" ]; then
  cmake -S "$ROOT" -B "$ROOT/build/native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null ||
    fail "configuring the native build failed" "see the CMake messages above"
fi
cmake --build "$ROOT/build/native" --target stormvakt_tests -j "$(jobs_count)" >/dev/null ||
  fail "building the native tests failed" "run shell/build native and read the compiler messages"
"$BIN" "[.analytics_eval]"
