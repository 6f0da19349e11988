#include "landmarklistmodel.h"

#include "countryframing.h"
#include "interactionstate.h"
#include "localization.h"
#include "modelrow.h"
#include "overlayplacer.h"

LandmarkListModel::LandmarkListModel(const MapState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    connect(state.localization, &Localization::languageChanged, this, &LandmarkListModel::languageChanged);
    connect(state.data.source(), &DataSource::aboutToBeReplaced, this, &LandmarkListModel::beginResetModel);
    connect(state.data.source(), &DataSource::replaced, this, [this] {
        m_left.clear();
        endResetModel();
    });
}

int LandmarkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_state.data->boundaries.landmarks.size();
}

QVariant LandmarkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Landmark &l = m_state.data->boundaries.landmarks[index.row()];
    const Localization *localization = m_state.localization;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return localization->name(l.nameVi, l.nameEn);
    case OwnerRole: return overlays::landmarkOwner(localization->hubName());
    case LongitudeRole: return geo::lonLatFromMercator(l.position).x();
    case LatitudeRole: return geo::lonLatFromMercator(l.position).y();
    case AboveRole: return overlays::landmarkTextAbove(m_state.data->boundaries, index.row());
    case KeyRole: return framing::landmarkKey(index.row());
    case TextLeftRole: return m_left.value(index.row(), false);
    }
    return {};
}

QHash<int, QByteArray> LandmarkListModel::roleNames() const
{
    return {{NameRole, "name"}, {OwnerRole, "owner"}, {LongitudeRole, "longitude"}, {LatitudeRole, "latitude"}, {AboveRole, "above"}, {KeyRole, "key"},
            {TextLeftRole, "textLeft"}};
}

QVariantMap LandmarkListModel::get(int row) const
{
    return modelRow(this, row);
}

void LandmarkListModel::setPlacement(const Overlays &placement)
{
    for (const PlacedLandmark &l : placement.landmarks) {
        if (l.index >= rowCount())
            continue;
        m_left.resize(rowCount());
        if (m_left[l.index] != l.left) {
            m_left[l.index] = l.left;
            emit dataChanged(index(l.index), index(l.index), {TextLeftRole});
        }
    }
}

void LandmarkListModel::languageChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, NameRole, OwnerRole});
}
