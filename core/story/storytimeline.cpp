#include "storytimeline.h"

#include "countryframing.h"
#include "regions.h"

#include <algorithm>
#include <cmath>

StoryTimeline::StoryTimeline(const Story &story, const QVector<MapCamera> &cameras, int fps, double moveMs, double holdMs)
    : m_fps(std::max(1, fps))
{
    auto toFrames = [this](double ms) { return std::max(1, int(std::lround(ms * m_fps / 1000.0))); };
    int first = 0;
    for (int i = 0; i < story.scenes.size(); ++i) {
        const StoryScene &s = story.scenes[i];
        Scene scene;
        scene.first = first;
        scene.move = i == 0 ? 0 : toFrames(moveMs);
        scene.play = s.animated() ? toFrames(s.durationMs) : 0;
        scene.hold = toFrames(holdMs);
        scene.camera = cameras.value(i);
        scene.playback.from = s.animated() ? s.from : s.date;
        scene.playback.to = s.date;
        scene.playback.holdMs = scene.move * 1000.0 / m_fps;
        scene.playback.playMs = std::max(0, scene.play - 1) * 1000.0 / m_fps;
        first += scene.move + scene.play + scene.hold;
        m_scenes << scene;
    }
}

StoryFrame StoryTimeline::at(int frame) const
{
    StoryFrame f;
    if (m_scenes.isEmpty())
        return f;
    frame = std::clamp(frame, 0, frameCount() - 1);
    const auto it = std::upper_bound(m_scenes.begin(), m_scenes.end(), frame, [](int n, const Scene &s) { return n < s.first; });
    f.scene = int(it - m_scenes.begin()) - 1;
    const Scene &s = m_scenes[f.scene];
    const int k = frame - s.first;
    f.sceneMs = k * 1000.0 / m_fps;
    f.moving = k < s.move;
    f.camera = f.moving ? between(m_scenes[f.scene - 1].camera, s.camera, double(k + 1) / s.move) : s.camera;
    f.date = s.playback.dateAt(f.sceneMs);
    return f;
}

QRectF StoryTimeline::lonLatBox(const StoryCamera &camera, const BoundarySet &boundaries)
{
    switch (camera.kind) {
    case StoryCamera::Kind::Region: {
        const Region *r = Regions::find(camera.region);
        return r ? r->lonLatBox : QRectF();
    }
    case StoryCamera::Kind::Box: return camera.lonLatBox;
    case StoryCamera::Kind::Countries: return framing::countriesBox(boundaries, camera.countries);
    }
    return {};
}

MapCamera StoryTimeline::cameraFor(const StoryCamera &camera, const BoundarySet &boundaries, const QSizeF &size)
{
    return MapCamera::fitting(lonLatBox(camera, boundaries), size);
}

double StoryTimeline::moveEasing(double t)
{
    // Cubic in and out: Qt's Easing.InOutCubic, which the app's story flight uses.
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(2 - 2 * t, 3) / 2;
}

MapCamera StoryTimeline::between(const MapCamera &a, const MapCamera &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const double e = moveEasing(t);
    QPointF to = b.center;
    to.setX(to.x() + std::round(a.center.x() - to.x())); // the world copy of b nearest a
    MapCamera c;
    c.center = a.center + (to - a.center) * e;
    if (e >= 1)
        c.center = b.center;
    c.pixelsPerUnit = a.pixelsPerUnit * std::pow(b.pixelsPerUnit / a.pixelsPerUnit, e);
    c.size = b.size;
    return c;
}
