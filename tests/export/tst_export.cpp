// Snapshot export (issue 5): PNG, SVG and PDF of 2024-12-31 and 2025-12-31, headless; the
// colour at partners' label points; vector output; page sizes; atomic writes; the CLI's errors.
#include "dataset.h"
#include "exporttools.h"
#include "maprenderer.h"
#include "snapshotexporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

const QDate kDate2024(2024, 12, 31);
const QDate kDate2025(2025, 12, 31);

const DataSet &data50()
{
    static const DataSet data = DataSet::load(DataPaths::defaults());
    return data;
}

const DataSet &data10()
{
    static const DataSet data = [] {
        DataPaths paths = DataPaths::defaults();
        paths.boundaries = DataPaths::detailedBoundaries();
        return DataSet::load(paths);
    }();
    return data;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QString writeOk(const DataSet &data, SnapshotOptions options)
{
    QString error;
    const bool ok = SnapshotExporter::write(data, options, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    REQUIRE(error.isEmpty());
    return options.outPath;
}

// The colour each partner is filled with, checked at its label point where the point lies at
// least 3 px inside its polygon (so antialiased borders cannot touch it). Returns how many
// countries were checked.
int checkPartnerColours(const DataSet &data, const QImage &image, const QDate &date)
{
    REQUIRE(!image.isNull());
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data50().hub);
    const QTransform t = MapCamera::fitting(QRectF(), QSizeF(image.size())).transform();
    const double clearance = 3.0 / t.m11(); // 3 px in Web Mercator units
    int checked = 0;
    for (const Country &c : data.boundaries.countries) {
        const Tier tier = data.timeline.tierAt(c.key, date);
        if (tier < Tier::CP || tier > Tier::Special)
            continue;
        const geo::Polygon *main = nullptr;
        for (const geo::Polygon &p : c.polygons)
            if (geo::polygonContains(p, c.label))
                main = &p;
        if (!main)
            continue;
        bool clear = true;
        for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1), QPointF(1, 1), QPointF(-1, -1),
                                QPointF(1, -1), QPointF(-1, 1)})
            clear = clear && geo::polygonContains(*main, c.label + d * clearance);
        if (!clear)
            continue;
        for (const double shift : {0.0, -1.0, 1.0}) {
            const QPointF p = t.map(c.label + QPointF(shift, 0));
            if (!QRectF(image.rect()).contains(p))
                continue;
            const QColor expected = c.kind == CountryKind::Dependency ? style.dependencyColor(tier) : style.tierColor(tier);
            const QColor got = image.pixelColor(int(p.x()), int(p.y()));
            INFO(c.key.toStdString() << " " << tierKey(tier).toStdString() << " expected " << expected.name().toStdString()
                                     << " got " << got.name().toStdString());
            CHECK(got.rgb() == expected.rgb());
            ++checked;
        }
    }
    return checked;
}

Tool runCli(const QStringList &args)
{
    return run(QStringLiteral(DIPLOMAP_BIN), QStringList{QStringLiteral("export")} + args);
}

std::pair<double, double> pdfPageSizePts(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    REQUIRE(!pdfinfo.isEmpty()); // poppler-utils
    QProcess p;
    p.start(pdfinfo, {path});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}

} // namespace

TEST_CASE("the view transform maps the box onto the output")
{
    // A box whose Web Mercator rectangle has the output's aspect ratio fills it exactly.
    const QPointF a = geo::mercatorFromLonLat(100, 20), b = geo::mercatorFromLonLat(120, 0);
    const QSizeF size(1000, 1000 * (b.y() - a.y()) / (b.x() - a.x()));
    const QTransform t = MapCamera::fitting(QRectF(QPointF(100, 0), QPointF(120, 20)), size).transform();
    CHECK(t.map(a).x() == Approx(0).margin(1e-6));
    CHECK(t.map(a).y() == Approx(0).margin(1e-6));
    CHECK(t.map(b).x() == Approx(size.width()));
    CHECK(t.map(b).y() == Approx(size.height()));
    // Otherwise the box is centred and the shorter axis extended.
    const QTransform wide = MapCamera::fitting(QRectF(QPointF(100, 0), QPointF(120, 20)), QSizeF(2000, 1000)).transform();
    CHECK(wide.map(a).y() == Approx(0).margin(1e-6));
    CHECK(wide.map(b).y() == Approx(1000));
    CHECK((wide.map(a).x() + wide.map(b).x()) / 2 == Approx(1000));
}

