#pragma once
// The card of a composed map: the title and date, the partner count, one legend row per tier
// (tier table order, the hub first) with its count of states, a note on dependencies (bottom
// left), the caption with the sources (bottom right) and, when given, the history chart above
// the caption. Laid out once for an output size.
#include "historychart.h"
#include "mapstyle.h"
#include "relationtimeline.h"

#include <QRectF>
#include <QVector>

class QPainter;

class LegendCard
{
public:
    struct Row {
        QColor color;
        QColor outline;
        QString name;
        QString count; // empty for the hub
    };

    LegendCard() = default;
    LegendCard(const QString &title, const TierCounts &counts, const HubProfile &hub, const QString &language,
               const MapStyle &style, double unit, const QSize &size, const HistoryChart &chart = HistoryChart());

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString heading() const { return m_heading; }             // "42 đối tác (…)"
    QString relationsLine() const { return m_relationsLine; } // "195 nước có quan hệ ngoại giao", as the app's panel counts
    const QVector<Row> &rows() const { return m_rows; }
    QString caption() const { return m_caption; }
    // What map text must keep clear of: the legend, the caption and the chart (if any).
    QVector<QRectF> boxes() const;
    QRectF chartBox() const { return m_chartBox; } // null without a chart
    void paint(QPainter *painter, const QRectF &area) const;

private:
    MapStyle m_style;
    double m_unit = 1;
    QString m_language;
    QString m_title, m_subtitle, m_heading, m_relationsLine, m_note, m_caption;
    QVector<Row> m_rows;
    QRectF m_box, m_captionBox, m_chartBox;
    HistoryChart m_chart;
};
