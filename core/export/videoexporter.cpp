#include "videoexporter.h"

#include "checkedwrite.h"
#include "frameplan.h"
#include "maprenderer.h"
#include "pngbandwriter.h"
#include "stagedoutput.h"
#include "videoencoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using videoencoder::Codec;

Codec codecFor(VideoOptions::Format format)
{
    return format == VideoOptions::Format::WebM ? Codec::Vp9 : format == VideoOptions::Format::Gif ? Codec::Gif : Codec::H264;
}

QString frameFileName(int index)
{
    return QStringLiteral("frame-%1.png").arg(index, 5, 10, QLatin1Char('0'));
}

// Writes one frame of a PNG sequence (the still export's encoder); an error names the file
// and the reason.
QString writePng(const QImage &image, const QString &path)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CheckedWrite::cannotWrite(path, file.errorString());
    CheckedWrite::writeAll(&file, PngBandWriter::encode(image), &error);
    return error;
}

// What a painting thread hands over for frame i: an encoder frame, or (PNG sequence) nothing
// but the file it wrote.
struct Done {
    videoencoder::Frame frame;
    QString error;
};

// The frames in flight between the painting threads and the writer, in order.
class FrameQueue
{
public:
    FrameQueue(int frames, int maxInFlight) : m_frames(frames), m_maxInFlight(maxInFlight) {}

    // The next frame to paint, or -1 when there is none (all taken, or stopped).
    int take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_next >= m_frames || m_next < m_written + m_maxInFlight; });
        return m_stop || m_next >= m_frames ? -1 : m_next++;
    }
    void put(int index, Done done)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done[index] = std::move(done);
        m_changed.notify_all();
    }
    // Waits for frame `index` (the writer's next), or returns false when stopped.
    bool next(int index, Done *done)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_done.count(index); });
        if (m_stop)
            return false;
        *done = std::move(m_done[index]);
        m_done.erase(index);
        m_written = index + 1;
        m_changed.notify_all();
        return true;
    }
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const int m_frames, m_maxInFlight;
    int m_next = 0, m_written = 0;
    bool m_stop = false;
    std::map<int, Done> m_done;
};

double secondsSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// CPU time of the calling thread: what a stage costs whatever else the machine runs.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

} // namespace

