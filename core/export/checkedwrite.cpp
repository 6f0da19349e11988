#include "checkedwrite.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

QString CheckedWrite::errorFor(QIODevice *out)
{
    const int code = errno;
    const auto *file = qobject_cast<QFileDevice *>(out);
    return QStringLiteral("cannot write '%1': %2")
        .arg(file ? file->fileName() : QString(), code ? QString::fromLocal8Bit(std::strerror(code)) : out->errorString());
}

bool CheckedWrite::writeAll(QIODevice *out, const QByteArray &bytes, QString *error)
{
    errno = 0;
    if (out->write(bytes) == bytes.size())
        return true;
    *error = errorFor(out);
    return false;
}
