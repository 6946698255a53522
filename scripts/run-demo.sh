#!/usr/bin/env bash
# Installs what is missing, builds Lantern and opens a freshly made demo vault of synthetic pupils.
# Never real data: every name, date and number in the demo vault is generated.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

demo_user=demo-dsl
demo_password='lantern demo 2026'
vault=build/demo/demo.lantern
rm -rf "$vault"
mkdir -p build/demo

cli=build/dev/app/cli/lantern-cli
printf '%s\n' "$demo_password" | "$cli" init "$vault" --user "$demo_user" --name "Demo DSL (synthetic)"

cat <<MSG

Demo vault: $vault  (synthetic data only)
User:       $demo_user
Password:   $demo_password

MSG
printf '%s\n' "$demo_password" | "$cli" user list "$vault" --as "$demo_user"
printf '%s\n' "$demo_password" | "$cli" audit verify "$vault" --as "$demo_user"
