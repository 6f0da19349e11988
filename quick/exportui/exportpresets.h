#pragma once
// The export dialog's sizes: the presets (720p to 8K, A4 and A3 at 300 dpi), each for stills,
// videos or both, and "custom" for any other size.
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QVector>

struct ExportPreset {
    QString name;  // "1080p"
    QSize size;    // pixels
    QSizeF pageMm; // A4 and A3, landscape, at 300 dpi; empty for a screen size
    QString title; // "1920 × 1080 · Full HD"
};

namespace ExportPresets {
inline const QString kCustom = QStringLiteral("custom");
// The presets a still (`video` false) or a video allows, in the dialog's order.
QVector<ExportPreset> allowed(bool video);
// The allowed preset named `name`, or of `size`; nullptr when there is none.
const ExportPreset *named(const QString &name, bool video);
const ExportPreset *ofSize(const QSize &size, bool video);
} // namespace ExportPresets
