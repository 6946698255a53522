#!/usr/bin/env bash
# Installs what is missing, builds Lantern twice (dev: GCC, warnings as errors; asan: clang with AddressSanitizer
# and UndefinedBehaviorSanitizer) and runs the whole test suite: the model and CLI tiers under both, except the
# tests labelled slow (a 50 MB roster, the demo school, real key derivation), which run once under dev; the GUI
# tier under asan. Then checks formatting and runs every parser's fuzzer for a short while (scripts/fuzz.sh).
# Prints how long each step took.
#
# The dev tests run while the asan build compiles: both want the two cores, but the tests leave them idle in
# between (child processes, the offscreen GUI), and the build fills those gaps.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { echo "== $1 (at $(((SECONDS - started) / 60))m$(((SECONDS - started) % 60))s)"; }

./scripts/install-deps.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

# The GUI tier runs once, under asan, where a widget's use of freed memory would show; dev builds the desktop
# client itself (GCC, warnings as errors) and runs the model and CLI tiers, the slow tests and the benchmarks'
# smoke run.
step "dev: configure and build (all but the GUI tests)"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs" --target lantern lantern-cli lantern_model_tests lantern_cli_tests \
  lantern_benchmarks

step "dev: tests, while the asan build starts"
dev_log=$(mktemp)
ctest --preset dev -j "$jobs" --label-exclude '^ui$' >"$dev_log" 2>&1 &
dev_tests=$!

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"

dev_status=0
wait "$dev_tests" || dev_status=$?
step "dev: tests finished"
cat "$dev_log"
rm -f "$dev_log"
if ((dev_status != 0)); then
  echo "!! the dev tests failed (above)" >&2
  exit "$dev_status"
fi

step "asan: tests"
ctest --preset asan -j "$jobs"

step "formatting"
cmake --build --preset dev --target check-format

step "fuzzing every parser"
bash scripts/fuzz.sh

step "done: every step passed in $(((SECONDS - started) / 60))m$(((SECONDS - started) % 60))s"