TEST_CASE("PNG export: exact size, and each partner's label point has its tier's colour")
{
    QTemporaryDir dir;
    const auto [date, tag] = GENERATE(std::make_pair(kDate2024, "2024"), std::make_pair(kDate2025, "2025"));
    SnapshotOptions o;
    o.date = date;
    o.size = QSize(1600, 900);
    o.bare = true;
    o.outPath = dir.filePath(QStringLiteral("bare-%1.png").arg(tag));
    const QImage image(writeOk(data50(), o));
    REQUIRE(image.size() == o.size);
    CHECK(checkPartnerColours(data50(), image, date) >= 25);

    // The United Kingdom became a Comprehensive Strategic Partner on 2025-10-29.
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data50().hub);
    const QPointF uk = MapCamera::fitting(QRectF(), QSizeF(o.size)).transform().map(data50().boundaries.country("GBR")->label);
    CHECK(image.pixelColor(uk.toPoint()).rgb() == style.tierColor(date == kDate2024 ? Tier::SP : Tier::CSP).rgb());

    // Composed, both languages and themes: the exact size, and different from the bare map.
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        o.bare = false;
        o.language = lang;
        o.theme = lang == QLatin1String("vi") ? MapStyle::Theme::Light : MapStyle::Theme::Dark;
        o.size = QSize(960, 540);
        o.outPath = dir.filePath(QStringLiteral("composed-%1-%2.png").arg(tag, lang));
        const QImage composed(writeOk(data50(), o));
        CHECK(composed.size() == QSize(960, 540));
    }
}

TEST_CASE("large PNG export uses the 10m boundaries, in bands, with the same colours")
{
    QTemporaryDir dir;
    SnapshotOptions o;
    o.date = kDate2025;
    o.size = QSize(2700, 1519);
    o.bare = true;
    o.outPath = dir.filePath(QStringLiteral("big.png"));
    REQUIRE(SnapshotExporter::wantsDetail(o));
    const QImage image(writeOk(data10(), o));
    REQUIRE(image.size() == o.size);
    CHECK(checkPartnerColours(data10(), image, kDate2025) >= 30);
}

TEST_CASE("SVG export: XML with one vector group per country")
{
    QTemporaryDir dir;
    const QDate date = GENERATE(kDate2024, kDate2025);
    SnapshotOptions o;
    o.format = SnapshotOptions::Format::Svg;
    o.date = date;
    o.size = QSize(1280, 720);
    o.outPath = dir.filePath(QStringLiteral("map.svg"));
    writeOk(data10(), o);

    QFile file(o.outPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data50().hub);
    QStringList groupFills; // fills of the groups that hold one country: outlined with the border colour
    QString vietnamFill;
    int images = 0, texts = 0;
    QString fill, stroke;
    int pathsInGroup = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("g")) {
            fill = xml.attributes().value(QLatin1String("fill")).toString();
            stroke = xml.attributes().value(QLatin1String("stroke")).toString();
            pathsInGroup = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("path")) {
            ++pathsInGroup;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            if (fill != QLatin1String("none") && !fill.isEmpty() && pathsInGroup == 1) {
                if (stroke == style.border.name())
                    groupFills << fill;
                else if (stroke == style.hubOutline.name())
                    vietnamFill = fill;
            }
            pathsInGroup = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("image")) {
            ++images;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            ++texts;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    CHECK(images == 0); // vector, not a bitmap
    CHECK(texts > 10);  // the title, legend and labels are text

    // The same countries, in the same order and colours, as the renderer paints.
    MapRenderer::Options ro;
    ro.date = date;
    ro.tolerancePx = 0.1; // as the exporter for vector output
    const MapRenderer renderer(data10().boundaries, data10().timeline, data10().hub, o.size, ro);
    QStringList expected;
    for (const QString &key : renderer.paintedCountries())
        if (key != QLatin1String("VNM"))
            expected << renderer.fillColor(key).name();
    CHECK(expected.size() > 200);
    CHECK(groupFills == expected);
    CHECK(vietnamFill == style.hub.name());
}

