#include "stagedoutput.h"

#include "checkedwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

bool renamePath(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = CheckedWrite::cannotWrite(to, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

} // namespace

StagedOutput::~StagedOutput()
{
    discard();
}

bool StagedOutput::open(const QString &target, Kind kind, QString *error)
{
    discard();
    m_target = target;
    m_kind = kind;
    const QFileInfo info(target);
    if (!info.absoluteDir().exists()) {
        *error = CheckedWrite::cannotWrite(target, QStringLiteral("No such file or directory"));
        return false;
    }
    // Hidden, beside the target (the same file system, so the rename is atomic).
    const QString pattern = info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName()));
    if (kind == Kind::File) {
        QTemporaryFile file(pattern);
        file.setAutoRemove(false);
        if (!file.open()) {
            *error = CheckedWrite::cannotWrite(target, file.errorString());
            return false;
        }
        m_path = file.fileName();
        // As a new file would be (QTemporaryFile makes it private).
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    } else {
        QTemporaryDir dir(pattern);
        if (!dir.isValid()) {
            *error = CheckedWrite::cannotWrite(target, dir.errorString());
            return false;
        }
        dir.setAutoRemove(false);
        m_path = dir.path();
    }
    return true;
}

bool StagedOutput::commit(QString *error)
{
    if (m_path.isEmpty()) {
        *error = CheckedWrite::cannotWrite(m_target, QStringLiteral("nothing was written"));
        return false;
    }
    if (m_kind == Kind::File || !QFileInfo::exists(m_target)) {
        if (!renamePath(m_path, m_target, error))
            return false;
        m_path.clear();
        return true;
    }
    // A folder replaces a folder in two renames; the old one is removed after.
    QTemporaryDir aside(QFileInfo(m_target).absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.old").arg(QFileInfo(m_target).fileName())));
    if (!aside.isValid()) {
        *error = CheckedWrite::cannotWrite(m_target, aside.errorString());
        return false;
    }
    const QString old = aside.path() + QStringLiteral("/old");
    if (!renamePath(m_target, old, error))
        return false;
    if (!renamePath(m_path, m_target, error)) {
        QString ignored;
        renamePath(old, m_target, &ignored); // put the old one back
        return false;
    }
    m_path.clear();
    return true; // `aside` removes the old folder
}

void StagedOutput::discard()
{
    if (m_path.isEmpty())
        return;
    if (m_kind == Kind::File)
        QFile::remove(m_path);
    else
        QDir(m_path).removeRecursively();
    m_path.clear();
}
