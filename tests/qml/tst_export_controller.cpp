// The app's export (ExportController) without a display: defaults from the map's state,
// a PNG of the exact size written off the GUI thread, errors as values naming the problem,
// and a cancel that leaves no file; the same for videos (frame counts by ffprobe).
#include "dataset.h"
#include "diplomapqml.h"
#include "exportcontroller.h"
#include "exportpaths.h"
#include "checkedwrite.h"
#include "localization.h"
#include "cameracontroller.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "timelinecontroller.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
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

    // Cancels the export at its first progress step; `cancels` counts the steps after it.
    static void cancelAtFirstProgress(ExportController *c, int *cancels)
    {
        QObject::connect(c, &ExportController::progressChanged, c, [c, cancels] {
            if (c->progress() > 0 && (*cancels)++ == 0)
                c->cancel();
        });
    }

    // ffprobe's count of the video frames in `path` (Debian's ffmpeg, test-only), or -1.
    static int frameCount(const QString &path)
    {
        QProcess p;
        p.start("ffprobe", {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                            "stream=nb_read_frames,width,height,codec_name", "-of", "default=noprint_wrappers=1", path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return -1;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (!out.contains("width=320\nheight=180\n"))
            return -1;
        const int at = out.indexOf("nb_read_frames=");
        return at < 0 ? -1 : out.mid(at + 15).trimmed().toInt();
    }

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
        c.setFormat("tiff");
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

    void videoSettingsFollowTheTimelineAndCheckThemselves()
    {
        m_localization.setLanguage("en");
        ExportController c(m_map);
        c.prepare();
        const QString from = m_map->timeline()->viewStart().toString(Qt::ISODate);
        const QString to = m_map->timeline()->viewEnd().toString(Qt::ISODate);
        QCOMPARE(c.video()->from(), from);
        QCOMPARE(c.video()->to(), to);
        QVERIFY(!c.isVideoFormat());

        // A video format: the video presets (8K becomes Full HD), a name for the range.
        c.setPreset("8k");
        c.setFormat("mp4");
        QVERIFY(c.isVideoFormat());
        QCOMPARE(c.preset(), QString("1080p"));
        QStringList presets;
        for (const QVariant &p : c.presets())
            presets << p.toMap().value("value").toString();
        QCOMPARE(presets, QStringList({"720p", "1080p", "4k", "custom"}));
        QVERIFY2(c.outPath().endsWith(QStringLiteral("/diplomap-%1_%2.mp4").arg(from, to)), qPrintable(c.outPath()));
        c.setFormat("png-seq"); // a folder
        QVERIFY2(c.outPath().endsWith(QStringLiteral("/diplomap-%1_%2").arg(from, to)), qPrintable(c.outPath()));
        c.video()->setFrom("2024-12-31");
        c.video()->setTo("2025-12-31");
        QVERIFY2(c.outPath().endsWith("/diplomap-2024-12-31_2025-12-31"), qPrintable(c.outPath()));
        c.setOutPath("/home/presenter/clip");
        c.setFormat("gif");
        QCOMPARE(c.outPath(), QString("/home/presenter/clip.gif"));

        // Seconds or days per second: the same length either way.
        c.video()->setPaceValue("10");
        c.video()->setHold("1");
        c.video()->setFps(25);
        QCOMPARE(c.video()->lengthText(), QString("The video lasts 12 s · 300 frames"));
        c.video()->setPace("days");
        QCOMPARE(c.video()->paceValue(), QString("36.5"));
        VideoOptions v;
        QString error;
        QVERIFY(c.videoOptions(&v, &error));
        QCOMPARE(v.durationS, 10.0);
        QCOMPARE(v.fps, 25);
        QCOMPARE(v.frameCount(), 300);
        c.video()->setPaceValue("73");
        QVERIFY(c.videoOptions(&v, &error));
        QCOMPARE(v.durationS, 5.0);

        // Errors in the UI language, before anything is written.
        QSignalSpy finished(&c, &ExportController::finished);
        c.video()->setPaceValue("0.1"); // 3650 s
        QVERIFY(!c.start());
        QCOMPARE(c.lastError(), QString("Invalid days per second '0.1' (the video must last more than 0 and at most 600 s)"));
        m_localization.setLanguage("vi");
        c.video()->setPace("duration");
        c.video()->setPaceValue("5");
        c.video()->setTo("2024-06-01");
        QVERIFY(!c.video()->isToValid());
        QVERIFY(!c.start());
        QCOMPARE(c.lastError(), QString("Khoảng ngày không hợp lệ: 2024-12-31 đến 2024-06-01 (ngày cuối phải sau ngày đầu)"));
        c.video()->setTo("2025-12-31");
        c.video()->setHold("-1");
        QVERIFY(!c.start());
        QCOMPARE(c.lastError(), QString("Thời gian dừng không hợp lệ '-1' (cần từ 0 đến 60 giây)"));
        c.video()->setHold("0");
        c.setFormat("mp4");
        c.setPreset("custom");
        c.setWidth(641);
        c.setHeight(361);
        QVERIFY(!c.start());
        QVERIFY2(c.lastError().startsWith("Không thể xuất: size 641x361 is odd"), qPrintable(c.lastError()));
        QCOMPARE(finished.count(), 4);
        QVERIFY(!QFileInfo::exists("/home/presenter/clip.mp4"));
    }

    void exportsVideo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gif") << "gif";
        QTest::newRow("mp4") << "mp4";
    }

    // A 2-second 320x180 video off the GUI thread: ffprobe counts its frames; the time left is
    // shown while it runs.
    void exportsVideo()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        ExportController c(m_map);
        const QString path = dir.filePath("clip." + format);
        c.setFormat(format);
        c.setOutPath(path);
        c.setPreset("custom");
        c.setWidth(320);
        c.setHeight(180);
        c.setBare(format == "gif");
        c.video()->setFrom("2025-10-01");
        c.video()->setTo("2025-11-30");
        c.video()->setPaceValue("2");
        c.video()->setHold("0");
        c.video()->setFps(24);
        QStringList timeLeft;
        connect(&c, &ExportController::timeLeftChanged, &c, [&] {
            if (!c.timeLeft().isEmpty())
                timeLeft << c.timeLeft();
        });
        QSignalSpy finished(&c, &ExportController::finished);
        QVERIFY(c.start());
        QVERIFY(c.isBusy());
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(c.lastFile(), path);
        QCOMPARE(c.progress(), 1.0);
        QVERIFY(!timeLeft.isEmpty());
        QVERIFY2(QRegularExpression("^còn khoảng \\d+:\\d\\d$").match(timeLeft.first()).hasMatch(), qPrintable(timeLeft.first()));
        QCOMPARE(frameCount(path), 48);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList("clip." + format));
    }

    void cancelledVideoLeavesNoFile()
    {
        QTemporaryDir dir;
        ExportController c(m_map);
        const QString path = dir.filePath("long.mp4");
        c.setFormat("mp4");
        c.setOutPath(path);
        c.setPreset("720p");
        c.video()->setPaceValue("60");
        QSignalSpy finished(&c, &ExportController::finished);
        int cancels = 0;
        cancelAtFirstProgress(&c, &cancels);
        QVERIFY(c.start());
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(c.lastError(), QString("Đã hủy xuất video"));
        QVERIFY(c.progress() < 0.5);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
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
        QCOMPARE(ExportPaths::freePath(first), first);
        QVERIFY(touch(first));
        QCOMPARE(ExportPaths::freePath(first), dir.filePath("diplomap-2025-12-31-2.png"));
        QVERIFY(touch(dir.filePath("diplomap-2025-12-31-2.png")));
        QCOMPARE(ExportPaths::freePath(first), dir.filePath("diplomap-2025-12-31-3.png"));

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
        QCOMPARE(message, QString("Không thể xuất: không ghi được '/nonexistent/dir/x.png': thư mục không tồn tại")); // in the UI language
        QCOMPARE(c.lastError(), message);
        QVERIFY(c.lastFile().isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!c.isBusy());
    }

    // A failed write reads in the UI language, its common reasons too; other core messages stay.
    void writeErrorsInTheUiLanguage()
    {
        const QString full = CheckedWrite::cannotWrite("/media/usb/map.png", "No space left on device");
        QCOMPARE(full, QString("cannot write '/media/usb/map.png': No space left on device"));
        m_localization.setLanguage("vi");
        QCOMPARE(m_localization.exportError(full), QString("không ghi được '/media/usb/map.png': ổ đĩa đã đầy"));
        QCOMPARE(m_localization.exportError(CheckedWrite::cannotWrite("/a': b/x.png", "Input/output error")),
                 QString("không ghi được '/a': b/x.png': Input/output error")); // an unknown reason as it is; a quote in the path
        QCOMPARE(m_localization.exportError("size 641x361 is odd"), QString("size 641x361 is odd"));
        m_localization.setLanguage("en");
        QCOMPARE(m_localization.exportError(full), full);
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
        cancelAtFirstProgress(&c, &cancels);
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
