#include "maprenderer.h"

#include "simplify.h"
#include "textformat.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

QString MapRenderer::defaultTitle(const QDate &date, const QString &language, const HubProfile &hub)
{
    return QStringLiteral("%1 — %2").arg(hub.title(language), textformat::date(date, language));
}

MapRenderer::MapRenderer(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub,
                         const QSize &size, const Options &options)
    : m_boundaries(&boundaries), m_timeline(&timeline), m_hub(&hub), m_size(size), m_options(options),
      m_style(MapStyle::forTheme(options.theme, hub)), m_unit(MapStyle::unitFor(size)),
      m_camera(options.camera.size == QSizeF(size) ? options.camera : MapCamera::fitting(options.lonLatBox, size))
{
    buildShapes(hub.key);
    if (options.chart && !options.bare) {
        const auto range = historyRange(timeline.firstDate(), timeline.lastDate(), hub.periodFrom, hub.periodTo, hub.historyStart);
        m_history = HistorySeries::sample(timeline, range.first, range.second);
    }
    setFrame(options.date, options.fills);
    if (!options.bare) {
        setCard(card(options.date));
        placeOverlays();
    }
}

LegendCard MapRenderer::card(const QDate &date) const
{
    const TierCounts counts = m_timeline->countsAt(date);
    return LegendCard(m_options.title.isEmpty() ? defaultTitle(date, m_options.language, *m_hub) : m_options.title, counts,
                      *m_hub, m_options.language, m_style, m_unit, m_size,
                      m_history.isEmpty() ? HistoryChart() : HistoryChart(m_history, date, counts, m_options.language, m_style, m_unit));
}

void MapRenderer::setCard(const LegendCard &card)
{
    const bool moved = card.boxes() != m_card.boxes() || m_caption.isEmpty();
    m_card = card;
    if (moved && !(m_options.caption.isEmpty() && m_options.counter.isEmpty()))
        m_caption = StoryCaption(m_options.caption, m_options.counter, m_style, m_unit, m_size, m_card.boxes());
}

QRect MapRenderer::setFrame(const QDate &date, const QVector<QRgb> &fills)
{
    const BoundarySet &boundaries = *m_boundaries;
    const QRect all(QPoint(0, 0), m_size);
    QVector<Tier> tiers(boundaries.countries.size());
    for (int i = 0; i < tiers.size(); ++i)
        tiers[i] = m_timeline->tierAt(boundaries.countries[i].key, date);
    const bool first = m_tiers.isEmpty();
    const bool sameTiers = tiers == m_tiers;
    if (!sameTiers || m_settled.isEmpty())
        m_settled = countrycolors::fills(boundaries, tiers, m_style);
    const QVector<QRgb> previous = m_fills;
    m_fills = fills.size() == m_settled.size() ? fills : m_settled;

    // What changes: the countries whose fill changed (with their borders, the hub's glow and
    // their dots), the card when the date changes, everything when the labels move.
    QRectF changed;
    const double margin = MapStyle::kHubOutlineWidth * 3 * m_unit + 2;
    for (Shape &shape : m_shapes) {
        shape.fill = QColor::fromRgba(m_fills[shape.country]);
        if (!first && previous[shape.country] != m_fills[shape.country])
            changed |= shape.bounds.adjusted(-margin, -margin, margin, margin);
    }
    for (const PlacedDot &d : qAsConst(m_overlays.dots))
        if (!first && previous[d.country] != m_fills[d.country])
            changed |= QRectF(d.at, d.at).adjusted(-d.diameter - 2, -d.diameter - 2, d.diameter + 2, d.diameter + 2);
    const bool sameDate = date == m_options.date && !first;
    m_options.date = date;
    m_tiers = tiers;
    if (first)
        return all;
    if (m_options.bare || (sameDate && sameTiers))
        return changed.toAlignedRect() & all;
    const QVector<QRectF> boxes = m_card.boxes();
    setCard(card(date));
    if (sameTiers && boxes == m_card.boxes()) {
        for (const QRectF &box : boxes)
            changed |= box.adjusted(-2, -2, 2, 2);
        return changed.toAlignedRect() & all;
    }
    placeOverlays();
    return all;
}

