#pragma once
// For tests: writes `bytes` to `name` in a temporary folder and returns the path.
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}
