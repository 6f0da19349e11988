#include "historychartitem.h"

#include "datesnapshot.h"
#include "historychart.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "timelinecontroller.h"

HistoryChartItem::HistoryChartItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void HistoryChartItem::setController(MapController *controller)
{
    if (controller == m_controller)
        return;
    for (QObject *source : {static_cast<QObject *>(m_controller ? m_controller->timeline() : nullptr),
                            static_cast<QObject *>(m_controller ? m_controller->localization() : nullptr),
                            static_cast<QObject *>(m_controller ? m_controller->theme() : nullptr)})
        if (source)
            source->disconnect(this);
    m_controller = controller;
    if (m_controller) {
        const auto repaint = [this] { update(); };
        connect(m_controller->timeline(), &TimelineController::viewChanged, this, &HistoryChartItem::resample);
        connect(m_controller->timeline(), &TimelineController::dateChanged, this, repaint);
        connect(m_controller->localization(), &Localization::languageChanged, this, [this] {
            emit seriesChanged(); // the title's language
            update();
        });
        connect(m_controller->theme(), &MapTheme::changed, this, repaint);
    }
    emit controllerChanged();
    resample();
}

void HistoryChartItem::setUnit(double unit)
{
    if (qFuzzyCompare(unit, m_unit) || unit <= 0)
        return;
    m_unit = unit;
    emit unitChanged();
    update();
}

void HistoryChartItem::resample()
{
    const TimelineController *t = m_controller ? m_controller->timeline() : nullptr;
    m_series = t ? HistorySeries::sample(m_controller->data().timeline, t->viewStart(), t->viewEnd()) : HistorySeries();
    emit seriesChanged();
    update();
}

QString HistoryChartItem::title() const
{
    if (!m_controller)
        return {};
    return HistoryChart(m_series, {}, {}, m_controller->localization()->language(), m_controller->theme()->style(), m_unit).title();
}

void HistoryChartItem::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    HistoryChart(m_series, m_controller->timeline()->date(), m_controller->snapshot()->counts(),
                 m_controller->localization()->language(), m_controller->theme()->style(), m_unit)
        .paint(painter, boundingRect());
}
