#pragma once
// Named map extents (region presets) shared by the app, the CLI and export.
// Boxes are in degrees: x = longitude, y = latitude (lon, lat order).
#include <QRectF>
#include <QString>
#include <QVector>

struct Region {
    QString name;   // command-line name, e.g. "southeast-asia"
    QString nameVi;
    QString nameEn;
    QRectF lonLatBox; // left = min lon, top = min lat, right = max lon, bottom = max lat
};

namespace Regions {
const QVector<Region> &all();
const Region *find(const QString &name);
}
