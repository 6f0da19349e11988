#include "mapcontroller.h"

#include "changelistmodel.h"
#include "countrydetails.h"
#include "countrylistmodel.h"
#include "landmarklistmodel.h"
#include "localization.h"
#include "maptheme.h"
#include "regions.h"
#include "tierlistmodel.h"
#include "timelinecontroller.h"

#include <QtMath>

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

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
    empty.errors = data.errors;
    empty.warnings = data.warnings;
    return empty;
}

} // namespace

MapController::MapController(DataSet data, Localization *localization, MapTheme *theme, QObject *parent)
    : QObject(parent)
    , m_data(std::make_shared<const DataSet>(shownData(std::move(data))))
    , m_localization(localization)
    , m_theme(theme)
    , m_timeline(new TimelineController(eventDates(m_data->timeline), m_data->timeline.firstDate(),
                                        m_data->timeline.lastDate(), this))
{
    m_vietnamIndex = m_data->boundaries.indexOf(QLatin1String(RelationTimeline::kVietnam));
    const int n = m_data->boundaries.countries.size();
    m_tiers.fill(Tier::None, n);
    m_events.fill(nullptr, n);
    m_colors.fill(0, n);
    for (int i = 0; i < n; ++i) {
        m_tiers[i] = m_data->timeline.tierAt(m_data->boundaries.countries[i].key, m_timeline->date());
        m_events[i] = m_data->timeline.eventAt(m_data->boundaries.countries[i].key, m_timeline->date());
    }
    m_counts = m_data->timeline.countsAt(m_timeline->date());
    for (int i = 0; i < n; ++i)
        m_colors[i] = computeColor(i);

    m_countries = new CountryListModel(this, CountryListModel::Filter::All, this);
    m_labels = new CountryListModel(this, CountryListModel::Filter::Labels, this);
    m_tinyStates = new CountryListModel(this, CountryListModel::Filter::Tiny, this);
    m_landmarks = new LandmarkListModel(this, this);
    m_tierModel = new TierListModel(this, this);
    m_changes = new ChangeListModel(this, this);
    m_details = new CountryDetails(this, this);

    connect(m_timeline, &TimelineController::dateChanged, this, &MapController::updateTiers);
    connect(m_timeline, &TimelineController::dateChanged, this, &MapController::dateTextChanged);
    connect(m_localization, &Localization::languageChanged, this, [this] {
        for (CountryListModel *m : {m_countries, m_labels, m_tinyStates})
            m->languageChanged();
        m_landmarks->languageChanged();
        m_tierModel->appearanceChanged();
        m_changes->appearanceChanged();
        m_details->refresh();
        emit hoverChanged();
        emit languageChanged();
        emit dateTextChanged();
    });
    connect(m_theme, &MapTheme::changed, this, [this] {
        updateColors({});
        m_tierModel->appearanceChanged();
        m_changes->appearanceChanged();
        m_details->refresh();
    });
}

MapController::~MapController() = default;

void MapController::updateTiers()
{
    const QDate date = m_timeline->date();
    QVector<int> changed, tierChanged;
    for (int i = 0; i < m_tiers.size(); ++i) {
        const QString &key = m_data->boundaries.countries[i].key;
        const Tier tier = m_data->timeline.tierAt(key, date);
        const RelationEvent *event = m_data->timeline.eventAt(key, date);
        if (tier != m_tiers[i])
            tierChanged << i;
        if (tier != m_tiers[i] || event != m_events[i])
            changed << i;
        m_tiers[i] = tier;
        m_events[i] = event;
    }
    if (!changed.isEmpty()) {
        for (CountryListModel *m : {m_countries, m_labels, m_tinyStates})
            m->tiersChanged(changed);
        const int partners = m_counts.partners;
        m_counts = m_data->timeline.countsAt(date);
        m_tierModel->countsChanged();
        if (partners != m_counts.partners)
            emit countsChanged();
        updateColors(tierChanged);
        if (changed.contains(selectedIndex()))
            m_details->refresh();
        if (changed.contains(hoveredIndex()))
            emit hoverChanged();
    }
    m_changes->dateChanged();
}

QRgb MapController::computeColor(int index) const
{
    const MapStyle &s = m_theme->style();
    const Tier tier = m_tiers[index];
    const Country &country = m_data->boundaries.countries[index];
    QColor c;
    if (tier == Tier::Self)
        c = s.vietnam;
    else if (m_hiddenTiers.contains(tier))
        c = s.tierColor(Tier::Relations);
    else if (country.kind == CountryKind::Dependency && tier != Tier::None)
        c = s.dependencyColor(tier);
    else
        c = s.tierColor(tier);
    if (!m_highlightedTier.isEmpty() && tier != Tier::Self && tierKey(tier) != m_highlightedTier)
        c = mix(c, s.ocean, 0.7);
    if (index == hoveredIndex())
        c = mix(c, QColor(Qt::white), m_theme->isDark() ? 0.25 : 0.35);
    return c.rgba();
}

void MapController::updateColors(const QVector<int> &tierChanged)
{
    QVector<int> changed;
    for (int i = 0; i < m_colors.size(); ++i) {
        const QRgb c = computeColor(i);
        if (c != m_colors[i]) {
            m_colors[i] = c;
            changed << i;
        }
    }
    if (changed.isEmpty() && tierChanged.isEmpty())
        return;
    for (CountryListModel *m : {m_countries, m_labels, m_tinyStates})
        m->colorsChanged(changed);
    emit fillColorsChanged(changed, tierChanged);
}

