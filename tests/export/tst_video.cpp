// Video export (issue 14): the playback of a date range (dates and colours over time), the PNG
// sequence against still exports, MP4, WebM and GIF as ffprobe reads them, cancel and errors.
#include "dataset.h"
#include "mapcamera.h"
#include "maprenderer.h"
#include "snapshotexporter.h"
#include "timelineplayback.h"
#include "videoexporter.h"
#include "exporttools.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

namespace {

// Six changes: FIN 10-21, BGR 10-23, GBR 10-29, KWT 11-17, DZA 11-19 (relations → SP), ZAF 11-21.
const QDate kFrom(2025, 10, 1);
const QDate kTo(2025, 11, 30);

const DataSet &data()
{
    static const DataSet d = DataSet::load(DataPaths::defaults());
    return d;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Two seconds from kFrom to kTo, no hold.
VideoOptions rangeVideo(const QString &out, VideoOptions::Format format)
{
    VideoOptions o = smallVideo(out, format);
    o.from = kFrom;
    o.to = kTo;
    o.durationS = 2;
    o.holdS = 0;
    return o;
}

void writeOk(const VideoOptions &o)
{
    QString error;
    const bool ok = VideoExporter::write(data(), o, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
}

QImage still(const QDate &date, const QSize &size, const QString &path)
{
    SnapshotOptions s;
    s.date = date;
    s.size = size;
    s.bare = true;
    s.outPath = path;
    QString error;
    INFO(error.toStdString());
    REQUIRE(SnapshotExporter::write(data(), s, &error));
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

// Countries' label points (output pixels) where `image` has one colour all around (2r+1 px square).
QMap<QString, QPoint> flatLabelPoints(const QImage &image, int r)
{
    const QTransform t = MapCamera::fitting(QRectF(), QSizeF(image.size())).transform();
    QMap<QString, QPoint> points;
    for (const Country &c : data().boundaries.countries) {
        const QPoint p = t.map(c.label).toPoint();
        if (!image.rect().adjusted(r, r, -r, -r).contains(p))
            continue;
        bool flat = true;
        for (int dy = -r; dy <= r && flat; ++dy)
            for (int dx = -r; dx <= r && flat; ++dx)
                flat = image.pixel(p + QPoint(dx, dy)) == image.pixel(p);
        if (flat)
            points.insert(c.key, p);
    }
    return points;
}


int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

TEST_CASE("playback: the date at each moment, and the screen's fade and pulse after each change")
{
    DatePlayback p;
    p.from = kFrom;
    p.to = kTo;
    p.playMs = 2000;
    p.holdMs = 1300; // the last change (2025-11-21) has finished its pulse at the end
    CHECK(p.totalMs() == 4600);
    CHECK(p.dateAt(0) == kFrom);
    CHECK(p.dateAt(1299) == kFrom);
    CHECK(p.dateAt(p.totalMs()) == kTo);
    CHECK(p.dateAt(3300) == kTo);
    for (QDate d = kFrom.addDays(1); d <= kTo; d = d.addDays(1)) {
        CHECK(p.dateAt(p.timeOf(d)) == d);
        CHECK(p.dateAt(p.timeOf(d) - 0.01) == d.addDays(-1));
    }

    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data().hub);
    const BoundarySet &b = data().boundaries;
    const TimelineColors colors(b, data().timeline, style, p);
    CHECK(colors.steps() == 6);
    CHECK(colors.at(0) == countrycolors::fills(b, TimelineColors::tiersAt(b, data().timeline, kFrom), style));
    CHECK(colors.at(p.totalMs()) == countrycolors::fills(b, TimelineColors::tiersAt(b, data().timeline, kTo), style));

    // Algeria: relations → strategic partner on 2025-11-19. Before: its old colour; 300 ms
    // after: the smoothstep fade (600 ms) mixed toward the hub's outline by the pulse
    // (0.7 sin(π t / 1200 ms)), though South Africa changed 67 ms after it; from 1200 ms on:
    // its new colour.
    const int dza = b.indexOf(QStringLiteral("DZA"));
    const double te = p.timeOf(QDate(2025, 11, 19));
    const QRgb before = style.tierColor(Tier::Relations).rgb(), after = style.tierColor(Tier::SP).rgb();
    CHECK(colors.at(te - 1)[dza] == before);
    const double f = 0.5, s = f * f * (3 - 2 * f), pulse = 0.7 * std::sin(M_PI * 300 / 1200);
    const QRgb expected = countrycolors::mix(countrycolors::mix(before, after, s), style.hubOutline.rgb(), pulse);
    CHECK(channelDistance(colors.at(te + 300)[dza], expected) <= 1);
    CHECK(colors.at(te + 1200)[dza] == after);
    // A country that does not change keeps its colour throughout.
    const int usa = b.indexOf(QStringLiteral("USA"));
    for (double t = 0; t <= p.totalMs(); t += 10)
        REQUIRE(colors.at(t)[usa] == style.tierColor(Tier::CSP).rgb());
}

TEST_CASE("PNG sequence: the first and last frames are the still exports, unchanged countries keep their colour")
{
    QTemporaryDir dir;
    VideoOptions o = rangeVideo(dir.filePath("frames"), VideoOptions::Format::PngSequence);
    o.size = QSize(480, 270);
    o.holdS = 1; // the last change (2025-11-21, 0.3 s before the end) has finished its pulse
    writeOk(o);
    const QStringList files = QDir(o.outPath).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 96); // (2 + 2 × 1) s × 24 fps
    CHECK(files.first() == QStringLiteral("frame-00000.png"));
    CHECK(files.last() == QStringLiteral("frame-00095.png"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("frames")});
    auto frame = [&](int i) { return QImage(QDir(o.outPath).filePath(files[i])).convertToFormat(QImage::Format_RGB32); };

    const QImage first = still(kFrom, o.size, dir.filePath("from.png"));
    const QImage last = still(kTo, o.size, dir.filePath("to.png"));
    const QMap<QString, QPoint> points = flatLabelPoints(first, 2);
    REQUIRE(points.size() > 30);
    const QImage f0 = frame(0), fn = frame(95);
    REQUIRE(f0.size() == o.size);
    int differing = 0;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(f0.pixel(it.value()) == first.pixel(it.value()));
        CHECK(fn.pixel(it.value()) == last.pixel(it.value()));
        differing += first.pixel(it.value()) != last.pixel(it.value());
    }
    CHECK(differing >= 2); // Algeria and South Africa at least

    // The countries whose tier is the same on every date of the range keep their colour in
    // every frame; Algeria is mid-change (not its old nor its new colour) just after 2025-11-19.
    const RelationTimeline &timeline = data().timeline;
    QSet<QString> changed;
    for (const TierChange &c : timeline.changes(kFrom, kTo))
        changed << c.key;
    QVector<QPoint> steady;
    for (auto it = points.cbegin(); it != points.cend(); ++it)
        if (!changed.contains(timeline.tierOwner(it.key())))
            steady << it.value();
    REQUIRE(steady.size() > 30);
    const DatePlayback p = o.playback();
    const int mid = int(std::ceil((p.timeOf(QDate(2025, 11, 19)) + 250) / 1000 * o.fps));
    const QPoint dza = points.value(QStringLiteral("DZA"));
    REQUIRE(!dza.isNull());
    for (int i = 0; i < files.size(); ++i) {
        const QImage image = frame(i);
        for (const QPoint &q : qAsConst(steady))
            REQUIRE(image.pixel(q) == f0.pixel(q));
        if (i == mid) {
            CHECK(image.pixel(dza) != first.pixel(dza));
            CHECK(image.pixel(dza) != last.pixel(dza));
        }
    }
}

TEST_CASE("diplomap export-video writes an MP4: H.264, yuv420p, exact size, rate, frames, index first")
{
    QTemporaryDir dir;
    const QString mp4 = dir.filePath("map.mp4");
    const Tool t = run(QStringLiteral(DIPLOMAP_BIN), {"export-video", "--from", "2025-10-01", "--to", "2025-11-30", "--out", mp4,
                                                      "--size", "320x180", "--fps", "24", "--duration", "2", "--hold", "0", "--bare"});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    CHECK(t.out.startsWith(QStringLiteral("wrote %1 (320x180, 48 frames at 24 fps) in ").arg(mp4)));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("map.mp4")});
    const QMap<QString, QString> v = probe(mp4);
    CHECK(v.value("codec_name") == QStringLiteral("h264"));
    CHECK(v.value("pix_fmt") == QStringLiteral("yuv420p"));
    CHECK(v.value("width") == QStringLiteral("320"));
    CHECK(v.value("height") == QStringLiteral("180"));
    CHECK(v.value("r_frame_rate") == QStringLiteral("24/1"));
    CHECK(v.value("nb_read_frames") == QStringLiteral("48"));
    CHECK(v.value("duration").toDouble() == Approx(2.0).margin(1e-3));
    // faststart: the index (moov) before the media data (mdat).
    QFile file(mp4);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.indexOf("moov") >= 0);
    CHECK(bytes.indexOf("moov") < bytes.indexOf("mdat"));

    // The first frame, decoded, shows the still export's colours (within yuv420p and H.264's
    // losses; the tier colours lie much further apart).
    const QString png = dir.filePath("frame0.png");
    const Tool decode = run(tool("ffmpeg"), {"-v", "error", "-i", mp4, "-frames:v", "1", png});
    REQUIRE(decode.exitCode == 0);
    const QImage frame = QImage(png).convertToFormat(QImage::Format_RGB32);
    const QImage first = still(kFrom, QSize(320, 180), dir.filePath("still.png"));
    const QMap<QString, QPoint> points = flatLabelPoints(first, 3);
    REQUIRE(points.size() >= 8);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(channelDistance(frame.pixel(it.value()), first.pixel(it.value())) <= 16);
    }
}

