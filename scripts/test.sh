#!/usr/bin/env bash
# Every test: the Swift test suite, then an independent check of the JSON output against the
# published schema with python3's jsonschema (not tabconv's own validator).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build --build-tests
swift test --skip-build
scripts/check-json-independently.sh
