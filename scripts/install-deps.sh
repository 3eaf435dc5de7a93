#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian 12 machine (run as root):
# Debian packages (toolchain, data packages the lexicon is generated from, Chromium) and the
# npm packages of package-lock.json. Skips apt-get when everything is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ python3 googletest nlohmann-json3-dev emscripten   # build
  iso-codes wordnet-base scowl python3-nameparser unicode-cldr-core  # lexicon sources
  chromium                                                     # browser tests
  clang-14 libclang-rt-14-dev                                  # fuzzing (scripts/test-hardening.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