TEST_CASE("WebM (VP9) and GIF: exact size, rate and frame count; the GIF keeps the tier colours exactly")
{
    QTemporaryDir dir;
    VideoOptions o = rangeVideo(dir.filePath("map.webm"), VideoOptions::Format::WebM);
    o.durationS = 1;
    o.bare = false;
    o.language = QStringLiteral("en");
    writeOk(o);
    QMap<QString, QString> v = probe(o.outPath);
    CHECK(v.value("codec_name") == QStringLiteral("vp9"));
    CHECK(v.value("pix_fmt") == QStringLiteral("yuv420p"));
    CHECK(v.value("width") == QStringLiteral("320"));
    CHECK(v.value("height") == QStringLiteral("180"));
    CHECK(v.value("r_frame_rate") == QStringLiteral("24/1"));
    CHECK(v.value("nb_read_frames") == QStringLiteral("24"));

    o = rangeVideo(dir.filePath("map.gif"), VideoOptions::Format::Gif);
    o.fps = 25; // GIF delays are in hundredths of a second
    o.durationS = 1;
    writeOk(o);
    v = probe(o.outPath);
    CHECK(v.value("codec_name") == QStringLiteral("gif"));
    CHECK(v.value("width") == QStringLiteral("320"));
    CHECK(v.value("height") == QStringLiteral("180"));
    CHECK(v.value("nb_read_frames") == QStringLiteral("25"));
    CHECK(v.value("duration").toDouble() == Approx(1.0).margin(0.02));
    const QImage gif = QImage(o.outPath).convertToFormat(QImage::Format_RGB32); // the first frame
    const QImage first = still(kFrom, o.size, dir.filePath("still.png"));
    const QMap<QString, QPoint> points = flatLabelPoints(first, 1);
    REQUIRE(points.size() >= 20);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(gif.pixel(it.value()) == first.pixel(it.value()));
    }
}