void MapRenderer::placeOverlays()
{
    // Labels are placed (and their colours read) against the settled colours of the date.
    OverlayInput in;
    in.boundaries = m_boundaries;
    in.tiers = m_tiers;
    in.fills = m_settled;
    in.hubKey = m_hub->key;
    in.hubName = m_hub->name(m_options.language);
    in.language = m_options.language;
    in.style = m_style;
    in.camera = m_camera;
    in.unit = m_unit;
    in.labels = m_options.labels;
    in.reserved = m_card.boxes();
    if (!m_caption.isEmpty())
        in.reserved << m_caption.box();
    m_overlays = overlays::place(in);
    m_texts.clear();
    layoutTexts();
}

QColor MapRenderer::fillColor(const QString &key) const
{
    for (const Shape &s : m_shapes)
        if (s.key == key)
            return s.fill;
    return {};
}

QStringList MapRenderer::paintedCountries() const
{
    QStringList keys;
    for (const Shape &s : m_shapes)
        keys << s.key;
    return keys;
}

void MapRenderer::buildShapes(const QString &hubKey)
{
    const BoundarySet &boundaries = *m_boundaries;
    const QTransform t = m_camera.transform();
    const QRectF view = m_camera.view();
    const double tol = m_options.tolerancePx;
    const double tol2 = tol * tol;
    const double tolerance = geo::detailTolerances()[geo::detailLevelFor(m_camera.pixelsPerUnit, std::max(tol, 1e-9))];
    const QRectF output(QPointF(0, 0), QSizeF(m_size));

    Shape hubShape;
    for (int c = 0; c < boundaries.countries.size(); ++c) {
        const Country &country = boundaries.countries[c];
        if (!country.bounds.intersects(view) && !country.bounds.translated(-1, 0).intersects(view)
            && !country.bounds.translated(1, 0).intersects(view))
            continue;
        Shape shape;
        shape.country = c;
        shape.key = country.key;
        shape.hub = country.key == hubKey;
        const QVector<geo::Polygon> polygons = geo::simplify(country.polygons, tolerance);
        for (const double shift : {0.0, -1.0, 1.0}) {
            for (const geo::Polygon &polygon : polygons) {
                if (!geo::polygonBounds(polygon).translated(shift, 0).intersects(view))
                    continue;
                for (const geo::Ring &ring : polygon.rings) {
                    // Points closer than the tolerance to the last one kept are dropped.
                    const int n = ring.size();
                    QPointF last = t.map(ring[0] + QPointF(shift, 0));
                    shape.path.moveTo(last);
                    int kept = 1;
                    for (int i = 1; i < n; ++i) {
                        const QPointF q = t.map(ring[i] + QPointF(shift, 0));
                        const double dx = q.x() - last.x(), dy = q.y() - last.y();
                        if (dx * dx + dy * dy < tol2 && !(i == n - 1 && kept < 3))
                            continue;
                        shape.path.lineTo(q);
                        last = q;
                        ++kept;
                    }
                    shape.path.closeSubpath();
                }
            }
        }
        if (shape.path.isEmpty())
            continue;
        shape.bounds = shape.path.controlPointRect();
        if (!shape.bounds.intersects(output))
            continue;
        if (shape.hub)
            hubShape = shape;
        else
            m_shapes << shape;
    }
    if (!hubShape.path.isEmpty())
        m_shapes << hubShape; // the hub is drawn last, its outline over its neighbours' borders

    // Graticule, as straight lines in Web Mercator.
    const double step = MapStyle::kGraticuleStepDegrees;
    const QPointF tl = geo::lonLatFromMercator(view.topLeft());
    const QPointF br = geo::lonLatFromMercator(view.bottomRight());
    for (double lon = std::ceil(tl.x() / step) * step; lon <= br.x(); lon += step) {
        const double x = t.map(geo::mercatorFromLonLat(lon, 0)).x();
        m_graticule.moveTo(x, 0);
        m_graticule.lineTo(x, m_size.height());
    }
    for (double lat = -2 * step; lat <= 2 * step; lat += step) {
        const double y = t.map(geo::mercatorFromLonLat(0, lat)).y();
        if (y < 0 || y > m_size.height())
            continue;
        m_graticule.moveTo(0, y);
        m_graticule.lineTo(m_size.width(), y);
    }
}

