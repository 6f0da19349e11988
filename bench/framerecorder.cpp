#include "framerecorder.h"

#include <QEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

FrameRecorder::FrameRecorder(QQuickWindow *window) : QObject(window)
{
    m_clock.start();
    // The basic render loop draws a frame when the window handles its UpdateRequest event, and
    // emits all of these on the GUI thread.
    window->installEventFilter(this);
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
        if (m_frameStart >= 0 && m_synced >= m_frameStart)
            f.guiMs = (m_synced - m_frameStart) / 1e6 + m_extraGuiMs;
        if (m_renderStart >= 0)
            f.renderMs = (now - m_renderStart) / 1e6;
        if (m_lastSwap >= 0)
            f.intervalMs = (now - m_lastSwap) / 1e6;
        m_lastSwap = now;
        m_frames << f;
        m_frameStart = m_synced = m_renderStart = -1;
        m_extraGuiMs = 0;
        emit frameSwapped();
    }, Qt::DirectConnection);
}

bool FrameRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest && m_frameStart < 0)
        m_frameStart = m_clock.nsecsElapsed();
    return QObject::eventFilter(watched, event);
}
