#!/bin/bash
# How fast the page's own core loads the page's data in wasm: tests/perf/wasm_load.cpp, linked with the page's flags
# against the web build's librift_core.a, run under Node on the first-view file and the full file (8 runs each, ms).
# Usage: bash tests/perf/wasm_load.sh [WEB_BUILD_DIR]   (default build/web; build it first with scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
web=${1:-build/web}
# shellcheck disable=SC1091
source ./emsdk.env >/dev/null
out=build/perf/wasm_load
mkdir -p "$out"
em++ -std=c++20 -Oz -flto -fno-rtti -fno-exceptions -Isrc tests/perf/wasm_load.cpp "$web/librift_core.a" \
  -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -o "$out/wasm_load.js"
data=$web/src/app/data
# (Emscripten 3.1.6's loader mistakes Node 18+'s fetch for a browser's)
node --no-experimental-fetch "$out/wasm_load.js" "$web/generated/events.first.json" "$data/vendors.json" first-view
node --no-experimental-fetch "$out/wasm_load.js" "$data/events.json" "$data/vendors.json"
