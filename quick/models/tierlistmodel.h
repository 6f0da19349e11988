#pragma once
// The legend: the hub, then the tiers in the tier table's order down to "no relations",
// with their colour, their count on the current date, and whether they are hidden or highlighted.
#include "relationdata.h"

#include "mapstate.h"

#include <QAbstractListModel>
#include <QVector>


class TierListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TierRole = Qt::UserRole + 1, // key
        NameRole,
        ColorRole,
        CountRole,        // states at this tier (the hub excluded); -1 for the hub's row
        HiddenRole,
        HighlightedRole,
        IsPartnerTierRole, // CP, SP or CSP: counted as partners
        OptionalRole,      // listed only while some state has it (unknown)
    };

    explicit TierListModel(const MapState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int countOf(const QString &tierKey) const;
    Q_INVOKABLE QVariantMap get(int row) const;


private:
    void countsChanged();
    void filterChanged();
    void appearanceChanged(); // names or colours
    MapState m_state;
    QVector<int> m_counts;
};
