#include "countrycolors.h"

#include <algorithm>
#include <cmath>

namespace countrycolors {

QRgb mix(QRgb a, QRgb b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgba(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)),
                 channel(qAlpha(a), qAlpha(b)));
}

QRgb fill(const Country &country, Tier tier, const MapStyle &style, const ColorFilter &filter, bool hovered)
{
    QRgb c;
    if (tier == Tier::Hub)
        c = style.hub.rgba();
    else if (country.kind == CountryKind::Other) // not a state: no tier to show, hide or highlight
        c = style.nonState.rgba();
    else if (filter.hidden.contains(tier))
        c = style.hidden.rgba();
    else if (country.kind == CountryKind::Dependency && tier != Tier::None)
        c = style.dependencyColor(tier).rgba();
    else
        c = style.tierColor(tier).rgba();
    if (!filter.highlightedTier.isEmpty() && tier != Tier::Hub && country.kind != CountryKind::Other && tierKey(tier) != filter.highlightedTier)
        c = mix(c, style.ocean.rgba(), 0.7);
    if (hovered)
        c = mix(c, qRgb(255, 255, 255), style.isDark() ? 0.25 : 0.35);
    return c;
}

QVector<QRgb> fills(const BoundarySet &boundaries, const QVector<Tier> &tiers, const MapStyle &style, const ColorFilter &filter)
{
    QVector<QRgb> out(boundaries.countries.size());
    for (int i = 0; i < out.size(); ++i)
        out[i] = fill(boundaries.countries[i], tiers.value(i, Tier::None), style, filter, i == filter.hovered);
    return out;
}

} // namespace countrycolors

ColorTransition ColorTransition::settled(const QVector<QRgb> &colors)
{
    ColorTransition t;
    t.from = t.to = colors;
    return t;
}

int ColorTransition::durationMs() const
{
    return std::max(1, std::max(fadeMs, pulsing.isEmpty() ? 0 : pulseMs));
}

QVector<QRgb> ColorTransition::at(double elapsedMs) const
{
    if (from.size() != to.size())
        return to;
    double f = fadeMs > 0 ? std::clamp(elapsedMs / fadeMs, 0.0, 1.0) : 1.0;
    f = f * f * (3 - 2 * f); // smoothstep
    QVector<QRgb> shown(to.size());
    for (int i = 0; i < shown.size(); ++i)
        shown[i] = f >= 1 ? to[i] : countrycolors::mix(from[i], to[i], f);
    const double p = pulseMs > 0 ? std::clamp(elapsedMs / pulseMs, 0.0, 1.0) : 1.0;
    const double amount = 0.7 * std::sin(M_PI * p);
    for (const int i : pulsing)
        if (i >= 0 && i < shown.size())
            shown[i] = countrycolors::mix(shown[i], pulseColor, amount);
    return shown;
}
