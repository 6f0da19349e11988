#include "countryrendernode.h"
#include "layershaders.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLShaderProgram>
#include <QVector2D>
#include <QtDebug>

#include <atomic>
#include <cmath>
#include <cstring>

namespace {

std::atomic<qint64> g_geometryBytes{0};
std::atomic<qint64> g_lookupBytes{0};
std::atomic<qint64> g_rasterisations{0};
std::atomic<qint64> g_cachedFrames{0};
std::atomic<qint64> g_recoloured{0};

enum Buffer { FillVertices, FillIndices, LineVertices, LineIndices };

void upload(QOpenGLFunctions *f, GLenum target, uint buffer, const void *data, qint64 bytes)
{
    f->glBindBuffer(target, buffer);
    f->glBufferData(target, bytes, data, GL_STATIC_DRAW);
    f->glBindBuffer(target, 0);
    g_geometryBytes += bytes;
}

QVector4D premultiplied(const QColor &c, float opacity)
{
    const float a = float(c.alphaF()) * opacity;
    return QVector4D(float(c.redF()) * a, float(c.greenF()) * a, float(c.blueF()) * a, a);
}

// Draws one range of the bound index buffer as triangles.
void drawRange(const LayerGeometry::Range &range)
{
    QOpenGLContext::currentContext()->functions()->glDrawElements(
        GL_TRIANGLES, range.count, GL_UNSIGNED_INT, reinterpret_cast<const void *>(quintptr(range.first) * sizeof(quint32)));
}

QVector2D pixelToClip(const QMatrix4x4 &toClip)
{
    return QVector2D(toClip(0, 0), toClip(1, 1));
}

QVector4D opaque(const QColor &c)
{
    return QVector4D(float(c.redF()), float(c.greenF()), float(c.blueF()), 1);
}

} // namespace

bool CountryRenderNode::sameScene(const Frame &a, const Frame &b)
{
    // The copies in view follow from the camera, rect and widths.
    return a.rect == b.rect && a.camera == b.camera && a.devicePixelRatio == b.devicePixelRatio
        && a.borderWidth == b.borderWidth && a.outlineWidth == b.outlineWidth && a.selectionWidth == b.selectionWidth
        && a.graticuleWidth == b.graticuleWidth && a.border == b.border && a.graticule == b.graticule
        && a.outline == b.outline && a.selection == b.selection && a.hub == b.hub && a.selected == b.selected
        && a.level == b.level && a.background == b.background;
}

CountryRenderNode::CountryRenderNode(std::shared_ptr<const LayerGeometry> geometry)
    : m_geometry(std::move(geometry))
{
    m_textureWidth = 64; // texel 0: no country (the raster cache's index 0)
    while (m_textureWidth < m_geometry->countryCount + 1)
        m_textureWidth *= 2;
    m_lookup.fill(0, 4 * m_textureWidth);
}

qint64 CountryRenderNode::uploadedBytes()
{
    return g_geometryBytes.load();
}

qint64 CountryRenderNode::lookupBytes()
{
    return g_lookupBytes.load();
}

qint64 CountryRenderNode::cacheRasterisations()
{
    return g_rasterisations.load();
}

qint64 CountryRenderNode::cachedFrames()
{
    return g_cachedFrames.load();
}

qint64 CountryRenderNode::recolouredCountries()
{
    return g_recoloured.load();
}

CountryRenderNode::~CountryRenderNode()
{
    releaseResources();
}

void CountryRenderNode::setColors(const QVector<QRgb> &colors)
{
    const int n = std::min(colors.size(), m_textureWidth - 1);
    uchar *out = m_lookup.data() + 4;
    for (int i = 0; i < n; ++i) {
        const QRgb c = colors[i];
        const int a = qAlpha(c);
        out[4 * i + 0] = uchar(qRed(c) * a / 255);
        out[4 * i + 1] = uchar(qGreen(c) * a / 255);
        out[4 * i + 2] = uchar(qBlue(c) * a / 255);
        out[4 * i + 3] = uchar(a);
    }
    m_lookupDirty = true;
}

