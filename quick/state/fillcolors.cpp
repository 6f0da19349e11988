#include "fillcolors.h"

#include "countrycolors.h"
#include "datesnapshot.h"
#include "interactionstate.h"
#include "maptheme.h"

FillColors::FillColors(DataRef data, DateSnapshot *snapshot, InteractionState *interaction,
                       MapTheme *theme, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_snapshot(snapshot)
    , m_interaction(interaction)
    , m_theme(theme)
    , m_colors(countrycolors::fills(m_data->boundaries, snapshot->tiers(), theme->style(), interaction->colorFilter()))
{
    connect(m_snapshot, &DateSnapshot::changed, this, [this](const QVector<int> &, const QVector<int> &tierChanged) {
        update(tierChanged);
    });
    connect(m_interaction, &InteractionState::hoverChanged, this, [this] { update({}); });
    connect(m_interaction, &InteractionState::tierFilterChanged, this, [this] { update({}); });
    connect(m_theme, &MapTheme::changed, this, [this] { update({}); });
    connect(m_data.source(), &DataSource::replaced, this, [this] { update({}); });
}

void FillColors::update(const QVector<int> &tierChanged)
{
    const QVector<QRgb> now = countrycolors::fills(m_data->boundaries, m_snapshot->tiers(), m_theme->style(),
                                                   m_interaction->colorFilter());
    QVector<int> differing;
    for (int i = 0; i < now.size(); ++i)
        if (now[i] != m_colors.value(i) || now.size() != m_colors.size())
            differing << i;
    m_colors = now;
    if (!differing.isEmpty() || !tierChanged.isEmpty())
        emit changed(differing, tierChanged);
}
