#include "relationdata.h"

#include "csvreader.h"
#include "filecheck.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

bool PartialDate::parse(const QString &text, PartialDate *out, QString *error)
{
    *out = PartialDate();
    if (text.isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("malformed date '%1' (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(text);
        return false;
    }
    out->year = m.captured(1).toInt();
    out->month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    out->day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    out->precision = out->day ? Precision::Day : out->month ? Precision::Month : Precision::Year;
    const bool valid = out->precision == Precision::Day ? QDate::isValid(out->year, out->month, out->day)
                                                        : (m.captured(2).isEmpty() || (out->month >= 1 && out->month <= 12));
    if (!valid || out->year < 1900) {
        *error = QStringLiteral("impossible date '%1'").arg(text);
        return false;
    }
    return true;
}

QDate PartialDate::start() const
{
    if (isBaseline())
        return {};
    return QDate(year, month ? month : 1, day ? day : 1);
}

QString PartialDate::toString() const
{
    switch (precision) {
    case Precision::Baseline: return {};
    case Precision::Year: return QString::number(year);
    case Precision::Month: return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    case Precision::Day: return start().toString(Qt::ISODate);
    }
    return {};
}

bool PartialDate::operator<(const PartialDate &o) const
{
    if (isBaseline() || o.isBaseline())
        return isBaseline() && !o.isBaseline();
    if (start() != o.start())
        return start() < o.start();
    return precision < o.precision; // a coarser date first when both start the same day
}

RelationData RelationData::parseEvents(const QByteArray &bytes, const QString &fileName, const QSet<QString> &knownKeys)
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
            if (!tierFromKey(row.fields[cTier], &e.tier)) {
                QStringList expected;
                for (const Tier t : tiers::dataTiers())
                    expected << tierKey(t);
                csv.errors << csv.where(row, cTier)
                                  + QStringLiteral(": unknown tier '%1' (expected %2)").arg(row.fields[cTier], expected.join(QStringLiteral(", ")));
                ok = false;
            }
            if (e.source.isEmpty()) {
                csv.errors << csv.where(row, cSource) + QStringLiteral(": missing source");
                ok = false;
            }
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

RelationData RelationData::load(const QString &relationsPath, const QString &highlightsPath, const QSet<QString> &knownKeys)
{
    QByteArray bytes;
    QString openError;
    if (!FileCheck::readFile(relationsPath, FileCheck::kMaxTableBytes, &bytes, &openError)) {
        RelationData data;
        data.errors << openError;
        return data;
    }
    RelationData data = parseEvents(bytes, relationsPath, knownKeys);
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
            else if (h.textVi.isEmpty() || h.textEn.isEmpty() || h.source.isEmpty())
                csv.errors << csv.where(row, cVi) + QStringLiteral(": a highlight needs text_vi, text_en and source");
            else
                data.highlights << h;
        }
    }
    data.errors << csv.errors;
    return data;
}
