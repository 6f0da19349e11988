#include "relationhistory.h"

#include <algorithm>

Tier tierBefore(const QVector<RelationEvent> &events)
{
    return !events.isEmpty() && events.first().kind == RelationEvent::Kind::Confirmed ? Tier::Unknown : Tier::None;
}

Tier tierIn(const QVector<RelationEvent> &events, const QDate &date)
{
    Tier tier = tierBefore(events);
    for (const RelationEvent &e : events) {
        if (e.date.start() > date)
            break;
        tier = e.tier;
    }
    return tier;
}

namespace {

using Kind = RelationEvent::Kind;

class Builder
{
public:
    Builder(const QString &relationsFile, const QString &establishmentFile, const CountryTable &table)
        : m_relationsFile(relationsFile), m_establishmentFile(establishmentFile), m_table(table) {}

    QString where(const RelationEvent &e) const
    {
        return QStringLiteral("%1:%2").arg(e.kind == Kind::Framework ? m_relationsFile : m_establishmentFile).arg(e.line);
    }
    QString name(const QString &key) const
    {
        const CountryInfo *c = m_table.byKey(key);
        return c ? QStringLiteral("%1 (%2)").arg(key, c->nameEn) : key;
    }

    // Checks the order of a state's events (sorted by date).
    void checkOrder(const QString &key, const QVector<RelationEvent> &events)
    {
        const RelationEvent *since = nullptr; // the event that began the current relation
        const RelationEvent *broken = nullptr;
        for (const RelationEvent &e : events) {
            const bool active = since && !broken;
            switch (e.kind) {
            case Kind::Established:
            case Kind::Confirmed:
            case Kind::Succession:
                if (e.kind == Kind::Succession && since && since->kind == Kind::Succession && since->date == e.date && !broken)
                    break; // a second predecessor on the same day (Germany, Yemen)
                if (since)
                    m_errors << where(e) + QStringLiteral(": %1 already has relations from %2 (line %3): a state is established once; a break ends with 'restored'")
                                               .arg(name(key), since->date.toString()).arg(since->line);
                else
                    since = &e;
                break;
            case Kind::Broken:
                if (!active)
                    m_errors << where(e) + QStringLiteral(": %1 has no relations to break on %2").arg(name(key), e.date.toString());
                else
                    broken = &e;
                break;
            case Kind::Restored:
                if (!broken)
                    m_errors << where(e) + QStringLiteral(": %1's relations are not broken on %2: nothing to restore").arg(name(key), e.date.toString());
                broken = nullptr;
                break;
            case Kind::Framework:
                if (!since)
                    m_errors << where(e) + QStringLiteral(": %1's row dated %2 is before its relations were established (%3)")
                                               .arg(name(key), e.date.toString(), establishedText(events));
                else if (broken)
                    m_errors << where(e) + QStringLiteral(": %1's row dated %2 falls in a break of relations (broken %3, %4)")
                                               .arg(name(key), e.date.toString(), broken->date.toString(), where(*broken));
                break;
            }
        }
    }

    // The state's events with their tiers, after its predecessors' (see the header).
    const QVector<RelationEvent> &resolve(const QString &key)
    {
        const auto done = m_resolved.constFind(key);
        if (done != m_resolved.constEnd())
            return *done;
        QVector<RelationEvent> out;
        m_resolved.insert(key, out); // a placeholder: a cycle of successions ends here
        const QVector<RelationEvent> own = m_own.value(key);
        Tier carried = Tier::None;
        QVector<const RelationEvent *> successions;
        for (const RelationEvent &e : own)
            if (e.kind == Kind::Succession)
                successions << &e;
        if (!successions.isEmpty()) {
            const QDate day = successions.first()->date.start();
            QVector<QVector<RelationEvent>> predecessors;
            for (const RelationEvent *s : successions) {
                if (s->date.start() != day)
                    m_errors << where(*s) + QStringLiteral(": %1 succeeds %2 on %3, but another predecessor on %4: one succession date per state")
                                                .arg(name(key), name(s->predecessor), s->date.toString(), successions.first()->date.toString());
                const QVector<RelationEvent> &p = resolve(s->predecessor);
                const bool established = std::any_of(p.begin(), p.end(), [&day](const RelationEvent &e) {
                    return e.kind != Kind::Framework && e.date.start() < day;
                });
                if (!established)
                    m_errors << where(*s) + QStringLiteral(": %1 succeeds %2, which has no relations before %3 (no establishment event)")
                                                .arg(name(key), name(s->predecessor), s->date.toString());
                predecessors << p;
            }
            auto highest = [&predecessors](const QDate &date) {
                Tier t = Tier::None;
                for (const QVector<RelationEvent> &p : predecessors)
                    t = std::max(t, tierIn(p, date));
                return t;
            };
            QVector<RelationEvent> inherited;
            for (const QVector<RelationEvent> &p : predecessors)
                for (const RelationEvent &e : p)
                    if (e.date.start() < day)
                        inherited << e;
            std::stable_sort(inherited.begin(), inherited.end(),
                             [](const RelationEvent &a, const RelationEvent &b) { return a.date.start() < b.date.start(); });
            for (RelationEvent e : inherited) {
                e.tier = highest(e.date.start());
                out << e;
            }
            carried = highest(day.addDays(-1));
        }
        Tier framework = carried > Tier::Relations ? carried : Tier::None;
        for (RelationEvent e : own) {
            switch (e.kind) {
            case Kind::Framework: framework = e.tier; break;
            case Kind::Broken: e.tier = Tier::None; break;
            case Kind::Established:
            case Kind::Confirmed:
            case Kind::Succession:
            case Kind::Restored: e.tier = std::max(Tier::Relations, framework); break;
            }
            out << e;
        }
        m_resolved.insert(key, out);
        return m_resolved[key];
    }

