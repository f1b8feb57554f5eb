#!/usr/bin/env bash
# Installs the Teams playground harness (the Microsoft 365 Agents Playground driven in headless Chromium)
# that the end-to-end tests use, into DIR. Idempotent: safe to run before every test run.
#
#   tests/e2e/install-harness.sh DIR
#
# 1. copies ../shared/tools/teams-playground (beside the repository; read-only in CI) into DIR, made
#    writable, unless DIR already holds a copy (delete DIR to take a newer version of the harness);
# 2. fixes, in that copy, the harness's handling of expanded ChoiceSets, ShowCards, Input.Date and
#    Action.OpenUrl buttons (tests/e2e/patch-harness.mjs);
# 3. runs DIR/install.sh: Debian chromium if missing, and the pinned npm packages;
# 4. installs fonts-dejavu-core when the machine has no font, so that screenshots show text, and
#    fonts-noto-color-emoji when no font has the emoji of the theme icons (🚌…), which screenshots
#    would otherwise show as empty boxes.
# Works as root without sudo (CI), or as a user with sudo.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
dir="$1"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source_dir="${AUTODIAG_PLAYGROUND_SOURCE:-$repo_root/../shared/tools/teams-playground}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. The copy.
if [ ! -f "$dir/converse.mjs" ]; then
  if [ ! -f "$source_dir/converse.mjs" ]; then
    echo "install-harness: the harness is not at $source_dir (expected ../shared/tools/teams-playground beside the repository; AUTODIAG_PLAYGROUND_SOURCE overrides it)." >&2
    exit 1
  fi
  echo "install-harness: copying $source_dir to $dir"
  mkdir -p "$dir"
  cp -R "$source_dir/." "$dir/"
  chmod -R u+w "$dir"
fi

# 2. The fixes (expanded ChoiceSets, ShowCards, Input.Date, Action.OpenUrl buttons).
node "$repo_root/tests/e2e/patch-harness.mjs" "$dir"

# 3. Chromium and the npm packages.
bash "$dir/install.sh"

# 4. A font.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null)" ]; then
  echo "install-harness: no font found; installing fonts-dejavu-core"
  as_root apt-get update -qq
  # fontconfig provides fc-list, so that the check above finds the font next time.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-dejavu-core fontconfig
fi
# The consultant's cards head their columns with the themes' emoji (🚌 Mobilité…).
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :charset=1f68c 2>/dev/null)" ]; then
  echo "install-harness: no emoji font found; installing fonts-noto-color-emoji"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-color-emoji
fi
echo "install-harness: ready in $dir"
