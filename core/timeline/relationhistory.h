#pragma once
// Each state's relation with the hub as one list of events in date order, from the two event
// files: establishment.csv (established, broken, restored, succession) and relations.csv
// (partnership frameworks), with the checks that need both (docs/DATA.md):
// - a state (kind un or state, the hub aside) has an establishment or succession event, or an
//   undated `none` row in relations.csv that says it has no relations;
// - only an undated row may be `none`, and it is the only undated row (a break is a `broken`
//   event); a framework row falls on a date when the state has relations (not before its
//   establishment, not during a break);
// - broken follows relations, restored follows a break, a state is established once;
// - the hub, dependencies and places that are not states have no rows.
// Tiers: established, confirmed (relations on record by that date, establishment date unknown)
// and succession give relations; broken gives none; restored gives back the
// last framework tier before the break (or relations). Before its succession date, a successor
// carries its predecessors' events, each at the highest tier any predecessor had on that date:
// Russia has the USSR's relation from 30 Jan 1950, Germany the GDR's from 1950 and the FRG's
// from 1975, Yemen both Yemens'.
#include "countrytable.h"
#include "establishmentdata.h"

#include <QHash>

// How precisely the states' relations are dated: each state (the hub aside) counts once, by the
// date from which it (or its predecessor) has had relations; `confirmed`: only a date by which
// relations existed is known; `none`: an explicit none row; `missing`: neither (an error).
struct EstablishmentCoverage {
    int day = 0, month = 0, year = 0, confirmed = 0, none = 0, missing = 0;
};

struct RelationHistory {
    QHash<QString, QVector<RelationEvent>> byKey; // every state but the hub, possibly empty; tiers set
    EstablishmentCoverage coverage;
    QStringList errors;

    static RelationHistory build(const QVector<RelationEvent> &frameworks, const QString &relationsFile,
                                 const QVector<RelationEvent> &establishment, const QString &establishmentFile,
                                 const QSet<QString> &establishmentKeys, const CountryTable &table, const QString &hubKey);
};

// The tier of a state before its first event: unknown when that event is `confirmed`, else none.
Tier tierBefore(const QVector<RelationEvent> &events);
// The tier an event list gives on a date: the last event on or before it, else tierBefore.
Tier tierIn(const QVector<RelationEvent> &events, const QDate &date);
