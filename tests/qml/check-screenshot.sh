#!/bin/sh
# check-screenshot.sh APP OUT.png: `APP --screenshot` exits 0 and writes a PNG of the asked size.
set -eu
app=$1
out=$2
rm -f "$out"
"$app" --screenshot "$out" --size 1280x720 --date 2024-12-31 --lang en --theme dark --region europe
# PNG header: the IHDR width and height, big-endian, at bytes 16..23.
size=$(od -An -tu1 -j16 -N8 "$out" | awk '{ printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
[ "$size" = "1280 720" ] || { echo "screenshot is $size, expected 1280 720"; exit 1; }
echo "ok: $out $size"
