#include "pngbandwriter.h"

#include "checkedwrite.h"
#include "pngrunencoder.h"

#include <QPainter>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <deque>
#include <future>
#include <memory>

namespace {

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
    bool ok = true;
    bool first = false; // the first band: the zlib header goes before it
    QString error;
};

} // namespace

bool PngBandWriter::write(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub, const QSize &size,
                          const MapRenderer::Options &options, QIODevice *out, QString *error,
                          const std::function<bool(double)> &progress)
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    const qint64 rowBytes = qint64(size.width()) * 4;
    const int bandRows = int(std::clamp<qint64>(std::min<qint64>(kBandBytes / rowBytes, (size.height() + 2 * threads - 1) / (2 * threads)),
                                                16, size.height()));
    const int bands = (size.height() + bandRows - 1) / bandRows;

    std::vector<std::future<std::unique_ptr<MapRenderer>>> building;
    for (int i = 0; i < threads; ++i)
        building.push_back(std::async(std::launch::async, [&] {
            return std::make_unique<MapRenderer>(boundaries, timeline, hub, size, options);
        }));
    std::vector<std::unique_ptr<MapRenderer>> renderers;
    for (auto &f : building)
        renderers.push_back(f.get());

    QByteArray header("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(size.width()), ihdr.data());
    qToBigEndian<quint32>(quint32(size.height()), ihdr.data() + 4);
    ihdr[8] = 8; // bits per channel
    ihdr[9] = 2; // RGB
    header += pngChunk("IHDR", ihdr);
    if (!CheckedWrite::writeAll(out, header, error))
        return false;

    // Band b is drawn by renderer b % threads into that slot's image: band b + threads starts
    // only once band b is written, so each slot's image is reused, never shared.
    std::vector<QImage> images(static_cast<size_t>(threads));
    auto renderBand = [&](int b) {
        const int top = b * bandRows;
        const int rows = std::min(bandRows, size.height() - top);
        QImage &band = images[size_t(b % threads)];
        if (band.isNull())
            band = QImage(size.width(), bandRows, QImage::Format_RGB32);
        Segment seg;
        if (band.isNull()) {
            seg.ok = false;
            seg.error = QStringLiteral("not enough memory for a %1x%2 band").arg(size.width()).arg(bandRows);
            return seg;
        }
        {
            QPainter painter(&band);
            painter.translate(0, -top);
            renderers[size_t(b % threads)]->paint(&painter, QRect(0, top, size.width(), rows));
        }
        seg.png = PngRunEncoder::encode(band, rows, b == bands - 1);
        return seg;
    };

    uLong adler = 1;
    std::deque<std::future<Segment>> inFlight;
    bool ok = true;
    auto writeNext = [&](bool last) {
        Segment seg = inFlight.front().get();
        inFlight.pop_front();
        if (!ok)
            return;
        if (!seg.ok) {
            *error = seg.error;
            ok = false;
            return;
        }
        const bool first = seg.first;
        adler = adler32_combine(adler, seg.png.adler, z_off_t(seg.png.length));
        QByteArray data;
        if (first)
            data = QByteArray("\x78\x01", 2); // zlib header: deflate, 32K window, fastest
        data += seg.png.deflated;
        if (last) {
            uchar be[4];
            qToBigEndian<quint32>(quint32(adler), be);
            data.append(reinterpret_cast<const char *>(be), 4);
        }
        if (!CheckedWrite::writeAll(out, pngChunk("IDAT", data), error))
            ok = false;
    };
    for (int b = 0; b < bands && ok; ++b) {
        if (int(inFlight.size()) == threads) {
            writeNext(false);
            if (ok && progress && !progress(double(b - threads) / bands))
                ok = false;
            if (!ok)
                break;
        }
        inFlight.push_back(std::async(std::launch::async, [&, b] {
            Segment seg = renderBand(b);
            seg.first = b == 0;
            return seg;
        }));
    }
    while (!inFlight.empty())
        writeNext(inFlight.size() == 1);
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cancelled");
        return false;
    }
    return CheckedWrite::writeAll(out, pngChunk("IEND", QByteArray()), error);
}