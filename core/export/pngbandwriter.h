#pragma once
// The PNG writer of the snapshot export: the map rendered in horizontal bands by up to four
// worker threads, each with its own MapRenderer (no painter data is shared between threads),
// each taking the next band when it is free; a band is filtered and deflated on its thread
// (PngRunEncoder) as a segment of one zlib stream, and this thread writes the segments in
// order as IDAT chunks, combining their Adler-32 sums. Memory: one band image and its tokens
// per worker, and at most two compressed bands per worker waiting, whatever the output size.
#include "maprenderer.h"

#include <QIODevice>

#include <functional>

namespace PngBandWriter {
// Writes an 8-bit RGB PNG of `size` to `out`; every write is checked. `progress` (0..1) is
// called on this thread; returning false cancels (error "cancelled").
bool write(const BoundarySet &boundaries, const RelationTimeline &timeline, const HubProfile &hub, const QSize &size,
           const MapRenderer::Options &options, QIODevice *out, QString *error, const std::function<bool(double)> &progress);
// A whole image (RGB32, opaque) as the bytes of an 8-bit RGB PNG, encoded on this thread in
// one segment: the frames of a PNG sequence.
QByteArray encode(const QImage &image);
} // namespace PngBandWriter
