# Shared helpers for the shell/ commands. Sourced, not run.
say() { printf '\033[1m%s:\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
fail() {
  printf '\033[31m%s: error:\033[0m %s\n' "$(basename "$0")" "$1" >&2
  [ -n "${2:-}" ] && printf '  how to fix: %s\n' "$2" >&2
  exit 1
}
# em++ 3.1.6 under Node 20 needs Debian's acorn (see ../shared/TOOLCHAIN.md).
export NODE_PATH=/usr/share/nodejs
# Our npm packages (lexicons, playwright-core, papaparse, ...) live in .node/node_modules.
STORMVAKT_NODE_MODULES="$ROOT/.node/node_modules"
export STORMVAKT_NODE_MODULES
jobs_count() { nproc 2>/dev/null || echo 2; }
# build_wasm_target TARGET [BUILD_DIR]: brings one target of the web build (build/web by default) up to date
# for a benchmark that runs it under node (bench_sentiment.sh: sv_score, bench_profile_wasm.sh:
# stormvakt-cli). Returns non-zero, after saying why, when the web build is not configured or the target
# does not build; the caller decides whether that is fatal.
build_wasm_target() {
  local target="$1" build="${2:-$ROOT/build/web}"
  if [ ! -f "$build/build.ninja" ]; then
    say "no web build in $build (run shell/build web)"
    return 1
  fi
  if ! NODE_PATH=/usr/share/nodejs cmake --build "$build" --target "$target" >/dev/null; then
    say "building $target in $build failed (run shell/build web and read its messages)"
    return 1
  fi
}
