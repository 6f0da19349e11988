#include "cameracontroller.h"

#include "countryframing.h"
#include "localization.h"
#include "geometry.h"
#include "regions.h"

#include <algorithm>
#include <cmath>

CameraController::CameraController(DataRef data, Localization *localization, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_localization(localization)
{
    connect(m_localization, &Localization::languageChanged, this, &CameraController::languageChanged);
}

QVariantList CameraController::regions() const
{
    QVariantList list;
    for (const Region &r : Regions::all())
        list << QVariantMap{{"name", r.name}, {"title", m_localization->name(r.nameVi, r.nameEn)}};
    return list;
}

QGeoCoordinate CameraController::labelCoordinate(const QString &key) const
{
    const Country *c = m_data->boundaries.country(key);
    if (!c)
        return {};
    const QPointF p = c->labelLonLat();
    return QGeoCoordinate(p.y(), p.x());
}

bool CameraController::hasRegion(const QString &name) const
{
    return Regions::find(name) != nullptr;
}

QVariantMap CameraController::regionTitles() const
{
    QVariantMap titles;
    for (const Region &r : Regions::all())
        titles.insert(r.name, m_localization->name(r.nameVi, r.nameEn));
    return titles;
}

QVariantMap CameraController::fitView(const QRectF &mercator, const QRectF &free, const QSizeF &mapSize, double maxZoom)
{
    if (mercator.isEmpty() || free.isEmpty() || mapSize.isEmpty())
        return {};
    const double scale = std::min(free.width() / mercator.width(), free.height() / mercator.height());
    const double zoom = std::clamp(std::log2(scale / 256.0), 0.0, maxZoom);
    const double s = 256.0 * std::pow(2.0, zoom);
    QPointF c = mercator.center() - (free.center() - QPointF(mapSize.width() / 2, mapSize.height() / 2)) / s;
    c.setX(c.x() - std::floor(c.x()));
    c.setY(std::clamp(c.y(), 0.0, 1.0));
    const QPointF lonLat = geo::lonLatFromMercator(c);
    return {{"center", QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x()))}, {"zoomLevel", zoom}};
}

QVariantMap CameraController::regionView(const QString &name, const QRectF &free, const QSizeF &mapSize) const
{
    const Region *r = Regions::find(name);
    return r ? boxView(r->lonLatBox, free, mapSize) : QVariantMap();
}

QVariantMap CameraController::boxView(const QRectF &box, const QRectF &free, const QSizeF &mapSize) const
{
    const QPointF topLeft = geo::mercatorFromLonLat(box.left(), box.bottom()); // max latitude
    const QPointF bottomRight = geo::mercatorFromLonLat(box.right(), box.top());
    // mercatorFromLonLat wraps nothing: a box reaching past 180°E keeps x > 1.
    return fitView(QRectF(topLeft, bottomRight), free, mapSize, 12);
}

QVariantMap CameraController::countryView(const QString &key, const QRectF &free, const QSizeF &mapSize) const
{
    return countriesView({key}, free, mapSize);
}

QVariantMap CameraController::countriesView(const QStringList &keys, const QRectF &free, const QSizeF &mapSize) const
{
    const QRectF box = framing::countriesMercator(m_data->boundaries, keys);
    return box.isNull() ? QVariantMap() : fitView(box, free, mapSize, 6.5);
}
