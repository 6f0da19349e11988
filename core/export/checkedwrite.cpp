#include "checkedwrite.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace {
const QString kPrefix = QStringLiteral("cannot write '");
const QString kSeparator = QStringLiteral("': ");
} // namespace

QString CheckedWrite::cannotWrite(const QString &path, const QString &reason)
{
    return kPrefix + path + kSeparator + reason;
}

bool CheckedWrite::splitCannotWrite(const QString &message, QString *path, QString *reason)
{
    const int separator = message.lastIndexOf(kSeparator);
    if (!message.startsWith(kPrefix) || separator < kPrefix.size())
        return false;
    *path = message.mid(kPrefix.size(), separator - kPrefix.size());
    *reason = message.mid(separator + kSeparator.size());
    return true;
}

QString CheckedWrite::errorFor(QIODevice *out)
{
    const int code = errno;
    const auto *file = qobject_cast<QFileDevice *>(out);
    return cannotWrite(file ? file->fileName() : QString(), code ? QString::fromLocal8Bit(std::strerror(code)) : out->errorString());
}

bool CheckedWrite::writeAll(QIODevice *out, const QByteArray &bytes, QString *error)
{
    errno = 0;
    if (out->write(bytes) == bytes.size())
        return true;
    *error = errorFor(out);
    return false;
}
