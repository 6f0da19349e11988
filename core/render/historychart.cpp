#include "historychart.h"

#include "textformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
constexpr double kGapPx = 6;
constexpr int kGridLines = 3; // at most, above zero

// A round step (1, 2 or 5 times a power of ten) giving at most kGridLines lines up to `maximum`.
int axisStep(int maximum)
{
    for (int power = 1;; power *= 10)
        for (const int m : {1, 2, 5})
            if (m * power * kGridLines >= maximum)
                return m * power;
}

QColor faded(QColor c, double alpha)
{
    c.setAlphaF(alpha);
    return c;
}
} // namespace

HistoryChart::HistoryChart(const HistorySeries &series, const QDate &cursor, const TierCounts &current,
                           const QString &language, const MapStyle &style, double unit)
    : m_series(series), m_cursor(cursor), m_currentTotal(current.withRelations), m_style(style), m_unit(unit)
{
    const QString range = series.isEmpty() ? QString()
                                           : QStringLiteral(", %1–%2").arg(series.from.year()).arg(series.to.year());
    m_title = textformat::pick(language, QStringLiteral("Quan hệ ngoại giao và đối tác"),
                               QStringLiteral("Relations and partners")) + range;
    m_value = textformat::pick(language, QStringLiteral("%1 nước"), QStringLiteral("%1 countries")).arg(current.withRelations);
    const int most = std::max({1, series.maximum(), current.withRelations});
    m_axisStep = axisStep(most);
    m_axisMax = m_axisStep * int(std::ceil(most / double(m_axisStep)));
}

QRectF HistoryChart::plotRect(const QRectF &rect) const
{
    const QFontMetricsF tm(MapStyle::font(MapStyle::kChartTitlePx * m_unit, true));
    const QFontMetricsF lm(MapStyle::font(MapStyle::kChartLabelPx * m_unit));
    const double gap = kGapPx * m_unit;
    const double left = rect.left() + lm.horizontalAdvance(QString::number(m_axisMax)) + gap;
    const double top = rect.top() + tm.height() + gap + lm.height() / 2;
    const double bottom = rect.bottom() - lm.height() - gap / 2;
    return QRectF(QPointF(left, top), QPointF(rect.right() - gap / 2, std::max(top + 1, bottom)));
}

void HistoryChart::paint(QPainter *painter, const QRectF &rect) const
{
    const double k = m_unit;
    const QFont titleFont = MapStyle::font(MapStyle::kChartTitlePx * k, true), labelFont = MapStyle::font(MapStyle::kChartLabelPx * k);
    const QFontMetricsF tm(titleFont), lm(labelFont);
    const QRectF plot = plotRect(rect);
    const QColor muted = faded(m_style.text, 0.7);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Title left, the count at the cursor right.
    painter->setFont(titleFont);
    painter->setPen(m_style.text);
    const double valueWidth = tm.horizontalAdvance(m_value);
    painter->drawText(QPointF(rect.right() - valueWidth, rect.top() + tm.ascent()), m_value);
    painter->drawText(QPointF(rect.left(), rect.top() + tm.ascent()),
                      tm.elidedText(m_title, Qt::ElideRight, rect.width() - valueWidth - kGapPx * k));

    // Grid lines and counts.
    painter->setFont(labelFont);
    auto yOf = [&](double count) { return plot.bottom() - count / m_axisMax * plot.height(); };
    for (int c = 0; c <= m_axisMax; c += m_axisStep) {
        const double y = yOf(c);
        painter->setPen(QPen(faded(m_style.text, 0.15), std::max(1.0, 0.8 * k)));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(muted);
        const QString text = QString::number(c);
        painter->drawText(QPointF(plot.left() - kGapPx * k - lm.horizontalAdvance(text), y - lm.height() / 2 + lm.ascent()), text);
    }
    if (m_series.isEmpty()) {
        painter->restore();
        return;
    }

    // The stacked areas, bottom to top; a line along the top of the stack.
    const int n = m_series.dates.size();
    auto xOf = [&](double position) { return plot.left() + position * plot.width(); };
    QVector<QPointF> below(n);
    for (int i = 0; i < n; ++i)
        below[i] = QPointF(xOf(m_series.position(m_series.dates[i])), plot.bottom());
    painter->setPen(Qt::NoPen);
    for (const Tier t : HistorySeries::stackOrder()) {
        QVector<QPointF> above(n);
        for (int i = 0; i < n; ++i)
            above[i] = QPointF(below[i].x(), yOf(m_series.stackTop(i, t)));
        QPolygonF area(above);
        for (int i = n - 1; i >= 0; --i)
            area << below[i];
        painter->setBrush(m_style.tierColor(t));
        painter->drawPolygon(area);
        below = above;
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(faded(m_style.text, 0.55), std::max(1.0, 1.0 * k)));
    painter->drawPolyline(QPolygonF(below));

    // Years below: ticks at 1 January every 1, 5 or 10 years; the first year at the left edge;
    // a label is left out where it would touch the one before.
    const int span = m_series.to.year() - m_series.from.year();
    const int step = span > 40 ? 10 : span > 12 ? 5 : 1;
    double lastRight = -1e9;
    const double baseline = plot.bottom() + kGapPx * k / 2 + lm.ascent();
    painter->setPen(muted);
    for (int y = m_series.from.year(); y <= m_series.to.year(); ++y) {
        const QDate jan1(y, 1, 1);
        const bool first = y == m_series.from.year();
        if (!first && y % step != 0)
            continue;
        const QString text = QString::number(y);
        const double w = lm.horizontalAdvance(text);
        double x = jan1 < m_series.from ? plot.left() : xOf(m_series.position(jan1)) - w / 2;
        x = std::clamp(x, rect.left(), rect.right() - w);
        if (x < lastRight + kGapPx * k)
            continue;
        painter->drawText(QPointF(x, baseline), text);
        lastRight = x + w;
    }

    // The cursor: a line in the hub's colour, a dot on the top of the stack.
    if (m_cursor.isValid()) {
        const double x = std::round(xOf(m_series.position(m_cursor))); // on a pixel edge: a crisp line
        painter->setPen(QPen(m_style.hub, MapStyle::kChartCursorWidth * k, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(x, plot.top() - lm.height() / 2), QPointF(x, plot.bottom()));
        painter->setPen(QPen(m_style.hubOutline, 1.5 * k));
        painter->setBrush(m_style.hub);
        const double r = 4.5 * k;
        painter->drawEllipse(QPointF(x, yOf(m_currentTotal)), r, r);
    }
    painter->restore();
}
