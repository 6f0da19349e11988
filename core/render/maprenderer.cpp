#include "maprenderer.h"

#include "regions.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kGraticuleStepDeg = 30;
// A state whose outline covers less than this many pixels at 1080p gets a marker.
constexpr double kTinyAreaPx = 20;
constexpr double kMarkerRadiusPx = 3.2;
constexpr double kMarginPx = 16;

bool isState(const Country &c) { return c.kind == CountryKind::UnMember || c.kind == CountryKind::State; }

} // namespace

QRectF MapRenderer::worldBox()
{
    const Region *world = Regions::find(QStringLiteral("world"));
    return world ? world->lonLatBox : QRectF(QPointF(-180, -85), QPointF(180, 85));
}

QRectF MapRenderer::mercatorView(const QRectF &lonLatBox, const QSizeF &size)
{
    const QRectF box = lonLatBox.isNull() ? worldBox() : lonLatBox;
    const QPointF a = geo::mercatorFromLonLat(box.left(), box.bottom()); // min lon, max lat
    const QPointF b = geo::mercatorFromLonLat(box.right(), box.top());   // max lon, min lat
    const QRectF r = QRectF(a, b).normalized();
    if (r.width() <= 0 || r.height() <= 0 || size.isEmpty())
        return r;
    const double scale = std::min(size.width() / r.width(), size.height() / r.height());
    const QSizeF extent(size.width() / scale, size.height() / scale);
    return QRectF(r.center() - QPointF(extent.width() / 2, extent.height() / 2), extent);
}

QTransform MapRenderer::viewTransform(const QRectF &lonLatBox, const QSizeF &size)
{
    const QRectF view = mercatorView(lonLatBox, size);
    if (view.width() <= 0)
        return {};
    const double s = size.width() / view.width();
    return QTransform(s, 0, 0, s, -view.left() * s, -view.top() * s);
}

