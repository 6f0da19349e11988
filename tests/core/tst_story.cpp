// Story files (docs/STORIES.md): round trip, every malformed case named by file, scene and
// field with nothing changed on disk, atomic saves; the built-in stories from the data.
#include "builtinstories.h"
#include "textformat.h"
#include "dataset.h"
#include "storyfile.h"
#include "writefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const DataSet &bundled()
{
    static const DataSet data = DataSet::load(DataPaths::defaults(), DataSet::Relations);
    return data;
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Story sample()
{
    Story story;
    story.title = {QStringLiteral("Năm 2025"), QStringLiteral("The year 2025")};
    StoryScene a;
    a.date = QDate(2024, 12, 31);
    a.caption = {QStringLiteral("Cuối năm 2024"), QStringLiteral("End of 2024")};
    a.notes = {QStringLiteral("Chào"), QStringLiteral("Hello\nsecond line")};
    StoryScene b;
    b.date = QDate(2025, 3, 10);
    b.from = QDate(2024, 12, 31);
    b.durationMs = 4000;
    b.camera.kind = StoryCamera::Kind::Countries;
    b.camera.countries = QStringList{QStringLiteral("IDN"), QStringLiteral("SGP")};
    b.selected = QStringLiteral("IDN");
    b.tier = QStringLiteral("csp");
    b.caption = {QStringLiteral("Indonesia và Singapore"), QStringLiteral("Indonesia and Singapore")};
    StoryScene c;
    c.date = QDate(2025, 10, 29);
    c.camera.kind = StoryCamera::Kind::Box;
    c.camera.lonLatBox = QRectF(QPointF(-12.5, 35), QPointF(40, 62.25));
    StoryScene d;
    d.date = QDate(2025, 12, 31);
    d.camera.region = QStringLiteral("europe");
    story.scenes = {a, b, c, d};
    return story;
}

const char *kScene = R"("date": "2025-03-10", "camera": {"region": "world"})";

QByteArray storyWith(const QString &scenes, const QString &header = R"("format": "diplomap-story", "version": 1)")
{
    return QStringLiteral("{%1, \"scenes\": [%2]}").arg(header, scenes).toUtf8();
}

QByteArray withSecondScene(const QString &second)
{
    return storyWith(QStringLiteral("{%1}, {%2}").arg(QLatin1String(kScene), second));
}

} // namespace

TEST_CASE("a story survives a save and a load unchanged", "[story]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("talk.json"));
    const Story story = sample();
    QString error;
    REQUIRE(StoryFile::save(story, path, &error));
    Story loaded;
    REQUIRE(StoryFile::load(path, &bundled().table, &loaded, &error));
    CHECK(error.isEmpty());
    CHECK(loaded == story);
    CHECK(loaded.scenes[1].animated());
    CHECK(loaded.scenes[2].camera.lonLatBox == QRectF(QPointF(-12.5, 35), QPointF(40, 62.25)));
    // Saving what was loaded writes the same bytes.
    const QByteArray first = checksum(path);
    REQUIRE(StoryFile::save(loaded, path, &error));
    CHECK(checksum(path) == first);
}

