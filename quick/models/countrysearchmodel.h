#pragma once
// The search field's results: the countries (and the hub's landmarks) whose names match what
// was typed, in either language, with or without diacritics ("han quoc", "Hàn Quốc", "Korea"),
// their ISO 3166 alpha-3 key ("KOR") or a common short form ("UK", "US", "Mỹ"). Best matches
// first: a whole name, then a code, then a name that starts with the query, then one of whose words
// does, then any other containment; partners before the rest at the same rank.
#include "mapstate.h"

#include <QAbstractListModel>

class CountrySearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // a country key, or framing::landmarkKey
        NameRole,                   // in the UI language
        OtherNameRole,              // in the other language
        TierNameRole,
        ColorRole,                  // the fill it has on the map today
    };

    explicit CountrySearchModel(const MapState &state, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE QString keyAt(int row) const { return m_keys.value(row); }

    // Lower case, without diacritics (đ as d), punctuation as spaces, spaces collapsed.
    static QString fold(const QString &text);
    static constexpr int kMaxResults = 8;

signals:
    void queryChanged();
    void countChanged();

private:
    struct Entry {
        QString key;
        QStringList names; // folded: names, codes and short forms
        bool partner = false;
        bool landmark = false;
    };
    void rebuild(); // the results for the query
    QVector<Entry> entries() const;
    static int rankOf(const Entry &e, const QString &query); // lower is better; -1: no match

    MapState m_state;
    QString m_query;
    QStringList m_keys;
};
