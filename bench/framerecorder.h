#pragma once
// Per-frame timings of a QQuickWindow under the basic (single-threaded) render loop:
// GUI-thread time (animations, polish and scene-graph sync), render time (render and swap)
// and the interval between swapped frames. Milliseconds.
#include <QElapsedTimer>
#include <QObject>
#include <QVector>

class QQuickWindow;

class FrameRecorder : public QObject
{
    Q_OBJECT
public:
    struct Frame {
        double guiMs = 0;
        double renderMs = 0;
        double intervalMs = 0;
    };

    explicit FrameRecorder(QQuickWindow *window);
    const QVector<Frame> &frames() const { return m_frames; }
    void clear() { m_frames.clear(); m_lastSwap = -1; }
    QString glRenderer() const { return m_renderer; }

signals:
    void frameSwapped();

private:
    QElapsedTimer m_clock;
    qint64 m_animating = -1, m_synced = -1, m_renderStart = -1, m_lastSwap = -1;
    QVector<Frame> m_frames;
    QString m_renderer;
};
