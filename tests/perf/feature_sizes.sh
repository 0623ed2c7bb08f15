#!/bin/bash
# What each part of Rift's own code costs in the page: relinks the web build's rift.js/rift.wasm with that part's
# entry points replaced by empty stubs (-Wl,--wrap), so the link (LTO) drops everything only they reach, and prints
# the gzip -9 bytes of rift.wasm + rift.js against the build as it is. Sizes only: the stubbed pages are not run.
# Usage: bash tests/perf/feature_sizes.sh [WEB_BUILD_DIR]   (default build/web; build it first with scripts/build.sh)
#        RIFT_FEATURE=recording bash tests/perf/feature_sizes.sh   (only the parts whose name matches)
# docs/PERFORMANCE.md ("What would have to be decided") quotes its output.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
web=$(cd "${1:-build/web}" && pwd)
# shellcheck disable=SC1091
source ./emsdk.env >/dev/null
out=$root/build/perf/feature_sizes
mkdir -p "$out"
link=$(cd "$web" && ninja -t commands src/app/rift.js | tail -1)
link=${link#: && }
link=${link%% && cd *}   # the link without the wasm-opt pass that follows it (run below, as the build does)

# measure NAME SYMBOL:PARAMS... (PARAMS: the wasm function's i32 parameters, sret included; "r" if it returns one)
measure() {
  local name=$1 dir=$out/${1// /_} wraps="" arg sym n ret body params k
  # RIFT_FEATURE=REGEX measures only the parts whose name matches (and the whole build, which they are told against).
  [ "$name" = whole ] || [[ "$name" =~ ${RIFT_FEATURE:-.} ]] || return 0
  shift
  mkdir -p "$dir"
  : >"$dir/stub.cpp"
  for arg in "$@"; do
    sym=${arg%:*} n=${arg##*:} ret=void body=""
    if [[ $n == *r ]]; then n=${n%r} ret="void*" body="return nullptr;"; fi
    params=""
    for ((k = 0; k < n; k++)); do params+="${params:+, }void*"; done
    echo "extern \"C\" $ret __wrap_$sym($params) { $body }" >>"$dir/stub.cpp"
    wraps+=" -Wl,--wrap=$sym"
  done
  [ $# -gt 0 ] && em++ -Oz -c "$dir/stub.cpp" -o "$dir/stub.o"
  local cmd=${link/-o src\/app\/rift.js/-o $dir/rift.js${wraps:+ $dir/stub.o}$wraps}
  (cd "$web" && eval "$cmd") 2>"$dir/link.log" || { echo "$name: the link failed (see $dir/link.log)"; return 1; }
  wasm-opt -Oz --low-memory-unused --zero-filled-memory --mvp-features "$dir/rift.wasm" -o "$dir/rift.wasm"
  local bytes=$(($(gzip -9c "$dir/rift.wasm" | wc -c) + $(gzip -9c "$dir/rift.js" | wc -c)))
  [ "$name" = whole ] && base=$bytes
  # A stub for a symbol the link no longer has (renamed, or its signature changed) takes nothing out: say so.
  if [ "$name" != whole ] && [ "$bytes" -eq "$base" ]; then
    echo "$name: nothing left the link; are these symbols still defined? $*"
    return 1
  fi
  printf '%-28s %8d bytes gzip (wasm + js)  %+8d\n' "$name" "$bytes" $((bytes - base))
}

D=ERNS_8AppStateEPb  # (rift::AppState&, bool*)
SV=NSt3__217basic_string_viewIcNS0_11char_traitsIcEEEE
map="_ZN4rift13DrawMapWindow$D:2 _ZN4rift13ParseWorldMapENSt3__24spanIKhLm4294967295EEERNS0_12basic_stringIcNS0_11char_traitsIcEENS0_9allocatorIcEEEE:3"
compare="_ZN4rift17DrawCompareWindow$D:2"
vendors="_ZN4rift17DrawVendorsWindow$D:2"
events="_ZN4rift16DrawEventsWindow$D:2"
filters="_ZN4rift17DrawFiltersWindow$D:2"
details="_ZN4rift17DrawDetailsWindow$D:2"
data="_ZN4rift14DrawDataWindow$D:2"
share_about="_ZN4rift15DrawShareWindow$D:2 _ZN4rift15DrawAboutWindow$D:2"
timeline="_ZN4rift18DrawTimelineWindow$D:2"
playback="_ZN4rift18DrawPlaybackWindow$D:2"
rtl="_ZN4rift11VisualOrderE$SV:2 _ZN4rift11VisualLinesE${SV}RKNS0_8functionIFmS4_EEE:3 _ZN4rift11ShapeArabicE$SV:2"
host_api="_ZN4rift10HandleCallERNS_8AppStateERNS_7SessionERKNSt3__212basic_stringIcNS4_11char_traitsIcEENS4_9allocatorIcEEEESC_SC_:6"
german="_ZN4rift2TrEPKc:1r"
recording="_ZN4rift14StartRecordingERNS_8AppStateEm:2r _ZN4rift17ContinueRecordingERNS_8AppStateE:1
 _ZN4rift13StopRecordingERNS_8AppStateEb:2 _ZN4rift15RecordingPlanOfERKNS_8AppStateE:2
 _ZN4rift8platform14BeginRecordingERKNSt3__212basic_stringIcNS1_11char_traitsIcEENS1_9allocatorIcEEEEii:3r
 _ZN4rift8platform11RecordFrameENSt3__28functionIFvvEEE:1 _ZN4rift8platform12EndRecordingEb:2
 _ZN4rift17DrawRecordSectionERNS_8AppStateE:1"

measure whole
# shellcheck disable=SC2086  # the lists split into their symbols
{
  measure "without the Map" $map
  measure "without Compare" $compare
  measure "without Vendors" $vendors
  measure "without Events" $events
  measure "without Filters" $filters
  measure "without Details" $details
  measure "without the Data dialog" $data
  measure "without Share and About" $share_about
  measure "without the Timeline" $timeline
  measure "without Playback" $playback
  measure "without right-to-left" $rtl
  measure "without the host API" $host_api
  measure "without German" $german
  measure "without recording" $recording
  measure "without all of these" $map $compare $vendors $events $filters $details $data $share_about $timeline \
    $playback $rtl $host_api $german
}
