#!/usr/bin/env bash
# Runs every fuzzer in tests/fuzz (clang, libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer) for
# FUZZ_SECONDS each (default 20; run longer by hand, e.g. FUZZ_SECONDS=600 scripts/fuzz.sh InboxSubmissionFuzzer),
# as many at once as there are cores, so that on CI's two cores the eight take about 90 s. Each starts from its
# seed corpus, tests/fuzz/corpus/<fuzzer>/ (the roster readers from tests/fixtures/import/), copied so that what
# a run adds stays out of the tree. The fuzzers are built in the asan preset's build (clang), so the test command
# compiles the sanitized model only once. Prints each fuzzer's executions; fails on any crash, sanitizer report,
# timeout or out-of-memory, keeping the input that caused it in build/asan/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-20}
build=build/asan
all=(CtfReaderFuzzer CsvRosterReaderFuzzer InboxSubmissionFuzzer StaffProfileFuzzer KeySlotFileFuzzer
  PackVerifyFuzzer BackupFilesFuzzer JsonReaderFuzzer)
if (($# > 0)); then
  fuzzers=("$@")
else
  fuzzers=("${all[@]}")
fi

echo "== fuzz: build (asan preset, clang)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target "${fuzzers[@]}"
export QT_QPA_PLATFORM=offscreen
# Leak checking is off: Qt's and ICU's process-wide caches outlive an input by design.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/artifacts"

# -max_len 65536: larger than every seed (the biggest, a demo referral pack, is 30 KB). -rss_limit_mb 2048: a
# small input that makes a parser allocate more than that is a bug to fix (an unchecked size), not noise.
run_fuzzer() {
  local fuzzer=$1 corpus log status=0
  corpus=$(mktemp -d)
  if [[ -d tests/fuzz/corpus/$fuzzer ]]; then
    cp tests/fuzz/corpus/"$fuzzer"/* "$corpus"/
  else
    cp tests/fixtures/import/*.xml tests/fixtures/import/*.csv "$corpus"/
  fi
  log="$build/artifacts/$fuzzer.log"
  "$build/tests/fuzz/$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/artifacts/$fuzzer-" -print_final_stats=1 >"$log" 2>&1 || status=$?
  rm -rf "$corpus"
  return $status
}

report() {
  local fuzzer=$1 status=$2 log="$build/artifacts/$1.log" runs rate
  if ((status == 0)); then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    printf -- '-- %-22s %9s executions in %ss (%s/s)\n' "$fuzzer" "${runs:-?}" "$seconds" "${rate:-?}"
  else
    echo "!! $fuzzer failed (exit $status); the end of its log ($log):" >&2
    tail -n 60 "$log" >&2
    failed=1
  fi
}

# A pool of one fuzzer a core: each still gets FUZZ_SECONDS of its own.
slots=$(nproc)
failed=0
declare -A running=()
echo "== fuzz: ${#fuzzers[@]} fuzzers, ${seconds}s each, $slots at a time"
fuzzing_started=$SECONDS
for fuzzer in "${fuzzers[@]}"; do
  while ((${#running[@]} >= slots)); do
    status=0
    wait -n -p done "${!running[@]}" || status=$?
    report "${running[$done]}" "$status"
    unset "running[$done]"
  done
  run_fuzzer "$fuzzer" &
  running[$!]=$fuzzer
done
while ((${#running[@]} > 0)); do
  status=0
  wait -n -p done "${!running[@]}" || status=$?
  report "${running[$done]}" "$status"
  unset "running[$done]"
done
echo "== fuzz: $((SECONDS - fuzzing_started))s for ${#fuzzers[@]} fuzzers"
exit $failed
