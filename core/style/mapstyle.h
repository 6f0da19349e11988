#pragma once
// The one map style shared by the screen layer and export: colours per tier and theme,
// border widths and text sizes. Sizes are in pixels for a 1080-pixel-high output and scale
// with the output height (scaleFor), so a 4K screen or a 7680x4320 export look the same.
//
// Tier colours follow viridis: perceptually ordered, distinguishable with deuteranopia,
// protanopia and tritanopia, and monotonic in lightness so greyscale print keeps the order.
#include "relationdata.h"

#include <QColor>

struct MapStyle {
    enum class Theme { Light, Dark };

    Theme theme = Theme::Light;
    QColor ocean;
    QColor graticule;
    QColor border;          // between countries
    QColor vietnam;         // the hub
    QColor vietnamOutline;
    QColor text;
    QColor textHalo;
    QColor panel;           // legend and title background
    double borderWidth = 0.6;       // px at 1080p
    double vietnamOutlineWidth = 1.6;
    double labelPointSize = 15;     // px at 1080p
    double titlePointSize = 30;

    static MapStyle forTheme(Theme theme);
    static bool themeFromName(const QString &name, Theme *theme); // "light" or "dark"

    QColor tierColor(Tier tier) const;
    // Dependencies follow their sovereign's tier in a lighter shade.
    QColor dependencyColor(Tier tier) const;
    static double scaleFor(int outputHeightPx) { return outputHeightPx / 1080.0; }
};