bool CountryRenderNode::initialize()
{
    QOpenGLContext *context = QOpenGLContext::currentContext();
    if (!context)
        return false;
    QOpenGLFunctions *f = context->functions();

    m_fillProgram = new QOpenGLShaderProgram;
    m_fillProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, LayerShaders::kFillVertex);
    m_fillProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment, LayerShaders::kFillFragment);
    m_fillProgram->bindAttributeLocation("a_position", 0);
    m_fillProgram->bindAttributeLocation("a_country", 1);
    m_lineProgram = new QOpenGLShaderProgram;
    m_lineProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, LayerShaders::kLineVertex);
    m_lineProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment, LayerShaders::kLineFragment);
    m_lineProgram->bindAttributeLocation("a_position", 0);
    m_lineProgram->bindAttributeLocation("a_direction", 1);
    m_lineProgram->bindAttributeLocation("a_corner", 2);
    m_indexProgram = new QOpenGLShaderProgram;
    m_indexProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, LayerShaders::kFillVertex);
    m_indexProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment, LayerShaders::kIndexFragment);
    m_indexProgram->bindAttributeLocation("a_position", 0);
    m_indexProgram->bindAttributeLocation("a_country", 1);
    m_recolourProgram = new QOpenGLShaderProgram;
    m_recolourProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, LayerShaders::kFillVertex);
    m_recolourProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment,
                                                        QByteArray(LayerShaders::kCompose) + LayerShaders::kRecolourFragment);
    m_recolourProgram->bindAttributeLocation("a_position", 0);
    m_recolourProgram->bindAttributeLocation("a_country", 1);
    if (!m_fillProgram->link() || !m_lineProgram->link() || !m_indexProgram->link() || !m_recolourProgram->link()) {
        qWarning() << "CountryRenderNode: shaders do not link:" << m_fillProgram->log() << m_lineProgram->log()
                   << m_indexProgram->log() << m_recolourProgram->log();
        return false;
    }

    // The geometry goes to the GPU here, once: four buffers per level, two for the graticule.
    const LayerGeometry &g = *m_geometry;
    m_buffers.resize(4 * g.levels.size() + 2);
    f->glGenBuffers(m_buffers.size(), m_buffers.data());
    for (int l = 0; l < g.levels.size(); ++l) {
        const LayerGeometry::Level &level = g.levels[l];
        const uint *b = m_buffers.data() + 4 * l;
        upload(f, GL_ARRAY_BUFFER, b[FillVertices], level.fillVertices.constData(), level.fillVertices.size() * sizeof(LayerGeometry::FillVertex));
        upload(f, GL_ELEMENT_ARRAY_BUFFER, b[FillIndices], level.fillIndices.constData(), level.fillIndices.size() * sizeof(quint32));
        upload(f, GL_ARRAY_BUFFER, b[LineVertices], level.lines.vertices.constData(), level.lines.vertices.size() * sizeof(LayerGeometry::LineVertex));
        upload(f, GL_ELEMENT_ARRAY_BUFFER, b[LineIndices], level.lines.indices.constData(), level.lines.indices.size() * sizeof(quint32));
    }
    const uint *b = m_buffers.data() + 4 * g.levels.size();
    upload(f, GL_ARRAY_BUFFER, b[0], g.graticule.vertices.constData(), g.graticule.vertices.size() * sizeof(LayerGeometry::LineVertex));
    upload(f, GL_ELEMENT_ARRAY_BUFFER, b[1], g.graticule.indices.constData(), g.graticule.indices.size() * sizeof(quint32));

    f->glGenTextures(1, &m_texture);
    f->glBindTexture(GL_TEXTURE_2D, m_texture);
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, m_textureWidth, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, m_lookup.constData());
    g_lookupBytes += m_lookup.size();
    f->glBindTexture(GL_TEXTURE_2D, 0);
    m_lookupDirty = false;
    return true;
}

void CountryRenderNode::releaseResources()
{
    QOpenGLContext *context = QOpenGLContext::currentContext();
    QOpenGLFunctions *f = context ? context->functions() : nullptr;
    if (f && !m_buffers.isEmpty()) {
        f->glDeleteBuffers(m_buffers.size(), m_buffers.data());
        f->glDeleteTextures(1, &m_texture);
    }
    m_cache.release(f);
    m_cacheValid = false;
    m_previousValid = false;
    m_buffers.clear();
    m_texture = 0;
    delete m_fillProgram;
    delete m_lineProgram;
    delete m_indexProgram;
    delete m_recolourProgram;
    m_fillProgram = m_lineProgram = m_indexProgram = m_recolourProgram = nullptr;
    m_lookupDirty = true;
}

