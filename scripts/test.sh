#!/usr/bin/env bash
# Every test: an independent check of the JSON output against the
# published schema with python3's jsonschema (not tabconv's own validator), then the Swift suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build --build-tests
scripts/check-json-independently.sh
swift test --skip-build
