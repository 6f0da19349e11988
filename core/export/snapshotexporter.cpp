#include "snapshotexporter.h"

#include "filecheck.h"
#include "maprenderer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <future>
#include <memory>

namespace {

constexpr int kPdfDpi = 300;
constexpr int kDetailAbovePx = 2500;  // longest side above which PNGs use the 10m boundaries
constexpr qint64 kBandBytes = 16 << 20; // at most one band of a PNG render per thread

QString formatName(SnapshotOptions::Format f)
{
    switch (f) {
    case SnapshotOptions::Format::Png: return QStringLiteral("png");
    case SnapshotOptions::Format::Svg: return QStringLiteral("svg");
    case SnapshotOptions::Format::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

// ---- Boundaries: the caller's, or the 10m set loaded once and kept for later exports.

struct DetailCache {
    QMutex mutex;
    QString path;
    std::shared_ptr<const BoundarySet> set;
};

DetailCache &detailCache()
{
    static DetailCache cache;
    return cache;
}

std::shared_ptr<const BoundarySet> loadBoundaries(const QString &path, QString *error)
{
    DetailCache &cache = detailCache();
    QMutexLocker lock(&cache.mutex);
    if (cache.set && cache.path == path)
        return cache.set;
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = path;
    DataSet loaded = DataSet::load(paths, DataSet::Boundaries);
    if (!loaded.errors.isEmpty()) {
        *error = loaded.errors.first();
        return {};
    }
    cache.path = path;
    cache.set = std::make_shared<const BoundarySet>(std::move(loaded.boundaries));
    return cache.set;
}

// ---- Writing: every byte is checked. QFileDevice keeps no errno ("Unknown error"): a failed
// write is reported with the system's reason ("No space left on device"), read right after it.

QString writeError(QIODevice *out)
{
    const int code = errno;
    const auto *file = qobject_cast<QFileDevice *>(out);
    return QStringLiteral("cannot write '%1': %2")
        .arg(file ? file->fileName() : QString(), code ? QString::fromLocal8Bit(std::strerror(code)) : out->errorString());
}

bool writeAll(QIODevice *out, const QByteArray &bytes, QString *error)
{
    errno = 0;
    if (out->write(bytes) == bytes.size())
        return true;
    *error = writeError(out);
    return false;
}

// ---- PNG: written band by band. Each band is filtered (Sub) and deflated as its own
// segment of one zlib stream (ended with a sync flush, as pigz does), on a second thread
// while the next band renders; the segments' Adler-32 sums are combined at the end.

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
    QByteArray deflated;
    uLong adler = 1;
    qint64 length = 0; // bytes before compression
    bool ok = true;
    bool first = false; // the first band: the zlib header goes before it
    QString error;
};

// Filters `rows` rows of an RGB32 image and deflates them (raw deflate, level 1).
Segment deflateBand(const QImage &band, int rows, bool last)
{
    Segment seg;
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 9, Z_RLE) != Z_OK) {
        seg.ok = false;
        seg.error = QStringLiteral("PNG compression failed");
        return seg;
    }
    const int w = band.width();
    const int rowBytes = 1 + 3 * w;
    const int chunkRows = std::max(1, (1 << 20) / rowBytes);
    QByteArray filtered(chunkRows * rowBytes, Qt::Uninitialized);
    QByteArray out(int(deflateBound(&z, uLong(filtered.size()))) + 64, Qt::Uninitialized);
    for (int y0 = 0; y0 < rows; y0 += chunkRows) {
        const int n = std::min(chunkRows, rows - y0);
        for (int r = 0; r < n; ++r) {
            const QRgb *src = reinterpret_cast<const QRgb *>(band.constScanLine(y0 + r));
            uchar *dst = reinterpret_cast<uchar *>(filtered.data()) + r * rowBytes;
            *dst++ = 1; // Sub: each byte minus the same byte of the pixel on its left
            int pr = 0, pg = 0, pb = 0;
            for (int x = 0; x < w; ++x) {
                const QRgb c = src[x];
                const int cr = qRed(c), cg = qGreen(c), cb = qBlue(c);
                dst[0] = uchar(cr - pr);
                dst[1] = uchar(cg - pg);
                dst[2] = uchar(cb - pb);
                dst += 3;
                pr = cr, pg = cg, pb = cb;
            }
        }
        const uInt len = uInt(n * rowBytes);
        seg.adler = adler32(seg.adler, reinterpret_cast<const Bytef *>(filtered.constData()), len);
        seg.length += len;
        const bool final = y0 + n >= rows;
        z.next_in = reinterpret_cast<Bytef *>(filtered.data());
        z.avail_in = len;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = deflate(&z, final ? (last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR) {
                seg.ok = false;
                seg.error = QStringLiteral("PNG compression failed");
                deflateEnd(&z);
                return seg;
            }
            seg.deflated.append(out.constData(), int(out.size() - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return seg;
}

// Renders and compresses bands on up to four threads, each with its own MapRenderer (no
// painter data is shared between threads), while this thread writes the segments in order.
// Memory: one band image and one compression buffer per thread, whatever the output size.
bool writePng(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub, const QSize &size,
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
    if (!writeAll(out, header, error))
        return false;

    auto renderBand = [&](int b) {
        const int top = b * bandRows;
        const int rows = std::min(bandRows, size.height() - top);
        QImage band(size.width(), rows, QImage::Format_RGB32);
        if (band.isNull()) {
            Segment failed;
            failed.ok = false;
            failed.error = QStringLiteral("not enough memory for a %1x%2 band").arg(size.width()).arg(rows);
            return failed;
        }
        {
            QPainter painter(&band);
            painter.translate(0, -top);
            renderers[size_t(b % threads)]->paint(&painter, QRect(0, top, size.width(), rows));
        }
        return deflateBand(band, rows, b == bands - 1);
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
        adler = adler32_combine(adler, seg.adler, z_off_t(seg.length));
        QByteArray data;
        if (first)
            data = QByteArray("\x78\x01", 2); // zlib header: deflate, 32K window, fastest
        data += seg.deflated;
        if (last) {
            uchar be[4];
            qToBigEndian<quint32>(quint32(adler), be);
            data.append(reinterpret_cast<const char *>(be), 4);
        }
        if (!writeAll(out, pngChunk("IDAT", data), error))
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
    return writeAll(out, pngChunk("IEND", QByteArray()), error);
}

} // namespace

bool SnapshotOptions::formatFromName(const QString &name, Format *format)
{
    for (const Format f : {Format::Png, Format::Svg, Format::Pdf}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

bool SnapshotOptions::formatFromPath(const QString &path, Format *format)
{
    return formatFromName(QFileInfo(path).suffix(), format);
}

QSize SnapshotExporter::outputSize(const SnapshotOptions &options)
{
    if (options.format == SnapshotOptions::Format::Pdf && !options.pageSizeMm.isEmpty())
        return QSize(int(std::lround(options.pageSizeMm.width() / 25.4 * kPdfDpi)),
                     int(std::lround(options.pageSizeMm.height() / 25.4 * kPdfDpi)));
    return options.size;
}

bool SnapshotExporter::wantsDetail(const SnapshotOptions &options)
{
    const QSize size = outputSize(options);
    return options.format != SnapshotOptions::Format::Png || std::max(size.width(), size.height()) > kDetailAbovePx;
}

bool SnapshotExporter::validate(const SnapshotOptions &options, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QSize size = outputSize(options);
    if (options.outPath.isEmpty()) {
        *error = QStringLiteral("no output file given");
        return false;
    }
    if (size.width() < SnapshotOptions::kMinWidth || size.height() < SnapshotOptions::kMinHeight
        || size.width() > SnapshotOptions::kMaxSide || size.height() > SnapshotOptions::kMaxSide) {
        *error = QStringLiteral("size %1x%2 is out of range (%3x%4 to %5x%5 pixels)")
                     .arg(size.width()).arg(size.height())
                     .arg(SnapshotOptions::kMinWidth).arg(SnapshotOptions::kMinHeight).arg(SnapshotOptions::kMaxSide);
        return false;
    }
    if (!options.date.isValid()) {
        *error = QStringLiteral("invalid date");
        return false;
    }
    if (options.bare && options.chart) {
        *error = QStringLiteral("the chart belongs to a composed map: give --chart or --bare, not both");
        return false;
    }
    if (options.language != QLatin1String("vi") && options.language != QLatin1String("en")) {
        *error = QStringLiteral("unknown language '%1' (expected vi or en)").arg(options.language);
        return false;
    }
    const QRectF box = options.lonLatBox;
    if (!box.isNull() && (!(box.left() < box.right()) || !(box.top() < box.bottom()) || box.left() < -540 || box.right() > 540
                          || box.width() > 360 || box.top() < -90 || box.bottom() > 90)) {
        *error = QStringLiteral("invalid box %1,%2,%3,%4 (expected MINLON,MINLAT,MAXLON,MAXLAT, min < max, "
                                "latitudes within ±90, at most 360° of longitude)")
                     .arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom());
        return false;
    }
    return true;
}

bool SnapshotExporter::write(const DataSet &data, const SnapshotOptions &options, QString *error,
                             const std::function<bool(double)> &progress)
{
    QString scratch;
    if (!error)
        error = &scratch;
    error->clear();

    if (!validate(options, error))
        return false;
    if (!data.errors.isEmpty()) {
        *error = data.errors.first();
        return false;
    }

    const QSize size = outputSize(options);
    // The file first, so that an unwritable path fails before any work. Only a regular file
    // may be replaced: QSaveFile would rename over a FIFO or a device.
    if (!FileCheck::checkOutput(options.outPath, error))
        return false;
    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write '%1': %2").arg(options.outPath, file.errorString());
        return false;
    }

    // Boundaries: the bundled 10m set for large or vector output, unless the caller chose a file.
    std::shared_ptr<const BoundarySet> detail;
    const BoundarySet *boundaries = &data.boundaries;
    const QString bundled50 = geodataPath(QStringLiteral("countries-50m.json"));
    const QString bundled10 = DataPaths::detailedBoundaries();
    const bool callerChose = !data.boundaries.countries.isEmpty() && data.boundaries.source != bundled50;
    if (!callerChose) {
        const QString want = wantsDetail(options) ? bundled10 : bundled50;
        if (data.boundaries.countries.isEmpty() || data.boundaries.source != want) {
            detail = loadBoundaries(want, error);
            if (!detail)
                return false;
            boundaries = detail.get();
        }
    }
    if (progress && !progress(0.0)) {
        *error = QStringLiteral("cancelled");
        return false;
    }

    MapRenderer::Options ro;
    ro.date = options.date;
    ro.language = options.language;
    ro.theme = options.theme;
    ro.lonLatBox = options.lonLatBox;
    ro.bare = options.bare;
    ro.labels = options.labels;
    ro.chart = options.chart;
    // Vector output keeps more detail than a screen pixel shows: it is zoomed and printed.
    ro.tolerancePx = options.format == SnapshotOptions::Format::Png ? 0.5 : 0.1;

    // QSvgGenerator and QPdfWriter ignore write errors: they draw into memory, and the bytes
    // go to the file in one checked write.
    QBuffer vector;
    vector.open(QIODevice::WriteOnly);
    bool ok = false;
    switch (options.format) {
    case SnapshotOptions::Format::Png: {
        ok = writePng(*boundaries, data.timeline, data.hub, size, ro, &file, error, progress);
        break;
    }
    case SnapshotOptions::Format::Svg: {
        const MapRenderer renderer(*boundaries, data.timeline, data.hub, size, ro);
        QSvgGenerator svg;
        svg.setOutputDevice(&vector);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96); // width and height in CSS pixels
        svg.setTitle(MapRenderer::defaultTitle(options.date, options.language, data.hub));
        svg.setDescription(QStringLiteral("diplomap"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = QStringLiteral("cannot start SVG output for '%1'").arg(options.outPath);
            return false;
        }
        ok = renderer.paint(&painter, QRect(), progress);
        painter.end();
        break;
    }
    case SnapshotOptions::Format::Pdf: {
        QPdfWriter pdf(&vector);
        pdf.setResolution(kPdfDpi);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(size) / kPdfDpi * 25.4, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        pdf.setTitle(MapRenderer::defaultTitle(options.date, options.language, data.hub));
        pdf.setCreator(QStringLiteral("diplomap"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QStringLiteral("cannot start PDF output for '%1'").arg(options.outPath);
            return false;
        }
        const MapRenderer renderer(*boundaries, data.timeline, data.hub, QSize(pdf.width(), pdf.height()), ro);
        ok = renderer.paint(&painter, QRect(), progress);
        painter.end();
        break;
    }
    }
    if (ok && options.format != SnapshotOptions::Format::Png && !writeAll(&file, vector.data(), error))
        ok = false;
    errno = 0;
    if (ok && !file.flush()) {
        *error = writeError(&file);
        ok = false;
    }
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cancelled");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write '%1': %2").arg(options.outPath, file.errorString());
        return false;
    }
    return true;
}
