#pragma once
// A small wrapper over FFmpeg's libraries (libavformat, libavcodec, libswscale): writes
// RGB32 frames as H.264 in MP4 (yuv420p, faststart), VP9 in WebM (yuv420p) or GIF (one fixed
// palette, nearest colour, no dithering). FFmpeg types stay in videoencoder.cpp.
//
// Use: open(), then for every frame in order convert() (on any thread, through a Converter
// of its own) and write(); finish() completes the file. Errors are messages naming the file.
#include <QImage>
#include <QRgb>
#include <QString>
#include <QVector>

#include <memory>

struct AVFrame;

namespace videoencoder {

enum class Codec { H264, Vp9, Gif };

struct FrameDeleter {
    void operator()(AVFrame *frame) const;
};
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;

// Turns images into frames for one codec: yuv420p through libswscale, or palette indices.
// One per thread.
class Converter
{
public:
    Converter(Codec codec, const QSize &size, const QVector<QRgb> &palette = {});
    ~Converter();
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;
    Frame convert(const QImage &image, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class Encoder
{
public:
    Encoder();
    ~Encoder(); // an unfinished file is closed, not completed
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    // Creates `path` (replacing it) for `size` pixels at `fps` frames per second; for GIF,
    // `palette` (at most 256 colours) is the one the frames are converted with.
    bool open(const QString &path, Codec codec, const QSize &size, int fps, QString *error);
    bool write(Frame frame, QString *error); // the next frame
    bool finish(QString *error);             // flushes the encoder and writes the trailer

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The GIF palette for frames like these: every colour that covers at least a few pixels of
// the sample images (the map's flat colours: ocean, tiers, borders, text), the most frequent
// first, then evenly spread colours for the rest (antialiased edges and fades map to the nearest).
QVector<QRgb> paletteFor(const QVector<QImage> &samples);

} // namespace videoencoder
