#!/usr/bin/env bash
# The README's second command: install, then every test: native unit tests (GoogleTest),
# the WebAssembly build, then Node tests (API, native/wasm parity) and headless Chromium
# tests of the page. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
echo "== native build and unit tests"
cmake --workflow --preset native
echo "== accuracy on the dev corpus (reported, not a gate)"
if [ -d ../shared/corpus/dev ]; then
  python3 ../shared/tools/score.py ../shared/corpus/dev --cmd 'build/native/concessions {file}' | tail -1
fi
echo "== WebAssembly build and site"
cmake --workflow --preset wasm
echo "== web tests (Node API, parity, headless Chromium)"
bash scripts/test-web.sh
