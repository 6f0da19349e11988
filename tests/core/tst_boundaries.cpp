// Boundaries as loaded from the bundled Natural Earth data (50m and 10m) with the worldview applied.
#include "dataset.h"

#include <catch2/catch.hpp>

namespace {

// The screen's boundaries, the 10m source and its FlatGeobuf copy used for detail.
const QStringList kBundled = {"countries-50m.json", "countries-10m.json", "countries-10m.fgb"};

const DataSet &bundled(const QString &file)
{
    static QHash<QString, DataSet> cache;
    if (!cache.contains(file)) {
        DataPaths paths = DataPaths::defaults();
        paths.boundaries = geodataPath(file);
        cache.insert(file, DataSet::load(paths, DataSet::Boundaries | DataSet::Meshes));
    }
    return cache[file];
}

BoundaryResult loadTestFile(const QString &name)
{
    QStringList errors;
    const CountryTable table = CountryTable::load(geodataPath("countries.csv"), &errors);
    REQUIRE(errors.isEmpty());
    return BoundaryLoader::load(QStringLiteral(TEST_DATA_DIR "/boundaries/") + name, table, Worldview());
}

} // namespace

TEST_CASE("bundled boundaries load cleanly, with unique keys and both names", "[boundaries]")
{
    for (const QString &file : kBundled) {
        INFO(file.toStdString());
        const DataSet &data = bundled(file);
        REQUIRE(data.errors.isEmpty());
        REQUIRE(data.boundaries.countries.size() > 200);
        QSet<QString> keys;
        for (const Country &c : data.boundaries.countries) {
            INFO(c.key.toStdString());
            CHECK(!keys.contains(c.key));
            keys.insert(c.key);
            CHECK(!c.nameEn.isEmpty());
            CHECK(!c.nameVi.isEmpty());
            CHECK(!c.mesh.indices.isEmpty());
        }
    }
}

TEST_CASE("without meshes (an export's load) the same countries, outlines and label points, no triangles", "[boundaries]")
{
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = geodataPath(kBundled[0]);
    const DataSet outlines = DataSet::load(paths, DataSet::Boundaries);
    const DataSet &full = bundled(kBundled[0]);
    REQUIRE(outlines.errors.isEmpty());
    REQUIRE(outlines.boundaries.countries.size() == full.boundaries.countries.size());
    for (int i = 0; i < full.boundaries.countries.size(); ++i) {
        const Country &a = outlines.boundaries.countries[i], &b = full.boundaries.countries[i];
        INFO(b.key.toStdString());
        CHECK(a.key == b.key);
        CHECK(a.vertexCount() == b.vertexCount());
        CHECK(a.label == b.label);
        CHECK(a.mesh.indices.isEmpty());
        CHECK(!b.mesh.indices.isEmpty());
    }
}

TEST_CASE("all 193 UN members are present at both scales", "[boundaries]")
{
    for (const QString &file : kBundled) {
        const DataSet &data = bundled(file);
        int members = 0;
        for (const CountryInfo &info : data.table.all()) {
            if (info.kind != CountryKind::UnMember)
                continue;
            ++members;
            INFO(file.toStdString() << " " << info.key.toStdString());
            CHECK(data.boundaries.country(info.key) != nullptr);
        }
        CHECK(members == 193);
    }
}

TEST_CASE("worldview: the archipelagos are Vietnam's, disputed areas follow Vietnam's positions", "[boundaries]")
{
    struct Probe {
        double lon, lat;
        const char *key;
    };
    const Probe probes[] = {
        {105.85, 21.03, "VNM"},   // Hà Nội
        {112.332, 16.831, "VNM"}, // Phú Lâm island, Hoàng Sa
        {114.376, 9.686, "VNM"},  // an island of Trường Sa
        {2.35, 48.85, "FRA"},     // Paris
        {-53, 4, "FRA"},          // French Guiana
        {177, 65, "RUS"},         // Chukotka, west of the antimeridian
        {178.4, -18, "FJI"},      // Fiji
        {121.0, 23.7, "CHN"},     // Taiwan, one-China policy
        {21.0, 42.6, "SRB"},      // Kosovo
        {33.6, 35.3, "CYP"},      // Northern Cyprus
        {44.06, 9.56, "SOM"},     // Somaliland
        {179.2109, -8.5181, "TUV"}, // Fongafale, Funafuti, Tuvalu (missing from 50m, completed from 10m)
    };
    for (const QString &file : kBundled) {
        const DataSet &data = bundled(file);
        for (const Probe &p : probes) {
            INFO(file.toStdString() << " at " << p.lon << " " << p.lat);
            CHECK(data.boundaries.locate(p.lon, p.lat).toStdString() == p.key);
        }
        CHECK(data.boundaries.locate(-140, -40).isEmpty()); // South Pacific
        CHECK(data.boundaries.country("TWN") == nullptr);
        CHECK(data.boundaries.country("XSP") == nullptr);
        QStringList landmarks;
        for (const Landmark &l : data.boundaries.landmarks) {
            CHECK(l.owner == "VNM");
            landmarks << l.nameVi;
        }
        landmarks.sort();
        CHECK(landmarks == QStringList({"Quần đảo Hoàng Sa", "Quần đảo Trường Sa"}));
    }
}

