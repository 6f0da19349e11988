#pragma once
// The history chart: countries with relations and partners per tier over time, stacked areas
// in the tier table's colours (HistorySeries), a cursor at the current date, the count of
// states with relations at that date, year labels below and counts on the left. Painted with
// QPainter by the side panel's item (quick/chart) and by a composed export (LegendCard), so
// screen and export share one drawing. Sizes from MapStyle, scaled by `unit`.
#include "historyseries.h"
#include "mapstyle.h"

#include <QRectF>

class QPainter;

class HistoryChart
{
public:
    HistoryChart() = default;
    // current: the counts at `cursor` (RelationTimeline::countsAt), exact where samples are not.
    HistoryChart(const HistorySeries &series, const QDate &cursor, const TierCounts &current, const QString &language,
                 const MapStyle &style, double unit);

    bool isEmpty() const { return m_series.isEmpty(); }
    QString title() const { return m_title; }   // "Quan hệ ngoại giao và đối tác, 1945–2026"
    QString value() const { return m_value; }   // at the cursor: "195 nước" / "195 countries"
    int axisMaximum() const { return m_axisMax; } // the top of the count axis (a round number)
    // The stacked areas' box inside `rect` (title and axis labels excluded).
    QRectF plotRect(const QRectF &rect) const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    HistorySeries m_series;
    QDate m_cursor;
    int m_currentTotal = 0;
    MapStyle m_style;
    double m_unit = 1;
    QString m_title, m_value;
    int m_axisMax = 1, m_axisStep = 1;
};
