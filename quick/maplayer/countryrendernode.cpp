#include "countryrendernode.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLShaderProgram>
#include <QVector2D>
#include <QtDebug>

#include <atomic>

namespace {

const char *const kFillVertex = R"(
attribute highp vec2 a_position;
attribute highp float a_country;
uniform highp mat4 u_matrix;
uniform highp float u_shift;
varying highp float v_country;
void main()
{
    v_country = a_country;
    gl_Position = u_matrix * vec4(a_position.x + u_shift, a_position.y, 0.0, 1.0);
}
)";

const char *const kFillFragment = R"(
uniform sampler2D u_colors;
uniform highp float u_textureWidth;
uniform lowp float u_opacity;
varying highp float v_country;
void main()
{
    gl_FragColor = texture2D(u_colors, vec2((v_country + 0.5) / u_textureWidth, 0.5)) * u_opacity;
}
)";

// Each segment is a quad widened on screen: constant width in pixels at any zoom.
const char *const kLineVertex = R"(
attribute highp vec2 a_position;
attribute highp vec2 a_direction;
attribute highp vec2 a_corner;
uniform highp mat4 u_matrix;
uniform highp float u_shift;
uniform highp vec2 u_pixelToClip;
uniform highp float u_extent;
varying highp float v_across;
void main()
{
    highp vec4 p = u_matrix * vec4(a_position.x + u_shift, a_position.y, 0.0, 1.0);
    highp vec2 normal = vec2(-a_direction.y, a_direction.x);
    highp vec2 offset = (normal * a_corner.x + a_direction * a_corner.y) * u_extent;
    p.xy += offset * u_pixelToClip * p.w;
    v_across = a_corner.x * u_extent;
    gl_Position = p;
}
)";

// Antialiased across the line: coverage from the distance to its centre, in device pixels.
const char *const kLineFragment = R"(
uniform lowp vec4 u_color;
uniform highp float u_halfWidth;
uniform highp float u_pixelSize;
varying highp float v_across;
void main()
{
    highp float coverage = clamp((u_halfWidth - abs(v_across)) / u_pixelSize + 0.5, 0.0, 1.0);
    gl_FragColor = u_color * coverage;
}
)";

std::atomic<qint64> g_geometryBytes{0};
std::atomic<qint64> g_lookupBytes{0};

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

} // namespace

CountryRenderNode::CountryRenderNode(std::shared_ptr<const LayerGeometry> geometry)
    : m_geometry(std::move(geometry))
{
    m_textureWidth = 64;
    while (m_textureWidth < m_geometry->countryCount)
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

CountryRenderNode::~CountryRenderNode()
{
    releaseResources();
}

void CountryRenderNode::setColors(const QVector<QRgb> &colors)
{
    const int n = std::min(colors.size(), m_textureWidth);
    uchar *out = m_lookup.data();
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
    m_fillProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, kFillVertex);
    m_fillProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment, kFillFragment);
    m_fillProgram->bindAttributeLocation("a_position", 0);
    m_fillProgram->bindAttributeLocation("a_country", 1);
    m_lineProgram = new QOpenGLShaderProgram;
    m_lineProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, kLineVertex);
    m_lineProgram->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment, kLineFragment);
    m_lineProgram->bindAttributeLocation("a_position", 0);
    m_lineProgram->bindAttributeLocation("a_direction", 1);
    m_lineProgram->bindAttributeLocation("a_corner", 2);
    if (!m_fillProgram->link() || !m_lineProgram->link()) {
        qWarning() << "CountryRenderNode: shaders do not link:" << m_fillProgram->log() << m_lineProgram->log();
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
    if (context && !m_buffers.isEmpty()) {
        QOpenGLFunctions *f = context->functions();
        f->glDeleteBuffers(m_buffers.size(), m_buffers.data());
        f->glDeleteTextures(1, &m_texture);
    }
    m_buffers.clear();
    m_texture = 0;
    delete m_fillProgram;
    delete m_lineProgram;
    m_fillProgram = m_lineProgram = nullptr;
    m_lookupDirty = true;
}

QSGRenderNode::StateFlags CountryRenderNode::changedStates() const
{
    return BlendState | DepthState | StencilState | ScissorState | CullState;
}

QSGRenderNode::RenderingFlags CountryRenderNode::flags() const
{
    return BoundedRectRendering;
}

