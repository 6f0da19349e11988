#pragma once
// A story scene's caption on a rendered map (a story video's frames), as the app's story
// overlay shows it (qml/StoryOverlay.qml): a panel at the bottom, centred, with the caption in
// bold (MapStyle::kCaptionPx, wrapped) and the scene counter "3 / 17" at its right. On a
// composed map it keeps clear of the legend card and the sources: centred in the width right
// of the legend and above the sources when centring on the whole output would cover them.
#include "mapstyle.h"

#include <QRectF>
#include <QVector>

class QPainter;

class StoryCaption
{
public:
    StoryCaption() = default;
    StoryCaption(const QString &text, const QString &counter, const MapStyle &style, double unit, const QSize &size,
                 const QVector<QRectF> &avoid = {});

    bool isEmpty() const { return m_box.isNull(); }
    QRectF box() const { return m_box; } // null without a caption
    QRectF textBox() const { return m_textBox; }
    void paint(QPainter *painter, const QRectF &area) const;

private:
    void layout(double left, double right, double bottom);

    QString m_text, m_counter;
    MapStyle m_style;
    double m_unit = 1;
    QRectF m_box, m_textBox, m_counterBox;
};
