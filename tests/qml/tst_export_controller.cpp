// The app's export (ExportController) without a display: defaults from the map's state,
// a PNG of the exact size written off the GUI thread, errors as values naming the problem,
// and a cancel that leaves no file.
#include "dataset.h"
#include "diplomapqml.h"
#include "exportcontroller.h"
#include "localization.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "timelinecontroller.h"

#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

class TestExportController : public QObject
{
    Q_OBJECT

private:
    Localization m_localization;
    MapTheme m_theme;
    MapController *m_map = nullptr;
    QTemporaryDir m_dir;

    static constexpr int kTimeoutMs = 180000; // the first large export loads the 10m boundaries

private slots:
    void initTestCase()
    {
        QVERIFY(DiplomapQml::loadFonts());
        QVERIFY(m_dir.isValid());
        m_map = new MapController(DataSet::load(DataPaths::defaults()), &m_localization, &m_theme, this);
        QVERIFY2(m_map->ok(), qPrintable(m_map->errors().join('\n')));
    }

    void init()
    {
        m_localization.setLanguage("vi");
        m_theme.setName("light");
        m_map->timeline()->setDate(QDate(2025, 12, 31));
    }

    void defaultsFollowTheMap()
    {
        m_localization.setLanguage("en");
        m_theme.setName("dark");
        m_map->timeline()->setDate(QDate(2024, 10, 7));
        ExportController c(m_map);
        c.prepare("europe");
        QCOMPARE(c.date(), QString("2024-10-07"));
        QCOMPARE(c.language(), QString("en"));
        QCOMPARE(c.theme(), QString("dark"));
        QCOMPARE(c.region(), QString("europe"));
        QCOMPARE(c.format(), QString("png"));
        QCOMPARE(c.preset(), QString("1080p"));
        QCOMPARE(QSize(c.width(), c.height()), QSize(1920, 1080));
        QVERIFY2(c.outPath().endsWith("/diplomap-2024-10-07.png"), qPrintable(c.outPath()));
        QVERIFY(!c.isBusy());
        c.prepare("atlantis");
        QCOMPARE(c.region(), QString("world"));

        // The file name follows the format and the date until the user types a path.
        c.setFormat("svg");
        QVERIFY2(c.outPath().endsWith("/diplomap-2024-10-07.svg"), qPrintable(c.outPath()));
        c.setDate("2025-12-31");
        QVERIFY2(c.outPath().endsWith("/diplomap-2025-12-31.svg"), qPrintable(c.outPath()));
        c.setOutPath("/home/presenter/slides/map.svg");
        c.setDate("2024-12-31");
        QCOMPARE(c.outPath(), QString("/home/presenter/slides/map.svg"));
        c.setFormat("pdf");
        QCOMPARE(c.outPath(), QString("/home/presenter/slides/map.pdf"));
        c.setFormat("gif");
        QCOMPARE(c.format(), QString("pdf"));

        // Presets and custom sizes; A4 sets the PDF's page.
        c.setPreset("a4");
        QCOMPARE(QSize(c.width(), c.height()), QSize(3508, 2480));
        QCOMPARE(c.options().pageSizeMm, QSizeF(297, 210));
        QCOMPARE(SnapshotExporter::outputSize(c.options()), QSize(3508, 2480));
        c.setWidth(1000);
        QCOMPARE(c.preset(), QString("custom"));
        QVERIFY(c.options().pageSizeMm.isEmpty());
        c.setHeight(500);
        QCOMPARE(c.options().size, QSize(1000, 500));
        c.setWidth(7680);
        c.setHeight(4320);
        QCOMPARE(c.preset(), QString("8k"));
        QCOMPARE(c.presets().size(), 6);

        // Dates are checked as typed.
        QSignalSpy dateSpy(&c, &ExportController::dateChanged);
        c.setDate("2025-02-30");
        QVERIFY(!c.isDateValid());
        c.setDate("2025-2-3");
        QVERIFY(!c.isDateValid());
        c.setDate("2025-02-03");
        QVERIFY(c.isDateValid());
        QCOMPARE(dateSpy.count(), 3);

        // The world is the null box; other regions their preset's box.
        c.setRegion("world");
        QVERIFY(c.options().lonLatBox.isNull());
        c.setRegion("southeast-asia");
        QCOMPARE(c.options().lonLatBox, QRectF(QPointF(92, -11), QPointF(142, 29)));
        c.setRegion("view"); // no view given: not a choice
        QCOMPARE(c.region(), QString("southeast-asia"));
        QCOMPARE(c.regions().first().toMap().value("name").toString(), QString("world"));

        // The screen's view is the default, and the regions stay choices.
        const QRectF view(QPointF(100, 5), QPointF(115, 25));
        c.prepare("world", view);
        QCOMPARE(c.region(), QString("view"));
        QCOMPARE(c.options().lonLatBox, view);
        QCOMPARE(c.regions().first().toMap().value("name").toString(), QString("view"));
        QCOMPARE(c.regions().first().toMap().value("title").toString(), QString("Current view"));
        QCOMPARE(c.regions().size(), m_map->camera()->regions().size() + 1);
        c.setRegion("europe");
        QVERIFY(c.options().lonLatBox != view);
        c.setRegion("view");
        QCOMPARE(c.options().lonLatBox, view);
        c.prepare("europe"); // a preset view: no "current view" besides it
        QCOMPARE(c.region(), QString("europe"));
        QCOMPARE(c.regions().size(), m_map->camera()->regions().size());

        // The history chart: a composed map's option, never a bare one's.
        QVERIFY(!c.options().chart);
        c.setChart(true);
        QVERIFY(c.options().chart);
        c.setBare(true);
        QVERIFY(!c.options().chart);
        c.setBare(false);
        c.setChart(false);

        // Option titles follow the UI language.
        QSignalSpy titles(&c, &ExportController::optionsChanged);
        m_localization.setLanguage("vi");
        QCOMPARE(titles.count(), 1);
        QCOMPARE(c.themes().at(1).toMap().value("title").toString(), QString("Tối"));
    }

