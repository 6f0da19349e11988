#pragma once
// Answers "which tier did country X have with the hub on date D" for every country and any
// date, from each state's events (RelationHistory). Dependencies follow their sovereign and never
// count in totals; places that are not states and historical states have no tier and never count.
#include "relationhistory.h"

#include <QHash>
#include <QMap>

struct TierChange {
    enum class Kind { New, Upgrade, Downgrade }; // New: relations or a first partnership framework
    QString key;
    Tier from = Tier::None;
    Tier to = Tier::None;
    PartialDate date;
    Kind kind = Kind::Upgrade;
};

// "new", "upgrade" or "downgrade", as in the CLI output and the UI.
QString changeKindKey(TierChange::Kind kind);

struct TierCounts {
    QMap<Tier, int> perTier; // states only, the hub excluded
    int partners = 0;        // states at a partner tier (tiers::isPartner)
    int withRelations = 0;   // states at a tier with relations (tiers::hasRelations)
};

class RelationTimeline
{
public:
    RelationTimeline() = default;
    // events: RelationHistory::byKey. hubKey: the hub's country key (HubProfile); its tier is
    // Tier::Hub on every date.
    RelationTimeline(const QHash<QString, QVector<RelationEvent>> &events, const CountryTable &table, const QString &hubKey);

    QString hubKey() const { return m_hub; }

    Tier tierAt(const QString &key, const QDate &date) const;
    // The event that set the tier on that date (the sovereign's for a dependency), or null.
    const RelationEvent *eventAt(const QString &key, const QDate &date) const;
    QHash<QString, Tier> tiersAt(const QDate &date) const; // every state
    // Tier changes of states dated after `from` up to and including `to`, in date order (not
    // those of a `confirmed` event: it dates no change).
    QVector<TierChange> changes(const QDate &from, const QDate &to) const;
    TierCounts countsAt(const QDate &date) const;
    // In date order, the predecessors' before a succession; the sovereign's for a dependency.
    const QVector<RelationEvent> &history(const QString &key) const;
    // The event from which the state has had relations without a break up to `date` (its
    // establishment, its predecessor's, or its last restoration), or null when it has none then.
    const RelationEvent *relationsSince(const QString &key, const QDate &date) const;
    QStringList states() const { return m_events.keys(); } // every state (the hub aside), unordered
    QDate firstDate() const { return m_first; } // first and last dated event
    QDate lastDate() const { return m_last; }
    // Key whose tier `key` follows: the sovereign for a dependency, else the key itself.
    QString tierOwner(const QString &key) const { return m_sovereignOf.value(key, key); }

private:
    QHash<QString, QVector<RelationEvent>> m_events; // by key, in date order
    QHash<QString, QString> m_sovereignOf;           // dependencies only
    QString m_hub;
    QDate m_first;
    QDate m_last;
};
