// Establishment, breaks and successions (establishment.csv), the sources table and the checks
// that join them with relations.csv: a small world in tests/data/history/, then the bundled data.
#include "csvreader.h"
#include "dataset.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return s.toStdString(); }
};
template<> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return l.join(QLatin1Char('\n')).toStdString(); }
};
} // namespace Catch

namespace {

QDate day(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/history/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The fixture world with establishment and relation files given as text (the fixture's by default).
struct World {
    CountryTable table;
    SourceTable sources;
    QSet<QString> keys;
    EstablishmentData establishment;
    RelationData relations;
    RelationHistory history;
    RelationTimeline timeline;
    QStringList errors;

    explicit World(QByteArray establishmentCsv = {}, QByteArray relationsCsv = {})
    {
        table = CountryTable::load(QStringLiteral(TEST_DATA_DIR "/history/countries.csv"), &errors);
        sources = SourceTable::parse(fixture("sources.csv"), "sources.csv", &errors);
        for (const CountryInfo &c : table.all())
            keys.insert(c.key);
        establishment = EstablishmentData::parse(establishmentCsv.isNull() ? fixture("establishment.csv") : establishmentCsv,
                                                 "establishment.csv", keys, &sources);
        relations = RelationData::parseEvents(relationsCsv.isNull() ? fixture("relations.csv") : relationsCsv, "relations.csv", keys, &sources);
        history = RelationHistory::build(relations.events, "relations.csv", establishment.events, "establishment.csv",
                                         establishment.keys, table, "HUB");
        errors << establishment.errors << relations.errors << history.errors;
        timeline = RelationTimeline(history.byKey, table, "HUB");
        UNSCOPED_INFO(errors.join(QLatin1Char(10)).toStdString());
    }
};

const char *kEstablishmentHeader = "key,date,event,predecessor,held_by,source,note_vi,note_en\n";

// The fixture's establishment file with one more line.
QByteArray establishmentWith(const char *line) { return fixture("establishment.csv") + line; }

} // namespace

TEST_CASE("a state has no relations before its establishment, and relations from that day", "[history]")
{
    const World w;
    REQUIRE(w.errors.isEmpty());
    CHECK(w.timeline.tierAt("AAA", day("1950-01-17")) == Tier::None);
    CHECK(w.timeline.tierAt("AAA", day("1950-01-18")) == Tier::Relations);
    CHECK(w.timeline.tierAt("AAA", day("2008-06-01")) == Tier::CSP); // a framework layers on top
    CHECK(w.timeline.tierAt("DEP", day("2008-06-01")) == Tier::CSP); // a dependency follows its sovereign
    CHECK(w.timeline.tierAt("DDD", day("2025-01-01")) == Tier::None); // an explicit none
    CHECK(w.timeline.tierAt("HUB", day("1940-01-01")) == Tier::Hub);
    CHECK(w.timeline.firstDate() == day("1950-01-18"));
    const RelationEvent *since = w.timeline.relationsSince("AAA", day("2020-01-01"));
    REQUIRE(since);
    CHECK(since->kind == RelationEvent::Kind::Established);
    CHECK(since->heldBy == "DRV");
    CHECK(since->noteEn == "The first.");
}

TEST_CASE("a break gives none until the restoration, which brings back the framework", "[history]")
{
    const World w;
    REQUIRE(w.errors.isEmpty());
    CHECK(w.timeline.tierAt("CCC", day("1976-12-31")) == Tier::None);
    CHECK(w.timeline.tierAt("CCC", day("1977-01-01")) == Tier::Relations); // year precision: from 1 January
    CHECK(w.timeline.tierAt("CCC", day("1977-05-01")) == Tier::Special);
    CHECK(w.timeline.tierAt("CCC", day("1978-05-31")) == Tier::Special);
    CHECK(w.timeline.tierAt("CCC", day("1978-06-01")) == Tier::None);
    CHECK(w.timeline.relationsSince("CCC", day("1979-01-01")) == nullptr);
    CHECK(w.timeline.tierAt("CCC", day("1980-04-30")) == Tier::None);
    CHECK(w.timeline.tierAt("CCC", day("1980-05-01")) == Tier::Special);
    CHECK(w.timeline.relationsSince("CCC", day("1990-01-01"))->kind == RelationEvent::Kind::Restored);
    const QVector<TierChange> changes = w.timeline.changes(day("1978-01-01"), day("1981-01-01"));
    REQUIRE(changes.size() == 2);
    CHECK((changes[0].key == "CCC" && changes[0].to == Tier::None && changes[0].kind == TierChange::Kind::Downgrade));
    CHECK((changes[1].from == Tier::None && changes[1].to == Tier::Special));
}

TEST_CASE("a confirmed state is unknown before the date, counts from it, and makes no change", "[history]")
{
    const World w;
    REQUIRE(w.errors.isEmpty());
    CHECK(w.timeline.tierAt("FFF", day("1960-01-01")) == Tier::Unknown);
    CHECK(w.timeline.tierAt("FFF", day("2022-04-25")) == Tier::Unknown);
    CHECK(w.timeline.tierAt("FFF", day("2022-04-26")) == Tier::Relations);
    const TierCounts before = w.timeline.countsAt(day("2022-04-25")), after = w.timeline.countsAt(day("2022-04-26"));
    CHECK(before.perTier.value(Tier::Unknown) == 1);
    CHECK(after.perTier.value(Tier::Unknown) == 0);
    CHECK(after.withRelations == before.withRelations + 1); // unknown does not count as relations
    for (const TierChange &c : w.timeline.changes(day("2022-01-01"), day("2022-12-31")))
        CHECK(c.key != "FFF"); // the data does not say relations began that day
    CHECK(w.timeline.relationsSince("FFF", day("2025-01-01"))->kind == RelationEvent::Kind::Confirmed);
    CHECK(w.history.coverage.confirmed == 1);
    CHECK(w.history.coverage.day == 3); // AAA, BBB (through OLD), EEE (through OLF)
    CHECK(w.history.coverage.year == 1); // CCC
    CHECK(w.history.coverage.none == 1); // DDD
    CHECK(w.history.coverage.missing == 0);
}

TEST_CASE("a framework on a confirmed date is a new framework: unknown ranks below relations", "[history]")
{
    const World w({}, fixture("relations.csv") + "FFF,2022-04-26,cp,,,s1,\n");
    REQUIRE(w.errors.isEmpty());
    const QVector<TierChange> changes = w.timeline.changes(day("2022-01-01"), day("2022-12-31"));
    REQUIRE(changes.size() == 1);
    CHECK((changes[0].key == "FFF" && changes[0].from == Tier::Unknown && changes[0].to == Tier::CP));
    CHECK(changes[0].kind == TierChange::Kind::New);
}

TEST_CASE("unknown is not a tier a relation row may carry", "[history][errors]")
{
    const World w({}, fixture("relations.csv") + "AAA,2010-01-01,unknown,,,s1,\n");
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.first().startsWith("relations.csv:"));
    CHECK(w.errors.first().contains("unknown tier 'unknown'"));
}

TEST_CASE("a successor carries its predecessors' relation from their establishment", "[history]")
{
    const World w;
    REQUIRE(w.errors.isEmpty());
    CHECK(w.timeline.tierAt("BBB", day("1950-02-01")) == Tier::None);
    CHECK(w.timeline.tierAt("BBB", day("1960-01-01")) == Tier::Relations);
    CHECK(w.timeline.tierAt("BBB", day("2025-01-20")) == Tier::SP);
    const RelationEvent *since = w.timeline.relationsSince("BBB", day("2000-01-01"));
    REQUIRE(since);
    CHECK(since->key == "OLD");
    CHECK(since->date.toString() == "1950-02-02");
    const QVector<RelationEvent> &history = w.timeline.history("BBB");
    REQUIRE(history.size() == 3);
    CHECK(history[1].kind == RelationEvent::Kind::Succession);
    CHECK(history[1].predecessor == "OLD");
    // Two predecessors: from the earlier one's establishment (OLF 1950), both listed.
    CHECK(w.timeline.tierAt("EEE", day("1950-02-28")) == Tier::None);
    CHECK(w.timeline.tierAt("EEE", day("1950-03-01")) == Tier::Relations);
    CHECK(w.timeline.relationsSince("EEE", day("2000-01-01"))->key == "OLF");
    CHECK(w.timeline.history("EEE").size() == 4);
    // Historical states are never counted; today's states once each (OLD counts through BBB).
    const TierCounts counts1950 = w.timeline.countsAt(day("1950-12-31"));
    CHECK(counts1950.withRelations == 3); // AAA, BBB (OLD), EEE (OLF)
    CHECK(counts1950.perTier.value(Tier::None) == 2); // CCC and DDD; not ANT, DEP or the hub
    CHECK(w.timeline.states().size() == 6);
}

TEST_CASE("the sources table is checked and looked up by id", "[history][sources]")
{
    QStringList errors;
    const SourceTable table = SourceTable::parse(fixture("sources.csv"), "sources.csv", &errors);
    REQUIRE(errors.isEmpty());
    REQUIRE(table.byId("s2"));
    CHECK(table.byId("s2")->publisher == "Báo Quốc tế");
    CHECK(table.byId("s2")->date.toString() == "2023");
    CHECK(SourceTable::ids(" s1; s2 ;") == QStringList({"s1", "s2"}));
    SourceTable::parse("id,publisher,title,date,url,language\ns1,P,T,,https://x,vi\ns1,P,T,,https://x,vi\nS 2,P,T,,https://x,vi\n"
                       "s3,P,,,https://x,vi\ns4,P,T,2020-02-30,https://x,vi\ns5,P,T,,file:///etc,vi\ns6,P,T,,https://x,viet\n",
                       "bad.csv", &errors);
    REQUIRE(errors.size() == 6);
    CHECK(errors[0] == "bad.csv:3:1: duplicate source id 's1'");
    CHECK(errors[1].startsWith("bad.csv:4:1: source id 'S 2' is not"));
    CHECK(errors[2] == "bad.csv:5:6: a source needs a publisher and a title");
    CHECK(errors[3] == "bad.csv:6:8: impossible date '2020-02-30'");
    CHECK(errors[4] == "bad.csv:7:9: url 'file:///etc' is not an http(s) address");
    CHECK(errors[5] == "bad.csv:8:19: language 'viet' is not a two-letter code");
}

TEST_CASE("validation: unknown source ids in every file", "[history][errors]")
{
    const World w(establishmentWith("CCC,1990,broken,,SRV,s1;nope,,\n"), "key,date,tier,source\nAAA,2008-06-01,csp,gone\nDDD,,none,s1\n");
    CHECK(w.errors.contains("establishment.csv:15:22: unknown source id 'nope' (not in sources.csv)"));
    CHECK(w.errors.contains("relations.csv:2:20: unknown source id 'gone' (not in sources.csv)"));
}

TEST_CASE("validation: a state with no establishment and no explicit none", "[history][errors]")
{
    const World w({}, "key,date,tier,source\nAAA,2008-06-01,csp,s1\n");
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.first()
          == "establishment.csv: DDD (Dland) has no establishment event, and relations.csv has no 'none' row for it: every state has one or the other");
    const World undated(establishmentWith("DDD,,established,,,s1,,\n"), "key,date,tier,source\nAAA,2008-06-01,csp,s1\n");
    CHECK(undated.errors.contains("establishment.csv:15:5: DDD has no date: every event is dated, to the day, month or year the sources give"));
    CHECK(undated.errors.size() == 1); // the undated row is the problem, not a second "no establishment"
}