TEST_CASE("a cancelled video leaves the previous file or folder as it was and nothing else")
{
    const auto format = GENERATE(VideoOptions::Format::Mp4, VideoOptions::Format::PngSequence);
    QTemporaryDir dir;
    const QString path = dir.filePath(format == VideoOptions::Format::Mp4 ? "map.mp4" : "frames");
    const QString previous = format == VideoOptions::Format::Mp4 ? path : path + QStringLiteral("/frame-00000.png");
    QDir().mkpath(QFileInfo(previous).path());
    {
        QFile old(previous);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous");
    }
    const QByteArray sum = checksum(previous);
    VideoOptions o = rangeVideo(path, format);
    int calls = 0;
    QString error;
    CHECK_FALSE(VideoExporter::write(data(), o, &error, [&](double f) {
        CHECK(f > 0.0);
        CHECK(f <= 1.0);
        return ++calls < 5;
    }));
    CHECK(error == QLatin1String("cancelled"));
    CHECK(calls == 5);
    CHECK(entries(dir.path()) == QStringList{QFileInfo(path).fileName()});
    CHECK(checksum(previous) == sum);
    if (format == VideoOptions::Format::PngSequence)
        CHECK(entries(path) == QStringList{QStringLiteral("frame-00000.png")});
}

TEST_CASE("diplomap export-video: every error gives one line, its exit status, and leaves files as they were")
{
    QTemporaryDir dir;
    const QString mp4 = dir.filePath("x.mp4");
    {
        QFile existing(mp4);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier video");
    }
    const QByteArray sum = checksum(mp4);
    const QStringList range{"--from", "2025-10-01", "--to", "2025-11-30"};
    struct Case {
        QStringList args;
        int exitCode;
        QString message;
    };
    const QVector<Case> cases = {
        {range + QStringList{"--out", "/nonexistent/dir/x.mp4", "--bare"}, 1, "cannot write '/nonexistent/dir/x.mp4': No such file or directory"},
        {{"--from", "2025-11-30", "--to", "2025-10-01", "--out", mp4}, 2, "invalid range 2025-11-30 to 2025-10-01 (--to must come after --from)"},
        {{"--from", "2025-10-01", "--to", "2025-10-01", "--out", mp4}, 2, "invalid range 2025-10-01 to 2025-10-01"},
        {{"--from", "2025-02-30", "--to", "2025-10-01", "--out", mp4}, 2, "invalid date '2025-02-30' (expected YYYY-MM-DD)"},
        {{"--from", "2025-10-01", "--out", mp4}, 2, "usage: diplomap export-video (--from YYYY-MM-DD --to YYYY-MM-DD | --story FILE|year:YYYY|history) --out FILE"},
        {range + QStringList{"--out", dir.filePath("x.avi")}, 2, "unknown format for '" + dir.filePath("x.avi") + "' (expected a .mp4, .webm or .gif file, or --format)"},
        {range + QStringList{"--out", mp4, "--format", "avi"}, 2, "unknown format 'avi' (expected mp4, webm, gif or png-seq)"},
        {range + QStringList{"--out", mp4, "--size", "100x100"}, 2, "size 100x100 is out of range (320x180 to 3840x2160 pixels)"},
        {range + QStringList{"--out", mp4, "--size", "3842x2160"}, 2, "size 3842x2160 is out of range"},
        {range + QStringList{"--out", mp4, "--size", "641x361"}, 2, "size 641x361 is odd (mp4 video needs an even width and height)"},
        {range + QStringList{"--out", mp4, "--size", "big"}, 2, "invalid size 'big' (expected WxH in pixels, or 720p, 1080p, 4k)"},
        {range + QStringList{"--out", mp4, "--fps", "29"}, 2, "unsupported frame rate 29 (expected 24, 25, 30 or 60)"},
        {range + QStringList{"--out", mp4, "--fps", "fast"}, 2, "invalid fps 'fast' (expected 24, 25, 30 or 60)"},
        {range + QStringList{"--out", mp4, "--duration", "0"}, 2, "invalid duration 0 (expected seconds, more than 0 and at most 600)"},
        {range + QStringList{"--out", mp4, "--hold", "-1"}, 2, "invalid hold -1 (expected seconds from 0 to 60)"},
        {range + QStringList{"--out", mp4, "--lang", "fr"}, 2, "unknown language 'fr' (expected vi or en)"},
        {range + QStringList{"--out", mp4, "--theme", "sepia"}, 2, "unknown theme 'sepia' (expected light or dark)"},
        {range + QStringList{"--out", mp4, "--region", "mars"}, 2, "unknown region 'mars' (expected world,"},
        {range + QStringList{"--out", mp4, "--bbox", "120,10,100,20"}, 2, "invalid bbox '120,10,100,20' (expected MINLON,MINLAT,MAXLON,MAXLAT"},
        {range + QStringList{"--out", mp4, "--region", "europe", "--bbox", "0,0,10,10"}, 2, "give --region or --bbox, not both"},
        {range + QStringList{"--out", mp4, "--relations", EXPORT_TEST_DATA "/bad-relations.csv"}, 1, "bad-relations.csv:"},
    };
    for (const Case &c : cases) {
        const Tool t = run(QStringLiteral(DIPLOMAP_BIN), QStringList{"export-video"} + c.args);
        INFO("diplomap export-video " << c.args.join(' ').toStdString() << "\nstderr: " << t.err.toStdString());
        CHECK(t.exitCode == c.exitCode);
        CHECK(t.err.contains(c.message));
        CHECK(t.out.isEmpty());
        if (!c.message.endsWith(QLatin1Char(':')))
            CHECK(!t.err.contains(QLatin1Char('\n')));
        CHECK(entries(dir.path()) == QStringList{QStringLiteral("x.mp4")});
        CHECK(checksum(mp4) == sum);
    }
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/dir/x.mp4")));
}

