#pragma once
// The fill colour of every country, and how colours change over time: the one rule the screen
// layer, the still export and (frame by frame) the video export evaluate.
#include "boundaryset.h"
#include "mapstyle.h"

#include <QSet>
#include <QVector>

// What the viewer asked for on screen; an export uses none of it.
struct ColorFilter {
    QString highlightedTier; // tier key; the others fade toward the ocean
    QSet<Tier> hidden;       // drawn in MapStyle::hidden, a neutral grey that no tier has
    int hovered = -1;        // boundary index, lightened
};

namespace countrycolors {

// Colour of one country of tier `tier` (the hub's, a dependency's lighter shade, or its tier's).
QRgb fill(const Country &country, Tier tier, const MapStyle &style, const ColorFilter &filter = {}, bool hovered = false);
QVector<QRgb> fills(const BoundarySet &boundaries, const QVector<Tier> &tiers, const MapStyle &style,
                    const ColorFilter &filter = {});
QRgb mix(QRgb a, QRgb b, double t); // t = 0: a, 1: b

} // namespace countrycolors

// A change of colours as a function of time: every colour fades from `from` to `to` over
// fadeMs (smoothstep); the countries whose tier changed also pulse toward pulseColor and back
// over pulseMs. at(t) is what the screen shows t ms after the change, and what a video frame
// at that time draws.
struct ColorTransition {
    QVector<QRgb> from, to;
    QVector<int> pulsing;
    int fadeMs = 600;
    int pulseMs = 1200;
    QRgb pulseColor = 0;

    static constexpr int kTierFadeMs = 600;  // a date change
    static constexpr int kQuickFadeMs = 180; // hover, highlight and theme changes
    static constexpr int kPulseMs = 1200;

    // No change: `colors` at any time.
    static ColorTransition settled(const QVector<QRgb> &colors);
    int durationMs() const;
    QVector<QRgb> at(double elapsedMs) const;
};
