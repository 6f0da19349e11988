#pragma once
// The side panel's history chart: a thin Qt Quick item that paints core/render's HistoryChart
// (the drawing of composed exports) over the timeline's current view, with the cursor at its
// date, in the UI's language and theme. Set `controller` (MapController) and `unit`.
#include "historyseries.h"

#include <QQuickPaintedItem>

class MapController;

class HistoryChartItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(MapController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(double unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(QString title READ title NOTIFY seriesChanged) // as painted, for tests and accessibility

public:
    explicit HistoryChartItem(QQuickItem *parent = nullptr);

    MapController *controller() const { return m_controller; }
    void setController(MapController *controller);
    double unit() const { return m_unit; }
    void setUnit(double unit);
    QString title() const;
    const HistorySeries &series() const { return m_series; }
    void paint(QPainter *painter) override;

signals:
    void controllerChanged();
    void unitChanged();
    void seriesChanged();

private:
    void resample(); // the timeline's view changed

    MapController *m_controller = nullptr;
    double m_unit = 1;
    HistorySeries m_series;
};
