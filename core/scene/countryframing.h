#pragma once
// The part of the map that shows a few countries well: what the app's camera flies to for a
// country's details or a story scene, and what a story video's camera frames (one rule for both).
// Keys are boundary keys or the hub's landmarks (archipelagos) as "landmark:N".
#include "boundaryset.h"

#include <QRectF>
#include <QStringList>

namespace framing {

// "landmark:N" for BoundarySet::landmarks[N]; landmarkIndex is -1 for any other key.
QString landmarkKey(int index);
int landmarkIndex(const BoundarySet &boundaries, const QString &key);

// The unit Web Mercator rectangle around the countries' main polygons (a landmark's islands),
// with room around and never smaller than a small country needs; null when no key is known.
QRectF countriesMercator(const BoundarySet &boundaries, const QStringList &keys);
// The same as a lon/lat box (left = min lon, top = min lat, right = max lon, bottom = max lat).
QRectF countriesBox(const BoundarySet &boundaries, const QStringList &keys);

} // namespace framing