bool VideoOptions::formatFromName(const QString &name, Format *format)
{
    for (const Format f : {Format::Mp4, Format::WebM, Format::Gif, Format::PngSequence}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

bool VideoOptions::formatFromPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(QLatin1String("png-seq"), Qt::CaseInsensitive) != 0 && formatFromName(suffix, format);
}

QString VideoOptions::formatName(Format format)
{
    switch (format) {
    case Format::Mp4: return QStringLiteral("mp4");
    case Format::WebM: return QStringLiteral("webm");
    case Format::Gif: return QStringLiteral("gif");
    case Format::PngSequence: return QStringLiteral("png-seq");
    }
    return {};
}

bool VideoOptions::fpsSupported(int fps)
{
    return fps == 24 || fps == 25 || fps == 30 || fps == 60;
}

DatePlayback VideoOptions::playback() const
{
    DatePlayback p;
    p.from = from;
    p.to = to;
    p.playMs = durationS * 1000;
    p.holdMs = holdS * 1000;
    return p;
}

double VideoOptions::durationForDaysPerSecond(double days) const
{
    return days > 0 && std::isfinite(days) ? from.daysTo(to) / days : 0;
}

int VideoOptions::frameCount() const
{
    if (isStory())
        return StoryTimeline(story, {}, fps, moveS * 1000, sceneHoldS * 1000).frameCount();
    return int(std::lround((durationS + 2 * holdS) * fps));
}

bool VideoExporter::validate(const VideoOptions &o, QString *error)
{
    if (o.outPath.isEmpty()) {
        *error = QStringLiteral("no output file given");
    } else if (!o.isStory() && (!o.from.isValid() || !o.to.isValid())) {
        *error = QStringLiteral("invalid date");
    } else if (!o.isStory() && o.to <= o.from) {
        *error = QStringLiteral("invalid range %1 to %2 (--to must come after --from)")
                     .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate));
    } else if (o.size.width() < VideoOptions::kMinWidth || o.size.height() < VideoOptions::kMinHeight
               || o.size.width() > VideoOptions::kMaxWidth || o.size.height() > VideoOptions::kMaxHeight) {
        *error = QStringLiteral("size %1x%2 is out of range (%3x%4 to %5x%6 pixels)")
                     .arg(o.size.width()).arg(o.size.height()).arg(VideoOptions::kMinWidth).arg(VideoOptions::kMinHeight)
                     .arg(VideoOptions::kMaxWidth).arg(VideoOptions::kMaxHeight);
    } else if ((o.format == VideoOptions::Format::Mp4 || o.format == VideoOptions::Format::WebM)
               && (o.size.width() % 2 || o.size.height() % 2)) {
        *error = QStringLiteral("size %1x%2 is odd (%3 video needs an even width and height)")
                     .arg(o.size.width()).arg(o.size.height()).arg(VideoOptions::formatName(o.format));
    } else if (!VideoOptions::fpsSupported(o.fps)) {
        *error = QStringLiteral("unsupported frame rate %1 (expected 24, 25, 30 or 60)").arg(o.fps);
    } else if (o.isStory() && (!(o.sceneHoldS > 0) || o.sceneHoldS > VideoOptions::kMaxHoldS)) {
        *error = QStringLiteral("invalid hold %1 (expected seconds, more than 0 and at most %2)").arg(o.sceneHoldS).arg(VideoOptions::kMaxHoldS);
    } else if (o.isStory() && !(o.moveS >= 0 && o.moveS <= VideoOptions::kMaxHoldS)) {
        *error = QStringLiteral("invalid camera move %1 (expected seconds from 0 to %2)").arg(o.moveS).arg(VideoOptions::kMaxHoldS);
    } else if (o.isStory() && o.frameCount() > VideoOptions::kMaxStoryS * o.fps) {
        *error = QStringLiteral("the story lasts %1 s (at most %2)").arg(std::ceil(double(o.frameCount()) / o.fps)).arg(VideoOptions::kMaxStoryS);
    } else if (!o.isStory() && (!(o.durationS > 0) || o.durationS > VideoOptions::kMaxDurationS)) {
        *error = QStringLiteral("invalid duration %1 (expected seconds, more than 0 and at most %2)").arg(o.durationS).arg(VideoOptions::kMaxDurationS);
    } else if (!o.isStory() && (!(o.holdS >= 0) || o.holdS > VideoOptions::kMaxHoldS)) {
        *error = QStringLiteral("invalid hold %1 (expected seconds from 0 to %2)").arg(o.holdS).arg(VideoOptions::kMaxHoldS);
    } else if (o.language != QLatin1String("vi") && o.language != QLatin1String("en")) {
        *error = QStringLiteral("unknown language '%1' (expected vi or en)").arg(o.language);
    } else {
        return true;
    }
    return false;
}

