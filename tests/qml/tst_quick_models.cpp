// The presenter map's C++ side without a display: models (QAbstractItemModelTester), the
// timeline controller, colours, views, label placement, localisation and the command line.
#include "appoptions.h"
#include "landmarklistmodel.h"
#include "maprenderer.h"
#include "simplify.h"
#include "changelistmodel.h"
#include "countrydetails.h"
#include "countrylayer.h"
#include "countrylistmodel.h"
#include "countrysearchmodel.h"
#include "dataset.h"
#include "diplomapqml.h"
#include "labelplacer.h"
#include "layergeometry.h"
#include "localization.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "regions.h"
#include "tierlistmodel.h"
#include "timelinecontroller.h"
#include "yearreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

namespace {
const DataSet &bundled()
{
    static const DataSet data = DataSet::load(DataPaths::defaults());
    return data;
}
QColor tierColor(const MapController &c, Tier t) { return c.theme()->style().tierColor(t); }
} // namespace

// A layer of 1440x976 and the label placer on it, for a view.
struct LabelScene {
    CountryLayer layer;
    LabelPlacer placer;
    explicit LabelScene(MapController *controller)
    {
        layer.setController(controller);
        layer.setSize(QSizeF(1440, 976));
        placer.setLayer(&layer);
        placer.setModel(controller->labels());
    }
    void show(double zoom, const QGeoCoordinate &center)
    {
        layer.setZoomLevel(zoom);
        layer.setCenter(center);
        placer.place();
    }
};

class TestQuickModels : public QObject
{
    Q_OBJECT

private:
    Localization m_localization;
    MapTheme m_theme;
    MapController *m_controller = nullptr;

