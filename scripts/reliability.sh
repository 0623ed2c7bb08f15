#!/usr/bin/env bash
# Reliability checks (docs/RELIABILITY.md): the unit and headless UI tests under AddressSanitizer and
# UndefinedBehaviorSanitizer, then each libFuzzer target for RIFT_FUZZ_SECONDS (default 25) on a copy of its seeds.
# Idempotent: reuses build/sanitize. Prints "reliability: N passed, M failed" last; exits 1 on a failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${RIFT_FUZZ_SECONDS:-25}"
jobs="${RIFT_JOBS:-2}"
targets=(load url csv host_message bidi font_pack release writers packed)
passed=0
failed=0
failures=()

pass() { passed=$((passed + 1)); echo "reliability: PASS $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "reliability: FAIL $1" >&2; }

# Reports abort the process (-fno-sanitize-recover, halt_on_error) so the test that triggered one fails.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# ---- 1. one clang build: every target under ASan + UBSan, the core also instrumented for libFuzzer ----
# -O1 with line tables only: what the sanitizers' reports need, and the build takes half the time of -O2 -g. The
# GoogleTest files themselves at -O0 (RIFT_TEST_CXX_FLAGS): half their compile time again; what they run is the code
# under test, built at -O1.
start=$SECONDS
web="$PWD/build/web/src/app"
mkdir -p build
flags="-O1 -gline-tables-only -DNDEBUG"
fuzz_built=0
if CC=clang-14 CXX=clang++-14 cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
     -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" \
     -DRIFT_SANITIZE=address,undefined -DRIFT_FUZZ=ON -DRIFT_BUILD_UI=ON -DRIFT_BUILD_TESTS=ON -DRIFT_BUILD_TOOLS=ON \
     -DRIFT_TEST_CXX_FLAGS=-O0 \
     -DRIFT_WEB_DIR="$web" >build/sanitize-configure.log 2>&1 &&
   cmake --build build/sanitize -j "$jobs"; then
  fuzz_built=1
  # Every test, the desktop app under Xvfb and, with the web build there (scripts/build.sh), the browser tests (those
  # alone, after the others: RUN_SERIAL in tests/CMakeLists.txt).
  skip=()
  [ -f "$web/rift.wasm" ] || { skip=(-E "e2e|perf/"); echo "reliability: no web build in $web: the browser tests are skipped" >&2; }
  if (cd build/sanitize && ctest --output-on-failure -j "$jobs" "${skip[@]}"); then
    pass "every test under the sanitizers (address,undefined) in $((SECONDS - start)) s, build included"
  else
    fail "tests under the sanitizers (address,undefined): see the ctest output above"
  fi
else
  cat build/sanitize-configure.log >&2 2>/dev/null
  fail "sanitizer build"
fi
rm -f build/sanitize-configure.log

# ---- 2. libFuzzer targets (built above) ----
# Runs one target on a fresh copy of its seed and campaign corpus; the log and any crash input stay in
# build/sanitize/fuzz/<target>/.
run_fuzzer() {
  local t="$1" dir="build/sanitize/fuzz/$1" dict="$PWD/tests/fuzz/json.dict"
  case "$t" in url | csv) dict="$PWD/tests/fuzz/$t.dict" ;; bidi | font_pack | packed) dict="" ;; esac
  rm -rf "$dir" && mkdir -p "$dir/corpus" && cp tests/fuzz/corpus/"$t"/* "$dir/corpus/"
  # The long campaign's minimized corpus (scripts/fuzz-campaign.sh), so a short run starts where it left off.
  [ ! -f tests/fuzz/campaign/"$t".tar.xz ] || tar -xJf tests/fuzz/campaign/"$t".tar.xz -C "$dir/corpus"
  (cd "$dir" && exec ../../tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -max_len=65536 ${dict:+-dict="$dict"} -print_final_stats=1 -artifact_prefix=./ corpus >fuzz.log 2>&1)
  echo $? >"$dir/rc"
}

for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  [ $fuzz_built -eq 1 ] || break
  for t in "${targets[@]:i:jobs}"; do run_fuzzer "$t" & done
  wait
done

for t in "${targets[@]}"; do
  dir="build/sanitize/fuzz/$t"
  if [ $fuzz_built -eq 0 ]; then
    fail "fuzz_$t (the fuzz build failed)"
    continue
  fi
  rc="$(cat "$dir/rc" 2>/dev/null || echo missing)"
  # e.g. "#123456	DONE   cov: 1662 ft: 5071 corp: 1125/155Kb lim: 340 exec/s: 1094 rss: 468Mb"
  stats="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/fuzz.log" | tail -1 |
           sed -E 's/^#([0-9]+)[[:space:]]+DONE[[:space:]]+cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+)\/([^ ]+).*exec\/s: ([0-9]+).*/\1 runs, cov \2, ft \3, corpus \4 (\5), \6 exec\/s/')"
  if [ "$rc" = "0" ] && ! grep -qE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:" "$dir/fuzz.log"; then
    pass "fuzz_$t: ${seconds} s, ${stats:-no stats}"
  else
    grep -E -m 8 "ERROR:|runtime error:|SUMMARY:|violated|what\(\)|Test unit written|==[0-9]+==" "$dir/fuzz.log" >&2
    fail "fuzz_$t (exit $rc): log and crash input in $dir/"
  fi
done

[ $failed -eq 0 ] || printf 'reliability: failed: %s\n' "${failures[@]}" >&2
echo "reliability: $passed passed, $failed failed"
[ $failed -eq 0 ]
