#!/usr/bin/env bash
# Installs what is missing, builds Lantern and opens a freshly made demo vault of synthetic pupils.
# Never real data: every name, date and number in the demo vault is generated (lantern-cli demo).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

cmake --preset dev >/dev/null
# Only the two programs: the tests and benchmarks are the test command's.
cmake --build --preset dev -j "$(nproc)" --target lantern lantern-cli

demo_user=demo-dsl
demo_password='lantern demo 2026'
vault=build/demo/demo.lantern
staff_key=build/demo/staff-key
inbox=build/demo/inbox
rm -rf "$vault" "$staff_key" "$inbox"
mkdir -p build/demo

cli=build/dev/app/cli/lantern-cli
gui=build/dev/app/gui/lantern
# 240 pupils, the same school every time for seed 7 (its dates follow today); demo-staff's key folder and three
# staff submissions waiting in the inbox.
printf '%s\n' "$demo_password" | "$cli" demo "$vault" --pupils 240 --seed 7 --user "$demo_user" \
    --staff-folder "$staff_key" --inbox "$inbox"

cat <<MSG

Demo vault: $vault  (synthetic data only)
User:       $demo_user   (also demo-deputy and demo-staff, same password)
Password:   $demo_password
Staff mode: "Send a concern as staff..." on the first screen, folder $staff_key, same password

MSG
printf '%s\n' "$demo_password" | "$cli" audit verify "$vault" --as "$demo_user"

if [[ ! -x "$gui" ]]; then
    echo "The desktop client is not built yet; try the vault with lantern-cli, e.g.:"
    echo "  $cli pupil list $vault --as $demo_user"
    exit 0
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: Lantern is a desktop application. From a desktop session, open the demo vault with:"
    echo "  $gui $vault"
    if command -v xvfb-run >/dev/null; then
        echo "(or, to check it starts without a screen: xvfb-run $gui $vault)"
    fi
    exit 0
fi
echo "Starting Lantern on the demo vault..."
exec "$gui" "$vault"
