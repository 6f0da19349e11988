// A story as a video (issue 14): the frames add up to the scenes' lengths exactly, a frame of a
// scene shows that scene's date colours through its camera, the caption is drawn, and the CLI
// writes it (ffprobe) or refuses what does not apply to a story.
#include "dataset.h"
#include "geometry.h"
#include "maprenderer.h"
#include "storyfile.h"
#include "videoexporter.h"
#include "exporttools.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

namespace {

const QString kStory = QStringLiteral(EXPORT_TEST_DATA "/two-scenes.json");

const DataSet &data()
{
    static const DataSet d = DataSet::load(DataPaths::defaults());
    return d;
}

// The two scenes (the world on 2025-10-01, Finland on 2025-10-22, a day after its change) as a
// PNG sequence: 1 s on the first, a 1 s move and 1 s on the second, 24 fps, 320x180.
VideoOptions storyVideo(const QString &out, bool bare)
{
    VideoOptions o = smallVideo(out, VideoOptions::Format::PngSequence);
    o.moveS = 1;
    o.sceneHoldS = 1;
    o.bare = bare;
    QString error;
    INFO(error.toStdString());
    REQUIRE(StoryFile::load(kStory, &data().table, &o.story, &error));
    return o;
}

QImage frame(const QString &dir, int index)
{
    return QImage(QDir(dir).filePath(QStringLiteral("frame-%1.png").arg(index, 5, 10, QLatin1Char('0')))).convertToFormat(QImage::Format_RGB32);
}

QRgb fillOn(const QString &key, const QDate &date)
{
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data().hub);
    const int i = data().boundaries.indexOf(key);
    return countrycolors::fills(data().boundaries, TimelineColors::tiersAt(data().boundaries, data().timeline, date), style)[i];
}

} // namespace

TEST_CASE("a story video: frames add up to the scenes, each shows its scene's date through its camera")
{
    REQUIRE(data().errors.isEmpty());
    QTemporaryDir tmp;
    const QString out = tmp.filePath("frames");
    const VideoOptions o = storyVideo(out, true);
    CHECK(o.frameCount() == 24 + 24 + 24);
    QString error;
    const bool ok = VideoExporter::write(data(), o, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(QDir(out).entryList(QDir::Files).size() == 72);

    // Finland's label point, through the second scene's camera (the countries fitted).
    const Country *fin = data().boundaries.country(QStringLiteral("FIN"));
    REQUIRE(fin);
    const MapCamera second = StoryTimeline::cameraFor(o.story.scenes[1].camera, data().boundaries, QSizeF(o.size));
    const QPoint label = second.toPixels(geo::mercatorFromLonLat(fin->labelLonLat().x(), fin->labelLonLat().y())).toPoint();
    REQUIRE(QRect(QPoint(0, 0), o.size).contains(label));
    const QRgb before = fillOn("FIN", QDate(2025, 10, 1)), after = fillOn("FIN", QDate(2025, 10, 22));
    REQUIRE(before != after);
    // The middle of the second scene's hold (1.5 s into the scene: the change's fade and pulse
    // are over) and its last frame show the second date's colour; the first scene the first's.
    const QImage first = frame(out, 12), held = frame(out, 60);
    CHECK(held.pixel(label) == after);
    CHECK(frame(out, 71).pixel(label) == after);
    const MapCamera world = StoryTimeline::cameraFor(o.story.scenes[0].camera, data().boundaries, QSizeF(o.size));
    const QPoint finInWorld = world.toPixels(geo::mercatorFromLonLat(fin->labelLonLat().x(), fin->labelLonLat().y())).toPoint();
    CHECK(first.pixel(finInWorld) == before);
    // The Norwegian Sea through the second camera: sea there, and land (Canada) at the same
    // pixel in the first scene's world.
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data().hub);
    const QPoint sea = second.toPixels(geo::mercatorFromLonLat(2, 68)).toPoint();
    CHECK(held.pixel(sea) == style.ocean.rgb());
    CHECK(first.pixel(sea) != style.ocean.rgb());
    CHECK(qAlpha(first.pixel(sea)) == 255);
    // The move: neither camera yet.
    const QImage moving = frame(out, 36);
    CHECK(moving != first);
    CHECK(moving != held);
}

TEST_CASE("a story video draws each scene's caption and counter in the export's language")
{
    QTemporaryDir tmp;
    for (const char *language : {"vi", "en"}) {
        const QString out = tmp.filePath(QStringLiteral("frames-%1").arg(language));
        VideoOptions o = storyVideo(out, false);
        o.language = QLatin1String(language);
        QString error;
        const bool ok = VideoExporter::write(data(), o, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
        // Where the caption goes: as the renderer lays it out for that frame.
        MapRenderer::Options ro;
        ro.date = QDate(2025, 10, 22);
        ro.language = o.language;
        ro.camera = StoryTimeline::cameraFor(o.story.scenes[1].camera, data().boundaries, QSizeF(o.size));
        ro.caption = o.story.scenes[1].caption.in(o.language);
        ro.counter = QStringLiteral("2 / 2");
        const MapRenderer renderer(data().boundaries, data().timeline, data().hub, o.size, ro);
        const QRect box = renderer.caption().box().toAlignedRect().adjusted(2, 2, -2, -2);
        REQUIRE(!box.isEmpty());
        CHECK(box.bottom() < o.size.height());
        CHECK_FALSE(box.intersects(renderer.card().boxes().first().toAlignedRect())); // clear of the legend
        // The panel (light) with dark text on it.
        const QImage held = frame(out, 60);
        int light = 0, dark = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const int g = qGray(held.pixel(x, y));
                light += g > 225;
                dark += g < 100;
            }
        }
        const int area = box.width() * box.height();
        CHECK(light > area / 2);
        CHECK(dark > 20);
        // The other language's caption has another box: the text is the language's.
        ro.caption = o.story.scenes[1].caption.in(o.language == QLatin1String("en") ? QStringLiteral("vi") : QStringLiteral("en"));
        const MapRenderer other(data().boundaries, data().timeline, data().hub, o.size, ro);
        CHECK(other.caption().box() != renderer.caption().box());
    }
}

TEST_CASE("diplomap export-video --story writes the story as an MP4 of exactly its frames")
{
    QTemporaryDir tmp;
    const QString mp4 = tmp.filePath("story.mp4");
    const Tool t = run(QStringLiteral(DIPLOMAP_BIN), {"export-video", "--story", kStory, "--out", mp4, "--size", "320x180",
                                                       "--fps", "24", "--hold", "0.5", "--lang", "en"});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    // 0.5 s on the first scene, then a 1.5 s move and 0.5 s on the second: 12 + 36 + 12 frames.
    CHECK(t.out.trimmed().startsWith(QStringLiteral("wrote %1 (320x180, 60 frames at 24 fps)").arg(mp4)));
    const QMap<QString, QString> v = probe(mp4);
    CHECK(v.value("codec_name") == "h264");
    CHECK(v.value("width") == "320");
    CHECK(v.value("height") == "180");
    CHECK(v.value("r_frame_rate") == "24/1");
    CHECK(v.value("nb_read_frames") == "60");
    CHECK(v.value("duration").toDouble() == Approx(2.5).margin(0.05));
}
