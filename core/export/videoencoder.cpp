#include "videoencoder.h"

#include "checkedwrite.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace videoencoder {

namespace {

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

AVPixelFormat pixelFormat(Codec codec)
{
    return codec == Codec::Gif ? AV_PIX_FMT_PAL8 : AV_PIX_FMT_YUV420P;
}

int distance2(QRgb a, QRgb b)
{
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}

} // namespace

void FrameDeleter::operator()(AVFrame *frame) const
{
    av_frame_free(&frame);
}

// ---- Converter

struct Converter::Private {
    Codec codec;
    QSize size;
    SwsContext *sws = nullptr;
    QVector<QRgb> palette;
    std::unordered_map<QRgb, uint8_t> nearest; // colour → palette index, filled as colours appear

    uint8_t indexOf(QRgb c)
    {
        const auto it = nearest.find(c);
        if (it != nearest.end())
            return it->second;
        int best = 0;
        for (int i = 1; i < palette.size(); ++i)
            if (distance2(c, palette[i]) < distance2(c, palette[best]))
                best = i;
        nearest.emplace(c, uint8_t(best));
        return uint8_t(best);
    }
};

Converter::Converter(Codec codec, const QSize &size, const QVector<QRgb> &palette) : d(new Private)
{
    d->codec = codec;
    d->size = size;
    d->palette = palette.mid(0, 256);
    if (d->palette.isEmpty())
        d->palette << qRgb(0, 0, 0);
    if (codec == Codec::Gif)
        return;
    d->sws = sws_getContext(size.width(), size.height(), AV_PIX_FMT_BGRA, size.width(), size.height(), AV_PIX_FMT_YUV420P,
                            SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (d->sws) // full-range RGB to limited-range BT.709, as the stream is tagged
        sws_setColorspaceDetails(d->sws, sws_getCoefficients(SWS_CS_ITU709), 1, sws_getCoefficients(SWS_CS_ITU709), 0, 0,
                                 1 << 16, 1 << 16);
}

Converter::~Converter()
{
    sws_freeContext(d->sws);
}

Frame Converter::convert(const QImage &source, QString *error)
{
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                             ? source : source.convertToFormat(QImage::Format_RGB32);
    if (image.size() != d->size) {
        *error = QStringLiteral("frame of %1x%2 pixels in a %3x%4 video")
                     .arg(image.width()).arg(image.height()).arg(d->size.width()).arg(d->size.height());
        return {};
    }
    Frame frame(av_frame_alloc());
    if (frame) {
        frame->format = pixelFormat(d->codec);
        frame->width = d->size.width();
        frame->height = d->size.height();
    }
    if (!frame || av_frame_get_buffer(frame.get(), 0) < 0) {
        *error = QStringLiteral("not enough memory for a video frame");
        return {};
    }
    if (d->codec == Codec::Gif) {
        auto *palette = reinterpret_cast<uint32_t *>(frame->data[1]);
        for (int i = 0; i < 256; ++i)
            palette[i] = i < d->palette.size() ? d->palette[i] : 0xff000000u;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *src = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            uint8_t *dst = frame->data[0] + y * frame->linesize[0];
            for (int x = 0; x < image.width(); ++x)
                dst[x] = d->indexOf(src[x] | 0xff000000u);
        }
        return frame;
    }
    if (!d->sws) {
        *error = QStringLiteral("cannot convert colours to yuv420p");
        return {};
    }
    const uint8_t *src[1] = {image.constBits()};
    const int stride[1] = {int(image.bytesPerLine())};
    sws_scale(d->sws, src, stride, 0, image.height(), frame->data, frame->linesize);
    return frame;
}

// ---- Encoder

struct Encoder::Private {
    QString path;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVPacket *packet = nullptr;
    int64_t next = 0;
    bool headerWritten = false;

