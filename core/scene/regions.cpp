#include "regions.h"

namespace {
Region region(const char *name, const char *vi, const char *en, double minLon, double minLat, double maxLon, double maxLat)
{
    return {QString::fromLatin1(name), QString::fromUtf8(vi), QString::fromUtf8(en),
            QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat))};
}
} // namespace

const QVector<Region> &Regions::all()
{
    static const QVector<Region> regions = {
        region("world", "Thế giới", "World", -170, -58, 190, 78),
        region("southeast-asia", "Đông Nam Á", "Southeast Asia", 92, -11, 142, 29),
        region("asia-pacific", "Châu Á – Thái Bình Dương", "Asia–Pacific", 60, -50, 190, 55),
        region("europe", "Châu Âu", "Europe", -25, 34, 45, 71),
        region("americas", "Châu Mỹ", "The Americas", -170, -56, -30, 72),
        region("africa-middle-east", "Châu Phi và Trung Đông", "Africa and the Middle East", -20, -36, 65, 42),
    };
    return regions;
}

const Region *Regions::find(const QString &name)
{
    for (const Region &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}
