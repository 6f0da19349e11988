// Bad boundary files (issue 15): coordinates out of range, rings along the antimeridian and
// polar caps, GDAL's warnings and network paths. Every message names the file.
#include "dataset.h"
#include "writefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const CountryTable &table()
{
    static const CountryTable t = [] {
        QStringList errors;
        CountryTable loaded = CountryTable::load(geodataPath("countries.csv"), &errors);
        REQUIRE(errors.isEmpty());
        return loaded;
    }();
    return t;
}

// A GeoJSON FeatureCollection of one feature with `key` and the given polygon coordinates.
QByteArray featureCollection(const QByteArray &key, const QByteArray &coordinates)
{
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"key":")" + key
        + R"("},"geometry":{"type":"Polygon","coordinates":)" + coordinates + "}}]}";
}

BoundaryResult load(const QString &path)
{
    return BoundaryLoader::load(path, table(), Worldview());
}

} // namespace

TEST_CASE("coordinates out of range or not finite are refused, naming the feature", "[boundaries][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    struct Case {
        const char *coordinates;
        const char *value;
    };
    const Case cases[] = {
        {"[[[100,10],[1e300,20],[110,10],[100,10]]]", "1e+300,20"}, // hung before, growing past 2 GB
        {"[[[100,10],[500,20],[110,10],[100,10]]]", "500,20"},
        {"[[[100,10],[105,1000],[110,10],[100,10]]]", "105,1000"},
        {"[[[100,10],[-1e308,20],[110,10],[100,10]]]", "-1e+308,20"},
    };
    for (const Case &c : cases) {
        INFO(c.coordinates);
        const QString path = writeFile(dir, "bad.geojson", featureCollection("FRA", c.coordinates));
        QElapsedTimer timer;
        timer.start();
        const BoundaryResult result = load(path);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].toStdString()
              == QStringLiteral("%1: layer 'bad': feature 1: coordinate %2 is out of range (longitude -180 to 180, latitude -90 to 90)")
                     .arg(path, QString::fromLatin1(c.value)).toStdString());
        CHECK(timer.elapsed() < 5000);
    }
}

TEST_CASE("the label search ends on a sliver of any length", "[geometry]")
{
    geo::Polygon sliver;
    sliver.rings << geo::Ring({QPointF(0, 0), QPointF(1e300, 0.5), QPointF(0, 1)});
    QElapsedTimer timer;
    timer.start();
    const QPointF pole = geo::poleOfInaccessibility(sliver, 1e297);
    CHECK(timer.elapsed() < 2000); // before: a grid of 10^300 cells, memory without end
    CHECK(geo::polygonContains(sliver, pole));
}

