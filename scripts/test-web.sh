#!/bin/sh
# Runs the JavaScript tests: the JS API in Node, native/wasm parity, and the page in
# headless Chromium. Needs both builds first: cmake --workflow --preset native and
# cmake --workflow --preset wasm. Test files are named explicitly: `node --test DIR`
# passes with zero tests when nothing matches.
set -eu
cd "$(dirname "$0")/.."

for need in build/native/concessions build/site/concessions.js build/site/concessions_core.wasm; do
  if [ ! -e "$need" ]; then
    echo "test-web: $need is missing; build first (cmake --workflow --preset native / wasm)" >&2
    exit 1
  fi
done

exec node --test --test-reporter=spec \
  tests/node/spans.test.mjs \
  tests/node/api.test.mjs \
  tests/node/cli.test.mjs \
  tests/parity/parity.test.mjs \
  tests/e2e/page.test.mjs
