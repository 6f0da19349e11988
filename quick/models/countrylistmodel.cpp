#include "countrylistmodel.h"

#include "modelrow.h"

#include "boundaryset.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"

#include <QColor>
#include <QtMath>

CountryListModel::CountryListModel(MapController *controller, Filter filter, QObject *parent)
    : QAbstractListModel(parent)
    , m_controller(controller)
{
    const DataSet &data = controller->data();
    const QVector<Country> &countries = data.boundaries.countries;
    // Label candidates: every state that is a partner (or special) on some date, and Vietnam.
    QSet<QString> partners;
    if (filter == Filter::Labels) {
        for (const RelationEvent &e : data.relations.events)
            if (e.tier >= Tier::CP)
                partners.insert(e.key);
        partners.insert(QLatin1String(RelationTimeline::kVietnam));
    }
    m_rows.fill(-1, countries.size());
    for (int i = 0; i < countries.size(); ++i) {
        const Country &c = countries[i];
        bool keep = true;
        if (filter == Filter::Labels)
            keep = c.kind != CountryKind::Dependency && partners.contains(c.key);
        else if (filter == Filter::Tiny)
            keep = c.kind != CountryKind::Dependency && c.kind != CountryKind::Other && isTiny(c);
        if (keep) {
            m_rows[i] = m_indices.size();
            m_indices << i;
        }
    }
}

bool CountryListModel::isTiny(const Country &country)
{
    // About 6 px across when the world is 1500 px wide.
    return std::sqrt(country.area()) < 0.004 && std::max(country.bounds.width(), country.bounds.height()) < 0.03;
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
    const Country &c = m_controller->data().boundaries.countries[i];
    const Localization *l = m_controller->localization();
    const Tier tier = m_controller->tierOf(i);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return l->name(c.nameVi, c.nameEn);
    case KeyRole: return c.key;
    case NameViRole: return c.nameVi;
    case NameEnRole: return c.nameEn;
    case TierRole: return tierKey(tier);
    case TierNameRole: return l->tierName(tier);
    case ColorRole: return QColor::fromRgba(m_controller->fillColor(i));
    case SinceRole: {
        const RelationEvent *e = m_controller->eventOf(i);
        return e ? l->formatPartialDate(e->date) : QString();
    }
    case IsDependencyRole: return c.kind == CountryKind::Dependency;
    case IsPartnerRole: return tier >= Tier::CP && tier <= Tier::Special;
    case IsVietnamRole: return tier == Tier::Self && c.kind != CountryKind::Dependency;
    case LatitudeRole: return c.labelLonLat().y();
    case LongitudeRole: return c.labelLonLat().x();
    case SizeRole: return std::sqrt(c.area());
    case WidthRole: return c.bounds.width();
    case LabelTextRole: {
        const QString name = l->name(c.nameVi, c.nameEn);
        return tier == Tier::Self && c.kind != CountryKind::Dependency ? name.toUpper() : name;
    }
    case LabelBoldRole: return labelBold(tier);
    case PlacedRole: return m_placed.value(index.row(), false);
    case LabelDxRole: return m_offsets.value(index.row()).x();
    case LabelDyRole: return m_offsets.value(index.row()).y();
    case LabelColorRole:
    case LabelHaloRole: {
        if (m_spills.value(index.row(), false)) {
            const MapStyle &style = m_controller->theme()->style();
            QColor halo = style.textHalo;
            halo.setAlpha(200);
            return role == LabelColorRole ? style.text : halo;
        }
        const QColor fill = QColor::fromRgba(m_controller->fillColor(i));
        const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        const bool darkText = luminance > 0.5;
        if (role == LabelColorRole)
            return darkText ? QColor("#14202c") : QColor("#ffffff");
        return darkText ? QColor(255, 255, 255, 190) : QColor(20, 32, 44, 190);
    }
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
            {IsVietnamRole, "isVietnam"},
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
            {LabelHaloRole, "labelHalo"}};
}

int CountryListModel::rowOfKey(const QString &key) const
{
    return rowOf(m_controller->data().boundaries.indexOf(key));
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

void CountryListModel::tiersChanged(const QVector<int> &indices)
{
    emitRows(indices, {TierRole, TierNameRole, SinceRole, IsPartnerRole, LabelTextRole, LabelBoldRole});
}

void CountryListModel::colorsChanged(const QVector<int> &indices)
{
    emitRows(indices, {ColorRole, LabelColorRole, LabelHaloRole});
}

void CountryListModel::languageChanged()
{
    if (!m_indices.isEmpty())
        emit dataChanged(index(0), index(m_indices.size() - 1), {Qt::DisplayRole, NameRole, TierNameRole, SinceRole, LabelTextRole});
}

void CountryListModel::setPlaced(const QVector<bool> &placed, const QVector<QPointF> &offsets, const QVector<bool> &spills)
{
    const int n = m_indices.size();
    if (placed.size() != n || offsets.size() != n || spills.size() != n)
        return;
    if (m_placed.size() != n) {
        m_placed.fill(false, n);
        m_offsets.fill(QPointF(), n);
        m_spills.fill(false, n);
    }
    for (int row = 0; row < n; ++row) {
        QVector<int> roles;
        if (placed[row] != m_placed[row])
            roles << PlacedRole;
        if (placed[row] && offsets[row] != m_offsets[row])
            roles << LabelDxRole << LabelDyRole;
        if (placed[row] && spills[row] != m_spills[row])
            roles << LabelColorRole << LabelHaloRole;
        if (roles.isEmpty())
            continue;
        m_placed[row] = placed[row];
        if (placed[row]) {
            m_offsets[row] = offsets[row];
            m_spills[row] = spills[row];
        }
        emit dataChanged(index(row), index(row), roles);
    }
}
