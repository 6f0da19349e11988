#include "interactionbench.h"

#include "countryrendernode.h"
#include "framerecorder.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "polygonpartmodel.h"
#include "timelinecontroller.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QQuickItem>
#include <QQuickView>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

namespace {

struct Camera {
    double lon, lat, zoom;
};

// World → Southeast Asia → Europe → world, with a pan inside each region. Zoom levels are
// relative to the world view, where the world's width fills the window (as the app's).
const Camera kPath[] = {{105, 15, 0}, {108, 8, 2.6}, {15, 50, 2.4}, {30, 45, 1.6}, {105, 15, 0}};

bool waitForFrame(FrameRecorder *recorder, QQuickView *view)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(recorder, &FrameRecorder::frameSwapped, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    timeout.start(60000);
    view->update();
    return loop.exec() == 0;
}

QJsonObject percentiles(QVector<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(int(q * v.size()), v.size() - 1)]; };
    return {{"p50", at(0.5)}, {"p95", at(0.95)}, {"max", v.last()}};
}

// CPU time of the whole process (every thread, llvmpipe's included), ms: on a shared machine
// less disturbed than wall time.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QJsonObject summarize(const QVector<FrameRecorder::Frame> &frames, qint64 uploadBytes, double cpuMs)
{
    QVector<double> gui, render, total, interval;
    for (const FrameRecorder::Frame &f : frames) {
        gui << f.guiMs;
        render << f.renderMs;
        total << f.guiMs + f.renderMs;
        if (f.intervalMs > 0)
            interval << f.intervalMs;
    }
    return {{"frames", frames.size()}, {"gui_ms", percentiles(gui)}, {"render_ms", percentiles(render)},
            {"gui_plus_render_ms", percentiles(total)}, {"interval_ms", percentiles(interval)},
            {"geometry_upload_bytes_per_frame", frames.isEmpty() ? 0.0 : double(uploadBytes) / frames.size()},
            {"process_cpu_ms_per_frame", frames.isEmpty() ? 0.0 : cpuMs / frames.size()}};
}

} // namespace

QJsonObject InteractionBench::run(QQmlEngine *engine, const Scene &scene, const QSize &size, int framesPerSegment,
                                  MapController *controller, PolygonPartModel *parts, QString *glRenderer)
{
    TimelineController *timeline = controller->timeline();
    timeline->setPlaying(false);
    timeline->setDate(QDate(2024, 12, 31));
    parts->setCountryColors(controller->colors()->all());

    QQuickView view(engine, nullptr);
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(size);
    view.setSource(scene.qml);
    if (view.status() != QQuickView::Ready || !view.rootObject())
        return {{"error", QStringLiteral("cannot load %1").arg(scene.qml.toString())}};
    QQuickItem *map = view.rootObject();
    if (scene.polygonBackend >= 0)
        map->setProperty("polygonBackend", scene.polygonBackend);
    else if (!scene.rasterCache)
        map->setProperty("rasterCache", false);
    FrameRecorder recorder(&view);
    view.show();
    const double worldZoom = std::log2(size.width() / 256.0);
    auto setCamera = [map, worldZoom](const Camera &c) {
        map->setProperty("zoomLevel", worldZoom + c.zoom);
        map->setProperty("center", QVariant::fromValue(QGeoCoordinate(c.lat, c.lon)));
    };
    setCamera(kPath[0]);
    for (int i = 0; i < 3; ++i) // warm up: the first frames build the scene
        if (!waitForFrame(&recorder, &view))
            return {{"error", "no frame within 60 s"}};

    // To check what each scene draws: DIPLOMAP_BENCH_GRAB=DIR saves its first frame and one
    // mid-transition (Ours.qml-<backend>-<raster cache>-<size>[-transition].png).
    const QString grabDir = qEnvironmentVariable("DIPLOMAP_BENCH_GRAB");
    const QString grabName = QStringLiteral("%1/%2-%3-%4-%5x%6%7.png")
                                 .arg(grabDir, scene.qml.fileName())
                                 .arg(scene.polygonBackend)
                                 .arg(int(scene.rasterCache))
                                 .arg(size.width())
                                 .arg(size.height()); // then %1: the phase
    if (!grabDir.isEmpty())
        view.grabWindow().save(grabName.arg(QString()));

    // Camera path.
    recorder.clear();
    qint64 uploadStart = CountryRenderNode::uploadedBytes();
    double cpuStart = processCpuMs();
    const int segments = int(std::size(kPath)) - 1;
    for (int s = 0; s < segments; ++s) {
        for (int f = 1; f <= framesPerSegment; ++f) {
            const double t = double(f) / framesPerSegment;
            const Camera &a = kPath[s], &b = kPath[s + 1];
            QElapsedTimer work;
            work.start();
            setCamera({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t, a.zoom + (b.zoom - a.zoom) * t});
            recorder.addGuiTime(work.nsecsElapsed() / 1e6);
            if (!waitForFrame(&recorder, &view))
                return {{"error", "frame timed out on the camera path"}};
        }
    }
    const QJsonObject camera = summarize(recorder.frames(), CountryRenderNode::uploadedBytes() - uploadStart, processCpuMs() - cpuStart);

    // A year of changes, 2024-12-31 → 2025-12-31, at the world view, colours fading.
    recorder.clear();
    uploadStart = CountryRenderNode::uploadedBytes();
    cpuStart = processCpuMs();
    const int frames = segments * framesPerSegment;
    QVector<QRgb> shown = controller->colors()->all();
    for (int f = 1; f <= frames; ++f) {
        QElapsedTimer work;
        work.start();
        timeline->setDate(QDate(2024, 12, 31).addDays(365 * f / frames));
        if (controller->colors()->all() != shown) {
            shown = controller->colors()->all();
            parts->setCountryColors(shown);
        }
        recorder.addGuiTime(work.nsecsElapsed() / 1e6);
        if (!waitForFrame(&recorder, &view))
            return {{"error", "frame timed out in the transition"}};
        if (!grabDir.isEmpty() && f == frames / 2) // and one mid-transition, to compare the ways of drawing it
            view.grabWindow().save(grabName.arg(QStringLiteral("-transition")));
    }
    const QJsonObject transition = summarize(recorder.frames(), CountryRenderNode::uploadedBytes() - uploadStart, processCpuMs() - cpuStart);
    if (glRenderer->isEmpty())
        *glRenderer = recorder.glRenderer();
    return {{"scene", scene.name}, {"width", size.width()}, {"height", size.height()},
            {"camera", camera}, {"transition", transition}};
}
