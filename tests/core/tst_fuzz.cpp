// Random and truncated relation files: a clean report, never a crash. Built with ASan and UBSan
// from the parsing sources alone (see CMakeLists.txt), so memory errors fail the test.
#include "countrytable.h"
#include "establishmentdata.h"
#include "sourcetable.h"

#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

TEST_CASE("random and truncated input never crashes and always reports cleanly", "[relations][fuzz]")
{
    QStringList tableErrors;
    const CountryTable table = CountryTable::load(QStringLiteral(GEODATA_DIR "/countries.csv"), &tableErrors);
    REQUIRE(tableErrors.isEmpty());
    QSet<QString> keys;
    for (const CountryInfo &c : table.all())
        keys.insert(c.key);

    QFile file(QStringLiteral(GEODATA_DIR "/relations.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    REQUIRE(RelationData::parseEvents(original, "relations.csv", keys).ok());

    QRandomGenerator rng(20251231); // fixed seed: reproducible
    int rejected = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = original.left(int(rng.bounded(original.size())));
        const int mutations = int(rng.bounded(8));
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        const RelationData data = RelationData::parseEvents(bytes, "fuzz.csv", keys);
        rejected += data.ok() ? 0 : 1;
        for (const QString &e : data.errors)
            CHECK(e.startsWith("fuzz.csv:"));
        for (const RelationEvent &e : data.events) // whatever passed validation is well-formed
            CHECK((keys.contains(e.key) && !e.source.isEmpty() && (e.date.isBaseline() || e.date.start().isValid())));
    }
    CHECK(rejected > 100); // the mutations do reach the validation
}

TEST_CASE("random and truncated establishment files never crash and always report cleanly", "[establishment][fuzz]")
{
    QStringList errors;
    const CountryTable table = CountryTable::load(QStringLiteral(GEODATA_DIR "/countries.csv"), &errors);
    const SourceTable sources = SourceTable::load(QStringLiteral(GEODATA_DIR "/sources.csv"), &errors);
    REQUIRE(errors.isEmpty());
    QSet<QString> keys;
    for (const CountryInfo &c : table.all())
        keys.insert(c.key);
    QFile file(QStringLiteral(GEODATA_DIR "/establishment.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();

    QRandomGenerator rng(19500118);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = original.left(int(rng.bounded(original.size())));
        const int mutations = int(rng.bounded(8));
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        const EstablishmentData data = EstablishmentData::parse(bytes, "fuzz.csv", keys, &sources);
        for (const QString &e : data.errors)
            CHECK(e.startsWith("fuzz.csv:"));
        for (const RelationEvent &e : data.events) {
            CHECK((keys.contains(e.key) && e.date.start().isValid()));
            for (const QString &id : SourceTable::ids(e.source))
                CHECK(sources.byId(id));
        }
    }
}