TEST_CASE("the composed map's card: title, date, partner count and one legend row per tier with its count")
{
    MapRenderer::Options ro;
    ro.date = kDate2025;
    const MapRenderer vi(data50().boundaries, data50().timeline, data50().hub, QSize(1920, 1080), ro);
    CHECK(vi.card().title() == QStringLiteral("Quan hệ đối tác của Việt Nam"));
    CHECK(vi.card().subtitle() == QStringLiteral("31/12/2025"));
    CHECK(vi.card().heading().startsWith(QStringLiteral("42 đối tác")));
    CHECK(vi.card().relationsLine() == QStringLiteral("195 nước có quan hệ ngoại giao"));
    QStringList rows;
    for (const LegendCard::Row &r : vi.card().rows())
        rows << r.name + QLatin1Char('=') + r.count;
    // Without relations: the six states with an explicit none (NIU, TWN, VAT, XKX, XNC, XSL).
    CHECK(rows.join(QLatin1Char(';')).toStdString()
          == "Việt Nam=;Quan hệ đặc biệt=3;Đối tác chiến lược toàn diện=14;Đối tác chiến lược=14;Đối tác toàn diện=14;"
             "Có quan hệ ngoại giao=150;Chưa có quan hệ ngoại giao=6");
    CHECK(vi.card().rows().first().color == vi.style().hub);

    ro.language = QStringLiteral("en");
    ro.date = kDate2024;
    const MapRenderer en(data50().boundaries, data50().timeline, data50().hub, QSize(1920, 1080), ro);
    CHECK(en.card().title() == QStringLiteral("Vietnam's partnerships"));
    CHECK(en.card().subtitle() == QStringLiteral("31 Dec 2024")); // the screen's date format
    CHECK(en.card().heading().startsWith(QStringLiteral("32 partners")));
    CHECK(en.card().relationsLine() == QStringLiteral("194 countries with diplomatic relations"));
    // The card is drawn where it was laid out: its swatches show the tier colours.
    QImage image(1920, 1080, QImage::Format_RGB32);
    QPainter painter(&image);
    REQUIRE(en.paint(&painter));
    painter.end();
    const QRectF card = en.card().boxes().first();
    QSet<QRgb> seen;
    for (int y = int(card.top()); y < int(card.bottom()); ++y)
        for (int x = int(card.left()); x < int(card.right()); ++x)
            seen.insert(image.pixel(x, y));
    for (const Tier t : tiers::dataTiers())
        CHECK(seen.contains(en.style().tierColor(t).rgb()));
}

TEST_CASE("another hub from its profile: its key, colours, title and period come from the data")
{
    DataPaths paths = DataPaths::defaults();
    paths.hub = QStringLiteral(EXPORT_TEST_DATA "/../../data/hub/hub.json");
    paths.relations = QStringLiteral(EXPORT_TEST_DATA "/../../data/hub/relations.csv");
    paths.establishment = QStringLiteral(EXPORT_TEST_DATA "/../../data/hub/establishment.csv");
    paths.sources = QStringLiteral(EXPORT_TEST_DATA "/../../data/hub/sources.csv");
    paths.highlights.clear();
    const DataSet data = DataSet::load(paths);
    INFO(data.errors.join('\n').toStdString());
    REQUIRE(data.errors.isEmpty());
    CHECK(data.hub.key == QStringLiteral("FRA"));
    CHECK(data.timeline.tierAt("FRA", QDate(2021, 12, 31)) == Tier::Hub);
    CHECK(data.timeline.tierAt("VNM", QDate(2021, 12, 31)) == Tier::SP);
    CHECK(data.timeline.countsAt(QDate(2021, 12, 31)).partners == 2);

    QTemporaryDir dir;
    SnapshotOptions o;
    o.outPath = dir.filePath("france.png");
    o.size = QSize(1600, 900);
    o.date = QDate(2021, 12, 31);
    o.bare = true; // fills alone: no label over a label point
    writeOk(data, o);
    const QImage image(o.outPath);
    const QTransform t = MapCamera::fitting(QRectF(), QSizeF(o.size)).transform();
    auto at = [&](const char *key) { return QColor(image.pixel(t.map(data.boundaries.country(key)->label).toPoint())); };
    CHECK(at("FRA") == QColor("#1f4e9c"));
    CHECK(at("DEU") == QColor(tiers::traits(Tier::CSP).light));
    CHECK(at("BRA") == QColor(tiers::traits(Tier::Relations).light));
    MapRenderer::Options ro;
    ro.date = o.date;
    const MapRenderer renderer(data.boundaries, data.timeline, data.hub, o.size, ro);
    CHECK(renderer.card().title() == QStringLiteral("Đối tác hư cấu của Pháp"));
    CHECK(renderer.card().rows().first().name == QStringLiteral("Pháp"));
}

TEST_CASE("PDF export: vector, embedded font, page size")
{
    QTemporaryDir dir;
    SnapshotOptions o;
    o.format = SnapshotOptions::Format::Pdf;
    o.date = kDate2025;
    o.size = QSize(1920, 1080); // 6.4 x 3.6 in at 300 dpi
    o.outPath = dir.filePath(QStringLiteral("map.pdf"));
    writeOk(data10(), o);
    auto [w, h] = pdfPageSizePts(o.outPath);
    CHECK(w == Approx(1920 / 300.0 * 72).margin(1));
    CHECK(h == Approx(1080 / 300.0 * 72).margin(1));

    o.date = kDate2024;
    o.language = QStringLiteral("en");
    o.pageSizeMm = QSizeF(297, 210); // A4 landscape
    o.outPath = dir.filePath(QStringLiteral("a4.pdf"));
    writeOk(data10(), o);
    std::tie(w, h) = pdfPageSizePts(o.outPath);
    CHECK(w == Approx(297 / 25.4 * 72).margin(1));
    CHECK(h == Approx(210 / 25.4 * 72).margin(1));

    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    REQUIRE(!pdffonts.isEmpty());
    QProcess p;
    p.start(pdffonts, {o.outPath});
    REQUIRE(p.waitForFinished(30000));
    const QString fonts = QString::fromUtf8(p.readAllStandardOutput());
    INFO(fonts.toStdString());
    CHECK(QRegularExpression(QStringLiteral("NotoSans\\S*\\s.*\\syes\\s")).match(fonts).hasMatch());
}