QSGRenderNode::StateFlags CountryRenderNode::changedStates() const
{
    // The raster cache binds its framebuffer, viewport and colour mask (restored, but declared
    // so that Qt resets them too: the target is not framebuffer 0 when grabbing or in a layer).
    return BlendState | DepthState | StencilState | ScissorState | CullState | ColorState | ViewportState | RenderTargetState;
}

QSGRenderNode::RenderingFlags CountryRenderNode::flags() const
{
    return BoundedRectRendering;
}


void CountryRenderNode::bindLines(uint vertices, uint indices)
{
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    m_lineProgram->bind();
    f->glBindBuffer(GL_ARRAY_BUFFER, vertices);
    f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices);
    const int stride = sizeof(LayerGeometry::LineVertex);
    for (int a = 0; a < 3; ++a) {
        f->glEnableVertexAttribArray(a);
        f->glVertexAttribPointer(a, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(2 * a * sizeof(float)));
    }
}

void CountryRenderNode::drawLines(const QMatrix4x4 &mvp, const QVector2D &pixelToClip, const LayerGeometry::Range *range,
                                  float width, const QColor &color, float opacity)
{
    if ((range && range->count == 0) || width <= 0 || color.alpha() == 0)
        return;
    const float pixel = 1.0f / std::max(0.25f, m_frame.devicePixelRatio);
    m_lineProgram->setUniformValue("u_matrix", mvp);
    m_lineProgram->setUniformValue("u_pixelToClip", pixelToClip);
    m_lineProgram->setUniformValue("u_halfWidth", width / 2);
    m_lineProgram->setUniformValue("u_extent", width / 2 + pixel);
    m_lineProgram->setUniformValue("u_pixelSize", pixel);
    m_lineProgram->setUniformValue("u_color", premultiplied(color, opacity));
    for (const Copy &copy : m_frame.copies) {
        m_lineProgram->setUniformValue("u_shift", copy.shift);
        if (range)
            drawRange(*range);
        else
            std::for_each(copy.outlines.begin(), copy.outlines.end(), drawRange);
    }
}

void CountryRenderNode::drawGraticule(const QMatrix4x4 &toClip, const QColor &color, float opacity)
{
    const LayerGeometry &g = *m_geometry;
    const uint *buffers = m_buffers.constData() + 4 * g.levels.size();
    bindLines(buffers[0], buffers[1]);
    const LayerGeometry::Range all{0, int(g.graticule.indices.size())};
    drawLines(toClip * m_frame.camera, pixelToClip(toClip), &all, m_frame.graticuleWidth, color, opacity);
}

void CountryRenderNode::drawFills(QOpenGLShaderProgram *program, const QMatrix4x4 &toClip, const QVector<int> *countries)
{
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    const uint *buffers = m_buffers.constData() + 4 * m_frame.level;
    const LayerGeometry::Level &level = m_geometry->levels[m_frame.level];
    program->bind();
    if (program != m_indexProgram) { // coloured through the lookup
        f->glActiveTexture(GL_TEXTURE0);
        f->glBindTexture(GL_TEXTURE_2D, m_texture);
        program->setUniformValue("u_colors", 0);
        program->setUniformValue("u_textureWidth", float(m_textureWidth));
    }
    if (program == m_fillProgram)
        program->setUniformValue("u_opacity", float(inheritedOpacity()));
    program->setUniformValue("u_matrix", toClip * m_frame.camera);
    f->glBindBuffer(GL_ARRAY_BUFFER, buffers[FillVertices]);
    f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers[FillIndices]);
    const int stride = sizeof(LayerGeometry::FillVertex);
    f->glDisableVertexAttribArray(2);
    f->glEnableVertexAttribArray(0);
    f->glEnableVertexAttribArray(1);
    f->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(0));
    f->glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(2 * sizeof(float)));
    for (const Copy &copy : m_frame.copies) {
        program->setUniformValue("u_shift", copy.shift);
        if (countries)
            for (const int c : *countries)
                drawRange(level.fills[c]);
        else
            std::for_each(copy.fills.begin(), copy.fills.end(), drawRange);
    }
    f->glBindTexture(GL_TEXTURE_2D, 0);
}

