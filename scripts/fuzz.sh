#!/usr/bin/env bash
# Builds the roster-reader fuzzers (tests/fuzz) with clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer in build/fuzz, and runs each for FUZZ_SECONDS (default 60) starting from the
# hand-written fixtures in tests/fixtures/import/. Fails on any crash, sanitizer report, timeout or
# out-of-memory; the input that caused it is kept in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
build=build/fuzz
jobs=$(nproc)

echo "== fuzz: configure and build (clang)"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLANTERN_BUILD_FUZZERS=ON \
  -DLANTERN_SANITIZE=ON -DLANTERN_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target CtfReaderFuzzer CsvRosterReaderFuzzer

export QT_QPA_PLATFORM=offscreen
# Leak checking is off: Qt's and ICU's process-wide caches outlive an input by design.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/artifacts"

status=0
for fuzzer in CtfReaderFuzzer CsvRosterReaderFuzzer; do
  corpus=$(mktemp -d)
  cp tests/fixtures/import/*.xml tests/fixtures/import/*.csv "$corpus"/
  log="$build/artifacts/$fuzzer.log"
  echo "== fuzz: $fuzzer for ${seconds}s"
  if "$build/tests/fuzz/$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/artifacts/$fuzzer-" -print_final_stats=1 >"$log" 2>&1; then
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" "$log" || true
  else
    echo "!! $fuzzer failed; the end of its log ($log):" >&2
    tail -n 60 "$log" >&2
    status=1
  fi
  rm -rf "$corpus"
done
exit $status
