#!/usr/bin/env bash
# Core benchmarks: rift-bench natively, then the same file compiled with em++ and run under Node (issue 7).
# Google Benchmark for the wasm build is compiled from Debian's own sources (apt-get source benchmark, pinned).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh --native >/dev/null
min_time="${RIFT_BENCH_MIN_TIME:-0.2}"
echo "== native (g++ -O3)"
build/native/tools/rift-bench --benchmark_min_time="$min_time"

# shellcheck disable=SC1091
source ./emsdk.env
BENCH_VERSION="1.7.1-1"
src=third_party/benchmark
if [ ! -f "$src/include/benchmark/benchmark.h" ]; then
  tmp="$(mktemp -d)"
  ( cd "$tmp" && apt-get source -qq --download-only "benchmark=${BENCH_VERSION}" >/dev/null 2>&1 && dpkg-source -x --skip-patches ./*.dsc src >/dev/null 2>&1 )
  mkdir -p "$src" && cp -r "$tmp"/src/include "$tmp"/src/src "$src"/ && rm -rf "$tmp"
fi
out=build/bench-web
mkdir -p "$out/gb"
for f in "$src"/src/*.cc; do
  o="$out/gb/$(basename "$f").o"
  [ "$(basename "$f")" = benchmark_main.cc ] && continue
  [ -f "$o" ] || em++ -O2 -std=c++17 -DHAVE_STD_REGEX -DHAVE_STEADY_CLOCK -DBENCHMARK_STATIC_DEFINE -I"$src/include" -c "$f" -o "$o"
done
if [ ! -f "$out/build.ninja" ]; then
  emcmake cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIFT_BUILD_UI=OFF -DRIFT_BUILD_TESTS=OFF \
    -DRIFT_BUILD_TOOLS=OFF >/dev/null
fi
cmake --build "$out" --target rift_core >/dev/null
em++ -O3 -std=c++20 -Isrc -I"$src/include" -DBENCHMARK_STATIC_DEFINE -DRIFT_SOURCE_DIR="\"$PWD\"" tools/rift_bench.cpp "$out/librift_core.a" "$out"/gb/*.o \
  -o "$out/rift-bench.js" -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 \
  -sEXIT_RUNTIME=1 -sNODERAWFS=1
echo "== wasm (em++ -O3, Node $(node --version))"
node "$out/rift-bench.js" --benchmark_min_time="$min_time"