    void exportsPngOfTheExactSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("bare");
        QTest::newRow("800x450 bare") << QSize(800, 450) << true;
        QTest::newRow("8k composed") << QSize(7680, 4320) << false; // the size the cancel test stops
    }

    void exportsPngOfTheExactSize()
    {
        QFETCH(QSize, size);
        QFETCH(bool, bare);
        ExportController c(m_map);
        const QString path = m_dir.filePath(QStringLiteral("map-%1.png").arg(size.width()));
        c.setOutPath(path);
        c.setWidth(size.width());
        c.setHeight(size.height());
        c.setBare(bare);
        QSignalSpy finished(&c, &ExportController::finished);
        QSignalSpy progress(&c, &ExportController::progressChanged);
        QVERIFY(c.start());
        QVERIFY(c.isBusy());
        QVERIFY(!c.start()); // one at a time
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), path);
        QCOMPARE(c.lastFile(), path);
        QVERIFY(c.lastError().isEmpty());
        QVERIFY(!c.isBusy());
        QCOMPARE(c.progress(), 1.0);
        QVERIFY(progress.count() >= 1);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), size);
    }

    void exportsNeverReplaceAFileUnasked()
    {
        QTemporaryDir dir;
        auto touch = [](const QString &path) { QFile f(path); return f.open(QIODevice::WriteOnly); };
        const QString first = dir.filePath("diplomap-2025-12-31.png");
        QCOMPARE(ExportController::freePath(first), first);
        QVERIFY(touch(first));
        QCOMPARE(ExportController::freePath(first), dir.filePath("diplomap-2025-12-31-2.png"));
        QVERIFY(touch(dir.filePath("diplomap-2025-12-31-2.png")));
        QCOMPARE(ExportController::freePath(first), dir.filePath("diplomap-2025-12-31-3.png"));

        // With the home folder there (no Pictures in it), the default skips both files, and
        // after an export it moves on again; a typed path that exists is flagged.
        const QByteArray home = qgetenv("HOME"), config = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", home);
            qputenv("XDG_CONFIG_HOME", config);
        });
        qputenv("HOME", QFile::encodeName(dir.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(".config"))); // no user-dirs.dirs
        {
            ExportController c(m_map);
            c.prepare();
            QCOMPARE(c.outPath(), dir.filePath("diplomap-2025-12-31-3.png"));
            QVERIFY(!c.outPathExists());
            QSignalSpy finished(&c, &ExportController::finished);
            QVERIFY(c.start());
            QVERIFY(finished.wait(kTimeoutMs));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
            QCOMPARE(c.lastFile(), dir.filePath("diplomap-2025-12-31-3.png"));
            QCOMPARE(c.outPath(), dir.filePath("diplomap-2025-12-31-4.png"));
            QVERIFY(!c.outPathExists());
            QSignalSpy exists(&c, &ExportController::outPathExistsChanged);
            c.setOutPath(first);
            QVERIFY(c.outPathExists());
            QCOMPARE(exists.count(), 1);
            c.setOutPath(dir.path()); // a folder is not a file to replace
            QVERIFY(!c.outPathExists());

            // A file that appears after the path was typed is flagged by the first start(),
            // which exports nothing; the second replaces it.
            const QString later = dir.filePath("later.png");
            c.setOutPath(later);
            QVERIFY(!c.outPathExists());
            QVERIFY(touch(later));
            finished.clear();
            QVERIFY(!c.start());
            QVERIFY(c.outPathExists());
            QCOMPARE(QFileInfo(later).size(), 0);
            QVERIFY(finished.isEmpty());
            QVERIFY(c.start());
            QVERIFY(finished.wait(kTimeoutMs));
            QVERIFY(finished.at(0).at(0).toBool());
            QVERIFY(QFileInfo(later).size() > 0);
        }
    }

    void unwritablePathIsAnError()
    {
        ExportController c(m_map);
        const QString path = "/nonexistent/dir/x.png";
        c.setOutPath(path);
        QSignalSpy finished(&c, &ExportController::finished);
        c.start();
        QVERIFY(finished.count() == 1 || finished.wait(kTimeoutMs));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.startsWith("Không thể xuất"), qPrintable(message)); // in the UI language
        QCOMPARE(c.lastError(), message);
        QVERIFY(c.lastFile().isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!c.isBusy());
    }

    void badOptionsAreErrors()
    {
        ExportController c(m_map);
        const QString path = m_dir.filePath("small.png");
        c.setOutPath(path);
        c.setWidth(100);
        QSignalSpy finished(&c, &ExportController::finished);
        QVERIFY(!c.start());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(c.lastError().contains("100x1080"), qPrintable(c.lastError()));
        c.setWidth(1920);
        c.setDate("31/12/2025");
        m_localization.setLanguage("en");
        QVERIFY(!c.start());
        QCOMPARE(c.lastError(), QString("Invalid date '31/12/2025' (expected YYYY-MM-DD)"));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!c.isBusy());
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        ExportController c(m_map);
        const QString path = dir.filePath("big.png");
        c.setOutPath(path);
        c.setPreset("8k");
        QSignalSpy finished(&c, &ExportController::finished);
        int cancels = 0;
        connect(&c, &ExportController::progressChanged, &c, [&] {
            if (c.progress() > 0 && cancels++ == 0)
                c.cancel();
        });
        QVERIFY(c.start());
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(cancels >= 1, true);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), QString("Đã hủy xuất ảnh"));
        QCOMPARE(c.lastError(), QString("Đã hủy xuất ảnh"));
        QVERIFY(c.progress() < 1);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList()); // no temporary file
    }

    void destroyedWhileExportingLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("gone.png");
        {
            ExportController c(m_map);
            c.setOutPath(path);
            c.setPreset("8k");
            QSignalSpy progress(&c, &ExportController::progressChanged);
            QVERIFY(c.start());
            QVERIFY(progress.wait(kTimeoutMs));
        } // the destructor cancels and waits
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }
};

QTEST_MAIN(TestExportController)

#include "tst_export_controller.moc"
