#!/usr/bin/env bash
# Fuzzes tabconv's readers with libFuzzer and the address sanitizer: Tika text, CSV, JSON, and
# .docx at the zip layer and at the XML layer (Fuzz/). Each target runs for SECONDS (default 60),
# seeded from Samples/, ../shared/corpus and Tests/TabConvTests/Fixtures/hostile (copied into a
# temporary corpus, never into the repository). Prints executions, coverage and findings per
# target; exits 1 when any target found a crash, a leak, a timeout or an out-of-memory, and keeps
# those inputs in .build-fuzz/findings/.
#
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
root=$PWD
scratch=$root/.build-fuzz
corpus=$root/../shared/corpus

# SwiftPM keeps the build plan of a path dependency and misses source files added to it since:
# dropping the plan makes it look again (the compiled objects are kept).
rm -f "$scratch/release.yaml" "$scratch/release/description.json"
buildlog=$(mktemp "${TMPDIR:-/tmp}/tabconv-fuzz-build.XXXXXX")
if ! swift build --package-path Fuzz --scratch-path "$scratch" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$buildlog" 2>&1; then
  grep -E "error" "$buildlog" | head -20
  rm -f "$buildlog"
  echo "fuzz: the fuzz targets did not build" >&2
  exit 1
fi
rm -f "$buildlog"
bin=$scratch/release

work=$(mktemp -d "${TMPDIR:-/tmp}/tabconv-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
findings=$scratch/findings
mkdir -p "$findings"

# Seeds, per target.
mkdir -p "$work"/seeds/{FuzzTikaText,FuzzCSV,FuzzJSON,FuzzDocxZip,FuzzDocxXML}
cp Samples/*.txt "$work/seeds/FuzzTikaText/"
cp "$corpus"/csv/* "$work/seeds/FuzzCSV/" 2>/dev/null || true
cp Tests/TabConvTests/Fixtures/json/*.json "$work/seeds/FuzzJSON/"
if [ -x .build/debug/tabconv ]; then
  for sample in Samples/*.txt; do
    .build/debug/tabconv "$sample" --to json -q -o "$work/seeds/FuzzJSON/$(basename "$sample").json" || true
  done
fi
cp "$corpus"/docx/*.docx "$work/seeds/FuzzDocxZip/" 2>/dev/null || true
python3 - "$corpus/docx" "$work/seeds/FuzzDocxXML" <<'PY' || true
import pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(source.glob("*.docx")):
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith((".xml", ".rels")) and archive.getinfo(name).file_size <= 256 * 1024:
                    (target / f"{path.stem}--{name.replace('/', '_')}").write_bytes(archive.read(name))
    except (zipfile.BadZipFile, OSError, NotImplementedError):
        pass
PY
for target in FuzzTikaText FuzzCSV FuzzJSON FuzzDocxZip FuzzDocxXML; do
  if [ -d "Tests/TabConvTests/Fixtures/hostile/$target" ]; then
    cp "Tests/TabConvTests/Fixtures/hostile/$target"/* "$work/seeds/$target/"
  fi
done

export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
status=0
summary=()
for target in FuzzTikaText FuzzCSV FuzzJSON FuzzDocxZip FuzzDocxXML; do
  mkdir -p "$work/corpus/$target"
  log=$work/$target.log
  seeds=$(find "$work/seeds/$target" -type f | wc -l)
  set +e
  (cd "$work" && "$bin/$target" "$work/corpus/$target" "$work/seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
    -artifact_prefix="$findings/$target-" >"$log" 2>&1)
  code=$?
  set -e
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  units=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$last")
  rate=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}')
  rss=$(grep -E '^stat::peak_rss_mb' "$log" | awk '{print $2}')
  if [ "$code" -eq 0 ]; then
    result="no findings"
  else
    status=1
    result="FOUND: $(grep -m1 -E 'ERROR: |fuzz oracle:|Deadly signal|out-of-memory|timeout' "$log" || echo "exit $code")"
    cp "$log" "$findings/$target.log"
  fi
  summary+=("$target: ${runs:-?} executions (${rate:-?}/s) in ${seconds}s from $seeds seeds; coverage ${cov:-?} edges, ${ft:-?} features, corpus ${units:-?}; peak ${rss:-?} MB; $result")
done
printf 'fuzz: %s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
  echo "fuzz: findings kept in $findings (reproduce: $bin/TARGET FILE)"
fi
exit "$status"
