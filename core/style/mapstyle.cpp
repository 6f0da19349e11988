#include "mapstyle.h"

MapStyle MapStyle::forTheme(Theme theme)
{
    MapStyle s;
    s.theme = theme;
    if (theme == Theme::Light) {
        s.ocean = QColor("#dce8f0");
        s.graticule = QColor("#c3d4e0");
        s.border = QColor("#ffffff");
        s.text = QColor("#1d2733");
        s.textHalo = QColor("#ffffff");
        s.panel = QColor(255, 255, 255, 230);
    } else {
        s.ocean = QColor("#0d1826");
        s.graticule = QColor("#1b2a3d");
        s.border = QColor("#0d1826");
        s.text = QColor("#eef2f6");
        s.textHalo = QColor("#0d1826");
        s.panel = QColor(18, 28, 42, 230);
    }
    s.vietnam = QColor("#da251d");
    s.vietnamOutline = QColor("#ffcd00");
    return s;
}

bool MapStyle::themeFromName(const QString &name, Theme *theme)
{
    if (name == QLatin1String("light") || name == QLatin1String("dark")) {
        *theme = name == QLatin1String("light") ? Theme::Light : Theme::Dark;
        return true;
    }
    return false;
}

QColor MapStyle::tierColor(Tier tier) const
{
    const bool light = theme == Theme::Light;
    switch (tier) {
    case Tier::Special: return light ? QColor("#440154") : QColor("#9d4edd"); // #440154 vanishes on the dark ocean
    case Tier::CSP: return QColor("#3b528b");
    case Tier::SP: return QColor("#21918c");
    case Tier::CP: return QColor("#5ec962");
    case Tier::Relations: return light ? QColor("#e9e4d4") : QColor("#4b5563");
    case Tier::None: return light ? QColor("#bfc3c8") : QColor("#262d38");
    case Tier::Self: return vietnam;
    }
    return {};
}

QColor MapStyle::dependencyColor(Tier tier) const
{
    const QColor base = tierColor(tier);
    const QColor toward = tierColor(Tier::Relations);
    return QColor::fromRgbF((base.redF() + toward.redF()) / 2, (base.greenF() + toward.greenF()) / 2,
                            (base.blueF() + toward.blueF()) / 2);
}
