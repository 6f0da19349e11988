#pragma once
// Levels of detail shared by the screen and every export: level 0 is the data as loaded; each
// further level is simplified (Douglas-Peucker, per ring) to a coarser tolerance. A view draws
// the coarsest level whose tolerance stays under half an output pixel.
#include "geometry.h"

namespace geo {

// Tolerances of the levels in unit Web Mercator, finest (0) first, about 1.6x apart.
const QVector<double> &detailTolerances();
// The coarsest level whose tolerance is at most `maxErrorPx` at this scale.
int detailLevelFor(double pixelsPerUnit, double maxErrorPx = 0.5);
// Every ring simplified to `tolerance`; a polygon whose outer ring shrinks below a triangle goes.
QVector<Polygon> simplify(const QVector<Polygon> &polygons, double tolerance);

} // namespace geo
