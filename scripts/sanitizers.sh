#!/usr/bin/env bash
# The whole Swift test suite under the address sanitizer (with LeakSanitizer) and the
# undefined-behaviour sanitizer, each built in its own scratch path (.build-asan, .build-ubsan),
# the tests running the sanitized tabconv binary too. Prints the build and test time of each.
#
# Swift on Linux has no -sanitize=undefined (swiftc: "unsupported option"); Swift code traps on
# overflow and out-of-bounds access by itself. UBSan is applied where undefined behaviour lives:
# the C compiled into tabconv (the libxml2 and libzip shims, BoringSSL under swift-crypto), with
# -fsanitize=undefined and no recovery, linked with clang's UBSan runtime. The system libxml2 and
# libzip are prebuilt and not instrumented.
#
#   scripts/sanitizers.sh [address] [undefined]     (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ $# -eq 0 ]; then set -- address undefined; fi

export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
summary=()
for sanitizer in "$@"; do
  case $sanitizer in
    address)
      scratch=.build-asan
      flags=(--sanitize=address)
      ;;
    undefined)
      scratch=.build-ubsan
      flags=(-Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined
        -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined)
      ;;
    *) echo "sanitizers: unknown sanitizer $sanitizer (address, undefined)" >&2; exit 64 ;;
  esac
  log=$(mktemp "${TMPDIR:-/tmp}/tabconv-$sanitizer.XXXXXX")
  start=$SECONDS
  if ! swift build --build-tests "${flags[@]}" --scratch-path "$scratch" >"$log" 2>&1; then
    tail -30 "$log"
    echo "sanitizers: $sanitizer: the build failed" >&2
    exit 1
  fi
  built=$((SECONDS - start))
  start=$SECONDS
  set +e
  TABCONV_SANITIZER=$sanitizer swift test --skip-build "${flags[@]}" --scratch-path "$scratch" >"$log" 2>&1
  code=$?
  set -e
  tested=$((SECONDS - start))
  reports=$(grep -cE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" || true)
  result=$(grep -E '^. Test run with' "$log" | tail -1)
  if [ "$code" -ne 0 ] || [ "$reports" -ne 0 ]; then
    status=1
    grep -E -B2 -A20 'ERROR: (Address|Leak)Sanitizer|runtime error:|✘' "$log" | head -120
  fi
  summary+=("$sanitizer: build ${built}s, tests ${tested}s, $reports sanitizer reports; ${result:-no test summary (exit $code)}")
  rm -f "$log"
done
printf 'sanitizers: %s\n' "${summary[@]}"
exit "$status"
