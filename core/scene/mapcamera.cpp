#include "mapcamera.h"

#include "geometry.h"
#include "regions.h"

#include <algorithm>
#include <cmath>

MapCamera MapCamera::fromZoom(double centerLon, double centerLat, double zoomLevel, const QSizeF &size)
{
    return {geo::mercatorFromLonLat(centerLon, centerLat), 256.0 * std::pow(2.0, zoomLevel), size};
}

QRectF MapCamera::worldBox()
{
    const Region *world = Regions::find(QStringLiteral("world"));
    return world ? world->lonLatBox : QRectF(QPointF(-180, -85), QPointF(180, 85));
}

MapCamera MapCamera::fitting(const QRectF &lonLatBox, const QSizeF &size)
{
    const QRectF box = lonLatBox.isNull() ? worldBox() : lonLatBox;
    const QPointF a = geo::mercatorFromLonLat(box.left(), box.bottom()); // min lon, max lat
    const QPointF b = geo::mercatorFromLonLat(box.right(), box.top());   // max lon, min lat
    const QRectF r = QRectF(a, b).normalized();
    if (r.width() <= 0 || r.height() <= 0 || size.isEmpty())
        return {r.center(), 256, size};
    return {r.center(), std::min(size.width() / r.width(), size.height() / r.height()), size};
}

QRectF MapCamera::view() const
{
    const QSizeF extent(size.width() / pixelsPerUnit, size.height() / pixelsPerUnit);
    return QRectF(center - QPointF(extent.width() / 2, extent.height() / 2), extent);
}

QTransform MapCamera::transform() const
{
    const double s = pixelsPerUnit;
    return QTransform(s, 0, 0, s, size.width() / 2 - center.x() * s, size.height() / 2 - center.y() * s);
}

QPointF MapCamera::toPixelsNearest(const QPointF &mercator) const
{
    return toPixels(QPointF(mercator.x() + std::round(center.x() - mercator.x()), mercator.y()));
}

QPointF MapCamera::toMercator(const QPointF &pixels) const
{
    return center + (pixels - QPointF(size.width() / 2, size.height() / 2)) / pixelsPerUnit;
}
