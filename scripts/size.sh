#!/usr/bin/env bash
# The bytes a first visit fetches: every file at the top of dist/ (index.html, boot.js, the
# JS glue, the wasm, the stylesheet), gzip -9 and Brotli (q 11, where a `brotli` is
# installed). Files in sub-folders of dist/ (e.g. a language fetched when chosen) are not
# part of a first visit and are not counted.
#   scripts/size.sh --table   a Markdown table (make bench)
#   scripts/size.sh --check   fails when the gzip total passes the budget (make test)
set -euo pipefail
cd "$(dirname "$0")/.."

# The budget: what the page weighs now plus a small margin. Raise it only on purpose,
# saying in the commit what the bytes buy.
# 2026-11-24: 261,772 bytes measured (issue 9), budget 264,000.
# 2026-11-24: raised to 297,000 for issue 10, 294,985 measured: the quote sheet (text,
# Markdown, CSV and HTML forms, its dialog), counts mode, table view, skip link and dark
# scheme (about +15 KB) and the two-phase PowerShell generator (about +8 KB; its text and
# country table are fetched from dist/script/ when used, not on a first visit).
# 2026-11-24: raised to 340,000 for issue 11, 336,942 measured: the tenant importer
# (engine::tenant: reading what PowerShell writes, the graph-to-tree placement, findings,
# changes; about +35 KB) and its panel and report (about +6 KB). A first cut with a
# derived serde reader per shape cost +65 KB; the Value walker and the sorts removed
# took 22 KB off. Next: load the importer only when a snapshot is opened.
# 2026-11-24: raised to 348,000 for issue 12, 347,750 measured: five languages. The four
# translations (16-17 KB gzip each) are not in it: fetched from dist/i18n/ when chosen.
# What is in it (+10.8 KB): choosing (browser languages, ?lang=, the switcher, storage, the
# last choice winning), fetching and installing a catalog (matched by a hash of its keys:
# carrying the key names cost 4.5 KB more), its preload in boot.js (0.45 KB), numbers,
# money and dates in the chosen locale, full-width digits, translated script comments
# (engine::script::translate_comments), the language's punctuation messages.
BUDGET_GZIP=${BUDGET_GZIP:-348000}

mode=${1:---table}
have_brotli=0; command -v brotli >/dev/null 2>&1 && have_brotli=1
total=0; total_gz=0; total_br=0
rows=""
for f in dist/*; do
  [ -f "$f" ] || continue
  b=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c)
  br="n/a"; [ $have_brotli = 1 ] && br=$(brotli -q 11 -c "$f" | wc -c) && total_br=$((total_br + br))
  total=$((total + b)); total_gz=$((total_gz + g))
  rows="$rows| $(basename "$f") | $b | $g | $br |\n"
done
if [ "$mode" = --table ]; then
  echo "| file | bytes | gzip -9 | brotli -q 11 |"
  echo "|---|---:|---:|---:|"
  printf "%b" "$rows"
  [ $have_brotli = 1 ] || total_br="n/a"
  echo "| **first visit, all of dist/** | **$total** | **$total_gz** | **$total_br** |"
  echo
  echo "Budget checked by \`make test\`: $BUDGET_GZIP bytes gzip."
else
  if [ "$total_gz" -gt "$BUDGET_GZIP" ]; then
    echo "size budget exceeded: a first visit fetches $total_gz bytes gzip, the budget is $BUDGET_GZIP (scripts/size.sh)." >&2
    printf "%b" "$rows" >&2
    exit 1
  fi
  echo "size: a first visit fetches $total_gz bytes gzip (budget $BUDGET_GZIP)"
fi