void MapController::select(const QString &key)
{
    const QString k = m_data->boundaries.indexOf(key) >= 0 ? key : QString();
    if (k == m_selectedKey)
        return;
    m_selectedKey = k;
    m_details->refresh();
    emit selectionChanged();
}

void MapController::setHoveredKey(const QString &key)
{
    const QString k = m_data->boundaries.indexOf(key) >= 0 ? key : QString();
    if (k == m_hoveredKey)
        return;
    m_hoveredKey = k;
    updateColors({});
    emit hoverChanged();
}

QString MapController::hoveredName() const
{
    const Country *c = m_data->boundaries.country(m_hoveredKey);
    return c ? m_localization->name(c->nameVi, c->nameEn) : QString();
}

QString MapController::hoveredTier() const
{
    const int i = hoveredIndex();
    return i < 0 ? QString() : tierKey(m_tiers[i]);
}

QString MapController::hoveredTierName() const
{
    const int i = hoveredIndex();
    return i < 0 ? QString() : m_localization->tierName(m_tiers[i]);
}

void MapController::setHighlightedTier(const QString &tierKey)
{
    Tier tier;
    const QString k = tierFromKey(tierKey, &tier) ? tierKey : QString();
    if (k == m_highlightedTier)
        return;
    m_highlightedTier = k;
    updateColors({});
    m_tierModel->filterChanged();
    emit tierFilterChanged();
}

QStringList MapController::hiddenTiers() const
{
    QStringList keys;
    for (const Tier t : TierListModel::order())
        if (m_hiddenTiers.contains(t))
            keys << tierKey(t);
    return keys;
}

void MapController::toggleTierHidden(const QString &key)
{
    Tier tier;
    if (!tierFromKey(key, &tier))
        return;
    if (!m_hiddenTiers.remove(tier))
        m_hiddenTiers.insert(tier);
    updateColors({});
    m_tierModel->filterChanged();
    emit tierFilterChanged();
}

void MapController::setShowLabels(bool show)
{
    if (show == m_showLabels)
        return;
    m_showLabels = show;
    emit showLabelsChanged();
}

QString MapController::dateText() const
{
    return m_localization->formatDate(m_timeline->date());
}

QVariantList MapController::regions() const
{
    QVariantList list;
    for (const Region &r : Regions::all())
        list << QVariantMap{{"name", r.name}, {"title", m_localization->name(r.nameVi, r.nameEn)}};
    return list;
}

QString MapController::keyAt(double longitude, double latitude) const
{
    return m_data->boundaries.locate(longitude, latitude);
}

QGeoCoordinate MapController::labelCoordinate(const QString &key) const
{
    const Country *c = m_data->boundaries.country(key);
    if (!c)
        return {};
    const QPointF p = c->labelLonLat();
    return QGeoCoordinate(p.y(), p.x());
}

bool MapController::hasRegion(const QString &name) const
{
    return Regions::find(name) != nullptr;
}

QVariantMap MapController::regionTitles() const
{
    QVariantMap titles;
    for (const Region &r : Regions::all())
        titles.insert(r.name, m_localization->name(r.nameVi, r.nameEn));
    return titles;
}

QVariantMap MapController::fitView(const QRectF &mercator, const QRectF &free, const QSizeF &mapSize, double maxZoom)
{
    if (mercator.isEmpty() || free.isEmpty() || mapSize.isEmpty())
        return {};
    const double scale = std::min(free.width() / mercator.width(), free.height() / mercator.height());
    const double zoom = std::clamp(std::log2(scale / 256.0), 0.0, maxZoom);
    const double s = 256.0 * std::pow(2.0, zoom);
    QPointF c = mercator.center() - (free.center() - QPointF(mapSize.width() / 2, mapSize.height() / 2)) / s;
    c.setX(c.x() - std::floor(c.x()));
    c.setY(std::clamp(c.y(), 0.0, 1.0));
    const QPointF lonLat = geo::lonLatFromMercator(c);
    return {{"center", QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x()))}, {"zoomLevel", zoom}};
}

QVariantMap MapController::regionView(const QString &name, const QRectF &free, const QSizeF &mapSize) const
{
    const Region *r = Regions::find(name);
    if (!r)
        return {};
    const QRectF &box = r->lonLatBox;
    const QPointF topLeft = geo::mercatorFromLonLat(box.left(), box.bottom()); // max latitude
    const QPointF bottomRight = geo::mercatorFromLonLat(box.right(), box.top());
    // mercatorFromLonLat wraps nothing: a box reaching past 180°E keeps x > 1.
    return fitView(QRectF(topLeft, bottomRight), free, mapSize, 12);
}

QVariantMap MapController::countryView(const QString &key, const QRectF &free, const QSizeF &mapSize) const
{
    const Country *c = m_data->boundaries.country(key);
    if (!c)
        return {};
    // The polygon that holds the label (the main one: not France's overseas departments).
    QRectF box = c->bounds;
    for (const geo::Polygon &p : c->polygons) {
        const QRectF b = geo::polygonBounds(p);
        if (b.contains(c->label) && geo::polygonContains(p, c->label)) {
            box = b;
            break;
        }
    }
    // Room around it, and never closer than a small country needs.
    const double minSpan = 0.045; // about 16 degrees of longitude
    const QPointF center = box.center();
    const double w = std::max(box.width() * 1.8, minSpan), h = std::max(box.height() * 1.8, minSpan);
    return fitView(QRectF(center.x() - w / 2, center.y() - h / 2, w, h), free, mapSize, 6.5);
}
