#include "boundaryloader.h"

#include "filecheck.h"
#include "gdaloffline.h"
#include "polygonchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtConcurrent>
#include <QtMath>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

struct Part {
    geo::Polygon lonLat; // x = lon, y = lat
    QString labelVi;
    QString labelEn;
};

using RawCountries = QMap<QString, QVector<Part>>; // by key, sorted

// Triangulation stays near linear on the shapes tried (docs/RELIABILITY.md) but ear clipping
// has quadratic worst cases: a limit per polygon bounds it (the largest bundled polygon has
// under 70,000 vertices; a 1,000,000-vertex comb takes ~4 s).
constexpr int kMaxPolygonVertices = 1000000;

struct PendingFeature {
    QString key;
    QString labelVi;
    QString labelEn;
    QString where;
    std::unique_ptr<OGRGeometry> geometry;
    QVector<geo::Polygon> polygons;
    QString error;          // a coordinate out of range
    QStringList gdalWarnings;
};

// Collects GDAL's warnings (such as "Non closed ring detected") so that they are reported
// with the file's name instead of printed on their own.
void CPL_STDCALL collectWarning(CPLErr level, CPLErrorNum, const char *message)
{
    auto *warnings = static_cast<QStringList *>(CPLGetErrorHandlerUserData());
    const QString text = QString::fromUtf8(message);
    if (level == CE_Warning && warnings && !warnings->contains(text))
        *warnings << text;
}

