#!/usr/bin/env bash
# The long fuzz campaign (docs/RELIABILITY.md, "Campaign"); outside the test command.
#
#   bash scripts/fuzz-campaign.sh HOURS [TARGET ...]
#
# Runs every fuzz target (or the ones named) with libFuzzer alone (clang -O3, no sanitizer: several times faster) for
# at most HOURS of wall time, RIFT_JOBS (default: the number of cores) at a time, each target until its executions
# over all parts reach RIFT_CAMPAIGN_GOAL (default 10,000,000). Parts resume: a target starts from its seeds, the
# committed campaign corpus and this machine's working corpus (build/fuzz-campaign/work/<target>), and every finished
# part appends a line to tests/fuzz/campaign.tsv. Then it
#   1. minimizes each working corpus into tests/fuzz/campaign/<target>.tar.xz (libFuzzer -merge=1: only inputs that
#      add coverage; the test command's short runs start from these, scripts/reliability.sh),
#   2. replays every seed and campaign input once under ASan + UBSan (a clang build of the fuzz targets alone in
#      build/fuzz-campaign/sanitize), and
#   3. rewrites the campaign table in docs/RELIABILITY.md from the ledger.
# A finding (crash, leak, timeout, broken property) stops that target; its input and log stay in
# build/fuzz-campaign/part-<target>-<n>/ and the script exits 1.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

hours="${1:-}"
[[ "$hours" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "usage: $0 HOURS [TARGET ...]" >&2; exit 2; }
shift
# In the order of their speed here, the fastest first (the queue falls back on it before the ledger has rates).
all=(font_pack packed release bidi host_message writers load url csv)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [ -d "tests/fuzz/corpus/$t" ] || { echo "fuzz-campaign: no target $t (known: ${all[*]})" >&2; exit 2; }
done
goal="${RIFT_CAMPAIGN_GOAL:-10000000}"
jobs="${RIFT_JOBS:-$(nproc)}"
deadline=$((SECONDS + ${hours%.*} * 3600 + $(awk -v h="$hours" 'BEGIN { printf "%d", (h - int(h)) * 3600 }')))
ledger=tests/fuzz/campaign.tsv
root=build/fuzz-campaign
bin="$PWD/$root/build/tests/fuzz"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(($(grep MemTotal /proc/meminfo | awk '{print $2}') / 1048576)) GiB"
[ -f "$ledger" ] || printf 'date\ttarget\tseconds\truns\tcov\tft\tcorpus\tresult\tbuild\tmachine\n' >"$ledger"

# Executions so far for a target, over every part in the ledger.
done_runs() { awk -F'\t' -v t="$1" 'NR > 1 && $2 == t { s += $4 } END { printf "%d", s }' "$ledger"; }
unpack() {  # unpack TARGET DIR: the committed campaign inputs of TARGET into DIR (none yet: empty)
  rm -rf "$2" && mkdir -p "$2"
  [ ! -f "tests/fuzz/campaign/$1.tar.xz" ] || tar -xJf "tests/fuzz/campaign/$1.tar.xz" -C "$2"
}
dict_for() {
  case "$1" in url | csv) echo "$PWD/tests/fuzz/$1.dict" ;; bidi | font_pack | packed) echo "" ;; *) echo "$PWD/tests/fuzz/json.dict" ;; esac
}

# ---- the campaign build: libFuzzer alone ----
if ! CC=clang-14 CXX=clang++-14 cmake -S . -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIFT_FUZZ=ON \
       -DRIFT_FUZZ_SANITIZERS=none -DRIFT_BUILD_UI=OFF -DRIFT_BUILD_TESTS=OFF -DRIFT_BUILD_TOOLS=OFF \
       >"$root.configure.log" 2>&1 || ! cmake --build "$root/build" -j "$jobs" >"$root.build.log" 2>&1; then
  tail -20 "$root.configure.log" "$root.build.log" >&2
  echo "fuzz-campaign: the campaign build failed" >&2
  exit 1
fi

# ---- the queue: targets short of the goal, the fastest (most runs per second so far) first, so that as many as
# possible reach the goal in this part; the slow ones carry on in the next ----
queue="$root/queue"
: >"$queue"
for t in "${targets[@]}"; do
  left=$((goal - $(done_runs "$t")))
  [ $left -gt 0 ] || { echo "fuzz-campaign: $t already has $(done_runs "$t") runs"; continue; }
  rate=$(awk -F'\t' -v t="$t" 'NR > 1 && $2 == t && $3 > 0 { r += $4; s += $3 } END { printf "%d", s ? r / s : 0 }' "$ledger")
  echo "$rate $t" >>"$queue"
done
sort -s -rn -k1,1 -o "$queue" "$queue"
rm -rf "$root/lock"

next_target() {  # pops the queue's first target (mkdir is the lock)
  until mkdir "$root/lock" 2>/dev/null; do sleep 0.1; done
  local line
  line="$(head -1 "$queue")"
  sed -i 1d "$queue"
  rmdir "$root/lock"
  echo "${line#* }"
}

