#include "videocommand.h"

#include "builtinstories.h"
#include "commandhelp.h"
#include "commandline.h"
#include "regions.h"
#include "videoexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace {

// Parses a value of `name` with `parse` when it is given; false (and a message) when invalid.
template <typename T, typename Parse>
bool optional(const QHash<QString, QString> &o, const QString &name, T *value, Parse parse, const QString &expected, QTextStream &err)
{
    if (!o.contains(name))
        return true;
    if (parse(o.value(name), value))
        return true;
    err << QStringLiteral("invalid %1 '%2' (expected %3)\n").arg(name, o.value(name), expected);
    return false;
}

bool parseSeconds(const QString &text, double *seconds)
{
    bool ok = false;
    *seconds = text.toDouble(&ok);
    return ok && std::isfinite(*seconds);
}

bool parsePositive(const QString &text, double *value)
{
    return parseSeconds(text, value) && *value > 0;
}

bool parseFps(const QString &text, int *fps)
{
    bool ok = false;
    *fps = text.toInt(&ok);
    return ok;
}

bool parseVideoSize(const QString &text, QSize *size)
{
    static const QHash<QString, QSize> presets = {{"720p", {1280, 720}}, {"1080p", {1920, 1080}}, {"4k", {3840, 2160}}};
    const QString name = text.toLower();
    if (presets.contains(name)) {
        *size = presets.value(name);
        return true;
    }
    const int x = name.indexOf(QLatin1Char('x'));
    bool okW = false, okH = false;
    *size = QSize(name.left(x).toInt(&okW), name.mid(x + 1).toInt(&okH));
    return x > 0 && okW && okH;
}

bool parseLonLatBox(const QString &text, QRectF *box)
{
    const QStringList v = text.split(QLatin1Char(','));
    bool ok = v.size() == 4;
    double n[4] = {};
    for (int i = 0; ok && i < 4; ++i)
        n[i] = v[i].trimmed().toDouble(&ok);
    *box = QRectF(QPointF(n[0], n[1]), QPointF(n[2], n[3]));
    return ok && n[0] < n[2] && n[1] < n[3] && n[1] >= -90 && n[3] <= 90 && n[2] - n[0] <= 360;
}

bool parseRegion(const QString &text, QRectF *box)
{
    const Region *region = Regions::find(text);
    if (region)
        *box = region->lonLatBox;
    return region;
}

QString regionNames()
{
    QStringList names;
    for (const Region &r : Regions::all())
        names << r.name;
    return names.join(QStringLiteral(", "));
}

// A progress bar on a terminal: fraction done and the time left.
class ProgressBar
{
public:
    ProgressBar() : m_shown(isatty(fileno(stderr))) { m_timer.start(); }
    bool update(double done)
    {
        if (!m_shown || (m_timer.elapsed() - m_last < 200 && done < 1))
            return true;
        m_last = m_timer.elapsed();
        const int width = 30, filled = int(done * width);
        const double left = done > 0 ? m_timer.elapsed() / 1000.0 * (1 - done) / done : 0;
        std::fprintf(stderr, "\r[%s%s] %3d%%  %.0f s left ", QByteArray(filled, '#').constData(),
                     QByteArray(width - filled, ' ').constData(), int(done * 100), left);
        if (done >= 1)
            std::fprintf(stderr, "\n");
        std::fflush(stderr);
        return true;
    }

private:
    bool m_shown;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
};

} // namespace