    // Sends `frame` (null: the end) and writes every packet the encoder has ready.
    int send(AVFrame *frame)
    {
        int rc = avcodec_send_frame(codec, frame);
        while (rc >= 0) {
            rc = avcodec_receive_packet(codec, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return 0;
            if (rc < 0)
                break;
            if (packet->duration == 0)
                packet->duration = 1;
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            rc = av_interleaved_write_frame(format, packet); // takes the packet's data
        }
        return rc;
    }

    void close()
    {
        if (format && format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
        format = nullptr;
        avcodec_free_context(&codec);
        av_packet_free(&packet);
    }
};

Encoder::Encoder() : d(new Private) {}

Encoder::~Encoder()
{
    d->close();
}

bool Encoder::open(const QString &path, Codec codec, const QSize &size, int fps, QString *error)
{
    d->path = path;
    av_log_set_level(AV_LOG_QUIET); // errors come back as messages
    const QByteArray file = path.toUtf8();
    const char *muxer = codec == Codec::H264 ? "mp4" : codec == Codec::Vp9 ? "webm" : "gif";
    const AVCodec *encoder = codec == Codec::H264 ? avcodec_find_encoder_by_name("libx264")
                           : codec == Codec::Vp9  ? avcodec_find_encoder_by_name("libvpx-vp9")
                                                  : avcodec_find_encoder(AV_CODEC_ID_GIF);
    if (!encoder) {
        *error = QStringLiteral("this FFmpeg has no %1 encoder").arg(codec == Codec::H264 ? "H.264 (libx264)" : codec == Codec::Vp9 ? "VP9 (libvpx)" : "GIF");
        return false;
    }
    int rc = avformat_alloc_output_context2(&d->format, nullptr, muxer, file.constData());
    d->packet = av_packet_alloc();
    d->codec = avcodec_alloc_context3(encoder);
    if (rc < 0 || !d->format || !d->packet || !d->codec || !(d->stream = avformat_new_stream(d->format, nullptr))) {
        *error = QStringLiteral("cannot start a %1 file: %2").arg(muxer, averror(rc < 0 ? rc : AVERROR(ENOMEM)));
        return false;
    }
    AVCodecContext *c = d->codec;
    c->width = size.width();
    c->height = size.height();
    c->time_base = AVRational{1, fps};
    c->framerate = AVRational{fps, 1};
    c->pix_fmt = pixelFormat(codec);
    c->thread_count = 0; // as many as there are cores
    if (codec != Codec::Gif) {
        c->gop_size = 2 * fps; // a key frame every 2 s, for seeking in players
        c->color_range = AVCOL_RANGE_MPEG;
        c->colorspace = AVCOL_SPC_BT709;
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
    }
    if (codec == Codec::H264) {
        // Above 1080p x264's lookahead and B-frames would take over 400 MB: ultrafast has
        // neither (larger files, a third of the memory, faster).
        const bool large = qint64(size.width()) * size.height() > 1920 * 1080;
        av_opt_set(c->priv_data, "preset", large ? "ultrafast" : "veryfast", 0);
        av_opt_set(c->priv_data, "profile", "high", 0);
        av_opt_set(c->priv_data, "crf", "20", 0);
        // Two frame threads and a short lookahead: a third less memory at 1080p than the default.
        // Above 1080p two threads on slices of one frame: no frames queued between threads
        // (12 MB each at 4K, with their lookahead copies).
        av_opt_set(c->priv_data, "x264-params", large ? "threads=2:sliced-threads=1" : "threads=2:rc-lookahead=5", 0);
    } else if (codec == Codec::Vp9) {
        c->bit_rate = 0; // constant quality
        av_opt_set(c->priv_data, "crf", "32", 0);
        av_opt_set(c->priv_data, "deadline", "realtime", 0);
        av_opt_set(c->priv_data, "cpu-used", "8", 0);
        av_opt_set(c->priv_data, "row-mt", "1", 0);
    }
    if (d->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((rc = avcodec_open2(c, encoder, nullptr)) < 0) {
        *error = QStringLiteral("cannot start the %1 encoder: %2").arg(QLatin1String(encoder->name), averror(rc));
        return false;
    }
    avcodec_parameters_from_context(d->stream->codecpar, c);
    d->stream->time_base = c->time_base;
    d->stream->avg_frame_rate = c->framerate;
    if ((rc = avio_open(&d->format->pb, file.constData(), AVIO_FLAG_WRITE)) < 0) {
        *error = CheckedWrite::cannotWrite(path, averror(rc));
        return false;
    }
    AVDictionary *options = nullptr;
    if (codec == Codec::H264) // the index first: plays while it downloads
        av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(d->format, &options);
    av_dict_free(&options);
    if (rc < 0) {
        *error = CheckedWrite::cannotWrite(path, averror(rc));
        return false;
    }
    d->headerWritten = true;
    return true;
}

bool Encoder::write(Frame frame, QString *error)
{
    if (!d->headerWritten || !frame) {
        *error = QStringLiteral("no video open");
        return false;
    }
    frame->pts = d->next++;
    const int rc = d->send(frame.get());
    if (rc < 0) {
        *error = CheckedWrite::cannotWrite(d->path, averror(rc));
        return false;
    }
    return true;
}

bool Encoder::finish(QString *error)
{
    if (!d->headerWritten) {
        *error = QStringLiteral("no video open");
        return false;
    }
    int rc = d->send(nullptr);
    if (rc >= 0)
        rc = av_write_trailer(d->format);
    d->headerWritten = false;
    if (rc >= 0 && d->format->pb) {
        avio_flush(d->format->pb);
        rc = d->format->pb->error;
        const int closed = avio_closep(&d->format->pb);
        if (rc >= 0)
            rc = closed;
    }
    if (rc < 0) {
        *error = CheckedWrite::cannotWrite(d->path, averror(rc));
        return false;
    }
    return true;
}

QVector<QRgb> paletteFor(const QVector<QImage> &samples)
{
    QHash<QRgb, qint64> counts;
    qint64 pixels = 0;
    for (const QImage &sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++counts[row[x] | 0xff000000u];
        }
        pixels += qint64(image.width()) * image.height();
    }
    QVector<std::pair<qint64, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    // The flat colours (at least 1/20000 of the pixels, at most 192), then a 4×4×4 cube for
    // whatever lies between them.
    QVector<QRgb> palette;
    const qint64 floor = std::max<qint64>(4, pixels / 20000);
    for (const auto &[count, color] : byCount) {
        if (palette.size() == 192 || count < floor)
            break;
        palette << color;
    }
    for (int r = 0; r < 4; ++r)
        for (int g = 0; g < 4; ++g)
            for (int b = 0; b < 4; ++b) {
                const QRgb c = qRgb(r * 85, g * 85, b * 85);
                if (!palette.contains(c) && palette.size() < 256)
                    palette << c;
            }
    return palette;
}

} // namespace videoencoder
