#pragma once
// The fill colour of every boundary country as the screen shows it once settled: the colour
// rule (countrycolors) over the date's tiers, the viewer's filters and hover, and the theme.
#include "datasource.h"

#include <QColor>
#include <QObject>
#include <QVector>

class DateSnapshot;
class InteractionState;
class MapTheme;

class FillColors : public QObject
{
    Q_OBJECT

public:
    FillColors(DataRef data, DateSnapshot *snapshot, InteractionState *interaction, MapTheme *theme,
               QObject *parent = nullptr);

    QRgb of(int index) const { return m_colors.value(index); }
    const QVector<QRgb> &all() const { return m_colors; }

signals:
    // `changed` lists the countries whose colour differs, `tierChanged` those whose tier changed
    // with the date (the layer fades the former and pulses the latter).
    void changed(const QVector<int> &changed, const QVector<int> &tierChanged);

private:
    void update(const QVector<int> &tierChanged);

    DataRef m_data;
    DateSnapshot *m_snapshot;
    InteractionState *m_interaction;
    MapTheme *m_theme;
    QVector<QRgb> m_colors;
};
