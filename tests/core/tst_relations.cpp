// The relation data and the timeline: official totals, dates, changes, and strict validation.
#include "dataset.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace {

const DataSet &bundled()
{
    static const DataSet data = DataSet::load(DataPaths::defaults(), DataSet::Relations);
    return data;
}

QSet<QString> knownKeys()
{
    QSet<QString> keys;
    for (const CountryInfo &c : bundled().table.all())
        keys.insert(c.key);
    return keys;
}

QDate day(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

RelationData parseTestFile(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/relations/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return RelationData::parseEvents(file.readAll(), name, knownKeys());
}

} // namespace

TEST_CASE("the bundled relation data loads without problems", "[relations]")
{
    REQUIRE(bundled().errors.isEmpty());
    CHECK(bundled().relations.events.size() > 60);      // partnership frameworks
    CHECK(bundled().establishment.events.size() > 200); // one establishment per state at least
    CHECK(bundled().relations.highlights.size() > 20);
    // Every row cites sources by id, and every id is in sources.csv (or the load fails).
    for (const RelationEvent &e : bundled().relations.events + bundled().establishment.events) {
        INFO(e.key.toStdString() << " line " << e.line);
        CHECK(!SourceTable::ids(e.source).isEmpty());
    }
    // No state is left undated: the coverage has nothing missing.
    CHECK(bundled().coverage.missing == 0);
}

TEST_CASE("the data reproduces the official totals", "[relations][timeline]")
{
    const RelationTimeline &t = bundled().timeline;
    const TierCounts end2024 = t.countsAt(day("2024-12-31"));
    CHECK(end2024.perTier.value(Tier::CSP) == 9);
    CHECK(end2024.perTier.value(Tier::SP) == 10);
    CHECK(end2024.perTier.value(Tier::CP) == 13);
    CHECK(end2024.perTier.value(Tier::Special) == 3);
    CHECK(end2024.partners == 32);
    CHECK(end2024.withRelations == 194);

    const TierCounts end2025 = t.countsAt(day("2025-12-31"));
    CHECK(end2025.perTier.value(Tier::CSP) == 14);
    CHECK(end2025.perTier.value(Tier::SP) == 14);
    CHECK(end2025.perTier.value(Tier::CP) == 14);
    CHECK(end2025.partners == 42);
    CHECK(end2025.withRelations == 195);

    // CSP with all five permanent members of the Security Council.
    for (const char *key : {"CHN", "FRA", "GBR", "RUS", "USA"})
        CHECK(t.tierAt(key, day("2025-12-31")) == Tier::CSP);
}

TEST_CASE("tiers change on the day of the event, not before", "[relations][timeline]")
{
    const RelationTimeline &t = bundled().timeline;
    struct Probe {
        const char *key;
        const char *dayBefore;
        Tier before;
        const char *dayOf;
        Tier after;
    };
    const Probe probes[] = {
        {"GBR", "2025-10-28", Tier::SP, "2025-10-29", Tier::CSP},
        {"FRA", "2024-10-06", Tier::SP, "2024-10-07", Tier::CSP},
        {"CZE", "2025-01-19", Tier::Relations, "2025-01-20", Tier::SP},
        {"CHE", "2025-01-20", Tier::Relations, "2025-01-21", Tier::CP},
        {"ZAF", "2025-11-20", Tier::CP, "2025-11-21", Tier::SP},
        {"MWI", "2024-09-22", Tier::None, "2024-09-23", Tier::Relations},
        {"TUV", "2025-09-23", Tier::None, "2025-09-24", Tier::Relations},
        {"AUS", "2024-03-06", Tier::SP, "2024-03-07", Tier::CSP},
    };
    for (const Probe &p : probes) {
        INFO(p.key);
        CHECK(t.tierAt(p.key, day(p.dayBefore)) == p.before);
        CHECK(t.tierAt(p.key, day(p.dayOf)) == p.after);
    }
    // Month precision counts from the first day of the month: Russia's CSP is 2012-07.
    CHECK(t.tierAt("RUS", day("2012-06-30")) == Tier::SP);
    CHECK(t.tierAt("RUS", day("2012-07-01")) == Tier::CSP);
    CHECK(t.eventAt("RUS", day("2020-01-01"))->date.toString() == "2012-07");
    // Laos, Cambodia and Cuba are special; Vietnam is itself.
    for (const char *key : {"LAO", "KHM", "CUB"})
        CHECK(t.tierAt(key, day("2025-12-31")) == Tier::Special);
    CHECK(t.tierAt("VNM", day("2025-12-31")) == Tier::Hub);
    CHECK(t.tierAt("VAT", day("2025-12-31")) == Tier::None);
}

TEST_CASE("dependencies follow their sovereign and never count", "[relations][timeline]")
{
    const RelationTimeline &t = bundled().timeline;
    CHECK(t.tierAt("GRL", day("2025-12-31")) == t.tierAt("DNK", day("2025-12-31")));
    CHECK(t.tierAt("NCL", day("2025-12-31")) == Tier::CSP); // New Caledonia follows France
    CHECK(t.tierAt("FLK", day("2024-12-31")) == Tier::SP);  // the Falklands follow the UK
    CHECK(t.tierAt("FLK", day("2025-12-31")) == Tier::CSP);
    CHECK(t.tierOwner("PRI") == "USA");
}

