#pragma once
// PNG scanlines of an RGB32 band, filtered (Sub) and deflated in one pass, as one segment of
// a zlib stream (RFC 1950/1951). Written for maps: large areas of one colour. A run of equal
// pixels becomes zero bytes after the Sub filter, which are coded as distance-1 matches
// without being written out, and their Adler-32 is added in closed form; the rest (edges,
// antialiasing, text) is coded as literals. One dynamic-Huffman block per segment, its code
// built from the segment's own symbol counts. A segment that is not the last ends byte-
// aligned with an empty stored block (as zlib's Z_SYNC_FLUSH does), so that segments
// deflated on different threads can be concatenated; the caller writes the zlib header, and
// the trailer from the segments' sums combined with zlib's adler32_combine.

#include <QByteArray>
#include <QImage>

struct PngSegment {
    QByteArray deflated; // raw deflate: a non-final block and an empty stored block, or the final block
    quint32 adler = 1;   // Adler-32 of the filtered scanlines, started from 1
    qint64 length = 0;   // bytes of filtered scanlines (rows × (1 + 3 × width))
};

class PngRunEncoder
{
public:
    // The first `rows` rows of `band` (QImage::Format_RGB32 or ARGB32, alpha ignored) as RGB
    // scanlines with the Sub filter.
    static PngSegment encode(const QImage &band, int rows, bool last);
};
