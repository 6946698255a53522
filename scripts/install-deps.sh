#!/usr/bin/env bash
# Installs the Debian bookworm packages Lantern needs to build, run and test.
# Idempotent: asks dpkg first and calls apt-get only for what is missing, so a second run takes a second.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev clang-format lld
  # libraries
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 libqt6charts6 qt6-qpa-plugins
  libsqlcipher-dev sqlcipher libsodium-dev libboost-locale-dev libzip-dev
  # tests, benchmarks and the independent checkers the tests call
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  xvfb xauth p7zip-full python3-jsonschema poppler-utils fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "Lantern needs these Debian packages: ${missing[*]}" >&2
  echo "Run this script as root (or: sudo $0)." >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
