// The history of the timeline (issue 11, the app): the hub's history start in its profile, the
// whole range, the sampled counts per tier and the chart that draws them.
#include "dataset.h"
#include "historychart.h"
#include "historyseries.h"
#include "legendcard.h"

#include <QImage>
#include <QPainter>

#include <cmath>

#include <catch2/catch.hpp>

namespace {

const DataSet &bundled()
{
    static const DataSet data = DataSet::load(DataPaths::defaults(), DataSet::Relations);
    return data;
}

QByteArray hubJson(const QByteArray &history)
{
    return R"({"key": "VNM", "name": {"vi": "Việt Nam", "en": "Vietnam"},
               "title": {"vi": "Tiêu đề", "en": "Title"},
               "period": {"from": "2024-01-01", "to": "2025-12-31"},)" + history + R"(
               "colors": {"fill": "#da251d", "outline": "#ffcd00"}})";
}

RelationEvent event(const char *key, const char *date, Tier tier)
{
    RelationEvent e;
    e.key = QString::fromLatin1(key);
    QString error;
    REQUIRE(PartialDate::parse(QString::fromLatin1(date), &e.date, &error));
    e.tier = tier;
    return e;
}

} // namespace

TEST_CASE("the hub profile's history start: read, optional, and refused when malformed", "[history][hub]")
{
    QStringList errors;
    HubProfile hub = HubProfile::parse(hubJson(R"("history": {"from": "1945-08-28"},)"), "hub.json", &errors);
    CHECK(errors.isEmpty());
    CHECK(hub.historyStart == QDate(1945, 8, 28));
    CHECK(HubProfile::parse(hubJson(""), "hub.json", &errors).historyStart.isNull());
    CHECK(errors.isEmpty());
    CHECK(bundled().hub.historyStart == QDate(1945, 8, 28));

    const std::pair<QByteArray, QString> bad[] = {
        {R"("history": {"from": "1945-13-01"},)", "hub.json: history.from: '1945-13-01' is not a date (YYYY-MM-DD)"},
        {R"("history": {"from": "1945-8-28"},)", "hub.json: history.from: '1945-8-28' is not a date (YYYY-MM-DD)"},
        {R"("history": {"from": 1945},)", "hub.json: history.from: '1945' is not a date (YYYY-MM-DD)"},
        {R"("history": {},)", "hub.json: history.from: '' is not a date (YYYY-MM-DD)"},
        {R"("history": "1945",)", "hub.json: history: expected an object like {\"from\": \"YYYY-MM-DD\"}"},
        {R"("history": {"from": "2024-06-01"},)", "hub.json: history.from: '2024-06-01' must not come after period.from"},
    };
    for (const auto &[json, message] : bad) {
        errors.clear();
        hub = HubProfile::parse(hubJson(json), "hub.json", &errors);
        CHECK(errors == QStringList{message});
        CHECK(hub.key.isEmpty()); // a profile with a problem is empty
    }
}

TEST_CASE("the whole range starts at the history start, or earlier at an earlier event", "[history]")
{
    const QDate period0(2024, 1, 1), period1(2025, 12, 31), history(1945, 8, 28);
    CHECK(historyRange(QDate(1950, 1, 18), QDate(2025, 11, 21), period0, period1, history)
          == std::make_pair(history, QDate(2025, 12, 31)));
    CHECK(historyRange(QDate(1940, 5, 2), QDate(2026, 1, 29), period0, period1, history)
          == std::make_pair(QDate(1940, 1, 1), QDate(2026, 12, 31)));
    CHECK(historyRange(QDate(1960, 5, 2), QDate(2020, 1, 1), period0, period1, QDate())
          == std::make_pair(QDate(1960, 1, 1), period1));
    CHECK(historyRange(QDate(), QDate(), period0, period1, QDate()) == std::make_pair(period0, period1));
}

TEST_CASE("the series holds countsAt of every sample date, and its stack sums to the states with relations", "[history]")
{
    const RelationTimeline &timeline = bundled().timeline;
    const QDate from(1945, 8, 28), to(2025, 12, 31);
    const HistorySeries s = HistorySeries::sample(timeline, from, to);
    REQUIRE(s.dates.size() == HistorySeries::kSamples);
    REQUIRE(s.counts.size() == HistorySeries::kSamples);
    CHECK(s.dates.first() == from);
    CHECK(s.dates.last() == to);
    CHECK(HistorySeries::stackOrder() == QVector<Tier>{Tier::Special, Tier::CSP, Tier::SP, Tier::CP, Tier::Relations});
    int most = 0;
    for (int i = 0; i < s.dates.size(); ++i) {
        if (i > 0)
            REQUIRE(s.dates[i] > s.dates[i - 1]);
        const TierCounts expected = timeline.countsAt(s.dates[i]);
        REQUIRE(s.counts[i].perTier == expected.perTier);
        REQUIRE(s.counts[i].withRelations == expected.withRelations);
        REQUIRE(s.counts[i].partners == expected.partners);
        const QMap<Tier, int> &t = expected.perTier;
        REQUIRE(s.stackTop(i, Tier::Special) == t.value(Tier::Special));
        REQUIRE(s.stackTop(i, Tier::CP) == t.value(Tier::Special) + t.value(Tier::CSP) + t.value(Tier::SP) + t.value(Tier::CP));
        REQUIRE(s.stackTop(i, Tier::Relations) == expected.withRelations);
        most = std::max(most, expected.withRelations);
    }
    CHECK(s.maximum() == most);
    CHECK(s.counts.last().partners == 42); // the official total at the end of 2025
    CHECK(s.counts.last().withRelations == 195);
    CHECK(s.position(from) == 0);
    CHECK(s.position(to) == 1);
    CHECK(s.position(QDate(2100, 1, 1)) == 1);
    CHECK(HistorySeries::sample(timeline, to, from).isEmpty());
}

