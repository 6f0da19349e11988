#pragma once
// The export tests' tools: a program run to its end (exit status, stdout, stderr without Qt's
// QStandardPaths chatter), a small video's options and a video stream as ffprobe reads it
// (Debian package ffmpeg).
#include "videoexporter.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

struct Tool {
    int exitCode = -1;
    QString out, err;
};

inline Tool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    Tool t;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    QStringList lines = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); }),
                lines.end());
    t.err = lines.join(QLatin1Char('\n'));
    return t;
}

inline QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    INFO(name << " (Debian package ffmpeg) is needed by the video tests");
    REQUIRE(!path.isEmpty());
    return path;
}

// A video of 320x180 at 24 fps, the map alone.
inline VideoOptions smallVideo(const QString &out, VideoOptions::Format format)
{
    VideoOptions o;
    o.format = format;
    o.outPath = out;
    o.size = QSize(320, 180);
    o.fps = 24;
    o.bare = true;
    return o;
}

// The video stream as ffprobe reads it (every frame decoded and counted).
inline QMap<QString, QString> probe(const QString &path)
{
    const Tool t = run(tool("ffprobe"), {"-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
                                         "stream=codec_name,width,height,r_frame_rate,pix_fmt,nb_read_frames:format=duration",
                                         "-of", "default=noprint_wrappers=1", path});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    QMap<QString, QString> values;
    for (const QString &line : t.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    return values;
}