TEST_CASE("validation: a relation row before the establishment or during a break", "[history][errors]")
{
    const World w({}, fixture("relations.csv") + "AAA,1949-12-31,cp,,,s1,\nCCC,1979,sp,,,s1,\nEEE,1980,cp,,,s1,\nBBB,,relations,,,s1,\n");
    REQUIRE(w.errors.size() == 4);
    CHECK(w.errors.contains("relations.csv:6: AAA (Aland)'s row dated 1949-12-31 is before its relations were established (on 1950-01-18)"));
    CHECK(w.errors.contains("relations.csv:7: CCC (Cland)'s row dated 1979 falls in a break of relations (broken 1978-06, establishment.csv:8)"));
    // Before its own succession, a successor's frameworks belong to its predecessor.
    CHECK(w.errors.contains("relations.csv:8: EEE (Eland)'s row dated 1980 is before its relations were established (on 1990-10-03)"));
    CHECK(w.errors.contains("relations.csv:9: BBB (Bland)'s 'relations' row has no date: relations begin on the date in establishment.csv "
                            "and frameworks are dated; only a 'none' row may be undated"));
}

TEST_CASE("validation: successions, order of events, who held the relation", "[history][errors]")
{
    const World w(establishmentWith("AAA,1960,succession,ZZZ,DRV,s1,,\n"
                                    "CCC,1981,restored,,SRV,s1,,\n"
                                    "AAA,1970,established,,DRV,s1,,\n"
                                    "DDD,1970,broken,,SRV,s1,,\n"
                                    "HUB,1945-09-02,established,,DRV,s1,,\n"
                                    "ANT,1960,established,,DRV,s1,,\n"
                                    "DDD,1980,succession,CCC,SRV,s1,,\n"
                                    "AAA,1980,broken,,PRG,s1,Chỉ tiếng Việt.,\n"));
    CHECK(w.errors.contains("establishment.csv:15:21: unknown predecessor 'ZZZ'"));
    CHECK(w.errors.contains("establishment.csv:16: CCC (Cland)'s relations are not broken on 1981: nothing to restore"));
    CHECK(w.errors.contains("establishment.csv:17: AAA (Aland) already has relations from 1950-01-18 (line 4): a state is established once; "
                            "a break ends with 'restored'"));
    CHECK(w.errors.contains("establishment.csv:18:18: held_by SRV on 1970, before the SRV was founded (1976-07-02): DRV or PRG"));
    CHECK(w.errors.contains("establishment.csv:19: HUB (Hub) is the hub: it has no relation with itself, and no rows"));
    CHECK(w.errors.contains("establishment.csv:20: ANT (Noland) is not a state (kind other): it has no tier, and no rows"));
    CHECK(w.errors.contains("establishment.csv:22:18: held_by PRG on 1980, after the SRV took over (1976-07-02): SRV"));
    CHECK(w.errors.size() == 7); // DDD's succession from CCC (a state, established 1977) is valid
    const World unknownEvent(QByteArray(kEstablishmentHeader) + "AAA,1950,recognised,,DRV,s1,,\nBBB,1950,established,OLD,DRV,s1,,\n", "key,date,tier,source\n");
    CHECK(unknownEvent.errors.contains(
        "establishment.csv:2:10: unknown event 'recognised' (expected established, confirmed, broken, restored, succession)"));
    CHECK(unknownEvent.errors.contains("establishment.csv:3:22: only a succession has a predecessor"));
}

