#include "layergeometry.h"

#include "boundaryset.h"

#include <QtMath>

namespace {

void addSegment(LayerGeometry &g, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length = std::hypot(dx, dy);
    if (length <= 0)
        return;
    const float ux = float(dx / length), uy = float(dy / length);
    const quint32 base = quint32(g.lineVertices.size());
    g.lineVertices << LayerGeometry::LineVertex{float(a.x()), float(a.y()), ux, uy, -1, -1}
                   << LayerGeometry::LineVertex{float(a.x()), float(a.y()), ux, uy, 1, -1}
                   << LayerGeometry::LineVertex{float(b.x()), float(b.y()), ux, uy, -1, 1}
                   << LayerGeometry::LineVertex{float(b.x()), float(b.y()), ux, uy, 1, 1};
    g.lineIndices << base << base + 1 << base + 2 << base + 1 << base + 3 << base + 2;
}

double squaredDistanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double qx = a.x() + t * dx - p.x(), qy = a.y() + t * dy - p.y();
    return qx * qx + qy * qy;
}

// Douglas-Peucker between ring[first] and ring[last % size] (iterative, no deep recursion).
void simplifySpan(const geo::Ring &ring, int first, int last, double tolerance2, QVector<bool> &keep)
{
    QVector<QPair<int, int>> spans{{first, last}};
    while (!spans.isEmpty()) {
        const auto [a, b] = spans.takeLast();
        double worst = -1;
        int at = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = squaredDistanceToSegment(ring[i], ring[a], ring[b % ring.size()]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (at >= 0 && worst > tolerance2) {
            keep[at] = true;
            spans << qMakePair(a, at) << qMakePair(at, b);
        }
    }
}

// A ring simplified to `tolerance`; empty when it shrinks below a triangle.
geo::Ring simplify(const geo::Ring &ring, double tolerance)
{
    if (tolerance <= 0 || ring.size() < 8)
        return ring;
    QVector<bool> keep(ring.size(), false);
    int far = 0;
    double farthest = -1;
    for (int i = 1; i < ring.size(); ++i) {
        const double d = std::pow(ring[i].x() - ring[0].x(), 2) + std::pow(ring[i].y() - ring[0].y(), 2);
        if (d > farthest) {
            farthest = d;
            far = i;
        }
    }
    keep[0] = keep[far] = true;
    simplifySpan(ring, 0, far, tolerance * tolerance, keep);
    simplifySpan(ring, far, ring.size(), tolerance * tolerance, keep);
    geo::Ring out;
    for (int i = 0; i < ring.size(); ++i)
        if (keep[i])
            out << ring[i];
    return out.size() >= 3 ? out : geo::Ring();
}

QVector<geo::Polygon> simplify(const QVector<geo::Polygon> &polygons, double tolerance)
{
    if (tolerance <= 0)
        return polygons;
    QVector<geo::Polygon> out;
    for (const geo::Polygon &p : polygons) {
        geo::Polygon q;
        for (const geo::Ring &r : p.rings) {
            geo::Ring s = simplify(r, tolerance);
            if (s.isEmpty() && q.rings.isEmpty())
                break; // the outer ring is gone: so is the polygon (below a pixel where it is used)
            if (!s.isEmpty())
                q.rings << s;
        }
        if (!q.rings.isEmpty())
            out << q;
    }
    return out;
}

} // namespace

const QVector<double> &LayerGeometry::tolerances()
{
    static const QVector<double> t = {0, 1e-4, 2.5e-4, 6e-4, 1.5e-3};
    return t;
}

int LayerGeometry::levelFor(double pixelsPerUnit, double maxErrorPx) const
{
    int level = 0;
    for (int i = 1; i < levels.size(); ++i)
        if (levels[i].tolerance * pixelsPerUnit <= maxErrorPx)
            level = i;
    return level;
}

LayerGeometry LayerGeometry::build(const BoundarySet &boundaries, double step)
{
    LayerGeometry g;
    g.countryCount = boundaries.countries.size();
    int fillVertexCount = 0, fillIndexCount = 0, segmentCount = 0;
    for (const Country &c : boundaries.countries) {
        fillVertexCount += c.mesh.vertices.size();
        fillIndexCount += c.mesh.indices.size();
        segmentCount += c.vertexCount();
    }
    // The coarser levels together hold about as much again as the finest.
    g.fillVertices.reserve(2 * fillVertexCount);
    g.fillIndices.reserve(2 * fillIndexCount);
    g.lineVertices.reserve(8 * segmentCount + 64);
    g.lineIndices.reserve(12 * segmentCount + 96);

    double minX = 0, maxX = 1;
    for (const double tolerance : tolerances()) {
        Level level;
        level.tolerance = tolerance;
        level.fill.first = g.fillIndices.size();
        level.allOutlines.first = g.lineIndices.size();
        for (int i = 0; i < boundaries.countries.size(); ++i) {
            const Country &c = boundaries.countries[i];
            const QVector<geo::Polygon> polygons = simplify(c.polygons, tolerance);
            const geo::Mesh simplified = tolerance > 0 ? geo::triangulate(polygons) : geo::Mesh();
            const geo::Mesh &mesh = tolerance > 0 ? simplified : c.mesh;
            const quint32 base = quint32(g.fillVertices.size());
            for (const QPointF &p : mesh.vertices) {
                g.fillVertices << FillVertex{float(p.x()), float(p.y()), float(i)};
                minX = std::min(minX, p.x());
                maxX = std::max(maxX, p.x());
            }
            for (const quint32 index : mesh.indices)
                g.fillIndices << base + index;

            Range range;
            range.first = g.lineIndices.size();
            for (const geo::Polygon &polygon : polygons)
                for (const geo::Ring &ring : polygon.rings)
                    for (int k = 0; k < ring.size(); ++k)
                        addSegment(g, ring[k], ring[(k + 1) % ring.size()]);
            range.count = g.lineIndices.size() - range.first;
            level.outlines << range;
        }
        level.fill.count = g.fillIndices.size() - level.fill.first;
        level.allOutlines.count = g.lineIndices.size() - level.allOutlines.first;
        g.levels << level;
    }
    g.minX = minX;
    g.maxX = maxX;

    g.graticule.first = g.lineIndices.size();
    const double maxLat = 80;
    for (double lon = -180; lon < 180 - 1e-9; lon += step)
        addSegment(g, geo::mercatorFromLonLat(lon, -maxLat), geo::mercatorFromLonLat(lon, maxLat));
    for (double lat = -std::floor(maxLat / step) * step; lat <= maxLat + 1e-9; lat += step)
        addSegment(g, geo::mercatorFromLonLat(-180, lat), geo::mercatorFromLonLat(180, lat));
    g.graticule.count = g.lineIndices.size() - g.graticule.first;
    return g;
}