TEST_CASE("triangles cover exactly the polygons, for every country", "[boundaries][geometry]")
{
    for (const QString &file : kBundled) {
        for (const Country &c : bundled(file).boundaries.countries) {
            INFO(file.toStdString() << " " << c.key.toStdString());
            CHECK(c.mesh.area() == Approx(c.area()).epsilon(0.001));
        }
    }
}

TEST_CASE("each polygon's triangles are the ones its range in the mesh names", "[boundaries][geometry]")
{
    for (const Country &c : bundled(kBundled.first()).boundaries.countries) {
        INFO(c.key.toStdString());
        REQUIRE(c.mesh.polygonEnds.size() == c.polygons.size());
        REQUIRE(c.mesh.polygonEnds.last() == c.mesh.indices.size());
        int previous = 0;
        for (int k = 0; k < c.polygons.size(); ++k) {
            geo::Mesh part;
            part.vertices = c.mesh.vertices;
            part.indices = c.mesh.indices.mid(previous, c.mesh.polygonEnds[k] - previous);
            previous = c.mesh.polygonEnds[k];
            const double area = geo::polygonArea(c.polygons[k]);
            CHECK(std::abs(part.area() - area) <= 0.001 * area + 1e-15);
        }
    }
}

TEST_CASE("every label point lies inside its country, on the main part", "[boundaries][geometry]")
{
    for (const QString &file : kBundled) {
        const DataSet &data = bundled(file);
        for (const Country &c : data.boundaries.countries) {
            INFO(file.toStdString() << " " << c.key.toStdString());
            const bool inside = std::any_of(c.polygons.cbegin(), c.polygons.cend(),
                                            [&](const geo::Polygon &p) { return geo::polygonContains(p, c.label); });
            CHECK(inside);
        }
        // Not the centroid: France's label is in metropolitan France, the USA's in the lower 48.
        const QPointF fra = data.boundaries.country("FRA")->labelLonLat();
        CHECK((fra.x() > -5 && fra.x() < 8 && fra.y() > 42 && fra.y() < 51));
        const QPointF usa = data.boundaries.country("USA")->labelLonLat();
        CHECK((usa.x() > -125 && usa.x() < -67 && usa.y() > 25 && usa.y() < 49));
    }
}

TEST_CASE("Web Mercator projection round-trips and clips at 85.0511°", "[geometry]")
{
    const QPointF p = geo::mercatorFromLonLat(105.85, 21.03);
    const QPointF back = geo::lonLatFromMercator(p);
    CHECK(back.x() == Approx(105.85));
    CHECK(back.y() == Approx(21.03));
    CHECK(geo::mercatorFromLonLat(-180, 85.0511287798).y() == Approx(0).margin(1e-9));
    CHECK(geo::mercatorFromLonLat(180, -89.9).y() == Approx(1).margin(1e-9));
    CHECK(geo::mercatorFromLonLat(0, 0) == QPointF(0.5, 0.5));
}

TEST_CASE("invalid polygons are repaired: a bow-tie becomes two triangles", "[boundaries][geometry]")
{
    const BoundaryResult r = loadTestFile("bowtie.geojson");
    REQUIRE(r.ok());
    const Country &c = r.set.countries.at(0);
    CHECK(c.polygons.size() == 2);
    CHECK(c.mesh.area() == Approx(c.area()).epsilon(0.001));
}

TEST_CASE("bad boundary inputs give messages naming the file, layer and feature", "[boundaries][errors]")
{
    struct Case {
        const char *file;
        const char *message;
    };
    const Case cases[] = {
        {"does-not-exist.geojson", "does-not-exist.geojson: no such file"},
        {"truncated.geojson", "truncated.geojson: cannot read"},
        {"no-polygons.geojson", "no-polygons.geojson: no polygon layer"},
        {"no-key-field.geojson", "no-key-field.geojson: layer 'no-key-field': missing key field"},
        {"duplicate-key.geojson", "duplicate-key.geojson: layer 'duplicate-key': feature 2: duplicate key 'FRA'"},
        {"unknown-key.geojson", "unknown-key.geojson: layer 'unknown-key': feature 1: unknown key 'ZZZ'"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const BoundaryResult r = loadTestFile(c.file);
        REQUIRE(r.errors.size() == 1);
        CHECK_THAT(r.errors.first().toStdString(), Catch::Contains(c.message));
    }
    const BoundaryResult empty = loadTestFile("empty-geometry.geojson");
    CHECK(empty.ok());
    REQUIRE(empty.warnings.size() == 1);
    CHECK_THAT(empty.warnings.first().toStdString(), Catch::Contains("empty-geometry.geojson: layer 'empty-geometry': feature 2: empty geometry"));
    CHECK(empty.set.countries.size() == 1);
}

TEST_CASE("no edge runs across the world: antimeridian rings are unwrapped before repair", "[boundaries][geometry]")
{
    for (const QString &file : kBundled) {
        for (const Country &c : bundled(file).boundaries.countries) {
            if (c.key == "ATA") // Antarctica's outline runs along the bottom of the map by design
                continue;
            double longest = 0;
            for (const geo::Polygon &p : c.polygons)
                for (const geo::Ring &r : p.rings)
                    for (int i = 0, j = r.size() - 1; i < r.size(); j = i++)
                        longest = std::max(longest, std::abs(r[i].x() - r[j].x()));
            INFO(file.toStdString() << " " << c.key.toStdString());
            CHECK(longest < 30.0 / 360.0); // no edge spans 30° of longitude
        }
    }
}
