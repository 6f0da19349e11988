#!/bin/sh
# check-install.sh CMAKE BUILD_DIR EXPECT_EXIT GEODATA: installs the build into a temporary prefix
# (cmake --install) and runs the installed program from another folder without
# DIPLOMAP_GEODATA: it must find its data in <prefix>/share/diplomap/geodata (validate, a PNG
# export from the 1:50m data, an SVG export from the 10m data), and name that folder when a file
# is missing there; DIPLOMAP_GEODATA=GEODATA then points it at the source data. Also checks
# that the desktop entry, icon, metadata and notices are installed.
set -eu
cmake=$1 build=$2 expect=$3 geodata=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log"
for f in bin/diplomap share/diplomap/geodata/countries.csv share/diplomap/geodata/countries-10m.fgb \
         share/applications/org.diplomap.Diplomap.desktop share/icons/hicolor/scalable/apps/org.diplomap.Diplomap.svg \
         share/metainfo/org.diplomap.Diplomap.metainfo.xml share/doc/diplomap/copyright; do
    [ -f "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
[ ! -L "$prefix/share/diplomap/geodata" ] || { echo "share/diplomap/geodata is a link, not the files"; exit 1; }

unset DIPLOMAP_GEODATA
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
"$expect" 0 "^ok: [0-9]+ countries, 2 landmarks, [0-9]+ establishment events, [0-9]+ framework events, [0-9]+ highlights, [0-9]+ sources$" -- "$prefix/bin/diplomap" validate
"$expect" 0 "^wrote $tmp/map.png \(640x360\)$" -- "$prefix/bin/diplomap" export --date 2025-12-31 --out "$tmp/map.png" --size 640x360
"$expect" 0 "^wrote $tmp/map.svg \(640x360\)$" -- "$prefix/bin/diplomap" export --date 2025-12-31 --out "$tmp/map.svg" --size 640x360
[ "$(od -An -c -j1 -N3 "$tmp/map.png" | tr -d ' ')" = PNG ] || { echo "$tmp/map.png is not a PNG"; exit 1; }
grep -q "<svg" "$tmp/map.svg" || { echo "$tmp/map.svg is not an SVG"; exit 1; }
# The data is the prefix's: without its relations.csv, validate fails and names that file.
rm "$prefix/share/diplomap/geodata/relations.csv"
"$expect" 1 "^$prefix/share/diplomap/geodata/relations.csv: " -- "$prefix/bin/diplomap" validate
DIPLOMAP_GEODATA=$geodata "$expect" 0 "^ok: " -- "$prefix/bin/diplomap" validate
echo "ok: installed into $prefix and ran from $tmp/elsewhere"
