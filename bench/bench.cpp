// diplomap-bench: figures for docs/PERFORMANCE.md. Every load and export runs in a fresh child
// process so that time and peak memory are those of a cold start (file cache warm). With a
// display (run under xvfb-run), the interaction benchmark follows: see interactionbench.h.
//   diplomap-bench [--short] [--runs N] [--json FILE] [--no-gui] [--only SECTION,…]
// Sections: load (with triangulation and the layer's geometry), export, still-ratio (the
// 7680×4320 PNG per stage and against mapnik), video, interaction.
//   --rows REGEX runs only the interaction rows whose "scene WxH" matches REGEX (e.g. "^(diplomap|empty).*1920").
#include "dataset.h"
#include "diplomapqml.h"
#include "interactionbench.h"
#include "layergeometry.h"
#include "localization.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "polygonpartmodel.h"
#include "snapshotexporter.h"
#include "stillratio.h"
#include "videobench.h"

#include <geos_c.h>

#include <QGuiApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

// Child: one export, print one JSON object.
int exportOnce(const QString &format, const QString &size)
{
    const DataSet data = DataSet::load(DataPaths::defaults());
    QTemporaryDir dir;
    SnapshotOptions options;
    SnapshotOptions::formatFromName(format, &options.format);
    const QStringList wh = size.split(QLatin1Char('x'));
    options.size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    options.date = QDate(2025, 12, 31);
    options.outPath = dir.filePath(QStringLiteral("bench.") + format);
    const double before = statusMb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool ok = SnapshotExporter::write(data, options, &error);
    const QJsonObject o{{"format", format}, {"size", size}, {"ms", timer.nsecsElapsed() / 1e6},
                        {"peak_extra_mb", statusMb("VmHWM:") - before}, {"bytes", QFileInfo(options.outPath).size()},
                        {"error", error}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return ok ? 0 : 1;
}

QJsonObject runChild(const QStringList &args)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForFinished(300000);
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (child.exitCode() != 0 || o.isEmpty())
        QTextStream(stderr) << args.join(' ') << " failed: " << child.readAllStandardError() << '\n';
    return child.exitCode() == 0 ? o : QJsonObject();
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

// Pathological inputs (issue 15): sawtooth polygons, and 25,000 relation events each twice.
QJsonObject pathologicalFigures(QTextStream &out)
{
    QJsonObject o;
    QElapsedTimer timer;
    for (const int teeth : {50000, 500000}) {
        geo::Ring ring;
        for (int i = 0; i < teeth; ++i)
            ring << QPointF(i, 0) << QPointF(i + 0.5, 1);
        ring << QPointF(teeth, 0) << QPointF(teeth, -1) << QPointF(0, -1);
        timer.start();
        geo::triangulate({geo::Polygon{{ring}}});
        const double ms = timer.nsecsElapsed() / 1e6;
        out << QStringLiteral("sawtooth of %1 vertices: triangulated in %2 ms\n").arg(ring.size()).arg(ms, 0, 'f', 1);
        o.insert(QStringLiteral("sawtooth_%1_ms").arg(ring.size()), ms);
    }
    QByteArray rows;
    for (int i = 0; i < 25000; ++i)
        rows += QStringLiteral("%1,%2,sp,s\n").arg(i % 2 ? "FRA" : "DEU", QDate(1901, 1, 1).addDays(i / 2).toString(Qt::ISODate)).toLatin1();
    timer.start();
    const RelationData parsed = RelationData::parseEvents("key,date,tier,source\n" + rows + rows, "bench.csv", {"FRA", "DEU"});
    const double ms = timer.nsecsElapsed() / 1e6;
    out << QStringLiteral("50,000 relation rows, 25,000 of them duplicates (%1 errors): parsed in %2 ms\n").arg(parsed.errors.size()).arg(ms, 0, 'f', 1);
    o.insert("duplicate_rows_50000_ms", ms);
    return o;
}

QString fmt(const QJsonObject &phase, const char *figure, const char *which)
{
    return QString::number(phase.value(figure).toObject().value(which).toDouble(), 'f', 2);
}

bool runInteraction(int framesPerSegment, const QRegularExpression &rows, QTextStream &out, QJsonObject *report)
{
    Localization localization;
    MapTheme theme;
    auto *controller = new MapController(DataSet::load(DataPaths::defaults()), &localization, &theme);
    if (!controller->ok())
        return false;
    DiplomapQml::registerTypes(controller);
    PolygonPartModel parts(controller->data().boundaries);
    qmlRegisterSingletonInstance("DiplomapBench", 1, 0, "Parts", &parts);
    const QVector<InteractionBench::Scene> scenes = {
        {"diplomap", QUrl("qrc:/bench/qml/Ours.qml"), -1},
        {"diplomap, rasterising every frame", QUrl("qrc:/bench/qml/Ours.qml"), -1, false}, // issue 16's before
        {"baseline a: MapPolygon (software)", QUrl("qrc:/bench/qml/Baseline.qml"), 0},
        {"baseline b: MapPolygon (OpenGL)", QUrl("qrc:/bench/qml/Baseline.qml"), 1},
        {"empty map", QUrl("qrc:/bench/qml/Empty.qml"), -1},
    };
    const int floorScene = scenes.size() - 1; // the empty map: what every scene's frame costs anyway
    out << QStringLiteral("baselines: %1 MapPolygons, %2 vertices (50m data)\n").arg(parts.count()).arg(parts.vertexCount());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n").arg("scene", -36).arg("size", 10).arg("phase", 11)
               .arg("gui p50", 8).arg("render p50", 11).arg("g+r p50", 8).arg("g+r p95", 8).arg("g+r max", 8).arg("upload B/f", 11)
               .arg("CPU ms/f", 9);
    QJsonArray results;
    QString renderer;
    QQmlEngine engine;
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        for (const InteractionBench::Scene &scene : scenes) {
            if (!rows.match(QStringLiteral("%1 %2x%3").arg(scene.name).arg(size.width()).arg(size.height())).hasMatch()) {
                results.append(QJsonObject()); // not run: no ratios with it
                continue;
            }
            QJsonObject r = InteractionBench::run(&engine, scene, size, framesPerSegment, controller, &parts, &renderer);
            if (r.contains("error")) {
                QTextStream(stderr) << scene.name << ": " << r.value("error").toString() << '\n';
                return false;
            }
            for (const char *phase : {"camera", "transition"}) {
                const QJsonObject p = r.value(phase).toObject();
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n").arg(scene.name, -36)
                           .arg(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), 10).arg(phase, 11)
                           .arg(fmt(p, "gui_ms", "p50"), 8).arg(fmt(p, "render_ms", "p50"), 11)
                           .arg(fmt(p, "gui_plus_render_ms", "p50"), 8).arg(fmt(p, "gui_plus_render_ms", "p95"), 8)
                           .arg(fmt(p, "gui_plus_render_ms", "max"), 8)
                           .arg(scene.polygonBackend < 0 ? QString::number(p.value("geometry_upload_bytes_per_frame").toDouble(), 'f', 0)
                                                         : QStringLiteral("n/a"), 11)
                           .arg(p.value("process_cpu_ms_per_frame").toDouble(), 9, 'f', 1);
            }
            if (scene.polygonBackend >= 0)
                r.insert("note", "geometry upload is measured for diplomap's layer only");
            results.append(r);
        }
    }
    // Ratios of GUI+render p50, baseline over ours: of the whole frame, and of what each scene
    // costs above the empty map (the layer's own cost, without the clear, Map and swap).
    out << "\nratios, baseline over diplomap (GUI+render p50): whole frame / above the empty map\n";
    QJsonArray ratios;
    for (int i = 0; i < results.size(); i += scenes.size()) {
        auto p50 = [&](int scene, const char *phase) {
            return results[i + scene].toObject().value(phase).toObject().value("gui_plus_render_ms").toObject().value("p50").toDouble();
        };
        const QJsonObject ours = results[i].toObject();
        for (int b = 1; b < floorScene; ++b) {
            if (ours.isEmpty() || results[i + b].toObject().isEmpty() || results[i + floorScene].toObject().isEmpty())
                continue;
            for (const char *phase : {"camera", "transition"}) {
                const double o = p50(0, phase), x = p50(b, phase), floor = p50(floorScene, phase);
                const double frame = o > 0 ? x / o : 0, aboveFloor = o > floor ? (x - floor) / (o - floor) : 0;
                out << QStringLiteral("  %1 %2x%3 %4: %5x / %6x\n").arg(scenes[b].name, -36)
                           .arg(ours.value("width").toInt()).arg(ours.value("height").toInt()).arg(phase, -10)
                           .arg(frame, 0, 'f', 1).arg(aboveFloor, 0, 'f', 1);
                ratios.append(QJsonObject{{"baseline", scenes[b].name}, {"width", ours.value("width")},
                                          {"height", ours.value("height")}, {"phase", phase},
                                          {"whole_frame", frame}, {"above_empty_map", aboveFloor}});
            }
        }
    }
    report->insert("ratios", ratios);
    QJsonObject machine = report->value("machine").toObject();
    machine.insert("gl_renderer", renderer);
    report->insert("machine", machine);
    QJsonArray run;
    std::copy_if(results.begin(), results.end(), std::back_inserter(run), [](const QJsonValue &r) { return !r.toObject().isEmpty(); });
    report->insert("interaction", run);
    out << "GL renderer: " << renderer << '\n';
    return true;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
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