// Borders, then the hub's outline and the selection's on top.
void CountryRenderNode::drawBorders(const QMatrix4x4 &toClip, float opacity)
{
    const LayerGeometry::Level &level = m_geometry->levels[m_frame.level];
    const uint *buffers = m_buffers.constData() + 4 * m_frame.level;
    const QMatrix4x4 mvp = toClip * m_frame.camera;
    const QVector2D toClipScale = pixelToClip(toClip);
    bindLines(buffers[LineVertices], buffers[LineIndices]);
    drawLines(mvp, toClipScale, nullptr, m_frame.borderWidth, m_frame.border, opacity);
    if (m_frame.hub >= 0 && m_frame.hub < level.outlines.size())
        drawLines(mvp, toClipScale, &level.outlines[m_frame.hub], m_frame.outlineWidth, m_frame.outline, opacity);
    if (m_frame.selected >= 0 && m_frame.selected < level.outlines.size())
        drawLines(mvp, toClipScale, &level.outlines[m_frame.selected], m_frame.selectionWidth, m_frame.selection, opacity);
}

void CountryRenderNode::uploadLookup()
{
    if (!m_lookupDirty)
        return;
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindTexture(GL_TEXTURE_2D, m_texture);
    f->glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, m_textureWidth, 1, GL_RGBA, GL_UNSIGNED_BYTE, m_lookup.constData());
    f->glBindTexture(GL_TEXTURE_2D, 0);
    g_lookupBytes += m_lookup.size();
    m_lookupDirty = false;
}

// Premultiplied blending; the scene graph's scissor and stencil for its target (none offscreen).
void CountryRenderNode::setState(const RenderState *state)
{
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_CULL_FACE);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    f->glEnable(GL_BLEND);
    f->glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    if (state && state->scissorEnabled()) {
        f->glEnable(GL_SCISSOR_TEST);
        const QRect r = state->scissorRect();
        f->glScissor(r.x(), r.y(), r.width(), r.height());
    } else {
        f->glDisable(GL_SCISSOR_TEST);
    }
    if (state && state->stencilEnabled()) {
        f->glEnable(GL_STENCIL_TEST);
        f->glStencilFunc(GL_EQUAL, state->stencilValue(), 0xff);
        f->glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    } else {
        f->glDisable(GL_STENCIL_TEST);
    }
}

void CountryRenderNode::rasterise(const Raster &raster)
{
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    // Index texture: the graticule's coverage into alpha (blended), then the fills' indices
    // into RGB (replaced: no blending, no antialiasing).
    setState(nullptr);
    m_cache.bindTarget(f, RasterCache::Index);
    f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    drawGraticule(raster.toClip, m_frame.graticule, 1);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_FALSE);
    f->glDisable(GL_BLEND);
    drawFills(m_indexProgram, raster.toClip);
    // Lines texture: antialiased, premultiplied.
    setState(nullptr);
    m_cache.bindTarget(f, RasterCache::Lines);
    drawBorders(raster.toClip, 1);
    // Colour texture: every pixel composed once.
    RasterCache::Composite c;
    c.colors = m_lookup;
    c.graticule = opaque(m_frame.graticule);
    c.background = opaque(m_frame.background);
    m_cache.compose(f, c);
    m_composed = m_lookup;
    ++g_rasterisations;
}

void CountryRenderNode::recolour(const Raster &raster)
{
    QVector<int> changed;
    for (int i = 0; i < m_geometry->countryCount; ++i)
        if (memcmp(m_lookup.constData() + 4 * (i + 1), m_composed.constData() + 4 * (i + 1), 4) != 0)
            changed << i;
    if (changed.isEmpty())
        return;
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    setState(nullptr);
    f->glDisable(GL_BLEND);
    m_cache.bindTarget(f, RasterCache::Colour, false);
    m_cache.bindSources(f, 1);
    m_recolourProgram->bind();
    m_recolourProgram->setUniformValue("u_index", 1);
    m_recolourProgram->setUniformValue("u_lines", 2);
    m_recolourProgram->setUniformValue("u_size", QVector2D(float(raster.pixels.width()), float(raster.pixels.height())));
    m_recolourProgram->setUniformValue("u_graticule", opaque(m_frame.graticule));
    m_recolourProgram->setUniformValue("u_background", opaque(m_frame.background));
    drawFills(m_recolourProgram, raster.toClip, &changed);
    for (int unit = 2; unit >= 1; --unit) {
        f->glActiveTexture(GLenum(GL_TEXTURE0 + unit));
        f->glBindTexture(GL_TEXTURE_2D, 0);
    }
    m_composed = m_lookup;
    g_recoloured += changed.size();
}

