# Shared helpers for the scripts in this folder. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/.deps"
BUILD="$ROOT/build"

# Debian's emscripten runs its JS tools with NodeSource's node, which does not see Debian's
# node modules (acorn, terser) unless told where they are.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'fout: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Seconds since the epoch with milliseconds, for the timings the scripts print.
now_ms() { date +%s%3N; }
