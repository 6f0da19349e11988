#include "changelistmodel.h"

#include "modelrow.h"

#include "localization.h"
#include "maptheme.h"
#include "timelinecontroller.h"


ChangeListModel::ChangeListModel(const MapState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    dateChanged();
    connect(state.timeline, &TimelineController::dateChanged, this, &ChangeListModel::dateChanged);
    connect(state.localization, &Localization::languageChanged, this, &ChangeListModel::appearanceChanged);
    connect(state.theme, &MapTheme::changed, this, &ChangeListModel::appearanceChanged);
    connect(state.data.source(), &DataSource::replaced, this, [this] { // the year's changes read again
        m_year = 0;
        dateChanged();
    });
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_changes.size();
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierChange &c = m_changes[index.row()];
    const Localization *l = m_state.localization;
    const MapStyle &style = m_state.theme->style();
    switch (role) {
    case KeyRole: return c.key;
    case Qt::DisplayRole:
    case NameRole: {
        const CountryInfo *info = m_state.data->table.byKey(c.key);
        return info ? l->name(info->nameVi, info->nameEn) : c.key;
    }
    case FromTierRole: return tierKey(c.from);
    case FromNameRole: return l->tierName(c.from);
    case FromColorRole: return style.tierColor(c.from);
    case ToTierRole: return tierKey(c.to);
    case ToNameRole: return l->tierName(c.to);
    case ToColorRole: return style.tierColor(c.to);
    case DateRole: return l->formatPartialDate(c.date);
    case IsoDateRole: return c.date.toString();
    case KindRole: return changeKindKey(c.kind);
    case KindNameRole: return l->string(changeKindKey(c.kind));
    case HappenedRole: return c.date.start() <= m_state.timeline->date();
    case FromShortRole: return l->tierShortName(c.from);
    case ToShortRole: return l->tierShortName(c.to);
    case ShortDateRole: return l->formatShortDate(c.date);
    case FromTextColorRole: return m_state.theme->textOnTier(tierKey(c.from));
    case ToTextColorRole: return m_state.theme->textOnTier(tierKey(c.to));
    }
    return {};
}

QHash<int, QByteArray> ChangeListModel::roleNames() const
{
    return {{KeyRole, "key"},         {NameRole, "name"},         {FromTierRole, "fromTier"},
            {FromNameRole, "fromName"}, {FromColorRole, "fromColor"}, {ToTierRole, "toTier"},
            {ToNameRole, "toName"},   {ToColorRole, "toColor"},   {DateRole, "date"},
            {IsoDateRole, "isoDate"}, {KindRole, "kind"},         {KindNameRole, "kindName"},
            {HappenedRole, "happened"}, {FromShortRole, "fromShort"}, {ToShortRole, "toShort"},
            {ShortDateRole, "shortDate"}, {FromTextColorRole, "fromTextColor"}, {ToTextColorRole, "toTextColor"}};
}

QVariantMap ChangeListModel::get(int row) const
{
    return modelRow(this, row);
}

void ChangeListModel::dateChanged()
{
    const QDate date = m_state.timeline->date();
    const int previousLatest = m_latest;
    if (date.year() != m_year) {
        beginResetModel();
        m_year = date.year();
        m_changes = m_state.data->timeline.changes(QDate(m_year - 1, 12, 31), QDate(m_year, 12, 31));
        m_latest = -1;
        endResetModel();
        emit yearChanged();
        emit shortDatesChanged();
    }
    int latest = -1;
    for (int row = 0; row < m_changes.size(); ++row)
        if (m_changes[row].date.start() <= date)
            latest = row;
    if (latest != m_latest) {
        const int from = std::max(0, std::min(latest, m_latest));
        const int to = std::max(latest, m_latest);
        m_latest = latest;
        if (to >= 0)
            emit dataChanged(index(from), index(to), {HappenedRole});
    }
    if (m_latest != previousLatest)
        emit latestChanged();
}

QString ChangeListModel::widestShortDate() const
{
    QString widest;
    for (const TierChange &c : m_changes) {
        const QString text = m_state.localization->formatShortDate(c.date);
        if (text.size() > widest.size())
            widest = text;
    }
    return widest;
}

void ChangeListModel::appearanceChanged()
{
    emit shortDatesChanged();
    if (!m_changes.isEmpty())
        emit dataChanged(index(0), index(m_changes.size() - 1),
                         {Qt::DisplayRole, NameRole, FromNameRole, FromColorRole, ToNameRole, ToColorRole, DateRole, KindNameRole,
                          FromShortRole, ToShortRole, ShortDateRole, FromTextColorRole, ToTextColorRole});
}
