#pragma once
// Per-frame timings of a QQuickWindow under the basic (single-threaded) render loop:
// GUI-thread time (from the window's update request through animations, polish and scene-graph
// sync, plus work the caller did to start the frame, see addGuiTime), render time (render and
// swap) and the interval between swapped frames. Milliseconds.
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
    // Adds GUI-thread work done outside the frame (e.g. setting the camera) to the next frame.
    void addGuiTime(double ms) { m_extraGuiMs += ms; }
    QString glRenderer() const { return m_renderer; }

signals:
    void frameSwapped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_clock;
    qint64 m_frameStart = -1, m_synced = -1, m_renderStart = -1, m_lastSwap = -1;
    double m_extraGuiMs = 0;
    QVector<Frame> m_frames;
    QString m_renderer;
};
