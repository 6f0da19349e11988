// A story as video frames (core/story/storytimeline, storycolors): each part a whole number of
// frames, the date and the camera at every frame, the eased camera between two scenes, the
// colour change when a scene starts on another date; where a scene looks (countryframing).
#include "countryframing.h"
#include "dataset.h"
#include "regions.h"
#include "storycolors.h"
#include "storytimeline.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace {

const QSizeF kSize(320, 180);

// A static scene on the world, an animated one on a box, a static one on a region.
Story sample()
{
    Story story;
    StoryScene a;
    a.date = QDate(2024, 12, 31);
    StoryScene b;
    b.from = a.date;
    b.date = QDate(2025, 12, 31);
    b.durationMs = 2000;
    b.camera.kind = StoryCamera::Kind::Box;
    b.camera.lonLatBox = QRectF(QPointF(100, 0), QPointF(120, 25));
    StoryScene c;
    c.date = QDate(2025, 6, 30);
    c.camera.region = QStringLiteral("europe");
    story.scenes = {a, b, c};
    return story;
}

QVector<MapCamera> cameras(const Story &story)
{
    QVector<MapCamera> list;
    for (const StoryScene &s : story.scenes)
        list << StoryTimeline::cameraFor(s.camera, BoundarySet(), kSize);
    return list;
}

bool same(const MapCamera &a, const MapCamera &b)
{
    return std::abs(a.center.x() - b.center.x()) < 1e-12 && std::abs(a.center.y() - b.center.y()) < 1e-12
        && std::abs(a.pixelsPerUnit / b.pixelsPerUnit - 1) < 1e-12 && a.size == b.size;
}

} // namespace

TEST_CASE("story timeline: every part is whole frames, and the frames add up exactly")
{
    const Story story = sample();
    const StoryTimeline t(story, cameras(story), 24, 1500, 3000);
    REQUIRE(t.sceneCount() == 3);
    CHECK(t.moveFrames(0) == 0);
    CHECK(t.playFrames(0) == 0);
    CHECK(t.holdFrames(0) == 72); // 3 s hold
    CHECK(t.moveFrames(1) == 36); // 1.5 s move
    CHECK(t.playFrames(1) == 48); // 2 s animation
    CHECK(t.holdFrames(1) == 72);
    CHECK(t.moveFrames(2) == 36);
    CHECK(t.playFrames(2) == 0);
    CHECK(t.holdFrames(2) == 72);
    CHECK(t.frames(1) == 36 + 48 + 72);
    CHECK(t.firstFrame(1) == 72);
    CHECK(t.firstFrame(2) == 72 + 36 + 48 + 72);
    CHECK(t.frameCount() == 72 + 36 + 48 + 72 + 36 + 72);
    // 25 fps: 1.5 s is 37.5 frames, rounded to 38; at least one frame per part.
    const StoryTimeline u(story, cameras(story), 25, 1500, 10);
    CHECK(u.moveFrames(1) == 38);
    CHECK(u.holdFrames(0) == 1);
    CHECK(u.frameCount() == 1 + 38 + 50 + 1 + 38 + 1);
    CHECK(StoryTimeline(Story(), {}, 24).frameCount() == 0);
}

TEST_CASE("story timeline: the date and the camera of each frame")
{
    const Story story = sample();
    const QVector<MapCamera> cams = cameras(story);
    const StoryTimeline t(story, cams, 24, 1500, 3000);
    // The first scene starts on its camera and date and holds them.
    for (const int n : {0, 40, 71}) {
        const StoryFrame f = t.at(n);
        CHECK(f.scene == 0);
        CHECK_FALSE(f.moving);
        CHECK(same(f.camera, cams[0]));
        CHECK(f.date == QDate(2024, 12, 31));
    }
    // The second: the camera moves on the date the animation starts from, then the dates run
    // linearly, the animation's last frame on the scene's date, which the hold keeps.
    StoryFrame f = t.at(72);
    CHECK(f.scene == 1);
    CHECK(f.moving);
    CHECK(f.sceneMs == 0);
    CHECK(f.date == QDate(2024, 12, 31));
    CHECK_FALSE(same(f.camera, cams[0]));
    CHECK_FALSE(same(f.camera, cams[1]));
    CHECK(same(t.at(72 + 35).camera, cams[1])); // the move's last frame arrives
    CHECK(t.at(72 + 35).date == QDate(2024, 12, 31));
    f = t.at(72 + 36);
    CHECK_FALSE(f.moving);
    CHECK(f.sceneMs == Approx(1500));
    CHECK(f.date == QDate(2024, 12, 31));
    CHECK(t.at(72 + 36 + 46).date < QDate(2025, 12, 31));
    CHECK(t.at(72 + 36 + 47).date == QDate(2025, 12, 31));
    CHECK(t.at(72 + 36 + 48 + 71).date == QDate(2025, 12, 31));
    CHECK(t.at(72 + 36 + 48 + 71).scene == 1);
    CHECK(same(t.at(72 + 36 + 48 + 71).camera, cams[1]));
    // Frame k of n (0-based) shows day floor(k / (n - 1) * 365) of the year.
    CHECK(t.at(72 + 36 + 24).date == QDate(2024, 12, 31).addDays(int(24.0 / 47 * 365)));
    // The third moves from the box to Europe on its own date, then holds; past the end: the last frame.
    CHECK(t.at(228).scene == 2);
    CHECK(t.at(228).moving);
    CHECK(t.at(228).date == QDate(2025, 6, 30));
    CHECK(same(t.at(100000).camera, cams[2]));
    CHECK(t.at(-5).scene == 0);
}

