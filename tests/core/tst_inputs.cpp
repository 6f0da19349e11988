// Bad input files (issue 15): line ends, quotes, header problems, special and huge files,
// duplicates in bulk. Every message names the file; nothing blocks, nothing is lost silently.
#include "csvreader.h"
#include "dataset.h"
#include "writefile.h"
#include "filecheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QSet<QString> kKeys = {"FRA", "DEU", "JPN"};

std::string firstError(const RelationData &data)
{
    return data.errors.value(0).toStdString();
}

} // namespace

TEST_CASE("lone CR line ends are read like LF and CRLF", "[inputs][csv]")
{
    const QByteArray lf = "key,date,tier,source\nFRA,2013-09-25,sp,a\nDEU,2011-10-11,sp,b\n";
    for (const QByteArray &eol : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
        QByteArray text = lf;
        text.replace("\n", eol);
        const RelationData data = RelationData::parseEvents(text, "r.csv", kKeys);
        INFO(eol.toHex().toStdString());
        CHECK(data.errors.isEmpty());
        CHECK(data.events.size() == 2);
    }
    // A quoted line break survives CR line ends too.
    const CsvTable t = parseCsv("a,b\r\"x\ry\",z\r", "t.csv");
    REQUIRE(t.errors.isEmpty());
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields[0] == "x\ny");
}

TEST_CASE("a relations file with a header and no event is an error", "[inputs][csv]")
{
    const RelationData data = RelationData::parseEvents("key,date,tier,source\n", "r.csv", kKeys);
    REQUIRE(data.errors.size() == 1);
    CHECK(firstError(data) == "r.csv: no events: the file has a header and nothing else");
}

TEST_CASE("duplicate header columns are refused", "[inputs][csv]")
{
    const CsvTable t = parseCsv("key,date,tier,date,source\nFRA,2013,sp,2014,a\n", "t.csv");
    REQUIRE(t.errors.size() == 1);
    CHECK(t.errors[0] == "t.csv:1:15: duplicate column 'date'");
}

TEST_CASE("an unclosed quote is reported where it opens, once", "[inputs][csv]")
{
    QByteArray text = "key,date,tier,source,note\nFRA,2013-09-25,sp,a,\"open\n";
    for (int i = 0; i < 12; ++i)
        text += "DEU,2011-10-11,sp,b,plain\n";
    text += "JPN,2009,sp,c,say \"hi\" there\n";
    const RelationData data = RelationData::parseEvents(text, "r.csv", kKeys);
    REQUIRE(data.errors.size() == 1);
    CHECK(firstError(data) == "r.csv:2:21: quoted field is not closed on its line (it runs to line 15): missing closing quote?");
    // A well-formed field over several lines is still fine.
    const CsvTable ok = parseCsv("a,b\n\"x\ny\",z\n", "t.csv");
    CHECK(ok.errors.isEmpty());
}

TEST_CASE("special files are refused before they are read", "[inputs][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath("relations.csv");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // Before the fix this blocked forever in open(): a FIFO without a writer.
    const RelationData data = RelationData::load(fifo, QString(), kKeys);
    REQUIRE(data.errors.size() == 1);
    CHECK(firstError(data) == (fifo + ": is a FIFO, not a regular file").toStdString());

    const CsvTable table = readCsvFile(dir.path());
    REQUIRE(table.errors.size() == 1);
    CHECK(table.errors[0] == dir.path() + ": is a directory, not a regular file");

    DataPaths paths = DataPaths::defaults();
    paths.boundaries = fifo;
    const DataSet set = DataSet::load(paths, DataSet::Boundaries);
    REQUIRE(set.errors.size() == 1);
    CHECK(set.errors[0] == fifo + ": is a FIFO, not a regular file");
}

TEST_CASE("files over the size limit are refused before they are read", "[inputs][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath("huge.csv");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(FileCheck::kMaxTableBytes + 1)); // sparse: no disk used
    }
    const RelationData data = RelationData::load(path, QString(), kKeys);
    REQUIRE(data.errors.size() == 1);
    CHECK(firstError(data) == QStringLiteral("%1: file too large (16777217 bytes; the limit is 16777216)").arg(path).toStdString());
    QByteArray bytes;
    QString error;
    CHECK(FileCheck::readFile(writeFile(dir, "small.csv", "abc"), 3, &bytes, &error));
    CHECK(bytes == "abc");
    CHECK_FALSE(FileCheck::readFile(dir.filePath("small.csv"), 2, &bytes, &error));
    CHECK(bytes.isEmpty());
}

TEST_CASE("a symbolic link loop is named as such, not as a missing file", "[inputs][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath("a.csv"), b = dir.filePath("b.csv");
    REQUIRE(QFile::link(a, b));
    REQUIRE(QFile::link(b, a));
    const RelationData data = RelationData::load(a, QString(), kKeys);
    CHECK(firstError(data) == (a + ": cannot open: Too many levels of symbolic links").toStdString());
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = a;
    const DataSet set = DataSet::load(paths, DataSet::Boundaries);
    REQUIRE(set.errors.size() == 1);
    CHECK(set.errors[0] == a + ": cannot open: Too many levels of symbolic links");
    CHECK(RelationData::load(dir.filePath("none.csv"), QString(), kKeys).errors == QStringList{dir.filePath("none.csv") + ": no such file"});
}

TEST_CASE("50,000 rows of duplicates are checked in linear time", "[inputs][performance]")
{
    // 25,000 distinct events, then each again, against 50,000 distinct events. Before, every
    // duplicate searched the events linearly (25,000 × 12,500 comparisons on average, ~5 s
    // against ~0.2 s); with a hash both take about as long, on any machine and under sanitizers.
    const QStringList keys = {"FRA", "DEU", "JPN"};
    auto rows = [&](int from, int count) {
        QByteArray text;
        for (int i = from; i < from + count; ++i)
            text += QStringLiteral("%1,%2,sp,s\n").arg(keys[i % 3], QDate(1901, 1, 1).addDays(i / 3).toString(Qt::ISODate)).toLatin1();
        return text;
    };
    const QByteArray header = "key,date,tier,source\n";
    QElapsedTimer timer;
    timer.start();
    const RelationData distinct = RelationData::parseEvents(header + rows(0, 25000) + rows(25000, 25000), "r.csv", kKeys);
    const qint64 distinctMs = std::max<qint64>(timer.restart(), 1);
    const RelationData duplicated = RelationData::parseEvents(header + rows(0, 25000) + rows(0, 25000), "r.csv", kKeys);
    const qint64 duplicatedMs = timer.elapsed();
    CHECK(distinct.errors.isEmpty());
    CHECK(distinct.events.size() == 50000);
    CHECK(duplicated.events.size() == 25000);
    CHECK(duplicated.errors.size() == 25000);
    CHECK(duplicated.errors.last().startsWith("r.csv:50001:5: duplicate event"));
    INFO("distinct " << distinctMs << " ms, duplicated " << duplicatedMs << " ms");
    CHECK(duplicatedMs < 4 * distinctMs + 100); // the quadratic version: ~25 times
}
