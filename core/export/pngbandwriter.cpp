#include "pngbandwriter.h"

#include "checkedwrite.h"
#include "pngrunencoder.h"

#include <QPainter>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace {

constexpr int kMaxThreads = 4;
constexpr qint64 kBandBytes = 16 << 20; // at most one band of a PNG render per thread

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    chunk.reserve(data.size() + 12);
    uchar be[4];
    qToBigEndian<quint32>(quint32(data.size()), be);
    chunk.append(reinterpret_cast<const char *>(be), 4);
    chunk.append(type, 4);
    chunk.append(data);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    qToBigEndian<quint32>(quint32(crc), be);
    chunk.append(reinterpret_cast<const char *>(be), 4);
    return chunk;
}

struct Segment {
    PngSegment png;
    QString error; // empty: the band is deflated
};

QByteArray pngHeader(const QSize &size)
{
    QByteArray header("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(size.width()), ihdr.data());
    qToBigEndian<quint32>(quint32(size.height()), ihdr.data() + 4);
    ihdr[8] = 8; // bits per channel
    ihdr[9] = 2; // RGB
    return header + pngChunk("IHDR", ihdr);
}

// The zlib stream's pieces: its header before the first segment, the Adler-32 after the last.
QByteArray zlibHeader()
{
    return QByteArray("\x78\x01", 2); // deflate, 32K window, fastest
}

QByteArray zlibTrailer(uLong adler)
{
    uchar be[4];
    qToBigEndian<quint32>(quint32(adler), be);
    return QByteArray(reinterpret_cast<const char *>(be), 4);
}

} // namespace

QByteArray PngBandWriter::encode(const QImage &image)
{
    const PngSegment seg = PngRunEncoder::encode(image, image.height(), true); // one segment: its sum is the stream's
    return pngHeader(image.size()) + pngChunk("IDAT", zlibHeader() + seg.deflated + zlibTrailer(seg.adler)) + pngChunk("IEND", QByteArray());
}

bool PngBandWriter::write(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub, const QSize &size,
                          const MapRenderer::Options &options, QIODevice *out, QString *error,
                          const std::function<bool(double)> &progress)
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, kMaxThreads);
    const qint64 rowBytes = qint64(size.width()) * 4;
    // Bands of at most kBandBytes, at least two per thread of the most the writer uses: the same
    // bands on every machine, so the same pixels whatever its number of cores.
    const int bandRows = int(std::clamp<qint64>(
        std::min<qint64>(kBandBytes / rowBytes, (size.height() + 2 * kMaxThreads - 1) / (2 * kMaxThreads)), 16, size.height()));
    const int bands = (size.height() + bandRows - 1) / bandRows;

    if (!CheckedWrite::writeAll(out, pngHeader(size), error))
        return false;

    // Workers take the next band as soon as they are free, each with its own renderer and band
    // image; they stay at most kLead bands ahead of the writer (this thread), which writes the
    // segments in order.
    const int kLead = 2 * threads;
    std::vector<std::promise<Segment>> results(static_cast<size_t>(bands));
    std::mutex mutex;
    std::condition_variable advanced;
    int nextBand = 0, written = 0;
    bool stop = false;
    auto work = [&] {
        std::unique_ptr<MapRenderer> renderer;
        QImage band;
        for (;;) {
            int b;
            {
                std::unique_lock<std::mutex> lock(mutex);
                advanced.wait(lock, [&] { return stop || nextBand < written + kLead; });
                if (stop || nextBand == bands)
                    return;
                b = nextBand++;
            }
            Segment seg;
            if (!renderer)
                renderer = std::make_unique<MapRenderer>(boundaries, timeline, hub, size, options);
            if (band.isNull())
                band = QImage(size.width(), bandRows, QImage::Format_RGB32);
            const int top = b * bandRows;
            const int rows = std::min(bandRows, size.height() - top);
            if (band.isNull()) {
                seg.error = QStringLiteral("not enough memory for a %1x%2 band").arg(size.width()).arg(bandRows);
            } else {
                {
                    QPainter painter(&band);
                    painter.translate(0, -top);
                    renderer->paint(&painter, QRect(0, top, size.width(), rows));
                }
                seg.png = PngRunEncoder::encode(band, rows, b == bands - 1);
            }
            results[size_t(b)].set_value(std::move(seg));
        }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < std::min(threads, bands); ++i)
        workers.emplace_back(work);

    uLong adler = 1;
    bool ok = true;
    for (int b = 0; b < bands && ok; ++b) {
        const Segment seg = results[size_t(b)].get_future().get();
        {
            std::lock_guard<std::mutex> lock(mutex);
            ++written;
        }
        advanced.notify_all();
        if (!seg.error.isEmpty()) {
            *error = seg.error;
            ok = false;
            break;
        }
        adler = adler32_combine(adler, seg.png.adler, z_off_t(seg.png.length));
        const QByteArray data = (b == 0 ? zlibHeader() : QByteArray()) + seg.png.deflated
                                + (b == bands - 1 ? zlibTrailer(adler) : QByteArray());
        ok = CheckedWrite::writeAll(out, pngChunk("IDAT", data), error);
        if (ok && b < bands - 1 && progress && !progress(double(b + 1) / bands))
            ok = false;
    }
    {
        std::lock_guard<std::mutex> lock(mutex);
        stop = true;
    }
    advanced.notify_all();
    for (std::thread &t : workers)
        t.join();
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cancelled");
        return false;
    }
    return CheckedWrite::writeAll(out, pngChunk("IEND", QByteArray()), error);
}
