#!/usr/bin/env bash
# Native smoke test: the desktop app renders under Xvfb and saves a PNG that is not blank.
set -euo pipefail
app="$1"; out="$2"
mkdir -p "$(dirname "$out")"
rm -f "$out"
timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" "$app" --size 1440x900 --screenshot "$out"
colours=$(identify -format '%k' "$out")
echo "native screenshot: $out, $colours colours"
[ "$colours" -gt 50 ] || { echo "the screenshot looks blank"; exit 1; }
