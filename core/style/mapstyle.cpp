#include "mapstyle.h"

#include <QSizeF>

#include <algorithm>
#include <cmath>

MapStyle MapStyle::forTheme(Theme theme, const HubProfile &hub)
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
        s.hidden = QColor("#f7f7f7");
        s.nonState = QColor("#edf1f4");
    } else {
        s.ocean = QColor("#0d1826");
        s.graticule = QColor("#1b2a3d");
        s.border = QColor("#0d1826");
        s.text = QColor("#eef2f6");
        s.textHalo = QColor("#0d1826");
        s.panel = QColor(18, 28, 42, 230);
        s.hidden = QColor("#6e6e6e");
        s.nonState = QColor("#1c2734");
    }
    s.selection = s.text;
    s.hub = hub.fill.isValid() ? hub.fill : s.text;
    s.hubOutline = hub.outline.isValid() ? hub.outline : s.textHalo;
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
    return tier == Tier::Hub ? hub : tiers::color(tier, isDark());
}

QColor MapStyle::dependencyColor(Tier tier) const
{
    const QColor base = tierColor(tier);
    const QColor toward = tierColor(Tier::Relations);
    return QColor::fromRgbF((base.redF() + toward.redF()) / 2, (base.greenF() + toward.greenF()) / 2,
                            (base.blueF() + toward.blueF()) / 2);
}

double MapStyle::relativeLuminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double MapStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Dark text wherever it contrasts more than white (WCAG 2 contrast ratio).
static const QColor kDarkText("#0a0f14");
static bool needsDarkText(const QColor &fill)
{
    return MapStyle::contrastRatio(kDarkText, fill) > MapStyle::contrastRatio(QColor(Qt::white), fill);
}

QColor MapStyle::textOn(const QColor &fill)
{
    return needsDarkText(fill) ? kDarkText : QColor("#ffffff");
}

QColor MapStyle::haloOn(const QColor &fill)
{
    return needsDarkText(fill) ? QColor(255, 255, 255, 190) : QColor(20, 32, 44, 190);
}

QFont MapStyle::font(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double MapStyle::unitFor(const QSizeF &size)
{
    return std::min(size.height(), size.width() * 9 / 16) / 1080.0;
}