TEST_CASE("the bundled establishment data: anchors, breaks, successions", "[history][bundled]")
{
    const DataSet data = DataSet::load(DataPaths::defaults(), DataSet::Relations);
    REQUIRE(data.errors.isEmpty());
    const RelationTimeline &t = data.timeline;
    struct Anchor {
        const char *key;
        const char *date;
    };
    // Verified against the sources the rows cite (docs/DATA.md).
    for (const Anchor &a : {Anchor{"CHN", "1950-01-18"}, Anchor{"FRA", "1973-04-12"}, Anchor{"KOR", "1992-12-22"}, Anchor{"USA", "1995-07-12"}}) {
        INFO(a.key);
        CHECK(t.tierAt(a.key, day(a.date).addDays(-1)) == Tier::None);
        CHECK(t.tierAt(a.key, day(a.date)) == Tier::Relations);
        CHECK(t.relationsSince(a.key, day("2025-12-31"))->date.toString() == a.date);
    }
    // Democratic Kampuchea broke relations on 31 Dec 1977; restored in January 1979.
    CHECK(t.tierAt("KHM", day("1977-12-30")) == Tier::Special);
    CHECK(t.tierAt("KHM", day("1977-12-31")) == Tier::None);
    CHECK(t.tierAt("KHM", day("1978-12-31")) == Tier::None);
    CHECK(t.tierAt("KHM", day("1979-02-01")) != Tier::None);
    // Germany suspended the Strategic Partnership on 22 Sep 2017; relations went on.
    CHECK(t.tierAt("DEU", day("2017-09-21")) == Tier::SP);
    CHECK(t.tierAt("DEU", day("2018-01-01")) == Tier::Relations);
    CHECK(t.tierAt("DEU", day("2025-12-31")) == Tier::SP);
    // Russia has the USSR's relation (30 Jan 1950); Czechia and Slovakia Czechoslovakia's.
    CHECK(t.tierAt("RUS", day("1960-01-01")) == Tier::Relations);
    CHECK(t.relationsSince("RUS", day("1960-01-01"))->key == "SUN");
    CHECK(t.relationsSince("SVK", day("2025-01-01"))->date.toString() == "1950-02-02");
    // Historical states are no state of today's map.
    for (const char *key : {"SUN", "CSK", "DDR", "FRG", "YUG", "YAR", "YMD"})
        CHECK_FALSE(t.states().contains(key));
    // Every state has its establishment date (or its predecessor's, or an explicit none): none
    // is only confirmed by a later date, none is missing.
    CHECK(data.coverage.confirmed == 0);
    CHECK(data.coverage.missing == 0);
    CHECK(data.coverage.day + data.coverage.month + data.coverage.year + data.coverage.none == 201);
    // The states dated last (Central African Republic and Marshall Islands from agency sources).
    CHECK(t.tierAt("CAF", day("2008-11-09")) == Tier::None);
    CHECK(t.tierAt("CAF", day("2008-11-10")) == Tier::Relations);
    CHECK(t.relationsSince("MHL", day("2025-12-31"))->date.toString() == "1992-07-01");
}