TEST_CASE("story timeline: the camera between two scenes is eased, zooms evenly and crosses the antimeridian")
{
    const MapCamera a{{0.2, 0.4}, 500, kSize}, b{{0.4, 0.5}, 2000, kSize};
    CHECK(same(StoryTimeline::between(a, b, 0), a));
    CHECK(same(StoryTimeline::between(a, b, 1), b));
    const MapCamera mid = StoryTimeline::between(a, b, 0.5);
    CHECK(mid.center.x() == Approx(0.3));
    CHECK(mid.center.y() == Approx(0.45));
    CHECK(mid.pixelsPerUnit == Approx(1000)); // the geometric mean
    // Cubic in and out, as Qt's Easing.InOutCubic: a quarter of the time is 6.25 % of the way,
    // three quarters 93.75 %.
    CHECK(StoryTimeline::between(a, b, 0.25).center.x() == Approx(0.2 + 0.2 * 0.0625));
    CHECK(StoryTimeline::moveEasing(0.75) == Approx(0.9375));
    // From 170°E to 170°W: through 180°, not back across the world.
    const MapCamera east{{0.97, 0.5}, 1000, kSize}, west{{0.03, 0.5}, 1000, kSize};
    CHECK(StoryTimeline::between(east, west, 0.5).center.x() == Approx(1.0));
    CHECK(same(StoryTimeline::between(east, west, 1), west));
}

TEST_CASE("story cameras: a region, a box and countries framed as the app frames them")
{
    StoryCamera region;
    region.region = QStringLiteral("europe");
    CHECK(StoryTimeline::lonLatBox(region, BoundarySet()) == Regions::find("europe")->lonLatBox);
    StoryCamera box;
    box.kind = StoryCamera::Kind::Box;
    box.lonLatBox = QRectF(QPointF(100, 0), QPointF(120, 25));
    CHECK(StoryTimeline::lonLatBox(box, BoundarySet()) == box.lonLatBox);
    CHECK(same(StoryTimeline::cameraFor(box, BoundarySet(), kSize), MapCamera::fitting(box.lonLatBox, kSize)));

    static const DataSet data = DataSet::load(DataPaths::defaults());
    REQUIRE(data.errors.isEmpty());
    StoryCamera countries;
    countries.kind = StoryCamera::Kind::Countries;
    countries.countries = QStringList{QStringLiteral("FIN")};
    const QRectF fin = StoryTimeline::lonLatBox(countries, data.boundaries);
    CHECK(fin == framing::countriesBox(data.boundaries, {QStringLiteral("FIN")}));
    const QPointF helsinki(24.9, 60.2);
    CHECK(fin.contains(helsinki));
    CHECK(fin.width() < 60);
    // Unknown keys frame nothing: the world.
    countries.countries = QStringList{QStringLiteral("XXX")};
    CHECK(StoryTimeline::lonLatBox(countries, data.boundaries).isNull());
    CHECK(framing::landmarkIndex(data.boundaries, framing::landmarkKey(0)) == (data.boundaries.landmarks.isEmpty() ? -1 : 0));
    CHECK(framing::landmarkIndex(data.boundaries, QStringLiteral("landmark:x")) == -1);

    // A scene that starts on another date than the previous one ended on fades to it, and the
    // countries whose tier changed pulse; the scene then holds its date's settled colours.
    Story story;
    StoryScene a, b;
    a.date = QDate(2025, 10, 1);
    b.date = QDate(2025, 10, 22); // FIN 10-21
    story.scenes = {a, b};
    const StoryTimeline t(story, {}, 24, 1500, 3000);
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data.hub);
    const StoryColors colors(data.boundaries, data.timeline, style, t);
    const int finIndex = data.boundaries.indexOf(QStringLiteral("FIN"));
    const QVector<QRgb> before = countrycolors::fills(data.boundaries, TimelineColors::tiersAt(data.boundaries, data.timeline, a.date), style);
    const QVector<QRgb> after = countrycolors::fills(data.boundaries, TimelineColors::tiersAt(data.boundaries, data.timeline, b.date), style);
    REQUIRE(before[finIndex] != after[finIndex]);
    CHECK(colors.at(t.at(71)) == before);
    const QRgb moving = colors.at(t.at(72 + 6))[finIndex]; // 250 ms into the change
    CHECK(moving != before[finIndex]);
    CHECK(moving != after[finIndex]);
    CHECK(colors.at(t.at(72 + 36)) == after); // the change (1.2 s) is over when the move ends
}
