#!/usr/bin/env bash
# Every test: an independent check of the JSON output against the
# published schema with python3's jsonschema (not tabconv's own validator), a smoke run of the
# benchmark (1 MB annex, tabconv and the unzip | xmllint floor only, debug build: it checks the
# benchmark works, not the speed targets), then the Swift suite, whose summary is the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build --build-tests
scripts/check-json-independently.sh
scripts/install-system-packages.sh unzip libxml2-utils
smoke=$(mktemp -d)
python3 Benchmarks/bench.py --smoke --binary "$(swift build --show-bin-path)/tabconv" --dir "$smoke"
rm -rf "$smoke"
swift test --skip-build