bool VideoExporter::write(const DataSet &data, const VideoOptions &options, QString *error,
                          const std::function<bool(double)> &progress, VideoStats *stats)
{
    QString scratch;
    if (!error)
        error = &scratch;
    error->clear();
    VideoStats local;
    if (!stats)
        stats = &local;
    *stats = VideoStats();
    QElapsedTimer total;
    total.start();
    if (!validate(options, error))
        return false;
    if (!data.errors.isEmpty() || data.boundaries.countries.isEmpty()) {
        *error = data.errors.isEmpty() ? QStringLiteral("no boundaries loaded") : data.errors.first();
        return false;
    }
#ifdef __GLIBC__
    // Frames (up to 33 MB each) are allocated and freed all the time, on several threads. By
    // default glibc raises its mmap threshold to the largest block freed, after which such
    // blocks come from the threads' heaps and stay there: a fixed 1 MB threshold returns every
    // frame to the system when it is freed (4K: 387 → 320 MB peak for a 4 s MP4).
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    const bool sequence = options.format == VideoOptions::Format::PngSequence;
    StagedOutput output;
    if (!output.open(options.outPath, sequence ? StagedOutput::Kind::Folder : StagedOutput::Kind::File, error))
        return false;

    const int frames = options.frameCount();
    const FramePlan plan(data, options);
    MapRenderer::Options ro;
    ro.language = options.language;
    ro.theme = options.theme;
    ro.lonLatBox = options.lonLatBox;
    ro.bare = options.bare;
    // A painting thread's renderer. setFrame brings it to frame `index` (a new renderer for
    // another view, else the same one's date and fills) and returns the output pixels that may
    // differ from its last frame: all of them for a new one.
    struct Painter {
        std::unique_ptr<MapRenderer> renderer;
        int view = 0;
    };
    auto setFrame = [&](Painter &p, int index) {
        FrameSpec f = plan.at(index);
        if (p.renderer && p.view == f.view)
            return p.renderer->setFrame(f.date, f.fills);
        MapRenderer::Options o = ro;
        o.date = f.date;
        o.fills = std::move(f.fills);
        o.camera = f.camera;
        o.caption = f.caption;
        o.counter = f.counter;
        p.renderer = std::make_unique<MapRenderer>(data.boundaries, data.timeline, data.hub, options.size, o);
        p.view = f.view;
        return QRect(QPoint(0, 0), options.size);
    };
    auto paintFrame = [&](Painter &p, int index, QImage *image) {
        setFrame(p, index);
        QPainter painter(image);
        p.renderer->paint(&painter);
    };

    // A GIF's one palette: the colours of the first, middle and last frames.
    const Codec codec = codecFor(options.format);
    QVector<QRgb> palette;
    if (codec == Codec::Gif && !sequence) {
        Painter p;
        QVector<QImage> samples;
        for (const int i : {0, frames / 2, frames - 1}) {
            QImage image(options.size, QImage::Format_RGB32);
            paintFrame(p, i, &image);
            samples << image;
        }
        palette = videoencoder::paletteFor(samples);
    }
    videoencoder::Encoder encoder;
    if (!sequence && !encoder.open(output.path(), codec, options.size, options.fps, error)) {
        error->replace(output.path(), options.outPath);
        return false;
    }
    stats->setupS = secondsSince(total);

    // Painting threads, each with its own renderer and converter; at most two frames per
    // thread wait for the writer (one above 1080p, where a frame is 12 MB), so memory does not
    // grow with the length.
    const int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 8);
    const bool large = qint64(options.size.width()) * options.size.height() > 1920 * 1080;
    FrameQueue queue(frames, (large ? 1 : 2) * threads);
    std::mutex statsMutex;
    std::vector<std::thread> painters;
    for (int w = 0; w < threads; ++w) {
        painters.emplace_back([&] {
            Painter p;
            videoencoder::Converter converter(codec, options.size, palette);
            QImage image(options.size, QImage::Format_RGB32);
            double sceneS = 0, renderS = 0, convertS = 0;
            for (int i = queue.take(); i >= 0; i = queue.take()) {
                const double start = threadCpuSeconds();
                // Only what differs from this thread's previous frame is painted again.
                const QRect changed = setFrame(p, i);
                const double placed = threadCpuSeconds();
                if (!changed.isEmpty()) {
                    QPainter painter(&image);
                    painter.setClipRect(changed);
                    p.renderer->paint(&painter, changed);
                }
                const double painted = threadCpuSeconds();
                sceneS += placed - start;
                renderS += painted - placed;
                Done done;
                if (sequence) {
                    done.error = writePng(image, QDir(output.path()).filePath(frameFileName(i)));
                    done.error.replace(output.path(), options.outPath);
                } else {
                    done.frame = converter.convert(image, &done.error);
                }
                convertS += threadCpuSeconds() - painted;
                queue.put(i, std::move(done));
            }
            std::lock_guard<std::mutex> lock(statsMutex);
            stats->sceneS += sceneS;
            stats->renderS += renderS;
            stats->convertS += convertS;
        });
    }

    bool ok = true;
    for (int i = 0; i < frames && ok; ++i) {
        Done done;
        if (!queue.next(i, &done))
            break;
        QElapsedTimer timer;
        timer.start();
        if (!done.error.isEmpty()) {
            *error = done.error;
            ok = false;
        } else if (!sequence && !encoder.write(std::move(done.frame), error)) {
            ok = false;
        }
        stats->encodeS += secondsSince(timer);
        if (ok && progress && !progress(double(i + 1) / frames)) {
            *error = QStringLiteral("cancelled");
            ok = false;
        }
        stats->frames = i + 1;
    }
    queue.stop();
    for (std::thread &t : painters)
        t.join();
    if (ok && !sequence) {
        QElapsedTimer timer;
        timer.start();
        ok = encoder.finish(error);
        stats->encodeS += secondsSince(timer);
    }
    if (ok)
        ok = output.commit(error);
    if (!ok)
        error->replace(output.path(), options.outPath);
    stats->totalS = secondsSince(total);
    return ok; // `output` removes an uncommitted file
}