run_part() {  # one part of one target; appends its line to the ledger
  local t="$1" left="$2" time="$3" n=1 part dict rc stats
  while [ -d "$root/part-$t-$n" ]; do n=$((n + 1)); done
  part="$root/part-$t-$n"
  mkdir -p "$part" "$root/work/$t"
  dict="$(dict_for "$t")"
  local dirs=("$PWD/$root/work/$t" "$PWD/tests/fuzz/corpus/$t")
  unpack "$t" "$root/committed/$t"
  dirs+=("$PWD/$root/committed/$t")
  local start=$SECONDS
  (cd "$part" && exec "$bin/fuzz_$t" -runs="$left" -max_total_time="$time" -timeout=10 \
     -rss_limit_mb=2048 -max_len=65536 ${dict:+-dict="$dict"} -print_final_stats=1 -artifact_prefix=./ \
     "${dirs[@]}" >fuzz.log 2>&1)
  rc=$?
  # stat::number_of_executed_units counts every run, the initial pass over the corpus included.
  local runs cov ft corp result
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$part/fuzz.log" | tail -1)"
  stats="$(grep -E '^#[0-9]+[[:space:]]+(DONE|INITED|pulse|NEW|REDUCE)' "$part/fuzz.log" | tail -1)"
  cov="$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$stats")"
  ft="$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$stats")"
  corp="$(sed -nE 's/.*corp: ([0-9]+)\/([^ ]+).*/\1 (\2)/p' <<<"$stats")"
  if [ $rc -eq 0 ]; then
    result="no finding"
  else
    result="FINDING (exit $rc): $(grep -E -m 1 'ERROR:|violated|deadly signal|timeout' "$part/fuzz.log" | tr '\t' ' ' | cut -c1-160), $part"
    runs="${runs:-0}"
  fi
  printf '%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$t" $((SECONDS - start)) "${runs:-0}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result" "libFuzzer, clang 14 -O3, no sanitizer" "$machine" >>"$ledger"
  echo "fuzz-campaign: $t part $n: ${runs:-0} runs in $((SECONDS - start)) s, $result"
  [ $rc -eq 0 ]
}

worker() {
  local t left status=0
  while :; do
    t="$(next_target)"
    [ -n "$t" ] || break
    left=$((goal - $(done_runs "$t")))
    [ $((deadline - SECONDS)) -gt 60 ] || { echo "fuzz-campaign: out of time before $t"; continue; }
    run_part "$t" "$left" $((deadline - SECONDS)) || status=1
  done
  return $status
}

status=0
pids=()
for ((w = 0; w < jobs; w++)); do worker & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || status=1; done

# ---- 1. minimize: keep the inputs that add coverage to the seeds and to what is committed ----
# The committed corpus is one archive a target (tests/fuzz/campaign/<target>.tar.xz: thousands of small files compress
# to a few hundred KB), made the same way each time (sorted, no dates or owners); unpack() reads it.
for t in "${targets[@]}"; do
  [ -d "$root/work/$t" ] || continue
  kept="$root/kept/$t"
  unpack "$t" "$kept"
  "$bin/fuzz_$t" -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len=65536 "$kept" "tests/fuzz/corpus/$t" \
    "$root/work/$t" >"$root/merge-$t.log" 2>&1 || { echo "fuzz-campaign: merging $t failed ($root/merge-$t.log)" >&2; status=1; }
  # Inputs that the seeds already hold are not kept twice.
  for f in "tests/fuzz/corpus/$t"/*; do rm -f "$kept/$(sha1sum "$f" | cut -c1-40)"; done
  mkdir -p tests/fuzz/campaign
  (cd "$kept" && find . -type f -printf '%P\n' | LC_ALL=C sort |
     tar --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -T - | xz -9 >"$OLDPWD/tests/fuzz/campaign/$t.tar.xz")
  echo "fuzz-campaign: $t: $(find "$kept" -type f | wc -l) campaign inputs, $(du -sb "$kept" | cut -f1) bytes," \
       "$(stat -c %s "tests/fuzz/campaign/$t.tar.xz") in the archive"
done

# ---- 2. replay every input under ASan + UBSan (a clang build of the fuzz targets alone) ----
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
flags="-O1 -gline-tables-only -DNDEBUG"
if CC=clang-14 CXX=clang++-14 cmake -S . -B "$root/sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
     -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" -DRIFT_FUZZ=ON \
     -DRIFT_FUZZ_SANITIZERS=address,undefined -DRIFT_BUILD_UI=OFF -DRIFT_BUILD_TESTS=OFF -DRIFT_BUILD_TOOLS=OFF \
     >"$root.sanitize.log" 2>&1 && cmake --build "$root/sanitize" -j "$jobs" >>"$root.sanitize.log" 2>&1; then
  for t in "${targets[@]}"; do
    unpack "$t" "$root/replay/$t"
    count=$(find "tests/fuzz/corpus/$t" "$root/replay/$t" -type f | wc -l)
    if "$root/sanitize/tests/fuzz/fuzz_$t" -runs=0 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
         "tests/fuzz/corpus/$t" "$root/replay/$t" >"$root/replay-$t.log" 2>&1; then
      echo "fuzz-campaign: replay under ASan + UBSan: $t: $count inputs, no finding"
    else
      echo "fuzz-campaign: replay under ASan + UBSan: $t: FINDING, see $root/replay-$t.log" >&2
      status=1
    fi
  done
else
  echo "fuzz-campaign: the sanitizer build failed ($root.sanitize.log)" >&2
  status=1
fi

# ---- 3. the table in docs/RELIABILITY.md ----
python3 scripts/fuzz_campaign_table.py "$ledger" docs/RELIABILITY.md "$goal" || status=1
exit $status
