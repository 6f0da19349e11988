// diplomap-bench: figures for docs/PERFORMANCE.md. Every load runs in a fresh child process so
// that time and peak memory are those of a cold start (file cache warm).
//   diplomap-bench [--short] [--runs N] [--json FILE]
#include "dataset.h"

#include <geos_c.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

double statusMb(const char *field) // VmRSS or VmHWM of this process, MB
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// Child: load one boundary file with everything else, print one JSON object.
int loadOnce(const QString &file)
{
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = geodataPath(file);
    QElapsedTimer timer;
    timer.start();
    const DataSet boundaries = DataSet::load(paths, DataSet::Boundaries);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const double peakAfterBoundaries = statusMb("VmHWM:");
    timer.restart();
    const DataSet relations = DataSet::load(paths, DataSet::Relations);
    const double relationsMs = timer.nsecsElapsed() / 1e6;
    int vertices = 0, triangles = 0;
    for (const Country &c : boundaries.boundaries.countries) {
        vertices += c.vertexCount();
        triangles += c.mesh.indices.size() / 3;
    }
    const QJsonObject o{{"file", file}, {"load_ms", loadMs}, {"relations_ms", relationsMs},
                        {"rss_mb", statusMb("VmRSS:")}, {"peak_mb", peakAfterBoundaries},
                        {"countries", boundaries.boundaries.countries.size()}, {"vertices", vertices},
                        {"triangles", triangles}, {"errors", boundaries.errors.size() + relations.errors.size()}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return o.value("errors").toInt() == 0 ? 0 : 1;
}

struct Spread {
    double median = 0, min = 0, max = 0;
};

Spread spread(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.first(), v.last()};
}

// GEOS constrained Delaunay triangulation of the same polygons, for comparison.
double geosTriangulationMs(const BoundarySet &set)
{
    GEOSContextHandle_t ctx = GEOS_init_r();
    QElapsedTimer timer;
    timer.start();
    for (const Country &c : set.countries) {
        for (const geo::Polygon &p : c.polygons) {
            QVector<GEOSGeometry *> rings;
            for (const geo::Ring &r : p.rings) {
                GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, r.size() + 1, 2);
                for (int i = 0; i <= r.size(); ++i)
                    GEOSCoordSeq_setXY_r(ctx, seq, i, r[i % r.size()].x(), r[i % r.size()].y());
                rings << GEOSGeom_createLinearRing_r(ctx, seq);
            }
            GEOSGeometry *polygon = GEOSGeom_createPolygon_r(ctx, rings[0], rings.data() + 1, rings.size() - 1);
            if (GEOSGeometry *triangles = GEOSConstrainedDelaunayTriangulation_r(ctx, polygon))
                GEOSGeom_destroy_r(ctx, triangles);
            GEOSGeom_destroy_r(ctx, polygon);
        }
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    GEOS_finish_r(ctx);
    return ms;
}

double earClippingMs(const BoundarySet &set)
{
    QElapsedTimer timer;
    timer.start();
    for (const Country &c : set.countries)
        geo::triangulate(c.polygons);
    return timer.nsecsElapsed() / 1e6;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--load-once"))
        return loadOnce(args[2]);

    const bool shortRun = args.contains(QStringLiteral("--short"));
    const int runsIndex = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsIndex > 0 ? args.value(runsIndex + 1).toInt() : (shortRun ? 1 : 7);
    const int jsonIndex = args.indexOf(QStringLiteral("--json"));
    const QString jsonPath = jsonIndex > 0 ? args.value(jsonIndex + 1) : QString();
    if (runs < 1) {
        QTextStream(stderr) << "usage: diplomap-bench [--short] [--runs N >= 1] [--json FILE]\n";
        return 2;
    }

    QTextStream out(stdout);
    out.setCodec("UTF-8");
    QJsonObject report{{"machine", QJsonObject{{"cpu", cpuModel()}, {"cores", QThread::idealThreadCount()},
                                               {"kernel", QSysInfo::kernelVersion()}}},
                       {"runs", runs}};
    out << QStringLiteral("diplomap-bench: %1 run(s) per file, each in a fresh process; %2, %3 cores\n\n")
               .arg(runs).arg(cpuModel()).arg(QThread::idealThreadCount());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg("boundaries", -20).arg("load ms (median)", 17).arg("min", 8).arg("max", 8)
               .arg("peak MB", 8).arg("RSS after", 10).arg("countries", 10).arg("vertices", 9).arg("triangles", 10);
    QJsonArray loads;
    for (const QString file : {"countries-50m.json", "countries-10m.json"}) {
        QVector<double> ms, relationsMs, peak, rss;
        QJsonObject last;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            child.start(app.applicationFilePath(), {"--load-once", file});
            child.waitForFinished(120000);
            last = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
            if (child.exitCode() != 0 || last.isEmpty()) {
                QTextStream(stderr) << "loading " << file << " failed: " << child.readAllStandardError() << '\n';
                return 1;
            }
            ms << last.value("load_ms").toDouble();
            relationsMs << last.value("relations_ms").toDouble();
            peak << last.value("peak_mb").toDouble();
            rss << last.value("rss_mb").toDouble();
        }
        const Spread s = spread(ms);
        const Spread p = spread(peak);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(file, -20).arg(s.median, 17, 'f', 1).arg(s.min, 8, 'f', 1).arg(s.max, 8, 'f', 1)
                   .arg(p.max, 8, 'f', 1).arg(spread(rss).max, 10, 'f', 1).arg(last.value("countries").toInt(), 10)
                   .arg(last.value("vertices").toInt(), 9).arg(last.value("triangles").toInt(), 10);
        loads.append(QJsonObject{{"file", file}, {"load_ms_median", s.median}, {"load_ms_min", s.min},
                                 {"load_ms_max", s.max}, {"peak_rss_mb", p.max}, {"rss_after_load_mb", spread(rss).max},
                                 {"relations_ms_median", spread(relationsMs).median},
                                 {"countries", last.value("countries")}, {"vertices", last.value("vertices")},
                                 {"triangles", last.value("triangles")}});
    }
    report.insert("load", loads);
    out << QStringLiteral("relations.csv + highlights.csv parse: %1 ms (median)\n")
               .arg(loads.first().toObject().value("relations_ms_median").toDouble(), 0, 'f', 1);

    // Triangulation alone, single-threaded: our ear clipper against GEOS constrained Delaunay.
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = geodataPath(QStringLiteral("countries-10m.json"));
    const DataSet data = DataSet::load(paths, DataSet::Boundaries);
    const double ours = earClippingMs(data.boundaries);
    const double geos = geosTriangulationMs(data.boundaries);
    out << QStringLiteral("\ntriangulation of the 10m polygons: ear clipping (ours) %1 ms, GEOS constrained Delaunay %2 ms\n")
               .arg(ours, 0, 'f', 1).arg(geos, 0, 'f', 1);
    report.insert("triangulation_10m", QJsonObject{{"ear_clipping_ms", ours}, {"geos_cdt_ms", geos}});

    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << jsonPath << ": cannot write: " << f.errorString() << '\n';
            return 1;
        }
        f.write(QJsonDocument(report).toJson());
    }
    return 0;
}
