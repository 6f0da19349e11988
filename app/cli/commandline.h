#pragma once
// The command-line interface: `diplomap COMMAND [options]` (see README). Returns the exit
// status: 0 success, 1 a negative answer or invalid data, 2 a usage error.
#include "dataset.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace CommandLine {

bool isCommand(const QString &word);
int run(const QStringList &args, QTextStream &out, QTextStream &err); // args without the program name

// Parses an ISO date given on the command line; an error names the value.
bool parseDate(const QString &text, class QDate *date, QString *error);

// The data files: the bundled ones unless --hub, --boundaries, --relations, --establishment or
// --sources name others. `detailed`: without --boundaries, the most detailed bundled
// boundaries (the 10m copy).
DataPaths dataPaths(const QHash<QString, QString> &options, bool detailed = false);

} // namespace CommandLine
