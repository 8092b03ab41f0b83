#!/usr/bin/env bash
# Every test: an independent check of the JSON output against the
# published schema with python3's jsonschema (not tabconv's own validator), then the Swift suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
# The clients the .docx writer is checked against (LibreOffice, python-docx, pandoc); without them
# those tests skip with a message, so a failed install does not stop the run.
scripts/install-system-packages.sh libreoffice-writer-nogui python3-docx pandoc ||
  echo "tabconv: could not install the .docx client programs; their tests will skip" >&2
swift build --build-tests
scripts/check-json-independently.sh
swift test --skip-build
