#pragma once
// The one placer of everything drawn over the fills, for the screen and every export alike:
// the landmarks (an archipelago's marker and two lines of text, always shown), the dots of
// states too small to see, and the name labels. A label shows, whole inside the view, where its
// country is wide enough for it and it overlaps nothing placed before it: the landmarks first,
// then labels by tier rank (the tier table), then by area. Sizes come from MapStyle, scaled by `unit` (and
// `textScale`; which states are tiny follows `unit` alone).
#include "boundaryset.h"
#include "mapcamera.h"
#include "mapstyle.h"

#include <QColor>
#include <QVector>

struct OverlayInput {
    const BoundarySet *boundaries = nullptr;
    QVector<Tier> tiers;      // per boundary country, at the date shown
    QVector<QRgb> fills;      // per boundary country, as drawn (label colours read against them)
    QString hubKey;
    QString hubName;          // for the landmarks' second line, "(Việt Nam)"
    QString language = QStringLiteral("vi");
    MapStyle style;
    MapCamera camera;
    double unit = 1;          // MapStyle sizes are multiplied by it
    double textScale = 1;     // and text, dots and landmarks by this too (the screen's text size; exports 1)
    bool labels = true;
    QVector<QRectF> reserved; // px: areas labels keep clear of (an export's legend card)
};

struct PlacedLabel {
    int country = -1;   // boundary index
    QString text;
    QPointF offset;     // px, of the label's centre from the country's label point (the hub: unused)
    QRectF box;         // px, the text's box (the hub: the badge's pill)
    double pixelSize = 0;
    bool bold = false;
    bool hub = false;   // drawn as a badge north-east of the label point
    bool spills = false; // wider than its country: map text colours instead of colours against its fill
    QColor color, halo;
};

struct PlacedDot {
    int country = -1;
    QPointF at;          // px
    double diameter = 0; // px
    double borderWidth = 0;
    bool partner = false;
};

struct PlacedLandmark {
    int index = -1;      // into BoundarySet::landmarks
    QPointF at;          // px
    QString name, owner; // two lines
    bool above = false;  // text above the marker (the northernmost), else below its top
    bool left = false;   // text to the left of the marker: no room to its right in the view
    QRectF textBox;      // px
};

struct Overlays {
    QVector<PlacedLandmark> landmarks;
    QVector<PlacedDot> dots;
    QVector<PlacedLabel> labels;
};

namespace overlays {

// Whether a state is drawn as a dot: the square root of its area under MapStyle::kTinyPx.
bool needsDot(const Country &country, double pixelsPerUnit, double unit);
// Whether a country can ever need a dot on the screen, whose world is at least 1080 units wide.
bool canNeedDot(const Country &country);
// The polygon that holds a country's label point (its main one), or null.
const geo::Polygon *mainPolygon(const Country &country);
// The text of a country's label: its name, the hub's in capitals.
QString labelText(const Country &country, bool hub, const QString &language);

// Whether a landmark's text sits above its marker (the northernmost one's), else below its top.
bool landmarkTextAbove(const BoundarySet &boundaries, int landmark);
// A landmark's second line: its owner, "(Việt Nam)".
QString landmarkOwner(const QString &ownerName);

Overlays place(const OverlayInput &input);

} // namespace overlays
