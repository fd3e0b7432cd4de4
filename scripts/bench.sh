#!/usr/bin/env bash
# `make bench`: the numbers quoted in the README's "Performance" section.
# Not a test: it measures and prints; nothing here passes or fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "### Engine and plan file (native, release build, median)"
echo
cargo bench --quiet --bench engine 2>/dev/null
echo

echo "### Bytes a first visit fetches (release build of dist/)"
echo
trunk build --release >/dev/null 2>&1
scripts/size.sh --table
echo

echo "### In the browser (Debian Chromium, headless, release build)"
echo
node scripts/bench-browser.mjs