TEST_CASE("a frame repainted only where it changed is the frame painted whole, up to edge antialiasing")
{
    // One renderer steps through the frames of a playback, repainting what setFrame reports;
    // every few frames a fresh renderer paints the same frame whole. Labels, card and fades.
    VideoOptions o = rangeVideo(QString(), VideoOptions::Format::PngSequence);
    o.size = QSize(640, 360);
    o.bare = GENERATE(true, false);
    o.holdS = 0.5;
    const DatePlayback playback = o.playback();
    const TimelineColors colors(data().boundaries, data().timeline, MapStyle::forTheme(o.theme, data().hub), playback);
    MapRenderer::Options ro;
    ro.date = o.from;
    ro.bare = o.bare;
    MapRenderer stepping(data().boundaries, data().timeline, data().hub, o.size, ro);
    QImage image(o.size, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        stepping.paint(&painter);
    }
    int partial = 0;
    for (int i = 0; i < o.frameCount(); i += 3) { // as a thread of three takes them
        const double t = i * 1000.0 / o.fps;
        const QRect changed = stepping.setFrame(playback.dateAt(t), colors.at(t));
        partial += !changed.isEmpty() && changed != image.rect();
        if (!changed.isEmpty()) {
            QPainter painter(&image);
            painter.setClipRect(changed);
            stepping.paint(&painter, changed);
        }
        if (i % 9)
            continue;
        ro.date = playback.dateAt(t);
        ro.fills = colors.at(t);
        const MapRenderer fresh(data().boundaries, data().timeline, data().hub, o.size, ro);
        QImage whole(o.size, QImage::Format_RGB32);
        QPainter painter(&whole);
        fresh.paint(&painter);
        painter.end();
        // Where a repaint's clip crosses a border, Qt's cosmetic stroker starts the line
        // from the clipped end: antialiased edge pixels may differ by a few levels.
        int worst = 0, off = 0;
        for (int y = 0; y < o.size.height(); ++y)
            for (int x = 0; x < o.size.width(); ++x) {
                const int d = channelDistance(image.pixel(x, y), whole.pixel(x, y));
                worst = std::max(worst, d);
                off += d > 2;
            }
        INFO("frame " << i << " bare " << o.bare << ": " << off << " pixels off by more than 2, at most " << worst);
        CHECK(worst <= 8);
        CHECK(off < o.size.width() * o.size.height() / 200);
    }
    CHECK(partial > 10);
}

TEST_CASE("a finished PNG sequence replaces an existing folder whole; a video an existing file")
{
    QTemporaryDir dir;
    const QString frames = dir.filePath("frames");
    QDir().mkpath(frames);
    {
        QFile stale(frames + QStringLiteral("/stale.png"));
        REQUIRE(stale.open(QIODevice::WriteOnly));
    }
    VideoOptions o = rangeVideo(frames, VideoOptions::Format::PngSequence);
    o.durationS = 0.5;
    writeOk(o);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("frames")});
    CHECK(entries(frames).size() == 12);
    CHECK_FALSE(entries(frames).contains(QStringLiteral("stale.png")));

    const QString gif = dir.filePath("map.gif");
    {
        QFile old(gif);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous");
    }
    o = rangeVideo(gif, VideoOptions::Format::Gif);
    o.durationS = 0.5;
    writeOk(o);
    CHECK(entries(dir.path()) == (QStringList{QStringLiteral("frames"), QStringLiteral("map.gif")}));
    CHECK(QImage(gif).size() == QSize(320, 180));
    CHECK((QFile(gif).permissions() & QFileDevice::ReadOther)); // as a new file, not private like a temporary
}
