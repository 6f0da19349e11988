#include "csvreader.h"

#include <QFile>
#include <QTextCodec>

QString CsvTable::where(const CsvRow &row, int field) const
{
    const int col = (field >= 0 && field < row.columns.size()) ? row.columns[field] : 1;
    return QStringLiteral("%1:%2:%3").arg(fileName).arg(row.line).arg(col);
}

bool CsvTable::requireColumns(const QStringList &names)
{
    bool ok = true;
    for (const QString &name : names) {
        if (column(name) < 0) {
            errors << QStringLiteral("%1:1:1: missing required column '%2'").arg(fileName, name);
            ok = false;
        }
    }
    return ok;
}

namespace {

// Decodes one physical line; reports whether it was valid UTF-8.
QString decodeLine(const QByteArray &bytes, bool *valid)
{
    QTextCodec::ConverterState state;
    const QString text = QTextCodec::codecForName("UTF-8")->toUnicode(bytes.constData(), bytes.size(), &state);
    *valid = state.invalidChars == 0 && state.remainingChars == 0;
    return text;
}

} // namespace

CsvTable parseCsv(const QByteArray &data, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    // Decode line by line so that invalid UTF-8 is reported with its line number.
    QStringList lines;
    const QList<QByteArray> rawLines = bytes.split('\n');
    for (int i = 0; i < rawLines.size(); ++i) {
        QByteArray raw = rawLines[i];
        if (raw.endsWith('\r'))
            raw.chop(1);
        bool valid = true;
        lines << decodeLine(raw, &valid);
        if (!valid)
            table.errors << QStringLiteral("%1:%2:1: invalid UTF-8").arg(fileName).arg(i + 1);
    }
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    bool first = true;
    int i = 0;
    while (i < lines.size()) {
        if (lines[i].startsWith(QLatin1Char('#'))) { // a comment line
            ++i;
            continue;
        }
        CsvRow row;
        row.line = i + 1;
        QString field;
        int fieldColumn = 1;
        bool inQuotes = false;
        bool quoted = false;
        QString line = lines[i];
        int pos = 0;
        for (;;) {
            if (pos >= line.size()) {
                if (inQuotes) {
                    if (i + 1 >= lines.size()) {
                        table.errors << QStringLiteral("%1:%2:%3: unterminated quoted field").arg(fileName).arg(row.line).arg(fieldColumn);
                        break;
                    }
                    field += QLatin1Char('\n');
                    line = lines[++i];
                    pos = 0;
                    continue;
                }
                break;
            }
            const QChar c = line[pos];
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (pos + 1 < line.size() && line[pos + 1] == QLatin1Char('"')) {
                        field += c;
                        pos += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char(',')) {
                row.fields << field;
                row.columns << fieldColumn;
                field.clear();
                quoted = false;
                fieldColumn = pos + 2;
            } else if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == QLatin1Char('"')) {
                table.errors << QStringLiteral("%1:%2:%3: stray quote in field").arg(fileName).arg(i + 1).arg(pos + 1);
            } else {
                field += c;
            }
            ++pos;
        }
        row.fields << field;
        row.columns << fieldColumn;
        ++i;

        const bool blank = row.fields.size() == 1 && row.fields[0].trimmed().isEmpty();
        if (blank)
            continue;
        for (QString &f : row.fields)
            f = f.trimmed();
        if (first) {
            table.header = row.fields;
            first = false;
            continue;
        }
        if (row.fields.size() != table.header.size()) {
            table.errors << QStringLiteral("%1:%2:1: expected %3 fields, found %4")
                                .arg(fileName).arg(row.line).arg(table.header.size()).arg(row.fields.size());
            continue;
        }
        table.rows << row;
    }
    if (first)
        table.errors << QStringLiteral("%1:1:1: empty file, no header").arg(fileName);
    return table;
}

CsvTable readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.fileName = path;
        table.errors << QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return table;
    }
    return parseCsv(file.readAll(), path);
}
