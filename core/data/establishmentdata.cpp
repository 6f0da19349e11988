#include "establishmentdata.h"

#include "csvreader.h"
#include "filecheck.h"
#include "sourcetable.h"

#include <QHash>

QDate srvFounding() { return QDate(1976, 7, 2); }

namespace {

const QHash<QString, RelationEvent::Kind> &eventKinds()
{
    static const QHash<QString, RelationEvent::Kind> kinds = {{"established", RelationEvent::Kind::Established},
                                                              {"confirmed", RelationEvent::Kind::Confirmed},
                                                              {"broken", RelationEvent::Kind::Broken},
                                                              {"restored", RelationEvent::Kind::Restored},
                                                              {"succession", RelationEvent::Kind::Succession},
                                                              {"confirmed", RelationEvent::Kind::Confirmed}};
    return kinds;
}

// Who held the relation on a date: the DRV or the PRG before 2 July 1976, the SRV from then.
QString holderError(const QString &heldBy, const PartialDate &date)
{
    if (heldBy != QLatin1String("DRV") && heldBy != QLatin1String("PRG") && heldBy != QLatin1String("SRV"))
        return QStringLiteral("held_by '%1' is not DRV, PRG or SRV").arg(heldBy);
    const bool srv = heldBy == QLatin1String("SRV");
    if (srv && date.start() < srvFounding() && !(date.precision != PartialDate::Precision::Day && date.year == 1976))
        return QStringLiteral("held_by SRV on %1, before the SRV was founded (1976-07-02): DRV or PRG").arg(date.toString());
    if (!srv && date.start() >= srvFounding())
        return QStringLiteral("held_by %1 on %2, after the SRV took over (1976-07-02): SRV").arg(heldBy, date.toString());
    return {};
}

} // namespace

EstablishmentData EstablishmentData::parse(const QByteArray &bytes, const QString &fileName, const QSet<QString> &knownKeys,
                                           const SourceTable *sources)
{
    EstablishmentData data;
    CsvTable csv = parseCsv(bytes, fileName);
    if (!csv.header.isEmpty() && csv.requireColumns({"key", "date", "event", "predecessor", "held_by", "source", "note_vi", "note_en"})) {
        const int cKey = csv.column("key"), cDate = csv.column("date"), cEvent = csv.column("event"),
                  cPredecessor = csv.column("predecessor"), cHeld = csv.column("held_by"), cSource = csv.column("source"),
                  cVi = csv.column("note_vi"), cEn = csv.column("note_en");
        QHash<QString, int> firstRow; // "key date event predecessor" -> line
        for (const CsvRow &row : csv.rows) {
            RelationEvent e;
            e.line = row.line;
            e.key = row.fields[cKey];
            e.predecessor = row.fields[cPredecessor];
            e.heldBy = row.fields[cHeld];
            e.source = row.fields[cSource];
            e.noteVi = row.fields[cVi];
            e.noteEn = row.fields[cEn];
            data.keys.insert(e.key);
            QString dateError;
            const QString event = row.fields[cEvent];
            if (!knownKeys.contains(e.key)) {
                csv.errors << csv.where(row, cKey) + QStringLiteral(": unknown country key '%1'").arg(e.key);
                continue;
            }
            if (!eventKinds().contains(event)) {
                csv.errors << csv.where(row, cEvent)
                                  + QStringLiteral(": unknown event '%1' (expected established, confirmed, broken, restored, succession)").arg(event);
                continue;
            }
            e.kind = eventKinds().value(event);
            if (row.fields[cDate].isEmpty()) {
                csv.errors << csv.where(row, cDate)
                                  + QStringLiteral(": %1 has no date: every event is dated, to the day, month or year the sources give").arg(e.key);
                continue;
            }
            if (!PartialDate::parse(row.fields[cDate], &e.date, &dateError)) {
                csv.errors << csv.where(row, cDate) + QStringLiteral(": ") + dateError;
                continue;
            }
            const bool succession = e.kind == RelationEvent::Kind::Succession;
            if (succession && !knownKeys.contains(e.predecessor)) {
                csv.errors << csv.where(row, cPredecessor) + (e.predecessor.isEmpty() ? QStringLiteral(": a succession needs a predecessor")
                                                                                       : QStringLiteral(": unknown predecessor '%1'").arg(e.predecessor));
                continue;
            }
            if (!succession && !e.predecessor.isEmpty()) {
                csv.errors << csv.where(row, cPredecessor) + QStringLiteral(": only a succession has a predecessor");
                continue;
            }
            const QString holder = holderError(e.heldBy, e.date);
            if (!holder.isEmpty()) {
                csv.errors << csv.where(row, cHeld) + QStringLiteral(": ") + holder;
                continue;
            }
            if (!SourceTable::checkField(sources, &csv, row, cSource))
                continue;
            if (e.noteVi.isEmpty() != e.noteEn.isEmpty()) {
                csv.errors << csv.where(row, e.noteVi.isEmpty() ? cVi : cEn) + QStringLiteral(": a note needs both note_vi and note_en");
                continue;
            }
            const QString id = QStringList{e.key, e.date.toString(), event, e.predecessor}.join(QLatin1Char(' '));
            if (firstRow.contains(id)) {
                csv.errors << csv.where(row, cKey) + QStringLiteral(": duplicate event (first at line %1)").arg(firstRow.value(id));
                continue;
            }
            firstRow.insert(id, row.line);
            data.events << e;
        }
        if (csv.rows.isEmpty() && csv.errors.isEmpty())
            csv.errors << QStringLiteral("%1: no events: the file has a header and nothing else").arg(fileName);
    }
    data.errors = csv.errors;
    return data;
}

EstablishmentData EstablishmentData::load(const QString &path, const QSet<QString> &knownKeys, const SourceTable *sources)
{
    QByteArray bytes;
    QString error;
    if (!FileCheck::readFile(path, FileCheck::kMaxTableBytes, &bytes, &error)) {
        EstablishmentData data;
        data.errors << error;
        return data;
    }
    return parse(bytes, path, knownKeys, sources);
}
