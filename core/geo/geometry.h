#pragma once
// Planar geometry on the unit Web Mercator square.
// Conventions: points are (x, y) with x = 0 at 180°W and 1 at 180°E, y = 0 at
// 85.0511°N and 1 at 85.0511°S (y grows southwards, as on screen). Longitude and
// latitude are in degrees and always passed in the order (lon, lat).
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace geo {

constexpr double kMaxLatitudeDeg = 85.05112877980659;

QPointF mercatorFromLonLat(double lonDeg, double latDeg);
QPointF lonLatFromMercator(const QPointF &mercator);

using Ring = QPolygonF; // open ring: the last point is not a repeat of the first

struct Polygon {
    QVector<Ring> rings; // rings[0] is the outer ring, the others are holes
};

double signedRingArea(const Ring &ring);
double polygonArea(const Polygon &polygon);                  // outer minus holes, >= 0
bool polygonContains(const Polygon &polygon, const QPointF &p); // even-odd rule
QRectF polygonBounds(const Polygon &polygon);

// The point inside the polygon farthest from its outline (pole of inaccessibility),
// found to within `precision` (in the polygon's units).
QPointF poleOfInaccessibility(const Polygon &polygon, double precision);

// Triangles covering a set of polygons: indices into vertices, three per triangle.
struct Mesh {
    QVector<QPointF> vertices;
    QVector<quint32> indices;
    QVector<int> polygonEnds; // indices.size() after each polygon: polygon k's are [end k-1, end k)
    double area() const;
};

// Triangulates polygons with holes by ear clipping (earclipper.cpp). Mesh vertices are the
// ring vertices in order; no vertex is added.
Mesh triangulate(const QVector<Polygon> &polygons);

} // namespace geo
