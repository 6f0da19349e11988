#include "layergeometry.h"

#include "boundaryset.h"

#include <QtConcurrent>
#include <QtMath>

#include <functional>

namespace {

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

void appendMerged(QVector<LayerGeometry::Range> *out, const LayerGeometry::Range &r, int gap)
{
    if (r.count == 0)
        return;
    if (!out->isEmpty()) {
        LayerGeometry::Range &last = out->last();
        if (r.first >= last.first + last.count && r.first - (last.first + last.count) <= gap) {
            last.count = r.first + r.count - last.first;
            return;
        }
    }
    *out << r;
}

// Appends a mesh's vertices and triangles for `country`; returns where its indices start.
int appendMesh(LayerGeometry::Level &level, const geo::Mesh &mesh, int country)
{
    const quint32 base = quint32(level.fillVertices.size());
    for (const QPointF &p : mesh.vertices)
        level.fillVertices << LayerGeometry::FillVertex{float(p.x()), float(p.y()), float(country)};
    const int first = level.fillIndices.size();
    for (const quint32 index : mesh.indices)
        level.fillIndices << base + index;
    return first;
}

LayerGeometry::Level buildLevel(const BoundarySet &boundaries, double tolerance)
{
    LayerGeometry::Level level;
    level.tolerance = tolerance;
    for (int i = 0; i < boundaries.countries.size(); ++i) {
        LayerGeometry::Range outline{int(level.lines.indices.size()), 0};
        const Country &country = boundaries.countries[i];
        if (tolerance <= 0) { // the country's own triangles (geo::triangulate of its polygons), split per part
            const int start = appendMesh(level, country.mesh, i);
            int previous = 0;
            for (const int end : country.mesh.polygonEnds) {
                level.partFills << LayerGeometry::Range{start + previous, end - previous};
                previous = end;
            }
        }
        for (const geo::Polygon &part : country.polygons) {
            const QVector<geo::Polygon> polygons = simplify({part}, tolerance);
            if (tolerance > 0) {
                const geo::Mesh mesh = geo::triangulate(polygons);
                level.partFills << LayerGeometry::Range{appendMesh(level, mesh, i), int(mesh.indices.size())};
            }
            LayerGeometry::Range partOutline{int(level.lines.indices.size()), 0};
            for (const geo::Polygon &polygon : polygons)
                for (const geo::Ring &ring : polygon.rings)
                    for (int k = 0; k < ring.size(); ++k)
                        level.lines.addSegment(ring[k], ring[(k + 1) % ring.size()]);
            partOutline.count = level.lines.indices.size() - partOutline.first;
            level.partOutlines << partOutline;
        }
        outline.count = level.lines.indices.size() - outline.first;
        level.outlines << outline;
    }
    return level;
}

} // namespace

void LayerGeometry::Lines::addSegment(const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length = std::hypot(dx, dy);
    if (length <= 0)
        return;
    const float ux = float(dx / length), uy = float(dy / length);
    const quint32 base = quint32(vertices.size());
    vertices << LineVertex{float(a.x()), float(a.y()), ux, uy, -1, -1} << LineVertex{float(a.x()), float(a.y()), ux, uy, 1, -1}
             << LineVertex{float(b.x()), float(b.y()), ux, uy, -1, 1} << LineVertex{float(b.x()), float(b.y()), ux, uy, 1, 1};
    indices << base << base + 1 << base + 2 << base + 1 << base + 3 << base + 2;
}

const QVector<double> &LayerGeometry::tolerances()
{
    static const QVector<double> t = {0, 1e-4, 1.6e-4, 2.5e-4, 4e-4, 6e-4, 1e-3, 1.5e-3};
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

void LayerGeometry::visibleRanges(int level, const QRectF &view, double shift, QVector<Range> *fills,
                                  QVector<Range> *outlines, int gap) const
{
    fills->clear();
    outlines->clear();
    const Level &l = levels[level];
    const QRectF local = view.translated(-shift, 0);
    for (int p = 0; p < partBounds.size(); ++p) {
        const QRectF &b = partBounds[p]; // edges included: a part may be a flat line
        if (b.isNull() || b.left() > local.right() || b.right() < local.left() || b.top() > local.bottom()
            || b.bottom() < local.top())
            continue;
        appendMerged(fills, l.partFills[p], gap);
        appendMerged(outlines, l.partOutlines[p], gap);
    }
}

qint64 LayerGeometry::bytes() const
{
    qint64 n = graticule.vertices.size() * sizeof(LineVertex) + graticule.indices.size() * sizeof(quint32);
    for (const Level &l : levels)
        n += l.fillVertices.size() * sizeof(FillVertex) + l.lines.vertices.size() * sizeof(LineVertex)
            + (l.fillIndices.size() + l.lines.indices.size()) * sizeof(quint32);
    return n;
}

LayerGeometry LayerGeometry::build(const BoundarySet &boundaries, double step)
{
    LayerGeometry g;
    g.countryCount = boundaries.countries.size();
    // The levels are independent: built on all cores.
    g.levels = QtConcurrent::blockingMapped<QVector<Level>>(
        tolerances(), std::function<Level(double)>([&boundaries](double tolerance) { return buildLevel(boundaries, tolerance); }));
    for (const Country &c : boundaries.countries)
        for (const geo::Polygon &polygon : c.polygons) {
            g.partBounds << geo::polygonBounds(polygon);
            g.minX = std::min(g.minX, g.partBounds.last().left());
            g.maxX = std::max(g.maxX, g.partBounds.last().right());
        }

    const double maxLat = 80;
    for (double lon = -180; lon < 180 - 1e-9; lon += step)
        g.graticule.addSegment(geo::mercatorFromLonLat(lon, -maxLat), geo::mercatorFromLonLat(lon, maxLat));
    for (double lat = -std::floor(maxLat / step) * step; lat <= maxLat + 1e-9; lat += step)
        g.graticule.addSegment(geo::mercatorFromLonLat(-180, lat), geo::mercatorFromLonLat(180, lat));
    return g;
}
