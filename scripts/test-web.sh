#!/bin/sh
# Runs the JavaScript tests: the JS API in Node, native/wasm parity, the page's modules in
# Node, and the built site in headless Chromium (page, element on a second origin, 5 MB
# responsiveness, file:// standalone, files and exports, security, accessibility). Needs
# both builds first: cmake --workflow --preset native and cmake --workflow --preset wasm.
# Test files are named explicitly: `node --test DIR` passes with zero tests when nothing
# matches. Screenshots and other artifacts go to test-results/.
set -eu
cd "$(dirname "$0")/.."

for need in build/native/concessions build/site/concessions.js build/site/concessions_core.wasm \
            build/site/concession-analyzer.js build/site/concessions-standalone.html node_modules/axe-core; do
  if [ ! -e "$need" ]; then
    echo "test-web: $need is missing; build first (cmake --workflow --preset native / wasm; npm ci)" >&2
    exit 1
  fi
done

# One test file at a time: the browser tests measure main-thread responsiveness, which
# other files' browsers would disturb on a 2-core machine.
exec node --test --test-concurrency=1 --test-reporter=spec \
  tests/node/spans.test.mjs \
  tests/node/api.test.mjs \
  tests/node/cli.test.mjs \
  tests/node/hostile.test.mjs \
  tests/node/wasm-shape.test.mjs \
  tests/parity/parity.test.mjs \
  tests/web/modules.test.mjs \
  tests/e2e/page.test.mjs \
  tests/e2e/element.test.mjs \
  tests/e2e/responsiveness.test.mjs \
  tests/e2e/standalone.test.mjs \
  tests/e2e/files-and-exports.test.mjs \
  tests/e2e/security.test.mjs \
  tests/e2e/accessibility.test.mjs
