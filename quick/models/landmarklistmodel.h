#pragma once
// The hub's landmarks (the bundled data: Hoàng Sa, Trường Sa), each drawn with a marker and a label at every
// zoom: name and the owner's name in brackets in the UI language, position, and whether the label sits above
// its marker (the northernmost does, so the two never overlap). A model rather than a list:
// Qt Location's MapItemView keeps its delegates when the language changes (dataChanged)
// instead of adding new ones beside the old.
#include "mapstate.h"
#include "overlayplacer.h"

#include <QAbstractListModel>


class LandmarkListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        OwnerRole,
        LongitudeRole,
        LatitudeRole,
        AboveRole,
        KeyRole, // framing::landmarkKey: to hover and select it
        TextLeftRole, // the overlay placer put the text left of the marker (LabelPlacer)
    };

    explicit LandmarkListModel(const MapState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;
    void setPlacement(const Overlays &placement);

private:
    void languageChanged();

    MapState m_state;
    QVector<bool> m_left; // per row
};
