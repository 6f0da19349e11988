#include "interactionstate.h"

#include "datesnapshot.h"
#include "localization.h"

InteractionState::InteractionState(DataRef data, DateSnapshot *snapshot, Localization *localization,
                                   QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_snapshot(snapshot)
    , m_localization(localization)
{
    // The hovered country's name and tier read differently after a date or language change.
    connect(m_snapshot, &DateSnapshot::changed, this, [this](const QVector<int> &changed) {
        if (changed.contains(hoveredIndex()))
            emit hoverTextChanged();
    });
    connect(m_localization, &Localization::languageChanged, this, &InteractionState::hoverTextChanged);
    connect(this, &InteractionState::hoverChanged, this, &InteractionState::hoverTextChanged);
    // New data keeps the selection and the hover, unless their country is gone.
    connect(m_data.source(), &DataSource::replaced, this, [this] {
        if (!isKnownKey(m_selectedKey))
            clearSelection();
        else
            emit selectionChanged(); // its index may differ
        setHoveredKey(m_hoveredKey);
        emit hoverTextChanged();
    });
}

bool InteractionState::isKnownKey(const QString &key) const
{
    return m_data->boundaries.indexOf(key) >= 0 || landmarkIndex(key) >= 0;
}

void InteractionState::select(const QString &key)
{
    const QString k = isKnownKey(key) ? key : QString();
    if (k == m_selectedKey)
        return;
    m_selectedKey = k;
    emit selectionChanged();
}

void InteractionState::setHoveredKey(const QString &key)
{
    const QString k = isKnownKey(key) ? key : QString();
    if (k == m_hoveredKey)
        return;
    m_hoveredKey = k;
    emit hoverChanged();
}

QString InteractionState::landmarkOwnerName(int landmark) const
{
    const QString owner = m_data->boundaries.landmarks.value(landmark).owner;
    const Country *c = m_data->boundaries.country(owner);
    return c ? m_localization->name(c->nameVi, c->nameEn) : owner;
}

QString InteractionState::hoveredName() const
{
    const int landmark = landmarkIndex(m_hoveredKey);
    if (landmark >= 0) {
        const Landmark &l = m_data->boundaries.landmarks[landmark];
        return m_localization->name(l.nameVi, l.nameEn);
    }
    const Country *c = m_data->boundaries.country(m_hoveredKey);
    return c ? m_localization->name(c->nameVi, c->nameEn) : QString();
}

QString InteractionState::hoveredTier() const
{
    const int landmark = landmarkIndex(m_hoveredKey);
    if (landmark >= 0) // the owner's colour
        return tierKey(m_snapshot->tierOf(m_data->boundaries.indexOf(m_data->boundaries.landmarks[landmark].owner)));
    const int i = hoveredIndex();
    return i < 0 ? QString() : tierKey(m_snapshot->tierOf(i));
}

QString InteractionState::hoveredTierName() const
{
    const int landmark = landmarkIndex(m_hoveredKey);
    if (landmark >= 0)
        return m_localization->string(QStringLiteral("landmarkOf")).arg(landmarkOwnerName(landmark));
    const int i = hoveredIndex();
    if (i >= 0 && m_data->boundaries.countries[i].kind == CountryKind::Other) // Antarctica: no tier
        return m_localization->string(QStringLiteral("notState"));
    return i < 0 ? QString() : m_localization->tierName(m_snapshot->tierOf(i));
}

void InteractionState::setHighlightedTier(const QString &key)
{
    Tier tier;
    const QString k = tierFromKey(key, &tier) ? key : QString();
    if (k == m_highlightedTier)
        return;
    m_highlightedTier = k;
    emit tierFilterChanged();
}

QStringList InteractionState::hiddenTiers() const
{
    QStringList keys;
    for (const Tier t : tiers::legendOrder())
        if (m_hiddenTiers.contains(t))
            keys << tierKey(t);
    return keys;
}

void InteractionState::toggleTierHidden(const QString &key)
{
    Tier tier;
    if (!tierFromKey(key, &tier))
        return;
    if (!m_hiddenTiers.remove(tier))
        m_hiddenTiers.insert(tier);
    emit tierFilterChanged();
}

void InteractionState::setShowLabels(bool show)
{
    if (show == m_showLabels)
        return;
    m_showLabels = show;
    emit showLabelsChanged();
}

ColorFilter InteractionState::colorFilter() const
{
    return {m_highlightedTier, m_hiddenTiers, hoveredIndex()};
}
