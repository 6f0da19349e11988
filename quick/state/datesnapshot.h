#pragma once
// The tier and the event in force of every boundary country, and the counts, at the
// timeline's date. Follows the timeline; tells what changed.
#include "datasource.h"

#include <QObject>
#include <QVector>

class TimelineController;

class DateSnapshot : public QObject
{
    Q_OBJECT

public:
    DateSnapshot(DataRef data, TimelineController *timeline, QObject *parent = nullptr);

    // Per boundary country (index into BoundarySet::countries).
    Tier tierOf(int index) const { return m_tiers.value(index, Tier::None); }
    const QVector<Tier> &tiers() const { return m_tiers; }
    const RelationEvent *eventOf(int index) const { return m_events.value(index, nullptr); }
    const TierCounts &counts() const { return m_counts; }

signals:
    // `changed`: countries whose tier or event changed; `tierChanged`: those whose tier did.
    void changed(const QVector<int> &changed, const QVector<int> &tierChanged);
    void countsChanged();

private:
    void update();

    DataRef m_data;
    TimelineController *m_timeline;
    QVector<Tier> m_tiers;
    QVector<const RelationEvent *> m_events;
    TierCounts m_counts;
};