TEST_CASE("the chart paints each tier's band in its colour and the cursor in the hub's", "[history][render]")
{
    // Two states from 1950: one CSP, one with relations only. The axis then runs 0..2: the lower
    // half of the plot is the CSP band, the upper half the relations band.
    const CountryTable &table = bundled().table;
    const RelationTimeline timeline(QHash<QString, QVector<RelationEvent>>{{"FRA", {event("FRA", "1950-01-01", Tier::CSP)}},
                                                                       {"DEU", {event("DEU", "1950-01-01", Tier::Relations)}}},
                                    table, "VNM");
    const HistorySeries series = HistorySeries::sample(timeline, QDate(1950, 1, 1), QDate(1960, 12, 31));
    const QDate cursor(1955, 7, 1);
    for (const MapStyle::Theme theme : {MapStyle::Theme::Light, MapStyle::Theme::Dark}) {
        const MapStyle style = MapStyle::forTheme(theme, bundled().hub);
        for (const double unit : {1.0, 2.0}) {
            const HistoryChart chart(series, cursor, timeline.countsAt(cursor), "en", style, unit);
            CHECK(chart.title() == "Relations and partners, 1950–1960");
            CHECK(chart.value() == "2 countries");
            CHECK(chart.axisMaximum() == 2);
            QImage image(QSize(444, 150) * unit, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            chart.paint(&painter, image.rect());
            painter.end();
            const QRectF plot = chart.plotRect(image.rect());
            const double x = plot.left() + plot.width() * 0.25;
            CHECK(image.pixelColor(QPointF(x, plot.bottom() - plot.height() * 0.25).toPoint()) == style.tierColor(Tier::CSP));
            CHECK(image.pixelColor(QPointF(x, plot.top() + plot.height() * 0.25).toPoint()) == style.tierColor(Tier::Relations));
            const int cursorX = int(std::round(plot.left() + plot.width() * series.position(cursor)));
            CHECK(image.pixelColor(cursorX - 1, int(plot.bottom() - plot.height() * 0.25)) == style.hub);
            // Nothing above the top of the stack but the grid.
            CHECK(image.pixelColor(QPointF(x, plot.top() - 2 * unit).toPoint()).alpha() == 0);
        }
    }
}

TEST_CASE("a composed export's card holds the chart above the caption, clear of the legend", "[history][render][export]")
{
    const DataSet &data = bundled();
    const QDate date(2025, 12, 31);
    const TierCounts counts = data.timeline.countsAt(date);
    const MapStyle style = MapStyle::forTheme(MapStyle::Theme::Light, data.hub);
    const auto range = historyRange(data.timeline.firstDate(), data.timeline.lastDate(), data.hub.periodFrom, data.hub.periodTo,
                                    data.hub.historyStart);
    const HistorySeries series = HistorySeries::sample(data.timeline, range.first, range.second);
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        const double unit = MapStyle::unitFor(size);
        const LegendCard plain("Title", counts, data.hub, "vi", style, unit, size);
        CHECK(plain.boxes().size() == 2);
        CHECK(plain.chartBox().isNull());
        const LegendCard card("Title", counts, data.hub, "vi", style, unit, size,
                              HistoryChart(series, date, counts, "vi", style, unit));
        const QVector<QRectF> boxes = card.boxes();
        REQUIRE(boxes.size() == 3);
        const QRectF chart = card.chartBox();
        CHECK(boxes[2] == chart);
        CHECK(QRectF(QPointF(0, 0), size).contains(chart));
        CHECK(chart.bottom() < boxes[1].top());      // above the caption
        CHECK(!chart.intersects(boxes[0]));         // clear of the legend
        CHECK(chart.width() == Approx((MapStyle::kChartWidth + 24) * unit));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        card.paint(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        // At the end of the range the relations band lies between the partners' and the top of the stack.
        const HistoryChart drawn(series, date, counts, "vi", style, unit);
        const QRectF plot = drawn.plotRect(chart.adjusted(12 * unit, 12 * unit, -12 * unit, -12 * unit));
        const TierCounts last = series.counts.last();
        const double top = plot.bottom() - double(last.withRelations) / drawn.axisMaximum() * plot.height();
        const double partnersTop = plot.bottom() - double(last.partners + last.perTier.value(Tier::Special)) / drawn.axisMaximum() * plot.height();
        CHECK(image.pixelColor(QPointF(plot.right() - 3 * unit, (top + partnersTop) / 2).toPoint()) == style.tierColor(Tier::Relations));
    }
}
