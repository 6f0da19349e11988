#include "geometry.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace geo {

QPointF mercatorFromLonLat(double lonDeg, double latDeg)
{
    const double lat = qDegreesToRadians(std::clamp(latDeg, -kMaxLatitudeDeg, kMaxLatitudeDeg));
    const double x = (lonDeg + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(M_PI / 4.0 + lat / 2.0)) / (2.0 * M_PI);
    return {x, y};
}

QPointF lonLatFromMercator(const QPointF &mercator)
{
    const double lon = mercator.x() * 360.0 - 180.0;
    const double lat = qRadiansToDegrees(2.0 * std::atan(std::exp((0.5 - mercator.y()) * 2.0 * M_PI)) - M_PI / 2.0);
    return {lon, lat};
}

double signedRingArea(const Ring &ring)
{
    double sum = 0;
    const int n = ring.size();
    for (int i = 0, j = n - 1; i < n; j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return sum / 2.0;
}

double polygonArea(const Polygon &polygon)
{
    if (polygon.rings.isEmpty())
        return 0;
    double area = std::abs(signedRingArea(polygon.rings[0]));
    for (int i = 1; i < polygon.rings.size(); ++i)
        area -= std::abs(signedRingArea(polygon.rings[i]));
    return std::max(0.0, area);
}

bool polygonContains(const Polygon &polygon, const QPointF &p)
{
    bool inside = false;
    for (const Ring &ring : polygon.rings) {
        const int n = ring.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

QRectF polygonBounds(const Polygon &polygon)
{
    return polygon.rings.isEmpty() ? QRectF() : polygon.rings[0].boundingRect();
}

namespace {

double squaredSegmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    double x = a.x(), y = a.y();
    double dx = b.x() - x, dy = b.y() - y;
    if (dx != 0 || dy != 0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
            x = b.x();
            y = b.y();
        } else if (t > 0) {
            x += dx * t;
            y += dy * t;
        }
    }
    dx = p.x() - x;
    dy = p.y() - y;
    return dx * dx + dy * dy;
}

// Distance from p to the polygon outline, negative outside.
double signedOutlineDistance(const Polygon &polygon, const QPointF &p)
{
    double best = std::numeric_limits<double>::max();
    for (const Ring &ring : polygon.rings) {
        const int n = ring.size();
        for (int i = 0, j = n - 1; i < n; j = i++)
            best = std::min(best, squaredSegmentDistance(p, ring[i], ring[j]));
    }
    const double d = std::sqrt(best);
    return polygonContains(polygon, p) ? d : -d;
}

struct Cell {
    QPointF center;
    double half;
    double distance;
    double potential; // best distance any point of the cell could reach
};

Cell makeCell(const Polygon &polygon, const QPointF &center, double half)
{
    const double d = signedOutlineDistance(polygon, center);
    return {center, half, d, d + half * M_SQRT2};
}

} // namespace

QPointF poleOfInaccessibility(const Polygon &polygon, double precision)
{
    const QRectF box = polygonBounds(polygon);
    if (!std::isfinite(box.width()) || !std::isfinite(box.height()) || !std::isfinite(box.left()) || !std::isfinite(box.top()))
        return box.center();
    if (box.isEmpty())
        return box.center();
    // Square cells as wide as the shorter side, but at most kMaxCells across the longer one: a
    // sliver 10^300 times longer than wide would otherwise ask for 10^300 cells.
    constexpr double kMaxCells = 256;
    const double cellSize = std::max(std::min(box.width(), box.height()), std::max(box.width(), box.height()) / kMaxCells);
    if (!(cellSize > 0))
        return box.topLeft();
    precision = std::max(precision, cellSize * 1e-9); // bounds the subdivision depth whatever the caller asks

    auto lower = [](const Cell &a, const Cell &b) { return a.potential < b.potential; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(lower)> queue(lower);
    const double half = cellSize / 2;
    for (double x = box.left(); x < box.right(); x += cellSize)
        for (double y = box.top(); y < box.bottom(); y += cellSize)
            queue.push(makeCell(polygon, {x + half, y + half}, half));

    // Start from the better of the bounding-box centre and the area centroid.
    Cell best = makeCell(polygon, box.center(), 0);
    double cx = 0, cy = 0, area = 0;
    const Ring &outer = polygon.rings[0];
    for (int i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const double f = outer[i].x() * outer[j].y() - outer[j].x() * outer[i].y();
        cx += (outer[i].x() + outer[j].x()) * f;
        cy += (outer[i].y() + outer[j].y()) * f;
        area += f * 3;
    }
    if (area != 0) {
        const Cell centroid = makeCell(polygon, {cx / area, cy / area}, 0);
        if (centroid.distance > best.distance)
            best = centroid;
    }

    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance)
            best = cell;
        if (cell.potential - best.distance <= precision)
            continue;
        const double h = cell.half / 2;
        for (const QPointF offset : {QPointF(-h, -h), QPointF(h, -h), QPointF(-h, h), QPointF(h, h)})
            queue.push(makeCell(polygon, cell.center + offset, h));
    }
    return best.center;
}

double Mesh::area() const
{
    double sum = 0;
    for (int i = 0; i + 2 < indices.size(); i += 3) {
        const QPointF &a = vertices[indices[i]];
        const QPointF &b = vertices[indices[i + 1]];
        const QPointF &c = vertices[indices[i + 2]];
        sum += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
    }
    return sum;
}

} // namespace geo
