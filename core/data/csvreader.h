#pragma once
// A small RFC 4180 CSV reader for the human-edited files in geodata/.
// UTF-8 (a BOM is skipped), LF, CRLF or CR line ends, unique column names, double-quoted fields may hold commas,
// doubled quotes and line breaks; lines starting with '#' are comments. Problems are collected as "file:line:column: message".
#include <QString>
#include <QStringList>
#include <QVector>

struct CsvRow {
    int line = 0;              // 1-based line where the row starts
    QStringList fields;
    QVector<int> columns;      // 1-based character column where each field starts
};

struct CsvTable {
    QString fileName;
    QStringList header;
    QVector<CsvRow> rows;
    QStringList errors;

    // Index of a header column, or -1.
    int column(const QString &name) const { return header.indexOf(name); }
    // "file:line:column: message" for a field of a row (column index may be out of range).
    QString where(const CsvRow &row, int field) const;
    // Checks that every named column exists; adds one error per missing column.
    bool requireColumns(const QStringList &names);
};

CsvTable parseCsv(const QByteArray &data, const QString &fileName);
CsvTable readCsvFile(const QString &path); // FileCheck::readFile's rules: a regular file of at most 16 MB
