#pragma once
// Partnership events (geodata/relations.csv) and highlights (geodata/highlights.csv) as
// plain values, parsed with strict validation. See docs/DATA.md for the format.
#include "partialdate.h"
#include "tier.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

class SourceTable;

// One dated change of a state's relation with the hub: a partnership framework (relations.csv)
// or an establishment, break, restoration or succession (establishment.csv).
struct RelationEvent {
    // Confirmed: relations existed on that date; when they began is not known (Tier::Unknown before it).
    enum class Kind { Framework, Established, Confirmed, Broken, Restored, Succession };
    QString key; // the state whose event it is (for an inherited event, the predecessor)
    PartialDate date;
    Tier tier = Tier::None; // Framework: as written; the others: set by the timeline
    QString frameworkVi;
    QString frameworkEn;
    QString source; // source ids separated by ';'
    QString note;   // relations.csv: an editor's note, never shown
    Kind kind = Kind::Framework;
    QString heldBy;      // establishment.csv: DRV, PRG or SRV
    QString predecessor; // Succession: the state whose relation this one continues
    QString noteVi;      // establishment.csv: notes shown in the details panel
    QString noteEn;
    int line = 0;
};

struct Highlight {
    QString key; // empty for a year-wide item
    PartialDate date;
    QString kind; // summary, visit, event
    QString textVi;
    QString textEn;
    QString source;
};

struct RelationData {
    QVector<RelationEvent> events; // sorted by key, then date (file order does not matter)
    QVector<Highlight> highlights;
    QStringList errors; // every problem of the files, "file:line:column: message"
    bool ok() const { return errors.isEmpty(); }

    // knownKeys: the valid country keys (from the country table). sources: when given, every
    // cited id must be in it; else a source field must only be non-empty.
    static RelationData parseEvents(const QByteArray &csv, const QString &fileName, const QSet<QString> &knownKeys,
                                    const SourceTable *sources = nullptr);
    static RelationData load(const QString &relationsPath, const QString &highlightsPath, const QSet<QString> &knownKeys,
                             const SourceTable *sources = nullptr);
};
