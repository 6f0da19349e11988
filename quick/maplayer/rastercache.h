#pragma once
// The country layer's raster cache (issue 16): what a colour change leaves as it was, drawn
// once per camera, size, device pixel ratio and level of detail into offscreen textures of the
// item's size in device pixels:
//   index:  each pixel's country as index + 1 in RGB (0: no country), no blending or
//           antialiasing; alpha holds the graticule's coverage (it lies under the land);
//   lines:  the borders, coastlines, the hub's outline and the selection, antialiased,
//           premultiplied;
//   colour: the composed frame, opaque: background, graticule, fills and lines.
// The colour texture is composed once from the other two (compose: one lookup pass over every
// pixel); after that a colour change recomposes only the pixels of the countries whose colour
// changed (CountryRenderNode draws their fill triangles with LayerShaders::kRecolourFragment,
// which reads the index and lines textures), and each frame copies the colour texture into the
// target (glBlitFramebuffer: on llvmpipe a memcpy). Three RGBA8 textures: 12 bytes a pixel,
// 99.5 MB at 3840x2160; reallocated at the new size whenever the size changes (so a shrinking
// window frees memory), freed with the node.
#include <QPoint>
#include <QRect>
#include <QVector>
#include <QVector4D>

class QMatrix4x4;
class QOpenGLFunctions;
class QOpenGLShaderProgram;

class RasterCache
{
public:
    enum Target { Index, Lines, Colour };

    ~RasterCache();
    // Whether the context can copy the cache into the target (framebuffer blits).
    static bool supported();
    // Textures of `size` device pixels (reallocated when it changes); false when the
    // framebuffer cannot be completed (the caller then draws directly).
    // `tableSize`: entries of the colour table (fixed with the first call).
    bool allocate(QOpenGLFunctions *f, const QSize &size, int tableSize);
    // Binds the framebuffer with `target` attached, viewport over it; cleared to transparent
    // unless `clear` is false.
    void bindTarget(QOpenGLFunctions *f, Target target, bool clear = true);
    // Binds the index and lines textures to texture units `unit` and `unit + 1`.
    void bindSources(QOpenGLFunctions *f, int unit);
    QSize size() const { return m_size; }
    static qint64 bytesFor(const QSize &size) { return 12 * qint64(size.width()) * size.height(); }
    static qint64 allocatedBytes(); // by all caches now, for tests
    // The bounds of `rect` (item pixels) in the target's pixels (viewport: x, y, width, height
    // as GL_VIEWPORT gives them), whole pixels within the viewport.
    static QRect targetPixels(const QMatrix4x4 &toClip, const QRectF &rect, const int *viewport);
    // The target's clip space -> the clip space of a texture covering `pixels` of it, upside
    // down: texel (i, j) is rasterised exactly as the target's pixel (pixels.x + i,
    // pixels.y + height - 1 - j). Upside down because Mesa keeps a window's framebuffer upside
    // down: a blit from an upright texture into it is a flipping draw on llvmpipe, from this
    // one a row-by-row copy.
    static QMatrix4x4 cacheFromTarget(const QRect &pixels, const int *viewport);

    struct Composite {
        QVector<uchar> colors;  // the colour table, RGBA premultiplied: entry i + 1 holds country i
        QVector4D graticule;    // unpremultiplied colour, alpha 1
        QVector4D background;   // opaque
    };
    // Composes every pixel of the colour texture from the index and lines textures (leaves
    // the cache's framebuffer bound, blending off).
    void compose(QOpenGLFunctions *f, const Composite &c);
    // Copies `pixels` of the target from the colour texture, whose lower-left corner lies at
    // `origin` in the target's pixels (to framebuffer `target`; the caller disables the
    // scissor: on llvmpipe a scissored blit is a draw, an unscissored one a copy).
    void blit(QOpenGLFunctions *f, uint target, const QPoint &origin, const QRect &pixels);
    // Deletes the textures, framebuffer, program and quad (needs the node's context current).
    void release(QOpenGLFunctions *f);

private:
    bool createProgram(QOpenGLFunctions *f, int tableSize);

    QSize m_size;
    uint m_framebuffer = 0;
    uint m_textures[3] = {0, 0, 0};
    uint m_quad = 0; // vertex buffer: the unit square's corners
    QOpenGLShaderProgram *m_program = nullptr;
    int m_tableSize = 0;
};
