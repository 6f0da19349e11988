#pragma once
// Paints the composed map (ocean, graticule, countries by tier, borders, Vietnam and its
// archipelagos, tiny-state markers, labels, title, legend, caption) with QPainter onto any
// paint device: a QImage for PNG, QSvgGenerator for SVG, QPdfWriter for PDF. No OpenGL and
// no display: it runs under QT_QPA_PLATFORM=offscreen (text needs a QGuiApplication).
//
// View: the lon/lat box's Web Mercator rectangle is scaled uniformly to fit the output and
// centred; when the aspect ratios differ, the shorter axis is extended symmetrically, so the
// whole box is always visible and touches two opposite edges (see docs/EXPORT.md).
//
// A MapRenderer is built for one output size and one set of options: it projects, thins
// (to a fraction of a pixel) and lays out everything once, after which paint() may be called
// any number of times, for the whole output or for bands of it, from any one thread at a time.
#include "boundaryset.h"
#include "mapstyle.h"
#include "relationtimeline.h"

#include <QDate>
#include <QPainterPath>
#include <QSize>
#include <QTransform>

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
        bool labels = true; // names of partners (CP and above) where they fit
        QString title;      // empty = the default title for the date and language
        // Geometry is thinned to this many output pixels (0 keeps every vertex).
        double tolerancePx = 0.5;
    };

    MapRenderer(const BoundarySet &boundaries, const RelationTimeline &timeline, const QSize &size,
                const Options &options);

    // The Web Mercator rectangle that fills an output of `size` for `lonLatBox` (see above).
    static QRectF mercatorView(const QRectF &lonLatBox, const QSizeF &size);
    // Maps unit Web Mercator to output pixels; the same transform paint() uses.
    static QTransform viewTransform(const QRectF &lonLatBox, const QSizeF &size);
    // The "world" region's box, used when Options::lonLatBox is null.
    static QRectF worldBox();
    static QString defaultTitle(const QDate &date, const QString &language);

    QTransform transform() const { return m_transform; }
    QSize size() const { return m_size; }
    const MapStyle &style() const { return m_style; }
    // Colour a country is filled with (its tier's, a dependency's lighter shade, Vietnam's).
    QColor fillColor(const QString &key) const;
    // Keys of the countries painted, in painting order (Vietnam last); each is one path,
    // filled and outlined, and so one group in SVG output.
    QStringList paintedCountries() const;

    // Paints the part of the output inside `exposed` (output pixels; null = all of it) in
    // output coordinates: to paint a band, translate the painter by -band.topLeft() first.
    // progress(0..1) returning false stops painting and makes paint() return false.
    bool paint(QPainter *painter, const QRect &exposed = QRect(),
               const std::function<bool(double)> &progress = {}) const;

private:
    struct Shape {
        QString key;
        QPainterPath path; // output pixels, every visible world copy
        QRectF bounds;
        QColor fill;
        bool vietnam = false;
    };
    struct Marker {
        QPointF position;
        QColor fill;
        double radius;
    };
    struct Label {
        QString text;
        QPointF anchor;   // baseline start
        QRectF box;       // for collisions
        QPainterPath halo; // outline around the text, filled
        bool landmark = false;
    };

    void buildShapes(const BoundarySet &boundaries, const RelationTimeline &timeline);
    void layoutOverlays(const BoundarySet &boundaries, const RelationTimeline &timeline);
    void paintOverlays(QPainter *painter, const QRectF &area) const;
    QPainterPath haloFor(const QPointF &anchor, const QFont &font, const QString &text) const;
    QFont font(double px, bool bold = false) const;
    QString tr(const QString &vi, const QString &en) const;

    QSize m_size;
    Options m_options;
    MapStyle m_style;
    double m_scale = 1;   // MapStyle::scaleFor(height)
    QTransform m_transform;
    QRectF m_view;        // visible Web Mercator rectangle
    QVector<Shape> m_shapes; // Vietnam last
    QVector<Marker> m_markers;
    QVector<Label> m_labels;
    QVector<QPointF> m_landmarkDots;
    QPainterPath m_graticule;

    // Title, legend and caption, laid out once.
    struct LegendRow {
        QColor color;
        QColor outline;
        QString text;
    };
    QRectF m_titleBox;
    QString m_title;
    QString m_subtitle;
    QRectF m_legendBox;
    QString m_legendHeading;
    QVector<LegendRow> m_legendRows;
    QRectF m_captionBox;
    QString m_caption;
};
