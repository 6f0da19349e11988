// Export faults (issue 15, items 1 and 2): writers replace only regular files, and a full disk
// (here a file size limit, which fails writes the same way without root) never reports
// success nor harms the previous file.
#include "boundaryloader.h"
#include "dataset.h"
#include "filecheck.h"
#include "snapshotexporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

const DataSet &data50()
{
    static const DataSet data = DataSet::load(DataPaths::defaults());
    return data;
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    return path;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// While alive, files of this process cannot grow past `bytes`: writes beyond fail with EFBIG,
// as they fail with ENOSPC on a full disk. SIGXFSZ is ignored so that the write returns.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_old) == 0);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

SnapshotOptions optionsFor(const QString &path, SnapshotOptions::Format format)
{
    SnapshotOptions o;
    o.outPath = path;
    o.format = format;
    o.date = QDate(2025, 12, 31);
    o.size = QSize(1280, 720);
    return o;
}

} // namespace

TEST_CASE("export refuses to replace a FIFO, a directory or a link to one", "[export][faults]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = makeFifo(dir, "map.png");
    QString error;
    CHECK_FALSE(SnapshotExporter::write(data50(), optionsFor(fifo, SnapshotOptions::Format::Png), &error));
    CHECK(error == fifo + ": is a FIFO, not a regular file: refusing to replace it");
    CHECK(isFifo(fifo)); // before: replaced by a regular file (as root, /dev/null was)

    const QString folder = dir.filePath("folder.svg");
    REQUIRE(QDir().mkdir(folder));
    CHECK_FALSE(SnapshotExporter::write(data50(), optionsFor(folder, SnapshotOptions::Format::Svg), &error));
    CHECK(error == folder + ": is a directory, not a regular file: refusing to replace it");

    const QString link = dir.filePath("link.pdf");
    REQUIRE(QFile::link(fifo, link));
    CHECK_FALSE(SnapshotExporter::write(data50(), optionsFor(link, SnapshotOptions::Format::Pdf), &error));
    CHECK(error == link + ": is a FIFO, not a regular file: refusing to replace it");
    CHECK(isFifo(fifo));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot).size() == 3); // no temporary left
}

TEST_CASE("a link to a regular file is followed: the target is replaced, the link kept", "[export][faults]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath("target.png"), link = dir.filePath("link.png");
    writeText(target, "old");
    REQUIRE(QFile::link(target, link));
    QString error;
    SnapshotOptions o = optionsFor(link, SnapshotOptions::Format::Png);
    o.bare = true;
    REQUIRE(SnapshotExporter::write(data50(), o, &error));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(contents(target).startsWith("\x89PNG"));
}

TEST_CASE("derive-completion's writer follows the same rule", "[export][faults]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = makeFifo(dir, "completion.geojson");
    QString error;
    CHECK_FALSE(BoundaryLoader::writeCompletion(BoundarySet(), BoundarySet(), CountryTable(), fifo, &error));
    CHECK(error == fifo + ": is a FIFO, not a regular file: refusing to replace it");
    CHECK(isFifo(fifo));
}

TEST_CASE("a full disk fails the export with the system's reason and keeps the previous file", "[export][faults]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto format : {SnapshotOptions::Format::Svg, SnapshotOptions::Format::Pdf, SnapshotOptions::Format::Png}) {
        const QString path = dir.filePath(QStringLiteral("map%1").arg(int(format)));
        INFO(int(format));
        writeText(path, "previous");
        const SnapshotOptions o = optionsFor(path, format);
        QString error;
        bool ok = false;
        {
            const FileSizeLimit limit(16 * 1024); // every format at 1280x720 is larger
            ok = SnapshotExporter::write(data50(), o, &error);
        }
        CHECK_FALSE(ok); // before: SVG and PDF said "wrote", leaving a file cut mid-path
        CHECK(error == QStringLiteral("cannot write '%1': File too large").arg(path)); // PNG said "Unknown error"
        CHECK(contents(path) == "previous");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size() == 1);
        REQUIRE(SnapshotExporter::write(data50(), o, &error)); // without the limit, all is well
        CHECK(contents(path) != "previous");
        QFile::remove(path);
    }
}

TEST_CASE("diplomap export --out FIFO exits 1 and leaves the FIFO", "[export][faults][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = makeFifo(dir, "out.png");
    QProcess p;
    p.start(QStringLiteral(DIPLOMAP_BIN), {"export", "--date", "2025-12-31", "--out", fifo, "--bare"});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(fifo + ": is a FIFO, not a regular file: refusing to replace it\n"));
    CHECK(isFifo(fifo));
}
