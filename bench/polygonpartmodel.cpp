#include "polygonpartmodel.h"

#include "boundaryset.h"

#include <QGeoCoordinate>

PolygonPartModel::PolygonPartModel(const BoundarySet &boundaries, QObject *parent) : QObject(parent)
{
    for (int c = 0; c < boundaries.countries.size(); ++c) {
        for (const geo::Polygon &polygon : boundaries.countries[c].polygons) {
            QVariantList path;
            for (const QPointF &p : polygon.rings[0]) {
                const QPointF lonLat = geo::lonLatFromMercator(p);
                path << QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x() > 180 ? lonLat.x() - 360 : lonLat.x()));
            }
            m_vertices += path.size();
            m_parts.push_back({c, path});
        }
    }
    m_colors.fill(qRgb(200, 200, 200), boundaries.countries.size());
}

void PolygonPartModel::setCountryColors(const QVector<QRgb> &colors)
{
    m_colors = colors;
    ++m_revision;
    emit colorsChanged();
}
