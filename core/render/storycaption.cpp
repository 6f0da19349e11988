#include "storycaption.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {
// In px at unit 1, as qml/StoryOverlay.qml.
constexpr double kSideMargin = 32;  // from the free width's sides
constexpr double kBottomMargin = 28;
constexpr double kPadX = 24, kPadY = 14, kGap = 24;
constexpr double kRadius = 10;

QFont captionFont(double unit)
{
    return MapStyle::font(MapStyle::kCaptionPx * unit, true);
}
QFont counterFont(double unit)
{
    return MapStyle::font(MapStyle::kCounterPx * unit);
}
} // namespace

StoryCaption::StoryCaption(const QString &text, const QString &counter, const MapStyle &style, double unit, const QSize &size,
                           const QVector<QRectF> &avoid)
    : m_text(text), m_counter(counter), m_style(style), m_unit(unit)
{
    if (text.isEmpty() && counter.isEmpty())
        return;
    layout(0, size.width(), size.height() - kBottomMargin * unit);
    const auto covers = [&](const QRectF &b) { return b.intersects(m_box); };
    if (!std::any_of(avoid.begin(), avoid.end(), covers))
        return;
    // Right of what sits in the left half (the legend), above what sits in the right half (the sources).
    double left = 0, bottom = size.height() - kBottomMargin * unit;
    for (const QRectF &b : avoid) {
        if (b.center().x() < size.width() / 2.0)
            left = std::max(left, b.right());
        else
            bottom = std::min(bottom, b.top() - kBottomMargin * unit / 2);
    }
    layout(left, size.width(), bottom);
}

void StoryCaption::layout(double left, double right, double bottom)
{
    const double u = m_unit;
    const QFontMetricsF cm(captionFont(u)), nm(counterFont(u));
    const double maxWidth = std::max(right - left - 2 * kSideMargin * u, 4 * kPadX * u);
    const double counterW = m_counter.isEmpty() ? 0 : nm.horizontalAdvance(m_counter) + kGap * u;
    const double textMax = std::max(maxWidth - counterW - 2 * kPadX * u, kPadX * u);
    const QRectF text = cm.boundingRect(QRectF(0, 0, textMax, 1e6), Qt::TextWordWrap, m_text);
    const double width = std::min(maxWidth, text.width() + counterW + 2 * kPadX * u);
    const double height = std::max(text.height(), nm.height()) + 2 * kPadY * u;
    m_box = QRectF((left + right - width) / 2, bottom - height, width, height);
    m_textBox = QRectF(m_box.left() + kPadX * u, m_box.center().y() - text.height() / 2, width - counterW - 2 * kPadX * u, text.height());
    m_counterBox = QRectF(m_box.right() - kPadX * u - (counterW - kGap * u), m_box.center().y() - nm.height() / 2,
                          counterW - kGap * u, nm.height());
}

void StoryCaption::paint(QPainter *painter, const QRectF &area) const
{
    if (m_box.isNull() || !area.intersects(m_box.adjusted(-2, -2, 2, 2)))
        return;
    const double u = m_unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor border = m_style.text;
    border.setAlphaF(0.25);
    painter->setPen(QPen(border, u));
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(m_box, kRadius * u, kRadius * u);
    painter->setPen(m_style.text);
    painter->setFont(captionFont(u));
    painter->drawText(m_textBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, m_text);
    if (!m_counter.isEmpty()) {
        QColor muted = m_style.text;
        muted.setAlphaF(0.75);
        painter->setPen(muted);
        painter->setFont(counterFont(u));
        painter->drawText(m_counterBox, Qt::AlignRight | Qt::AlignVCenter, m_counter);
    }
    painter->restore();
}