TEST_CASE("countries with relations at the end of 1950 and of 1976, counted from the file", "[history][bundled]")
{
    const DataSet data = DataSet::load(DataPaths::defaults(), DataSet::Relations);
    REQUIRE(data.errors.isEmpty());
    // Straight from the rows: a key has relations after its last event up to the date unless
    // that was a break; a historical state counts as each of its successors.
    const CsvTable csv = readCsvFile(DataPaths::defaults().establishment);
    REQUIRE(csv.errors.isEmpty());
    const int cKey = csv.column("key"), cDate = csv.column("date"), cEvent = csv.column("event"), cPred = csv.column("predecessor");
    auto start = [](QString date) {
        if (date.size() == 4)
            date += "-01";
        if (date.size() == 7)
            date += "-01";
        return QDate::fromString(date, Qt::ISODate);
    };
    auto related = [&](const QDate &at) {
        QVector<CsvRow> rows = csv.rows;
        std::stable_sort(rows.begin(), rows.end(), [&](const CsvRow &a, const CsvRow &b) { return start(a.fields[cDate]) < start(b.fields[cDate]); });
        QHash<QString, bool> on;
        QMultiHash<QString, QString> successors;
        for (const CsvRow &r : rows) {
            if (start(r.fields[cDate]) > at)
                break;
            on[r.fields[cKey]] = r.fields[cEvent] != "broken";
        }
        for (const CsvRow &r : rows)
            if (r.fields[cEvent] == "succession")
                successors.insert(r.fields[cPred], r.fields[cKey]);
        QSet<QString> states;
        for (auto it = on.cbegin(); it != on.cend(); ++it) {
            if (!it.value())
                continue;
            const QList<QString> next = successors.values(it.key());
            const bool historical = data.table.byKey(it.key())->kind == CountryKind::Historical;
            for (const QString &s : historical ? next : QList<QString>{it.key()})
                states.insert(s);
        }
        return states;
    };
    const QSet<QString> in1950 = related(day("1950-12-31"));
    // By hand from the file: the ten recognitions of 1950, Czechoslovakia counting as Czechia and Slovakia.
    CHECK(in1950 == QSet<QString>({"CHN", "RUS", "PRK", "CZE", "SVK", "DEU", "ROU", "HUN", "POL", "BGR", "ALB"}));
    CHECK(data.timeline.countsAt(day("1950-12-31")).withRelations == in1950.size());
    const QSet<QString> in1976 = related(day("1976-12-31"));
    CHECK(in1976.size() > 80);
    CHECK(data.timeline.countsAt(day("1976-12-31")).withRelations == in1976.size());
    for (const QString &key : in1976)
        CHECK(data.timeline.tierAt(key, day("1976-12-31")) != Tier::None);
}
