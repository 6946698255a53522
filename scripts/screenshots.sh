#!/usr/bin/env bash
# Remakes docs/screenshots/ from a fresh demo vault (synthetic pupils only), on a virtual X screen.
# Needs the dev build (scripts/run-demo.sh or scripts/test.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target lantern-cli lantern-screenshot-tour

demo_password='lantern demo 2026'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' "$demo_password" |
    build/dev/app/cli/lantern-cli demo "$work/demo.lantern" --pupils 240 --seed 7 --user demo-dsl \
        --staff-folder "$work/staff-key" --inbox "$work/inbox" >/dev/null

# A fixed screen size and font DPI so that the pictures do not change from one machine to the next.
xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" \
    build/dev/tests/tour/lantern-screenshot-tour "$work/demo.lantern" demo-dsl "$demo_password" docs/screenshots