TEST_CASE("changes over 2025: 16 tier changes plus Tuvalu's relations", "[relations][timeline]")
{
    const QVector<TierChange> changes = bundled().timeline.changes(day("2024-12-31"), day("2025-12-31"));
    REQUIRE(changes.size() == 17);
    QStringList toCsp, toSp, newCp;
    for (const TierChange &c : changes) {
        if (c.to == Tier::CSP)
            toCsp << c.key;
        else if (c.to == Tier::SP)
            toSp << c.key;
        else if (c.to == Tier::CP)
            newCp << c.key;
        else
            CHECK((c.key == "TUV" && c.from == Tier::None && c.to == Tier::Relations && c.kind == TierChange::Kind::New));
    }
    toCsp.sort();
    toSp.sort();
    newCp.sort();
    CHECK(toCsp == QStringList({"GBR", "IDN", "NZL", "SGP", "THA"}));
    CHECK(toSp == QStringList({"AZE", "BGR", "BLR", "CZE", "DZA", "FIN", "KAZ", "KWT", "ZAF"}));
    CHECK(newCp == QStringList({"CHE", "EGY"}));
    for (int i = 1; i < changes.size(); ++i)
        CHECK(!(changes[i].date < changes[i - 1].date));
    CHECK(changes.first().key == "CZE");
    CHECK(changes.last().key == "ZAF");
    CHECK(changes.last().kind == TierChange::Kind::Upgrade);
}

TEST_CASE("partial dates parse, compare and print at their precision", "[relations][dates]")
{
    PartialDate d;
    QString error;
    REQUIRE(PartialDate::parse("2013-06", &d, &error));
    CHECK(d.precision == PartialDate::Precision::Month);
    CHECK(d.start() == day("2013-06-01"));
    CHECK(d.toString() == "2013-06");
    PartialDate year, exact, baseline;
    REQUIRE(PartialDate::parse("2013", &year, &error));
    REQUIRE(PartialDate::parse("2013-01-01", &exact, &error));
    REQUIRE(PartialDate::parse("", &baseline, &error));
    CHECK(baseline < year);
    CHECK(year < exact); // same first day: the coarser date sorts first
    CHECK(exact < d);
    CHECK_FALSE(PartialDate::parse("2013-6", &d, &error));
    CHECK_FALSE(PartialDate::parse("2024-02-30", &d, &error));
    CHECK(PartialDate::parse("2024-02-29", &d, &error));
    CHECK_FALSE(PartialDate::parse("2023-00", &d, &error));
}

TEST_CASE("malformed relation files give messages with file, line and column", "[relations][errors]")
{
    struct Case {
        const char *file;
        const char *message;
    };
    const Case cases[] = {
        {"unknown-key.csv", "unknown-key.csv:2:1: unknown country key 'ZZZ'"},
        {"unknown-tier.csv", "unknown-tier.csv:2:16: unknown tier 'strategic'"},
        {"malformed-date.csv", "malformed-date.csv:2:5: malformed date '2020/01/01'"},
        {"impossible-date.csv", "impossible-date.csv:2:5: impossible date '2025-02-30'"},
        {"missing-column.csv", "missing-column.csv:1:1: missing required column 'tier'"},
        {"duplicate-event.csv", "duplicate-event.csv:3:5: duplicate event (FRA 2020-01-01, first at line 2)"},
        {"same-date.csv", "same-date.csv:3:5: two events for FRA on the same date"},
        {"invalid-utf8.csv", "invalid-utf8.csv:2:1: invalid UTF-8"},
        {"missing-source.csv", "missing-source.csv:2:19: missing source"},
        {"unterminated-quote.csv", "unterminated-quote.csv:2:19: unterminated quoted field"},
        {"short-row.csv", "short-row.csv:2:1: expected 4 fields, found 3"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const RelationData data = parseTestFile(c.file);
        REQUIRE(data.errors.size() == 1);
        CHECK_THAT(data.errors.first().toStdString(), Catch::StartsWith(c.message));
    }
}

TEST_CASE("all problems of a file are reported at once", "[relations][errors]")
{
    const RelationData data = parseTestFile("several-problems.csv");
    REQUIRE(data.errors.size() == 3);
    CHECK_THAT(data.errors[0].toStdString(), Catch::StartsWith("several-problems.csv:3:5: impossible date '2020-13'"));
    CHECK_THAT(data.errors[1].toStdString(), Catch::StartsWith("several-problems.csv:4:1: unknown country key 'ZZZ'"));
    CHECK_THAT(data.errors[2].toStdString(), Catch::StartsWith("several-problems.csv:5:10: unknown tier 'xx'"));
}

TEST_CASE("a BOM and CRLF line ends are accepted; file order does not matter", "[relations]")
{
    const RelationData data = parseTestFile("bom-crlf.csv");
    REQUIRE(data.errors.isEmpty());
    REQUIRE(data.events.size() == 2);
    CHECK(data.events[1].tier == Tier::SP);
    CHECK(data.events[1].source == "src");

    const RelationData reversed = RelationData::parseEvents("key,date,tier,source\nFRA,2013-09-25,sp,a\nFRA,,relations,b\n", "r.csv", knownKeys());
    REQUIRE(reversed.ok());
    CHECK(reversed.events.first().date.isBaseline());
}
