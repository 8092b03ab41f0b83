#!/usr/bin/env bash
# Validates tabconv's JSON for every sample (and a few corpus .docx files) against Schemas/tabconv-document.schema.json with
# python3's jsonschema (Draft 2020-12), a validator that shares no code with tabconv.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
bin=$(swift build --show-bin-path)/tabconv
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(Samples/*.txt)
# Corpus .docx files with notes, comments, headers, footers, text boxes and list labels, when the
# corpus is beside the clone.
corpus=../shared/corpus/docx
for name in tika__testWORD_various docx-rs__extended_comments docx4j__Docx4j_GettingStarted \
  openxmlpowertools__LIR009-zh-CN-chineseCounting poi__stress010 openxmlpowertools__Contract; do
  if [[ -f "$corpus/$name.docx" ]]; then inputs+=("$corpus/$name.docx"); fi
done
for input in "${inputs[@]}"; do
  "$bin" "$input" --to json -q -o "$out/$(basename "$input").json"
  "$bin" "$input" --to json -q --compact -o "$out/$(basename "$input").compact.json"
done
python3 - "$out" <<'PY'
import json, pathlib, sys
import jsonschema
schema = json.load(open("Schemas/tabconv-document.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
passed = failed = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    errors = list(validator.iter_errors(json.load(open(path))))
    if errors:
        failed += 1
        for error in errors[:5]:
            print(f"{path.name}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
    else:
        passed += 1
print(f"python3 jsonschema (independent validator): {passed} JSON outputs valid, {failed} invalid")
sys.exit(1 if failed else 0)
PY
