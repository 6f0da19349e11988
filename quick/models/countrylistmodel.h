#pragma once
// Boundary countries as a list model: all of them, the ones that can get a name label (every
// state of a labelled tier on some date, and the hub), or the states that can get a dot.
// Tier, colour and names follow the date's tiers, the fill colours and the language.
#include "mapstate.h"
#include "overlayplacer.h"

#include <QAbstractListModel>
#include <QVector>

struct Country;

class CountryListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Filter { All, Labels, Tiny };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        NameViRole,
        NameEnRole,
        TierRole,      // tier key
        TierNameRole,
        ColorRole,     // fill colour as drawn (highlight and hidden tiers applied)
        SinceRole,     // the current tier's date, with its precision
        IsDependencyRole,
        IsPartnerRole, // a partner tier now (tiers::isPartner)
        IsHubRole,
        LatitudeRole,  // label point
        LongitudeRole,
        SizeRole,      // square root of the area, unit Web Mercator
        WidthRole,     // bounds, unit Web Mercator
        LabelTextRole, // the map label: the name, the hub's in capitals
        LabelBoldRole,
        PlacedRole,    // the label shows for the current camera (set by LabelPlacer)
        LabelDxRole,   // where: offset in pixels of the label's centre from the label point
        LabelDyRole,
        LabelColorRole, // readable on the fill colour
        LabelHaloRole,  // around the text, so that it also reads where it passes the border
        DotRole,        // drawn as a dot for the current camera (set by LabelPlacer)
        DotSizeRole,    // its diameter and ring width in px at unit 1
        DotBorderRole,
    };

    CountryListModel(const MapState &state, Filter filter, QObject *parent = nullptr);

    const MapState &state() const { return m_state; }
    // What the overlay placer decided for the current camera (overlays::place): the labels
    // shown (where, in which colours) and the dots.
    void setPlacement(const Overlays &placement);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int boundaryIndex(int row) const { return m_indices.value(row, -1); }
    int rowOf(int boundaryIndex) const { return m_rows.value(boundaryIndex, -1); }
    Q_INVOKABLE int rowOfKey(const QString &key) const;
    Q_INVOKABLE QVariantMap get(int row) const; // every role by name, for tests and delegates

signals:
    void countChanged();

private:
    void emitRows(const QVector<int> &indices, const QVector<int> &roles);
    void languageChanged();
    const PlacedLabel &placed(int row) const;
    void setRows(); // from the data and the filter

    MapState m_state;
    Filter m_filter;
    QVector<int> m_indices; // row -> boundary index
    QVector<int> m_rows;    // boundary index -> row or -1
    QVector<PlacedLabel> m_placed; // per row; country -1: not shown
    QVector<bool> m_dots;
};
