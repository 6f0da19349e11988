#include "relationdata.h"

#include "csvreader.h"
#include "filecheck.h"
#include "sourcetable.h"

#include <QHash>

#include <algorithm>

RelationData RelationData::parseEvents(const QByteArray &bytes, const QString &fileName, const QSet<QString> &knownKeys,
                                       const SourceTable *sources)
{
    RelationData data;
    CsvTable csv = parseCsv(bytes, fileName);
    if (!csv.header.isEmpty() && csv.requireColumns({"key", "date", "tier", "source"})) {
        const int cKey = csv.column("key"), cDate = csv.column("date"), cTier = csv.column("tier"),
                  cSource = csv.column("source"), cVi = csv.column("framework_vi"), cEn = csv.column("framework_en"),
                  cNote = csv.column("note");
        auto optional = [](const CsvRow &row, int c) { return c >= 0 ? row.fields[c] : QString(); };
        QHash<QPair<QString, QString>, int> firstEvent; // (key, date) -> index in data.events: no search per duplicate
        for (const CsvRow &row : csv.rows) {
            RelationEvent e;
            e.line = row.line;
            e.key = row.fields[cKey];
            e.source = row.fields[cSource];
            e.frameworkVi = optional(row, cVi);
            e.frameworkEn = optional(row, cEn);
            e.note = optional(row, cNote);
            bool ok = true;
            if (!knownKeys.contains(e.key)) {
                csv.errors << csv.where(row, cKey) + QStringLiteral(": unknown country key '%1'").arg(e.key);
                ok = false;
            }
            QString dateError;
            if (!PartialDate::parse(row.fields[cDate], &e.date, &dateError)) {
                csv.errors << csv.where(row, cDate) + QStringLiteral(": ") + dateError;
                ok = false;
            }
            if (!tierFromKey(row.fields[cTier], &e.tier) || !tiers::dataTiers().contains(e.tier)) {
                QStringList expected;
                for (const Tier t : tiers::dataTiers())
                    expected << tierKey(t);
                csv.errors << csv.where(row, cTier)
                                  + QStringLiteral(": unknown tier '%1' (expected %2)").arg(row.fields[cTier], expected.join(QStringLiteral(", ")));
                ok = false;
            }
            if (!SourceTable::checkField(sources, &csv, row, cSource))
                ok = false;
            if (!ok)
                continue;
            const auto id = qMakePair(e.key, e.date.toString());
            const auto first = firstEvent.constFind(id);
            if (first != firstEvent.cend()) {
                const RelationEvent &other = data.events[first.value()];
                const QString what = other.tier == e.tier ? QStringLiteral("duplicate event")
                                                          : QStringLiteral("two events for %1 on the same date").arg(e.key);
                csv.errors << csv.where(row, cDate) + QStringLiteral(": %1 (%2 %3, first at line %4)")
                                                          .arg(what, e.key, e.date.isBaseline() ? QStringLiteral("baseline") : e.date.toString())
                                                          .arg(other.line);
                continue;
            }
            firstEvent.insert(id, data.events.size());
            data.events << e;
        }
        if (csv.rows.isEmpty() && csv.errors.isEmpty())
            csv.errors << QStringLiteral("%1: no events: the file has a header and nothing else").arg(fileName);
    }
    std::stable_sort(data.events.begin(), data.events.end(), [](const RelationEvent &a, const RelationEvent &b) {
        return a.key != b.key ? a.key < b.key : a.date < b.date;
    });
    data.errors = csv.errors;
    return data;
}

RelationData RelationData::load(const QString &relationsPath, const QString &highlightsPath, const QSet<QString> &knownKeys,
                                const SourceTable *sources)
{
    QByteArray bytes;
    QString openError;
    if (!FileCheck::readFile(relationsPath, FileCheck::kMaxTableBytes, &bytes, &openError)) {
        RelationData data;
        data.errors << openError;
        return data;
    }
    RelationData data = parseEvents(bytes, relationsPath, knownKeys, sources);
    if (highlightsPath.isEmpty())
        return data;

    CsvTable csv = readCsvFile(highlightsPath);
    if (csv.requireColumns({"key", "date", "kind", "text_vi", "text_en", "source"})) {
        const int cKey = csv.column("key"), cDate = csv.column("date"), cKind = csv.column("kind"),
                  cVi = csv.column("text_vi"), cEn = csv.column("text_en"), cSource = csv.column("source");
        for (const CsvRow &row : csv.rows) {
            Highlight h{row.fields[cKey], {}, row.fields[cKind], row.fields[cVi], row.fields[cEn], row.fields[cSource]};
            QString dateError;
            if (!h.key.isEmpty() && !knownKeys.contains(h.key))
                csv.errors << csv.where(row, cKey) + QStringLiteral(": unknown country key '%1'").arg(h.key);
            else if (!PartialDate::parse(row.fields[cDate], &h.date, &dateError) || h.date.isBaseline())
                csv.errors << csv.where(row, cDate) + QStringLiteral(": ") + (dateError.isEmpty() ? QStringLiteral("missing date") : dateError);
            else if (h.textVi.isEmpty() || h.textEn.isEmpty())
                csv.errors << csv.where(row, cVi) + QStringLiteral(": a highlight needs text_vi and text_en");
            else if (!SourceTable::checkField(sources, &csv, row, cSource))
                continue;
            else
                data.highlights << h;
        }
    }
    data.errors << csv.errors;
    return data;
}
