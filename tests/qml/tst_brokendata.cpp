// Issue 15, item 9: with a data error the error screen must not sit on half-loaded data:
// the controller shows no country, no tier and no count of the broken set.
#include "countrylistmodel.h"
#include "dataset.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "tierlistmodel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestBrokenData : public QObject
{
    Q_OBJECT

private slots:
    void unclosedQuoteShowsNothingOfTheData()
    {
        // The bundled relations with a quote left open on line 2: the rest of the file parses,
        // which used to give a legend of 40 partners behind the error panel.
        QFile bundled(DataPaths::defaults().relations);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = bundled.readAll().split('\n');
        lines[1] = lines[1].replace(",,", ",\"unclosed,");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile broken(dir.filePath("relations.csv"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(lines.join('\n'));
        broken.close();

        DataPaths paths = DataPaths::defaults();
        paths.relations = broken.fileName();
        DataSet data = DataSet::load(paths);
        QVERIFY(!data.errors.isEmpty());
        QVERIFY(data.timeline.countsAt(QDate(2025, 12, 31)).partners > 0); // the loader parsed the rest

        Localization localization;
        MapTheme theme;
        MapController controller(std::move(data), &localization, &theme);
        QVERIFY(!controller.ok());
        QVERIFY(controller.errors().join('\n').contains(broken.fileName()));
        QCOMPARE(controller.partnerCount(), 0);
        QCOMPARE(controller.data().boundaries.countries.size(), 0);
        QCOMPARE(controller.data().relations.events.size(), 0);
        QCOMPARE(controller.countries()->rowCount(), 0);
        for (int row = 0; row < controller.tiers()->rowCount(); ++row) {
            const int count = controller.tiers()->index(row).data(TierListModel::CountRole).toInt();
            QVERIFY2(count <= 0, qPrintable(QString::number(row)));
        }
    }
};

QTEST_MAIN(TestBrokenData)
#include "tst_brokendata.moc"
