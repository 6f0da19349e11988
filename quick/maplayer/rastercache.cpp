#include "rastercache.h"

#include <QOpenGLFunctions>
#include <QOpenGLShaderProgram>
#include <QtDebug>

#include <atomic>
#include <cmath>

namespace {

std::atomic<qint64> g_allocatedBytes{0};

const char *const kVertex = R"(
attribute highp vec2 a_corner;
uniform highp mat4 u_matrix;
uniform highp vec4 u_rect;
void main()
{
    gl_Position = u_matrix * vec4(u_rect.xy + a_corner * u_rect.zw, 0.0, 1.0);
}
)";

// The texels are read where the target's pixel lies (gl_FragCoord), so that each pixel shows
// exactly the texel rasterised for it. Layers from the bottom: graticule, fill, lines.
const char *const kFragment = R"(
uniform sampler2D u_index;
uniform sampler2D u_lines;
uniform lowp vec4 u_colors[TABLE_SIZE];
uniform highp vec2 u_origin;
uniform highp vec2 u_size;
uniform lowp vec4 u_graticule;
uniform lowp float u_opacity;
void main()
{
    highp vec2 at = (gl_FragCoord.xy - u_origin) / u_size;
    lowp vec4 cell = texture2D(u_index, at);
    highp vec3 bytes = floor(cell.rgb * 255.0 + 0.5);
    highp float index = bytes.r + bytes.g * 256.0 + bytes.b * 65536.0;
    lowp vec4 fill = u_colors[int(index)]; // a uniform array: cheaper than a dependent texture read on llvmpipe
    lowp vec4 color = fill + u_graticule * cell.a * (1.0 - fill.a);
    lowp vec4 lines = texture2D(u_lines, at);
    gl_FragColor = (lines + color * (1.0 - lines.a)) * u_opacity;
}
)";

} // namespace

// The item's bounds in the target's pixels (viewport x, y, width, height), whole pixels.
QRect RasterCache::targetPixels(const QMatrix4x4 &toClip, const QRectF &rect, const GLint *viewport)
{
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const QPointF &corner : {rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()}) {
        const QVector4D p = toClip * QVector4D(float(corner.x()), float(corner.y()), 0, 1);
        const double x = viewport[0] + (p.x() / p.w() + 1) / 2 * viewport[2];
        const double y = viewport[1] + (p.y() / p.w() + 1) / 2 * viewport[3];
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
    const QRect bounds(QPoint(int(std::floor(x0)), int(std::floor(y0))), QPoint(int(std::ceil(x1)) - 1, int(std::ceil(y1)) - 1));
    return bounds & QRect(viewport[0], viewport[1], viewport[2], viewport[3]);
}

// Clip space of the target -> clip space of a texture covering `pixels` of it: the cache's
// texel (i, j) is rasterised exactly as the target's pixel (pixels.x + i, pixels.y + j).
QMatrix4x4 RasterCache::cacheFromTarget(const QRect &pixels, const GLint *viewport)
{
    QMatrix4x4 m;
    m(0, 0) = float(viewport[2]) / pixels.width();
    m(0, 3) = float(2 * (viewport[0] - pixels.x()) + viewport[2]) / pixels.width() - 1;
    m(1, 1) = float(viewport[3]) / pixels.height();
    m(1, 3) = float(2 * (viewport[1] - pixels.y()) + viewport[3]) / pixels.height() - 1;
    return m;
}

qint64 RasterCache::allocatedBytes()
{
    return g_allocatedBytes.load();
}

RasterCache::~RasterCache()
{
    delete m_program; // GL objects go in release(), with the context current
}

bool RasterCache::createProgram(QOpenGLFunctions *f, int tableSize)
{
    m_program = new QOpenGLShaderProgram;
    m_program->addCacheableShaderFromSourceCode(QOpenGLShader::Vertex, kVertex);
    m_program->addCacheableShaderFromSourceCode(QOpenGLShader::Fragment,
                                                QByteArray("#define TABLE_SIZE ") + QByteArray::number(tableSize) + '\n' + kFragment);
    m_tableSize = tableSize;
    m_program->bindAttributeLocation("a_corner", 0);
    if (!m_program->link()) {
        qWarning() << "RasterCache: shaders do not link:" << m_program->log();
        return false;
    }
    const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    f->glGenBuffers(1, &m_quad);
    f->glBindBuffer(GL_ARRAY_BUFFER, m_quad);
    f->glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    f->glBindBuffer(GL_ARRAY_BUFFER, 0);
    return true;
}

