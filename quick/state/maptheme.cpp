#include "maptheme.h"

#include <iterator>

MapTheme::MapTheme(QObject *parent)
    : QObject(parent)
    , m_style(MapStyle::forTheme(MapStyle::Theme::Light, m_hub))
{
}

void MapTheme::setHub(const HubProfile &hub)
{
    m_hub = hub;
    m_style = MapStyle::forTheme(m_style.theme, m_hub);
    emit changed();
}

QVariantMap MapTheme::sizes()
{
    return {{"label", MapStyle::kLabelPx},
            {"hubLabel", MapStyle::kHubLabelPx},
            {"hubOffset", MapStyle::kHubOffset},
            {"hubPaddingX", MapStyle::kHubPaddingX},
            {"hubPaddingY", MapStyle::kHubPaddingY},
            {"hubLetterSpacing", MapStyle::kHubLetterSpacing},
            {"landmark", MapStyle::kLandmarkPx},
            {"landmarkOwner", MapStyle::kLandmarkOwnerPx},
            {"landmarkMarker", MapStyle::kLandmarkMarker},
            {"landmarkTextX", MapStyle::kLandmarkTextX},
            {"dotPartner", MapStyle::kDotPartner},
            {"dotOther", MapStyle::kDotOther},
            {"chartHeight", MapStyle::kChartHeight},
            {"caption", MapStyle::kCaptionPx},
            {"counter", MapStyle::kCounterPx}};
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
    m_style = MapStyle::forTheme(theme, m_hub);
    emit changed();
}

double MapTheme::textScale() const
{
    if (m_chosenTextScale > 0)
        return m_chosenTextScale;
    return m_presenting ? kPresentingTextScale : 1.0;
}

void MapTheme::setChosenTextScale(double scale)
{
    if ((scale != 0 && !MapStyle::isTextScale(scale)) || scale == m_chosenTextScale)
        return;
    const double was = textScale();
    m_chosenTextScale = scale;
    if (textScale() != was)
        emit textScaleChanged();
}

void MapTheme::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    emit textScaleChanged(); // also when a choice hides the default: `presenting` changed
}

void MapTheme::chooseTextScale(double scale)
{
    setChosenTextScale(scale);
    emit textScaleChosen(scale);
}

void MapTheme::largerText()
{
    const double now = textScale();
    for (const double step : kTextScales)
        if (step > now + 1e-9)
            return chooseTextScale(step);
}

void MapTheme::smallerText()
{
    const double now = textScale();
    for (auto it = std::rbegin(kTextScales); it != std::rend(kTextScales); ++it)
        if (*it < now - 1e-9)
            return chooseTextScale(*it);
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

QColor MapTheme::tierColor(const QString &tierKey) const
{
    Tier tier;
    return tierFromKey(tierKey, &tier, true) ? m_style.tierColor(tier) : QColor(Qt::transparent);
}

QColor MapTheme::textOnTier(const QString &tierKey) const
{
    return MapStyle::textOn(tierColor(tierKey));
}
