#pragma once
// The still export against mapnik (issue 14): a 7680×4320 PNG of the 10m world, ours per stage
// and mapnik's (bench/mapnik_reference.py, Debian's python3-mapnik) in the same run.
#include <QJsonObject>
#include <QString>

// Child: the stages of a bare PNG export of `size` (WxH) on the calling thread, one at a time:
// loading the 10m data, laying out the map (projecting and simplifying the geometry), painting
// the fills and borders, the labels and card on top (composed minus bare), PNG encoding at
// zlib level 1 (QImageWriter); then SnapshotExporter::write (banded, encoding on every core)
// end to end. Prints one JSON object: CPU milliseconds of each stage (robust to a loaded
// machine), wall milliseconds of the export.
int stillStagesOnce(const QString &size);

// Runs mapnik_reference.py (--json) beside `diplomap` for `runs` runs: mapnik's seconds, ours
// end to end, the ratio; {"error": …} when python3-mapnik or ogr2ogr is missing.
QJsonObject mapnikRatio(const QString &diplomap, int runs, const QString &size);
