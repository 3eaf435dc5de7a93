#!/usr/bin/env bash
# The README's first command: install, build the WebAssembly site, serve it on 127.0.0.1.
# Usage: scripts/serve.sh [--port N]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --workflow --preset wasm
exec node scripts/serve.mjs "$@"
