#pragma once
// `diplomap export-video`: a date range played as on screen, as MP4, WebM, GIF or PNG frames
// (core/export/videoexporter.h). Exit status 0 done, 1 invalid data or a failed write, 2 a
// usage error; every error is one line.
#include <QHash>
#include <QString>
#include <QTextStream>

namespace VideoCommand {
// `options`: the command's options by name, as CommandLine parsed them (flags as "1").
int run(const QHash<QString, QString> &options, QTextStream &out, QTextStream &err);
}
