#include "datesnapshot.h"

#include "timelinecontroller.h"

DateSnapshot::DateSnapshot(DataRef data, TimelineController *timeline, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_timeline(timeline)
{
    const int n = m_data->boundaries.countries.size();
    m_tiers.fill(Tier::None, n);
    m_events.fill(nullptr, n);
    for (int i = 0; i < n; ++i) {
        m_tiers[i] = m_data->timeline.tierAt(m_data->boundaries.countries[i].key, m_timeline->date());
        m_events[i] = m_data->timeline.eventAt(m_data->boundaries.countries[i].key, m_timeline->date());
    }
    m_counts = m_data->timeline.countsAt(m_timeline->date());
    connect(m_timeline, &TimelineController::dateChanged, this, &DateSnapshot::update);
    // New data: every country compared again (the same countries when the boundaries stayed,
    // so an upgrade pulses; else all of them anew).
    connect(m_data.source(), &DataSource::replaced, this, [this](bool boundariesChanged) {
        if (boundariesChanged) {
            m_tiers.fill(Tier::None, m_data->boundaries.countries.size());
            m_events.fill(nullptr, m_tiers.size());
        }
        m_counts = {};
        update();
    });
}

void DateSnapshot::update()
{
    const QDate date = m_timeline->date();
    QVector<int> moved, tierChanged;
    for (int i = 0; i < m_tiers.size(); ++i) {
        const QString &key = m_data->boundaries.countries[i].key;
        const Tier tier = m_data->timeline.tierAt(key, date);
        const RelationEvent *event = m_data->timeline.eventAt(key, date);
        if (tier != m_tiers[i])
            tierChanged << i;
        if (tier != m_tiers[i] || event != m_events[i])
            moved << i;
        m_tiers[i] = tier;
        m_events[i] = event;
    }
    // Counts include states the boundaries do not show (worldview transfers, another file).
    const TierCounts before = m_counts;
    m_counts = m_data->timeline.countsAt(date);
    if (!moved.isEmpty())
        emit changed(moved, tierChanged);
    if (before.perTier != m_counts.perTier || before.partners != m_counts.partners || before.withRelations != m_counts.withRelations)
        emit countsChanged();
}
