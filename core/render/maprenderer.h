#pragma once
// Paints the map of a scene with QPainter onto any paint device (a QImage for PNG,
// QSvgGenerator for SVG, QPdfWriter for PDF): ocean, graticule, countries by tier, borders, the
// hub and its outline, then what the shared overlay placer laid out (landmarks, dots of tiny
// states, labels, the hub's badge) and, for a composed map, the card (title, legend with counts,
// caption; legendcard.h). No OpenGL and no display: it runs under QT_QPA_PLATFORM=offscreen
// (text needs a QGuiApplication). A story video's frames add the scene's caption (storycaption.h).
//
// The scene is the screen's: the camera (MapCamera::fitting the box), the level of detail
// (geo::detailLevelFor), the colours (countrycolors), the sizes (MapStyle) and the overlays
// (overlays::place) are the ones the screen layer uses; only the drawing differs.
//
// A MapRenderer is built for one output size and one set of options: it lays out everything
// once, after which paint() may be called any number of times, for the whole output or for
// bands of it, from any one thread at a time.
#include "boundaryset.h"
#include "countrycolors.h"
#include "historyseries.h"
#include "legendcard.h"
#include "overlayplacer.h"
#include "relationtimeline.h"
#include "storycaption.h"

#include <QDate>
#include <QPainterPath>
#include <QSize>

#include <functional>

class QPainter;

class MapRenderer
{
public:
    struct Options {
        QDate date;
        QString language = QStringLiteral("vi"); // "vi" or "en"
        MapStyle::Theme theme = MapStyle::Theme::Light;
        QRectF lonLatBox;   // left = min lon, top = min lat, right = max lon, bottom = max lat; null = world
        bool bare = false;  // fills and borders only
        bool labels = true; // country names where they fit
        bool chart = false; // a composed map: the history chart (historychart.h) above the caption
        QString title;      // empty = the default title for the date and language
        // Largest geometric error in output pixels: picks the level of detail, then points
        // closer than this are dropped (0 keeps every vertex of level 0).
        double tolerancePx = 0.5;
        // The fill of every boundary country, as a frame of an animation shows it mid-change
        // (TimelineColors::at); empty: the settled colours at `date`.
        QVector<QRgb> fills;
        // The view, when not fitting lonLatBox: a story video's camera between two scenes. Used
        // when its size is the output's.
        MapCamera camera;
        // A story scene's caption and counter ("3 / 17"), as the app shows them (storycaption.h).
        QString caption, counter;
    };

    MapRenderer(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub, const QSize &size,
                const Options &options);

    static QString defaultTitle(const QDate &date, const QString &language, const HubProfile &hub);

    const MapCamera &camera() const { return m_camera; }
    QSize size() const { return m_size; }
    const MapStyle &style() const { return m_style; }
    const Overlays &overlays() const { return m_overlays; }
    const LegendCard &card() const { return m_card; } // empty for a bare map
    const StoryCaption &caption() const { return m_caption; } // empty for a bare map or without a caption
    QDate date() const { return m_options.date; }

    // Another frame of the same view: the date (card, counts, labels) and the fills (as in
    // Options::fills). The geometry is kept; the overlays are placed again only when the
    // tiers or the card's boxes change. The data given to the constructor must still exist.
    // Returns the output pixels that may differ from what paint() drew before: repainting
    // just those (clipped to them) over the previous image gives the new frame exactly.
    QRect setFrame(const QDate &date, const QVector<QRgb> &fills = {});
    // Colour a country is filled with (by boundary key).
    QColor fillColor(const QString &key) const;
    // Keys of the countries painted, in painting order (the hub last); each is one path,
    // filled and outlined, and so one group in SVG output.
    QStringList paintedCountries() const;

    // Paints the part of the output inside `exposed` (output pixels; null = all of it) in
    // output coordinates: to paint a band, translate the painter by -band.topLeft() first.
    // progress(0..1) returning false stops painting and makes paint() return false.
    bool paint(QPainter *painter, const QRect &exposed = QRect(),
               const std::function<bool(double)> &progress = {}) const;

private:
    struct Shape {
        int country = -1; // boundary index
        QString key;
        QPainterPath path; // output pixels, every visible world copy
        QRectF bounds;
        QColor fill;
        bool hub = false;
    };
    struct Text {
        QString text;
        QPointF anchor;    // baseline start
        QRectF box;
        QFont font;
        QColor color;
        QPainterPath halo; // outline around the text, filled
        QColor haloColor;
    };

    LegendCard card(const QDate &date) const; // the composed map's card for a date
    void setCard(const LegendCard &card);     // with the caption laid out around it
    void buildShapes(const QString &hubKey);
    void placeOverlays();
    void layoutTexts();
    void addText(const QString &text, const QPointF &anchor, const QFont &font, const QColor &color, const QColor &halo);
    void paintOverlays(QPainter *painter, const QRectF &area) const;

    const BoundarySet *m_boundaries;
    const RelationTimeline *m_timeline;
    const HubProfile *m_hub;
    QSize m_size;
    Options m_options;
    MapStyle m_style;
    double m_unit = 1;
    MapCamera m_camera;
    QVector<Shape> m_shapes; // the hub last
    QPainterPath m_graticule;
    QVector<QRgb> m_fills;   // per boundary country
    QVector<Tier> m_tiers;   // per boundary country, at the date; empty before the first frame
    QVector<QRgb> m_settled; // the fills of m_tiers
    Overlays m_overlays;
    QVector<Text> m_texts;   // every text of the overlays, laid out once
    LegendCard m_card;
    StoryCaption m_caption;
    HistorySeries m_history; // the whole history, for the chart (empty without one)
};
