#include "sourcetable.h"

#include "csvreader.h"
#include "filecheck.h"

#include <QRegularExpression>

SourceTable SourceTable::parse(const QByteArray &bytes, const QString &fileName, QStringList *errors)
{
    SourceTable table;
    table.m_fileName = fileName;
    CsvTable csv = parseCsv(bytes, fileName);
    if (!csv.header.isEmpty() && csv.requireColumns({"id", "publisher", "title", "date", "url", "language"})) {
        const int cId = csv.column("id"), cPublisher = csv.column("publisher"), cTitle = csv.column("title"),
                  cDate = csv.column("date"), cUrl = csv.column("url"), cLanguage = csv.column("language");
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2}$"));
        for (const CsvRow &row : csv.rows) {
            Source s{row.fields[cId], row.fields[cPublisher], row.fields[cTitle], {}, row.fields[cUrl], row.fields[cLanguage]};
            QString dateError;
            if (!idPattern.match(s.id).hasMatch())
                csv.errors << csv.where(row, cId) + QStringLiteral(": source id '%1' is not lower-case letters, digits, '.', '_' or '-'").arg(s.id);
            else if (table.m_byId.contains(s.id))
                csv.errors << csv.where(row, cId) + QStringLiteral(": duplicate source id '%1'").arg(s.id);
            else if (s.publisher.isEmpty() || s.title.isEmpty())
                csv.errors << csv.where(row, s.publisher.isEmpty() ? cPublisher : cTitle) + QStringLiteral(": a source needs a publisher and a title");
            else if (!PartialDate::parse(row.fields[cDate], &s.date, &dateError))
                csv.errors << csv.where(row, cDate) + QStringLiteral(": ") + dateError;
            else if (!s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
                csv.errors << csv.where(row, cUrl) + QStringLiteral(": url '%1' is not an http(s) address").arg(s.url);
            else if (!languagePattern.match(s.language).hasMatch())
                csv.errors << csv.where(row, cLanguage) + QStringLiteral(": language '%1' is not a two-letter code").arg(s.language);
            else {
                table.m_byId.insert(s.id, table.m_sources.size());
                table.m_sources << s;
            }
        }
        if (csv.rows.isEmpty() && csv.errors.isEmpty())
            csv.errors << QStringLiteral("%1: no sources: the file has a header and nothing else").arg(fileName);
    }
    *errors << csv.errors;
    return table;
}

SourceTable SourceTable::load(const QString &path, QStringList *errors)
{
    QByteArray bytes;
    QString error;
    if (!FileCheck::readFile(path, FileCheck::kMaxTableBytes, &bytes, &error)) {
        *errors << error;
        SourceTable table;
        table.m_fileName = path;
        return table;
    }
    return parse(bytes, path, errors);
}

const Source *SourceTable::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_sources[*it];
}

QStringList SourceTable::ids(const QString &field)
{
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

bool SourceTable::checkField(const SourceTable *table, CsvTable *csv, const CsvRow &row, int column)
{
    const QStringList list = ids(row.fields.value(column));
    if (list.isEmpty()) {
        csv->errors << csv->where(row, column) + QStringLiteral(": missing source");
        return false;
    }
    bool ok = true;
    for (const QString &id : list) {
        if (table && !table->byId(id)) {
            csv->errors << csv->where(row, column) + QStringLiteral(": unknown source id '%1' (not in %2)").arg(id, table->m_fileName);
            ok = false;
        }
    }
    return ok;
}
