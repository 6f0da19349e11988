#pragma once
// Dates at the precision the sources give: day, month or year (docs/DATA.md).
#include <QDate>
#include <QString>

// A date known to the day, the month or the year. An empty date (isBaseline) is "undated":
// only an explicit `none` row of relations.csv may have one. For ordering, a date counts from its first day: 2007 is
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
