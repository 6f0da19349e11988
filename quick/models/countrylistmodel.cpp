#include "countrylistmodel.h"

#include "modelrow.h"

#include "boundaryset.h"
#include "localization.h"
#include "datesnapshot.h"
#include "fillcolors.h"

#include <QColor>
#include <QtMath>

CountryListModel::CountryListModel(const MapState &state, Filter filter, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
    , m_filter(filter)
{
    setRows();
    connect(state.snapshot, &DateSnapshot::changed, this, [this](const QVector<int> &changed) {
        emitRows(changed, {TierRole, TierNameRole, SinceRole, IsPartnerRole, LabelTextRole, LabelBoldRole, DotSizeRole, DotBorderRole});
    });
    connect(state.colors, &FillColors::changed, this, [this](const QVector<int> &changed) {
        emitRows(changed, {ColorRole});
    });
    connect(state.localization, &Localization::languageChanged, this, &CountryListModel::languageChanged);
    // New data: new rows (no row is reported changed between the two signals).
    connect(state.data.source(), &DataSource::aboutToBeReplaced, this, [this] {
        beginResetModel();
        m_indices.clear();
        m_rows.clear();
    });
    connect(state.data.source(), &DataSource::replaced, this, [this] {
        m_placed.clear();
        m_dots.clear();
        setRows();
        endResetModel();
        emit countChanged();
    });
}

void CountryListModel::setRows()
{
    const DataSet &data = *m_state.data;
    const Filter filter = m_filter;
    const QVector<Country> &countries = data.boundaries.countries;
    // Label candidates: every state of a labelled tier on some date, and the hub.
    QSet<QString> labelled;
    if (filter == Filter::Labels) {
        for (const RelationEvent &e : data.relations.events)
            if (tiers::traits(e.tier).labelled)
                labelled.insert(e.key);
        labelled.insert(data.hub.key);
    }
    m_rows.fill(-1, countries.size());
    for (int i = 0; i < countries.size(); ++i) {
        const Country &c = countries[i];
        bool keep = true;
        if (filter == Filter::Labels)
            keep = c.kind != CountryKind::Dependency && labelled.contains(c.key);
        else if (filter == Filter::Tiny)
            keep = overlays::canNeedDot(c);
        if (keep) {
            m_rows[i] = m_indices.size();
            m_indices << i;
        }
    }
}

int CountryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_indices.size();
}

QVariant CountryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = m_indices[index.row()];
    const Country &c = m_state.data->boundaries.countries[i];
    const Localization *l = m_state.localization;
    const Tier tier = m_state.snapshot->tierOf(i);
    const bool isHub = tier == Tier::Hub && c.kind != CountryKind::Dependency;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return l->name(c.nameVi, c.nameEn);
    case KeyRole: return c.key;
    case NameViRole: return c.nameVi;
    case NameEnRole: return c.nameEn;
    case TierRole: return tierKey(tier);
    case TierNameRole: return l->tierName(tier);
    case ColorRole: return QColor::fromRgba(m_state.colors->of(i));
    case SinceRole: {
        const RelationEvent *e = m_state.snapshot->eventOf(i);
        return e ? l->formatPartialDate(e->date) : QString();
    }
    case IsDependencyRole: return c.kind == CountryKind::Dependency;
    case IsPartnerRole: return tiers::isPartner(tier);
    case IsHubRole: return isHub;
    case LatitudeRole: return c.labelLonLat().y();
    case LongitudeRole: return c.labelLonLat().x();
    case SizeRole: return std::sqrt(c.area());
    case WidthRole: return c.bounds.width();
    case LabelTextRole: return overlays::labelText(c, isHub, l->language());
    case LabelBoldRole: return tiers::traits(tier).boldLabel;
    case PlacedRole: return placed(index.row()).country >= 0;
    case LabelDxRole: return placed(index.row()).offset.x();
    case LabelDyRole: return placed(index.row()).offset.y();
    case LabelColorRole: return placed(index.row()).color;
    case LabelHaloRole: return placed(index.row()).halo;
    case DotRole: return m_dots.value(index.row(), false);
    case DotSizeRole: return MapStyle::dotDiameter(tiers::isPartner(tier));
    case DotBorderRole: return MapStyle::dotBorder(tiers::isPartner(tier));
    }
    return {};
}

QHash<int, QByteArray> CountryListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {NameViRole, "nameVi"},
            {NameEnRole, "nameEn"},
            {TierRole, "tier"},
            {TierNameRole, "tierName"},
            {ColorRole, "color"},
            {SinceRole, "since"},
            {IsDependencyRole, "isDependency"},
            {IsPartnerRole, "isPartner"},
            {IsHubRole, "isHub"},
            {LatitudeRole, "latitude"},
            {LongitudeRole, "longitude"},
            {SizeRole, "size"},
            {WidthRole, "boundsWidth"},
            {LabelTextRole, "labelText"},
            {LabelBoldRole, "labelBold"},
            {PlacedRole, "placed"},
            {LabelDxRole, "labelDx"},
            {LabelDyRole, "labelDy"},
            {LabelColorRole, "labelColor"},
            {LabelHaloRole, "labelHalo"},
            {DotRole, "dot"},
            {DotSizeRole, "dotSize"},
            {DotBorderRole, "dotBorder"}};
}

int CountryListModel::rowOfKey(const QString &key) const
{
    return rowOf(m_state.data->boundaries.indexOf(key));
}

QVariantMap CountryListModel::get(int row) const
{
    return modelRow(this, row);
}

void CountryListModel::emitRows(const QVector<int> &indices, const QVector<int> &roles)
{
    for (const int i : indices) {
        const int row = rowOf(i);
        if (row >= 0)
            emit dataChanged(index(row), index(row), roles);
    }
}

void CountryListModel::languageChanged()
{
    if (!m_indices.isEmpty())
        emit dataChanged(index(0), index(m_indices.size() - 1), {Qt::DisplayRole, NameRole, TierNameRole, SinceRole, LabelTextRole});
}

const PlacedLabel &CountryListModel::placed(int row) const
{
    static const PlacedLabel none;
    return row < m_placed.size() ? m_placed[row] : none;
}

void CountryListModel::setPlacement(const Overlays &placement)
{
    const int n = m_indices.size();
    QVector<PlacedLabel> labels(n);
    QVector<bool> dots(n, false);
    for (const PlacedLabel &l : placement.labels)
        if (rowOf(l.country) >= 0)
            labels[rowOf(l.country)] = l;
    for (const PlacedDot &d : placement.dots)
        if (rowOf(d.country) >= 0)
            dots[rowOf(d.country)] = true;
    m_placed.resize(n);
    m_dots.resize(n);
    for (int row = 0; row < n; ++row) {
        const PlacedLabel &was = m_placed[row], &now = labels[row];
        QVector<int> roles;
        if ((was.country >= 0) != (now.country >= 0))
            roles << PlacedRole;
        if (now.country >= 0 && now.offset != was.offset)
            roles << LabelDxRole << LabelDyRole;
        if (now.country >= 0 && (now.color != was.color || now.halo != was.halo))
            roles << LabelColorRole << LabelHaloRole;
        if (dots[row] != m_dots[row])
            roles << DotRole;
        m_placed[row] = now;
        m_dots[row] = dots[row];
        if (!roles.isEmpty())
            emit dataChanged(index(row), index(row), roles);
    }
}
