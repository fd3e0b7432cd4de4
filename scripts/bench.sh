#!/usr/bin/env bash
# `make bench`: the numbers quoted in the README's "Performance" section.
# Not a test: it measures and prints; nothing here passes or fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "### Engine and plan file (native, release build, median)"
echo
cargo bench --quiet --bench engine 2>/dev/null
echo

echo "### Bytes shipped (release build of dist/, gzip -9)"
echo
trunk build --release >/dev/null 2>&1
echo "| file | bytes | gzip bytes |"
echo "|---|---:|---:|"
total=0; total_gz=0
for f in dist/*; do
  [ -f "$f" ] || continue
  b=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c)
  total=$((total + b)); total_gz=$((total_gz + g))
  echo "| $(basename "$f") | $b | $g |"
done
echo "| **all of dist/** | **$total** | **$total_gz** |"
echo

echo "### In the browser (Debian Chromium, headless, release build)"
echo
node scripts/bench-browser.mjs
