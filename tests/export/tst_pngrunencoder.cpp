// PngRunEncoder: its segments, joined as the PNG exporter joins them, inflate with zlib to
// exactly the Sub-filtered RGB scanlines, and their Adler-32 sums are zlib's.
#include "pngrunencoder.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <cstring>

#include <zlib.h>

namespace {

// The scanlines as the PNG specification defines them: filter byte 1 (Sub), then each byte
// minus the same byte of the pixel on its left (zero left of the first pixel).
QByteArray subFiltered(const QImage &image)
{
    QByteArray out;
    for (int y = 0; y < image.height(); ++y) {
        out.append(char(1));
        QRgb left = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            out.append(char(qRed(c) - qRed(left)));
            out.append(char(qGreen(c) - qGreen(left)));
            out.append(char(qBlue(c) - qBlue(left)));
            left = c;
        }
    }
    return out;
}

// Encodes `image` in bands of `bandRows` rows and inflates the joined zlib stream.
QByteArray roundTrip(const QImage &image, int bandRows)
{
    QByteArray stream("\x78\x01", 2);
    uLong adler = 1;
    qint64 total = 0;
    for (int top = 0; top < image.height(); top += bandRows) {
        const int rows = std::min(bandRows, image.height() - top);
        QImage band(image.width(), bandRows, image.format()); // taller than needed, as the exporter's last band
        band.fill(Qt::magenta);
        for (int y = 0; y < rows; ++y)
            std::memcpy(band.scanLine(y), image.constScanLine(top + y), size_t(image.bytesPerLine()));
        const PngSegment seg = PngRunEncoder::encode(band, rows, top + rows >= image.height());
        CHECK(seg.length == qint64(rows) * (1 + 3 * image.width()));
        const QByteArray expected = subFiltered(image.copy(0, top, image.width(), rows));
        CHECK(seg.adler == adler32(1, reinterpret_cast<const Bytef *>(expected.constData()), uInt(expected.size())));
        adler = adler32_combine(adler, seg.adler, z_off_t(seg.length));
        total += seg.length;
        stream += seg.deflated;
    }
    for (int shift = 24; shift >= 0; shift -= 8)
        stream.append(char(adler >> shift));
    QByteArray out(int(total) + 16, '\0');
    uLongf outLength = uLongf(out.size());
    REQUIRE(uncompress(reinterpret_cast<Bytef *>(out.data()), &outLength, reinterpret_cast<const Bytef *>(stream.constData()),
                       uLong(stream.size())) == Z_OK);
    out.resize(int(outLength));
    return out;
}

QImage runs(int width, int height)
{
    // Runs of 1 to 400 equal pixels (matches up to and past 258 bytes), rows alike and not.
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width;) {
            const QRgb c = y % 3 == 2 ? 0xff000000 : (0xff000000 | (random.generate() & (y % 2 ? 0xffffff : 0x00ff00)));
            for (int n = int(random.bounded(1, 401)); n > 0 && x < width; --n)
                row[x++] = c;
        }
    }
    return image;
}

} // namespace

TEST_CASE("PNG run encoder: segments inflate to the filtered scanlines")
{
    QImage noise(97, 13, QImage::Format_ARGB32); // alpha differs pixel to pixel and is ignored
    QRandomGenerator random(3);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, random.generate());
    QImage flat(5000, 9, QImage::Format_RGB32);
    flat.fill(qRgb(220, 232, 240));
    QImage black(1, 1, QImage::Format_RGB32);
    black.fill(Qt::black);
    const QImage striped = runs(1500, 40);

    for (const QImage &image : {noise, flat, black, striped}) {
        for (const int bandRows : {1, 4, 1000}) {
            INFO(image.width() << "x" << image.height() << ", bands of " << bandRows << " rows");
            CHECK(roundTrip(image, bandRows) == subFiltered(image));
        }
    }
}

TEST_CASE("PNG run encoder: a flat map compresses to a small fraction")
{
    QImage flat(7680, 64, QImage::Format_RGB32);
    flat.fill(qRgb(220, 232, 240));
    const PngSegment seg = PngRunEncoder::encode(flat, flat.height(), true);
    // 64 rows of 23,041 bytes: a literal filter byte, three colour bytes and runs of zeros each.
    CHECK(seg.deflated.size() < 64 * 40);
}
