#include "filecheck.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// "a FIFO", "a directory"…, or empty for a regular file.
QString kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

bool checkStat(const QString &path, const struct stat &st, qint64 maxBytes, QString *error)
{
    const QString kind = kindOf(st.st_mode);
    if (!kind.isEmpty()) {
        *error = QStringLiteral("%1: is %2, not a regular file").arg(path, kind);
        return false;
    }
    if (st.st_size > maxBytes) {
        *error = QStringLiteral("%1: file too large (%2 bytes; the limit is %3)").arg(path).arg(qint64(st.st_size)).arg(maxBytes);
        return false;
    }
    return true;
}

QString openError(const QString &path, int code)
{
    if (code == ENOENT)
        return QStringLiteral("%1: no such file").arg(path);
    return QStringLiteral("%1: cannot open: %2").arg(path, systemError(code));
}

} // namespace

bool FileCheck::readFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    bytes->clear();
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is then checked on the
    // open file itself, so that nothing can be swapped in between.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = openError(path, errno);
        return false;
    }
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0;
    if (!ok)
        *error = QStringLiteral("%1: cannot read: %2").arg(path, systemError(errno));
    ok = ok && checkStat(path, st, maxBytes, error);
    if (ok) {
        bytes->resize(int(st.st_size));
        qint64 done = 0;
        for (;;) {
            if (done == bytes->size()) {
                if (done >= maxBytes + 1)
                    break;
                bytes->resize(int(std::min<qint64>(maxBytes + 1, done + 65536))); // a file that grew
            }
            const ssize_t n = ::read(fd, bytes->data() + done, size_t(bytes->size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                *error = QStringLiteral("%1: cannot read: %2").arg(path, systemError(errno));
                ok = false;
                break;
            }
            if (n == 0)
                break;
            done += n;
        }
        bytes->resize(int(done));
        if (ok && done > maxBytes) {
            *error = QStringLiteral("%1: file too large (over %2 bytes, the limit)").arg(path).arg(maxBytes);
            ok = false;
        }
    }
    ::close(fd);
    if (!ok)
        bytes->clear();
    return ok;
}

bool FileCheck::checkInput(const QString &path, qint64 maxBytes, QString *error)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *error = openError(path, errno);
        return false;
    }
    return checkStat(path, st, maxBytes, error);
}

bool FileCheck::checkOutput(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = QStringLiteral("no output file given");
        return false;
    }
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return true; // a new file, or a dangling link whose target will be created
        *error = QStringLiteral("%1: cannot write: %2").arg(path, systemError(errno));
        return false;
    }
    const QString kind = kindOf(st.st_mode);
    if (!kind.isEmpty()) {
        *error = QStringLiteral("%1: is %2, not a regular file: refusing to replace it").arg(path, kind);
        return false;
    }
    return true;
}

bool FileCheck::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!checkOutput(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
