#pragma once
// The one rule for every file diplomap reads or writes (docs/RELIABILITY.md):
// - an input must be a regular file (a symbolic link is followed) no larger than a limit,
//   checked on the open file before a byte is read: a FIFO, a device, a socket or a directory
//   is refused instead of blocking or reading without end;
// - an output may only replace a regular file: an existing FIFO, device, socket or directory
//   is refused. A symbolic link is followed: its target is replaced (atomically, by
//   QSaveFile) and the link is kept.
// Errors name the path: "PATH: reason".
#include <QByteArray>
#include <QString>

namespace FileCheck {

constexpr qint64 kMaxTableBytes = 16 << 20;       // CSV data files (the bundled ones are under 50 KB)
constexpr qint64 kMaxBoundaryBytes = 512LL << 20; // boundary files (the bundled ones are under 10 MB)

// Reads a whole regular file of at most maxBytes.
bool readFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);
// Checks, without reading, that `path` is a regular file of at most maxBytes (for readers,
// such as GDAL, that open the file themselves).
bool checkInput(const QString &path, qint64 maxBytes, QString *error);
// Checks that a writer may create or replace `path`: it does not exist, or is a regular file.
bool checkOutput(const QString &path, QString *error);
// Writes `bytes` to `path` atomically (checkOutput, then QSaveFile): on any error the previous
// file is left as it was and `error` reads "PATH: cannot write: reason".
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace FileCheck
