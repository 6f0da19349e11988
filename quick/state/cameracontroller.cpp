#include "cameracontroller.h"

#include "interactionstate.h"
#include "localization.h"
#include "overlayplacer.h"
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
    const QRectF box = countriesMercator(keys);
    return box.isNull() ? QVariantMap() : fitView(box, free, mapSize, 6.5);
}

QRectF CameraController::countriesBox(const QStringList &keys) const
{
    const QRectF box = countriesMercator(keys);
    if (box.isNull())
        return {};
    const QPointF topLeft = geo::lonLatFromMercator(box.topLeft()), bottomRight = geo::lonLatFromMercator(box.bottomRight());
    return QRectF(QPointF(topLeft.x(), bottomRight.y()), QPointF(bottomRight.x(), topLeft.y()));
}

QRectF CameraController::countriesMercator(const QStringList &keys) const
{
    QRectF box;
    for (const QString &key : keys) {
        const Country *c = m_data->boundaries.country(key);
        const int landmark = InteractionState::landmarkIndexIn(m_data->boundaries, key);
        if (!c && landmark < 0)
            continue;
        // The polygon that holds the label (the main one: not France's overseas departments); a
        // landmark's islands.
        const geo::Polygon *main = c ? overlays::mainPolygon(*c) : nullptr;
        box |= landmark >= 0 ? m_data->boundaries.landmarks[landmark].bounds : main ? geo::polygonBounds(*main) : c->bounds;
    }
    if (box.isNull())
        return {};
    // Room around them, and never closer than a small country needs.
    const double minSpan = 0.045; // about 16 degrees of longitude
    const QPointF center = box.center();
    const double w = std::max(box.width() * 1.8, minSpan), h = std::max(box.height() * 1.8, minSpan);
    return QRectF(center.x() - w / 2, center.y() - h / 2, w, h);
}
