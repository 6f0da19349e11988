#include "layergeometry.h"

#include "boundaryset.h"
#include "simplify.h"

#include <QtConcurrent>
#include <QtMath>

#include <functional>

namespace {

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
        LayerGeometry::Range fill{int(level.fillIndices.size()), 0};
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
            const QVector<geo::Polygon> polygons = geo::simplify({part}, tolerance);
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
        fill.count = level.fillIndices.size() - fill.first;
        level.fills << fill;
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

int LayerGeometry::levelFor(double pixelsPerUnit) const
{
    return std::min(geo::detailLevelFor(pixelsPerUnit), int(levels.size()) - 1);
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
        geo::detailTolerances(), std::function<Level(double)>([&boundaries](double tolerance) { return buildLevel(boundaries, tolerance); }));
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