geo::Ring toRing(const OGRLinearRing *ring)
{
    geo::Ring out;
    out.reserve(ring->getNumPoints());
    for (const OGRPoint &p : *ring)
        out << QPointF(p.getX(), p.getY());
    if (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

// Collects the polygons of a geometry, repairing each invalid polygon on its own (validity is
// checked per polygon: parts of a multipolygon that merely touch need no repair, and
// repairing a whole multipolygon costs far more).
void collectPolygons(OGRGeometry *geometry, QVector<geo::Polygon> *out, QString *error)
{
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPolygon: {
        if (!checkCoordinates(geometry->toPolygon(), error))
            return;
        unwrapAntimeridian(geometry->toPolygon());
        // GEOS's "structure" method: union of shells minus holes; ~10x faster than "linework" here.
        const char *const options[] = {"METHOD=STRUCTURE", nullptr};
        std::unique_ptr<OGRGeometry> repaired;
        {
            CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // a repair is expected, not news
            repaired.reset(geometry->IsValid() ? nullptr : geometry->MakeValid(options));
        }
        if (repaired && wkbFlatten(repaired->getGeometryType()) != wkbPolygon) {
            collectPolygons(repaired.get(), out, error);
            break;
        }
        if (repaired)
            geometry = repaired.get();
        int vertices = 0;
        for (const OGRLinearRing *ring : *geometry->toPolygon())
            vertices += ring->getNumPoints();
        if (vertices > kMaxPolygonVertices) {
            *error = QStringLiteral("a polygon of %1 vertices is over the limit of %2 per polygon").arg(vertices).arg(kMaxPolygonVertices);
            return;
        }
        geo::Polygon polygon;
        for (const OGRLinearRing *ring : *geometry->toPolygon()) {
            geo::Ring r = toRing(ring);
            if (r.size() >= 3)
                polygon.rings << r;
            else if (polygon.rings.isEmpty())
                return; // degenerate outer ring: nothing to draw
        }
        if (!polygon.rings.isEmpty())
            *out << polygon;
        break;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (OGRGeometry *g : *geometry->toGeometryCollection())
            if (error->isEmpty())
                collectPolygons(g, out, error);
        break;
    default:
        break; // points and lines are not country areas
    }
}

QString gdalMessage()
{
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg());
    return msg.isEmpty() ? QStringLiteral("not a readable vector data source") : msg;
}

// Reads one OGR source's layer into raw lon/lat parts by key.
void readLayer(const QString &path, const CountryTable &table, RawCountries *raw, QStringList *errors, QStringList *warnings)
{
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        *errors << QStringLiteral("%1: cannot read: %2").arg(path, gdalMessage());
        return;
    }

    // The polygon layer: one named "countries" if there is one, else the first with polygons.
    OGRLayer *layer = dataset->GetLayerByName("countries");
    if (!layer) {
        for (OGRLayer *candidate : dataset->GetLayers()) {
            const OGRwkbGeometryType type = wkbFlatten(candidate->GetGeomType());
            if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbUnknown) {
                layer = candidate;
                break;
            }
        }
    }
    if (!layer) {
        *errors << QStringLiteral("%1: no polygon layer").arg(path);
        return;
    }
    const QString layerName = QString::fromUtf8(layer->GetName());
    const QString where = QStringLiteral("%1: layer '%2'").arg(path, layerName);
    if (layer->GetFeatureCount(TRUE) == 0) {
        *errors << QStringLiteral("%1: no features").arg(where);
        return;
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int fKey = defn->GetFieldIndex("key");
    const int fId = defn->GetFieldIndex("id");
    const int fName = defn->GetFieldIndex("name");
    const int fLabelVi = defn->GetFieldIndex("label_vi");
    const int fLabelEn = defn->GetFieldIndex("label_en");
    if (fKey < 0 && fId < 0 && fName < 0) {
        *errors << QStringLiteral("%1: missing key field (expected 'key', or world-atlas 'id' and 'name')").arg(where);
        return;
    }

    QSet<QString> seen;
    int featureNumber = 0;
    std::vector<PendingFeature> pending;
    for (const auto &feature : *layer) {
        ++featureNumber;
        auto field = [&](int index) {
            return index >= 0 && feature->IsFieldSetAndNotNull(index) ? QString::fromUtf8(feature->GetFieldAsString(index)) : QString();
        };
        const QString name = field(fName);
        const QString id = field(fId);
        const QString featureWhere = QStringLiteral("%1: feature %2%3").arg(where).arg(featureNumber)
                                         .arg(name.isEmpty() ? QString() : QStringLiteral(" ('%1')").arg(name));
        QString key = field(fKey);
        if (fKey < 0) {
            const CountryInfo *info = table.match(id, name);
            if (!info) {
                *errors << QStringLiteral("%1: id '%2' and name '%3' are not in the country table").arg(featureWhere, id, name);
                continue;
            }
            key = info->key;
        } else if (!table.byKey(key)) {
            *errors << QStringLiteral("%1: unknown key '%2'").arg(featureWhere, key);
            continue;
        }
        const QString labelVi = field(fLabelVi), labelEn = field(fLabelEn);
        // A completion file may add several labelled parts to one key; other sources may not repeat a key.
        if (labelEn.isEmpty() && seen.contains(key)) {
            *errors << QStringLiteral("%1: duplicate key '%2'").arg(featureWhere, key);
            continue;
        }
        seen.insert(key);

        std::unique_ptr<OGRGeometry> geometry(feature->StealGeometry());
        if (!geometry || geometry->IsEmpty()) {
            // Natural Earth 10m's Vatican is empty after TopoJSON quantisation: skip, but say so.
            *warnings << QStringLiteral("%1: empty geometry, skipped").arg(featureWhere);
            continue;
        }
        pending.push_back({key, labelVi, labelEn, featureWhere, std::move(geometry), {}, {}, {}});
    }

    // Repair and convert in parallel: features are independent.
    QtConcurrent::blockingMap(pending, [](PendingFeature &f) {
        CPLErrorHandlerPusher collect(collectWarning, &f.gdalWarnings); // per thread
        collectPolygons(f.geometry.get(), &f.polygons, &f.error);
    });
    bool anyPolygon = false;
    for (const PendingFeature &f : pending) {
        for (const QString &w : f.gdalWarnings)
            *warnings << QStringLiteral("%1: %2").arg(f.where, w);
        if (!f.error.isEmpty()) {
            *errors << QStringLiteral("%1: %2").arg(f.where, f.error);
            continue;
        }
        if (f.polygons.isEmpty()) {
            *errors << QStringLiteral("%1: no polygon in geometry").arg(f.where);
            continue;
        }
        anyPolygon = true;
        QVector<Part> &parts = (*raw)[f.key];
        for (const geo::Polygon &p : f.polygons)
            parts << Part{p, f.labelVi, f.labelEn};
    }
    if (!anyPolygon && errors->isEmpty())
        *errors << QStringLiteral("%1: no polygon layer (no feature has a polygon)").arg(where);
}

