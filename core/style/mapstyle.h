#pragma once
// The one map style of the screen layer, the QML overlays and every export: colours per theme
// (tier fills from the tier table, the hub's from its profile), line widths, text sizes, dot
// and marker sizes. Sizes are in pixels for a 1080-pixel-high output ("unit" 1) and scale with
// the output (unitFor), so a 4K screen or a 7680x4320 export look like 1080p, only sharper.
#include "hubprofile.h"
#include "tier.h"

#include <QColor>
#include <QFont>

struct MapStyle {
    enum class Theme { Light, Dark };

    Theme theme = Theme::Light;
    QColor ocean;
    QColor graticule;
    QColor border;          // between countries
    QColor hub;             // the hub's fill and outline (HubProfile)
    QColor hubOutline;
    QColor text;
    QColor textHalo;
    QColor panel;           // legend and title background
    QColor selection;       // outline of the selected country
    QColor hidden;          // a country whose tier the viewer hid: a neutral grey unlike any tier
    QColor nonState;        // a place that is not a state (Antarctica, the Siachen Glacier): no tier, a quiet tint near the ocean's

    // Sizes in px at unit 1.
    static constexpr double kBorderWidth = 0.6;
    static constexpr double kHubOutlineWidth = 1.6;
    static constexpr double kSelectionWidth = 2.6;
    static constexpr double kGraticuleWidth = 0.8;
    static constexpr double kGraticuleStepDegrees = 30;
    static constexpr double kLabelPx = 15;          // country names
    static constexpr double kHubLabelPx = 19;       // the hub's badge
    static constexpr double kHubOffset = 14;        // badge north-east of the label point, joined by a line
    static constexpr double kHubPaddingX = 12;
    static constexpr double kHubPaddingY = 4;
    static constexpr double kHubLetterSpacing = 1.5;
    static constexpr double kLandmarkPx = 13;       // an archipelago's name
    static constexpr double kLandmarkOwnerPx = 12;  // "(Việt Nam)" below it
    static constexpr double kLandmarkMarker = 10;   // side of its diamond
    static constexpr double kLandmarkTextX = 12;    // text to the right of the marker
    static constexpr double kDotPartner = 15;       // diameter of a tiny partner's dot
    static constexpr double kDotOther = 8;          // of any other tiny state's
    static double dotDiameter(bool partner) { return partner ? kDotPartner : kDotOther; } // px at unit 1
    static double dotBorder(bool partner) { return partner ? 2 : 1; }
    static constexpr double kTinyPx = 10;           // a state gets a dot below this size (square root of its area)
    static constexpr double kTitlePx = 24;          // composed export: title, legend rows, notes
    static constexpr double kLegendPx = 15;
    static constexpr double kNotePx = 12;
    static constexpr double kHaloWidth = 3;         // outline around map text
    static constexpr double kChartHeight = 150;     // the history chart (side panel, composed export), title included
    static constexpr double kChartWidth = 440;      // its width in a composed export
    static constexpr double kChartTitlePx = 15;
    static constexpr double kChartLabelPx = 12;     // axis labels
    static constexpr double kChartCursorWidth = 2;  // the current date's line
    static constexpr double kCaptionPx = 38;        // a story scene's caption, read from the back of a hall
    static constexpr double kCounterPx = 22;        // its scene counter "3 / 17"
    // The screen's text size setting multiplies text sizes by 1 to 2 (MapTheme; exports use 1).
    static bool isTextScale(double scale) { return scale >= 1.0 && scale <= 2.0; }

    static MapStyle forTheme(Theme theme, const HubProfile &hub);
    static bool themeFromName(const QString &name, Theme *theme); // "light" or "dark"
    bool isDark() const { return theme == Theme::Dark; }

    QColor tierColor(Tier tier) const; // the hub's for Tier::Hub
    // Dependencies follow their sovereign's tier in a lighter shade.
    QColor dependencyColor(Tier tier) const;
    // Text and halo colours that read on `fill`: of near-black and white, the one with the
    // higher WCAG 2 contrast ratio (at least 4.5:1 on every tier's colour, checked by a test).
    static QColor textOn(const QColor &fill);
    static QColor haloOn(const QColor &fill);
    static double relativeLuminance(const QColor &color); // WCAG 2, 0 (black) to 1 (white)
    static double contrastRatio(const QColor &a, const QColor &b); // 1 to 21
    // The map's font (Noto Sans, bundled) at a pixel size; no hinting, so shapes match at every size.
    static QFont font(double pixelSize, bool bold = false);
    // Unit of a window or an output: min(height, width * 9 / 16) / 1080, so that any shape of page or
    // screen keeps the proportions of a 1080p one (a 16:10 window is 1.0 at 1920x1200).
    static double unitFor(const QSizeF &outputSize);
};
