#pragma once
// Where the export dialog proposes to write: diplomap-NAME.EXT in the user's Pictures folder
// (or the home folder when there is none), never over an existing file.
#include <QString>

namespace ExportPaths {
// ".png" for a format; none for a PNG sequence (a folder).
QString suffix(const QString &format);
// The default output for a name (a date, a video's FROM_TO, "story") and format: freePath of
// diplomap-NAME.EXT (a folder diplomap-NAME for a PNG sequence).
QString defaultPath(const QString &name, const QString &format);
// `path` if no file has it, else the first free of NAME-2.EXT, NAME-3.EXT, …
QString freePath(const QString &path);
} // namespace ExportPaths
