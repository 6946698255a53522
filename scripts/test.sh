#!/usr/bin/env bash
# Installs what is missing, builds Lantern twice (dev: GCC, warnings as errors; asan: clang with AddressSanitizer
# and UndefinedBehaviorSanitizer) and runs the whole test suite: every tier under dev, and again under asan except
# the tests labelled slow (a 50 MB roster, the demo school, real key derivation), which run once. Then checks
# formatting and fuzzes the roster readers. Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { echo "== $1 (at $(((SECONDS - started) / 60))m$(((SECONDS - started) % 60))s)"; }

./scripts/install-deps.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

for preset in dev asan; do
  step "$preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  step "$preset: tests"
  ctest --preset "$preset" -j "$jobs"
done

step "formatting"
cmake --build --preset dev --target check-format

step "fuzzing the roster readers"
bash scripts/fuzz.sh

step "done: every step passed in $(((SECONDS - started) / 60))m$(((SECONDS - started) % 60))s"
