#include "videobench.h"

#include "dataset.h"
#include "videoexporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

double peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int videoOnce(const QString &size, double seconds)
{
    QElapsedTimer total;
    total.start();
    const DataSet data = DataSet::load(DataPaths::defaults());
    const double loadS = total.nsecsElapsed() / 1e9;
    QTemporaryDir dir;
    VideoOptions options;
    options.outPath = dir.filePath(QStringLiteral("bench.mp4"));
    options.from = QDate(2024, 12, 31);
    options.to = QDate(2025, 12, 31);
    options.size = QSize(size.section(QLatin1Char('x'), 0, 0).toInt(), size.section(QLatin1Char('x'), 1, 1).toInt());
    options.durationS = seconds;
    options.holdS = 0;
    QString error;
    VideoStats stats;
    const bool ok = VideoExporter::write(data, options, &error, {}, &stats);
    const QJsonObject o{{"size", size}, {"seconds", seconds}, {"frames", stats.frames}, {"end_to_end_s", total.nsecsElapsed() / 1e9},
                        {"load_s", loadS}, {"export_s", stats.totalS}, {"scene_cpu_s", stats.sceneS}, {"paint_cpu_s", stats.renderS},
                        {"convert_cpu_s", stats.convertS}, {"encode_wait_s", stats.encodeS}, {"peak_mb", peakMb()},
                        {"bytes", QFileInfo(options.outPath).size()}, {"error", error}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return ok ? 0 : 1;
}
