#!/usr/bin/env bash
# Installs what is missing, builds Lantern twice (dev: warnings as errors; asan: AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs the whole test suite under each, then checks formatting.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

for preset in dev asan; do
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: tests"
  ctest --preset "$preset"
done

echo "== formatting"
cmake --build --preset dev --target check-format

echo "== fuzzing the roster readers"
bash scripts/fuzz.sh
