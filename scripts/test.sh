#!/usr/bin/env bash
# The README's second command: install, then every test: native unit tests (GoogleTest),
# the WebAssembly build, then Node tests (API, native/wasm parity) and headless Chromium
# tests of the page. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
echo "== native build and unit tests"
cmake --workflow --preset native
echo "== accuracy floors (dev corpus and tests/corpus)"
python3 tests/accuracy/check_accuracy.py
echo "== hardening: unit tests under ASan + UBSan, then the fuzzer for a bounded time"
bash scripts/test-hardening.sh
echo "== WebAssembly build and site"
cmake --workflow --preset wasm
echo "== web tests (Node API, parity, headless Chromium)"
bash scripts/test-web.sh
