#pragma once
// The baselines' data: one entry per polygon part (outer ring) of every country, its path as a
// list of QGeoCoordinate and its fill colour, as a Qt Location developer would feed MapPolygons.
#include <QColor>
#include <QObject>
#include <QVariantList>
#include <QVector>

struct BoundarySet;

class PolygonPartModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY colorsChanged) // bumps when colours change

public:
    explicit PolygonPartModel(const BoundarySet &boundaries, QObject *parent = nullptr);
    int count() const { return m_parts.size(); }
    int revision() const { return m_revision; }
    Q_INVOKABLE QVariantList path(int part) const { return m_parts.value(part).path; }
    Q_INVOKABLE QColor color(int part) const { return QColor(m_colors.value(m_parts.value(part).country)); }

    // colors: one per country of the boundary set.
    void setCountryColors(const QVector<QRgb> &colors);
    int vertexCount() const { return m_vertices; }

signals:
    void colorsChanged();

private:
    struct Part {
        int country = -1;
        QVariantList path;
    };
    QVector<Part> m_parts;
    QVector<QRgb> m_colors;
    int m_revision = 0;
    int m_vertices = 0;
};
