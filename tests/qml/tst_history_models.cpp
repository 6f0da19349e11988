// Issue 11, the app: "All years" from the hub's history start with decade bands and a play
// speed per view; the year in review (YearReviewModel: rows under QAbstractItemModelTester,
// the hub's totals); the side panel's history chart item following the view.
#include "datesnapshot.h"
#include "diplomapqml.h"
#include "historychartitem.h"
#include "localization.h"
#include "textformat.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "sourcetable.h"
#include "timelinecontroller.h"
#include "yearreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

class TestHistoryModels : public QObject
{
    Q_OBJECT

private:
    Localization m_localization;
    MapTheme m_theme;
    MapController *m_controller = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(DiplomapQml::loadFonts());
        m_controller = new MapController(DataSet::load(DataPaths::defaults(), DataSet::Relations), &m_localization, &m_theme, this);
        QVERIFY2(m_controller->ok(), qPrintable(m_controller->errors().join('\n')));
    }

    void init()
    {
        m_localization.setLanguage("vi");
        m_controller->timeline()->setFullRange(false);
        m_controller->timeline()->setDate(QDate(2025, 12, 31));
    }

    void allYearsStartAtTheHistoryStart()
    {
        TimelineController *t = m_controller->timeline();
        QCOMPARE(t->minimumDate(), QDate(1945, 8, 28));
        QCOMPARE(t->maximumDate(), QDate(m_controller->data().timeline.lastDate().year(), 12, 31));
        t->setFullRange(true);
        QCOMPARE(t->viewStart(), QDate(1945, 8, 28));
        QCOMPARE(t->viewEnd(), t->maximumDate());
        t->setDate(QDate(1900, 1, 1)); // clamped to the history's start
        QCOMPARE(t->date(), QDate(1945, 8, 28));
    }

    void decadeBandsOverTheWholeRange()
    {
        TimelineController *t = m_controller->timeline();
        const QVariantList years = t->years();
        QCOMPARE(years.size(), 2); // the default view: one band per year, each labelled
        QCOMPARE(years[1].toMap().value("year").toInt(), 2025);
        QVERIFY(!years[1].toMap().value("decade").toBool());
        t->setFullRange(true);
        const QVariantList decades = t->years();
        const int last = t->viewEnd().year();
        QCOMPARE(decades.size(), last / 10 - 194 + 1); // 1940s (from 1945) to the last decade
        const QVariantMap first = decades.first().toMap(), second = decades[1].toMap();
        QCOMPARE(first.value("year").toInt(), 1945);
        QCOMPARE(first.value("last").toInt(), 1949);
        QCOMPARE(first.value("start").toDouble(), 0.0);
        QCOMPARE(second.value("year").toInt(), 1950);
        QCOMPARE(second.value("last").toInt(), 1959);
        QCOMPARE(second.value("start").toDouble(), QDate(1945, 8, 28).daysTo(QDate(1950, 1, 1)) / double(t->dayCount()));
        QCOMPARE(decades.last().toMap().value("end").toDouble(), 1.0);
        for (const QVariant &d : decades)
            QVERIFY(d.toMap().value("decade").toBool() && d.toMap().value("labelled").toBool());
    }

    void playSpeedFitsTheView()
    {
        TimelineController *t = m_controller->timeline();
        QSignalSpy durations(t, &TimelineController::playDurationChanged);
        QCOMPARE(t->playDuration(), TimelineController::kDefaultPlayMs); // 2024 -> 2025 as before: 24 s
        t->setFullRange(true);
        const double years = t->minimumDate().daysTo(t->maximumDate()) / 365.25;
        QCOMPARE(t->playDuration(), int(std::lround(years * TimelineController::kPlayMsPerYear)));
        QVERIFY(t->playDuration() >= 55000 && t->playDuration() <= 65000); // about a minute for 80 years
        QCOMPARE(durations.count(), 1);
        t->setPlayDuration(500); // the full range's own
        t->setFullRange(false);
        QCOMPARE(t->playDuration(), TimelineController::kDefaultPlayMs);
        t->setFullRange(true);
        QCOMPARE(t->playDuration(), 500);
        QSignalSpy finished(t, &TimelineController::finished);
        t->setDate(t->viewStart());
        t->play();
        QVERIFY(finished.wait(5000));
        QCOMPARE(t->date(), t->viewEnd());
        t->setPlayDuration(int(std::lround(years * TimelineController::kPlayMsPerYear)));
    }

    void yearInReview()
    {
        YearReviewModel *review = m_controller->yearReview();
        QAbstractItemModelTester tester(review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(review->year(), 2025);
        QCOMPARE(review->title(), QString("Năm 2025 nhìn lại"));
        int summaries = 0, others = 0;
        for (const Highlight &h : m_controller->data().relations.highlights)
            if (h.date.year == 2025)
                ++(h.kind == "summary" ? summaries : others);
        QVERIFY(summaries > 0 && others > 0);
        QCOMPARE(review->rowCount(), summaries + others);
        for (int row = 0; row < review->rowCount(); ++row) // summaries first, then by date
            QCOMPARE(review->get(row).value("kind").toString() == "summary", row < summaries);
        const QVariantMap last = review->get(review->rowCount() - 1); // the year's last event: South Africa's CSP
        QCOMPARE(last.value("date").toString(), QString("21/11"));
        QCOMPARE(last.value("country").toString(), QString("Nam Phi"));
        QCOMPARE(last.value("kindName").toString(), QString("Sự kiện"));
        QCOMPARE(review->partners(), 42);
        QCOMPARE(review->withRelations(), 195);
        QCOMPARE(review->totalsHeading(), QString("Tính đến 31/12/2025"));
        int sum = 0;
        for (const QVariant &tier : review->tiers())
            sum += tier.toMap().value("count").toInt();
        QCOMPARE(sum, 195);

        QSignalSpy years(review, &YearReviewModel::yearChanged);
        m_controller->timeline()->setDate(QDate(2024, 12, 31));
        QCOMPARE(years.count(), 1);
        QCOMPARE(review->partners(), 32);
        QCOMPARE(review->get(0).value("kind").toString(), QString("summary"));
        m_localization.setLanguage("en");
        QCOMPARE(review->title(), QString("2024 in review"));
        QCOMPARE(review->totalsHeading(), QString("As of 31 Dec 2024"));
        m_controller->timeline()->setDate(QDate(1995, 12, 31)); // a historical year: the US and ASEAN, by date
        QCOMPARE(review->rowCount(), 2);
        const QVariantMap us = review->get(0), asean = review->get(1);
        QCOMPARE(us.value("key").toString(), QString("USA"));
        QCOMPARE(us.value("date").toString(), QString("11 Jul"));
        QCOMPARE(us.value("country").toString(), QString("United States"));
        QVERIFY2(us.value("text").toString().startsWith("Vietnam and the United States normalise diplomatic relations"),
                 qPrintable(us.value("text").toString()));
        QCOMPARE(asean.value("key").toString(), QString());
        QCOMPARE(asean.value("date").toString(), QString("28 Jul"));
        QVERIFY2(asean.value("text").toString().contains("seventh member of the Association of Southeast Asian Nations (ASEAN)"),
                 qPrintable(asean.value("text").toString()));
        QVERIFY(!asean.value("sources").toStringList().isEmpty());
        m_controller->timeline()->setDate(QDate(1985, 6, 30)); // no highlights recorded
        QCOMPARE(review->rowCount(), 0);
        QCOMPARE(review->empty(), QString("No highlights are recorded for 1985."));
        QCOMPARE(review->partners(), m_controller->snapshot()->counts().partners);
    }

    // A source reads as publisher, title and date in the UI language, never as its id.
    void sourceAsAReaderSeesIt()
    {
        Source s{"press-2024-a1", "Báo Nhân Dân", "Upgrade", {PartialDate::Precision::Day, 2024, 10, 7}, "https://example.org", "vi"};
        QCOMPARE(textformat::source(s, m_localization.language()), QString("Báo Nhân Dân, “Upgrade”, 7/10/2024"));
        m_localization.setLanguage("en");
        QCOMPARE(textformat::source(s, m_localization.language()), QString("Báo Nhân Dân, “Upgrade”, 7 Oct 2024"));
        s.date = {PartialDate::Precision::Month, 2013, 6, 0};
        QCOMPARE(textformat::source(s, m_localization.language()), QString("Báo Nhân Dân, “Upgrade”, Jun 2013"));
        s.date = PartialDate();
        QCOMPARE(textformat::source(s, m_localization.language()), QString("Báo Nhân Dân, “Upgrade”"));
    }

    // Each row of the year in review has the sources its highlight cites, in cited order.
    void yearInReviewSources_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("language");
        for (const int year : {2024, 2025})
            for (const char *language : {"vi", "en"})
                QTest::addRow("%d %s", year, language) << year << QString(language);
    }
    void yearInReviewSources()
    {
        QFETCH(int, year);
        QFETCH(QString, language);
        YearReviewModel *review = m_controller->yearReview();
        QAbstractItemModelTester tester(review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_localization.setLanguage(language);
        m_controller->timeline()->setDate(QDate(year, 12, 31));
        const DataSet &data = m_controller->data();
        QHash<QString, QString> cited; // the highlight's text in the UI language -> its source field
        QSet<QString> ids;
        for (const Highlight &h : data.relations.highlights)
            if (h.date.year == year) {
                cited.insert(m_localization.name(h.textVi, h.textEn), h.source);
                for (const QString &id : SourceTable::ids(h.source))
                    ids << id;
            }
        QVERIFY(review->rowCount() > 0);
        for (int row = 0; row < review->rowCount(); ++row) {
            const QModelIndex index = review->index(row);
            const QStringList sources = review->data(index, YearReviewModel::SourcesRole).toStringList();
            QStringList expected;
            for (const QString &id : SourceTable::ids(cited.value(review->data(index, YearReviewModel::TextRole).toString()))) {
                const Source *s = data.sources.byId(id);
                QVERIFY2(s, qPrintable(id));
                QVERIFY(!s->publisher.isEmpty() && !s->title.isEmpty());
                expected << textformat::source(*s, m_localization.language());
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(sources, expected);
            QCOMPARE(review->get(row).value("sources").toStringList(), expected);
            for (const QString &text : sources)
                for (const QString &id : qAsConst(ids))
                    QVERIFY2(!text.contains(id), qPrintable(text + " shows the id " + id));
        }
    }

    void chartFollowsTheView()
    {
        HistoryChartItem item;
        item.setSize(QSizeF(444, 150));
        QSignalSpy series(&item, &HistoryChartItem::seriesChanged);
        item.setController(m_controller);
        QCOMPARE(item.series().from, QDate(2024, 1, 1));
        QCOMPARE(item.series().to, QDate(2025, 12, 31));
        QCOMPARE(item.title(), QString("Quan hệ ngoại giao và đối tác, 2024–2025"));
        m_controller->timeline()->setFullRange(true);
        QCOMPARE(item.series().from, QDate(1945, 8, 28));
        QCOMPARE(item.series().counts.last().withRelations, m_controller->data().timeline.countsAt(item.series().to).withRelations);
        m_localization.setLanguage("en");
        QVERIFY(item.title().startsWith("Relations and partners, 1945–"));
        QVERIFY(series.count() >= 3);
        // It paints: the cursor (the hub's colour) at the date's place.
        m_controller->timeline()->setDate(QDate(1985, 6, 30));
        QImage image(444, 150, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        item.paint(&painter);
        painter.end();
        int hubPixels = 0;
        for (int x = 0; x < image.width(); ++x)
            hubPixels += image.pixelColor(x, 100) == m_theme.style().hub;
        QVERIFY(hubPixels >= 2);
    }
};

QTEST_MAIN(TestHistoryModels)
#include "tst_history_models.moc"