// The outline around a text, filled in the halo colour under it (computed once: stroking text
// with a wide pen for every band of a large PNG would cost more than the whole map).
void MapRenderer::addText(const QString &text, const QPointF &anchor, const QFont &font, const QColor &color, const QColor &halo)
{
    Text t{text, anchor, QRectF(), font, color, QPainterPath(), halo};
    const QFontMetricsF fm(font);
    t.box = QRectF(anchor.x(), anchor.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height());
    if (halo.isValid()) {
        QPainterPath glyphs;
        glyphs.addText(anchor, font, text);
        QPainterPathStroker stroker;
        stroker.setWidth(MapStyle::kHaloWidth * m_unit);
        stroker.setJoinStyle(Qt::RoundJoin);
        stroker.setCapStyle(Qt::RoundCap);
        t.halo = stroker.createStroke(glyphs);
        t.halo.setFillRule(Qt::WindingFill);
    }
    m_texts << t;
}

void MapRenderer::layoutTexts()
{
    const double u = m_unit;
    for (const PlacedLandmark &l : m_overlays.landmarks) {
        const QFont nameFont = MapStyle::font(MapStyle::kLandmarkPx * u, true), ownerFont = MapStyle::font(MapStyle::kLandmarkOwnerPx * u);
        const QFontMetricsF nm(nameFont), om(ownerFont);
        addText(l.name, l.textBox.topLeft() + QPointF(0, nm.ascent()), nameFont, m_style.text, m_style.textHalo);
        addText(l.owner, l.textBox.topLeft() + QPointF(0, nm.height() + om.ascent()), ownerFont, m_style.text, m_style.textHalo);
    }
    for (const PlacedLabel &l : m_overlays.labels) {
        const QFont font = MapStyle::font(l.pixelSize, l.bold);
        const QFontMetricsF fm(font);
        if (l.hub) {
            QFont spaced = font;
            spaced.setLetterSpacing(QFont::AbsoluteSpacing, MapStyle::kHubLetterSpacing * u);
            const QFontMetricsF sm(spaced);
            const QPointF anchor(l.box.center().x() - sm.horizontalAdvance(l.text) / 2, l.box.center().y() - sm.height() / 2 + sm.ascent());
            addText(l.text, anchor, spaced, l.color, QColor());
            continue;
        }
        addText(l.text, QPointF(l.box.left(), l.box.top() + fm.ascent()), font, l.color, l.halo);
    }
}