TEST_CASE("a broken story file names the file, the scene and the field, and stays as it was", "[story]")
{
    QTemporaryDir dir;
    const QString scene = QLatin1String(kScene);
    const std::vector<std::pair<QByteArray, QString>> cases = {
        {"{\"format\": \"diplomap-story\",\n  \"version\": 1,,}", ":2:17: unterminated object"},
        {"[1, 2]", ": field 'scenes': expected a JSON object with format, version, title, scenes"},
        {storyWith("{" + scene + "}", R"("format": "slides", "version": 1)"), ": field 'format': expected \"diplomap-story\""},
        {storyWith("{" + scene + "}", R"("format": "diplomap-story", "version": 2)"), ": field 'version': expected 1"},
        {storyWith("{" + scene + "}", R"("format": "diplomap-story", "version": 1, "author": "me")"),
         ": field 'author': unknown field (expected one of: format, version, title, scenes)"},
        {storyWith(""), ": field 'scenes': expected a list of at least one scene"},
        {storyWith("{" + scene + "}", R"("format": "diplomap-story", "version": 1, "title": "x")"),
         ": field 'title': expected an object {\"vi\": …, \"en\": …}"},
        {storyWith("{" + scene + "}, 3"), ": scene 2: field 'scene': expected an object"},
        {withSecondScene(R"("camera": {"region": "asia"})"), ": scene 2: field 'date': missing"},
        {withSecondScene(R"("date": "2025-02-30")"), ": scene 2: field 'date': invalid date '2025-02-30' (expected \"YYYY-MM-DD\")"},
        {withSecondScene(R"("date": 2025)"), ": scene 2: field 'date': invalid date 2025 (expected \"YYYY-MM-DD\")"},
        {withSecondScene(R"("date": "2025-03-10", "from": "2025-01-01")"),
         ": scene 2: field 'duration': 'from' and 'duration' go together (an animation from a date to 'date')"},
        {withSecondScene(R"("date": "2025-03-10", "from": "2025-01-01", "duration": -5)"),
         ": scene 2: field 'duration': invalid duration -5 (expected milliseconds, 1 to 600000)"},
        {withSecondScene(R"("date": "2025-03-10", "from": "2025-04-01", "duration": 3000)"),
         ": scene 2: field 'from': 2025-04-01 is not before 'date' 2025-03-10"},
        {withSecondScene(R"("date": "2025-03-10", "camera": {"region": "mars"})"),
         ": scene 2: field 'camera.region': unknown region 'mars' (expected one of: "},
        {withSecondScene(R"("date": "2025-03-10", "camera": {"region": "asia", "box": [0, 0, 10, 10]})"),
         ": scene 2: field 'camera': expected exactly one of region, box, countries"},
        {withSecondScene(R"("date": "2025-03-10", "camera": {"box": [10, 0, 5, 10]})"),
         ": scene 2: field 'camera.box': expected [min lon, min lat, max lon, max lat], longitudes from -180 to 360, latitudes from -85 to 85 (got [10,0,5,10])"},
        {withSecondScene(R"("date": "2025-03-10", "camera": {"zoom": 3})"),
         ": scene 2: field 'camera.zoom': unknown field (expected one of: region, box, countries)"},
        {withSecondScene(R"("date": "2025-03-10", "camera": {"countries": ["FRA", "ZZZ"]})"),
         ": scene 2: field 'camera.countries': unknown country key 'ZZZ'"},
        {withSecondScene(R"("date": "2025-03-10", "select": "XYZ")"), ": scene 2: field 'select': unknown country key 'XYZ'"},
        {withSecondScene(R"("date": "2025-03-10", "tier": "best")"),
         ": scene 2: field 'tier': unknown tier 'best' (expected special, csp, sp, cp, relations, none)"},
        {withSecondScene(R"("date": "2025-03-10", "caption": {"vi": 7})"), ": scene 2: field 'caption.vi': expected a string"},
        {withSecondScene(R"("date": "2025-03-10", "notes": {"fr": "x"})"),
         ": scene 2: field 'notes.fr': unknown field (expected one of: vi, en)"},
        {withSecondScene(R"("date": "2025-03-10", "captoin": {"vi": "x"})"),
         ": scene 2: field 'captoin': unknown field (expected one of: date, from, duration, camera, select, tier, caption, notes)"},
    };
    int n = 0;
    for (const auto &[bytes, message] : cases) {
        const QString path = writeFile(dir, QStringLiteral("broken%1.json").arg(++n), bytes);
        const QByteArray before = checksum(path);
        Story story = sample();
        QString error;
        INFO(bytes.toStdString());
        CHECK_FALSE(StoryFile::load(path, &bundled().table, &story, &error));
        INFO(error.toStdString());
        CHECK(error.startsWith(path + message));
        if (!message.endsWith(QLatin1String(": ")))
            CHECK(error == path + message);
        CHECK(story == sample()); // the story in hand is kept
        CHECK(checksum(path) == before);
    }
    // The valid base story loads.
    Story ok;
    QString error;
    CHECK(StoryFile::parse(withSecondScene(R"("date": "2025-03-10")"), QStringLiteral("x.json"), &bundled().table, &ok, &error));
    CHECK(ok.scenes.size() == 2);
}

TEST_CASE("a story that cannot be saved leaves the previous file as it was", "[story]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("talk.json"));
    QString error;
    REQUIRE(StoryFile::save(sample(), path, &error));
    const QByteArray before = checksum(path);
    // A folder in the way of the temporary file: the read-only folder refuses the new file.
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Story changed = sample();
    changed.scenes.removeLast();
    const bool saved = StoryFile::save(changed, path, &error);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root writes anywhere
        CHECK_FALSE(saved);
        CHECK(error.startsWith(path + QStringLiteral(": cannot write: ")));
        CHECK(checksum(path) == before);
    }
    // A FIFO is never replaced.
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(StoryFile::save(sample(), fifo, &error));
    CHECK(error == fifo + QStringLiteral(": is a FIFO, not a regular file: refusing to replace it"));
    CHECK_FALSE(StoryFile::load(fifo, nullptr, &changed, &error));
    CHECK(error == fifo + QStringLiteral(": is a FIFO, not a regular file"));
}

