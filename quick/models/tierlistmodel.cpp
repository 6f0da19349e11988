#include "tierlistmodel.h"

#include "modelrow.h"

#include "localization.h"
#include "datesnapshot.h"
#include "interactionstate.h"
#include "maptheme.h"

TierListModel::TierListModel(const MapState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    for (const Tier t : tiers::legendOrder())
        m_counts << (t == Tier::Hub ? -1 : state.snapshot->counts().perTier.value(t));
    connect(state.snapshot, &DateSnapshot::countsChanged, this, &TierListModel::countsChanged);
    connect(state.interaction, &InteractionState::tierFilterChanged, this, &TierListModel::filterChanged);
    connect(state.localization, &Localization::languageChanged, this, &TierListModel::appearanceChanged);
    connect(state.theme, &MapTheme::changed, this, &TierListModel::appearanceChanged);
}

int TierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : tiers::legendOrder().size();
}

QVariant TierListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tier tier = tiers::legendOrder()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return m_state.localization->tierName(tier);
    case TierRole: return tierKey(tier);
    case ColorRole: return m_state.theme->style().tierColor(tier);
    case CountRole: return m_counts[index.row()];
    case HiddenRole: return m_state.interaction->isTierHidden(tier);
    case HighlightedRole: return tier != Tier::Hub && m_state.interaction->highlightedTier() == tierKey(tier);
    case IsPartnerTierRole: return tiers::isPartner(tier);
    case OptionalRole: return tiers::traits(tier).optional;
    }
    return {};
}

QHash<int, QByteArray> TierListModel::roleNames() const
{
    return {{TierRole, "tier"},           {NameRole, "name"},         {ColorRole, "color"},
            {CountRole, "count"},         {HiddenRole, "hidden"},     {HighlightedRole, "highlighted"},
            {IsPartnerTierRole, "isPartnerTier"}, {OptionalRole, "optional"}};
}

int TierListModel::countOf(const QString &key) const
{
    for (int row = 0; row < tiers::legendOrder().size(); ++row)
        if (tierKey(tiers::legendOrder()[row]) == key)
            return m_counts[row];
    return -1;
}

QVariantMap TierListModel::get(int row) const
{
    return modelRow(this, row);
}

void TierListModel::countsChanged()
{
    for (int row = 0; row < tiers::legendOrder().size(); ++row) {
        const Tier t = tiers::legendOrder()[row];
        const int count = t == Tier::Hub ? -1 : m_state.snapshot->counts().perTier.value(t);
        if (count != m_counts[row]) {
            m_counts[row] = count;
            emit dataChanged(index(row), index(row), {CountRole});
        }
    }
}

void TierListModel::filterChanged()
{
    emit dataChanged(index(0), index(rowCount() - 1), {HiddenRole, HighlightedRole});
}

void TierListModel::appearanceChanged()
{
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, NameRole, ColorRole});
}
