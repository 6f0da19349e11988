#include "stillratio.h"

#include "dataset.h"
#include "maprenderer.h"
#include "pngrunencoder.h"
#include "snapshotexporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>

namespace {

// CPU time of the calling thread, ms: a stage's cost whatever else the machine runs.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace

int stillStagesOnce(const QString &sizeText)
{
    const QSize size(sizeText.section(QLatin1Char('x'), 0, 0).toInt(), sizeText.section(QLatin1Char('x'), 1, 1).toInt());
    double t = cpuMs();
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = DataPaths::detailedBoundaries();
    const DataSet data = DataSet::load(paths, DataSet::Boundaries | DataSet::Relations); // as an export loads: no triangles
    const double loadMs = cpuMs() - t;

    MapRenderer::Options ro;
    ro.date = QDate(2025, 12, 31);
    ro.bare = true;
    t = cpuMs();
    const MapRenderer bare(data.boundaries, data.timeline, data.hub, size, ro);
    const double layoutMs = cpuMs() - t;
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white); // its pages touched before the timing
    t = cpuMs();
    {
        QPainter painter(&image);
        bare.paint(&painter);
    }
    const double fillStrokeMs = cpuMs() - t;
    ro.bare = false;
    t = cpuMs();
    const MapRenderer composed(data.boundaries, data.timeline, data.hub, size, ro);
    const double composedLayoutMs = cpuMs() - t;
    t = cpuMs();
    {
        QPainter painter(&image);
        composed.paint(&painter);
    }
    const double composedPaintMs = cpuMs() - t;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(80); // Qt: zlib level 1
    t = cpuMs();
    writer.write(image.convertToFormat(QImage::Format_RGB888));
    const double libpngMs = cpuMs() - t;
    t = cpuMs();
    const PngSegment ours = PngRunEncoder::encode(image, image.height(), true);
    const double oursMs = cpuMs() - t;

    QTemporaryDir dir;
    SnapshotOptions options;
    options.size = size;
    options.date = ro.date;
    options.bare = true;
    options.outPath = dir.filePath(QStringLiteral("bench.png"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = SnapshotExporter::write(data, options, &error);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    const QJsonObject o{{"size", sizeText}, {"load_10m_ms", loadMs}, {"layout_ms", layoutMs}, {"fill_stroke_ms", fillStrokeMs},
                        {"labels_card_ms", composedPaintMs - fillStrokeMs}, {"labels_layout_ms", composedLayoutMs - layoutMs},
                        {"png_ours_ms", oursMs}, {"png_ours_bytes", ours.deflated.size()},
                        {"png_libpng_zlib1_ms", libpngMs}, {"png_libpng_bytes", png.size()}, {"export_write_bare_ms", writeMs}, {"error", error}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return ok ? 0 : 1;
}

QJsonObject mapnikRatio(const QString &diplomap, int runs, const QString &size)
{
    QProcess child;
    // Run by its #! line: Debian's python3, the one python3-mapnik is installed for.
    child.start(QStringLiteral(BENCH_SOURCE_DIR "/mapnik_reference.py"), {QStringLiteral("--json"),
                                            QStringLiteral("--diplomap"), diplomap, QStringLiteral("--runs"), QString::number(runs),
                                            QStringLiteral("--size"), size});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(child.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        return {{"error", why.isEmpty() ? QStringLiteral("mapnik_reference.py did not run") : why}};
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}
