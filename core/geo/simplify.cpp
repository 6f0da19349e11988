#include "simplify.h"

#include <QPair>

#include <algorithm>
#include <cmath>

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
geo::Ring simplifyRing(const geo::Ring &ring, double tolerance)
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

} // namespace

namespace geo {

QVector<geo::Polygon> simplify(const QVector<geo::Polygon> &polygons, double tolerance)
{
    if (tolerance <= 0)
        return polygons;
    QVector<geo::Polygon> out;
    for (const geo::Polygon &p : polygons) {
        geo::Polygon q;
        for (const geo::Ring &r : p.rings) {
            geo::Ring s = simplifyRing(r, tolerance);
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

const QVector<double> &detailTolerances()
{
    static const QVector<double> t = {0, 1e-4, 1.6e-4, 2.5e-4, 4e-4, 6e-4, 1e-3, 1.5e-3};
    return t;
}

int detailLevelFor(double pixelsPerUnit, double maxErrorPx)
{
    int level = 0;
    for (int i = 1; i < detailTolerances().size(); ++i)
        if (detailTolerances()[i] * pixelsPerUnit <= maxErrorPx)
            level = i;
    return level;
}

} // namespace geo
