#include "worldview.h"

#include "csvreader.h"

#include <QDir>
#include <QFileInfo>

Worldview Worldview::load(const QString &path, QStringList *errors)
{
    Worldview view;
    view.fileName = path;
    CsvTable csv = readCsvFile(path);
    if (csv.requireColumns({"action", "from", "to", "bbox", "label_vi", "label_en", "reason"})) {
        const int cAction = csv.column("action"), cFrom = csv.column("from"), cTo = csv.column("to"),
                  cBox = csv.column("bbox"), cVi = csv.column("label_vi"), cEn = csv.column("label_en"),
                  cReason = csv.column("reason");
        for (const CsvRow &row : csv.rows) {
            WorldviewRule rule;
            rule.line = row.line;
            rule.from = row.fields[cFrom];
            rule.to = row.fields[cTo];
            rule.labelVi = row.fields[cVi];
            rule.labelEn = row.fields[cEn];
            rule.reason = row.fields[cReason];
            const QString action = row.fields[cAction];
            if (action == QLatin1String("transfer")) {
                rule.action = WorldviewRule::Action::Transfer;
            } else if (action == QLatin1String("complete")) {
                rule.action = WorldviewRule::Action::Complete;
            } else {
                csv.errors << csv.where(row, cAction) + QStringLiteral(": unknown action '%1'").arg(action);
                continue;
            }
            if (rule.from.isEmpty() || rule.to.isEmpty() || rule.reason.isEmpty()) {
                csv.errors << csv.where(row, cFrom) + QStringLiteral(": a rule needs from, to and reason");
                continue;
            }
            const QString box = row.fields[cBox];
            if (!box.isEmpty()) {
                const QStringList parts = box.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                bool ok = parts.size() == 4;
                double v[4] = {0, 0, 0, 0};
                for (int i = 0; ok && i < 4; ++i)
                    v[i] = parts[i].toDouble(&ok);
                if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
                    csv.errors << csv.where(row, cBox) + QStringLiteral(": bbox must be 'minlon minlat maxlon maxlat', got '%1'").arg(box);
                    continue;
                }
                rule.lonLatBox = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
            }
            view.rules << rule;
        }
    }
    *errors << csv.errors;
    return view;
}

QString Worldview::completionFor(const QString &boundaryPath) const
{
    const QString name = QFileInfo(boundaryPath).fileName();
    for (const WorldviewRule &rule : rules) {
        if (rule.action == WorldviewRule::Action::Complete && rule.from == name)
            return QFileInfo(fileName).dir().filePath(rule.to);
    }
    return {};
}
