// Hot reload (issue 13): the data files change while the map is open. A valid change shows at
// once, keeping the date, the selection and (the layer's geometry being kept) the view; a broken
// one leaves the last good data on the map and names file, line and column in the errors.
#include "countrylistmodel.h"
#include "dataset.h"
#include "datesnapshot.h"
#include "datawatcher.h"
#include "interactionstate.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "timelinecontroller.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// As an editor saves: a new file renamed over the old one (which ends an inotify watch).
bool save(const QString &path, const QByteArray &content)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.commit();
}

QByteArray withLine(QByteArray csv, const QByteArray &line)
{
    if (!csv.endsWith('\n'))
        csv += '\n';
    return csv + line + '\n';
}

} // namespace

class TestHotReload : public QObject
{
    Q_OBJECT

private slots:
    void relationsReloadKeepingTheDateAndSelection()
    {
        // The relation files and the hub profile in a folder of their own; the boundaries stay the bundled ones.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DataPaths paths = DataPaths::defaults();
        for (QString *file : {&paths.relations, &paths.highlights, &paths.hub}) {
            const QString copy = dir.filePath(QFileInfo(*file).fileName());
            QVERIFY(QFile::copy(*file, copy));
            *file = copy;
        }
        const QByteArray original = readAll(paths.relations);

        Localization localization;
        MapTheme theme;
        MapController controller(DataSet::load(paths), &localization, &theme);
        QVERIFY2(controller.ok(), qPrintable(controller.errors().join('\n')));
        QAbstractItemModelTester tester(controller.countries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester labelsTester(controller.labels(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate date(2025, 6, 30);
        controller.timeline()->setDate(date);
        controller.interaction()->select("ARG");
        const int argentina = controller.data().boundaries.indexOf("ARG");
        QVERIFY(argentina >= 0);
        QCOMPARE(controller.snapshot()->tierOf(argentina), Tier::CP);
        const int partners = controller.partnerCount();
        controller.watch(paths);

        // An upgrade announced an hour before the talk.
        QSignalSpy reloaded(&controller, &MapController::reloaded);
        QVERIFY(save(paths.relations, withLine(original, "ARG,2025-06-01,sp,,,vnp-cok-2022,")));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(controller.snapshot()->tierOf(argentina), Tier::SP);
        QCOMPARE(controller.partnerCount(), partners); // CP to SP: still a partner
        QCOMPARE(controller.timeline()->date(), date);
        QCOMPARE(controller.interaction()->selectedKey(), QString("ARG"));
        const QModelIndex row = controller.countries()->index(controller.countries()->rowOfKey("ARG"));
        QCOMPARE(row.data(CountryListModel::TierRole).toString(), QString("sp"));
        QVERIFY(controller.ok());

        // A broken file: the last good data stays, the problem names the file and its line.
        QSignalSpy errors(&controller, &MapController::errorsChanged);
        const QByteArray upgraded = readAll(paths.relations);
        const int brokenLine = upgraded.count('\n') + (upgraded.endsWith('\n') ? 1 : 2);
        QVERIFY(save(paths.relations, withLine(upgraded, "ARG,2025-13-45,csp,,,vnp-cok-2022,")));
        QVERIFY(errors.wait(10000));
        QVERIFY(!controller.ok());
        QVERIFY(controller.stale());
        const QString where = QString("%1:%2:").arg(paths.relations).arg(brokenLine);
        QVERIFY2(controller.errors().join('\n').contains(where), qPrintable(controller.errors().join('\n') + "\nexpected " + where));
        QCOMPARE(controller.snapshot()->tierOf(argentina), Tier::SP);
        QCOMPARE(reloaded.count(), 1);

        // Fixed: shown, and the problems gone.
        QVERIFY(save(paths.relations, withLine(upgraded, "ARG,2025-06-15,csp,,,vnp-cok-2022,")));
        QVERIFY(reloaded.wait(10000));
        QVERIFY(controller.ok());
        QCOMPARE(controller.snapshot()->tierOf(argentina), Tier::CSP);
        QCOMPARE(controller.timeline()->date(), date);
    }

    // Only the relation files changed: the boundaries are the same ones (shared, not read again).
    void relationsOnlyKeepTheBoundaries()
    {
        const DataSet base = DataSet::load(DataPaths::defaults());
        bool boundariesChanged = true;
        const DataSet again = DataWatcher::reload(DataPaths::defaults(), base, {QFileInfo(DataPaths::defaults().relations).absoluteFilePath()},
                                                  &boundariesChanged);
        QVERIFY(!boundariesChanged);
        QVERIFY(again.boundaries.countries.constData() == base.boundaries.countries.constData());
        QCOMPARE(again.relations.events.size(), base.relations.events.size());
        DataWatcher::reload(DataPaths::defaults(), base, {QFileInfo(DataPaths::defaults().worldview).absoluteFilePath()},
                            &boundariesChanged);
        QVERIFY(boundariesChanged);
    }
};

QTEST_MAIN(TestHotReload)
#include "tst_hotreload.moc"
