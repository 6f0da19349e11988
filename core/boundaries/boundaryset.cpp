#include "boundaryset.h"

int Country::vertexCount() const
{
    int n = 0;
    for (const geo::Polygon &p : polygons)
        for (const geo::Ring &r : p.rings)
            n += r.size();
    return n;
}

double Country::area() const
{
    double sum = 0;
    for (const geo::Polygon &p : polygons)
        sum += geo::polygonArea(p);
    return sum;
}

const Country *BoundarySet::country(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &countries[i];
}

QString BoundarySet::locate(double lonDeg, double latDeg) const
{
    const QPointF p = geo::mercatorFromLonLat(lonDeg, latDeg);
    for (const double shift : {0.0, 1.0, -1.0}) {
        const QPointF q(p.x() + shift, p.y());
        for (const Country &c : countries) {
            if (!c.bounds.contains(q))
                continue;
            for (const geo::Polygon &polygon : c.polygons) {
                if (geo::polygonBounds(polygon).contains(q) && geo::polygonContains(polygon, q))
                    return c.key;
            }
        }
    }
    return {};
}

void BoundarySet::reindex()
{
    m_index.clear();
    for (int i = 0; i < countries.size(); ++i)
        m_index.insert(countries[i].key, i);
}
