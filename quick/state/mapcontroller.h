#pragma once
// The presenter map's state, shared by the layer, the models and QML: the data set, the
// tier of every country on the timeline's date, the selection, the hovered country, the
// highlighted and hidden tiers, and the fill colour of every country derived from them.
// It owns the list models and the details of the selected country.
#include "dataset.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QVariantList>
#include <QVector>

#include <memory>

class Localization;
class MapTheme;
class TimelineController;
class CountryListModel;
class LandmarkListModel;
class TierListModel;
class ChangeListModel;
class CountryDetails;

class MapController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ok READ ok CONSTANT)
    Q_PROPERTY(QStringList errors READ errors CONSTANT)
    Q_PROPERTY(QString selectedKey READ selectedKey WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString hoveredKey READ hoveredKey WRITE setHoveredKey NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredName READ hoveredName NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredTier READ hoveredTier NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredTierName READ hoveredTierName NOTIFY hoverChanged)
    Q_PROPERTY(QString highlightedTier READ highlightedTier WRITE setHighlightedTier NOTIFY tierFilterChanged)
    Q_PROPERTY(QStringList hiddenTiers READ hiddenTiers NOTIFY tierFilterChanged)
    Q_PROPERTY(bool showLabels READ showLabels WRITE setShowLabels NOTIFY showLabelsChanged)
    Q_PROPERTY(int partnerCount READ partnerCount NOTIFY countsChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateTextChanged) // the timeline's date, UI language
    Q_PROPERTY(QVariantList regions READ regions NOTIFY languageChanged)           // [{name, title}]
    Q_PROPERTY(QVariantMap regionTitles READ regionTitles NOTIFY languageChanged)  // name -> title
    Q_PROPERTY(LandmarkListModel *landmarks READ landmarks CONSTANT)
    Q_PROPERTY(CountryListModel *countries READ countries CONSTANT)
    Q_PROPERTY(CountryListModel *labels READ labels CONSTANT)
    Q_PROPERTY(CountryListModel *tinyStates READ tinyStates CONSTANT)
    Q_PROPERTY(TierListModel *tiers READ tiers CONSTANT)
    Q_PROPERTY(ChangeListModel *changes READ changes CONSTANT)
    Q_PROPERTY(CountryDetails *details READ details CONSTANT)

public:
    // Takes the loaded data (errors included: the map then shows them and stays empty).
    MapController(DataSet data, Localization *localization, MapTheme *theme, QObject *parent = nullptr);
    ~MapController() override;

    const DataSet &data() const { return *m_data; }
    std::shared_ptr<const DataSet> sharedData() const { return m_data; }
    Localization *localization() const { return m_localization; }
    MapTheme *theme() const { return m_theme; }
    TimelineController *timeline() const { return m_timeline; }

    bool ok() const { return m_data->errors.isEmpty(); }
    QStringList errors() const { return m_data->errors; }

    // Per boundary country (index into data().boundaries.countries).
    Tier tierOf(int index) const { return m_tiers.value(index, Tier::None); }
    const RelationEvent *eventOf(int index) const { return m_events.value(index, nullptr); }
    QRgb fillColor(int index) const { return m_colors.value(index); }
    const QVector<QRgb> &fillColors() const { return m_colors; }
    int hubIndex() const { return m_hubIndex; }
    int selectedIndex() const { return data().boundaries.indexOf(m_selectedKey); }
    int hoveredIndex() const { return data().boundaries.indexOf(m_hoveredKey); }

    QString selectedKey() const { return m_selectedKey; }
    Q_INVOKABLE void select(const QString &key); // an unknown or empty key clears the selection
    QString hoveredKey() const { return m_hoveredKey; }
    void setHoveredKey(const QString &key);
    QString hoveredName() const;
    QString hoveredTier() const;
    QString hoveredTierName() const;
    QString highlightedTier() const { return m_highlightedTier; }
    void setHighlightedTier(const QString &tierKey); // empty: none
    QStringList hiddenTiers() const;
    bool isTierHidden(Tier tier) const { return m_hiddenTiers.contains(tier); }
    bool showLabels() const { return m_showLabels; }
    void setShowLabels(bool show);
    int partnerCount() const { return m_counts.partners; }
    QString dateText() const;
    const TierCounts &counts() const { return m_counts; }
    QVariantList regions() const;
    QVariantMap regionTitles() const;
    LandmarkListModel *landmarks() const { return m_landmarks; }

    CountryListModel *countries() const { return m_countries; }
    CountryListModel *labels() const { return m_labels; }
    CountryListModel *tinyStates() const { return m_tinyStates; }
    TierListModel *tiers() const { return m_tierModel; }
    ChangeListModel *changes() const { return m_changes; }
    CountryDetails *details() const { return m_details; }

    // Key of the country at (lon, lat), or "".
    Q_INVOKABLE QString keyAt(double longitude, double latitude) const;
    Q_INVOKABLE void clearSelection() { select(QString()); }
    Q_INVOKABLE void toggleTierHidden(const QString &tierKey);
    Q_INVOKABLE QGeoCoordinate labelCoordinate(const QString &key) const;
    // Camera {center: QGeoCoordinate, zoomLevel} that fits a region preset (Regions::all())
    // or a country into `free`, the part of a map of size `mapSize` that no panel covers.
    Q_INVOKABLE QVariantMap regionView(const QString &name, const QRectF &free, const QSizeF &mapSize) const;
    Q_INVOKABLE QVariantMap countryView(const QString &key, const QRectF &free, const QSizeF &mapSize) const;
    // Regions::find for QML: whether a preset of that name exists.
    Q_INVOKABLE bool hasRegion(const QString &name) const;

    // The camera that fits a Web Mercator rectangle (unit square) into `free`.
    static QVariantMap fitView(const QRectF &mercator, const QRectF &free, const QSizeF &mapSize, double maxZoom);

signals:
    void selectionChanged();
    void hoverChanged();
    void tierFilterChanged();
    void showLabelsChanged();
    void countsChanged();
    void dateTextChanged();
    void languageChanged();
    // The fill colours changed: `changed` lists the indices whose colour differs, `tierChanged`
    // those whose tier changed with the date (the layer fades the former and pulses the latter).
    void fillColorsChanged(const QVector<int> &changed, const QVector<int> &tierChanged);

private:
    void updateTiers();   // from the timeline's date
    void updateColors(const QVector<int> &tierChanged);
    QRgb computeColor(int index) const;

    std::shared_ptr<const DataSet> m_data;
    Localization *m_localization;
    MapTheme *m_theme;
    TimelineController *m_timeline;
    QVector<Tier> m_tiers;
    QVector<const RelationEvent *> m_events;
    QVector<QRgb> m_colors;
    TierCounts m_counts;
    int m_hubIndex = -1;
    QString m_selectedKey;
    QString m_hoveredKey;
    QString m_highlightedTier;
    QSet<Tier> m_hiddenTiers;
    bool m_showLabels = true;
    CountryListModel *m_countries;
    CountryListModel *m_labels;
    CountryListModel *m_tinyStates;
    LandmarkListModel *m_landmarks;
    TierListModel *m_tierModel;
    ChangeListModel *m_changes;
    CountryDetails *m_details;
};
