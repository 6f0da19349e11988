#include "rastercache.h"
#include "layershaders.h"

#include <QMatrix4x4>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QOpenGLShaderProgram>
#include <QVector2D>
#include <QtDebug>

#include <atomic>
#include <cmath>

namespace {

std::atomic<qint64> g_allocatedBytes{0};

// One quad over the whole colour texture; each pixel reads the texels rasterised for it.
const char *const kVertex = R"(
attribute highp vec2 a_corner;
void main()
{
    gl_Position = vec4(a_corner * 2.0 - 1.0, 0.0, 1.0);
}
)";

const char *const kFragment = R"(
uniform sampler2D u_index;
uniform sampler2D u_lines;
uniform lowp vec4 u_colors[TABLE_SIZE];
uniform highp vec2 u_size;
void main()
{
    highp vec2 at = gl_FragCoord.xy / u_size;
    lowp vec4 cell = texture2D(u_index, at);
    gl_FragColor = compose(u_colors[int(countryAt(cell))], cell.a, texture2D(u_lines, at));
}
)";

#ifndef GL_BGRA
#define GL_BGRA 0x80E1
#endif

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
    m(1, 1) = -float(viewport[3]) / pixels.height();
    m(1, 3) = 1 - float(2 * (viewport[1] - pixels.y()) + viewport[3]) / pixels.height();
    return m;
}

bool RasterCache::supported()
{
    return QOpenGLFramebufferObject::hasOpenGLFramebufferBlit();
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
                                                QByteArray("#define TABLE_SIZE ") + QByteArray::number(tableSize) + '\n'
                                                    + LayerShaders::kCompose + kFragment);
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
        f->glGenTextures(3, m_textures);
    }
    // The colour texture in the window's byte order where the API allows it (Mesa then stores
    // it as BGRA): the blit into the window is a plain copy on llvmpipe, not a draw (measured:
    // 8 CPU ms a 1080p frame less).
    const GLenum colourFormat = QOpenGLContext::currentContext()->isOpenGLES() ? GL_RGBA : GL_BGRA;
    f->glActiveTexture(GL_TEXTURE0);
    for (const uint texture : m_textures) {
        f->glBindTexture(GL_TEXTURE_2D, texture);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        // A new size replaces the old storage: a window that shrinks gives the memory back.
        f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, size.width(), size.height(), 0,
                        texture == m_textures[Colour] ? colourFormat : GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    }
    f->glBindTexture(GL_TEXTURE_2D, 0);
    g_allocatedBytes += bytesFor(size) - (m_size.isValid() ? bytesFor(m_size) : 0);
    m_size = size;
    GLint previous = 0;
    f->glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
    bool complete = true;
    for (const Target target : {Index, Lines, Colour}) {
        bindTarget(f, target);
        complete = complete && f->glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    f->glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previous));
    if (!complete) {
        qWarning() << "RasterCache: the offscreen framebuffer is incomplete at" << size << "; drawing directly";
        release(f);
    }
    return complete;
}

void RasterCache::bindTarget(QOpenGLFunctions *f, Target target, bool clear)
{
    f->glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
    f->glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_textures[target], 0);
    f->glViewport(0, 0, m_size.width(), m_size.height());
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    if (clear) {
        f->glClearColor(0, 0, 0, 0);
        f->glClear(GL_COLOR_BUFFER_BIT);
    }
}

void RasterCache::bindSources(QOpenGLFunctions *f, int unit)
{
    for (int i = 0; i < 2; ++i) {
        f->glActiveTexture(GLenum(GL_TEXTURE0 + unit + i));
        f->glBindTexture(GL_TEXTURE_2D, m_textures[i]);
    }
}

void RasterCache::compose(QOpenGLFunctions *f, const Composite &c)
{
    bindTarget(f, Colour, false);
    f->glDisable(GL_BLEND);
    m_program->bind();
    bindSources(f, 0);
    m_program->setUniformValue("u_index", 0);
    m_program->setUniformValue("u_lines", 1);
    QVector<QVector4D> table(m_tableSize);
    for (int i = 0; i < m_tableSize && 4 * i + 3 < c.colors.size(); ++i)
        table[i] = QVector4D(c.colors[4 * i], c.colors[4 * i + 1], c.colors[4 * i + 2], c.colors[4 * i + 3]) / 255.0f;
    m_program->setUniformValueArray("u_colors", table.constData(), table.size());
    m_program->setUniformValue("u_size", QVector2D(float(m_size.width()), float(m_size.height())));
    m_program->setUniformValue("u_graticule", c.graticule);
    m_program->setUniformValue("u_background", c.background);
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

void RasterCache::blit(QOpenGLFunctions *f, uint target, const QPoint &origin, const QRect &pixels)
{
    bindTarget(f, Colour, false);
    QOpenGLExtraFunctions *e = QOpenGLContext::currentContext()->extraFunctions();
    e->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    // The cache's rows are upside down (cacheFromTarget): flipped back here.
    const int x = pixels.x() - origin.x(), top = m_size.height() - (pixels.y() - origin.y());
    e->glBlitFramebuffer(x, top, x + pixels.width(), top - pixels.height(), pixels.x(), pixels.y(),
                         pixels.x() + pixels.width(), pixels.y() + pixels.height(), GL_COLOR_BUFFER_BIT, GL_NEAREST);
    f->glBindFramebuffer(GL_FRAMEBUFFER, target);
}

void RasterCache::release(QOpenGLFunctions *f)
{
    if (f && m_framebuffer) {
        f->glDeleteFramebuffers(1, &m_framebuffer);
        f->glDeleteTextures(3, m_textures);
    }
    if (m_size.isValid())
        g_allocatedBytes -= bytesFor(m_size);
    if (f && m_quad)
        f->glDeleteBuffers(1, &m_quad);
    m_framebuffer = m_quad = 0;
    m_textures[0] = m_textures[1] = m_textures[2] = 0;
    m_size = QSize();
    delete m_program;
    m_program = nullptr;
}