bool RasterCache::allocate(QOpenGLFunctions *f, const QSize &size, int tableSize)
{
    if (size == m_size && m_framebuffer)
        return true;
    if (!m_program && !createProgram(f, tableSize))
        return false;
    if (!m_framebuffer) {
        f->glGenFramebuffers(1, &m_framebuffer);
        f->glGenTextures(2, m_textures);
    }
    f->glActiveTexture(GL_TEXTURE0);
    for (const uint texture : m_textures) {
        f->glBindTexture(GL_TEXTURE_2D, texture);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        // A new size replaces the old storage: a window that shrinks gives the memory back.
        f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, size.width(), size.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    }
    f->glBindTexture(GL_TEXTURE_2D, 0);
    g_allocatedBytes += bytesFor(size) - (m_size.isValid() ? bytesFor(m_size) : 0);
    m_size = size;
    GLint previous = 0;
    f->glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    bindTarget(f, Index);
    bool complete = f->glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    bindTarget(f, Lines);
    complete = complete && f->glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    f->glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previous));
    if (!complete) {
        qWarning() << "RasterCache: the offscreen framebuffer is incomplete at" << size << "; drawing directly";
        release(f);
    }
    return complete;
}

void RasterCache::bindTarget(QOpenGLFunctions *f, Target target)
{
    f->glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
    f->glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_textures[target], 0);
    f->glViewport(0, 0, m_size.width(), m_size.height());
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    f->glClearColor(0, 0, 0, 0);
    f->glClear(GL_COLOR_BUFFER_BIT);
}

void RasterCache::composite(QOpenGLFunctions *f, const Composite &c)
{
    m_program->bind();
    for (int unit = 0; unit < 2; ++unit) {
        f->glActiveTexture(GL_TEXTURE0 + unit);
        f->glBindTexture(GL_TEXTURE_2D, m_textures[unit]);
    }
    m_program->setUniformValue("u_index", 0);
    m_program->setUniformValue("u_lines", 1);
    QVector<QVector4D> table(m_tableSize);
    for (int i = 0; i < m_tableSize && 4 * i + 3 < c.colors.size(); ++i)
        table[i] = QVector4D(c.colors[4 * i], c.colors[4 * i + 1], c.colors[4 * i + 2], c.colors[4 * i + 3]) / 255.0f;
    m_program->setUniformValueArray("u_colors", table.constData(), table.size());
    m_program->setUniformValue("u_matrix", c.itemToClip);
    m_program->setUniformValue("u_rect", QVector4D(float(c.rect.x()), float(c.rect.y()), float(c.rect.width()), float(c.rect.height())));
    m_program->setUniformValue("u_origin", QVector2D(c.origin));
    m_program->setUniformValue("u_size", QVector2D(float(m_size.width()), float(m_size.height())));
    m_program->setUniformValue("u_graticule", c.graticule);
    m_program->setUniformValue("u_opacity", c.opacity);
    f->glBindBuffer(GL_ARRAY_BUFFER, m_quad);
    f->glEnableVertexAttribArray(0);
    f->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    f->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    f->glDisableVertexAttribArray(0);
    f->glBindBuffer(GL_ARRAY_BUFFER, 0);
    for (int unit = 1; unit >= 0; --unit) { // unit 0 active at the end: Qt's materials expect it
        f->glActiveTexture(GL_TEXTURE0 + unit);
        f->glBindTexture(GL_TEXTURE_2D, 0);
    }
    m_program->release();
}

void RasterCache::release(QOpenGLFunctions *f)
{
    if (f && m_framebuffer) {
        f->glDeleteFramebuffers(1, &m_framebuffer);
        f->glDeleteTextures(2, m_textures);
    }
    if (m_size.isValid())
        g_allocatedBytes -= bytesFor(m_size);
    if (f && m_quad)
        f->glDeleteBuffers(1, &m_quad);
    m_framebuffer = m_quad = 0;
    m_textures[0] = m_textures[1] = 0;
    m_size = QSize();
    delete m_program;
    m_program = nullptr;
}
