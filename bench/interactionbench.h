#pragma once
// The interaction benchmark: a scripted camera path and a year of colour transitions in a real
// window, for diplomap's country layer and for the Qt Location baselines (one MapPolygon per
// polygon part, software and OpenGL backends), in the same window size and path.
#include <QJsonObject>
#include <QSize>
#include <QUrl>

class MapController;
class QQmlEngine;
class PolygonPartModel;

namespace InteractionBench {

struct Scene {
    QString name;
    QUrl qml;
    int polygonBackend = -1; // MapPolygon.backend for the baselines; -1 for ours
    bool rasterCache = true; // ours: CountryLayer::rasterCache
};

// Runs the camera path (framesPerSegment frames for each of its 4 segments) and the
// transition (4 * framesPerSegment frames) for one scene; returns the figures. All scenes share
// one engine: singleton instances (MapController, Parts) belong to a single engine.
QJsonObject run(QQmlEngine *engine, const Scene &scene, const QSize &size, int framesPerSegment,
                MapController *controller, PolygonPartModel *parts, QString *glRenderer);

} // namespace InteractionBench
