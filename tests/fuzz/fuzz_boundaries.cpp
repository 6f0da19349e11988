// libFuzzer target: the boundary loader (GDAL, repair, unwrap, labels, triangulation) on small
// files, GeoJSON mostly. The input is written to a file, as the loader reads only regular
// files; a usable set must have a mesh for every country, else there must be an error.
#include "boundaryloader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("fuzz.geojson"));
    CountryTable table;
    Fixture()
    {
        QStringList errors;
        table = CountryTable::load(QStringLiteral(DIPLOMAP_GEODATA_DIR "/countries.csv"), &errors);
        if (!dir.isValid() || !errors.isEmpty())
            std::abort();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    {
        QFile file(fixture.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    const BoundaryResult result = BoundaryLoader::load(fixture.path, fixture.table, Worldview());
    for (const QString &e : result.errors)
        if (!e.startsWith(fixture.path))
            std::abort();
    if (result.ok())
        for (const Country &c : result.set.countries)
            if (c.polygons.isEmpty() || c.mesh.polygonEnds.size() != c.polygons.size())
                std::abort();
    return 0;
}
