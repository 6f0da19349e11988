#include "csvreader.h"

#include "filecheck.h"

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

// Splits at LF, CRLF or a lone CR (old Mac files): every one ends a line.
QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    int start = 0;
    for (int i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        lines << bytes.mid(start, i - start);
        if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    lines << bytes.mid(start);
    return lines;
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
    const QList<QByteArray> rawLines = splitLines(bytes);
    for (int i = 0; i < rawLines.size(); ++i) {
        bool valid = true;
        lines << decodeLine(rawLines[i], &valid);
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
        int spanColumn = 0; // where the first quoted field that runs past its line opened
        QStringList rowErrors;
        QString line = lines[i];
        int pos = 0;
        for (;;) {
            if (pos >= line.size()) {
                if (inQuotes) {
                    if (i + 1 >= lines.size()) {
                        table.errors << QStringLiteral("%1:%2:%3: unterminated quoted field").arg(fileName).arg(row.line).arg(fieldColumn);
                        break;
                    }
                    if (!spanColumn)
                        spanColumn = fieldColumn;
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
                rowErrors << QStringLiteral("%1:%2:%3: stray quote in field").arg(fileName).arg(i + 1).arg(pos + 1);
            } else {
                field += c;
            }
            ++pos;
        }
        row.fields << field;
        row.columns << fieldColumn;
        const int lastLine = i + 1;
        ++i;

        // A quote left open on one line swallows the lines up to the next quote: say so at the
        // opening quote rather than with the stray quotes and field counts that follow.
        const bool badCount = !first && row.fields.size() != table.header.size();
        if (spanColumn && (badCount || !rowErrors.isEmpty())) {
            table.errors << QStringLiteral("%1:%2:%3: quoted field is not closed on its line (it runs to line %4): missing closing quote?")
                                .arg(fileName).arg(row.line).arg(spanColumn).arg(lastLine);
            continue;
        }
        table.errors << rowErrors;

        const bool blank = row.fields.size() == 1 && row.fields[0].trimmed().isEmpty();
        if (blank)
            continue;
        for (QString &f : row.fields)
            f = f.trimmed();
        if (first) {
            table.header = row.fields;
            first = false;
            for (int f = 0; f < row.fields.size(); ++f)
                if (table.header.indexOf(row.fields[f]) < f)
                    table.errors << QStringLiteral("%1:%2:%3: duplicate column '%4'").arg(fileName).arg(row.line).arg(row.columns[f]).arg(row.fields[f]);
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
    QByteArray bytes;
    QString error;
    if (!FileCheck::readFile(path, FileCheck::kMaxTableBytes, &bytes, &error)) {
        CsvTable table;
        table.fileName = path;
        table.errors << error;
        return table;
    }
    return parseCsv(bytes, path);
}
