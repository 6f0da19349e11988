#include "snapshotexporter.h"

#include "checkedwrite.h"
#include "filecheck.h"
#include "maprenderer.h"
#include "pngbandwriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <memory>

namespace {

constexpr int kPdfDpi = 300;
constexpr int kDetailAbovePx = 2500;  // longest side above which PNGs use the 10m boundaries

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
        *error = CheckedWrite::cannotWrite(options.outPath, file.errorString());
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
        ok = PngBandWriter::write(*boundaries, data.timeline, data.hub, size, ro, &file, error, progress);
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
    if (ok && options.format != SnapshotOptions::Format::Png && !CheckedWrite::writeAll(&file, vector.data(), error))
        ok = false;
    errno = 0;
    if (ok && !file.flush()) {
        *error = CheckedWrite::errorFor(&file);
        ok = false;
    }
    if (!ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cancelled");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = CheckedWrite::cannotWrite(options.outPath, file.errorString());
        return false;
    }
    return true;
}
