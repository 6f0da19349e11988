#pragma once
// A story played as a video (docs/EXPORT.md): each scene in turn, first the camera's move from
// the previous scene's camera (eased; the first scene starts on its own), then the scene's date
// animation if it has one, then a hold on its date (its changes fade and pulse, its caption is
// read). Every part is a whole number of frames, so a video has exactly frameCount() frames;
// an animation's last frame shows the scene's date. Pure: which scene, date and camera a frame
// shows, nothing drawn.
#include "mapcamera.h"
#include "story.h"
#include "timelineplayback.h"

#include <QVector>

struct BoundarySet;

// What frame n of a story video shows.
struct StoryFrame {
    int scene = 0;
    double sceneMs = 0;  // time since the scene began (its move included), for the colours
    bool moving = false; // the camera is between the previous scene's and this one's
    MapCamera camera;
    QDate date;
};

class StoryTimeline
{
public:
    static constexpr double kMoveMs = 1500; // the camera's move to a scene, in the app and in a video
    static constexpr double kHoldMs = 3000; // each scene's hold on its date

    // `cameras`: one per scene (cameraFor), for the output size. A scene's move, animation and
    // hold are rounded to whole frames, each at least one (the first scene has no move, a
    // scene without an animation no animation).
    StoryTimeline(const Story &story, const QVector<MapCamera> &cameras, int fps, double moveMs = kMoveMs,
                  double holdMs = kHoldMs);

    int fps() const { return m_fps; }
    int sceneCount() const { return m_scenes.size(); }
    int frameCount() const { return m_scenes.isEmpty() ? 0 : m_scenes.last().first + frames(m_scenes.size() - 1); }
    int firstFrame(int scene) const { return m_scenes[scene].first; }
    int frames(int scene) const { return m_scenes[scene].move + m_scenes[scene].play + m_scenes[scene].hold; }
    int moveFrames(int scene) const { return m_scenes[scene].move; } // 0 for the first scene
    int playFrames(int scene) const { return m_scenes[scene].play; } // its animation; 0 without one
    int holdFrames(int scene) const { return m_scenes[scene].hold; }
    // The scene's dates over its own time: its start date during the move, then its animation
    // (linear, its last frame on the scene's date), then that date.
    const DatePlayback &playback(int scene) const { return m_scenes[scene].playback; }
    StoryFrame at(int frame) const; // clamped to the video

    // Where a scene looks, as a lon/lat box (null = the world region) and as the camera that
    // shows it in a whole output of `size`.
    static QRectF lonLatBox(const StoryCamera &camera, const BoundarySet &boundaries);
    static MapCamera cameraFor(const StoryCamera &camera, const BoundarySet &boundaries, const QSizeF &size);
    // From `a` (t = 0) to `b` (t = 1), eased in and out: the centre the shorter way round the
    // world, the scale geometrically (a zoom looks even).
    static MapCamera between(const MapCamera &a, const MapCamera &b, double t);
    // The move's easing, t in [0, 1]: cubic in and out (the app flies with Easing.InOutCubic).
    static double moveEasing(double t);

private:
    struct Scene {
        int first = 0, move = 0, play = 0, hold = 0;
        MapCamera camera;
        DatePlayback playback;
    };
    int m_fps;
    QVector<Scene> m_scenes;
};
