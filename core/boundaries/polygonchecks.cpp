#include "polygonchecks.h"

#include <QString>

#include <cmath>
#include <memory>

// Longitudes from -180° to 360° (a part east of the antimeridian may be written past 180°,
// as unwrapped rings are), latitudes within ±90°, all finite: anything else is an error, and
// a huge finite value would make the label search run without end.
bool checkCoordinates(const OGRPolygon *polygon, QString *error)
{
    for (const OGRLinearRing *ring : *polygon) {
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            const double x = ring->getX(i), y = ring->getY(i);
            if (!(x >= -180 && x <= 360 && y >= -90 && y <= 90)) { // NaN fails too
                *error = QStringLiteral("coordinate %1,%2 is out of range (longitude -180 to 180, latitude -90 to 90)")
                             .arg(QString::number(x, 'g', 10), QString::number(y, 'g', 10));
                return false;
            }
        }
    }
    return true;
}

namespace {

// Edges across more than 180° of longitude: whether a polygon has any, and whether each of
// them runs from -180° to 180° along one parallel. Such an edge is ambiguous: the edge of a
// polar cap (Antarctica) or of a whole-world box, or a crossing written exactly on 180°.
struct WideEdges {
    bool any = false;
    bool allAlongParallel = true;
};

WideEdges wideEdges(const OGRPolygon *polygon)
{
    WideEdges wide;
    for (const OGRLinearRing *ring : *polygon) {
        for (int i = 1; i < ring->getNumPoints(); ++i) {
            const double x0 = ring->getX(i - 1), x1 = ring->getX(i);
            if (std::abs(x1 - x0) <= 180.0)
                continue;
            wide.any = true;
            if (!(std::abs(x0) == 180.0 && std::abs(x1) == 180.0 && ring->getY(i - 1) == ring->getY(i)))
                wide.allAlongParallel = false;
        }
    }
    return wide;
}

void shiftWest(OGRPolygon *polygon)
{
    for (OGRLinearRing *ring : *polygon)
        for (int i = 0; i < ring->getNumPoints(); ++i)
            if (ring->getX(i) < 0)
                ring->setPoint(i, ring->getX(i) + 360.0, ring->getY(i));
}

} // namespace

// Shifts a polygon whose rings jump across the antimeridian (Fiji, Kiribati, or Russia's ring
// that runs along 180° written partly as -180°) into one continuous range, before any
// validity check: a planar repair of the jumping ring would draw edges across the world.
// Where every wide edge runs along a parallel, the shift is kept only if it gives a proper
// ring (no wide edge left, an area): else the polygon is a polar cap or a whole-world box, drawn
// as given.
void unwrapAntimeridian(OGRPolygon *polygon)
{
    const WideEdges wide = wideEdges(polygon);
    if (!wide.any)
        return;
    if (wide.allAlongParallel) {
        std::unique_ptr<OGRPolygon> shifted(polygon->clone());
        shiftWest(shifted.get());
        if (wideEdges(shifted.get()).any || shifted->getExteriorRing()->get_Area() == 0)
            return;
    }
    shiftWest(polygon);
}