    QString m_relationsFile, m_establishmentFile;
    const CountryTable &m_table;
    QHash<QString, QVector<RelationEvent>> m_own; // each key's events from both files, by date
    QHash<QString, QVector<RelationEvent>> m_resolved;
    QStringList m_errors;

private:
    static QString establishedText(const QVector<RelationEvent> &events)
    {
        for (const RelationEvent &e : events)
            if (e.kind == Kind::Established || e.kind == Kind::Confirmed || e.kind == Kind::Succession)
                return QStringLiteral("on %1").arg(e.date.toString());
        return QStringLiteral("no establishment event");
    }
};

} // namespace

RelationHistory RelationHistory::build(const QVector<RelationEvent> &frameworks, const QString &relationsFile,
                                       const QVector<RelationEvent> &establishment, const QString &establishmentFile,
                                       const QSet<QString> &establishmentKeys, const CountryTable &table, const QString &hubKey)
{
    Builder b(relationsFile, establishmentFile, table);
    QSet<QString> explicitNone;
    for (const RelationEvent &e : establishment)
        b.m_own[e.key] << e;
    for (const RelationEvent &e : frameworks) {
        if (e.date.isBaseline() && e.tier == Tier::None)
            explicitNone.insert(e.key);
        else if (e.date.isBaseline())
            b.m_errors << b.where(e) + QStringLiteral(": %1's '%2' row has no date: relations begin on the date in %3 and frameworks are dated; only a 'none' row may be undated")
                                           .arg(b.name(e.key), tierKey(e.tier), establishmentFile);
        else if (e.tier == Tier::None)
            b.m_errors << b.where(e) + QStringLiteral(": %1's dated 'none' row: a break of relations is a 'broken' event in %2")
                                           .arg(b.name(e.key), establishmentFile);
        else
            b.m_own[e.key] << e;
    }
    for (QVector<RelationEvent> &list : b.m_own) // by date; on one day an establishment event before a framework
        std::stable_sort(list.begin(), list.end(), [](const RelationEvent &x, const RelationEvent &y) {
            if (x.date.start() != y.date.start())
                return x.date.start() < y.date.start();
            return x.kind != Kind::Framework && y.kind == Kind::Framework;
        });

    RelationHistory history;
    for (const CountryInfo &c : table.all()) {
        const auto own = b.m_own.constFind(c.key);
        const bool hasRows = own != b.m_own.constEnd() || explicitNone.contains(c.key) || establishmentKeys.contains(c.key);
        if (c.key == hubKey || c.kind == CountryKind::Dependency || c.kind == CountryKind::Other) {
            if (hasRows) {
                const QString what = c.key == hubKey ? QStringLiteral("is the hub: it has no relation with itself")
                                   : c.kind == CountryKind::Dependency ? QStringLiteral("is a dependency: it follows its sovereign %1").arg(c.sovereign)
                                                                        : QStringLiteral("is not a state (kind other): it has no tier");
                const QString at = own != b.m_own.constEnd() ? b.where(own->first()) : (explicitNone.contains(c.key) ? relationsFile : establishmentFile);
                b.m_errors << QStringLiteral("%1: %2 %3, and no rows").arg(at, b.name(c.key), what);
            }
            continue;
        }
        if (own != b.m_own.constEnd())
            b.checkOrder(c.key, *own);
        if (c.kind == CountryKind::Historical)
            continue;
        const bool established = own != b.m_own.constEnd() && std::any_of(own->begin(), own->end(), [](const RelationEvent &e) {
            return e.kind == Kind::Established || e.kind == Kind::Confirmed || e.kind == Kind::Succession;
        });
        if (!established && !explicitNone.contains(c.key) && !establishmentKeys.contains(c.key))
            b.m_errors << QStringLiteral("%1: %2 has no establishment event, and %3 has no 'none' row for it: every state has one or the other")
                              .arg(establishmentFile, b.name(c.key), relationsFile);
        const QVector<RelationEvent> &events = b.resolve(c.key);
        history.byKey.insert(c.key, events);
        const auto first = std::find_if(events.begin(), events.end(), [](const RelationEvent &e) { return e.kind != Kind::Framework; });
        EstablishmentCoverage &n = history.coverage;
        if (first == events.end())
            ++(explicitNone.contains(c.key) ? n.none : n.missing);
        else if (first->kind == Kind::Confirmed)
            ++n.confirmed;
        else
            ++(first->date.precision == PartialDate::Precision::Day ? n.day : first->date.precision == PartialDate::Precision::Month ? n.month : n.year);
    }
    history.errors = b.m_errors;
    return history;
}