void CountryRenderNode::render(const RenderState *state)
{
    if (m_failed)
        return;
    if (!m_fillProgram && !initialize()) {
        m_failed = true;
        return;
    }
    QOpenGLFunctions *f = QOpenGLContext::currentContext()->functions();
    m_frame.level = std::clamp(m_frame.level, 0, int(m_geometry->levels.size()) - 1);
    uploadLookup();
    // What Qt set up, restored at the end: the target is not framebuffer 0 when a window is
    // grabbed, the item is in a layer or rendered through QQuickRenderControl.
    GLint framebuffer = 0, viewport[4] = {0, 0, 0, 0};
    GLfloat clearColor[4] = {0, 0, 0, 0};
    f->glGetIntegerv(GL_FRAMEBUFFER_BINDING, &framebuffer);
    f->glGetIntegerv(GL_VIEWPORT, viewport);
    f->glGetFloatv(GL_COLOR_CLEAR_VALUE, clearColor);

    const QMatrix4x4 itemToClip = *state->projectionMatrix() * *matrix();
    const float opacity = float(inheritedOpacity());
    Raster raster;
    raster.pixels = RasterCache::targetPixels(itemToClip, m_frame.rect, viewport);
    if (!raster.pixels.isEmpty())
        raster.toClip = RasterCache::cacheFromTarget(raster.pixels, viewport) * itemToClip;
    // The camera moved (or the size, level, lines): draw directly; the cache is filled once the
    // scene repeats, so that a camera path does not pay for both. It is filled again when the
    // target changes (a grab, a layer).
    const bool still = m_previousValid && sameScene(m_frame, m_previous);
    m_previous = m_frame;
    m_previousValid = true;
    // The copy replaces what lies under the item: only over an opaque background, at full
    // opacity and without a stencil clip (a blit ignores the stencil).
    const bool copyable = m_frame.rasterCache && m_frame.background.alpha() == 255 && opacity >= 1
        && !state->stencilEnabled() && RasterCache::supported();
    bool cached = copyable && still && !m_cacheFailed && !raster.pixels.isEmpty();
    if (cached) {
        if (!(m_cacheValid && sameScene(m_frame, m_cached.frame) && m_cached.toClip == raster.toClip
              && m_cached.pixels == raster.pixels)) {
            m_cacheValid = false;
            if (m_cache.allocate(f, raster.pixels.size(), m_textureWidth)) {
                rasterise(raster);
                m_cached = raster;
                m_cached.frame = m_frame;
                m_cacheValid = true;
            } else {
                m_cacheFailed = true;
                m_cache.release(f);
            }
        } else {
            recolour(raster);
        }
        f->glBindFramebuffer(GL_FRAMEBUFFER, GLuint(framebuffer));
        f->glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
        cached = m_cacheValid;
    }

    setState(state);
    if (cached) {
        // The scissor as the copied rectangle: an unscissored blit is a plain copy.
        const QRect pixels = state->scissorEnabled() ? raster.pixels & state->scissorRect() : raster.pixels;
        f->glDisable(GL_SCISSOR_TEST);
        if (!pixels.isEmpty())
            m_cache.blit(f, GLuint(framebuffer), raster.pixels.topLeft(), pixels);
        ++g_cachedFrames;
    } else {
        drawGraticule(itemToClip, m_frame.graticule, opacity);
        drawFills(m_fillProgram, itemToClip);
        drawBorders(itemToClip, opacity);
    }

    for (int a = 0; a < 3; ++a)
        f->glDisableVertexAttribArray(a);
    f->glBindBuffer(GL_ARRAY_BUFFER, 0);
    f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindTexture(GL_TEXTURE_2D, 0);
    f->glUseProgram(0);
    f->glClearColor(clearColor[0], clearColor[1], clearColor[2], clearColor[3]);
}
