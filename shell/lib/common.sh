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
