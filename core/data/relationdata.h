#pragma once
// Partnership events (geodata/relations.csv) and highlights (geodata/highlights.csv) as
// plain values, parsed with strict validation. See docs/DATA.md for the format.
#include "tier.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

// A date known to the day, the month or the year. An empty date (isBaseline) stands for
// "before any dated record". For ordering, a date counts from its first day: 2007 is
// 2007-01-01 and 2013-06 is 2013-06-01.
struct PartialDate {
    enum class Precision { Baseline, Year, Month, Day };
    Precision precision = Precision::Baseline;
    int year = 0, month = 0, day = 0;

    static bool parse(const QString &text, PartialDate *out, QString *error);
    bool isBaseline() const { return precision == Precision::Baseline; }
    QDate start() const; // first day it covers; invalid for a baseline
    QString toString() const; // as written in the data: YYYY, YYYY-MM, YYYY-MM-DD or ""
    bool operator==(const PartialDate &o) const { return precision == o.precision && year == o.year && month == o.month && day == o.day; }
    bool operator<(const PartialDate &o) const;
};

struct RelationEvent {
    QString key;
    PartialDate date;
    Tier tier = Tier::None;
    QString frameworkVi;
    QString frameworkEn;
    QString source;
    QString note;
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

    // knownKeys: the valid country keys (from the country table).
    static RelationData parseEvents(const QByteArray &csv, const QString &fileName, const QSet<QString> &knownKeys);
    static RelationData load(const QString &relationsPath, const QString &highlightsPath, const QSet<QString> &knownKeys);
};