TEST_CASE("the year in review has one scene per change of the year and the totals", "[story]")
{
    const DataSet &data = bundled();
    REQUIRE(data.errors.isEmpty());
    Story story;
    QString error;
    REQUIRE(BuiltinStories::yearInReview(data, 2025, &story, &error));
    const QVector<TierChange> changes = data.timeline.changes(QDate(2024, 12, 31), QDate(2025, 12, 31));
    CHECK(changes.size() == 17);
    REQUIRE(story.scenes.size() == changes.size() + 1);
    for (int i = 0; i < changes.size(); ++i) {
        const StoryScene &s = story.scenes[i];
        CHECK(s.date == changes[i].date.start());
        CHECK(s.camera.kind == StoryCamera::Kind::Countries);
        CHECK(s.camera.countries == QStringList{changes[i].key});
        CHECK(data.timeline.tierAt(changes[i].key, s.date) == changes[i].to);
        CHECK(s.caption.en.startsWith(data.table.byKey(changes[i].key)->nameEn + QStringLiteral(": ")));
        CHECK(s.caption.vi.startsWith(data.table.byKey(changes[i].key)->nameVi + QStringLiteral(": ")));
        CHECK(s.caption.en.endsWith(tiers::name(changes[i].to, QStringLiteral("en"))));
        // The sources as a reader sees them (publisher, “title”, date), never an id.
        const RelationEvent *event = data.timeline.eventAt(changes[i].key, s.date);
        REQUIRE(event);
        const QStringList sources = textformat::sources(data.sources, event->source, QStringLiteral("en"));
        REQUIRE(!sources.isEmpty());
        CHECK(s.notes.en.endsWith(QStringLiteral("\nSource: ") + sources.join(QStringLiteral("; "))));
        for (const QString &id : SourceTable::ids(event->source))
            CHECK_FALSE(s.notes.vi.contains(id));
    }
    CHECK(story.scenes[0].from == QDate(2024, 12, 31));
    const StoryScene &totals = story.scenes.last();
    CHECK(totals.date == QDate(2025, 12, 31));
    CHECK(totals.camera.kind == StoryCamera::Kind::Region);
    CHECK(totals.camera.region == QStringLiteral("world"));
    CHECK(totals.caption.en == QStringLiteral("End of 2025: 42 partners, 17 changes this year"));
    CHECK(totals.caption.vi == QStringLiteral("Cuối năm 2025: 42 đối tác, 17 thay đổi trong năm"));
    CHECK(story.title.en == QStringLiteral("The year in review: 2025"));

    // Every built-in story is a valid story file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("year.json"));
    REQUIRE(StoryFile::save(story, path, &error));
    Story loaded;
    REQUIRE(BuiltinStories::resolve(path, data, &loaded, &error));
    CHECK(loaded == story);

    CHECK_FALSE(BuiltinStories::resolve(QStringLiteral("year:1800"), data, &loaded, &error));
    CHECK(error == QStringLiteral("year 1800 is outside the data (%1 to %2)").arg(data.timeline.firstDate().year()).arg(data.timeline.lastDate().year()));
    CHECK_FALSE(BuiltinStories::resolve(QStringLiteral("year:25"), data, &loaded, &error));
    CHECK(error == QStringLiteral("invalid story 'year:25' (expected year:YYYY)"));
}

TEST_CASE("eighty years steps through the decades to the data's last date", "[story]")
{
    const DataSet &data = bundled();
    Story story;
    QString error;
    REQUIRE(BuiltinStories::resolve(QStringLiteral("history"), data, &story, &error));
    REQUIRE(story.scenes.size() >= 2);
    const RelationTimeline &tl = data.timeline;
    CHECK(story.scenes.last().date == tl.lastDate());
    CHECK_FALSE(story.scenes.first().animated());
    for (int i = 0; i < story.scenes.size(); ++i) {
        const StoryScene &s = story.scenes[i];
        CHECK(s.date >= tl.firstDate());
        if (i + 1 < story.scenes.size()) {
            CHECK(s.date.month() == 12);
            CHECK(s.date.day() == 31);
            CHECK(s.date.year() % 10 == 0);
        }
        if (i > 0) {
            CHECK(s.from == story.scenes[i - 1].date);
            CHECK(s.durationMs == BuiltinStories::kDecadeMs);
        }
        const TierCounts counts = tl.countsAt(s.date);
        CHECK(s.caption.en.contains(QStringLiteral("diplomatic relations with %1 countries").arg(counts.withRelations)));
    }
    CHECK(story.scenes.last().caption.en.endsWith(QStringLiteral(", 42 partners")));
}
