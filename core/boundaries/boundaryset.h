#pragma once
// Country boundaries as loaded, projected and triangulated once: plain values, no GDAL.
// All geometry is in the unit Web Mercator square (see geometry.h); polygons that cross
// the antimeridian are unwrapped, so x may exceed 1 (draw and test world copies at x ± 1).
#include "countrytable.h"
#include "geometry.h"

#include <QHash>

struct Country {
    QString key;
    QString nameEn;
    QString nameVi;
    CountryKind kind = CountryKind::Other;
    QString sovereign;
    QVector<geo::Polygon> polygons;
    geo::Mesh mesh;
    QRectF bounds;
    QPointF label; // inside the main polygon, farthest from its outline

    QPointF labelLonLat() const { return geo::lonLatFromMercator(label); }
    int vertexCount() const;
    double area() const; // sum of polygon areas, unit-square units
};

// A named place drawn with a labelled marker, such as the Hoàng Sa and Trường Sa archipelagos.
struct Landmark {
    QString owner; // country key
    QString nameVi;
    QString nameEn;
    QRectF bounds;
    QPointF position; // marker position, Web Mercator
};

struct BoundarySet {
    QString source;
    QVector<Country> countries; // sorted by key
    QVector<Landmark> landmarks;

    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    const Country *country(const QString &key) const;
    // Key of the country containing (lon, lat), or an empty string.
    QString locate(double lonDeg, double latDeg) const;
    void reindex();

private:
    QHash<QString, int> m_index;
};