// Reads one OGR source into raw lon/lat parts by key: a local regular file, offline; GDAL's
// own warnings come back naming the file.
void readSource(const QString &path, const CountryTable &table, RawCountries *raw, QStringList *errors, QStringList *warnings)
{
    QString error;
    if (!FileCheck::checkInput(path, FileCheck::kMaxBoundaryBytes, &error)) {
        *errors << error;
        return;
    }
    QStringList gdalWarnings, refused;
    const int errorsBefore = errors->size();
    {
        const GdalOffline::Refusals record(&refused);
        CPLErrorHandlerPusher collect(collectWarning, &gdalWarnings);
        readLayer(path, table, raw, errors, warnings);
    }
    for (const QString &w : gdalWarnings)
        *warnings << QStringLiteral("%1: %2").arg(path, w);
    if (!refused.isEmpty()) {
        // Whatever else went wrong follows from the refusal: say that first and alone.
        errors->erase(errors->begin() + errorsBefore, errors->end());
        *errors << QStringLiteral("%1: asks for network access (%2), but diplomap works offline: "
                                  "GDAL's network file systems are disabled; copy the data to a local file")
                       .arg(path, refused.join(QStringLiteral(", ")));
    }
}

void applyTransfers(const Worldview &view, RawCountries *raw)
{
    for (const WorldviewRule &rule : view.rules) {
        if (rule.action != WorldviewRule::Action::Transfer || !raw->contains(rule.from))
            continue;
        QVector<Part> &from = (*raw)[rule.from];
        QVector<Part> moved;
        for (int i = from.size() - 1; i >= 0; --i) {
            if (rule.lonLatBox.isNull() || rule.lonLatBox.contains(geo::polygonBounds(from[i].lonLat))) {
                moved.prepend(from[i]);
                from.remove(i);
            }
        }
        for (Part &part : moved) {
            if (!rule.labelEn.isEmpty()) {
                part.labelVi = rule.labelVi;
                part.labelEn = rule.labelEn;
            }
        }
        if (from.isEmpty())
            raw->remove(rule.from);
        (*raw)[rule.to] << moved;
    }
}

Country buildCountry(const QString &key, const QVector<Part> &parts, const CountryTable &table, BoundaryLoader::Meshes meshes)
{
    Country c;
    c.key = key;
    if (const CountryInfo *info = table.byKey(key)) {
        c.nameEn = info->nameEn;
        c.nameVi = info->nameVi;
        c.kind = info->kind;
        c.sovereign = info->sovereign;
    }
    double bestArea = -1;
    int best = 0;
    for (const Part &part : parts) {
        geo::Polygon polygon;
        for (const geo::Ring &ring : part.lonLat.rings) {
            geo::Ring projected;
            projected.reserve(ring.size());
            for (const QPointF &p : ring)
                projected << geo::mercatorFromLonLat(p.x(), p.y());
            polygon.rings << projected;
        }
        // Main polygon by approximate true area (Mercator area scaled back by cos² of latitude).
        const QRectF lonLatBounds = geo::polygonBounds(part.lonLat);
        const double cosLat = std::cos(qDegreesToRadians(lonLatBounds.center().y()));
        const double trueArea = geo::polygonArea(polygon) * cosLat * cosLat;
        if (trueArea > bestArea) {
            bestArea = trueArea;
            best = c.polygons.size();
        }
        c.bounds = c.bounds.isNull() ? geo::polygonBounds(polygon) : c.bounds.united(geo::polygonBounds(polygon));
        c.polygons << polygon;
    }
    const geo::Polygon &main = c.polygons[best];
    const QRectF mainBounds = geo::polygonBounds(main);
    // The pole is found on a lighter copy (every k-th point, ~1,000 a ring: its distance to the
    // outline dwarfs the difference) and checked against the full shape.
    const double precision = std::max(mainBounds.width(), mainBounds.height()) / 500.0;
    geo::Polygon light;
    for (const geo::Ring &ring : main.rings) {
        const int step = std::max(1, ring.size() / 1000);
        geo::Ring r;
        for (int i = 0; i < ring.size(); i += step)
            r << ring[i];
        light.rings << (r.size() >= 3 ? r : ring);
    }
    c.label = geo::poleOfInaccessibility(light, precision);
    if (!geo::polygonContains(main, c.label))
        c.label = geo::poleOfInaccessibility(main, precision);
    if (meshes == BoundaryLoader::Meshes::Build)
        c.mesh = geo::triangulate(c.polygons);
    return c;
}

