#pragma once
// The year in review, for the timeline's year: the year's highlights (geodata/highlights.csv)
// as rows, the year-wide summary lines first, then the visits and events in date order, each
// with its sources (publisher, title and date from sources.csv); and the hub's totals at the
// timeline's date (partners, states with relations, states per tier). The year-in-review card
// and the hub's own details panel show it.
#include "mapstate.h"
#include "relationdata.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QVector>

class YearReviewModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int year READ year NOTIFY yearChanged)
    Q_PROPERTY(QString title READ title NOTIFY yearChanged)   // "Năm 2025 nhìn lại" / "2025 in review"
    Q_PROPERTY(QString empty READ empty NOTIFY yearChanged)   // what to say when the year has no rows
    Q_PROPERTY(QString totalsHeading READ totalsHeading NOTIFY totalsChanged) // "Tính đến 31/12/2025" / "As of 31 Dec 2025"
    Q_PROPERTY(int partners READ partners NOTIFY totalsChanged)
    Q_PROPERTY(int withRelations READ withRelations NOTIFY totalsChanged)
    // [{tier, name, color, textColor, count}], from the highest tier down to "relations".
    Q_PROPERTY(QVariantList tiers READ tiers NOTIFY totalsChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // summary, visit or event
        KindNameRole,
        DateRole,    // "21/9", "tháng 12"; empty for a summary line
        TextRole,    // in the UI language
        CountryRole, // the country's name in the UI language; empty for a year-wide item
        KeyRole,
        SourcesRole, // each cited source as "publisher, “title”, date" (textformat::source), never its id
    };

    explicit YearReviewModel(const MapState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;

    int year() const { return m_year; }
    QString title() const;
    QString empty() const;
    QString totalsHeading() const;
    int partners() const;
    int withRelations() const;
    QVariantList tiers() const;

signals:
    void yearChanged();
    void totalsChanged();

private:
    void dateChanged();
    void reset(); // the year's rows again (a new year or language)

    MapState m_state;
    int m_year = 0;
    QVector<const Highlight *> m_rows;
};
