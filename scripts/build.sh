#!/usr/bin/env bash
# Builds the web app (build/web) and, with --native, the desktop app, tools and tests (build/native).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=$(nproc)
# shellcheck disable=SC1091
source ./emsdk.env
if [ ! -f build/web/build.ninja ]; then
  emcmake cmake -S . -B build/web -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DRIFT_BUILD_TESTS=OFF -DRIFT_BUILD_TOOLS=OFF >/dev/null
fi
cmake --build build/web -j "$jobs"
if [ "${1:-}" = "--native" ]; then
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRIFT_WEB_DIR="$PWD/build/web/src/app" >/dev/null
  cmake --build build/native -j "$jobs"
fi
