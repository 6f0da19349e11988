// diplomap: the one wiring point. Command-line subcommands run headless; otherwise the
// presenter map opens (or, with --screenshot, renders once, saves a PNG and exits).
#include "appoptions.h"
#include "commandhelp.h"
#include "commandline.h"
#include "countrylayer.h"
#include "dataset.h"
#include "countrylistmodel.h"
#include "labelplacer.h"
#include "diplomapqml.h"
#include "interactionstate.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "storyplayer.h"
#include "builtinstories.h"
#include "timelinecontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace {

// Saves the window's content once the country layer has drawn its first frame, then quits:
// 0 when saved, 1 otherwise. Returns false at once if the window has no layer.
bool takeScreenshot(QQuickWindow *window, const QString &path, QTextStream &err)
{
    auto *layer = qvariant_cast<CountryLayer *>(window->property("countryLayer"));
    auto fail = [&err](const QString &message) {
        err << "diplomap: " << message << '\n';
        err.flush();
        QCoreApplication::exit(1);
    };
    if (!layer) {
        err << "diplomap: no country layer in the window\n";
        return false;
    }
    auto grab = [window, path, fail] {
        const QSharedPointer<QQuickItemGrabResult> result = window->contentItem()->grabToImage();
        if (!result)
            return fail(QStringLiteral("cannot grab the window"));
        QObject::connect(result.data(), &QQuickItemGrabResult::ready, window, [result, path, fail] {
            QSaveFile file(path); // atomic, as every writer: the previous file stays on error
            if (!file.open(QIODevice::WriteOnly) || !result->image().save(&file, "PNG") || !file.commit())
                return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            QCoreApplication::exit(0);
        });
    };
    // After the layer's first frame, frames until the labels have settled for the final camera
    // (no placement pending or made since the last frame), and at least 40: the Map's label
    // delegates follow a late placement (a story's camera, set once the map has its size) over
    // several frames; at most 60, then the grab.
    auto *placer = qvariant_cast<LabelPlacer *>(window->property("labelPlacer"));
    auto afterReady = [window, placer, grab] {
        auto settled = std::make_shared<bool>(false);
        auto frames = std::make_shared<int>(0);
        if (placer)
            QObject::connect(placer, &LabelPlacer::placed, window, [settled, window] {
                *settled = false;
                window->update();
            });
        auto *connection = new QMetaObject::Connection;
        *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
            const bool pending = placer && placer->isPending();
            if ((!*settled || pending || *frames < 40) && ++*frames < 60) {
                *settled = !pending;
                window->update();
                return;
            }
            QObject::disconnect(*connection);
            delete connection;
            grab();
        }, Qt::QueuedConnection);
        window->update();
    };
    if (layer->isReady()) {
        afterReady();
        return true;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(layer, &CountryLayer::readyChanged, window, [connection, afterReady] {
        QObject::disconnect(*connection);
        delete connection;
        afterReady();
    });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (CommandLine::isCommand(command)) {
        // `export` and `export-video` draw text (legend, title): they need a QGuiApplication,
        // headless by default, and get the bundled font. The other commands only read data.
        std::unique_ptr<QCoreApplication> app;
        if (command == QLatin1String("export") || command == QLatin1String("export-video")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
            DiplomapQml::loadFonts();
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout), err(stderr);
        out.setCodec("UTF-8");
        err.setCodec("UTF-8");
        return CommandLine::run(app->arguments().mid(1), out, err);
    }

    // Options first: a usage error needs no display.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const AppOptions options = AppOptions::parse(args);
    QTextStream out(stdout), err(stderr);
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");
    if (!options.error.isEmpty()) {
        err << "diplomap: " << options.error << "\nrun 'diplomap --help' for the options and commands\n";
        return 2;
    }
    if (options.help) {
        out << AppOptions::usage();
        return 0;
    }
    if (options.version) {
        out << CommandHelp::version();
        return 0;
    }

    QGuiApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("diplomap"));
    app.setApplicationVersion(QStringLiteral(DIPLOMAP_VERSION));
    if (!DiplomapQml::loadFonts())
        err << "diplomap: the bundled Noto Sans font is missing; using the system font\n";

    DataSet data = DataSet::load(DataPaths::defaults());
    for (const QString &w : data.warnings)
        err << "diplomap: warning: " << w << '\n';
    if (!data.errors.isEmpty() && !options.screenshot.isEmpty()) {
        for (const QString &e : data.errors)
            err << e << '\n';
        return 1;
    }

    Localization localization;
    localization.setLanguage(options.language);
    MapTheme theme;
    theme.setName(options.theme);
    // The text size: --text-scale for this run, else the one last chosen with + and - (saved).
    // A screenshot reads and writes no settings: it depends on its command line alone.
    const bool screenshot = !options.screenshot.isEmpty();
    QSettings settings(QStringLiteral("diplomap"), QStringLiteral("diplomap"));
    if (options.textScale > 0)
        theme.setChosenTextScale(options.textScale);
    else if (!screenshot)
        theme.setChosenTextScale(settings.value(QStringLiteral("textScale"), 0).toDouble());
    if (!screenshot)
        QObject::connect(&theme, &MapTheme::textScaleChosen, &app,
                         [&settings](double scale) { settings.setValue(QStringLiteral("textScale"), scale); });
    MapController controller(std::move(data), &localization, &theme);
    if (options.date.isValid()) {
        const QDate first = controller.timeline()->minimumDate(), last = controller.timeline()->maximumDate();
        if (options.date < first || options.date > last) { // refused rather than silently clamped
            err << QStringLiteral("diplomap: date %1 is outside the timeline (%2 to %3)\n")
                       .arg(options.date.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate));
            return 2;
        }
        controller.timeline()->setDate(options.date);
    }
    if (!options.select.isEmpty()) {
        if (controller.data().boundaries.indexOf(options.select) < 0) {
            err << QStringLiteral("diplomap: unknown country '%1' for --select (expected a key of countries.csv on the map)\n").arg(options.select);
            return 2;
        }
        controller.interaction()->select(options.select);
    }
    if (!options.story.isEmpty()) { // a story that cannot open is a usage error, before any window
        Story story;
        QString error;
        if (!BuiltinStories::resolve(options.story, controller.data(), &story, &error)) {
            err << "diplomap: " << error << '\n';
            return 2;
        }
        if (options.scene > story.scenes.size()) {
            err << QStringLiteral("diplomap: scene %1 is past the story's last scene (%2)\n").arg(options.scene).arg(story.scenes.size());
            return 2;
        }
        // A screenshot shows the scene as its animation ends.
        controller.story()->setAnimationsEnabled(options.screenshot.isEmpty());
        controller.story()->open(story, options.scene - 1);
    }
    if (!screenshot)
        controller.watch(DataPaths::defaults()); // hot reload: the files edited while the map is open
    DiplomapQml::registerTypes(&controller);

    QQmlApplicationEngine engine;
    DiplomapQml::setUpEngine(&engine, &controller);
    engine.setInitialProperties({{"width", options.size.width()},
                                 {"height", options.size.height()},
                                 {"initialRegion", options.region},
                                 {"startFullScreen", options.fullscreen},
                                 {"yearReviewOpen", options.yearReview},
                                 {"startPresenter", options.presenter},
                                 {"screenshotMode", screenshot}});
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        err << "diplomap: the user interface could not be loaded\n";
        return 1;
    }
    if (screenshot) {
        if (!takeScreenshot(window, options.screenshot, err))
            return 1;
        QTimer::singleShot(120000, &app, [&err] {
            err << "diplomap: timed out waiting for the map to render\n";
            err.flush();
            QCoreApplication::exit(1);
        });
    }
    return app.exec();
}
