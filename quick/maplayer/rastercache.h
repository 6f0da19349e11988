#pragma once
// The country layer's raster cache (issue 16): what a colour change leaves as it was, drawn
// once per camera, size, device pixel ratio and level of detail into two offscreen textures of
// the item's size in device pixels:
//   index: each pixel's country as index + 1 in RGB (0: no country), no blending or
//          antialiasing; alpha holds the graticule's coverage (it lies under the land);
//   lines: the borders, coastlines, the hub's outline and the selection, antialiased,
//          premultiplied.
// Each frame then draws one quad over the item whose fragment shader looks the index up in the
// colour table (the node's lookup, as a uniform array) and lays the graticule under and the lines over
// it. Two RGBA8 textures: 8 bytes a pixel, 66 MB at 3840x2160; reallocated at the new size
// whenever the size changes (so a shrinking window frees memory), freed with the node.
#include <QMatrix4x4>
#include <QRect>
#include <QVector>
#include <QVector4D>

class QOpenGLFunctions;
class QOpenGLShaderProgram;

class RasterCache
{
public:
    enum Target { Index, Lines };

    ~RasterCache();
    // Textures of `size` device pixels (reallocated when it changes); false when the
    // framebuffer cannot be completed (the caller then draws directly).
    // `tableSize`: entries of the colour table (fixed with the first call).
    bool allocate(QOpenGLFunctions *f, const QSize &size, int tableSize);
    // Binds the framebuffer with `target` attached, cleared to transparent, viewport over it.
    void bindTarget(QOpenGLFunctions *f, Target target);
    QSize size() const { return m_size; }
    static qint64 bytesFor(const QSize &size) { return 8 * qint64(size.width()) * size.height(); }
    static qint64 allocatedBytes(); // by all caches now, for tests
    // The bounds of `rect` (item pixels) in the target's pixels (viewport: x, y, width, height
    // as GL_VIEWPORT gives them), whole pixels within the viewport.
    static QRect targetPixels(const QMatrix4x4 &toClip, const QRectF &rect, const int *viewport);
    // The target's clip space -> the clip space of a texture covering `pixels` of it: texel
    // (i, j) is rasterised exactly as the target's pixel (pixels.x + i, pixels.y + j).
    static QMatrix4x4 cacheFromTarget(const QRect &pixels, const int *viewport);

    struct Composite {
        QMatrix4x4 itemToClip;
        QRectF rect;            // the item's, in item pixels
        QPoint origin;          // the textures' lower-left corner in the target's pixels
        QVector<uchar> colors;  // the colour table, RGBA premultiplied: entry i + 1 holds country i
        QVector4D graticule;    // unpremultiplied colour, alpha 1
        float opacity = 1;
    };
    // Draws the item from the textures with the caller's blending, scissor and stencil.
    void composite(QOpenGLFunctions *f, const Composite &c);
    // Deletes the textures, framebuffer, program and quad (needs the node's context current).
    void release(QOpenGLFunctions *f);

private:
    bool createProgram(QOpenGLFunctions *f, int tableSize);

    QSize m_size;
    uint m_framebuffer = 0;
    uint m_textures[2] = {0, 0};
    uint m_quad = 0; // vertex buffer: the unit square's corners
    QOpenGLShaderProgram *m_program = nullptr;
    int m_tableSize = 0;
};
