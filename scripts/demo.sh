#!/usr/bin/env bash
# The main job on a bundled sample: a real annex's Tika text to checked JSON, CSV, a Word file and
# cleaned indicator records, and back to the exact Tika bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product tabconv
bin=.build/release/tabconv
sample=Samples/market-supervision-bureau-annex-2023.tika.txt
out=demo-output
mkdir -p "$out"
"$bin" "$sample" --to json -o "$out/annex.json" -q
"$bin" "$sample" --to csv -o "$out/tables/" -q
"$bin" "$sample" --to docx -o "$out/annex.docx" -q
"$bin" "$out/annex.docx" --to tika -o "$out/annex.roundtrip.txt" -q
cmp "$sample" "$out/annex.roundtrip.txt"
"$bin" records "$out/annex.docx" --profile performance-indicators --to csv -o "$out/indicators.csv" -q
echo "wrote $out/: annex.json, tables/*.csv, annex.docx, indicators.csv; Tika → docx → Tika is byte-identical"
echo
"$bin" inspect "$out/annex.docx"
echo
set +o pipefail  # head may close the pipe early
"$bin" inspect "$sample" --table 3 --width 14 | head -n 24
echo
"$bin" records "$sample" --profile performance-indicators --to jsonl --table 1 | head -n 3
