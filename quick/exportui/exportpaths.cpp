#include "exportpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString ExportPaths::suffix(const QString &format)
{
    return format == QLatin1String("png-seq") ? QString() : QLatin1Char('.') + format;
}

QString ExportPaths::defaultPath(const QString &name, const QString &format)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return freePath(QDir(dir).filePath(QStringLiteral("diplomap-%1%2").arg(name, suffix(format))));
}

QString ExportPaths::freePath(const QString &path)
{
    const QFileInfo info(path);
    QString candidate = path;
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        const QString name = info.suffix().isEmpty()
            ? QStringLiteral("%1-%2").arg(info.completeBaseName(), QString::number(n))
            : QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), QString::number(n), info.suffix());
        candidate = info.dir().filePath(name);
    }
    return candidate;
}
