#include "tapdetector.h"

#include <QDateTime>
#include <QLineF>
#include <QMouseEvent>
#include <QTouchEvent>

#include <algorithm>

TapDetector::TapDetector(QQuickItem *target)
    : QObject(target)
    , m_target(target)
{
}

void TapDetector::watch(QQuickItem *item)
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = item;
    m_pressTime = -1;
    if (m_watched)
        m_watched->installEventFilter(this);
}

bool TapDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_watched)
        return false;
    QPointF at;
    enum { None, Press, Move, Release, Cancel } kind = None;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->source() != Qt::MouseEventNotSynthesized)
            return false; // taps come through the touch events
        if (event->type() != QEvent::MouseMove && e->button() != Qt::LeftButton)
            return false;
        at = e->localPos();
        kind = event->type() == QEvent::MouseButtonPress ? Press : event->type() == QEvent::MouseMove ? Move : Release;
        break;
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *e = static_cast<QTouchEvent *>(event);
        if (e->touchPoints().size() != 1) {
            kind = Cancel;
            break;
        }
        at = e->touchPoints().constFirst().pos();
        kind = event->type() == QEvent::TouchBegin ? Press : event->type() == QEvent::TouchUpdate ? Move : Release;
        break;
    }
    case QEvent::TouchCancel:
        kind = Cancel;
        break;
    default:
        return false;
    }
    const QPointF local = m_target->mapFromItem(m_watched, at);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double slop = std::max(4.0, m_target->height() / 150.0);
    switch (kind) {
    case Press:
        m_pressAt = local;
        m_pressTime = now;
        break;
    case Move:
        if (m_pressTime >= 0 && QLineF(local, m_pressAt).length() > slop)
            m_pressTime = -1; // a drag
        break;
    case Release:
        if (m_pressTime >= 0 && now - m_pressTime < 800 && QLineF(local, m_pressAt).length() <= slop)
            emit tapped(local);
        m_pressTime = -1;
        break;
    case Cancel:
        m_pressTime = -1;
        break;
    case None:
        break;
    }
    return false;
}
