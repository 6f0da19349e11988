#include "framerecorder.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

FrameRecorder::FrameRecorder(QQuickWindow *window) : QObject(window)
{
    m_clock.start();
    // Direct connections: the basic render loop emits all of these on the GUI thread.
    connect(window, &QQuickWindow::afterAnimating, this, [this] { m_animating = m_clock.nsecsElapsed(); }, Qt::DirectConnection);
    connect(window, &QQuickWindow::afterSynchronizing, this, [this] { m_synced = m_clock.nsecsElapsed(); }, Qt::DirectConnection);
    connect(window, &QQuickWindow::beforeRendering, this, [this] {
        m_renderStart = m_clock.nsecsElapsed();
        if (m_renderer.isEmpty() && QOpenGLContext::currentContext())
            m_renderer = QString::fromLatin1(reinterpret_cast<const char *>(
                QOpenGLContext::currentContext()->functions()->glGetString(GL_RENDERER)));
    }, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        Frame f;
        if (m_animating >= 0 && m_synced >= m_animating)
            f.guiMs = (m_synced - m_animating) / 1e6;
        if (m_renderStart >= 0)
            f.renderMs = (now - m_renderStart) / 1e6;
        if (m_lastSwap >= 0)
            f.intervalMs = (now - m_lastSwap) / 1e6;
        m_lastSwap = now;
        m_frames << f;
        m_animating = m_synced = m_renderStart = -1;
        emit frameSwapped();
    }, Qt::DirectConnection);
}
