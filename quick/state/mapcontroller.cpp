#include "mapcontroller.h"

#include "cameracontroller.h"
#include "changelistmodel.h"
#include "countrydetails.h"
#include "countrylistmodel.h"
#include "countrysearchmodel.h"
#include "datawatcher.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "landmarklistmodel.h"
#include "localization.h"
#include "maptheme.h"
#include "storyplayer.h"
#include "tierlistmodel.h"
#include "timelinecontroller.h"
#include "yearreviewmodel.h"

namespace {

QVector<QDate> eventDates(const RelationTimeline &timeline)
{
    QVector<QDate> dates;
    for (const TierChange &c : timeline.changes(QDate(1, 1, 1), QDate(9999, 12, 31)))
        dates << c.date.start();
    return dates;
}

// On any data error nothing of the broken set is shown (no tiers, no counts behind the
// error screen): an empty set that keeps the errors and warnings.
DataSet shownData(DataSet data)
{
    if (data.errors.isEmpty())
        return data;
    DataSet empty;
    empty.hub = data.hub; // the title still names the hub when its own file is sound
    empty.errors = data.errors;
    empty.warnings = data.warnings;
    return empty;
}

} // namespace

MapController::MapController(DataSet loaded, Localization *localization, MapTheme *theme, QObject *parent)
    : QObject(parent)
{
    m_errors = loaded.errors;
    m_state.data = new DataSource(std::make_shared<const DataSet>(shownData(std::move(loaded))), this);
    const DataSet &data = *m_state.data;
    m_state.localization = localization;
    m_state.theme = theme;
    localization->setHub(data.hub);
    theme->setHub(data.hub);
    m_state.timeline = new TimelineController(eventDates(data.timeline), data.timeline.firstDate(), data.timeline.lastDate(),
                                              data.hub.periodFrom, data.hub.periodTo, data.hub.historyStart, this);
    m_state.snapshot = new DateSnapshot(m_state.data, m_state.timeline, this);
    m_state.interaction = new InteractionState(m_state.data, m_state.snapshot, localization, this);
    m_state.colors = new FillColors(m_state.data, m_state.snapshot, m_state.interaction, theme, this);
    m_camera = new CameraController(m_state.data, localization, this);
    m_story = new StoryPlayer(this, this);

    m_countries = new CountryListModel(m_state, CountryListModel::Filter::All, this);
    m_labels = new CountryListModel(m_state, CountryListModel::Filter::Labels, this);
    m_tinyStates = new CountryListModel(m_state, CountryListModel::Filter::Tiny, this);
    m_landmarks = new LandmarkListModel(m_state, this);
    m_tierModel = new TierListModel(m_state, this);
    m_changes = new ChangeListModel(m_state, this);
    m_details = new CountryDetails(m_state, this);
    m_search = new CountrySearchModel(m_state, this);
    m_yearReview = new YearReviewModel(m_state, this);

    connect(m_state.snapshot, &DateSnapshot::countsChanged, this, &MapController::countsChanged);
    connect(m_state.timeline, &TimelineController::dateChanged, this, &MapController::dateTextChanged);
    connect(localization, &Localization::languageChanged, this, &MapController::dateTextChanged);
}

MapController::~MapController() = default;

void MapController::watch(const DataPaths &paths)
{
    delete m_watcher;
    m_watcher = new DataWatcher(paths, [this] { return m_state.data.source()->shared(); }, this);
    connect(m_watcher, &DataWatcher::loaded, this, &MapController::replaceData);
    connect(m_watcher, &DataWatcher::failed, this, [this](const QStringList &errors) {
        m_errors = errors;
        emit errorsChanged();
    });
}

void MapController::replaceData(std::shared_ptr<const DataSet> data, bool boundariesChanged)
{
    m_state.localization->setHub(data->hub);
    m_state.theme->setHub(data->hub);
    m_state.timeline->setEvents(eventDates(data->timeline), data->timeline.firstDate(), data->timeline.lastDate());
    m_state.data.source()->replace(std::move(data), boundariesChanged);
    if (!m_errors.isEmpty()) {
        m_errors.clear();
        emit errorsChanged();
    }
    emit reloaded();
}

int MapController::partnerCount() const
{
    return m_state.snapshot->counts().partners;
}

QString MapController::dateText() const
{
    return m_state.localization->formatDate(m_state.timeline->date());
}

QString MapController::keyAt(double longitude, double latitude) const
{
    return data().boundaries.locate(longitude, latitude);
}