QVector<Landmark> buildLandmarks(const RawCountries &raw)
{
    QMap<QString, Landmark> byName;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        for (const Part &part : it.value()) {
            if (part.labelEn.isEmpty())
                continue;
            const QRectF lonLat = geo::polygonBounds(part.lonLat);
            const QRectF box = QRectF(geo::mercatorFromLonLat(lonLat.left(), lonLat.bottom()),
                                      geo::mercatorFromLonLat(lonLat.right(), lonLat.top()));
            Landmark &l = byName[part.labelEn];
            l.bounds = l.owner.isEmpty() ? box : l.bounds.united(box);
            l.owner = it.key();
            l.nameVi = part.labelVi;
            l.nameEn = part.labelEn;
            l.position = l.bounds.center();
        }
    }
    return byName.values().toVector();
}

} // namespace

BoundaryResult BoundaryLoader::load(const QString &path, const CountryTable &table, const Worldview &view, Meshes meshes)
{
    GdalOffline::registerDrivers();

    BoundaryResult result;
    result.set.source = path;
    RawCountries raw;
    readSource(path, table, &raw, &result.errors, &result.warnings);
    if (!result.ok())
        return result;
    applyTransfers(view, &raw);
    const QString completion = view.completionFor(path);
    if (!completion.isEmpty()) {
        readSource(completion, table, &raw, &result.errors, &result.warnings);
        if (!result.ok())
            return result;
    }
    // Projection, label points and triangulation (if wanted) per country, in parallel.
    const QStringList keys = raw.keys();
    result.set.countries = QtConcurrent::blockingMapped<QVector<Country>>(
        keys, std::function<Country(const QString &)>([&](const QString &key) { return buildCountry(key, raw[key], table, meshes); }));
    result.set.landmarks = buildLandmarks(raw);
    result.set.reindex();
#ifdef __GLIBC__
    malloc_trim(0); // GDAL's JSON parse peaks at ~200 MB for the 10m data: give that back
#endif
    return result;
}

namespace {

QJsonArray lonLatPolygon(const geo::Polygon &polygon)
{
    QJsonArray rings;
    for (const geo::Ring &ring : polygon.rings) {
        QJsonArray points;
        for (int i = 0; i <= ring.size(); ++i) { // GeoJSON rings repeat the first point
            const QPointF p = geo::lonLatFromMercator(ring[i % ring.size()]);
            points.append(QJsonArray{std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6});
        }
        rings.append(points);
    }
    return rings;
}

QJsonObject completionFeature(const QString &key, const QVector<geo::Polygon> &polygons, const Landmark *landmark)
{
    QJsonArray coordinates;
    for (const geo::Polygon &p : polygons)
        coordinates.append(lonLatPolygon(p));
    return QJsonObject{{"type", "Feature"},
                       {"properties", QJsonObject{{"key", key},
                                                  {"label_vi", landmark ? landmark->nameVi : QString()},
                                                  {"label_en", landmark ? landmark->nameEn : QString()}}},
                       {"geometry", QJsonObject{{"type", "MultiPolygon"}, {"coordinates", coordinates}}}};
}

} // namespace

bool BoundaryLoader::writeCompletion(const BoundarySet &base, const BoundarySet &detail, const CountryTable &table,
                                     const QString &outPath, QString *error)
{
    QJsonArray features;
    for (const Country &c : detail.countries) {
        const CountryInfo *info = table.byKey(c.key);
        if (info && info->isState() && !base.country(c.key))
            features.append(completionFeature(c.key, c.polygons, nullptr));
    }
    for (const Landmark &l : detail.landmarks) {
        const bool present = std::any_of(base.landmarks.cbegin(), base.landmarks.cend(),
                                         [&](const Landmark &b) { return b.nameEn == l.nameEn; });
        const Country *owner = detail.country(l.owner);
        if (present || !owner)
            continue;
        QVector<geo::Polygon> inside;
        for (const geo::Polygon &p : owner->polygons)
            if (l.bounds.contains(geo::polygonBounds(p)))
                inside << p;
        features.append(completionFeature(l.owner, inside, &l));
    }
    const QJsonObject collection{{"type", "FeatureCollection"}, {"features", features}};
    return FileCheck::writeFile(outPath, QJsonDocument(collection).toJson(QJsonDocument::Compact), error);
}

QString geodataPath(const QString &fileName)
{
    QString dir = qEnvironmentVariable("DIPLOMAP_GEODATA");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/diplomap/geodata");
    return QDir::cleanPath(QDir(dir).filePath(fileName));
}
