#pragma once
// The baseline's model: one row per polygon part (outer ring) of every country, with its path
// as a list of QGeoCoordinate and its fill colour, as a Qt Location developer would feed a
// MapItemView of MapPolygons.
#include <QAbstractListModel>
#include <QColor>
#include <QVariantList>

struct BoundarySet;

class PolygonPartModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { PathRole = Qt::UserRole + 1, ColorRole };

    explicit PolygonPartModel(const BoundarySet &boundaries, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // colors: one per country of the boundary set.
    void setCountryColors(const QVector<QRgb> &colors);
    int vertexCount() const { return m_vertices; }

private:
    struct Part {
        int country;
        QVariantList path;
    };
    QVector<Part> m_parts;
    QVector<QRgb> m_colors;
    int m_vertices = 0;
};
