#!/bin/sh
# check-screenshot.sh PYTHON APP OUT.png: `APP --screenshot` exits 0 and writes a 1280x720 PNG
# of the world on 31/12/2025 (light theme) with the tier colours of core/style/mapstyle.cpp at
# known places (check-colours.py).
set -eu
python=$1 app=$2 out=$3
rm -f "$out"
"$app" --screenshot "$out" --size 1280x720 --date 2025-12-31 --lang en --theme light --region world
# The view: the world region (170°W to 190°E, 58°S to 78°N; core/scene/regions.cpp) fitted
# into the map area right of the 333 px panel and above the 650 px line of the timeline bar:
# 360° in 947 px, 180°W at x 306.7, the north edge of the Mercator square at y -72.8.
# Places away from the names drawn on the map, and the left end of the hub's badge (Qt Location
# would fade it in from zoom 1.5 to 2.5 without autoFadeIn: false).
exec "$python" "$(dirname "$0")/check-colours.py" "$out" 1280 720 306.7,-72.8,947 \
    "Vietnam at Hà Nội (self):105.85,21.03:#da251d" \
    "Cambodia (special):104.9,12.8:#440154" \
    "China (CSP):90,33:#3b528b" \
    "Russia (CSP):130,65:#3b528b" \
    "United States (CSP):-110,42:#3b528b" \
    "Brazil (SP):-47,-15:#21918c" \
    "Kazakhstan (SP):70,48:#21918c" \
    "Argentina (CP):-64,-28:#5ec962" \
    "Canada (CP):-110,58:#5ec962" \
    "Mali (relations):-2,17:#e9e4d4" \
    "DR Congo (relations):23,-3:#e9e4d4" \
    "Pacific Ocean:-140,-20:#dce8f0" \
    "the hub's badge, opaque at this window's zoom (2.3):111.69,29.31:#da251d"