bool MapRenderer::paint(QPainter *painter, const QRect &exposed, const std::function<bool(double)> &progress) const
{
    const QRectF area = exposed.isNull() ? QRectF(QPointF(0, 0), QSizeF(m_size)) : QRectF(exposed);
    const double k = m_unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(area, m_style.ocean);

    painter->setPen(QPen(m_style.graticule, MapStyle::kGraticuleWidth * k));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_graticule);

    // Borders. Vector devices get real strokes. Qt's raster engine strokes lines wider than a
    // pixel with its general stroker, which costs ten times the fills on the 10m borders; there,
    // a wide border is composed of one-pixel antialiased strokes (Qt's fast cosmetic path)
    // offset across its width, which looks the same and has round joins for free.
    const double borderWidth = MapStyle::kBorderWidth * k;
    const bool composeBorders = painter->paintEngine()->type() == QPaintEngine::Raster && borderWidth > 1.0;
    QVector<QPointF> offsets;
    if (composeBorders) {
        const double d = (borderWidth - 1) / 2;
        const int rings = int(std::ceil(d / 0.7)); // passes at most 0.7 px apart
        for (int j = 1; j <= rings; ++j) {
            const double r = d * j / rings;
            offsets << QPointF(-r, 0) << QPointF(r, 0) << QPointF(0, -r) << QPointF(0, r);
            if (r > 1) {
                const double q = r / M_SQRT2;
                offsets << QPointF(-q, -q) << QPointF(q, -q) << QPointF(-q, q) << QPointF(q, q);
            }
        }
    }
    QPen thin(m_style.border, 1.0);
    thin.setCosmetic(true);
    const QPen border(m_style.border, borderWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen hubPen(m_style.hubOutline, MapStyle::kHubOutlineWidth * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const double margin = MapStyle::kHubOutlineWidth * 2 * k + 1;
    for (int i = 0; i < m_shapes.size(); ++i) {
        const Shape &shape = m_shapes[i];
        if (progress && i % 16 == 0 && !progress(double(i) / m_shapes.size())) {
            painter->restore();
            return false;
        }
        if (!shape.bounds.adjusted(-margin, -margin, margin, margin).intersects(area))
            continue;
        if (shape.hub) { // a soft glow under its outline
            QColor glow = m_style.hubOutline;
            glow.setAlphaF(0.3);
            painter->setPen(QPen(glow, MapStyle::kHubOutlineWidth * 3 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape.path);
        }
        // A fresh brush per country: a vector device starts a new group for each.
        painter->setBrush(QBrush(shape.fill));
        if (shape.hub || !composeBorders) {
            painter->setPen(shape.hub ? hubPen : border);
            painter->drawPath(shape.path);
            continue;
        }
        painter->setPen(Qt::NoPen);
        painter->drawPath(shape.path);
        painter->setPen(thin);
        painter->setBrush(Qt::NoBrush);
        for (const QPointF &offset : qAsConst(offsets)) {
            painter->translate(offset);
            painter->drawPath(shape.path);
            painter->translate(-offset);
        }
    }

    if (!m_options.bare) {
        paintOverlays(painter, area);
        m_card.paint(painter, area);
        m_caption.paint(painter, area);
    }
    painter->restore();
    return !progress || progress(1.0);
}

void MapRenderer::paintOverlays(QPainter *painter, const QRectF &area) const
{
    const double u = m_unit;
    // Dots of tiny states, as on screen: a partner's larger, with a halo-coloured ring.
    for (const PlacedDot &d : m_overlays.dots) {
        const double r = d.diameter / 2;
        if (!area.intersects(QRectF(d.at - QPointF(r + u, r + u), QSizeF(2, 2) * (r + u))))
            continue;
        const QColor fill = QColor::fromRgba(m_fills[d.country]);
        painter->setPen(QPen(d.partner ? m_style.textHalo : fill.darker(m_style.isDark() ? 70 : 130), d.borderWidth));
        painter->setBrush(fill);
        painter->drawEllipse(d.at, r - d.borderWidth / 2, r - d.borderWidth / 2);
    }
    // Landmarks: a diamond in the hub's colours.
    for (const PlacedLandmark &l : m_overlays.landmarks) {
        const double h = MapStyle::kLandmarkMarker * u / 2 * M_SQRT2;
        QPainterPath diamond;
        diamond.moveTo(l.at + QPointF(0, -h));
        diamond.lineTo(l.at + QPointF(h, 0));
        diamond.lineTo(l.at + QPointF(0, h));
        diamond.lineTo(l.at + QPointF(-h, 0));
        diamond.closeSubpath();
        painter->setPen(QPen(m_style.hubOutline, 1.5 * u));
        painter->setBrush(m_style.hub);
        painter->drawPath(diamond);
    }
    // The hub's badge: a line from its label point to a pill in its colours.
    for (const PlacedLabel &l : m_overlays.labels) {
        if (!l.hub)
            continue;
        const QPointF at = l.box.bottomLeft() + QPointF(-MapStyle::kHubOffset * u, MapStyle::kHubOffset * u);
        painter->setPen(QPen(m_style.hubOutline, 2 * u, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(at, l.box.bottomLeft());
        painter->setPen(QPen(m_style.hubOutline, 2 * u));
        painter->setBrush(m_style.hub);
        painter->drawRoundedRect(l.box.adjusted(u, u, -u, -u), l.box.height() / 2, l.box.height() / 2);
    }
    // Texts: a halo (a stroked outline of the text), then the text itself.
    for (const Text &t : m_texts) {
        if (!area.intersects(t.box.adjusted(-3 * u, -3 * u, 3 * u, 3 * u)))
            continue;
        if (!t.halo.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(t.haloColor);
            painter->drawPath(t.halo);
        }
        painter->setPen(t.color);
        painter->setFont(t.font);
        painter->drawText(t.anchor, t.text);
    }
}
