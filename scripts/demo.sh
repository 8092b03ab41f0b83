#!/usr/bin/env bash
# The main job on a bundled sample: a real annex's Tika text to checked JSON and CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product tabconv
bin=.build/release/tabconv
sample=Samples/market-supervision-bureau-annex-2023.tika.txt
mkdir -p demo-output
"$bin" "$sample" --to json -o demo-output/annex.json
"$bin" "$sample" --to csv -o demo-output/tables/
"$bin" demo-output/annex.json --to tika -o demo-output/annex.roundtrip.txt
cmp "$sample" demo-output/annex.roundtrip.txt
echo "wrote demo-output/annex.json, demo-output/tables/*.csv; Tika text round trip is byte-identical"
"$bin" "$sample" --to csv --table 1 | head -n 20