int writeReport(const QJsonObject &report, const QString &jsonPath)
{
    if (jsonPath.isEmpty())
        return 0;
    QFile f(jsonPath);
    if (!f.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << jsonPath << ": cannot write: " << f.errorString() << '\n';
        return 1;
    }
    f.write(QJsonDocument(report).toJson());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--load-once") == 0) {
        QCoreApplication app(argc, argv);
        return loadOnce(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 4 && qstrcmp(argv[1], "--video-once") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return videoOnce(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]).toDouble());
    }
    if (argc == 3 && qstrcmp(argv[1], "--still-stages-once") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return stillStagesOnce(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 4 && qstrcmp(argv[1], "--export-once") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return exportOnce(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    // The interaction benchmark needs a display; measure the basic render loop's phases.
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!display)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QSG_RENDER_LOOP", "basic");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();

    const bool shortRun = args.contains(QStringLiteral("--short"));
    const int runsIndex = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsIndex > 0 ? args.value(runsIndex + 1).toInt() : (shortRun ? 1 : 7);
    const int jsonIndex = args.indexOf(QStringLiteral("--json"));
    const QString jsonPath = jsonIndex > 0 ? args.value(jsonIndex + 1) : QString();
    const QStringList sections{"load", "export", "still-ratio", "video", "interaction"};
    const int onlyIndex = args.indexOf(QStringLiteral("--only"));
    const QStringList only = onlyIndex > 0 ? args.value(onlyIndex + 1).split(QLatin1Char(',')) : sections;
    const bool unknownSection = std::any_of(only.begin(), only.end(), [&](const QString &s) { return !sections.contains(s); });
    const int rowsIndex = args.indexOf(QStringLiteral("--rows"));
    const QRegularExpression rows(rowsIndex > 0 ? args.value(rowsIndex + 1) : QString());
    if (runs < 1 || unknownSection || !rows.isValid()) {
        QTextStream(stderr) << "usage: diplomap-bench [--short] [--runs N >= 1] [--json FILE] [--no-gui] [--only "
                            << sections.join(QLatin1Char(',')) << "] [--rows REGEX]\n";
        return 2;
    }
    auto wanted = [&](const char *section) { return only.contains(QLatin1String(section)); };

    QTextStream out(stdout);
    out.setCodec("UTF-8");
    QJsonObject report{{"machine", QJsonObject{{"cpu", cpuModel()}, {"cores", QThread::idealThreadCount()},
                                               {"kernel", QSysInfo::kernelVersion()}}},
                       {"runs", runs}};
    out << QStringLiteral("diplomap-bench: %1 run(s) per file, each in a fresh process; %2, %3 cores\n\n")
               .arg(runs).arg(cpuModel()).arg(QThread::idealThreadCount());
    report.insert("load_average", loadAverage());
    out << "load average at start: " << loadAverage() << "\n\n";
    if (wanted("load")) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg("boundaries", -20).arg("load ms (median)", 17).arg("min", 8).arg("max", 8)
                   .arg("peak MB", 8).arg("RSS after", 10).arg("countries", 10).arg("vertices", 9).arg("triangles", 10);
        QJsonArray loads;
        for (const QString file : {"countries-50m.json", "countries-10m.json", "countries-10m.fgb"}) {
            QVector<double> ms, relationsMs, peak, rss;
            QJsonObject last;
            for (int i = 0; i < runs; ++i) {
                last = runChild({"--load-once", file});
                if (last.isEmpty())
                    return 1;
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
        paths.boundaries = DataPaths::detailedBoundaries();
        const DataSet data = DataSet::load(paths, DataSet::Boundaries);
        const double ours = earClippingMs(data.boundaries);
        const double geos = geosTriangulationMs(data.boundaries);
        out << QStringLiteral("\ntriangulation of the 10m polygons: ear clipping (ours) %1 ms, GEOS constrained Delaunay %2 ms\n")
                   .arg(ours, 0, 'f', 1).arg(geos, 0, 'f', 1);
        report.insert("triangulation_10m", QJsonObject{{"ear_clipping_ms", ours}, {"geos_cdt_ms", geos}});
        report.insert("pathological", pathologicalFigures(out));

        // The map layer's vertex data (every level of detail) from the 50m data, as at start-up.
        const DataSet data50m = DataSet::load(DataPaths::defaults(), DataSet::Boundaries);
        QElapsedTimer layerTimer;
        layerTimer.start();
        const LayerGeometry layer = LayerGeometry::build(data50m.boundaries);
        const double layerMs = layerTimer.nsecsElapsed() / 1e6;
        const double layerMb = layer.bytes() / 1048576.0;
        out << QStringLiteral("map layer geometry (50m, %1 levels of detail): built in %2 ms, %3 MB of buffers\n")
                   .arg(layer.levels.size()).arg(layerMs, 0, 'f', 1).arg(layerMb, 0, 'f', 1);
        report.insert("layer_geometry_50m", QJsonObject{{"levels", layer.levels.size()}, {"build_ms", layerMs}, {"buffer_mb", layerMb}});
    }

    // Export, in a child each: time and peak memory above the loaded data.
    if (wanted("export")) {
        out << QStringLiteral("\n%1 %2 %3 %4\n").arg("export (2025-12-31)", -24).arg("ms", 9).arg("peak extra MB", 14).arg("bytes", 12);
        QJsonArray exports;
        const QList<QStringList> exportCases = shortRun ? QList<QStringList>{{"png", "1920x1080"}}
                                                        : QList<QStringList>{{"png", "1920x1080"}, {"png", "3840x2160"}, {"png", "7680x4320"},
                                                                             {"svg", "1920x1080"}, {"svg", "7680x4320"},
                                                                             {"pdf", "3508x2480"}, {"pdf", "7680x4320"}};
        for (const QStringList &c : exportCases) {
            const QJsonObject o = runChild({"--export-once", c[0], c[1]});
            if (o.isEmpty())
                return 1;
            exports.append(o);
            out << QStringLiteral("%1 %2 %3 %4\n").arg(c[0] + " " + c[1], -24).arg(o.value("ms").toDouble(), 9, 'f', 1)
                       .arg(o.value("peak_extra_mb").toDouble(), 14, 'f', 1).arg(o.value("bytes").toInt(), 12);
        }
        report.insert("export", exports);
    }

    // The 7680×4320 PNG per stage, and against mapnik (python3-mapnik) in the same run.
    if (wanted("still-ratio")) {
        const QString stillSize = shortRun ? QStringLiteral("1920x1080") : QStringLiteral("7680x4320");
        const QJsonObject stages = runChild({"--still-stages-once", stillSize});
        if (stages.isEmpty())
            return 1;
        out << QStringLiteral("\nstill PNG %1, bare, CPU ms per stage on one thread: load 10m %2, layout %3, fill+stroke %4, "
                              "labels+card %5 (+%6 layout), PNG encoding %7 (%8 bytes; Qt's libpng at zlib level 1: %9, %10 bytes); "
                              "export (banded, every core) %11 ms wall\n")
                   .arg(stillSize).arg(stages.value("load_10m_ms").toDouble(), 0, 'f', 0)
                   .arg(stages.value("layout_ms").toDouble(), 0, 'f', 0).arg(stages.value("fill_stroke_ms").toDouble(), 0, 'f', 0)
                   .arg(stages.value("labels_card_ms").toDouble(), 0, 'f', 0).arg(stages.value("labels_layout_ms").toDouble(), 0, 'f', 0)
                   .arg(stages.value("png_ours_ms").toDouble(), 0, 'f', 0).arg(stages.value("png_ours_bytes").toInt())
                   .arg(stages.value("png_libpng_zlib1_ms").toDouble(), 0, 'f', 0).arg(stages.value("png_libpng_bytes").toInt())
                   .arg(stages.value("export_write_bare_ms").toDouble(), 0, 'f', 0);
        const QJsonObject mapnik = shortRun ? QJsonObject{{"error", "skipped with --short"}}
                                            : mapnikRatio(QCoreApplication::applicationDirPath() + QStringLiteral("/diplomap"), 3, stillSize);
        if (mapnik.contains("error"))
            out << "mapnik: not measured: " << mapnik.value("error").toString() << '\n';
        else
            out << QStringLiteral("mapnik %1 s (render %2, png %3); diplomap export --bare %4 s end to end: ratio %5 (target <= 0.8)\n")
                       .arg(mapnik.value("mapnik_s").toDouble(), 0, 'f', 2).arg(mapnik.value("mapnik_render_s").toDouble(), 0, 'f', 2)
                       .arg(mapnik.value("mapnik_png_s").toDouble(), 0, 'f', 2).arg(mapnik.value("diplomap_s").toDouble(), 0, 'f', 2)
                       .arg(mapnik.value("ratio").toDouble(), 0, 'f', 2);
        report.insert("still_ratio", QJsonObject{{"stages", stages}, {"mapnik", mapnik}});
    }

    // Video: MP4 of 2024-12-31 → 2025-12-31 in a child each; CPU seconds per stage (summed over
    // the painting threads) and the calling thread's wait on the encoder.
    if (wanted("video")) {
        out << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7 %8 %9\n").arg("video MP4 (30 fps)", -24).arg("total s", 8).arg("x real", 7)
                   .arg("export s", 9).arg("scene", 6).arg("paint", 6).arg("convert", 8).arg("encode", 7).arg("peak MB", 8);
        QJsonArray videos;
        const QList<QStringList> videoCases = shortRun ? QList<QStringList>{{"640x360", "1"}}
                                                       : QList<QStringList>{{"1920x1080", "10"}, {"3840x2160", "10"}};
        for (const QStringList &c : videoCases) {
            const QJsonObject o = runChild({"--video-once", c[0], c[1]});
            if (o.isEmpty())
                return 1;
            const double realTime = c[1].toDouble() / std::max(1e-9, o.value("end_to_end_s").toDouble());
            QJsonObject row = o;
            row.insert("x_real_time", realTime);
            videos.append(row);
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n").arg(c[0] + ", " + c[1] + " s", -24)
                       .arg(o.value("end_to_end_s").toDouble(), 8, 'f', 2).arg(realTime, 7, 'f', 2).arg(o.value("export_s").toDouble(), 9, 'f', 2)
                       .arg(o.value("scene_cpu_s").toDouble(), 6, 'f', 2).arg(o.value("paint_cpu_s").toDouble(), 6, 'f', 2)
                       .arg(o.value("convert_cpu_s").toDouble(), 8, 'f', 2).arg(o.value("encode_wait_s").toDouble(), 7, 'f', 2)
                       .arg(o.value("peak_mb").toDouble(), 8, 'f', 0);
        }
        report.insert("video", videos);
    }

    if (display && wanted("interaction") && !args.contains(QStringLiteral("--no-gui"))) {
        out << QStringLiteral("\ninteraction (%1 frames per path segment, basic render loop)\n").arg(shortRun ? 2 : 30);
        if (!runInteraction(shortRun ? 2 : 30, rows, out, &report))
            return 1;
    }

    return writeReport(report, jsonPath);
}
