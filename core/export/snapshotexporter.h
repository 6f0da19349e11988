#pragma once
// Writes the composed map (MapRenderer) to PNG, SVG or PDF, atomically, headless. Safe to
// call from a worker thread (a QGuiApplication must exist, for fonts). See docs/EXPORT.md.
#include "dataset.h"
#include "mapstyle.h"

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <functional>

struct SnapshotOptions {
    enum class Format { Png, Svg, Pdf };
    Format format = Format::Png;
    QString outPath;
    QSize size{1920, 1080};          // pixels; for PDF the page is size at 300 dpi unless pageSizeMm is set
    QSizeF pageSizeMm;               // optional: A4/A3 presets for PDF
    QDate date;
    QString language = "vi";         // "vi" or "en"
    MapStyle::Theme theme = MapStyle::Theme::Light;
    QRectF lonLatBox;                // null = the "world" region
    bool bare = false;
    bool labels = true;
    bool chart = false;              // composed only: the history chart (MapRenderer::Options::chart)
    static bool formatFromName(const QString &name, Format *format);   // png|svg|pdf
    static bool formatFromPath(const QString &path, Format *format);   // by extension
    static constexpr int kMinWidth = 320, kMinHeight = 180, kMaxSide = 16384;
};

namespace SnapshotExporter {
// Validates options, renders and writes atomically (QSaveFile; nothing is left on error or cancel).
// progress (0..1) may be called from the calling thread; returning false from it cancels.
// Large outputs (longest side > 2500 px) and every SVG and PDF use the 10m boundaries, loaded
// here from DataPaths::detailedBoundaries() unless `data` already holds them; the relations
// always come from `data`.
bool write(const DataSet &data, const SnapshotOptions &options, QString *error,
           const std::function<bool(double)> &progress = {});

// Checks the options (size, date, language, box, that a path is given); an error names the value.
// write() checks them too, then whether the path is writable and the data.
bool validate(const SnapshotOptions &options, QString *error);
// The output size in pixels (the page at 300 dpi for a PDF with pageSizeMm).
QSize outputSize(const SnapshotOptions &options);
// Whether `options` asks for the 10m boundaries.
bool wantsDetail(const SnapshotOptions &options);
} // namespace SnapshotExporter