TEST_CASE("a cancelled export leaves the previous file as it was and nothing else")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous");
    }
    SnapshotOptions o;
    o.date = kDate2025;
    o.size = QSize(1920, 1080);
    o.outPath = path;
    int calls = 0;
    QString error;
    CHECK_FALSE(SnapshotExporter::write(data50(), o, &error, [&](double f) {
        CHECK(f >= 0.0);
        CHECK(f <= 1.0);
        return ++calls < 2;
    }));
    CHECK(error == QLatin1String("cancelled"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("map.png")});
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "previous");
}

TEST_CASE("diplomap export writes PNG, SVG and PDF from the command line")
{
    QTemporaryDir dir;
    // The map alone, then the composed map (which needs the binary's QGuiApplication).
    Tool r = runCli({"--date", "2025-12-31", "--out", dir.filePath("bare.png"), "--size", "640x360", "--bare"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QLatin1String("wrote ")));
    CHECK(QImage(dir.filePath("bare.png")).size() == QSize(640, 360));

    r = runCli({"--date", "2024-12-31", "--out", dir.filePath("map.png"), "--size", "800x450", "--lang", "en", "--theme", "dark",
                "--region", "southeast-asia"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QImage(dir.filePath("map.png")).size() == QSize(800, 450));

    r = runCli({"--date", "2025-12-31", "--out", dir.filePath("map.pdf"), "--size", "a4", "--bbox", "90,-12,145,30"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(pdfPageSizePts(dir.filePath("map.pdf")).first == Approx(842).margin(1));
}

TEST_CASE("diplomap export: every error gives one line, a non-zero exit and no file")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    struct Case {
        QStringList args;
        int exitCode;
        QString message;
    };
    const QVector<Case> cases = {
        {{"--date", "2025-12-31", "--out", "/nonexistent/dir/x.png", "--bare"}, 1, "cannot write '/nonexistent/dir/x.png'"},
        {{"--date", "2025-12-31", "--out", dir.filePath("x.tiff")}, 2, "unknown format for '" + dir.filePath("x.tiff") + "'"},
        {{"--date", "2025-12-31", "--out", png, "--format", "tiff"}, 2, "unknown format 'tiff' (expected png, svg or pdf)"},
        {{"--date", "2025-12-31", "--out", png, "--size", "100x100"}, 2, "size 100x100 is out of range"},
        {{"--date", "2025-12-31", "--out", png, "--size", "20000x20000"}, 2, "size 20000x20000 is out of range"},
        {{"--date", "2025-12-31", "--out", png, "--size", "0x0"}, 2, "size 0x0 is out of range"},
        {{"--date", "2025-12-31", "--out", png, "--size", "abc"}, 2, "invalid size 'abc'"},
        {{"--date", "2025-02-30", "--out", png}, 2, "invalid date '2025-02-30'"},
        {{"--out", png}, 2, "missing --date"},
        {{"--date", "2025-12-31", "--out", png, "--lang", "fr"}, 2, "unknown language 'fr'"},
        {{"--date", "2025-12-31", "--out", png, "--theme", "sepia"}, 2, "unknown theme 'sepia'"},
        {{"--date", "2025-12-31", "--out", png, "--region", "mars"}, 2, "unknown region 'mars'"},
        {{"--date", "2025-12-31", "--out", png, "--bbox", "120,10,100,20"}, 2, "invalid box '120,10,100,20'"},
        {{"--date", "2025-12-31", "--out", png, "--region", "europe", "--bbox", "0,0,10,10"}, 2, "not both"},
        {{"--date", "2025-12-31", "--out", png, "--relations", EXPORT_TEST_DATA "/bad-relations.csv"}, 1, "bad-relations.csv:"},
        {{"--date", "2025-12-31", "--out", png, "--boundaries", "/nonexistent/countries.json"}, 1, "/nonexistent/countries.json"},
    };
    for (const Case &c : cases) {
        const Tool r = runCli(c.args);
        INFO("diplomap export " << c.args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.err.contains(c.message));
        CHECK(r.out.isEmpty());
        if (!c.message.endsWith(QLatin1Char(':'))) // a data file may have several problems, one line each
            CHECK(!r.err.contains(QLatin1Char('\n')));
        CHECK(entries(dir.path()).isEmpty());
    }
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/dir/x.png")));
}
