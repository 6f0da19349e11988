#pragma once
// What `diplomap --help` and `diplomap COMMAND --help` print: every command's synopsis, summary
// and options, in one table that the dispatcher (CommandLine::isCommand) reads too.
#include <QString>
#include <QStringList>

namespace CommandHelp {

QStringList commands();                       // the command names, in the order of the help
bool contains(const QString &command);
QString overview();                           // one line per command: name and summary
QString usageLine(const QString &command);    // "usage: diplomap COMMAND ...\n"
QString help(const QString &command);         // usage line, summary, options, exit status
QString version();                            // "diplomap X.Y\n" (CMake's project VERSION)

} // namespace CommandHelp