void CountryRenderNode::drawLines(const QMatrix4x4 &mvp, const QVector2D &pixelToClip, const LayerGeometry::Range *range,
                                  float width, const QColor &color)
{
    if ((range && range->count == 0) || width <= 0 || color.alpha() == 0)
        return;
    const float pixel = 1.0f / std::max(0.25f, m_frame.devicePixelRatio);
    m_lineProgram->setUniformValue("u_matrix", mvp);
    m_lineProgram->setUniformValue("u_pixelToClip", pixelToClip);
    m_lineProgram->setUniformValue("u_halfWidth", width / 2);
    m_lineProgram->setUniformValue("u_extent", width / 2 + pixel);
    m_lineProgram->setUniformValue("u_pixelSize", pixel);
    m_lineProgram->setUniformValue("u_color", premultiplied(color, float(inheritedOpacity())));
    for (const Copy &copy : m_frame.copies) {
        m_lineProgram->setUniformValue("u_shift", copy.shift);
        if (range)
            drawRange(*range);
        else
            std::for_each(copy.outlines.begin(), copy.outlines.end(), drawRange);
    }
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
    const LayerGeometry &g = *m_geometry;
    const int levelIndex = std::clamp(m_frame.level, 0, int(g.levels.size()) - 1);
    const LayerGeometry::Level &level = g.levels[levelIndex];
    const uint *levelBuffers = m_buffers.constData() + 4 * levelIndex;
    const uint *graticuleBuffers = m_buffers.constData() + 4 * g.levels.size();
    const QMatrix4x4 itemToClip = *state->projectionMatrix() * *matrix();
    const QMatrix4x4 mvp = itemToClip * m_frame.camera;
    const QVector2D pixelToClip(itemToClip(0, 0), itemToClip(1, 1));

    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_CULL_FACE);
    f->glEnable(GL_BLEND);
    f->glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    if (state->scissorEnabled()) {
        f->glEnable(GL_SCISSOR_TEST);
        const QRect r = state->scissorRect();
        f->glScissor(r.x(), r.y(), r.width(), r.height());
    } else {
        f->glDisable(GL_SCISSOR_TEST);
    }
    if (state->stencilEnabled()) {
        f->glEnable(GL_STENCIL_TEST);
        f->glStencilFunc(GL_EQUAL, state->stencilValue(), 0xff);
        f->glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    } else {
        f->glDisable(GL_STENCIL_TEST);
    }

    // Lines: graticule first (under the land).
    auto bindLines = [&](uint vertices, uint indices) {
        m_lineProgram->bind();
        f->glBindBuffer(GL_ARRAY_BUFFER, vertices);
        f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices);
        const int stride = sizeof(LayerGeometry::LineVertex);
        f->glEnableVertexAttribArray(0);
        f->glEnableVertexAttribArray(1);
        f->glEnableVertexAttribArray(2);
        f->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(0));
        f->glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(2 * sizeof(float)));
        f->glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void *>(4 * sizeof(float)));
    };
    bindLines(graticuleBuffers[0], graticuleBuffers[1]);
    const LayerGeometry::Range graticule{0, int(g.graticule.indices.size())};
    drawLines(mvp, pixelToClip, &graticule, m_frame.graticuleWidth, m_frame.graticule);
    f->glDisableVertexAttribArray(2);

    // Fills, coloured through the lookup.
    m_fillProgram->bind();
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindTexture(GL_TEXTURE_2D, m_texture);
    if (m_lookupDirty) {
        f->glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, m_textureWidth, 1, GL_RGBA, GL_UNSIGNED_BYTE, m_lookup.constData());
        g_lookupBytes += m_lookup.size();
        m_lookupDirty = false;
    }
    m_fillProgram->setUniformValue("u_colors", 0);
    m_fillProgram->setUniformValue("u_textureWidth", float(m_textureWidth));
    m_fillProgram->setUniformValue("u_opacity", float(inheritedOpacity()));
    m_fillProgram->setUniformValue("u_matrix", mvp);
    f->glBindBuffer(GL_ARRAY_BUFFER, levelBuffers[FillVertices]);
    f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, levelBuffers[FillIndices]);
    const int fillStride = sizeof(LayerGeometry::FillVertex);
    f->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, fillStride, reinterpret_cast<const void *>(0));
    f->glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, fillStride, reinterpret_cast<const void *>(2 * sizeof(float)));
    for (const Copy &copy : m_frame.copies) {
        m_fillProgram->setUniformValue("u_shift", copy.shift);
        std::for_each(copy.fills.begin(), copy.fills.end(), drawRange);
    }
    f->glBindTexture(GL_TEXTURE_2D, 0);

    // Borders, then the hub's outline and the selection's on top.
    bindLines(levelBuffers[LineVertices], levelBuffers[LineIndices]);
    drawLines(mvp, pixelToClip, nullptr, m_frame.borderWidth, m_frame.border);
    if (m_frame.hub >= 0 && m_frame.hub < level.outlines.size())
        drawLines(mvp, pixelToClip, &level.outlines[m_frame.hub], m_frame.outlineWidth, m_frame.outline);
    if (m_frame.selected >= 0 && m_frame.selected < level.outlines.size())
        drawLines(mvp, pixelToClip, &level.outlines[m_frame.selected], m_frame.selectionWidth, m_frame.selection);

    f->glDisableVertexAttribArray(0);
    f->glDisableVertexAttribArray(1);
    f->glDisableVertexAttribArray(2);
    f->glBindBuffer(GL_ARRAY_BUFFER, 0);
    f->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    m_lineProgram->release();
}