int VideoCommand::run(const QHash<QString, QString> &o, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("export-video");
    const bool story = o.contains("story");
    if (!o.contains("out") || (!story && (!o.contains("from") || !o.contains("to")))) {
        err << CommandHelp::usageLine(command);
        return 2;
    }
    // A story sets the dates, the camera and each scene's length.
    for (const char *name : {"from", "to", "region", "bbox", "duration", "days-per-second"}) {
        if (story && o.contains(name)) {
            err << QStringLiteral("--%1 does not apply to --story (its scenes set the dates, the camera and their lengths)\n").arg(name);
            return 2;
        }
    }
    VideoOptions v;
    QString error;
    v.outPath = o.value("out");
    for (const auto &[name, date] : {std::make_pair(QStringLiteral("from"), &v.from), std::make_pair(QStringLiteral("to"), &v.to)}) {
        if (!story && !CommandLine::parseDate(o.value(name), date, &error)) {
            err << error << '\n';
            return 2;
        }
    }
    if (o.contains("format") ? !VideoOptions::formatFromName(o.value("format"), &v.format)
                             : !VideoOptions::formatFromPath(v.outPath, &v.format)) {
        err << (o.contains("format") ? QStringLiteral("unknown format '%1' (expected mp4, webm, gif or png-seq)").arg(o.value("format"))
                                     : QStringLiteral("unknown format for '%1' (expected a .mp4, .webm or .gif file, or --format)").arg(v.outPath))
            << '\n';
        return 2;
    }
    if (o.contains("region") && o.contains("bbox")) {
        err << "give --region or --bbox, not both\n";
        return 2;
    }
    if (o.contains("duration") && o.contains("days-per-second")) {
        err << "give --duration or --days-per-second, not both\n";
        return 2;
    }
    double daysPerSecond = 0;
    if (!optional(o, "size", &v.size, parseVideoSize, "WxH in pixels, or 720p, 1080p, 4k", err)
        || !optional(o, "fps", &v.fps, parseFps, "24, 25, 30 or 60", err)
        || !optional(o, "duration", &v.durationS, parseSeconds, "seconds", err)
        || !optional(o, "days-per-second", &daysPerSecond, parsePositive, "days, more than 0", err)
        || !optional(o, "hold", story ? &v.sceneHoldS : &v.holdS, parseSeconds, "seconds", err)
        || !optional(o, "bbox", &v.lonLatBox, parseLonLatBox, "MINLON,MINLAT,MAXLON,MAXLAT in degrees, min < max", err))
        return 2;
    if (daysPerSecond > 0) {
        v.durationS = v.durationForDaysPerSecond(daysPerSecond);
        if (v.durationS > VideoOptions::kMaxDurationS) {
            err << QStringLiteral("--days-per-second %1 makes %2 to %3 last %4 s (at most %5)\n")
                       .arg(o.value("days-per-second"), v.from.toString(Qt::ISODate), v.to.toString(Qt::ISODate))
                       .arg(std::ceil(v.durationS)).arg(VideoOptions::kMaxDurationS);
            return 2;
        }
    }
    if (o.contains("region") && !parseRegion(o.value("region"), &v.lonLatBox)) {
        err << QStringLiteral("unknown region '%1' (expected %2)\n").arg(o.value("region"), regionNames());
        return 2;
    }
    v.language = o.value("lang", "vi");
    if (o.contains("theme") && !MapStyle::themeFromName(o.value("theme"), &v.theme)) {
        err << QStringLiteral("unknown theme '%1' (expected light or dark)").arg(o.value("theme")) << '\n';
        return 2;
    }
    v.bare = o.contains("bare");
    if (story) // checked with the story's first scene in place of the range (the story needs the data)
        v.story.scenes = {StoryScene()};
    if (!VideoExporter::validate(v, &error)) {
        err << error << '\n';
        return 2;
    }

    const DataSet data = DataSet::load(CommandLine::dataPaths(o), DataSet::Boundaries | DataSet::Relations); // frames draw outlines: no triangles
    for (const QString &e : data.errors + data.warnings)
        err << e << '\n';
    if (!data.errors.isEmpty())
        return 1;
    if (story) {
        if (!BuiltinStories::resolve(o.value("story"), data, &v.story, &error)) {
            err << error << '\n';
            return 2;
        }
        if (v.story.scenes.isEmpty()) {
            err << QStringLiteral("story '%1' has no scenes\n").arg(o.value("story"));
            return 2;
        }
        if (!VideoExporter::validate(v, &error)) {
            err << error << '\n';
            return 2;
        }
    }
    if (!v.bare && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << "export-video draws text and needs a QGuiApplication (use --bare for the map alone)\n";
        return 1;
    }
    ProgressBar bar;
    VideoStats stats;
    if (!VideoExporter::write(data, v, &error, [&bar](double done) { return bar.update(done); }, &stats)) {
        err << error << '\n';
        return 1;
    }
    out << QStringLiteral("wrote %1 (%2x%3, %4 frames at %5 fps) in %6 s")
               .arg(v.outPath).arg(v.size.width()).arg(v.size.height()).arg(stats.frames).arg(v.fps)
               .arg(stats.totalS, 0, 'f', 1)
        << '\n';
    return 0;
}