QString MapRenderer::defaultTitle(const QDate &date, const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("Vietnam's partnerships — %1").arg(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")));
    return QStringLiteral("Quan hệ đối tác của Việt Nam — %1").arg(date.toString(QStringLiteral("dd/MM/yyyy")));
}

MapRenderer::MapRenderer(const BoundarySet &boundaries, const RelationTimeline &timeline, const QSize &size,
                         const Options &options)
    : m_size(size), m_options(options), m_style(MapStyle::forTheme(options.theme)),
      m_scale(MapStyle::scaleFor(size.height()))
{
    // Text and marks scale with the shorter side so that a portrait page looks like a landscape one.
    m_scale = MapStyle::scaleFor(std::min(size.height(), size.width() * 9 / 16));
    m_view = mercatorView(options.lonLatBox, size);
    m_transform = viewTransform(options.lonLatBox, size);
    buildShapes(boundaries, timeline);
    layoutOverlays(boundaries, timeline);
}

QString MapRenderer::tr(const QString &vi, const QString &en) const
{
    return m_options.language == QLatin1String("en") ? en : vi;
}

QFont MapRenderer::font(double px, bool bold) const
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every size and on every device
    return f;
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

void MapRenderer::buildShapes(const BoundarySet &boundaries, const RelationTimeline &timeline)
{
    const double s = m_transform.m11();
    const double dx = m_transform.dx(), dy = m_transform.dy();
    const double tol = m_options.tolerancePx;
    const double tol2 = tol * tol;
    const QRectF output(QPointF(0, 0), QSizeF(m_size));

    Shape vietnam;
    for (const Country &c : boundaries.countries) {
        Shape shape;
        shape.key = c.key;
        shape.vietnam = c.key == QLatin1String(RelationTimeline::kVietnam);
        const Tier tier = timeline.tierAt(c.key, m_options.date);
        shape.fill = shape.vietnam ? m_style.vietnam
                     : c.kind == CountryKind::Dependency ? m_style.dependencyColor(tier)
                                                         : m_style.tierColor(tier);
        int points = 0;
        for (const geo::Polygon &p : c.polygons)
            for (const geo::Ring &r : p.rings)
                points += r.size() + 1;
        for (const double shift : {0.0, -1.0, 1.0}) {
            const QRectF copy = c.bounds.translated(shift, 0);
            if (!copy.intersects(m_view))
                continue;
            shape.path.reserve(shape.path.elementCount() + points);
            for (const geo::Polygon &polygon : c.polygons) {
                const QRectF pb = geo::polygonBounds(polygon).translated(shift, 0);
                if (!pb.intersects(m_view))
                    continue;
                for (const geo::Ring &ring : polygon.rings) {
                    const int n = ring.size();
                    if (n < 3)
                        continue;
                    // Rings under 1.5 tolerances across vanish (tiny states get a marker); the
                    // rest is thinned to `tol` pixels.
                    const QRectF rb = ring.boundingRect();
                    if (rb.width() * s < 1.5 * tol && rb.height() * s < 1.5 * tol)
                        continue;
                    const QPointF first((ring[0].x() + shift) * s + dx, ring[0].y() * s + dy);
                    shape.path.moveTo(first);
                    QPointF last = first;
                    int kept = 1;
                    for (int i = 1; i < n; ++i) {
                        const QPointF q((ring[i].x() + shift) * s + dx, ring[i].y() * s + dy);
                        const double ddx = q.x() - last.x(), ddy = q.y() - last.y();
                        if (ddx * ddx + ddy * ddy < tol2 && !(i == n - 1 && kept < 3))
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
        if (shape.vietnam)
            vietnam = shape;
        else
            m_shapes << shape;
    }
    if (!vietnam.path.isEmpty())
        m_shapes << vietnam; // the hub is drawn last, its outline over its neighbours' borders

    // Graticule every 30°, as straight lines in Web Mercator.
    const QPointF tl = geo::lonLatFromMercator(m_view.topLeft());
    const QPointF br = geo::lonLatFromMercator(m_view.bottomRight());
    for (double lon = std::ceil(tl.x() / kGraticuleStepDeg) * kGraticuleStepDeg; lon <= br.x(); lon += kGraticuleStepDeg) {
        const double x = geo::mercatorFromLonLat(lon, 0).x() * s + dx;
        m_graticule.moveTo(x, 0);
        m_graticule.lineTo(x, m_size.height());
    }
    for (double lat = -60; lat <= 60; lat += kGraticuleStepDeg) {
        const double y = geo::mercatorFromLonLat(0, lat).y() * s + dy;
        if (y < 0 || y > m_size.height())
            continue;
        m_graticule.moveTo(0, y);
        m_graticule.lineTo(m_size.width(), y);
    }
}

// The outline around a text, filled in the halo colour under it (computed once: stroking text
// with a wide pen for every band of a large PNG would cost more than the whole map).
QPainterPath MapRenderer::haloFor(const QPointF &anchor, const QFont &font, const QString &text) const
{
    QPainterPath glyphs;
    glyphs.addText(anchor, font, text);
    QPainterPathStroker stroker;
    stroker.setWidth(3.0 * m_scale);
    stroker.setJoinStyle(Qt::RoundJoin);
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath halo = stroker.createStroke(glyphs);
    halo.setFillRule(Qt::WindingFill);
    return halo;
}

void MapRenderer::layoutOverlays(const BoundarySet &boundaries, const RelationTimeline &timeline)
{
    if (m_options.bare)
        return;
    const double k = m_scale;
    const double s = m_transform.m11();
    const QRectF output(QPointF(0, 0), QSizeF(m_size));
    const bool en = m_options.language == QLatin1String("en");
    QVector<QRectF> taken; // areas labels must keep clear of

    // The card: title, date, legend (bottom left); the caption (bottom right).
    {
        const QFont titleFont = font(m_style.titlePointSize * 0.8 * k, true);
        const QFont rowFont = font(m_style.labelPointSize * k);
        const QFont smallFont = font(m_style.labelPointSize * 0.8 * k);
        const QFontMetricsF tm(titleFont), rm(rowFont), sm(smallFont);
        const QString title = m_options.title.isEmpty() ? defaultTitle(m_options.date, m_options.language) : m_options.title;
        // The default title breaks after the dash: the name on one line, the date below.
        const int dash = title.indexOf(QStringLiteral(" — "));
        m_title = dash > 0 ? title.left(dash) : title;
        m_subtitle = dash > 0 ? title.mid(dash + 3) : QString();

        const TierCounts counts = timeline.countsAt(m_options.date);
        m_legendRows.clear();
        m_legendRows << LegendRow{m_style.vietnam, m_style.vietnamOutline, tr(QStringLiteral("Việt Nam"), QStringLiteral("Vietnam"))};
        for (const Tier t : {Tier::Special, Tier::CSP, Tier::SP, Tier::CP, Tier::Relations, Tier::None}) {
            m_legendRows << LegendRow{m_style.tierColor(t), QColor(),
                                      QStringLiteral("%1\t%2").arg(en ? tierNameEn(t) : tierNameVi(t)).arg(counts.perTier.value(t))};
        }
        m_legendHeading = tr(QStringLiteral("%1 đối tác (từ Đối tác toàn diện trở lên)"),
                             QStringLiteral("%1 partners (Comprehensive Partnership and above)"))
                              .arg(counts.partners);

        const double pad = 12 * k;
        const double rowH = rm.height() * 1.25;
        double width = std::max({tm.horizontalAdvance(m_title), tm.horizontalAdvance(m_subtitle), sm.horizontalAdvance(m_legendHeading)});
        double rowsWidth = 0;
        for (const LegendRow &r : m_legendRows) {
            const QStringList parts = r.text.split(QLatin1Char('\t'));
            rowsWidth = std::max(rowsWidth, rm.horizontalAdvance(parts.value(0)) + rm.horizontalAdvance(QStringLiteral("0000")));
        }
        width = std::max(width, rowsWidth + rowH * 1.4);
        const double height = pad + tm.height() * (m_subtitle.isEmpty() ? 1 : 2) + pad * 0.5 + sm.height() * 1.3
                              + rowH * m_legendRows.size() + sm.height() * 1.2 + pad;
        m_legendBox = QRectF(kMarginPx * k, m_size.height() - kMarginPx * k - height, width + 2 * pad, height);

        m_caption = tr(QStringLiteral("Nguồn: Natural Earth; dữ liệu diplomap (geodata/relations.csv)"),
                       QStringLiteral("Source: Natural Earth; diplomap data (geodata/relations.csv)"));
        const QFont captionFont = font(m_style.labelPointSize * 0.7 * k);
        const QFontMetricsF cm(captionFont);
        const QSizeF cs(cm.horizontalAdvance(m_caption) + pad, cm.height() + pad * 0.5);
        m_captionBox = QRectF(QPointF(m_size.width() - kMarginPx * k - cs.width(), m_size.height() - kMarginPx * k - cs.height()), cs);
        taken << m_legendBox << m_captionBox;
    }

    // Vietnam's archipelagos: a dot and the name.
    const QFont landmarkFont = font(m_style.labelPointSize * 0.8 * k, true);
    const QFontMetricsF lm(landmarkFont);
    for (const Landmark &l : boundaries.landmarks) {
        for (const double shift : {0.0, -1.0, 1.0}) {
            const QPointF p = m_transform.map(l.position + QPointF(shift, 0));
            if (!output.contains(p))
                continue;
            m_landmarkDots << p;
            Label label;
            label.text = en ? l.nameEn : l.nameVi;
            label.landmark = true;
            const double w = lm.horizontalAdvance(label.text);
            label.anchor = p + QPointF(kMarkerRadiusPx * k * 2, lm.ascent() * 0.35);
            label.box = QRectF(label.anchor.x(), label.anchor.y() - lm.ascent(), w, lm.height());
            if (label.box.right() > m_size.width()) { // no room on the right: write it on the left
                label.anchor.rx() = p.x() - kMarkerRadiusPx * k * 2 - w;
                label.box.moveLeft(label.anchor.x());
            }
            label.halo = haloFor(label.anchor, landmarkFont, label.text);
            taken << label.box << QRectF(p - QPointF(4, 4) * k, QSizeF(8, 8) * k);
            m_labels << label;
        }
    }

    // States too small to see: a dot in their colour at their label point.
    const double tinyArea = kTinyAreaPx * k * k;
    for (const Country &c : boundaries.countries) {
        if (!isState(c) || c.area() * s * s >= tinyArea)
            continue;
        for (const double shift : {0.0, -1.0, 1.0}) {
            const QPointF p = m_transform.map(c.label + QPointF(shift, 0));
            if (!output.contains(p))
                continue;
            const Tier tier = timeline.tierAt(c.key, m_options.date);
            m_markers << Marker{p, c.key == QLatin1String(RelationTimeline::kVietnam) ? m_style.vietnam : m_style.tierColor(tier),
                                kMarkerRadiusPx * k};
        }
    }

    // Names of partners, biggest first, where the name fits inside the country and clear of the rest.
    if (!m_options.labels)
        return;
    const QFont labelFont = font(m_style.labelPointSize * 0.8 * k);
    const QFontMetricsF fm(labelFont);
    const Shape *vietnam = m_shapes.isEmpty() || !m_shapes.last().vietnam ? nullptr : &m_shapes.last();
    QVector<const Country *> partners;
    for (const Country &c : boundaries.countries) {
        const Tier tier = timeline.tierAt(c.key, m_options.date);
        if (isState(c) && (tier >= Tier::CP && tier <= Tier::Special))
            partners << &c;
    }
    std::sort(partners.begin(), partners.end(), [](const Country *a, const Country *b) { return a->area() > b->area(); });
    for (const Country *c : partners) {
        // The polygon holding the label point bounds the room for the name.
        QRectF room;
        const geo::Polygon *main = nullptr;
        for (const geo::Polygon &p : c->polygons) {
            if (geo::polygonBounds(p).contains(c->label) && geo::polygonContains(p, c->label)) {
                room = geo::polygonBounds(p);
                main = &p;
            }
        }
        if (!main)
            continue;
        const QTransform toMercator = m_transform.inverted();
        for (const double shift : {0.0, -1.0, 1.0}) {
            const QRectF screenRoom = m_transform.mapRect(room.translated(shift, 0));
            const QPointF p = m_transform.map(c->label + QPointF(shift, 0));
            if (!output.contains(p))
                continue;
            const QString text = en ? c->nameEn : c->nameVi;
            const double w = fm.horizontalAdvance(text);
            if (w > screenRoom.width() * 0.9 || fm.height() > screenRoom.height() * 0.6)
                continue;
            Label label;
            label.text = text;
            label.anchor = p + QPointF(-w / 2, fm.ascent() - fm.height() / 2);
            label.box = QRectF(label.anchor.x(), label.anchor.y() - fm.ascent(), w, fm.height());
            if (!output.contains(label.box))
                continue;
            // The name stays (mostly) inside its country: both ends and the middle of both sides.
            const QRectF b = label.box.adjusted(w * 0.08, fm.height() * 0.2, -w * 0.08, -fm.height() * 0.2);
            bool inside = true;
            for (const QPointF &q : {QPointF(b.left(), b.center().y()), QPointF(b.right(), b.center().y()),
                                     QPointF(b.center().x(), b.top()), QPointF(b.center().x(), b.bottom())})
                inside = inside && geo::polygonContains(*main, toMercator.map(q) - QPointF(shift, 0));
            if (!inside)
                continue;
            if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(label.box); })
                || (vietnam && vietnam->path.intersects(label.box.adjusted(-2 * k, -2 * k, 2 * k, 2 * k))))
                continue;
            label.halo = haloFor(label.anchor, labelFont, text);
            taken << label.box;
            m_labels << label;
        }
    }
}

bool MapRenderer::paint(QPainter *painter, const QRect &exposed, const std::function<bool(double)> &progress) const
{
    const QRectF area = exposed.isNull() ? QRectF(QPointF(0, 0), QSizeF(m_size)) : QRectF(exposed);
    const double k = m_scale;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(area, m_style.ocean);

    painter->setPen(QPen(m_style.graticule, 0.6 * k));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_graticule);

    // Borders. Vector devices get real strokes. Qt's raster engine strokes lines wider than a
    // pixel with its general stroker, which costs ten times the fills on the 10m borders; there,
    // a wide border is composed of one-pixel antialiased strokes (Qt's fast cosmetic path)
    // offset across its width, which looks the same and has round joins for free.
    const double borderWidth = m_style.borderWidth * k;
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
    const QPen vietnamPen(m_style.vietnamOutline, m_style.vietnamOutlineWidth * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const double margin = m_style.vietnamOutlineWidth * 2 * k + 1;
    for (int i = 0; i < m_shapes.size(); ++i) {
        const Shape &shape = m_shapes[i];
        if (progress && i % 16 == 0 && !progress(double(i) / m_shapes.size())) {
            painter->restore();
            return false;
        }
        if (!shape.bounds.adjusted(-margin, -margin, margin, margin).intersects(area))
            continue;
        if (shape.vietnam) { // the hub: a soft glow under its outline
            QColor glow = m_style.vietnamOutline;
            glow.setAlphaF(0.3);
            painter->setPen(QPen(glow, m_style.vietnamOutlineWidth * 3 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape.path);
        }
        // A fresh brush per country: a vector device starts a new group for each.
        painter->setBrush(QBrush(shape.fill));
        if (shape.vietnam || !composeBorders) {
            painter->setPen(shape.vietnam ? vietnamPen : border);
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

    if (!m_options.bare)
        paintOverlays(painter, area);
    painter->restore();
    return !progress || progress(1.0);
}

void MapRenderer::paintOverlays(QPainter *painter, const QRectF &area) const
{
    const double k = m_scale;
    const QColor outline = m_style.theme == MapStyle::Theme::Light ? QColor(255, 255, 255) : QColor(13, 24, 38);

    // Tiny states.
    painter->setPen(QPen(outline, 0.9 * k));
    for (const Marker &m : m_markers) {
        if (!area.intersects(QRectF(m.position - QPointF(m.radius + k, m.radius + k), QSizeF(2, 2) * (m.radius + k))))
            continue;
        painter->setBrush(m.fill);
        painter->drawEllipse(m.position, m.radius, m.radius);
    }

    // Archipelago dots.
    painter->setPen(QPen(m_style.vietnamOutline, 1.0 * k));
    painter->setBrush(m_style.vietnam);
    for (const QPointF &p : m_landmarkDots)
        painter->drawEllipse(p, kMarkerRadiusPx * k, kMarkerRadiusPx * k);

    // Labels: a halo (a stroked outline of the text), then the text itself.
    const QFont labelFont = font(m_style.labelPointSize * 0.8 * k);
    const QFont landmarkFont = font(m_style.labelPointSize * 0.8 * k, true);
    for (const Label &l : m_labels) {
        if (!area.intersects(l.box.adjusted(-3 * k, -3 * k, 3 * k, 3 * k)))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.textHalo);
        painter->drawPath(l.halo);
        painter->setPen(l.landmark ? (m_style.theme == MapStyle::Theme::Light ? m_style.vietnam.darker(130) : m_style.vietnamOutline)
                                   : m_style.text);
        painter->setFont(l.landmark ? landmarkFont : labelFont);
        painter->drawText(l.anchor, l.text);
    }

    // The card.
    if (!area.intersects(m_legendBox) && !area.intersects(m_captionBox))
        return;
    const double pad = 12 * k;
    const QFont titleFont = font(m_style.titlePointSize * 0.8 * k, true);
    const QFont rowFont = font(m_style.labelPointSize * k);
    const QFont smallFont = font(m_style.labelPointSize * 0.8 * k);
    const QFontMetricsF tm(titleFont), rm(rowFont), sm(smallFont);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(m_legendBox, 6 * k, 6 * k);
    double y = m_legendBox.top() + pad;
    const double x = m_legendBox.left() + pad;
    painter->setPen(m_style.text);
    painter->setFont(titleFont);
    painter->drawText(QPointF(x, y + tm.ascent()), m_title);
    y += tm.height();
    if (!m_subtitle.isEmpty()) {
        painter->drawText(QPointF(x, y + tm.ascent()), m_subtitle);
        y += tm.height();
    }
    y += pad * 0.5;
    painter->setFont(smallFont);
    painter->drawText(QPointF(x, y + sm.ascent()), m_legendHeading);
    y += sm.height() * 1.3;
    const double rowH = rm.height() * 1.25;
    const double sw = rm.height() * 0.95;
    const double right = m_legendBox.right() - pad;
    painter->setFont(rowFont);
    for (const LegendRow &r : m_legendRows) {
        const QRectF swatch(x, y + (rowH - sw) / 2, sw * 1.3, sw);
        QColor edge = m_style.text; // a faint edge keeps dark swatches visible on a dark panel
        edge.setAlphaF(0.3);
        painter->setPen(r.outline.isValid() ? QPen(r.outline, 1.5 * k) : QPen(edge, 0.8 * k));
        painter->setBrush(r.color);
        painter->drawRoundedRect(swatch, 2 * k, 2 * k);
        painter->setPen(m_style.text);
        const QStringList parts = r.text.split(QLatin1Char('\t'));
        const double baseline = y + (rowH - rm.height()) / 2 + rm.ascent();
        painter->drawText(QPointF(swatch.right() + sw * 0.5, baseline), parts.value(0));
        if (parts.size() > 1)
            painter->drawText(QPointF(right - rm.horizontalAdvance(parts[1]), baseline), parts[1]);
        y += rowH;
    }
    painter->setFont(smallFont);
    QColor muted = m_style.text;
    muted.setAlphaF(0.75);
    painter->setPen(muted);
    painter->drawText(QPointF(x, y + sm.ascent() * 1.1),
                      tr(QStringLiteral("Lãnh thổ phụ thuộc: màu nhạt của nước quản lý"),
                         QStringLiteral("Dependencies: a lighter shade of their sovereign's")));

    // The caption.
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(m_captionBox, 4 * k, 4 * k);
    const QFont captionFont = font(m_style.labelPointSize * 0.7 * k);
    const QFontMetricsF cm(captionFont);
    painter->setFont(captionFont);
    painter->setPen(muted);
    painter->drawText(QPointF(m_captionBox.left() + pad / 2, m_captionBox.top() + pad / 4 + cm.ascent()), m_caption);
}
