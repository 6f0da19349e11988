#pragma once
// The tier changes of the year of the current date, in date order: country, from → to, date,
// and whether the change has happened yet on the current date.
#include "relationtimeline.h"

#include "mapstate.h"

#include <QAbstractListModel>


class ChangeListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int year READ year NOTIFY yearChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY yearChanged)
    Q_PROPERTY(int latest READ latest NOTIFY latestChanged) // row of the last change that happened, or -1
    // The longest of the rows' short dates ("tháng 11"): the list's date column fits it.
    Q_PROPERTY(QString widestShortDate READ widestShortDate NOTIFY shortDatesChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        FromTierRole,
        FromNameRole,
        FromColorRole,
        ToTierRole,
        ToNameRole,
        ToColorRole,
        DateRole,      // formatted with its precision
        IsoDateRole,
        KindRole,      // new, upgrade, downgrade
        KindNameRole,
        HappenedRole,  // on or before the current date
        FromShortRole, // abbreviated tier names
        ToShortRole,
        ShortDateRole, // without the year
        ToTextColorRole, // readable on ToColor
        FromTextColorRole,
    };

    explicit ChangeListModel(const MapState &state, QObject *parent = nullptr);

    int year() const { return m_year; }
    int latest() const { return m_latest; }
    QString widestShortDate() const;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void yearChanged();
    void latestChanged();
    void shortDatesChanged(); // a new year, or another language

private:
    void dateChanged();       // resets on a new year, else updates HappenedRole
    void appearanceChanged(); // names or colours

    MapState m_state;
    int m_year = 0;
    int m_latest = -1;
    QVector<TierChange> m_changes;
};
