#pragma once
// The presenter map's composition root: takes the loaded data, creates the state (the timeline,
// the tiers at its date, the viewer's interaction, the fill colours, the camera) and the list
// models over it, and hands them to QML. It holds no logic of its own: each part follows the
// signals of the parts before it (MapState), and no model reaches back into the controller.
// watch() reloads the data files when they change (DataWatcher): a valid set replaces the data
// (the date, the camera and the selection stay); one with problems leaves the last good set on
// the map and lists them in `errors` (`stale` then tells that the map shows older data).
#include "mapstate.h"

#include <QObject>
#include <QStringList>

class CameraController;
class ChangeListModel;
class CountryDetails;
class CountryListModel;
class LandmarkListModel;
class StoryPlayer;
class CountrySearchModel;
class DataWatcher;
class TierListModel;
class YearReviewModel;

class MapController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ok READ ok NOTIFY errorsChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY errorsChanged)
    Q_PROPERTY(int partnerCount READ partnerCount NOTIFY countsChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateTextChanged) // the timeline's date, UI language
    Q_PROPERTY(QString hubKey READ hubKey CONSTANT) // the hub's country key (HubProfile)
    Q_PROPERTY(LandmarkListModel *landmarks READ landmarks CONSTANT)
    Q_PROPERTY(CountryListModel *countries READ countries CONSTANT)
    Q_PROPERTY(CountryListModel *labels READ labels CONSTANT)
    Q_PROPERTY(CountryListModel *tinyStates READ tinyStates CONSTANT)
    Q_PROPERTY(TierListModel *tiers READ tiers CONSTANT)
    Q_PROPERTY(ChangeListModel *changes READ changes CONSTANT)
    Q_PROPERTY(CountryDetails *details READ details CONSTANT)
    Q_PROPERTY(CountrySearchModel *search READ search CONSTANT)
    Q_PROPERTY(YearReviewModel *yearReview READ yearReview CONSTANT)

public:
    // Takes the loaded data (errors included: the map then shows them and stays empty).
    MapController(DataSet data, Localization *localization, MapTheme *theme, QObject *parent = nullptr);
    ~MapController() override;

    const MapState &state() const { return m_state; }
    const DataSet &data() const { return *m_state.data; }
    Localization *localization() const { return m_state.localization; }
    MapTheme *theme() const { return m_state.theme; }
    TimelineController *timeline() const { return m_state.timeline; }
    DateSnapshot *snapshot() const { return m_state.snapshot; }
    InteractionState *interaction() const { return m_state.interaction; }
    FillColors *colors() const { return m_state.colors; }
    CameraController *camera() const { return m_camera; }
    StoryPlayer *story() const { return m_story; }

    bool ok() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }
    bool stale() const { return !m_errors.isEmpty() && !data().boundaries.countries.isEmpty(); }

    // Reloads the data from `paths` whenever one of its files changes (hot reload).
    void watch(const DataPaths &paths);
    int partnerCount() const;
    QString dateText() const;
    QString hubKey() const { return data().hub.key; }
    int hubIndex() const { return data().boundaries.indexOf(data().hub.key); }

    LandmarkListModel *landmarks() const { return m_landmarks; }
    CountryListModel *countries() const { return m_countries; }
    CountryListModel *labels() const { return m_labels; }
    CountryListModel *tinyStates() const { return m_tinyStates; }
    TierListModel *tiers() const { return m_tierModel; }
    ChangeListModel *changes() const { return m_changes; }
    CountryDetails *details() const { return m_details; }
    CountrySearchModel *search() const { return m_search; }
    YearReviewModel *yearReview() const { return m_yearReview; }

    // Key of the country at (lon, lat), or "".
    Q_INVOKABLE QString keyAt(double longitude, double latitude) const;

signals:
    void countsChanged();
    void dateTextChanged();
    void errorsChanged();
    void reloaded(); // new data is shown

private:
    void replaceData(std::shared_ptr<const DataSet> data, bool boundariesChanged);

    MapState m_state;
    QStringList m_errors;
    CameraController *m_camera;
    StoryPlayer *m_story;
    CountryListModel *m_countries;
    CountryListModel *m_labels;
    CountryListModel *m_tinyStates;
    LandmarkListModel *m_landmarks;
    TierListModel *m_tierModel;
    ChangeListModel *m_changes;
    CountryDetails *m_details;
    CountrySearchModel *m_search;
    YearReviewModel *m_yearReview;
    DataWatcher *m_watcher = nullptr;
};