TEST_CASE("a polar cap along the antimeridian and a whole-world box load as drawn", "[boundaries][geometry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Antarctica as Natural Earth draws it: edges along ±180° and along the pole.
    const BoundaryResult cap = load(writeFile(dir, "cap.geojson",
                                              featureCollection("ATA", "[[[-180,-90],[180,-90],[180,-60],[-180,-60],[-180,-90]]]")));
    REQUIRE(cap.errors.isEmpty());
    REQUIRE(cap.set.countries.size() == 1);
    const QPointF label = cap.set.countries[0].labelLonLat();
    CHECK(label.x() >= -180);
    CHECK(label.x() <= 180); // was 180.17: the ring had been shifted onto itself
    CHECK(label.y() < -60);
    CHECK(cap.set.locate(0, -80) == "ATA");
    CHECK(cap.set.locate(-179, -70) == "ATA");
    CHECK(cap.set.locate(0, -50).isEmpty());

    const BoundaryResult world = load(writeFile(dir, "world.geojson",
                                                featureCollection("FRA", "[[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]]")));
    REQUIRE(world.errors.isEmpty()); // was "no polygon in geometry"
    CHECK(world.set.locate(100, 10) == "FRA");
    CHECK(world.set.locate(-100, -10) == "FRA");

    // A ring that really crosses the antimeridian is still unwrapped (Fiji-like).
    const BoundaryResult fiji = load(writeFile(dir, "fiji.geojson",
                                               featureCollection("FJI", "[[[178,-16],[-179,-16],[-179,-18],[178,-18],[178,-16]]]")));
    REQUIRE(fiji.errors.isEmpty());
    CHECK(fiji.set.locate(179.5, -17) == "FJI");
    CHECK(fiji.set.locate(-179.5, -17) == "FJI");
    CHECK(fiji.set.locate(0, -17).isEmpty());

    // The same, crossing exactly at 180°: edges from 180° to -180° along a parallel that are
    // crossings, not the edges of a cap (unwrapping gives a proper ring).
    const BoundaryResult exact = load(writeFile(dir, "exact.geojson", featureCollection("FJI",
        "[[[179,-16],[180,-16],[-180,-16],[-179,-16],[-179,-18],[-180,-18],[180,-18],[179,-18],[179,-16]]]")));
    REQUIRE(exact.errors.isEmpty());
    CHECK(exact.set.locate(179.5, -17) == "FJI");
    CHECK(exact.set.locate(-179.5, -17) == "FJI");
    CHECK(exact.set.locate(0, -17).isEmpty());
}

TEST_CASE("an empty FeatureCollection says so", "[boundaries][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(dir, "empty.geojson", R"({"type":"FeatureCollection","features":[]})");
    const BoundaryResult result = load(path);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == path + ": layer 'empty': no features"); // was "missing key field"
}

TEST_CASE("GDAL's warnings name the file", "[boundaries][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(dir, "open.geojson", featureCollection("FRA", "[[[0,45],[5,45],[5,50],[0,50]]]"));
    const BoundaryResult result = load(path);
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.warnings.size() == 1);
    CHECK_THAT(result.warnings[0].toStdString(), Catch::StartsWith(path.toStdString() + ":") && Catch::Contains("Non closed ring"));
}

TEST_CASE("a boundary file that asks for the network is refused without a connection", "[boundaries][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(server.serverPort()) + "/countries.geojson";
    // A VRT layer whose source is `source`, through /vsicurl/, /vsicurl?url= and GDAL's HTTP client.
    for (const QByteArray &source : {"/vsicurl/" + url, "/vsicurl?url=" + url, url}) {
        INFO(source.toStdString());
        const QString path = writeFile(dir, "remote.vrt", "<OGRVRTDataSource><OGRVRTLayer name=\"countries\"><SrcDataSource>" + source
                                                              + "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
        const BoundaryResult result = load(path);
        REQUIRE(result.errors.size() == 1);
        CHECK_THAT(result.errors[0].toStdString(), Catch::StartsWith(path.toStdString() + ": asks for network access (" + source.toStdString())
                                                       && Catch::Contains("diplomap works offline"));
        CHECK_FALSE(server.waitForNewConnection(200)); // nobody knocked
    }
}

TEST_CASE("a 100,000-vertex sawtooth triangulates in near-linear time", "[geometry][performance]")
{
    // Teeth on a straight base: once the teeth are cut the base is one collinear chain, which
    // the clipper walked after every cut (6.4 s at 100,000 vertices, over 400 s at 1,000,000).
    geo::Polygon saw;
    geo::Ring ring;
    const int teeth = 50000;
    for (int i = 0; i < teeth; ++i)
        ring << QPointF(i, 0) << QPointF(i + 0.5, 1);
    ring << QPointF(teeth, 0) << QPointF(teeth, -1) << QPointF(0, -1);
    saw.rings << ring;
    QElapsedTimer timer;
    timer.start();
    const geo::Mesh mesh = geo::triangulate({saw});
    const qint64 ms = timer.elapsed();
    CHECK(mesh.area() == Approx(geo::polygonArea(saw)));
    CHECK(ms < 1000); // ~50 ms now; generous for a loaded machine
}
