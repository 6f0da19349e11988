#pragma once
// Checks and fixes on a raw OGR polygon before any repair, for BoundaryLoader (polygonchecks.cpp).
#include <ogr_geometry.h>

class QString;

// Longitudes from -180° to 360° (a part east of the antimeridian may be written past 180°,
// as unwrapped rings are), latitudes within ±90°, all finite; else false and a message.
bool checkCoordinates(const OGRPolygon *polygon, QString *error);

// Shifts a polygon whose rings jump across the antimeridian into one continuous range (west
// longitudes + 360°). Edges from -180° to 180° along a parallel are a polar cap's or a
// whole-world box's edges, kept as drawn, unless the shift gives a proper ring.
void unwrapAntimeridian(OGRPolygon *polygon);
