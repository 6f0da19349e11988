#include "relationtimeline.h"

#include <algorithm>

QString changeKindKey(TierChange::Kind kind)
{
    switch (kind) {
    case TierChange::Kind::New: return QStringLiteral("new");
    case TierChange::Kind::Upgrade: return QStringLiteral("upgrade");
    case TierChange::Kind::Downgrade: return QStringLiteral("downgrade");
    }
    return {};
}

RelationTimeline::RelationTimeline(const QHash<QString, QVector<RelationEvent>> &events, const CountryTable &table, const QString &hubKey)
    : m_events(events)
    , m_hub(hubKey)
{
    for (const QVector<RelationEvent> &list : events) {
        for (const RelationEvent &e : list) {
            if (!m_first.isValid() || e.date.start() < m_first)
                m_first = e.date.start();
            if (!m_last.isValid() || e.date.start() > m_last)
                m_last = e.date.start();
        }
    }
    for (const CountryInfo &c : table.all())
        if (c.kind == CountryKind::Dependency && !c.sovereign.isEmpty())
            m_sovereignOf.insert(c.key, c.sovereign);
}

const RelationEvent *RelationTimeline::eventAt(const QString &key, const QDate &date) const
{
    const auto it = m_events.constFind(tierOwner(key));
    if (it == m_events.constEnd())
        return nullptr;
    const RelationEvent *found = nullptr;
    for (const RelationEvent &e : *it) {
        if (e.date.start() > date)
            break;
        found = &e;
    }
    return found;
}

const RelationEvent *RelationTimeline::relationsSince(const QString &key, const QDate &date) const
{
    const auto it = m_events.constFind(tierOwner(key));
    if (it == m_events.constEnd())
        return nullptr;
    const RelationEvent *since = nullptr;
    for (const RelationEvent &e : *it) {
        if (e.date.start() > date)
            break;
        if (e.kind == RelationEvent::Kind::Broken)
            since = nullptr;
        else if (e.kind != RelationEvent::Kind::Framework && !since)
            since = &e;
    }
    return since;
}

Tier RelationTimeline::tierAt(const QString &key, const QDate &date) const
{
    if (!m_hub.isEmpty() && tierOwner(key) == m_hub)
        return Tier::Hub;
    const RelationEvent *e = eventAt(key, date);
    return e ? e->tier : tierBefore(history(key));
}

QHash<QString, Tier> RelationTimeline::tiersAt(const QDate &date) const
{
    QHash<QString, Tier> tiers;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        tiers.insert(it.key(), tierAt(it.key(), date));
    return tiers;
}

QVector<TierChange> RelationTimeline::changes(const QDate &from, const QDate &to) const
{
    QVector<TierChange> out;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        const QVector<RelationEvent> &list = *it;
        Tier previous = tierBefore(list);
        for (int i = 0; i < list.size(); ++i) {
            const RelationEvent &e = list[i];
            if (i + 1 < list.size() && list[i + 1].date.start() == e.date.start())
                continue; // several events on one day (relations and a framework): one change
            // A confirmed date says relations existed by then, not that they began: no change to list.
            const bool inRange = e.date.start() > from && e.date.start() <= to && e.kind != RelationEvent::Kind::Confirmed;
            if (inRange && e.tier != previous) {
                TierChange change{it.key(), previous, e.tier, e.date, TierChange::Kind::Upgrade};
                if (e.tier < previous)
                    change.kind = TierChange::Kind::Downgrade;
                else if (previous <= Tier::Relations)
                    change.kind = TierChange::Kind::New;
                out << change;
            }
            previous = e.tier;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TierChange &a, const TierChange &b) {
        return a.date.start() != b.date.start() ? a.date.start() < b.date.start() : a.key < b.key;
    });
    return out;
}

TierCounts RelationTimeline::countsAt(const QDate &date) const
{
    TierCounts counts;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (m_sovereignOf.contains(it.key()))
            continue;
        const Tier t = tierAt(it.key(), date);
        counts.perTier[t] += 1;
        if (tiers::isPartner(t))
            ++counts.partners;
        if (tiers::hasRelations(t))
            ++counts.withRelations;
    }
    return counts;
}

const QVector<RelationEvent> &RelationTimeline::history(const QString &key) const
{
    static const QVector<RelationEvent> none;
    const auto it = m_events.constFind(tierOwner(key));
    return it == m_events.constEnd() ? none : *it;
}
