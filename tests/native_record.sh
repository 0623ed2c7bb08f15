#!/usr/bin/env bash
# The desktop app's --record under Xvfb: a month of playback becomes numbered 1280x720 PNG frames, as many as the
# recording plan says (a range this short plays for the 2-second minimum, then holds 1.5 s: 3.5 s at 30 frames a
# second), and the frames show playback moving (the first and the last differ), then the app exits by itself.
set -euo pipefail
app="$1"; out="$2"
rm -rf "$out"
timeout 300 xvfb-run -a -s "-screen 0 1024x768x24" "$app" --size 640x400 \
  --url 'actor=CN,US&from=2019-05-01&to=2019-05-31' --record "$out" 2>&1 | grep '^record:'
frames=$(find "$out" -name 'frame-*.png' | wc -l)
echo "native recording: $frames frames in $out"
[ "$frames" -ge 105 ] && [ "$frames" -le 106 ] || { echo "expected 105 frames (3.5 s at 30 a second)"; exit 1; }
[ "$(identify -format '%wx%h' "$out/frame-00001.png")" = 1280x720 ] || { echo "frames are not 1280x720"; exit 1; }
last=$(printf '%s/frame-%05d.png' "$out" "$frames")
[ "$(md5sum <"$out/frame-00001.png")" != "$(md5sum <"$last")" ] || { echo "the first and last frames are the same"; exit 1; }
