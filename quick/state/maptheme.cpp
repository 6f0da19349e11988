#include "maptheme.h"

MapTheme::MapTheme(QObject *parent)
    : QObject(parent)
    , m_style(MapStyle::forTheme(MapStyle::Theme::Light))
{
}

QString MapTheme::name() const
{
    return isDark() ? QStringLiteral("dark") : QStringLiteral("light");
}

void MapTheme::setName(const QString &name)
{
    MapStyle::Theme theme;
    if (!MapStyle::themeFromName(name, &theme) || theme == m_style.theme)
        return;
    m_style = MapStyle::forTheme(theme);
    emit changed();
}

void MapTheme::toggle()
{
    setName(isDark() ? QStringLiteral("light") : QStringLiteral("dark"));
}

QColor MapTheme::textMuted() const
{
    return isDark() ? QColor("#a9b6c4") : QColor("#536170");
}

QColor MapTheme::panel() const
{
    QColor c = m_style.panel;
    c.setAlpha(255);
    return c;
}

QColor MapTheme::panelBorder() const
{
    return isDark() ? QColor("#2c3d52") : QColor("#c9d6e0");
}

QColor MapTheme::control() const
{
    return isDark() ? QColor("#22344a") : QColor("#e6eef4");
}

QColor MapTheme::accent() const
{
    return isDark() ? QColor("#ffcd00") : QColor("#b3261e");
}

bool tierFromAnyKey(const QString &key, Tier *tier)
{
    if (key == QLatin1String("self")) {
        *tier = Tier::Self;
        return true;
    }
    return tierFromKey(key, tier);
}

QColor MapTheme::tierColor(const QString &tierKey) const
{
    Tier tier;
    return tierFromAnyKey(tierKey, &tier) ? m_style.tierColor(tier) : QColor(Qt::transparent);
}

QColor MapTheme::textOnTier(const QString &tierKey) const
{
    const QColor c = tierColor(tierKey);
    const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return luminance > 0.45 ? QColor("#14202c") : QColor("#ffffff");
}
