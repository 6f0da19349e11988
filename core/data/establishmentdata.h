#pragma once
// When the hub established, broke, restored or inherited diplomatic relations with each state
// (geodata/establishment.csv), parsed with strict validation. See docs/DATA.md for the format;
// the timeline (core/timeline/relationhistory) applies the events and checks their order.
#include "relationdata.h"

#include <QSet>

struct EstablishmentData {
    QVector<RelationEvent> events; // kinds Established, Broken, Restored, Succession; in file order
    QSet<QString> keys;            // every key with a row, valid or not (no second "no establishment" error)
    QStringList errors;            // "file:line:column: message"

    // knownKeys: the country table's keys, historical states included. sources: when given,
    // every cited id must be in it.
    static EstablishmentData parse(const QByteArray &csv, const QString &fileName, const QSet<QString> &knownKeys,
                                   const SourceTable *sources = nullptr);
    static EstablishmentData load(const QString &path, const QSet<QString> &knownKeys, const SourceTable *sources = nullptr);
};

// The day the Socialist Republic of Vietnam took over the relations of the Democratic Republic
// of Vietnam (DRV) and of the Provisional Revolutionary Government (PRG): 2 July 1976.
QDate srvFounding();