    QColor fillOf(const QString &key) const
    {
        return QColor::fromRgba(m_controller->colors()->of(m_controller->data().boundaries.indexOf(key)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(DiplomapQml::loadFonts());
        QVERIFY2(bundled().errors.isEmpty(), qPrintable(bundled().errors.join('\n')));
        m_controller = new MapController(bundled(), &m_localization, &m_theme, this);
    }

    void init()
    {
        m_localization.setLanguage("vi");
        m_theme.setName("light");
        m_controller->timeline()->setFullRange(false);
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
        m_controller->interaction()->clearSelection();
        m_controller->interaction()->setHighlightedTier({});
        for (const QString &t : m_controller->interaction()->hiddenTiers())
            m_controller->interaction()->toggleTierHidden(t);
    }

    void modelsPassTheTester()
    {
        QList<QAbstractItemModelTester *> testers;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_controller->countries(), m_controller->labels(), m_controller->tinyStates(), m_controller->tiers(),
                 m_controller->changes(), m_controller->landmarks(), m_controller->yearReview()})
            testers << new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        // Everything that changes the models: dates across years, language, theme, filters, selection.
        for (const QDate &d : {QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2025, 3, 12), QDate(2010, 6, 1), QDate(2025, 12, 31)})
            m_controller->timeline()->setDate(d);
        m_localization.toggle();
        m_theme.toggle();
        m_controller->interaction()->setHighlightedTier("sp");
        m_controller->interaction()->toggleTierHidden("cp");
        m_controller->interaction()->select("FRA");
        m_controller->interaction()->setHoveredKey("BRA");
        m_controller->interaction()->setHoveredKey({});
        m_controller->timeline()->setFullRange(false);
        qDeleteAll(testers);
        QCOMPARE(m_controller->countries()->rowCount(), bundled().boundaries.countries.size());
        QCOMPARE(m_controller->tiers()->rowCount(), tiers::legendOrder().size()); // the unknown row is hidden in QML while empty
    }

    void countsFollowTheTimeline()
    {
        TierListModel *tiers = m_controller->tiers();
        m_controller->timeline()->setDate(QDate(2024, 12, 31));
        QCOMPARE(tiers->countOf("csp"), 9);
        QCOMPARE(tiers->countOf("sp"), 10);
        QCOMPARE(tiers->countOf("cp"), 13);
        QCOMPARE(m_controller->partnerCount(), 32);
        QCOMPARE(tiers->countOf("hub"), -1);
        QSignalSpy counts(m_controller, &MapController::countsChanged);
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
        QCOMPARE(tiers->countOf("csp"), 14);
        QCOMPARE(tiers->countOf("sp"), 14);
        QCOMPARE(tiers->countOf("cp"), 14);
        QCOMPARE(m_controller->partnerCount(), 42);
        QCOMPARE(counts.count(), 1);
    }

    // "Partner" has one meaning (the tier table's): the headline count, the legend's rows, the
    // countries model, the timeline's counts, the dots and the export's card all agree.
    void everyUserOfPartnerAgrees()
    {
        for (const QDate &date : {QDate(2010, 6, 1), QDate(2024, 12, 31), QDate(2025, 12, 31)}) {
            m_controller->timeline()->setDate(date);
            int states = 0, legend = 0;
            for (int row = 0; row < m_controller->countries()->rowCount(); ++row) {
                const QVariantMap r = m_controller->countries()->get(row);
                const Country *c = bundled().boundaries.country(r.value("key").toString());
                Tier tier;
                QVERIFY(tierFromKey(r.value("tier").toString(), &tier, true));
                QCOMPARE(r.value("isPartner").toBool(), tiers::isPartner(tier));
                if (c->kind != CountryKind::Dependency && r.value("isPartner").toBool())
                    ++states;
            }
            for (const Tier t : tiers::dataTiers())
                legend += tiers::isPartner(t) ? m_controller->tiers()->countOf(tierKey(t)) : 0;
            const TierCounts counts = bundled().timeline.countsAt(date);
            QCOMPARE(states, m_controller->partnerCount());
            QCOMPARE(legend, m_controller->partnerCount());
            QCOMPARE(counts.partners, m_controller->partnerCount());
            MapRenderer::Options ro;
            ro.date = date;
            const MapRenderer renderer(bundled().boundaries, bundled().timeline, bundled().hub, QSize(1920, 1080), ro);
            QVERIFY(renderer.card().heading().startsWith(QString::number(counts.partners) + QLatin1Char(' ')));
            for (const PlacedDot &d : renderer.overlays().dots)
                QCOMPARE(d.partner, tiers::isPartner(bundled().timeline.tierAt(bundled().boundaries.countries[d.country].key, date)));
        }
    }

    void coloursFollowTiersAndFilters()
    {
        m_controller->timeline()->setDate(QDate(2024, 12, 31));
        QCOMPARE(fillOf("GBR"), tierColor(*m_controller, Tier::SP));
        QSignalSpy spy(m_controller->colors(), &FillColors::changed);
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
        QCOMPARE(fillOf("GBR"), tierColor(*m_controller, Tier::CSP));
        QCOMPARE(fillOf("VNM"), m_theme.style().hub);
        QCOMPARE(spy.count(), 1);
        const auto tierChanged = spy.at(0).at(1).value<QVector<int>>();
        QVERIFY(tierChanged.contains(m_controller->data().boundaries.indexOf("GBR")));
        QVERIFY(!tierChanged.contains(m_controller->data().boundaries.indexOf("FRA"))); // changed in 2024

        m_controller->interaction()->setHighlightedTier("csp");
        QCOMPARE(fillOf("GBR"), tierColor(*m_controller, Tier::CSP));
        QVERIFY(fillOf("BRA") != tierColor(*m_controller, Tier::SP)); // dimmed
        QCOMPARE(fillOf("VNM"), m_theme.style().hub);             // never dimmed
        m_controller->interaction()->setHighlightedTier("nonsense");
        QCOMPARE(m_controller->interaction()->highlightedTier(), QString());
        m_controller->interaction()->toggleTierHidden("csp");
        QCOMPARE(fillOf("GBR"), m_theme.style().hidden.rgba());
        QCOMPARE(m_controller->tiers()->get(2).value("hidden").toBool(), true);
        m_controller->interaction()->toggleTierHidden("csp");
        QCOMPARE(fillOf("GBR"), tierColor(*m_controller, Tier::CSP));
        m_theme.setName("dark");
        QCOMPARE(fillOf("GBR"), m_theme.style().tierColor(Tier::CSP));
    }

    // A hidden tier's grey cannot be mistaken for any tier (nor a dependency's shade, nor the sea).
    void hiddenColourIsNoTiers()
    {
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
        };
        for (const auto theme : {MapStyle::Theme::Light, MapStyle::Theme::Dark}) {
            const MapStyle style = MapStyle::forTheme(theme, bundled().hub);
            QCOMPARE(style.hidden.red(), style.hidden.green()); // neutral
            QCOMPARE(style.hidden.green(), style.hidden.blue());
            QVERIFY(distance(style.hidden, style.ocean) >= 30);
            for (const Tier t : tiers::legendOrder()) {
                QVERIFY2(distance(style.hidden, style.tierColor(t)) >= 30, qPrintable(tierKey(t)));
                if (t != Tier::Hub)
                    QVERIFY2(distance(style.hidden, style.dependencyColor(t)) >= 30, qPrintable(tierKey(t)));
            }
        }
    }

    // Label text keeps a contrast of at least 4.5:1 on every tier's colour (and a dependency's
    // shade, and the hidden grey) in both themes; the hub's badge is white on the hub's colour.
    void labelTextContrast()
    {
        QCOMPARE(MapStyle::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(MapStyle::contrastRatio(QColor("#777777"), QColor("#777777")), 1.0);
        for (const auto theme : {MapStyle::Theme::Light, MapStyle::Theme::Dark}) {
            const MapStyle style = MapStyle::forTheme(theme, bundled().hub);
            QVector<QPair<QString, QColor>> fills{{"hidden", style.hidden}};
            for (const Tier t : tiers::legendOrder()) {
                fills << qMakePair(tierKey(t), style.tierColor(t));
                if (t != Tier::Hub && t != Tier::None)
                    fills << qMakePair(tierKey(t) + " dependency", style.dependencyColor(t));
            }
            for (const auto &f : fills) {
                const double ratio = MapStyle::contrastRatio(MapStyle::textOn(f.second), f.second);
                QVERIFY2(ratio >= 4.5, qPrintable(QString("%1 %2 (%3): %4:1").arg(style.isDark() ? "dark" : "light", f.first,
                                                                                  f.second.name()).arg(ratio, 0, 'f', 2)));
            }
            QVERIFY(MapStyle::contrastRatio(Qt::white, style.hub) >= 4.5);
            QCOMPARE(m_theme.textOnTier("sp"), MapStyle::textOn(tiers::color(Tier::SP, false)));
        }
    }

    void changesOfTheYear()
    {
        ChangeListModel *changes = m_controller->changes();
        m_controller->timeline()->setDate(QDate(2024, 10, 7));
        QCOMPARE(changes->year(), 2024);
        QCOMPARE(changes->rowCount(), 7);
        QCOMPARE(changes->get(0).value("key").toString(), QString("AUS"));
        QCOMPARE(changes->latest(), 3); // France, on that very day
        QCOMPARE(changes->get(3).value("key").toString(), QString("FRA"));
        QCOMPARE(changes->get(3).value("happened").toBool(), true);
        QCOMPARE(changes->get(4).value("happened").toBool(), false);
        QCOMPARE(changes->get(3).value("toShort").toString(), QString("ĐTCLTD"));
        QSignalSpy reset(changes, &QAbstractItemModel::modelReset);
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changes->rowCount(), 17);
        QCOMPARE(changes->latest(), 16);
        QStringList dates;
        for (int row = 0; row < changes->rowCount(); ++row)
            dates << changes->get(row).value("isoDate").toString();
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(dates, sorted);
        // Short dates at each precision, narrow enough for the list's date column.
        m_controller->timeline()->setDate(QDate(2007, 12, 31));
        QMap<QString, QString> shortDates;
        for (int row = 0; row < changes->rowCount(); ++row)
            shortDates[changes->get(row).value("key").toString()] = changes->get(row).value("shortDate").toString();
        QCOMPARE(shortDates.value("VEN"), QString("2007"));
        QCOMPARE(shortDates.value("BRA"), QString("tháng 5"));
        QCOMPARE(shortDates.value("AND"), QString("12/6"));
        QCOMPARE(changes->widestShortDate(), QString("tháng 5")); // the date column fits it
        QSignalSpy widest(changes, &ChangeListModel::shortDatesChanged);
        m_controller->timeline()->setDate(QDate(2018, 12, 31)); // Germany resumed its SP in November
        QCOMPARE(changes->widestShortDate(), QString("tháng 11"));
        QCOMPARE(widest.count(), 1);
    }

    void detailsOfTheSelection()
    {
        CountryDetails *d = m_controller->details();
        QVERIFY(!d->active());
        m_controller->interaction()->select("FRA");
        QVERIFY(d->active());
        QCOMPARE(d->name(), QString("Pháp"));
        QCOMPARE(d->otherName(), QString("France"));
        QCOMPARE(d->tierName(), QString("Đối tác chiến lược toàn diện"));
        QCOMPARE(d->since(), QString("7/10/2024"));
        QCOMPARE(d->history().size(), 3);
        QVERIFY(d->history().last().toMap().value("current").toBool());
        QVERIFY(!d->highlights().isEmpty());
        QVERIFY(!d->sources().isEmpty());
        m_controller->timeline()->setDate(QDate(2020, 1, 1));
        QCOMPARE(d->tierName(), QString("Đối tác chiến lược"));
        QVERIFY(d->history().last().toMap().value("future").toBool());
        m_localization.setLanguage("en");
        QCOMPARE(d->name(), QString("France"));
        QCOMPARE(d->since(), QString("25 Sep 2013"));
        m_controller->interaction()->select("nowhere");
        QVERIFY(!d->active());
        // A dependency follows its sovereign and says so.
        m_controller->interaction()->select("GRL");
        QCOMPARE(d->sovereignName(), QString("Denmark"));
    }

    // Issue 11: since when, inherited from whom, held by whom before 1976; sources as a reader
    // sees them; a break of relations.
    void detailsOfTheRelation()
    {
        CountryDetails *d = m_controller->details();
        m_localization.setLanguage("vi");
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
        m_controller->interaction()->select("FRA");
        QCOMPARE(d->relationsSince(), QString("Quan hệ ngoại giao từ 12/4/1973"));
        QCOMPARE(d->lineage(), QString());
        QCOMPARE(d->heldBy(), QString("Thiết lập với Việt Nam Dân chủ Cộng hòa"));
        QCOMPARE(d->history().first().toMap().value("tierName").toString(), QString("Thiết lập quan hệ ngoại giao"));
        m_controller->interaction()->select("RUS");
        QCOMPARE(d->relationsSince(), QString("Quan hệ ngoại giao từ 30/1/1950"));
        QCOMPARE(d->lineage(), QString("Kế thừa từ Liên Xô (30/1/1950)"));
        QCOMPARE(d->history().first().toMap().value("state").toString(), QString("Liên Xô"));
        QVERIFY(!d->sources().isEmpty());
        for (const QString &s : d->sources()) { // publisher, “title”, date: never a file name or an id
            QVERIFY2(s.contains(QString("“")) && !s.contains(".csv") && !s.contains(".md") && !s.contains(".txt"), qPrintable(s));
            QVERIFY2(!bundled().sources.byId(s), qPrintable(s));
        }
        m_controller->interaction()->select("KOR"); // established by the SRV: no holder line
        QCOMPARE(d->heldBy(), QString());
        QCOMPARE(d->since(), QString("5/12/2022")); // its tier (CSP) began later than its relations
        m_controller->interaction()->select("JAM"); // relations only: their date is said once
        QCOMPARE(d->relationsSince(), QString("Quan hệ ngoại giao từ 5/1/1976"));
        QCOMPARE(d->since(), QString());
        m_localization.setLanguage("en");
        m_controller->interaction()->select("RUS");
        QCOMPARE(d->lineage(), QString("Inherited from: Soviet Union (30 Jan 1950)"));
        // Cambodia during Democratic Kampuchea's break: no relations, the break is current.
        m_controller->timeline()->setDate(QDate(1978, 6, 1));
        m_controller->interaction()->select("KHM");
        QCOMPARE(d->tier(), QString("none"));
        QCOMPARE(d->relationsSince(), QString());
        bool brokenIsCurrent = false;
        for (const QVariant &v : d->history())
            if (v.toMap().value("current").toBool())
                brokenIsCurrent = v.toMap().value("tierName").toString() == QString("Diplomatic relations broken off");
        QVERIFY(brokenIsCurrent);
        // Antarctica is no state: no tier, a neutral badge.
        m_controller->interaction()->select("ATA");
        QCOMPARE(d->tierName(), QString("Not a state"));
        QCOMPARE(d->tier(), QString());
        QCOMPARE(d->tierColor(), m_theme.style().nonState);
        m_controller->interaction()->select("nowhere");
    }

    // The hub's archipelagos: hovered and selected like a country, in both languages.
    void landmarksHaveDetails()
    {
        InteractionState *i = m_controller->interaction();
        CountryDetails *d = m_controller->details();
        const auto &landmarks = bundled().boundaries.landmarks;
        int paracels = -1;
        for (int n = 0; n < landmarks.size(); ++n)
            if (landmarks[n].nameVi == QString("Quần đảo Hoàng Sa"))
                paracels = n;
        QVERIFY(paracels >= 0);
        const QString key = framing::landmarkKey(paracels);
        QCOMPARE(m_controller->landmarks()->get(paracels).value("key").toString(), key);
        i->setHoveredKey(key);
        QCOMPARE(i->hoveredKey(), key);
        QCOMPARE(i->hoveredName(), QString("Quần đảo Hoàng Sa"));
        QCOMPARE(i->hoveredTier(), QString("hub"));
        QCOMPARE(i->hoveredTierName(), QString("Lãnh thổ của Việt Nam"));
        i->setHoveredKey({});
        i->select(key);
        QCOMPARE(i->selectedKey(), key);
        QVERIFY(d->active());
        QCOMPARE(d->name(), QString("Quần đảo Hoàng Sa"));
        QCOMPARE(d->note(), QString("Quần đảo Hoàng Sa là một phần lãnh thổ không thể tách rời của Việt Nam."));
        QCOMPARE(d->tier(), QString("hub"));
        m_localization.setLanguage("en");
        QCOMPARE(d->name(), QString("Hoàng Sa (Paracel Islands)"));
        QCOMPARE(d->tierName(), QString("Part of Vietnam"));
        QCOMPARE(d->note(), QString("Hoàng Sa (Paracel Islands) is an integral part of Vietnam's territory."));
        i->select("landmark:99");
        QVERIFY(!d->active());
        i->select("landmark:01");
        QVERIFY(!d->active());
    }

    // Search: both languages, with or without diacritics, codes and short forms, the archipelagos.
    void searchFindsCountries()
    {
        CountrySearchModel *search = m_controller->search();
        QAbstractItemModelTester tester(search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(CountrySearchModel::fold(QString("  Đà Nẵng, Hàn-Quốc ")), QString("da nang han quoc"));
        const auto first = [search](const QString &query) {
            search->setQuery(query);
            return search->rowCount() > 0 ? search->get(0).value("key").toString() : QString();
        };
        QCOMPARE(first("han quoc"), QString("KOR"));
        QCOMPARE(first("Hàn Quốc"), QString("KOR"));
        QCOMPARE(first("Korea"), QString("KOR"));
        QStringList keys;
        for (int row = 0; row < search->rowCount(); ++row)
            keys << search->keyAt(row);
        QVERIFY2(keys.contains("PRK"), qPrintable(keys.join(' ')));
        QCOMPARE(first("UK"), QString("GBR"));
        QCOMPARE(first("Anh"), QString("GBR"));
        QCOMPARE(first("Hoa Ky"), QString("USA"));
        QCOMPARE(first("united states"), QString("USA"));
        QCOMPARE(first("kor"), QString("KOR"));
        QCOMPARE(first("sgp"), QString("SGP"));
        QCOMPARE(first("singa"), QString("SGP"));
        QCOMPARE(first("phap"), QString("FRA"));
        QCOMPARE(search->get(0).value("name").toString(), QString("Pháp"));
        QCOMPARE(search->get(0).value("otherName").toString(), QString("France"));
        QCOMPARE(search->get(0).value("tierName").toString(), QString("Đối tác chiến lược toàn diện"));
        QCOMPARE(search->get(0).value("color").value<QColor>(), tierColor(*m_controller, Tier::CSP));
        const QString spratlys = first("truong sa");
        QVERIFY(m_controller->interaction()->landmarkIndex(spratlys) >= 0);
        QCOMPARE(search->get(0).value("name").toString(), QString("Quần đảo Trường Sa"));
        QVERIFY(m_controller->interaction()->landmarkIndex(first("Paracel")) >= 0);
        QCOMPARE(search->get(0).value("name").toString(), QString("Quần đảo Hoàng Sa"));
        m_localization.setLanguage("en");
        QCOMPARE(search->get(0).value("name").toString(), QString("Hoàng Sa (Paracel Islands)"));
        QCOMPARE(first("a").isEmpty(), false);
        QVERIFY(search->rowCount() <= CountrySearchModel::kMaxResults);
        QCOMPARE(first("zzzz"), QString());
        QCOMPARE(search->rowCount(), 0);
        QCOMPARE(first(""), QString());
        // Every country's key finds it; a name as typed comes before a code ("Nga" is Russia, NGA Nigeria).
        for (const Country &c : bundled().boundaries.countries) {
            first(c.key.toLower());
            QStringList found;
            for (int row = 0; row < search->rowCount(); ++row)
                found << search->keyAt(row);
            QVERIFY2(found.contains(c.key), qPrintable(c.key + ": " + found.join(' ')));
        }
        QCOMPARE(first("nga"), QString("RUS"));
        QCOMPARE(search->keyAt(1), QString("NGA"));
        search->setQuery({});
    }

    void timelinePlaysAndSteps()
    {
        TimelineController *t = m_controller->timeline();
        QCOMPARE(t->viewStart(), QDate(2024, 1, 1));
        QCOMPARE(t->viewEnd(), QDate(2025, 12, 31));
        QCOMPARE(t->minimumDate(), QDate(1945, 8, 28)); // the hub's history start
        QCOMPARE(t->years().size(), 2);
        t->setDate(QDate(2024, 6, 30));
        t->stepNext();
        QCOMPARE(t->date(), QDate(2024, 9, 23));
        t->stepPrevious();
        QCOMPARE(t->date(), QDate(2024, 3, 7));
        t->stepPrevious(); // no event earlier in the view: its first day
        QCOMPARE(t->date(), QDate(2024, 1, 1));
        QVERIFY(!t->hasPrevious());
        t->stepPrevious();
        QCOMPARE(t->date(), QDate(2024, 1, 1));
        // Both ends of the period are stops: from the last event to the view's last day.
        t->setDate(QDate(2025, 12, 31));
        t->stepPrevious();
        const QDate lastEvent = t->date();
        QVERIFY(lastEvent < QDate(2025, 12, 31));
        QVERIFY(t->hasNext());
        t->stepNext();
        QCOMPARE(t->date(), QDate(2025, 12, 31));
        QVERIFY(!t->hasNext());

        t->setPlayDuration(300);
        QSignalSpy finished(t, &TimelineController::finished);
        QSignalSpy dates(t, &TimelineController::dateChanged);
        t->play();
        QVERIFY(t->isPlaying());
        QVERIFY(finished.wait(5000));
        QCOMPARE(t->date(), QDate(2025, 12, 31));
        QVERIFY(!t->isPlaying());
        QVERIFY(dates.count() > 3);
        // Playing again starts over from the view's start.
        dates.clear();
        t->play();
        QCOMPARE(t->date(), QDate(2024, 1, 1));
        t->pause();

        t->setDate(QDate(2010, 5, 1)); // outside the default view: the full range
        QVERIFY(t->fullRange());
        QCOMPARE(t->date(), QDate(2010, 5, 1));
        QCOMPARE(t->years().size(), 9); // decades: 1945 (from 28 Aug), 1950, ..., 2020
        t->setDate(QDate(1800, 1, 1));
        QCOMPARE(t->date(), t->minimumDate());
        t->setFullRange(false);
        QCOMPARE(t->date(), QDate(2024, 1, 1));
        t->setPlayDuration(24000);
    }

    void regionViewsFitTheirBox()
    {
        const QSizeF size(1440, 976);
        const QRectF free(0, 0, 1440, 976);
        for (const Region &r : Regions::all()) {
            const QVariantMap view = m_controller->camera()->regionView(r.name, free, size);
            QVERIFY2(view.contains("zoomLevel"), qPrintable(r.name));
            const double s = 256 * std::pow(2.0, view.value("zoomLevel").toDouble());
            const QGeoCoordinate c = view.value("center").value<QGeoCoordinate>();
            const QPointF centre = geo::mercatorFromLonLat(c.longitude(), c.latitude());
            const QPointF a = geo::mercatorFromLonLat(r.lonLatBox.left(), r.lonLatBox.bottom());
            const QPointF b = geo::mercatorFromLonLat(r.lonLatBox.right(), r.lonLatBox.top());
            auto toScreen = [&](QPointF p) {
                p.setX(p.x() + std::round(centre.x() - (a.x() + b.x()) / 2));
                return (p - centre) * s + QPointF(size.width() / 2, size.height() / 2);
            };
            const QRectF box(toScreen(a), toScreen(b));
            QVERIFY2(free.adjusted(-1, -1, 1, 1).contains(box), qPrintable(r.name));
            QVERIFY2(box.width() > free.width() - 2 || box.height() > free.height() - 2, qPrintable(r.name)); // fills it
        }
        QVERIFY(m_controller->camera()->regionView("atlantis", free, size).isEmpty());
        QVERIFY(!m_controller->camera()->countryView("FRA", free, size).isEmpty());
    }

    void layerGeometryHoldsEveryCountry()
    {
        const LayerGeometry g = LayerGeometry::build(bundled().boundaries);
        const QVector<Country> &countries = bundled().boundaries.countries;
        int indices = 0, segments = 0, parts = 0;
        for (const Country &c : countries) {
            indices += c.mesh.indices.size();
            segments += c.vertexCount();
            parts += c.polygons.size();
        }
        QCOMPARE(g.levels.size(), geo::detailTolerances().size());
        QCOMPARE(g.partBounds.size(), parts);
        // Level 0 is the data as loaded; coarser levels hold fewer triangles and segments.
        QCOMPARE(g.levels[0].fillIndices.size(), indices);
        QVERIFY(g.levels[0].lines.indices.size() <= 6 * segments && g.levels[0].lines.indices.size() > 5 * segments);
        for (int l = 1; l < g.levels.size(); ++l) {
            QVERIFY(g.levels[l].fillIndices.size() < g.levels[l - 1].fillIndices.size());
            QVERIFY(g.levels[l].lines.indices.size() < g.levels[l - 1].lines.indices.size());
        }
        QVERIFY(g.levels.last().fillIndices.size() < indices / 5);
        const int vnm = bundled().boundaries.indexOf("VNM");
        for (const LayerGeometry::Level &level : g.levels) {
            QCOMPARE(level.outlines.size(), countries.size());
            QCOMPARE(level.partFills.size(), parts);
            QCOMPARE(level.partOutlines.size(), parts);
            // The parts' ranges tile each array in order, with no gap and no overlap.
            int fillEnd = 0, lineEnd = 0;
            for (int p = 0; p < parts; ++p) {
                QCOMPARE(level.partFills[p].first, fillEnd);
                QCOMPARE(level.partOutlines[p].first, lineEnd);
                fillEnd += level.partFills[p].count;
                lineEnd += level.partOutlines[p].count;
            }
            QCOMPARE(fillEnd, level.fillIndices.size());
            QCOMPARE(lineEnd, level.lines.indices.size());
            for (const quint32 i : level.fillIndices)
                QVERIFY(int(i) < level.fillVertices.size());
            // Vietnam survives every level (it is never below a pixel where a level is used),
            // and its vertices stay inside its bounds.
            QVERIFY(level.outlines[vnm].count > 0);
            for (const LayerGeometry::FillVertex &v : level.fillVertices)
                if (int(v.country) == vnm)
                    QVERIFY(countries[vnm].bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(QPointF(v.x, v.y)));
        }
        QCOMPARE(g.levelFor(1e9), 0);
        QCOMPARE(geo::detailTolerances()[g.levelFor(1440)], 2.5e-4); // a world view at 1080p: 0.36 px
        QCOMPARE(g.levelFor(100), g.levels.size() - 1);
        QVERIFY(!g.graticule.indices.isEmpty());
        QVERIFY(g.maxX > 1); // some polygons cross the antimeridian: world copies are needed
        QVERIFY(g.bytes() > qint64(indices) * 4);
    }

    void layerGeometryDrawsWhatIsInView()
    {
        const LayerGeometry g = LayerGeometry::build(bundled().boundaries);
        const QVector<Country> &countries = bundled().boundaries.countries;
        const LayerGeometry::Level &level = g.levels[0];
        QVector<LayerGeometry::Range> fills, outlines;
        auto total = [](const QVector<LayerGeometry::Range> &ranges) {
            int n = 0;
            for (const LayerGeometry::Range &r : ranges)
                n += r.count;
            return n;
        };
        auto draws = [](const QVector<LayerGeometry::Range> &ranges, const LayerGeometry::Range &part) {
            return std::any_of(ranges.begin(), ranges.end(), [&](const LayerGeometry::Range &r) {
                return part.first >= r.first && part.first + part.count <= r.first + r.count;
            });
        };
        auto partsOf = [&](const QString &key) {
            int first = 0;
            const int index = bundled().boundaries.indexOf(key);
            for (int i = 0; i < index; ++i)
                first += countries[i].polygons.size();
            QVector<int> parts;
            for (int p = 0; p < countries[index].polygons.size(); ++p)
                parts << first + p;
            return parts;
        };

        // The whole world: everything, one range per array.
        g.visibleRanges(0, QRectF(-0.5, -0.5, 2, 2), 0, &fills, &outlines);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(total(fills), level.fillIndices.size());
        QCOMPARE(total(outlines), level.lines.indices.size());

        // A view of Vietnam: its parts are drawn, Brazil's are not, and a small share of the rest.
        const QRectF view = countries[bundled().boundaries.indexOf("VNM")].bounds;
        g.visibleRanges(0, view, 0, &fills, &outlines);
        for (const int p : partsOf("VNM")) {
            QVERIFY(draws(fills, level.partFills[p]));
            QVERIFY(draws(outlines, level.partOutlines[p]));
        }
        for (const int p : partsOf("BRA"))
            QVERIFY(level.partFills[p].count == 0 || !draws(fills, level.partFills[p]));
        QVERIFY(total(fills) < level.fillIndices.size() / 5);
        QVERIFY(total(outlines) < level.lines.indices.size() / 5);
        QVERIFY(fills.size() < 20); // nearby ranges merged into few draw calls

        // The world copy one to the right shows Vietnam where the view is shifted by one.
        QVector<LayerGeometry::Range> shiftedFills, shiftedOutlines;
        g.visibleRanges(0, view.translated(1, 0), 1, &shiftedFills, &shiftedOutlines);
        QCOMPARE(total(shiftedFills), total(fills));
        g.visibleRanges(0, view, 1, &shiftedFills, &shiftedOutlines);
        QVERIFY(!draws(shiftedFills, level.partFills[partsOf("VNM").first()]));
    }

    void layerProjectsAndLocates()
    {
        CountryLayer layer;
        layer.setController(m_controller);
        layer.setSize(QSizeF(1440, 976));
        layer.setZoomLevel(3);
        layer.setCenter(QGeoCoordinate(20, 100));
        const QPointF centre = layer.project(100, 20);
        QVERIFY(qAbs(centre.x() - 720) < 1e-6 && qAbs(centre.y() - 488) < 1e-6);
        QCOMPARE(layer.pixelsPerUnit(), 2048.0);
        const QPointF hanoi = layer.project(105.85, 21.03);
        QCOMPARE(layer.keyAt(hanoi.x(), hanoi.y()), QString("VNM"));
        const QGeoCoordinate back = layer.coordinateAt(hanoi.x(), hanoi.y());
        QVERIFY(qAbs(back.longitude() - 105.85) < 1e-6 && qAbs(back.latitude() - 21.03) < 1e-6);
        // Across the antimeridian: the copy nearest the centre.
        layer.setCenter(QGeoCoordinate(-40, 179));
        QVERIFY(qAbs(layer.project(-179, -40).x() - (720 + 2.0 / 360 * 2048)) < 1e-6);
    }

    void labelsDoNotOverlap()
    {
        LabelScene scene(m_controller);
        CountryLayer &layer = scene.layer;
        for (const double zoom : {2.5, 3.5, 4.5}) {
            scene.show(zoom, QGeoCoordinate(30, 40));
            CountryListModel *labels = m_controller->labels();
            QVector<QRectF> rects;
            bool vietnam = false;
            for (int row = 0; row < labels->rowCount(); ++row) {
                const QVariantMap r = labels->get(row);
                if (!r.value("placed").toBool())
                    continue;
                if (r.value("isHub").toBool()) {
                    vietnam = true;
                    continue;
                }
                Tier tier;
                QVERIFY(tierFromKey(r.value("tier").toString(), &tier) && tiers::traits(tier).labelled);
                const QPointF at = layer.project(r.value("longitude").toDouble(), r.value("latitude").toDouble())
                    + QPointF(r.value("labelDx").toDouble(), r.value("labelDy").toDouble());
                QFont font("Noto Sans");
                font.setPixelSize(15);
                font.setBold(r.value("labelBold").toBool());
                const QFontMetricsF m(font);
                const double w = m.horizontalAdvance(r.value("labelText").toString()), h = m.height();
                rects << QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
            }
            const QPointF hanoi = layer.project(105.3, 21.7);
            QCOMPARE(vietnam, QRectF(0, 0, 1440, 976).contains(hanoi)); // the hub always, when in view
            QVERIFY2(rects.size() >= 8, qPrintable(QString::number(rects.size())));
            for (int i = 0; i < rects.size(); ++i)
                for (int j = i + 1; j < rects.size(); ++j)
                    QVERIFY(!rects[i].intersects(rects[j]));
        }
    }

    // A tiny partner (a dot) gets its name beside the dot where it fits, on screen as in export.
    void tinyPartnersAreNamed()
    {
        LabelScene scene(m_controller);
        scene.show(4, QGeoCoordinate(8, 110));
        CountryListModel *labels = m_controller->labels();
        QVariantMap singapore;
        for (int row = 0; row < labels->rowCount(); ++row)
            if (labels->get(row).value("key").toString() == QString("SGP"))
                singapore = labels->get(row);
        QVERIFY(!singapore.isEmpty());
        QVERIFY(singapore.value("placed").toBool());
        QCOMPARE(singapore.value("labelText").toString(), QString("Singapore"));
        QVERIFY2(std::abs(singapore.value("labelDx").toDouble()) > MapStyle::kDotPartner / 2,
                 qPrintable(QString::number(singapore.value("labelDx").toDouble())));
        QCOMPARE(singapore.value("labelDy").toDouble(), 0.0);
        QCOMPARE(singapore.value("labelColor").value<QColor>(), m_theme.style().text);
    }

    void everyStringIsTranslated()
    {
        for (const QString &id : Localization::stringIds()) {
            QVERIFY2(!Localization::text(id, "vi").isEmpty(), qPrintable(id));
            QVERIFY2(!Localization::text(id, "en").isEmpty(), qPrintable(id));
        }
        QCOMPARE(Localization::text("nonexistent", "vi"), QString("[nonexistent]"));
        QSignalSpy spy(&m_localization, &Localization::languageChanged);
        m_localization.setLanguage("fr");
        QCOMPARE(spy.count(), 0);
        m_localization.toggle();
        QCOMPARE(m_localization.language(), QString("en"));
        QCOMPARE(m_localization.strings().value("play").toString(), QString("Play"));
        QCOMPARE(m_controller->dateText(), QString("31 Dec 2025"));
        QCOMPARE(m_controller->camera()->regions().first().toMap().value("title").toString(), QString("World"));
    }

    void commandLineOptions()
    {
        AppOptions o = AppOptions::parse({"--date", "2024-12-31", "--lang", "en", "--theme", "dark", "--region", "europe",
                                          "--fullscreen", "--screenshot", "out.png", "--size", "3840x2160"});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.date, QDate(2024, 12, 31));
        QCOMPARE(o.language, QString("en"));
        QCOMPARE(o.theme, QString("dark"));
        QCOMPARE(o.region, QString("europe"));
        QVERIFY(o.fullscreen);
        QCOMPARE(o.screenshot, QString("out.png"));
        QCOMPARE(o.size, QSize(3840, 2160));
        QCOMPARE(AppOptions::parse({}).language, QString("vi"));
        for (const QStringList &bad : {QStringList{"--date", "2025-02-30"}, QStringList{"--lang", "fr"}, QStringList{"--theme", "blue"},
                                       QStringList{"--region", "mars"}, QStringList{"--size", "10x10"}, QStringList{"--screenshot", "a.jpg"},
                                       QStringList{"--date"}, QStringList{"--frobnicate"}})
            QVERIFY2(!AppOptions::parse(bad).error.isEmpty(), qPrintable(bad.join(' ')));
    }

    void dataErrorsAreShownNotFatal()
    {
        DataPaths paths = DataPaths::defaults();
        paths.relations = QStringLiteral("/nonexistent/relations.csv");
        paths.boundaries = QStringLiteral("/nonexistent/countries.json");
        Localization l;
        MapTheme t;
        MapController broken(DataSet::load(paths), &l, &t);
        QVERIFY(!broken.ok());
        QVERIFY(broken.errors().join('\n').contains("nonexistent"));
        QAbstractItemModelTester tester(broken.countries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        broken.timeline()->setDate(QDate(2024, 12, 31));
        broken.interaction()->select("FRA");
        QVERIFY(!broken.details()->active());
        CountryLayer layer;
        layer.setController(&broken);
        QCOMPARE(layer.keyAt(10, 10), QString());
    }
};

QTEST_MAIN(TestQuickModels)
#include "tst_quick_models.moc"
