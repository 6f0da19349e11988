#pragma once
// Draws the country layer with OpenGL from buffers uploaded once: graticule, fills coloured
// through a per-country lookup texture, borders, the hub's outline and the selection's.
// Per frame only the camera matrix, the world copies and, when they changed, the lookup's
// few bytes reach the GPU; only the parts in view are drawn (LayerGeometry::visibleRanges).
// State comes from CountryLayer::updatePaintNode (GUI thread blocked).
//
// Colour-only changes (fades, pulses, hover, the date) do not rasterise the geometry again:
// while the camera, size, level of detail and lines stay as in the previous frame, the node
// keeps the composed frame in its RasterCache, recomposes there only the countries whose colour
// changed (their fill triangles, masked by the cached country indices) and copies the frame
// into the target. A frame whose camera moved is drawn directly (filling the cache as well
// would cost a full-screen pass more); the first frame that repeats it fills the cache. The
// cache needs an opaque `Frame::background` (the Map's colour under the layer: the copy replaces
// it), the layer at full opacity and no stencil clip; otherwise, and with `Frame::rasterCache`
// false (CountryLayer::rasterCache), every frame is drawn directly.
//
// A QSGRenderNode rather than QSGGeometryNodes: Qt's batch renderer rebuilds its batches, and
// uploads their vertices again, whenever nodes are added or removed anywhere in the scene
// (a label appearing, the tooltip showing); a render node keeps its buffers, draws the world
// copies from one buffer with a uniform shift, and picks a level of detail per frame.
#include "layergeometry.h"
#include "rastercache.h"

#include <QColor>
#include <QMatrix4x4>
#include <QSGRenderNode>
#include <QVector>

#include <memory>

class QOpenGLShaderProgram;

class CountryRenderNode : public QSGRenderNode
{
public:
    struct Copy {          // one world copy: its x shift and the ranges in view
        float shift = 0;
        QVector<LayerGeometry::Range> fills, outlines;
    };
    struct Frame {
        QRectF rect;          // item rectangle
        QMatrix4x4 camera;    // unit Web Mercator -> item pixels
        QVector<Copy> copies;  // the world copies in view
        float devicePixelRatio = 1;
        float borderWidth = 1;    // item pixels
        float outlineWidth = 2;   // the hub
        float selectionWidth = 2.5f;
        float graticuleWidth = 1;
        QColor border, graticule, outline, selection;
        QColor background; // what the layer lies on (the Map's colour); the cache needs it opaque
        int hub = -1;
        int selected = -1;
        int level = 0; // of detail (LayerGeometry::levels)
        bool rasterCache = true;
    };

    explicit CountryRenderNode(std::shared_ptr<const LayerGeometry> geometry);

    // Bytes sent to the GPU by all render nodes since the start, for benchmarks and tests:
    // geometry (vertex and index buffers, once per node and context) and colour lookups.
    static qint64 uploadedBytes();
    static qint64 lookupBytes();
    // Times any node rasterised its geometry into a raster cache, and frames drawn from one.
    static qint64 cacheRasterisations();
    static qint64 cachedFrames();
    static qint64 recolouredCountries(); // countries recomposed in a raster cache, all frames
    ~CountryRenderNode() override;

    const LayerGeometry *geometry() const { return m_geometry.get(); }
    void setFrame(const Frame &frame) { m_frame = frame; }
    // Copies the colours (one per country) into the lookup; uploaded at the next render.
    void setColors(const QVector<QRgb> &colors);

    void render(const RenderState *state) override;
    void releaseResources() override;
    StateFlags changedStates() const override;
    RenderingFlags flags() const override;
    QRectF rect() const override { return m_frame.rect; }

private:
    // What the cache's pixels depend on: the frame but for the fill colours, and the target.
    struct Raster {
        QMatrix4x4 toClip; // item pixels -> the cache's clip space
        QRect pixels;      // the item's bounds in the target's pixels (the cache's size)
        Frame frame;
    };
    static bool sameScene(const Frame &a, const Frame &b); // the same geometry on screen

    bool initialize();
    void setState(const RenderState *state);
    void drawGraticule(const QMatrix4x4 &toClip, const QColor &color, float opacity);
    // All fills in view, or only those of `countries` (on every world copy).
    void drawFills(QOpenGLShaderProgram *program, const QMatrix4x4 &toClip, const QVector<int> *countries = nullptr);
    void drawBorders(const QMatrix4x4 &toClip, float opacity);
    // Draws `range` on every world copy, or with no range each copy's outlines in view.
    void drawLines(const QMatrix4x4 &mvp, const QVector2D &pixelToClip, const LayerGeometry::Range *range, float width,
                   const QColor &color, float opacity);
    void bindLines(uint vertices, uint indices);
    void uploadLookup();
    // Fills the cache for `raster` and composes its colour texture; recomposes the countries
    // whose colour changed since. The caller restores the target's framebuffer and viewport.
    void rasterise(const Raster &raster);
    void recolour(const Raster &raster);

    std::shared_ptr<const LayerGeometry> m_geometry;
    Frame m_frame;
    QVector<uchar> m_lookup; // RGBA per texel
    bool m_lookupDirty = true;
    int m_textureWidth = 0;

    QOpenGLShaderProgram *m_fillProgram = nullptr;
    QOpenGLShaderProgram *m_lineProgram = nullptr;
    QOpenGLShaderProgram *m_indexProgram = nullptr; // fills as country indices, for the cache
    QOpenGLShaderProgram *m_recolourProgram = nullptr; // fills recomposed in the cache
    QVector<uint> m_buffers; // per level: fill vertices, fill indices, line vertices, line indices; then the graticule's two
    uint m_texture = 0;
    bool m_failed = false;

    RasterCache m_cache;
    Frame m_previous;      // the frame drawn last
    bool m_previousValid = false;
    Raster m_cached;       // what the cache holds (valid while m_cacheValid)
    QVector<uchar> m_composed; // the lookup the cache's colour texture shows
    bool m_cacheValid = false;
    bool m_cacheFailed = false;
};
