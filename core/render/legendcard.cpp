#include "legendcard.h"

#include "textformat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {
constexpr double kMarginPx = 16;
constexpr double kPadPx = 12;
} // namespace

LegendCard::LegendCard(const QString &title, const TierCounts &counts, const HubProfile &hub, const QString &language,
                       const MapStyle &style, double unit, const QSize &size, const HistoryChart &chart)
    : m_style(style), m_unit(unit), m_language(language), m_chart(chart)
{
    const double k = unit;
    auto tr = [&](const QString &vi, const QString &en) { return textformat::pick(language, vi, en); };
    // The default title breaks after the dash: the name on one line, the date below.
    const int dash = title.indexOf(QStringLiteral(" — "));
    m_title = dash > 0 ? title.left(dash) : title;
    m_subtitle = dash > 0 ? title.mid(dash + 3) : QString();
    for (const Tier t : tiers::legendOrder()) {
        if (t == Tier::Hub)
            m_rows << Row{style.hub, style.hubOutline, hub.name(language), QString()};
        else if (!tiers::traits(t).optional || counts.perTier.value(t) > 0)
            m_rows << Row{style.tierColor(t), QColor(), tiers::name(t, language), QString::number(counts.perTier.value(t))};
    }
    m_heading = tr(QStringLiteral("%1 đối tác (từ Đối tác toàn diện trở lên)"), QStringLiteral("%1 partners (Comprehensive Partnership and above)"))
                    .arg(counts.partners);
    m_relationsLine = tr(QStringLiteral("%1 nước có quan hệ ngoại giao"), QStringLiteral("%1 countries with diplomatic relations"))
                          .arg(counts.withRelations);
    m_note = tr(QStringLiteral("Số liệu: chỉ tính quốc gia. Lãnh thổ phụ thuộc: màu nhạt của nước quản lý"),
                QStringLiteral("Counts: states only. Dependencies: their sovereign's colour, lighter"));
    m_caption = tr(QStringLiteral("Nguồn: ranh giới Natural Earth; quan hệ ngoại giao: dữ liệu diplomap có dẫn nguồn"),
                   QStringLiteral("Sources: Natural Earth boundaries; relations: diplomap's sourced data"));

    const QFontMetricsF tm(MapStyle::font(MapStyle::kTitlePx * k, true)), rm(MapStyle::font(MapStyle::kLegendPx * k)),
        sm(MapStyle::font(MapStyle::kNotePx * k));
    const double pad = kPadPx * k;
    const double rowH = rm.height() * 1.25;
    double width = std::max({tm.horizontalAdvance(m_title), tm.horizontalAdvance(m_subtitle), sm.horizontalAdvance(m_heading),
                             sm.horizontalAdvance(m_relationsLine), sm.horizontalAdvance(m_note)});
    for (const Row &r : qAsConst(m_rows))
        width = std::max(width, rm.horizontalAdvance(r.name) + rm.horizontalAdvance(QStringLiteral("0000")) + rowH * 1.4);
    const double height = pad + tm.height() * (m_subtitle.isEmpty() ? 1 : 2) + pad * 0.5 + sm.height() * 2.3
                          + rowH * m_rows.size() + sm.height() * 1.2 + pad;
    m_box = QRectF(kMarginPx * k, size.height() - kMarginPx * k - height, width + 2 * pad, height);
    const QFontMetricsF cm(MapStyle::font(MapStyle::kNotePx * 0.875 * k));
    const QSizeF cs(cm.horizontalAdvance(m_caption) + pad, cm.height() + pad * 0.5);
    m_captionBox = QRectF(QPointF(size.width() - kMarginPx * k - cs.width(), size.height() - kMarginPx * k - cs.height()), cs);
    if (!m_chart.isEmpty()) {
        const QSizeF chartSize(MapStyle::kChartWidth * k + 2 * pad, MapStyle::kChartHeight * k + 2 * pad);
        m_chartBox = QRectF(QPointF(size.width() - kMarginPx * k - chartSize.width(),
                                    m_captionBox.top() - kMarginPx * k / 2 - chartSize.height()), chartSize);
    }
}

QVector<QRectF> LegendCard::boxes() const
{
    QVector<QRectF> boxes{m_box, m_captionBox};
    if (!m_chartBox.isNull())
        boxes << m_chartBox;
    return boxes;
}

void LegendCard::paint(QPainter *painter, const QRectF &area) const
{
    if (!area.intersects(m_box) && !area.intersects(m_captionBox) && !area.intersects(m_chartBox))
        return;
    const double k = m_unit;
    const double pad = kPadPx * k;
    const QFont titleFont = MapStyle::font(MapStyle::kTitlePx * k, true), rowFont = MapStyle::font(MapStyle::kLegendPx * k),
                smallFont = MapStyle::font(MapStyle::kNotePx * k);
    const QFontMetricsF tm(titleFont), rm(rowFont), sm(smallFont);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(m_box, 6 * k, 6 * k);
    double y = m_box.top() + pad;
    const double x = m_box.left() + pad;
    painter->setPen(m_style.text);
    painter->setFont(titleFont);
    for (const QString &line : {m_title, m_subtitle}) {
        if (line.isEmpty())
            continue;
        painter->drawText(QPointF(x, y + tm.ascent()), line);
        y += tm.height();
    }
    y += pad * 0.5;
    painter->setFont(smallFont);
    painter->drawText(QPointF(x, y + sm.ascent()), m_heading);
    y += sm.height();
    painter->drawText(QPointF(x, y + sm.ascent()), m_relationsLine);
    y += sm.height() * 1.3;
    const double rowH = rm.height() * 1.25;
    const double sw = rm.height() * 0.95;
    const double right = m_box.right() - pad;
    painter->setFont(rowFont);
    for (const Row &r : m_rows) {
        const QRectF swatch(x, y + (rowH - sw) / 2, sw * 1.3, sw);
        QColor edge = m_style.text; // a faint edge keeps dark swatches visible on a dark panel
        edge.setAlphaF(0.3);
        painter->setPen(r.outline.isValid() ? QPen(r.outline, 1.5 * k) : QPen(edge, 0.8 * k));
        painter->setBrush(r.color);
        painter->drawRoundedRect(swatch, 2 * k, 2 * k);
        painter->setPen(m_style.text);
        const double baseline = y + (rowH - rm.height()) / 2 + rm.ascent();
        painter->drawText(QPointF(swatch.right() + sw * 0.5, baseline), r.name);
        if (!r.count.isEmpty())
            painter->drawText(QPointF(right - rm.horizontalAdvance(r.count), baseline), r.count);
        y += rowH;
    }
    QColor muted = m_style.text;
    muted.setAlphaF(0.75);
    painter->setFont(smallFont);
    painter->setPen(muted);
    painter->drawText(QPointF(x, y + sm.ascent() * 1.1), m_note);

    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(m_captionBox, 4 * k, 4 * k);
    const QFont captionFont = MapStyle::font(MapStyle::kNotePx * 0.875 * k);
    painter->setFont(captionFont);
    painter->setPen(muted);
    painter->drawText(QPointF(m_captionBox.left() + pad / 2, m_captionBox.top() + pad / 4 + QFontMetricsF(captionFont).ascent()), m_caption);

    if (!m_chartBox.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.panel);
        painter->drawRoundedRect(m_chartBox, 6 * k, 6 * k);
        m_chart.paint(painter, m_chartBox.adjusted(pad, pad, -pad, -pad));
    }
}
