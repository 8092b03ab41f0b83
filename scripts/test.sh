#!/usr/bin/env bash
# Every test: an independent check of the JSON output against the
# published schema with python3's jsonschema (not tabconv's own validator), a smoke run of the
# benchmark (1 MB annex, tabconv and the unzip | xmllint floor only, debug build: it checks the
# benchmark works, not the speed targets), then the Swift suite, whose summary is the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
# The clients the .docx writer is checked against (LibreOffice, python-docx, pandoc); without them
# those tests skip with a message, so a failed install does not stop the run.
scripts/install-system-packages.sh libreoffice-writer-nogui python3-docx pandoc ||
  echo "tabconv: could not install the .docx client programs; their tests will skip" >&2
swift build --build-tests
scripts/check-json-independently.sh
scripts/install-system-packages.sh unzip libxml2-utils
smoke=$(mktemp -d)
python3 Benchmarks/bench.py --smoke --binary "$(swift build --show-bin-path)/tabconv" --dir "$smoke"
rm -rf "$smoke"
swift test --skip-build
