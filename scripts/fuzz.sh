#!/usr/bin/env bash
# Runs each roster-reader fuzzer (tests/fuzz: clang, libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer) for
# FUZZ_SECONDS (default 30, to keep the whole test command inside CI's 25 minutes; run longer by hand), starting
# from the hand-written fixtures in tests/fixtures/import/. The fuzzers are built in the asan preset's build
# (clang), so the test command compiles the sanitized model only once. Fails on any crash, sanitizer report,
# timeout or out-of-memory; the input that caused it is kept in build/asan/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
build=build/asan

echo "== fuzz: build (asan preset, clang)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target CtfReaderFuzzer CsvRosterReaderFuzzer
export QT_QPA_PLATFORM=offscreen
# Leak checking is off: Qt's and ICU's process-wide caches outlive an input by design.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/artifacts"

# Both fuzzers at once, one a core: each still gets FUZZ_SECONDS of its own.
run_fuzzer() {
  local fuzzer=$1 corpus log
  corpus=$(mktemp -d)
  cp tests/fixtures/import/*.xml tests/fixtures/import/*.csv "$corpus"/
  log="$build/artifacts/$fuzzer.log"
  if "$build/tests/fuzz/$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/artifacts/$fuzzer-" -print_final_stats=1 >"$log" 2>&1; then
    rm -rf "$corpus"
    return 0
  fi
  rm -rf "$corpus"
  return 1
}

fuzzers=(CtfReaderFuzzer CsvRosterReaderFuzzer)
pids=()
for fuzzer in "${fuzzers[@]}"; do
  echo "== fuzz: $fuzzer for ${seconds}s"
  run_fuzzer "$fuzzer" &
  pids+=($!)
done

status=0
for i in "${!fuzzers[@]}"; do
  fuzzer=${fuzzers[$i]}
  log="$build/artifacts/$fuzzer.log"
  if wait "${pids[$i]}"; then
    echo "-- $fuzzer:"
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" "$log" || true
  else
    echo "!! $fuzzer failed; the end of its log ($log):" >&2
    tail -n 60 "$log" >&2
    status=1
  fi
done
exit $status
