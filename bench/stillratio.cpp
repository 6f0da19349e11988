#include "stillratio.h"

#include "dataset.h"
#include "maprenderer.h"
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

int stillStagesOnce(const QString &sizeText)
{
    const QSize size(sizeText.section(QLatin1Char('x'), 0, 0).toInt(), sizeText.section(QLatin1Char('x'), 1, 1).toInt());
    QElapsedTimer timer;
    timer.start();
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = DataPaths::detailedBoundaries();
    const DataSet data = DataSet::load(paths);
    const double loadMs = timer.nsecsElapsed() / 1e6;

    MapRenderer::Options ro;
    ro.date = QDate(2025, 12, 31);
    ro.bare = true;
    timer.restart();
    const MapRenderer bare(data.boundaries, data.timeline, data.hub, size, ro);
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    QImage image(size, QImage::Format_RGB32);
    timer.restart();
    {
        QPainter painter(&image);
        bare.paint(&painter);
    }
    const double fillStrokeMs = timer.nsecsElapsed() / 1e6;
    ro.bare = false;
    timer.restart();
    const MapRenderer composed(data.boundaries, data.timeline, data.hub, size, ro);
    const double composedLayoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    {
        QPainter painter(&image);
        composed.paint(&painter);
    }
    const double composedPaintMs = timer.nsecsElapsed() / 1e6;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(80); // Qt: zlib level 1
    timer.restart();
    writer.write(image.convertToFormat(QImage::Format_RGB888));
    const double pngMs = timer.nsecsElapsed() / 1e6;

    QTemporaryDir dir;
    SnapshotOptions options;
    options.size = size;
    options.date = ro.date;
    options.bare = true;
    options.outPath = dir.filePath(QStringLiteral("bench.png"));
    QString error;
    timer.restart();
    const bool ok = SnapshotExporter::write(data, options, &error);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    const QJsonObject o{{"size", sizeText}, {"load_10m_ms", loadMs}, {"layout_ms", layoutMs}, {"fill_stroke_ms", fillStrokeMs},
                        {"labels_card_ms", composedPaintMs - fillStrokeMs}, {"labels_layout_ms", composedLayoutMs - layoutMs},
                        {"png_zlib1_ms", pngMs}, {"png_bytes", png.size()}, {"export_write_bare_ms", writeMs}, {"error", error}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return ok ? 0 : 1;
}

QJsonObject mapnikRatio(const QString &diplomap, int runs, const QString &size)
{
    QProcess child;
    child.start(QStringLiteral("python3"), {QStringLiteral(BENCH_SOURCE_DIR "/mapnik_reference.py"), QStringLiteral("--json"),
                                            QStringLiteral("--diplomap"), diplomap, QStringLiteral("--runs"), QString::number(runs),
                                            QStringLiteral("--size"), size});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(child.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        return {{"error", why.isEmpty() ? QStringLiteral("mapnik_reference.py did not run") : why}};
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}
