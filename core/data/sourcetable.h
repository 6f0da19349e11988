#pragma once
// The sources table (geodata/sources.csv): every source a data row cites, by id, with what the
// details panel shows of it (publisher, title, date, link). Rows of the other files cite sources
// by id, several separated by ';' (docs/DATA.md).
#include "partialdate.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

struct CsvRow;
struct CsvTable;

struct Source {
    QString id;
    QString publisher;
    QString title;
    PartialDate date; // may be undated
    QString url;
    QString language; // ISO 639-1
};

class SourceTable
{
public:
    static SourceTable parse(const QByteArray &csv, const QString &fileName, QStringList *errors);
    static SourceTable load(const QString &path, QStringList *errors);

    const Source *byId(const QString &id) const;
    int size() const { return m_sources.size(); }

    // The ids of a `source` field: split at ';', trimmed, empty parts dropped.
    static QStringList ids(const QString &field);
    // Checks a row's `source` field: one id at least and, with a table, every id in it. Errors
    // go to csv->errors as "file:line:column: message"; returns whether the field is valid.
    static bool checkField(const SourceTable *table, CsvTable *csv, const CsvRow &row, int column);

private:
    QString m_fileName;
    QVector<Source> m_sources;
    QHash<QString, int> m_byId;
};
