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

RelationTimeline::RelationTimeline(const QVector<RelationEvent> &events, const CountryTable &table, const QString &hubKey)
    : m_hub(hubKey)
{
    for (const RelationEvent &e : events) {
        m_events[e.key] << e;
        if (!e.date.isBaseline()) {
            if (!m_first.isValid() || e.date.start() < m_first)
                m_first = e.date.start();
            if (!m_last.isValid() || e.date.start() > m_last)
                m_last = e.date.start();
        }
    }
    for (auto &list : m_events)
        std::stable_sort(list.begin(), list.end(), [](const RelationEvent &a, const RelationEvent &b) { return a.date < b.date; });
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
        if (!e.date.isBaseline() && e.date.start() > date)
            break;
        found = &e;
    }
    return found;
}

Tier RelationTimeline::tierAt(const QString &key, const QDate &date) const
{
    if (!m_hub.isEmpty() && tierOwner(key) == m_hub)
        return Tier::Hub;
    const RelationEvent *e = eventAt(key, date);
    return e ? e->tier : Tier::None;
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
        Tier previous = Tier::None;
        for (const RelationEvent &e : *it) {
            const bool inRange = !e.date.isBaseline() && e.date.start() > from && e.date.start() <= to;
            if (inRange && e.tier != previous) {
                TierChange change{e.key, previous, e.tier, e.date, TierChange::Kind::Upgrade};
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
        if (t != Tier::None)
            ++counts.withRelations;
    }
    return counts;
}

QVector<RelationEvent> RelationTimeline::history(const QString &key) const
{
    return m_events.value(tierOwner(key));
}
