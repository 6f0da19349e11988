#include "polygonpartmodel.h"

#include "boundaryset.h"

#include <QGeoCoordinate>

PolygonPartModel::PolygonPartModel(const BoundarySet &boundaries, QObject *parent) : QAbstractListModel(parent)
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

int PolygonPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_parts.size();
}

QVariant PolygonPartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parts.size())
        return {};
    const Part &part = m_parts[index.row()];
    if (role == PathRole)
        return part.path;
    if (role == ColorRole)
        return QColor(m_colors.value(part.country));
    return {};
}

QHash<int, QByteArray> PolygonPartModel::roleNames() const
{
    return {{PathRole, "path"}, {ColorRole, "fillColor"}};
}

void PolygonPartModel::setCountryColors(const QVector<QRgb> &colors)
{
    m_colors = colors;
    if (!m_parts.isEmpty())
        emit dataChanged(index(0), index(m_parts.size() - 1), {ColorRole});
}
