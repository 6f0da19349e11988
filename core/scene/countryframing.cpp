#include "countryframing.h"

#include "geometry.h"
#include "overlayplacer.h"

#include <algorithm>

namespace framing {

QString landmarkKey(int index)
{
    return QStringLiteral("landmark:") + QString::number(index);
}

int landmarkIndex(const BoundarySet &boundaries, const QString &key)
{
    if (!key.startsWith(QLatin1String("landmark:")))
        return -1;
    bool ok = false;
    const int i = key.midRef(9).toInt(&ok);
    return ok && i >= 0 && i < boundaries.landmarks.size() && key == landmarkKey(i) ? i : -1;
}

QRectF countriesMercator(const BoundarySet &boundaries, const QStringList &keys)
{
    QRectF box;
    for (const QString &key : keys) {
        const Country *c = boundaries.country(key);
        const int landmark = landmarkIndex(boundaries, key);
        if (!c && landmark < 0)
            continue;
        // The polygon that holds the label (the main one: not France's overseas departments); a
        // landmark's islands.
        const geo::Polygon *main = c ? overlays::mainPolygon(*c) : nullptr;
        box |= landmark >= 0 ? boundaries.landmarks[landmark].bounds : main ? geo::polygonBounds(*main) : c->bounds;
    }
    if (box.isNull())
        return {};
    // Room around them, and never closer than a small country needs.
    const double minSpan = 0.045; // about 16 degrees of longitude
    const QPointF center = box.center();
    const double w = std::max(box.width() * 1.8, minSpan), h = std::max(box.height() * 1.8, minSpan);
    return QRectF(center.x() - w / 2, center.y() - h / 2, w, h);
}

QRectF countriesBox(const BoundarySet &boundaries, const QStringList &keys)
{
    const QRectF box = countriesMercator(boundaries, keys);
    if (box.isNull())
        return {};
    const QPointF topLeft = geo::lonLatFromMercator(box.topLeft()), bottomRight = geo::lonLatFromMercator(box.bottomRight());
    return QRectF(QPointF(topLeft.x(), bottomRight.y()), QPointF(bottomRight.x(), topLeft.y()));
}

} // namespace framing
