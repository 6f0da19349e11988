#pragma once
// Writing where every byte is checked. QFileDevice keeps no errno ("Unknown error"): a failed
// write is reported with the system's reason ("No space left on device"), read right after it.
#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace CheckedWrite {
// "cannot write 'PATH': REASON": every export's failed write says it so (the app's export dialog
// translates it, splitCannotWrite).
QString cannotWrite(const QString &path, const QString &reason);
// The path and reason of a cannotWrite message; false for any other message.
bool splitCannotWrite(const QString &message, QString *path, QString *reason);
// cannotWrite for the write that just failed on `out` (errno, else the device's error).
QString errorFor(QIODevice *out);
// Writes all of `bytes`, or says why not in `error`.
bool writeAll(QIODevice *out, const QByteArray &bytes, QString *error);
} // namespace CheckedWrite
