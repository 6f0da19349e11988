#pragma once
// Writes a date range played as on screen (timelineplayback.h), or a story's scenes in turn
// (storytimeline.h: each scene's camera move, date animation, hold and caption), as an MP4 (H.264, yuv420p,
// faststart), a WebM (VP9), a GIF or a numbered PNG sequence, headless: frames are painted by
// MapRenderer on several threads (one renderer each over the shared data), a bounded number
// in flight, and encoded in order through FFmpeg's libraries (videoencoder.h). The output is
// written beside the target and renamed onto it when complete (stagedoutput.h): an error or a
// cancel leaves no file and an existing one as it was. See docs/EXPORT.md.
#include "dataset.h"
#include "mapstyle.h"
#include "storytimeline.h"
#include "timelineplayback.h"

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

struct VideoOptions {
    enum class Format { Mp4, WebM, Gif, PngSequence };
    Format format = Format::Mp4;
    QString outPath;         // a file; for a PNG sequence a folder of frame-00000.png, …
    QSize size{1920, 1080};
    int fps = 30;
    double durationS = 10;   // the dates advancing from `from` to `to`
    double holdS = 1;        // on `from` before that, and on `to` after
    QDate from, to;
    QString language = QStringLiteral("vi");
    MapStyle::Theme theme = MapStyle::Theme::Light;
    QRectF lonLatBox;        // null = the "world" region
    bool bare = false;
    int threads = 0;         // painting threads; 0 = one per core (at most 8)
    // A story instead of a date range: its scenes set the dates, the camera and the captions
    // (from, to, durationS, holdS and lonLatBox do not apply).
    Story story;
    double sceneHoldS = StoryTimeline::kHoldMs / 1000; // each story scene's hold on its date
    double moveS = StoryTimeline::kMoveMs / 1000;      // the camera's move to each next scene
    bool isStory() const { return !story.scenes.isEmpty(); }

    static bool formatFromName(const QString &name, Format *format); // mp4|webm|gif|png-seq
    static bool formatFromPath(const QString &path, Format *format); // .mp4, .webm, .gif
    static QString formatName(Format format);
    static constexpr int kMinWidth = 320, kMinHeight = 180, kMaxWidth = 3840, kMaxHeight = 2160;
    static constexpr double kMaxDurationS = 600, kMaxHoldS = 60, kMaxStoryS = 3600;
    static bool fpsSupported(int fps); // 24, 25, 30, 60

    DatePlayback playback() const;
    // The duration at which the dates advance `days` a second from `from` to `to` (the CLI's
    // --days-per-second and the dialog's choice); 0 when `days` is not more than 0.
    double durationForDaysPerSecond(double days) const;
    int frameCount() const; // (duration + 2 holds) × fps, rounded; a story's: StoryTimeline::frameCount
};

// Where the time goes: CPU seconds summed over the painting threads for the frame's scene
// (date, colours, labels, card), its painting and its colour conversion (or PNG file);
// seconds on the calling thread for setup and for handing frames to the encoder and
// finishing the file (the encoder's own threads work meanwhile); wall-clock seconds in all.
struct VideoStats {
    int frames = 0;
    double setupS = 0, sceneS = 0, renderS = 0, convertS = 0, encodeS = 0, totalS = 0;
};

namespace VideoExporter {
// Checks the options; an error names the value.
bool validate(const VideoOptions &options, QString *error);
// Validates, renders and writes. progress(0..1) is called on the calling thread after each
// frame; returning false cancels (error "cancelled"). Needs a QGuiApplication unless bare.
bool write(const DataSet &data, const VideoOptions &options, QString *error,
           const std::function<bool(double)> &progress = {}, VideoStats *stats = nullptr);
} // namespace VideoExporter
