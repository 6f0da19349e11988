#pragma once
// Finds taps (a press and a release close in place and time, mouse or one finger) in the
// events of an item it watches without taking them, so that the item (the Map) keeps its
// gestures and no handler competes with it for the grab. Positions are in `target`'s
// coordinates.
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QQuickItem>

class TapDetector : public QObject
{
    Q_OBJECT

public:
    explicit TapDetector(QQuickItem *target);
    void watch(QQuickItem *item); // null: none

signals:
    void tapped(const QPointF &at);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QQuickItem *m_target;
    QPointer<QQuickItem> m_watched;
    QPointF m_pressAt;
    qint64 m_pressTime = -1;
};
