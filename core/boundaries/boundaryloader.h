#pragma once
// The one wrapper around GDAL/OGR: reads country boundaries from any OGR vector source
// (TopoJSON, GeoJSON, GeoPackage, Shapefile), repairs invalid polygons, unwraps rings that
// cross the antimeridian, applies the worldview rules, projects to unit Web Mercator and
// triangulates once (unless asked not to). GDAL types never leave boundaries/ (this file's implementation,
// polygonchecks for coordinates and the antimeridian, gdaloffline for drivers and the network).
#include "boundaryset.h"
#include "worldview.h"

struct BoundaryResult {
    BoundarySet set;
    QStringList errors;   // each names the file, layer and feature; the set is not usable
    QStringList warnings; // features skipped (empty geometry); the set is usable
    bool ok() const { return errors.isEmpty(); }
};

namespace BoundaryLoader {

// Features are matched to the table by a `key` field (ISO alpha-3) when the layer has one,
// else by world-atlas `id` / `name`. The worldview's completion file for `path` is merged in.
// Triangles (Country::mesh) are for the map layer; an export draws outlines and skips them.
enum class Meshes { Build, Skip };
BoundaryResult load(const QString &path, const CountryTable &table, const Worldview &view, Meshes meshes = Meshes::Build);

// Writes the GeoJSON that completes `base` from `detail`: every state missing from base
// and every landmark (archipelago) missing from base, with detail's geometry. Atomic.
bool writeCompletion(const BoundarySet &base, const BoundarySet &detail, const CountryTable &table,
                     const QString &outPath, QString *error);

} // namespace BoundaryLoader

// Path of a data file: in $DIPLOMAP_GEODATA if set, else in ../share/diplomap/geodata from the
// executable's folder (installed: <prefix>/bin and <prefix>/share; the build tree has the same
// layout). Needs a QCoreApplication.
QString geodataPath(const QString &fileName);
